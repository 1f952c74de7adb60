// Review of 5e090b90 (rt58 s4). 5e090b90 took into a tick group (rater headings not merged) the column right after its
// labels when it held a mark on a row where the group's own columns were blank — meant for 差 | 低标 | 达到 (达到 retyped
// for 达成, tickGroups58b). It also took a team's column after a COMPLETE group: 间接主管 not rating, a 「面谈确认」 of √ or
// a 「系数」 of 1 after his 差 | 低标 | 达成 became his answer on every row and was refused (exit 1, 13 errors «实际为「面谈确认」»);
// with 间接 rating 低标, an 「已核实」 of √ made every row two ticks; a 「得分」 of points with one 1 refused every 12 as «不是勾».
// Now only a group short of one of the form's labels takes the next column in, and never a column holding a number
// other than 1 (a team's figures). Fixtures: test/fixtures/tickGroups58d (make.py).
// CATALOG §4: item points = weight × coefficient × 100, coefficient = 0.7 × 直接 + 0.3 × 间接 (a rater missing: his weight
// to the other); part 2's two lines each (0.7 × 直接 + 0.3 × 间接) / 10 × 5: 工作能力 (0.7 × 8 + 0.3 × 9) / 10 × 5 = 4.15,
// 日常行为 (0.7 × 6 + 0.3 × 9) / 10 × 5 = 3.45, together 7.60.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/tickGroups58d', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total, p.band]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const warnings = (r: Report) => r.problems.filter((p) => p.severity === 'warning');
const score = (name: string) => gradedReport(fixture(name), { form: 'cs-dept-monthly' });

describe('§4 tick groups, headings not merged: a team\'s column after a complete group is not the group\'s', () => {
  it('「面谈确认」 of √, 间接 unrated: 87.60 良好 (was refused, 13 errors 实际为「面谈确认」)', async () => {
    // 直接 低标 on every item, 间接 none: his weight to 直接, part 1 100 × 0.8 = 80; + 7.60 = 87.60 良好.
    const r = await score('queren.xlsx');
    expect(totals(r)).toEqual([['孙七', 87.6, '良好']]);
    expect(errors(r)).toEqual([]);
    expect(warnings(r).map((p) => p.code)).toEqual(['rater-spread']);
  });

  it('「系数」 of 1, 直接 达成, 间接 unrated: 107.60 优秀 (was refused)', async () => {
    // 直接 达成 on every item: part 1 100 × 1 = 100; + 7.60 = 107.60 优秀.
    const r = await score('xishu-1.xlsx');
    expect(totals(r)).toEqual([['孙七', 107.6, '优秀']]);
    expect(errors(r)).toEqual([]);
  });

  it('「已核实」 of √, 间接 低标 on all but 值日: 87.60 良好, 值日 warned (was 12 rows 「勾了 2 格(低标、已核实)」)', async () => {
    // Both 低标 on 12 items, 值日 直接 低标 only (间接's weight to 直接): every item 0.8 → 80; + 7.60 = 87.60 良好.
    const r = await score('hecha-one-blank.xlsx');
    expect(totals(r)).toEqual([['孙七', 87.6, '良好']]);
    expect(errors(r)).toEqual([]);
    expect(warnings(r).map((p) => p.code)).toEqual(['rater-spread']);
    expect(warnings(r)[0]!.message).toContain('「值日」间接主管无人评分');
  });

  it('「得分」 of points, one of them 1, 间接 unrated: 87.60 良好 (was refused 「填的是「12」,不是勾」)', async () => {
    const r = await score('defen-with-1.xlsx');
    expect(totals(r)).toEqual([['孙七', 87.6, '良好']]);
    expect(errors(r)).toEqual([]);
  });

  it('a group short of 达成 (差 | 低标 | 得分) whose third column holds points with one 1: no ticks, 87.60 良好', async () => {
    // The 得分 column ends 间接's group (差 | 低标), which he left blank: as the 得分 above, 80 + 7.60 = 87.60.
    const r = await score('short-defen-with-1.xlsx');
    expect(totals(r)).toEqual([['孙七', 87.6, '良好']]);
    expect(errors(r)).toEqual([]);
  });

  it('nearest sound variant kept: 差 | 低标 | 达到, a tick under 达到 — still the group\'s, refused naming 达到', async () => {
    const r = await gradedReport(path.join(repoRoot, 'test/fixtures/tickGroups58b/um.xlsx'), { form: 'cs-dept-monthly' });
    expect(totals(r)).toEqual([['孙七', null, null]]);
    expect(errors(r)).toHaveLength(13);
    expect(errors(r)[0]!.message).toContain('实际为「达到」');
  });
});
