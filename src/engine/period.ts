// Months and the periods they roll up into: 2026-03, 2026-Q1, 2026. Pure text handling, no I/O.
import { cleanText } from './text.js';

export type PeriodKind = 'quarter' | 'year';

const FULLWIDTH = /[\uff10-\uff19]/g;

function month(y: number, m: number): string | null {
  if (!(y >= 1990 && y <= 2200) || !(m >= 1 && m <= 12)) return null;
  return `${y}-${String(m).padStart(2, '0')}`;
}

/**
 * A header value as a month 'YYYY-MM': 2026-03, 2026-3, 2026/03, 2026.3, 2026年3月(份), 202603, a date cell
 * (2026-03-01), 2026年3月1日, with a time after the day (2026-03-01 00:00:00). Anything else (a quarter, a bare 3月 without the year) is null: a month must be
 * certain before months are compared.
 */
export function parseMonth(text: string): string | null {
  // 「二〇二六年二月」, 「2026年三月」: read as 2026年2月, 2026年3月 (both were no month: February's sheets scored silently as
  // March's with --period 2026-03, and 「二〇二六年三月」 beside 「2026年3月」 said to be another month at exit 1).
  const s = withArabicMonths(cleanText(text).replace(FULLWIDTH, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/\s+/g, ''));
  if (!s) return null;
  // A time after the day (an export's 「2026-03-01 00:00:00」「2026/3/1 0:00」, the spaces gone above) is the same day.
  let m = /^(\d{4})\s*[-/.年_]\s*(\d{1,2})\s*(?:月份?)?(?:(?:[-/.]\d{1,2}日?|\d{1,2}日)(?:T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?(?:T[\d:.]+Z?)?$/.exec(s);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{4})(\d{2})(?:\d{2})?$/.exec(s);
  if (m) return month(Number(m[1]), Number(m[2]));
  // A month typed 2026-03 as Excel shows it and saves it to CSV: 「3月-26」, 「Mar-26」, 「Mar-2026」 (it was no month, and
  // --period 2026-04 over March's roster went unchecked).
  m = /^(\d{1,2})月-(\d{2}|\d{4})$/.exec(s);
  if (m) return month(fullYear(m[2]!), Number(m[1]));
  m = /^([a-z]{3})[a-z]*-(\d{2}|\d{4})$/i.exec(s);
  const named = m ? MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1 : 0;
  if (named) return month(fullYear(m![2]!), named);
  return null;
}

/** English months' first three letters, January first. */
export const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

/**
 * A day written without its year (「3月28日」, 「3月28号」) as the month it is in, without a year: 「3月」. A §20 检查日期
 * 「3月28日」 beside 2026-03-05 was 考核月份不一致 at exit 1 (2026-03 and 「3月28日」 compared as text); undefined otherwise.
 */
export function bareDayMonth(text: string): string | undefined {
  const m = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(cleanText(text));
  return m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && Number(m[2]) >= 1 && Number(m[2]) <= 31 ? monthKey({ month: Number(m[1]) }) : undefined;
}

/** A year and a month number written as parseMonth reads them, the month no month (2026年13月, 2026-00, 202613). */
export function impossibleMonth(text: string): boolean {
  if (parseMonth(text) !== null) return false;
  const s = cleanText(text).replace(FULLWIDTH, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/\s+/g, '');
  const m = /^(\d{4})(?:[-/.年_](\d{1,2})月?份?|(\d{2}))$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mm = Number(m[2] ?? m[3]);
  return y >= 1990 && y <= 2200 && (mm < 1 || mm > 12);
}

/** A month written in a file name: 2026-03, 2026_03, 2026.03, 2026年3月, 202603 (not inside a longer number). */
export function monthInFileName(base: string): string | null {
  const found = monthsInFileName(base);
  return found.length === 1 ? found[0]! : null;
}

/**
 * The year-months a title or a sheet's line names as its period (「2026年4月客户满意度记录(4月1日-4月30日)」: April):
 * a date with its day (「填表日期:2026年4月2日」, 2026-04-02) names a day, not the month of the sheet.
 */
export function monthsOfTitle(text: string): string[] {
  return monthsInFileName(withoutDayDates(text));
}

/** The text with its dates that have a day blanked (「同事甲-4月2日」 was sent on a day, it is no April copy). */
export function withoutDayDates(text: string): string {
  return text.replace(DAY_DATES, ' ');
}

/**
 * The text with its months of service blanked: 「第1月」「试用2月」「试用期3月」「入职第3月」 count from the hire date, not the
 * calendar (§17 张三-试用期第1月.xlsx dated 2026-02-27 was refused by rollup as 「文件名却是 1月」).
 */
export function withoutTenureMonths(text: string): string {
  return text.replace(TENURE_MONTHS, ' ');
}

const TENURE_MONTHS = /(?:试用期?|入职)\s*第?\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*个?\s*月份?|第\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*个?\s*月份?/g;

/** A date with its day (「2026年4月1日」, 「4月1日」, 「2026-04-01」): a day, not a month of figures. */
const DAY_DATES = /(\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/g;

/** The text holds a date with its day. */
export function holdsDayDate(text: string): boolean {
  return new RegExp(DAY_DATES.source).test(text.normalize('NFKC'));
}

/**
 * The one month a file name names, with its year (「考核2026-03」 → 2026-03) or without (「pcr-3月」, 「三月考核」 → 「3月」,
 * monthKey's form); undefined when it names none or several. A day (「4月2日」, 2026-04-02) names no month.
 */
export function monthOfFileName(base: string): string | undefined {
  const full = monthsOfTitle(base);
  if (full.length) return full.length === 1 ? full[0] : undefined;
  const s = withoutTenureMonths(withoutDayDates(base.normalize('NFKC')));
  const found = new Set<number>();
  for (const m of s.matchAll(/(?<![\d.]|\d\s*[-~～至到—–]\s*)(\d{1,2})\s*月/g)) found.add(Number(m[1]));
  for (const m of s.matchAll(/(?<![〇零一二三四五六七八九十])(十[一二]|[一二三四五六七八九十])月/g)) found.add(CHINESE_MONTHS.indexOf(m[1]!));
  const months = [...found].filter((n) => n >= 1 && n <= 12);
  return months.length === 1 && found.size === 1 ? monthKey({ month: months[0]! }) : undefined;
}

/** Every year-month a file name holds (「考核2026-03(2026-04-02导出)」 holds two: which is meant is not for kpi to guess). */
export function monthsInFileName(base: string): string[] {
  // 「2026年二月」, 「2026年十一月」: the month in Chinese numerals (a pay file's 「2026年二月工资表」 was no month at all).
  const s = withArabicMonths(base.normalize('NFKC').replace(FULLWIDTH, (d) => String(d.charCodeAt(0) - 0xff10)));
  const found = new Set<string>();
  for (const m of s.matchAll(/(?<!\d)(\d{4})(?:[-_.]|年)(\d{1,2})(?:月)?(?!\d)/g)) {
    const v = month(Number(m[1]), Number(m[2]));
    if (v) found.add(v);
  }
  if (found.size === 0) {
    for (const m of s.matchAll(/(?<!\d)(\d{4})(\d{2})(?!\d)/g)) {
      const v = month(Number(m[1]), Number(m[2]));
      if (v) found.add(v);
    }
  }
  return [...found];
}

/** A year and its month written in Chinese numerals (「二〇二六年二月」, 「2026年十一月」) as digits: 2026年2月, 2026年11月. */
function withArabicMonths(s: string): string {
  return s
    .replace(/(?<![\d〇零一二三四五六七八九])([〇零一二三四五六七八九]{4})(?=\s*年)/g, (y: string) => [...y].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''))
    .replace(/(\d{4})\s*年\s*(十[一二]|[一二三四五六七八九十])\s*月/g, (_, y: string, m: string) => `${y}年${CHINESE_MONTHS.indexOf(m)}月`);
}

/** '2026-Q1' or '2026' for a month. */
export function periodOf(m: string, kind: PeriodKind): string {
  const [y, mm] = m.split('-').map(Number) as [number, number];
  return kind === 'year' ? String(y) : `${y}-Q${Math.ceil(mm / 3)}`;
}

/** Every month of a period, in order. */
export function monthsOfPeriod(period: string): string[] {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) {
    const first = (Number(q[2]) - 1) * 3 + 1;
    return [0, 1, 2].map((k) => month(Number(q[1]), first + k)!);
  }
  const y = Number(period);
  return Array.from({ length: 12 }, (_, k) => month(y, k + 1)!);
}

