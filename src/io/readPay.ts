// --pay FILE: 工号 or 姓名 → 绩效基数 (and 基本工资), from a .csv or .xlsx sheet with those headings.
import type { FormDef } from '../model/definition.js';
import path from 'node:path';
import type { PayInput } from '../engine/pay.js';
import { idKey, isDashOnly, isNoneWord, nameKey, parseNumberText, visibleText } from '../engine/text.js';
import { type Problem } from '../model/problem.js';
import { problem, reframe } from '../model/problems/index.js';
import { cellAddress, columnLetters, rawText, type Grid } from './grid.js';
import { loadInput } from './loadInput.js';
import { MONTH_SPAN, spanMonths } from './monthAbove.js';
import { labelKey, MONTH_ALONE, PAST_NOTE, splitAround, withoutTrailingNote } from './normalize.js';
import { groupRowNumbers, HEAD_COUNT_CELL, numberRuns, reorderedHeadings, sectionTitleAlone, TOTAL } from './rowKinds.js';
import { scientificIdColumn } from './scientificIds.js';
import { splitCellCheck, thousandsSplit } from './splitCells.js';
import { unitLineAbove } from './unitLine.js';
import { monthKey, monthNumberOf, monthsInFileName, monthsOfTitle, parseMonth, serialMonth, withoutDayDates } from '../engine/period.js';

export interface PayTable {
  /** null: the 工号 (or name) is on two rows of the pay file, already an error; nobody gets either row. */
  byId: Map<string, PayInput | null>;
  byName: Map<string, PayInput | null>;
  /** The months the pay sheets read name (their tabs, their titles, the 绩效基数 heading): compared with the form's month. */
  months?: string[];
  /** The file has a 工号 column: a person with a 工号 is found by it, never by a namesake's row. */
  hasIds: boolean;
  /** Rows of a file with a 工号 column that give only a name: a person whose 工号 has no row is found here by name. */
  byNameWithoutId: Map<string, PayInput | null>;
  /** Names given on two rows of the file, said at the second (pay-duplicate, case file): not said again by name. */
  saidTwice?: Set<string>;
  /** The name each 工号's row gives, and where: a row found by 工号 under another name is said. */
  nameOfId: Map<string, { name: string; sheet: string; cell: string }>;
  /**
   * Rows whose 绩效基数 is blank or a figure is unreadable (「三千」), by `id:` 工号 and `name:` 姓名: the person is
   * there, not 「missing」. A blank's error is said when a scored person asks for it; `null`: said where it was read.
   */
  blank: Map<string, Problem | null>;
  /** Those rows as a message names them (外人丙(6666)), listed as not used when no one of the form is theirs. */
  blankWho: Map<string, string>;
  /** Each row as the file writes it (周杰(S099), not the key s099), by `id:` and `name:` key: how unused rows are named. */
  written: Map<string, string>;
  /** A row's warning (its 基本工资 left blank): said when a person of the form is paid from it, never for a row no one uses. */
  warnings: Map<PayInput, Problem>;
  /** Where each row's 部门 stands: a row found by name of another 部门 is said there. */
  departmentAt: Map<PayInput, { sheet: string; cell: string }>;
  /**
   * The file read with its 编号 (1..N in row order, beside two namesakes) as row numbers: used when the form's people
   * do not bear it out as their 工号 (gradeSteps payReading).
   */
  rowNumbered?: { table: PayTable; problems: Problem[] };
  /** Sheets whose tabs or titles name different months (「3月工资」 and 「上月工资」 titled 2026年2月): which are read, the form's month tells (payForMonth). */
  monthSheets?: {
    /** `ledger`: the sheet whose 月份 column's rows of one month the part is. */
    sheets: Array<{ name: string; months: string[]; tab: string[]; ledger?: string; summary?: string; unmonthed?: Problem }>;
    read: (keep: ReadonlyArray<boolean>) => { table: PayTable; problems: Problem[] };
  };
  /** The sheets of another month set aside (payForMonth), each read alone: a person found only there is told so. */
  setAside?: { month: string; sheets: Array<{ name: string; months: string[]; table: PayTable }> };
  /** A 考核月份 on one row only, another month than the 月份 of the rows taking it (monthRowParts' UnclearHeading). */
  unclearHeading?: UnclearHeading;
  /** Columns noted with a month beside the plain one (「绩效基数(3月)」): which is read, the form's month tells (payForMonth). */
  monthNoted?: {
    columns: Array<{ month: string; heading: string; plain: string; at: { file: string; sheet: string; cell: string } }>;
    read: (use: ReadonlyArray<boolean | undefined>) => { table: PayTable; problems: Problem[] };
  };
  file: string;
}

/** A 工号 cell saying there is none yet: kpi's words for nothing (无, 暂无, -, /, N/A), or one not given yet (待定). */
const noId = (text: string) => isNoneWord(text) || isDashOnly(text) || /^(待定|待分配|未分配|新员工)$/.test(text.trim());

/** How far right pay headings are looked for: a payroll's 工资明细 runs to 60 columns and more (绩效基数 in BI was 「没有找到」). */
const PAY_COLUMNS = 200;

const HEADINGS = {
  // (A payroll system's own words for it — 用友/金蝶 「人员编号」 — as `kpi template --people` reads them: unread, a namesake of
  // another 编号 was paid, 5000 × 0.8 at exit 0.)
  id: ['工号', '员工编号', '编号', '员工工号', '人员编号', '职工编号', '员工号', '员工代码', '人员代码', '职员代码', '职员编号'],
  name: ['姓名', '员工姓名', '被考核人'],
  base: ['绩效基数', '绩效工资基数', '绩效奖金基数', '基数', '本月绩效基数', '月绩效基数', '绩效考核基数', '绩效工资标准', '绩效标准'],
  basic: ['基本工资', '底薪', '基本薪资', '基础工资', '月基本工资', '基本月薪', '本月基本工资'],
  department: ['部门', '所属部门', '部门名称'],
};

/** A name as matched: 「王 芳」 typed aligned, 「張敏」 in traditional characters are 王芳 and 张敏, as on the roster (engine/text). */
export const personKeyOf = nameKey;
/** A 工号 as matched: 0012 and 12 are one (engine/text idKey). */
export const idKeyOf = idKey;

/** What a form calls whom it scores, as its name field is headed (团队, 管理处, with their aliases). */
export function subjectNames(form: FormDef): string[] {
  const f = form.header.find((h) => h.role === 'name');
  return f ? [f.label, ...(f.aliases ?? [])] : [];
}

/**
 * `names`: what the form calls whom it scores (团队, 管理处 and their aliases): a pay file of teams heads its column so,
 * not 姓名 (it was 「没有找到「工号或姓名」列」).
 */
export async function readPayFile(file: string, options: { maxSize?: number; encoding?: string; names?: string[] } = {}): Promise<{ ok: true; table: PayTable; problems: Problem[] } | { ok: false; failure: Problem }> {
  const loaded = await loadInput(file, options);
  if (!loaded.ok) return { ok: false, failure: reframe(loaded.failure, { source: { name: path.basename(file), pay: true } }) };
  const headings = { ...HEADINGS, name: [...HEADINGS.name, ...(options.names ?? [])] };
  // Every sheet with the pay headings (a payroll kept one sheet a department): read together, a person on two of them
  // said as on two rows. Only the first was read: 客服二部's people were 「not in the pay file」. A hidden sheet is not
  // read when a visible one has the headings.
  const withHeadings = loaded.input.grids.map((grid) => ({ grid, found: findHeader(grid, headings) })).filter((x): x is { grid: Grid; found: Header } => x.found !== null);
  const visible = withHeadings.filter((x) => !x.grid.sheetHidden);
  const sheets = visible.length ? visible : withHeadings.slice(0, 1);
  // Sheets of months (「2026年2月」, 「3月」, or a title 「2026年2月工资表」 on Sheet2): last month's amounts beside this
  // month's — February's were paid for March. Which are read, the form's month tells (payForMonth). (Sheets of one month —
  // 「2026年3月客服一组」, 「2026年3月客服二组」 — are departments of it.)
  const sheetMonths = sheets.map(({ grid, found }) => payMonthsOfSheet(grid, found));
  if (sheets.length) {
    for (const { grid, found } of sheets) {
      // 「绩效基数(千元)」: 3 there is 3,000 元, and was paid as 3 元 (2.14 for 2,137.50). Amounts are not converted:
      // whether 3000 under 千元 means 3,000 元 or 3,000,000 is not for kpi to guess.
      for (const what of ['base', 'basic'] as const) {
        const col = found.cols[what];
        const heading = col === undefined ? '' : grid.text(found.row, col);
        const unit = foreignMoneyUnit(heading);
        if (unit) return { ok: false, failure: problem('pay-unit', { payFile: path.basename(file), heading, unit }, { file, sheet: `[${path.basename(file)}]${grid.name}`, cell: cellAddress(found.row, col!) }) };
        // 「绩效基数(元/年)」: a year's amount, paid as the month's (36000 × 0.7125 = 25650.00 for 3000 → 2137.50 at exit 0).
        const per = col === undefined ? undefined : perPeriodUnit(heading);
        if (per) return { ok: false, failure: problem('pay-unit', { case: 'period', payFile: path.basename(file), heading, unit: per.unit, per: per.per }, { file, sheet: `[${path.basename(file)}]${grid.name}`, cell: cellAddress(found.row, col!) }) };
        const line = col === undefined ? undefined : unitLineOf(grid, found, col);
        if (line) return { ok: false, failure: problem('pay-unit', { payFile: path.basename(file), heading, unit: line.unit }, { file, sheet: `[${path.basename(file)}]${grid.name}`, cell: cellAddress(line.row, line.col) }) };
        const small = col === undefined ? undefined : smallAmounts(grid, found, col);
        if (small) return { ok: false, failure: problem('pay-unit', { case: 'small', payFile: path.basename(file), heading, max: small.max }, { file, sheet: `[${path.basename(file)}]${grid.name}`, cell: cellAddress(found.row, col!) }) };
      }
      // 「绩效基数(2月)」 beside 「绩效基数(3月)」: February's was read for March (the first found). Which month is not for
      // kpi to guess from a pay file: said, as sheets of months are.
      const months = monthColumns(grid, found.row, headings.base);
      if (months.length > 1) return { ok: false, failure: problem('pay-sheets', { payFile: path.basename(file), sheets: [], columns: months }, { file, sheet: `[${path.basename(file)}]${grid.name}`, cell: cellAddress(found.row, found.cols.base!) }) };
    }
    const readSome = (part: ReadonlyArray<{ grid: Grid; found: Header; named: readonly string[]; said?: readonly Problem[] }>) => readSheets(part, file, headings);
    // A 月份 column (a running ledger: February's rows, then March's): each month's rows are read as a sheet of that month
    // — never compared with the form's, February's alone paid March (张三 2800 × 0.7125 = 1995.00) without a word, and
    // February's beside March's made everyone on both pay-duplicate while 赵六, on February's rows only, was paid 4350.00.
    // (A row's 「3月」 takes the sheet's year: 「2025年工资台账」's 3月 rows paid this March, 2500 × 0.7125 = 1781.25.)
    const partsOf = sheets.map((x) => monthRowParts(x.grid, x.found));
    const all = sheets.flatMap((x, i) => {
      const parts = partsOf[i]!;
      // A tab 「3月」 copied from 「2月」 with its amounts updated but its 月份 column still 2026-02 on every row: the tab's
      // month, said at the column (read as February's beside the 「2月」 tab, it was pay-sheets, two sheets 「2026-02」, exit 2).
      // Only when another sheet's column gives that month too (the copy's source): tabs named by the month paid out, 「3月」
      // over 工资所属期 2026-02 beside 「4月」 over 2026-03, are their columns' months (February's pay was paid for March).
      const candidate = staleMonthColumn(parts, sheetMonths[i]!.tab);
      const stale = candidate && partsOf.some((other, j) => j !== i && other.some((p) => p.month === candidate.month)) ? candidate : undefined;
      if (stale) {
        const at = { file, sheet: `[${path.basename(file)}]${x.grid.name}`, cell: cellAddress(x.found.row, stale.col) };
        const said = problem('pay-month', { case: 'column', payFile: path.basename(file), sheet: x.grid.name, heading: x.grid.text(x.found.row, stale.col).trim(), tab: stale.tab, months: [stale.month] }, at, { severity: 'warning' });
        return [{ ...x, name: x.grid.name, ...sheetMonths[i]!, said: [said] }];
      }
      return parts.map((p) => (p.month
        ? { ...x, found: p.found, name: `${x.grid.name}(${monthHeading(x.grid, p.found)} ${p.month} 的行)`, tab: sheetMonths[i]!.tab, months: [withYear(p.month, sheetMonths[i]!.year)], named: [withYear(p.month, sheetMonths[i]!.year)] }
        : p.unmonthed
          // (Rows of no appraisal month beside a pay month that is not it: of no month the form can be, said once.)
          ? { ...x, found: p.found, name: `${x.grid.name}(${monthHeading(x.grid, p.found)}空着的行)`, tab: sheetMonths[i]!.tab, months: [], named: [], unmonthed: unmonthedProblem(file, x.grid, p.found, p.unmonthed) }
          : { ...x, found: p.found, name: x.grid.name, ...sheetMonths[i]! }));
    });
    const plain = readSome(all);
    const unclear = partsOf.flat().find((p) => p.unclear)?.unclear;
    if (unclear) plain.table.unclearHeading = unclear;
    if (monthsApart(all.map((x) => x.months)) || monthsApart(all.map((x) => x.tab)) || all.some((x) => 'unmonthed' in x)) {
      plain.table.monthSheets = { sheets: all.map((x) => ({ name: x.name, months: x.months, tab: x.tab, ...(x.name !== x.grid.name ? { ledger: x.grid.name } : {}), ...('summary' in x && x.summary ? { summary: x.summary } : {}), ...('unmonthed' in x ? { unmonthed: x.unmonthed } : {}) })), read: (keep) => readSome(all.filter((_, i) => keep[i])) };
    }
    return { ok: true, table: plain.table, problems: plain.problems };
  }
  // What is missing, as far as any sheet's rows tell: the 绩效基数 heading, or any 工号/姓名 one.
  const seen = loaded.input.grids.map((g) => headingsSeen(g, headings));
  const missing = [...(seen.some((x) => x.base) ? [] : ['绩效基数']), ...(seen.some((x) => x.who) ? [] : ['工号或姓名'])];
  return {
    ok: false,
    failure: problem('pay-columns-missing', { payFile: path.basename(file), ...(missing.length ? { missing } : {}) }, { file }),
  };
}

