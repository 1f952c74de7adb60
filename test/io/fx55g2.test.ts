// Regressions of 799ab61c (review rt55rva): a last customer 「Max」 / 「Min」 whose marks tie the column's highest / lowest
// was dropped as a statistic, and the team's MAX line under 平均 counted as a customer. §3 (CATALOG): index = the mean of
// the four dimensions' means × 10; 甲 ≥ 90, 乙 ≥ 80, 丙 ≥ 70. Fixtures: test/fixtures/fx55g2/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx55g2', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const s3 = { form: 'satisfaction-monthly' };
const march = { ...s3, period: '2026-03' };
const month = (r: Report) => r.groups.find((g) => g.grouping === 'month')!;
const result = (r: Report) => [month(r).figures.responses, Number((month(r).figures.index as number).toFixed(2)), month(r).band];
const skippedCells = (r: Report) => r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.cell);

describe('§3 a last customer 「Max」 / 「Min」 tying the highest / lowest marks is a customer', () => {
  it('c1 Max 10s last, no statistics line: (10 + 10 + 6 + 10)/4 = 9.00 → 90.00 甲 (dropped: 26/3 = 8.67 → 86.67 乙)', async () => {
    const r = await gradedReport(at('c1-max-last-10s.xlsx'), s3);
    expect(result(r)).toEqual([4, 90, '甲']);
    expect(skippedCells(r)).toEqual([]);
  });

  // quality (9+6+7+9)/4 = 7.75, service (7+8+6+8)/4 = 7.25, accuracy (10+6+8+10)/4 = 8.50, support (8+9+7+9)/4 = 8.25;
  // (7.75 + 7.25 + 8.50 + 8.25)/4 = 7.9375 → 79.38 丙 (dropped: 3 customers, 75.83).
  it('c7 export, Max answered 2026-03-28 with 9 8 10 9 (each the highest): 4 customers, 79.38 丙', async () => {
    const r = await gradedReport(at('c7-export-max-last.xlsx'), march);
    expect(result(r)).toEqual([4, 79.38, '丙']);
    expect(skippedCells(r)).toEqual([]);
  });

  it('c8b export, Min 7s tying the lowest: (10 + 10 + 7 + 7)/4 = 8.50 → 85.00 乙 (dropped: 27/3 = 9.00 → 90.00 甲)', async () => {
    const r = await gradedReport(at('c8b-export-min-tie-band.xlsx'), march);
    expect(result(r)).toEqual([4, 85, '乙']);
  });

  it('c2 Max 10s above 平均 9 — the mean counting Max, 36/4: 9.00 → 90.00 甲 (skipped: 86.67 乙)', async () => {
    const r = await gradedReport(at('c2-max-10s-above-avg.xlsx'), s3);
    expect(result(r)).toEqual([4, 90, '甲']);
    expect(skippedCells(r)).toEqual(['A7']);
  });

  it('c3b Min 4s above 平均 8 = (10 + 10 + 8 + 4)/4: 8.00 → 80.00 乙 (skipped: 28/3 = 9.33 → 93.33 甲)', async () => {
    const r = await gradedReport(at('c3b-min-low-above-avg.xlsx'), s3);
    expect(result(r)).toEqual([4, 80, '乙']);
  });

  it('d1 Max with its own 提交答卷时间 under the team\'s 平均: (10 + 10 + 7 + 7)/4 = 8.50 → 85.00 乙 (skipped: 90.00 甲)', async () => {
    const r = await gradedReport(at('d1-export-avg-then-max-dated.xlsx'), march);
    expect(result(r)).toEqual([4, 85, '乙']);
    expect(skippedCells(r)).toEqual(['B5']);
  });
});

describe('§3 the team\'s MAX line directly under 平均 is a statistic whatever its figures', () => {
  // quality (9+8+7)/3 = 8, service (8+8+7)/3 = 7.667, accuracy 8, support 8; (8 + 7.667 + 8 + 8)/4 = 7.9167 → 79.17 丙.
  // Counted, MAX 10s made 4: quality 34/4 = 8.5, service 33/4 = 8.25 → 8.4375 → 84.38 乙.
  it('c4 MAX typed as the scale\'s 10s (no customer gave 10): 3 customers, 79.17 丙', async () => {
    const r = await gradedReport(at('c4-avg-max-scale.xlsx'), s3);
    expect(result(r)).toEqual([3, 79.17, '丙']);
    expect(skippedCells(r)).toEqual(['A6', 'A7']);
  });

  it('c5 MAX 10 over a row a filter hides: (9 + 8 + 7)/3 = 8.00 → 80.00 乙 (counted: 34/4 = 8.50 → 85.00)', async () => {
    const r = await gradedReport(at('c5-avg-max-hidden.xlsx'), s3);
    expect(result(r)).toEqual([3, 80, '乙']);
    expect(skippedCells(r)).toEqual(['A7', 'A8']);
  });
});
