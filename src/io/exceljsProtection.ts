import { createRequire } from 'node:module';

// exceljs reads the protection of sheets and cells only as "1" and "0". XML's booleans are also "true" and "false",
// and LibreOffice writes them so (<sheetProtection sheet="true" …/>, <protection locked="false"/>): a team's protected
// sheet came back unprotected and its 10,003 unlocked input cells locked (and a first page's own header, LibreOffice's
// differentFirst="true", was lost). Read both spellings; and keep the password
// LibreOffice and older Excel write (the legacy `password` hash), which exceljs dropped, leaving the sheet open to all.

const require = createRequire(import.meta.url);

type Attributes = Record<string, string | undefined>;
interface ParseNode {
  name: string;
  attributes: Attributes;
}
interface Xform {
  parseOpen(node: ParseNode): boolean | void;
  render(xmlStream: XmlStream, model: unknown): void;
  model?: Record<string, unknown> | null;
}
interface XmlStream {
  leafNode(tag: string, attributes?: Attributes, text?: unknown): void;
}

/** "true"/"false" as exceljs reads booleans; other values as they are. */
function withBinaryBooleans(attributes: Attributes): Attributes {
  let out: Attributes | null = null;
  for (const [k, v] of Object.entries(attributes)) {
    if (v !== 'true' && v !== 'false') continue;
    out ??= { ...attributes };
    out[k] = v === 'true' ? '1' : '0';
  }
  return out ?? attributes;
}

let installed = false;

/** Idempotent. */
export function readProtectionBooleansInExcelJs(): void {
  if (installed) return;
  installed = true;
  const cell = require('exceljs/lib/xlsx/xform/style/protection-xform.js') as { prototype: Xform };
  const cellParse = cell.prototype.parseOpen;
  cell.prototype.parseOpen = function (this: Xform, node: ParseNode) {
    return cellParse.call(this, { ...node, attributes: withBinaryBooleans(node.attributes) });
  };
  // The header and footer's differentFirst / differentOddEven: LibreOffice's "true" lost the first page's own header.
  const headerFooter = require('exceljs/lib/xlsx/xform/sheet/header-footer-xform.js') as { prototype: Xform };
  const headerFooterParse = headerFooter.prototype.parseOpen;
  headerFooter.prototype.parseOpen = function (this: Xform, node: ParseNode) {
    return headerFooterParse.call(this, { ...node, attributes: withBinaryBooleans(node.attributes) });
  };
  const sheet = require('exceljs/lib/xlsx/xform/sheet/sheet-protection-xform.js') as { prototype: Xform };
  const sheetParse = sheet.prototype.parseOpen;
  sheet.prototype.parseOpen = function (this: Xform, node: ParseNode) {
    const done = sheetParse.call(this, { ...node, attributes: withBinaryBooleans(node.attributes) });
    const password = node.attributes.password;
    if (node.name === 'sheetProtection' && this.model && password && /^[0-9A-Fa-f]{1,8}$/.test(password)) this.model.password = password;
    return done;
  };
  const sheetRender = sheet.prototype.render;
  sheet.prototype.render = function (this: Xform, xmlStream: XmlStream, model: unknown) {
    const password = (model as { sheet?: boolean; password?: string } | undefined)?.sheet ? (model as { password?: string }).password : undefined;
    if (!password) return sheetRender.call(this, xmlStream, model);
    const own = Object.prototype.hasOwnProperty.call(xmlStream, 'leafNode');
    const leafNode = xmlStream.leafNode;
    xmlStream.leafNode = (tag, attributes, text) => leafNode.call(xmlStream, tag, tag === 'sheetProtection' ? { ...attributes, password } : attributes, text);
    try {
      sheetRender.call(this, xmlStream, model);
    } finally {
      if (own) xmlStream.leafNode = leafNode;
      else delete (xmlStream as Partial<XmlStream>).leafNode;
    }
  };
}
