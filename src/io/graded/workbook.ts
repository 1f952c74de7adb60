import type ExcelJS from 'exceljs';
import { Workbook } from '../exceljsModules.js';
import { writeParts } from '../packageParts.js';
import path from 'node:path';
import { clipLongCells } from '../cellLimit.js';
import type { PersonResult } from '../../model/result.js';
import type { FormDef } from '../../model/definition.js';
import { VERSION } from '../../version.js';
import { METADATA_SHEET } from '../metadata.js';
import { repairSheets } from './sheetExtensions.js';
import { carryPackageExtras } from './packageExtras.js';
import type { LoadedInput } from '../formats/format.js';
import type { GradeReport } from '../outcome.js';
import type { PersonSource } from '../readPeople.js';
import { bareDayMonth, monthNumberOf, parseMonth } from '../../engine/period.js';
import { displayWidth } from '../../engine/text.js';
import { addSummaryCharts, type ChartPlan } from './charts.js';
import { GradedLedger } from './ledger.js';
import { makeLinksInternal } from './links.js';
import { headingStyle, heightFor, linesIn, pageNumbersRunOn, widthFor } from './look.js';
import { EXCEL_MAX_COLUMNS, markProblemCells, NoRoomError, writeResultsIntoSheets } from './results.js';
import { addSummarySheets, type SummaryInput } from './summarySheets.js';
import { appendTo } from '../../model/groups.js';
import { withoutConditionalFormats } from './conditionalFormats.js';

// The graded copy in three steps: results and marks into the user's sheets (each change recorded, so a
// re-grade can undo it), kpi's sheets added, then the package written and its charts added. The last step
// works on the written .xlsx, so a streaming writer can reuse addSummaryCharts and makeLinksInternal.

/** What 汇总, 明细 and 问题 show of a report. */
export function summaryInputOf(report: GradeReport, sources: PersonSource[], form: FormDef, gradedAt: Date): SummaryInput {
  return {
    formTitle: form.title,
    ...(report.period ? { period: report.period, ...periodHeading(form, report.period) } : daysSpanned(form, report.people)),
    inputName: path.basename(report.input),
    gradedAt,
    people: report.people,
    places: sources.map((s) => ({ sheet: s.sheet, cell: s.kind === 'roster' ? `A${s.row}` : 'A1' })),
    bands: report.bands,
    problems: report.problems,
    ...(report.subject ? { subject: report.subject } : {}),
  };
}

/** What the package step needs once exceljs has written the workbook. */
export interface PreparedWorkbook {
  charts: ChartPlan;
  /** kpi's sheets whose links point within the workbook. */
  linkSheets: string[];
  /** Sheets kpi added (汇总, 明细, 问题, and _kpi when the input had none). */
  addedSheets: string[];
  /** Columns kpi appended to the user's sheets. */
  columnSpans: ReadonlyArray<{ sheet: string; first: number; last: number }>;
}

/**
 * The graded copy in memory: results in the user's sheets, 汇总/明细/问题 first, kpi's record of what it
 * changed. Throws NoRoomError when a sheet has no room for the results.
 */
export function prepareGradedWorkbook(wb: ExcelJS.Workbook, report: GradeReport, sources: PersonSource[], form: FormDef, gradedAt: Date, noted?: number): PreparedWorkbook {
  const ledger = new GradedLedger();
  pageNumbersRunOn(wb);
  const order = Object.keys(report.bands);
  writeResultsIntoSheets(wb, form, report.people, sources, order, ledger);
  markProblemCells(wb, report.problems, ledger, noted);
  const added = addSummarySheets(wb, summaryInputOf(report, sources, form, gradedAt));
  for (const name of Object.values(added.names)) ledger.addedSheet(name);
  const newMetadata = !wb.getWorksheet(METADATA_SHEET);
  ledger.save(wb, VERSION, gradedAt, path.basename(report.input), report.period, { id: report.form, version: report.formVersion, ...(report.formDigest ? { digest: report.formDigest } : {}) });
  clipLongCells(wb);
  return {
    charts: added.charts,
    linkSheets: [added.names.summary, added.names.problems],
    addedSheets: [...Object.values(added.names), ...(newMetadata ? [METADATA_SHEET] : [])],
    columnSpans: ledger.columnSpans,
  };
}

