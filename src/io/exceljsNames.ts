import { createRequire } from 'node:module';

// exceljs keeps a workbook's names only as cell ranges: a name that is a formula (奖金总 = 考核表!$V$2*10) came back
// as its first range (考核表!$V$2), and a constant (常量 = 42) was dropped — in every graded copy, first grading or not:
// the team's =奖金总 showed a tenth of its value, =常量+1 #NAME? once recalculated. Such names are kept here as the
// text they were written as, and written back so.

const require = createRequire(import.meta.url);

type NameModel = { name: string; ranges: string[]; localSheetId?: number; text?: string };

/** One reference exceljs keeps: a sheet's cell, range, rows or columns ('考核表'!$A$1:$B$9, Sheet1!$1:$1). */
const PLAIN = /^(?:'(?:[^']|'')+'|[^'!,:]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$|^(?:'(?:[^']|'')+'|[^'!,:]+)!(?:\$?\d+:\$?\d+|\$?[A-Z]{1,3}:\$?[A-Z]{1,3})$/;

/** A name that is references only (kept by exceljs as they are), not a formula or a constant. */
function onlyRanges(m: NameModel): boolean {
  return m.text === undefined || m.text.split(',').every((part) => PLAIN.test(part.trim()));
}

let patched = false;

export function keepFormulaNamesInExcelJs(): void {
  if (patched) return;
  patched = true;
  const Xform = require('exceljs/lib/xlsx/xform/book/defined-name-xform.js') as { prototype: { parseClose(): boolean; _parsedText: string[]; model: NameModel } };
  const parseClose = Xform.prototype.parseClose;
  Xform.prototype.parseClose = function (this: { _parsedText: string[]; model: NameModel }) {
    const done = parseClose.call(this);
    this.model.text = this._parsedText.join('');
    return done;
  };
  const Workbook = require('exceljs/lib/doc/workbook.js') as { prototype: object };
  const model = Object.getOwnPropertyDescriptor(Workbook.prototype, 'model')!;
  const KEPT = Symbol('kpi formula names');
  type Book = { [KEPT]?: NameModel[] };
  Object.defineProperty(Workbook.prototype, 'model', {
    configurable: true,
    get(this: Book) {
      const m = model.get!.call(this) as { definedNames?: NameModel[] };
      const kept = this[KEPT];
      if (!kept?.length) return m;
      const key = (n: NameModel) => `${n.name}\u0000${n.localSheetId ?? ''}`;
      const own = new Set(kept.map(key));
      // Written as they were read: the text in place of what exceljs made of it (or in place of nothing).
      m.definedNames = [...(m.definedNames ?? []).filter((n) => !own.has(key(n))), ...kept.map((n) => ({ name: n.name, ranges: [n.text!], ...(n.localSheetId !== undefined ? { localSheetId: n.localSheetId } : {}) }))];
      return m;
    },
    set(this: Book, value: { definedNames?: NameModel[] }) {
      // Excel's own names (_xlnm.Print_Titles, _xlnm._FilterDatabase …) exceljs writes from the sheets' set-up: not kept twice.
      this[KEPT] = (value.definedNames ?? []).filter((n) => n.text !== undefined && n.text !== '' && !n.name.startsWith('_xlnm.') && !onlyRanges(n));
      model.set!.call(this, value);
    },
  });
}
