// Review of 793ffdbe (points typed where a rate or a count goes). Fixtures: test/fixtures/points57/make.py.
// §17 probation 准时出勤 (10): 迟到/早退/缺勤次数 0 → 10, 1 → 8, 2 → 6, 3 → 4, > 3 → 2 (its scores: 10, 8, 6, 4, 2).
//   The fixtures' other items are full: 专业知识 20 + 服务态度 30 + 团队合作 20 + 问题解决 20 = 90.
//   6, 8, 10 lapses → 2 ⇒ 92 优秀; 0 → 10 ⇒ 100; 1 → 8 ⇒ 98. As points, 4 ⇒ 94, 2 ⇒ 92 (as 2 lapses: 6 ⇒ 96).
// §18 bao-lun-quality 效率 (20): ≥ 110 % → 20; ≥ 100 → 17; ≥ 90 → 14; ≥ 80 → 10; ≥ 75 → 5; below → 0.
//   Other items: 业务能力 25 + 工作知识 10 × 2 = 20 + 出勤 10 + 合作精神 9 × 20/9 = 20 ⇒ 75 + 效率.
//   95 % → 14 ⇒ 89 优秀; 1.05 → 105 % → 17 ⇒ 92 特别优秀; 0.98 → 14 ⇒ 89; 17 % → 0 ⇒ 75 普通; 105 → 17 ⇒ 92.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { repoRoot, tempDir } from '../helpers.js';
import { expectRefused, expectScored, filledForms, filledRoster, person, score, type FormSheetFill } from '../forms/roundtrip.js';
import { problem } from '../../src/model/problems/index.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/points57', name);
const names = ['张三', '李四', '王五', '赵六'];
const probationRoster = (counts: Array<string | number>, file: string) => filledRoster('probation', counts.map((n, k) => ({ 工号: String(1001 + k), 姓名: names[k]!, 准时出勤: n, 专业知识: 20, 服务态度: 30, 团队合作: 20, 问题解决: 20 })), file);

