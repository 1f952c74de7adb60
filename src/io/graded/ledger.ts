import type ExcelJS from 'exceljs';
import { METADATA_SHEET } from '../metadata.js';
import { parseRef } from '../fast/xml.js';
import { forgetResultsOverKpi, type KpiCells } from './staleFormulas.js';
import { cellAddress, cellText } from '../grid.js';
import { columnsShifted, copiedSheets, shiftedAddress, type WrittenCell } from './ledgerMoves.js';
import { columnHashes, columnSum, columnsApart, columnsKept, columnsNow, headingRowOf, headingsChanged, GradedColumnsMoved, markNow, noteOf, noteText, rowsNow, same, sameFill, valueHash, wroteText, type EditedColumn } from './ledgerFind.js';
import { DEFAULT_AUTHOR } from '../exceljsNoteAuthors.js';

export { GradedColumnsMoved, type EditedColumn } from './ledgerFind.js';

// A graded workbook records, in its hidden _kpi sheet, that kpi graded it and every change kpi made to the
// user's sheets: sheets and columns it added, cells it wrote (with what they held before), cells it marked
// (with their fill and note before), page set-ups it replaced. Grading that file again undoes exactly these,
// keeping whatever the user typed since, so the result equals grading the corrected original. The record,
// not sheet names like 「汇总」 that a user may also use, is what says a file is kpi's output.

export const GRADED_BY = 'graded-by';
export const GRADED_INPUT = 'graded-input';
/** The 考核月份 the graded workbook was titled with (--period when the forms gave none): a roll-up of it reads it. */
export const GRADED_PERIOD = 'graded-period';
const RECORD = 'kpi-added';
/** Cells of an added column kept one by one (as hashes) in the record: more rows keep only the column's sum. */
const HASHED_CELLS = 3000;

type Json = unknown;

interface CellBefore {
  v: Json;
  s: Json;
  n?: Json;
  /** The note's author (组长甲): put back with it. */
  a?: string;
  /** What kpi wrote, so a value the user typed over it is kept. */
  w: Json;
}

/** Who signed the cell's note, as read (exceljsNoteAuthors.ts); undefined for kpi's own or an unsigned one. */
function authorOf(cell: ExcelJS.Cell): string | undefined {
  const author = (cell as unknown as { _comment?: { kpiAuthor?: string } })._comment?.kpiAuthor;
  return author && author !== DEFAULT_AUTHOR ? author : undefined;
}

/** The cell's note, signed by `author` when it had one (a note put back kept its text but was signed 「Author」). */
function setNote(cell: ExcelJS.Cell, note: Json, author: string | undefined): void {
  cell.note = note as string;
  const held = (cell as unknown as { _comment?: { kpiAuthor?: string } })._comment;
  if (author && held) held.kpiAuthor = author;
}

function dropNote(cell: ExcelJS.Cell): void {
  // exceljs has no public way to remove a note: it lives in _comment, and a cell loaded from a file also
  // keeps the note it was read with in its value's model, which is what gets written.
  const inner = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  inner._comment = undefined;
  if (inner._value?.model) delete inner._value.model.comment;
}

export class GradedLedger {
  /** One row per change: kpi-added, kind, sheet, a, b, JSON of what was there before. */
  private records: Array<[string, string, string, string | number, string | number, string]> = [];
  private touched = new Set<string>();
  /** Where each user cell kpi wrote has its record. */
  private cellRecords = new Map<string, number>();
  private setups = new Set<string>();
  private added: Array<{ sheet: string; first: number; last: number }> = [];
  /**
   * Per sheet, each column kpi added: the first cell written in it (its heading: how re-grading finds it), a sum of what
   * was written (re-grading tells a column the user typed in since), and how many cells were filled (fewer now is rows
   * deleted or cells emptied, nothing of the team's). Kept by sheet and column number: a roster of 50,000 writes
   * 600,000 cells, and a string key per cell for three maps was a run's costliest line of bookkeeping.
   */
  private tallies = new Map<string, Map<number, { head: [number, string] | null; sum: number; count: number; hashes: number[] | null }>>();

  /** Columns kpi appended, per sheet (the fast path moves these cells into the input's package). */
  get columnSpans(): ReadonlyArray<{ sheet: string; first: number; last: number }> {
    return this.added;
  }

  addedSheet(name: string): void {
    this.records.push([RECORD, 'sheet', name, '', '', '']);
  }

  /** Columns kpi appended at the right of a sheet (removed whole on re-grading). */
  addedColumns(sheet: string, first: number, last: number): void {
    this.records.push([RECORD, 'columns', sheet, first, last, '']);
    this.added.push({ sheet, first, last });
    let columns = this.tallies.get(sheet);
    if (!columns) this.tallies.set(sheet, (columns = new Map()));
    for (let c = first; c <= last; c++) if (!columns.has(c)) columns.set(c, { head: null, sum: 0, count: 0, hashes: [] });
  }

