// §7 combined: the 主管's plain template (主管 marks, and the self-ratings he copied in under 自评) beside the staff's own
// 自评 copy. 自评 counts for nothing, yet it came twice and everyone was unscored at exit 1 — with 考核人 「陈经理」 the copy
// was refused as 「不是本表的评分人(自评、主管)」, with 考核人 blank as 「自评已在 … 评过」. Now the 主管's marks score and the
// second 自评 is a warning. Made by /tmp/rt55paycomb/cases/c13/make*.py.
// 主管: 张三 2+7+2+4+3 = 18, 5+5+4+5+4+5 = 28, 9+9+8+9+9 = 44 → 90.00 优秀; 李四 14 + 24 + 40 = 78.00 一般;
//       王五 20 + 30 + 45 = 95.00 优秀. Pay (§14): base × total/100 — 2000 × 0.90 = 1800, 2500 × 0.78 = 1950, 3000 × 0.95 = 2850.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx55g', f);

describe('自评 twice (the 主管\'s copy and the staff\'s own)', () => {
  for (const copy of ['plain-主管.xlsx', 'plain-主管-blank.xlsx']) {
    it(`${copy} + 自评.xlsx: scored on the 主管's marks, the second 自评 a warning`, async () => {
      const r = await combinedReport([at(copy), at('自评.xlsx')], { pay: at('pay.csv') });
      expect(r.people.map((p) => [p.name, p.total, p.band, p.pay?.bonus])).toEqual([['张三', 90, '优秀', 1800], ['李四', 78, '一般', 1950], ['王五', 95, '优秀', 2850]]);
      const twice = r.problems.filter((p) => p.code === 'rater-duplicate');
      expect(twice.map((p) => [p.severity, p.person])).toEqual([['warning', '张三'], ['warning', '李四'], ['warning', '王五']]);
      expect(twice[0]!.message).toContain('「自评」不计分');
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }
});
