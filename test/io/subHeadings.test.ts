// A roster whose headings take two rows: each item merged over 填写 | 得分 (or 主管评分 | 备注), 姓名 and 工号 merged down
// over both. The second row was read as a person named 「姓名」 (its merged cell), its 「填写」 refused as every item's
// answer, and each 得分 column refused with the advice to move the team's score into the answer's column.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { tempDir } from '../helpers.js';

async function twoRowRoster(items: string[], subs: [string, string], rows: Array<Array<string | number>>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考核表');
  ws.addRow(['工号', '姓名', '部门', ...items.flatMap((i) => [i, ''])]);
  ws.addRow(['', '', '', ...items.flatMap(() => subs)]);
  for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}1:${c}2`);
  items.forEach((_, k) => ws.mergeCells(1, 4 + 2 * k, 1, 5 + 2 * k));
  rows.forEach((r) => ws.addRow(r));
  const file = path.join(tempDir(), 'two.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('填写 | 得分 under each item', () => {
  it('§1 after-sales: the answers read from 填写, the team\'s 得分 listed as not read — 79.5625 and 78.75, no person 「姓名」', async () => {
    const items = ['客户信息管理', '客户档案管理', '客户回访', '投诉处理', '服务意识', '以客户为中心'];
    const file = await twoRowRoster(items, ['填写', '得分'], [
      ['1', '张三', '售后部', '92%', 20, '有部分不完整,但影响不大', 10, '完成目标值要求', 20, 1, 15, '4级', 40, '3级', 30],
      ['2', '李四', '售后部', '85%', 10, '完成目标值要求', 20, '回访率达到90%以上', 10, 0, 20, '5级', 50, '5级', 50],
    ]);
    const outcome = await gradeFile(file, { form: 'after-sales-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // CATALOG §1's worked example: A 20 + 10 + 20 + 15 = 65 / 80 = 81.25; B 40 + 30 = 70; 81.25 × 0.85 + 70 × 0.15 = 79.5625.
    // 李四: A 10 + 20 + 10 + 20 = 60 / 80 = 75; B 50 + 50 = 100; 75 × 0.85 + 100 × 0.15 = 78.75.
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张三', 79.5625], ['李四', 78.75]]);
    expect(outcome.report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const listed = outcome.report.problems.find((p) => p.code === 'unknown-column')!;
    expect(listed.message).toContain('「客户信息管理·得分」(E2)');
  });

  it('§13 cs-scheme-100 with 主管评分 | 备注: the marks read, the remarks listed — 89 and 100', async () => {
    const items = ['业绩考核', '质量考核', '业务考核', '通话利用率', '报表提交及时性', '出勤情况', '问题反馈及工作配合度', '遵守规章制度及上级综合评分'];
    const file = await twoRowRoster(items, ['主管评分', '备注'], [
      ['1', '张三', '客服部', 18, '', 27, '', 9, '', 8, '', 5, '', 5, '', 9, '', 8, ''],
      ['2', '李四', '客服部', 20, '好', 30, '', 10, '', 10, '', 5, '', 5, '', 10, '', 10, ''],
    ]);
    const outcome = await gradeFile(file, { form: 'cs-scheme-100', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 18 + 27 + 9 + 8 + 5 + 5 + 9 + 8 = 89; 20 + 30 + 10 + 10 + 5 + 5 + 10 + 10 = 100.
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张三', 89], ['李四', 100]]);
    expect(outcome.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('填写 | 得分 on a form whose input is itself named 得分 (§10 sales-cs-kpi\'s survey scores)', () => {
  it('the survey score under 填写 is read, the team\'s points under 得分 listed: 94 and 79.5 (18 of 100 under 得分 was 3.6 at exit 0)', async () => {
    const items = ['客户满意度', '投诉处理', '产品知识', '团队协作', '个人素质'];
    for (const subs of [['填写', '得分'], ['实际', '结果']] as Array<[string, string]>) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('考核表');
      ws.addRow(['姓名', '实际销售额', '目标销售额', '新客户数', '访问数', '目标转化率', '平均响应秒数', '目标秒数', ...items.flatMap((i) => [i, ''])]);
      ws.addRow(['', '', '', '', '', '', '', '', ...items.flatMap(() => subs)]);
      for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) ws.mergeCells(`${c}1:${c}2`);
      items.forEach((_, k) => ws.mergeCells(1, 9 + 2 * k, 1, 10 + 2 * k));
      ws.addRow(['张三', 100000, 100000, 10, 100, '10%', 30, 30, 90, 18, 80, 8, 90, 9, 100, 5, 80, 4]);
      ws.addRow(['李四', 80000, 100000, 10, 100, '10%', 40, 30, 75, 15, 70, 7, 80, 8, 80, 4, 60, 3]);
      const file = path.join(tempDir(), 'kpi.xlsx');
      await wb.xlsx.writeFile(file);
      const outcome = await gradeFile(file, { form: 'sales-cs-kpi', output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      // 张三: 25 + 90/100 × 20 + 15 + 10 + 8 + 9 + 5 + 4 = 94. 李四: 80 % × 25 = 20; 75/100 × 20 = 15; 转化率 10 % ÷ 10 % × 15
      // = 15; 响应 30/40 × 10 = 7.5; 7 + 8 + 4 + 3 ⇒ 79.5.
      expect(outcome.report.people.map((p) => [p.name, p.total]), subs.join('|')).toEqual([['张三', 94], ['李四', 79.5]]);
      expect(outcome.report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    }
  });
});

describe('rows of the heading under it, its 姓名 merged down over them', () => {
  it('§13 a 分值 row (20 30 10 …) under headings whose 工号/姓名/部门 are merged down: no person 「姓名」 with full marks (100 优秀 at exit 0)', async () => {
    const items = ['业绩考核', '质量考核', '业务考核', '通话利用率', '报表提交及时性', '出勤情况', '问题反馈及工作配合度', '遵守规章制度及上级综合评分'];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('考核表');
    ws.addRow(['客服绩效考核 2026年3月']);
    ws.addRow(['工号', '姓名', '部门', ...items]);
    ws.addRow(['', '', '', 20, 30, 10, 10, 5, 5, 10, 10]);
    for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}2:${c}3`);
    ws.addRow(['1', '林一', '客服部', 20, 29, 10, 10, 5, 5, 10, 9]);
    ws.addRow(['2', '林二', '客服部', 18, 27, 9, 10, 5, 5, 10, 6]);
    ws.addRow(['3', '林三', '客服部', 19, 28, 9, 9, 5, 5, 10, 10]);
    const file = path.join(tempDir(), 'points.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { form: 'cs-scheme-100', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 20+29+10+10+5+5+10+9 = 98; 18+27+9+10+5+5+10+6 = 90; 19+28+9+9+5+5+10+10 = 95.
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['林一', 98], ['林二', 90], ['林三', 95]]);
    expect(outcome.report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('§2 a 分值 row under merged 部门/管理处: the counts below are counts, not scores (one column\'s full marks made every row refused)', async () => {
    const f = await (await import('../helpers.js')).form('property-cs-monthly');
    const items = f.parts.flatMap((p) => p.items);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('考核表');
    ws.addRow(['部门/管理处', ...items.map((i) => i.label)]);
    ws.addRow(['', ...items.map((i) => i.max)]);
    ws.mergeCells('A1:A2');
    const counts = [1, 0, 2, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0];
    ws.addRow(['一号楼', ...items.map((_, k) => counts[k] ?? 0)]);
    const file = path.join(tempDir(), 'pcm.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { form: 'property-cs-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 100 − (1 + 2 + 1 + 1) = 95.
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['一号楼', 95]]);
  });
});

