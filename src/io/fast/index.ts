import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { FormDef } from '../../model/definition.js';
import { cellText } from '../grid.js';
import { GradedLedger, hintLastUsedColumn, metadataMarked } from '../graded/ledger.js';
import { anyFormulaOverKpi } from '../graded/staleFormulas.js';
import { EXCEL_MAX_COLUMNS, problemMarks, writeResultsIntoSheets, type ProblemMark } from '../graded/results.js';
import { FILL_ERROR } from '../template/style.js';
import { appendTo } from '../../model/groups.js';
import { pageNumbersRunOn } from '../graded/look.js';
import { kpiSheetNames } from '../graded/summarySheets.js';
import { summaryInputOf } from '../graded/workbook.js';
import { METADATA_SHEET } from '../metadata.js';
import type { GradeReport } from '../outcome.js';
import type { PersonSource } from '../readPeople.js';
import { VERSION } from '../../version.js';
import { writeKpiPackage } from './kpiSheets.js';
import type { FastInput } from './read.js';
import { readPart, Unsupported } from './readPackage.js';
import { parseRels, relsPathOf, resolve } from './rels.js';
import { boundMember, ResultStore, storedSheet } from './resultStore.js';
import { loadSkeleton, type SkeletonSheet } from './skeleton.js';
import { transplant, type Edited } from './transplant.js';
import { parseRef } from './xml.js';

export { readFast, wantsFastPath, writerChoice, FAST_MIN_SHEET_BYTES, type FastInput, type WriterChoice } from './read.js';
export { Unsupported } from './readPackage.js';

/** A sheet kpi writes into: its skeleton, the cells marked there, and the light marks' styles (row → column, style). */
type FastSheet = SkeletonSheet & { marked: Set<string>; lightStyles: Map<number, Array<[number, Partial<ExcelJS.Style>]>> };

// The fast path for large rosters (issue 10): read without exceljs's model (read.ts), prepare the graded
// copy with the same code as the exceljs path (src/io/graded) on a skeleton of the input (skeleton.ts),
// the roster's result cells kept compactly (resultStore.ts) and kpi's sheets streamed (kpiSheets.ts), and
// write it by moving kpi's parts into the input's own package (transplant.ts). Only rosters: a form-layout
// workbook is many small sheets, which exceljs handles as fast.


