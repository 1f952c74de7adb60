// A percentage column (目标转化率, 目标转换率) not headed in percent whose plain figures are percents typed bare (10, 5, 20):
// its 0.5 and 1 are 0.5 % and 1 %, as whoever typed 10 for 10 % meant — read alone, 50 % and 100 % (a red team's cases
// c08, c09, c18; fixtures: test/fixtures/percentColumns52/make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/percentColumns52', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total, p.band]);
const said = (r: Report) => r.problems.map((p) => [p.severity, p.cell, p.person]);

// §10 everyone's other items: 销售额 100000/100000 → 25; 满意度 90 → 18; 响应 30/30 → 10; 投诉 80 → 8; 产品 90 → 9;
// 团队 100 → 5; 个人 80 → 4: 79 before 转化率 = (新客户 ÷ 访问) ÷ 目标, capped at 120 %, × 15.
describe('§10 转化率·目标转化率 of percents typed bare beside figures up to 1', () => {
  it('10, 5, 0.5, 1.5: 员3\'s 0.5 is 0.5 %, 1/200 = 0.5 % ÷ 0.5 % → 15, 94.00 优秀 (it was 50 %: 0.15, 79.15 一般, no word)', async () => {
    const r = await gradedReport(at('rate-half.xlsx'), { form: 'sales-cs-kpi' });
    // 员1 12 % ÷ 10 % = 120 % → 18 → 97; 员2 5 % ÷ 5 % → 15 → 94; 员4 3/200 = 1.5 % ÷ 1.5 % → 15 → 94.
    expect(totals(r)).toEqual([['员1', 97, '优秀'], ['员2', 94, '优秀'], ['员3', 94, '优秀'], ['员4', 94, '优秀']]);
    // A note at the 0.5 (50 % is still a reading); 1.5's warning as before (150 % for a team writing fractions).
    expect(said(r)).toEqual([['info', 'K4', '员3'], ['warning', 'K5', '员4']]);
    expect(r.problems[0]!.message).toContain('「0.5」按 0.5% 计(同列其他数按百分数填写);如指 50% 请写成「50%」');
  });

  it('1, 1, 2: two 1s beside one 2 are no column of percents (review: most of it must be) — each 1 warned as 100 % as before', async () => {
    const r = await gradedReport(at('rate-one.xlsx'), { form: 'sales-cs-kpi' });
    // 员1 2 % ÷ 100 % = 2 % × 15 = 0.3 → 79.30; 员2 1 % ÷ 100 % → 0.15 → 79.15; 员3 1 % ÷ 2 % = 50 % → 7.5 → 86.50 良好.
    // (Read as 1 %, 97 and 94: wanted, but then 0.92, 0.88 beside one 40 were 0.92 % satisfied — the warning asks.)
    expect(totals(r)).toEqual([['员1', 79.3, '一般'], ['员2', 79.15, '一般'], ['员3', 86.5, '良好']]);
    expect(said(r)).toEqual([['warning', 'K2', '员1'], ['warning', 'K3', '员2']]);
  });

  it('leaves a column of fractions with one bare 10 (0.1, 0.08, 10) as fractions: 8 % ÷ 10 % → 12, 91; ÷ 8 % → 15, 94', async () => {
    const r = await gradedReport(at('rate-fractions-one-bare.xlsx'), { form: 'sales-cs-kpi' });
    // 8/100 = 8 %: ÷ 10 % = 80 % × 15 = 12 → 91; ÷ 8 % = 100 % → 15 → 94; the bare 10 is 10 % → 91. (As 0.1 % and
    // 0.08 %: capped 120 % → 18, 97 each.)
    expect(totals(r)).toEqual([['员1', 91, '优秀'], ['员2', 94, '优秀'], ['员3', 91, '优秀']]);
  });

  it('leaves a column of fractions only (0.2, 0.25) as fractions: 8 % ÷ 20 % = 40 % → 6, 85; ÷ 25 % = 32 % → 4.8, 83.8', async () => {
    const r = await gradedReport(at('rate-fractions.xlsx'), { form: 'sales-cs-kpi' });
    expect(totals(r)).toEqual([['员1', 85, '良好'], ['员2', 83.8, '良好']]);
    expect(said(r)).toEqual([]);
  });
});

describe('§11 日常询盘转换率·目标转换率 of 20, 15, 0.5', () => {
  it('周杰\'s 0.5 is 0.5 %: 10/2000 = 0.5 % ÷ 0.5 % → 30, 30 + 19 + 10 + 6.67 + 15 + 14 = 94.67 良好 K 1.0 (it was 64.97 待改进 K 0.8)', async () => {
    const r = await gradedReport(at('shop-rate.xlsx'), { form: 'shop-cs-monthly' });
    // 19 = 95000 ÷ 100000 × 20; 6.67 = (1 − (1/150) ÷ 2 %) × 10; 15 售后投诉关联; 14 = 工作主动性 5 + 其他 9.
    const zhou = r.people.find((p) => p.name === '周杰')!;
    expect([Number(zhou.total!.toFixed(2)), zhou.band]).toEqual([94.67, '良好']);
    expect(said(r).filter(([, cell]) => cell === 'H4')).toEqual([['info', 'H4', '周杰']]);
  });
});

describe('§28 满意度 of survey percents beside a figure up to 1', () => {
  it('92, 88, 0.3: 0.3 stays 30 % (no 0.3 % satisfied), 员3 (30 + 30 + 75 + 30) × 25 % = 41.25, as before', async () => {
    const r = await gradedReport(at('satisfaction-low.xlsx'), { form: 'sales-aftersales-monthly' });
    // 客诉率 1/200 = 0.5 %: 1 − 0.5 % ÷ 2 % = 75. 员1 (92 × 3 + 75) ÷ 4 = 87.75; 员2 (88 × 3 + 75) ÷ 4 = 84.75.
    expect(r.people.map((p) => p.total)).toEqual([87.75, 84.75, 41.25]);
    expect(r.problems.filter((p) => p.code === 'ambiguous-percent')).toEqual([]);
  });
});
