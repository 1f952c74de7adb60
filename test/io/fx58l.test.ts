// §27 cs-checklist, an own-made sheet 考核项目 | 评价内容 | 是否符合(√) with the footer written as a 「综合评价」 heading row
// and its five lines 业务能力 / 服务质量 / 工作态度 / 工作效率 / 问题解决能力 (the seed's 「- [ ] 业务能力:」 boxes), each comment
// in the tick column C: the lines named as areas were read as those areas' rows — 「这一行「(没写填写项)」不是「服务质量」
// 的填写项」, all three 未评分 at exit 1 for 78.33 一般, 100 优秀, 46.25 待改进. A √ in those lines likewise.
// Fixtures: test/fixtures/fx58l/ (make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx58l', name);
const scores = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.status, p.total === undefined ? null : Math.round(p.total * 100) / 100, p.band ?? null]);
// Ticks per area (工作态度 6, 服务质量 5, 工作效率 4, 问题解决能力 4), area = ticks ÷ boxes × 100, total = mean of the four:
// 张三 5/6, 4/5, 4/4, 2/4 → 83.33, 80, 100, 50 → 313.33 / 4 = 78.33 一般;
// 李四 all 19 → 100 优秀;
// 王五 3/6, 3/5, 2/4, 1/4 → 50, 60, 50, 25 → 185 / 4 = 46.25 待改进.
const expected = [
  ['张三', 'scored', 78.33, '一般'],
  ['李四', 'scored', 100, '优秀'],
  ['王五', 'scored', 46.25, '待改进'],
];

describe('§27 综合评价 heading row and its lines under the areas', () => {
  it('reads the lines under 「综合评价」 as the footer, comments in the tick column', async () => {
    const r = await gradedReport(fixture('comments_in_tick_column.xlsx'), { form: 'cs-checklist' });
    expect(scores(r)).toEqual(expected);
    expect(r.people.flatMap((p) => p.problems).filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('a √ on those lines is no item either', async () => {
    const r = await gradedReport(fixture('ticks_in_footer.xlsx'), { form: 'cs-checklist' });
    expect(scores(r)).toEqual(expected);
    expect(r.people.flatMap((p) => p.problems).filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('comments in column B scored as before', async () => {
    const r = await gradedReport(fixture('comments_in_b.xlsx'), { form: 'cs-checklist' });
    expect(scores(r)).toEqual(expected);
  });

  it('without the heading row the lines are still the areas\' rows: refused as before', async () => {
    const r = await gradedReport(fixture('comments_no_heading.xlsx'), { form: 'cs-checklist' });
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error', 'error']);
    const zhang = r.people[0]!.problems.filter((p) => p.severity === 'error');
    expect(zhang.map((p) => p.cell)).toEqual(['C26', 'C27', 'C28', 'C29']);
    expect(zhang[0]!.message).toContain('不是「服务质量」的填写项');
  });
});
