import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import path from 'node:path';
import { type Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { gradedSheets, stripGraded } from './graded/ledger.js';
import { gridFromRows, gridFromWorksheet, type Grid } from './grid.js';
import { readHtmlTable } from './htmlTable.js';
import { readMetadata, METADATA_SHEET, type TemplateMetadata } from './metadata.js';
import { boundRangesInExcelJs, MAX_MERGED_CELLS, RangeTooLargeError } from './exceljsRanges.js';
import { DEFAULT_MAX_SIZE } from './inputSize.js';
import { sniffFile } from './sniff.js';
import { walkOnlyPresentRows } from './sparseRows.js';
import { shownName } from './shownName.js';
import { safeSheetName } from './template/style.js';
import { decodeText, detectDelimiter } from './textDecode.js';
import { fixUpWorkbook, needsFixups } from './workbookFixups.js';

export interface LoadedInput {
  kind: 'xlsx' | 'csv' | 'html';
  grids: Grid[];
  /** The workbook itself for .xlsx input, kept so the graded copy keeps everything the user wrote. */
  workbook: ExcelJS.Workbook | null;
  /** For text input: the rows as read, copied into the graded workbook. */
  rows: string[][] | null;
  metadata: Partial<TemplateMetadata> | null;
  /** Hidden sheets left out of `grids` (graded only with includeHidden). */
  hiddenSheets: string[];
  /** The .xlsx package as read, for what exceljs cannot carry over (charts, pivot tables). */
  package?: Buffer;
  /** A workbook kpi graded before: the sheets kpi had added (now removed, with all kpi's other changes). */
  regraded?: { sheets: string[] };
  encoding?: string;
  delimiter?: string;
}

boundRangesInExcelJs();

/** Reads any accepted input into grids, or says in one line why it cannot. */
export async function loadInput(
  file: string,
  options: { maxSize?: number; encoding?: string; includeHidden?: boolean },
): Promise<{ ok: true; input: LoadedInput } | { ok: false; failure: Problem }> {
  const sniffed = await sniffFile(file, { maxSize: options.maxSize ?? DEFAULT_MAX_SIZE, encoding: options.encoding });
  if (!sniffed.ok) return { ok: false, failure: sniffed.problem };
  const name = path.basename(file);
  if (sniffed.kind === 'xlsx') {
    const wb = new ExcelJS.Workbook();
    try {
      const names = sniffed.entries.map((e) => e.name);
      const buffer = needsFixups(names, sniffed.marks) ? await fixUpWorkbook(sniffed.buffer, sniffed.marks) : sniffed.buffer;
      await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch (err) {
      if (err instanceof RangeTooLargeError) {
        const fields = { name: shownName(file), case: 'merge', sheet: err.sheet, range: err.range, cells: err.cells, limit: MAX_MERGED_CELLS } as const;
        return { ok: false, failure: problem('too-large', fields, { file, sheet: err.sheet }) };
      }
      return { ok: false, failure: unreadable(file, err) };
    }
    wb.worksheets.forEach(walkOnlyPresentRows);
    // A graded file corrected and graded again: undo what kpi added, so only what the user typed is read.
    const kpiSheets = gradedSheets(wb);
    const regraded = stripGraded(wb);
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
        metadata: readMetadata(wb),
        hiddenSheets,
        package: sniffed.buffer,
        ...(regraded ? { regraded: { sheets: kpiSheets } } : {}),
      },
    };
  }
  const decoded = decodeText(sniffed.buffer, options.encoding);
  if ('problem' in decoded) return { ok: false, failure: { ...decoded.problem, file } };
  const sheet = safeSheetName(name.replace(/\.[^.]+$/, ''), new Set());
  if (sniffed.kind === 'html') {
    // Spans filled like an .xlsx merged range reads, so two-row headings join as they do in a workbook.
    const rows = readHtmlTable(decoded.text, { fillSpans: true });
    if (!rows || rows.length === 0) {
      return { ok: false, failure: problem('file-kind', { name: shownName(file), kind: 'html-without-table' }, { file }) };
    }
    return { ok: true, input: { kind: 'html', grids: [gridFromRows(sheet, rows)], workbook: null, rows, metadata: null, hiddenSheets: [], encoding: decoded.encoding } };
  }
  const delimiter = detectDelimiter(decoded.text);
  const parsed = Papa.parse<string[]>(decoded.text, { delimiter, skipEmptyLines: false, dynamicTyping: false });
  const rows = parsed.data.filter((r) => Array.isArray(r));
  return { ok: true, input: { kind: 'csv', grids: [gridFromRows(sheet, rows)], workbook: null, rows, metadata: null, hiddenSheets: [], encoding: decoded.encoding, delimiter } };
}

function unreadable(file: string, err: unknown): Problem {
  const name = shownName(file);
  const text = err instanceof Error ? err.message : String(err);
  if (/entity|DOCTYPE/i.test(text)) {
    return problem('xml-entities', { name }, { file });
  }
  return problem('file-unreadable', { name, case: 'workbook', detail: text.split('\n')[0]!.slice(0, 120) }, { file });
}
