import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { tempDir } from '../helpers.js';

// §2 property-cs-monthly: each item scores max(0, 分值 − 不符合项数). A roster typed by hand with the items' names alone as
// headings is read as their counts, which is right for counts; a lead who typed each item's score there got 东区 (every
// cell at its 分值, a perfect month) 0.00 and 西区 (分值 − 1 everywhere) 14.00 待改进, exit 0.
const ITEMS: Array<[string, number]> = [
  ['员工基本标准', 10], ['工作环境', 5], ['业户接待', 15], ['入伙服务、权籍资料管理', 10], ['收费管理', 10], ['维修基金管理', 5], ['装修管理', 10],
  ['档案管理', 5], ['空置房管理', 5], ['落实与信息反馈', 5], ['业户征询评议管理', 5], ['特约服务管理', 5], ['社区文化活动管理', 5], ['主管工作监督', 5],
];

async function roster(file: string, rows: Array<[string, number[]] | [string, number[], string]>): Promise<GradeReport> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('3月');
  ws.addRow(['管理处', '考评月份', ...ITEMS.map(([label]) => label)]);
  for (const [site, values, month] of rows) ws.addRow([site, month ?? '2026-03', ...values]);
  const out = path.join(tempDir(), file);
  await wb.xlsx.writeFile(out);
  const graded = await gradeFile(out, { form: 'property-cs-monthly', output: null });
  if (!graded.ok) throw new Error(graded.failure.message);
  return graded.report;
}

const at = (offset: number) => ITEMS.map(([, max]) => Math.max(0, max + offset));

describe('items’ scores typed under headings read as their counts', () => {
  it('a sheet of scores (most cells at least half their 分值, some at it) is said, and no one is scored', async () => {
    const r = await roster('scores.xlsx', [['东区', at(0)], ['西区', at(-1)], ['南区', ITEMS.map(() => 0)]]);
    expect(r.people.map((p) => [p.name, p.status, p.total])).toEqual([['东区', 'error', null], ['西区', 'error', null], ['南区', 'error', null]]);
    const sheet = r.problems.filter((p) => p.cell === 'C1');
    expect(sheet.map((p) => [p.code, p.severity])).toEqual([['unknown-column', 'error']]);
    expect(sheet[0]!.message).toContain('列「员工基本标准」和「工作环境」、「业户接待」、「入伙服务、权籍资料管理」等 13 列填的像是各项的得分');
    expect(sheet[0]!.message).toContain('请把列名改为「员工基本标准·不符合项数」这样');
    // One error a person, at their first such cell.
    expect(r.problems.filter((p) => p.person === '西区').map((p) => [p.cell, p.message.replace(/^[^:]*:[^:]*:/, '')])).toEqual([
      ['C3', '这一格的「9」在列「员工基本标准」里,像是「员工基本标准」这一项的得分;本表按「不符合项数」(项)计算这一项,没有计入,此人不评分;请改填项数(没有就填 0);如果这一列填的确实是项数,请把列名改为「员工基本标准·不符合项数」后重新评分'],
    ]);
  });

  it('a sheet of counts under the same headings is scored as counts', async () => {
    // 甲: no faults, 100. 乙: one in each of the 14 items, 100 − 14 = 86 → 良好. 丙: 10 in 员工基本标准 (its 分值: 0 points)
    // and 3 in 业户接待 (15 − 3 = 12), the rest 0: 100 − 10 − 3 = 87 → 良好 — one column at its 分值 is no sheet of scores.
    const r = await roster('counts.xlsx', [['甲', ITEMS.map(() => 0)], ['乙', ITEMS.map(() => 1)], ['丙', ITEMS.map(([label]) => (label === '员工基本标准' ? 10 : label === '业户接待' ? 3 : 0))]]);
    expect(r.people.map((p) => [p.name, p.status, p.total, p.band])).toEqual([['甲', 'scored', 100, '优秀'], ['乙', 'scored', 86, '良好'], ['丙', 'scored', 87, '良好']]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('the template’s headings (「员工基本标准·不符合项数」) are counts: 10 of 10 faults is 0 points, a row all at the 分值 is points', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('3月');
    ws.addRow(['管理处', '考评月份', ...ITEMS.map(([label]) => `${label}·不符合项数`)]);
    ws.addRow(['东区', '2026-03', ...at(0)]);
    ws.addRow(['北区', '2026-03', ...ITEMS.map(([label]) => (label === '员工基本标准' ? 10 : 0))]);
    const out = path.join(tempDir(), 'named.xlsx');
    await wb.xlsx.writeFile(out);
    const graded = await gradeFile(out, { form: 'property-cs-monthly', output: null });
    if (!graded.ok) throw new Error(graded.failure.message);
    // 东区 every count at its item's 分值 is the items' points, as a person's sheet of them is (read as counts it was
    // max(0, m − m) = 0 for each item, 0.00 待改进 at exit 0): refused. 北区 10 faults of 10 in one item: 100 − 10 = 90.
    expect(graded.report.people.map((p) => [p.name, p.status, p.total])).toEqual([['东区', 'error', null], ['北区', 'scored', 90]]);
    expect(graded.report.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.person])).toEqual([['points-not-scale', '东区']]);
  });
});