  /** A 'columns' record with the headings its columns got (written into the record when saved). */
  private withHeads(record: (typeof this.records)[number]): (typeof this.records)[number] {
    const [tag, kind, sheet, first, last] = record;
    if (kind !== 'columns') return record;
    const heads: Array<[number, string] | null> = [];
    const sums: number[] = [];
    const counts: number[] = [];
    const columns = this.tallies.get(sheet);
    for (let c = Number(first); c <= Number(last); c++) {
      const t = columns?.get(c);
      heads.push(t?.head ?? null);
      sums.push(t?.sum ?? 0);
      counts.push(t?.count ?? 0);
    }
    return [tag, kind, sheet, first, last, JSON.stringify({ heads, sums, counts })];
  }

  /**
   * Each added column's cells one by one (their hashes, 7 base-36 digits each), on sheets of up to HASHED_CELLS rows:
   * a person's row deleted lowers every column's sum, and only these tell an edit beside it (a 总分 typed over).
   */
  private hashRecords(record: (typeof this.records)[number]): Array<(typeof this.records)[number]> {
    const [, kind, sheet, first, last] = record;
    if (kind !== 'columns') return [];
    const out: Array<(typeof this.records)[number]> = [];
    for (let c = Number(first); c <= Number(last); c++) {
      const hashes = this.tallies.get(sheet)?.get(c)?.hashes;
      if (hashes?.length) out.push([RECORD, 'hashes', sheet, first, c - Number(first), hashes.map((h) => h.toString(36).padStart(7, '0')).join('')]);
    }
    return out;
  }

  /** Cells in columns kpi added need no record of their own: re-grading empties those columns whole. */
  private inAddedColumn(sheet: string, col: number): boolean {
    return this.tallies.get(sheet)?.has(col) ?? false;
  }

  /** Rows kpi appended at the bottom of a sheet. */
  addedRows(sheet: string, first: number, last: number): void {
    this.records.push([RECORD, 'rows', sheet, first, last, '']);
  }

  /** Writes a value (and style) into a user's cell, remembering what it held. */
  write(ws: ExcelJS.Worksheet, row: number, col: number, value: ExcelJS.CellValue, style?: Partial<ExcelJS.Style>): void {
    const cell = ws.getCell(row, col);
    const added = this.tallies.get(ws.name)?.get(col);
    const key = added ? null : `${ws.name}\u0000${cell.address}`;
    if (added) {
      // Its heading (the first text written), and its sum: each cell of an added column is written once.
      if (!added.head && typeof value === 'string' && value) added.head = [row, value];
      const h = valueHash(value);
      added.sum = (added.sum + h) >>> 0;
      if (h !== 0) added.count++;
      if (h !== 0 && added.hashes) added.hashes = added.hashes.length < HASHED_CELLS ? (added.hashes.push(h), added.hashes) : null;
    }
    if (key !== null && !this.touched.has(key)) {
      this.touched.add(key);
      const before: CellBefore = { v: cell.value, s: cell.style, w: value };
      const note = noteOf(cell);
      if (note !== undefined) before.n = note;
      const author = authorOf(cell);
      if (author) before.a = author;
      this.cellRecords.set(key, this.records.length);
      this.records.push([RECORD, 'cell', ws.name, cell.address, '', JSON.stringify(before)]);
    } else if (key !== null) {
      // Written again: what it shows is the last value, which is what re-grading must recognise as kpi's.
      const record = this.records[this.cellRecords.get(key)!]!;
      record[5] = JSON.stringify({ ...(JSON.parse(record[5]) as CellBefore), w: value });
    }
    cell.value = value;
    // Cells loaded from a file share style objects: set a copy, or every cell of that style changes too.
    // A cell of a column kpi added has no style of the user's: it takes the shared one (exceljs caches
    // styles by object, which keeps a roster of thousands fast).
    if (style) cell.style = this.inAddedColumn(ws.name, col) ? style : { ...cell.style, ...style };
  }

  /** Fills a cell with a problem's colour and note; the value stays as the user typed it. */
  mark(ws: ExcelJS.Worksheet, address: string, fill: ExcelJS.Fill, note: string): void {
    const cell = ws.getCell(address);
    // The team's own note on the cell stays readable under kpi's (it was replaced, out of sight until the problem
    // was fixed); the next grading puts it back as it was, formatting included.
    const own = noteText(noteOf(cell) ?? null).trim();
    const author = authorOf(cell);
    // No note of kpi's (past MAX_PROBLEM_NOTES): the team's own stays as it was. Under kpi's, who wrote it is said.
    const written = !note ? '' : own ? `${note}\n\n(原批注${author ? `,${author}` : ''})${own}`.slice(0, 4000) : note;
    const before = { f: cell.style?.fill ?? null, n: noteOf(cell) ?? null, kf: fill, kn: written, ...(author ? { a: author } : {}) };
    this.records.push([RECORD, 'mark', ws.name, address, '', JSON.stringify(before)]);
    cell.style = { ...cell.style, fill };
    if (written) cell.note = written;
  }

  /**
   * The record mark() makes of a cell without a note of its own or of kpi's, for a cell the workbook does not hold (the
   * fast path's light marks): the fill it had and kpi's.
   */
  markRecord(sheet: string, address: string, before: string): void {
    this.records.push([RECORD, 'mark', sheet, address, '', before]);
  }

