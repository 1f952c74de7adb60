// A table dated by the day whose people come again on other days: a per-day export, not a month's rows (readRoster).
import { dayOfDate, digitsDate, parseMonth, serialDay, serialMonth } from '../engine/period.js';
import { cellAddress, type Grid } from './grid.js';

/** A heading dating each row of an export: 日期, 统计日期, 导出时间, 月份, 统计周期, 开始日期, 业务日期. */
export const DATE_HEADING = /^(统计|导出|数据|报表|查询|开始|起始|结束|截止|业务|交易|下单)?(日期|时间|月份|周期|日期时间|时段|区间|日期范围|范围)$/;

/** The heading of a per-day export's date: 日期, 统计日期, 数据日期, 业务日期. */
const DAY_HEADING = /^(统计|数据|业务|报表|交易)?日期$/;

/**
 * A table dated by the day whose people come again on other days (张三 on 2026-03-01 and on 2026-03-02): a system's
 * per-day export, each row a day's figures. Its rows are no month's: a person's first day was scored as the month
 * (90.00 优秀 beside 「重复」 errors), and the advice was 「请删去不对的一处」. Returned: the date column, and each name
 * (by `key`: its name and 工号) met on two days with the first two dates as written.
 */
export function dailyRows(grid: Grid, headerRow: number, nameCol: number, key: (row: number) => string): { cell: string; heading: string; names: Map<string, { name: string; days: [string, string] }> } | null {
  for (let c = 1; c <= grid.columnCount; c++) {
    const heading = grid.text(headerRow, c).normalize('NFKC').replace(/\s/g, '');
    // (A day's column is 日期 or 统计日期, not a time: 「时间」 is as often when a row was filled.)
    if (c === nameCol || !DAY_HEADING.test(heading)) continue;
    const seen = new Map<string, { month: string; day: number; text: string }>();
    const names = new Map<string, { name: string; days: [string, string] }>();
    for (let r = grid.nextRow(headerRow); r <= grid.rowCount; r = grid.nextRow(r)) {
      const dated = dayOf(grid, r, c);
      const name = grid.text(r, nameCol).trim() ? key(r) : '';
      if (!dated || !name) continue;
      const before = seen.get(name);
      if (!before) seen.set(name, { month: dated.month, day: dated.day, text: grid.text(r, c).trim() });
      // (Two days of one month: a roster of two months dated 2026-03-01 and 2026-04-01 is two months' rows.)
      else if (before.month === dated.month && before.day !== dated.day && !names.has(name)) names.set(name, { name: grid.text(r, nameCol).trim(), days: [before.text, grid.text(r, c).trim()] });
    }
    if (names.size) return { cell: cellAddress(headerRow, c), heading: grid.text(headerRow, c).trim(), names };
  }
  return null;
}

/** The month and day a date cell says: a date, 2026-03-01 typed, 20260301, or an Excel serial; null without a day. */
function dayOf(grid: Grid, r: number, c: number): { month: string; day: number } | null {
  const v = grid.value(r, c);
  if (v.kind === 'number') {
    const typed = digitsDate(v.value);
    const month = typed?.month ?? serialMonth(Math.floor(v.value));
    const day = typed ? typed.day : serialDay(Math.floor(v.value));
    return month && day !== undefined ? { month, day } : null;
  }
  const text = v.kind === 'date' ? v.value : grid.text(r, c);
  const month = parseMonth(text);
  const day = dayOfDate(text);
  return month && day !== undefined ? { month, day } : null;
}
