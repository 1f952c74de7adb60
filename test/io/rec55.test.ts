// Review of today's record commits (made by /tmp/rt55rve/cases/mk*.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/rec55', f);

describe('§3 MAX/MIN lines under a 月份 column filled down', () => {
  // Customers 10, 10, 10, 6 on every dimension, then MAX 10s and MIN 6s, 月份 「3月」 on every line: 36/4 = 9.00 → 90.00 甲
  // (read as customers: (36 + 10 + 6)/6 = 8.67 → 86.67 乙 at exit 0).
  for (const f of ['m20-month-max-min.xlsx', 'm21-month-avg-max-min.xlsx']) {
    it(`${f}: the MAX/MIN pair is statistics, not two customers`, async () => {
      const r = await gradedReport(at(f));
      expect(r.groups!.map((g) => [g.figures.index, g.band])).toEqual([[90, '甲']]);
    });
  }
});
