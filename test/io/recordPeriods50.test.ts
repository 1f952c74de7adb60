// Record logs (§3, §5) whose title gives February's period as days, scored with --period 2026-03: 82.50 乙 at exit 0,
// all February's answers labelled March, where 「2026年2月…」 is the error. And the date a §3 row is read by, and §5's
// call-backs of the next month.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/recordPeriods50', f);
const said = (r: Awaited<ReturnType<typeof gradedReport>>, code: string) => r.problems.filter((p) => p.code === code).map((p) => [p.severity, p.cell, p.message]);
const sat = { form: 'satisfaction-monthly', period: '2026-03' };
const feb = (cell: string) => [['error', cell, '工作表「满意度记录」的客户按标题是 2026-02 的,不是 --period 指定的 2026-03(结果按 2026-03 写出);请核对是不是拿错了文件,或改正 --period 后重新评分']];

// Means: 产品质量 (6 + 7 + 10 + 10) ÷ 4 = 8.25, 服务 (7 + 7 + 10 + 9) ÷ 4 = 8.25, the same for the other two → overall 8.25
// → index 82.50, 乙 (≥ 80, < 90). The figures stay; the title's month against --period is the error.
describe('§3 a title naming February as a range of days, --period 2026-03', () => {
  it.each([
    ['sat-range-line.xlsx', 'A2'], // 统计周期:2026-02-01 00:00 至 2026-02-28 23:59
    ['sat-range-dots.xlsx', 'A1'], // (2026.02.01-2026.02.28)
    ['sat-cn-range.xlsx', 'A1'], // 2026年2月1日-2月28日
    ['sat-range-end.xlsx', 'A1'], // the range at the end of the title's text
    ['sat-split.xlsx', 'B1'], // 统计周期 | 2026-02-01 | 2026-02-28
    ['sat-footer.xlsx', 'A6'], // a one-cell row under the answers
  ])('%s: 82.50 乙 and the error at %s', async (file, cell) => {
    const r = await gradedReport(at(file), sat);
    expect(r.groups![0]!.figures).toMatchObject({ responses: 4, overall: 8.25, index: 82.5 });
    expect(r.groups![0]!.band).toBe('乙');
    expect(said(r, 'records-sheet-period')).toEqual(feb(cell));
    expect(said(r, 'records-months')).toEqual([]);
  });

  it('March\'s range (2026-03-01 … 03-31) is --period\'s: nothing said', async () => {
    const r = await gradedReport(at('sat-march-range.xlsx'), sat);
    expect(r.groups![0]!.figures).toMatchObject({ index: 82.5 });
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('a cycle 2026-02-26~2026-03-25 holds March: no error, and not 「2 个月」', async () => {
    const r = await gradedReport(at('sat-cycle.xlsx'), sat);
    expect(said(r, 'records-sheet-period')).toEqual([]);
    expect(said(r, 'records-months')).toEqual([]);
  });

  it('without --period: 82.50 乙, nothing to compare', async () => {
    const r = await gradedReport(at('sat-range-line.xlsx'), { form: 'satisfaction-monthly' });
    expect(r.groups![0]!.figures).toMatchObject({ index: 82.5 });
    expect(said(r, 'records-sheet-period')).toEqual([]);
  });
});

describe('§5 a title 「统计周期:2026-02-01~2026-02-28」, --period 2026-03', () => {
  // 张师傅 是/有/5分/是 认可满意 1 of 1 = 100 %; 李师傅 清理卫生 没有 → 0 of 1; all 1 of 2 = 50 % 待改进 (< 60).
  it('50.00 % 待改进 as before, and the title\'s month the error', async () => {
    const r = await gradedReport(at('inst-range.xlsx'), { form: 'install-followup', period: '2026-03' });
    const all = r.groups!.find((g) => g.keyText === '全部订单')!;
    expect([all.figures.orders, all.figures.satisfiedRate, all.band]).toEqual([2, 50, '待改进']);
    expect(said(r, 'records-sheet-period')).toEqual([['error', 'A1', '工作表「回访记录」的订单按标题是 2026-02 的,不是 --period 指定的 2026-03(结果按 2026-03 写出);请核对是不是拿错了文件,或改正 --period 后重新评分']]);
  });
});

describe('§3 a bare 日期 (the order\'s) left of the survey\'s 提交时间', () => {
  // 提交时间 March for all four: 82.50 乙 as above (by 日期, two February orders were left out: (10+10+10+10 + 10+9+10+9) ÷ 8
  // = 9.75 → 97.50 甲).
  it('counts all four by 提交时间: 82.50 乙, nothing left out nor said pooled', async () => {
    const r = await gradedReport(at('sat-date-generic.csv'), sat);
    expect(r.groups![0]!.figures).toMatchObject({ responses: 4, index: 82.5 });
    expect(r.groups![0]!.band).toBe('乙');
    expect(said(r, 'records-sheet-period')).toEqual([]);
    expect(said(r, 'records-months')).toEqual([]);
  });
});

describe('§5 a March install called back on 2026-04-02, --period 2026-03', () => {
  // 张师傅 2 of 2 认可满意 = 100 % 优秀; 李师傅 3/28 清理卫生 没有 → 0, 4/02 yes → 1 of 2 = 50 % 待改进; all 3 of 4 = 75 % 一般.
  it('counted (75.00 % 一般) without advising a file a month', async () => {
    const r = await gradedReport(at('inst-april-callback.xlsx'), { form: 'install-followup', period: '2026-03' });
    const rate = (k: string) => { const g = r.groups!.find((x) => x.keyText === k)!; return [g.figures.satisfiedRate, g.band]; };
    expect([rate('张师傅'), rate('李师傅'), rate('全部订单')]).toEqual([[100, '优秀'], [50, '待改进'], [75, '一般']]);
    expect(said(r, 'records-months')).toEqual([]);
    // (fx54g: the call-back taken as March's is named; §5 1.3.6: by its 完工时间 in March, records.lateBy.)
    expect(said(r, 'records-sheet-period').map(([s, , m]) => [s, m])).toEqual([['info', expect.stringContaining('有 1 条订单的「客服回访时间」在 2026-03 之后,「完工时间」是 2026-03 的')]]);
  });

  // (fx55f2: its one April row is of a March install by 完工时间 (records.lateBy): a log of March, no second month to
  // advise a file of its own for — was 「2 个月的订单(2026-03、2026-04)…已合在一起算」.)
  it('without --period no two months are said: the April call-back is of a March install', async () => {
    const r = await gradedReport(at('inst-april-callback.xlsx'), { form: 'install-followup' });
    expect(said(r, 'records-months')).toEqual([]);
  });
});
