import type ExcelJS from 'exceljs';
import type { ItemResult, PersonResult } from '../../model/result.js';
import { summarizeTotals } from '../../engine/stats.js';
import { bandDataHeading } from '../../engine/scales.js';
import { round2 } from '../../model/round.js';
import type { Problem } from '../../model/problem.js';
import { safeSheetName } from '../excelText.js';
import type { ChartPlan } from './charts.js';
import { bandColour, bandFill, boxBorder, headingStyle, heightFor, linesIn, setPrint, widthFor, font } from './look.js';
import { columnLetters } from '../grid.js';
import { LINKED_COLUMN, problemFill, problemLink, problemRow, PROBLEM_HEADINGS, type ProblemRow } from './problemsSheet.js';
import { EXCEL_MAX_ROWS, NOT_SCORED } from './results.js';
import { problem } from '../../model/problems/index.js';
import { buildStatistics } from './statistics.js';

type Cell = string | number | null | ExcelJS.CellHyperlinkValue;

export interface SummaryInput {
  formTitle: string;
  /** 考核月份 as typed in the forms, or given with --period; null when neither says. */
  period: string | null;
  /** What the title calls `period` (面试日期 for a day the forms give); 考核月份 when absent. */
  periodLabel?: string;
  /** The input file's name as the user knows it. */
  inputName: string;
  gradedAt: Date;
  people: PersonResult[];
  /** Where each person was read from, in the order of `people`: the sheet and a cell of their row or sheet. */
  places: Array<{ sheet: string; cell: string }>;
  /** Count per band, best first, zeros included. */
  bands: Record<string, number>;
  problems: Problem[];
  /** The workbook's sheet names, when the sheets are written apart from it (the fast path's streaming writer). */
  sheets?: Set<string>;
  /** What one row scores when not a person (管理处, 团队): counted in 个, named under its own heading. */
  subject?: string;
}

/** A Workbook, or exceljs's streaming WorkbookWriter (the fast path): kpi's sheets need only addWorksheet. */
export interface SheetHost {
  addWorksheet(name: string, options?: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet;
  /**
   * Takes the rest of a sheet's rows to write them itself (the fast path renders 明细's 400,000 rows straight
   * into the package, past exceljs's row model); false or absent: they are written here.
   */
  deferRows?(sheet: string, rows: DeferredRows): boolean;
}

/** Rows of plain values (text, numbers, links within the workbook), written after the rows written already. */
export interface DeferredRows {
  /** The number of the first deferred row; the row above it was written here. */
  first: number;
  /** The style of each column's cells, unless a row gives its own. */
  styles: Array<Partial<ExcelJS.Style>>;
  /** Every style the rows use, the columns' included. */
  allStyles: Array<Partial<ExcelJS.Style>>;
  rows(): Iterable<PlainRow>;
}

export interface PlainRow {
  values: Array<string | number | null>;
  height?: number;
  /** Per cell, a style other than its column's. */
  styles?: Array<Partial<ExcelJS.Style> | undefined>;
  /** Per cell, where its link goes (「'考核表'!A2」): the value is then the link's text. */
  links?: Array<string | undefined>;
}

export const SUMMARY_SHEET = '汇总';
export const DETAIL_SHEET = '明细';
export const PROBLEM_SHEET = '问题';

/** Where kpi's sheets went, and what the summary's charts draw from (for the post-processing step). */
export interface SummarySheets {
  names: { summary: string; detail: string; problems: string };
  charts: ChartPlan;
}

/**
 * Adds 汇总 (first, and the sheet the workbook opens on), 明细 and 问题. Every text that came from a user's
 * cell is written as a string value, which Excel never evaluates, so a name like 「=HYPERLINK(…)」 stays text.
 */
export function addSummarySheets(wb: ExcelJS.Workbook, input: SummaryInput): SummarySheets {
  const names = kpiSheetNames(wb.worksheets.map((w) => w.name));
  const charts = writeKpiSheets(wb, input, names);
  openOn(wb, wb.getWorksheet(names.summary)!);
  return { names, charts };
}

/** Names for 汇总, 明细 and 问题 that no sheet of the workbook has. */
export function kpiSheetNames(existing: string[]): SummarySheets['names'] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  return { summary: safeSheetName(SUMMARY_SHEET, taken), detail: safeSheetName(DETAIL_SHEET, taken), problems: safeSheetName(PROBLEM_SHEET, taken) };
}