// A row of each item's 分值 typed under the headings (labelled 分值 or 标准分, or left blank): it was skipped as no one's,
// but its full marks still made the sheet look like scores, so no 管理处 was scored (exit 1); left blank, it was a
// 管理处 of its own.
describe('a row of full marks under the headings', () => {
  const counts = ITEMS.map(([label]) => (label === '员工基本标准' ? 1 : label === '装修管理' ? 2 : 0));
  for (const label of ['分值', '标准分', '']) {
    it(`(${label || 'no label'}) is no one's, and the counts below it are read as counts: 100 − 3 = 97, 100 − 14 = 86`, async () => {
      // The row of 分值 carries no month (a person's row does).
      const r = await roster(`max-${label || 'blank'}.xlsx`, [[label, at(0), ''], ['一区', counts], ['二区', ITEMS.map(() => 1)]]);
      expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['一区', 97, '优秀'], ['二区', 86, '良好']]);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(r.problems.filter((p) => p.code === 'skipped-row').map((p) => (p.params as { rows: Array<{ row: number }> }).rows.map((x) => x.row))).toEqual([[2]]);
    });
  }
});

// One such column among others: express-cs 「工作状况」 (40 points, 0.5 off a violation) holding 39, 36 and 40 was read
// as 39, 36 and 40 violations — 20.5, 22 and 20 points, totals 78.5 and 79 一般, exit 0.
describe('one column of an item\'s name holding scores', () => {
  const express = async (values: number[]) => {
    const { writeFileSync } = await import('node:fs');
    const file = path.join(tempDir(), 'e.csv');
    writeFileSync(file, `姓名,员工的工作效率,工作状况\r\n${values.map((v, k) => `人${k + 1},18,${v}`).join('\r\n')}\r\n`);
    const graded = await gradeFile(file, { form: 'express-cs', output: null });
    if (!graded.ok) throw new Error(graded.failure.message);
    return graded.report;
  };

  it('is said when every figure in it is at least half the 分值 and one is the 分值 (three people or more)', async () => {
    const r = await express([39, 36, 40]);
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error', 'error']);
    const sheet = r.problems.find((p) => p.cell === 'C1')!;
    expect([sheet.code, sheet.severity]).toEqual(['unknown-column', 'error']);
    // What to write when they are counts after all: the count's own heading, not the one already there.
    expect(sheet.message).toContain('如果这一列填的确实是次数,请把列名改为「工作状况·违反次数」');
  });

  it('counts are read as counts: 18 + 40 + (40 − 0.5 × n); two people near the 分值 are not', async () => {
    // 0, 1, 3 violations: 98, 97.5, 96.5. 8 and 12 alone (two people, far from the 分值): counts, 18 + 40 + 36 = 94 and 92.
    expect((await express([0, 1, 3])).people.map((p) => p.total)).toEqual([98, 97.5, 96.5]);
    expect((await express([8, 12])).people.map((p) => p.total)).toEqual([94, 92]);
    // (39 and 40 alone — two people, each within a quarter of the 40 — are its points: refused, as three people's are.
    // Read as counts they were 18 + 40 + 20.5 = 78.5 and 78 at exit 0: a red team's case, 刘洋 77.50 for 96.)
    expect((await express([39, 40])).people.map((p) => p.status)).toEqual(['error', 'error']);
    // One figure a count among scores (2 beside 39 and 40): not every figure a score's, read as counts.
    expect((await express([39, 40, 2])).people.map((p) => p.total)).toEqual([78.5, 78, 97]);
  });
});

