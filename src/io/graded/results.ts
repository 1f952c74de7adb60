import type ExcelJS from 'exceljs';
import type { PersonResult } from '../../model/result.js';
import type { FormDef } from '../../model/definition.js';
import type { Problem } from '../../model/problem.js';
import { itemHeading, items } from '../columns.js';
import { parseRef } from '../fast/xml.js';
import { cellText, columnLetters } from '../grid.js';
import type { PersonSource } from '../readPeople.js';
import { displayWidth } from '../../engine/text.js';
import { FILL_ERROR, FILL_WARNING } from '../template/style.js';
import { foundColumn, foundColumns, freedColumnFitting, freedColumnsAround, lastUsedColumn, type GradedLedger } from './ledger.js';
import { formulaReadsColumns } from './staleFormulas.js';
import { bandFill, boxBorder, fitOnePageTall, headingStyle, linesIn, pagesAcross, setPrint, font } from './look.js';
import { problemText } from '../../model/problems/index.js';
import { appendTo } from '../../model/groups.js';

const SCORE_FORMAT = '0.00';
export const NOT_SCORED = '未评分';
/** Excel's grid: XFD is column 16,384, the last row 1,048,576. */
export const EXCEL_MAX_COLUMNS = 16_384;
export const EXCEL_MAX_ROWS = 1_048_576;

/** The graded copy has no room for its result cells (the sheet already reaches Excel's last column or row). */
export class NoRoomError extends Error {
  constructor(readonly sheet: string, message: string) {
    super(message);
  }
}

/**
 * First of `width` columns for results: after every column holding a value, or, when a stray cell sits
 * near XFD, after the columns used by the rows the results go into (rows outside them are never written).
 * The same column before and after re-grading, since kpi's own columns are emptied first.
 */
function appendColumn(ws: ExcelJS.Worksheet, width: number, rows: { from: number; to: number }): number {
  const freed = freedColumnFitting(ws, width);
  if (freed !== undefined && freed + width - 1 <= EXCEL_MAX_COLUMNS) return freed;
  const first = lastUsedColumn(ws) + 1;
  if (first + width - 1 <= EXCEL_MAX_COLUMNS) return first;
  const inRows = lastUsedColumn(ws, rows) + 1;
  if (inRows + width - 1 <= EXCEL_MAX_COLUMNS) return inRows;
  throw new NoRoomError(
    ws.name,
    `工作表「${ws.name}」第 ${rows.from}–${rows.to} 行已用到第 ${inRows - 1} 列,右边不足 ${width} 个空列写入评分结果(Excel 最多 ${EXCEL_MAX_COLUMNS} 列,到 XFD)。请删除多余的列后再评分,或用 --dry-run 只看结果`,
  );
}

/** First of `count` empty rows below `after` for the 总分/等级 lines, within Excel's last row. */
function appendRows(ws: ExcelJS.Worksheet, after: number, count: number): number {
  if (ws.rowCount + 1 + count <= EXCEL_MAX_ROWS) return ws.rowCount + 2;
  const used: number[] = [];
  ws.eachRow((_, n) => {
    if (n > after) used.push(n);
  });
  let start = after + 2;
  for (const n of used) {
    if (n >= start + count) break;
    if (n >= start) start = n + 2;
  }
  if (start + count - 1 <= EXCEL_MAX_ROWS) return start;
  throw new NoRoomError(ws.name, `工作表「${ws.name}」下方已用到 Excel 的最后一行(${EXCEL_MAX_ROWS}),没有空行写入总分和等级。请删除多余的行后再评分`);
}

const LINE = 15; // points per line of 11-point text

const SCORE_STYLE: Partial<ExcelJS.Style> = { numFmt: SCORE_FORMAT, alignment: { horizontal: 'center', vertical: 'middle' } };
const RANK_STYLE: Partial<ExcelJS.Style> = { numFmt: '0', alignment: { horizontal: 'center', vertical: 'middle' } };
const CENTER_STYLE: Partial<ExcelJS.Style> = { alignment: { horizontal: 'center', vertical: 'middle' } };
const WRAP_STYLE: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: 'middle', horizontal: 'left' } };

/**
 * Scores go beside the entries they come from: the 得分/说明 cells of a form sheet, or new columns of a roster.
 * Throws NoRoomError when a sheet has no room left for them.
 */
