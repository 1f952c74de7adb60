// Regressions of f016baad and 36c08404 (review rv54c): late answers decided over rows that are no records (a row a filter
// hides, a dated footer line), a last customer 「Max」 skipped as a statistic beside 平均 / 合计, and §23 workshops with a
// note naming no person (「喷涂车间(外协)」) warned as written two ways. Fixtures: test/fixtures/fx54m/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx54m', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const s3 = { form: 'satisfaction-monthly' };
const month = (r: Report) => r.groups.find((g) => g.grouping === 'month')!;
const codes = (r: Report, code: string) => r.problems.filter((p) => p.code === code).map((p) => [p.severity, p.cell]);

// §3 --period 2026-03: March's four 10s, the late 6s of April 1st and 3rd (no other April record): 6 customers,
// (4 × 10 + 2 × 6)/6 = 52/6 = 8.667 → index 86.67 乙 (80 ≤ 86.67 < 90). Deciding by every row, the hidden April 12th 2 or
// the footer's 2026-04-08 made the two 6s April's: 4 customers, 10.00 → 100.00 甲.
describe('§3 late answers beside an April row that is no record', () => {
  for (const [file, extra] of [['s3-late-hidden.xlsx', 'hidden-rows'], ['s3-late-footer.xlsx', 'skipped-row']] as const) {
    it(`${file}: 6 customers, 86.67 乙, the two late answers said`, async () => {
      const r = await gradedReport(at(file), { ...s3, period: '2026-03' });
      expect(month(r).figures.responses).toBe(6);
      expect(month(r).figures.index).toBeCloseTo(86.667, 2);
      expect(month(r).band).toBe('乙');
      const late = r.problems.find((p) => p.code === 'records-sheet-period' && p.severity === 'info')!;
      expect(late.message).toContain('有 2 条客户按「提交答卷时间」列是 2026-04 月初(1–5 日)的');
      expect(codes(r, extra).length).toBe(1);
    });
  }
});

// A lone MAX / Max line is a statistic only beside its MIN partner or when its figures are each column's highest.
describe('§3 a last customer 「Max」 above 平均 / 合计', () => {
  it('Max 4 4 4 4 above 平均 8: a customer — (10 + 10 + 8 + 4)/4 = 8.00 → 80.00 乙 (skipped: 28/3 = 9.33 → 93.33 甲)', async () => {
    const r = await gradedReport(at('s3-max-avg.xlsx'), s3);
    expect([month(r).figures.responses, month(r).figures.index, month(r).band]).toEqual([4, 80, '乙']);
    expect(codes(r, 'skipped-row')).toEqual([['info', 'A7']]);
  });

  it('MAX 6 above 合计 36: a customer — (10 + 10 + 10 + 6)/4 = 9.00 → 90.00 甲 (skipped: 30/3 = 10 → 100.00)', async () => {
    const r = await gradedReport(at('s3-max-total.xlsx'), s3);
    expect([month(r).figures.responses, month(r).figures.index, month(r).band]).toEqual([4, 90, '甲']);
    expect(codes(r, 'skipped-row')).toEqual([['info', 'A7']]);
  });

  it('MAX 10 under 平均, 10 the highest of 10, 10, 8, 4: a statistic — still (10 + 10 + 8 + 4)/4 = 8.00 → 80.00 乙', async () => {
    const r = await gradedReport(at('s3-max-highest.xlsx'), s3);
    expect([month(r).figures.responses, month(r).figures.index, month(r).band]).toEqual([4, 80, '乙']);
    expect(codes(r, 'skipped-row')).toEqual([['info', 'A7'], ['info', 'A8']]);
  });
});

// §23 采购部 served by 装配车间, 装配车间(电机), 喷涂车间, 喷涂车间(外协) — four workshops (README: a note naming no person is
// another workshop), one 不满意: u = 1 → 较好, 0.5 ÷ 0.9 (1–5 served) = 0.556 → 0.56. Nothing said of the names.
describe('§23 workshops with a note naming no person beside the bare name', () => {
  it('four workshops, 0.56, no names-alike warning', async () => {
    const r = await gradedReport(at('s23-bracket-notes.xlsx'), { form: 'internal-satisfaction-workshop' });
    const dept = r.groups.find((g) => g.grouping === 'dept')!;
    expect([dept.figures.served, dept.figures.deduction]).toEqual([4, 0.56]);
    expect(codes(r, 'names-alike')).toEqual([]);
  });
});
