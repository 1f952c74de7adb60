import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { tempDir } from '../helpers.js';

// Rosters as people really leave them. Heading list of the mattress form with the §8 worked example
// (王芳: 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79) and a clean person (李强: 20+20+15+10+10+15+10 = 100).
const HEAD = ['工号', '姓名', '客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '表格管理', '日常服务规范·用语不规范', '日常服务规范·短信漏发', '回访问题处理效率·基础分', '回访问题处理效率·拖延遗漏错误次数', '处理能力', '态度', '工作纪律·迟到或早退', '其它·奖惩分', '其它·原因'];
const WANG = ['1001', '王芳', 50, 45, '3,2', 1, 2, 8, 1, 9, 13, 1, 2, '表扬信'];
const LI = ['1002', '李强', 40, 40, null, null, null, 10, null, 10, 15, null, null, null];

async function gradeRows(rows: unknown[][], form: string | undefined = 'mattress-cs-monthly', setup?: (ws: ExcelJS.Worksheet) => void, writer?: 'exceljs' | 'package'): Promise<GradeReport> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('3月');
  for (const r of rows) ws.addRow(r);
  setup?.(ws);
  const file = path.join(tempDir(), 'roster.xlsx');
  await wb.xlsx.writeFile(file);
  const outcome = await gradeFile(file, { form, output: null, ...(writer ? { writer } : {}) });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}
const people = (r: GradeReport) => r.people.map((p) => [p.id, p.name, p.total]);

