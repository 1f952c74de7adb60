// The month an export is of, as its title, its file name or its dates say — against the roster's 考核月份. February's
// export handed for March was joined without a word: every figure of the export last month's, at exit 0.
import { cellAddress, type Grid } from './grid.js';
import { DATE_HEADING } from './dailyRows.js';
import { dayOfDate, digitsDate, serialDay, holdsDayDate, monthKey, monthNumberOf, monthsOfTitle, parseMonth, previousMonth, serialMonth, CHINESE_MONTHS } from '../engine/period.js';
import type { RawValue } from '../model/entries.js';
import { exportTabMonth } from './tabMonths.js';

export interface ExportMonths {
  months: string[];
  /** Where they are said: a cell (title, a line under the table — `footer` — or first date), or the file's name. */
  where: { cell?: string; fileName?: true; dates?: true; footer?: true };
  /** By dates: the months whose every date falls on its first days (1st–5th) — when last month's export is pulled. */
  early?: string[];
}

/** A day: its year when written (「2月1日」 has none), month and day. */
interface Day { y?: number; m: number; d: number }

/**
 * One date with its day: 2026-02-01, 2026/2/1, 2026.02.01, 2026年2月1日, 20260201, or 2月1日 without a year. (The
 * last not after a year or a digit: 2026年2月1日 is the first kind.)
 */
const ONE_DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?|(?<!\d)(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)|(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/g;
/** A time of day after a date (「2026-02-01 00:00:00」, as admin exports write a period's ends). */
const TIME_AFTER = /^\s*T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?/;
/** That time at midnight (00:00, 00:00:00): an end there stops before the day. */
const MIDNIGHT = /^\s*T?0?0:00(?::00(?:\.0+)?)?$/;
/** What stands between a period's two dates: a mark (~ ～ - — – 至 到 / _) or spaces alone. */
/** The marks a period is written with between its ends. */
const RANGE_MARK = '~～\\-—–－―至到';
const BETWEEN = new RegExp(`^\\s*(?:[${RANGE_MARK}]|\\/|_)?\\s*$`);
/** The end written as its day alone (「2026年3月1日至15日」). */
const MARKED = new RegExp(`[${RANGE_MARK}]`);
const DAY_ONLY_AFTER = new RegExp(`^\\s*[${RANGE_MARK}]\\s*(\\d{1,2})\\s*[日号]`);
/** The end written as month and day alone (「2026.2.1-2.28」, 「2026/02/01-02/28」). */
const MONTH_DAY_AFTER = new RegExp(`^\\s*[${RANGE_MARK}]\\s*(\\d{1,2})\\s*[./\\-]\\s*(\\d{1,2})(?![\\d./:])`);
/**
 * Both ends without a year: 「02.01-02.28」, 「2/1-2/28」, 「02-01至02-28」 (the same mark inside both), 「0201-0228」.
 * (Not a date alone: 「3.5」 is a number, 「0201」 an id.)
 */
const YEARLESS_PAIR = new RegExp(
  `(?<![\\d./\\-])(\\d{1,2})\\s*([./\\-])\\s*(\\d{1,2})\\s*[${RANGE_MARK}]\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d./\\-:])` +
    `|(?<![\\d./\\-])(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\s*[${RANGE_MARK}]\\s*(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d./\\-:])`,
);

/**
 * A period of days in a text (「2026-02-01~2026-02-28」, 「2026-02-01 00:00:00 ~ 2026-02-28 23:59:59」, 「20260201-20260228」,
 * 「2月1日-2月28日」, 「2026年3月1日至15日」, 「2026-02-01 / 2026-02-28」): its first and last day and the text. Written any of
 * these ways, February's export passed as March's at exit 0, and half a month's as a month's.
 */
export function dayRange(text: string): { from: Day; to: Day; text: string; loose?: true } | undefined {
  const t = text.normalize('NFKC');
  const dates = [...t.matchAll(ONE_DATE)].map((m) => {
    const day: Day = m[1] ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : m[4] ? { y: Number(m[4]), m: Number(m[5]), d: Number(m[6]) } : { m: Number(m[7]), d: Number(m[8]) };
    const end = m.index! + m[0].length;
    const time = TIME_AFTER.exec(t.slice(end));
    return { day, start: m.index!, end: end + (time ? time[0].length : 0), midnight: !!time && MIDNIGHT.test(time[0]) };
  }).filter((x) => x.day.m >= 1 && x.day.m <= 12 && x.day.d >= 1 && x.day.d <= 31);
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1];
    const between = b ? t.slice(a.end, b.start) : '';
    // (Two dates with no mark between them — 「_2026-03-31_2026-04-01」, a cut-off and a making — are loose: a period only
    // when long enough to be one.)
    if (b && BETWEEN.test(between)) return { from: a.day, to: exclusiveEnd(a.day, { ...b.day, y: b.day.y ?? a.day.y }, b.midnight), text: t.slice(a.start, b.end).trim(), ...(MARKED.test(between) ? {} : { loose: true as const }) };
    const dayOnly = DAY_ONLY_AFTER.exec(t.slice(a.end));
    if (dayOnly) return { from: a.day, to: { y: a.day.y, m: a.day.m, d: Number(dayOnly[1]) }, text: t.slice(a.start, a.end + dayOnly[0].length).trim() };
    // (「统计周期:2026.2.1-2.28」 was no period: its 2026.2.1 taken as the day of pulling, February's export scored 张三
    // 68.50 for March's 84.00 at exit 0.)
    const monthDay = a.day.y !== undefined ? MONTH_DAY_AFTER.exec(t.slice(a.end)) : null;
    if (monthDay && validDay(Number(monthDay[1]), Number(monthDay[2]))) return { from: a.day, to: { y: a.day.y, m: Number(monthDay[1]), d: Number(monthDay[2]) }, text: t.slice(a.start, a.end + monthDay[0].length).trim() };
  }
  const pair = YEARLESS_PAIR.exec(t);
  if (pair) {
    const [m1, d1, m2, d2] = (pair[1] ? [pair[1], pair[3], pair[4], pair[5]] : [pair[6], pair[7], pair[8], pair[9]]).map(Number) as [number, number, number, number];
    if (validDay(m1, d1) && validDay(m2, d2)) return { from: { m: m1, d: d1 }, to: { m: m2, d: d2 }, text: pair[0].trim() };
  }
  return undefined;
}

