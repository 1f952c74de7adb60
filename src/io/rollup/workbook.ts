// The roll-up workbook: 汇总 (each person's months and period figure), 部门 (the team lead's monthly figures),
// 问题, 来源. Every text that came from a user's cell is written as a string value, never a formula.
import { ROLLUP_KEYWORDS } from '../ownWorkbook.js';
import type ExcelJS from 'exceljs';
import { Workbook } from '../exceljsModules.js';
import path from 'node:path';
import type { Problem } from '../../model/problem.js';
import type { FormDef } from '../../model/definition.js';
import { moverText, type RollupResult } from '../../engine/rollup.js';
import { formatScore, formatSigned, round2, tidy } from '../../model/round.js';
import { periodLabel } from '../../engine/period.js';
import { BORDER, FILL_HEAD, FILL_WARNING, fitWidth } from '../template/style.js';
import type { ChartSpec } from './chart.js';
import { pagesAcross, setPrint } from '../graded/look.js';
import { problemText, severityName } from '../../model/problems/index.js';
import { firstLine } from '../../engine/text.js';

type Cell = string | number | null;
const NOT_SCORED = '未评分';

/** The workbook, and the chart of each department's mean by month to add to 部门 once it is written (null: nothing to draw). */
export function rollupWorkbook(form: FormDef, r: RollupResult, files: { file: string; month: string; copies?: string[]; parts?: string[] }[], problems: Problem[]): { workbook: ExcelJS.Workbook; chart: ChartSpec | null } {
  const wb = new Workbook();
  wb.creator = 'kpi';
  // What tells a roll-up written with -o into a folder of forms from the forms (io/ownWorkbook).
  wb.keywords = ROLLUP_KEYWORDS;
  const labels = Object.keys(r.bands);
  peopleSheet(wb, form, r, labels);
  const chart = departmentSheet(wb, r, labels);
  table(
    wb.addWorksheet('问题'),
    ['级别', '代码', '文件', '工作表', '单元格', '人员', '说明'],
    problems.map((p): Cell[] => [severityName(p.severity), p.code, p.file ? path.basename(p.file) : '', p.sheet ?? '', p.cell ?? '', p.person ?? '', problemText(p)]),
    [],
  );
  // A month of raters' copies scored together lists each copy, one line each; a month in parts (one file a person), each part.
  table(wb.addWorksheet('来源'), ['月份', '文件'], files.flatMap((f) => (f.copies ?? f.parts ?? [f.file]).map((c) => [f.month, c])), []);
  return { workbook: wb, chart };
}

function peopleSheet(wb: ExcelJS.Workbook, form: FormDef, r: RollupResult, labels: string[]): void {
  const ws = wb.addWorksheet('汇总');
  // A form that scores 管理处 or 团队 names its column so, as the graded workbook does.
  const who = form.subject?.kind && form.subject.kind !== 'person' ? form.subject.label : '姓名';
  const header = [
    '工号', who, '部门',
    ...r.months.flatMap((m) => [`${m} 总分`, `${m} 等级`]),
    '月均', '调整', '期间得分', '期间等级', '环比',
    ...labels.map((l) => `${l}(月数)`),
    '缺少的月份', '说明',
  ];
  const people = [...r.people].sort((a, b) => (b.total ?? -Infinity) - (a.total ?? -Infinity) || a.name.localeCompare(b.name, 'zh'));
  const rows: Cell[][] = people.map((p) => [
    p.id, p.name, p.department,
    ...r.months.flatMap((m): Cell[] => {
      const x = p.months[m];
      if (x) return [x.total, x.band];
      return [null, p.unscored.includes(m) ? NOT_SCORED : '缺'];
    }),
    p.mean,
    p.adjustments.length ? p.adjustments.reduce((a, x) => a + x.points, 0) : null,
    p.total, p.band ?? NOT_SCORED, p.change,
    ...labels.map((l) => p.bandMonths[l] ?? 0),
    [...p.missing, ...p.unscored.map((m) => `${m}(未评分)`)].join('、'),
    p.adjustments.map((a) => a.explanation).join(';'),
  ]);
  const numeric = header.map((h, i) => (/总分$|^月均$|^调整$|^期间得分$|^环比$/.test(h) ? i + 1 : 0)).filter((c) => c > 0);
  table(ws, header, rows, numeric);
  const flagged = header.indexOf('缺少的月份') + 1;
  rows.forEach((row, k) => {
    if (row[flagged - 1]) ws.getRow(k + 2).getCell(flagged).fill = FILL_WARNING;
  });

  let at = rows.length + 3;
  const line = (label: string, value: Cell) => {
    ws.getCell(at, 2).value = label;
    ws.getCell(at, 2).font = { bold: true };
    ws.getCell(at++, 3).value = value;
  };
  line('考核表', `${form.title}(${form.id} ${form.version})`);
  line('期间', `${periodLabel(r.period)}(${r.period})`);
  line('月份', r.months.join('、') + (r.absentMonths.length ? `(缺少文件:${r.absentMonths.join('、')})` : ''));
  line('期间得分', `各月总分的平均(只计有分数的月份)${form.rollup?.rules?.length ? ',加上汇总规则的调整' : ''}`);
  for (const [band, n] of Object.entries(r.bands)) line(`${band}(人)`, n);
}