/** Writes the workbook to `file` (a temporary name) with its charts and its links made internal. */
export async function writeGradedWorkbook(
  wb: ExcelJS.Workbook,
  prepared: Pick<PreparedWorkbook, 'charts' | 'linkSheets'>,
  file: string,
  source?: { package: Buffer; maxSize: number },
): Promise<void> {
  // The parts as exceljs renders them, edited, then deflated once by Node's zlib (packageParts.ts). The input's
  // conditional formats are put back from the input itself (conditionalFormats.ts).
  if (source) withoutConditionalFormats(wb);
  const parts = await writeParts(wb);
  await addSummaryCharts(parts, prepared.charts);
  await makeLinksInternal(parts, prepared.linkSheets);
  if (source) carryPackageExtras(parts, source.package, source.maxSize);
  await repairSheets(parts, source);
  await parts.writeTo(file);
}

/** 考核月份 as most forms of the file give it (the header field whose role is period). */
export function periodOf(form: FormDef, people: PersonResult[]): string | null {
  const field = form.header.find((f) => f.role === 'period');
  if (!field) return null;
  const counts = new Map<string, number>();
  for (const p of people) {
    const v = p.header[field.id]?.trim();
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  // A month typed as a date (2026-03-01 under 「2026年3月」, a date cell) where the field is a month (考核月份, not 面试日期):
  // the month (汇总's title read 「考核月份:2026-03-01」).
  // A month as typed (2026年3月) stays as typed.
  const day = best !== null && /^\d{4}\D+\d{1,2}\D+\d{1,2}|^\d{8}$/.test(best.normalize('NFKC').trim());
  if (best !== null && day && /月份|月度|期间/.test(field.label) && !/日期/.test(field.label)) return parseMonth(best) ?? best;
  // Days of one month (面试日期 2026-03-10, 03-12 …): the month they share, not one person's day as the file's.
  const months = new Set([...counts.keys()].map((v) => parseMonth(v) ?? v));
  if (counts.size > 1 && months.size === 1) return [...months][0]!;
  // Each person's own days over several months (probation ends on 3月20日 and 4月3日): no one of them is the file's.
  if (field.perPerson && months.size > 1) return null;
  return best;
}

/**
 * 汇总's title names the period 考核月份, unless it is one day the forms give (面试日期 2026-03-05, §27's 日期): then under
 * the form's own heading, never a day called a month.
 */
export function periodHeading(form: FormDef, period: string | null): { periodLabel?: string } {
  const field = form.header.find((f) => f.role === 'period');
  const day = period !== null && /^\d{4}\D+\d{1,2}\D+\d{1,2}|^\d{8}$/.test(period.normalize('NFKC').trim());
  return day && field ? { periodLabel: field.label } : {};
}

/**
 * Each person's own day over several months (probation ends on 2026-03-20 and 2026-04-03): 汇总 names the days they
 * span under the form's heading, not 「考核月份:未填写」 of a file whose every row is dated.
 */
export function daysSpanned(form: FormDef, people: readonly PersonResult[]): { period: string | null; periodLabel?: string } {
  const field = form.header.find((f) => f.role === 'period');
  if (!field?.perPerson) return { period: null };
  const days: string[] = [];
  for (const p of people) {
    const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/.exec((p.header[field.id] ?? '').normalize('NFKC').trim());
    if (m) days.push(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  }
  if (days.length < 2) return { period: null };
  days.sort();
  return { period: `${days[0]} 至 ${days[days.length - 1]}`, periodLabel: field.label };
}

/** The months the people's 考核月份 name (2026-03 and 2026年3月 as one), each with who gave it; [] or one when all agree. */
export function monthsOfRows(form: FormDef, people: PersonResult[]): Array<{ month: string; people: string[] }> {
  const field = form.header.find((f) => f.role === 'period');
  // (Each person's own day: no month of the file to differ from.)
  if (!field || field.perPerson) return [];
  const months = new Map<string, string[]>();
  for (const p of people) {
    const v = p.header[field.id]?.trim();
    const m = v ? rowMonth(v) : null;
    if (m) appendTo(months, m, p.name || p.id);
  }
  const fold = foldBareMonths([...months.keys()]);
  for (const [bare, to] of fold) {
    if (to === bare) continue;
    months.get(to)!.push(...months.get(bare)!);
    months.delete(bare);
  }
  return [...months].map(([month, who]) => ({ month, people: who }));
}

/** A header month as rows' months are compared: 2026-03 for 2026年3月5日, 「3月」 for 「3月28日」, else as typed. */
export function rowMonth(v: string): string {
  return parseMonth(v) ?? bareDayMonth(v) ?? v;
}

/**
 * Header months as compared (parseMonth's, or as typed): 「3月」 on one sheet beside 2026-03 on the others is that month
 * without its year (exit 1 for 「考核月份不一致」), when one year's is there; each other month is itself.
 */
export function foldBareMonths(months: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  months = [...new Set(months)];
  for (const m of months) {
    const n = /^\d{4}-/.test(m) ? undefined : monthNumberOf(m.trim());
    const full = n && !n.year ? months.filter((x) => /^\d{4}-\d{2}$/.test(x) && Number(x.slice(5)) === n.month) : [];
    out.set(m, full.length === 1 ? full[0]! : m);
  }
  return out;
}

/** How a CSV or HTML table is laid out as a sheet: its rows, column widths and heading row. */
export interface RowsSheet {
  name: string;
  rows: string[][];
  widths: number[];
  /** The heading row (styled, frozen) and its height, when the table has one. */
  header: { row: number; height: number; columns: number } | null;
}

/**
 * A CSV or HTML table becomes a sheet of text cells: the user's data kept as typed, never as formulas. kpi
 * made this sheet, so it also makes it readable: widths that fit the text, the heading row styled and frozen.
 */
export function rowsSheet(input: LoadedInput, headerRow: number | null): RowsSheet | NoRoomError {
  const name = input.grids[0]!.name;
  const rows: string[][] = [];
  // Empty cells at the end of a line are nothing typed; a line still wider than Excel's 16,384 columns
  // cannot be copied into a workbook, and that is said instead of failing inside exceljs.
  for (const [i, line] of (input.rows ?? []).entries()) {
    let width = line.length;
    while (width > 0 && (line[width - 1] ?? '') === '') width--;
    if (width > EXCEL_MAX_COLUMNS) {
      return new NoRoomError(name, `第 ${i + 1} 行有 ${width} 列,超过 Excel 的上限 ${EXCEL_MAX_COLUMNS} 列(XFD),评分结果无法写成 .xlsx。请删除多余的列后再评分,或用 --dry-run 只看结果`);
    }
    rows.push(width < line.length ? line.slice(0, width) : line);
  }
  const columns = Math.min(rows.reduce((m, r) => Math.max(m, r.length), 0), 2_000);
  const widths: number[] = [];
  for (let c = 0; c < columns; c++) {
    const texts = rows.slice(0, 300).map((r, i) => (i + 1 === headerRow ? '' : (r[c] ?? '')));
    const heading = headerRow ? (rows[headerRow - 1]?.[c] ?? '') : '';
    // Long headings wrap (two lines) rather than widen a column of short numbers.
    widths.push(Math.max(widthFor(texts, 6, 24), Math.min(14, Math.ceil(displayWidth(heading) / 2) + 2)));
  }
  let header: RowsSheet['header'] = null;
  if (headerRow) {
    let lines = 1;
    for (let c = 1; c <= columns; c++) lines = Math.max(lines, linesIn(rows[headerRow - 1]?.[c - 1] ?? '', widths[c - 1] ?? 9));
    header = { row: headerRow, height: heightFor(lines, 4), columns };
  }
  return { name, rows, widths, header };
}

/**
 * A CSV cell as the graded copy holds it: a plain number (50, -5, 92.5) as a number — as text, Excel marked every one
 * and SUM gave 0 — and everything else as typed: 001 keeps its zeros, 3,2 and 90% stay text; nothing typed is no cell.
 */
export function csvCell(text: string): string | number | null {
  if (text === '') return null;
  return /^-?(0|[1-9]\d{0,14})(\.\d{1,10})?$/.test(text) ? Number(text) : text;
}

/** The table as a workbook of one sheet (the exceljs path). */
export function workbookFromRows(input: LoadedInput, headerRow: number | null): ExcelJS.Workbook | NoRoomError {
  const sheet = rowsSheet(input, headerRow);
  if (sheet instanceof NoRoomError) return sheet;
  const wb = new Workbook();
  const ws = wb.addWorksheet(sheet.name);
  for (const row of sheet.rows) ws.addRow(row.map(csvCell));
  sheet.widths.forEach((width, c) => (ws.getColumn(c + 1).width = width));
  if (sheet.header) {
    for (let c = 1; c <= sheet.header.columns; c++) ws.getCell(sheet.header.row, c).style = headingStyle();
    ws.getRow(sheet.header.row).height = sheet.header.height;
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: sheet.header.row }];
  }
  return wb;
}