/**
 * A period's end at midnight of a 1st (「2026-03-01 00:00:00 ~ 2026-04-01 00:00:00」) is where the period stops, not a day
 * of it: March exactly, refused as 32 days. The day before, when after the start. (A date alone, 「~2026-04-01」, is a day.)
 */
function exclusiveEnd(from: Day, to: Day, midnight: boolean): Day {
  if (!midnight || to.d !== 1) return to;
  const y = to.y ?? from.y ?? 2000;
  const before = new Date(Date.UTC(y, to.m - 1, 0));
  const day: Day = { ...(to.y !== undefined ? { y: before.getUTCFullYear() } : {}), m: before.getUTCMonth() + 1, d: before.getUTCDate() };
  const start = Date.UTC(from.y ?? y, from.m - 1, from.d);
  return Date.UTC(before.getUTCFullYear(), day.m - 1, day.d) >= start ? day : to;
}

function validDay(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** A day's month: 「2026-02」, or 「2月」 when no year is written (compared by the month alone). */
function monthOfDay(day: Day): string {
  return monthKey({ year: day.y, month: day.m });
}

/** A period of days (「2026-02-01~2026-02-28」, 「2026/02/26-2026/03/25」): the months it starts and ends in. */
export function rangeMonths(text: string): string[] | undefined {
  const range = dayRange(text);
  if (!range) return undefined;
  // (A settlement cycle, the 26th to the 25th, is of the month it ends in as much as the one it starts in.)
  const start = monthOfDay(range.from);
  const end = monthOfDay(range.to);
  return start === end ? [start] : [start, end];
}

/**
 * A period of days that is one month's (28–31 days): a settlement cycle 「2026-02-26至2026-03-25」 or a whole month. Its
 * month is the one holding most of its days (the 26th to the 25th: the month it ends in), its ends as 2026-02-26.
 * `year`: the year of a range written without one (「(2月26日-3月25日)」 under 「2026年3月…」), the year it ends in.
 */
export function monthCycle(text: string, year?: number): { month: string; from: string; to: string; text: string } | undefined {
  const range = dayRange(text);
  if (!range || range.loose) return undefined;
  const endYear = range.to.y ?? (range.from.y !== undefined ? range.from.y + (range.to.m < range.from.m ? 1 : 0) : year);
  if (endYear === undefined) return undefined;
  const startYear = range.from.y ?? endYear - (range.from.m > range.to.m ? 1 : 0);
  const from = Date.UTC(startYear, range.from.m - 1, range.from.d);
  const to = Date.UTC(endYear, range.to.m - 1, range.to.d);
  const days = Math.round((to - from) / 86_400_000) + 1;
  if (days < 28 || days > 31) return undefined;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const endDays = range.to.d;
  const month = endDays * 2 >= days ? iso(to).slice(0, 7) : iso(from).slice(0, 7);
  return { month, from: iso(from), to: iso(to), text: range.text };
}

/**
 * A title's months written without a year (「2月客服数据」, 「二月份客服数据」): compared by the month alone, as a sheet named
 * 「2月」 is. Not a day (「2月1日」) nor a count of months (「12个月」).
 */
function bareMonthsOf(text: string): string[] {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  // A note, not a title (「说明:同一月份内…」, 「注:自12月起…」), or a month named beside the figures' (环比3月, 3月起,
  // 近1月): no month of the export's.
  if (/^(说明|注|备注|提示|附注|口径)[::]?/.test(t)) return [];
  // Only the months named beside a comparison or a bound go (「(环比3月)」, 「(3月起)」, 「近1月」, 「(3月补录)」): 「2月客服
  // 数据导出」 is February's (review: dropping every month of a title with 导出 let February's export through).
  const M = '(?:1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])月份?';
  const said = t.replace(new RegExp(`(?:环比|同比|对比|比较|较|自|截至|截止|近|比|于|导出于)${M}|${M}(?:起|以来|之前|之后|以前|以后|初|底|补录|前|后|导出|\\d{1,2}[日号]?导出)`, 'g'), ' ');
  const out = new Set<string>();
  // (A Chinese numeral after a character is a word's end — 统一月度, 同一月份 — not January.)
  for (const m of said.matchAll(/(?<![\d年.\-/])(1[0-2]|0?[1-9]|(?<!\p{Script=Han})(?:十[一二]|[一二三四五六七八九十]))月(?:份)?(?!\d{1,2}[日号]?)/gu)) {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : CHINESE_MONTHS.indexOf(m[1]!);
    if (n >= 1 && n <= 12) out.add(`${n}月`);
  }
  return [...out];
}


/**
 * A period written over the title's cells (「开始时间:2026-02-01 00:00:00 | 结束时间:2026-02-28 23:59:59」, 「统计时间 | 2026-02-01
 * | 至 | 2026-02-28」, start and end on two rows, 「起止日期 | a | b」): read cell by cell, each date was taken as the day
 * the export was pulled, and February's export scored 张三 68.50 for March's 84.00 at exit 0. The cells of `lines` (the
 * title's, or the footer's) joined in reading order, their labels for start and end as a mark; the cell of its first date.
 */
export function titlePeriod(grid: Grid, lines: readonly number[]): { text: string; cell: string } | undefined {
  const parts: Array<{ at: number; cell: string }> = [];
  let joined = '';
  let dates = 0;
  for (const r of lines) {
    const cells: Array<{ text: string; cell: string }> = [];
    for (let c = 1; c <= grid.columnCount; c++) {
      const text = grid.text(r, c).normalize('NFKC').trim();
      if (text) cells.push({ text: endAtMidnight(grid.value(r, c), text, dates), cell: cellAddress(r, c) });
      if (grid.value(r, c).kind === 'date') dates++;
    }
    const labelled = labelledPair(cells);
    cells.forEach((x, i) => {
      parts.push({ at: joined.length, cell: x.cell });
      joined += `${x.text} ${i === labelled ? '~' : '|'} `;
    });
  }
  if (!parts.length) return undefined;
  // (Labels kept as wide as their text, so that offsets still find the cell.)
  const blank = (x: string) => ' '.repeat(x.length);
  const text = joined
    .replace(/(结束|截止|终止)(日期|时间)\s*[::]?/g, (x) => `~${blank(x).slice(1)}`)
    .replace(/(开始|起始|起止|统计)(日期|时间|周期|区间)\s*[::]?|\|/g, blank);
  const range = dayRange(text);
  // (Two dates with no mark nor label between — a 数据日期 and an 导出时间 — are not a period.)
  // (A label saying a period — 「统计周期 | 2026-02-01 | 2026-02-28」 — marks it as 起止 does: February's log so titled
  // was scored for March at exit 0.)
  if (!range || (range.loose && !/起止|周期|区间/.test(joined))) return undefined;
  const at = text.indexOf(range.text);
  const cell = [...parts].reverse().find((p) => p.at <= at)?.cell ?? parts[0]!.cell;
  return { text: range.text.replace(/\s+/g, ' '), cell };
}

/**
 * A date cell ending a period on a 1st (「查询时间 | 2026-03-01 00:00:00 | 2026-04-01 00:00:00」, yyyy-mm-dd hh:mm:ss): its
 * midnight, as text's, stops the period before that day — March's export was refused as 32 days (exit 2), for 王芳 85.50,
 * 李强 97.00, 张敏 70.00. (A date cell's text keeps no time; its value on the 1st is that midnight.)
 */
function endAtMidnight(raw: RawValue, text: string, before: number): string {
  return before > 0 && raw.kind === 'date' && !raw.elapsed && /^\d{4}-\d{2}-01$/.test(text) ? `${text} 00:00:00` : text;
}

/** A label naming a period (统计周期, 查询时间段) when it is a cell of its own. */
const PERIOD_LABEL = /^(统计周期|统计时间|查询时间段|时间范围|日期范围|统计日期|查询时间)\s*[::]?$/;

/**
 * A footer line stating the export's period: after a label (统计周期, 查询时间, 数据时间 …), never a note (备注, 说明, 注).
 * A note under the table only mentions months — 「备注:自2026年4月起中差评按新口径统计」, 「上月(2月)数据已于2026-03-02另行
 * 发送」 under March's export refused it (exit 2) as April's and February's, for 王芳 85.50, 李强 97.00, 张敏 70.00.
 */
const FOOTER_PERIOD = /^(统计|查询|数据|报表|起止|开始|账单?)?(周期|时间段?|日期|月份|区间|范围|期间)[::|]?(?=\d)/;
function statesPeriod(text: string): boolean {
  return FOOTER_PERIOD.test(text.normalize('NFKC').replace(/\s+/g, ''));
}

/**
 * 「统计周期 | 2026-02-01 | 2026-02-28」, 「查询时间段 | 2026-02-01 | 2026-02-28」 (date cells or text): a period, its two ends
 * in cells after its label. Without a mark between they were two loose dates, no period, and February's export scored
 * 张三 82.00 for March at exit 0 (half of March passed as a month). The index of the cell of its start, else -1.
 */
function labelledPair(cells: ReadonlyArray<{ text: string }>): number {
  const i = cells.findIndex((x) => PERIOD_LABEL.test(x.text));
  return i >= 0 && onlyDate(cells[i + 1]?.text) && onlyDate(cells[i + 2]?.text) ? i + 1 : -1;
}

/** A cell holding one date and nothing else but its time (「2026-02-01」, 「2026-02-28 23:59:59」). */
function onlyDate(text: string | undefined): boolean {
  if (!text || (text.match(ONE_DATE) ?? []).length !== 1) return false;
  return !text.replace(ONE_DATE, '').replace(/T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?/, '').trim();
}

/**
 * The lines an export may say its period on, each group read apart: the title's above the heading row, and the
 * footer's after its last data row (「统计时间:2026-02-01 00:00:00 ~ 2026-02-28 23:59:59」 under the table: read above
 * only, February's export scored 张三 82.00 for March at exit 0). `rows` are the data rows the reader kept.
 */
function periodLines(grid: Grid, headerRow: number, rows: readonly number[]): number[][] {
  const span = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
  return [span(1, headerRow - 1), span(Math.max(headerRow, ...rows) + 1, grid.rowCount)];
}

/** A period's end written as the day of pulling: 「至今」, 「~今天」, 「到现在」, 「以来」. */
const OPEN_END = new RegExp(`^\\s*(?:(?:[${RANGE_MARK}]|\\/)\\s*(?:今天?|现在|目前|当前|今日)|以来)`);

/**
 * A period from a day of the month to the day the export was pulled (「统计周期:2026-03-22至今」): days of one month at
 * most, not the month, when it starts after the 1st — scored on a month's target at exit 0. (From the 1st it may be the
 * whole month, pulled on its last day; from another month's day, a cycle: both left to the other checks.)
 */
function openPeriod(text: string, cell?: string): { text: string; days: number; open: true; cell?: string } | null {
  const t = text.normalize('NFKC');
  for (const m of t.matchAll(ONE_DATE)) {
    const end = m.index! + m[0].length;
    const open = OPEN_END.exec(t.slice(end));
    if (!open) continue;
    const day = Number(m[3] ?? m[6] ?? m[8]);
    const month = Number(m[2] ?? m[5] ?? m[7]);
    const year = Number(m[1] ?? m[4] ?? 2000);
    if (day <= 1 || day > 31 || month < 1 || month > 12) return null;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { text: t.slice(m.index!, end + open[0].length).trim(), days: last - day + 1, open: true, ...(cell ? { cell } : {}) };
  }
  return null;
}

/** A week of a month or year: 第4周, 2026-W13 (not a month's figures). */
const WEEK = /第\s*[1-6一二三四五六]\s*周|(?<![A-Za-z\d])\d{4}\s*-?\s*W(?:0?[1-9]|[1-4]\d|5[0-3])(?!\d)/;

/** The months an export says it is of, strongest first: a title above its headings, its file's or sheet's name, its dates. */
export function exportMonths(grid: Grid, headerRow: number, rows: readonly number[], fileName: string | null): ExportMonths | null {
  // A title's month without a year (「2月客服数据」): the weakest word, taken only when the name and the dates say none
  // (review: 「说明:…(3月起)」 over April's dates let April's export through).
  let bareTitle: ExportMonths | null = null;
  // The title's lines, then the footer's.
  for (const [k, lines] of periodLines(grid, headerRow, rows).entries()) {
    const where = (cell: string) => ({ cell, ...(k ? { footer: true as const } : {}) });
    for (const r of lines) {
      for (let c = 1; c <= Math.min(grid.columnCount, 10); c++) {
        // (A period of days in a title, 「统计日期:2026-02-01~2026-02-28」, is its month: dates alone are when it was pulled.)
        const title = grid.text(r, c);
        if (k && !statesPeriod(title)) continue;
        const months = rangeMonths(title) ?? monthsOfTitle(title);
        if (months.length) return { months, where: where(cellAddress(r, c)) };
        if (!bareTitle && !k) {
          const bare = bareMonthsOf(title);
          if (bare.length) bareTitle = { months: bare, where: where(cellAddress(r, c)) };
        }
      }
    }
    const split = titlePeriod(grid, lines);
    if (split) return { months: rangeMonths(split.text)!, where: where(split.cell) };
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
  if (sheet) return { months: [monthKey(sheet)], where: {} };
  // Or beside the export's name, 「赤兔数据(2月)」: no month, and February's sheet was as good as March's.
  const tab = exportTabMonth(grid.name);
  if (tab) return { months: [tab], where: {} };
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
      const dated = cellDate(grid, r, c);
      if (!dated) continue;
      const { month: m, range, day } = dated;
      months.add(m);
      for (const other of range?.slice(1) ?? []) months.add(other);
      if (day === undefined || day > (madeAt ? 10 : 5)) for (const x of [m, ...(range?.slice(1) ?? [])]) late.add(x);
      first ??= cellAddress(r, c);
    }
    if (months.size) return { months: [...months].sort(), where: { cell: first!, dates: true }, early: [...months].filter((x) => !late.has(x)) };
  }
  return bareTitle;
}

