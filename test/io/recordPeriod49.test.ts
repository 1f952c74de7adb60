// Logs counted by the month (§3, §5) holding rows of two months, scored with --period 2026-03: every row was counted as
// March's at exit 0, said only as a log of two months.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/recordPeriod49', f);
const said = (r: Awaited<ReturnType<typeof gradedReport>>, code: string) => r.problems.filter((p) => p.code === code).map((p) => [p.severity, p.cell, p.message]);

describe('§3 a 问卷星 export of every answer since February, scored with --period 2026-03', () => {
  it('counts March only: (40 + 36 + 36) ÷ 12 = 9.333 → 93.33 甲 (all five: (24 + 28 + 40 + 36 + 36) ÷ 20 = 8.20 → 82.00 乙)', async () => {
    const r = await gradedReport(at('sat-export-cumulative.xlsx'), { form: 'satisfaction-monthly', period: '2026-03' });
    expect(r.groups![0]!.figures).toMatchObject({ responses: 3, index: 93.33333333333333 });
    expect(r.groups![0]!.band).toBe('甲');
    expect(said(r, 'records-sheet-period')).toEqual([['warning', 'B1', '工作表「Sheet1」有 2 条客户按「提交答卷时间」列是 2026-02 的,不是要评分的 2026-03,没有计入(只统计 2026-03 的客户)']]);
    expect(said(r, 'records-months')).toEqual([]);
  });

  it('without --period: all five pooled (8.20 → 82.00 乙) and said as two months, naming no month of its own', async () => {
    const r = await gradedReport(at('sat-export-cumulative.xlsx'), { form: 'satisfaction-monthly' });
    expect(r.groups![0]!.figures).toMatchObject({ responses: 5, index: 82 });
    expect(said(r, 'records-months').map(([s, c]) => [s, c])).toEqual([['warning', 'B1']]);
    expect(said(r, 'records-sheet-period')).toEqual([]);
  });

  it('every answer February\'s: still an error naming 2026-02, nothing left out ((24 + 28) ÷ 8 = 6.5)', async () => {
    const r = await gradedReport(at('sat-february.xlsx'), { form: 'satisfaction-monthly', period: '2026-03' });
    expect(r.groups![0]!.figures).toMatchObject({ responses: 2, overall: 6.5 });
    expect(said(r, 'records-sheet-period').map(([s]) => s)).toEqual(['error']);
  });
});

describe('§5 call-backs of February and March in one sheet, scored with --period 2026-03', () => {
  it('王师傅 3 of March\'s 3 认可满意 = 100 % 优秀 (with 2/10 and 2/20, 服务态度 3: 3 of 5 = 60 % 一般)', async () => {
    const r = await gradedReport(at('inst-months.xlsx'), { form: 'install-followup', period: '2026-03' });
    const wang = r.groups!.find((g) => g.keyText === '王师傅')!;
    expect([wang.figures.orders, wang.figures.satisfiedRate, wang.band]).toEqual([3, 100, '优秀']);
    expect(said(r, 'records-sheet-period')).toEqual([['warning', 'I2', '工作表「回访记录」有 2 条订单按「客服回访时间」列是 2026-02 的,不是要评分的 2026-03,没有计入(只统计 2026-03 的订单)']]);
  });

  it('a call-back of April 3rd is a March install\'s: counted — 3/5 yes, 3/15 服务态度 3 no, 4/3 yes: 2 of 3 = 66.67 % 一般', async () => {
    const r = await gradedReport(at('inst-april-callback.xlsx'), { form: 'install-followup', period: '2026-03' });
    const wang = r.groups!.find((g) => g.keyText === '王师傅')!;
    expect([wang.figures.orders, wang.figures.satisfiedCount, wang.band]).toEqual([3, 2, '一般']);
    // (fx54g: the April 3rd call-back, taken as March's, is said too.)
    expect(said(r, 'records-sheet-period').map(([s, , m]) => [s, m])).toEqual([
      ['warning', expect.stringContaining('有 1 条订单按「客服回访时间」列是 2026-02 的')],
      ['info', expect.stringContaining('有 1 条订单按「客服回访时间」列是 2026-04 月初(1–5 日)的')],
    ]);
  });

  it('every call-back February\'s: still an error (1 of 2 = 50 % 待改进, counted as before)', async () => {
    const r = await gradedReport(at('inst-february.xlsx'), { form: 'install-followup', period: '2026-03' });
    expect(r.groups!.find((g) => g.keyText === '王师傅')!.figures.satisfiedRate).toBe(50);
    expect(said(r, 'records-sheet-period').map(([s]) => s)).toEqual(['error']);
  });
});