/** Writes the graded workbook of a roster read by readFast to `file`; throws Unsupported or NoRoomError. */
export async function writeFastGraded(fast: FastInput, report: GradeReport, sources: PersonSource[], form: FormDef, gradedAt: Date, file: string, noted?: number): Promise<void> {
  if (!sources.length || sources.some((s) => s.kind !== 'roster')) throw new Unsupported('not a roster');
  const partOf = new Map(fast.pkg.sheets.map((s) => [s.name, s.part]));
  const sheets = new Map<string, FastSheet>();
  const sheetOf = (name: string) => {
    const part = partOf.get(name);
    if (!part) return null;
    let s = sheets.get(name);
    if (!s) sheets.set(name, (s = { part, through: 0, rows: new Set(), cells: new Map(), marked: new Set(), lightStyles: new Map() }));
    return s;
  };
  for (const source of sources) {
    if (source.kind !== 'roster') continue;
    const s = sheetOf(source.sheet);
    if (!s) throw new Unsupported(`sheet ${source.sheet} not in the package`);
    s.through = Math.max(s.through, source.headerRow);
  }
  // The cells a problem marks are kept in the skeleton, so the mark copies the cell's style (only its style is taken
  // back: transplant.ts); their rows' result cells go to the store like any other row's. A mark without a note, in a
  // row the skeleton leaves out, is light (SkeletonSheet.light): one cell of each style is kept as the others' sample.
  const mergedTop = (sheet: string, address: string) => {
    const at = parseRef(address);
    const master = at ? fast.mergedInto(sheet, at[0], at[1])?.replace(/\$/g, '') : undefined;
    return master || address;
  };
  const marks = problemMarks(report.problems, (sheet) => partOf.has(sheet), mergedTop, noted);
  for (const m of marks) sheetOf(m.sheet);
  // The rows holding the team's notes are kept whole too: the sheet's notes are written back from the skeleton's
  // (exceljs writes a sheet's notes as one part), and a note on a row left out was lost.
  for (const s of sheets.values()) for (const row of notedRows(fast.pkg, s.part)) s.rows.add(row);
  for (const m of marks) {
    const s = sheetOf(m.sheet);
    const at = parseRef(m.address);
    if (!s || !at) continue;
    // Right of the last value are kpi's result cells, which a mark's style would meet: kept.
    const last = fast.lastValueColumns.get(m.sheet) ?? 0;
    if (!m.note && at[1] <= last && at[0] > s.through && !s.rows.has(at[0]) && !fast.rowMerged(m.sheet, at[0])) {
      let row = (s.light ??= new Map()).get(at[0]);
      if (!row) s.light.set(at[0], (row = new Map()));
      row.set(at[1], m.fill === FILL_ERROR ? 'error' : 'warning');
      continue;
    }
    s.marked.add(m.address);
    const columns = s.cells.get(at[0]);
    if (columns) columns.add(at[1]);
    else s.cells.set(at[0], new Set([at[1]]));
  }
  if (sheets.has(METADATA_SHEET)) throw new Unsupported('problems on _kpi');
  // The skeleton's exceljs model lives only while it is prepared and written (gradedSkeleton returns without it): kept
  // in this function's scope, it stayed alive through the transplant — 100 MB more at the peak of a roster of 50,000
  // with 15,000 marked rows.
  const { skeleton, sampleName, samples, stores, input, names, metadata, isNew, spans } = await gradedSkeleton(fast, report, sources, form, gradedAt, sheets, marks);
  // What only the marking needed is let go before kpi's sheets are written (the peak of a roster with 50,000 problems).
  marks.length = 0;
  for (const s of sheets.values()) {
    delete s.light;
    delete s.likeSample;
    delete s.samples;
  }
  const kpi = await writeKpiPackage(input, names, metadata);

  const edited = new Map<string, Edited>();
  for (const [name, s] of sheets) {
    const span = spans.find((x) => x.sheet === name);
    edited.set(name, { first: span?.first ?? Infinity, last: span?.last ?? -Infinity, marked: s.marked, light: s.lightStyles });
  }
  await transplant({ input: fast.pkg, skeleton, sampleSheet: sampleName, samples, stores, kpi, sharedTexts: repeatedTexts(report), names, metadataIsNew: isNew, edited }, file);
}

/**
 * The items' names and explanations that 明细 repeats, for its shared strings: a roster of 50,000 had 400,000
 * explanations of 5,550 texts, 15 MB of 明细's 120 MB of XML to make and deflate.
 */
function repeatedTexts(report: GradeReport): string[] {
  const seen = new Map<string, number>();
  for (const p of report.people) {
    for (const item of p.items) {
      seen.set(item.label, (seen.get(item.label) ?? 0) + 1);
      if (item.explanation) seen.set(item.explanation, (seen.get(item.explanation) ?? 0) + 1);
    }
  }
  const out: string[] = [];
  for (const [text, n] of seen) if (n > 1 && out.length < MAX_SHARED_TEXTS) out.push(text);
  return out;
}

/** Shared strings kpi adds at most (each is in the part Excel loads whole when it opens the workbook). */
const MAX_SHARED_TEXTS = 100_000;