/**
 * Writes 汇总, 明细 and 问题 in that order. Each sheet gets its columns, views and page fit before its rows,
 * and each row is committed once written, so that exceljs's streaming writer can write them as they come.
 */
export function writeKpiSheets(host: SheetHost, input: SummaryInput, names: SummarySheets['names']): ChartPlan {
  // Views and page fit given when the sheet is made: a streaming writer writes them there.
  const opening = (views: Array<Partial<ExcelJS.WorksheetView>>) => ({ views: views as ExcelJS.WorksheetView[], pageSetup: { fitToPage: true } as ExcelJS.PageSetup });
  const summary = host.addWorksheet(names.summary, { properties: { tabColor: { argb: 'FF4472C4' } } as ExcelJS.WorksheetProperties, ...opening(SUMMARY_VIEWS) });
  const charts = writeSummary(summary, input, names.problems, host);
  writeDetail(host.addWorksheet(names.detail, opening(TABLE_VIEWS)), input.people, host, input.subject);
  writeProblems(host.addWorksheet(names.problems, opening(TABLE_VIEWS)), input.problems, host);
  for (const name of Object.values(names)) commitSheet(host, name);
  return charts;
}

/** The streaming writer's sheets are finished here (an in-memory Workbook has nothing to finish). */
function commitSheet(host: SheetHost, name: string): void {
  if ('worksheets' in host) return; // an in-memory Workbook
  ((host as { getWorksheet?: (n: string) => unknown }).getWorksheet?.(name) as { commit?: () => void } | undefined)?.commit?.();
}

/** Views set in place: a streaming writer's views have no setter. */
function setViews(ws: ExcelJS.Worksheet, views: Array<Partial<ExcelJS.WorksheetView>>): void {
  ws.views.splice(0, ws.views.length, ...(views.map((v) => ({ ...v })) as ExcelJS.WorksheetView[]));
}

/** Fit to page before the first row: a streaming writer writes the sheet's properties with it. */
function fitBeforeRows(ws: ExcelJS.Worksheet): void {
  ws.pageSetup.fitToPage = true;
}

/** 汇总 first in the tab order, selected, and the active sheet when the file opens. */
export function openOn(wb: ExcelJS.Workbook, first: ExcelJS.Worksheet): void {
  // orderNo (the tab order) and tabSelected are in exceljs's model but not its typings.
  type Ordered = ExcelJS.Worksheet & { orderNo: number };
  const sheets = wb.worksheets as Ordered[];
  (first as Ordered).orderNo = Math.min(...sheets.map((w) => w.orderNo)) - 1;
  const select = (ws: ExcelJS.Worksheet, on: boolean) =>
    (ws.views = (ws.views?.length ? ws.views : [{}]).map((v) => ({ ...v, tabSelected: on }) as unknown as ExcelJS.WorksheetView));
  for (const ws of sheets) if (ws !== first) select(ws, false);
  select(first, true);
  const view = wb.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 8000, visibility: 'visible' };
  wb.views = [{ ...view, firstSheet: 0, activeTab: 0 } as ExcelJS.WorkbookView];
}

function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

// Rounded as every other figure is (59.995 → 60.00; toFixed alone gave 59.99 beside a 60.00 in the table).
const fmt2 = (x: number | null) => (x === null ? '—' : round2(x).toFixed(2));

