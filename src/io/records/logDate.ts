// The date of a log's row as teams type it in the column that dates the rows: 2026-03-05, 3月5日, 「3.5」, 「3/5」,
// 3.05 typed as a number, 20260305. Only 2026-03-05 and 3月5日 were read: 「2.26」 … 「3.28」 under 日期 dated no row, so
// --period 2026-03 left February's in (§3 76.00 丙 for 90.00 甲) without a word.
//
// What was read before is read as before, and a cell that is no date (「同上」, 「月初」, 「14:30」, 「3月15日 下午3点」,
// an agent's name) dates its row by nothing, as before: a first version refused such cells (not-a-date) and so refused
// sound logs.
import type { Grid } from '../grid.js';
import type { RawValue } from '../../model/entries.js';
import { dayOfDate, parseMonth, serialMonth } from '../../engine/period.js';

/**
 * A month (2026-03, or 3 when the cell gives no year: the log's year is --period's, as for 「3月28日」) and its day when
 * written. `days`: a number 3.1 whose day is 1 or 10 (3.10 shows as 3.1), the column not saying which.
 */
export interface LogDate { month: string | number; day?: number; days?: [number, number] }

/** February with its 29th: a date without its year may be of a leap year. */
const MONTH_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** 「3月」, 「03月份」, 「3月28日」: read before as a month without its year. */
const BARE = /^0?(\d{1,2})月(份|(\d{1,2})日)?$/;
/** 「3.5」, 「3/5」, 「3.6号」, 「3.5 10:30」, 「3/5 上午」: month and day (a time of day after it is the same day). */
const DOTTED = /^(\d{1,2})([./])(\d{1,2})[日号]?(?:(?:上午|下午|中午|晚上|早上|凌晨)?\d{1,2}:\d{2}(?::\d{2})?|上午|下午|中午|晚上|早上|凌晨)?$/;

function validDay(month: number, day: number, year?: number): boolean {
  const last = month === 2 && year !== undefined && (year % 4 !== 0 || (year % 100 === 0 && year % 400 !== 0)) ? 28 : MONTH_DAYS[month]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= last;
}

/** The month as it was read before this reader (serials of the form's own column, parseMonth, 「3月28日」). */
function monthAsBefore(v: RawValue, own: boolean): string | number | null {
  const serial = own && v.kind === 'number' ? serialMonth(v.value) : null;
  const m = serial ?? (v.kind === 'date' || v.kind === 'text' ? parseMonth(v.value) : null);
  if (m) return m;
  const b = v.kind === 'text' ? BARE.exec(v.value.normalize('NFKC').replace(/\s+/g, '')) : null;
  return b && Number(b[1]) >= 1 && Number(b[1]) <= 12 ? Number(b[1]) : null;
}

/** The day of a cell whose month was read before: 2026-04-02, 「4月2日」, 20260402 (the last two had none: 4月2日 no late answer). */
function dayAsBefore(v: RawValue, grid: Grid, row: number, col: number, month: string | number): number | undefined {
  const t = v.kind === 'date' ? v.value : grid.text(row, col);
  const s = t.normalize('NFKC').replace(/\s+/g, '');
  const day = dayOfDate(t) ?? Number(/^\d{6}(\d{2})$/.exec(s)?.[1] ?? BARE.exec(s)?.[3] ?? NaN);
  const m = typeof month === 'number' ? month : Number(month.slice(5));
  return Number.isNaN(day) || !validDay(m, day) ? undefined : day;
}

/** Whether a column writes days with their 0 (3.05): there a number 3.1 is 3.10 with its last 0 dropped, March 10th. */
const padded = new WeakMap<Grid, Map<number, boolean>>();

function padsDays(grid: Grid, headerRow: number, col: number): boolean {
  let byCol = padded.get(grid);
  if (!byCol) padded.set(grid, (byCol = new Map()));
  let pads = byCol.get(col);
  if (pads === undefined) {
    pads = false;
    for (let r = grid.nextRow(headerRow); r <= grid.rowCount && !pads; r = grid.nextRow(r)) {
      const v = grid.value(r, col);
      pads = v.kind === 'number' && /^\d{1,2}\.0[1-9]$/.test(v.shown ?? String(v.value));
    }
    byCol.set(col, pads);
  }
  return pads;
}

/**
 * 「3.5」, 「3/5」, 3.05: month and day, a text as typed. A number 3.1 is March 1st or 3.10: the 10th where the column pads
 * its days (3.05), else both kept (`days`) for the reader to take the one the row was counted by before.
 */
function dotted(t: string, isNumber: boolean, pads: () => boolean): LogDate | null {
  const m = (isNumber ? /^(\d{1,2})(\.)(\d{1,2})$/ : DOTTED).exec(t);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[3]);
  if (!validDay(month, day)) return null;
  if (!isNumber || m[3]!.length === 2 || !validDay(month, day * 10)) return { month, day };
  return pads() ? { month, day: day * 10 } : { month, days: [day, day * 10] };
}

/** 20260305 typed as a number: the date it plainly is (a whole number of another kind is a count or a 序号). */
function compactNumber(n: number): LogDate | null {
  const m = Number.isInteger(n) ? /^(\d{4})(\d{2})(\d{2})$/.exec(String(n)) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1990 && year <= 2200 && validDay(month, day, year) ? { month: `${m[1]}-${m[2]}`, day } : null;
}

/**
 * The cell's date; null when it is blank or gives no date to read. `own`: the form's own date column (§5 客服回访时间),
 * where a number is a date serial (46120, or 46120.4375 with its time of day, as an export writes it).
 */
export function readLogDate(grid: Grid, headerRow: number, row: number, col: number, own: boolean): LogDate | null {
  const v = grid.value(row, col);
  const before = monthAsBefore(v, own);
  if (before !== null) {
    const day = dayAsBefore(v, grid, row, col, before);
    return day === undefined ? { month: before } : { month: before, day };
  }
  if (v.kind === 'number') {
    const serial = own ? serialMonth(Math.floor(v.value)) : null;
    if (serial) return { month: serial, day: new Date(Date.UTC(1899, 11, 30) + Math.floor(v.value) * 86_400_000).getUTCDate() };
    // (Shown by a format of two places, 3.5 is 「3.50」: the number as typed then.)
    const pads = () => padsDays(grid, headerRow, col);
    return compactNumber(v.value) ?? dotted(v.shown ?? String(v.value), true, pads) ?? dotted(String(v.value), true, pads);
  }
  if (v.kind !== 'text') return null;
  return dotted(v.value.normalize('NFKC').replace(/\s+/g, ''), false, () => false);
}
