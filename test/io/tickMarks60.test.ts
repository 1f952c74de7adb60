// Review 60 of f5e13fb9 (a not-chosen mark blank only beside a tick): a printed checkbox row left unticked — ☐ | ☐ | ☐, or
// 0 | 0 | 0 — by a rater who did not rate was refused 「填的是「☐」,不是勾」, everyone unscored at exit 1 (§30 also told of
// made-up raters 「客户2」「客户3」 under the group's other columns). Nobody chooses with an empty box or a 0: ☐, □ and 0 are
// blank even alone (as before f5e13fb9); ×, ✗, ✘, ✕, 否 alone stay refused (a rater may choose with ×). And √ with ○
// printed in every other cell of the row was refused 「勾了 3 格」: those ○ are the form's print, not chosen (as beside ●).
// Fixtures: test/fixtures/tickMarks60 (make.py, after the reviewer's t4.py / t30.py).
// CATALOG §4: item points = weight × 100 × (0.7 × 直接 + 0.3 × 间接), coefficient 差 0.6 / 低标 0.8 / 达成 1; a rater
// absent on an item leaves it to the other alone; part 2's lines each (0.7 × 直接 + 0.3 × 间接) / 10 × 5.
// CATALOG §30: each item 0.7 × 上级 + 0.3 × 客户 (优秀 100 / 良好 80 / 一般 60 / 较差 40), 客户 absent → 上级 alone;
// a dimension the mean of its 3 items, the total the mean of the 4 dimensions.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/tickMarks60', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total, p.band]);
const notInfo = (r: Report) => r.problems.filter((p) => p.severity !== 'info');
const said = (r: Report) => notInfo(r).map((p) => [p.severity, p.code, p.sheet, p.cell]);

describe('§4 cs-dept-monthly: ☐ printed in every cell a rater did not tick is blank (was refused at exit 1)', () => {
  it('间接 ☐ | ☐ | ☐ on every item (part 2 blank): 直接 alone, as the sheets left blank', async () => {
    // 张三 达成 on 13: 100; part 2 直接 alone 8 / 10 × 5 = 4, 10 / 10 × 5 = 5: 109.00 优秀.
    // 李四 直接 alone: 15 × 1 + 15 × 0.8 + 7 × 0.6 + 8 + 8 × 0.8 + 7 + 6 + 6 × 0.6 + 6 × 0.8 + 6 + 6 + 5 × 0.8 + 5 = 88.0;
    // 5 / 10 × 5 = 2.5, 3 / 10 × 5 = 1.5: 92.00 优秀. 王五 差 on 13: 60; 1 / 10 × 5 = 0.5 twice: 61.00 一般.
    const r = await gradedReport(fixture('s4-box-noind.xlsx'), { form: 'cs-dept-monthly' });
    const b = await gradedReport(fixture('s4-blank-noind.xlsx'), { form: 'cs-dept-monthly' });
    expect(totals(r)).toEqual([['张三', 109, '优秀'], ['李四', 92, '优秀'], ['王五', 61, '一般']]);
    expect(totals(b)).toEqual(totals(r));
    expect(said(r)).toEqual(said(b));
    expect(notInfo(r).every((p) => p.severity === 'warning' && p.code === 'rater-spread')).toBe(true);
  });

  it('☑ with ☐, 间接 ☐ | ☐ | ☐ on 拆包 only: 直接 alone there, the gap warned (as blank)', async () => {
    // 拆包 (weight 15) by 直接 alone: 张三 达成 15 as before: 108.70. 李四 达成 → 15 for 0.94 × 15 = 14.1: 91.40 + 0.9 =
    // 92.30. 王五 差 → 0.6 × 15 = 9 for 0.72 × 15 = 10.8: 73.00 − 1.8 = 71.20.
    const r = await gradedReport(fixture('s4-box-skip1.xlsx'), { form: 'cs-dept-monthly' });
    const b = await gradedReport(fixture('s4-blank-skip1.xlsx'), { form: 'cs-dept-monthly' });
    expect(totals(r)).toEqual([['张三', 108.7, '优秀'], ['李四', 92.3, '优秀'], ['王五', 71.2, '一般']]);
    expect(totals(b)).toEqual(totals(r));
    expect(said(r)).toEqual(said(b));
    expect(said(r).map(([s, c]) => [s, c])).toEqual([['warning', 'rater-spread'], ['warning', 'rater-spread'], ['warning', 'rater-spread']]);
  });

  it('√ with ○ printed in every other cell: the √ (were 「勾了 3 格」)', async () => {
    // As the √ sheets (tickMarks59): 108.70 优秀, 91.40 优秀, 73.00 一般. (○ | | √ stays two answers: tickMarks59.)
    const r = await gradedReport(fixture('s4-tick-circle.xlsx'), { form: 'cs-dept-monthly' });
    expect(totals(r)).toEqual([['张三', 108.7, '优秀'], ['李四', 91.4, '优秀'], ['王五', 73, '一般']]);
    expect(notInfo(r)).toEqual([]);
  });
});

