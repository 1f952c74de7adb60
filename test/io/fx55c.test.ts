// §9 peers' copies whose 评分人 is blank, the peer named by the file only (同事-林娜.xlsx, 同事-周杰.xlsx), each peer also
// filling her own sheet: her own marks were counted as a peer's — 林娜 86.60 良好 (1732.00) for 85.60, 周杰 84.00 (2100.00)
// for 82.00, at exit 0 with no word. Both the plain template (同事评1 filled, I4 blank) and --rater 同事 copies with 评分人
// cleared (rater/). Made by /tmp/rt55paycomb/cases/c18/make*.py.
// §9: 主管 70 %, 同事 10 %, 客户 20 % of each item; 自评 does not count.
//   林娜: 主管 100, 80, 80, 100, 80; 客户 80 each; the one true peer 周杰 80 each →
//         items 70 + 8 + 16 = 94 (twice) and 56 + 8 + 16 = 80 (three times): (188 + 240) / 5 = 85.60 良好;
//         bonus 2000 × 0.856 = 1712.00, + 基本工资 4000 = 5712.00.
//   周杰: 主管 80, 客户 100, the true peer 林娜 60 → 56 + 6 + 20 = 82 each item: 82.00 良好; 2500 × 0.82 = 2050.00, 6550.00.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, repoRoot } from '../helpers.js';

const at = (...f: string[]) => path.join(repoRoot, 'test/fixtures/fx55c', ...f);
const copies = (dir: string[]) => ['主管.xlsx', '同事-林娜.xlsx', '同事-周杰.xlsx'].map((f) => at(...dir, f));

describe('a peer\'s own sheet in her copy named by the file, 评分人 blank', () => {
  for (const [label, dir] of [['plain template, 同事评1', []], ['--rater 同事 copies, 评分人 cleared', ['rater']]] as const) {
    it(`${label}: set aside with a warning, not counted as a peer`, async () => {
      const r = await combinedReport(copies([...dir]), { pay: at('pay.csv') });
      const of = (name: string) => r.people.find((p) => p.name === name)!;
      expect([of('林娜').total, of('林娜').band, of('林娜').pay?.bonus, of('林娜').pay?.gross]).toEqual([85.6, '良好', 1712, 5712]);
      expect([of('周杰').total, of('周杰').band, of('周杰').pay?.bonus, of('周杰').pay?.gross]).toEqual([82, '良好', 2050, 6550]);
      const aside = r.problems.filter((p) => p.code === 'self-rated');
      expect(aside.map((p) => `${p.severity} ${p.person}`).sort()).toEqual(['warning 周杰', 'warning 林娜']);
      expect(aside[0]!.message).toContain('「评分人」没有填写,文件名「同事-');
    });
  }
});
