import type { PlainRow } from '../graded/summarySheets.js';
import { columnLetters } from '../grid.js';
import { TEXT_RUN_CHARS } from './textPieces.js';
import { encodeLikeExceljs } from './xml.js';

// Rows of plain values (明细's 400,000 and 汇总's 50,000 for 50,000 people) rendered as exceljs's streaming
// writer renders them (row-xform and cell-xform: the same cells, attributes in the same order, text escaped the
// same way), without building its row and cell models: the costliest part of writing kpi's sheets, all garbage.

export interface PlainRowsLayout {
  /** The number of the first row. */
  first: number;
  /** Each column's style id (0 for none), for cells whose row gives no style of its own. */
  styleIds: readonly number[];
  /** The style id of a row's own style object. */
  styleIdOf?: (style: object) => number;
  /** Empty text as this shared string (as the fast path keeps it), else exceljs's `t="str"` with no value. */
  emptyString?: number | null;
  /** Told each link: the cell and where it goes (the sheet's <hyperlinks> lists them). */
  onLink?: (ref: string, location: string) => void;
}

/** The rows' XML, a run of whole rows per string. */
export function* plainRowsXml(rows: Iterable<PlainRow>, layout: PlainRowsLayout): Generator<string> {
  const letters: string[] = [];
  const columnIds = layout.styleIds.map((id) => (id ? ` s="${id}"` : ''));
  const emptyString = layout.emptyString ?? null;
  let n = layout.first;
  let run = '';
  for (const row of rows) {
    const width = row.values.length;
    while (letters.length < width) letters.push(columnLetters(letters.length + 1));
    // Without exceljs's spans and x14ac:dyDescent: both optional hints (ECMA-376 18.3.1.73; readers lay rows out
    // the same without them), 35 of 明细's 340 bytes a row, 14 MB of XML to make and deflate for 50,000 people.
    run += `<row r="${n}"${row.height !== undefined ? ` ht="${row.height}" customHeight="1"` : ''}>`;
    for (let i = 0; i < width; i++) {
      const v = row.values[i] ?? null;
      const own = row.styles?.[i];
      const id = own && layout.styleIdOf ? layout.styleIdOf(own) : 0;
      const s = own && layout.styleIdOf ? (id ? ` s="${id}"` : '') : (columnIds[i] ?? '');
      const ref = `${letters[i]}${n}`;
      const link = row.links?.[i];
      if (link !== undefined) layout.onLink?.(ref, link);
      const at = ` r="${ref}"${s}`;
      if (v === null) run += s ? `<c${at}/>` : '';
      else if (typeof v === 'number') run += `<c${at}><v>${encodeLikeExceljs(String(v))}</v></c>`;
      else if (v === '' && emptyString !== null) run += `<c${at} t="s"><v>${emptyString}</v></c>`;
      else run += `<c${at} t="str"><v>${encodeLikeExceljs(v)}</v></c>`;
    }
    run += '</row>';
    n++;
    if (run.length >= TEXT_RUN_CHARS) {
      yield run;
      run = '';
    }
  }
  if (run) yield run;
}