/** The skeleton loaded, graded as prepareGradedWorkbook grades a workbook, and written (with what the transplant needs). */
async function gradedSkeleton(fast: FastInput, report: GradeReport, sources: PersonSource[], form: FormDef, gradedAt: Date, sheets: Map<string, FastSheet>, marks: ProblemMark[]) {
  const wb = await loadSkeleton(fast.pkg, [...sheets.values()], fast.marks);
  if (wb.worksheets.length !== fast.pkg.sheets.length) throw new Unsupported('sheets exceljs does not load');
  // A light mark's sample is marked in the skeleton, as the cells like it are in the transplant. Each sample: one
  // without a cell like it (the only cell of its style past the noted ones) was left unmarked.
  for (const s of sheets.values()) for (const sample of s.samples ?? []) s.marked.add(sample);

  // The result cells of the rows the skeleton left out go to the store; all else to the skeleton.
  const stores = new Map<string, ResultStore>();
  const views = new Map<string, ExcelJS.Worksheet>();
  for (const [name, s] of sheets) {
    const ws = wb.getWorksheet(name);
    const last = fast.lastValueColumns.get(name);
    if (!ws || last === undefined) throw new Unsupported(`sheet ${name} not read`);
    // Near XFD the exceljs path looks for room within the rows used, which the skeleton does not hold.
    if (last + 256 > EXCEL_MAX_COLUMNS) throw new Unsupported('results near the last column');
    const store = new ResultStore();
    stores.set(name, store);
    const view = storedSheet(ws, store, (r) => r <= s.through || s.rows.has(r));
    hintLastUsedColumn(view, last);
    views.set(name, view);
  }
  const getWorksheet = (n: string) => views.get(n) ?? wb.getWorksheet(n);
  const book = new Proxy(wb, {
    get(target, key) {
      return key === 'getWorksheet' ? getWorksheet : boundMember(target, key);
    },
  });

  // As prepareGradedWorkbook (src/io/graded/workbook.ts), step by step.
  const ledger = new GradedLedger();
  pageNumbersRunOn(wb);
  writeResultsIntoSheets(book, form, report.people, sources, Object.keys(report.bands), ledger);
  // The team's formulas over what kpi wrote (统计 =SUMIF(考核表!C:C,"一部",考核表!AF:AF), a 合计 row under the roster) keep
  // the results saved over the blanks: the ordinary path writes them without (staleFormulas.ts).
  if (anyFormulaOverKpi(wb, ledger.kpiCells(), fast.formulas)) throw new Unsupported("the team's formulas over kpi's cells");
  markCells(wb, marks, sheets, ledger);
  const names = kpiSheetNames(wb.worksheets.map((w) => w.name));
  const input = { ...summaryInputOf(report, sources, form, gradedAt), sheets: new Set(wb.worksheets.map((w) => w.name)) };
  for (const name of Object.values(names)) ledger.addedSheet(name);
  const meta = wb.getWorksheet(METADATA_SHEET);
  if (!meta) ledger.addedSheet(METADATA_SHEET);
  const metaRows = meta ? rowsOf(meta) : [];
  const metadata = {
    // Made once kpi's sheets are written: the record holds how wide each is (GradedLedger.sheetWidths).
    rows: (widthOf: (sheet: string) => number | undefined) => {
      ledger.sheetWidths(widthOf);
      return [...metaRows, ...ledger.recordRows(VERSION, gradedAt, path.basename(report.input), report.period, { id: report.form, version: report.formVersion, ...(report.formDigest ? { digest: report.formDigest } : {}) }, metadataMarked(meta))];
    },
    widths: meta ? (meta.columns ?? []).map((c) => (c.width === undefined ? undefined : c.width)) : [],
    isNew: !meta,
  };

  // As openOn (summarySheets.ts): no user sheet selected, the workbook opening on its first sheet (汇总).
  for (const ws of wb.worksheets) ws.views = (ws.views?.length ? ws.views : [{}]).map((v) => ({ ...v, tabSelected: false }) as unknown as ExcelJS.WorksheetView);
  const view = wb.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 8000, visibility: 'visible' };
  wb.views = [{ ...view, firstSheet: 0, activeTab: 0 } as ExcelJS.WorkbookView];

  // The styles of the stored cells, one sample cell each, rendered with the skeleton.
  const samples = [...new Set([...[...stores.values()].flatMap((st) => [...st.styles]), ...[...sheets.values()].flatMap((s) => [...s.lightStyles.values()].flatMap((row) => row.map(([, style]) => style)))])];
  let sampleName = '__kpi_styles__';
  while (wb.getWorksheet(sampleName)) sampleName += '_';
  const sampleSheet = wb.addWorksheet(sampleName);
  samples.forEach((style, i) => (sampleSheet.getCell(1, i + 1).style = style));
  const skeleton = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions));
  return { skeleton, sampleName, samples, stores, input, names, metadata, isNew: !meta, spans: ledger.columnSpans };
}

