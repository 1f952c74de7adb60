// §8 mattress-cs-monthly: one person's month tabs in one workbook (王芳-一季度.xlsx: tabs 2月 / 3月 / 1月, 考核月份
// 2026-02 / 03 / 01). Without --period each tab was 「工号重复…都不计分」 advising to hide 3月 (the month wanted); with
// --period 2026-03 the March sheet was refused the same way; kpi rollup said 「一个文件只能是一个月」 only.
// Fixtures: test/fixtures/fx59m/make.py.
//
// §8 sums (catalog: 回访率 × 20, 表格管理 20 − Σ 每次扣分, 日常 15 − 2/1/2 per time, 效率 基础分 − 5 per time, 处理能力,
// 态度, 纪律 10 − 2/5/2/3 per time, ± 奖惩; bands 优秀 ≥ 90 / 良好 ≥ 80 / 一般 ≥ 60):
//   王芳 3月: 45/50 × 20 = 18 + (20 − 3 − 2 = 15) + (15 − 2 − 2 = 11) + (8 − 5 = 3) + 9 + 13 + (10 − 2 = 8) + 2 = 79 一般
//   (2月 态度 12 → 78, 1月 态度 11 → 77); 李明 the same with 态度 15 in March → 81 良好.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot, runCli } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx59m', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null || p.total === undefined ? null : Math.round(p.total * 100) / 100, p.band ?? null, p.status]);
const said = (r: Report) => r.problems.map((p) => [p.severity, p.code, p.sheet, p.cell]);

describe('one person\'s month tabs, --period 2026-03', () => {
  it('3月 scored 79.00 一般; 2月 and 1月 warned as other months, not counted (3月 was 「重复…都不计分」 at exit 1)', async () => {
    const r = await gradedReport(fixture('quarter.xlsx'), { period: '2026-03' });
    expect(people(r)).toEqual([['王芳', 79, '一般', 'scored']]);
    expect(said(r)).toEqual([['warning', 'sheet-month', '2月', 'B3'], ['warning', 'sheet-month', '1月', 'B3']]);
    expect(r.problems[0]!.message).toBe('2月!B3:王芳:工作表「2月」的考核月份是2026-02,而 --period 指定为 2026-03;是同一人另一个月的表,没有计入;此人按工作表「3月」(2026-03)评分');
  });

  it('--period 2026-04, no sheet of April: every sheet another month\'s, all refused as before', async () => {
    const r = await gradedReport(fixture('quarter.xlsx'), { period: '2026-04' });
    expect(people(r).map((p) => p[3])).toEqual(['error', 'error', 'error']);
    expect(r.problems.filter((p) => p.code === 'sheet-month').map((p) => p.severity)).toEqual(['error', 'error', 'error']);
  });

  it('a roster of month tabs (王芳, 李明 on each): March\'s rows scored, the others\' tabs set aside with one info (--period changed nothing)', async () => {
    const r = await gradedReport(fixture('roster-months.xlsx'), { period: '2026-03' });
    expect(people(r)).toEqual([['王芳', 79, '一般', 'scored'], ['李明', 81, '良好', 'scored']]);
    // (Each of the four other-month rows was a sheet-month warning; the tabs are now set aside whole, as a roster's month
    // tabs are (fx60p): in the order 1月 / 2月 / 3月 the 2月 rows were 「工号重复」 of the 1月 ones, everyone but March's refused.)
    expect(said(r)).toEqual([['info', 'sheets-months', undefined, undefined]]);
    expect(r.problems[0]!.message).toBe('工作表「1月」、「2月」按考核月份是 2026-01、2026-02 的名单,不是 --period 指定的 2026-03,没有计入;按工作表「3月」评分');
  });
});

describe('one person\'s month tabs, no --period', () => {
  it('one file-level error naming the months and --period 2026-03 (four 「重复」 errors advised hiding 3月)', async () => {
    const r = await gradedReport(fixture('quarter.xlsx'));
    expect(r.problems.filter((p) => p.code === 'duplicate-person')).toEqual([]);
    expect(said(r)).toEqual([['error', 'month-unknown', '3月', 'B3']]);
    expect(r.problems[0]!.message).toBe('quarter.xlsx:表头的考核月份不一致:2026-02(王芳)、2026-03(王芳)、2026-01(王芳);一个文件只能是一个月:这个文件里同一人(王芳)有几个月的工作表(2026-01、2026-02、2026-03),按文件评分时不知道评哪个月;请用 --period 指定一个月评分(如 --period 2026-03),其他月份的表不计入;要几个月一起汇总,请把每个月的工作表分成单独的文件后用 kpi rollup');
    // Each sheet is its month's (78, 79, 77), as sheets of several months of different people are.
    expect(people(r).map((p) => p[1])).toEqual([78, 79, 77]);
  });

  it('the roster of month tabs: the same one error naming 王芳、李明', async () => {
    const r = await gradedReport(fixture('roster-months.xlsx'));
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['month-unknown']);
    expect(r.problems.find((p) => p.code === 'month-unknown')!.message).toContain('同一人(王芳、李明)有几个月的工作表(2026-01、2026-02、2026-03)');
  });

  it('sound variant: three people on sheets of three months — their error as before, no 「同一人」', async () => {
    const r = await gradedReport(fixture('three-people.xlsx'));
    expect(people(r)).toEqual([['王芳', 78, '一般', 'scored'], ['李明', 79, '一般', 'scored'], ['张伟', 77, '一般', 'scored']]);
    expect(r.problems.map((p) => p.message)).toEqual(['three-people.xlsx:表头的考核月份不一致:2026-02(王芳)、2026-03(李明)、2026-01(张伟);一个文件只能是一个月']);
  });
});

describe('kpi rollup of one person\'s month tabs', () => {
  it('exit 2, saying to split the tabs into a file per month (rollup reads a file as one month)', async () => {
    const run = await runCli(['rollup', fixture('quarter.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('kpi rollup 把一个文件算作一个月、不按工作表分月;请把每个月的工作表分成单独的文件(每月一个)后再用 kpi rollup 汇总');
  });
});