/** The month a row's date cell says (and the day, where it says one); a period's months in `range`. */
function cellDate(grid: Grid, r: number, c: number): { month: string; day?: number; range?: string[] } | null {
  const v = grid.value(r, c);
  // (「2026-02-01~2026-02-28」 and 「2月」 too: a period's month, a month without its year.)
  const text = grid.text(r, c);
  const bare = monthNumberOf(text.trim());
  const range = v.kind === 'text' ? rangeMonths(text) : undefined;
  // (A BI tool's 20260228 or 202602 stored as a number is that date or month, as its text is: it was read as an
  // Excel serial only, no month, and February's export was joined for March at exit 0.)
  const typed = v.kind === 'number' ? digitsDate(v.value) : undefined;
  const month = v.kind === 'number' ? (typed?.month ?? serialMonth(Math.floor(v.value))) : v.kind === 'date' ? parseMonth(v.value) : (range?.[0] ?? parseMonth(text) ?? (bare && !bare.year ? `${bare.month}月` : null));
  if (!month) return null;
  const day = v.kind === 'number' ? (typed ? typed.day : serialDay(Math.floor(v.value))) : range ? undefined : dayOfDate(v.kind === 'date' ? v.value : text);
  return { month, ...(day !== undefined ? { day } : {}), ...(range ? { range } : {}) };
}

