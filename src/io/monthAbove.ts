// The month a sheet states above its headings: a title 「2026年2月客服岗位绩效考核表(同事评)」, a line 「考核月份:2026年2月」,
// a pair of cells 「考核月份 | 2026-02」. Record logs compare their titles' months with --period (records/grade.ts);
// rosters and people's sheets did not, and February's peer copy so titled merged into March's at exit 0 (林娜 86.80).
import { CHINESE_MONTHS, monthKey, monthsOfTitle, parseMonth, withoutDayDates, withoutTenureMonths } from '../engine/period.js';
import { cellAddress, type Grid } from './grid.js';

/** A month stated above a table's headings, its cell and text; `span`: the months a title names instead (「2026年1-3月」). */
export type MonthAbove = { month: string; cell: string; text: string; span?: undefined } | { span: string; cell: string; text: string; month?: undefined };

/** The filled cells above a table's headings, in its first twelve columns: where its titles name a month or a period. */
export function cellsAbove(grid: Grid, headerRow: number): Array<{ text: string; cell: string; isText: boolean; row: number; col: number }> {
  const out: Array<{ text: string; cell: string; isText: boolean; row: number; col: number }> = [];
  for (let r = 1; r < headerRow; r++) {
    for (let c = 1; c <= Math.min(grid.columnCount, 12); c++) {
      const text = grid.text(r, c);
      if (text) out.push({ text, cell: cellAddress(r, c), isText: grid.value(r, c).kind === 'text', row: r, col: c });
    }
  }
  return out;
}

/** A title's span of months (「2026年1-3月」, 「(2026年2月-3月)」) holding the month `flag` (2026-03). */
export function spanHolds(text: string, flag: string): boolean {
  const [year, month] = [Number(flag.slice(0, 4)), Number(flag.slice(5))];
  for (const m of text.normalize('NFKC').matchAll(SPAN_PARTS)) {
    const [a, b] = [Number(m[2]), Number(m[4])];
    if (a < 1 || a > 12 || b < 1 || b > 12) continue;
    const y = m[1] ? Number(m[1]) : undefined;
    if (y !== undefined && y !== year && !(a > b && y + 1 === year)) continue;
    if (a <= b ? month >= a && month <= b : month >= a || month <= b) return true;
  }
  return false;
}

/**
 * Every month of the spans a text names (「2026年1-3月」: 2026-01, 2026-02, 2026-03; 「11-2月」: 11月 … 2月, no year), as
 * monthKey writes them: a pay sheet 「2026年1-3月」 was read as January's alone (monthsInFileName), and set aside for March.
 */
export function spanMonths(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.normalize('NFKC').matchAll(SPAN_PARTS)) {
    const [a, b] = [Number(m[2]), Number(m[4])];
    if (a < 1 || a > 12 || b < 1 || b > 12) continue;
    const y = m[1] ? Number(m[1]) : undefined;
    for (let k = 0; k <= (b - a + 12) % 12; k++) {
      const month = ((a - 1 + k) % 12) + 1;
      out.add(monthKey({ year: y === undefined ? undefined : month < a ? y + 1 : y, month }));
    }
  }
  return [...out];
}

/** A span's parts: its year, first month, the year after the mark, last month (「2026-3月」 is no span 6 to 3). */
const SPAN_PARTS = /(?:(\d{4})\s*年\s*)?(?<!\d)(\d{1,2})\s*月?\s*[-~～至到—–]\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月/g;

/** Two months with a mark between (「3月-4月」, 「1-3月」). */
export const MONTH_SPAN = /\d\s*月?\s*[-~～至到—–]\s*\d{1,2}\s*月/;

/** Such a span as written, with its year (「2026年1-3月」). */
const SPAN_WRITTEN = /(?:\d{4}\s*年\s*)?\d{1,2}\s*月?\s*[-~～至到—–]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月/;

/** A period longer than a month (「2026年第一季度」, 「2026年1季度」, 「2026Q1」, 「上半年」, 「年度」): no month of its own. */
const LONGER = /第?[一二三四1-4]\s*季度|Q[1-4](?![\d])|[上下]半年|全年|年度/i;

/** The words of a form's title (考核表, 绩效, 评分表): a title naming one month is of that month. */
const TITLE_WORDS = /表|考核|考评|绩效|评分|评价|测评/;

/** A label for the month a sheet is of (考核月份, 考核期间, 月份:), with what follows it in its cell. */
const MONTH_LABEL = /^(?:考核|考评|评价|评分|绩效)?(?:月份|期间|周期|年月|月度)\s*[::]?\s*(.*)$/;

/** The one month a text names as a period (「2026年2月」, 「2026-02」, a date cell's 2026-02-01), or null. */
function oneMonth(text: string): string | null {
  if (MONTH_SPAN.test(text.normalize('NFKC')) || LONGER.test(text.normalize('NFKC'))) return null;
  const months = monthsOfTitle(text);
  return months.length === 1 ? months[0]! : parseMonth(text);
}

/**
 * A line giving the sheet's month — 「考核月份:2026年2月」 in one cell, or 「考核月份 | 2026-02」 in two (the value within
 * three columns after the label): its month and the cell it is in; null when the row holds none.
 */