/** The figures a manager reads first, in the order they are asked for. */
export function headline(people: PersonResult[], unit = '人'): string {
  const t = summarizeTotals(people);
  const scored = `已评分 ${t.scored}/${people.length} ${unit}`;
  if (t.scored === 0) return `${scored}(全部有错误,见「问题」表)`;
  const tail = t.notScored ? ` · ${t.notScored} ${unit}有错误未评分(见「问题」表)` : '';
  return `${scored} · ${t.of100 ? '百分制 ' : ''}平均 ${fmt2(t.mean)} · 中位数 ${fmt2(t.median)} · 最高 ${fmt2(t.max)} · 最低 ${fmt2(t.min)}${tail}`;
}

const TABLE_TOP = 5;
/** More people than fit a screen: 汇总 links from under its headline to the statistics below the ranking. */
const STATISTICS_LINK_AFTER = 50;
const SUMMARY_VIEWS: Array<Partial<ExcelJS.WorksheetView>> = [{ state: 'frozen', xSplit: 0, ySplit: TABLE_TOP, activeCell: `A${TABLE_TOP + 1}`, showGridLines: false }];
const TABLE_VIEWS: Array<Partial<ExcelJS.WorksheetView>> = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];

function writeSummary(ws: ExcelJS.Worksheet, input: SummaryInput, problemSheet: string, host: SheetHost): ChartPlan {
  const { people } = input;
  const order = Object.keys(input.bands);
  const partLabels = people[0] && people[0].parts.length > 1 ? people[0].parts.map((p) => p.label) : [];
  const showHundred = people.some((p) => p.total !== null && p.total100 !== null && Math.abs(p.total - p.total100) > 1e-9);
  const withDepartment = people.some((p) => p.department);
  const extra = summaryExtras(people);
  // A form of 管理处 or 团队 (no 工号): the rows are named under the subject's own heading.
  // A form whose people have no 工号 (§15 interviews) prints no empty 工号 column.
  const withId = people.some((p) => p.id);
  const header = ['排名', ...(withId ? ['工号'] : []), input.subject ?? '姓名', ...(withDepartment ? ['部门'] : []), ...partLabels, '总分', ...(showHundred ? ['百分制'] : []), '等级', ...extra.map((c) => c.head), '状态', '工作表'];
  const bandCol = header.indexOf('等级') + 1;

  ws.getRow(1).getCell(1).value = `${input.formTitle} · 考核结果汇总`;
  ws.getRow(1).getCell(1).font = font({ bold: true, size: 16 });
  ws.getRow(1).height = 26;
  ws.getRow(2).getCell(1).value = `${input.periodLabel ?? '考核月份'}:${input.period ?? '未填写'}  ·  文件:${input.inputName}  ·  评分时间:${formatTime(input.gradedAt)}`;
  ws.getRow(2).getCell(1).font = font({ color: { argb: 'FF595959' } });
  ws.getRow(3).getCell(1).value = headline(people, input.subject ? '个' : '人');
  ws.getRow(3).getCell(1).font = font({ bold: true });

  const sorted = people
    .map((p, i) => ({ p, place: input.places[i] ?? { sheet: '', cell: 'A1' } }))
    .sort((a, b) => (a.p.rank ?? Infinity) - (b.p.rank ?? Infinity));
  const cellsOf = ({ p, place }: { p: PersonResult; place: { sheet: string; cell: string } }): Cell[] => [
    p.rank ?? null,
    ...(withId ? [p.id] : []),
    p.name,
    ...(withDepartment ? [p.department] : []),
    ...(partLabels.length ? p.parts.map((x) => x.score) : []),
    p.total,
    ...(showHundred ? [p.total100] : []),
    p.band ?? NOT_SCORED,
    ...extra.map((c) => c.cell(p)),
    p.status === 'scored' ? '已评分' : '有错误,未评分',
    place.sheet && (input.sheets ? input.sheets.has(place.sheet) : ws.workbook.getWorksheet(place.sheet)) ? internalLink(place.sheet, place.cell, place.sheet) : place.sheet,
  ];
  const count = sorted.length;
  const last = TABLE_TOP + count;
  // Past a screenful of people the statistics are far below (row 5,008 for 5,000): a link to them under the headline,
  // written before the table (a streaming writer has committed row 4 once row 5 is out).
  if (count > STATISTICS_LINK_AFTER) {
    ws.getRow(4).getCell(1).value = internalLink(ws.name, `A${last + 2}`, `统计与图表见第 ${last + 2} 行(点击跳转)`);
    ws.getRow(4).getCell(1).font = font({ color: { argb: 'FF0563C1' }, underline: true });
  }
  const firstRows = sorted.slice(0, 500).map(cellsOf);
  const widths = header.map((h, i) => {
    const texts = [h, ...firstRows.map((r) => plain(r[i]))];
    if (h === '排名') return 6;
    if (h === '总分' || h === '百分制' || partLabels.includes(h)) return widthFor([h, '100.00'], 9, 14);
    return widthFor(texts, 8, 30);
  });
  ws.columns = widths.map((width) => ({ width }));
  setViews(ws, SUMMARY_VIEWS);
  fitBeforeRows(ws);
  const headRow = ws.getRow(TABLE_TOP);
  header.forEach((h, i) => {
    const c = headRow.getCell(i + 1);
    c.value = h;
    c.style = headingStyle();
  });
  // A part's name wider than its column (「价值观/责任心/归属感」) wraps: its row grows to show it, as LibreOffice and a
  // printout do not grow it themselves (it printed cut).
  const headingLines = Math.max(...header.map((h, i) => linesIn(h, widths[i]!)));
  if (headingLines > 1) headRow.height = heightFor(headingLines, 3);
  // Cells of a kind share one style object (exceljs caches styles by object): fast for thousands of rows.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (key: string, make: () => Partial<ExcelJS.Style>) => {
    let style = styles.get(key);
    if (!style) styles.set(key, (style = { border: boxBorder(), ...make() }));
    return style;
  };
  // Each row made as it is written: 50,000 rows held at once were 20 MB at a large roster's peak.
  const tableRow = (k: number): Required<Omit<PlainRow, 'height'>> => {
    const person = sorted[k]!.p;
    const values = cellsOf(sorted[k]!);
    const out = { values: new Array(values.length), styles: new Array(values.length), links: new Array(values.length) } as Required<Omit<PlainRow, 'height'>>;
    values.forEach((v, i) => {
      const h = header[i]!;
      let value = v;
      let style: Partial<ExcelJS.Style>;
      if (h === '排名') style = styleOf('rank', () => ({ numFmt: '0', alignment: { horizontal: 'center' } }));
      else if (h === '工号') style = styleOf('id', () => ({ numFmt: '@', alignment: { horizontal: 'left' } }));
      else if (h === '总分') style = styleOf('total', () => ({ numFmt: '0.00', font: font({ bold: true }) }));
      else if (h === '等级') {
        style = styleOf(`band:${person.band}`, () => ({ fill: bandFill(person.band, order), alignment: { horizontal: 'center' }, font: font({ bold: true }) }));
      } else if (h === '状态' && person.status !== 'scored') {
        value = internalLink(problemSheet, 'A1', '有错误,未评分');
        style = styleOf('error', () => ({ font: font({ color: { argb: 'FFC00000' }, underline: true }) }));
      } else if (h === '工作表' && v && typeof v === 'object') style = styleOf('link', () => ({ font: font({ color: { argb: 'FF0563C1' }, underline: true }) }));
      else if (typeof v === 'number') style = styleOf('number', () => ({ numFmt: '0.00' }));
      else style = styleOf('text', () => ({}));
      out.values[i] = value !== null && typeof value === 'object' ? value.text : value;
      out.links[i] = value !== null && typeof value === 'object' ? value.hyperlink : undefined;
      out.styles[i] = style;
    });
    return out;
  };
  const writeRow = (row: PlainRow, k: number) => {
    const line = ws.getRow(TABLE_TOP + 1 + k);
    row.values.forEach((v, i) => {
      const c = line.getCell(i + 1);
      const link = row.links?.[i];
      c.value = link !== undefined && typeof v === 'string' ? { text: v, hyperlink: link } : v;
      c.style = row.styles![i]!;
    });
    // The last row stays open: the page break below the table is set on the row after it.
    if (k < count - 1) line.commit();
  };
  // The first row is written here (its cells give the sheet its styles and links); the host may take the rest. The
  // host is told every style the rows use before they are made: one pass makes them, and keeps none of the rows.
  const first = count ? tableRow(0) : undefined;
  if (first) writeRow(first, 0);
  const deferrable = count > 1 && !!first?.links?.some((l) => l !== undefined) && !!host.deferRows;
  if (deferrable) for (let k = 1; k < count; k++) tableRow(k);
  const deferred = deferrable && !!host.deferRows?.(ws.name, { first: TABLE_TOP + 2, styles: [], allStyles: [...styles.values()], rows: function* () {
    for (let k = 1; k < count; k++) yield tableRow(k);
  } });
  if (!deferred) for (let k = 1; k < count; k++) writeRow(tableRow(k), k);
  if (count) ws.autoFilter = { from: { row: TABLE_TOP, column: 1 }, to: { row: last, column: header.length } };

  // The statistics and charts print on a page of their own, not cut across two.
  const statsTop = last + 2;
  if (count > 3) ws.getRow(statsTop - 1).addPageBreak();
  const charts = buildStatistics(ws, { top: statsTop, people, bands: input.bands, order, widths, bandColumn: bandCol, withDepartment });
  const width = widths.reduce((s, w) => s + w, 0);
  // Headings repeat once the table runs over a page (they would otherwise also top the statistics page).
  setPrint(ws, {
    width: Math.max(width, charts.width),
    area: `A1:${columnLetters(Math.max(header.length, charts.lastColumn))}${charts.lastRow}`,
    ...(count > 25 ? { titleRows: [TABLE_TOP, TABLE_TOP] as [number, number] } : {}),
  });
  return charts.plan;
}

