import type ExcelJS from 'exceljs';
import type { PersonResult } from '../../engine/result.js';
import { summarizeTotals } from '../../engine/stats.js';
import type { Problem } from '../../forms/problem.js';
import { BORDER, FILL_HEAD, fitWidth, safeSheetName } from '../template/style.js';
import { NOT_SCORED } from './results.js';

const SEVERITY: Record<Problem['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

type Cell = string | number | null;

/**
 * Adds 汇总, 明细 and 问题. Every text that came from a user's cell is written as a string value, which
 * Excel never evaluates, so a name like 「=HYPERLINK(…)」 stays text.
 */
export function addSummarySheets(
  wb: ExcelJS.Workbook,
  people: PersonResult[],
  sheets: string[],
  bands: Record<string, number>,
  problems: Problem[],
): void {
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  const partLabels = people[0]?.parts.length && people[0].parts.length > 1 ? people[0].parts.map((p) => p.label) : [];

  const summary = wb.addWorksheet(safeSheetName('汇总', taken));
  const extra = summaryExtras(people);
  const header = ['排名', '工号', '姓名', '部门', ...partLabels, '总分', '等级', ...extra.map((c) => c.head), '状态', '工作表'];
  const rows: Cell[][] = people
    .map((p, i) => ({ p, sheet: sheets[i] ?? '' }))
    .sort((a, b) => (a.p.rank ?? Infinity) - (b.p.rank ?? Infinity))
    .map(({ p, sheet }) => [
      p.rank ?? null, p.id, p.name, p.department,
      ...(partLabels.length ? p.parts.map((x) => x.score) : []),
      p.total, p.band ?? NOT_SCORED,
      ...extra.map((c) => c.cell(p)),
      p.status === 'scored' ? '已评分' : '有错误,未评分', sheet,
    ]);
  const money = ['绩效基数', '基本工资', '绩效奖金', '工资总额'].map((h) => header.indexOf(h) + 1).filter((c) => c > 0);
  table(summary, header, rows, [...partLabels.map((_, k) => 5 + k), 5 + partLabels.length, ...money]);
  const t = summarizeTotals(people);
  let r = rows.length + 3;
  const stat = (label: string, value: Cell) => {
    summary.getCell(r, 2).value = label;
    summary.getCell(r, 2).font = { bold: true };
    const c = summary.getCell(r++, 3);
    c.value = value;
    if (typeof value === 'number') c.numFmt = '0.00';
  };
  for (const [band, count] of Object.entries(bands)) stat(`${band}(人)`, count);
  stat('未评分(人)', t.notScored);
  stat('平均分', t.mean);
  stat('中位数', t.median);
  stat('最高分', t.max);
  stat('最低分', t.min);

  const detail = wb.addWorksheet(safeSheetName('明细', taken));
  table(
    detail,
    ['工号', '姓名', '项目', '得分', '满分', '说明'],
    people.flatMap((p) => p.items.map((i): Cell[] => [p.id, p.name, i.label, i.score, i.max, i.explanation])),
    [3, 4],
  );

  const sheet = wb.addWorksheet(safeSheetName('问题', taken));
  table(
    sheet,
    ['级别', '代码', '工作表', '单元格', '人员', '项目', '说明'],
    problems.map((p): Cell[] => [SEVERITY[p.severity], p.code, p.sheet ?? '', p.cell ?? '', p.person ?? '', p.item ?? '', p.message]),
    [],
  );
}

/** Band data (K), further grades (建议 …) and pay (绩效奖金, 工资总额) where the form or --pay gives them. */
function summaryExtras(people: PersonResult[]): Array<{ head: string; cell: (p: PersonResult) => Cell }> {
  const cols: Array<{ head: string; cell: (p: PersonResult) => Cell }> = [];
  for (const k of [...new Set(people.flatMap((p) => Object.keys(p.bandData ?? {})))]) cols.push({ head: k, cell: (p) => p.bandData?.[k] ?? null });
  for (const label of [...new Set(people.flatMap((p) => (p.grades ?? []).map((g) => g.label)))]) {
    cols.push({ head: label, cell: (p) => p.grades?.find((g) => g.label === label)?.value ?? null });
    if (people.some((p) => p.grades?.some((g) => g.label === label && g.typed !== undefined && g.typed !== g.computed))) {
      cols.push({ head: `${label}(按分数)`, cell: (p) => p.grades?.find((g) => g.label === label)?.computed ?? null });
    }
  }
  if (people.some((p) => p.pay)) {
    cols.push({ head: '绩效基数', cell: (p) => p.pay?.base ?? null });
    cols.push({ head: '基本工资', cell: (p) => p.pay?.basicSalary ?? null });
    cols.push({ head: '绩效奖金', cell: (p) => p.pay?.bonus ?? null });
    cols.push({ head: '工资总额', cell: (p) => p.pay?.gross ?? null });
  }
  return cols;
}

function table(ws: ExcelJS.Worksheet, header: string[], rows: Cell[][], numericCols: number[]): void {
  ws.addRow(header);
  ws.getRow(1).eachCell((c) => {
    c.font = { bold: true };
    c.fill = FILL_HEAD;
    c.border = BORDER;
  });
  for (const row of rows) ws.addRow(row);
  header.forEach((h, i) => {
    const col = ws.getColumn(i + 1);
    const texts = [h, ...rows.slice(0, 200).map((r) => (r[i] === null || r[i] === undefined ? '' : String(r[i])))];
    col.width = fitWidth(texts, 6, 60);
    if (numericCols.includes(i + 1)) col.numFmt = '0.00';
  });
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  if (rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: header.length } };
}
