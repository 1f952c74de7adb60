import { createRequire } from 'node:module';

// exceljs writes the page breaks a sheet is given in code, but reads none: the team's own page breaks (each
// department, each person's form on a page of its own) were gone from the graded copy. They are read, attributes as
// written (<brk id="10" max="16383" man="1"/>), and written back.

const require = createRequire(import.meta.url);

type Node = { name: string; attributes: Record<string, string> };

let installed = false;

/** Idempotent. */
export function keepPageBreaksInExcelJs(): void {
  if (installed) return;
  installed = true;
  const Break = require('exceljs/lib/xlsx/xform/sheet/page-breaks-xform.js') as { prototype: { parseOpen(this: { model: unknown }, node: Node): boolean } };
  Break.prototype.parseOpen = function (node) {
    if (node.name !== 'brk') return false;
    this.model = { ...node.attributes };
    return true;
  };
  type SheetXform = { parser?: unknown; model?: { rowBreaks?: unknown }; map: { rowBreaks: { model?: unknown } } };
  const Sheet = require('exceljs/lib/xlsx/xform/sheet/worksheet-xform.js') as { prototype: { parseClose(this: SheetXform, name: string): boolean } };
  const parseClose = Sheet.prototype.parseClose;
  Sheet.prototype.parseClose = function (name) {
    const atSheet = !this.parser && name === 'worksheet';
    const more = parseClose.call(this, name);
    if (atSheet && this.model) this.model.rowBreaks = this.map.rowBreaks.model;
    return more;
  };
  const Worksheet = require('exceljs/lib/doc/worksheet.js') as { prototype: object };
  const model = Object.getOwnPropertyDescriptor(Worksheet.prototype, 'model')!;
  Object.defineProperty(Worksheet.prototype, 'model', {
    configurable: true,
    get: model.get,
    set(this: { rowBreaks: unknown[] }, value: { rowBreaks?: unknown[] }) {
      model.set!.call(this, value);
      if (Array.isArray(value.rowBreaks) && value.rowBreaks.length) this.rowBreaks = value.rowBreaks;
    },
  });
}
