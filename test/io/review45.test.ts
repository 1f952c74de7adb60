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
