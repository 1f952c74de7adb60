import type ExcelJS from 'exceljs';
import { Workbook } from '../io/exceljsModules.js';
import { round2 } from '../model/round.js';
import type { Problem } from '../model/problem.js';
import { where } from '../model/problem.js';
import { writeFileAtomic } from '../io/atomic.js';
import { inputStem } from '../io/formats/names.js';
import { cellValueText, safeSheetName } from '../io/excelText.js';
import { withoutFileName } from './report.js';
import { headingStyle, heightFor, linesIn, setPrint } from '../io/graded/look.js';
import { problemText, severityName } from '../model/problems/index.js';
import type { FileStatus } from './types.js';
import { writeWorkbookFile } from '../io/packageParts.js';

// batch-summary.xlsx: 汇总 (one row per person of every graded file, one row per failed file) and one
// sheet of problems per file. Every text from users is written as a string value, never a formula.

export const SUMMARY_SHEET = '汇总';

export interface SummaryPerson {
  id: string;
  name: string;
  department: string;
  total: number | null;
  band: string | null;
  status: 'scored' | 'error';
}

export interface SummaryFile {
  file: string;
  status: FileStatus;
  people: SummaryPerson[];
  problems: Problem[];
  /** Set when the rows are an earlier run's result (the file was not graded this time): why. */
  note?: string;
}


function personStatus(p: SummaryPerson): string {
  return p.status === 'scored' ? '已评分' : '有错误,未评分';
}

function addTable(ws: ExcelJS.Worksheet, header: string[], widths: number[]): void {
  ws.columns = header.map((h, i) => ({ header: h, width: widths[i] }));
  ws.getRow(1).eachCell((c) => (c.style = headingStyle()));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  // A4, one page wide, the headings on every page: 总分/等级 print on the first page with the names.
  setPrint(ws, { width: widths.reduce((a, w) => a + w, 0), titleRows: [1, 1] });
}

function text(cell: ExcelJS.Cell, value: string | undefined | null): void {
  // A plain string value: exceljs writes it as a shared string (t="s"), so "=…" stays text.
  cell.value = value ? cellValueText(value) : null;
}

export function buildSummaryWorkbook(files: SummaryFile[]): ExcelJS.Workbook {
  const wb = new Workbook();
  wb.creator = 'kpi';
  const taken = new Set<string>([SUMMARY_SHEET.toLowerCase()]);
  const summary = wb.addWorksheet(SUMMARY_SHEET);
  addTable(summary, ['文件', '工号', '姓名', '部门', '总分', '等级', '状态'], [30, 10, 10, 14, 9, 8, 30]);
  let r = 2;
  for (const f of files) {
    if (f.status === 'failed') {
      const row = summary.getRow(r++);
      text(row.getCell(1), f.file);
      text(row.getCell(7), `评分失败:${withoutFileName(f.file, f.problems[0]?.message ?? '')}`);
      continue;
    }
    for (const p of f.people) {
      const row = summary.getRow(r++);
      text(row.getCell(1), f.file);
      text(row.getCell(2), p.id);
      text(row.getCell(3), p.name);
      text(row.getCell(4), p.department);
      if (p.total !== null && Number.isFinite(p.total)) {
        row.getCell(5).value = round2(p.total);
        row.getCell(5).numFmt = '0.00';
      }
      text(row.getCell(6), p.band);
      text(row.getCell(7), f.note ? `${personStatus(p)}(${f.note})` : personStatus(p));
    }
  }
  if (r > 2) summary.autoFilter = { from: { row: 1, column: 1 }, to: { row: r - 1, column: 7 } };

  for (const f of files) {
    if (!f.problems.length) continue;
    const base = inputStem(f.file.split('/').pop()!);
    const ws = wb.addWorksheet(safeSheetName(base, taken, '问题'));
    addTable(ws, ['文件', '级别', '位置', '人员', '项目', '说明', '期望', '实际', '代码'], [24, 7, 12, 10, 14, 50, 12, 12, 16]);
    for (const c of [1, 6, 7, 8]) ws.getColumn(c).alignment = { wrapText: true, vertical: 'top' };
    f.problems.forEach((p, i) => {
      const row = ws.getRow(i + 2);
      text(row.getCell(1), f.file);
      text(row.getCell(2), severityName(p.severity) ?? p.severity);
      text(row.getCell(3), where(p));
      text(row.getCell(4), p.person);
      text(row.getCell(5), p.item);
      const message = withoutFileName(f.file, problemText(p));
      text(row.getCell(6), message);
      text(row.getCell(7), p.expected);
      text(row.getCell(8), p.actual);
      text(row.getCell(9), p.code);
      // LibreOffice and WPS do not grow rows for wrapped text by themselves.
      const lines = Math.max(linesIn(f.file, 24), linesIn(message, 50), linesIn(p.expected ?? '', 12), linesIn(p.actual ?? '', 12));
      if (lines > 1) row.height = heightFor(lines);
    });
  }
  return wb;
}

export async function writeSummaryWorkbook(target: string, files: SummaryFile[]): Promise<void> {
  const wb = buildSummaryWorkbook(files);
  await writeFileAtomic(target, (tmp) => writeWorkbookFile(wb, tmp), { overwrite: true });
}