// §17 probation 「准时出勤」 (10 points by tiers of lateness: 0 → 10, 1 → 8, 2 → 6, 3 → 4, more → 2): its template heads
// the count with the item's name alone, and a lead who typed the points (10, 8, 10, 6, 10) got each read as that many
// latenesses — 2 points each, 92.00 优秀 for everyone, exit 0.
describe('a column of an item scored by tiers of a count, holding scores', () => {
  const probation = async (values: number[]) => {
    const { writeFileSync } = await import('node:fs');
    const file = path.join(tempDir(), 'p.csv');
    // The other items at their top choice, by their points: 20 + 30 + 20 + 20 = 90.
    writeFileSync(file, `姓名,准时出勤,专业知识,服务态度,团队合作,问题解决\r\n${values.map((v, k) => `人${k + 1},${v},20,30,20,20`).join('\r\n')}\r\n`);
    const graded = await gradeFile(file, { form: 'probation', output: null });
    if (!graded.ok) throw new Error(graded.failure.message);
    return graded.report;
  };
  it('is said, and nobody is scored from it (each was 2 of 10)', async () => {
    const r = await probation([10, 8, 10, 6, 10]);
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error', 'error', 'error', 'error']);
    expect(r.problems.find((p) => p.cell === 'B1')!.message).toContain('像是「准时出勤」这一项的得分');
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5', 'B6']);
  });
  it('counts are read as counts: 0, 1, 2, 4 latenesses score 90 + 10, 8, 6, 2 = 100, 98, 96, 92', async () => {
    const r = await probation([0, 1, 2, 4]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.people.map((p) => p.total)).toEqual([100, 98, 96, 92]);
  });
});

