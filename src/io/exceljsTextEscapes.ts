import { createRequire } from 'node:module';

// In a string item (<si><t>, a rich run's <t>) Excel reads 「_x0041_」 as the character it escapes, and writes a typed
// 「_x0041_」 as 「_x005F_x0041_」 (_x005F_ is the underscore). exceljs decodes on reading but never escapes on writing:
// a name typed 「A_x0041_B」 read correctly came back in the graded copy as 「AAB」 in Excel, and kpi's own sheets
// quoting it (汇总, 明细, 问题) showed the same. Here text is written as Excel writes it. LibreOffice and openpyxl read
// the escaped underscore back as the underscore, so every reader sees what the team typed.

const require = createRequire(import.meta.url);

interface XmlStream {
  openNode(tag: string): void;
  addAttribute(name: string, value: string): void;
  writeText(text: string): void;
  closeNode(): void;
}

/** 「_x0041_」 as Excel writes the text 「_x0041_」 (either case of hex: Excel reads both). */
export function excelEscapedText(text: string): string {
  return text.includes('_x') ? text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : text;
}

let installed = false;

/** Idempotent. */
export function escapeTextLikeExcelInExcelJs(): void {
  if (installed) return;
  installed = true;
  const TextXform = require('exceljs/lib/xlsx/xform/strings/text-xform.js') as { prototype: { render(xmlStream: XmlStream, model: unknown): void } };
  const render = TextXform.prototype.render;
  TextXform.prototype.render = function (xmlStream: XmlStream, model: unknown) {
    render.call(this, xmlStream, typeof model === 'string' ? excelEscapedText(model) : model);
  };
  // Read with hex digits in either case, as Excel and LibreOffice read them: exceljs decoded 「_x001B_」 only, so
  // LibreOffice's 「售后_x001b_组」 was another department than 「售后组」, and written back escaped it showed the escape.
  Object.defineProperty(TextXform.prototype, 'model', {
    configurable: true,
    get(this: { _text: string[] }) {
      return this._text.join('').replace(/_x([0-9A-Fa-f]{4})_/g, (_: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    },
  });
}
