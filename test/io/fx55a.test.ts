// §22/§23 logs read their own month column (考核周期(月), 考核月份) without comparing it with --period or the title's month:
// an answer typed 2026-04-01 in a March log made a month of its own, and a log of April's rows only scored under
// --period 2026-03 at exit 0. Now: the next month's 1st–5th in a log of the month are its late answers (info), later
// months are left out under --period (a warning; earlier ones stay, §23's 连续优秀 reads them), no row of --period's month
// is an error, and a title over rows of another month only a warning.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx55a', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const said = (r: Report) => r.problems.filter((p) => p.code === 'records-sheet-period').map((p) => [p.severity, p.cell, p.message]);
const groups = (r: Report, grouping: string) => r.groups!.filter((g) => g.grouping === grouping).map((g) => [g.keyText, g.figures, g.band]);
const dept = { form: 'internal-satisfaction-dept' };
const ws = { form: 'internal-satisfaction-workshop' };

// §22 the catalog's example: 生产部 张主任 A,B,B = 400 + 240 + 240 = 880, 李工 B,C,B = 320 + 180 + 240 = 740 → 810;
// 销售部 王经理 A,A,C = 400 + 300 + 180 = 880; 初始得分 (810 + 880) / 2 = 845 → B 良好, 845 × 10 % = 84.5.
const march845 = [['2026-03·采购部', { raters: 2, initial: 845, weight: 10, shown: 84.5 }, 'B 良好']];
const late22 = ['info', 'A2', '工作表「问卷答案」有 3 条答案按「考核周期(月)」列是 2026-04 月初(1–5 日)的,表里没有 2026-04 的其他答案,算作 2026-03 迟交的答卷或回访,计入了 2026-03'];

describe('§22 「2026年3月内部客户满意度问卷」, 销售部\'s questionnaire dated 2026-04-01 in 考核周期(月)', () => {
  for (const [file, how] of [['d22-apr1.xlsx', 'typed 2026-04-01'], ['d22-apr1-date.xlsx', 'a date cell (March\'s 2026-03-28)']] as const) {
    it(`${how}, --period 2026-03: March's late answer — 采购部 845 B of 2 departments (was March 810 and April 880, 84.50 over two months)`, async () => {
      const r = await gradedReport(at(file), { ...dept, period: '2026-03' });
      expect(groups(r, 'dept')).toEqual(march845);
      expect(said(r)).toEqual([late22]);
    });
  }

  it('no --period: the title\'s month decides alike — 845 B in March, the same info', async () => {
    const r = await gradedReport(at('d22-apr1.xlsx'), dept);
    expect(groups(r, 'dept')).toEqual(march845);
    expect(said(r)).toEqual([late22]);
  });

  it('every row 2026-04 under --period 2026-03: an error (was scored silently, 汇总 「2026-03」)', async () => {
    const r = await gradedReport(at('d22-april.xlsx'), { ...dept, period: '2026-03' });
    expect(said(r)).toEqual([['error', 'A2', '工作表「问卷答案」的答案按「考核周期(月)」列是 2026-04 的,不是 --period 指定的 2026-03(结果按 2026-03 写出);请核对是不是拿错了文件,或改正 --period 后重新评分']]);
  });

  it('every row 2026-04 under the March title, no --period: a warning at the title, scored as April\'s (845 B)', async () => {
    const r = await gradedReport(at('d22-april.xlsx'), dept);
    expect(groups(r, 'dept')).toEqual([['2026-04·采购部', { raters: 2, initial: 845, weight: 10, shown: 84.5 }, 'B 良好']]);
    expect(said(r)).toEqual([['warning', 'A1', '工作表「问卷答案」的标题写的是 2026-03,「考核周期(月)」列的答案却都是 2026-04 的:按「考核周期(月)」列的月份统计了;请核对是不是拿错了文件,或改正标题或「考核周期(月)」列后重新评分']]);
  });

  it('no title, 销售部 2026-04 (no day), --period 2026-03: left out with a warning — 生产部 alone, 810 B, 81.0', async () => {
    const r = await gradedReport(at('d22-later.xlsx'), { ...dept, period: '2026-03' });
    expect(groups(r, 'dept')).toEqual([['2026-03·采购部', { raters: 1, initial: 810, weight: 10, shown: 81 }, 'B 良好']]);
    expect(said(r)).toEqual([['warning', 'A1', '工作表「问卷答案」有 3 条答案按「考核周期(月)」列是 2026-04 的,不是要评分的 2026-03,没有计入(只统计 2026-03 的答案)']]);
  });

  it('the same without --period: two months as before (810 and 880, each month apart), nothing said', async () => {
    const r = await gradedReport(at('d22-later.xlsx'), dept);
    expect(groups(r, 'dept').map(([k, f]) => [k, (f as { initial: number }).initial])).toEqual([['2026-03·采购部', 810], ['2026-04·采购部', 880]]);
    expect(said(r)).toEqual([]);
  });
});