export function writeResultsIntoSheets(
  wb: ExcelJS.Workbook,
  form: FormDef,
  results: PersonResult[],
  sources: PersonSource[],
  bandOrder: string[],
  ledger: GradedLedger,
): void {
  const bandStyles = new Map<string | null, Partial<ExcelJS.Style>>();
  const bandStyle = (band: string | null) => {
    let style = bandStyles.get(band);
    if (!style) bandStyles.set(band, (style = { ...CENTER_STYLE, fill: bandFill(band, bandOrder), font: font({ bold: true }) }));
    return style;
  };
  const rosters = new Map<string, { cols: number[]; headerRow: number; widths: number[] }>();
  const lastRosterRow = new Map<string, number>();
  for (const s of sources) if (s.kind === 'roster') lastRosterRow.set(s.sheet, Math.max(lastRosterRow.get(s.sheet) ?? 0, s.row));
  results.forEach((result, i) => {
    const source = sources[i];
    const ws = source && wb.getWorksheet(source.sheet);
    if (!source || !ws || source.kind === 'unread') return;
    if (source.kind === 'form') {
      writeFormSheet(ws, result, source, bandOrder, ledger);
      return;
    }
    let roster = rosters.get(source.sheet);
    if (!roster) {
      roster = rosterColumns(ws, form, result, { from: source.headerRow, to: lastRosterRow.get(source.sheet)! }, ledger);
      rosters.set(source.sheet, roster);
    }
    const values = rosterValues(result, form);
    const bandAt = values.length - 3 - gradingLabels(form).length;
    let lines = 1;
    values.forEach((v, k) => {
      const col = roster.cols[k]!;
      const last = k === values.length - 1;
      const rank = k === values.length - 2;
      const band = k === bandAt;
      const style = band ? bandStyle(result.band) : rank ? RANK_STYLE : typeof v === 'number' ? SCORE_STYLE : last ? WRAP_STYLE : CENTER_STYLE;
      ledger.write(ws, source.row, col, v, style);
      if (last && typeof v === 'string') lines = linesIn(v, roster.widths[k]!);
    });
    const height = Math.min(8, lines) * LINE;
    if (height > (ws.getRow(source.row).height ?? LINE)) ledger.height(ws, source.row, height);
  });
  // The people and the team's lines right under them (合计, 签字); not the blank rows a template offers for more.
  const printedThrough = new Map<string, number>();
  for (const s of sources) if (s.kind === 'roster' && s.through) printedThrough.set(s.sheet, Math.max(printedThrough.get(s.sheet) ?? 0, s.through));
  for (const [sheet, r] of rosters) {
    const lastRow = Math.max(r.headerRow, lastRosterRow.get(sheet) ?? 0, printedThrough.get(sheet) ?? 0);
    printRoster(wb.getWorksheet(sheet)!, r.headerRow, lastRow, nameHeadings(form), ledger);
  }
  for (const sheet of new Set(sources.filter((s) => s.kind === 'form').map((s) => s.sheet))) printForm(wb.getWorksheet(sheet)!, ledger);
}

/** Appends the result columns to a roster: headings styled and wrapped, widths that fit them. */
function rosterColumns(ws: ExcelJS.Worksheet, form: FormDef, sample: PersonResult, rows: { from: number; to: number }, ledger: GradedLedger) {
  const headerRow = rows.from;
  const own = rosterHeadings(form, sample);
  // Graded again with a column of the team's between kpi's (「主管调整后总分」 between 总分 and 等级): kpi's columns go
  // back around it, where they were.
  const cols = regradedColumns(ws, own) ?? aroundOrAppended(ws, own.length, rows);
  const widths = own.map((h, k) => (k === own.length - 1 ? 56 : h === '等级' || h === '排名' ? 8 : Math.max(9, Math.min(12, displayWidth(h) + 2))));
  // The team's own 总分 or 等级 column on the roster: kpi's are named as kpi's, never a second 「总分」 beside theirs.
  const theirs = new Set<string>();
  for (let c = 1; c < Math.max(...cols); c++) {
    if (cols.includes(c)) continue;
    const text = ws.findRow(headerRow)?.findCell(c);
    if (text) theirs.add(cellText(text).trim());
  }
  // (A further grade's always so: copied to a new workbook without _kpi, a plain 「转正建议」 of kpi's came back as one typed.)
  const further = new Set(gradingLabels(form));
  const headings = own.map((h) => (theirs.has(h) || further.has(h) ? `${h}(kpi)` : h));
  // One record per run of side-by-side columns: the team's column between them is never kpi's to empty.
  for (let k = 0; k < cols.length; ) {
    let j = k;
    while (j + 1 < cols.length && cols[j + 1] === cols[j]! + 1) j++;
    ledger.addedColumns(ws.name, cols[k]!, cols[j]!);
    k = j + 1;
  }
  let lines = 1;
  headings.forEach((h, k) => {
    const col = cols[k]!;
    ledger.write(ws, headerRow, col, h, headingStyle());
    ws.getColumn(col).width = widths[k];
    // Empty columns the team had hidden (spare columns right of the table): kpi's scores there were hidden too.
    if (ws.getColumn(col).hidden) ws.getColumn(col).hidden = false;
    lines = Math.max(lines, linesIn(h, widths[k]!));
  });
  if (lines * LINE > (ws.getRow(headerRow).height ?? LINE)) ledger.height(ws, headerRow, lines * LINE);
  return { cols, headerRow, widths };
}