describe('one column of counts with zeros among them', () => {
  it('is counts (3, 4, 5, 0, 0, 0 faults under 工作环境 of 5): 100 − n, as before', async () => {
    const r = await roster('zeros.xlsx', [3, 4, 5, 0, 0, 0].map((n, k) => [`区${k + 1}`, ITEMS.map(([label]) => (label === '工作环境' ? n : 0))] as [string, number[]]));
    expect(r.people.map((p) => p.total)).toEqual([97, 96, 95, 100, 100, 100]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('a row of full marks whose month is filled is a person whose name was forgotten: said, not skipped', async () => {
    const r = await roster('forgot.xlsx', [['甲', ITEMS.map(() => 0)], ['', at(0)], ['乙', ITEMS.map(() => 1)]]);
    expect(r.problems.filter((p) => p.code === 'skipped-row')).toEqual([]);
    expect(r.problems.some((p) => p.severity === 'error' && p.cell === 'A3')).toBe(true);
  });
  it('so is one between people with nothing else filled: a row of 分值 is typed right under the headings', async () => {
    const r = await roster('forgot-bare.xlsx', [['甲', ITEMS.map(() => 0)], ['乙', ITEMS.map(() => 1)], ['', at(0), ''], ['丙', ITEMS.map(() => 0)]]);
    expect(r.problems.filter((p) => p.code === 'skipped-row')).toEqual([]);
    expect(r.problems.some((p) => p.severity === 'error' && p.cell === 'A4')).toBe(true);
  });
});

// A team's own definition of items of 5 points counted down (迟到, 早退, 未打卡: 5 − 1 × 次数): kpi's template heads each
// count with the item's name alone, and counts of 3–5 read like scores — kpi refused its own template (everyone 未评分).
describe('kpi\'s own template of a form whose count columns are headed by the item alone', () => {
  it('reads the counts: 80 + (5 − 3) + (5 − 5) + (5 − 4) = 83; the same sheet without the template\'s mark is refused as before', async () => {
    const { writeFileSync } = await import('node:fs');
    const { templateCommand } = await import('../../src/cli/template.js');
    const { captureOutput } = await import('../../src/cli/output.js');
    const dir = tempDir();
    const count = (id: string, label: string) => ({ id, label, max: 5, inputs: [{ id: 'n', label: '次数', type: 'integer', min: 0, optional: true, default: 0, unit: '次' }], rule: { kind: 'deduction', base: 5, floor: 0, penalties: [{ input: 'n', per: 1 }] } });
    const def = {
      language: 2, id: 'disc-cs', title: '客服组纪律考核', version: '1.0.0', header: ['name', 'employeeId', 'department'],
      parts: [
        { id: 'P', label: '业绩', items: [{ id: 'Q', label: '质检得分', max: 85, inputs: [{ id: 's', label: '得分', type: 'number', min: 0, max: 85, unit: '分' }], rule: { kind: 'band', input: 's' } }] },
        { id: 'D', label: '纪律', items: [count('L', '迟到'), count('E', '早退'), count('F', '未打卡')] },
      ],
      combine: { kind: 'sum' }, grades: { scale: 'default' },
    };
    const defFile = path.join(dir, 'disc-cs.json');
    writeFileSync(defFile, JSON.stringify(def, null, 2));
    const file = path.join(dir, 'roster.xlsx');
    expect(await templateCommand(captureOutput(), defFile, { layout: 'roster', output: file })).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const heads = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const at = (h: string) => heads.indexOf(h);
    expect(['姓名', '质检得分', '迟到', '早退', '未打卡'].map(at).every((c) => c > 0)).toBe(true);
    const rows: Array<[string, number, number, number, number]> = [['王芳', 80, 3, 5, 4], ['李强', 70, 5, 3, 3], ['张敏', 75, 4, 4, 5]];
    rows.forEach(([name, q, l, e, f], k) => {
      const row = ws.getRow(2 + k);
      row.getCell(at('姓名')).value = name;
      row.getCell(at('质检得分')).value = q;
      row.getCell(at('迟到')).value = l;
      row.getCell(at('早退')).value = e;
      row.getCell(at('未打卡')).value = f;
    });
    await wb.xlsx.writeFile(file);
    const graded = await gradeFile(file, { form: defFile, output: null });
    if (!graded.ok) throw new Error(graded.failure.message);
    // 王芳 80 + 2 + 0 + 1 = 83; 李强 70 + 0 + 2 + 2 = 74; 张敏 75 + 1 + 1 + 0 = 77.
    expect(graded.report.people.map((p) => [p.name, p.total])).toEqual([['王芳', 83], ['李强', 74], ['张敏', 77]]);
    // Without kpi's mark (the team's own sheet so headed), the figures read as the items' scores: refused, as before.
    wb.removeWorksheet(wb.getWorksheet('_kpi')!.id);
    wb.keywords = '';
    await wb.xlsx.writeFile(file);
    const own = await gradeFile(file, { form: defFile, output: null });
    if (!own.ok) throw new Error(own.failure.message);
    expect(own.report.people.map((p) => p.status)).toEqual(['error', 'error', 'error']);
  });
});

describe('kpi\'s own template, the count column holding figures no month\'s count reaches', () => {
  it('express-cs 「工作状况」 38, 39, 40 (its base 40): refused as scores, as on a team\'s sheet (read as 38 违反 it was 79 一般 without a word)', async () => {
    const { repoRoot } = await import('../helpers.js');
    const r = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl/own-template/express-march.xlsx'), { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.every((p) => p.status === 'error')).toBe(true);
    expect(r.report.problems.some((p) => p.severity === 'error' && p.message.includes('像是「工作状况」这一项的得分'))).toBe(true);
  });
});

// §17 probation: kpi's own roster heads 准时出勤's count with the item alone; a supervisor typed the item's points there
// (10, 8, 10, 6, 10, 8), read as six and more lateness each: 2 + 20 + 30 + 20 + 20 = 92 优秀 for everyone, exit 0.
describe('kpi\'s own template, an item-named count column holding the item\'s points (§17 准时出勤 10, 8, 10, 6 …)', () => {
  it('is refused as scores, as on a team\'s own sheet: counts a month holds for everyone stop at 5', async () => {
    const { templateCommand } = await import('../../src/cli/template.js');
    const { captureOutput } = await import('../../src/cli/output.js');
    const dir = tempDir();
    const file = path.join(dir, 'probation.xlsx');
    expect(await templateCommand(captureOutput(), 'probation', { layout: 'roster', output: file })).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const heads = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const col = heads.indexOf('准时出勤');
    expect(col).toBeGreaterThan(0);
    [10, 8, 10, 6].forEach((points, k) => {
      ws.getRow(2 + k).getCell(heads.indexOf('姓名')).value = `员工${k + 1}`;
      ws.getRow(2 + k).getCell(col).value = points;
    });
    await wb.xlsx.writeFile(file);
    const graded = await gradeFile(file, { output: null });
    if (!graded.ok) throw new Error(graded.failure.message);
    expect(graded.report.problems.filter((p) => p.severity === 'error' && p.code === 'unknown-column').length).toBeGreaterThan(0);
    // Each person with a figure there is not scored (they were 92 优秀 each at exit 0).
    expect(graded.report.people.map((p) => p.status)).toEqual(['error', 'error', 'error', 'error']);
    expect(graded.report.problems.filter((p) => p.code === 'unknown-column' && p.severity === 'error').map((p) => p.cell)).toEqual(['H1', 'H2', 'H3', 'H4', 'H5']);
  });
});

// §2 scores typed under the items' names, each below its 分值 and none at it (9 of 10, 4 of 5, 13 of 15 …), beside the
// seed's own 「考评总分」 — their sum, 85: read as 15 faults, every 管理处 待改进 at exit 0.
describe('scores that sum to the team\'s own total', () => {
  it('§2 under the items beside 「考评总分」 equal to their sum (9 + 4 + 13 + … = 85): refused as scores, no one scored', async () => {
    const { repoRoot } = await import('../helpers.js');
    const graded = await gradeFile(path.join(repoRoot, 'test/fixtures/review42/property-scores-beside-total.xlsx'), { form: 'property-cs-monthly', output: null });
    if (!graded.ok) throw new Error(graded.failure.message);
    expect(graded.report.people.map((p) => p.total)).toEqual([null, null, null]);
    expect(graded.report.problems.find((p) => p.cell === 'B2')!.message).toContain('填的像是各项的得分');
  });
});