describe('rosters as people leave them', () => {
  it('total, average and signature rows under the people are not people', async () => {
    const r = await gradeRows([HEAD, WANG, LI, ['', '合计', 90, 85], ['', '平均分', 45, 42.5, null, null, null, 9, null, 9.5, 14], ['制表人:张三', '', '', '审核:李四']]);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
  });

  it('the 问题 sheet\'s 跳过的行 links to the first row skipped, not to A1', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('3月');
    // Rows 1–3 the heading and two people; 合计 on row 4, a signature line on row 5.
    for (const r of [HEAD, WANG, LI, ['', '合计', 90, 85], ['制表人:张三']]) ws.addRow(r);
    const file = path.join(dir, 'roster.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { form: 'mattress-cs-monthly' });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const skipped = outcome.report.problems.find((p) => p.code === 'skipped-row')!;
    expect(skipped.cell).toBe('A4');
    const graded = new ExcelJS.Workbook();
    await graded.xlsx.readFile(outcome.report.output!);
    const rows = graded.getWorksheet('问题')!.getSheetValues().filter(Boolean) as unknown[][];
    const row = rows.find((r) => r.includes('skipped-row'))!;
    expect(row[4]).toEqual({ text: 'A4', hyperlink: "#'3月'!A4" }); // exceljs reads a location back with its 「#」
  });

  it('statistics rows are not people: 部门平均, 人均, 中位数, 最高分, 最低, 平 均, 合 计, Total, 月度平均 (a person, 91.89 优秀, exit 0), and a 满分 row under the headings', async () => {
    const stat = (label: string) => ['', label, 45, 42.5, null, null, null, 9, null, 9.5, 14];
    const r = await gradeRows([HEAD, ['', '满分', 50, 50, null, null, null, 10, null, 10, 15], WANG, LI, ...['部门平均', '人均', '中位数', '最高分', '最低', '平 均', '合 计', 'Total', '本组平均', '月平均', '月度平均', '月度合计', '3月份平均'].map(stat)]);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
    // Said, each of them: nobody disappears without a word.
    expect(r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.params)).toEqual([expect.objectContaining({ count: 14 })]);
  });

  it('a group\'s highest and lowest (本组最低, 部门最高分, 组内最高, 本月最高) and 总和 are statistics too (each was a third person, 91 良好, exit 0)', async () => {
    const stat = (label: string) => ['', label, 45, 42.5, null, null, null, 9, null, 9.5, 14];
    const r = await gradeRows([HEAD, WANG, LI, ...['本组最低', '部门最高分', '本组最高', '组内最高', '本月最高', '总和'].map(stat)]);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.params)).toEqual([expect.objectContaining({ count: 6 })]);
  });

  it('a head count under 姓名 (=COUNTA → 2) on the row whose 部门 or 考核月份 says 平均/合计: the averages line, not a person 「2」', async () => {
    const head = [...HEAD.slice(0, 2), '部门', '考核月份', ...HEAD.slice(2)];
    const at = (row: unknown[], dept: string, month: string) => [...row.slice(0, 2), dept, month, ...row.slice(2)];
    for (const [dept, month] of [['平均', ''], ['本组平均', ''], ['', '平均'], ['合计', '']]) {
      const stat = at(['', 2, 45, 42.5, null, null, null, 9, null, 9.5, 14], dept, month);
      const r = await gradeRows([head, at(WANG, '客服部', '2026-03'), at(LI, '客服部', '2026-03'), stat]);
      // 王芳 79 and 李强 100 (the worked example); the 「2」 was scored as a third person.
      expect(people(r), `${dept}|${month}`).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
      expect(r.problems.filter((p) => p.code === 'skipped-row').length).toBe(1);
    }
    // A 工号 on the row: a person whose name was typed as a number, not a statistic (said at the name, not skipped).
    const typo = await gradeRows([head, at(WANG, '客服部', '2026-03'), at(['1003', 2, 40, 40, null, null, null, 10, null, 10, 15], '平均', '')]);
    expect(typo.people.length).toBe(2);
  });

  it('a 编号 column (the team\'s row numbers) before 工号: 工号 is read, not the numbers (everyone took another\'s 工号)', async () => {
    const r = await gradeRows([['编号', ...HEAD], [1, ...LI], [2, ...WANG]]);
    expect(people(r)).toEqual([['1002', '李强', 100], ['1001', '王芳', 79]]);
    // Alone, 编号 is the 工号 (one of its names), as before.
    const alone = await gradeRows([['编号', ...HEAD.slice(1)], WANG, LI]);
    expect(people(alone)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
  });

  it('a row of full marks or targets named 权分 (§7\'s own word), 权分(满分), 配分, 目标 is not a person (权分 scored 100 优秀 at exit 0)', async () => {
    for (const label of ['权分', '权分(满分)', '配分', '目标', '目标值:', '标准', '评分标准', '基准', '参考分', '满分标准', '目标分', '分值上限', '权分值', '各项权分', '本月目标', '考核标准']) {
      const r = await gradeRows([HEAD, ['', label, 50, 50, null, null, null, 10, null, 10, 15], WANG, LI]);
      // 王芳 79 and 李强 100 as the worked example, and nobody else.
      expect(people(r), label).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
      expect(r.problems.filter((p) => p.code === 'skipped-row').length, label).toBe(1);
    }
  });

  it('a heading with a note beside the same heading without it: the plain one is the column (「处理能力（上月）」 before 「处理能力」)', async () => {
    const head = [...HEAD.slice(0, 9), '处理能力（上月）', ...HEAD.slice(9)];
    // 王芳 last month 5, this month 9 → 79 as in the worked example; 李强 7 then 10 → 100.
    const r = await gradeRows([head, [...WANG.slice(0, 9), 5, ...WANG.slice(9)], [...LI.slice(0, 9), 7, ...LI.slice(9)]]);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
    // (HEAD leaves out four optional columns: their warning is as before.)
    expect(r.problems.filter((p) => p.severity === 'info').map((p) => p.message)).toEqual(['工作表「3月」中这些列不是本考核表的项目,已忽略:「处理能力（上月）」(J1)']);
  });

  it('a heading given twice: a value under either counts; two different values are an error for that person', async () => {
    const head = [...HEAD, '表格管理'];
    // 王芳: 表格管理 「3,2」 and again 「3,2」 → 79. 李强: empty, then 「5」 → 表格管理 15 − 5 = 10, so 100 − 5 = 95.
    // 张敏: 「3」 and 「2」 → which one is not for kpi to guess.
    const zhang = ['1003', '张敏', ...LI.slice(2)];
    const r = await gradeRows([head, [...WANG, '3,2'], [...LI, 5], [...zhang.slice(0, 4), 3, ...zhang.slice(5), 2]]);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 95], ['1003', '张敏', null]]);
    expect(r.problems.filter((p) => p.code.startsWith('duplicate')).map((p) => [p.code, p.cell, p.message])).toEqual([
      ['duplicate-column', 'O1', '3月!O1:列「表格管理」与前面的列重复:只填了其中一列的人取所填的值,两列填得不同的人不评分'],
      ['duplicate-entry', 'O4', '3月!O4:张敏:「表格管理」有两列:E4 填「3」,这里填「2」,不知道取哪一个;请删去多余的一列(此人不评分)'],
    ]);
    // 张敏's 表格管理 is not scored from the first column's 3 either (15 − 3 = 12 showed for a person not scored).
    expect(r.people[2]!.items.find((i) => i.label === '表格管理')!.score).toBeNull();
  });

  it('a group of several raters named by who they are (「同事评(张三)」「同事评(李四)」「同事评(王五)」) fills its slots in turn', async () => {
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const head = ['工号', '姓名', ...items.flatMap((i) => [`${i}·主管评`, `${i}·同事评(张三)`, `${i}·同事评(李四)`, `${i}·同事评(王五)`, `${i}·客户评1`])];
    // Each item: 主管 良好 80, 同事 (100 + 80 + 60) / 3 = 80, 客户 优秀 100 → 0.7 × 80 + 0.1 × 80 + 0.2 × 100 = 84.
    const r = await gradeRows([head, ['1001', '王芳', ...items.flatMap(() => ['良好', '优秀', '良好', '一般', '优秀'])]], 'cs-competency');
    expect(people(r)).toEqual([['1001', '王芳', 84]]);
    expect(r.problems).toEqual([]);
  });

  it('the name column headed 员工, 人员 or 考核对象 is read (it was 「没有找到表头」, exit 2)', async () => {
    for (const heading of ['员工', '人员', '考核对象']) {
      const r = await gradeRows([[HEAD[0], heading, ...HEAD.slice(2)], WANG, LI]);
      expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
    }
  });

  it('a two-row heading typed without merging: the item over the first of its columns, 自评 / 上级 under them (§1)', async () => {
    // Read as 「客户信息管理」 alone on row 1, the 自评 column was taken for 上级 and the real 上级 dropped: 100 优秀.
    const items = ['客户信息管理', '客户档案管理', '客户回访', '投诉处理', '服务意识', '以客户为中心'];
    const top = ['工号', '姓名', ...items.flatMap((i) => [i, null])];
    const sub = [null, null, ...items.flatMap(() => ['自评', '上级'])];
    // 上级 (自评 is for reference only): 业绩 85 % → 10 + 完成目标值要求 20 + 回访率达到90%以上 10 + 0 次投诉 20 = 60 of 80
    // = 75 %; 行为 5级, 5级 = 100 % ⇒ 75 × 85 % + 100 × 15 % = 78.75.
    const li = ['1002', '李强', '100%', 0.85, '完成目标值要求', '完成目标值要求', '完成目标值要求', '回访率达到90%以上', 0, 0, '5级', '5级', '5级', '5级'];
    const r = await gradeRows([top, sub, li], 'after-sales-monthly');
    expect(people(r)).toEqual([['1002', '李强', 78.75]]);
  });

  it('last month\'s sheet before this month\'s: each repeated person is an error saying how to leave one sheet out', async () => {
    const r = await gradeRows([HEAD, WANG], 'mattress-cs-monthly', (ws) => {
      const march = ws.workbook.addWorksheet('3月份');
      march.addRow(HEAD);
      march.addRow(WANG);
    });
    const dup = r.problems.find((p) => p.code === 'duplicate-person')!;
    expect([dup.sheet, dup.cell]).toEqual(['3月份', 'A2']);
    expect(dup.message).toContain('已在 3月!A2 出现(王芳),本条不计分;如果工作表「3月」是另一个月的,请把它隐藏或移到另一个文件后重新评分');
  });

  it('the table\'s own rows are not people: a row of units 「(分)」 under the headings, a section title, the headings repeated', async () => {
    const units = HEAD.map((h, i) => (i < 2 ? null : '(分)'));
    const r = await gradeRows([HEAD, units, WANG, [], ['售后组'], HEAD, LI]);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
    const skipped = r.problems.find((p) => p.code === 'skipped-row')!;
    expect(skipped.message).toBe('工作表「3月」第2行「(分)」、第5行「售后组」、第6行「工号 姓名 客户回访率·本月安装(售服)…」是合计、表头、签字或说明行,不是人员,未评分');
  });

  it('a sub-heading under a group heading that names no input of it is read with the group (§12 「态度」, 「工号」 under 话务质量): an error, not a value dropped', async () => {
    const top = ['工号', '姓名', '话务质量', null, null];
    const sub = [null, null, '未报工号', '态度', '工号'];
    const r = await gradeRows([top, sub, ['K1', '甲', 0, 1, 0]], 'express-cs');
    const looks = r.problems.filter((p) => p.code === 'unknown-column' && p.severity === 'error' && p.row === undefined && /没有认出;它像是/.test(p.message));
    expect(looks.map((p) => /列「([^」]+)」/.exec(p.message)?.[1])).toEqual(['话务质量·态度', '话务质量·工号']);
    expect(r.people.map((p) => p.status)).toEqual(['error']);
  });

  it('a totals line with a head count where the name goes (「合计 | 2人」), a weights row (「权重(%)」): not people', async () => {
    const head = ['序号', ...HEAD];
    const r = await gradeRows([head, ['', '', '权重(%)', 20, 20], [1, ...WANG], [2, ...LI], ['合计', '', '2人', 90, 85]]);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
  });

  it('a totals line labelled under 部门 or 考核月份, name and 工号 blank (「合计」, 「本组平均」): not two nameless people with 11 errors', async () => {
    const head = ['工号', '姓名', '部门', '考核月份', ...HEAD.slice(2)];
    const row = (p: unknown[], dept: string, month: string) => [p[0], p[1], dept, month, ...p.slice(2)];
    const r = await gradeRows([head, row(WANG, '客服一部', '2026-03'), row(LI, '客服一部', '2026-03'), ['', '', '合计', '', 90, 85], ['', '', '', '本组平均', 45, 42.5]]);
    // 王芳 79 (the worked example), 李强 100, as before; the two lines skipped and listed.
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.problems.find((p) => p.code === 'skipped-row')!.message).toContain('第4行「合计」、第5行「本组平均」');
    // A group's own total there (「客服部合计」) too.
    const group = await gradeRows([head, row(WANG, '客服一部', '2026-03'), ['', '', '客服部合计', '', 90, 85]]);
    expect(people(group)).toEqual([['1001', '王芳', 79]]);
    expect(group.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // A person whose 部门 is named like a statistic but who has a name is still a person.
    const named = await gradeRows([head, row(WANG, '合计', '2026-03')]);
    expect(people(named)).toEqual([['1001', '王芳', 79]]);
  });

  it('a column of the team\'s own named 得分, 扣分 or 说明 is not read as the one input of that name (§8 其它·原因 is 说明\'s alias)', async () => {
    // 王芳 79 as the worked example; her 得分 column holds the team's own total, 扣分 a sum, 说明 a remark.
    const r = await gradeRows([[...HEAD, '得分', '扣分', '说明'], [...WANG, 79, 21, '本月回访量大'], [...LI, 100, 0, '']]);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('people whose rows look like those lines are people: 满分 or 最高 with a 工号; a row with only a 工号 is a person without a name (an error)', async () => {
    const r = await gradeRows([HEAD, ['1002', '满分', ...WANG.slice(2)], ['1003', '最高', ...WANG.slice(2)], ['1005']]);
    expect(people(r)).toEqual([['1002', '满分', 79], ['1003', '最高', 79], ['1005', '', null]]);
  });

  it('a section title in the name column or merged across the row, units without brackets, 共2人 in the 工号 column: not people', async () => {
    const units = HEAD.map((h, i) => (i < 2 ? (i === 1 ? '单位' : null) : h.includes('数') ? '户' : '分/次'));
    const r = await gradeRows([HEAD, units, ['', '一、客服部'], WANG, ['', '客服一组(5人)'], LI, ['共2人', '']], 'mattress-cs-monthly', (ws) => {
      ws.spliceRows(4, 0, ['售后组']);
      ws.mergeCells(4, 1, 4, 6);
    });
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
  });

  it('a heading surer than another of the same input wins: 「原因」 over 「说明」, 「员工的工作效率」 over 「得分」 under 工作状况', async () => {
    // 其它·奖惩分 and 其它·原因 typed as 「奖惩分」「原因」, with the team's 「说明」 remark beside them: 79 as the worked example.
    const short = HEAD.map((h) => (h === '其它·奖惩分' ? '奖惩分' : h === '其它·原因' ? '原因' : h));
    const r = await gradeRows([[...short, '说明'], [...WANG, '本月回访量大']]);
    expect([people(r), r.problems.filter((p) => p.severity === 'error')]).toEqual([[['1001', '王芳', 79]], []]);
    // §12 two-row headings: 得分 under 员工的工作效率 is its score; 得分 under 工作状况 is that item's subtotal, not a copy.
    const top = ['工号', '姓名', '员工的工作效率', '工作状况', null];
    const sub = [null, null, '得分', '违反次数', '得分'];
    const x = await gradeRows([top, sub, ['K1', '甲', 18, 3, 38.5]], 'express-cs');
    // 18 + 40 (no 话务质量 violations) + (40 − 3 × 0.5) = 96.5
    expect(people(x)).toEqual([['K1', '甲', 96.5]]);
    // One row of headings, the item's name alone over its score (电话接听量 … are named in full): 18 + 40 + 40 = 98.
    // It was 「不是本考核表的项目」 beside 「缺少列「员工的工作效率·得分」」, and 甲 unscored.
    const one = await gradeRows([['工号', '姓名', '员工的工作效率', '工作状况'], ['K1', '甲', 18, null]], 'express-cs');
    expect([people(one), one.problems.filter((p) => p.severity === 'error')]).toEqual([[['K1', '甲', 98]], []]);
  });

  it('one row of headings each saying its part (§19 「服务质量·服务态度」 or 「服务质量-服务态度」) is read as a two-row heading is', async () => {
    const items = [['服务质量', '服务态度'], ['服务质量', '解决问题的能力'], ['服务质量', '回答咨询的准确性'], ['专业知识', '公司产品和业务了解程度'], ['专业知识', '提供准确和有用的信息'], ['团队合作', '团队中的表现'], ['团队合作', '与其他部门的沟通和合作能力'], ['工作效率', '给出回复和解决问题的速度'], ['工作效率', '处理工单和任务的能力']];
    for (const sep of ['·', '-']) {
      // 优秀 (4) in 服务质量, 良好 (3) elsewhere: areas 4/4 × 100 = 100 and 3/4 × 100 = 75 three times → (100 + 75 × 3) / 4 = 81.25.
      const r = await gradeRows([['姓名', ...items.map(([a, i]) => `${a}${sep}${i}`)], ['V1', ...items.map(([a]) => (a === '服务质量' ? '优秀' : '良好'))]], 'cs-rep');
      expect([sep, people(r)]).toEqual([sep, [['', 'V1', 81.25]]]);
    }
  });

  it('a row of hints under a one-row heading (「(必填)」 or 「填写姓名」 where the name goes) is no person (it was one, unscored)', async () => {
    for (const hint of ['(必填)', '填写姓名', '请填写', '例:张三']) {
      const r = await gradeRows([HEAD, [`(选填)`, hint, '户数', '户数', '如 3,2', '次', '次', '0–10', '次', '0–10', '0–15', '次', '分', '原因'], WANG, LI]);
      expect([hint, people(r)]).toEqual([hint, [['1001', '王芳', 79], ['1002', '李强', 100]]]);
    }
  });

  it('a person whose name merely contains such a word is a person (王平均, 李最)', async () => {
    const r = await gradeRows([HEAD, WANG, ['1003', '王平均', ...LI.slice(2)], ['1004', '李最', ...LI.slice(2)]]);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1003', '王平均', 100], ['1004', '李最', 100]]);
  });

  it('a formula that shows a blank (=IF(…,"",0)) filled down past the people adds no one', async () => {
    const r = await gradeRows([HEAD, WANG, LI, [], []], 'mattress-cs-monthly', (ws) => {
      for (const row of [4, 5]) ws.getCell(row, 13).value = { formula: `IF(B${row}="","",0)` } as ExcelJS.CellFormulaValue;
    });
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
  });

  it('numbered headings, unknown columns reported once, a missing column named', async () => {
    const head = ['序号', ...HEAD.slice(0, 9), '5.处理能力', '工作态度', ...HEAD.slice(11)];
    const r = await gradeRows([head, [1, ...WANG], [2, ...LI]]);
    const info = r.problems.filter((p) => p.code === 'unknown-column');
    expect(info).toHaveLength(1);
    expect(info[0]!.message).toContain('「工作态度」');
    expect(info[0]!.message).toContain('「序号」');
    const missing = r.problems.find((p) => p.code === 'item-not-found')!;
    expect(missing.message).toContain('缺少列「态度」');
    expect(r.people.map((p) => p.items.find((i) => i.id === 'M5')!.score)).toEqual([9, 10]); // 「5.处理能力」 read
  });

  it('an item computed from counts, its score typed in a column of its own (「3.日常服务规范」, 「日常服务规范得分」): not read, the person not scored', async () => {
    // 王芳 typed 11 of 15 under 日常服务规范 and 8 of 10 under 工作纪律 — the items' scores. The form computes both from
    // counts (短信漏发, 旷工 …). With the number 「3.」 the column was a weak look-alike: left out, both items scored as
    // full marks (15/15, 10/10), 王芳 85 良好 at exit 0 for 79 一般. Renaming it to 「日常服务规范·短信漏发」, as the
    // message said, would read 11 as 11 短信漏发 (15 − 11 = 4).
    for (const [service, discipline] of [['3.日常服务规范', '7.工作纪律'], ['日常服务规范得分', '工作纪律(10分)'], ['日常服务规范', '工作纪律']]) {
      const head = ['工号', '姓名', '客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '表格管理', service, '回访问题处理效率·基础分', '回访问题处理效率·拖延遗漏错误次数', '处理能力', '态度', discipline, '其它·奖惩分', '其它·原因'];
      const r = await gradeRows([head, ['1001', '王芳', 50, 45, '3,2', 11, 8, 1, 9, 13, 8, 2, '表扬信'], ['1002', '李强', 40, 40, null, null, 10, null, 10, 15, null, null, null]]);
      // 王芳 is not scored; 李强 left both columns empty: 100 as before.
      expect(r.people.map((p) => [p.name, p.status, p.total]), service).toEqual([['王芳', 'error', null], ['李强', 'scored', 100]]);
      const said = r.problems.filter((p) => p.code === 'unknown-column' && p.severity === 'error');
      expect(said.map((p) => p.cell), service).toEqual(['F1', 'K1', 'F2', 'K2']);
      expect(said[0]!.message).toBe(`工作表「3月」F1:列「${service}」像是「日常服务规范」这一项的得分;本表按它的填写项「用语不规范」、「短信漏发」、「跟踪不到位」(次)计算这一项,不读得分:这一列没有计入,填了内容的人不评分。请改填「日常服务规范·用语不规范」等3列`);
      expect(said[2]!.message).toContain('这一格的「11」在列');
    }
  });

  it('an item of one count headed with points (probation 「准时出勤(10分)」, 「准时出勤得分」): not read as the count', async () => {
    // 林晓 typed 8 of 10 under 准时出勤(10分). Read as 8 迟到/早退/缺勤 it gave tier 2: 2 + 15 + 25 + 20 + 15 = 77 一般, not
    // the 8 + … = 83 the sheet meant. The plain heading 「准时出勤」 (the template's) and 「准时出勤(次)」 are the count.
    const row = (h: string) => [['姓名', '部门', h, '专业知识', '服务态度', '团队合作', '问题解决'], ['林晓', '客服部', 8, 15, 25, 20, 15]];
    for (const h of ['准时出勤(10分)', '准时出勤(分)', '准时出勤 10分', '准时出勤得分', '准时出勤(满分10分)', '准时出勤（满分10分）', '准时出勤(10)', '准时出勤(10分制)', '准时出勤(0-10分)', '准时出勤(得分)', '准时出勤(分值10)', '准时出勤（满分：10分）', '准时出勤(10分满分)', '准时出勤(占10分)']) {
      const r = await gradeRows(row(h), 'probation');
      expect([r.people[0]!.status, r.people[0]!.total], h).toEqual(['error', null]);
      const said = r.problems.find((p) => p.code === 'unknown-column' && p.cell === 'C1')!;
      expect(said.message, h).toBe(`工作表「3月」C1:列「${h}」像是「准时出勤」这一项的得分;本表按「迟到/早退/缺勤次数」(次)计算这一项,不读得分:这一列没有计入,填了内容的人不评分。请改填次数(没有就填 0);如果这一列填的确实是次数,请把列名改为「准时出勤」`);
    }
    // 8 absences → the tier of 4 or more: 2 points; 2 + 15 + 25 + 20 + 15 = 77, under a heading naming the count's unit.
    expect((await gradeRows(row('准时出勤(次)'), 'probation')).people[0]!.total).toBe(77);
    // Under the item's name alone, 8 is one of its points (1 lapse → 8) and no likely month's count: refused at the cell
    // (fx56t — 张三 10 and 李四 8 of kpi's own roster were 82 良好 at exit 0 for 90 优秀 and 88 良好).
    const bare = await gradeRows(row('准时出勤'), 'probation');
    expect([bare.people[0]!.status, bare.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])]).toEqual(['error', [['unknown-column', 'C2']]]);
    // A row of units under the headings saying 「(次)」 there: the count after all (it was refused).
    const [head, values] = row('准时出勤(10分)');
    for (const unit of ['(次)', '次', '单位:次', '(单位:次)']) {
      const units = await gradeRows([head!, ['', '', unit, '(分)', '(分)', '(分)', '(分)'], values!], 'probation');
      expect(units.people.map((p) => [p.name, p.total]), unit).toEqual([['林晓', 77]]);
    }
  });

  it('a list of deductions or a score on a scale of its own headed with the item\'s points is not read: 表格管理(20分) 5, sales-cs-kpi 客户满意度(20分) 18', async () => {
    // 表格管理 5 was one deduction of 5 (15); 客户满意度 18 was 18 of 100 → 3.6 points.
    const head = HEAD.map((h) => (h === '表格管理' ? '表格管理(20分)' : h));
    const mattress = await gradeRows([head, WANG]);
    expect(mattress.problems.find((p) => p.cell === 'E1')!.message).toContain('本表按「每次扣分」计算这一项');
    expect(mattress.people[0]!.status).toBe('error');
    const kpiHead = '工号,姓名,部门,销售额·实际销售额,销售额·目标销售额,客户满意度(20分),转化率·新客户数,转化率·潜在客户(访问)数,转化率·目标转化率,响应时间·平均响应秒数,响应时间·目标秒数,投诉处理,产品知识,团队协作,个人素质'.split(',');
    const kpi = await gradeRows([kpiHead, ['1', '张三', '客服', 100000, 100000, 18, 20, 100, '20%', 30, 30, 90, 90, 90, 90]], 'sales-cs-kpi');
    expect(kpi.problems.find((p) => p.cell === 'F1')!.message).toContain('本表这一项填的是 0–100 分的');
    expect(kpi.people[0]!.status).toBe('error');
  });

  it('a response time exported as 「00:01:05」 or typed 「1分5秒」 is 65 seconds; 「1:05」 (h:mm or m:ss) is asked about', async () => {
    const head = '工号,姓名,部门,销售额·实际销售额,销售额·目标销售额,客户满意度,转化率·新客户数,转化率·潜在客户(访问)数,转化率·目标转化率,响应时间·平均响应秒数,响应时间·目标秒数,投诉处理,产品知识,团队协作,个人素质'.split(',');
    const row = (id: string, name: string, seconds: string) => [id, name, '客服', 100000, 100000, 90, 20, 100, '20%', seconds, 60, 90, 90, 90, 90];
    const r = await gradeRows([head, row('1', '张三', '00:01:05'), row('2', '李四', '1分5秒'), row('3', '王五', '1:05')], 'sales-cs-kpi');
    // 25 × 100 % + 20 × 90 % + 15 × (20/100 ÷ 20 %) + 10 × 60/65 + 10 × 90 % + 10 × 90 % + 5 × 90 % + 5 × 90 %
    // = 25 + 18 + 15 + 9.2308 + 9 + 9 + 4.5 + 4.5 = 94.2308
    expect(r.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(4))])).toEqual([['张三', 94.2308], ['李四', 94.2308], ['王五', null]]);
    expect(r.problems.map((p) => [p.cell, p.code])).toEqual([['J4', 'not-a-number']]);
  });

  it('a measured rate headed with the item\'s points (bao-lun 「效率(20分)」 17): not read as 17 % efficiency (0 points, at exit 0)', async () => {
    const head = '工号,姓名,部门,业务能力,工作知识·经常询问客服问题,工作知识·常提新的方法建议,效率(20分),出勤·请假,出勤·迟到,出勤·旷工,合作精神·准时上下班'.split(',');
    const r = await gradeRows([head, ['B01', '杨帆', '客服部', 26, '√', '√', 17, null, null, null, '√']], 'bao-lun-quality');
    expect(r.people[0]!.status).toBe('error');
    expect(r.problems.find((p) => p.cell === 'G1')!.message).toContain('像是「效率」这一项的得分');
  });

  it('a required column retyped (「回答咨询准确性」, its 的 dropped): the missing column\'s error names it, at its heading, not among the ignored', async () => {
    const head = ['工号', '姓名', '服务态度', '解决问题的能力', '回答咨询准确性', '公司产品和业务了解程度', '提供准确和有用的信息', '团队中的表现', '与其他部门的沟通和合作能力', '给出回复和解决问题的速度', '处理工单和任务的能力'];
    const r = await gradeRows([head, ['R01', '宋佳', '优秀', '良好', '优秀', '良好', '良好', '优秀', '优秀', '一般', '良好']], 'cs-rep');
    const missing = r.problems.filter((p) => p.code === 'item-not-found');
    expect(missing.map((p) => [p.cell, p.message])).toEqual([
      ['E1', '工作表「3月」缺少列「回答咨询的准确性」,无法为「回答咨询的准确性」评分;这一列「回答咨询准确性」没有认出,像是它改了名:是的话请把列名改回「回答咨询的准确性」后重新评分'],
    ]);
    // It was listed as 「不是本考核表的项目,已忽略」 beside the missing column, neither naming the other.
    expect(r.problems.filter((p) => p.code === 'unknown-column')).toEqual([]);
    expect(r.people.map((p) => p.status)).toEqual(['error']);
  });

  it('a second column for the same header field is not silently preferred: the field\'s own heading is read, the other listed', async () => {
    const r = await gradeRows([[...HEAD, '编号', '员工姓名'], [...WANG, 1, 'Wang'], [...LI, 2, 'Li']]);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
    // 编号 and 员工姓名 are other names of 工号 and 姓名, less sure than those: the team's own columns, said.
    expect(r.problems.filter((p) => p.code === 'unknown-column').map((p) => p.message)).toEqual(['工作表「3月」中这些列不是本考核表的项目,已忽略:「编号」(O1)、「员工姓名」(P1)']);
    // Two columns headed alike (工号 twice) are still a warning.
    const twice = await gradeRows([[...HEAD, '工号'], [...WANG, '1001'], [...LI, '1002']]);
    expect(twice.problems.filter((p) => p.code === 'duplicate-column' && p.severity === 'warning')).toHaveLength(1);
  });

  it('工号 shown with leading zeros by a 000000 format keeps them', async () => {
    const r = await gradeRows([HEAD, WANG, LI], 'mattress-cs-monthly', (ws) => {
      ws.getCell('A2').value = 1001;
      ws.getCell('A2').numFmt = '000000';
    });
    expect(r.people[0]!.id).toBe('001001');
  });

  it('the CSV idiom ="001001" keeps its zeros', async () => {
    const file = path.join(tempDir(), 'ids.csv');
    writeFileSync(file, [HEAD.join(','), ['="001001"', ...WANG.slice(1)].map((c) => (String(c).includes(',') ? `"${c}"` : c ?? '')).join(',')].join('\n'));
    const outcome = await gradeFile(file, { form: 'mattress-cs-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(people(outcome.report)).toEqual([['001001', '王芳', 79]]);
  });

  it('the tool\'s own 汇总/明细 sheets are not read back as people', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('3月');
    ws.addRow(HEAD);
    ws.addRow(WANG);
    const detail = wb.addWorksheet('明细');
    detail.addRow(['工号', '姓名', '项目', '得分', '满分', '说明']);
    detail.addRow(['1001', '王芳', '客户回访率', 18, 20, '回访率 45/50 = 90% × 20 = 18']);
    const file = path.join(tempDir(), 'graded-again.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { form: 'mattress-cs-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(people(outcome.report)).toEqual([['1001', '王芳', 79]]);
  });
});

