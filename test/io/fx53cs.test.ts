// §4 cs-dept-monthly typed with the raters' columns 「直接领导 | 间接领导」: 间接领导 was in the definition's writtenAs, its pair
// 直接领导 was not — 钱二 unscored at exit 1, the second error telling the lead to score 「直接主管的表」 with this one although the
// direct ratings were in the same sheet. Definition 1.2.1 reads 直接领导 as 直接主管.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gradedReport } from '../helpers.js';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/fx53cs/28-raters-5.xlsx');

describe('§4 raters typed 直接领导 | 间接领导', () => {
  it('both read: 钱二 81.40 良好', async () => {
    const r = await gradedReport(file);
    // Part 1 (items of 工作效率/工作质量/团队纪律, 6S): direct 低标 0.8, indirect 差 0.6 → 0.7 × 0.8 + 0.3 × 0.6 = 0.74 of each
    // item's points — 74 of 100 over the 100-point part; 超预期表现 8 and 6 → (0.7 × 8 + 0.3 × 6) / 10 × 5 × 2 = 7.4.
    // 74 + 7.4 = 81.40 → 良好 (80–89.99).
    const qian = r.people.find((p) => p.name === '钱二')!;
    expect(qian.status).toBe('scored');
    expect(qian.total).toBeCloseTo(81.4, 9);
    expect(qian.band).toBe('良好');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
