// fx61f (1): §4 / §30 tick groups printed with ○ in every cell (a template's empty circles): a row a rater left so,
// ○ | ○ | ○, was refused as ticked three ways — 「勾了 3 格」, everyone unscored at exit 1. It is unticked, as a row of
// ☐ | ☐ | ☐ is (tickMarks60, ce3b3a78). A ○ beside a blank cell is still a mark. Fixtures: test/fixtures/fx61f (make.py).
// CATALOG §4: item points = weight × 100 × (0.7 × 直接 + 0.3 × 间接), 差 0.6 / 低标 0.8 / 达成 1; a rater absent on an
// item leaves it to the other alone. §30: each item 0.7 × 上级 + 0.3 × 客户 (优秀 100 / 良好 80), 客户 absent → 上级 alone.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (dir: string, name: string) => path.join(repoRoot, 'test/fixtures', dir, name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total, p.band]);
const notInfo = (r: Report) => r.problems.filter((p) => p.severity !== 'info');
const said = (r: Report) => notInfo(r).map((p) => [p.severity, p.code, p.sheet, p.cell]);

describe('§4 / §30: ○ | ○ | ○ left unticked is blank, as ☐ | ☐ | ☐', () => {
  it('§4 间接 ○ in every cell of every item (part 2 blank): 直接 alone — 109.00 / 92.00 / 61.00, as the ☐ sheets', async () => {
    // 张三 达成 on 13: 100; part 2 直接 alone 8 / 10 × 5 + 10 / 10 × 5 = 9: 109.00 优秀. 李四 直接 alone 88.0 + 2.5 + 1.5 =
    // 92.00 优秀. 王五 差 on 13: 60 + 0.5 + 0.5 = 61.00 一般.
    const r = await gradedReport(fixture('fx61f', 's4-circles-noind.xlsx'), { form: 'cs-dept-monthly' });
    const box = await gradedReport(fixture('tickMarks60', 's4-box-noind.xlsx'), { form: 'cs-dept-monthly' });
    expect(totals(r)).toEqual([['张三', 109, '优秀'], ['李四', 92, '优秀'], ['王五', 61, '一般']]);
    expect(said(r)).toEqual(said(box));
  });

  it('§4 间接 ○ | ○ | ○ on 拆包 only: 直接 alone there — 108.70 / 92.30 / 71.20, as ☐ there', async () => {
    // 拆包 (15) by 直接 alone: 张三 15 as before 108.70; 李四 15 for 0.94 × 15 = 14.1: 91.40 + 0.9 = 92.30;
    // 王五 0.6 × 15 = 9 for 0.72 × 15 = 10.8: 73.00 − 1.8 = 71.20.
    const r = await gradedReport(fixture('fx61f', 's4-circles-skip1.xlsx'), { form: 'cs-dept-monthly' });
    expect(totals(r)).toEqual([['张三', 108.7, '优秀'], ['李四', 92.3, '优秀'], ['王五', 71.2, '一般']]);
    expect(said(r).map(([s, c]) => [s, c])).toEqual([['warning', 'rater-spread'], ['warning', 'rater-spread'], ['warning', 'rater-spread']]);
  });

  it('§30 客户 ○ in every cell: 上级 良好 alone, 80 on all 12: 80.00 良好', async () => {
    const r = await gradedReport(fixture('fx61f', 's30-circles-nocust.xlsx'), { form: 'cs-ability' });
    const box = await gradedReport(fixture('tickMarks60', 's30-box-nocust.xlsx'), { form: 'cs-ability' });
    expect(totals(r)).toEqual([['王五', 80, '良好']]);
    expect(said(r)).toEqual(said(box));
  });

  it('§30 客户 ○ | ○ | ○ | ○ on item 1 only: 85.50 良好, the gap warned', async () => {
    // Item 1 上级 80 alone; the other 11 0.7 × 80 + 0.3 × 100 = 86: 专业知识 (80 + 86 + 86) / 3 = 84;
    // (84 + 86 + 86 + 86) / 4 = 85.50 良好.
    const r = await gradedReport(fixture('fx61f', 's30-circles-skip1.xlsx'), { form: 'cs-ability' });
    expect(totals(r)).toEqual([['王五', 85.5, '良好']]);
    expect(notInfo(r).map((p) => [p.severity, p.code])).toEqual([['warning', 'rater-spread']]);
  });

  it('still refused: ○ | ○ | | ○ (a blank among the circles) — the ○s may be marks, two answers', async () => {
    const r = await gradedReport(fixture('fx61f', 's30-circles-gap.xlsx'), { form: 'cs-ability' });
    expect(totals(r)).toEqual([['王五', null, null]]);
    expect(notInfo(r).filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([['tick-group', 'G8']]);
  });
});

// ☒ — a crossed box — was no mark at all in a tick group (「不是勾」): in a group of columns where one is chosen it is the
// one chosen (Word's checked box; cs-checklist lists it among √'s spellings). In a √ / × answer it stays as it was: beside ☑
// it is commonly the 否 (Wingdings 2 R / T: symbolFonts49, 95.56), typed it is asked about — not guessed.
describe('☒ in a tick group is the column chosen', () => {
  it('§30 上级 ☒ 良好, 客户 ☒ 优秀 (○ in the other cells): 0.7 × 80 + 0.3 × 100 = 86 on all 12: 86.00 良好, as √', async () => {
    const r = await gradedReport(fixture('fx61f', 's30-crossed-box.xlsx'), { form: 'cs-ability' });
    const tick = await gradedReport(fixture('tickMarks60', 's30-tick-circle.xlsx'), { form: 'cs-ability' });
    expect(totals(r)).toEqual([['王五', 86, '良好']]);
    expect(said(r)).toEqual(said(tick));
  });

  it('§25 是/否 typed √ and ☒: ☒ in a √ / × answer is not guessed (refused at its cell, as before)', async () => {
    const r = await gradedReport(fixture('fx61f', 'pcs-typed-box.xlsx'));
    expect(r.people[0]?.status).not.toBe('scored');
    expect(r.problems.some((p) => p.severity === 'error' && /☒/.test(p.message))).toBe(true);
  });

  it('still 否: √ and × — 4 × 1/2 = 2 → 43 / 45 × 100 = 95.56 优秀', async () => {
    const r = await gradedReport(fixture('fx61f', 'pcs-typed-cross.xlsx'));
    expect(r.people[0]).toMatchObject({ name: '李四', total: expect.closeTo(95.56, 2), band: '优秀', status: 'scored' });
  });
});
