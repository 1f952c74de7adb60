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

/** Scores go beside the entries they come from: the 得分/说明 cells of a form sheet, or new columns of a roster. */
export function writeResultsIntoSheets(wb: ExcelJS.Workbook, form: FormDef, results: PersonResult[], sources: PersonSource[]): void {
  const rosterColumns = new Map<string, number>();
  results.forEach((result, i) => {
    const source = sources[i];
    const ws = source && wb.getWorksheet(source.sheet);
    if (!source || !ws) return;
    if (source.kind === 'form') writeFormSheet(ws, form, result, source);
    else {
      let first = rosterColumns.get(source.sheet);
      if (first === undefined) {
        first = ws.columnCount + 1;
        rosterColumns.set(source.sheet, first);
        rosterHeadings(form, result).forEach((h, k) => {
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
    const next = ws.columnCount + 1;
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
    const text = cellText(ws.getCell(row, labelCol));
    if (text === '总分' || text === '等级') found.set(text, row);
  }
  let append = ws.rowCount + 2;
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