  /** What markRecord records of a cell that had `fill` and gets kpi's: one text for all such cells. */
  static markedBefore(fill: ExcelJS.Fill | null, kpiFill: ExcelJS.Fill): string {
    return JSON.stringify({ f: fill, n: null, kf: kpiFill, kn: '' });
  }

  /** Sets a row's height, remembering the height it had. */
  height(ws: ExcelJS.Worksheet, row: number, height: number): void {
    const key = `${ws.name}\u0000row${row}`;
    if (!this.touched.has(key)) {
      this.touched.add(key);
      this.records.push([RECORD, 'height', ws.name, row, '', JSON.stringify(ws.getRow(row).height ?? null)]);
    }
    ws.getRow(row).height = height;
  }

  /** Remembers a user sheet's page set-up and views before kpi changes them. */
  keepSetup(ws: ExcelJS.Worksheet): void {
    if (this.setups.has(ws.name)) return;
    this.setups.add(ws.name);
    const hf = ws.headerFooter;
    const before = { p: ws.pageSetup, f: hf && Object.values(hf).some((v) => v) ? hf : null, v: ws.views };
    this.records.push([RECORD, 'setup', ws.name, '', '', JSON.stringify(before)]);
  }

  /** The rows of the record, as save writes them below what _kpi held. */
  recordRows(version: string, gradedAt: Date, inputName?: string, period?: string, form?: { id: string; version: string; digest?: string }, marked = false): Array<Array<string | number>> {
    return [
      // Which form graded it, where no template's mark says so (a CSV, a team's own roster): graded again or rolled up,
      // the file was guessed from its headings as the built-in form — a team's own definition's bands were lost at exit 0.
      ...(form && !marked ? [['form', form.id], ['version', form.version]] : []),
      // And the digest of the definition --form gave, over a template's (the last 'definition' row is the one read): a
      // copy keeping the built-in's id, graded again without --form, was scored by the built-in without a word.
      ...(form?.digest ? [['definition', form.digest], ['graded-with', form.digest]] : []),
      [GRADED_BY, `kpi ${version}`],
      ['graded-at', gradedAt.toISOString()],
      // Which input this is the result of: kpi batch tells its own output from a stranger's without its manifest.
      ...(inputName ? [[GRADED_INPUT, inputName]] : []),
      ...(period ? [[GRADED_PERIOD, period]] : []),
      ['note', '以下记录 kpi 评分时添加或改动的内容,再次评分时据此还原;请勿修改'],
      ...this.records.flatMap((r) => [this.withHeads(r), ...this.hashRecords(r)]),
    ];
  }

  /**
   * How wide kpi wrote each sheet of its own — the columns it declares (汇总, 明细, 问题 write no cell past them, and
   * the fast path's streaming writer knows them too): what is typed right of that since is the team's, said on regrading.
   */
  sheetWidths(widthOf: (sheet: string) => number | undefined): void {
    for (const rec of this.records) {
      const width = rec[1] === 'sheet' && rec[2] !== METADATA_SHEET && rec[3] === '' ? widthOf(rec[2]) : undefined;
      if (width) rec[3] = width;
    }
  }

  /** What this grading wrote: kpi's sheets, its appended columns and the cells it filled in the team's sheets. */
  kpiCells(): KpiCells {
    const sheets = new Set<string>();
    const columns: Array<{ sheet: string; first: number; last: number }> = [];
    const cells = new Map<string, Array<[number, number]>>();
    for (const [, kind, sheet, a, b] of this.records) {
      if (kind === 'sheet') sheets.add(String(sheet));
      else if (kind === 'columns') columns.push({ sheet: String(sheet), first: Number(a), last: Number(b) });
      else if (kind === 'cell') {
        const ref = parseRef(String(a));
        if (ref) cells.set(String(sheet), [...(cells.get(String(sheet)) ?? []), ref]);
      }
    }
    return { sheets, columns, cells };
  }

  /** Writes the record into _kpi (made hidden, and recorded as kpi's own when kpi made it). */
  save(wb: ExcelJS.Workbook, version: string, gradedAt: Date, inputName?: string, period?: string, form?: { id: string; version: string; digest?: string }): void {
    let meta = wb.getWorksheet(METADATA_SHEET);
    if (!meta) {
      meta = wb.addWorksheet(METADATA_SHEET, { state: 'hidden' });
      this.addedSheet(METADATA_SHEET);
    }
    const marked = metadataMarked(meta);
    this.sheetWidths((name) => wb.getWorksheet(name)?.columns?.length);
    // A formula of the team's over a cell kpi fills now (统计 =张三!H15 over the total's cell, empty until graded) keeps
    // the result saved over the blank: 0 for every 总分 in LibreOffice and openpyxl. As on a regrade, such formulas lose
    // their saved result, and Excel is asked to calculate on opening.
    if (forgetResultsOverKpi(wb, this.kpiCells()) > 0) wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
    let r = lastRow(meta) + 1;
    for (const values of this.recordRows(version, gradedAt, inputName, period, form, marked)) {
      const row = meta.getRow(r++);
      values.forEach((v, i) => (row.getCell(i + 1).value = v));
    }
  }
}