/** Band data (K), further grades (建议 …) and pay (绩效奖金, 工资总额) where the form or --pay gives them. */
function summaryExtras(people: PersonResult[]): Array<{ head: string; cell: (p: PersonResult) => Cell }> {
  const cols: Array<{ head: string; cell: (p: PersonResult) => Cell }> = [];
  for (const k of [...new Set(people.flatMap((p) => Object.keys(p.bandData ?? {})))]) cols.push({ head: bandDataHeading(k), cell: (p) => p.bandData?.[k] ?? null });
  for (const label of [...new Set(people.flatMap((p) => (p.grades ?? []).map((g) => g.label)))]) {
    cols.push({ head: label, cell: (p) => p.grades?.find((g) => g.label === label)?.value ?? null });
    if (people.some((p) => p.grades?.some((g) => g.label === label && g.typed !== undefined && g.typed !== g.computed))) {
      cols.push({ head: `${label}(按分数)`, cell: (p) => p.grades?.find((g) => g.label === label)?.computed ?? null });
    }
  }
  if (people.some((p) => p.pay)) {
    cols.push({ head: '绩效基数', cell: (p) => p.pay?.base ?? null });
    cols.push({ head: '基本工资', cell: (p) => p.pay?.basicSalary ?? null });
    cols.push({ head: '绩效奖金', cell: (p) => p.pay?.bonus ?? null });
    cols.push({ head: '工资总额', cell: (p) => p.pay?.gross ?? null });
  }
  return cols;
}

