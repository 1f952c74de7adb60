// A table dated by the day whose people come again on other days: a per-day export, not a month's rows (readRoster).
import { dayOfDate, digitsDate, parseMonth, serialDay, serialMonth } from '../engine/period.js';
import { cellAddress, type Grid } from './grid.js';

/** A heading dating each row of an export: 日期, 统计日期, 导出时间, 月份, 统计周期, 开始日期, 业务日期. */
export const DATE_HEADING = /^(统计|导出|数据|报表|查询|开始|起始|结束|截止|业务|交易|下单)?(日期|时间|月份|周期|日期时间|时段|区间|日期范围|范围)$/;

/** The heading of a per-day export's date: 日期, 统计日期, 数据日期, 业务日期, and 时间, 统计时间, 导出时间, 日期时间. */
const DAY_HEADING = /^(统计|数据|业务|报表|交易|导出)?(日期|时间|日期时间)$/;

/**
 * A table dated by the day whose people come again on other days (张三 on 2026-03-01 and on 2026-03-02): a system's
 * per-day export, each row a day's figures. Its rows are no month's: a person's first day was scored as the month
 * (90.00 优秀 beside 「重复」 errors), and the advice was 「请删去不对的一处」. Returned: the date column, each person
 * (by `key`: its name and 工号) met on two days with the first two dates as written, and the rows of those people.
 * A row whose 工号 is blank is the one person of its name who has a 工号 (张三 1001 on 3/1, 张三 on 3/2); beside two
 * (周杰 2001, 周杰 2009) it is neither.
 */
export function dailyRows(grid: Grid, headerRow: number, nameCol: number, key: (row: number) => { name: string; id: string }): { cell: string; heading: string; names: Map<string, { name: string; days: [string, string] }>; rows: Map<number, { name: string; days: [string, string] }> } | null {
  let keys: Map<number, string> | undefined;
  for (let c = 1; c <= grid.columnCount; c++) {
    const heading = grid.text(headerRow, c).normalize('NFKC').replace(/\s/g, '');
    // (「时间」 is as often when a row was filled — but a roster of one row a person never repeats a person, and a form
    // of raters, a row per rater each dated its day, is not asked: readRoster.)
    if (c === nameCol || !DAY_HEADING.test(heading)) continue;
    keys ??= personKeys(grid, headerRow, nameCol, key);
    const seen = new Map<string, { month: string; day: number; text: string }>();
    const names = new Map<string, { name: string; days: [string, string] }>();
    for (let r = grid.nextRow(headerRow); r <= grid.rowCount; r = grid.nextRow(r)) {
      const dated = dayOf(grid, r, c);
      const name = keys.get(r);
      if (!dated || !name) continue;
      const before = seen.get(name);
      if (!before) seen.set(name, { month: dated.month, day: dated.day, text: grid.text(r, c).trim() });
      // (Two days of one month: a roster of two months dated 2026-03-01 and 2026-04-01 is two months' rows.)
      else if (before.month === dated.month && before.day !== dated.day && !names.has(name)) names.set(name, { name: grid.text(r, nameCol).trim(), days: [before.text, grid.text(r, c).trim()] });
    }
    if (!names.size) continue;
    const rows = new Map<number, { name: string; days: [string, string] }>();
    for (const [r, k] of keys) if (names.has(k)) rows.set(r, names.get(k)!);
    return { cell: cellAddress(headerRow, c), heading: grid.text(headerRow, c).trim(), names, rows };
  }
  return null;
}

/** Each named row's person: its name and 工号, a blank 工号 taking the only 工号 its name has elsewhere. */
function personKeys(grid: Grid, headerRow: number, nameCol: number, key: (row: number) => { name: string; id: string }): Map<number, string> {
  const people = new Map<number, { name: string; id: string }>();
  const ids = new Map<string, Set<string>>();
  for (let r = grid.nextRow(headerRow); r <= grid.rowCount; r = grid.nextRow(r)) {
    const person = grid.text(r, nameCol).trim() ? key(r) : undefined;
    if (!person?.name) continue;
    people.set(r, person);
    if (!ids.has(person.name)) ids.set(person.name, new Set());
    if (person.id) ids.get(person.name)!.add(person.id);
  }
  const keys = new Map<number, string>();
  for (const [r, { name, id }] of people) {
    const only = ids.get(name)!;
    keys.set(r, `${name}\u0000${id || (only.size === 1 ? [...only][0] : '')}`);
  }
  return keys;
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