/**
 * The export is of other months than the roster's: none of its title's or name's months is the roster's — or, by its
 * dates, none is the roster's month, or the next on its first five days only (an export's time of making, the days
 * after the month: README's 「月底次日导出的日期」). A period 「2026-04-01~2026-04-30」, a date of the 15th or 「4月」 is
 * April's, not a making of March's (April's figures were scored as March's at exit 0).
 */
export function otherMonthThan(found: ExportMonths, month: string): boolean {
  // A roster's month without its year (「3月」, 「三月」) is compared by its number: it was not compared at all, and
  // February's export scored 王芳 55.00 for March's 85.50 at exit 0.
  const bare = !/^\d{4}-/.test(month);
  const same = (m: string) => m === month || (bare ? monthNumber(m) === monthNumber(month) : m === `${monthNumber(month)}月`);
  if (!found.where.dates) return !found.months.some(same);
  const early = new Set(found.early ?? []);
  const madeAfter = (m: string) => (bare ? monthNumber(m) === (monthNumber(month) % 12) + 1 : previousMonth(m) === month);
  return !found.months.some((m) => same(m) || (madeAfter(m) && early.has(m)));
}

/** The number of a month written 「2026-03」 or 「3月」. */
function monthNumber(m: string): number {
  return /^\d{4}-/.test(m) ? Number(m.slice(5)) : Number(m.replace('月', ''));
}