/** The _kpi sheet names a form already (a template's mark, or an earlier grading's). */
export function metadataMarked(ws: ExcelJS.Worksheet | undefined): boolean {
  let found = false;
  ws?.eachRow((row) => {
    if (cellText(row.getCell(1)) === 'form' && cellText(row.getCell(2))) found = true;
  });
  return found;
}

function lastRow(ws: ExcelJS.Worksheet): number {
  let last = 0;
  ws.eachRow((row, n) => {
    if (row.values && (row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== '')) last = n;
  });
  return last;
}

/** The first row of kpi's grading record in _kpi, or 0 when the workbook was not graded by kpi. */
function gradedRow(wb: ExcelJS.Workbook): number {
  const meta = wb.getWorksheet(METADATA_SHEET);
  if (!meta) return 0;
  let found = 0;
  meta.eachRow((row, n) => {
    if (!found && cellText(row.getCell(1)) === GRADED_BY && /^kpi\b/.test(cellText(row.getCell(2)))) found = n;
  });
  return found;
}

/** The 考核月份 a workbook kpi graded was titled with, as its record in _kpi says; undefined when none. */
export function gradedPeriod(wb: ExcelJS.Workbook): string | undefined {
  const start = gradedRow(wb);
  if (!start) return undefined;
  let period: string | undefined;
  wb.getWorksheet(METADATA_SHEET)!.eachRow((row, n) => {
    if (n >= start && period === undefined && cellText(row.getCell(1)) === GRADED_PERIOD) period = cellText(row.getCell(2)) || undefined;
  });
  return period;
}

export function isGradedByKpi(wb: ExcelJS.Workbook): boolean {
  return gradedRow(wb) > 0;
}

/**
 * Undoes what kpi added to a workbook it graded: its sheets, appended columns and rows, the cells it wrote
 * (unless the user typed over them), its marks and notes, its page set-ups. Returns false for a workbook kpi
 * did not grade (nothing changed).
 */
/** Cells the team typed in one of kpi's sheets, right of what kpi wrote: gone with the sheet when it is made again. */
export interface KpiSheetNote {
  sheet: string;
  cells: Array<{ address: string; text: string }>;
  count: number;
}