describe('a two-row heading repeated for printing', () => {
  it('its cells merged down over its own two rows are no one\'s: no merged-entry naming 「姓名」 twice; everyone scored', async () => {
    const items = ['业绩考核', '质量考核', '业务考核', '通话利用率', '报表提交及时性', '出勤情况', '问题反馈及工作配合度', '遵守规章制度及上级综合评分'];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('考核表');
    const heading = (at: number) => {
      ws.getRow(at).values = ['工号', '姓名', '部门', ...items];
      ws.getRow(at + 1).values = ['', '', '', 20, 30, 10, 10, 5, 5, 10, 10];
      for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}${at}:${c}${at + 1}`);
    };
    heading(1);
    ws.getRow(3).values = ['1', '林一', '客服部', 20, 29, 10, 10, 5, 5, 10, 9];
    heading(4);
    ws.getRow(6).values = ['2', '林二', '客服部', 18, 27, 9, 10, 5, 5, 10, 6];
    const file = path.join(tempDir(), 'repeat.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { form: 'cs-scheme-100', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 98 and 90, as above.
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['林一', 98], ['林二', 90]]);
    expect(outcome.report.problems.filter((p) => p.code === 'merged-entry' || p.severity === 'error')).toEqual([]);
  });
});

describe('自评 | 主管 under each item of a form without raters', () => {
  it('§13 cs-scheme-100: the supervisor\'s marks are the score, the self-rating listed (the self-rating was read: 100 for 89)', async () => {
    const items = ['业绩考核', '质量考核', '业务考核', '通话利用率', '报表提交及时性', '出勤情况', '问题反馈及工作配合度', '遵守规章制度及上级综合评分'];
    const full = [20, 30, 10, 10, 5, 5, 10, 10];
    const marks = [18, 27, 9, 8, 5, 5, 9, 8];
    for (const subs of [['自评', '主管'], ['主管评分', '员工自评']] as Array<[string, string]>) {
      const selfFirst = subs[0].includes('自评');
      const pair = (self: number, boss: number | string) => (selfFirst ? [self, boss] : [boss, self]);
      const file = await twoRowRoster(items, subs, [
        ['1', '张三', '客服部', ...items.flatMap((_, k) => pair(full[k]!, marks[k]!))],
        // 李四's supervisor has not rated 业绩考核 yet: an error there, not his own 20.
        ['2', '李四', '客服部', ...items.flatMap((_, k) => pair(full[k]!, k === 0 ? '' : full[k]!))],
      ]);
      const outcome = await gradeFile(file, { form: 'cs-scheme-100', output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      // 张三: 18 + 27 + 9 + 8 + 5 + 5 + 9 + 8 = 89 (his own marks add up to 100).
      expect([subs, outcome.report.people.map((p) => [p.name, p.total])]).toEqual([subs, [['张三', 89], ['李四', null]]]);
      const errors = outcome.report.problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => [p.person, p.code, p.cell])).toEqual([['李四', 'required', selfFirst ? 'E4' : 'D4']]);
      expect(outcome.report.problems.find((p) => p.code === 'unknown-column')!.message).toContain(`「业绩考核·${selfFirst ? subs[0] : subs[1]}」`);
    }
  });
});
