// §7 cs-specialist-monthly typed from the seed, as the fiftieth session's tester found it (fixtures: test/fixtures/specialist50,
// make.py; subtotal-beside-lo.xlsx is subtotal-beside.xlsx re-saved by LibreOffice). 主管 counts, 自评 is for reference (0).
// 张三 主管: 能力 2 + 6 + 1.5 + 4 + 2 = 15.5; 态度 5 + 4 + 4 + 5 + 4 + 4 = 26; 业绩 9 + 8 + 7 + 9 + 8 = 41; 82.50 良好 (80 ≤ x < 90).
// 李四 主管: 能力 1 + 6 + 2 + 3 + 3 = 15; 态度 4 + 5 + 4 + 4 + 5 + 5 = 27; 业绩 8 + 9 + 8 + 7 + 8 = 40; 82.00 良好.
// Their 自评 read as the score: 张三 18 + 28 + 42 = 88, 李四 20 + 30 + 50 = 100 优秀.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/specialist50', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total === null || p.total === undefined ? null : Number(p.total.toFixed(2)), p.band]);
const said = (r: Report) => r.problems.map((p) => `${p.severity} ${p.cell ?? ''} ${p.message}`);
const RIGHT = [['张三', 82.5, '良好'], ['李四', 82, '良好']];

describe('§7 rater columns headed with 得分 / 评分 / 评价 after the rater, or 考评分', () => {
  // 「自评 | 主管得分」, 「自评 | 上级得分」: refused as 「请把列名改为「主管」」 and 「只有「自评」的评分」; 「自评得分 | 主管得分」 as a
  // form of counts (「请用 kpi template」); 「自评分 | 考评分」 as only 自评. Each is 82.50 and 82.00, nothing to say.
  for (const [own, boss] of [['自评', '主管得分'], ['自评', '上级得分'], ['自评得分', '主管得分'], ['自评分', '考评分'], ['自评', '上级评价']]) {
    it(`「${own} | ${boss}」: 张三 82.50, 李四 82.00 良好`, async () => {
      const r = await gradedReport(at(`heading-${own}-${boss}.xlsx`), { form: 'cs-specialist-monthly' });
      expect(totals(r)).toEqual(RIGHT);
      expect(said(r)).toEqual([]);
    });
  }

  it('「自评 | 得分」: 得分 beside the self-rating is the 主管\'s marks, 82.50 and 82.00 (it was 「只有「自评」的评分」)', async () => {
    const r = await gradedReport(at('heading-自评-得分.xlsx'), { form: 'cs-specialist-monthly' });
    expect(totals(r)).toEqual(RIGHT);
    expect(said(r)).toEqual([]);
  });

  it('「自评得分 | 主管评分」: no advice to move the self-rating into 主管评分 (followed, 李四 100 优秀 for 82.00)', async () => {
    const r = await gradedReport(at('heading-自评得分-主管评分.xlsx'), { form: 'cs-specialist-monthly' });
    expect(totals(r)).toEqual(RIGHT);
    expect(said(r)).toEqual([]);
  });
});

describe('§7 a 小计 row under each part is the team\'s subtotal, skipped', () => {
  // 张三's subtotals: 自评 2 + 7 + 2 + 4 + 3 = 18, 主管 15.5 (and 28/26, 42/41); 李四's 20/15, 30/27, 50/40.
  it('「能力小计」 in 考核面, 指标 blank, =SUM under 自评 and 主管: 82.50 and 82.00 (it was six 「有两行」 errors, unscored)', async () => {
    const r = await gradedReport(at('subtotal-beside.xlsx'), { form: 'cs-specialist-monthly' });
    expect(totals(r)).toEqual(RIGHT);
    expect(said(r)).toEqual([]);
  });

  it('the same re-saved by LibreOffice (the formulas kept with 15.5, 26, 41 shown): 82.50 and 82.00', async () => {
    const r = await gradedReport(at('subtotal-beside-lo.xlsx'), { form: 'cs-specialist-monthly' });
    expect(totals(r)).toEqual(RIGHT);
    expect(said(r)).toEqual([]);
  });

  it('「能力小计」 in 指标 with the sums typed (18 | 15.5): no 「请在考核表定义文件里加上这一项」 (followed, counted twice)', async () => {
    const r = await gradedReport(at('subtotal-item.xlsx'), { form: 'cs-specialist-monthly' });
    expect(totals(r)).toEqual(RIGHT);
    expect(said(r)).toEqual([]);
  });

  it('a 小计 row whose figure is no sum (99 typed, for 15.5) is not passed over silently: the person is not scored', async () => {
    const r = await gradedReport(at('subtotal-off.xlsx'), { form: 'cs-specialist-monthly' });
    expect(r.people.map((p) => [p.name, p.total ?? null, p.status])).toEqual([['张三', null, 'error'], ['李四', null, 'error']]);
    expect(r.problems.filter((p) => p.person === '张三' && p.cell === 'E9' && p.severity === 'error')).toHaveLength(1);
  });
});

describe('§19 cs-rep (one rater): a 自评 column beside 填写 is left out as a self-rating, not advised into 填写', () => {
  // 填写: 服务质量 优秀 4, 良好 3, 一般 2 → 9/3 = 3 → 3/4 × 100 = 75; 专业知识 优秀, 优秀 → 100; 团队合作 良好 3, 一般 2 → 62.5;
  // 工作效率 62.5. Total (75 + 100 + 62.5 + 62.5)/4 = 75.00 一般. 自评 is 优秀 throughout: moved into 填写 it would be 100.
  it('75.00 一般 for all six, and a note that the self-rating does not count (it said 「请把它的分数填到「填写」列」)', async () => {
    const r = await gradedReport(at('csrep-selfcol.xlsx'));
    expect(totals(r)).toEqual(['张三', '李四', '王五', '赵六', '孙七', '周八'].map((n) => [n, 75, '一般']));
    const notes = r.problems.filter((p) => p.code === 'unknown-column');
    expect(notes).toHaveLength(6);
    expect(notes.every((p) => p.severity === 'info' && (p.params as { case?: string }).case === 'self-ignored')).toBe(true);
    expect(notes[0]!.message).toBe('张三!G8:张三:列「自评」是本人的自评,只作参考、不计分,没有计入:这一格填「优秀」,评分按「填写」列的「良好」;不必改动');
    expect(r.problems.some((p) => p.message.includes('请把它的分数填到'))).toBe(false);
  });
});