export function stripGraded(wb: ExcelJS.Workbook, edited: EditedColumn[] = [], kpiSheetNotes: KpiSheetNote[] = []): boolean {
  const start = gradedRow(wb);
  if (!start) return false;
  // The team's formulas over kpi's cells (=考核表!AD2, 奖金 =AD2*50) keep the results they had when saved: Excel is
  // asked to calculate when it opens the file; LibreOffice does not heed that, so those formulas lose their saved
  // results too (forgetResultsOverKpi, below).
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  const meta = wb.getWorksheet(METADATA_SHEET)!;
  const records: string[][] = [];
  // Read as text whatever a spreadsheet program made of them: LibreOffice saves a record holding Chinese as rich text.
  meta.eachRow((row, n) => {
    if (n < start || cellText(row.getCell(1)) !== RECORD) return;
    records.push([2, 3, 4, 5, 6].map((c) => cellText(row.getCell(c))));
  });
  const renamed = renamedSheets(wb, records);
  for (const r of records) if (r[1] && renamed.has(r[1])) r[1] = renamed.get(r[1])!;
  const moved = rowsMoved(wb, records);
  const written = writtenCells(records);
  const shifted = columnsShifted(wb, written, (sheet, address) => movedAddress(moved.get(sheet), address));
  const copies = copiedSheets(wb, written, new Set(records.map((r) => r[1]!).filter(Boolean)));
  const sheets: string[] = [];
  const spans: Array<{ kind: 'columns' | 'rows'; sheet: string; first: number; last: number; heads?: Array<[number, string] | null>; sums?: number[]; counts?: number[]; cols?: Array<number | null> }> = [];
  /** Each added column's cell hashes, by sheet, its span's first column and its place in the span. */
  const hashed = new Map<string, number[]>();
  // Undo in reverse order, so a cell written twice ends as it first was.
  for (const [kind, sheet, a, b, json] of records.reverse()) {
    const ws = sheet ? wb.getWorksheet(sheet) : undefined;
    if (kind === 'sheet') {
      sheets.push(sheet!);
      const note = a ? typedRightOf(wb.getWorksheet(sheet!), Number(a)) : null;
      if (note) kpiSheetNotes.push(note);
    }
    else if (kind === 'hashes') hashed.set(`${sheet}\u0000${a}\u0000${b}`, (json ?? '').match(/[0-9a-z]{7}/g)?.map((h) => Number.parseInt(h, 36)) ?? []);
    else if (kind === 'columns' || kind === 'rows') {
      const kept = parse(json) as { heads?: Array<[number, string] | null>; sums?: number[]; counts?: number[] } | null;
      spans.push({ kind, sheet: sheet!, first: Number(a), last: Number(b), ...(kept?.heads ? { heads: kept.heads } : {}), ...(kept?.sums ? { sums: kept.sums } : {}), ...(kept?.counts ? { counts: kept.counts } : {}) });
    }
    else if (ws && kind === 'cell') restoreCell(ws, shiftedAddress(movedAddress(moved.get(ws.name), a!), shifted.get(ws.name) ?? 0), parse(json));
    else if (ws && kind === 'mark') restoreMark(ws, a!, parse(json));
    // A person's sheet copied from a graded one (to add a person) carries kpi's cells of its source: undone alike —
    // also when the source was renamed since (周杰 → 周杰3月, its copy 钱多): both are copies then, by their cells.
    if (sheet && (kind === 'cell' || kind === 'mark')) {
      for (const copy of copies.get(sheet) ?? []) (kind === 'cell' ? restoreCell : restoreMark)(copy, a!, parse(json));
    }
    else if (ws && kind === 'height') {
      const h = parse(json);
      // exceljs treats an undefined height as 「not set」, so the row takes its default height again.
      ws.getRow(moved.get(ws.name)?.get(Number(a)) ?? Number(a)).height = typeof h === 'number' ? h : (undefined as unknown as number);
    }
    else if (ws && kind === 'setup') {
      const before = parse(json) as { p?: ExcelJS.PageSetup; f?: ExcelJS.HeaderFooter; v?: ExcelJS.WorksheetView[] } | null;
      if (before?.p) ws.pageSetup = before.p;
      // A sheet without header/footer had none: kpi's page-number footer goes too.
      ws.headerFooter = before?.f ?? ({} as ExcelJS.HeaderFooter);
      if (before?.v) ws.views = before.v;
    }
  }
  // kpi's columns found by their headings where the user inserted or deleted columns since: never a column of theirs.
  for (const s of spans) {
    const ws = s.kind === 'columns' && s.heads ? wb.getWorksheet(s.sheet) : undefined;
    if (!ws) continue;
    const recordedFirst = s.first;
    const at = columnsNow(ws, s.first, s.heads!);
    const kept = at === null ? columnsKept(ws, s.first, s.heads!) : null;
    if (kept !== null) {
      // (The team deleted kpi's last columns, or all of them: only those left are kpi's to empty.)
      s.last = s.first + kept - 1;
      continue;
    }
    // kpi's columns apart: a column of the team's inserted between two of them, or some of kpi's deleted. Each found by
    // its heading; only those are emptied, the team's column between them stays theirs.
    const apart = at === null ? columnsApart(ws, s.first, s.heads!, s.sums) : null;
    if (apart) {
      s.cols = apart;
      const placed = apart.filter((c): c is number => c !== null);
      s.first = Math.min(...placed);
      s.last = Math.max(...placed);
    }
    if (at === null && !apart) {
      const changed = headingsChanged(ws, s.first, s.heads!);
      throw new GradedColumnsMoved(s.sheet, changed.length ? changed : s.heads!.filter((h): h is [number, string] => h !== null).map((h) => h[1]));
    }
    if (at !== null) {
      s.last += at - s.first;
      s.first = at;
    }
    // Where kpi's k-th column is now (null: the team deleted it).
    const colOf = (k: number): number | null => (apart ? (apart[k] ?? null) : s.first + k);
    const width = apart ? apart.length : s.last - s.first + 1;
    // Where each of kpi's headings stands now: written there again (rosterColumns), the team's formulas over them
    // (奖金 =AC2*50 over 总分, 得分·其它 deleted) read what they read before.
    const found = headingsFound.get(ws) ?? new Map<string, number>();
    for (let k = 0; k < width; k++) {
      const col = colOf(k);
      const h = s.heads?.[k];
      if (col !== null && h) found.set(h[1].trim(), col);
    }
    headingsFound.set(ws, found);
    // A column whose cells no longer sum to what kpi wrote: the user typed in it (a note in 评分说明). Said — unless
    // it holds fewer filled cells than kpi wrote: a person's row deleted, cells emptied, nothing of the team's to lose.
    if (s.sums) {
      for (let k = 0; k < width; k++) {
        const col = colOf(k);
        const now = s.sums[k] === undefined || col === null ? null : columnSum(ws, col);
        if (!now || now.sum === s.sums[k]) continue;
        // Fewer cells: rows deleted. Each cell left must be one kpi wrote (a 总分 typed over beside a deleted row was lost).
        const fewer = s.counts?.[k] !== undefined && now.count < s.counts[k]!;
        const cells = hashed.get(`${s.sheet}\u0000${recordedFirst}\u0000${k}`);
        if (fewer && (!cells || withinWritten(columnHashes(ws, col!), cells))) continue;
        const heading = s.heads?.[k]?.[1] ?? '';
        edited.push({ sheet: s.sheet, heading, column: col!, headingRow: headingRowOf(ws, col!, heading) });
      }
    }
    // A note the team put on a cell of kpi's (「经理:需复核」 on a 总分): kpi writes none there, and the columns are
    // emptied — said, as an edit is (it went without a word).
    for (let k = 0; k < width; k++) {
      const col = colOf(k);
      if (col === null) continue;
      if (edited.some((e) => e.sheet === s.sheet && e.column === col)) continue;
      let noted = false;
      ws.getColumn(col).eachCell((cell) => { if (!noted && noteOf(cell)) noted = true; });
      const heading = s.heads?.[k]?.[1] ?? '';
      if (noted) edited.push({ sheet: s.sheet, heading, column: col, headingRow: headingRowOf(ws, col, heading) });
    }
  }
  // Appended columns and rows last, right-most and lowest first, so positions stay valid.
  spans.sort((x, y) => y.first - x.first);
  const emptied = new Map<ExcelJS.Worksheet, number[]>();
  /** Sheets where the team deleted some of kpi's columns and kept the rest (found apart). */
  const someDeleted = new Set<ExcelJS.Worksheet>();
  for (const s of spans) {
    const ws = wb.getWorksheet(s.sheet);
    if (!ws || s.last < s.first) continue;
    // Emptied rather than spliced: exceljs's splice leaves the last rows and columns in place.
    if (s.kind === 'columns') {
      const own = s.cols ? s.cols.filter((c): c is number => c !== null) : Array.from({ length: s.last - s.first + 1 }, (_, k) => s.first + k);
      for (const c of own) clearColumns(ws, c, c);
      freedColumns.set(ws, s.first);
      emptied.set(ws, [...(emptied.get(ws) ?? []), ...own]);
      if (s.cols?.includes(null)) someDeleted.add(ws);
    } else clearRows(ws, s.first, s.last);
  }
  // kpi's columns go back where they were, around the team's columns that stand between them (inserted since).
  for (const [ws, own] of emptied) {
    const theirs: number[] = [];
    for (let c = Math.min(...own); c <= Math.max(...own); c++) if (!own.includes(c)) theirs.push(c);
    // Some of kpi's columns deleted and the team's typed right after the rest (排名 deleted, 「确认签字」 beside 评分说明):
    // kpi's columns no longer fit where they were; appended after the team's, they left the emptied ones a gap of empty
    // columns. Stepped over like a column between them, the team's column keeps its place and its values.
    if (someDeleted.has(ws)) for (let c = Math.max(...own) + 1; columnFilled(ws, c); c++) theirs.push(c);
    if (theirs.length) keptBetween.set(ws, theirs);
  }
  const cells = new Map<string, Array<[number, number]>>();
  for (const w of written) {
    const ref = parseRef(shiftedAddress(movedAddress(moved.get(w.sheet), w.address), shifted.get(w.sheet) ?? 0));
    // A person's sheet copied from a graded one carries kpi's cells of its source, at the same places.
    for (const name of ref ? [w.sheet, ...(copies.get(w.sheet) ?? []).map((c) => c.name)] : []) {
      const list = cells.get(name) ?? [];
      list.push(ref!);
      cells.set(name, list);
    }
  }
  const columns = spans.filter((s) => s.kind === 'columns').flatMap((s) =>
    s.cols ? s.cols.filter((c): c is number => c !== null).map((c) => ({ sheet: s.sheet, first: c, last: c })) : [s]);
  forgetResultsOverKpi(wb, { sheets: new Set(sheets), columns, cells });
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  if (!sheets.includes(METADATA_SHEET)) clearRows(meta, start, meta.rowCount);
  return true;
}