describe('raters in rosters', () => {
  // §1 worked example: 65/80 = 81.25 × 85% + 70 × 15% = 79.5625
  const head = ['姓名', '客户信息管理', '客户档案管理', '客户回访', '投诉处理', '服务意识', '以客户为中心'];
  const zhou = ['周杰', '92%', '有部分不完整,但影响不大', '完成目标值要求', 1, '4级', '3级'];

  it('plain item headings mean the rater that counts (上级)', async () => {
    const r = await gradeRows([head, zhou], 'after-sales-monthly');
    expect(r.people.map((p) => [p.name, p.total100, p.band])).toEqual([['周杰', 79.5625, '一般']]);
  });

  it('a mistake in 自评 (weight 0) is a warning; the person is still scored from 上级', async () => {
    const r = await gradeRows([[...head, '客户信息管理·自评', '以客户为中心·自评'], [...zhou, '九十', '6级']], 'after-sales-monthly');
    expect(r.people[0]!.total100).toBe(79.5625);
    const self = r.problems.filter((p) => p.person === '周杰');
    expect(self.map((p) => p.severity)).toEqual(['warning', 'warning']);
    expect(self[0]!.message).toContain('自评不计分');
  });

  it('§28: headings of the satisfactions alone (an older template) or of their counts alone are read, nothing missing said', async () => {
    const older = ['工号', '姓名', '部门', '过程服务满意度', '客户满意度', '客诉率·客诉数', '客诉率·服务单数', '客诉处理满意度'];
    // 92 % → 23, 88 % → 22, 3/200 → 6.25, 80 % → 20 ⇒ 71.25
    const a = await gradeRows([older, ['S1', '何静', '销售部', '92%', '88%', 3, 200, '80%']], 'sales-aftersales-monthly');
    expect([people(a), a.problems]).toEqual([[['S1', '何静', 71.25]], []]);
    // A unit sign typed after the name (「客户满意度%」), as 「客户满意度(%)」 is read.
    const signed = await gradeRows([older.map((h) => (h === '客户满意度' ? '客户满意度%' : h === '过程服务满意度' ? '过程服务满意度(%)' : h)), ['S1', '何静', '销售部', '92%', '88%', 3, 200, '80%']], 'sales-aftersales-monthly');
    expect([people(signed), signed.problems]).toEqual([[['S1', '何静', 71.25]], []]);
    const counts = ['工号', '姓名', '部门', '过程服务满意度·满意数', '过程服务满意度·调查数', '客户满意度·满意人数', '客户满意度·调查人数', '客诉率·客诉数', '客诉率·服务单数', '客诉处理满意度·满意数', '客诉处理满意度·调查数'];
    // 46/50 = 92 % → 23, 44/50 = 88 % → 22, 6.25, 8/10 = 80 % → 20 ⇒ 71.25
    const b = await gradeRows([counts, ['S1', '何静', '销售部', 46, 50, 44, 50, 3, 200, 8, 10]], 'sales-aftersales-monthly');
    expect([people(b), b.problems]).toEqual([[['S1', '何静', 71.25]], []]);
  });
});

