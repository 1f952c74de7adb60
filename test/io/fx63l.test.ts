// Review of 50cc36a1 (records logs and rosters by month): a dated §5 log split into month sheets, bare and two-digit-year
// sheet names, §8 roster rows of bare months and of another month alone. Fixtures test/fixtures/fx63l (mk_if.py, mk_m.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { monthOfLogSheetName } from '../../src/engine/period.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (name: string) => path.join(repoRoot, 'test/fixtures/fx63l', name);
const codes = (r: GradeReport, severity: string) => r.problems.filter((p) => p.severity === severity).map((p) => p.code);
const all = (r: GradeReport) => r.groups!.find((g) => g.grouping === 'all')!;
const month = (r: GradeReport) => r.groups!.find((g) => g.grouping === 'month')!;

// §5 (CATALOG): satisfied orders ÷ orders. 「3月回访」: HT0001 (满意), HT0002 (没有清理卫生, 态度 3: not satisfied), both finished
// and called in March. 「4月回访」: HT0003 finished 3/30, called 4/2 (满意) — March's by lateBy 完工时间 —, HT0004 finished 4/5,
// called 4/8 (满意). March: HT0001 HT0002 HT0003 → 2/3 = 66.67 % 一般 (was 1/2 = 50 % 待改进 at exit 0); April: HT0004 → 1/1 = 100 %.
describe('§5 a dated log on sheets named for months: its rows keep their own dates', () => {
  it('--period 2026-03: HT0003 on 「4月回访」 counted, 2/3 = 66.67 % 一般, as the one-sheet log', async () => {
    for (const f of ['if1-visit-month-sheets.xlsx', 'if1-one-sheet.xlsx']) {
      const r = await gradedReport(at(f), { form: 'install-followup', period: '2026-03' });
      expect([f, all(r).figures.orders, Number(all(r).figures.satisfiedRate!.toFixed(2)), all(r).band]).toEqual([f, 3, 66.67, '一般']);
      expect(codes(r, 'error')).toEqual([]);
    }
  });

  it('--period 2026-04: HT0004 alone, 1/1 = 100 % 优秀; 「3月回访」 left out', async () => {
    const r = await gradedReport(at('if1-visit-month-sheets.xlsx'), { form: 'install-followup', period: '2026-04' });
    expect([all(r).figures.orders, all(r).figures.satisfiedRate]).toEqual([1, 100]);
    expect(r.problems.filter((p) => p.code === 'records-sheet-period' && p.severity === 'warning').map((p) => p.sheet)).toEqual(['3月回访']);
  });
});

// §21: February's three customers 100 each; March's 88, 80, 60. One month of six: (300 + 88 + 80 + 60) ÷ 6 = 88;
// March alone (88 + 80 + 60) ÷ 3 = 76 一般.
describe('§21 sheet names: a bare month takes the other\'s year; 「26年3月」「本月(3月)」「Mar-26」 read', () => {
  it('reads the names', () => {
    expect(['26年3月回访', '上月(2月)', '本月（3月）', 'Feb-26', 'Mar-26'].map(monthOfLogSheetName)).toEqual([
      { year: 2026, month: 3 }, { month: 2 }, { month: 3 }, { year: 2026, month: 2 }, { year: 2026, month: 3 },
    ]);
    // 「Mar 26」 may be March 26th; 「本月」 names none; 上月 beside more words, or another number, stays unclear.
    expect(['Mar 26', '本月', '上月(2月)回访', '26年3月回访(2)', '26年1-3月'].map(monthOfLogSheetName)).toEqual(Array(5).fill(undefined));
  });

  // (Without --period a bare 「3月」 beside 「2026年3月」 may be another year's March — 「2025年3月」 kept beside 「3月」 would merge
  // last year's at exit 0 — so it stays refused, --period advised (review48's decision); with --period 2026-03 it is one month.)
  for (const f of ['ss8-year-and-bare.xlsx', 'ss9-bare-both.xlsx']) {
    it(`${f}: without --period refused as perhaps two years' March; with --period 2026-03 one month, merged, 88`, async () => {
      expect(codes(await gradedReport(at(f), {}), 'error')).toContain('records-sheet-period');
      const r = await gradedReport(at(f), { period: '2026-03' });
      expect([month(r).rows, month(r).figures.score]).toEqual([6, 88]);
      expect(codes(r, 'error')).toEqual([]);
    });
  }

  for (const f of ['ss1-26nian.xlsx', 'ss2-benyue.xlsx', 'ss3-mar26.xlsx']) {
    it(`${f} --period 2026-03: February's sheet left out, 76 一般 (was 88 at exit 0)`, async () => {
      const r = await gradedReport(at(f), { period: '2026-03' });
      expect([month(r).rows, month(r).figures.score, month(r).band]).toEqual([3, 76, '一般']);
      expect(r.problems.filter((p) => p.code === 'records-sheet-period').map((p) => p.severity)).toEqual(['warning']);
    });
  }
});