/**
 * Per sheet, the rows kpi wrote cells in that the team has moved since (rows inserted or deleted above them, the
 * rows sorted): read from the cells' records (records in the order written), so each record is undone where its
 * cell is now, not at its old address, which may hold the team's own text now.
 */
function rowsMoved(wb: ExcelJS.Workbook, records: string[][]): Map<string, Map<number, number>> {
  const written = new Map<string, Array<{ row: number; col: number; value: Json }>>();
  for (const [kind, sheet, address, , json] of records) {
    if (kind !== 'cell' || !sheet) continue;
    const ref = parseRef(address ?? '');
    const before = parse(json) as CellBefore | null;
    if (!ref || !before) continue;
    const list = written.get(sheet) ?? [];
    list.push({ row: ref[0], col: ref[1], value: before.w });
    written.set(sheet, list);
  }
  const moved = new Map<string, Map<number, number>>();
  for (const [sheet, cells] of written) {
    const ws = wb.getWorksheet(sheet);
    const rows = ws ? rowsNow(ws, cells) : null;
    if (rows?.size) moved.set(sheet, rows);
  }
  return moved;
}

/** What kpi wrote into cells (not its own columns), by sheet and address as recorded. */
function writtenCells(records: string[][]): WrittenCell[] {
  const out: WrittenCell[] = [];
  for (const [kind, sheet, address, , json] of records) {
    const before = kind === 'cell' && sheet && address ? (parse(json) as CellBefore | null) : null;
    if (before) out.push({ sheet: sheet!, address: address!, written: before.w });
  }
  return out;
}

function movedAddress(rows: Map<number, number> | undefined, address: string): string {
  const ref = rows ? parseRef(address) : null;
  const now = ref ? rows!.get(ref[0]) : undefined;
  return now === undefined ? address : cellAddress(now, ref![1]);
}

