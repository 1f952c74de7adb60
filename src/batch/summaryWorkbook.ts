import type { Problem } from '../model/problem.js';
import { where } from '../model/problem.js';
import { writeFileAtomic } from '../io/atomic.js';
import { inputStem } from '../io/formats/names.js';
import { safeSheetName } from '../io/excelText.js';
import { SUMMARY_KEYWORDS } from './ownFiles.js';
import { withoutFileName } from './report.js';
import { heightFor, linesIn, widthFor } from '../io/graded/look.js';
import { problemText, severityName } from '../model/problems/index.js';
import type { FileStatus } from './types.js';
import { writeTableWorkbook, type TableCell, type TableSheet } from '../io/tableWorkbook.js';

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
  /** What the band carries (§13's bonus coefficient K): a column of 汇总 after 等级. */
  bandData?: Record<string, number>;
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

// 状态 wraps: a long reason (评分失败:…) left to overflow into the empty columns beside it made LibreOffice
// print the whole sheet scaled down to the width of that text, a few hundred rows on a page. 文件 is as wide
// as the longest name (within bounds); its text cannot overflow, the cell beside it is never empty.
const PEOPLE_COLUMNS = [
  { heading: '文件', width: 30 },
  { heading: '工号', width: 10 },
  { heading: '姓名', width: 10 },
  { heading: '部门', width: 14 },
  { heading: '总分', width: 9, numFmt: '0.00' },
  { heading: '等级', width: 8 },
  { heading: '状态', width: 40, wrap: true },
];

const PROBLEM_COLUMNS = [
  { heading: '文件', width: 24, wrap: true },
  { heading: '级别', width: 7 },
  { heading: '位置', width: 12 },
  { heading: '人员', width: 10 },
  { heading: '项目', width: 14 },
  { heading: '说明', width: 50, wrap: true },
  { heading: '期望', width: 12, wrap: true },
  { heading: '实际', width: 12, wrap: true },
  { heading: '代码', width: 16 },
];

/** 汇总, then one sheet per file with problems (named after the file). */
export function summarySheets(files: SummaryFile[]): TableSheet[] {
  const taken = new Set<string>([SUMMARY_SHEET.toLowerCase()]);
  const rows: TableCell[][] = [];
  const heights = new Map<number, number>();
  // What bands carry (K), one column each, when any file's form has it; empty for the others.
  const carried = [...new Set(files.flatMap((f) => f.people.flatMap((p) => Object.keys(p.bandData ?? {}))))];
  const columns = [
    { ...PEOPLE_COLUMNS[0]!, width: widthFor(files.map((f) => f.file), 16, 48) },
    ...PEOPLE_COLUMNS.slice(1, 6),
    ...carried.map((heading) => ({ heading, width: 8 })),
    PEOPLE_COLUMNS[6]!,
  ];
  const add = (file: string, status: string, cells: TableCell[]) => {
    const lines = linesIn(status, PEOPLE_COLUMNS[6]!.width);
    if (lines > 1) heights.set(rows.length, heightFor(lines));
    rows.push([file, ...cells, status]);
  };
  for (const f of files) {
    if (f.status === 'failed') {
      add(f.file, `评分失败:${withoutFileName(f.file, f.problems[0]?.message ?? '')}${f.note ? `(${f.note})` : ''}`, Array<TableCell>(5 + carried.length).fill(null));
      continue;
    }
    for (const p of f.people) {
      const total = p.total !== null && Number.isFinite(p.total) ? p.total : null; // as the graded workbook: the exact figure, shown to 2 decimals by its format
      const data = carried.map((k) => p.bandData?.[k] ?? null);
      add(f.file, f.note ? `${personStatus(p)}(${f.note})` : personStatus(p), [p.id, p.name, p.department, total, p.band, ...data]);
    }
  }
  const sheets: TableSheet[] = [{ name: SUMMARY_SHEET, columns, rows, heights, filter: true }];
  for (const f of files) {
    if (!f.problems.length) continue;
    const base = inputStem(f.file.split('/').pop()!);
    const heights = new Map<number, number>();
    const problemRows = f.problems.map((p, i): TableCell[] => {
      const message = withoutFileName(f.file, problemText(p));
      // LibreOffice and WPS do not grow rows for wrapped text by themselves.
      const lines = Math.max(linesIn(f.file, 24), linesIn(message, 50), linesIn(p.expected ?? '', 12), linesIn(p.actual ?? '', 12));
      if (lines > 1) heights.set(i, heightFor(lines));
      return [f.file, severityName(p.severity) ?? p.severity, where(p), p.person, p.item, message, p.expected, p.actual, p.code];
    });
    sheets.push({ name: safeSheetName(base, taken, '问题'), columns: PROBLEM_COLUMNS, rows: problemRows, heights });
  }
  return sheets;
}

export async function writeSummaryWorkbook(target: string, files: SummaryFile[]): Promise<void> {
  const sheets = summarySheets(files);
  await writeFileAtomic(target, (tmp) => writeTableWorkbook(tmp, sheets, { keywords: SUMMARY_KEYWORDS }), { overwrite: true });
}
