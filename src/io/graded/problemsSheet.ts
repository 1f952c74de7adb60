import type ExcelJS from 'exceljs';
import type { Problem } from '../../model/problem.js';
import { FILL_ERROR, FILL_WARNING } from '../template/style.js';
import { codeName, problemText, severityName } from '../../model/problems/index.js';

/** Columns of the 问题 sheet: Chinese first; the machine code last, for scripts and support. */
export const PROBLEM_HEADINGS: Array<{ label: string; wrap: boolean; width?: number; max?: number }> = [
  { label: '级别', wrap: false, width: 7 },
  { label: '问题', wrap: true, max: 16 },
  { label: '工作表', wrap: true, max: 16 },
  { label: '单元格', wrap: false, width: 9 },
  { label: '人员', wrap: true, max: 12 },
  { label: '项目', wrap: true, max: 16 },
  { label: '说明', wrap: true, width: 56 },
  { label: '代码', wrap: false, max: 22 },
];

export interface ProblemRow {
  values: Array<string | ExcelJS.CellHyperlinkValue>;
  fill: ExcelJS.Fill | null;
  /** Column (1-based) holding a link to the cell, if any. */
  linked: number | null;
}

/** A problem's row: where it is (a link to the cell), who and what, and the message said once. */
export function problemRow(p: Problem): ProblemRow {
  const target = problemLink(p);
  const cell: string | ExcelJS.CellHyperlinkValue = target ? { text: p.cell || '(整表)', hyperlink: target } : p.cell ?? '';
  return {
    values: [severityName(p.severity), codeName(p.code), p.sheet ?? '', cell, p.person ?? '', p.item ?? '', problemText(p), p.code],
    fill: problemFill(p),
    linked: target ? LINKED_COLUMN : null,
  };
}

/** The column of 问题 (单元格, the 4th of PROBLEM_HEADINGS) whose cell links to the problem's cell. */
export const LINKED_COLUMN = 4;

export function problemFill(p: Problem): ExcelJS.Fill | null {
  return p.severity === 'error' ? FILL_ERROR : p.severity === 'warning' ? FILL_WARNING : null;
}

/** Where a problem's row links to (「'考核表'!G6」); null for a sheet of another file (§11 --data: 「[导出.xlsx]赤兔数据」). */
export function problemLink(p: Problem): string | null {
  return p.sheet && !p.sheet.includes('!') && !p.sheet.startsWith('[') ? `'${p.sheet.replace(/'/g, "''")}'!${p.cell && /^[A-Z]{1,3}\d+$/.test(p.cell) ? p.cell : 'A1'}` : null;
}