/**
 * The marks, in order, as markProblemCells makes them: a cell in the skeleton through the ledger; a light one as its
 * sample would be (the same style marked, the same record but for its address), its style kept for the transplant.
 */
function markCells(wb: ExcelJS.Workbook, marks: ProblemMark[], sheets: Map<string, FastSheet>, ledger: GradedLedger): void {
  // The samples' styles before any mark: a sample may come after a cell like it.
  const unmarked = new Map<string, Partial<ExcelJS.Style>>();
  for (const [name, s] of sheets) for (const sample of new Set(s.likeSample?.values())) unmarked.set(`${name}\u0000${sample}`, wb.getWorksheet(name)!.getCell(sample).style);
  const marked = new Map<string, Partial<ExcelJS.Style>>();
  const records = new Map<string, string>();
  for (const m of marks) {
    const s = sheets.get(m.sheet);
    const sample = s?.likeSample?.get(m.address);
    const at = parseRef(m.address);
    if (!s || sample === undefined || !at) {
      ledger.mark(wb.getWorksheet(m.sheet)!, m.address, m.fill, m.note);
      continue;
    }
    const key = `${m.sheet}\u0000${sample}`;
    const style = unmarked.get(key)!;
    let before = records.get(key);
    if (before === undefined) records.set(key, (before = GradedLedger.markedBefore(style.fill ?? null, m.fill)));
    ledger.markRecord(m.sheet, m.address, before);
    let styled = marked.get(key);
    if (!styled) marked.set(key, (styled = { ...style, fill: m.fill }));
    appendTo(s.lightStyles, at[0], [at[1], styled] as [number, Partial<ExcelJS.Style>]);
  }
}

/** The rows of a small sheet up to its last value, as values (what save appends below). */
function rowsOf(ws: ExcelJS.Worksheet): Array<Array<ExcelJS.CellValue>> {
  const out: Array<Array<ExcelJS.CellValue>> = [];
  let last = 0;
  ws.eachRow((row, n) => {
    const values = (row.values as unknown[]).slice(1);
    if (values.some((v) => v !== null && v !== undefined && v !== '')) last = n;
  });
  for (let r = 1; r <= last; r++) {
    const row = ws.getRow(r);
    const values: Array<ExcelJS.CellValue> = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      const v = cell.value;
      // Text, numbers and rich text as they are; anything else (a formula, a date) as its text.
      values.push(v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'string' || (typeof v === 'object' && 'richText' in v) ? v : cellText(cell));
    }
    out.push(values);
  }
  return out;
}

/** The rows of a sheet's cells that carry a note (its comments part: <comment ref="B2">). */
function notedRows(pkg: FastInput['pkg'], part: string): number[] {
  const comments = parseRels(readPart(pkg, relsPathOf(part))).find((r) => r.type.endsWith('/comments') && !r.external);
  const xml = comments ? readPart(pkg, resolve(part, comments.target)) : null;
  if (!xml) return [];
  return [...xml.matchAll(/<comment\b[^>]*?\bref="[A-Z]{1,3}(\d{1,7})"/g)].map((m) => Number(m[1]));
}
