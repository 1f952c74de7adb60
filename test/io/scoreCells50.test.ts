// §17 probation: the lead left 准时出勤's 填写 blank and typed its points in 得分 (8: one lapse). kpi read the blank as 0
// lapses and scored 10: 张三 10 + 20 + 30 + 20 + 20 = 100 优秀 at exit 0 for 8 + 90 = 98, a warning only on the sheets
// (「手填的「准时出勤·得分」为「8」…kpi 按算出的计」), nothing at all on a roster (its 「准时出勤·得分」 column ignored).
// Now refused for that person, as the choices' points typed in 得分 are, saying to fill the count. Kept as before: a
// figure the blank scores (王五 10), a formula of the team's (李四 =10-2*F7), a count filled beside it (赵六 1 → 8).
// Fixtures: test/fixtures/scoreCells50/make.py over `kpi template probation [--layout roster] --people`.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/scoreCells50', name);

// CATALOG §17: 准时出勤 0 lapses → 10, 1 → 8; choices 20 + 30 + 20 + 20 = 90.
// 李四, 王五: 10 + 90 = 100.00 优秀; 赵六 (1 lapse): 8 + 90 = 98.00 优秀; 张三 not scored.
const EXPECTED = [
  ['张三', null, null],
  ['李四', '100.00', '优秀'],
  ['王五', '100.00', '优秀'],
  ['赵六', '98.00', '优秀'],
];

describe('points typed in 得分 beside a blank 准时出勤 (§17)', () => {
  it('person sheets: 张三 G7 8 refused (not 100 优秀), the others scored as before', async () => {
    const report = await gradedReport(fixture('sheets-points-in-score.xlsx'));
    expect(report.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band])).toEqual(EXPECTED);
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.person, p.sheet, p.cell])).toEqual([['张三', '张三', 'G7']]);
    expect(errors[0]!.message).toContain('这一格的「8」填在了「得分」列(kpi 写评分结果的列),像是「准时出勤」这一项的得分');
    expect(errors[0]!.message).toContain('本表按「迟到/早退/缺勤次数」(次)计算这一项,没有计入,此人不评分;请在「填写」列填次数后重新评分');
    // Not also the warning that kpi counted 10 for it.
    expect(report.problems.filter((p) => p.severity === 'warning')).toEqual([]);
  });

  it('roster: 张三 M2 8 under 「准时出勤·得分」 refused, 准时出勤 blank; the others scored as before', async () => {
    const report = await gradedReport(fixture('roster-points-beside.xlsx'));
    expect(report.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band])).toEqual(EXPECTED);
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.person, p.cell])).toEqual([['张三', 'M2']]);
    expect(errors[0]!.message).toContain('这一格的「8」在列「准时出勤·得分」里,像是「准时出勤」这一项的得分');
    expect(errors[0]!.message).toContain('没有计入,此人不评分;请在「准时出勤」列填次数后重新评分');
  });
});