function plain(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.text;
  return String(v);
}

/** A link to a cell of this workbook. Sheet names are quoted, so spaces and CJK are safe. */
export function internalLink(sheet: string, cell: string, text: string): ExcelJS.CellHyperlinkValue | string {
  // exceljs writes a link as internal only when the target is 「name!A1」 with no other '!'.
  if (sheet.includes('!')) return text;
  return { text, hyperlink: `'${sheet.replace(/'/g, "''")}'!${cell}` };
}

const DETAIL_EXPLANATION_WIDTH = 60;

// One style object per column, shared by all its cells: exceljs caches a style by its object, so a sheet of
// tens of thousands of rows is written without hashing each cell's style. Never changed after assignment.
const DETAIL_STYLES: Array<Partial<ExcelJS.Style>> = [
  { numFmt: '@', border: boxBorder(), alignment: { vertical: 'top' } },
  { border: boxBorder(), alignment: { vertical: 'top' } },
  // A long item name (「当天质量(数据与实物)准确率≥99%」) wraps rather than being cut at its column's edge.
  { border: boxBorder(), alignment: { vertical: 'top', wrapText: true } },
  { numFmt: '0.00', border: boxBorder(), alignment: { vertical: 'top' } },
  // Centred, apart from 说明's text; General, as Excel shows 「0.##」 of 15 as 「15.」.
  { border: boxBorder(), alignment: { vertical: 'top', horizontal: 'center' } },
  { border: boxBorder(), alignment: { vertical: 'top', wrapText: true } },
];

