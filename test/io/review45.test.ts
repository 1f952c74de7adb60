// Sound rosters this session's changes refused or misread, found by a review against the commit before them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/review45', f);
const exports45 = (f: string) => path.join(repoRoot, 'test/fixtures/exports45', f);
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => Object.fromEntries(r.people.map((p) => [p.name, p.total]));

describe('review of the session\'s changes', () => {
  it('§8 the team\'s own 「得分 | 扣分」 beside a filled 奖惩分 (王芳 77 + 2 = 79 with 扣分 23): theirs, not 奖惩 — 79, 100, 77 (everyone was refused)', async () => {
    const r = await gradedReport(at('mattress-team-koufen.xlsx'));
    expect(totals(r)).toEqual({ 王芳: 79, 李强: 100, 赵伟: 77 });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each([
    ['mattress-template-kinds.xlsx', { 王芳: 79, 李强: 100, 赵伟: 77 }],
    // §25 张敏 (2 + 2 + 1 + 3 + 4 + 6 + 4 + 4.5 + 3 + 12) / 45 × 100 = 92.22.
    ['staff-calls-answered.xlsx', { 张敏: 92.22, 刘洋: 91.11 }],
    // §2 东区 100 − 14 × 1 = 86.
    ['property-households.xlsx', { 东区管理处: 86, 西区管理处: 100 }],
  ])('%s: kinds beside the count\'s own column under kpi\'s template heading are the team\'s breakdown, read as before', async (file, expected) => {
    const r = await gradedReport(at(file));
    expect(Object.fromEntries(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100]))).toEqual(expected);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('an export sheet named for a period of days in February (「2026年2月1日-2月28日」) is February\'s: refused for March, as before (joined at exit 0)', async () => {
    const failure = await refusal(exports45('shop-roster-r1.xlsx'), { data: exports45('sheet-feb-day-range.xlsx') });
    expect(failure.message).toContain('的工作表名是 2026-02 的,本表的考核月份是 2026-03');
  });
});

describe('review of the later changes', () => {
  it('§8 a 表格管理 row retyped 「扣分/次」 (points each time) is its input: 79 一般 (refused as a count)', async () => {
    const r = await gradedReport(at('mattress-koufen-per-time.xlsx'));
    expect(r.people.map((p) => p.total)).toEqual([79, 79, 79]);
  });

  it('§11 「减分项·减分(扣分)」 is the 减分 it names: 张三 70 + 13 + 2 − 3 = 82 待改进, 李四 96, 王五 57.5 (everyone refused)', async () => {
    const r = await gradedReport(at('shop-jianfen-koufen.xlsx'));
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 82], ['李四', 96], ['王五', 57.5]]);
  });

  it('§2 counts above the item\'s 分值 (12 faults under 10) are counts, not its score: 81, 90, 64', async () => {
    const r = await gradedReport(at('property-counts-above.xlsx'));
    expect(r.people.map((p) => p.total)).toEqual([81, 90, 64]);
  });

  it.each(['csrep-footer-grade-list.xlsx', 'csrep-footer-grade-words.xlsx'])('%s: a footer listing the grades with their points is no legend of codes — §19 points read as points: 94.79 优秀, 60.42 一般 (4 was 需改进: 30.21)', async (file) => {
    // 张三 4,4,3 | 4,4 | 3,4 | 4,4 → 91.67, 100, 87.5, 100 → 94.79.
    const r = await gradedReport(at(file), { form: 'cs-rep' });
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band])).toEqual([['张三', 94.79, '优秀'], ['李四', 60.42, '一般']]);
  });

  it('a 名单 listing the rater (考核人 赵敏, 组长) beside the people\'s sheets: no warning that she lacks a sheet', async () => {
    const r = await gradedReport(at('probation-list-with-rater.xlsx'));
    // The sheets scored as before (76 一般 each); only the warning is gone.
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 76], ['李四', 76], ['王五', 76]]);
    expect(r.problems.filter((p) => p.code === 'listed-without-sheet')).toEqual([]);
  });

  it('rollup of three months whose files state their months, February and March alike item by item (§2 near full marks): rolled up — 南山 (97 + 99 + 99) / 3 = 98.33', async () => {
    const { rollupFiles } = await import('../../src/io/rollup/index.js');
    const out = await rollupFiles([path.join(repoRoot, 'test/fixtures/review45/quarter')], { output: null, period: 'quarter' });
    if (!out.ok) throw new Error(out.failures[0]!.message);
    expect(Math.round(out.report.result.people.find((p) => p.name === '南山管理处')!.total! * 100) / 100).toBe(98.33);
  });
});

describe('third review of the session', () => {
  it('a title 「客户服务评价」 over a one-roster\'s items is no 客户 block: the supervisor\'s marks, 92, 60, 80 (refused as 客户评 only)', async () => {
    // §9 张三 (100 + 80 + 100 + 80 + 100) / 5 = 92.
    const r = await gradedReport(at('competency-kehu-fuwu-title.xlsx'));
    expect(totals(r)).toEqual({ 张三: 92, 李四: 60, 王五: 80 });
  });

  it('a 「实际值」 column beside 填写 holding the team\'s figures (「销售额 52万」) is no second column to fill: §13 90 一般, 74 待改进', async () => {
    const r = await gradedReport(at('scheme-shijizhi-beside.xlsx'));
    expect(totals(r)).toEqual({ 张三: 90, 李四: 74 });
  });

  it('「项数 | 备注」 under 投诉处理, 备注 empty: the count is read — §1 93.19, 82.56 (refused as two rival columns)', async () => {
    // 张三 0.85 × 75/80 × 100 + 0.15 × 90 = 93.19.
    const r = await gradedReport(at('aftersales-xiangshu-beizhu.xlsx'));
    expect(r.people.map((p) => Math.round(p.total! * 100) / 100)).toEqual([93.19, 82.56]);
  });
});
