// §8 mattress-cs-monthly: a ROSTER workbook kept as month tabs 「1月」「2月」「3月」 (the same roster on each, that month's
// figures), the month ONLY in the tab name — no 考核月份 column, no title. With --period 2026-03 everyone was refused: the
// 1月 and 2月 tabs each the file's 「表名写的是 2026-01…」 error, everyone on two tabs 「工号重复…都不计分」 (王芳 and 李明
// unscored for 79.00 一般 and 82.20 良好, exit 1); 张伟, on the 2月 tab only (left in March), was scored 76.00 as March's.
// Now the 3月 tab is scored and the other tabs are set aside whole with one info naming them (and 张伟).
// Fixtures: test/fixtures/fx60p/make.py.
//
// §8 (catalog: 回访率 V/N × 20, 表格管理 20 − Σ 每次扣分, 日常 15 − 2×用语 − 1×短信 − 2×跟踪, 效率 基础分 − 5 × 次数,
// 处理能力, 态度, 纪律 10 − 2×迟到 …, ± 奖惩; 优秀 ≥ 90 / 良好 ≥ 80 / 一般 ≥ 60), March's rows:
//   王芳: 45/50 × 20 = 18 + (20 − 3 − 2 = 15) + (15 − 2×1 − 1×2 = 11) + (8 − 5×1 = 3) + 9 + 13 + (10 − 2×1 = 8) + 2 = 79 一般
//   李明: 48/50 × 20 = 19.2 + 15 + 11 + 3 + 9 + 15 + 8 + 2 = 82.2 良好
//   (February's rows would give 王芳 78 (态度 12), 李明 42/50 × 20 = 16.8 → 79.8 一般.)
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot, runCli } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx60p', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null || p.total === undefined ? null : Math.round(p.total * 100) / 100, p.band ?? null, p.status]);
const said = (r: Report) => r.problems.map((p) => [p.severity, p.code, p.sheet ?? null]);

describe('a roster of month tabs, the month in the tab name only, --period 2026-03', () => {
  it('scores the 3月 tab (王芳 79.00 一般, 李明 82.20 良好); 1月 and 2月 set aside with one info (everyone was refused)', async () => {
    const r = await gradedReport(fixture('roster-tabs.xlsx'), { period: '2026-03' });
    expect(people(r)).toEqual([['王芳', 79, '一般', 'scored'], ['李明', 82.2, '良好', 'scored']]);
    expect(said(r)).toEqual([['info', 'sheets-months', null]]);
    expect(r.problems[0]!.message).toBe('工作表「1月」、「2月」按表名是 2026-01、2026-02 的名单,不是 --period 指定的 2026-03,没有计入;按工作表「3月」评分');
    const run = await runCli(['score', fixture('roster-tabs.xlsx'), '--period', '2026-03', '--dry-run']);
    expect(run.code).toBe(0);
  });

  it('张伟, on the 2月 tab only (left in March), is set aside with that tab, named in the info — not an error, not March\'s 76.00', async () => {
    const r = await gradedReport(fixture('left-in-march.xlsx'), { period: '2026-03' });
    expect(people(r)).toEqual([['王芳', 79, '一般', 'scored'], ['李明', 82.2, '良好', 'scored']]);
    expect(said(r)).toEqual([['info', 'sheets-months', null]]);
    expect(r.problems[0]!.message).toBe('工作表「1月」、「2月」按表名是 2026-01、2026-02 的名单,不是 --period 指定的 2026-03,没有计入;按工作表「3月」评分(只在这些表上的「张伟」不在 2026-03 的名单上,没有评分)');
  });

  it('--period 2026-04, no tab of April: as before — each tab the file\'s error, everyone on two tabs a duplicate', async () => {
    const r = await gradedReport(fixture('roster-tabs.xlsx'), { period: '2026-04' });
    expect(people(r).map((p) => p[3])).toEqual(Array(6).fill('error'));
    expect(r.problems.filter((p) => p.code === 'month-unknown').map((p) => [p.severity, p.sheet, (p.params as { case: string }).case])).toEqual([
      ['error', '1月', 'tab-and-period'], ['error', '2月', 'tab-and-period'], ['error', '3月', 'tab-and-period'],
    ]);
  });

  it('sound variant: the 3月 tab alone scored as before, nothing said', async () => {
    const r = await gradedReport(fixture('march-only.xlsx'), { period: '2026-03' });
    expect(people(r)).toEqual([['王芳', 79, '一般', 'scored'], ['李明', 82.2, '良好', 'scored']]);
    expect(r.problems).toEqual([]);
  });
});

describe('a roster of month tabs without --period: as before', () => {
  it('the tabs\' warning says to give --period; everyone on several tabs a duplicate error', async () => {
    const r = await gradedReport(fixture('left-in-march.xlsx'));
    const months = r.problems.filter((p) => p.code === 'sheets-months');
    expect(months.map((p) => p.severity)).toEqual(['warning']);
    expect(months[0]!.message).toContain('或用 --period 指定月份');
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(Array(8).fill('duplicate-person'));
    // 张伟, on one tab only, scored: 18 + 15 + 11 + 3 + 9 + 10 + 8 + 2 = 76 一般.
    expect(people(r).filter((p) => p[3] === 'scored')).toEqual([['张伟', 76, '一般', 'scored']]);
  });
});

