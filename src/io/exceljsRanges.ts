import { createRequire } from 'node:module';

// exceljs turns two kinds of range in a sheet into one object per cell while it loads a workbook:
//  - a data validation `sqref="A1:XFD1048576"` (Excel writes whole columns so when a user validates a
//    column) becomes an entry per address: 17 billion for that one line of an 11 KB file. A roster
//    template's one range per column (500 rows each) becomes thousands, which exceljs's writer then
//    compares cell by cell to merge back into ranges: most of the time it spent writing a graded copy;
//  - a merged range creates every cell it covers.
// Both are bounded here, by the cells a range covers, not by what the file holds:
//  - every validation range is kept as the range itself (exceljs writes such a key back unchanged), so
//    the graded copy keeps the ranges the user's file had and nothing is expanded; a single cell stays
//    a single cell, as exceljs has it;
//  - a merge over more than MAX_MERGED_CELLS is refused with RangeTooLargeError (no real form merges
//    more than a title row or a block of a few rows).

const require = createRequire(import.meta.url);

export const MAX_MERGED_CELLS = 100_000;

export class RangeTooLargeError extends Error {
  constructor(readonly sheet: string, readonly range: string, readonly cells: number) {
    super(`merged range ${range} covers ${cells} cells`);
  }
}

interface RangeLike {
  count: number;
  range: string;
  forEachAddress(visit: (address: string) => void): void;
}
type RangeClass = new (address: string) => RangeLike;
interface ValidationXform {
  _address: string;
  _dataValidation: unknown;
  model: Record<string, unknown>;
}

let installed = false;

/** Bounds exceljs's handling of validation and merge ranges; idempotent. */
export function boundRangesInExcelJs(): void {
  if (installed) return;
  installed = true;
  const Range = require('exceljs/lib/doc/range.js') as RangeClass;
  const Xform = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform.js') as { prototype: { parseClose(name: string): boolean } };
  const parseClose = Xform.prototype.parseClose;
  Xform.prototype.parseClose = function (this: ValidationXform, name: string): boolean {
    if (name === 'dataValidation' && typeof this._address === 'string') {
      const list = this._address.split(/\s+/g).filter(Boolean);
      const ranges = list.filter((a) => a.includes(':'));
      if (ranges.length) {
        // Let exceljs take the single cells of this line as it does; keep each range whole.
        const cells = list.filter((a) => !a.includes(':'));
        this._address = cells.join(' ');
        const result = parseClose.call(this, name);
        if (!cells.length) delete this.model['']; // what exceljs made of the empty rest
        for (const a of ranges) this.model[new Range(a).range] = this._dataValidation;
        return result;
      }
    }
    return parseClose.call(this, name);
  };

  const Worksheet = require('exceljs/lib/doc/worksheet.js') as { prototype: { _parseMergeCells(model: { mergeCells?: string[] }): void; name: string } };
  const parseMerges = Worksheet.prototype._parseMergeCells;
  Worksheet.prototype._parseMergeCells = function (this: { name: string }, model: { mergeCells?: string[] }): void {
    for (const merge of model.mergeCells ?? []) {
      const cells = new Range(merge).count;
      if (cells > MAX_MERGED_CELLS) throw new RangeTooLargeError(this.name, merge, cells);
    }
    parseMerges.call(this, model);
  };
}
