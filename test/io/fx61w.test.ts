// Review 61 of 244c0178 and 4d7b082a. Fixtures: test/fixtures/fx61w (review's make.py, openpyxl rosters of §8's columns by
// name) and test/fixtures/fx61w12 (make.py, §12 express-cs rosters).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deductionHeading } from '../../src/io/adjustmentWords.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (dir: string, f: string) => path.join(repoRoot, 'test/fixtures', dir, f);
const scores = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total]);

// §8: 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77 before 奖惩; 张三 +2 协助新人培训, 李四 −3.
describe('§8 a 奖惩 heading naming 增 and 扣 with words between is points of either sign', () => {
  for (const [file, heading] of [
    ['zeng-kou-fwcomma.xlsx', '奖惩分(增分,扣分)'], ['zeng-kou-comma.xlsx', '奖惩分(增分,扣分)'], ['zeng-kou-semicolon.xlsx', '奖惩分(增分;扣分)'],
    ['zengxiang-kouxiang.xlsx', '奖惩分(增分项/扣分项)'], ['biaoyang-zeng-tousu-kou.xlsx', '奖惩分(表扬增分,投诉扣分)'],
  ] as const) {
    it(`「${heading}」: 张三 77 + 2 = 79, 李四 77 − 3 = 74 (was 75: the +2 taken off, at exit 0 without a word)`, async () => {
      const r = await gradedReport(at('fx61w', file), { form: 'mattress-cs-monthly' });
      expect(scores(r)).toEqual([['张三', 79], ['李四', 74]]);
      expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    });
  }

  // Review 61 of bfa61753 (any leftover 增 / 升 was either sign): 张三 2 「客户投诉」, 李四 3 「迟到三次」 under
  // 「奖惩分(扣分,含新增投诉)」 / 「(扣分,升星)」 were 79 and 80.00 良好 at exit 0 — points taken off: 77 − 2 = 75, 77 − 3 = 74.
  for (const file of ['bf-xinzeng.xlsx', 'bf-shengxing.xlsx']) {
    it(`${file}: 75 / 74 (王五 100, no 奖惩)`, async () => {
      const r = await gradedReport(at('fx61w', file), { form: 'mattress-cs-monthly' });
      expect(scores(r)).toEqual([['张三', 75], ['李四', 74], ['王五', 100]]);
    });
  }

  it('增 / 升 inside another word stays a deduction heading; a 增 beside 扣 anywhere does not', () => {
    for (const h of ['奖惩分(扣分,含投诉升级)', '奖惩分(扣分:迟到、投诉升级等)', '增值服务扣分', '奖惩分(扣分)', '奖惩分(扣分,含新增投诉)', '奖惩分(扣分,逐次递增)', '奖惩分(扣分,增援)', '奖惩分(扣分,增补)', '奖惩分(扣分,升星)', '奖惩分(扣分,增派人员)']) expect([h, deductionHeading(h)]).toEqual([h, true]);
    for (const h of ['奖惩分(增分,扣分)', '奖惩分(表扬增分,投诉扣分)', '奖惩(升降级)', '奖惩分(增减)', '奖惩分(扣/增)']) expect([h, deductionHeading(h)]).toEqual([h, false]);
  });
});

// §12 express-cs: 工作效率 + (40 − 0.5 × 话务质量 count) + (40 − 0.5 × 工作状况 count). Under 「话务质量(次)」 a 40 beside light
// figures is full marks typed, not a heavy month: read as counts it made 张三 18 + (40 − 20) + 39 = 77 一般 for 97 as a
// score (four-40-38-2-0) at exit 0 — refused, as half or more in the top quarter was before 4d7b082a.
describe('§12 exactly half heavy beside light figures, one of them full marks: refused', () => {
  for (const file of ['two-40-0.xlsx', 'two-40-5.xlsx', 'four-40-38-2-0.xlsx']) {
    it(file, async () => {
      const r = await gradedReport(at('fx61w12', file), { form: 'express-cs' });
      expect(r.people.every((p) => p.status !== 'scored')).toBe(true);
      expect(r.problems.some((p) => p.severity === 'error' && p.cell?.startsWith('F'))).toBe(true);
    });
  }
});
