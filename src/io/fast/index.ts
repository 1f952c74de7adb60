import type { FormDef } from '../../forms/types.js';
import { hintLastUsedColumn } from '../graded/ledger.js';
import { EXCEL_MAX_COLUMNS } from '../graded/results.js';
import { gradedWorkbookParts, prepareGradedWorkbook } from '../graded/workbook.js';
import { METADATA_SHEET } from '../metadata.js';
import type { GradeReport } from '../outcome.js';
import type { PersonSource } from '../readPeople.js';
import type { FastInput } from './read.js';
import { Unsupported } from './readPackage.js';
import { loadSkeleton, type SkeletonSheet } from './skeleton.js';
import { transplant } from './transplant.js';
import { parseRef } from './xml.js';

export { readFast, wantsFastPath, writerChoice, FAST_MIN_SHEET_BYTES, type FastInput, type WriterChoice } from './read.js';
export { Unsupported } from './readPackage.js';

// The fast path for large rosters (issue 10): read without exceljs's model, prepare the graded copy with
// the same code as the exceljs path on a skeleton of the input (skeleton.ts), and write it by moving
// kpi's parts into the input's package (transplant.ts). Only rosters: a form-layout workbook is many
// small sheets, which exceljs handles as fast.

/** Writes the graded workbook of a roster read by readFast to `file`; throws Unsupported or NoRoomError. */
export async function writeFastGraded(fast: FastInput, report: GradeReport, sources: PersonSource[], form: FormDef, gradedAt: Date, file: string): Promise<void> {
  if (!sources.length || sources.some((s) => s.kind !== 'roster')) throw new Unsupported('not a roster');
  const partOf = new Map(fast.pkg.sheets.map((s) => [s.name, s.part]));
  const sheets = new Map<string, SkeletonSheet & { marked: Set<string> }>();
  const sheetOf = (name: string) => {
    const part = partOf.get(name);
    if (!part) return null;
    let s = sheets.get(name);
    if (!s) sheets.set(name, (s = { part, through: 0, rows: new Set(), marked: new Set() }));
    return s;
  };
  for (const source of sources) {
    if (source.kind !== 'roster') continue;
    const s = sheetOf(source.sheet);
    if (!s) throw new Unsupported(`sheet ${source.sheet} not in the package`);
    s.through = Math.max(s.through, source.headerRow);
  }
  // As markProblemCells: the rows holding a marked cell are kept whole, so the mark copies the cell's style.
  for (const p of report.problems) {
    if (!p.sheet || !p.cell || p.severity === 'info' || !/^[A-Z]{1,3}\d{1,7}$/.test(p.cell)) continue;
    const s = sheetOf(p.sheet);
    const at = parseRef(p.cell);
    if (!s || !at) continue;
    s.rows.add(at[0]);
    s.marked.add(p.cell);
  }
  if (sheets.has(METADATA_SHEET)) throw new Unsupported('problems on _kpi');
  const wb = await loadSkeleton(fast.pkg, [...sheets.values()]);
  if (wb.worksheets.length !== fast.pkg.sheets.length) throw new Unsupported('sheets exceljs does not load');
  for (const name of sheets.keys()) {
    const ws = wb.getWorksheet(name);
    const last = fast.lastValueColumns.get(name);
    if (!ws || last === undefined) throw new Unsupported(`sheet ${name} not read`);
    // Near XFD the exceljs path looks for room within the rows used, which the skeleton does not hold.
    if (last + 256 > EXCEL_MAX_COLUMNS) throw new Unsupported('results near the last column');
    hintLastUsedColumn(ws, last);
  }
  const prepared = prepareGradedWorkbook(wb, report, sources, form, gradedAt);
  const kpi = await gradedWorkbookParts(wb, prepared);
  const edited = new Map<string, { first: number; last: number; marked: Set<string> }>();
  for (const [name, s] of sheets) {
    const span = prepared.columnSpans.find((x) => x.sheet === name);
    edited.set(name, { first: span?.first ?? Infinity, last: span?.last ?? -Infinity, marked: s.marked });
  }
  const added = [...prepared.addedSheets, ...(fast.hasMetadataSheet && !prepared.addedSheets.includes(METADATA_SHEET) ? [METADATA_SHEET] : [])];
  await transplant({ input: fast.pkg, kpi, edited, added }, file);
}
