// The month an export is of, as its title, its file name or its dates say — against the roster's 考核月份. February's
// export handed for March was joined without a word: every figure of the export last month's, at exit 0.
import { cellAddress, type Grid } from './grid.js';
import { holdsDayDate, monthNumberOf, monthsOfTitle, parseMonth, previousMonth, serialMonth } from '../engine/period.js';

export interface ExportMonths {
  months: string[];
  /** Where they are said: a cell (title or first date), or the file's name. */
  where: { cell?: string; fileName?: true; dates?: true };
  /** By dates: the months whose every date falls on its first days (1st–5th) — when last month's export is pulled. */
  early?: string[];
}

/** A heading dating each row of an export: 日期, 统计日期, 导出时间, 月份, 统计周期, 开始日期, 业务日期. */
const DATE_HEADING = /^(统计|导出|数据|报表|查询|开始|起始|结束|截止|业务|交易|下单)?(日期|时间|月份|周期|日期时间|时段|区间|日期范围|范围)$/;
/** A period of days (「2026-02-01~2026-02-28」, 「2026/02/26-2026/03/25」): the months it starts and ends in. */
const DATE_RANGE = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*(?:~|～|-|—|至|到)\s*(?:(\d{4})[-/.年])?(\d{1,2})[-/.月]\d{1,2}日?/;

function rangeMonths(text: string): string[] | undefined {
  const m = DATE_RANGE.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  // (A settlement cycle, the 26th to the 25th, is of the month it ends in as much as the one it starts in.)
  const start = `${m[1]}-${m[2]!.padStart(2, '0')}`;
  const end = `${m[4] ?? m[1]}-${m[5]!.padStart(2, '0')}`;
  return start === end ? [start] : [start, end];
}

/** The months an export says it is of, strongest first: a title above its headings, its file's or sheet's name, its dates. */
export function exportMonths(grid: Grid, headerRow: number, rows: readonly number[], fileName: string | null): ExportMonths | null {
  for (let r = 1; r < headerRow; r++) {
    for (let c = 1; c <= Math.min(grid.columnCount, 10); c++) {
      // (A period of days in a title, 「统计日期:2026-02-01~2026-02-28」, is its month: dates alone are when it was pulled.)
      const months = rangeMonths(grid.text(r, c)) ?? monthsOfTitle(grid.text(r, c));
      if (months.length) return { months, where: { cell: cellAddress(r, c) } };
    }
  }
  // A date with its day in the name (「客服绩效2026-04-01导出」) is when it was pulled, not the month of its figures.
  // (A period of days there, 「2026年2月1日-2月28日」, is its months as a title's is: February's export, not a day.)
  const stem = fileName?.replace(/\.[^.]+$/, '');
  const named = stem ? (rangeMonths(stem) ?? monthsOfTitle(stem)) : [];
  if (named.length) return { months: named, where: { fileName: true } };
  // A sheet named 「3月」 says the month without the year: compared by the month alone.
  const sheetRange = rangeMonths(grid.name);
  if (sheetRange) return { months: sheetRange, where: {} };
  const sheet = monthsOfTitle(grid.name).length || !holdsDayDate(grid.name) ? monthNumberOf(grid.name) : undefined;
  if (sheet) return { months: [sheet.year ? `${sheet.year}-${String(sheet.month).padStart(2, '0')}` : `${sheet.month}月`], where: {} };
  for (let c = 1; c <= grid.columnCount; c++) {
    const heading = grid.text(headerRow, c).normalize('NFKC').replace(/\s/g, '');
    if (!DATE_HEADING.test(heading)) continue;
    // 「导出时间」 says when the export was made: up to the 10th of the next month (2026-04-08 for March's figures); the
    // 30th is more likely April's own.
    const madeAt = /^(导出|查询)/.test(heading);
    const months = new Set<string>();
    // A month some date of which is past its 5th, or that a period or a month alone names: not an export's making.
    const late = new Set<string>();
    let first: string | undefined;
    for (const r of rows) {
      const v = grid.value(r, c);
      // (「2026-02-01~2026-02-28」 and 「2月」 too: a period's month, a month without its year.)
      const text = grid.text(r, c);
      const bare = monthNumberOf(text.trim());
      const range = v.kind === 'text' ? rangeMonths(text) : undefined;
      const m = v.kind === 'number' ? serialMonth(Math.floor(v.value)) : v.kind === 'date' ? parseMonth(v.value) : (range?.[0] ?? parseMonth(text) ?? (bare && !bare.year ? `${bare.month}月` : null));
      if (!m) continue;
      months.add(m);
      for (const other of range?.slice(1) ?? []) months.add(other);
      const day = v.kind === 'number' ? serialDay(Math.floor(v.value)) : range ? undefined : dayOf(v.kind === 'date' ? v.value : text);
      if (day === undefined || day > (madeAt ? 10 : 5)) for (const x of [m, ...(range?.slice(1) ?? [])]) late.add(x);
      first ??= cellAddress(r, c);
    }
    if (months.size) return { months: [...months].sort(), where: { cell: first!, dates: true }, early: [...months].filter((x) => !late.has(x)) };
  }
  return null;
}