export function monthLine(grid: Grid, row: number): { month: string; cell: string; text: string } | null {
  for (let c = 1; c <= Math.min(grid.columnCount, 12); c++) {
    const label = MONTH_LABEL.exec(grid.text(row, c).normalize('NFKC').replace(/\s+/g, ''));
    if (!label) continue;
    if (label[1]) {
      const month = oneMonth(label[1]);
      if (month) return { month, cell: cellAddress(row, c), text: grid.text(row, c) };
      continue;
    }
    for (let k = c + 1; k <= Math.min(grid.columnCount, c + 3); k++) {
      const text = grid.text(row, k);
      if (!text) continue;
      // Another label (「考核月份: | | 制表日期:2026年4月」): the month left blank, not the next label's (review).
      if (/[::]/.test(text)) break;
      const month = oneMonth(text);
      if (month) return { month, cell: cellAddress(row, k), text: `${grid.text(row, c)} ${text}` };
      break;
    }
  }
  return null;
}

/**
 * The month a table states above its headings when it names one: a title of one month with a form's words
 * (「2026年2月客服岗位绩效考核表」), a month line (monthLine), or a month alone on its row (「2026年2月」). A span
 * (「2026年1-3月」) is said as one; a quarter or year (「2026年第一季度」), or two months named, is no month: null.
 * (A date with its day, 「填表日期:2026-02-28」, names a day, not the month: monthsOfTitle.)
 */
export function monthAbove(grid: Grid, headerRow: number): MonthAbove | null {
  const found = new Map<string, { cell: string; text: string }>();
  let span: MonthAbove | null = null;
  const lines = new Set<number>();
  for (let r = 1; r < headerRow; r++) {
    const line = monthLine(grid, r);
    if (!line) continue;
    lines.add(r);
    if (!found.has(line.month)) found.set(line.month, { cell: line.cell, text: line.text });
  }
  const cells = cellsAbove(grid, headerRow);
  const alone = (row: number) => cells.filter((t) => t.row === row).length === 1;
  for (const t of cells) {
    if (!t.isText || lines.has(t.row)) continue;
    const text = t.text.normalize('NFKC');
    // When the sheet was made, printed or revised (「填表日期:2026年4月」, 「制表时间」, 「(2025.9版)」, 「V2025-10 修订」): no
    // month of its figures (review: March's copy refused as April's beside the 主管's).
    if (/填表|制表|打印|导出|日期|时间|版|修订|[Vv]\s*\d/.test(text)) continue;
    if (LONGER.test(text)) return null;
    if (MONTH_SPAN.test(text)) {
      span ??= { span: SPAN_WRITTEN.exec(text)?.[0] ?? text, cell: t.cell, text: t.text };
      continue;
    }
    const months = monthsOfTitle(text);
    if (months.length > 1) return null;
    if (months.length === 0 || !(TITLE_WORDS.test(text) || (alone(t.row) && parseMonth(text)))) continue;
    if (!found.has(months[0]!)) found.set(months[0]!, { cell: t.cell, text: t.text });
  }
  if (span) return found.size ? null : span;
  if (found.size !== 1) return null;
  const [month, at] = [...found][0]!;
  return { month, ...at };
}

/** A month without its year as a title or a month line writes it: 「2月」「02月」「二月」「2月份」. */
const BARE_TOKEN = '(?:0?(?:1[0-2]|[1-9])|十[一二]|[一二三四五六七八九十])月份?';

/** 「考核月份:2月」 in one cell (whitespace taken out), or the label alone (「考核月份」 | 「2月」). */
const BARE_LINE = new RegExp(`^(?:考核|考评|评价|评分|绩效)?(?:月份|期间|周期|月度)[::]?(${BARE_TOKEN})?$`);
const BARE_ALONE = new RegExp(`^${BARE_TOKEN}$`);

/** How a form's title ends (「…互评表」「…考核」「同事评分」), or with its rater or month in brackets after it (「(同事评)」「(2月)」). */
const TITLE_END = /(?:表|评分|互评|考核|考评|测评|评价|评估)(?:\([^()]*\))?$/;

/**
 * The words of a sentence or notice, never a title's: a month in them is when something is handed in, paid, joined or
 * done (review of the first try: 「请于4月初交回本表」, 「2月绩效已发」, 「注意:2月绩效已发放」, 「春节(2月)值班人员另行考核」,
 * 「3月入职员工不参评」 were each read as the copy's month and March's copies refused at exit 2). Or a date's day, an edition.
 */
const NOT_A_TITLE = /[,。;!?:、]|请|须|需|应|已|未|不|另行|注意|说明|备注|交回|发放|入职|离职|截止|值班|以前|之前|以后|之后|[起初底末旬日号]|填表|制表|打印|导出|时间|版|修订/;