describe('a column of a count retyped to another word: whoever filled it is not scored (it was read as blank, at exit 0)', () => {
  it('only similar to the missing column (「短信未发送」 for 短信漏发): a warning at the heading, an error for 王芳, who has 2 there', async () => {
    const head = HEAD.map((h) => (h === '日常服务规范·短信漏发' ? '短信未发送' : h));
    const r = await gradeRows([head, WANG, LI]);
    // 王芳 was 81 (her 2 短信漏发 × 1 not deducted); 李强 left it blank: 100, as before.
    expect(people(r)).toEqual([['1001', '王芳', null], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.code === 'unknown-column').map((p) => [p.severity, p.cell])).toEqual([['warning', 'G1'], ['error', 'G2']]);
  });

  it('another word over counts in the missing column\'s place (「缺勤」 between 迟到或早退 and 做与工作无关的事): whoever has a count other than 0 there is not scored', async () => {
    const head = [...HEAD.slice(0, 12), '缺勤', '工作纪律·做与工作无关的事', '工作纪律·工作时间睡觉', ...HEAD.slice(12)];
    const wang = [...WANG.slice(0, 12), 1, null, null, ...WANG.slice(12)];
    const li = [...LI.slice(0, 12), null, null, null, ...LI.slice(12)];
    const r = await gradeRows([head, wang, li]);
    // Read as blank, 王芳's 1 was dropped: 79 with a warning, for 工作纪律 10 − 2×1 − 5×1 = 3, 79 − 5 = 74. A team's 岗位
    // or 序号 put where an unused column was deleted holds no counts (next tests): only counts make it the column.
    expect(people(r)).toEqual([['1001', '王芳', null], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.code === 'unknown-column').map((p) => [p.severity, p.cell, p.message])).toEqual([
      ['warning', 'M1', '工作表「3月」M1:列「缺勤」没有认出;它在本表缺少的「工作纪律·旷工」列的位置上,现在按留空计分(视为 0 次,不扣分),这一列填了 0 以外的次数的人不评分。如果是这一列,请把列名改为「工作纪律·旷工」'],
      ['error', 'M2', '3月!M2:王芳:这一格的「1」在没有认出的列「缺勤」里(像是「工作纪律·旷工」),没有计入,此人不评分;请把列名改为「工作纪律·旷工」后重新评分'],
    ]);
  });

  it('a heading with points in the missing count\'s place (「纪律(5分)」 where 旷工 stood): whoever has a value there is not scored', async () => {
    // Read as blank, 王芳's 1 was dropped — no 旷工 (5 off), 79 as if she had none; her 1 may be 1 absence or 1 point.
    const head = [...HEAD.slice(0, 12), '纪律(5分)', '工作纪律·做与工作无关的事', '工作纪律·工作时间睡觉', ...HEAD.slice(12)];
    const wang = [...WANG.slice(0, 12), 1, null, null, ...WANG.slice(12)];
    const li = [...LI.slice(0, 12), null, null, null, ...LI.slice(12)];
    const r = await gradeRows([head, wang, li]);
    expect(people(r)).toEqual([['1001', '王芳', null], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['M2']);
  });

  it('columns of the team\'s own that share words with a missing count (工作时长 176, 短信发送量 350, 迟到说明 堵车, 岗位 in its place) are scored around', async () => {
    const head = [...HEAD.slice(0, 6), '短信发送量', ...HEAD.slice(7, 12), '岗位', '工作纪律·做与工作无关的事', '工作时长', ...HEAD.slice(12), '迟到说明'];
    const wang = [...WANG.slice(0, 6), 350, ...WANG.slice(7, 12), '客服专员', null, '176小时', ...WANG.slice(12), '堵车'];
    const li = [...LI.slice(0, 6), 420, ...LI.slice(7, 12), '客服专员', null, '170小时', ...LI.slice(12), null];
    const r = await gradeRows([head, wang, li]);
    // 王芳 without her 短信漏发 column: 79 + 2 = 81 — said in warnings, nobody unscored.
    expect(people(r)).toEqual([['1001', '王芳', 81], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // The warning says what happened: 350 and 420 are no counts of 短信漏发, not read, no one left out (it said whoever
    // filled the column is not scored, with both scored).
    expect(r.problems.filter((p) => p.code === 'unknown-column' && p.cell === 'G1').map((p) => p.message)).toEqual([
      '工作表「3月」G1:列「短信发送量」没有认出;最接近的是本表缺少的「日常服务规范·短信漏发」列,现在按留空计分(视为 0 次,不扣分);这一列填的「350」、「420」不像是「日常服务规范·短信漏发」的次数,没有读取,没有人因这一列不评分。如果是这一列,请把列名改为「日常服务规范·短信漏发」',
    ]);
  });

  it('the same 短信发送量 column with a small count in it (王芳 2): she is not scored, and the warning says so as before', async () => {
    const head = [...HEAD.slice(0, 6), '短信发送量', ...HEAD.slice(7)];
    const r = await gradeRows([head, [...WANG.slice(0, 6), 2, ...WANG.slice(7)], [...LI.slice(0, 6), 420, ...LI.slice(7)]]);
    // 李强's 420 is no count (100 as before); 王芳's 2 may be 2 短信漏发 (2 off): refused at G2.
    expect(people(r)).toEqual([['1001', '王芳', null], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.code === 'unknown-column').map((p) => [p.severity, p.cell, p.message])).toEqual([
      ['warning', 'G1', '工作表「3月」G1:列「短信发送量」没有认出;最接近的是本表缺少的「日常服务规范·短信漏发」列,现在按留空计分(视为 0 次,不扣分),这一列填了内容的人不评分。如果是这一列,请把列名改为「日常服务规范·短信漏发」'],
      ['error', 'G2', expect.stringContaining('3月!G2:') as unknown as string],
    ]);
  });

  it('a column of the team\'s own at the end, or a note column in a missing column\'s place, is not taken for it', async () => {
    const head = [...HEAD.slice(0, 12), '备注', '工作纪律·做与工作无关的事', '工作纪律·工作时间睡觉', ...HEAD.slice(12), '工龄'];
    const wang = [...WANG.slice(0, 12), '请假一天', null, null, ...WANG.slice(12), 3];
    const li = [...LI.slice(0, 12), null, null, null, ...LI.slice(12), 5];
    const r = await gradeRows([head, wang, li]);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
  });
});

describe('a cell merged across two inputs of one person (F2:G2)', () => {
  it('is an error at the second input for that person (both read its value: 王芳 1 and 1 for 1 and 2)', async () => {
    const r = await gradeRows([HEAD, WANG, LI], 'mattress-cs-monthly', (ws) => ws.mergeCells('F2:G2'));
    expect(people(r)).toEqual([['1001', '王芳', null], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell, p.message])).toEqual([
      ['merged-entry', 'G2', '3月!G2:王芳:这一格与 F2 合并成了一格(F2:G2),「1」同时算作「日常服务规范·用语不规范」和「日常服务规范·短信漏发」,不知道是哪一项的;请取消合并,每项各填一格(此人不评分)'],
    ]);
  });

  it('a column merged down over two people (their 处理能力 10 and 10) is each one\'s value, as Excel shows it — and said', async () => {
    const li2 = ['1003', '张敏', 40, 40, null, null, null, 10, null, 10, 15, null, null, null];
    const r = await gradeRows([HEAD, WANG, LI, li2], 'mattress-cs-monthly', (ws) => ws.mergeCells('J3:J4'));
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100], ['1003', '张敏', 100]]);
    // A 1 merged over 王芳's and 李强's 迟到 meant for 王芳 only would take a point from 李强 too: never without a word.
    expect(r.problems.filter((p) => p.code === 'merged-entry').map((p) => [p.severity, p.cell, p.message])).toEqual([
      ['warning', 'J3', '3月!J3:「处理能力」的 J3:J4 合并成了一格,「10」计入了这几行的每个人:李强、张敏;如果它只属于第一行,请取消合并,每人各填一格'],
    ]);
  });
});

