// Sound input the forty-second session's changes refused (found by review), each scored as before:
// - peers who all sign 「同事评(匿名)」 were one peer rating twice (both people unscored);
// - a line 「评分标准 1-4分差,5-7分一般,8-10分好」 or 「按5分制折算为10分制后填写」 above a §16 roster, and a group heading
//   「评估项目(每项1-10分,总分百分制)」, were read as another scale of the marks (every column refused);
// - a signature line 「签字 | 自评 | … | 上级」 or a note 「项目 | 自评 | 上级」 under a §1 sheet was a second table's heading.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCombined } from '../../src/io/combineRaters.js';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/review42', name);

describe('review of the forty-second session', () => {
  it('§9 peers signing 「同事评(匿名)」 are two peers: 林娜 (3 × 96.25 + 2 × 78.75)/5 = 89.25 良好, 王强 80', async () => {
    // No 客户评: weights 70/80 and 10/80. 林娜 主管 100/80/100/80/100, peers (80 + 60)/2 = 70 on each item:
    // 0.875 × 100 + 0.125 × 70 = 96.25 (three items), 0.875 × 80 + 0.125 × 70 = 78.75 (two).
    const outcome = await gradeCombined([fixture('anon-boss.xlsx'), fixture('anon-peer-a.xlsx'), fixture('anon-peer-b.xlsx')], { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['林娜', 89.25, '良好'], ['王强', 80, '良好']]);
  });

  for (const [file, what] of [
    ['rating-band-legend-line.xlsx', '「评分标准 1-4分差,5-7分一般,8-10分好」 above'],
    ['rating-converted-note-line.xlsx', '「说明:客户评价按5分制折算为10分制后填写」 above'],
    ['rating-group-total-scale.xlsx', '「评估项目(每项1-10分,总分百分制)」 over the criteria'],
  ] as const) {
    it(`§16 ${what}: read — 林娜 9+8+10+9+8+9+10+8+9+9 = 89 良好, 王强 71 一般`, async () => {
      const report = await gradedReport(fixture(file));
      expect(report.people.map((p) => [p.name, p.total, p.band])).toEqual([['林娜', 89, '良好'], ['王强', 71, '一般']]);
    });
  }

  for (const file of ['after-sales-signature-headings.xlsx', 'after-sales-summary-note.xlsx']) {
    it(`§1 ${file}: no second table — 81.25 × 0.85 + 70 × 0.15 = 79.5625 一般`, async () => {
      const report = await gradedReport(fixture(file));
      expect(report.people.map((p) => [p.total, p.band])).toEqual([[79.5625, '一般']]);
      expect(report.problems.some((p) => p.code === 'headings-reordered')).toBe(false);
    });
  }
});

// The second review: sound input the later changes scored wrongly or refused.
describe('review of the forty-second session (2)', () => {
  it('§15 a line of cut points above the roster (「优秀3.5分以上,良好2.75分以上…」) is no legend: 张三 3 × 15 → 3.00 良好, 李四 2.00 一般', async () => {
    const report = await gradedReport(fixture('interview-cut-point-line.xlsx'));
    expect(report.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 3, '良好'], ['李四', 2, '一般']]);
  });

  it('§19 a quota line (「优秀:1名,良好:2名,一般:3名」) is no legend: 2/4 × 100 = 50, 3/4 = 75, 1/4 = 25', async () => {
    const report = await gradedReport(fixture('rep-quota-line.xlsx'));
    expect(report.people.map((p) => p.total)).toEqual([50, 75, 25]);
  });

  it('§2 a 「合计」 of the counts (4, 1, 0) is no typed total: 96, 99, 100 without a warning; nor a 合计 line under a 管理处\'s items', async () => {
    const roster = await gradedReport(fixture('property-heji-counts.xlsx'));
    expect(roster.people.map((p) => p.total)).toEqual([96, 99, 100]);
    expect(roster.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const form = await gradedReport(fixture('property-heji-form.xlsx'));
    expect([form.people[0]!.total, form.problems.filter((p) => p.severity !== 'info')]).toEqual([96, []]);
  });

  it('§15 one candidate whose phone is 「+86 13800138000」 on one row: one person, (3 + 4)/2 = 3.50 优秀', async () => {
    const report = await gradedReport(fixture('interview-plus86.xlsx'));
    expect(report.people.find((p) => p.name === '张三')!.total).toBe(3.5);
  });

  it('§14 「绩效基数(月度)」 beside 「绩效基数(全年)」: the month\'s is paid — 1000 × 1.0, 1200 × 0.75, 800 × 0.75', async () => {
    const report = await gradedReport(fixture('rep-for-pay.xlsx'), { pay: fixture('pay-monthly-annual.xlsx') });
    expect(report.people.map((p) => p.pay?.bonus)).toEqual([1000, 900, 600]);
  });
});

// The third review.
describe('review of the forty-second session (3)', () => {
  it('§23 「部门得分」 is no 部门 (a heading retyped): refused with advice as before, not dropped at exit 0', async () => {
    const report = await gradedReport(fixture('workshop-bumen-defen.xlsx'), { form: 'internal-satisfaction-workshop' });
    expect(report.problems.find((p) => p.cell === 'G2')!.message).toContain('它像是「部门月度得分」');
  });

  it('§11 an export of the cycle 2026-02-26~2026-03-25 is March\'s too: joined — 陈静 98.00 优秀', async () => {
    const report = await gradedReport(fixture('shop-roster-cycle.xlsx'), { data: fixture('shop-export-cycle-title.xlsx') });
    expect(report.people.find((p) => p.name === '陈静')!.total).toBe(98);
  });

  it('§8 a 「合计」 of totals (75 typed, 79 by the rules) is compared as the team\'s 总分', async () => {
    const report = await gradedReport(fixture('mattress-heji-total.xlsx'));
    expect(report.problems.some((p) => p.cell === 'V2' && p.message.includes('手填的「总分」为「75」'))).toBe(true);
  });

  it('§14 编号 1..N that is the 工号 of two namesakes: kept — 王芳(1) 1000 × 79 % = 790, 王芳(3) 1200 × 85 % = 1020', async () => {
    const report = await gradedReport(fixture('mattress-two-wangfang.xlsx'), { pay: fixture('pay-bianhao-gonghao.xlsx') });
    expect(report.people.filter((p) => p.name === '王芳').map((p) => p.pay?.bonus)).toEqual([790, 1020]);
  });
});
