// Record logs dated as people type dates: 「2.26」, 「3.5」, 3.05 typed as a number, 「4月2日」, 20260402 under 日期 (§3) or
// 客服回访时间 (§5). --period 2026-03 filtered none of the first three (§3 76.00 丙 for 90.00 甲, §5 王师傅 66.67 % for
// 0.00 %) and dropped the late answer of the last two (85.00 乙 for 90.00 甲). A first fix refused cells base accepted
// (「3月15日 下午3点」, 「同上」, agents' names, 3.1) with not-a-date: those rows stay as base counted them, without a word.
// Fixtures: test/fixtures/logDates52 (24-*, 25-*, 26-* the tester's; rv-* the reviewer's; late-num* from make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/logDates52', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const said = (r: Report, code: string) => r.problems.filter((p) => p.code === code).map((p) => [p.severity, p.cell, p.message]);
const month = (r: Report) => r.groups!.find((g) => g.grouping === 'month')!;
const group = (r: Report, grouping: string, key: string) => r.groups!.find((g) => g.grouping === grouping && g.keyText === key)!;
const codes = (r: Report) => r.problems.map((p) => p.code).sort();
const left = (n: number, months: string, records = '客户') =>
  `工作表「满意度记录」有 ${n} 条${records}按「日期」列是 ${months} 的,不是要评分的 2026-03,没有计入(只统计 2026-03 的${records})`;