/** kpi's columns where they were (emptied), around the team's between them, or appended after the last used column. */
function aroundOrAppended(ws: ExcelJS.Worksheet, width: number, rows: { from: number; to: number }): number[] {
  const around = freedColumnsAround(ws, width);
  if (around) return around;
  const start = appendColumn(ws, width, rows);
  return Array.from({ length: width }, (_, k) => start + k);
}

/**
 * Re-grading, kpi's columns found where they stood (emptied): each heading written in its column again — the team's
 * formulas over them (奖金 =AC2*50 over 总分) read what they read. When the team deleted some of kpi's columns, those
 * go back where they were (stepping over the team's columns) unless a formula reads a column of kpi's that this would
 * move: then after the last used column, the rest where they stand. (得分·其它 deleted, 总分 in AC and 奖金 =AC2*50 after
 * 评分说明: 得分·其它 was written back into AC, every 奖金 2 × 50 = 100 for 85 × 50 = 4250, without a word.) undefined:
 * nothing of kpi's found, or kpi's headings are others now (aroundOrAppended).
 */
function regradedColumns(ws: ExcelJS.Worksheet, own: string[]): number[] | undefined {
  if (!foundColumns(ws)) return undefined;
  // (A heading kpi wrote as 「总分(kpi)」 beside the team's own 总分 is the same column.)
  const at = own.map((h) => foundColumn(ws, h) ?? foundColumn(ws, `${h}(kpi)`));
  const placed = at.filter((c): c is number => c !== undefined);
  if (!placed.length || new Set(placed).size !== placed.length) return undefined;
  if (placed.length === own.length) return placed;
  // Some of kpi's deleted: back where they were, unless that moves a column of kpi's a formula reads.
  const width = own.length;
  const back = freedColumnsAround(ws, width) ?? (freedColumnFitting(ws, width) !== undefined ? Array.from({ length: width }, (_, k) => freedColumnFitting(ws, width)! + k) : undefined);
  const moved = at.flatMap((c, k) => (c !== undefined && back?.[k] !== c ? [c] : []));
  if (back && !formulaReadsColumns(ws.workbook, ws.name, moved)) return undefined;
  let next = Math.max(lastUsedColumn(ws), ...placed) + 1;
  return at.map((c) => c ?? next++);
}

/** A wide roster prints landscape, scaled to one page wide while readable, with its headings and names repeated. */
/** The headings a roster may give its name column: 姓名, or the form's own (被考核人员, 管理处 …) and their aliases. */
function nameHeadings(form: FormDef): Set<string> {
  const names = new Set(['姓名']);
  for (const f of form.header) if (f.role === 'name') for (const n of [f.label, ...(f.aliases ?? [])]) names.add(n);
  return names;
}