/** Empties columns kpi appended, widths included. */
function clearColumns(ws: ExcelJS.Worksheet, first: number, last: number): void {
  // The rows that exist, empty ones included (a styled cell of kpi's), and no others: eachRow with includeEmpty
  // makes every row up to the last — a million of them for LibreOffice's empty <row r="1048576"/> after a row is
  // deleted (the regrade ran out of memory after minutes).
  const rows = (ws as unknown as { _rows?: Array<ExcelJS.Row | undefined> })._rows ?? [];
  rows.forEach((row) => {
    if (!row) return;
    for (let c = first; c <= last; c++) {
      const cell = row.getCell(c);
      cell.value = null;
      cell.style = {};
      dropNote(cell);
    }
  });
  for (let c = first; c <= last; c++) ws.getColumn(c).width = undefined as unknown as number;
}

// Re-grading empties kpi's columns where they are: the first of them, where kpi writes its columns again when they
// fit there. A column the team added to their right (奖金 =AD2*50) then keeps pointing at kpi's 总分 — appended after
// it, kpi's columns moved right and the team's formulas read the emptied ones (every 奖金 0 once recalculated).
/** Whether a column holds a value in any row. */
function columnFilled(ws: ExcelJS.Worksheet, col: number): boolean {
  let filled = false;
  ws.getColumn(col).eachCell((cell) => { if (!filled && cellText(cell).trim()) filled = true; });
  return filled;
}

/** Whether every hash of `now` is one of `written` (as many times at most): cells removed, none changed. */
function withinWritten(now: number[], written: number[]): boolean {
  const left = new Map<number, number>();
  for (const h of written) left.set(h, (left.get(h) ?? 0) + 1);
  for (const h of now) {
    const n = left.get(h) ?? 0;
    if (n === 0) return false;
    left.set(h, n - 1);
  }
  return true;
}

const freedColumns = new WeakMap<ExcelJS.Worksheet, number>();
/** kpi's columns found on re-grading (emptied), by the heading kpi wrote: where each stands now. */
const headingsFound = new WeakMap<ExcelJS.Worksheet, Map<string, number>>();

/** Where kpi's column of `heading` stood (emptied) on re-grading this sheet; undefined when it was not found (deleted). */
export function foundColumn(ws: ExcelJS.Worksheet, heading: string): number | undefined {
  return headingsFound.get(ws)?.get(heading);
}

/** Whether re-grading found (and emptied) kpi's columns on this sheet. */
export function foundColumns(ws: ExcelJS.Worksheet): boolean {
  return (headingsFound.get(ws)?.size ?? 0) > 0;
}
/** The team's columns that stood between kpi's emptied ones (「主管调整后总分」 between 总分 and 等级), or right after them when some
 * of kpi's were deleted (「确认签字」 where 评分说明 was): kept, written around. */
const keptBetween = new WeakMap<ExcelJS.Worksheet, number[]>();

/**
 * The columns for `width` columns of kpi's where its emptied ones were, stepping over the team's columns that stood
 * between them, when those hold no value now; undefined when there were none such (freedColumnFitting then).
 */
export function freedColumnsAround(ws: ExcelJS.Worksheet, width: number): number[] | undefined {
  const first = freedColumns.get(ws);
  const theirs = keptBetween.get(ws);
  if (first === undefined || !theirs?.length) return undefined;
  const cols: number[] = [];
  for (let c = first; cols.length < width; c++) if (!theirs.includes(c)) cols.push(c);
  let empty = true;
  ws.eachRow({ includeEmpty: false }, (row) => {
    for (const c of cols) {
      if (!empty) return;
      const v = row.findCell(c)?.value;
      if (v !== null && v !== undefined && v !== '') empty = false;
    }
  });
  return empty ? cols : undefined;
}

/** The first column kpi's columns had before re-grading emptied them, if any. */
export function freedColumn(ws: ExcelJS.Worksheet): number | undefined {
  return freedColumns.get(ws);
}

/**
 * That column, when `width` columns from it hold no value (kpi's emptied ones, and as many more as it now needs): kpi's
 * columns go back where they were, so a team's formula right of them still reads them.
 */
export function freedColumnFitting(ws: ExcelJS.Worksheet, width: number): number | undefined {
  const first = freedColumns.get(ws);
  if (first === undefined) return undefined;
  let empty = true;
  ws.eachRow({ includeEmpty: false }, (row) => {
    if (!empty) return;
    for (let c = first; c < first + width && empty; c++) {
      const v = row.findCell(c)?.value;
      if (v !== null && v !== undefined && v !== '') empty = false;
    }
  });
  return empty ? first : undefined;
}

// The fast path (src/io/fast) prepares a sheet from a skeleton holding some of its rows: it says where the
// values of all its rows end.
const usedColumnHints = new WeakMap<ExcelJS.Worksheet, number>();

export function hintLastUsedColumn(ws: ExcelJS.Worksheet, col: number): void {
  usedColumnHints.set(ws, col);
}

/** The right-most column holding a value: where kpi appends its columns, the same before and after re-grading. */
export function lastUsedColumn(ws: ExcelJS.Worksheet, rows?: { from: number; to: number }): number {
  let last = rows ? 0 : (usedColumnHints.get(ws) ?? 0);
  // A merged range is the user's even while empty (备注 merged N:Q on each row, to be filled in later): kpi's columns
  // written inside it were hidden under it, and the last one's value shown as the user's 备注.
  for (const m of Object.values(mergedRanges(ws))) {
    if (!rows || (m.bottom >= rows.from && m.top <= rows.to)) last = Math.max(last, m.right);
  }
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (rows && (n < rows.from || n > rows.to)) return;
    row.eachCell({ includeEmpty: false }, (cell) => {
      const col = Number(cell.col);
      if (col > last && cell.value !== null && cell.value !== '') last = col;
    });
  });
  return last;
}

