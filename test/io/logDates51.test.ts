// Record logs dated as people type dates: 「2.26」, 「3.5」, 3.05 typed as a number, 「2/26」, 「4月2日」, 20260402 under
// 日期 (§3) or 客服回访时间 (§5). Only 2026-03-05 was read: --period 2026-03 filtered nothing (§3 76.00 丙 for 90.00 甲,
// §5 王师傅 66.67 % 一般 for 0.00 待改进) and 「abc」 there dated its row by nothing, at exit 0 without a word.
// Fixtures: the tester's files (24-*, 25-*, 26-*, 27-*), amb-*.xlsx from make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/logDates51', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const said = (r: Report, code: string) => r.problems.filter((p) => p.code === code).map((p) => [p.severity, p.cell, p.message]);
const group = (r: Report, grouping: string, key: string) => r.groups!.find((g) => g.grouping === grouping && g.keyText === key)!;
const month = (r: Report) => r.groups!.find((g) => g.grouping === 'month')!;
const FEB = '工作表「满意度记录」有 2 条客户按「日期」列是 2026-02 的,不是要评分的 2026-03,没有计入(只统计 2026-03 的客户)';

describe('§3 satisfaction-monthly dated 2.26, 2.27, 3.5, 3.28, 4.2 (scores 6, 5, 9, 8, 10), --period 2026-03', () => {
  // March's 3.5 and 3.28 and the late answer of April 2nd (README: the next month's 1st–5th count): (9 + 8 + 10) / 3 = 9
  // → index 90.00 甲. All five were counted: (6 + 5 + 9 + 8 + 10) / 5 = 7.6 → 76.00 丙.
  for (const f of ['24-sm-iso.xlsx', '24-sm-dot.xlsx', '24-sm-num.xlsx', '24-sm-slash.xlsx', '24-sm-cn.xlsx', '24-sm-compact.xlsx', '24-sm-ys.xlsx']) {
    it(`${f}: 90.00 甲 of 3 customers, February's 2 rows left out and said`, async () => {
      const r = await gradedReport(at(f), { period: '2026-03' });
      expect(month(r).figures).toMatchObject({ responses: 3, overall: 9, index: 90 });
      expect(month(r).band).toBe('甲');
      expect(said(r, 'records-sheet-period')).toEqual([['warning', 'A2', FEB]]);
      // The April 2nd answer is counted as March's: not also said pooled 「已合在一起算」 with 2026-04.
      expect(said(r, 'records-months')).toEqual([]);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }

  it('without --period the dotted dates still give three months, said pooled as for 「2月26日」', async () => {
    const r = await gradedReport(at('24-sm-dot.xlsx'));
    // All five: 7.6 → 76.00 丙, with the pooled months said.
    expect(month(r).figures).toMatchObject({ responses: 5, index: 76 });
    expect(said(r, 'records-months').map(([s, c]) => [s, c])).toEqual([['warning', 'A2']]);
    expect(said(r, 'records-months')[0]![2]).toContain('(2月、3月、4月)');
  });
});

describe('§3 a one-digit day after a dot that could be two (3.1: March 1st or 3.10)', () => {
  it('numbers with no day written with its 0 (2.26, 3.5, 3.1, 3.28, 3.12): 3.1 refused at its cell, the rest read', async () => {
    const r = await gradedReport(at('amb-num.xlsx'), { period: '2026-03' });
    // March: 3.5 (5), 3.28 (8), 3.12 (10) → (5 + 8 + 10) / 3 = 7.667 → 76.67 丙; 2.26 (6) left out as February's.
    expect(month(r).figures).toMatchObject({ responses: 3 });
    expect((month(r).figures.index as number).toFixed(2)).toBe('76.67');
    expect(said(r, 'not-a-date')).toEqual([
      ['error', 'A5', '满意度记录!A5:第 5 行(客户 客**):「日期」列按日期分月份,这一格「3.1」可以是 3月1日,也可以是 3月10日(数字 3.10 显示为 3.1),看不出是哪一天,这条客户记录不计入统计;请写成 3月1日 或 3月10日 后重新评分'],
    ]);
  });

  it('texts with no one-digit day of their own (2.26, 2.27, 3.15, 3.28, 4.2): 「4.2」 (April 2nd, late, or 20th) refused', async () => {
    const r = await gradedReport(at('amb-text.xlsx'), { period: '2026-03' });
    // March: 3.15 (9), 3.28 (8) → 8.5 → 85.00 乙.
    expect(month(r).figures).toMatchObject({ responses: 2, index: 85 });
    expect(said(r, 'not-a-date').map(([s, c]) => [s, c])).toEqual([['error', 'A7']]);
    expect(said(r, 'not-a-date')[0]![2]).toContain('可以是 4月2日,也可以是 4月20日');
  });
});

describe('§5 install-followup 客服回访时间 2.26, 2.27, 3.5, 3.8, 3.10, 3.12, --period 2026-03', () => {
  // As 25b-if-isodates.xlsx: orders 1 and 2 (王师傅, 东门店, both 认可满意) called back in February are left out.
  // 王师傅 keeps order 3 (西门店, 有没有清理卫生 「没有」): 0 of 1 satisfied → 0.00 待改进; 东门店 keeps order 5 (李师傅,
  // 是否处理完毕 「否」): 0 / 1 → 0.00. All counted, 王师傅 was 2 of 3 → 66.67 % 一般, 东门店 2 of 3 → 66.67 %.
  for (const f of ['25b-if-isodates.xlsx', '25-if-dotdates.xlsx', '26-if-numdates.xlsx']) {
    it(`${f}: 王师傅 1 order 0.00 待改进, 东门店 0.00, February's 2 orders said`, async () => {
      const r = await gradedReport(at(f), { period: '2026-03' });
      expect(group(r, 'master', '王师傅').figures).toMatchObject({ orders: 1, satisfiedCount: 0, satisfiedRate: 0 });
      expect(group(r, 'master', '王师傅').band).toBe('待改进');
      expect(group(r, 'store', '东门店').figures).toMatchObject({ orders: 1, satisfiedRate: 0 });
      // 李师傅's orders 4–6 (3.8, 3.10 — 3.1 as a number beside 3.05: March 10th — and 3.12) all March's: 1 of 3.
      expect(group(r, 'master', '李师傅').figures).toMatchObject({ orders: 3, satisfiedCount: 1 });
      expect(said(r, 'records-sheet-period').map(([s, c, m]) => [s, c, m])).toEqual([['warning', 'H2', '工作表「回访记录」有 2 条订单按「客服回访时间」列是 2026-02 的,不是要评分的 2026-03,没有计入(只统计 2026-03 的订单)']]);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }

  it('27-if-baddates.xlsx: 「abc」, 「下周」, 「2026-13-45」, 「3/32」, 「x」 each an error at its cell, only 「3.5」 counted', async () => {
    const r = await gradedReport(at('27-if-baddates.xlsx'), { period: '2026-03' });
    expect(said(r, 'not-a-date').map(([s, c]) => [s, c])).toEqual([['error', 'H3'], ['error', 'H4'], ['error', 'H6'], ['error', 'H7'], ['error', 'H8']]);
    expect(said(r, 'not-a-date')[2]![2]).toBe('回访记录!H6:第 6 行(序号 4,合同编号 HT2026004):「客服回访时间」列按日期分月份,这一格「2026-13-45」看不出是哪一天(应为日期,如 2026-03-05、3月5日 或 3.5),这条订单记录不计入统计;请改正后重新评分');
    // Order 3 (王师傅, 西门店, 3.5) alone: 0 of 1 satisfied.
    expect(r.groups!.find((g) => g.grouping === 'all')!.figures).toMatchObject({ orders: 1, satisfiedCount: 0 });
  });
});
