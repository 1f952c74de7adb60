// Review of 8494278f (rt58 f4, f30). Files in test/fixtures/tickGroups58c (make.py, the reviewer's generators).
// 1. 8494278f kept every sub-heading inside the rater's merged heading in the group, a team's own column too:
//    「直接主管评分」 and 「间接主管评分」 each merged over 差 | 低标 | 达成 | 得分 (points 9, 12 …) or | 备注 (text 按时, 好):
//    each 9 or 按时 read as no tick — both people refused with 52 tick-group errors, where the base scored 孙七 66.00 一般 and
//    张三 94.20 优秀. Now a sub-heading that is a team's own column word (rowKinds' 得分 | 分数 | 备注 | 说明 …, 系数, 评语,
//    意见) ends the group inside the span as outside it; an unknown word (达到 for 达成, tickGroups58) stays in the group,
//    and so does a team word whose column holds ticks where the labels are blank (5e090b90's marks).
// 2. §30 cs-ability labels printed 优秀1.0 | 良好0.8 | 一般0.6 | 较差0.4 (the form's 100 | 80 | 60 | 40): 8 warnings
//    「本表「优秀」的系数是 100」 though 1.0 is 100 % of the top 100. Coefficients written are compared on the form's scale.
// CATALOG §4: item points = weight × coefficient × 100, coefficient = 0.7 × 直接 + 0.3 × 间接; part 2's two lines each
// (0.7 × 直接 + 0.3 × 间接) / 10 × 5. §30: each item 0.7 × 上级 + 0.3 × 客户, 优秀 100 / 良好 80 / 一般 60 / 较差 40.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/tickGroups58c', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total, p.band]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const warnings = (r: Report) => r.problems.filter((p) => p.severity === 'warning');

describe('§4 a team\'s 得分 / 备注 inside the rater\'s merged heading ends the tick group', () => {
  it('得分 of points, 备注 of text: 孙七 66.00 一般, 张三 94.20 优秀 (were both refused, 52 tick-group errors)', async () => {
    // 孙七 差 | 差: 100 × 0.6 = 60 + (0.7 × 6 + 0.3 × 6) / 10 × 5 × 2 = 3 + 3 → 66.00 一般.
    // 张三 低标 | 达成: (0.7 × 0.8 + 0.3 × 1) × 100 = 86 + (0.7 × 8 + 0.3 × 6) / 2 = 3.7 + (0.7 × 9 + 0.3 × 9) / 2 = 4.5
    // → 94.20 优秀.
    for (const f of ['e-defen-pts.xlsx', 'e-beizhu-text.xlsx']) {
      const r = await gradedReport(fixture(f), { form: 'cs-dept-monthly' });
      expect(totals(r)).toEqual([['孙七', 66, '一般'], ['张三', 94.2, '优秀']]);
      expect(errors(r)).toEqual([]);
      expect(r.problems.filter((p) => p.code === 'tick-group')).toEqual([]);
      // The team's column not counted, said once a column (G 直接's, K 间接's) as at the base.
      expect(warnings(r).map((p) => [p.person, p.code, p.cell])).toEqual([
        ['孙七', 'unknown-column', 'G8'], ['孙七', 'unknown-column', 'K8'], ['张三', 'unknown-column', 'G8'], ['张三', 'unknown-column', 'K8'],
      ]);
      expect(warnings(r)[0]!.message).toContain('直接主管的勾选列(D8:F8:差 / 低标 / 达成)');
    }
  });

  it('nearest sound variant kept: 直接 ticks under the in-span 「得分」 with 差 | 低标 | 达成 blank — refused', async () => {
    // The group 差 | 低标 | 达成 is complete, so 「得分」 ends it (5fa101c1): the 1s under it are no answer, and 直接主管 has
    // none on any item — refused, never scored from 间接 alone.
    const r = await gradedReport(fixture('e-defen-ticked.xlsx'), { form: 'cs-dept-monthly' });
    expect(totals(r)).toEqual([['孙七', null, null]]);
    const errs = errors(r);
    expect(errs.filter((p) => p.code === 'missing-rater').map((p) => p.cell)).toEqual(Array.from({ length: 13 }, (_, k) => `D${k + 8}`));
    expect(errs.find((p) => p.code === 'missing-rater')!.message).toContain('缺少「直接主管」的评分');
  });
});

describe('§30 labels with a coefficient on the form\'s scale: no tick-coefficient warning', () => {
  it('优秀1.0 | 良好0.8 … and 优秀100% | 良好80% …: 86.00 良好, no warning (were 8 warnings)', async () => {
    // 上级 良好, 客户 优秀 on all 12 items: 0.7 × 80 + 0.3 × 100 = 86 each → 86.00 良好.
    for (const f of ['c-coef.xlsx', 'c-pct.xlsx']) {
      const r = await gradedReport(fixture(f), { form: 'cs-ability' });
      expect(totals(r)).toEqual([['王五', 86, '良好']]);
      expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    }
  });

  it('a coefficient off the scale (良好0.5: 50 for 80) is still warned, scored with 80', async () => {
    const r = await gradedReport(fixture('c-coef-off.xlsx'), { form: 'cs-ability' });
    expect(totals(r)).toEqual([['王五', 86, '良好']]);
    expect(warnings(r).map((p) => [p.code, p.cell])).toEqual([['tick-coefficient', 'D6'], ['tick-coefficient', 'H6']]);
    expect(warnings(r)[0]!.message).toContain('勾选列表头「良好0.5」按「良好」读');
  });
});