function printRoster(ws: ExcelJS.Worksheet, headerRow: number, lastRow: number, names: Set<string>, ledger: GradedLedger): void {
  ledger.keepSetup(ws);
  let width = 0;
  const lastCol = lastUsedColumn(ws);
  for (let c = 1; c <= lastCol; c++) width += ws.getColumn(c).width ?? 9;
  let nameCol = 0;
  for (let c = 1; c <= Math.min(6, ws.columnCount) && !nameCol; c++) if (names.has(cellText(ws.getCell(headerRow, c)).trim())) nameCol = c;
  const pagesWide = pagesAcross(width);
  setPrint(ws, {
    width,
    titleRows: [1, headerRow],
    ...(pagesWide > 1 && nameCol ? { titleColumns: `A:${String.fromCharCode(64 + nameCol)}` } : {}),
    pagesWide,
    area: `A1:${columnLetters(lastCol)}${lastRow}`,
  });
  ws.pageSetup.orientation = 'landscape';
}

/** A person's form prints on one page wide, landscape when its columns need it. */
function printForm(ws: ExcelJS.Worksheet, ledger: GradedLedger): void {
  ledger.keepSetup(ws);
  let width = 0;
  for (let c = 1; c <= ws.columnCount; c++) width += ws.getColumn(c).width ?? 9;
  setPrint(ws, { width });
  fitOnePageTall(ws, width);
}

// The form's further grades (§17 转正建议, §15 建议, §4 部门定级) stand beside 等级 on the roster, as they do in 汇总: a
// manager printing the roster looked for 转正建议 and found only the total.
function rosterHeadings(form: FormDef, sample: PersonResult): string[] {
  const parts = sample.parts.length > 1 ? sample.parts.map((p) => `得分·${p.label}`) : [];
  return [...items(form).map((i) => `得分·${itemHeading(form, i)}`), ...parts, '总分', '等级', ...gradingLabels(form), '排名', '评分说明'];
}

function gradingLabels(form: FormDef): string[] {
  return (form.gradings ?? []).map((g) => g.label);
}

function rosterValues(r: PersonResult, form: FormDef): Array<number | string | null> {
  const parts = r.parts.length > 1 ? r.parts.map((p) => p.score) : [];
  return [
    ...r.items.map((i) => i.score),
    ...parts,
    r.total,
    r.band ?? NOT_SCORED,
    // kpi's grade by the score (the column is kpi's): a typed 不通过 over 100 points showed here as if kpi agreed.
    ...gradingLabels(form).map((label) => r.grades?.find((g) => g.label === label)?.computed ?? (r.status === 'scored' ? null : NOT_SCORED)),
    r.rank ?? null,
    r.status === 'scored' ? r.explanation : `有错误,未评分:${r.problems.filter((p) => p.severity === 'error').length} 处(见「问题」表)`,
  ];
}