/**
 * The month without its year a copy states above its headings, only where it plainly names the form's month: a month
 * line (「考核月份:2月」, 「考核期间 | 二月」), a title of the form (「2月份同事互评表」, 「2月考核表」, 「同事评分(2月)」), or a month
 * alone on its row; never a notice's month (NOT_A_TITLE). For raters' copies compared with each other (combineRaters):
 * February's peer copy titled 「2月份同事互评表」, 考核月份 blank, merged into March's at exit 0 — 张三 95.00 for 97.50.
 * Null where two months are so named.
 */
export function bareMonthAbove(grid: Grid, headerRow: number): { month: string; cell: string; text: string } | null {
  const found = new Map<string, { cell: string; text: string }>();
  const cells = cellsAbove(grid, headerRow);
  const note = (month: string | undefined, cell: string, text: string) => month && !found.has(month) && found.set(month, { cell, text });
  for (const t of cells) {
    if (!t.isText) continue;
    const text = t.text.normalize('NFKC').replace(/\s+/g, '');
    const line = BARE_LINE.exec(text);
    if (line?.[1]) note(monthOfName(line[1]), t.cell, t.text);
    else if (line) {
      // The label's value in the next filled cell of its row, that cell a month alone.
      const next = cells.find((v) => v.row === t.row && v.col > t.col);
      const value = next?.text.normalize('NFKC').replace(/\s+/g, '') ?? '';
      if (next && BARE_ALONE.test(value)) note(monthOfName(value), next.cell, `${t.text} ${next.text}`);
    } else if (!cells.some((v) => v.row === t.row && v.col < t.col && BARE_LINE.test(v.text.normalize('NFKC').replace(/\s+/g, '')))) {
      const alone = BARE_ALONE.test(text) && cells.filter((v) => v.row === t.row).length === 1;
      if (alone || (TITLE_END.test(text) && !NOT_A_TITLE.test(text))) note(bareMonthOf(text), t.cell, t.text);
    }
  }
  if (found.size !== 1) return null;
  const [month, at] = [...found][0]!;
  return { month, ...at };
}

/** A title's one month without its year (「2月」), none when it names a year's month, a span or two months. */
function bareMonthOf(text: string): string | undefined {
  if (monthsOfTitle(text).length || MONTH_SPAN.test(text) || LONGER.test(text)) return undefined;
  // (A month in brackets within the words, not after them, is an aside: 「春节(2月)加班」.)
  if (/\([^()]*月[^()]*\)(?=.)/.test(text)) return undefined;
  // A title's month is a month's writing, not a name's or a phrase's: 「五月花客服中心」, 「十月妈咪」, 「六月天」, 「一月一评」,
  // 「双十一月度」 were each read as a copy's month and the copies refused at exit 2 (review). Digits not inside a longer
  // number, not 「月度」; a Chinese month only as 「二月份」.
  if (!TITLE_MONTH.test(text)) return undefined;
  const month = monthOfName(text);
  return month && !parseMonth(month) ? month : undefined;
}

const TITLE_MONTH = /(?<![\d一二三四五六七八九十])\d{1,2}月(?!度|[一二三四五六七八九十]|\d)|(?<![一二三四五六七八九十双])(?:十[一二]|[一二三四五六七八九十])月份/;

/** A bare month in a name, 「2月」「二月」 (the year not said). */
const BARE_MONTH = /(?<!\d)0?(\d{1,2})\s*月(?!\d)|(十[一二]|[一二三四五六七八九十])\s*月/g;

/**
 * The one month a name gives: 2026-02 for 「2026年2月」「2026-02」, 「2月」 for 「2月同事评」; none for a day (「同事甲-4月2日」 was
 * sent on 2 April), a span (「1-3月」), two months, or the month it was collected in (「客户-4月回收」 beside the 主管's
 * 2026-03 was refused as an April copy at exit 2).
 */
export function monthOfName(name: string): string | undefined {
  const t = withoutTenureMonths(withoutDayDates(name.normalize('NFKC'))).replace(COLLECTED, ' ');
  const full = monthsOfTitle(t);
  if (full.length) return full.length === 1 ? full[0] : undefined;
  if (MONTH_SPAN.test(t)) return undefined;
  const bare = new Set([...t.matchAll(BARE_MONTH)].map((m) => (m[1] ? Number(m[1]) : CHINESE_MONTHS.indexOf(m[2]!))).filter((n) => n >= 1 && n <= 12));
  return bare.size === 1 ? `${[...bare][0]}月` : undefined;
}

/** A month next to a word of collecting (「4月回收」「2026-04导出」「提交于4月」): when the copy came back, not its month. */
const NAME_MONTH = '(?<!\\d)(?:(?:20\\d{2}\\s*[年\\-_.]?\\s*)?(?:\\d{1,2}|十[一二]|[一二三四五六七八九十])\\s*月份?|20\\d{2}[-_.]?\\d{2}(?!\\d))';
const COLLECT_WORD = '(?:回收|收回|收集|提交|发送|导出|填报|汇总)';
const COLLECTED = new RegExp(`${NAME_MONTH}\\s*[-_—·]?\\s*[已于]?${COLLECT_WORD}|${COLLECT_WORD}(?:于|时间|日期)?\\s*[-_—·:]?\\s*${NAME_MONTH}`, 'g');
