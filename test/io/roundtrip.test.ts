import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { fillFormSheet, fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { form, readWorkbook, sheetRows, summaryTable, tempDir } from '../helpers.js';

// §8 worked example: 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79 → 一般
const wangFang: FillPerson = {
  header: { employeeId: '1001', name: '王芳', department: '客服部', period: '2026-03' },
  values: { 'M1.N': 50, 'M1.V': 45, M2: '3,2', 'M3.language': 1, 'M3.sms': 2, 'M4.base': 8, 'M4.lapses': 1, M5: 9, M6: 13, 'M7.late': 1, 'M8.points': 2, 'M8.reason': '表扬信' },
};
// 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100 → 优秀
const liQiang: FillPerson = {
  header: { employeeId: '1002', name: '李强', department: '售后组' },
  values: { 'M1.N': 40, 'M1.V': 40, 'M4.base': 10, M5: 10, M6: 15 },
};
// 旷工「两次」 is not an integer; M8 +3 without a reason: two errors, not scored.
const zhaoLei: FillPerson = {
  header: { employeeId: '1006', name: '赵磊', department: '售后组' },
  values: { 'M1.N': 50, 'M1.V': 45, 'M4.base': 8, M5: 9, M6: 13, 'M7.absent': '两次', 'M8.points': 3 },
};

async function grade(file: string, extra: { form?: string } = {}): Promise<GradeReport> {
  const outcome = await gradeFile(file, extra);
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

function byName(r: GradeReport, name: string) {
  const p = r.people.find((x) => x.name === name);
  if (!p) throw new Error(`no ${name} in ${r.people.map((x) => x.name).join(',')}`);
  return p;
}

describe('form layout: template → fill → score → graded workbook', () => {
  it('scores each person sheet and writes scores, 汇总 and 问题', async () => {
    const f = await form('mattress-cs-monthly');
    const people = [wangFang, liQiang, zhaoLei];
    const wb = await buildTemplate(f, { layout: 'form', generator: 'test', people: people.map((p) => new Map([['name', p.header.name!]])) });
    for (const p of people) fillFormSheet(wb.getWorksheet(p.header.name!)!, f, p);
    const dir = tempDir();
    const input = path.join(dir, 'march.xlsx');
    await wb.xlsx.writeFile(input);

    const report = await grade(input);
    expect(report.form).toBe('mattress-cs-monthly');
    expect(report.output).toBe(path.join(dir, 'march.graded.xlsx'));
    expect(byName(report, '王芳')).toMatchObject({ total: 79, total100: 79, band: '一般', status: 'scored', id: '1001' });
    expect(byName(report, '李强')).toMatchObject({ total: 100, band: '优秀' });
    const zhao = byName(report, '赵磊');
    expect(zhao.status).toBe('error');
    expect(zhao.total).toBeNull();
    const errs = report.problems.filter((p) => p.severity === 'error').map((p) => [p.sheet, p.code, p.person]);
    expect(errs).toContainEqual(['赵磊', 'not-a-number', '赵磊']);
    expect(errs).toContainEqual(['赵磊', 'reason-required', '赵磊']);
    expect(report.bands).toEqual({ 优秀: 1, 良好: 0, 一般: 1, 待改进: 0 });

    const out = await readWorkbook(report.output!);
    // The person's own sheet: 得分 beside the item, total and band below the table.
    const ws = out.getWorksheet('王芳')!;
    const find = (text: string) => {
      for (let r = 1; r <= ws.rowCount; r++) for (let c = 1; c <= ws.columnCount; c++) if (String(ws.getCell(r, c).value ?? '') === text) return { r, c };
      throw new Error(`no ${text}`);
    };
    const scoreCol = find('得分').c;
    expect(ws.getCell(find('客户回访率').r, scoreCol).value).toBe(18); // 45/50 × 20
    expect(ws.getCell(find('表格管理').r, scoreCol).value).toBe(15); // 20 − (3+2)
    expect(ws.getCell(find('总分').r, scoreCol).value).toBe(79);
    expect(ws.getCell(find('等级').r, scoreCol).value).toBe('一般');
    expect(String(ws.getCell(find('客户回访率').r, scoreCol + 1).value)).toContain('45/50');
    // The user's entries are kept as typed.
    expect(ws.getCell(find('客户回访率').r + 1, find('填写').c).value).toBe(45);

    const summary = summaryTable(out);
    expect(summary[0]).toEqual(['排名', '工号', '姓名', '部门', '总分', '等级', '状态', '工作表']);
    expect(summary[1]).toEqual([1, '1002', '李强', '售后组', 100, '优秀', '已评分', '李强']);
    expect(summary[2]).toEqual([2, '1001', '王芳', '客服部', 79, '一般', '已评分', '王芳']);
    expect(summary[3]!.slice(0, 7)).toEqual([null, '1006', '赵磊', '售后组', null, '未评分', '有错误,未评分']);

    const problems = sheetRows(out, '问题');
    expect(problems[0]).toEqual(['级别', '问题', '工作表', '单元格', '人员', '项目', '说明', '代码']);
    const located = problems.slice(1).map((r) => [r[7], r[2], r[4]]);
    expect(located).toContainEqual(['not-a-number', '赵磊', '赵磊']);
    // The bad cell is marked with a note in the person's sheet.
    const bad = report.problems.find((p) => p.code === 'not-a-number')!;
    const badCell = out.getWorksheet('赵磊')!.getCell(bad.cell!);
    expect(badCell.note).toBeTruthy();
    expect((badCell.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFC7CE');
    // Only that cell: the same input cell on a clean person's sheet keeps the template's yellow.
    const clean = out.getWorksheet('王芳')!.getCell(bad.cell!);
    expect((clean.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFF2CC');
  });

  it('still finds every item when a user inserts a row into the table', async () => {
    const f = await form('mattress-cs-monthly');
    const wb = await buildTemplate(f, { layout: 'form', generator: 'test', people: [new Map([['name', '王芳']])] });
    const ws = wb.getWorksheet('王芳')!;
    fillFormSheet(ws, f, wangFang);
    // A blank row above the table header and one inside the table.
    ws.spliceRows(3, 0, []);
    const dir = tempDir();
    const input = path.join(dir, 'inserted.xlsx');
    await wb.xlsx.writeFile(input);
    const report = await grade(input);
    expect(byName(report, '王芳')).toMatchObject({ total: 79, band: '一般' });
  });
});

describe('roster layout', () => {
  it('scores one row per person, with scores appended as new columns', async () => {
    const f = await form('mattress-cs-monthly');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    fillRoster(ws, f, [wangFang, liQiang, zhaoLei]);
    const dir = tempDir();
    const input = path.join(dir, 'roster.xlsx');
    await wb.xlsx.writeFile(input);
    const report = await grade(input);
    expect(report.layout).toBe('roster');
    expect(report.people.map((p) => [p.name, p.total, p.band])).toEqual([
      ['王芳', 79, '一般'],
      ['李强', 100, '优秀'],
      ['赵磊', null, null],
    ]);
    const zhaoErr = report.problems.find((p) => p.code === 'not-a-number')!;
    expect(zhaoErr.sheet).toBe('考核表');
    expect(zhaoErr.cell).toMatch(/^[A-Z]+4$/); // 赵磊 is the third person: row 4
    const out = await readWorkbook(report.output!);
    const rows = sheetRows(out, '考核表');
    const heads = rows[0]!;
    expect(rows[1]![heads.indexOf('总分')]).toBe(79);
    expect(rows[1]![heads.indexOf('得分·客户回访率')]).toBe(18);
    expect(rows[2]![heads.indexOf('等级')]).toBe('优秀');
  });

  it('reads a roster whose columns were reordered, with a comment column and a blank row added', async () => {
    const f = await form('mattress-cs-monthly');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    fillRoster(ws, f, [wangFang, liQiang]);
    // Rebuild the sheet as a user who drags columns around would leave it: reversed order, 备注 column, blank row 3.
    const rows: unknown[][] = [];
    for (let r = 1; r <= 3; r++) {
      const vals: unknown[] = [];
      for (let c = ws.columnCount; c >= 1; c--) vals.push(ws.getCell(r, c).value);
      rows.push(vals);
    }
    const plain = new ExcelJS.Workbook();
    const sheet = plain.addWorksheet('三月');
    sheet.addRow(['备注', ...rows[0]!]);
    sheet.addRow(['表现稳定', ...rows[1]!]);
    sheet.addRow([]);
    sheet.addRow(['', ...rows[2]!]);
    const dir = tempDir();
    const input = path.join(dir, 'reordered.xlsx');
    await plain.xlsx.writeFile(input);
    const report = await grade(input, { form: 'mattress-cs-monthly' });
    expect(report.people.map((p) => [p.name, p.total])).toEqual([
      ['王芳', 79],
      ['李强', 100],
    ]);
  });
});

describe('roster with two-row headings (item merged above its inputs)', () => {
  it('joins the item on the row above with the input below', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('3月');
    ws.addRow(['姓名', '客户回访率', '', '表格管理', '回访问题处理效率', '', '处理能力', '态度']);
    ws.addRow(['姓名', '本月安装(售服)客户数', '回访客户数', '表格管理', '基础分', '拖延遗漏错误次数', '处理能力', '态度']);
    ws.mergeCells('A1:A2');
    ws.mergeCells('B1:C1');
    ws.mergeCells('E1:F1');
    ws.mergeCells('D1:D2');
    ws.mergeCells('G1:G2');
    ws.mergeCells('H1:H2');
    // 45/50 × 20 = 18; 20 − 3 = 17; 15 (no counts); 8 − 5×1 = 3; 9; 13; 10 (no counts) ⇒ 18+17+15+3+9+13+10 = 85
    ws.addRow(['王芳', 50, 45, '3', 8, 1, 9, 13]);
    const dir = tempDir();
    const input = path.join(dir, 'two-rows.xlsx');
    await wb.xlsx.writeFile(input);
    const report = await grade(input, { form: 'mattress-cs-monthly' });
    expect(report.people.map((p) => [p.name, p.total, p.band])).toEqual([['王芳', 85, '良好']]);
  });
});
