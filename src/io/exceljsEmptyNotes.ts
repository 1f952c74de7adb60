import { createRequire } from 'node:module';

// exceljs reads a <c> with neither value nor style as the hidden part of a merged range and leaves it out of its row,
// the cell's note with it. That is how an empty cell with a note is written (when its <c> is written at all: Excel and
// exceljs write none, and notedCells.ts adds one): the team's note on an empty cell — 「本月请假,待补」 on an empty
// score, a remark under the table — was missing from the graded copy, and a problem's note on that cell replaced it.
// Such a cell with a note is read as an empty cell. Cells of a merged range are made so again when its merge is read.

const require = createRequire(import.meta.url);

type CellModel = { type?: number; comment?: unknown };
interface CellXformClass {
  prototype: { reconcile(this: unknown, model: CellModel, options: unknown): void };
}
const NULL = 0;
const MERGE = 1;

let installed = false;

/** Idempotent. */
export function keepNotesOfEmptyCellsInExcelJs(): void {
  if (installed) return;
  installed = true;
  const CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform.js') as CellXformClass;
  const { reconcile } = CellXform.prototype;
  CellXform.prototype.reconcile = function (this: unknown, model: CellModel, options: unknown) {
    reconcile.call(this, model, options);
    if (model.type === MERGE && model.comment) model.type = NULL;
  };
}
