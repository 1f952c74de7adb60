// Review 60 finding. Fixtures: test/fixtures/fx60r/ (make.py).
// §27 cs-checklist: fa13f94c kept the team's 「综合评价 | | 良好」 row between 工作态度 and 服务质量 from ending the item table
// when 服务质量's rows showed one of the form's criteria word for word. With 服务质量's criteria retyped as a team does
// (shortened, 「与」 → 「和」, 「能够」 → 「能」) the 综合评价 row ended the table there again: 张三 20.83, 李四 25.00, 王五 12.50,
// all 待改进 at exit 0 (13 rows 「没有这些行」, three areas 「都没有勾选」). An area's name with a row of it below (the name
// merged down over it, or none) holding a criterion in any wording is that area; its retyped criteria are then read as
// usual, as on the same sheet without the 综合评价 row.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx60r', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const scores = (r: Report) => r.people.map((p) => [p.name, p.status, p.total === undefined ? null : Math.round(p.total * 100) / 100, p.band ?? null]);
const said = (r: Report) => r.people.flatMap((p) => p.problems).filter((p) => p.severity !== 'info').map((p) => [p.severity, p.cell ?? null, p.message]);

// Ticks per area (工作态度 6, 服务质量 5, 工作效率 4, 问题解决能力 4), area = ticks ÷ boxes × 100, total = mean of the four:
// 张三 5/6, 4/5, 4/4, 2/4 → 83.33, 80, 100, 50 → 313.33 / 4 = 78.33 一般; 李四 all 19 → 100 优秀;
// 王五 3/6, 3/5, 2/4, 1/4 → 50, 60, 50, 25 → 185 / 4 = 46.25 待改进.
const checklist = [
  ['张三', 'scored', 78.33, '一般'],
  ['李四', 'scored', 100, '优秀'],
  ['王五', 'scored', 46.25, '待改进'],
];

describe('§27 「综合评价 | | 良好」 over an area whose criteria are retyped is the team\'s added row, not the footer heading', () => {
  it('mid-overall-shortened.xlsx: 服务质量\'s five shortened — every area read, 「良好」 at C12 warned as not counted (20.83 / 25.00 / 12.50 before)', async () => {
    const r = await gradedReport(fixture('mid-overall-shortened.xlsx'), { form: 'cs-checklist' });
    expect(scores(r)).toEqual(checklist);
    const s = said(r);
    expect(s.map(([sev, cell]) => [sev, cell])).toEqual([['warning', 'C12'], ['warning', 'C12'], ['warning', 'C12']]);
    expect(s[0]![2]).toContain('这一行「综合评价」不是本考核表的项目,填的「良好」没有计入总分');
  });

  // One criterion with a word changed (「善于和客户建立良好关系」): on the sheet without the 综合评价 row it is refused, named as
  // 「像是「善于建立良好关系」」 (the 评价内容 cell's own label, not 「服务质量·…」: red-team 63) — the same here, one row
  // down, with the 「良好」 warned besides.
  for (const [file, row, heading] of [['mid-overall-retyped.xlsx', 15, 'C12'], ['mid-overall-retyped-vertical.xlsx', 17, 'C13'], ['mid-bare-retyped.xlsx', 15, null]] as const) {
    it(`${file}: read as the sheet without the 综合评价 row (a row below, not the table's end)`, async () => {
      const control = await gradedReport(fixture('retyped.xlsx'), { form: 'cs-checklist' });
      const r = await gradedReport(fixture(file), { form: 'cs-checklist' });
      expect(scores(r)).toEqual(scores(control));
      expect(scores(r).map((p) => p[1])).toEqual(['error', 'error', 'error']);
      const moved = (s: ReturnType<typeof said>) => s.filter(([, cell]) => heading === null || cell !== heading).map(([sev, cell, m]) => [sev, cell === 'C14' ? `C${row}` : cell, String(m).replace('C14', `C${row}`)]);
      expect(moved(said(r))).toEqual(moved(said(control)));
      expect(said(r).some(([, , m]) => String(m).includes('这一行「良好的沟通能力,善于和客户建立良好关系」没有认出(像是「善于建立良好关系」)'))).toBe(true);
      expect(said(r).filter(([, cell, m]) => String(m).includes('这一行「综合评价」')).map(([, cell]) => cell)).toEqual(heading ? [heading, heading, heading] : []);
    });
  }

  // The nearest sound sheet: the footer heading with 「良好」 at the end over its lines (业务能力 left out, 服务质量 first), each
  // line's comment typed in the criteria column — still the footer (the row under 服务质量 is another line), 「良好」 at C25.
  it('end-grade-comments-in-criteria.xlsx: the footer heading still ends the table', async () => {
    const r = await gradedReport(fixture('end-grade-comments-in-criteria.xlsx'), { form: 'cs-checklist' });
    expect(scores(r)).toEqual(checklist);
    expect(said(r).map(([sev, cell]) => [sev, cell])).toEqual([['warning', 'C25'], ['warning', 'C25'], ['warning', 'C25']]);
  });
});
