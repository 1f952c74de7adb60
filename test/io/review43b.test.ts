// A third review of the forty-third session's changes: sound input refused by their first versions.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCombined } from '../../src/io/combineRaters.js';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/review43b', name);
const totals = (people: ReadonlyArray<{ name: string; total: number | null }>) => people.map((p) => [p.name, p.total]);

describe('a third review', () => {
  it('§31 「服务质量评分(25分)」 over its 1–5 mean (worth 25, every mean within it): read — 0.3 × 86 + 0.3 × 94 + 0.25 × 90 + 0.15 × 90 = 90; 83', async () => {
    const report = await gradedReport(fixture('scorecard.xlsx'));
    expect(totals(report.people)).toEqual([['客服一组', 90], ['客服二组', 83]]);
  });

  it('§17 迟到 | 早退 | 缺勤 beside the count\'s own column 「迟到/早退/缺勤次数」: the team\'s breakdown — 张三 3 → 4 + 20 + 30 + 20 + 20 = 94; 李四 85', async () => {
    const report = await gradedReport(fixture('probation.xlsx'));
    expect(totals(report.people)).toEqual([['张三', 94], ['李四', 85]]);
  });

  it('§9 a blank 模板 sheet of a --rater 主管 --period template (评分人 「主管评」 on it): no one — 张三 92, 李四 76', async () => {
    const report = await gradedReport(fixture('competency.xlsx'));
    expect(totals(report.people)).toEqual([['张三', 92], ['李四', 76]]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('--combine with last month\'s copy in 归档/: nothing said (92 × 0.875 + 80 × 0.125 = 90.5 each)', async () => {
    const outcome = await gradeCombined([fixture('copies')], { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => p.total)).toEqual([90.5, 90.5, 90.5]);
    expect(outcome.report.problems.filter((p) => p.code === 'folder-unread')).toEqual([]);
  });
});
