// §2 property-cs-monthly on kpi's own roster template (headings 「员工基本标准·不符合项数」 …), each item scored
// max(0, 分值 − 不符合项数). A team typed each item's points there, as the seed's 评分 column asks: 一号管理处 10, 5, 15 …
// (every item at its 分值, sum 100) scored 0 × 14 = 0.00 待改进, 二号管理处 (sum 94) 6.00, at exit 0 and no word — while
// the same figures on people's sheets were refused. A row is refused by the sheets' rule (pointsForCounts): three items or
// more, every filled count at least 3 and half its 分值 (≤ 分值), at least half of them at the 分值.
// Fixtures: test/fixtures/countsAsPoints50/make.py (分值 in template order: 10 5 15 10 10 5 10 5 5 5 5 5 5 5; bands from
// CATALOG's defaults: 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60, 待改进 < 60).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (name: string) => path.join(repoRoot, 'test/fixtures/countsAsPoints50', name);

async function graded(name: string) {
  const r = await gradedReport(at(name));
  const person = (who: string) => r.people.find((p) => p.name === who)!;
  const errors = r.problems.filter((p) => p.severity === 'error');
  return { r, person, errors };
}

describe('items’ points typed under the template’s count headings (property-cs roster)', () => {
  it('rows of points are refused as on people’s sheets; rows under the rule’s thresholds are scored as counts', async () => {
    const { person, errors } = await graded('points.xlsx');
    // 一号 every item at its 分值: 14 of 14 at least half, 14 at it. 二号 9 5 13 10 8 5 10 4 5 5 5 5 5 5: 4 ≥ 3 and ≥ 5/2,
    // 8 ≥ 10/2, 13 ≥ 15/2 — 14 of 14, 10 at the 分值 (10 × 2 ≥ 14). 四号 10 5 15 10 10 5 10 then 3 × 7: 7 at the 分值,
    // 7 × 2 ≥ 14. Read as counts: 0.00, 6.00, 0 + 7 × (5 − 3) = 14.00, all 待改进.
    expect(errors.map((e) => [e.code, e.person, e.cell])).toEqual([
      ['points-not-scale', '一号管理处', 'D2'],
      ['points-not-scale', '二号管理处', 'F3'],
      ['points-not-scale', '四号管理处', 'D4'],
    ]);
    for (const who of ['一号管理处', '二号管理处', '四号管理处']) expect(person(who)).toMatchObject({ total: null, status: 'error' });
    expect(errors[0]!.message).toContain('工作表「考核表」第 2 行里「员工基本标准」、「工作环境」、「业户接待」、「入伙服务、权籍资料管理」等 14 项填的数都不低于该项分值的一半,其中 14 项正好等于分值(如「员工基本标准」填 10,分值 10),像是直接填了得分');
    expect(errors[1]!.message).toContain('其中 10 项正好等于分值(如「工作环境」填 5,分值 5)');
    // 五号 10 5 15 10 10 5 (at the 分值), 装修管理 5 of 10, then 3 × 7: 6 at the 分值, 6 × 2 < 14 — counts:
    // 0 × 6 + (10 − 5) + 7 × (5 − 3) = 19.00 待改进.
    expect(person('五号管理处')).toMatchObject({ total: 19, band: '待改进', status: 'scored' });
    // 六号 every item at its 分值 but 业户接待 7 of 15, under half (7 < 7.5): 13 of 14 — counts: 15 − 7 = 8.00 待改进.
    expect(person('六号管理处')).toMatchObject({ total: 8, band: '待改进', status: 'scored' });
  });

  it('real months of counts stay scored, without a word', async () => {
    const { person, errors } = await graded('counts.xlsx');
    expect(errors).toEqual([]);
    // 甲 12 faults in 业户接待, the rest 0: 100 − 12 = 88 良好.
    expect(person('甲')).toMatchObject({ total: 88, band: '良好' });
    // 乙 10, 5, 15 (three items at their 分值), the rest 0 — 3 of 14 only: 100 − 30 = 70 一般.
    expect(person('乙')).toMatchObject({ total: 70, band: '一般' });
    // 丙 3 2 3 1 0 3 2 3 3 3 3 3 3 3 (0–3 everywhere; the 3s of 5-point items are half their 分值, the 3 of 员工基本标准
    // is not): 100 − 35 = 65 一般.
    expect(person('丙')).toMatchObject({ total: 65, band: '一般' });
    // 己 3 in each of the 14 items: 100 − 42 = 58 待改进. 戊 all 0: 100 优秀.
    expect(person('己')).toMatchObject({ total: 58, band: '待改进' });
    expect(person('戊')).toMatchObject({ total: 100, band: '优秀' });
  });

  it.each(['heading-d.xlsx', 'heading-e.xlsx'])('%s: 「X·不符合项」 and 「X(不符合项数)」 headings refuse the same rows', async (name) => {
    const { person, errors } = await graded(name);
    expect(errors.map((e) => [e.code, e.person])).toEqual([['points-not-scale', '一号管理处'], ['points-not-scale', '二号管理处']]);
    // 戊 all 0: 100 优秀.
    expect(person('戊')).toMatchObject({ total: 100, band: '优秀' });
  });

  it('bare headings: the advice is to type the counts, and no rename for a row of points', async () => {
    const { errors } = await graded('bare.xlsx');
    const message = (cell: string) => errors.find((e) => e.cell === cell)!.message;
    expect(message('D1')).toContain('请改填项数(没有就填 0);如果这些列填的确实是项数,请把列名改为「员工基本标准·不符合项数」这样');
    // 一号 and 二号 hold points by the sheets' rule: renamed as told, they are refused again — no rename offered.
    for (const cell of ['D2', 'D3']) {
      expect(message(cell)).toContain('这一行各项填的数都不低于分值的一半,至少一半正好等于分值,是得分,改列名也不会计入;请改填项数(没有就填 0)后重新评分');
      expect(message(cell)).not.toContain('列名改为');
    }
    // 西区 9 4 14 9 … (分值 − 1, none at it) is under the rule: typing counts first, the rename only if they are counts.
    expect(message('D4')).toContain('请改填项数(没有就填 0);如果这一列填的确实是项数,请把列名改为「员工基本标准·不符合项数」后重新评分');
    expect(errors).toHaveLength(4);
  });
});
