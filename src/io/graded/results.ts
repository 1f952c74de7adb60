import type ExcelJS from 'exceljs';
import type { PersonResult } from '../../engine/result.js';
import type { FormDef } from '../../forms/types.js';
import type { Problem } from '../../forms/problem.js';
import { items } from '../columns.js';
import { cellText } from '../grid.js';
import type { PersonSource } from '../readPeople.js';
import { BORDER, FILL_ERROR, FILL_HEAD, FILL_WARNING } from '../template/style.js';

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

/** Last column holding a cell in rows from..to, looking only at rows that exist. */
function lastColumnIn(ws: ExcelJS.Worksheet, from: number, to: number): number {
  let last = 0;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n >= from && n <= to) last = Math.max(last, row.cellCount);
  });
  return last;
}

/**
 * First of `width` columns for results: after every column in use, or, when a stray cell sits near XFD,
 * after the columns used by the rows the results go into (rows outside them are never written).
 */
function appendColumn(ws: ExcelJS.Worksheet, width: number, rows: { from: number; to: number }): number {
  if (ws.columnCount + width <= EXCEL_MAX_COLUMNS) return ws.columnCount + 1;
  const first = lastColumnIn(ws, rows.from, rows.to) + 1;
  if (first + width - 1 <= EXCEL_MAX_COLUMNS) return first;
  throw new NoRoomError(
    ws.name,
    `工作表「${ws.name}」第 ${rows.from}–${rows.to} 行已用到第 ${first - 1} 列,右边不足 ${width} 个空列写入评分结果(Excel 最多 ${EXCEL_MAX_COLUMNS} 列,到 XFD)。请删除多余的列后再评分,或用 --dry-run 只看结果`,
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

/**
 * Scores go beside the entries they come from: the 得分/说明 cells of a form sheet, or new columns of a roster.
 * Throws NoRoomError when a sheet has no room left for them.
 */
export function writeResultsIntoSheets(wb: ExcelJS.Workbook, form: FormDef, results: PersonResult[], sources: PersonSource[]): void {
  const rosterColumns = new Map<string, number>();
  const lastRosterRow = new Map<string, number>();
  for (const s of sources) if (s.kind === 'roster') lastRosterRow.set(s.sheet, Math.max(lastRosterRow.get(s.sheet) ?? 0, s.row));
  results.forEach((result, i) => {
    const source = sources[i];
    const ws = source && wb.getWorksheet(source.sheet);
    if (!source || !ws) return;
    if (source.kind === 'form') writeFormSheet(ws, form, result, source);
    else {
      let first = rosterColumns.get(source.sheet);
      if (first === undefined) {
        const headings = rosterHeadings(form, result);
        first = appendColumn(ws, headings.length, { from: source.headerRow, to: lastRosterRow.get(source.sheet)! });
        rosterColumns.set(source.sheet, first);
        headings.forEach((h, k) => {
          const cell = ws.getCell(source.headerRow, first! + k);
          cell.value = h;
          restyle(cell, { font: { bold: true }, fill: FILL_HEAD, border: BORDER });
        });
      }
      rosterValues(result).forEach((v, k) => setResult(ws.getCell(source.row, first! + k), v));
    }
  });
}

function rosterHeadings(form: FormDef, sample: PersonResult): string[] {
  const parts = sample.parts.length > 1 ? sample.parts.map((p) => `得分·${p.label}`) : [];
  return [...items(form).map((i) => `得分·${i.label}`), ...parts, '总分', '等级', '排名', '评分说明'];
}

function rosterValues(r: PersonResult): Array<number | string | null> {
  const parts = r.parts.length > 1 ? r.parts.map((p) => p.score) : [];
  return [
    ...r.items.map((i) => i.score),
    ...parts,
    r.total,
    r.band ?? NOT_SCORED,
    r.rank ?? null,
    r.status === 'scored' ? r.explanation : `有错误,未评分:${r.problems.filter((p) => p.severity === 'error').length} 处`,
  ];
}

function setResult(cell: ExcelJS.Cell, value: number | string | null): void {
  cell.value = value;
  if (typeof value === 'number') restyle(cell, { numFmt: SCORE_FORMAT });
}

function writeFormSheet(ws: ExcelJS.Worksheet, form: FormDef, r: PersonResult, source: Extract<PersonSource, { kind: 'form' }>): void {
  const t = source.table;
  let scoreCol = t.scoreCol;
  let explanationCol = t.explanationCol;
  if (scoreCol === null || explanationCol === null) {
    // A user's own form without 得分/说明 columns: add them after the table.
    const next = appendColumn(ws, 2, { from: t.headerRow, to: t.lastRow + 10 });
    scoreCol ??= next;
    explanationCol ??= scoreCol === next ? next + 1 : next;
    ws.getCell(t.headerRow, scoreCol).value = '得分';
    ws.getCell(t.headerRow, explanationCol).value = '说明';
  }
  for (const item of r.items) {
    const row = t.itemRows.get(item.id)?.[0];
    if (!row) continue;
    setResult(ws.getCell(row, scoreCol), item.score);
    const expl = ws.getCell(row, explanationCol);
    expl.value = item.explanation;
    restyle(expl, { alignment: { wrapText: true, vertical: 'middle' } });
  }
  const labelCol = t.itemCol;
  const found = new Map<string, number>();
  for (let row = t.lastRow + 1; row <= Math.min(ws.rowCount, t.lastRow + 10); row++) {
    const cell = ws.findRow(row)?.findCell(labelCol);
    const text = cell ? cellText(cell) : '';
    if (text === '总分' || text === '等级') found.set(text, row);
  }
  const wanted = (r.parts.length > 1 ? r.parts.length : 0) + 2 - found.size;
  let append = wanted > 0 ? appendRows(ws, t.lastRow + 10, wanted) : 0;
  const put = (label: string, value: number | string | null, note?: string) => {
    let row = found.get(label);
    if (row === undefined) {
      row = append++;
      ws.getCell(row, labelCol).value = label;
      restyle(ws.getCell(row, labelCol), { font: { bold: true } });
    }
    setResult(ws.getCell(row, scoreCol!), value);
    if (note !== undefined) {
      const cell = ws.getCell(row, explanationCol!);
      cell.value = note;
      restyle(cell, { alignment: { wrapText: true, vertical: 'middle' } });
      const lines = Math.ceil(note.length / 30);
      if (lines > 1) ws.getRow(row).height = Math.min(400, Math.max(ws.getRow(row).height ?? 15, lines * 15));
    }
  };
  if (r.parts.length > 1) for (const p of r.parts) put(`${p.label}得分`, p.score);
  put('总分', r.total, r.status === 'scored' ? r.explanation : `有错误,未评分(见「问题」表)`);
  put('等级', r.band ?? NOT_SCORED);
}

/** Cells with problems get a fill and a note; the user's value stays as it was. */
export function markProblemCells(wb: ExcelJS.Workbook, problems: Problem[]): void {
  const bySheetCell = new Map<string, Problem[]>();
  for (const p of problems) {
    if (!p.sheet || !p.cell || p.severity === 'info') continue;
    const key = `${p.sheet}\u0000${p.cell}`;
    bySheetCell.set(key, [...(bySheetCell.get(key) ?? []), p]);
  }
  for (const [key, list] of bySheetCell) {
    const [sheet, address] = key.split('\u0000') as [string, string];
    const ws = wb.getWorksheet(sheet);
    if (!ws || !/^[A-Z]{1,3}\d{1,7}$/.test(address)) continue;
    const cell = ws.getCell(address);
    restyle(cell, { fill: list.some((p) => p.severity === 'error') ? FILL_ERROR : FILL_WARNING });
    cell.note = list.map((p) => p.message).join('\n').slice(0, 2000);
  }
}

/** Cells loaded from a file share style objects: change a copy, or every cell of that style changes with it. */
function restyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}
