// Excel/WPS workbooks (.xlsx, .xlsm): read with exceljs after sniff.ts has checked the zip and its XML.
import type ExcelJS from 'exceljs';
import { Workbook } from '../exceljsModules.js';
import { type Problem } from '../../model/problem.js';
import { problem } from '../../model/problems/index.js';
import { boundRangesInExcelJs, MAX_MERGED_CELLS, MAX_MERGED_TOTAL, RangeTooLargeError } from '../exceljsRanges.js';
import { GradedColumnsMoved, gradedPeriod, gradedSheets, stripGraded, type EditedColumn, type KpiSheetNote } from '../graded/ledger.js';
import { columnLetters, gridFromWorksheet } from '../grid.js';
import { METADATA_SHEET, readMetadata } from '../metadata.js';
import { shownName } from '../shownName.js';
import { walkOnlyPresentRows } from '../sparseRows.js';
import { fixUpParts, numberCellsAsText, PrefixedXmlError } from '../workbookFixups.js';
import { loadParts, PackageParts } from '../packageParts.js';
import type { InputFormat, LoadedInput, ReadOptions } from './format.js';
import { readFast, wantsFastPath } from '../fast/read.js';
import { Unsupported } from '../fast/readPackage.js';
import { DEFAULT_MAX_SIZE } from '../inputSize.js';
import type { Sniffed } from '../sniff.js';
import { INPUT_EXTENSIONS } from './names.js';
import { checkRowNumbers, SheetRowFault } from '../rowNumbers.js';
import { locateExcelJsErrors, ReconcileError, SheetBuildError, WorkbookReadError } from '../exceljsErrors.js';
import { missingSheetPart, sheetNamesByPart } from '../sheetParts.js';
import { firstLine } from '../../engine/text.js';
import { appendTo } from '../../model/groups.js';

boundRangesInExcelJs();
locateExcelJsErrors();

/**
 * Loads the checked package into `wb` from its parts, inflated by Node's zlib (packageParts.ts) — JSZip, which
 * exceljs would read it with, inflates in JavaScript — with what exceljs misreads repaired (workbookFixups.ts).
 */
async function loadPackage(wb: ExcelJS.Workbook, sniffed: Extract<Sniffed, { kind: 'xlsx' }>, maxSize: number): Promise<void> {
  const parts = PackageParts.ofZip(sniffed.buffer, sniffed.entries, maxSize, sniffed.parts);
  fixUpParts(parts, sniffed.marks);
  // A sheet listed without its part was read as an empty sheet («没有找到表头»): the file is damaged, say so.
  const lost = missingSheetPart(parts.text('xl/workbook.xml') ?? '', parts.text('xl/_rels/workbook.xml.rels'), (p) => parts.has(p));
  if (lost) throw new WorkbookReadError('文件里缺少这张表的部件', lost.part, lost.sheet);
  // exceljs reads the parts one at a time, each parsed before the next is asked for: an error while they are read
  // is the last one's.
  let reading: string | undefined;
  const sheetOf = (part: string) => sheetNamesByPart(parts.text('xl/workbook.xml') ?? '', parts.text('xl/_rels/workbook.xml.rels') ?? '').get(part);
  try {
    await loadParts(wb, parts, (name, xml) => {
      reading = name;
      if (!WORKSHEET_PART.test(name)) return;
      checkRowNumbers(name, xml);
      return numberCellsAsText(xml);
    });
  } catch (err) {
    if (err instanceof SheetRowFault) throw err.sheet === undefined ? new SheetRowFault(err.part, err.fault, err.row, sheetOf(err.part)) : err;
    if (err instanceof RangeTooLargeError) throw err;
    if (err instanceof SheetBuildError) {
      const part = [...sheetNamesByPart(parts.text('xl/workbook.xml') ?? '', parts.text('xl/_rels/workbook.xml.rels') ?? '')].find(([, n]) => n === err.sheet)?.[0];
      throw new WorkbookReadError(err.detail, part, err.sheet);
    }
    if (err instanceof ReconcileError || reading === undefined) throw new WorkbookReadError(err instanceof Error ? err.message : String(err));
    throw new WorkbookReadError(err instanceof Error ? err.message : String(err), reading, sheetOf(reading));
  }
}

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