/**
 * The month the roster is of, from its rows' 考核月份 (`written`): 「2026-03」 as written; 「3月」 or 「三月」 with the year
 * its title or --period gives for that month number, else 「3月」 (compared by number); none written, --period's.
 * Null when the rows give none and --period neither, or give several.
 */
export function rosterMonth(written: readonly string[], titles: readonly string[], period?: string): string | null {
  const months = new Set<string>();
  for (const text of written) {
    // (A team's settlement cycle, 「2026-02-26至2026-03-25」, is March's: read as its first day's month, it asked for
    // February's export and refused March's.)
    const cycle = monthCycle(text);
    if (cycle) {
      months.add(cycle.month);
      continue;
    }
    const full = parseMonth(text);
    const bare = full ? undefined : monthNumberOf(text.trim());
    if (full) months.add(full);
    else if (bare) months.add(monthKey(bare));
  }
  // 「3月」 beside 2026-03 is that month (one person's retyped cell): two months counted, the check was skipped and
  // February's export scored at exit 0 (review).
  for (const m of [...months]) if (!/^\d{4}-/.test(m) && [...months].some((x) => /^\d{4}-/.test(x) && monthNumber(x) === monthNumber(m))) months.delete(m);
  const flag = period ? parseMonth(period) : null;
  if (months.size === 0) return flag;
  if (months.size !== 1) return null;
  const month = [...months][0]!;
  if (/^\d{4}-/.test(month)) return month;
  const titled = new Set(titles.flatMap((t) => monthsOfTitle(t)).filter((m) => monthNumber(m) === monthNumber(month)));
  if (titled.size === 1) return [...titled][0]!;
  return flag && monthNumber(flag) === monthNumber(month) ? flag : month;
}


