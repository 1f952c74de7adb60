// Review 59 finding. Fixtures: test/fixtures/fx59c/ (make.py).
// §27 cs-checklist: a 「综合评价」 row with a value in the tick column ends the item table where the footer group's lines
// follow it (9c2f30ce) — but four of the five lines (服务质量, 工作态度, 工作效率, 问题解决能力) are area names, so the team's
// 「综合评价 | | 良好」 row among the areas took the next area's row for those lines: between 工作态度 and 服务质量, 张三 20.83,
// 李四 25.00, 王五 12.50, all 待改进 at exit 0 (13 rows 「没有这些行」); right under the table heading, 「表格里没有找到本考核表的
// 任何项目…项目名称请按本表写」 at exit 2. An area's name with its criteria on or under its row is that area, not a line, and
// no 「综合评价」 row over it is the footer's heading (a bare one between two areas ended the table alike).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx59c', name);
const scores = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.status, p.total === undefined ? null : Math.round(p.total * 100) / 100, p.band ?? null]);
const notInfo = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.flatMap((p) => p.problems).filter((p) => p.severity !== 'info');

// Ticks per area (工作态度 6, 服务质量 5, 工作效率 4, 问题解决能力 4), area = ticks ÷ boxes × 100, total = mean of the four:
// 张三 5/6, 4/5, 4/4, 2/4 → 83.33, 80, 100, 50 → 313.33 / 4 = 78.33 一般; 李四 all 19 → 100 优秀;
// 王五 3/6, 3/5, 2/4, 1/4 → 50, 60, 50, 25 → 185 / 4 = 46.25 待改进.
const checklist = [
  ['张三', 'scored', 78.33, '一般'],
  ['李四', 'scored', 100, '优秀'],
  ['王五', 'scored', 46.25, '待改进'],
];

describe('§27 a 「综合评价 | | 良好」 row among the areas is the team\'s added row, not the footer heading', () => {
  for (const [file, cell] of [['mid-overall.xlsx', 'C12'], ['top-overall.xlsx', 'C6'], ['top-overall-vertical.xlsx', 'C6']] as const) {
    it(`${file}: every area read, 「良好」 at ${cell} warned as not counted`, async () => {
      const r = await gradedReport(fixture(file), { form: 'cs-checklist' });
      expect(scores(r)).toEqual(checklist);
      const said = notInfo(r);
      expect(said.map((p) => [p.severity, p.cell])).toEqual([['warning', cell], ['warning', cell], ['warning', cell]]);
      expect(said[0]!.message).toContain('这一行「综合评价」不是本考核表的项目,填的「良好」没有计入总分');
    });
  }

  it('mid-bare.xlsx: a bare 「综合评价」 row between 工作态度 and 服务质量 (20.83 / 25.00 / 12.50 待改进 before, since the footer heading was read) is passed over', async () => {
    const r = await gradedReport(fixture('mid-bare.xlsx'), { form: 'cs-checklist' });
    expect(scores(r)).toEqual(checklist);
    expect(notInfo(r)).toEqual([]);
  });

  // The nearest sound sheet: the heading with 「良好」 at the end over its lines, the first of them an area's name (业务能力
  // left out) with no criteria under it — still the footer (9c2f30ce), the value warned at C25 (areas merged) / C29 (one
  // heading row each: 4 more rows).
  for (const [file, cell] of [['end-grade-area-line-first.xlsx', 'C25'], ['end-grade-vertical.xlsx', 'C29']] as const) {
    it(`${file}: the footer heading still ends the table, its lines not read as the areas`, async () => {
      const r = await gradedReport(fixture(file), { form: 'cs-checklist' });
      expect(scores(r)).toEqual(checklist);
      expect(notInfo(r).map((p) => [p.severity, p.cell])).toEqual([['warning', cell], ['warning', cell], ['warning', cell]]);
    });
  }
});