/** 2026-03 → 2026-02 (the calendar month before). */
export function previousMonth(m: string): string {
  const [y, mm] = m.split('-').map(Number) as [number, number];
  return mm === 1 ? `${y - 1}-12` : `${y}-${String(mm - 1).padStart(2, '0')}`;
}

/** 2026-03 → 2026-04 (the calendar month after). */
export function nextMonth(m: string): string {
  const [y, mm] = m.split('-').map(Number) as [number, number];
  return mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
}

/** The day of a date written with one (2026-04-01, 2026/4/1 9:00, 2026年4月1日); undefined when it gives none. */
export function dayOfDate(text: string): number | undefined {
  const m = /^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*(\d{1,2})(?!\d)/.exec(text.normalize('NFKC'));
  return m ? Number(m[1]) : undefined;
}

/** 2026-03 → 2026年3月, 2026-Q1 → 2026年第1季度, 2026 → 2026年. */
export function periodLabel(p: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  const q = /^(\d{4})-Q([1-4])$/.exec(p);
  if (q) return `${q[1]}年第${q[2]}季度`;
  return `${p}年`;
}

/**
 * The month a sheet or a group heading is named for: 「2026年3月」, 「2026-03」, or a bare 「3月」/「三月份」 (its number as
 * written); undefined when it names none.
 */
