// The date of a log's row as teams type it in the column that dates the rows: 2026-03-05, 3月5日, 「3.5」, 「3/5」,
// 3.05 typed as a number, 20260305. Only 2026-03-05 was read: 「2.26」 … 「4.2」 under 日期 dated no row, so --period
// 2026-03 left February's in (§3 76.00 丙 for 90.00 甲) without a word.
import type { Grid } from '../grid.js';
import { dayOfDate, parseMonth, serialMonth } from '../../engine/period.js';

/**
 * A month (2026-03, or 3 when the cell gives no year: the log's year is --period's, as for 「3月28日」) and its day
 * when written; `bad` when the cell is no date (「abc」, 「2026-13-45」) or two days (3.1: March 1st or, 3.10 typed as a
 * number, March 10th).
 */
export type LogDate = { month: string | number; day?: number } | { bad: 'unreadable' } | { bad: 'ambiguous'; month: number; days: [number, number] };

/** February with its 29th: a date without its year may be of a leap year. */
const MONTH_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A time of day after the date (「3月5日上午」, 「3.5 10:30」): the same day. */
const TIME = '(?:上午|下午|中午|晚上|早上|凌晨)?(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?';
const BARE = new RegExp(`^0?(\\d{1,2})月(?:份|(\\d{1,2})[日号]?${TIME})?$`);
const DOTTED = new RegExp(`^(\\d{1,2})([./])(\\d{1,2})${TIME}$`);

function validDay(month: number, day: number, year?: number): boolean {
  const last = month === 2 && year !== undefined && (year % 4 !== 0 || (year % 100 === 0 && year % 400 !== 0)) ? 28 : MONTH_DAYS[month]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= last;
}

/** How a column writes one-digit days after a dot (see dotted). */
interface DotStyle {
  /** Some day written with its 0 (3.05): a number 3.1 is 3.10 with its 0 dropped, March 10th. */
  padded: boolean;
  /** A text keeps what was typed: some text day can only be one digit (「3.5」) or keeps a last 0 (「3.10」). */
  textLiteral: boolean;
}

const styles = new WeakMap<Grid, Map<number, DotStyle>>();

function dotStyle(grid: Grid, headerRow: number, col: number): DotStyle {
  let byCol = styles.get(grid);
  if (!byCol) styles.set(grid, (byCol = new Map()));
  const had = byCol.get(col);
  if (had) return had;
  const style: DotStyle = { padded: false, textLiteral: false };
  for (let r = grid.nextRow(headerRow); r <= grid.rowCount; r = grid.nextRow(r)) {
    const v = grid.value(r, col);
    const t = v.kind === 'number' ? (v.shown ?? String(v.value)) : v.kind === 'text' ? v.value.normalize('NFKC').trim() : '';
    const m = /^(\d{1,2})\.(\d{1,2})$/.exec(t);
    if (!m) continue;
    if (/^0[1-9]$/.test(m[2]!)) style.padded = true;
    if (v.kind === 'text' && (/^[123]0$/.test(m[2]!) || (m[2]!.length === 1 && !validDay(Number(m[1]), Number(m[2]) * 10)))) style.textLiteral = true;
  }
  byCol.set(col, style);
  return style;
}

/**
 * 「3.5」, 「3/5」, 3.05: month and day. A one-digit day after a dot whose ten is a day too (3.1, 4.2) is read by the
 * column: texts by a day that can only be one digit (「3.5」 beside 「4.2」: April 2nd, §3's late answer), numbers by a
 * day written with its 0 (3.05 beside 3.1: March 10th, as the ISO twin's 2026-03-10); else refused, not guessed.
 */
function dotted(t: string, kind: 'text' | 'number', style: () => DotStyle): LogDate | null {
  const m = (kind === 'number' ? /^(\d{1,2})(\.)(\d{1,2})$/ : DOTTED).exec(t);
  if (!m) return null;
  const month = Number(m[1]);
  const digits = m[3]!;
  if (m[2] === '/' || digits.length === 2) {
    const day = Number(digits);
    return validDay(month, day) ? { month, day } : null;
  }
  const one = Number(digits);
  if (!validDay(month, one * 10)) return validDay(month, one) ? { month, day: one } : null;
  const s = style();
  if (kind === 'number' && s.padded) return { month, day: one * 10 };
  if (kind === 'text' && s.textLiteral) return { month, day: one };
  return { bad: 'ambiguous', month, days: [one, one * 10] };
}

/** A date with its year (2026-03-05, 2026/3/5 10:30, 2026年3月5日上午, 20260305): its day checked too (2026-02-30 is none). */
function fullDate(t: string): LogDate | null {
  const s = t.replace(new RegExp(`(?<=[日\\d])\\s*(?:上午|下午|中午|晚上|早上|凌晨)\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?$`), '');
  const month = parseMonth(s);
  if (!month) return null;
  const day = dayOfDate(s) ?? (/^\d{6}(\d{2})$/.exec(s) ? Number(s.slice(6)) : undefined);
  if (day === undefined) return { month };
  return validDay(Number(month.slice(5)), day, Number(month.slice(0, 4))) ? { month, day } : { bad: 'unreadable' };
}

/**
 * The cell's date; null when it is blank or gives no date to read (a whole number outside the form's own date column:
 * a 序号 or a count typed there, as before). `own`: the form's own date column, where a number is a date serial.
 */
export function readLogDate(grid: Grid, headerRow: number, row: number, col: number, own: boolean): LogDate | null {
  const v = grid.value(row, col);
  const style = () => dotStyle(grid, headerRow, col);
  if (v.kind === 'date') return fullDate(v.value) ?? { bad: 'unreadable' };
  if (v.kind === 'number') {
    // (With its time of day, 46120.4375, as an export writes it.)
    const serial = own ? serialMonth(Math.floor(v.value)) : null;
    if (serial) return { month: serial, day: new Date(Date.UTC(1899, 11, 30) + Math.floor(v.value) * 86_400_000).getUTCDate() };
    if (Number.isInteger(v.value)) return null;
    return dotted(v.shown ?? String(v.value), 'number', style) ?? { bad: 'unreadable' };
  }
  if (v.kind !== 'text') return null;
  // (The space kept before a time for fullDate: 「2026-04-02 08:30」 run together had no day, April 2nd no late answer.)
  const spaced = v.value.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const t = spaced.replace(/\s/g, '');
  if (!t) return null;
  const bare = BARE.exec(t);
  if (bare) {
    const month = Number(bare[1]);
    const day = bare[2] !== undefined ? Number(bare[2]) : undefined;
    return month >= 1 && month <= 12 && (day === undefined || validDay(month, day)) ? { month, ...(day !== undefined ? { day } : {}) } : { bad: 'unreadable' };
  }
  return fullDate(spaced) ?? dotted(t, 'text', style) ?? { bad: 'unreadable' };
}
