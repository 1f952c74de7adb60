// Record logs scored with --period counted rows of later months at exit 0: a §5 call-back any day after --period, and
// the next month's 1st–5th as late answers even beside that month's own rows (counted in both months). A next-month row
// is now a late answer only in a log of --period's month holding no other row of that next month, said with its count.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx54g', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const said = (r: Report, code: string) => r.problems.filter((p) => p.code === code).map((p) => [p.severity, p.cell, p.message]);
const group = (r: Report, key: string) => r.groups!.find((g) => g.keyText === key)!;

describe('§5 王师傅: February call-backs 2/5 … 2/26 (all 认可满意), March\'s 3/3 … 3/24 (服务态度 3分)', () => {
  it('--period 2026-02: February\'s 4 orders, 4/4 = 100 % 优秀 (all 8: 4/8 = 50 % 待改进); March\'s 4 said left out', async () => {
    const r = await gradedReport(at('s5-twomonths.xlsx'), { form: 'install-followup', period: '2026-02' });
    const wang = group(r, '王师傅');
    expect([wang.figures.orders, wang.figures.satisfiedRate, wang.band]).toEqual([4, 100, '优秀']);
    expect(said(r, 'records-sheet-period')).toEqual([['warning', 'I1', '工作表「回访记录」有 4 条订单按「客服回访时间」列是 2026-03 的,不是要评分的 2026-02,没有计入(只统计 2026-02 的订单)']]);
  });

  it('--period 2026-03: March\'s 4 orders, 0/4 = 0 % 待改进 (3/3 is no late answer of February\'s: March has rows of its own)', async () => {
    const r = await gradedReport(at('s5-twomonths.xlsx'), { form: 'install-followup', period: '2026-03' });
    expect([group(r, '王师傅').figures.orders, group(r, '王师傅').figures.satisfiedRate]).toEqual([4, 0]);
  });

  it('--period 2025-11: no row of that month — an error naming 2026-02、2026-03 (was 8 orders 50 % labelled 2025-11, silent)', async () => {
    const r = await gradedReport(at('s5-twomonths.xlsx'), { form: 'install-followup', period: '2025-11' });
    expect(said(r, 'records-sheet-period').map(([s, , m]) => [s, m])).toEqual([['error', expect.stringContaining('是 2026-02、2026-03 的,不是 --period 指定的 2025-11')]]);
  });
});

describe('§3 提交时间 of February (five 10s) and March (1st, 3rd, 5th: 6s; 10th, 20th: 8s)', () => {
  it('--period 2026-02: February\'s 5 customers, index 10 × 10 = 100.00 甲 (with March 1st–5th: (50 + 18) ÷ 8 × 10 = 85.00 乙)', async () => {
    const r = await gradedReport(at('s3-twomonths.xlsx'), { form: 'satisfaction-monthly', period: '2026-02' });
    expect(r.groups![0]!.figures).toMatchObject({ responses: 5, index: 100 });
    expect(r.groups![0]!.band).toBe('甲');
    expect(said(r, 'records-sheet-period')).toEqual([['warning', 'A1', '工作表「满意度记录」有 5 条客户按「提交时间」列是 2026-03 的,不是要评分的 2026-02,没有计入(只统计 2026-02 的客户)']]);
  });

  it('March 1st, 3rd, 5th with no later March row: February\'s late answers, (5 × 10 + 3 × 6) ÷ 8 = 8.5 → 85.00 乙, said with their count', async () => {
    const r = await gradedReport(at('s3-late.xlsx'), { form: 'satisfaction-monthly', period: '2026-02' });
    expect(r.groups![0]!.figures).toMatchObject({ responses: 8, index: 85 });
    expect(said(r, 'records-sheet-period')).toEqual([['info', 'A1', '工作表「满意度记录」有 3 条客户按「提交时间」列是 2026-03 月初(1–5 日)的,表里没有 2026-03 的其他客户,算作 2026-02 迟交的答卷或回访,计入了 2026-02']]);
  });

  it('March only, --period 2026-02: an error (was 60.00 丁 of the 1st–5th, exit 0), all 5 counted as before: (18 + 16) ÷ 5 = 6.8', async () => {
    const r = await gradedReport(at('s3-march.xlsx'), { form: 'satisfaction-monthly', period: '2026-02' });
    expect(r.groups![0]!.figures).toMatchObject({ responses: 5, overall: 6.8 });
    expect(said(r, 'records-sheet-period').map(([s, , m]) => [s, m])).toEqual([['error', expect.stringContaining('是 2026-03 的,不是 --period 指定的 2026-02')]]);
  });
});

describe('§23 提交时间, no 考核月份: 采购部 满意 ×4 (2/20 … 2/23)', () => {
  it('with 不满意 3/2, 3/4 and 满意 3/20, 3/21, --period 2026-02: u = w = g = 0 → 优秀, 实扣 0 (was 8 answers, u = 2 较差, 1 ÷ 0.9 = 1.11)', async () => {
    const r = await gradedReport(at('s23-dates.xlsx'), { form: 'internal-satisfaction-workshop', period: '2026-02' });
    expect(group(r, '2026-02·采购部').figures).toMatchObject({ answers: 4, u: 0, level: '优秀', deduction: 0 });
    expect(said(r, 'records-sheet-period').map(([s, , m]) => [s, m])).toEqual([['warning', expect.stringContaining('有 4 条答案按「提交时间」列是 2026-03 的')]]);
  });

  it('with only 不满意 3/3 after February: a late answer, with or without --period — 5 answers, u = 1 → 较好, 0.5 ÷ 0.9 (4 workshops) = 0.56', async () => {
    for (const period of ['2026-02', undefined]) {
      const r = await gradedReport(at('s23-late.xlsx'), { form: 'internal-satisfaction-workshop', ...(period ? { period } : {}) });
      expect(r.groups!.filter((g) => g.grouping === 'dept').map((g) => g.keyText)).toEqual(['2026-02·采购部']);
      expect(group(r, '2026-02·采购部').figures).toMatchObject({ answers: 5, u: 1, level: '较好', deduction: 0.56 });
      expect(said(r, 'records-sheet-period').map(([s, , m]) => [s, m])).toEqual([['info', expect.stringContaining('有 1 条答案按「提交时间」列是 2026-03 月初(1–5 日)的')]]);
    }
  });
});

describe('§22 提交时间, no 考核周期: February 生产部 AAA, 销售部 AAA; March 生产部 DDD (3/3), 销售部 CCC (3/28)', () => {
  it('--period 2026-02: each 400 + 300 + 300 = 1000, 初始得分 (1000 + 1000) ÷ 2 = 1000 A (李四\'s DDD pulled in: (1000 + 400) ÷ 2 = 700 for 生产部, 850 B)', async () => {
    const r = await gradedReport(at('s22-dates.xlsx'), { form: 'internal-satisfaction-dept', period: '2026-02' });
    const dept = group(r, '2026-02·采购部');
    expect([dept.figures.raters, dept.figures.initial, dept.band]).toEqual([2, 1000, 'A 优秀']);
    expect(said(r, 'records-sheet-period').map(([s, , m]) => [s, m])).toEqual([['warning', expect.stringContaining('有 6 条答案按「提交时间」列是 2026-03 的')]]);
  });
});