// §23 采购部: 一车间 不满意, 二车间 满意, 三车间 一般 → u = 1, g = 1 → 较好, 0.5 ÷ 0.9 (3 workshops) = 0.56, 95 − 0.56 = 94.44;
// 仓储部: 满意, 一般, 满意 → g = 1 → 优秀, 0 off, 90.
describe('§23 「2026年3月内部客户服务满意度调查表」, 一车间\'s answer on 采购部 typed 2026-04-01', () => {
  it('--period 2026-03: March\'s late answer — 采购部 较好 94.44 in March (was 2026-04·采购部 较好 94.44 beside March\'s 优秀 0.00)', async () => {
    const r = await gradedReport(at('w23-apr1.xlsx'), { ...ws, period: '2026-03' });
    const figures = groups(r, 'dept').map(([k, f]) => [k, ...['served', 'u', 'g', 'level', 'deduction', 'after'].map((id) => (f as Record<string, unknown>)[id])]);
    expect(figures).toEqual([['2026-03·采购部', 3, 1, 1, '较好', 0.56, 94.44], ['2026-03·仓储部', 3, 0, 1, '优秀', 0, 90]]);
    expect(said(r)).toEqual([['info', 'A2', '工作表「服务评价」有 1 条答案按「考核月份」列是 2026-04 月初(1–5 日)的,表里没有 2026-04 的其他答案,算作 2026-03 迟交的答卷或回访,计入了 2026-03']]);
  });

  it('every row 2026-04 under --period 2026-03: an error', async () => {
    const r = await gradedReport(at('w23-april.xlsx'), { ...ws, period: '2026-03' });
    expect(said(r).map(([s, c]) => [s, c])).toEqual([['error', 'A2']]);
  });
});

describe('§23 仓储部 优秀 in January, February and March (two 满意 each), one 不满意 of 2026-04-20', () => {
  it('--period 2026-03: April left out (a warning), the months before kept — 3 months 优秀, 连续优秀 +3', async () => {
    const r = await gradedReport(at('w23-history.xlsx'), { ...ws, period: '2026-03' });
    expect(groups(r, 'dept').map(([k, f]) => [k, (f as { level: string }).level])).toEqual([['2026-01·仓储部', '优秀'], ['2026-02·仓储部', '优秀'], ['2026-03·仓储部', '优秀']]);
    expect(groups(r, 'period').map(([k, f]) => [k, (f as { streakBonus: number }).streakBonus])).toEqual([['仓储部', 3]]);
    expect(said(r)).toEqual([['warning', 'A1', '工作表「服务评价」有 1 条答案按「考核月份」列是 2026-04 的,不是要评分的 2026-03,没有计入(只统计 2026-03 和之前月份的答案)']]);
  });

  it('without --period: April counted as its own month (较好, 0.5 ÷ 0.9 = 0.56), nothing said', async () => {
    const r = await gradedReport(at('w23-history.xlsx'), ws);
    expect(groups(r, 'dept').map(([k, f]) => [k, (f as { deduction: number }).deduction]).at(-1)).toEqual(['2026-04·仓储部', 0.56]);
    expect(said(r)).toEqual([]);
  });
});