export const xlsxFormat: InputFormat<'xlsx'> = {
  kind: 'xlsx',
  extensions: INPUT_EXTENSIONS.xlsx,
  async read(file, sniffed, options) {
    let fast: LoadedInput | null;
    try {
      fast = await readLargeRoster(sniffed, options);
    } catch (err) {
      if (err instanceof SheetRowFault) return { ok: false, failure: rowFaultProblem(file, err) };
      throw err;
    }
    if (fast) {
      sniffed.parts.clear();
      return { ok: true, input: fast };
    }
    const wb = new Workbook();
    try {
      await loadPackage(wb, sniffed, options.maxSize ?? DEFAULT_MAX_SIZE);
      sniffed.parts.clear(); // exceljs holds what it read; the inflated parts are not needed again
    } catch (err) {
      if (err instanceof SheetRowFault) return { ok: false, failure: rowFaultProblem(file, err) };
      if (err instanceof RangeTooLargeError) {
        const fields = { name: shownName(file), case: 'merge', sheet: err.sheet, range: err.range, cells: err.cells, limit: err.total ? MAX_MERGED_TOTAL : MAX_MERGED_CELLS, ...(err.total ? { total: true as const } : {}) } as const;
        return { ok: false, failure: problem('too-large', fields, { file, sheet: err.sheet }) };
      }
      return { ok: false, failure: unreadable(file, err) };
    }
    wb.worksheets.forEach(walkOnlyPresentRows);
    // A graded file corrected and graded again: undo what kpi added, so only what the user typed is read.
    const kpiSheets = gradedSheets(wb);
    const period = gradedPeriod(wb);
    let regraded: boolean;
    const edited: EditedColumn[] = [];
    const typedInKpiSheets: KpiSheetNote[] = [];
    // Read before kpi's own record is taken out: the form a CSV or a team's roster was graded by is marked there only.
    const metadata = readMetadata(wb);
    try {
      regraded = stripGraded(wb, edited, typedInKpiSheets);
    } catch (err) {
      if (!(err instanceof GradedColumnsMoved)) throw err;
      return { ok: false, failure: problem('file-unreadable', { name: shownName(file), case: 'graded-columns-moved', sheet: err.sheet, headings: err.headings, ...(err.cells ? { cells: true as const } : {}) }, { file, sheet: err.sheet }) };
    }
    // A hidden sheet is usually last month's data or a lookup table: graded only when asked (issue 9 item 3).
    const sheets = wb.worksheets.filter((ws) => ws.name !== METADATA_SHEET && ws.name !== '_lists');
    const hidden = (ws: ExcelJS.Worksheet) => ws.state === 'hidden' || ws.state === 'veryHidden';
    const grids = sheets.filter((ws) => options.includeHidden || !hidden(ws)).map(gridFromWorksheet);
    const hiddenSheets = options.includeHidden ? [] : sheets.filter(hidden).map((ws) => ws.name);
    return {
      ok: true,
      input: {
        kind: 'xlsx',
        grids,
        workbook: wb,
        rows: null,
        metadata,
        hiddenSheets,
        package: sniffed.buffer,
        ...(regraded ? { regraded: { sheets: kpiSheets, ...(period ? { period } : {}) } } : {}),
        ...(edited.length || typedInKpiSheets.length ? { notes: [...editedNotes(file, edited), ...kpiSheetNotes(file, typedInKpiSheets)] } : {}),
      },
    };
  },
};

/** A large roster read without exceljs's model (src/io/fast); null when the fast reader is not taken or not sure. */
async function readLargeRoster(sniffed: Extract<Sniffed, { kind: 'xlsx' }>, options: ReadOptions): Promise<LoadedInput | null> {
  if (!options.writer || !wantsFastPath(sniffed.entries, options.writer)) return null;
  try {
    const fast = await readFast(sniffed.buffer, sniffed.entries, options.maxSize ?? DEFAULT_MAX_SIZE, options.includeHidden ?? false, sniffed.marks);
    return { kind: 'xlsx', grids: fast.grids, workbook: null, rows: null, metadata: fast.metadata, hiddenSheets: fast.hiddenSheets, package: sniffed.buffer, fast };
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

function rowFaultProblem(file: string, err: SheetRowFault): Problem {
  const sheet = err.sheet === undefined ? {} : { sheet: err.sheet };
  return problem('file-unreadable', { name: shownName(file), case: 'row-number', part: err.part, fault: err.fault, row: err.row, ...sheet }, { file, ...sheet });
}

function unreadable(file: string, err: unknown): Problem {
  const name = shownName(file);
  if (err instanceof PrefixedXmlError) return problem('file-unreadable', { name, case: 'prefixed-xml', part: err.part, tag: err.tag }, { file });
  const text = err instanceof Error ? err.message : String(err);
  if (/entity|DOCTYPE/i.test(text)) {
    return problem('xml-entities', { name }, { file });
  }
  const detail = firstLine(text).slice(0, 120);
  if (err instanceof WorkbookReadError && err.part !== undefined) {
    const sheet = err.sheet === undefined ? {} : { sheet: err.sheet };
    return problem('file-unreadable', { name, case: 'part-damaged', part: err.part, ...sheet, detail }, { file, ...sheet });
  }
  if (err instanceof WorkbookReadError && err.sheet !== undefined) {
    return problem('file-unreadable', { name, case: 'part-damaged', sheet: err.sheet, detail }, { file, sheet: err.sheet });
  }
  return problem('file-unreadable', { name, case: 'workbook', detail }, { file });
}

/** Notes typed in kpi's own sheets (汇总!J6 「李强需复核」) since the last grading: not in the new result, said. */
function kpiSheetNotes(file: string, notes: KpiSheetNote[]): Problem[] {
  return notes.map((n) =>
    problem('regraded-edits', { case: 'kpi-sheet', sheet: n.sheet, cells: n.cells.map((c) => `${c.address}「${c.text}」`), count: n.count }, { file, sheet: n.sheet, cell: n.cells[0]!.address }, { severity: 'warning' }),
  );
}

/** kpi's columns the user typed in since the last grading: rewritten with the new results, which is said per sheet. */
function editedNotes(file: string, edited: EditedColumn[]): Problem[] {
  const bySheet = new Map<string, EditedColumn[]>();
  for (const e of edited) appendTo(bySheet, e.sheet, e);
  return [...bySheet].map(([sheet, cols]) =>
    problem('regraded-edits', { sheet, headings: cols.map((c) => c.heading || columnLetters(c.column)) }, { file, sheet, cell: `${columnLetters(cols[0]!.column)}${cols[0]!.headingRow ?? 1}` }, { severity: 'warning' }),
  );
}