describe('a second column of a rater of one (「…·主管评2」 beside 「…·主管评」)', () => {
  it('is compared person by person: the same answers count once, different ones are an error (it was ignored)', async () => {
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const head = ['工号', '姓名', ...items.map((i) => `${i}·主管评`), '沟通能力·主管评2'];
    // 甲: 主管评2 agrees (良好): 100 × 4 + 80 = 480 / 5 = 96. 乙: 良好 and 待改进: an error at G3.
    const r = await gradeRows([head, ['1', '甲', '优秀', '良好', '优秀', '优秀', '优秀', '良好'], ['2', '乙', '优秀', '良好', '优秀', '优秀', '优秀', '待改进']], 'cs-competency');
    expect(people(r)).toEqual([['1', '甲', 96], ['2', '乙', null]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([['duplicate-entry', 'H3']]);
  });
});

describe('a form without raters, 「X·主管」 beside 「X」 (cs-work-review)', () => {
  it('is a second copy of X: the same score counts once, a different one is an error (the 主管 column was ignored)', async () => {
    const items = ['熟悉产品和服务,准确清晰回答', '良好的沟通能力', '团队合作精神', '友好耐心,倾听需求并提供方案', '高效处理,及时回复咨询', '妥善处理投诉和纠纷', '按流程和标准完成任务', '准确记录客户反馈并及时反馈相关部门', '参与满意度调查和改进', '参加培训和学习', '主动学习提升专业素养', '将学习成果应用到工作中'];
    const head = ['工号', '姓名', ...items, '良好的沟通能力·主管'];
    // 甲: 9 × 12 = 108 of 120 → 90, the 主管 column agrees. 乙: 9 under the item, 6 under ·主管: an error at O3.
    const r = await gradeRows([head, ['1', '甲', ...items.map(() => 9), 9], ['2', '乙', ...items.map(() => 9), 6]], 'cs-work-review');
    expect(people(r)).toEqual([['1', '甲', 90], ['2', '乙', null]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([['duplicate-entry', 'O3']]);
  });
});

describe('the team\'s own 总分 and 等级 beside the items', () => {
  it('differing from kpi\'s: a warning at each typed cell; kpi\'s count and its columns are named 总分(kpi), 等级(kpi)', async () => {
    // 王芳 79 一般 (the §8 worked example), typed 80 良好; 李强 100 优秀, typed 100 and 优秀: nothing to say.
    const r = await gradeRows([[...HEAD, '总分', '等级'], [...WANG, 80, '良好'], [...LI, 100, '优秀']]);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.code === 'override').map((p) => [p.severity, p.cell, p.message])).toEqual([
      ['warning', 'O2', '3月!O2:王芳:手填的「总分」为「80」,按规则算出的是「79.00」;kpi 按算出的计(写在 kpi 的结果列),请核对'],
      ['warning', 'P2', '3月!P2:王芳:手填的「等级」为「良好」,按规则算出的是「一般」;kpi 按算出的计(写在 kpi 的结果列),请核对'],
    ]);
    expect(r.problems.some((p) => p.code === 'unknown-column')).toBe(false);
  });

  it('in the graded copy, theirs stay as typed and kpi\'s are headed 总分(kpi), 等级(kpi)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('3月');
    for (const row of [[...HEAD, '总分', '等级'], [...WANG, 80, '良好']]) ws.addRow(row);
    const file = path.join(tempDir(), 'typed.xlsx');
    await wb.xlsx.writeFile(file);
    const out = await gradeFile(file, { form: 'mattress-cs-monthly' });
    if (!out.ok) throw new Error(out.failure.message);
    const graded = new ExcelJS.Workbook();
    await graded.xlsx.readFile(out.report.output!);
    const head = (graded.getWorksheet('3月')!.getRow(1).values as unknown[]).slice(1).map(String);
    expect(head.slice(14, 16)).toEqual(['总分', '等级']);
    expect(head).toContain('总分(kpi)');
    expect(head).toContain('等级(kpi)');
    expect(head.filter((h) => h === '总分')).toHaveLength(1);
  });
});

describe('其他 for 其它 in a heading', () => {
  it('「其他·奖惩分」 and 「其他·原因」 are the form\'s 其它 columns: 王芳 79 with her +2 (was: not read, 王芳 unscored)', async () => {
    const head = HEAD.map((h) => h.replace('其它', '其他'));
    const r = await gradeRows([head, WANG, LI]);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.code === 'unknown-column' || p.severity === 'error')).toEqual([]);
  });
});