// Follow-up: the same tabs, their months said by a title above the headings or by a 考核月份 column. Everyone was refused
// at exit 1: under titles 「2026年1月客服回访考核表」… each tab's rows 「工号重复…都不计分」 and the file's 「表头上方 1月!A1
// …写的是 2026-01,而 --period 指定为 2026-03」 error; with 考核月份 (tabs 1月 / 2月 / 3月 or Sheet1 / 2 / 3) the 2月 rows
// 「工号重复」 of the 1月 ones, 张伟 (2月 only) a sheet-month error, and 「表头的考核月份不一致」.
// March's rows, as above: 王芳 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79.00 一般; 李明 48/50 × 20 = 19.2, + 15 + 11 + 3 + 9 +
// 15 + 8 + 2 = 82.20 良好.
describe('the month tabs under titles, or with a 考核月份 column, --period 2026-03', () => {
  it('titles 「2026年1月…」「2026年2月…」「2026年3月…」: 3月 scored, 1月 and 2月 set aside with one info (was everyone unscored at exit 1)', async () => {
    const r = await gradedReport(fixture('titled-tabs.xlsx'), { period: '2026-03' });
    expect(people(r)).toEqual([['王芳', 79, '一般', 'scored'], ['李明', 82.2, '良好', 'scored']]);
    expect(said(r)).toEqual([['info', 'sheets-months', null]]);
    expect(r.problems[0]!.message).toBe('工作表「1月」、「2月」按标题是 2026-01、2026-02 的名单,不是 --period 指定的 2026-03,没有计入;按工作表「3月」评分');
    const run = await runCli(['score', fixture('titled-tabs.xlsx'), '--period', '2026-03', '--dry-run']);
    expect(run.code).toBe(0);
  });

  it('titles, 张伟 on the 2月 tab only: set aside with it, named', async () => {
    const r = await gradedReport(fixture('titled-left-in-march.xlsx'), { period: '2026-03' });
    expect(people(r)).toEqual([['王芳', 79, '一般', 'scored'], ['李明', 82.2, '良好', 'scored']]);
    expect(said(r)).toEqual([['info', 'sheets-months', null]]);
    expect(r.problems[0]!.message).toContain('按工作表「3月」评分(只在这些表上的「张伟」不在 2026-03 的名单上,没有评分)');
  });

  it('考核月份 2026-01 / 02 / 03 on tabs 1月 / 2月 / 3月, 张伟 on 2月 only: he is set aside with the 2月 tab, exit 0 (was his sheet-month error and 「表头的考核月份不一致」)', async () => {
    const r = await gradedReport(fixture('dated-left-in-march.xlsx'), { period: '2026-03' });
    expect(people(r)).toEqual([['王芳', 79, '一般', 'scored'], ['李明', 82.2, '良好', 'scored']]);
    expect(said(r)).toEqual([['info', 'sheets-months', null]]);
    expect(r.problems[0]!.message).toBe('工作表「1月」、「2月」按考核月份是 2026-01、2026-02 的名单,不是 --period 指定的 2026-03,没有计入;按工作表「3月」评分(只在这些表上的「张伟」不在 2026-03 的名单上,没有评分)');
    const run = await runCli(['score', fixture('dated-left-in-march.xlsx'), '--period', '2026-03', '--dry-run']);
    expect(run.code).toBe(0);
  });

  it('the same on tabs Sheet1 / Sheet2 / Sheet3 (no month in the tab names)', async () => {
    const r = await gradedReport(fixture('dated-sheets-left-in-march.xlsx'), { period: '2026-03' });
    expect(people(r)).toEqual([['王芳', 79, '一般', 'scored'], ['李明', 82.2, '良好', 'scored']]);
    expect(r.problems.map((p) => [p.severity, p.message])).toEqual([['info', '工作表「Sheet1」、「Sheet2」按考核月份是 2026-01、2026-02 的名单,不是 --period 指定的 2026-03,没有计入;按工作表「Sheet3」评分(只在这些表上的「张伟」不在 2026-03 的名单上,没有评分)']]);
  });

  it('sound variant: the 3月 tab alone under its title 「2026年3月…」 scored as before, nothing said', async () => {
    const r = await gradedReport(fixture('titled-march-only.xlsx'), { period: '2026-03' });
    expect(people(r)).toEqual([['王芳', 79, '一般', 'scored'], ['李明', 82.2, '良好', 'scored']]);
    expect(r.problems).toEqual([]);
  });

  it('a 2月 tab (考核月份 2026-02) holding only 刘备, no one of the 3月 tab: not set aside — his sheet-month error and the file\'s as before', async () => {
    const r = await gradedReport(fixture('dated-stray.xlsx'), { period: '2026-03' });
    expect(people(r)).toEqual([['刘备', null, null, 'error'], ['王芳', 79, '一般', 'scored'], ['李明', 82.2, '良好', 'scored']]);
    expect(r.problems.map((p) => [p.severity, p.code, p.sheet])).toEqual([['error', 'sheet-month', '2月'], ['error', 'month-unknown', '2月']]);
  });
});
