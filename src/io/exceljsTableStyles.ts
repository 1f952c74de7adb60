import { createRequire } from 'node:module';

// A table without <tableStyleInfo> (LibreOffice writes none: the table has no table style) is read by exceljs with no
// style, and writing it crashed (「无法写入 …:Cannot read properties of null (reading 'theme')」): a team's workbook with
// such a table could not be graded at all. It is written back as it came, without a table style.

const require = createRequire(import.meta.url);

interface TableStyleInfoXformClass {
  prototype: { render(this: unknown, xmlStream: unknown, model: unknown): boolean };
}

let installed = false;

/** Idempotent. */
export function writeTablesWithoutStyleInExcelJs(): void {
  if (installed) return;
  installed = true;
  const Xform = require('exceljs/lib/xlsx/xform/table/table-style-info-xform.js') as TableStyleInfoXformClass;
  const { render } = Xform.prototype;
  Xform.prototype.render = function (this: unknown, xmlStream: unknown, model: unknown) {
    return model ? render.call(this, xmlStream, model) : false;
  };
}