function departmentSheet(wb: ExcelJS.Workbook, r: RollupResult, labels: string[]): ChartSpec | null {
  const ws = wb.addWorksheet('部门');
  const header = [
    '部门', '人数', '平均分', '中位数', ...labels.map((l) => `${l}(人)`),
    ...r.months.map((m) => `${m} 平均`), '环比', '进步最大', '退步最大', '失分最多的项目',
  ];
  const rows: Cell[][] = r.departments.map((d) => [
    d.name || '(未填部门)', d.people, d.mean, d.median, ...labels.map((l) => d.bands[l] ?? 0),
    ...r.months.map((m) => d.months[m] ?? null), d.change,
    d.moversUp.map(moverText).join('\n'),
    d.moversDown.map(moverText).join('\n'),
    d.itemsLost.map((i) => `${i.item} 共失 ${formatScore(round2(i.lost))} 分(${i.count} 人次,平均 ${formatScore(round2(i.mean))})`).join('\n'),
  ]);
  const numeric = header.map((h, i) => (/^平均分$|^中位数$|平均$|^环比$/.test(h) ? i + 1 : 0)).filter((c) => c > 0);
  table(ws, header, rows, numeric);
  const wrapFrom = header.indexOf('进步最大') + 1;
  rows.forEach((_, k) => {
    for (let c = wrapFrom; c <= header.length; c++) ws.getRow(k + 2).getCell(c).alignment = { wrapText: true, vertical: 'top' };
  });
  for (let c = wrapFrom; c <= header.length; c++) ws.getColumn(c).width = 36;
  ws.getCell(rows.length + 3, 1).value = `环比 = ${r.months[r.months.length - 1] ?? ''} 的平均分减去上一个月的平均分;进步、退步按每人这两个月总分之差(${formatSigned(1)} 表示提高 1 分)`;
  if (rows.length === 0 || r.months.length === 0) return null;
  const firstCol = header.indexOf(`${r.months[0]} 平均`) + 1;
  return {
    sheet: ws.name,
    title: '各部门月平均分',
    headerRow: 1,
    firstCol,
    lastCol: firstCol + r.months.length - 1,
    rows: rows.map((_, k) => k + 2),
    nameCol: 1,
    from: { col: 0, row: rows.length + 4 },
    to: { col: 9, row: rows.length + 24 },
  };
}

function table(ws: ExcelJS.Worksheet, header: string[], rows: Cell[][], numericCols: number[]): void {
  ws.addRow(header);
  ws.getRow(1).eachCell((c) => {
    c.font = { bold: true };
    c.fill = FILL_HEAD;
    c.border = BORDER;
  });
  for (const row of rows) {
    // The figures as --json gives them, without binary noise (-0.8333333333333286 is -0.8333333333333334).
    const added = ws.addRow(row.map((v) => (typeof v === 'number' ? tidy(v) : v)));
    // A cell of several lines (the movers, the items lost) shows them all: wrapped, its row as tall as they need.
    const lines = Math.max(1, ...row.map((v) => (typeof v === 'string' ? v.split('\n').length : 1)));
    if (lines > 1) {
      row.forEach((v, i) => {
        if (typeof v === 'string' && v.includes('\n')) added.getCell(i + 1).alignment = { wrapText: true, vertical: 'top' };
      });
      added.height = lines * 15;
    }
  }
  header.forEach((h, i) => {
    const col = ws.getColumn(i + 1);
    const texts = [h, ...rows.slice(0, 200).map((r) => (r[i] === null || r[i] === undefined ? '' : firstLine(String(r[i]))))];
    col.width = fitWidth(texts, 6, 60);
    if (numericCols.includes(i + 1)) col.numFmt = '0.00';
  });
  ws.getRow(1).eachCell((c) => (c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }));
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  // Printed as the graded workbook's sheets are: A4, landscape when wide, headings repeated, pages across when wider.
  const width = header.reduce((sum, _, i) => sum + (ws.getColumn(i + 1).width ?? 9), 0);
  setPrint(ws, { width, titleRows: [1, 1], pagesWide: pagesAcross(width), ...(header[0] === '工号' ? { titleColumns: 'A:B' } : {}) });
}