/** 明细's item column is at most this wide: a longer name wraps onto the lines its row is given. */
const DETAIL_ITEM_WIDTH = 24;

/** One row of 明细: a person's item, its score (or 未评分) and explanation, taller when the explanation wraps. */
export function detailRow(p: PersonResult, item: DetailLine, explanationLines = linesIn(item.explanation, DETAIL_EXPLANATION_WIDTH), labelLines = linesIn(item.label, DETAIL_ITEM_WIDTH)): PlainRow {
  const lines = Math.max(explanationLines, labelLines);
  const values = [p.id, p.name, item.label, item.score ?? '未评分', item.max, item.explanation];
  return lines > 1 ? { values, height: heightFor(lines) } : { values };
}

/** Rows 明细 can hold under its heading: Excel's last row is 1,048,576 (what is left out is said: detailTruncated). */
export const DETAIL_MAX_ROWS = EXCEL_MAX_ROWS - 1;

/** The 明细 rows a report would need beyond what a sheet holds, said as a warning; null when they fit. */
export function detailTruncated(people: readonly PersonResult[]): Problem | null {
  const rows = detailRowCount(people);
  return rows > DETAIL_MAX_ROWS ? problem('detail-truncated', { rows, shown: DETAIL_MAX_ROWS }) : null;
}

/** A person's rows in 明细: one an item, and one for 绩效奖金 where --pay gave it (its arithmetic was nowhere). */
function detailRowCount(people: readonly PersonResult[]): number {
  return people.reduce((n, p) => n + p.items.length + (p.pay ? 1 : 0), 0);
}

/** A line of 明细: an item, or 绩效奖金 (no 满分). */
type DetailLine = Pick<ItemResult, 'label' | 'score' | 'explanation'> & { max: number | null };

/** 绩效奖金 as a line of 明细: the amount where the score goes, the pay rule's arithmetic as its explanation. */
function payLine(p: PersonResult): DetailLine | null {
  return p.pay ? { label: '绩效奖金', score: p.pay.bonus, max: null, explanation: p.pay.explanation } : null;
}

function* detailRows(people: PersonResult[], skip: number): Generator<PlainRow> {
  // Most explanations repeat (「无扣分 → 20」): each one's lines measured once, not 400,000 times.
  const linesOf = new Map<string, number>();
  let left = DETAIL_MAX_ROWS - skip;
  for (const p of people) {
    const pay = payLine(p);
    for (const item of pay ? [...p.items, pay] : p.items) {
      if (skip > 0) {
        skip--;
        continue;
      }
      if (left-- <= 0) return;
      let lines = linesOf.get(item.explanation);
      if (lines === undefined) linesOf.set(item.explanation, (lines = linesIn(item.explanation, DETAIL_EXPLANATION_WIDTH)));
      let labelLines = linesOf.get(item.label);
      if (labelLines === undefined) linesOf.set(item.label, (labelLines = linesIn(item.label, DETAIL_ITEM_WIDTH)));
      yield detailRow(p, item, lines, labelLines);
    }
  }
}

