import type ExcelJS from 'exceljs';
import { type Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { clipUtf16, EXCEL_CELL_LIMIT } from './excelText.js';

// Excel holds at most 32,767 characters in a cell and refuses (or repairs) a workbook with more; a 50 MB cell
// copied from a CSV made kpi's graded workbook one kpi itself then refused as a zip bomb. Such cells are
// reported where the input has them and cut in the graded workbook; the input file is never changed.

function textOf(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text ?? '').join('');
  return null;
}

function eachLongCell(wb: ExcelJS.Workbook, visit: (ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, text: string) => void): void {
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const text = textOf(cell.value);
        if (text !== null && text.length > EXCEL_CELL_LIMIT) visit(ws, cell, text);
      }),
    );
  }
}

/** Warnings for the cells of the user's data that Excel cannot hold. */
export function longCellProblems(wb: ExcelJS.Workbook, file?: string): Problem[] {
  const out: Problem[] = [];
  eachLongCell(wb, (ws, cell, text) => {
    out.push(problem('cell-too-long', { length: text.length, limit: EXCEL_CELL_LIMIT }, { file, sheet: ws.name, cell: cell.address }));
  });
  return out;
}

/** Cuts every cell of the graded workbook to what Excel holds, marked with 「…」. */
export function clipLongCells(wb: ExcelJS.Workbook): void {
  eachLongCell(wb, (_ws, cell, text) => {
    cell.value = `${clipUtf16(text, EXCEL_CELL_LIMIT - 1)}…`;
  });
}