export function monthInSheetName(name: string): string | undefined {
  return monthsInFileName(name)[0] ?? /^\s*(\d{1,2}|[一二三四五六七八九十]{1,2}|十[一二])\s*月(份)?\s*$/.exec(name.normalize('NFKC'))?.[1];
}

/**
 * The one month a record log's sheet is named for (records/grade.ts monthSheets), its name saying more than the month:
 * monthNumberOf's, else a month that is the name's only date-like part — 「3月回访」「3月份满意度」「回访3月」, one month's
 * days 「3.1-3.31」「2026.2.1-2026.2.28」, English 「Feb」「March 2026」. 「2月份回访」 beside 「3月份回访」 were one month's
 * customers (88 良好 for March's 76 一般 at exit 0, --period not heeded). Undefined for a name that is unclear: two months
 * (「3-5月」, 「2月3月」), other digits (「2组3月」, 「3月回访 (2)」), a month of service (「第3月」), part of a month's days.
 */
export function monthOfLogSheetName(name: string): { year?: number; month: number } | undefined {
  const named = monthNumberOf(name);
  if (named) return named;
  const raw = name.normalize('NFKC').replace(FULLWIDTH, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/\s+/g, ' ').trim();
  // (Excel's mmm-yy, 「Mar-26」, is March 2026: its two digits after a hyphen or an apostrophe are the year, not a day.)
  const english = /^(?:(20\d{2})[\s\-_./]*)?([a-z]+)\.?(?:[\s\-_./]*(20\d{2})|[-'](\d{2}))?$/i.exec(raw);
  if (english) {
    const word = english[2]!.toLowerCase();
    const n = ENGLISH_MONTHS.indexOf(word) + 1 || (word === 'sept' ? 9 : MONTH_NAMES.indexOf(word) + 1);
    const year = english[1] ?? english[3] ?? (english[4] ? `20${english[4]}` : undefined);
    if (n && !(english[1] && english[3])) return year ? { year: Number(year), month: n } : { month: n };
    return undefined;
  }
  const s = raw.replace(/\s+/g, '');
  if (withoutTenureMonths(s) !== s) return undefined;
  // One month's days, the first to the last: 「3.1-3.31」, 「2月1日-2月28日」, 「2026.2.1-2026.2.28」 (February's 28 or 29).
  const days = /^(?:(\d{4})[.\-/年])?(\d{1,2})[.\-/月](\d{1,2})[日号]?[-~～至到—–_](?:(\d{4})[.\-/年])?(\d{1,2})[.\-/月](\d{1,2})[日号]?$/.exec(s);
  if (days) {
    const [y1, m1, d1, y2, m2, d2] = [days[1], Number(days[2]), Number(days[3]), days[4], Number(days[5]), Number(days[6])];
    const year = y1 ?? y2;
    if ((y1 && y2 && y1 !== y2) || m1 !== m2 || m1 < 1 || m1 > 12 || d1 !== 1) return undefined;
    const last = year ? new Date(Date.UTC(Number(year), m1, 0)).getUTCDate() : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m1 - 1]!;
    const ok = d2 === last || (!year && m1 === 2 && d2 === 28);
    return ok ? (year ? { year: Number(year), month: m1 } : { month: m1 }) : undefined;
  }
  // A month among words (「3月份回访」, 「三月满意度」), no other digit or 月 in the name. A year of two digits before it
  // (「26年3月回访」) is 2026; 上月 / 本月 / 当月 beside the month (「本月(3月)」, 「上月(2月)」) are no second month.
  const short = /^(\d{2})年(?=\d{1,2}月)/.exec(s);
  if (short) {
    const rest = monthOfLogSheetName(s.slice(short[0].length));
    return rest && rest.year === undefined ? { year: 2000 + Number(short[1]), month: rest.month } : undefined;
  }
  const t = s.replace(/^[上本当]月(?=[(（[【]\d{1,2}月份?[)）\]】]$)/, '').replace(/(?<![〇零一二三四五六七八九十])(十[一二]|[一二三四五六七八九十])月/g, (_, m: string) => `${CHINESE_MONTHS.indexOf(m)}月`);
  const m = /^[^\d月]*?(\d{1,2})月份?[^\d月]*$/.exec(t);
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= 12 ? { month: n } : undefined;
}

/** English months' names, January first. */
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const CHINESE_MONTHS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** A month as kpi compares it: 「2026-03」 with its year, 「3月」 without (it matches that month of any year). */
export function monthKey(m: { year?: number | undefined; month: number }): string {
  return m.year !== undefined ? `${m.year}-${String(m.month).padStart(2, '0')}` : `${m.month}月`;
}

/**
 * A month number without its year as the latest such month not after `ref` (a year and perhaps its month): 「12月」 on a
 * January run is last December; without `ref.month`, `ref.year`'s.
 */
export function monthNotAfter(month: number, ref: { year: number; month?: number }): string {
  return monthKey({ year: ref.month !== undefined && month > ref.month ? ref.year - 1 : ref.year, month });
}

/** monthInSheetName as numbers: 「2026年3月」 → 2026, 3; 「三月」 or 「3月」 → 3 with no year; undefined when it names none. */
export function monthNumberOf(name: string): { year?: number; month: number } | undefined {
  const m = monthInSheetName(name);
  if (!m) return undefined;
  const ym = /^(\d{4})-(\d{2})$/.exec(m);
  const month = ym ? Number(ym[2]) : CHINESE_MONTHS.indexOf(m) > 0 ? CHINESE_MONTHS.indexOf(m) : Number(m);
  if (!(month >= 1 && month <= 12)) return undefined;
  return ym ? { year: Number(ym[1]), month } : { month };
}

/** The month of an Excel date serial from 2000 to 2099 (36526–73050), 「2026-04」; null for any other number. */
export function serialMonth(n: number): string | null {
  if (!Number.isInteger(n) || n < 36526 || n > 73050) return null;
  return new Date(Date.UTC(1899, 11, 30) + n * 86_400_000).toISOString().slice(0, 7);
}

/** The day of an Excel date serial from 2000 to 2099, 「2026-03-01」 (46082); null for any other number. */
export function serialDate(n: number): string | null {
  return serialMonth(n) ? new Date(Date.UTC(1899, 11, 30) + n * 86_400_000).toISOString().slice(0, 10) : null;
}

/**
 * The header's one month as --period's (`flag`) year gives it: 「2月份」 is February of that year — any year's February
 * differs from March (all sheets 「2月份」 scored as 2026-03 at exit 0, while 「2026年2月」 was an error). The month after
 * --period's is the next (「1月」 on a December run). Undefined when it is no month.
 */
export function headerMonthIn(month: string, flag: string): { month: string; typed?: string } | undefined {
  if (/^\d{4}-\d{2}$/.test(month)) return { month };
  const n = monthNumberOf(month.trim());
  if (!n || n.year) return undefined;
  const next = nextMonth(flag);
  return { month: Number(next.slice(5)) === n.month ? next : monthKey({ year: Number(flag.slice(0, 4)), month: n.month }), typed: month };
}

/** A date or month typed as digits and stored as a number: 20260228 (a real day) or 202602; undefined otherwise. */
export function digitsDate(n: number): { month: string; day?: number } | undefined {
  const digits = String(n);
  const month = /^\d{6}(\d{2})?$/.test(digits) ? parseMonth(digits) : null;
  if (!month) return undefined;
  if (digits.length === 6) return { month };
  const day = Number(digits.slice(6));
  const last = new Date(Date.UTC(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), 0)).getUTCDate();
  return day >= 1 && day <= last ? { month, day } : undefined;
}

/** The day of the month of an Excel date serial. */
export function serialDay(n: number): number | undefined {
  return serialMonth(n) ? new Date(Date.UTC(1899, 11, 30) + n * 86_400_000).getUTCDate() : undefined;
}

/** A day's date as typed: with its year (2026-03-31, 2026.3.31, 2026年3月31日) or its 月 (3月31日), or bare (3.31, 3/31). */
const DAY_DATE = /^(?:(?:19|20)\d{2}\s*[-./年]\s*)?(\d{1,2})\s*([-./月])\s*(\d{1,2})\s*[日号]?$/u;

/**
 * Text that is a day's date, month 1–12 and day 1–31. `bare`: whether one without its year or 月 (3.31, 3/31, 3-31) counts
 * — a sign-off's 「3.31」 does; where a code may stand (a 工号 「4.1」) it does not.
 */
export function isDayDate(text: string, bare: boolean): boolean {
  const t = text.normalize('NFKC').trim();
  const m = DAY_DATE.exec(t);
  if (!m) return false;
  if (!bare && m[2] !== '月' && !/^(?:19|20)\d{2}/.test(t)) return false;
  const [month, day] = [Number(m[1]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