describe('a hidden copy of a column (last month\'s values kept out of sight)', () => {
  // The streaming reader of large rosters (writer 'package', chosen by size) too: it read the hidden column.
  it.each(['exceljs', 'package'] as const)('is not read: 李强, blank in this month\'s 迟到或早退, stays 100 (the hidden column\'s 2 took 2 × 2 = 4 from him: 96) — reader %s', async (writer) => {
    const head = [...HEAD, '工作纪律·迟到或早退'];
    const r = await gradeRows([head, [...WANG, 1], [...LI, 2]], 'mattress-cs-monthly', (ws) => {
      ws.getColumn(head.length).hidden = true;
    }, writer);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.code === 'duplicate-column').map((p) => p.message)).toEqual([
      `3月!${String.fromCharCode(64 + head.length)}1:列「工作纪律·迟到或早退」与前面的列重复,是隐藏的列(可能是上个月的数据),没有读取`,
    ]);
  });
});


describe('a hidden row of a roster (an old copy of a person, someone who left, rows a filter hides)', () => {
  // Seen: 王芳's old row, hidden above her corrected one, was scored (态度 5: 79 − 13 + 5 = 71) and the visible row
  // refused as her duplicate 工号; a hidden row of someone else was scored with nothing said.
  it.each(['exceljs', 'package'] as const)('is not read, and said once: the visible row of 王芳 scores 79, 李强 100 — reader %s', async (writer) => {
    const oldWang = [...WANG.slice(0, 10), 5, ...WANG.slice(11)];
    const left = ['1009', '离职者', 40, 40, null, null, null, 10, null, 10, 15, null, null, null];
    const r = await gradeRows([HEAD, oldWang, WANG, LI, left], 'mattress-cs-monthly', (ws) => {
      ws.getRow(2).hidden = true;
      ws.getRow(5).hidden = true;
    }, writer);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.code === 'hidden-rows' || p.code === 'duplicate-person').map((p) => [p.code, p.severity, p.cell, p.message])).toEqual([
      ['hidden-rows', 'warning', 'B2', '3月!B2:工作表「3月」的第 2、5 行是隐藏的(可能是上个月的数据,或被筛选掉),没有读取;如果要计入,请取消隐藏后重新评分'],
    ]);
  });
});