describe('§3 dated 2.26, 2.27, 3.5, 3.28, 4.2 (scores 6, 5, 9, 8, 10), --period 2026-03', () => {
  // (fx54g: the April 2nd answer taken as March's is named.)
  const late = '工作表「满意度记录」有 1 条客户按「日期」列是 2026-04 月初(1–5 日)的,表里没有 2026-04 的其他客户,算作 2026-03 迟交的答卷或回访,计入了 2026-03';
  // March's 3.5 and 3.28 and April 2nd's late answer (README: the next month's 1st–5th count): (9 + 8 + 10) / 3 = 9 →
  // index 90.00 甲. Before: 「2.26」/2.26 read as nothing, all five counted, (6 + 5 + 9 + 8 + 10) / 5 = 7.6 → 76.00 丙;
  // 「4月2日」/「20260402」 read without their day, April 2nd dropped, (9 + 8) / 2 = 8.5 → 85.00 乙.
  const cases: Array<[string, string]> = [['24-sm-iso.xlsx', '2026-02'], ['24-sm-dot.xlsx', '2月'], ['24-sm-num.xlsx', '2月'], ['24-sm-cn.xlsx', '2月'], ['24-sm-compact.xlsx', '2026-02']];
  for (const [f, feb] of cases) {
    it(`${f}: 90.00 甲 of 3 customers, February's 2 left out and said`, async () => {
      const r = await gradedReport(at(f), { period: '2026-03' });
      expect(month(r).figures).toMatchObject({ responses: 3, overall: 9, index: 90 });
      expect(month(r).band).toBe('甲');
      expect(said(r, 'records-sheet-period')).toEqual([['warning', 'A2', left(2, feb)], ['info', 'A2', late]]);
      // The April 2nd answer is March's: not also said pooled 「已合在一起算」 with April (24-sm-iso said so before).
      expect(said(r, 'records-months')).toEqual([]);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }

  it('without --period the dotted dates give three months, said pooled as 「2月26日」 ones are', async () => {
    const r = await gradedReport(at('24-sm-dot.xlsx'));
    // All five, as before: 7.6 → 76.00 丙; before, no month was read and nothing said.
    expect(month(r).figures).toMatchObject({ responses: 5, index: 76 });
    expect(said(r, 'records-months').map(([s, c]) => [s, c])).toEqual([['warning', 'A2']]);
    expect(said(r, 'records-months')[0]![2]).toContain('(2月、3月、4月)');
  });
});

describe('§3 a number 4.1: April 1st, or 4.10 shown as 4.1', () => {
  it('no day written with its 0 (2.26, 3.5, 3.28, 4.1, 4.12): 4.1 left out beside April 12th, no error', async () => {
    const r = await gradedReport(at('late-num.xlsx'), { period: '2026-03' });
    // 3.5 (5), 3.28 (9) → 14 / 2 = 7 → 70.00 丙; 2.26 (6), 4.12 (10, April 12th) and 4.1 (8) left out — fx54g: the log
    // holds April 12th, so April 1st is no late answer of March's (it was, 22 / 3 = 73.33 丙).
    expect(month(r).figures).toMatchObject({ responses: 2 });
    expect((month(r).figures.index as number).toFixed(2)).toBe('70.00');
    expect(month(r).band).toBe('丙');
    expect(said(r, 'records-sheet-period')).toEqual([['warning', 'A2', left(3, '2月、4月')]]);
    expect(codes(r)).toEqual(['form-unknown', 'records-sheet-period']);
  });

  it('days written with their 0 (3.05, 3.28, 4.1, 4.02, 2.26): 4.1 is 4.10, April 10th, left out, and 4.02 beside it', async () => {
    const r = await gradedReport(at('late-num-padded.xlsx'), { period: '2026-03' });
    // 3.05 (6), 3.28 (5) → 11 / 2 = 5.5 → 55.00 丁; 4.1 (9), 2.26 (10) and 4.02 (8) left out — fx54g: beside April 10th,
    // April 2nd is April's, not March's late answer (it was, 19 / 3 = 63.33 丁).
    expect(month(r).figures).toMatchObject({ responses: 2 });
    expect((month(r).figures.index as number).toFixed(2)).toBe('55.00');
    expect(month(r).band).toBe('丁');
    expect(said(r, 'records-sheet-period')).toEqual([['warning', 'A2', left(3, '2月、4月')]]);
  });
});

describe('§5 客服回访时间 2.26, 2.27, 3.5, 3.8, 3.10, 3.12 (texts; numbers 3.05 … 3.1 …), --period 2026-03', () => {
  // Orders 1 and 2 (王师傅, 东门店) called back in February are left out. 王师傅 keeps order 3 (有没有清理卫生 「没有」):
  // 0 of 1 satisfied → 0.00 待改进 (was 2 of 3 → 66.67 % 一般); 东门店 keeps order 5 (是否处理完毕 「否」): 0 / 1 → 0.00
  // (was 66.67 %). 李师傅's orders 4–6 are March's (the number 3.1 beside 3.05 is 3.10): 1 of 3.
  for (const f of ['25-if-dotdates.xlsx', '26-if-numdates.xlsx']) {
    it(`${f}: 王师傅 1 order 0.00 待改进, 东门店 0.00`, async () => {
      const r = await gradedReport(at(f), { period: '2026-03' });
      expect(group(r, 'master', '王师傅').figures).toMatchObject({ orders: 1, satisfiedCount: 0, satisfiedRate: 0 });
      expect(group(r, 'master', '王师傅').band).toBe('待改进');
      expect(group(r, 'store', '东门店').figures).toMatchObject({ orders: 1, satisfiedRate: 0 });
      expect(group(r, 'master', '李师傅').figures).toMatchObject({ orders: 3, satisfiedCount: 1 });
      expect(said(r, 'records-sheet-period').map(([s, c]) => [s, c])).toEqual([['warning', 'H2']]);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }
});

describe('cells base read as no date stay so: the row counted, nothing refused (reviewer of the reverted fix)', () => {
  // All five §3 customers counted: (6 + 5 + 9 + 8 + 10) / 5 = 7.6 → 76.00 丙, as base.
  for (const f of ['rv-c7-cnmdtime.xlsx', 'rv-o-words.xlsx', 'rv-d-num-nopad.xlsx']) {
    it(`${f} (「3月15日 下午3点」 / 「同上」「〃」 / numbers 3.1, 3.2, 3.3): 76.00 丙 of 5, no problem but the form's`, async () => {
      const r = await gradedReport(at(f), { period: '2026-03' });
      expect(month(r).figures).toMatchObject({ responses: 5, index: 76 });
      expect(codes(r)).toEqual(['form-unknown']);
    });
  }

  // §5 six orders, all March's or dated by nothing (「小王」, 「同上」): all counted as base: 3 of 6 satisfied → 50.00 %.
  for (const f of ['rv-if-d-names.xlsx', 'rv-if-e-ditto.xlsx']) {
    it(`${f}: all 6 orders counted, no error`, async () => {
      const r = await gradedReport(at(f), { period: '2026-03' });
      expect(group(r, 'all', '全部订单').figures).toMatchObject({ orders: 6, satisfiedCount: 3, satisfiedRate: 50 });
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }
});
