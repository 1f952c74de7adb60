// Follow-up of the review of 867cac78 (rt58 f4, class A). 8494278f kept a sub-heading that is no label in the group only
// inside the rater's MERGED heading. Headings not merged (um.xlsx, the reviewer's, kept as made): 差 | 低标 | 达到 (达到
// retyped for 达成) under 「直接主管评分」 | 「间接主管评分」, each followed by blank heading cells; 孙七 直接 低标, 间接 ticked
// under 达到 (I, after the last group, over a blank heading — 867cac78's 备注/得分 place). The group was cut to 差 | 低标,
// the tick dropped, 间接主管 unrated and his weight moved to 直接: 87.60 良好 at exit 0. The base (867cac78~1) refused it.
// um2.xlsx: 直接 ticked under 达到 (F) — refused as 「缺少直接主管的评分」, no word of 达到.
// The heading cannot tell 达到 from a team's 备注 or 得分; the marks can: the column right after the group's labels holding
// a tick mark on a row where the group's own columns are all blank is the group's (a label not the form's).
// CATALOG §4: item points = weight × coefficient × 100, coefficient = 0.7 × 直接 + 0.3 × 间接 (a rater missing: his weight
// to the other); part 2's two lines each (0.7 × 直接 + 0.3 × 间接) / 10 × 5. Fixtures: test/fixtures/tickGroups58b (make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/tickGroups58b', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total, p.band]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const warnings = (r: Report) => r.problems.filter((p) => p.severity === 'warning');
const score = (name: string) => gradedReport(fixture(name), { form: 'cs-dept-monthly' });
const ROWS = Array.from({ length: 13 }, (_, k) => k + 8);

describe('§4 tick groups, headings not merged: a ticked column right after the labels is the group\'s', () => {
  it('um.xlsx: 孙七 间接 ticked under 「达到」 — refused naming 达到 and the labels (was 87.60 良好 at exit 0)', async () => {
    const r = await score('um.xlsx');
    expect(totals(r)).toEqual([['孙七', null, null]]);
    expect(errors(r).map((p) => [p.code, p.cell])).toEqual(ROWS.map((row) => ['unknown-choice', `G${row}`]));
    expect(errors(r)[0]!.message).toContain('「拆包人均每小时20个·间接主管」应为以下之一:差 / 低标 / 达成');
    expect(errors(r)[0]!.message).toContain('实际为「达到」');
    // No longer 「间接主管无人评分」 with his weight moved to 直接.
    expect(warnings(r)).toEqual([]);
  });

  it('um2.xlsx: 孙七 直接 ticked under 「达到」 — refused naming 达到 (was 「缺少直接主管的评分」 without it)', async () => {
    const r = await score('um2.xlsx');
    expect(totals(r)).toEqual([['孙七', null, null]]);
    expect(errors(r).map((p) => [p.code, p.cell])).toEqual(ROWS.map((row) => ['unknown-choice', `D${row}`]));
    expect(errors(r)[0]!.message).toContain('「拆包人均每小时20个·直接主管」应为以下之一:差 / 低标 / 达成');
    expect(errors(r)[0]!.message).toContain('实际为「达到」');
    expect(r.problems.filter((p) => p.code === 'missing-rater')).toEqual([]);
  });

  it('one row ticked under 达到 (团队意识), 低标 elsewhere: that row refused (was 87.60 良好, 团队意识 间接 unrated)', async () => {
    const r = await score('one-row-daodao.xlsx');
    expect(totals(r)).toEqual([['孙七', null, null]]);
    expect(errors(r).map((p) => [p.code, p.cell])).toEqual([['unknown-choice', 'G15']]);
    expect(errors(r)[0]!.message).toContain('「团队意识·间接主管」应为以下之一:差 / 低标 / 达成');
  });

  it('nearest sound variant: a 得分 of numbers (孙七) or a 备注 of text (张三) after the last group, 间接 blank — as before', async () => {
    // 直接 低标 on every item, 间接 none: his weight to 直接, part 1 100 × 0.8 = 80; 工作能力 (0.7 × 8 + 0.3 × 9) / 10 × 5
    // = 4.15, 日常行为 (0.7 × 6 + 0.3 × 9) / 10 × 5 = 3.45: 87.60 良好 for both, 间接主管 unrated warned as before.
    const r = await score('defen-beizhu-blank.xlsx');
    expect(totals(r)).toEqual([['孙七', 87.6, '良好'], ['张三', 87.6, '良好']]);
    expect(errors(r)).toEqual([]);
    expect(warnings(r).map((p) => [p.person, p.code])).toEqual([['孙七', 'rater-spread'], ['张三', 'rater-spread']]);
    // 867cac78's and 8494278f's: a 备注 / 得分 sub-heading after the last group, and 达到 nobody ticks, still end the group.
    expect(totals(await gradedReport(path.join(repoRoot, 'test/fixtures/tickGroups57/one-sub-defen.xlsx'), { form: 'cs-dept-monthly' }))).toEqual([['孙七', 80, '良好']]);
    expect(totals(await gradedReport(path.join(repoRoot, 'test/fixtures/tickGroups58/one-daodao-unmerged.xlsx'), { form: 'cs-dept-monthly' }))).toEqual([['孙七', 87.6, '良好']]);
  });
});

describe('§4 a value beside a rater\'s tick group not counted: told to tick his own group', () => {
  it('「间接主管评分」 merged over G:J, J no sub-heading, a 1 in J: not advised to type it into 「直接主管评分」', async () => {
    const r = await score('merged-blank-sub.xlsx');
    // Scores unchanged by the wording: 孙七 (间接 blank) 80 + 4.15 + 3.45 = 87.60; 张三 低标 | 低标 80 + 7.60 = 87.60.
    expect(totals(r)).toEqual([['孙七', 87.6, '良好'], ['张三', 87.6, '良好']]);
    const said = warnings(r).filter((p) => p.code === 'unknown-column');
    expect(said.map((p) => [p.person, p.cell])).toEqual([['孙七', 'J8'], ['张三', 'J8']]);
    expect(said[0]!.message).toContain('列「间接主管评分」的这一格「1」没有计入:它不在间接主管的勾选列(G8:I8:差 / 低标 / 达成)里,间接主管这一项按没有评分处理');
    expect(said[1]!.message).toContain('间接主管这一项按勾选列的「低标」评分');
    for (const p of said) {
      expect(p.message).toContain('间接主管的评分请在他自己的勾选列中选中的一列打「√」');
      expect(p.message).not.toContain('填到「直接主管评分」列');
    }
  });
});