function writeFormSheet(ws: ExcelJS.Worksheet, r: PersonResult, source: Extract<PersonSource, { kind: 'form' }>, bandOrder: string[], ledger: GradedLedger): void {
  const t = source.table;
  // 总分/等级 and any part rows of the form itself, just below the items and above the signatures.
  const found = new Map<string, number>();
  for (let row = t.lastRow + 1; row <= Math.min(ws.rowCount, t.lastRow + 10); row++) {
    const cell = ws.findRow(row)?.findCell(t.itemCol);
    const text = cell ? cellText(cell) : '';
    if (text && !found.has(text)) found.set(text, row);
  }
  // The team's own scores or remarks typed in the form's 得分/说明 columns are kept as they were: kpi's go beside them.
  const summaryRows = ['总分', '等级', ...r.parts.flatMap((p) => [`${p.label}得分`, p.label])].map((l) => found.get(l)).filter((x): x is number => x !== undefined);
  const rowsWritten = [...[...t.itemRows.values()].flat(), ...summaryRows];
  const typedIn = (col: number | null) => col !== null && rowsWritten.some((row) => cellHasValue(ws, row, col));
  const keepTyped = typedIn(t.scoreCol) || typedIn(t.explanationCol);
  let scoreCol = keepTyped ? null : t.scoreCol;
  let explanationCol = keepTyped ? null : t.explanationCol;
  if (scoreCol === null || explanationCol === null) {
    // A user's own form without 得分/说明 columns: add them after the table.
    const next = appendColumn(ws, 2, { from: t.headerRow, to: t.lastRow + 10 });
    // Only the columns added are headed: the form's own 得分 column keeps the team's heading (§1's 「结果」 became 「得分」).
    const [newScore, newExplanation] = [scoreCol === null, explanationCol === null];
    scoreCol ??= next;
    explanationCol ??= scoreCol === next ? next + 1 : next;
    ledger.addedColumns(ws.name, next, Math.max(newScore ? scoreCol : 0, explanationCol));
    // (Beside a lone column of marks read as the rater's (§7's 评分 or 得分 alone, readFormSheet's loneScore) they are
    // kpi's too: headed plain 「得分」, a copy without _kpi read it as a second column of marks — refused, advised to head it
    // 「主管」, kpi's stale 88.00 then scored for the 87.00 typed.)
    const own = keepTyped || t.loneScore !== undefined;
    if (newScore) ledger.write(ws, t.headerRow, scoreCol, own ? '得分(kpi)' : '得分', headingStyle());
    if (newExplanation) ledger.write(ws, t.headerRow, explanationCol, own ? '说明(kpi)' : '说明', headingStyle());
    if (newScore) ws.getColumn(scoreCol).width = 9;
    if (newExplanation) ws.getColumn(explanationCol).width = 40;
  }
  const explWidth = ws.getColumn(explanationCol).width ?? 40;
  for (const item of r.items) {
    const rows = t.itemRows.get(item.id);
    const row = rows?.[0];
    if (!row) continue;
    ledger.write(ws, row, scoreCol, item.score, SCORE_STYLE);
    ledger.write(ws, row, explanationCol, item.explanation, WRAP_STYLE);
    fitHeight(ws, row, rows.length, linesIn(item.explanation, explWidth), ledger);
  }

  let append = 0;
  const rowFor = (label: string): number => {
    const row = found.get(label);
    if (row !== undefined) return row;
    // A form without a 总分 row: use the empty rows right below the table, else rows added at the bottom.
    if (!append) {
      const free = [1, 2].every((k) => !rowHasValues(ws, t.lastRow + k));
      append = free ? t.lastRow + 1 : appendRows(ws, t.lastRow + 10, 2);
      if (!free) ledger.addedRows(ws.name, append - 1, append + 1);
    }
    const at = append++;
    ledger.write(ws, at, t.itemCol, label, headingStyle());
    return at;
  };
  if (r.parts.length > 1) {
    // Part scores get rows only where the form has them; the 总分 explanation always shows them.
    for (const p of r.parts) {
      const row = found.get(`${p.label}得分`) ?? found.get(p.label);
      if (row !== undefined) ledger.write(ws, row, scoreCol, p.score, SCORE_STYLE);
    }
  }
  const totalRow = rowFor('总分');
  ledger.write(ws, totalRow, scoreCol, r.total, { ...SCORE_STYLE, font: font({ bold: true, size: 12 }), fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } });
  const note = r.status === 'scored' ? r.explanation : '有错误,未评分(见「问题」表)';
  ledger.write(ws, totalRow, explanationCol, note, WRAP_STYLE);
  fitHeight(ws, totalRow, 1, linesIn(note, explWidth), ledger);
  const bandRow = rowFor('等级');
  ledger.write(ws, bandRow, scoreCol, r.band ?? NOT_SCORED, { alignment: { horizontal: 'center', vertical: 'middle' }, font: font({ bold: true, size: 12 }), fill: bandFill(r.band, bandOrder) });
  // A further grade's own line on the form (转正建议 below 等级): the grade by the score in its 得分 cell, unless the team
  // typed one there (one typed beside the label stays as it is, and differing is reported as a change).
  for (const g of r.grades ?? []) {
    const row = found.get(g.label);
    if (row === undefined || row === bandRow || cellHasValue(ws, row, scoreCol)) continue;
    ledger.write(ws, row, scoreCol, g.computed ?? NOT_SCORED, { alignment: { horizontal: 'center', vertical: 'middle' }, font: font({ bold: true }) });
  }
  // Columns kpi added beside the table (the team's own 得分/说明 kept, or none on their form): framed like the table,
  // from its heading to the 等级 line, so they print as part of the form and not as loose text beside it.
  const added = [scoreCol, explanationCol].filter((c) => c !== t.scoreCol && c !== t.explanationCol);
  for (let row = t.headerRow; added.length && row <= Math.max(t.lastRow, totalRow, bandRow); row++) {
    for (const col of added) ws.getCell(row, col).border = boxBorder();
  }
}

function cellHasValue(ws: ExcelJS.Worksheet, row: number, col: number): boolean {
  const cell = ws.findRow(row)?.findCell(col);
  if (!cell) return false;
  // Covered by a merge from the left (填写 merged across 得分, F7:G7): the user's answer shows there, and a score written
  // into it would land in F7 over the answer. Covered from above: that cell's own.
  if (cell.isMerged && cell.master !== cell) return Number(cell.master.col) < col && cellHasValue(ws, Number(cell.master.row), Number(cell.master.col));
  const v = cell.value;
  return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
}