describe('§30 cs-ability: 客户 ☐ or 0 in every cell is 客户 not rating (was refused with 「客户2」「客户3」)', () => {
  it('客户 ☐ | ☐ | ☐ | ☐ and 0 | 0 | 0 | 0 on every item: 上级 良好 alone, 80 on all 12: 80.00 良好, as blank', async () => {
    const b = await gradedReport(fixture('s30-blank-nocust.xlsx'), { form: 'cs-ability' });
    expect(totals(b)).toEqual([['王五', 80, '良好']]);
    for (const f of ['s30-box-nocust.xlsx', 's30-zero-nocust.xlsx']) {
      const r = await gradedReport(fixture(f), { form: 'cs-ability' });
      expect(totals(r), f).toEqual([['王五', 80, '良好']]);
      expect(said(r), f).toEqual(said(b));
      expect(r.problems.some((p) => /客户[23]/.test(p.message)), f).toBe(false);
    }
  });

  it('☑ with ☐, 客户 ☐ on item 1 only: 85.50 良好, the gap warned', async () => {
    // Item 1 上级 良好 alone: 80; the other 11 0.7 × 80 + 0.3 × 100 = 86. 专业知识 (80 + 86 + 86) / 3 = 84;
    // total (84 + 86 + 86 + 86) / 4 = 85.50 良好.
    const r = await gradedReport(fixture('s30-box-skip1.xlsx'), { form: 'cs-ability' });
    expect(totals(r)).toEqual([['王五', 85.5, '良好']]);
    expect(notInfo(r).map((p) => [p.severity, p.code])).toEqual([['warning', 'rater-spread']]);
    expect(r.problems.some((p) => /客户[23]/.test(p.message))).toBe(false);
  });

  it('√ with ○ printed in the others: 0.7 × 80 + 0.3 × 100 = 86 on all 12: 86.00 良好', async () => {
    const r = await gradedReport(fixture('s30-tick-circle.xlsx'), { form: 'cs-ability' });
    expect(totals(r)).toEqual([['王五', 86, '良好']]);
    expect(notInfo(r)).toEqual([]);
  });

  it('still refused: 客户 × | × | × | × on every item (a rater may choose with ×), 「不是勾」', async () => {
    const r = await gradedReport(fixture('s30-x-nocust.xlsx'), { form: 'cs-ability' });
    expect(totals(r)).toEqual([['王五', null, null]]);
    const ticks = notInfo(r).filter((p) => p.code === 'tick-group');
    expect(ticks.length).toBe(12);
    expect(ticks[0]!.message).toContain('客户的勾选列(G8:J8:优秀 / 良好 / 一般 / 较差)里这一格填的是「×」,不是勾');
  });
});
