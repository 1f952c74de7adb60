import type { PlainRow } from '../graded/summarySheets.js';
import { columnLetters } from '../grid.js';
import { encodeLikeExceljs } from './xml.js';

// Rows of plain values (明细's 400,000 for 50,000 people) rendered as exceljs's streaming writer renders them
// (row-xform and cell-xform: the same attributes in the same order, text escaped the same way), without
// building its row and cell models: the costliest part of writing kpi's sheets, and all of it garbage.

/**
 * The rows' XML from row `first` on, a run of rows per string; `styleIds` one per column, 0 for none. Empty text
 * is exceljs's `t="str"` with no value, or the shared string `emptyString` when given (as the fast path keeps it).
 */
export function* plainRowsXml(rows: Iterable<PlainRow>, first: number, styleIds: readonly number[], emptyString: number | null = null): Generator<string> {
  const cols = styleIds.map((id, i) => ({ letters: columnLetters(i + 1), s: id ? ` s="${id}"` : '' }));
  const spans = ` spans="1:${cols.length}"`;
  let n = first;
  let run = '';
  for (const row of rows) {
    run += `<row r="${n}"${row.height !== undefined ? ` ht="${row.height}" customHeight="1"` : ''}${spans} x14ac:dyDescent="0.25">`;
    cols.forEach((col, i) => {
      const v = row.values[i] ?? null;
      const at = ` r="${col.letters}${n}"${col.s}`;
      if (v === null) run += col.s ? `<c${at}/>` : '';
      else if (typeof v === 'number') run += `<c${at}><v>${encodeLikeExceljs(String(v))}</v></c>`;
      else if (v === '' && emptyString !== null) run += `<c${at} t="s"><v>${emptyString}</v></c>`;
      else run += `<c${at} t="str"><v>${encodeLikeExceljs(v)}</v></c>`;
    });
    run += '</row>';
    n++;
    if (run.length >= 1 << 16) {
      yield run;
      run = '';
    }
  }
  if (run) yield run;
}
