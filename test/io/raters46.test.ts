// Raters' columns on person sheets: a self-rating beside the supervisor's where the form has none.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/raters46', f);

describe('§30 person sheets 「维度 | 评价指标 | 自评 | 上级」 without a 客户 column (no customer feedback this month)', () => {
  it('read on 上级 alone, the 自评 column warned as not counted — not refused as the 客户 column renamed', async () => {
    // 上级 alternates 优秀/良好 (100/80) over each dimension's three indicators: (100 + 80 + 100) / 3 = 93.33, then
    // (80 + 100 + 80) / 3 = 86.67, …; 客户 absent, 上级 counts whole: (93.33 + 86.67 + 93.33 + 86.67) / 4 = 90.00 优秀.
    // 周杰 良好/一般 (80/60): (73.33 + 66.67 + 73.33 + 66.67) / 4 = 70.00 一般. Renamed 「客户」 as kpi advised, the
    // self-ratings counted 30 %: 93.00 and 79.00 at exit 0.
    const r = await gradedReport(at('ability-self-no-customer.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['林娜', 90, '优秀'], ['周杰', 70, '一般']]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.problems.filter((p) => p.severity === 'warning').map((p) => p.message)).toEqual([
      '林娜!C7:林娜:列「自评」的分数没有计入:这一格填「优秀」,评分按「上级」列的「良好」;如果应按「自评」评分,请把它的分数填到「上级」列',
      '周杰!C6:周杰:列「自评」的分数没有计入:这一格填「优秀」,评分按「上级」列的「良好」;如果应按「自评」评分,请把它的分数填到「上级」列',
    ]);
  });
});