// §8 (mk_m.py): 张三 and 李四's March rows score 79 (as m1-two-months, by hand in fx63f); 张三's February row perfect, 100.
describe('§8 roster rows of several months with --period 2026-03', () => {
  it('bare 「2月」/「3月」 rows read as 2026-02 / 2026-03: 张三 79, 李四 79, as 2026-02 / 2026-03 typed', async () => {
    for (const f of ['m3-bare-months.xlsx', 'm1-two-months.xlsx']) {
      const r = await gradedReport(at(f), { period: '2026-03' });
      expect([f, r.people.map((p) => [p.name, p.total])]).toEqual([f, [['张三', 79], ['李四', 79]]]);
      expect(codes(r, 'error')).toEqual([]);
      expect(r.problems.filter((p) => p.code === 'sheet-month').map((p) => [p.severity, p.cell])).toEqual([['warning', 'D2']]);
    }
  });

  it('a person on a February row only: an error at his own D2, the row unscored (was 100 优秀, the file error at 李四\'s D3)', async () => {
    const r = await gradedReport(at('m7-lone-feb.xlsx'), { period: '2026-03' });
    expect(r.people.map((p) => [p.name, p.status, p.total ?? null])).toEqual([['张三', 'error', null], ['李四', 'scored', 79]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([['sheet-month', 'D2']]);
  });

  it('m8: 张三\'s February row set aside for his March row; 王五\'s lone February row an error at D4, not 100 优秀 rank 1', async () => {
    const r = await gradedReport(at('m8-mixed-lone.xlsx'), { period: '2026-03' });
    expect(r.people.map((p) => [p.name, p.status, p.total ?? null])).toEqual([['张三', 'scored', 79], ['王五', 'error', null], ['李四', 'scored', 79]]);
    expect(r.problems.filter((p) => p.code === 'sheet-month').map((p) => [p.severity, p.cell])).toEqual([['warning', 'D2'], ['error', 'D4']]);
    expect(codes(r, 'error')).toEqual(['sheet-month']);
  });
});

describe('review 63: a §21 log of one sheet named for another month than --period', () => {
  it('「2月份回访」 and 「2月」 with --period 2026-03: an error naming the sheet (scored as March\'s at exit 0 without a word); --period 2026-02: none', async () => {
    for (const f of ['ss10-single-feb-sheet.xlsx', 'ss11-single-bare-feb.xlsx']) {
      const r = await gradedReport(at(f), { period: '2026-03' });
      expect(r.problems.filter((p) => p.code === 'records-sheet-period').map((p) => [p.severity, p.params?.case])).toEqual([['error', 'name']]);
      const feb = await gradedReport(at(f), { period: '2026-02' });
      expect(feb.problems.filter((p) => p.code === 'records-sheet-period')).toEqual([]);
    }
  });
});