/** The same roster typed by the team (no kpi marker): its heading 「准时出勤」 is not kpi's asking for the count. */
async function ownRoster(counts: Array<string | number>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('3月');
  ws.addRow(['姓名', '部门', '准时出勤', '专业知识', '服务态度', '团队合作', '问题解决']);
  counts.forEach((n, k) => ws.addRow([names[k], '客服部', n, 20, 30, 20, 20]));
  const file = path.join(tempDir(), 'team-roster.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('§17 准时出勤 in kpi\'s own roster', () => {
  it('real lapses 6, 8, 0, 1, 10: counts (were refused as points): 92, 92, 100, 98, 92', async () => {
    const r = await score(fixture('p17_lapses_own.xlsx'));
    expectScored(r, '张三', 92, '优秀');
    expectScored(r, '李四', 92, '优秀');
    expectScored(r, '王五', 100, '优秀');
    expectScored(r, '赵六', 98, '优秀');
    expectScored(r, '孙七', 92, '优秀');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('10, 8, 4: every one refused (王五\'s 4 was 4 lapses → 92 without a word; as points 94)', async () => {
    const r = await score(fixture('p17_points_1084.xlsx'));
    expectRefused(r, '张三', 'unknown-column', 'H2');
    expectRefused(r, '李四', 'unknown-column', 'H3');
    expectRefused(r, '王五', 'unknown-column', 'H4');
  });

  it('10, 8, 4, 2: 赵六\'s 2 refused too (as 2 lapses it scored 96, as points 92)', async () => {
    const r = await score(fixture('p17_points_10842.xlsx'));
    for (const [k, who] of names.entries()) expectRefused(r, who, 'unknown-column', `H${k + 2}`);
  });

  it('full-width 「１０」「８」 read as 「10」「8」: refused alike, alone or mixed with 8', async () => {
    for (const counts of [['１０', '８'], ['10', '8'], ['１０', 8]]) {
      const r = await score(await probationRoster(counts, 'fw.xlsx'));
      expectRefused(r, '张三', 'unknown-column', 'H2');
      expectRefused(r, '李四', 'unknown-column', 'H3');
    }
  });

  it('「１０」「８」, 「10」「8」, 「１０」 8 beside a 0: counts all three ways alike — 2 + 90 = 92 each, 王五 100', async () => {
    for (const f of ['p17_points_fw.xlsx', 'p17_points_text.xlsx', 'p17_points_fw2.xlsx']) {
      const r = await score(fixture(f));
      expectScored(r, '张三', 92, '优秀');
      expectScored(r, '李四', 92, '优秀');
      expectScored(r, '王五', 100, '优秀');
    }
  });

  it('counts of 5 or less stay counts: 4, 2, 0 → 2 + 90 = 92, 6 + 90 = 96, 100 (no point above 5 to say the column holds points)', async () => {
    const r = await score(await probationRoster([4, 2, 0], 'small.xlsx'));
    expectScored(r, '张三', 92, '优秀');
    expectScored(r, '李四', 96, '优秀');
    expectScored(r, '王五', 100, '优秀');
  });
});

describe('§17 准时出勤 in a roster of the team\'s own (no kpi marker): as before', () => {
  it('10, 8, 0, 1: 张三 and 李四 refused; 王五 0 → 100, 赵六 1 → 98', async () => {
    const r = await score(await ownRoster([10, 8, 0, 1]), { form: 'probation' });
    expectRefused(r, '张三', 'unknown-column', 'C2');
    expectRefused(r, '李四', 'unknown-column', 'C3');
    expectScored(r, '王五', 100, '优秀');
    expectScored(r, '赵六', 98, '优秀');
  });

  it('10, 8, 4 with a 0: 4 refused with them, the 0 read (0 → 100)', async () => {
    const r = await score(await ownRoster([10, 8, 4, 0]), { form: 'probation' });
    for (const [k, who] of names.slice(0, 3).entries()) expectRefused(r, who, 'unknown-column', `C${k + 2}`);
    expectScored(r, '赵六', 100, '优秀');
  });
});

describe('§18 效率: a rate written with % is a rate, never points', () => {
  it('17, 1.05, 0.98, 「95%」: 赵六 95 % → 14 ⇒ 89 优秀 (was refused, 「会读作 95%%」); 张三 still refused', async () => {
    const r = await score(fixture('b18_frac_pts.xlsx'));
    expectRefused(r, '张三', 'points-not-scale', 'U2');
    expectScored(r, '李四', 92, '特别优秀');
    expectScored(r, '王五', 89, '优秀');
    expectScored(r, '赵六', 89, '优秀');
    expect(r.problems.filter((p) => p.message.includes('%%'))).toEqual([]);
  });

  it('0.95 formatted 0%: 95 % ⇒ 赵六 89 优秀 (was refused, 「会读作 0.95%」)', async () => {
    const r = await score(fixture('b18_frac_pts_fmt.xlsx'));
    expectRefused(r, '张三', 'points-not-scale', 'U2');
    expectScored(r, '赵六', 89, '优秀');
  });

  it('17, 14, 10 beside 「95%」: the three points refused, 赵六 89 优秀', async () => {
    const r = await score(fixture('b18_pts_pct3.xlsx'));
    expectRefused(r, '张三', 'points-not-scale', 'U2');
    expectRefused(r, '李四', 'points-not-scale', 'U3');
    expectRefused(r, '王五', 'points-not-scale', 'U4');
    expectScored(r, '赵六', 89, '优秀');
  });

  it('a figure said with its % already gets no second one in the message', () => {
    const said = problem('points-not-scale', { case: 'value', heading: '效率', item: '效率', max: 20, scale: 300, value: '95%', percent: true, own: true }, { file: 'x.xlsx', sheet: '考核表', cell: 'U5' });
    expect(said.message).not.toContain('%%');
    expect(said.message).toContain('会读作 95%');
    const bare = problem('points-not-scale', { case: 'value', heading: '效率', item: '效率', max: 20, scale: 300, value: '17', percent: true, own: true }, { file: 'x.xlsx', sheet: '考核表', cell: 'U2' });
    expect(bare.message).toContain('会读作 17%,没有计入,此人不评分;如果就是 17%,请写成「17%」');
  });
});

describe('§18 one sheet a person: a row labelled in % gives the unit', () => {
  it('「平均效率(%)」 17: 17 % → 0 ⇒ 张三 75 普通 (was refused as points); 105 → 17 ⇒ 李四 92', async () => {
    const r = await score(fixture('b18_sheet_pctlabel.xlsx'));
    expectScored(r, '张三', 75, '普通');
    expectScored(r, '李四', 92, '特别优秀');
    expect(r.problems.filter((p) => p.code === 'points-not-scale')).toEqual([]);
  });

  it('the template\'s own 「平均效率」 17 is still refused as the item\'s points', async () => {
    const knowledge = ['经常询问客服问题', '常提新的方法建议', '了解客户需求', '了解客户情况', '对于客户品质优劣能评定', '会处理新的问题', '能协助主管处理客户问题', '知道如何应对刁蛮客户', '能了解客户性质好坏', '愿意协助新同事'];
    const cooperation = ['准时上下班', '遵守公司各项规定', '遵守各项安全规定', '接受工作调动', '愿意接待他人不愿接待的人', '很少与人发生口角', '乐意参加各项团体活动', '易接受他人意见', '整洁习惯良好'];
    const sheet: FormSheetFill = { name: '张三', entries: [['业务能力', null, '填写', 25], ...knowledge.map((t) => ['工作知识', t, '填写', '√'] as [string, string, string, string]), ['效率', '平均效率', '填写', 17], ['出勤', '请假(次)', '填写', 0], ['出勤', '迟到(次)', '填写', 0], ['出勤', '旷工(天)', '填写', 0], ...cooperation.map((t) => ['合作精神', t, '填写', '√'] as [string, string, string, string])] };
    const r = await score(await filledForms('bao-lun-quality', [sheet], 'one.xlsx'));
    expectRefused(r, '张三', 'points-not-scale');
    expect(person(r, '张三').problems.find((p) => p.code === 'points-not-scale')!.message).toContain('17 正好是这一项能得的分,又没有写 %');
  });
});
