// Raters' columns on person sheets: a self-rating beside the supervisor's where the form has none.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/raters46', f);

describe('§30 person sheets 「维度 | 评价指标 | 自评 | 上级」 without a 客户 column (no customer feedback this month)', () => {
  it('read on 上级 alone, the 自评 column noted as not counting — not refused as the 客户 column renamed', async () => {
    // 上级 alternates 优秀/良好 (100/80) over each dimension's three indicators: (100 + 80 + 100) / 3 = 93.33, then
    // (80 + 100 + 80) / 3 = 86.67, …; 客户 absent, 上级 counts whole: (93.33 + 86.67 + 93.33 + 86.67) / 4 = 90.00 优秀.
    // 周杰 良好/一般 (80/60): (73.33 + 66.67 + 73.33 + 66.67) / 4 = 70.00 一般. Renamed 「客户」 as kpi advised, the
    // self-ratings counted 30 %: 93.00 and 79.00 at exit 0. Nor is the self-rating to be moved into 上级 (it was advised:
    // 林娜 优秀 throughout, 100.00 for 90.00) — a self-rating never counts.
    const r = await gradedReport(at('ability-self-no-customer.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['林娜', 90, '优秀'], ['周杰', 70, '一般']]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'unknown-column').map((p) => p.message)).toEqual([
      '林娜!C7:林娜:列「自评」是本人的自评,只作参考、不计分,没有计入:这一格填「优秀」,评分按「上级」列的「良好」;不必改动',
      '周杰!C6:周杰:列「自评」是本人的自评,只作参考、不计分,没有计入:这一格填「优秀」,评分按「上级」列的「良好」;不必改动',
    ]);
  });
});

describe('§1 person sheets with 「上级(初评)」 or 「上级(上月)」 beside 上级 (README: a noted column beside the plain one is not read)', () => {
  it.each([
    ['after-sales-supervisor-noted.xlsx', '上级(初评)'],
    ['after-sales-supervisor-last-month.xlsx', '上级(上月)'],
  ])('%s: scored on 上级, the %s column listed as not read (it was refused, advised to be renamed 上级)', async (file, heading) => {
    // A1 85 % → 10; A2 有部分不完整 → 10; A3 完成目标值要求 → 20; A4 one unmet → 15: part A 55/80 = 68.75; B 3级 + 4级 =
    // 70/100; 68.75 × 0.85 + 70 × 0.15 = 58.4375 + 10.5 = 68.9375 → 68.94 一般.
    const r = await gradedReport(at(file));
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band])).toEqual([['王五', 68.94, '一般']]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(r.problems.find((p) => p.code === 'unknown-column')!.message).toContain(`已忽略:「${heading}」(G6)`);
  });
});

describe('candidates not yet interviewed (interview-eval person sheets, nothing filled)', () => {
  it('one error each, not one per question (45 for three)', async () => {
    const r = await gradedReport(at('interview-blank-candidates.xlsx'));
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.person])).toEqual([['nothing-filled', '张三'], ['nothing-filled', '李四'], ['nothing-filled', '王五']]);
  });
});
