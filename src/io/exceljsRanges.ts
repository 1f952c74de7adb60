import { createRequire } from 'node:module';

// exceljs turns two kinds of range in a sheet into one object per cell while it loads a workbook:
//  - a data validation `sqref="A1:XFD1048576"` (Excel writes whole columns so when a user validates a
//    column) becomes an entry per address: 17 billion for that one line of an 11 KB file;
//  - a merged range creates every cell it covers.
// Both are bounded here, by the cells a range covers, not by what the file holds:
//  - a validation range is kept as the range itself (exceljs writes such a key back unchanged), so the
//    graded copy keeps the user's ranges as they were. Expanded, a template's validated input block was
//    an object per cell on reading and, on writing, exceljs's deep comparison of neighbours to rebuild
//    rectangles: a fifth of the time of grading a 30-person roster. kpi reads no cell's validation;
//  - a merge over more than MAX_MERGED_CELLS is refused with RangeTooLargeError (no real form merges
//    more than a title row or a block of a few rows).

const require = createRequire(import.meta.url);

/** Largest validation range expanded into cells as exceljs does: one cell. */
const EXPAND_VALIDATION_CELLS = 1;
export const MAX_MERGED_CELLS = 100_000;
/** Cells all the merges of a sheet may cover together: a form's title rows and item blocks, many times over. */
export const MAX_MERGED_TOTAL = 1_000_000;

/** `total`: the sheet's merges together (cells counted up to `range`), not one merge, cover too many. */
export class RangeTooLargeError extends Error {
  constructor(readonly sheet: string, readonly range: string, readonly cells: number, readonly total = false) {
    super(`merged range ${range} covers ${cells} cells`);
  }
}

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
  count: number;
  contains(address: string): boolean;
  range: string;
  forEachAddress(visit: (address: string) => void): void;
}
type RangeClass = new (address: string) => RangeLike;
interface ValidationXform {
  _address: string;
  _dataValidation: unknown;
  model: Record<string, unknown>;
}

interface SheetLike {
  name: string;
  _merges: Record<string, RangeLike>;
  getCell(row: number, col: number): { address: string; merge(master: unknown, ignoreStyle: boolean): void };
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
      const large = list.filter((a) => a.includes(':') && new Range(a).count > EXPAND_VALIDATION_CELLS);
      if (large.length) {
        // Let exceljs take the single cells of this line as it does; keep each range whole.
        const small = list.filter((a) => !large.includes(a));
        this._address = small.join(' ');
        const result = parseClose.call(this, name);
        if (!small.length) delete this.model['']; // what exceljs made of the empty rest
        for (const a of large) this.model[new Range(a).range] = this._dataValidation;
        return result;
      }
    }
    return parseClose.call(this, name);
  };

  // A cell's validation (cell.dataValidation) is looked up by its address; one inside a range kept whole is found
  // in that range. A key of the cell itself (set or removed on the cell) comes first, as in exceljs.
  const Validations = require('exceljs/lib/doc/data-validations.js') as { prototype: { find(address: string): unknown } };
  Validations.prototype.find = function (this: { model: Record<string, unknown> }, address: string): unknown {
    if (Object.prototype.hasOwnProperty.call(this.model, address)) return this.model[address];
    for (const key of Object.keys(this.model)) {
      if (key.includes(':') && this.model[key] !== undefined && new Range(key).contains(address)) return this.model[key];
    }
    return undefined;
  };

  // exceljs checks each merge against every earlier one (16,000 small merges: 30 s). The same check, and the same
  // merging (the styles of a loaded file kept), through a set of the cells merged so far: linear in the cells.
  const Worksheet = require('exceljs/lib/doc/worksheet.js') as { prototype: { _parseMergeCells(model: { mergeCells?: string[] }): void } };
  Worksheet.prototype._parseMergeCells = function (this: SheetLike, model: { mergeCells?: string[] }): void {
    const merges = (model.mergeCells ?? []).map((merge) => ({ merge, range: new Range(merge) }));
    let total = 0;
    for (const { merge, range } of merges) {
      if (range.count > MAX_MERGED_CELLS) throw new RangeTooLargeError(this.name, merge, range.count);
      total += range.count;
      if (total > MAX_MERGED_TOTAL) throw new RangeTooLargeError(this.name, merge, total, true);
    }
    const taken = new Set<string>();
    for (const { range } of merges) {
      range.forEachAddress((address) => {
        if (taken.has(address)) throw new Error('Cannot merge already merged cells');
        taken.add(address);
      });
      const master = this.getCell(range.top, range.left);
      for (let i = range.top; i <= range.bottom; i++) {
        for (let j = range.left; j <= range.right; j++) if (i > range.top || j > range.left) this.getCell(i, j).merge(master, true);
      }
      this._merges[master.address] = range;
    }
  };
}