/** exceljs keeps a sheet's merged ranges by their top-left cell (its model lists them too, at the cost of building it). */
function mergedRanges(ws: ExcelJS.Worksheet): Record<string, { top: number; bottom: number; right: number }> {
  return (ws as unknown as { _merges?: Record<string, { top: number; bottom: number; right: number }> })._merges ?? {};
}

/** What the team typed in a sheet of kpi's right of its last column `width`: the first cells and how many. */
function typedRightOf(ws: ExcelJS.Worksheet | undefined, width: number): KpiSheetNote | null {
  if (!ws || !(width > 0)) return null;
  const cells: KpiSheetNote['cells'] = [];
  let count = 0;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (Number(cell.col) <= width || cell.value === null || cell.value === '') return;
      count++;
      if (cells.length < 3) cells.push({ address: cell.address, text: cellText(cell).slice(0, 20) });
    });
  });
  return count ? { sheet: ws.name, cells, count } : null;
}

/** Empties rows at the bottom of a sheet (exceljs's spliceRows leaves rows at the very end in place). */
function clearRows(ws: ExcelJS.Worksheet, first: number, last: number): void {
  for (let r = first; r <= last; r++) {
    const row = ws.getRow(r);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
      dropNote(cell);
    });
    row.height = undefined as unknown as number;
  }
}

function parse(json: string | undefined): unknown {
  try {
    return json ? JSON.parse(json) : null;
  } catch {
    return null;
  }
}

function restoreCell(ws: ExcelJS.Worksheet, address: string, before: unknown): void {
  const b = before as CellBefore | null;
  if (!b) return;
  const cell = ws.getCell(address);
  if (same(cell.value, b.w) || wroteText(cell, b.w)) cell.value = b.v as ExcelJS.CellValue;
  cell.style = (b.s ?? {}) as Partial<ExcelJS.Style>;
  if (b.n !== undefined) setNote(cell, b.n, b.a);
  else dropNote(cell);
}

function restoreMark(ws: ExcelJS.Worksheet, address: string, before: unknown): void {
  const b = before as { f: ExcelJS.Fill | null; n: Json; kf: ExcelJS.Fill; kn: string; a?: string } | null;
  if (!b) return;
  const cell = markNow(ws, address, b.kn) ?? ws.getCell(address);
  if (sameFill(cell.style?.fill, b.kf)) {
    const { fill: _kpi, ...rest } = cell.style ?? {};
    cell.style = b.f ? { ...rest, fill: b.f } : rest;
  }
  if (noteText(noteOf(cell)) === noteText(b.kn)) {
    if (b.n !== null && b.n !== undefined) setNote(cell, b.n, b.a);
    else dropNote(cell);
  }
}

/**
 * Sheets kpi wrote in that were renamed since (「考核表」 → 「3月考核」): the one sheet kpi wrote nothing in that holds
 * every text kpi wrote there, or its appended columns' headings (rows deleted or moved since). Their records are read
 * under the new name: by the old one, kpi's columns stayed, a second set was added beside them and the old 总分 was
 * taken for the team's own.
 */
function renamedSheets(wb: ExcelJS.Workbook, records: string[][]): Map<string, string> {
  const recorded = new Set(records.map((r) => r[1]!).filter(Boolean));
  const out = new Map<string, string>();
  const missing = [...recorded].filter((name) => !wb.getWorksheet(name));
  if (!missing.length) return out;
  const copies = copiedSheets(wb, writtenCells(records), recorded);
  const strangers = wb.worksheets.filter((ws) => !recorded.has(ws.name) && ws.name !== METADATA_SHEET);
  for (const name of missing) {
    let found = copies.get(name) ?? [];
    if (!found.length) {
      const spans = records.filter((r) => r[0] === 'columns' && r[1] === name).map((r) => ({ first: Number(r[2]), heads: (parse(r[4]) as { heads?: Array<[number, string] | null> } | null)?.heads }));
      const headed = spans.filter((x): x is { first: number; heads: Array<[number, string] | null> } => !!x.heads?.some((h) => h));
      if (headed.length) found = strangers.filter((ws) => headed.every((x) => columnsNow(ws, x.first, x.heads) !== null));
    }
    if (found.length === 1 && ![...out.values()].includes(found[0]!.name)) out.set(name, found[0]!.name);
  }
  return out;
}

/** The sheets kpi added to a workbook it graded (read before stripping), e.g. to ignore their charts. */
export function gradedSheets(wb: ExcelJS.Workbook): string[] {
  const start = gradedRow(wb);
  if (!start) return [];
  const out: string[] = [];
  wb.getWorksheet(METADATA_SHEET)!.eachRow((row, n) => {
    if (n >= start && cellText(row.getCell(1)) === RECORD && cellText(row.getCell(2)) === 'sheet') out.push(cellText(row.getCell(3)));
  });
  return out;
}