/**
 * The export is of other months than the roster's: none of its title's or name's months is the roster's — or, by its
 * dates, none is the roster's month, or the next on its first five days only (an export's time of making, the days
 * after the month: README's 「月底次日导出的日期」). A period 「2026-04-01~2026-04-30」, a date of the 15th or 「4月」 is
 * April's, not a making of March's (April's figures were scored as March's at exit 0).
 */
export function otherMonthThan(found: ExportMonths, month: string): boolean {
  const same = (m: string) => m === month || m === `${Number(month.slice(5))}月`;
  if (!found.where.dates) return !found.months.some(same);
  const early = new Set(found.early ?? []);
  return !found.months.some((m) => same(m) || (previousMonth(m) === month && early.has(m)));
}

/** The day of a date written with one (2026-04-01, 2026/4/1 9:00, 2026年4月1日); undefined when it gives none. */
function dayOf(text: string): number | undefined {
  const m = /^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*(\d{1,2})(?!\d)/.exec(text.normalize('NFKC'));
  return m ? Number(m[1]) : undefined;
}

/** The day of the month of an Excel date serial. */
function serialDay(n: number): number | undefined {
  return serialMonth(n) ? new Date(Date.UTC(1899, 11, 30) + n * 86_400_000).getUTCDate() : undefined;
}

/** A full period of days (「2026-03-01~2026-03-15」): its first and last day, and how many days it holds. */
const FULL_RANGE = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*(?:~|～|-|—|至|到)\s*(?:(\d{4})[-/.年])?(\d{1,2})[-/.月](\d{1,2})日?/;

/**
 * A period of days in an export's title or its period column that is not a month's (half a month, a quarter: 15 days of
 * sales against a month's target, 李强 91.38 良好 for 100.75 优秀 at exit 0): the text and where. A cycle of 28–31 days
 * that starts on another day (the 26th to the 25th) is a month's.
 */
export function periodNotAMonth(grid: Grid, headerRow: number, rows: readonly number[]): { text: string; days: number; cell: string } | null {
  const check = (text: string, cell: string) => {
    const m = FULL_RANGE.exec(text.normalize('NFKC'));
    if (!m) return null;
    const from = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const to = Date.UTC(Number(m[4] ?? m[1]), Number(m[5]) - 1, Number(m[6]));
    const days = Math.round((to - from) / 86_400_000) + 1;
    return days > 0 && (days < 28 || days > 31) ? { text: m[0], days, cell } : null;
  };
  for (let r = 1; r < headerRow; r++) {
    for (let c = 1; c <= Math.min(grid.columnCount, 10); c++) {
      const hit = check(grid.text(r, c), cellAddress(r, c));
      if (hit) return hit;
    }
  }
  const first = rows[0];
  if (first === undefined) return null;
  for (let c = 1; c <= grid.columnCount; c++) {
    if (!DATE_HEADING.test(grid.text(headerRow, c).normalize('NFKC').replace(/\s/g, ''))) continue;
    const hit = check(grid.text(first, c), cellAddress(first, c));
    if (hit) return hit;
  }
  return null;
}
