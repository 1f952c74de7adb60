// Headings people retype that kpi refused or misread: spaced words, the supervisor's column on a one-rater form, 被评价人,
// a pay file's 基础工资 / 本月绩效基数, a units row of 「(次)」 over points.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCombined } from '../../src/io/combineRaters.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/retyped45', f);
const totals = (r: { people: Array<{ name: string; total: number | null }> }) => Object.fromEntries(r.people.map((p) => [p.name, p.total]));

describe('headings retyped', () => {
  it('「其 它」 spaced as a PDF converter writes it is 其它 (everyone was refused at 奖惩): §8 79, 90, 79.996 (shown 80.00)', async () => {
    const r = await gradedReport(at('mattress-spaced-qita.xlsx'));
    expect(totals(r)).toEqual({ 王芳: 79, 李强: 90, 张敏: 79.996 });
  });

  it.each(['scheme-shangjiping.xlsx', 'scheme-zhuguanping.xlsx'])('%s: 「上级评」/「主管评」 over a one-rater form\'s scores is its 填写 (refused): §13 95 良好 K 1.0, 95.01 优秀, 85.00 待改进', async (file) => {
    const r = await gradedReport(at(file));
    // (95.005 is shown 95.01 and banded so; 85.004 shown 85.00.)
    expect(r.people.map((p) => [Math.round(p.total! * 100) / 100, p.band])).toEqual([[95, '良好'], [95.01, '优秀'], [85, '待改进']]);
  });

  it('a peers\' export whose name column is 「被评价人」 (not recognised as a rater\'s table): combined with the 主管\'s, 林娜 (97.5 + 80 + 82.5 + 65 + 80) / 5 = 81', async () => {
    // §9 without 客户: 主管 70/80, 同事 10/80 — 业务知识能力 100 × 7/8 + 80 / 8 = 97.5 …
    const outcome = await gradeCombined([at('主管.xlsx'), at('同事评.csv')], { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(totals(outcome.report)).toEqual({ 林娜: 81, 周杰: 87, 王芳: 62.5 });
  });

  it.each(['pay-jichu.xlsx', 'pay-benyue.xlsx'])('%s: 「基础工资」 is 基本工资, 「本月绩效基数」 绩效基数 (工资总额 blank, or the file refused): 4000 + 3000 × 1.0 = 7000', async (file) => {
    const r = await gradedReport(at('pay-roster.xlsx'), { pay: at(file) });
    // 张三 95 良好 K 1.0; 李四 90.00 一般 K 0.9: 4000 + 2000 × 0.9 = 5800.
    expect(r.people.slice(0, 2).map((p) => [p.pay?.bonus, p.pay?.gross])).toEqual([[3000, 7000], [1800, 5800]]);
  });

  it('a units row 「(次)」 under 表格管理 (points each time): 2 and 3 incidents are no deductions of 2 and 3 points — refused (王芳 82 良好, 张敏 79 at exit 0)', async () => {
    const r = await gradedReport(at('mattress-unit-row-ci.xlsx'), { form: 'mattress-cs-monthly' });
    expect(totals(r)).toEqual({ 王芳: null, 李强: 100, 张敏: null });
    expect(r.problems.find((p) => p.cell === 'D1')!.message).toContain('列「表格管理」下面的单位行写着「(次)」,本表这一列按「分」填写');
  });
});