type Headings = Record<keyof typeof HEADINGS, string[]>;

/**
 * A sheet whose tab names one month (「3月」) and whose 月份 column gives another on every row it reads (2026-02, no row
 * blank): a copy of last month's sheet with the amounts updated and the column not — the tab's month and its column.
 * A column of two months, or of the tab's own month, is none.
 */
function staleMonthColumn(parts: ReadonlyArray<{ found: Header; month?: string }>, tab: readonly string[]): { col: number; month: string; tab: string } | undefined {
  if (tab.length !== 1 || parts.length !== 1) return undefined;
  const [{ found, month }] = parts as [{ found: Header; month?: string }];
  if (!month || !found.rowMonth) return undefined;
  const [a, b] = [payMonthOf(tab[0]!), payMonthOf(month)];
  if (!Number.isFinite(a.month) || !Number.isFinite(b.month)) return undefined;
  if (a.month === b.month && (a.year === undefined || b.year === undefined || a.year === b.year)) return undefined;
  return { col: found.rowMonth.col, month, tab: tab[0]! };
}

/** The pay sheets given (all, or those of the form's month) read together, as one table. */
function readSheets(sheets: ReadonlyArray<{ grid: Grid; found: Header; named: readonly string[]; said?: readonly Problem[] }>, file: string, headings: Headings): { table: PayTable; problems: Problem[] } {
  // The months the sheets name, and each 绩效基数 heading's own (「绩效基数(2月)」 alone: February's paid for March without a word).
  const named = new Set(sheets.flatMap(({ grid, found, named: months }) => {
    const noted = baseMonth(grid, found.row, found.cols.base!);
    return noted ? [...months, monthKey(noted)] : months;
  }));
  const payMonths = named.size ? [...named].sort() : undefined;
  const numbering = sheets.map(({ grid, found }) => rowNumbering(grid, found));
  // 工号 saved to CSV as 「2.02303E+11」: every row one 工号 twice (pay-duplicate) and nobody of the form found — found by
  // name, as the roster reads such a column, and said.
  const spoiltIds = sheets.map(({ grid, found }) => {
    const [col, nameCol] = [found.cols.id, found.cols.name];
    const spoilt = col !== undefined && nameCol !== undefined ? scientificIdColumn(grid, found.row, col, nameCol) : null;
    if (!spoilt) return null;
    const at = { file, sheet: `[${path.basename(file)}]${grid.name}`, cell: cellAddress(spoilt.first.row, col!) };
    return problem('id-scientific', { heading: grid.text(found.row, col!).trim(), value: spoilt.first.text, count: spoilt.count }, at);
  });
  const readAll = (headers: readonly Header[]) => {
    const read = (dropped: ReadonlySet<RowNumbering>) => {
      const state = newPayState(file);
      if (payMonths) state.table.months = payMonths;
      for (const said of spoiltIds) if (said) state.problems.push(said);
      for (const { said } of sheets) state.problems.push(...(said ?? []));
      sheets.forEach(({ grid }, i) => readRows(grid, dropped.has(numbering[i]!) || spoiltIds[i] ? withoutId(headers[i]!) : headers[i]!, file, state));
      repeatedSheetsNote(state);
      return state;
    };
    const state = read(new Set(['rows']));
    // 编号 1..N in row order beside two namesakes: their 工号 only if the form's people bear it out (gradeSteps payReading).
    if (numbering.includes('rows-namesakes')) {
      const other = read(new Set(['rows', 'rows-namesakes']));
      state.table.rowNumbered = { table: other.table, problems: other.problems };
    }
    return { table: state.table, problems: state.problems };
  };
  const plain = readAll(sheets.map((x) => x.found));
  const noted = sheets.flatMap(({ grid, found }, i) =>
    (['base', 'basic'] as const).flatMap((what) => {
      const col = found.monthTwins?.[what];
      if (col === undefined) return [];
      const m = baseMonth(grid, found.row, col, headings[what])!;
      const at = { file, sheet: `[${path.basename(file)}]${grid.name}`, cell: cellAddress(found.row, col) };
      return [{ sheet: i, what, col, month: monthKey(m), heading: grid.text(found.row, col), plain: grid.text(found.row, found.cols[what]!), at }];
    }),
  );
  if (noted.length) {
    // Each noted column used (true), passed over (false), or read as a twin of the plain one (undefined: month unknown).
    const read = (use: ReadonlyArray<boolean | undefined>) =>
      readAll(sheets.map(({ found }, i) => {
        const h = { ...found, cols: { ...found.cols }, twins: { ...found.twins } };
        noted.forEach((n, k) => {
          if (n.sheet !== i || use[k] === false) return;
          if (use[k]) h.cols[n.what] = n.col;
          else h.twins[n.what] ??= n.col;
        });
        return h;
      }));
    plain.table.monthNoted = { columns: noted.map(({ month, heading, plain: p, at }) => ({ month, heading, plain: p, at })), read };
  }
  return plain;
}

/**
 * A pay sheet's months: its tab's (`tab`); with those of the lines above its headings that title it a pay table of one
 * month (`months`: which sheets the form's month reads, payForMonth); and with every month those lines name (`named`:
 * only said in a warning, pay-month). A month merely written above the headings is no other month's sheet: 「新员工」 titled
 * 「2026年2月入职人员」, 售后部 under 「注:2026年2月离职人员已删除」 or 「售后部绩效工资(2026年4月发放)」 were set aside for
 * March (周八 4000 × 0.9 = 3600 pay-missing, exit 1).
 */
function payMonthsOfSheet(grid: Grid, found: Header): { tab: string[]; months: string[]; named: string[]; year?: number | undefined; summary?: string } {
  const lines: string[] = [];
  const titles: string[] = [];
  for (let r = 1; r < found.row; r++) {
    for (let c = 1; c <= Math.min(grid.columnCount, 10); c++) {
      const text = grid.text(r, c);
      lines.push(sheetMonthText(text));
      titles.push(tableMonthText(text, labelLeftOf(grid, r, c)));
    }
  }
  const tab = tabMonths(grid.name);
  const titled = titles.flatMap(payTableMonth);
  // A month of the tab (or a CSV's file name) without its year, 「3月」, beside a title of one full month: the title's
  // month is the table's — 「3月」 titled 「2026年2月工资表(3月10日发放)」 paid February's 2900 × 0.7125 = 2066.25 for March
  // without a word, and a tab 「3月」 titled 「2025年3月工资表」 paid last year's 2500 × 0.7125 = 1781.25 (its 「3月」 matched
  // 2026-03). A title of a year alone (「2025年工资表」) gives the tab's month its year.
  const full = titled.filter((m) => parseMonth(m) !== null);
  const year = yearOfSheet(grid.name, titles);
  const own = tab.flatMap((m) => (parseMonth(m) !== null ? [m] : full.length ? [] : [withYear(m, year)]));
  const sorted = (more: string[]) => [...new Set([...own, ...more])].sort();
  const months = sorted(titled);
  // A sheet of a year's or a quarter's sums, of no month (「全年汇总」 titled 「2026年度工资汇总」): set aside beside sheets of
  // months (sheetsOfMonth) — read with March's, its 3-month sums made everyone pay-duplicate (exit 1). (A span, 「2026年1-3月
  // 汇总」, holds the form's month: read as before.)
  const summary = months.length || [grid.name, ...titles].some((t) => spanMonths(t).length) ? undefined : [...titles.filter((t) => PAY_WORDS.test(t)), grid.name].find((t) => SUMMARY_SHEET.test(t.normalize('NFKC')))?.trim();
  return { tab, months, named: sorted(lines.flatMap(payTitleMonths)), year, ...(summary ? { summary } : {}) };
}

/** The words of a sheet of sums over months: 「全年汇总」, 「2026年度工资汇总」, 「第一季度」. */
const SUMMARY_SHEET = /年度|全年|季度|汇总|累计/;

/**
 * The one year a pay sheet's tab and the lines titling it name (「2025年工资台账」, 「2026年2月工资表」, tab 「2025年」):
 * the year of its months written without one. undefined when they name none, or several.
 */
