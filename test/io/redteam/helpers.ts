import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gradeFile } from '../../../src/io/grade.js';
import type { GradeOptions, GradeReport } from '../../../src/io/outcome.js';
import type { Problem } from '../../../src/model/problem.js';
import { tempDir } from '../../helpers.js';

// The mattress form (CATALOG §8) with every column, and its worked example:
// 王芳 N 50, V 45 → 18; 表格管理 3,2 → 15; 用语 1, 短信 2 → 11; 基础分 8, 拖延 1 → 3; 处理能力 9; 态度 13;
// 迟到 1 → 8; 奖惩 +2 (表扬信) ⇒ 18+15+11+3+9+13+8+2 = 79.
// 李强: 40/40 → 20, 20, 15, 10, 10, 15, 10 ⇒ 100.
export const HEAD = [
  '工号', '姓名', '客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '表格管理',
  '日常服务规范·用语不规范', '日常服务规范·短信漏发', '日常服务规范·跟踪不到位',
  '回访问题处理效率·基础分', '回访问题处理效率·拖延遗漏错误次数', '处理能力', '态度',
  '工作纪律·迟到或早退', '工作纪律·旷工', '工作纪律·做与工作无关的事', '工作纪律·工作时间睡觉', '其它·奖惩分', '其它·原因',
];
export const WANG: unknown[] = ['1001', '王芳', 50, 45, '3,2', 1, 2, null, 8, 1, 9, 13, 1, null, null, null, 2, '表扬信'];
export const LI: unknown[] = ['1002', '李强', 40, 40, null, null, null, null, 10, null, 10, 15, null, null, null, null, null, null];
export const col = (heading: string) => {
  const i = HEAD.indexOf(heading);
  if (i < 0) throw new Error(`no heading ${heading}`);
  return i;
};
/** A copy of a row with some cells replaced, by heading. */
export function withCells(row: unknown[], cells: Record<string, unknown>): unknown[] {
  const out = [...row];
  for (const [h, v] of Object.entries(cells)) out[col(h)] = v;
  return out;
}

export async function writeRoster(rows: unknown[][], setup?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void, name = 'roster.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('3月');
  for (const r of rows) ws.addRow(r);
  setup?.(ws, wb);
  const file = path.join(tempDir(), name);
  await wb.xlsx.writeFile(file);
  return file;
}

export function writeCsv(rows: unknown[][], name = 'roster.csv'): string {
  const cell = (c: unknown) => {
    const s = c === null || c === undefined ? '' : String(c);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const file = path.join(tempDir(), name);
  writeFileSync(file, rows.map((r) => r.map(cell).join(',')).join('\n'));
  return file;
}

export async function grade(file: string, options: GradeOptions = {}): Promise<GradeReport> {
  const outcome = await gradeFile(file, { form: 'mattress-cs-monthly', output: null, ...options });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

export const totals = (r: GradeReport) => r.people.map((p) => [p.name, p.total]);
export const errors = (r: GradeReport): Problem[] => r.problems.filter((p) => p.severity === 'error');
