// §22/§23 logs with no 考核周期/考核月份 column but a date column of the team's (提交时间, 日期): the month came from the
// title or --period and every row was counted in it, the dates never read — an export of late February and late March
// scored for March was 采购部 差 2.22 for March's 优秀 0.00 (§23), 640.00 C for 910.00 A (§22), at exit 0.
// Fixtures: test/fixtures/recordDates50/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/recordDates50', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const said = (r: Report, code: string) => r.problems.filter((p) => p.code === code).map((p) => [p.severity, p.cell, p.message]);
const dept = (r: Report, key: string) => r.groups!.find((g) => g.keyText === key);
const W = 'internal-satisfaction-workshop';
const D = 'internal-satisfaction-dept';

describe('§23 an export of late February and late March, no 考核月份 column', () => {
  // March's rows: 满意, 满意, 一般 → u = 0, w = 0, g = 1 → 优秀, nominal 0 → 实扣 0.00 (3 workshops: coefficient 0.9).
  // All six: u = 2, w = 1 → 差, nominal 2 ÷ 0.9 = 2.222 → 2.22.
  it('--period 2026-03 counts March only: 优秀 0.00, February\'s 3 rows left out and said once', async () => {
    const r = await gradedReport(at('w23-export.csv'), { form: W, period: '2026-03' });
    expect(dept(r, '2026-03·采购部')!.figures).toMatchObject({ answers: 3, u: 0, w: 0, g: 1, level: '优秀', deduction: 0 });
    expect(r.groups!.filter((g) => g.keyText.startsWith('2026-02'))).toEqual([]);
    expect(said(r, 'records-sheet-period')).toEqual([['warning', 'A1', '工作表「w23-export」有 3 条答案按「提交时间」列是 2026-02 的,不是要评分的 2026-03,没有计入(只统计 2026-03 的答案)']]);
    // 「每条都算这个月的」 is no longer said of a file whose February rows are left out.
    expect(said(r, 'month-unknown')).toEqual([]);
    expect(said(r, 'records-months')).toEqual([]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('without --period each row is of its date\'s month, as under a 考核月份 of two months: February 差 2.22, March 优秀 0.00', async () => {
    const r = await gradedReport(at('w23-export.csv'), { form: W });
    // February: 不满意, 不满意, 很不满意 → u = 2, w = 1 → 差; 2 ÷ 0.9 = 2.22.
    expect(dept(r, '2026-02·采购部')!.figures).toMatchObject({ answers: 3, u: 2, w: 1, g: 0, level: '差', deduction: 2.22 });
    expect(dept(r, '2026-03·采购部')!.figures).toMatchObject({ answers: 3, u: 0, w: 0, g: 1, level: '优秀', deduction: 0 });
    expect(said(r, 'month-unknown')).toEqual([['info', 'A1', '工作表「w23-export」没有「考核月份」列:按「提交时间」列的日期计,每条算在它的日期所在的月(2026-02、2026-03,各月分别评定)']]);
    expect(said(r, 'item-not-found').filter(([s]) => s === 'error')).toEqual([]);
  });

  // (As §3's, a title's month holds for every row: the dates do not filter it. Read by its dates, the catalog's §22 worked
  // example answered on 04-02, 04-03 and 04-07 under 「2026年3月…」 lost 销售部's questionnaire as April's — 810.00 for
  // 845.00 B. So February's rows pasted under a March title are March's, as before the dates were read; the title's
  // month is said.)
  it('a title naming March over an Excel 日期 column: every row is March\'s — u = 2, w = 1 → 差, 2 ÷ 0.9 = 2.22', async () => {
    const r = await gradedReport(at('w23-title.xlsx'), { form: W });
    expect(dept(r, '2026-03·采购部')!.figures).toMatchObject({ answers: 6, u: 2, w: 1, g: 1, level: '差', deduction: 2.22 });
    expect(said(r, 'records-sheet-period')).toEqual([]);
    expect(said(r, 'month-unknown')).toEqual([['info', 'A1', '工作表「Sheet1」没有「考核月份」列:按标题所写的 2026-03 计,每条都算这个月的']]);
  });

  it('a title naming March over February\'s rows only: March\'s by the title, 差 2.22, no error', async () => {
    const r = await gradedReport(at('w23-title-feb-rows.xlsx'), { form: W });
    expect(dept(r, '2026-03·采购部')!.figures).toMatchObject({ u: 2, w: 1, level: '差', deduction: 2.22 });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('--period of no row\'s month (2026-04): the existing error, every row counted as April\'s', async () => {
    const r = await gradedReport(at('w23-export.csv'), { form: W, period: '2026-04' });
    expect(dept(r, '2026-04·采购部')!.figures).toMatchObject({ answers: 6 });
    expect(said(r, 'records-sheet-period')).toEqual([['error', undefined, '工作表「w23-export」的答案按日期是 2026-02、2026-03 的,不是 --period 指定的 2026-04(结果按 2026-04 写出);请核对是不是拿错了文件,或改正 --period 后重新评分']]);
  });

  it('an answer of April 2nd is March\'s late answer: one month, 2026-03 — 满意, 满意, 不满意: u = 1 → 较好, 0.5 ÷ 0.9 = 0.56', async () => {
    const r = await gradedReport(at('w23-late.csv'), { form: W });
    expect(r.groups!.map((g) => g.keyText)).toEqual(['2026-03·采购部', '采购部']);
    expect(dept(r, '2026-03·采购部')!.figures).toMatchObject({ answers: 3, u: 1, level: '较好', deduction: 0.56 });
    expect(said(r, 'month-unknown')).toEqual([['info', 'A1', '工作表「w23-late」没有「考核月份」列:按「提交时间」列的日期计,每条都是 2026-03 的']]);
  });

  it('with its 考核月份 column the log is read by it as before, the date column not read (--period 2026-03: both months)', async () => {
    const r = await gradedReport(at('w23-month-column.csv'), { form: W, period: '2026-03' });
    expect(dept(r, '2026-02·采购部')!.figures).toMatchObject({ level: '差', deduction: 2.22 });
    expect(dept(r, '2026-03·采购部')!.figures).toMatchObject({ level: '优秀', deduction: 0 });
    expect(said(r, 'records-sheet-period')).toEqual([]);
    expect(said(r, 'month-unknown')).toEqual([]);
  });
});

describe('§22 an export of February (李四, 赵六) and March (张三, 王五), no 考核周期 column', () => {
  // Weights 及时性 40 %, 准确性 30 %, 服务态度 30 %; A 1000, B 800, D 400, E 200.
  // March: 张三 AAB = 400 + 300 + 240 = 940; 王五 ABB = 400 + 240 + 240 = 880; (940 + 880) ÷ 2 = 910 → A; × 10 % = 91.00.
  it('--period 2026-03: 采购部 910.00 A 优秀 91.00 (all twelve rows: 640.00 C 64.00)', async () => {
    const r = await gradedReport(at('d22-export.csv'), { form: D, period: '2026-03' });
    const g = dept(r, '2026-03·采购部')!;
    expect([g.figures.initial, g.figures.shown, g.band]).toEqual([910, 91, 'A 优秀']);
    expect(said(r, 'records-sheet-period')).toEqual([['warning', 'B1', '工作表「d22-export」有 6 条答案按「提交时间」列是 2026-02 的,不是要评分的 2026-03,没有计入(只统计 2026-03 的答案)']]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('without --period each month apart: February 李四 DDE = 160 + 120 + 60 = 340, 赵六 DDD = 400 → 370 D; March 910 A', async () => {
    const r = await gradedReport(at('d22-export.csv'), { form: D });
    const feb = dept(r, '2026-02·采购部')!;
    expect([feb.figures.initial, feb.figures.shown, feb.band]).toEqual([370, 37, 'D 基本称职']);
    const mar = dept(r, '2026-03·采购部')!;
    expect([mar.figures.initial, mar.band]).toEqual([910, 'A 优秀']);
    expect(said(r, 'month-unknown').map(([s, c]) => [s, c])).toEqual([['info', 'B1']]);
  });
});

// A month's survey collected in the next month, under a title or tab naming the month (no 考核周期/考核月份 column): as
// §3's, the title's or tab's month holds for every row; the dates neither filter nor refuse it, with or without --period.
describe('§22/§23 a title or tab naming the month over dates of another', () => {
  // Catalog §22: 生产部 A, B, B → 400 + 240 + 240 = 880 and B, C, B → 320 + 180 + 240 = 740 → 810; 销售部 A, A, C →
  // 400 + 300 + 180 = 880; (810 + 880) ÷ 2 = 845 → B; × 10 % = 84.50. Read by the dates, 销售部's of 04-07 was left
  // out as April's (810.00), all of 04-06..08 refused (exit 1), 02-27's left out (810.00).
  const cases: Array<[string, string | undefined]> = [['d22-apr-mixed-title.xlsx', undefined], ['d22-apr-mixed-title.xlsx', '2026-03'], ['d22-apr-mixed-sheet.xlsx', undefined],
    ['d22-aprfill-title.xlsx', undefined], ['d22-aprfill-title.xlsx', '2026-03'], ['d22-cycle-title.xlsx', undefined]];
  for (const [file, period] of cases) {
    it(`${file}${period ? ` --period ${period}` : ''}: 采购部 845.00 B 84.50, every questionnaire counted, no error`, async () => {
      const r = await gradedReport(at(file), { form: D, ...(period ? { period } : {}) });
      const g = dept(r, '2026-03·采购部')!;
      expect([g.figures.initial, g.figures.shown, g.band]).toEqual([845, 84.5, 'B 良好']);
      expect(r.groups!.filter((x) => /^2026-0[24]/.test(x.keyText))).toEqual([]);
      expect(said(r, 'records-sheet-period')).toEqual([]);
      expect(said(r, 'records-months')).toEqual([]);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }

  // 仓储部 不满意, 不满意, 满意, 满意 over 4 workshops: u = 2 → 较差, 1 ÷ 0.9 = 1.11 (the catalog's worked example);
  // 设备部 很不满意, 满意: w = 1 → 较差, 1.11.
  it('§23 answered April 6–11 under 「2026年3月…」, --period 2026-03: March, 仓储部 and 设备部 较差 1.11, no error (was exit 1)', async () => {
    const r = await gradedReport(at('w23-april-fill-title.xlsx'), { form: W, period: '2026-03' });
    expect(dept(r, '2026-03·仓储部')!.figures).toMatchObject({ answers: 4, u: 2, level: '较差', deduction: 1.11 });
    expect(dept(r, '2026-03·设备部')!.figures).toMatchObject({ answers: 2, w: 1, level: '较差', deduction: 1.11 });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  // The title states the cycle 02.26–03.25: the answers of Feb 26 and 27 are in it, u = 2 → 较差 1.11 (read by the
  // dates they were left out: 优秀 0.00).
  it('§23 under 「…(2026.02.26-2026.03.25)」: 仓储部 较差 1.11 with February 26–27\'s answers, not warned as two months pooled', async () => {
    const r = await gradedReport(at('w23-cycle-title.xlsx'), { form: W });
    expect(dept(r, '2026-03·仓储部')!.figures).toMatchObject({ answers: 4, u: 2, level: '较差', deduction: 1.11 });
    expect(said(r, 'records-months')).toEqual([]);
    expect(said(r, 'records-sheet-period')).toEqual([]);
  });
});