/**
 * A period of days in an export's title or its period column that is not a month's (half a month, a quarter: 15 days of
 * sales against a month's target, 李强 91.38 良好 for 100.75 优秀 at exit 0): the text and where. A cycle of 28–31 days
 * that starts on another day (the 26th to the 25th) is a month's.
 */
export function periodNotAMonth(grid: Grid, headerRow: number, rows: readonly number[], fileName: string | null = null): { text: string; days: number; open?: true; cell?: string } | null {
  const check = (text: string, cell?: string) => {
    const range = dayRange(text);
    if (!range) return openPeriod(text, cell);
    // (No year written: a leap year, so that 2月1日–2月29日 is a month too.)
    const y = range.from.y ?? 2000;
    const from = Date.UTC(y, range.from.m - 1, range.from.d);
    const to = Date.UTC(range.to.y ?? (range.to.m < range.from.m ? y + 1 : y), range.to.m - 1, range.to.d);
    const days = Math.round((to - from) / 86_400_000) + 1;
    if (range.loose && days < 7) return null;
    return days > 0 && (days < 28 || days > 31) ? { text: range.text, days, ...(cell ? { cell } : {}) } : null;
  };
  const groups = periodLines(grid, headerRow, rows);
  for (const [k, lines] of groups.entries()) {
    for (const r of lines) {
      for (let c = 1; c <= Math.min(grid.columnCount, 10); c++) {
        if (k && !statesPeriod(grid.text(r, c))) continue;
        const hit = check(grid.text(r, c), cellAddress(r, c));
        if (hit) return hit;
      }
    }
    const split = titlePeriod(grid, lines);
    const splitHit = split ? check(split.text, split.cell) : null;
    if (splitHit) return splitHit;
  }
  // A week (「2026年3月第4周客服数据」, 「统计周期:2026-W13」, 「客服绩效第4周.xlsx」): a week's figures scored 张三 67.00 for
  // March's 84.00 at exit 0.
  for (const r of groups.flat()) {
    for (let c = 1; c <= grid.columnCount; c++) {
      const week = WEEK.exec(grid.text(r, c).normalize('NFKC'));
      if (week) return { text: week[0], days: 7, cell: cellAddress(r, c) };
    }
  }
  const weekNamed = fileName ? WEEK.exec(fileName.normalize('NFKC')) : null;
  if (weekNamed) return { text: weekNamed[0], days: 7 };
  // The file's name too (「客服绩效_2026-03-01至2026-03-15.csv」).
  const stem = fileName?.replace(/\.[^.]+$/, '');
  const named = stem ? check(stem) : null;
  if (named) return named;
  const first = rows[0];
  if (first === undefined) return null;
  // Per-row 开始日期 and 结束日期 columns (03-01 and 03-15): each read alone was a day, half a month scored 张三 67.00 at exit 0.
  const ends = [/^(开始|起始)(日期|时间)$/, /^(结束|截止|终止)(日期|时间)$/].map((re) => {
    for (let c = 1; c <= grid.columnCount; c++) if (re.test(grid.text(headerRow, c).normalize('NFKC').replace(/\s/g, ''))) return c;
    return undefined;
  });
  if (ends[0] && ends[1]) {
    const hit = check(`${grid.text(first, ends[0])} ~ ${grid.text(first, ends[1])}`, cellAddress(first, ends[0]));
    if (hit) return hit;
  }
  for (let c = 1; c <= grid.columnCount; c++) {
    if (!DATE_HEADING.test(grid.text(headerRow, c).normalize('NFKC').replace(/\s/g, ''))) continue;
    const hit = check(grid.text(first, c), cellAddress(first, c));
    if (hit) return hit;
  }
  return null;
}