function writeDetail(ws: ExcelJS.Worksheet, people: PersonResult[], host: SheetHost, subject?: string): void {
  // A form of 管理处 or 团队 names its rows under the subject's own heading, as 汇总 does.
  // A subject called 项目 (§20: the project inspected) leaves 项目 to it: the items are then 考核项.
  const header = ['工号', subject ?? '姓名', subject === '项目' ? '考核项' : '项目', '得分', '满分', '说明'];
  // Widths from the first rows, set before any row is written.
  const texts: string[][] = header.map((h) => [h]);
  let sampled = 2;
  for (const p of people) {
    for (const item of p.items) {
      if (sampled++ >= 499) break;
      [p.id, p.name, item.label, item.score, item.max, item.explanation].forEach((v, i) => texts[i]!.push(plain(v)));
    }
    if (sampled >= 499) break;
  }
  const widths = [widthFor(texts[0]!, 8, 14), widthFor(texts[1]!, 8, 14), widthFor(texts[2]!, 10, DETAIL_ITEM_WIDTH), 9, 7, DETAIL_EXPLANATION_WIDTH];
  ws.columns = widths.map((width) => ({ width }));
  setViews(ws, TABLE_VIEWS);
  fitBeforeRows(ws);
  const head = ws.getRow(1);
  header.forEach((h, i) => {
    head.getCell(i + 1).value = h;
    head.getCell(i + 1).style = headingStyle();
  });
  head.commit();
  const count = Math.min(DETAIL_MAX_ROWS, detailRowCount(people));
  let r = 2;
  // The first row is written here, so that the sheet has its styles; the host may take the others.
  for (const row of detailRows(people, 0)) {
    const line = ws.getRow(r++);
    row.values.forEach((v, i) => {
      const c = line.getCell(i + 1);
      c.value = v;
      c.style = DETAIL_STYLES[i]!;
    });
    if (row.height !== undefined) line.height = row.height;
    line.commit();
    if (r === 3 && count > 1 && host.deferRows?.(ws.name, { first: 3, styles: DETAIL_STYLES, allStyles: DETAIL_STYLES, rows: () => detailRows(people, 1) })) {
      r = count + 2;
      break;
    }
  }
  if (r > 2) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: r - 1, column: header.length } };
  setPrint(ws, { width: widths.reduce((s, w) => s + w, 0), titleRows: [1, 1] });
}