function yearOfSheet(tab: string, titles: readonly string[]): number | undefined {
  const years = new Set<number>();
  for (const text of [tab, ...titles]) {
    const t = text.normalize('NFKC');
    for (const m of monthsInFileName(t)) years.add(Number(m.slice(0, 4)));
    for (const m of t.matchAll(/(?<!\d)(\d{4})\s*年/g)) if (Number(m[1]) >= 1990 && Number(m[1]) <= 2200) years.add(Number(m[1]));
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/** A month without its year (「3月」) in the sheet's year, when it has one: 2025-03. */
function withYear(m: string, year: number | undefined): string {
  const bare = year === undefined || parseMonth(m) !== null ? undefined : monthNumberOf(m);
  return bare && bare.year === undefined ? monthKey({ year: year!, month: bare.month }) : m;
}

/** Headings of a column giving each row's pay month (not 发放月份: a month paid out is no month, README). */
// (薪资月份, 工资所属期, 统计月份, 月度 … were not read: every row 2026-02 paid February's 基数 for March at exit 0, no word.)
// The appraisal's own month first (考核月份, 绩效月份, 考核期 …: what the form's period is) — ranked under 月份 / 工资月份,
// 考核月份 2026-03 | 月份 2026-04 (paid a month later) read its 2026-03 rows as February's: 张三 2800 × 0.7125 = 1995.00
// for 3000 × 0.7125 = 2137.50 at exit 0.
const MONTH_COLUMN = ['考核月份', '绩效月份', '考核期', '考核期间', '绩效期间', '考核年月', '绩效年月', '月份', '工资月份', '所属月份', '核算月份', '计薪月份', '年月', '所属年月', '工资年月', '期间', '所属期间', '工资期间', '会计期间', '薪资月份', '薪酬月份', '工资所属期', '所属期', '统计月份', '结算月份', '月度'].map(labelKey);
/** How many of MONTH_COLUMN's first headings are the appraisal's month (考核月份 … 绩效年月), not the pay's. */
const APPRAISAL_MONTHS = MONTH_COLUMN.indexOf(labelKey('月份'));
/** Headings of a column giving each row's year, that a bare month (「3月」, 3) beside it is of. */
const YEAR_COLUMN = ['年度', '年份'].map(labelKey);
/** A bare 日期 heading: a month column only when every row's cell is a month or its first day (not 发放日期's 3月10日). */
const DATE_COLUMN = labelKey('日期');

/** Two year-months with a mark between: 「2026.01-2026.03」, 「2026-01~2026-03」, 「2026/01至2026/03」 (not a day, 2026-02-01). */
const YEAR_MONTH_SPAN = /\d{4}\s*[-/._年]\s*\d{1,2}\s*月?\s*[-~～至到—–]\s*\d{4}\s*[-/._年]\s*\d{1,2}/;

/** A row's month in a 月份 column: 「2026-02」, 「2026年2月」, a date, 202602, 「2月」 or 2 (no year); null for none. */
function rowMonthOf(grid: Grid, row: number, col: number): string | null {
  const raw = grid.value(row, col);
  if (raw.kind === 'number') {
    if (Number.isInteger(raw.value) && raw.value >= 1 && raw.value <= 12) return monthKey({ month: raw.value });
    // (As its format shows it: October typed 2026.10 under 0.00 is the number 2026.1, read as January.)
    const shown = raw.shown ?? String(raw.value);
    // (And as stored when the shown text is none: 2026.2 under 0.00 shows 「2026.20」 — February's rows were unread.)
    return serialMonth(raw.value) ?? parseMonth(shown) ?? shortYearMonth(shown, raw.shown !== undefined) ?? parseMonth(String(raw.value));
  }
  const text = rawText(raw).trim();
  if (!text) return null;
  const full = parseMonth(text) ?? shortYearMonth(text, true);
  if (full) return full;
  const m = monthNumberOf(text.normalize('NFKC').replace(/\s+/g, ''));
  return m ? monthKey(m) : null;
}

/**
 * A month with a two-digit year, in a 月份 column only: 「26年2月」, 「26.02」, 「26-02」 as 2026-02 (they were no month:
 * February's rows paid March at exit 0). `text`: typed or shown so; a number written plainly (26.1) needs both month
 * digits — 26.1 may be January or October. null otherwise.
 */
function shortYearMonth(text: string, typed: boolean): string | null {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(\d{2})(?:年(\d{1,2})月份?|[-./](\d{1,2})(?:月份?)?)$/.exec(s);
  // (A year of this century's pay, not a day: 「04-10」 typed in a 日期 column is 4月10日, not 2004-10.)
  if (!m || Number(m[1]) < 10) return null;
  const digits = m[2] ?? m[3]!;
  if (!typed && digits.length < 2) return null;
  const month = Number(digits);
  return month >= 1 && month <= 12 ? monthKey({ year: 2000 + Number(m[1]), month }) : null;
}

/** The day of a month column's cell, when it writes one (a date, 「2026-02-01」, 20260201); undefined for a month alone. */
function dayWritten(grid: Grid, row: number, col: number): number | undefined {
  const raw = grid.value(row, col);
  if (raw.kind === 'number') {
    if (serialMonth(raw.value)) return new Date(Date.UTC(1899, 11, 30) + Math.floor(raw.value) * 86_400_000).getUTCDate();
    const digits = /^\d{6}(\d{2})$/.exec(String(raw.value));
    return digits ? Number(digits[1]) : undefined;
  }
  const text = rawText(raw).normalize('NFKC').replace(/\s+/g, '');
  const m = /^\d{4}[-/.年_]\d{1,2}月?(?:[-/.]?(\d{1,2})[日号]?)?/.exec(text) ?? /^\d{6}(\d{2})$/.exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** A bare 日期 column whose filled cells are each a month, or a month's first day (2026-02-01): each row's month. */
function monthDates(grid: Grid, found: Header, col: number): boolean {
  let months = 0;
  for (let row = grid.nextRow(found.row); row <= grid.rowCount; row = grid.nextRow(row)) {
    if (!rawText(grid.value(row, col)).trim()) continue;
    if (!rowMonthOf(grid, row, col)) return false;
    const day = dayWritten(grid, row, col);
    if (day !== undefined && day !== 1) return false;
    months++;
  }
  return months > 0;
}

/**
 * A sheet's rows by their 月份 column: one part a month (its Header reading only those rows), and one of the rows giving
 * none; the whole sheet as it is when there is no such column or it names no month.
 */
function monthRowParts(grid: Grid, found: Header): Array<{ found: Header; month?: string; unmonthed?: Unmonthed; unclear?: UnclearHeading }> {
  let col: number | undefined;
  // The appraisal's month column ranked under the pay months for leaving rows of none (考核月份 begun in March).
  let appraisal: number | undefined;
  let dated: number | undefined;
  // A 年度 / 年份 column beside it: the year of its bare months (年度 2025 | 月份 3 was paid as 2026-03 at exit 0).
  let yearCol: number | undefined;
  // The best-named column that holds a month (月份 before 所属期, a tax period a month later; a 「月度」 column of words
  // is none): the first so named made February's rows March's (1995.00 for 2137.50 at exit 0) or hid the real 月份.
  let rank = Infinity;
  // The best-named pay month (月份 …) holding a month, whichever column was chosen.
  let [paid, paidRank]: [number | undefined, number] = [undefined, Infinity];
  for (let c = 1; c <= Math.min(grid.columnCount, PAY_COLUMNS); c++) {
    if (Object.values(found.cols).includes(c) || grid.columnHidden?.(c)) continue;
    const heading = labelKey(withoutTrailingNote(grid.text(found.row, c).normalize('NFKC')));
    const at = MONTH_COLUMN.indexOf(heading);
    // (The appraisal's month leaving a person's row of none ranks under every pay month: 考核月份 begun only in March
    // beside a 月份 on every row left February's rows of none — all four pay-duplicate at exit 1 for 2137.50 / 1900 /
    // 1675 / 1812.50.)
    const ranked = at >= 0 && at < APPRAISAL_MONTHS && !monthOnEveryRow(grid, found, c) ? at + MONTH_COLUMN.length : at;
    if (ranked !== at && appraisal === undefined && holdsMonth(grid, found.row, c)) appraisal = c;
    if (at >= APPRAISAL_MONTHS && at < paidRank && holdsMonth(grid, found.row, c)) [paid, paidRank] = [c, at];
    if (at >= 0 && ranked < rank && holdsMonth(grid, found.row, c)) [col, rank] = [c, ranked];
    else if (heading === DATE_COLUMN && dated === undefined) dated = c;
    else if (YEAR_COLUMN.includes(heading) && yearCol === undefined && holdsYear(grid, found.row, c)) yearCol = c;
  }
  if (col === undefined && dated !== undefined && monthDates(grid, found, dated)) col = dated;
  if (col === undefined) return [{ found }];
  // A 考核月份 giving every row a month when filled straight down, beside a 月份: filled down as appraisalMonths does —
  // not over a back-pay row nor into another 月份's rows. Where it then leaves a person's row of none, it is ranked
  // under 月份 like a 考核月份 begun in March. (Filled straight down, 张三's back-pay row 2026-02 | 2026-03 under his
  // block's heading 2026-03 | 2026-03 made 李四, 王五 and 赵六 February's — pay-missing at exit 1 for 1900 / 1675 /
  // 1812.50; 赵六's back-pay row 2026-02 | 2026-03 first over blank | 2026-03 rows made everyone February's — 赵六
  // pay-duplicate at exit 1 for 1812.50; March's 2026-03 | 2026-04 rows first over February's blank | 2026-03 ones
  // made everyone twice in March — all four pay-duplicate at exit 1.)
  let filled: Map<number, string | null> | undefined;
  let unclear: UnclearHeading | undefined;
  if (rank < APPRAISAL_MONTHS && paid !== undefined) {
    const read = appraisalMonths(grid, found, col, paid, yearCol);
    const byAppraisal = read.months;
    let everyRow = true;
    for (const [row, m] of byAppraisal) if (m === null && personRow(grid, found, row)) everyRow = false;
    if (everyRow) {
      filled = byAppraisal;
      unclear = loneHeading(grid, found, col, paid, yearCol, read);
    } else [appraisal, col, rank] = [col, paid, paidRank];
  }
  // A pay month (月份) chosen over it that names another month on a row where both are written (考核月份 2026-03 |
  // 月份 2026-04: paid a month late) is the month paid in, not the appraisal's: the appraisal's column rules, and its
  // rows of none are of no month (February's rows 考核月份 blank | 月份 2026-03 paid February's 2800 × 0.7125 =
  // 1995.00 for March's 3000 × 0.7125 = 2137.50 at exit 0). Where the two agree (月份 2026-02 | blank, 2026-03 |
  // 2026-03), 月份 stays read.
  // Only when 考核月份's months steadily lag 月份's (a month less on every row holding both) and its blanks read as 月份's
  // month would put a person on two rows of one month (q1: February's rows blank | 2026-03 beside March's 2026-03 |
  // 2026-04). Otherwise a blank 考核月份 is 「the same as 月份」 and a written one rules on its row only: rows blank |
  // 2026-03 beside 赵六's back-pay row 2026-02 | 2026-03 were refused whole (pay-sheets 「没有…2026-03 的行」, exit 2) for
  // 2137.50 / 1900 / 1675 / 1812.50 — 赵六's back-pay row is February's, not read for March.
  let payCol: number | undefined;
  let rowWise: Map<number, number> | undefined;
  // (A back-pay row — 考核月份 written and another month than 月份's, inside a block of 月份's — is one row, not a block
  // heading: its 考核月份 is not filled down (appraisalMonths), and it is no sign that the blank rows are another
  // month's (twiceInAMonth); a row of another lag than the ledger's usual one is an exception (steadyLag).)
  let rows = filled ?? monthsDown(grid, found.row, col, yearCol);
  if (appraisal !== undefined && rank >= APPRAISAL_MONTHS && rank < MONTH_COLUMN.length) {
    const byAppraisal = appraisalMonths(grid, found, appraisal, col, yearCol);
    if (monthsDisagree(grid, found, byAppraisal.months, col, yearCol)) {
      const rowWiseRead = monthsRowWise(grid, found, appraisal, byAppraisal.months, col, yearCol);
      if (steadyLag(grid, found, byAppraisal.months, col, yearCol) && twiceInAMonth(grid, found, rowWiseRead[0], byAppraisal.backPay, rowWiseRead[1])) [payCol, col, rows] = [col, appraisal, byAppraisal.months];
      else [rows, rowWise] = rowWiseRead;
    }
  }
  const months: string[] = [];
  let unnamed = false;
  const blank: string[] = [];
  for (let row = grid.nextRow(found.row); row <= grid.rowCount; row = grid.nextRow(row)) {
    const who = [found.cols.id, found.cols.name].some((c) => c !== undefined && rawText(grid.value(row, c)).trim());
    if (!who || !rawText(grid.value(row, found.cols.base!)).trim()) continue;
    const m = rows.get(row) ?? null;
    if (m === null) unnamed = true;
    else if (!months.includes(m)) months.push(m);
    if (m === null && payCol !== undefined) blank.push(rowWho(grid, found, row));
  }
  if (!months.length) return [{ found }];
  const unmonthed = payCol === undefined ? {} : { unmonthed: { payCol, who: blank } };
  // (Row by row, a month's rows are named by 考核月份 when any of them is written there, by 月份 otherwise.)
  const colOf = (month: string) => (rowWise ? ([...rows].some(([row, m]) => m === month && rowWise.get(row) === appraisal) ? appraisal! : col!) : col!);
  return [...months.map((month) => ({ found: { ...found, rowMonth: { col: colOf(month), month, rows } }, month, ...(unclear ? { unclear } : {}) })), ...(unnamed ? [{ found: { ...found, rowMonth: { col, month: null, rows } }, ...unmonthed }] : [])];
}

/**
 * A 考核月份 written on a block's first row only, another month than its 月份 (2026-02 | 2026-03 over blank | 2026-03
 * rows), whose month the rows under it take on that one cell's word: the rows of the whole sheet whose 考核月份 is written
 * another month than their 月份 are fewer than those taking it from them. Whether those rows are the heading's month's
 * (a ledger paid a month late) or their 月份's (the first row a back pay of someone with no row of his own) the sheet
 * does not tell: a form of their 月份's month is refused (payForMonth), not paid from the heading's month.
 */
export interface UnclearHeading {
  sheet: string;
  cell: string;
  heading: string;
  payHeading: string;
  /** The heading's month, and the months the sheet's rows are read as. */
  month: string;
  months: string[];
  /** The 月份 of the rows taking the heading's month, and how many they are. */
  payMonths: string[];
  rows: number;
}

/**
 * A filled-down 考核月份 (column a, beside 月份 b) whose rows of another month than their 月份 take it mostly from a
 * heading cell above them rather than their own (unclear, UnclearHeading); undefined when each such row writes its own, or
 * more of them do than not, or every row's month is its 月份's.
 */
function loneHeading(grid: Grid, found: Header, a: number, b: number, yearCol: number | undefined, read: { months: ReadonlyMap<number, string | null>; backPay: ReadonlySet<number> }): UnclearHeading | undefined {
  const mb = monthsDown(grid, found.row, b, yearCol);
  let [stated, borrowed] = [0, 0];
  let head: { row: number; month: string } | undefined;
  const payMonths = new Set<string>();
  const months = new Set<string>();
  for (let row = grid.nextRow(found.row); row <= grid.rowCount; row = grid.nextRow(row)) {
    if (!personRow(grid, found, row) || read.backPay.has(row)) continue;
    const [m, pay] = [read.months.get(row) ?? null, mb.get(row) ?? null];
    if (m !== null) months.add(m);
    if (m === null || pay === null || sameMonth(m, payMonthOf(pay))) continue;
    if (rowMonthOf(grid, row, a) !== null) {
      stated++;
      head ??= { row, month: m };
    } else {
      borrowed++;
      payMonths.add(pay);
    }
  }
  if (!head || borrowed <= stated) return undefined;
  return {
    sheet: grid.name, cell: cellAddress(head.row, a), heading: grid.text(found.row, a).trim() || '考核月份', payHeading: grid.text(found.row, b).trim() || '月份',
    month: head.month, months: [...months].sort(), payMonths: [...payMonths].sort(), rows: borrowed,
  };
}

/** Rows of a ledger with no appraisal month, its pay month (payCol) another: who they are (张三(1001)). */
interface Unmonthed {
  payCol: number;
  who: string[];
}

/** A person's row as said: 张三(1001), or the one given. */
function rowWho(grid: Grid, found: Header, row: number): string {
  const [id, name] = [found.cols.id, found.cols.name].map((c) => (c === undefined ? '' : rawText(grid.value(row, c)).trim()));
  return name && id ? `${name}(${id})` : name || id!;
}

/**
 * The two month columns' months on each person's row with a base where both give one (a blank cell the one above's).
 */
function* monthPairs(grid: Grid, found: Header, ma: ReadonlyMap<number, string | null>, b: number, yearCol: number | undefined) {
  const mb = monthsDown(grid, found.row, b, yearCol);
  for (let row = grid.nextRow(found.row); row <= grid.rowCount; row = grid.nextRow(row)) {
    if (!personRow(grid, found, row)) continue;
    const [x, y] = [ma.get(row) ?? null, mb.get(row) ?? null];
    if (x !== null && y !== null) yield [x, y] as const;
  }
}

/** Whether two month columns name different months on a person's row where both give one (「3月」 without its year is 2026-03's). */
function monthsDisagree(grid: Grid, found: Header, a: ReadonlyMap<number, string | null>, b: number, yearCol: number | undefined): boolean {
  for (const [x, y] of monthPairs(grid, found, a, b, yearCol)) if (!sameMonth(x, payMonthOf(y))) return true;
  return false;
}

/**
 * Whether an appraisal-month column's months (a) are one less than the pay-month column's (b) on most person's rows where
 * both give one: a ledger paid a month late. A row of another lag is an exception (a back-pay row, 2026-01 | 2026-04 in
 * a ledger of 2026-03 | 2026-04 rows), not an unsteady lag: judged on every row, such a row made a late-paid ledger's
 * blank February rows March's — all four pay-duplicate at exit 1 for 2137.50 / 1900 / 1675 / 1812.50.
 */
function steadyLag(grid: Grid, found: Header, a: ReadonlyMap<number, string | null>, b: number, yearCol: number | undefined): boolean {
  let [late, other] = [0, 0];
  for (const [x, y] of monthPairs(grid, found, a, b, yearCol)) {
    const [ax, py] = [payMonthOf(x), payMonthOf(y)];
    const lag = ax.year !== undefined && py.year !== undefined ? py.year * 12 + py.month - (ax.year * 12 + ax.month) === 1 : ax.month % 12 + 1 === py.month;
    if (lag) late++;
    else other++;
  }
  return late > other;
}

/** Whether a row is a person's (a 工号 or 姓名) with a 绩效基数. */
function personRow(grid: Grid, found: Header, row: number): boolean {
  const who = [found.cols.id, found.cols.name].some((c) => c !== undefined && rawText(grid.value(row, c)).trim());
  return who && rawText(grid.value(row, found.cols.base!)).trim() !== '';
}

/** A row's person as a key: by 工号, else 姓名; '' for none. */
function personKey(grid: Grid, found: Header, row: number): string {
  const [id, name] = [found.cols.id, found.cols.name].map((c) => (c === undefined ? '' : rawText(grid.value(row, c)).trim()));
  return id ? `id:${idKey(id)}` : name ? `name:${nameKey(name)}` : '';
}

/**
 * Each row's month in an appraisal-month column (a) beside a pay-month column (b), a blank cell the month above it
 * (monthsDown) — except from a back-pay row: one whose 考核月份 is written and another month than its 月份, inside a
 * block of 月份's (the person's row above it of the same 月份, its 考核月份 blank or the same as 月份 — back-pay rows passed
 * over —, or the same person's own row anywhere in that 月份, 考核月份 blank or the same as 月份). Such a row is one
 * row, not a block heading (backPay): filled down, 张三's 2026-02 | 2026-03 back-pay row sorted under his own blank |
 * 2026-03 row made 李四, 王五 and 赵六's rows below February's (pay-missing, exit 1, for 1900 / 1675 / 1812.50). A
 * 考核月份 written on a block's first row only, another month than its 月份 (2026-03 | 2026-04 over blank | 2026-04
 * rows: paid a month late), still fills its block — its own 月份's rows only: a blank 考核月份 under a person's row of
 * another 月份 is of no month (March's 2026-03 | 2026-04 block first filled 2026-03 down February's blank | 2026-03 rows:
 * all four pay-duplicate at exit 1).
 */
function appraisalMonths(grid: Grid, found: Header, a: number, b: number, yearCol: number | undefined): { months: Map<number, string | null>; backPay: Set<number> } {
  const mb = monthsDown(grid, found.row, b, yearCol);
  const [months, backPay] = [new Map<number, string | null>(), new Set<number>()];
  // The month carried down (the nearest written one above, back-pay rows passed over), its year, and the person's row above.
  let last: string | null = null;
  let year: number | undefined;
  let above: { pay: string | null; own: string | null } | undefined;
  // Each person's own rows of a 月份 (`${月份}|${person}`), 考核月份 blank or that month: a row of the person's of another
  // 考核月份 in that 月份 is back pay wherever it stands — first in the block (赵六's 2026-02 | 2026-03 over blank |
  // 2026-03 rows, his own among them) or after another back-pay row (李四's under 张三's at a running ledger's end).
  const own = new Set<string>();
  let ownYear: number | undefined;
  for (let row = grid.nextRow(found.row); row <= grid.rowCount; row = grid.nextRow(row)) {
    if (yearCol !== undefined) ownYear = rowYearOf(grid, row, yearCol) ?? ownYear;
    const [m, pay, who] = [rowMonthOf(grid, row, a), mb.get(row) ?? null, personKey(grid, found, row)];
    if (pay !== null && who && personRow(grid, found, row) && (m === null || sameMonth(withYear(m, ownYear), payMonthOf(pay)))) own.add(`${pay}|${who}`);
  }
  for (let row = grid.nextRow(found.row); row <= grid.rowCount; row = grid.nextRow(row)) {
    const cell = rowMonthOf(grid, row, a);
    if (yearCol !== undefined) year = rowYearOf(grid, row, yearCol) ?? year;
    const written = cell === null ? null : withYear(cell, year);
    const pay = mb.get(row) ?? null;
    const person = personRow(grid, found, row);
    const inBlock = above !== undefined && above.pay !== null && above.pay === pay && (above.own === null || sameMonth(above.own, payMonthOf(above.pay)));
    const ownRow = person && pay !== null && own.has(`${pay}|${personKey(grid, found, row)}`);
    if (written !== null && person && pay !== null && !sameMonth(written, payMonthOf(pay)) && (inBlock || ownRow)) {
      months.set(row, written);
      backPay.add(row);
      // (Passed over: the back-pay row is no person's row above the next — two in a row, the second was a heading.)
      continue;
    }
    // A blank 考核月份 is filled from its own block only: under a person's row of another 月份 it starts none (March's
    // 2026-03 | 2026-04 rows over February's blank | 2026-03 ones).
    if (person && cell === null && above !== undefined && above.pay !== pay) last = null;
    last = cell ?? last;
    months.set(row, last === null ? null : withYear(last, year));
    if (person) above = { pay, own: months.get(row) ?? null };
  }
  return { months, backPay };
}

/**
 * Whether rows read by these months put a person (by 工号, else 姓名) on two rows of one month, one row's month from
 * each column (`from`: the column each row's month is read from) — a row of a blank 考核月份 read by its 月份 beside
 * one whose 考核月份 is written: a late-paid ledger's blank February rows (blank | 2026-03) beside its March rows
 * (2026-03 | 2026-04). A person on two rows whose months are from the same column is listed twice, no sign of a late
 * ledger: 张三 twice among blank | 2026-03 rows beside 赵六's back-pay row 2026-02 | 2026-03 made every blank row of no
 * month — refused 「没有考核表的月份 2026-03 的行」 at exit 2, where the rows are March's and 张三 pay-duplicate.
 */
function twiceInAMonth(grid: Grid, found: Header, rows: ReadonlyMap<number, string | null>, backPay: ReadonlySet<number>, from: ReadonlyMap<number, number>): boolean {
  const seen = new Map<string, Set<number | undefined>>();
  for (const [row, month] of rows) {
    if (month === null || backPay.has(row) || !rawText(grid.value(row, found.cols.base!)).trim()) continue;
    const who = personKey(grid, found, row);
    if (!who) continue;
    const key = `${month}|${who}`;
    const cols = seen.get(key) ?? new Set<number | undefined>();
    if (cols.size && !cols.has(from.get(row))) return true;
    cols.add(from.get(row));
    seen.set(key, cols);
  }
  return false;
}

/**
 * Each row's month where an appraisal-month column (a) rules only where it gives one: its month there, the pay-month
 * column's (b) on a row it leaves blank; and which column each row's month is from.
 */
function monthsRowWise(grid: Grid, found: Header, a: number, ma: ReadonlyMap<number, string | null>, b: number, yearCol: number | undefined): [Map<number, string | null>, Map<number, number>] {
  const mb = monthsDown(grid, found.row, b, yearCol);
  const [rows, from] = [new Map<number, string | null>(), new Map<number, number>()];
  for (const [row, m] of mb) {
    const own = ma.get(row) ?? null;
    rows.set(row, own ?? m);
    from.set(row, own === null ? b : a);
  }
  return [rows, from];
}

/** The warning of a ledger's rows left of no appraisal month (monthRowParts' unmonthed), at the appraisal column's heading. */
function unmonthedProblem(file: string, grid: Grid, found: Header, rows: Unmonthed): Problem {
  const col = found.rowMonth!.col;
  const at = { file, sheet: `[${path.basename(file)}]${grid.name}`, cell: cellAddress(found.row, col) };
  return problem('pay-month', { case: 'unmonthed', payFile: path.basename(file), sheet: grid.name, heading: monthHeading(grid, found), payHeading: grid.text(found.row, rows.payCol).trim() || '月份', who: rows.who }, at, { severity: 'warning' });
}

/** A 年度 / 年份 cell's year: 2025, 「2025」, 「2025年」, 「2025年度」; undefined for none. */
function rowYearOf(grid: Grid, row: number, col: number): number | undefined {
  const raw = grid.value(row, col);
  const year = raw.kind === 'number' ? raw.value : Number(/^(\d{4})(?:年度?)?$/.exec(rawText(raw).normalize('NFKC').replace(/\s+/g, ''))?.[1] ?? NaN);
  return Number.isInteger(year) && year >= 1990 && year <= 2200 ? year : undefined;
}

/** Whether a column under `headerRow` holds a year in any row. */
function holdsYear(grid: Grid, headerRow: number, col: number): boolean {
  for (let row = grid.nextRow(headerRow); row <= grid.rowCount; row = grid.nextRow(row)) if (rowYearOf(grid, row, col) !== undefined) return true;
  return false;
}

/**
 * The heading of the column a part's rows are of, as written (「考核月份」; 「月份」 when blank): the note said 「月份」 of
 * every column, and which of 考核月份 / 月份 was read was not told.
 */
function monthHeading(grid: Grid, found: Header): string {
  return (found.rowMonth ? grid.text(found.row, found.rowMonth.col).trim() : '') || '月份';
}

/** Whether a month column gives each person's row (a 工号 or 姓名, and a 绩效基数) a month, a blank cell the one above's. */
function monthOnEveryRow(grid: Grid, found: Header, col: number): boolean {
  const rows = monthsDown(grid, found.row, col);
  for (let row = grid.nextRow(found.row); row <= grid.rowCount; row = grid.nextRow(row)) {
    const who = [found.cols.id, found.cols.name].some((c) => c !== undefined && rawText(grid.value(row, c)).trim());
    if (who && rawText(grid.value(row, found.cols.base!)).trim() && (rows.get(row) ?? null) === null) return false;
  }
  return true;
}

/**
 * Whether a column under `headerRow` holds a month in any row — a span is none: 考核期间 「2026年1-3月」 /
 * 「2026.01-2026.03」, read as 2026-01 on every row and chosen over 月份, made everyone pay-duplicate at exit 1 with a
 * warning that the file was January's.
 */
function holdsMonth(grid: Grid, headerRow: number, col: number): boolean {
  for (let row = grid.nextRow(headerRow); row <= grid.rowCount; row = grid.nextRow(row)) if (rowMonthOf(grid, row, col) && !spanCell(grid, row, col)) return true;
  return false;
}

/** A cell writing a span of months (「2026年1-3月」, 「2026.01-2026.03」), not one month. */
function spanCell(grid: Grid, row: number, col: number): boolean {
  const text = rawText(grid.value(row, col)).normalize('NFKC');
  return spanMonths(text).length > 0 || YEAR_MONTH_SPAN.test(text);
}

/**
 * Each row's month in a 月份 column, a blank cell taking the month above it: HR writes the month on a block's first row
 * (or merges it down), and a blank 月份 inside February's rows read as March's paid 赵六 4350.00 from February at exit 0.
 * Rows above every month give none.
 */
function monthsDown(grid: Grid, headerRow: number, col: number, yearCol?: number): Map<number, string | null> {
  const out = new Map<number, string | null>();
  let last: string | null = null;
  let year: number | undefined;
  for (let row = grid.nextRow(headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    last = rowMonthOf(grid, row, col) ?? last;
    // (A bare month, 「3月」 or 3, takes its row's 年度 — or the one above, written on a block's first row — when there is one.)
    if (yearCol !== undefined) year = rowYearOf(grid, row, yearCol) ?? year;
    out.set(row, last === null ? null : withYear(last, year));
  }
  return out;
}

/** The nearest filled cell left of a cell in its row: the label of the month it holds (「打印时间 | | 2026年4月」). */
function labelLeftOf(grid: Grid, row: number, col: number): string {
  for (let c = col - 1; c >= 1; c--) {
    const text = grid.text(row, c).trim();
    if (text) return text;
  }
  return '';
}

/** A label of when the sheet was made, printed or paid, or of a month joined, left or in force since: 「制表月份」, 「打印时间」, 「发放月份」. */
const NOT_TABLE_LABEL = /(?:制表|编制|填表|填报|打印|导出|生成|发放|发薪|支付|入职|离职|生效)\s*(?:日期|时间|月份|年月|月|期)?\s*[::]?$/;
const A_MONTH = '(?:\\d{4}\\s*年\\s*(?:1[0-2]|0?[1-9])\\s*月|\\d{4}\\s*[-./]\\s*(?:1[0-2]|0?[1-9])(?!\\d)|(?:1[0-2]|0?[1-9])\\s*月)';
/**
 * The parts of a line naming when the sheet was made or printed, or since when a rule holds: 「制表日期:2026年4月」,
 * 「打印时间2026年4月」, 「自2026年1月起执行新标准」 (no table's month).
 */
const MADE_OR_SINCE = [
  new RegExp(`(?:制表|编制|填表|填报|打印|导出|生成|生效)\\s*(?:日期|时间|月份|年月|月|于)?\\s*[::]?\\s*${A_MONTH}`, 'g'),
  new RegExp(`自\\s*${A_MONTH}\\s*份?|${A_MONTH}\\s*份?\\s*起`, 'g'),
];

/**
 * A line above the table as it may say the table's month (payTableMonth reads it): the line (sheetMonthText's) with the
 * parts naming when the sheet was made, printed or since when a rule holds blanked, none beside such a label or in a note
 * (「说明:…」). A month beside a department's name or under the table month's label is the table's: 「2026年2月 客服部」,
 * 「客服部 | 2026年2月」, 「日期 | 2026年2月」, 「考核月 | 2026-02」 (taking only pay titles or a month alone made February's
 * sheet beside March's one table, all five pay-duplicate at exit 1). Not 「制表日期:2026年4月」, 「打印时间 | 2026年4月」,
 * 「制表月份 | 2026年4月」 or 「说明:自2026年1月起执行新标准」: a March department's sheet set aside as April's (孙七 6000.00 and
 * 周八 3600.00 unpaid, exit 1); nor 「发放月份 | 2026年3月」, the month February's table is paid in (README: a month paid out
 * is no month): 张三 was paid 3000 × 1.1 = 3300.00 from it at exit 0.
 */
function tableMonthText(text: string, label: string): string {
  if (NOT_TABLE_LABEL.test(label.normalize('NFKC').replace(/\s/g, ''))) return '';
  const t = sheetMonthText(text);
  return NOTE_LINE.test(t) ? '' : MADE_OR_SINCE.reduce((s, re) => s.replace(re, ' '), t);
}

/**
 * The months a pay sheet's tab names: 「2026年2月」; 「2月」 (one tab a month, the year the workbook's) as surely; every
 * month of a span, 「2026年1-3月」 (read as January's alone, and 孙七's row on it set aside for March: 6000 unpaid).
 */
function tabMonths(name: string): string[] {
  const span = spanMonths(name);
  if (span.length) return span;
  const tab = monthsInFileName(name);
  const bare = tab.length ? undefined : monthNumberOf(name) ?? monthNumberOf(withoutPayWords(name));
  return bare ? [monthKey({ month: bare.month })] : tab;
}

/**
 * A tab's name without its pay words and brackets: 「3月工资」, 「绩效3月」, 「2月份绩效」, 「绩效(2月)」 are 3月 and 2月 as
 * 「3月份」 is (February's tab was read with March's, 赵六 paid 6000 × 0.725 = 4350.00 from it at exit 0); a name without a
 * pay word is left as it is (「客服3月」 is no month's tab).
 */
function withoutPayWords(name: string): string {
  const t = name.normalize('NFKC');
  return PAY_WORDS.test(t) ? t.replace(/(?:绩效|工资|薪资|薪酬|奖金)+(?:表|明细)?|[()\[\]【】]/g, '') : t;
}

/** A note (「注:2026年2月离职人员已删除」): no line titling the sheet. */
const NOTE_LINE = /^\s*(?:(?:备\s*)?注|说\s*明)/;

/**
 * The parts of a line above a pay table naming a month that is not the table's: a parenthesis of the month paid out,
 * people joined or left in, or a span (「(3月10日发放)」, 「(含2月入职人员)」, 「(已扣离职人员)」, 「(含12-2月季度奖)」); a month
 * joined, left or paid in, and a payout labelled with its month (「2026年2月入职人员」, 「2026年4月发放」, 「发放月份:2026年4月」).
 */
const OTHER_MONTH_PARTS = [
  new RegExp(`[(【\\[][^()【】\\[\\]]*(?:发放|入职|离职|${MONTH_SPAN.source})[^()【】\\[\\]]*[)】\\]]`, 'g'),
  /(?:\d{4}\s*年\s*)?(?:1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])\s*月\s*份?\s*新?\s*(?:发放|入职|离职)/g,
  /(?:发放|入职|离职)\s*(?:日期|月份|时间|月)?\s*[::]?\s*(?:\d{4}\s*年\s*)?(?:1[0-2]|0?[1-9])\s*月/g,
];

/**
 * A line above a pay table with the parts naming another month blanked (OTHER_MONTH_PARTS, a day-date), the month left
 * its own. A whole line voided for such a part read February's sheets as March's: 「2026年2月工资表(3月10日发放)」,
 * 「2026年2月工资表(含2月入职人员)」 beside 「2026年3月工资表」 — 孙七, on February's only, paid 6000 × 1.0 = 6000.00 (工资总额
 * 9000.00) at exit 0 for pay-missing at exit 1; and 「2026年2月绩效工资(含12-2月季度奖)」 made 张三 (4800 there, 5000 on
 * March's) pay-duplicate, unpaid, for 5000 × 1.1 = 5500.00. (A lone 「2026年3月工资表(1-2月补发已含)」 was warned as 1月、2月's.)
 */
function sheetMonthText(text: string): string {
  return OTHER_MONTH_PARTS.reduce((s, re) => s.replace(re, ' '), withoutDayDates(text.normalize('NFKC')));
}

/**
 * The month of a line (sheetMonthText's) titling a pay table of one month (「2026年2月工资表」, 「2月份工资表」), or of a
 * cell holding the month alone (「2026年2月」, beside a label 「工资月份」); none for a note or a span (「2026年1-3月绩效工资汇总」
 * holds March too). (Asking for a pay word read 「2026年2月」 and 「客服部2026年2月收入明细」 as no month: February's sheet paid March.)
 */
function payTableMonth(text: string): string[] {
  if (NOTE_LINE.test(text) || spanMonths(text).length) return [];
  const months = payTitleMonths(text);
  return months.length === 1 ? months : [];
}

/** Two sheets naming months none of which is the other's (「3月」 and 「2026年3月」 are one; 「2026年2月」 another). */
function monthsApart(sheetMonths: ReadonlyArray<readonly string[]>): boolean {
  const named = sheetMonths.filter((ms) => ms.length);
  return named.some((a) => named.some((b) => !a.some((m) => b.some((n) => sameMonth(m, payMonthOf(n))))));
}


const OTHER_MONEY = /^(千元|万元|百元|十元|千|万|百|k|w|角|分|美元|usd|us\$|\$|港币|港元|hkd|欧元|eur|日元|jpy)$/i;

/** A money unit other than 元 after a heading (「绩效基数(千元)」, 「基本工资/万元」, 「基数(USD)」), as typed. */
function foreignMoneyUnit(heading: string): string | undefined {
  const t = heading.normalize('NFKC').replace(/萬/g, '万').trim();
  const said = (/[(\[【]\s*([^()\[\]【】]+?)\s*[)\]】]$/.exec(t) ?? /[/／]\s*(\S+)$/.exec(t))?.[1]?.trim();
  // 「(单位:千元)」, 「(千元/月)」, 「(万元,含税)」: the unit is the first word of the note.
  const unit = (said === undefined ? undefined : splitAround(said.replace(/^单位\s*[::]?\s*/, ''), /[/／每,,;;、]/)[0]);
  return unit && OTHER_MONEY.test(unit) ? unit : undefined;
}

/** A period other than the month an amount's note names: 「元/年」, 「元/季度」, 「元每天」, 「日」 (the month's, 「元/月」, is 元). */
const PER_PERIOD = /^(?:(?:人民币|rmb)?元\s*)?(?:[/／每]\s*)?(年|年度|全年|半年|季|季度|天|日|周|星期|小时|时)$/i;

/**
 * The note of a heading giving its amounts per year, quarter, day … (「绩效基数(元/年)」, 「基本工资(元/季)」, 「(元/天)」,
 * 「(日)」): the note as typed and that period. foreignMoneyUnit took the note's first word, 「元」, and a year's 36000 was
 * paid as the month's 基数 (张三 25650.00 for 2137.50 at exit 0). The month's (「元/月」, 「元/人/月」) is none.
 */
function perPeriodUnit(heading: string): { unit: string; per: string } | undefined {
  const t = heading.normalize('NFKC').trim();
  const said = (/[(\[【]\s*([^()\[\]【】]+?)\s*[)\]】]$/.exec(t) ?? /[/／]\s*(\S+)$/.exec(t))?.[1]?.trim();
  if (said === undefined) return undefined;
  const note = said.replace(/^单位\s*[::]?\s*/, '').replace(/\s+/g, '');
  const m = PER_PERIOD.exec(note);
  return m ? { unit: note, per: m[1]! } : undefined;
}

/** A line above the table or a row under its headings giving the amounts' unit: 「单位:千元」, 「(万元)」 under 绩效基数. */
function unitLineOf(grid: Grid, found: Header, col: number): { unit: string; row: number; col: number } | undefined {
  // Of the amounts, not of another figure (「销售额单位:万元」 says nothing of 绩效基数).
  const line = unitLineAbove(grid, found.row, OTHER_MONEY, '金额|工资|薪资|薪酬|基数|绩效基数|绩效工资|绩效奖金');
  if (line) return line;
  const below = grid.nextRow(found.row);
  const text = below <= grid.rowCount ? grid.text(below, col).normalize('NFKC').replace(/萬/g, '万').trim().replace(/^[(\[【](.*)[)\]】]$/, '$1').replace(/^单位\s*[::]?\s*/, '') : '';
  if (text && OTHER_MONEY.test(text)) return { unit: text, row: below, col };
  return unitNoteAnywhere(grid, found);
}

/** 「注:表中金额单位为千元」, 「单位:千元」 as a cell's whole text (a heading's 「销售额(单位:万元)」 is that column's). */
const PAY_UNIT_NOTE = /^(?:(?:说明|注|备注|注意)[::]?)?(?:表中|本表|表内|以下|上表|下表)?(?:金额|工资|薪资|薪酬|基数|绩效基数|绩效工资|绩效奖金|货币)?单位(?:为|是|均为)?[::]?(\S+?)[。.]?$/;
/** 「注:绩效基数以千元计」, 「金额均以万元为单位」. */
const COUNTED_IN = /^(?:(?:说明|注|备注|注意)[::]?)?(?:表中|本表|表内|以下)?(?:金额|工资|薪资|薪酬|基数|绩效基数|绩效工资|绩效奖金)?(?:均|都|一律)?以(\S+?)(?:计|计算|为单位)[。.]?$/;
/** A pay title ending in its unit: 「客服部3月绩效工资表(千元)」. */
const TITLE_UNIT = /(?:工资|薪|绩效|奖金|金额).*[(\[【]([^()\[\]【】]+)[)\]】]$/;

/**
 * The amounts' unit said elsewhere on the pay sheet than the line above or the row under the headings: a footer
 * (「注:表中金额单位为千元」), the title's end, a spare cell of the heading row, a 备注 cell, a CSV's last line —
 * bases of 2 (千元) were paid as 2 元: 陈静 1.60 for 1600.00 at exit 0.
 */
function unitNoteAnywhere(grid: Grid, found: Header): { unit: string; row: number; col: number } | undefined {
  const headed = new Set(Object.values(found.cols));
  for (let row = 1; row <= grid.rowCount; row++) {
    for (let col = 1; col <= Math.min(grid.columnCount, 60); col++) {
      if (row === found.row && headed.has(col)) continue;
      const text = grid.text(row, col);
      if (!text || !/单位|元/.test(text)) continue;
      const words = text.normalize('NFKC').replace(/萬/g, '万').replace(/\s+/g, '').replace(/^[(\[【](.*)[)\]】]$/, '$1');
      const unit = PAY_UNIT_NOTE.exec(words)?.[1] ?? COUNTED_IN.exec(words)?.[1] ?? (row < found.row ? TITLE_UNIT.exec(words)?.[1]?.replace(/^单位[::]?/, '') : undefined);
      if (unit && OTHER_MONEY.test(unit)) return { unit, row, col };
    }
  }
  return undefined;
}

/**
 * A column of amounts all under 100 元 (2 and 3 where 2000 and 3000 were meant, the unit written nowhere kpi reads):
 * not 元 — paid as typed, 陈静 got 2 × 0.8 = 1.60 for 1600.00 at exit 0. Blank and zero cells say nothing.
 */
function smallAmounts(grid: Grid, found: Header, col: number): { max: number } | undefined {
  let max = 0;
  for (let row = grid.nextRow(found.row); row <= grid.rowCount; row = grid.nextRow(row)) {
    const raw = grid.value(row, col);
    const n = raw.kind === 'number' ? raw.value : parseNumberText(rawText(raw).trim(), '元')?.value;
    if (n !== undefined && Number.isFinite(n) && n > max) max = n;
    // 「2,500」 typed into a CSV without quotes, split into 2 | 500: refused row by row at the cell the rest went to
    // (row-shifted), which says what happened — not a unit.
    if (/^\d{3}(\.\d+)?$/.test(rawText(grid.value(row, col + 1)).trim())) return undefined;
  }
  return max > 0 && max < 100 ? { max } : undefined;
}

interface Header {
  row: number;
  cols: Partial<Record<keyof typeof HEADINGS, number>>;
  /** A second visible column headed as the one read (绩效基数 twice): a row where they differ is not paid. */
  twins?: Partial<Record<keyof typeof HEADINGS, number>>;
  /** A visible column headed as the one read but noted with a month (「绩效基数(3月)」 beside 「绩效基数」): see monthTwinColumns. */
  monthTwins?: Partial<Record<'base' | 'basic', number>>;
  /** Only the rows of this month in the 月份 column (null: those giving none) — monthRowParts. */
  rowMonth?: { col: number; month: string | null; rows?: ReadonlyMap<number, string | null> };
}

/** Whether a sheet's first rows hold a 绩效基数 heading, and a 工号 or 姓名 one (the same row or not). */
function headingsSeen(grid: Grid, headings: Headings): { base: boolean; who: boolean } {
  let base = false;
  let who = false;
  for (let row = 1; row <= Math.min(grid.rowCount, 20); row++) {
    const cols = findColumns(grid, row, headings);
    base ||= cols.base !== undefined;
    who ||= cols.id !== undefined || cols.name !== undefined;
  }
  return { base, who };
}

function findHeader(grid: Grid, headings: Headings): Header | null {
  for (let row = 1; row <= Math.min(grid.rowCount, 20); row++) {
    const cols = findColumns(grid, row, headings);
    if (cols.base !== undefined && (cols.id !== undefined || cols.name !== undefined)) return { row, cols, twins: twinColumns(grid, row, headings, cols), monthTwins: monthTwinColumns(grid, row, headings, cols) };
  }
  return null;
}

/** The pay headings of one row. 「绩效基数(元)」, 「绩效基数（元）」 as a Chinese keyboard types it, 「绩效基数/元」: a unit is no part of the name. */
function findColumns(grid: Grid, row: number, headings: Headings): Header['cols'] {
  const cols: Header['cols'] = {};
  const rank: Partial<Record<keyof typeof HEADINGS, number>> = {};
  for (let col = 1; col <= Math.min(grid.columnCount, PAY_COLUMNS); col++) {
    for (const [what, names] of Object.entries(headings) as Array<[keyof typeof HEADINGS, string[]]>) {
      const r = headingRank(grid, row, col, names);
      if (r > (rank[what] ?? 0)) {
        rank[what] = r;
        cols[what] = col;
      }
    }
  }
  return cols;
}

/**
 * How well a heading names a pay column: the heading as it is beats one read without its note, and a note of unit or
 * of this month (「绩效基数(元)」, 「(本月)」) beats another (「绩效基数(上月)」, last month's figure kept beside this
 * month's): not the first found. A hidden column (last month's, kept out of sight) only when no visible one is.
 */
function headingRank(grid: Grid, row: number, col: number, names: string[]): number {
  const r = namedRank(grid, row, col, names);
  // 「基数」 under a group of another's (社会保险 › 基数 | 个人缴纳): the insurance base, not 绩效基数 (4,500 was paid).
  // Only a group over some columns: a title across the whole table (「…工资表(含社保)」) names no column's group.
  const above = row > 1 ? grid.text(row - 1, col) : '';
  const own = grid.text(row, col);
  const bare = r > 0 && names.includes('基数') && labelKey(withoutTrailingNote(own)) === labelKey('基数');
  if (bare && above && OTHER_BASE_GROUP.test(above.normalize('NFKC')) && grid.text(row - 1, 1) !== above) return 0;
  // So is one under a fixed component's group (「岗位工资」 over 基数 | 系数 | 金额: 1,500 paid × K): the base that component
  // is worked out from. (「应发工资(税前)」 over 基本工资 | 基数 groups the pay's parts; 「考核工资」, 「浮动工资」, 「月度奖金」
  // over 基数 | 系数 | 金额 are the 绩效 part itself — review.)
  if (bare && above && grid.text(row - 1, 1) !== above && FIXED_COMPONENT.test(above.normalize('NFKC')) && !PERFORMANCE_PAY.test(above.normalize('NFKC'))) return 0;
  // Or in its own note (「基数(社保)」, 「基数(公积金)」): the note was dropped and 4,500 paid as 绩效基数.
  if (bare && OTHER_BASE_GROUP.test(own.normalize('NFKC'))) return 0;
  // Or on a sheet of insurance (「3月社保」), or beside its items (养老 | 医疗 | 公积金): the 工资 sheet without a 绩效基数,
  // the 社保 sheet's 4,500 was paid as everyone's.
  if (bare && (OTHER_BASE_GROUP.test(grid.name.normalize('NFKC')) || insuranceHeadings(grid, row) >= 2)) return 0;
  return r;
}

/** Pay components fixed by post, grade or allowance: a 基数 under them is theirs. */
const FIXED_COMPONENT = /(岗位|基本|技能|工龄|司龄|职务|职级|职称|学历|津贴|补贴|补助|加班|交通|餐|通讯|住房|高温)/;
/** Pay that moves with the appraisal: a 基数 under it is 绩效基数. */
const PERFORMANCE_PAY = /(绩效|考核|浮动|奖金|效益)/;

/** Headings on the row naming insurance or tax items (养老(个人), 医疗, 公积金 …). */
function insuranceHeadings(grid: Grid, row: number): number {
  let n = 0;
  for (let c = 1; c <= Math.min(grid.columnCount, PAY_COLUMNS); c++) if (OTHER_BASE_GROUP.test(grid.text(row, c).normalize('NFKC'))) n++;
  return n;
}

// (「五险一金」, 「医保」, 「个税」/「代扣代缴」: the bases of insurance and tax, as 社保's.)
const OTHER_BASE_GROUP = /(社保|社会保险|保险|公积金|养老|医疗|失业|工伤|生育|缴存|[三五六]险|一金|医保|个税|所得税|计税|代扣|代缴)/;

/** Visible columns of one pay heading noted with a month each, of two months or more (as written). */
function monthColumns(grid: Grid, row: number, names: string[]): string[] {
  const out = new Map<string, string>();
  for (let c = 1; c <= Math.min(grid.columnCount, PAY_COLUMNS); c++) {
    if (grid.columnHidden?.(c) || headingRank(grid, row, c, names) <= 0) continue;
    const month = baseMonth(grid, row, c, names);
    if (month) out.set(`${month.year ?? ''}-${month.month}`, subMonth(grid, row, c) ? `${grid.text(row, c)}·${grid.text(row + 1, c)}` : grid.text(row, c));
  }
  return out.size > 1 ? [...out.values()] : [];
}

/**
 * The month a pay heading notes: in its brackets (「绩效基数(2月)」), or alone in the cell under it on a second heading
 * row (「绩效基数」 merged over 「2月 | 3月」: February's was paid with March's column still blank, exit 0).
 */
function baseMonth(grid: Grid, row: number, col: number, names: readonly string[] = HEADINGS.base): { year?: number; month: number } | undefined {
  return noteMonth(grid.text(row, col), names) ?? subMonth(grid, row, col);
}

/** A month alone under a heading (「2月」, 「2026年3月」, 「三月份」), on a row of no 工号 or 姓名. */
function subMonth(grid: Grid, row: number, col: number): { year?: number; month: number } | undefined {
  if (row >= grid.rowCount) return undefined;
  const text = grid.text(row + 1, col).normalize('NFKC').replace(/\s+/g, '');
  if (!MONTH_ALONE.test(text)) return undefined;
  return monthNumberOf(text);
}

function namedRank(grid: Grid, row: number, col: number, names: string[]): number {
  // 「绩效基数/元」 is 绩效基数; 「绩效基数/千元」 too, refused for its unit (foreignMoneyUnit).
  const text = grid.text(row, col).normalize('NFKC').replace(/\s*[/／]\s*(\S+)$/, (all, unit: string) => (/^(元|人民币|rmb)$/i.test(unit) || OTHER_MONEY.test(unit.replace(/萬/g, '万')) ? '' : all));
  if (!text) return 0;
  const { bare, note } = headingNote(text, names);
  // Last month's figure (「绩效基数(上月)」) is none of this month's, even alone: it was paid for March without a word.
  // So is another period's (「(全年)」, 「(季度)」: 12 × the month's): beside 「(月度)」 it was called a second 基数.
  if (PAST_NOTE.test(note) || /^\((全年|年度|年|季度|本季度|半年|上半年|下半年|累计)\)$/.test(note)) return 0;
  // (A note of whom it is for — 「(试用期)」, 「(转正)」 — is as much this month's as the plain one: a twin of it, 1600
  // beside 2000 for a 试用期 person was passed over for the 2000 without a word.)
  // So is an adjusted one (「绩效基数(调整后)」, 「新绩效基数」, 「现绩效基数」 beside the plain or 「原…」 one): rank 1 left
  // the plain 2000 paid for 0012's 2500 (2000.00 for 2500.00) at exit 0 — now twins, as 「(调整前)」 | 「(调整后)」 are.
  const noteRank = /^\((元|人民币|rmb|¥|本月|当月|月度|月|每月|试用期|试用|转正|转正后|正式|正式工|实习|实习期|见习)\)$/i.test(note) || ADJUSTED_NOTE.test(note) ? 2 : 1;
  const keys = names.map(labelKey);
  // The heading's own name beats another of its names: 「工号」 beside 「编号」 (a row number 1, 2, 3 — everybody was paid
  // another's 绩效基数 at exit 0).
  // And a bare 「编号」 is the least sure of a 工号's names: beside 「员工工号」 it numbers the rows.
  const r = labelKey(text) === keys[0] ? 3.5 : labelKey(text) === '编号' && keys.includes('编号') ? 2.9 : keys.includes(labelKey(text)) ? 3 : keys.includes(labelKey(bare)) ? noteRank : 0;
  return r > 0 && grid.columnHidden?.(col) ? r / 10 : r;
}

/** Notes of an amount changed (or not yet): 「(调整后)」, 「(新)」, 「(现)」 and their 「(调整前)」, 「(原)」. */
const ADJUSTED_NOTE = /^\((调整后|调整前|调后|调前|调整|新|最新|新标准|现|现行|原|原标准|变更后|变更前|修改后|修改前)\)$/;
/** Those notes, or a month, written before the name: 「新绩效基数」, 「调整后绩效基数」, 「3月绩效基数」. */
const LEADING_NOTE = /^(调整后|调整前|调后|调前|最新|新|现行|现|原|变更后|变更前|修改后|修改前|(?:\d{4}\s*年\s*)?\d{1,2}\s*月份?)\s*/;

/**
 * A heading's name and its note, the note written after (「绩效基数(新)」) or before (「新绩效基数」: not one of the
 * names, it was 「没有找到「绩效基数」列」 beside 「原绩效基数」) the name; a leading note is given as 「(新)」.
 */
function headingNote(text: string, names: readonly string[]): { bare: string; note: string } {
  const bare = withoutTrailingNote(text);
  const keys = names.map(labelKey);
  // (Amounts only: 「原工号」 is no 工号 of this month's.)
  const lead = names.includes('绩效基数') || names.includes('基本工资') ? LEADING_NOTE.exec(bare) : null;
  if (keys.includes(labelKey(text)) || keys.includes(labelKey(bare)) || !lead || !keys.includes(labelKey(bare.slice(lead[0].length)))) return { bare, note: text.slice(bare.length).trim() };
  const after = text.slice(bare.length).trim();
  return { bare: bare.slice(lead[0].length), note: after && after !== '(元)' ? after : `(${lead[1]!.replace(/\s+/g, '')})` };
}

/** The month a heading's note names: 「绩效基数(3月)」, 「3月绩效基数」, 「绩效基数(4月起)」. */
function noteMonth(text: string, names: readonly string[]): { year?: number; month: number } | undefined {
  const note = headingNote(text.normalize('NFKC'), names).note.replace(/^\((.*)\)$/, '$1').replace(/^(自|从)/, '').replace(/(起|开始|起执行|执行)$/, '');
  return note ? monthNumberOf(note) : undefined;
}

/** For each column read, another visible one headed as well (绩效基数 | 绩效基数, 基数 | 绩效基数): which is meant is not for kpi to guess. */
function twinColumns(grid: Grid, row: number, headings: Headings, cols: Header['cols']): Header['twins'] {
  const twins: Header['twins'] = {};
  // (基本工资 only beside itself noted otherwise — 「基本工资(调整前)」 | 「(调整后)」, 工资总额 of the first: 底薪 beside
  // 基本工资 is a payroll's way, the base pay within the basic.)
  for (const what of ['base', 'basic'] as const) {
    const col = cols[what];
    // This month's (the heading as it is, or with a unit or 本月) beside another such; or two noted otherwise
    // (「绩效基数(调整前)」 | 「(调整后)」: the first was paid without a word). 「(上月)」 is no one's (namedRank).
    if (col === undefined) continue;
    const rank = headingRank(grid, row, col, headings[what]);
    for (let c = 1; c <= Math.min(grid.columnCount, PAY_COLUMNS); c++) {
      const same = what === 'base' || labelKey(withoutTrailingNote(grid.text(row, c))) === labelKey(withoutTrailingNote(grid.text(row, col)));
      if (c !== col && same && headingRank(grid, row, c, headings[what]) >= Math.min(rank, 2) && !grid.columnHidden?.(c) && !Object.values(cols).includes(c)) {
        twins[what] = c;
        break;
      }
    }
  }
  return twins;
}

/**
 * For 绩效基数 and 基本工资 read from a heading of no month, a visible column of the same name noted with one
 * (「绩效基数(3月)」, 「3月绩效基数」, 「(4月起)」): this month's or another's, as the form's month tells (payForMonth) —
 * the plain 2000 was paid beside 「绩效基数(3月)」 2500 on a March form (0012 2000.00 for 2500.00, exit 0).
 */
function monthTwinColumns(grid: Grid, row: number, headings: Headings, cols: Header['cols']): Header['monthTwins'] {
  const out: Header['monthTwins'] = {};
  for (const what of ['base', 'basic'] as const) {
    const col = cols[what];
    if (col === undefined || baseMonth(grid, row, col, headings[what])) continue;
    const name = labelKey(headingNote(grid.text(row, col).normalize('NFKC'), headings[what]).bare);
    for (let c = 1; c <= Math.min(grid.columnCount, PAY_COLUMNS); c++) {
      if (c === col || grid.columnHidden?.(c) || Object.values(cols).includes(c) || !noteMonth(grid.text(row, c), headings[what])) continue;
      const same = what === 'base' ? headingRank(grid, row, c, headings[what]) > 0 : labelKey(headingNote(grid.text(row, c).normalize('NFKC'), headings[what]).bare) === name;
      if (same) {
        out[what] = c;
        break;
      }
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/** What the rows of every pay sheet make together. */
interface PayState {
  table: PayTable;
  problems: Problem[];
  /** Where each 工号 (`id:`) or name without one (`name:`) was first read. */
  firstRow: Map<string, { sheet: string; row: number; name: string; line?: PayInput }>;
  /** Rows of a later sheet repeating an earlier sheet's row as it is, by the later sheet: read once (repeatedSheetsNote). */
  repeats: Map<string, { of: Set<string>; rows: number }>;
}

/**
 * A bare 「编号」 column holding 1, 2, 3 … on its filled rows in order (three rows or more), beside names: `rows`, the
 * sheet's numbering, not 工号 (a company-wide pay list's 7–12 were 张三…孙八's rows, each paid the row their 工号 1–6
 * numbered: another department's 基数, exit 0). `rows-namesakes` when a name is on two of its rows: the numbers may be
 * the namesakes' 工号 1..N (two 王芳, 1 and 3), or still the rows (孙七 … 王伟, 王伟 numbered 1–7: 张三(001) was paid
 * 孙七's 9000 × 1.1 = 9900 for his own 2500 × 1.1 = 2750) — which, the form's people tell (gradeSteps payReading).
 */
type RowNumbering = 'rows' | 'rows-namesakes' | 'none';

function rowNumbering(grid: Grid, h: Header): RowNumbering {
  const [col, nameCol] = [h.cols.id, h.cols.name];
  if (col === undefined || nameCol === undefined || labelKey(grid.text(h.row, col)) !== '编号') return 'none';
  const rows: { text: string; name: string }[] = [];
  const names = new Set<string>();
  let namesakes = false;
  for (let row = grid.nextRow(h.row); row <= grid.rowCount; row = grid.nextRow(row)) {
    const text = rawText(grid.value(row, col)).trim();
    if (!text) continue;
    const name = personKeyOf(rawText(grid.value(row, nameCol)));
    rows.push({ text, name });
    namesakes ||= names.has(name);
    names.add(name);
  }
  // Numbering starting again per group is read as the roster reads it (groupRowNumbers): as 工号, p1-pay's 1–4, 1–2 beside
  // the roster's row numbers refused both 「1」 and 「2」 (pay-duplicate) and left 王芳 and 李强 unpaid for 1800 and 1900.
  const runs = numberRuns(rows.map((r) => r.text));
  const rowsOnly = runs?.length === 1 ? runs[0]! >= 3 : groupRowNumbers(rows) !== null;
  return !rowsOnly ? 'none' : namesakes ? 'rows-namesakes' : 'rows';
}

/** The sheet's headings with its 编号 read as no 工号. */
function withoutId(h: Header): Header {
  const { id: _id, ...cols } = h.cols;
  return { ...h, cols };
}

function newPayState(file: string): PayState {
  const table: PayTable = { byId: new Map(), byName: new Map(), byNameWithoutId: new Map(), nameOfId: new Map(), blank: new Map(), blankWho: new Map(), written: new Map(), warnings: new Map(), departmentAt: new Map(), hasIds: false, file };
  return { table, problems: [], firstRow: new Map(), repeats: new Map() };
}

function readRows(grid: Grid, h: Header, file: string, state: PayState): void {
  // Named as --data's sheets are (「[工资.xlsx]Sheet1」): a cell of another file, never taken for one of the form's.
  const sheet = `[${path.basename(file)}]${grid.name}`;
  const { table, problems, firstRow } = state;
  if (h.cols.id !== undefined) table.hasIds = true;
  // A figure that cannot be read is said when a person of the form is paid from its row: a payroll of everyone
  // (「—」 for someone who left) is no error for the form (it set exit 1).
  let unread: Problem | undefined;
  const number = (row: number, col: number | undefined, label: string, who: string): number | null | undefined => {
    if (col === undefined) return null;
    const raw = grid.value(row, col);
    const text = rawText(raw).trim();
    if (!text) return null;
    // A 基数 typed 「30%」 in Excel is the number 0.3 shown as a percentage: no amount (paid 0.33 元 at exit 0, as the same
    // text in a CSV is refused).
    const shownAsPercent = raw.kind === 'number' && (raw.percentFormat || raw.percentSign);
    const n = shownAsPercent ? undefined : parseNumberText(text, '元');
    if (!n || n.percent || !Number.isFinite(n.value) || n.value < 0) {
      const formula = raw.kind === 'formula-without-result' ? { formula: true as const } : {};
      const value = shownAsPercent ? `${raw.percentFormat ? Math.round(raw.value * 1e6) / 1e4 : raw.value}%` : text;
      unread ??= problem('pay-invalid', { field: label, value, ...formula }, { file, sheet, cell: cellAddress(row, col) }, who ? { person: who } : {});
      return undefined;
    }
    return n.value;
  };
  // A CSV row longer than its headings (2,000 typed without quotes): its 基数 read as 2, the rest moved right.
  const splitCell = splitCellCheck(grid, h.row, Math.max(...Object.values(h.cols)), new Set([h.cols.base, h.cols.basic].filter((c): c is number => c !== undefined)));
  // The file's last headed column (备注): a thousands comma's right part (「8,500」's 500) moved into it when it was empty.
  let lastHeading = 0;
  for (let c = 1; c <= grid.columnCount; c++) if (grid.text(h.row, c)) lastHeading = c;
  const largest = { base: largestAmount(grid, h, h.cols.base), basic: largestAmount(grid, h, h.cols.basic) };
  for (let row = grid.nextRow(h.row); row <= grid.rowCount; row = grid.nextRow(row)) {
    // 「无」, 「-」, 「待定」 in the 工号 cell (a new hire): no 工号 — two such rows were one 工号 「无」 twice.
    const idText = h.cols.id !== undefined ? rawText(grid.value(row, h.cols.id)).trim() : '';
    const id = noId(idText.normalize('NFKC')) ? '' : idText;
    const name = h.cols.name !== undefined ? rawText(grid.value(row, h.cols.name)).trim() : '';
    if (!id && !name) continue;
    // The headings again in another order (a second department's block, 绩效基数 | 基本工资 swapped): the rows below
    // are not this table's columns — read as they were, 王五 was paid his 基本工资 4200 × 0.9 as 绩效奖金. Said, not read.
    const moved = reorderedHeadings(grid, row, h.row);
    if (moved) {
      const fields = { sheet: grid.name, row, headerRow: h.row, moved: moved.map((m) => ({ heading: m.text, here: columnLetters(m.col), above: columnLetters(m.was) })), records: '工资行', amounts: true as const };
      problems.push(problem('headings-reordered', fields, { file, sheet, cell: cellAddress(row, moved[0]!.col) }));
      break;
    }
    // The headings again above each person (a 工资条 printed slip by slip): no one's pay.
    if ((h.cols.id === undefined || labelKey(idText) === labelKey(grid.text(h.row, h.cols.id))) && (h.cols.name === undefined || labelKey(name) === labelKey(grid.text(h.row, h.cols.name)))) continue;
    // A 合计 or 平均 line under the people (in the 工号 or the 姓名 column, or in 序号 or 部门 beside a head count) is no one's pay.
    if (totalLine(grid, h, row, id, name)) continue;
    // A signature line under the payroll (「制表人:王会计 | 审核:李经理」): no one — it was offered as a person not on the form.
    if ((!id || /[::]/.test(id)) && /^.{0,8}(制表|审核|审批|复核|核对|批准|签字|签名|签章|填表|填报|负责人|经办|会计|出纳|日期)[^::]{0,4}[::]/.test((name || id).normalize('NFKC').replace(/\s+/g, ''))) continue;
    // A section title alone on its row (「一、销售部」 over the department's people) is no one: it was said as a pay row unused.
    if (!(id && name) && sectionTitleAlone(id || name, id ? 'id' : 'name') && onlyCell(grid, row)) continue;
    // Another month's row of a 月份 column (monthRowParts): read with that month's part.
    if (h.rowMonth && (h.rowMonth.rows?.get(row) ?? rowMonthOf(grid, row, h.rowMonth.col)) !== h.rowMonth.month) continue;
    // The same person on two rows: which 基数 the user meant is not for kpi to guess (the last row used to win).
    const key = id ? `id:${idKeyOf(id)}` : `name:${personKeyOf(name)}`;
    const earlier = firstRow.get(key);
    // The row again on a department's sheet as on the 汇总 (same name, 基数, 基本工资, 部门): nothing to choose, read once
    // (each of six people was 「出现两次」, none paid, exit 1). Rows that differ stay an error below.
    if (earlier?.line && earlier.sheet !== sheet && !grid.rowHidden?.(row) && personKeyOf(earlier.name) === personKeyOf(name) && sameAmounts(earlier.line, grid, h, row)) {
      const seen = state.repeats.get(grid.name) ?? { of: new Set<string>(), rows: 0 };
      seen.of.add(earlier.sheet.replace(/^\[[^\]]*\]/, ''));
      seen.rows++;
      state.repeats.set(grid.name, seen);
      continue;
    }
    if (earlier !== undefined) {
      const col = id ? h.cols.id! : h.cols.name!;
      const elsewhere = earlier.sheet !== sheet ? { firstSheet: earlier.sheet.replace(/^\[[^\]]*\]/, '') } : {};
      // A hidden row (last month's, filtered out) is said as such: which row is meant is still not for kpi to guess.
      const hidden = grid.rowHidden?.(row) || (earlier.sheet === sheet && grid.rowHidden?.(earlier.row)) ? { hidden: true as const } : {};
      problems.push(problem('pay-duplicate', { case: 'file', field: id ? '工号' : '姓名', value: visibleText(id || name), firstRow: earlier.row, ...elsewhere, ...hidden }, { file, sheet, cell: cellAddress(row, col) }, name ? { person: name } : {}));
      if (id) table.byId.set(idKeyOf(id), null);
      else {
        table.byName.set(personKeyOf(name), null);
        // Nor found by name for a person of the form with a 工号 (李四 on two rows of 「-」 was paid from the first).
        table.byNameWithoutId.set(personKeyOf(name), null);
        (table.saidTwice ??= new Set()).add(personKeyOf(name));
      }
      // Said once, as two rows: the first being hidden is part of that (not also 「only in a hidden row」).
      for (const k of [...(id ? [`id:${idKeyOf(id)}`] : []), ...(name ? [`name:${personKeyOf(name)}`, `noid:${personKeyOf(name)}`] : [])]) {
        if (table.blank.get(k)?.code === 'pay-invalid' && (table.blank.get(k)!.params as { case?: string }).case === 'hidden-row') table.blank.delete(k);
      }
      continue;
    }
    const first: { sheet: string; row: number; name: string; line?: PayInput } = { sheet, row, name };
    firstRow.set(key, first);
    const split = splitCell?.(row) ?? thousandsSplit(grid, row, [h.cols.base, h.cols.basic].filter((c): c is number => c !== undefined), lastHeading, h.row);
    // Said where it was read: the person's pay is not worked out, nor said to be missing from the file as well.
    const unusable = (said: Problem | null) => {
      // A row whose 工号 is blank in a file that has them (found by name, as its valid twin is): `noid:` too.
      const noId = !id && name ? [`noid:${personKeyOf(name)}`] : [];
      for (const k of [...(id ? [`id:${idKeyOf(id)}`] : []), ...(name ? [`name:${personKeyOf(name)}`] : []), ...noId]) {
        table.blank.set(k, said);
        table.blankWho.set(k, name && id ? `${name}(${id})` : name || id);
      }
    };
    const saidHere = () => unusable(null);
    unread = undefined;
    // A hidden row alone (filtered out, or hidden with 「已离职,3月起不发」 beside it): not paid from, as hidden rows of a
    // roster or an export are not read — said when a person of the form asks for it (乙二 was paid 2250 without a word).
    if (grid.rowHidden?.(row)) {
      const col = h.cols.name ?? h.cols.id!;
      unusable(problem('pay-invalid', { case: 'hidden-row', who: name && id ? `${name}(${id})` : name || id, row }, { file, sheet, cell: cellAddress(row, col) }, name ? { person: name } : {}));
      continue;
    }
    if (split) {
      problems.push(problem('row-shifted', { ...split.fields, pay: true }, { file, sheet, cell: split.cell }, name ? { person: name } : {}));
      saidHere();
      continue;
    }
    // Two columns headed 绩效基数 filled differently on this row: not paid from either.
    const twin = (['base', 'basic'] as const).find((w) => h.twins?.[w] !== undefined && differs(grid, row, h.cols[w]!, h.twins[w]!));
    if (twin) {
      const [a, b] = [h.cols[twin]!, h.twins![twin]!];
      // (A second 姓名 / 工号 heading between them: two tables side by side — 「delete one column」 followed paid 张三 from
      // 王五's cell, 1425.00 for 2137.50 at exit 0.)
      const beside = sideBySide(grid, h.row, Math.min(a, b), Math.max(a, b));
      problems.push(problem('pay-duplicate', { case: 'columns', field: twin === 'base' ? '绩效基数' : '基本工资', values: [rawText(grid.value(row, a)).trim(), rawText(grid.value(row, b)).trim()], headings: [grid.text(h.row, a), grid.text(h.row, b)], ...(beside ? { beside } : {}) }, { file, sheet, cell: cellAddress(row, Math.max(a, b)) }, name ? { person: name } : {}));
      saidHere();
      continue;
    }
    // Twins one of which is blank on the row (「绩效基数」 | 「绩效基数(试用期)」, the 试用期 person's in the second): the
    // filled one (it was 「未填写」 for him).
    const baseCol = h.twins?.base !== undefined && !rawText(grid.value(row, h.cols.base!)).trim() && rawText(grid.value(row, h.twins.base)).trim() ? h.twins.base : h.cols.base;
    const base = number(row, baseCol, '绩效基数', name);
    // A dash or slash in 基本工资 (「—」, 「-」, 「/」: none this month) is its blank: 工资总额 is not given, said, and the
    // 绩效奖金 is paid — it needs no 基本工资 (it was withheld with an error).
    const basicText = h.cols.basic === undefined ? '' : rawText(grid.value(row, h.cols.basic)).trim();
    const basic = isDashOnly(basicText) ? null : number(row, h.cols.basic, '基本工资', name);
    // A row with the 绩效基数 left empty: said for a person being scored (it was 「没有这个人」), when one asks for it —
    // a payroll listing everyone (新员工, 离职员工) is no error for those not on the form.
    if (base === null) {
      unusable(problem('pay-invalid', { case: 'blank', field: '绩效基数', who: name || id }, { file, sheet, cell: cellAddress(row, h.cols.base!) }, name ? { person: name } : {}));
      continue;
    }
    if (base === undefined || basic === undefined) {
      unusable(unread ?? null);
      continue;
    }
    // One amount under 100 in a column of amounts in the thousands (孙丽's 30 among 1500–2000, or a file cut inside
    // 「3000」): a typo or a cut-off, not 元 — paid 30 × 0.875 = 26.25 at exit 0. (A whole column under 100 is pay-unit.)
    const small = (['base', 'basic'] as const).find((w) => {
      const v = w === 'base' ? base : basic;
      return v !== null && v > 0 && v < 100 && (largest[w] ?? 0) >= 1000;
    });
    if (small) {
      const col = h.cols[small]!;
      unusable(problem('pay-invalid', { case: 'small', field: small === 'base' ? '绩效基数' : '基本工资', who: name && id ? `${name}(${id})` : name || id, value: rawText(grid.value(row, col)).trim(), max: largest[small]! }, { file, sheet, cell: cellAddress(row, col) }, name ? { person: name } : {}));
      continue;
    }
    const dept = h.cols.department === undefined ? '' : visibleText(rawText(grid.value(row, h.cols.department))).trim();
    const line: PayInput = { base, basicSalary: basic, ...(dept ? { department: dept } : {}) };
    first.line = line;
    if (dept) table.departmentAt.set(line, { sheet, cell: cellAddress(row, h.cols.department!) });
    // A 基本工资 column with this person's cell left empty: 工资总额 cannot be given, said rather than left out.
    if (basic === null && h.cols.basic !== undefined) {
      table.warnings.set(line, problem('pay-invalid', { case: 'blank', field: '基本工资', who: name || id }, { file, sheet, cell: cellAddress(row, h.cols.basic) }, { severity: 'warning', ...(name ? { person: name } : {}) }));
    }
    if (id) table.byId.set(idKeyOf(id), line);
    if (id && !table.written.has(`id:${idKeyOf(id)}`)) table.written.set(`id:${idKeyOf(id)}`, name ? `${name}(${id})` : id);
    if (name && !table.written.has(`name:${personKeyOf(name)}`)) table.written.set(`name:${personKeyOf(name)}`, name);
    if (id && name && h.cols.name !== undefined) table.nameOfId.set(idKeyOf(id), { name, sheet, cell: cellAddress(row, h.cols.name) });
    if (name) {
      const n = personKeyOf(name);
      // One name on rows of two 工号 (two 戊): found by name it would be a guess — null, said where it is asked for.
      // Also one row with a 工号 and one without (123 甲一 8000, 甲一 9000): found by name, whichever came first was paid.
      table.byName.set(n, table.byName.has(n) ? null : line);
      // (Kept whichever sheet comes first: a sheet of names only before the one with 工号 left its people unpaid.)
      if (!id) table.byNameWithoutId.set(n, table.byNameWithoutId.has(n) ? null : line);
    }
  }
}

/** The largest amount of a pay column under its headings (undefined: none). */
function largestAmount(grid: Grid, h: Header, col: number | undefined): number | undefined {
  if (col === undefined) return undefined;
  let max: number | undefined;
  for (let row = grid.nextRow(h.row); row <= grid.rowCount; row = grid.nextRow(row)) {
    // (People's rows only: a 合计 row's 2730 over 900, 950, 80, 800 made 王五's 80 「其他金额都在千元以上」, unpaid.)
    const who = [h.cols.id, h.cols.name].map((c) => (c === undefined ? '' : rawText(grid.value(row, c)).trim()));
    if (!who.some(Boolean) || who.some((t) => t && TOTAL.test(t))) continue;
    // (Nor one labelled 合计 in 序号 or 部门 with 「共4人」 under 姓名: its 2730 refused 王五's 80 the same way.)
    if (totalLine(grid, h, row, noId(who[0]!.normalize('NFKC')) ? '' : who[0]!, who[1]!)) continue;
    const raw = grid.value(row, col);
    const n = raw.kind === 'number' ? raw.value : parseNumberText(rawText(raw).trim(), '元')?.value;
    if (n !== undefined && Number.isFinite(n) && n > (max ?? -Infinity)) max = n;
  }
  return max;
}

/**
 * A totals line under the people, by its 工号 and 姓名 (`id` without 「无」「-」): 合计 or 平均 there, or a head count
 * (「共4人」, 「4人」) where a name goes — with 合计 in 部门 or 序号 instead, 「共4人」 was a person not in the form and its
 * 2730 made 王五's 80 among 800–950 「其他金额都在千元以上」, unpaid at exit 1. A bare number under 姓名 (=COUNTA → 4) is
 * the count when another text cell of the row (序号, 部门) says 合计. A 工号 that is one (1003) is always a person's row.
 */
function totalLine(grid: Grid, h: Header, row: number, id: string, name: string): boolean {
  const marked = (t: string) => TOTAL.test(t) || HEAD_COUNT_CELL.test(t);
  if (!id && !name) return false;
  if ((id && !marked(id)) || (name && !marked(name) && !/^\d+$/.test(name.normalize('NFKC')))) return false;
  if ((id && marked(id)) || (name && marked(name))) return true;
  const amounts = new Set([h.cols.base, h.cols.basic, h.cols.id, h.cols.name]);
  for (let c = 1; c <= Math.min(grid.columnCount, PAY_COLUMNS); c++) {
    if (amounts.has(c)) continue;
    const raw = grid.value(row, c);
    if (raw.kind !== 'number' && TOTAL.test(rawText(raw).trim())) return true;
  }
  return false;
}

/** The row's 绩效基数, 基本工资 and 部门 are the line's, as figures (「2,000」 is 2000). */
function sameAmounts(line: PayInput, grid: Grid, h: Header, row: number): boolean {
  const amount = (col: number | undefined) => {
    const text = col === undefined ? '' : rawText(grid.value(row, col)).trim();
    if (!text) return null;
    const n = parseNumberText(text, '元');
    return n && !n.percent ? n.value : NaN;
  };
  const dept = h.cols.department === undefined ? '' : visibleText(rawText(grid.value(row, h.cols.department))).trim();
  return amount(h.cols.base) === line.base && amount(h.cols.basic) === line.basicSalary && dept === (line.department ?? '');
}

/** Sheets repeating another's rows (a 汇总 and one sheet a department): said once, as read once. */
function repeatedSheetsNote(state: PayState): void {
  if (!state.repeats.size) return;
  const of = [...new Set([...state.repeats.values()].flatMap((r) => [...r.of]))];
  const rows = [...state.repeats.values()].reduce((n, r) => n + r.rows, 0);
  state.problems.push(problem('pay-sheets-repeat', { payFile: path.basename(state.table.file), sheets: [...state.repeats.keys()], of, rows }, { file: state.table.file, sheet: [...state.repeats.keys()][0] }));
}

/** One cell of the row filled, nothing else. */
function onlyCell(grid: Grid, row: number): boolean {
  let filled = 0;
  for (let c = 1; c <= grid.columnCount && filled < 2; c++) if (rawText(grid.value(row, c)).trim()) filled++;
  return filled === 1;
}

/** Two cells of one row holding different amounts (both blank, or the same figure written alike, do not differ). */
function differs(grid: Grid, row: number, a: number, b: number): boolean {
  const [x, y] = [rawText(grid.value(row, a)).trim(), rawText(grid.value(row, b)).trim()];
  if (!x || !y || x === y) return false;
  const [nx, ny] = [parseNumberText(x, '元'), parseNumberText(y, '元')];
  return !(nx && ny && nx.value === ny.value);
}

/** The words of a pay table's title. */
const PAY_WORDS = /工资|薪|绩效|奖金/;

/**
 * The months a line above a pay table names: 「2026年2月」, or in a pay title a month without its year (「客服部2月份绩效
 * 工资表」: 「2月」) — a date with its day (「发放日期:3月10日」) names none.
 */
function payTitleMonths(text: string): string[] {
  // (A span, 「2026年1-3月绩效工资汇总」, each of its months: it was January, a March file warned as January's.)
  const span = spanMonths(text);
  if (span.length) return span;
  const full = monthsOfTitle(text);
  if (full.length || !PAY_WORDS.test(text)) return full;
  const days = text.normalize('NFKC').replace(/\d{1,2}\s*月\s*\d{1,2}\s*[日号]/g, ' ');
  // (The month right before the pay words: 「入职未满6月的员工绩效基数…」 is six months' service.)
  // (Or bracketed after them, 「绩效工资表(2月)」, 「XX公司绩效工资表(2月份)」: no month, February's paid for March without a word.)
  const before = days.matchAll(/(?<![\d.年])(1[0-2]|0?[1-9])\s*月\s*份?\s*(?=绩效|工资|薪|奖金|考核)/g);
  const bracketed = days.matchAll(/[(\[【]\s*(1[0-2]|0?[1-9])\s*月\s*份?\s*[)\]】]/g);
  return [...new Set([...before, ...bracketed].map((m) => `${Number(m[1])}月`))];
}

/**
 * A pay file whose tabs or titles name another month than the form's (「2026年2月」 paying March; 「2月」 beside 2026-03 or
 * 「3月」): said — February's 基数 may not be March's. A month without its year matches any year's of its number.
 */
export function payMonthProblem(payFile: string, payMonths: readonly string[] | undefined, period: string | null | undefined): Problem | null {
  if (!period || !payMonths?.length) return null;
  const form = formMonthOf(period);
  if (!form) return null;
  if (payMonths.some((m) => sameMonth(m, form))) return null;
  return problem('pay-month', { payFile: path.basename(payFile), months: [...payMonths], month: form.shown }, { file: payFile }, { severity: 'warning' });
}

/** The form's month (「2026-03」, or 「3月」 without its year), as compared with a pay file's. */
function formMonthOf(period: string | null | undefined): { year?: number; month: number; shown: string } | undefined {
  if (!period) return undefined;
  const full = parseMonth(period);
  const form = full ? { year: Number(full.slice(0, 4)), month: Number(full.slice(5)) } : monthNumberOf(period);
  return form ? { ...form, shown: full ?? period.trim() } : undefined;
}

/** A pay file's month (「2026-02」 or 「2月」) is the form's: a month without its year matches any year's of its number. */
function sameMonth(m: string, form: { year?: number; month: number }): boolean {
  const pay = payMonthOf(m);
  return pay.month === form.month && (pay.year === undefined || form.year === undefined || pay.year === form.year);
}

/** A pay file's month as numbers (monthNumberOf: 「2026-02」 → 2026, 2; 「2月」 → 2 with no year); none matches nothing. */
function payMonthOf(m: string): { year?: number; month: number } {
  return monthNumberOf(m) ?? { month: NaN };
}

/**
 * Sheets of several months (「3月工资」 titled 2026年3月 beside 「上月工资」 titled 2026年2月, or tabs 「2026年3月」 and
 * 「2026年2月」): the form's month's are read, with those naming no month; the others are set aside and said — 孙七, on
 * February's sheet only, was paid from it (6000 × 1.0 = 6000.00) at exit 0. No sheet of the form's month, or the form's
 * month unknown: which month's amounts is not for kpi to guess (pay-sheets, as before).
 */
function sheetsOfMonth(payFile: string, pay: { table: PayTable; problems: Problem[] }, period: string | null | undefined): { ok: true; pay: { table: PayTable; problems: Problem[] }; said: Problem[] } | { ok: false; failure: Problem } {
  const sheets = pay.table.monthSheets;
  if (!sheets) return { ok: true, pay, said: [] };
  const form = formMonthOf(period);
  // (Said as what it is: one ledger sheet's rows by its 月份 column, none of the form's month — it was 「有 12 张按月份命名的
  // 工资表…请把本月的一张另存为」 of a file of one sheet; and with --period to give when the form's month is unknown.)
  const ledgers = new Set(sheets.sheets.map((s) => s.ledger ?? ''));
  const ledger = ledgers.size === 1 ? [...ledgers][0] || undefined : undefined;
  const months = [...new Set(sheets.sheets.flatMap((s) => s.months))].sort();
  const said = form ? { month: form.shown, ...(months.length ? { months } : {}) } : { unknown: true, ...(ledger ? { months } : {}) };
  const refused = { ok: false, failure: problem('pay-sheets', { payFile: path.basename(payFile), sheets: sheets.sheets.map((s) => s.name), ...said, ...(ledger ? { ledger } : {}) }, { file: payFile }) } as const;
  // The form's month unknown, sheets of two months are refused (which to pay is not for kpi to guess): the tabs alone let
  // 「2026年3月工资表」 beside 「2026年2月工资表」 (Sheet1, Sheet2) through, 孙七 paid 6000 from February's at exit 0. A span
  // (「汇总」 titled 「2026年1-3月…」) or a month paid out or joined in names no month apart (all five paid, exit 0).
  // (Rows of no appraisal month beside a pay month not it — readPayFile's unmonthed — are of no month the form can be:
  // never read, a ledger of no row of the form's month refused, not paid by its pay month.)
  if (!form) return monthsApart(sheets.sheets.map((s) => s.months)) || sheets.sheets.some((s) => s.unmonthed) ? refused : { ok: true, pay, said: [] };
  const keep = sheets.sheets.map((s) => (!s.months.length && !s.summary && !s.unmonthed) || s.months.some((m) => sameMonth(m, form)));
  if (!sheets.sheets.some((s, i) => keep[i] && s.months.length)) return refused;
  if (keep.every(Boolean)) return { ok: true, pay, said: [] };
  const chosen = sheets.read(keep);
  // (A sheet of sums, 「全年汇总」, set aside as of its title's words: 「2026年度工资汇总」.)
  const apart = sheets.sheets.filter((s, i) => !keep[i] && !s.unmonthed).map((s) => (s.summary && !s.months.length ? { ...s, months: [s.summary] } : s));
  const unmonthed = sheets.sheets.flatMap((s) => (s.unmonthed ? [s.unmonthed] : []));
  // Each set-aside sheet read alone: a person of the form found only there is told so (pay-missing).
  chosen.table.setAside = { month: form.shown, sheets: apart.map((s) => ({ ...s, table: sheets.read(sheets.sheets.map((x) => x === s)).table })) };
  if (chosen.table.rowNumbered) chosen.table.rowNumbered.table.setAside = chosen.table.setAside;
  const used = sheets.sheets.filter((_, i) => keep[i]).map((s) => s.name);
  const note = problem('pay-sheets-month', { payFile: path.basename(payFile), month: form.shown, used, apart: apart.map((s) => ({ sheet: s.name, months: s.months, ...(s.summary ? { summary: true } : {}) })) }, { file: payFile });
  return { ok: true, pay: chosen, said: [...(apart.length ? [note] : []), ...unmonthed] };
}

/**
 * The pay file as the form's month reads it: a column noted with that month (「绩效基数(3月)」 on a March form) is
 * used for the plain one beside it, another month's is not (said either way); the month unknown, the two are read as
 * two 绩效基数 columns — a row where they differ is not paid.
 */
export function payForMonth(payFile: string, read: { table: PayTable; problems: Problem[] }, period: string | null | undefined): { ok: true; table: PayTable; problems: Problem[] } | { ok: false; failure: Problem } {
  // The form's month the 月份 of rows whose month is a lone heading's of another (2026-02 | 2026-03 over blank | 2026-03
  // rows, --period 2026-03), and no row read as of it: which month's amounts those are is not for kpi to guess — read as
  // February's, they were paid for March with a warning (张三 2800 × 0.7125 = 1995.00 from the heading's row at exit 0).
  const unclear = read.table.unclearHeading;
  const form = formMonthOf(period);
  if (unclear && form && unclear.payMonths.some((m) => sameMonth(m, form)) && !unclear.months.some((m) => sameMonth(m, form))) {
    const { sheet, cell, ...said } = unclear;
    return { ok: false, failure: problem('pay-sheets', { case: 'heading', payFile: path.basename(payFile), sheet, ...said, formMonth: form.shown }, { file: payFile, sheet: `[${path.basename(payFile)}]${sheet}`, cell }) };
  }
  const sheeted = sheetsOfMonth(payFile, read, period);
  if (!sheeted.ok) return sheeted;
  const { pay, said } = sheeted;
  const noted = pay.table.monthNoted;
  if (!noted) return { ok: true, table: pay.table, problems: [...pay.problems, ...said] };
  const use = noted.columns.map((c) => (form ? sameMonth(c.month, form) : undefined));
  const chosen = use.every((u) => u === false) ? pay : noted.read(use);
  if (pay.table.setAside) chosen.table.setAside = pay.table.setAside;
  const notes = noted.columns.map((c, i) => {
    const fields = { payFile: path.basename(payFile), heading: c.heading, plain: c.plain, month: c.month };
    return use[i] === undefined
      ? problem('pay-month-column', { case: 'unknown', ...fields }, c.at, { severity: 'warning' })
      : problem('pay-month-column', { case: use[i] ? 'used' : 'other', ...fields, formMonth: form!.shown }, c.at);
  });
  return { ok: true, table: chosen.table, problems: [...chosen.problems, ...said, ...notes] };
}

/** The heading of a second table's 工号 / 姓名 between two columns of one amount on a heading row (its column letter). */
function sideBySide(grid: Grid, row: number, from: number, to: number): string | undefined {
  for (let c = from + 1; c < to; c++) if (WHO_HEADINGS.has(labelKey(grid.text(row, c)))) return columnLetters(c);
  return undefined;
}
const WHO_HEADINGS = new Set([...HEADINGS.id, ...HEADINGS.name].map(labelKey));
