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

describe('a month column writing each month as its 1st (2026-03-01, 2026-04-01) under --period 2026-03', () => {
  it('§22: April\'s questionnaire is April\'s, not March\'s late answers — 采购部 (810 + 880)/2 = 845 B, 84.50', async () => {
    const r = await gradedReport(at('d22-mar-apr-text.xlsx'), { period: '2026-03' });
    const g = r.groups!.find((x) => x.keyText === '2026-03·采购部')!;
    expect([g.figures.initial, g.figures.shown, g.band]).toEqual([845, 84.5, 'B 良好']);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('§23: March 优秀 0.00 (u = w = g = 0), not April\'s 不满意/一般 as March\'s 较好 0.56', async () => {
    const r = await gradedReport(at('w23-jan-apr-text.xlsx'), { period: '2026-03' });
    const g = r.groups!.find((x) => x.keyText === '2026-03·采购部')!;
    expect([g.figures.level, g.figures.deduction]).toEqual(['优秀', 0]);
  });
});

describe('§5 a log of March installs all called back in April, --period 2026-03', () => {
  // 完工时间 3/5, 3/12, 3/20, 3/28, 服务态度 5, 5, 3, 5: 3 of 4 认可满意 → 75.00 % 一般, the four kept as March's (info).
  it('is March\'s: 4 orders, 75.00 % 一般 (was 「按日期是 2026-04 的」 at exit 1)', async () => {
    const r = await gradedReport(at('a3-march-installs-april-callbacks.xlsx'), { period: '2026-03' });
    const g = r.groups!.find((x) => x.keyText === '王师傅')!;
    expect([g.figures.orders, g.figures.satisfiedRate, g.band]).toEqual([4, 75, '一般']);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('a 状态 column of words that only contain a void word', () => {
  it('「不计较」 and 「客户已撤回投诉」 are no void marks (they were warned as 作废)', async () => {
    const r = await gradedReport(at('s3-status-closed.xlsx'));
    expect(r.problems.filter((p) => p.code === 'record-void')).toEqual([]);
  });
});
