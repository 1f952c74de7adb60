// fx62h2 (review 62 of 27c3e259): §8 person sheet, 其它 typed as two 扣分 rows with the same figure (「1分」 | 「1分」, or
// 1 | 1) beside 「迟到两次」: read once as a copy, 77 − 1 = 76.00 at exit 0 without a word for 77 − 1 − 1 = 75. A copy or two
// deductions is not for kpi to guess: refused at the second row, advising the sum −2 (as two different figures are).
// CATALOG §8: 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77 before 奖惩.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx62h2', f);

describe('§8 two equal 扣分 rows', () => {
  for (const file of ['s-kou2-noJia.xlsx', 's-kou2-num.xlsx']) {
    it(`${file}: refused duplicate-entry at F22, the sum 「-2」 advised`, async () => {
      const r = await gradedReport(at(file), { form: 'mattress-cs-monthly' });
      expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', null]]);
      const errors = r.problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => [p.code, p.cell])).toEqual([['duplicate-entry', 'F22']]);
      expect(errors[0]!.message).toContain('填合计「-2」');
    });
  }
});
