// A code legend written just under the people on kpi's own roster template (styled down to row 501) was never looked at —
// only the last 20 rows of the sheet's extent were — and the digits were read on the form's scale: §29 张三 50.00 一般 for
// 75.00 良好 and 李四 37.50 一般 for 87.50 优秀, §25 91.11 for 100, at exit 0. On a --period template the note's row also
// holds the pre-filled 考核月份: it was a person without a name (17 errors). Fixtures: test/fixtures/legends49/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/legends49', name);
const scores = (report: Awaited<ReturnType<typeof gradedReport>>) => report.people.map((p) => [p.name, p.total, p.band, p.status]);

// §29, codes reversed by the legend (1=优秀 → 4 points … 4=不符合要求 → 1):
// 张三 顾客满意度 4,4,3,4 → 3.75; 团队合作 3,3,3,2 → 2.75; 问题解决 3,4,3,3 → 3.25; 专业知识 2,2,3,2 → 2.25 ⇒ not all ≥ 3.5,
//   three ≥ 2.5 → 良好; 12 / 4 = 3.0 / 4 × 100 = 75.
// 李四 every indicator 4,4,3,3 → 3.5 ⇒ all ≥ 3.5 → 优秀; 3.5 / 4 × 100 = 87.5.
const cdrRight = [
  ['张三', 75, '良好', 'scored'],
  ['李四', 87.5, '优秀', 'scored'],
];

describe('a code legend under the people of a template-made roster', () => {
  it('§29 「注:各项填等级代码,1=优秀…」 on row 4 under 张三 and 李四: the codes are answers — 75 良好, 87.5 优秀', async () => {
    const report = await gradedReport(fixture('cdr-note.xlsx'));
    expect(scores(report)).toEqual(cdrRight);
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('§29 --period template: the note row keeps the pre-filled 2026-03 under 考核月份 — a note line, not a person', async () => {
    const report = await gradedReport(fixture('cdr-period-note.xlsx'));
    expect(scores(report)).toEqual(cdrRight);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const skipped = report.problems.find((p) => p.code === 'skipped-row')!;
    expect(skipped.message).toContain('第4行「注:各项填等级代码');
  });

  it('§29 without a note the digits are the points they are (4 = 优秀): the same 75 良好, 87.5 优秀', async () => {
    const report = await gradedReport(fixture('cdr-period-points.xlsx'));
    expect(scores(report)).toEqual(cdrRight);
    expect(report.problems).toEqual([]);
  });

  it('§25 「说明:是否类填写 0=是 1=否」 on row 4: 0 under 确定相关责任人 and 出具意见 is 是, 2 + 2 — 45/45 = 100', async () => {
    // 服从 2 + 团队 2 + 创新 2 + 领导 4 + 巡检 2+2 + 投诉 2+2+2 + 保密 2+2 + 服务规范 (2 − 0) +1+1+1 + 专业 2+1
    // + 处理技巧 (2 − 0 − 0) + 2 + (是 2 + 是 2) + (5 − 0) = 45 → 100 (read as 否: 41/45 = 91.11).
    const report = await gradedReport(fixture('pcs-note.xlsx'));
    expect(scores(report)).toEqual([['张三', 100, '优秀', 'scored']]);
  });
});