describe('a word the number format shows after the number (0"次", 0.0"万") is read as the cell shows it', () => {
  // Columns (1-based): 5 表格管理, 8 基础分, 10 处理能力, 12 迟到或早退.
  it.each(['exceljs', 'package'] as const)('the input\'s own unit reads; another word, or a time in [ss], is refused at its cell — reader %s', async (writer) => {
    const ZHANG = ['1003', '张敏', 40, 40, 2, null, null, 10, null, 10, 15, null, null, null];
    const ZHAO = ['1004', '赵磊', 40, 40, null, null, null, 10, null, 10 / 86400, 15, null, null, null];
    const r = await gradeRows([HEAD, WANG, LI, ZHANG, ZHAO], 'mattress-cs-monthly', (ws) => {
      ws.getCell('L2').numFmt = '0"次"'; // 王芳's 迟到 1, shown 「1次」: a count of 次, read as 1 → 79 as before
      ws.getCell('H3').numFmt = '0"分"'; // 李强's 基础分 10, shown 「10分」: 分 is its unit → 100 as before
      ws.getCell('E4').numFmt = '0"次"'; // 张敏's 表格管理 「2次」: two times is no deduction of 2 分 (that read 18 → 98)
      ws.getCell('J5').numFmt = '[ss]'; // 赵磊's 处理能力 typed as 0:00:10, shown 「10」: a time, not 0.000116 of a point
    }, writer);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100], ['1003', '张敏', null], ['1004', '赵磊', null]]);
    const errors = r.problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.actual]);
    // The time is said as its cell shows it ([ss]: 10 seconds) and as a duration (it was 「日期「00:00:10」」).
    expect(errors).toEqual([['E4', '2次'], ['J5', '10']]);
    expect(r.problems.find((p) => p.cell === 'J5')!.code).toBe('duration-value');
  });

  it.each(['exceljs', 'package'] as const)('a word after a number its format scales (0.0,"K", 0!.0000"万", 0.00,,"M") is quoted as the cell shows it — reader %s', async (writer) => {
    // 回访客户数 45 shown 「0.0K」 would be nonsense; the 本月安装 count 45000 shows 「45.0K」, 「4.5000万」, 「0.05M」 (it said 「45000K」).
    const big = (id: string, name: string) => [id, name, 45000, 40, null, null, null, 10, null, 10, 15, null, null, null];
    const r = await gradeRows([HEAD, big('1', '甲'), big('2', '乙'), big('3', '丙')], 'mattress-cs-monthly', (ws) => {
      ws.getCell('C2').numFmt = '0.0,"K"';
      ws.getCell('C3').numFmt = '0!.0000"万"';
      ws.getCell('C4').numFmt = '0.00,,"M"';
    }, writer);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.actual])).toEqual([['C2', '45.0K'], ['C3', '4.5000万'], ['C4', '0.05M']]);
  });

  it.each(['exceljs', 'package'] as const)('1 in a [h]:mm cell is 24:00:00 elapsed, in a date cell 1900-01-01 as Excel shows it (it was 「日期「1899-12-31」」) — reader %s', async (writer) => {
    const ZHANG = ['1003', '张敏', 40, 40, null, null, null, 10, null, 1, 15, null, null, null];
    const ZHAO = ['1004', '赵磊', 40, 40, null, null, null, 10, null, 1, 15, null, null, null];
    const r = await gradeRows([HEAD, WANG, LI, ZHANG, ZHAO], 'mattress-cs-monthly', (ws) => {
      ws.getCell('J4').numFmt = 'yyyy-mm-dd';
      ws.getCell('J5').numFmt = '[h]:mm';
    }, writer);
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100], ['1003', '张敏', null], ['1004', '赵磊', null]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.code, p.actual])).toEqual([
      ['J4', 'date-value', '1900-01-01'],
      ['J5', 'duration-value', '24:00:00'],
    ]);
  });
});

