// A text export cut off partway (a copy aborted, a disk full): its last row stops in the middle. Read as it was, the
// rows before it were scored at exit 0, the cut row scored with the fields it still had (§8 刘洋 62.67 一般 for 57.67
// 待改进: his 旷工 cut away) and the people after it missing without a word — and `kpi batch` kept that result, the file
// never changing again. Excel and WPS end a CSV with a line ending, and an HTML export closes its table: a last row
// without either, shorter than the header row, is the file stopping, not the table.
import { NOTE_LINE, PAGE_LINE, TOTAL } from '../rowKinds.js';

export interface CutRow {
  /** The last row's number in the sheet (1-based). */
  line: number;
  /** Its fields (cells), and the header row's. */
  fields: number;
  header: number;
  /** The row as text, shortened, long digit runs (phone numbers) masked. */
  near: string;
}

const blank = (cell: string) => /^[\s\u200b\ufeff]*$/.test(cell);

/** A row that is no person's and may be short: a 合计 or 平均 line, an export's footer (打印时间:…, 第 1 页,共 2 页). */
function footerLike(row: readonly string[]): boolean {
  const cells = row.map((c) => c.trim()).filter((c) => !blank(c));
  if (cells.length === 0) return true;
  const line = cells.join(',');
  if (NOTE_LINE.test(line) || PAGE_LINE.test(line) || NOTE_LINE.test(cells[0]!)) return true;
  return TOTAL.test(cells[0]!) || cells.slice(0, 2).some((c) => TOTAL.whole(c));
}

/**
 * The field count most rows of two or more fields have (the header's and the people's); ties to the smaller: under a
 * header of 10, one row split by a comma (11) over a last row of 10 is no cut.
 */
function usualWidth(rows: readonly (readonly string[])[]): number {
  const freq = new Map<number, number>();
  for (const r of rows) if (r.length >= 2) freq.set(r.length, (freq.get(r.length) ?? 0) + 1);
  let width = 0;
  let best = 0;
  for (const [w, n] of freq) if (n > best || (n === best && w < width)) [width, best] = [w, n];
  return width;
}

function shown(row: readonly string[], delimiter: string): string {
  // One line of the message: a cell's line breaks and control characters shown as spaces.
  const masked = row
    .join(delimiter)
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\d{7,}/g, (d) => `${d.slice(0, 3)}****${d.slice(-4)}`);
  const chars = [...masked];
  return chars.length > 40 ? `${chars.slice(0, 24).join('')}…${chars.slice(-12).join('')}` : masked;
}

/**
 * The last row of a text export when it is cut off: fewer fields than the header row (the usual width of the rows
 * above) and no total or footer line. Not when the rows above are ragged themselves (an export that leaves out a row's
 * trailing empty fields: there a short last row says nothing), nor for a last row with all its fields (a complete file
 * without a final line ending), nor for one that does not start as the rows above do (a note under the table).
 */
export function shortLastRow(rows: readonly (readonly string[])[], delimiter: string): CutRow | null {
  const last = rows.length - 1;
  if (last < 1) return null;
  const row = rows[last]!;
  if (row.every(blank) || footerLike(row)) return null;
  const above = rows.slice(0, last);
  const header = usualWidth(above);
  if (header < 2 || row.length >= header) return null;
  const data = above.filter((r) => r.length >= 2 && !r.every(blank));
  const first = data.findIndex((r) => r.length >= header);
  if (data.some((r, k) => k > first && r.length < header && !footerLike(r))) return null;
  if (!startsLikeRows(row[0]!, data.slice(first + 1).map((r) => r[0]!.trim()))) return null;
  return { line: last + 1, fields: row.length, header, near: shown(row, delimiter) };
}

/**
 * A cut row starts as the rows above do: its first field is one of theirs, or the start of one — no longer than the
 * longest, digits where they are all digits (a 工号, a 序号). A line of text under the table (「以上数据由系统导出,仅供参考」)
 * is not.
 */
function startsLikeRows(cell: string, firsts: readonly string[]): boolean {
  const text = cell.trim();
  if (text === '' || firsts.length === 0) return true;
  if ([...text].length > Math.max(...firsts.map((f) => [...f].length))) return false;
  const digits = (t: string) => /^\d+$/.test(t);
  return !firsts.every(digits) || digits(text);
}

/** The same for an HTML table never closed: its last row, however many cells it has (null only when it read none). */
export function lastTableRow(rows: readonly (readonly string[])[]): CutRow | null {
  let last = rows.length - 1;
  while (last >= 0 && rows[last]!.every(blank)) last--;
  if (last < 0) return null;
  const row = rows[last]!;
  const filled = row.length - [...row].reverse().findIndex((c) => !blank(c));
  return { line: last + 1, fields: row.length, header: usualWidth(rows.slice(0, last)), near: shown(row.slice(0, filled), ',') };
}