export function writeProblems(ws: ExcelJS.Worksheet, problems: Problem[], host?: Pick<SheetHost, 'deferRows'>): void {
  // Rows made as they are written: 25,000 problems' rows held at once were 10 MB at a large roster's peak.
  const firstRows = problems.slice(0, 500).map(problemRow);
  const widths = PROBLEM_HEADINGS.map((h, i) => h.width ?? widthFor([h.label, ...firstRows.map((r) => plain(r.values[i]))], 6, h.max ?? 20));
  ws.columns = widths.map((width) => ({ width }));
  setViews(ws, TABLE_VIEWS);
  fitBeforeRows(ws);
  const head = ws.getRow(1);
  PROBLEM_HEADINGS.forEach((h, i) => {
    head.getCell(i + 1).value = h.label;
    head.getCell(i + 1).style = headingStyle();
  });
  head.commit();
  const styleOf = problemCellStyles();
  const cellStyles = (r: Pick<ProblemRow, 'fill' | 'linked'>) => PROBLEM_HEADINGS.map((_, i) => styleOf(i, i === 0 ? r.fill : null, r.linked === i + 1));
  const heightOf = (r: ProblemRow) => {
    const lines = Math.max(...PROBLEM_HEADINGS.map((h, i) => (h.wrap ? linesIn(plain(r.values[i]), widths[i]!) : 1)));
    return lines > 1 ? heightFor(lines) : undefined;
  };
  const writeRow = (r: ProblemRow, k: number) => {
    const row = ws.getRow(k + 2);
    const styles = cellStyles(r);
    r.values.forEach((v, i) => {
      const c = row.getCell(i + 1);
      c.value = v;
      c.style = styles[i]!;
    });
    const height = heightOf(r);
    if (height !== undefined) row.height = height;
    row.commit();
  };
  // The first row is written here (its cells give the sheet its styles and links); a host that renders rows itself
  // takes the rest (the fast path: 41,000 problems of a roster of 50,000 took 3 s through exceljs's row models).
  const first = firstRows[0] ?? null;
  if (first) writeRow(first, 0);
  const deferred = problems.length > 1 && !!first?.linked && !!host?.deferRows?.(ws.name, { first: 3, styles: [], allStyles: problemStyles(problems, cellStyles), rows: () => plainProblemRows(problems) });
  if (!deferred) for (let k = 1; k < problems.length; k++) writeRow(problemRow(problems[k]!), k);
  if (!problems.length) ws.getRow(2).getCell(1).value = '没有发现问题';
  if (problems.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: problems.length + 1, column: PROBLEM_HEADINGS.length } };
  setPrint(ws, { width: widths.reduce((s, w) => s + w, 0), titleRows: [1, 1] });

  function* plainProblemRows(list: Problem[]): Generator<PlainRow> {
    for (let k = 1; k < list.length; k++) {
      const r = problemRow(list[k]!);
      const links = r.values.map((v) => (typeof v === 'object' ? v.hyperlink : undefined));
      const values = r.values.map((v) => (typeof v === 'object' ? v.text : v));
      const height = heightOf(r);
      yield { values, styles: cellStyles(r), ...(links.some((l) => l !== undefined) ? { links } : {}), ...(height !== undefined ? { height } : {}) };
    }
  }
}

/** Every style 问题's rows use, in the order the rows first use them. */
function problemStyles(problems: Problem[], cellStyles: (r: Pick<ProblemRow, 'fill' | 'linked'>) => Array<Partial<ExcelJS.Style>>): Array<Partial<ExcelJS.Style>> {
  const styles = new Set<Partial<ExcelJS.Style>>();
  const seen = new Set<string>();
  for (const p of problems) {
    const r = { fill: problemFill(p), linked: problemLink(p) ? LINKED_COLUMN : null };
    const key = `${p.severity}|${r.linked}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const style of cellStyles(r)) styles.add(style);
  }
  return [...styles];
}

/**
 * The styles of 问题's cells, one object per column and variant: exceljs's writer knows a style object it has seen
 * (by identity) and renders every new one to find its index — 650 problems took 0.2 s of styles alone. Shared, so
 * never changed after it is assigned.
 */
function problemCellStyles(): (column: number, fill: ExcelJS.Fill | null, linked: boolean) => Partial<ExcelJS.Style> {
  const made = new Map<string, Partial<ExcelJS.Style>>();
  const fills = new Map<ExcelJS.Fill, number>();
  return (column, fill, linked) => {
    if (fill && !fills.has(fill)) fills.set(fill, fills.size);
    const key = `${column}|${fill ? fills.get(fill) : ''}|${linked ? 1 : 0}`;
    let style = made.get(key);
    if (!style) {
      style = { border: boxBorder(), alignment: { vertical: 'top', wrapText: PROBLEM_HEADINGS[column]!.wrap } };
      if (fill) style.fill = fill;
      if (linked) style.font = font({ color: { argb: 'FF0563C1' }, underline: true });
      made.set(key, style);
    }
    return style;
  };
}

export { bandColour };
