import type { PlainRow } from '../graded/summarySheets.js';
import { columnLetters } from '../grid.js';
import { XmlBytes } from './xmlBytes.js';

// Rows of plain values (明细's 400,000 and 汇总's 50,000 for 50,000 people) rendered as exceljs's streaming
// writer renders them (row-xform and cell-xform: the same cells, attributes in the same order, text escaped the
// same way), without building its row and cell models: the costliest part of writing kpi's sheets, all garbage.

/** Bytes of whole rows handed on at a time. */
export const RUN_BYTES = 192 * 1024;

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
  /** The shared string of a text, where it is one (明细's explanations and items, repeated for thousands of people). */
  shared?: ReadonlyMap<string, number>;
}

/** The rows' XML in UTF-8, a run of whole rows per buffer. */
export function* plainRowsXml(rows: Iterable<PlainRow>, layout: PlainRowsLayout): Generator<Buffer> {
  const letters: string[] = [];
  const columnIds = layout.styleIds.map((id) => (id ? ` s="${id}"` : ''));
  const emptyString = layout.emptyString === undefined || layout.emptyString === null ? null : `<v>${layout.emptyString}</v></c>`;
  const out = new XmlBytes();
  let n = layout.first;
  for (const row of rows) {
    const width = row.values.length;
    while (letters.length < width) letters.push(columnLetters(letters.length + 1));
    // Without exceljs's spans and x14ac:dyDescent: both optional hints (ECMA-376 18.3.1.73; readers lay rows out
    // the same without them), 35 of 明细's 340 bytes a row, 14 MB of XML to make and deflate for 50,000 people.
    out.ascii('<row r="');
    out.integer(n);
    out.ascii(row.height !== undefined ? `" ht="${row.height}" customHeight="1">` : '">');
    for (let i = 0; i < width; i++) {
      const v = row.values[i] ?? null;
      const own = row.styles?.[i];
      const id = own && layout.styleIdOf ? layout.styleIdOf(own) : 0;
      const s = own && layout.styleIdOf ? (id ? ` s="${id}"` : '') : (columnIds[i] ?? '');
      const link = row.links?.[i];
      if (link !== undefined) layout.onLink?.(`${letters[i]}${n}`, link);
      if (v === null && !s) continue;
      out.ascii('<c r="');
      out.ascii(letters[i]!);
      out.integer(n);
      out.ascii('"');
      if (s) out.ascii(s);
      if (v === null) out.ascii('/>');
      else if (typeof v === 'number') {
        out.ascii('><v>');
        // A number's own digits (String: 1e+21, -0 as 0, NaN) need no escaping.
        out.ascii(String(v));
        out.ascii('</v></c>');
      } else if (v === '' && emptyString !== null) {
        out.ascii(' t="s">');
        out.ascii(emptyString);
      } else {
        const k = layout.shared?.get(v);
        if (k !== undefined) {
          out.ascii(' t="s"><v>');
          out.integer(k);
        } else {
          out.ascii(' t="str"><v>');
          out.text(v);
        }
        out.ascii('</v></c>');
      }
    }
    out.ascii('</row>');
    n++;
    if (out.length >= RUN_BYTES) yield out.take();
  }
  if (out.length) yield out.take();
}