function rowHasValues(ws: ExcelJS.Worksheet, row: number): boolean {
  const values = ws.getRow(row).values as unknown[];
  return Array.isArray(values) && values.some((v) => v !== null && v !== undefined && v !== '');
}

/** Excel does not grow rows for wrapped text in merged cells: make the item's rows tall enough. */
function fitHeight(ws: ExcelJS.Worksheet, first: number, span: number, lines: number, ledger: GradedLedger): void {
  const needed = Math.min(10, lines) * LINE + 3;
  let have = 0;
  for (let k = 0; k < span; k++) have += ws.getRow(first + k).height ?? LINE;
  if (have >= needed) return;
  const each = Math.ceil(needed / span);
  for (let k = 0; k < span; k++) if ((ws.getRow(first + k).height ?? LINE) < each) ledger.height(ws, first + k, each);
}

/** Cells with problems get a fill and a note; the user's value stays as it was. */
/**
 * The cell a note on `address` shows in: the top-left of the merged range covering it. A note on a covered cell (AB3
 * under a heading merged over AB2:AB3) is hidden in Excel, and openpyxl warns of it.
 */
function shownCell(ws: ExcelJS.Worksheet | undefined, address: string): string {
  const at = parseRef(address);
  if (!ws || !at) return address;
  const cell = ws.findCell(at[0], at[1]);
  return cell?.isMerged && cell.master.address !== cell.address ? cell.master.address : address;
}

/** Marks each problem's cell where it shows (a merge's top-left), the first `noted` of them with a note. */
export function markProblemCells(wb: ExcelJS.Workbook, problems: Problem[], ledger: GradedLedger, noted = MAX_PROBLEM_NOTES): void {
  const marks = problemMarks(problems, (sheet) => !!wb.getWorksheet(sheet), (sheet, address) => shownCell(wb.getWorksheet(sheet), address), noted);
  for (const m of marks) ledger.mark(wb.getWorksheet(m.sheet)!, m.address, m.fill, m.note);
}

/** A cell's problem mark: its fill, and the note kpi gives it ('' past MAX_PROBLEM_NOTES). */
export interface ProblemMark {
  sheet: string;
  address: string;
  fill: ExcelJS.Fill;
  note: string;
}

/**
 * The marks of `problems` on the workbook's sheets, one per cell (where `shown` shows it), in the order the problems
 * come; the first `noted` cells get a note.
 */
export function problemMarks(problems: Problem[], hasSheet: (sheet: string) => boolean, shown: (sheet: string, address: string) => string, noted = MAX_PROBLEM_NOTES): ProblemMark[] {
  const bySheetCell = new Map<string, Problem[]>();
  for (const p of problems) {
    if (!p.sheet || !p.cell || p.severity === 'info') continue;
    appendTo(bySheetCell, `${p.sheet}\u0000${shown(p.sheet, p.cell)}`, p);
  }
  const marks: ProblemMark[] = [];
  for (const [key, list] of bySheetCell) {
    const [sheet, address] = key.split('\u0000') as [string, string];
    if (!hasSheet(sheet) || !/^[A-Z]{1,3}\d{1,7}$/.test(address)) continue;
    const nth = marks.length + 1;
    const text = nth <= noted ? list.map((p) => problemText(p)).join('\n').slice(0, 2000) : '';
    const note = nth < noted ? text : nth === noted ? `${text}\n\n${lastNote(noted)}` : '';
    marks.push({ sheet, address, fill: list.some((p) => p.severity === 'error') ? FILL_ERROR : FILL_WARNING, note });
  }
  return marks;
}

/**
 * Problem cells given a note; those after it only their fill. Tens of thousands of notes (a roster of 50,000 filled
 * with a warning on most people) made a workbook Excel opens slowly, and took kpi 110 MB and 2 s to write; every
 * problem is listed in 问题 with a link to its cell.
 */
export const MAX_PROBLEM_NOTES = 1000;
const lastNote = (noted: number) => `(问题单元格超过 ${noted} 个:此后的只标底色,不加批注,每个问题都列在「问题」表中)`;