describe('a heading merged across two columns (「工作纪律·迟到或早退」 over L1:M1)', () => {
  it('the second column has no heading of its own: where 旷工 stood, 王芳\'s 1 there leaves her unscored (it was taken as a copy of 迟到, equal, and lost)', async () => {
    const head = [...HEAD.slice(0, 12), '工作纪律·旷工', '工作纪律·做与工作无关的事', '工作纪律·工作时间睡觉', ...HEAD.slice(12)];
    const wang = [...WANG.slice(0, 12), 1, null, null, ...WANG.slice(12)];
    const li = [...LI.slice(0, 12), null, null, null, ...LI.slice(12)];
    const r = await gradeRows([head, wang, li], 'mattress-cs-monthly', (ws) => ws.mergeCells('L1:M1'));
    expect(people(r)).toEqual([['1001', '王芳', null], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['M2']);
  });
});

describe('a heading merged across a column the team added (「表格管理」 over E1:F1), no column missing', () => {
  // The team inserted F after 表格管理 and merged the heading over both: F has no heading of its own.
  const head = [...HEAD.slice(0, 5), null, ...HEAD.slice(5)];
  const wang = [...WANG.slice(0, 5), null, ...WANG.slice(5)];
  it('王芳\'s 「4」 in F is not read: she is left unscored (79 at exit 0 before, the 4 lost without a word), 李强 with F empty is scored', async () => {
    const li = [...LI.slice(0, 5), null, ...LI.slice(5)];
    const r = await gradeRows([head, [...wang.slice(0, 5), 4, ...wang.slice(6)], li], 'mattress-cs-monthly', (ws) => ws.mergeCells('E1:F1'));
    // 李强 as before: 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100.
    expect(people(r)).toEqual([['1001', '王芳', null], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.message])).toEqual([
      ['F1', '工作表「3月」F1:这一列没有自己的标题(「表格管理」的标题合并到了这一列),填的内容没有计入;填了内容的人不评分。请把它填到「表格管理」列(E),或取消合并并给这一列一个标题'],
      ['F2', '3月!F2:王芳:这一格的「4」在合并了「表格管理」标题的第二列里,没有计入,此人不评分;请把它填到「表格管理」列(E)后重新评分'],
    ]);
  });
  it('the merge alone, the added column empty: nothing said, both scored (79 = §8 worked example, 100)', async () => {
    const r = await gradeRows([head, wang, [...LI.slice(0, 5), null, ...LI.slice(5)]], 'mattress-cs-monthly', (ws) => ws.mergeCells('E1:F1'));
    expect(people(r)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
    expect(r.problems.filter((p) => p.code === 'unknown-column')).toEqual([]);
  });
});

describe('rows of different months in one roster', () => {
  it('are said (汇总 names one month): 2026-03 twice, 2026年3月 (the same month), 2026-02 once', async () => {
    const head = ['考核月份', ...HEAD];
    const row = (month: string, p: unknown[], id: string, name: string) => [month, id, name, ...p.slice(2)];
    const r = await gradeRows([head, row('2026-03', WANG, '1001', '王芳'), row('2026-03', LI, '1002', '李强'), row('2026年3月', LI, '1003', '张敏'), row('2026-02', LI, '1004', '刘洋')]);
    // The scores are the rows' own: 王芳 79 (§8 worked example), the others 100.
    expect(people(r).map((p) => p[2])).toEqual([79, 100, 100, 100]);
    expect(r.problems.filter((p) => p.code === 'month-unknown').map((p) => [p.severity, p.message])).toEqual([
      ['error', 'roster.xlsx:表头的考核月份不一致:2026-03(王芳、李强、张敏)、2026-02(刘洋);一个文件只能是一个月'],
    ]);
  });
});

describe('a helper sheet beside the roster (姓名 and 态度 copied for a chart)', () => {
  it('is said and not read as a second roster: 2 people, not 4 with two unscored', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('3月');
    for (const r of [HEAD, WANG, LI]) ws.addRow(r);
    const chart = wb.addWorksheet('图表数据');
    chart.addRows([['姓名', '态度'], ['王芳', 13], ['李强', 15]]);
    const file = path.join(tempDir(), 'roster.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { form: 'mattress-cs-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // HEAD names 11 inputs of the form; the helper 1 (1 × 3 ≤ 11).
    expect(people(outcome.report)).toEqual([['1001', '王芳', 79], ['1002', '李强', 100]]);
    expect(outcome.report.problems.filter((p) => p.code === 'helper-sheet').map((p) => [p.severity, p.sheet])).toEqual([['warning', '图表数据']]);
  });
});

// §2's own footer line under a roster of 管理处 (「检查人:陈经理 … 日期:2026年4月1日」), in the first column or in the
// 管理处 column (openpyxl, a red team's case): a 管理处 「(无姓名)」 or 「检查人:陈经理」 with 14 errors, exit 1.
describe('the form\'s footer line (检查人, 日期) under the roster', () => {
  it('is no 管理处: 94, 87, 100 and no error, wherever the line starts', async () => {
    const { gradeFile } = await import('../../src/io/grade.js');
    const { repoRoot } = await import('../helpers.js');
    const path = await import('node:path');
    for (const f of ['offices-footer-A.xlsx', 'offices-footer-B.xlsx']) {
      const r = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl/footer', f), { output: null });
      if (!r.ok) throw new Error(r.failure.message);
      expect([f, r.report.people.map((p) => p.total)]).toEqual([f, [94, 87, 100]]);
      expect(r.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    }
  });
});
