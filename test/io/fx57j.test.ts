// §7 cs-specialist-monthly (items scored 0..权分 by 自评 and 主管, only the 主管's counting): the 57th red team's sheets.
// Fixtures: test/fixtures/fx57j (make.py; rt/ holds the tester's own workbooks, /tmp/rt57R). The seed's layout 考核面 (merged
// down each part) | 序号 | 指标 | 权分 | <one score column> | 备注; the 主管's marks:
// 张三 能力 2 + 7 + 2 + 4 + 3 = 18, 态度 5 + 4 + 4 + 5 + 4 + 5 = 27, 业绩 9 + 8 + 8 + 9 + 9 = 43 → 88.00 良好 (80 ≤ x < 90);
// 李四 能力 1.5 + 6 + 1 + 3 + 2 = 13.5, 态度 4 + 4 + 3 + 4 + 4 + 3 = 22, 业绩 7 + 7 + 6 + 8 + 7 = 35 → 70.50 一般 (60 ≤ x < 80).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fx = (name: string) => path.join(repoRoot, 'test/fixtures/fx57j', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total === null || p.total === undefined ? null : Number(p.total.toFixed(2)), p.band]);
const said = (r: Report) => r.problems.map((p) => [p.severity, p.code, (p.params as { case?: string }).case, `${p.sheet ?? ''}!${p.cell ?? ''}`]);
const RIGHT = [['张三', 88, '良好'], ['李四', 70.5, '一般']];
const opts = { form: 'cs-specialist-monthly' };

describe('§7 one column of marks headed 得分 / 评分 / 分数 / 实得分, no 自评 or 主管 column: the 主管\'s, said', () => {
  // It was refused: 评分 and 分数 「请把填了答案的「考核面」列的表头改为「主管」」 (考核面 holds the parts), 得分 and 实得分
  // 「本表的项目按填写的次数、等级计算,不直接读得分」 (every §7 item is a score typed in) — 张三 unscored for 88.00 良好.
  for (const heading of ['评分', '分数', '得分', '实得分']) {
    it(`「${heading}」: 88.00 良好 and 70.50 一般, one info each at E3 that it was read as the 主管's`, async () => {
      for (const file of [fx(`one-${heading}.xlsx`), fx(`rt/s7_one_${heading}.xlsx`)]) {
        const r = await gradedReport(file, opts);
        expect(totals(r)).toEqual(RIGHT);
        expect(said(r)).toEqual([['info', 'unknown-column', 'lone-score', '张三!E3'], ['info', 'unknown-column', 'lone-score', '李四!E3']]);
        expect(r.problems[0]!.message).toBe(`张三!E3:张三:工作表「张三」只有一列分数「${heading}」,没有写明是谁评的:本表只计「主管」的评分,已按「主管」的评分读取;不是「主管」的评分时请改正列名后重新评分`);
      }
    });
  }

  it('「考核得分」, 「主管得分」, 「主管评分」 (the appraiser\'s or the 主管\'s by name) read as before, nothing to say', async () => {
    for (const heading of ['考核得分', '主管得分', '主管评分']) {
      const r = await gradedReport(fx(`rt/s7_one_${heading}.xlsx`), opts);
      expect(totals(r)).toEqual(RIGHT);
      expect(said(r)).toEqual([]);
    }
  });

  it('「自评 | 得分」 still 88.00 / 70.50 with nothing said (得分 beside the self-rating, specialist50); 「自评 | 评分」 and 自评 alone still refused', async () => {
    const scored = await gradedReport(fx('self-得分.xlsx'), opts);
    expect([totals(scored), said(scored)]).toEqual([RIGHT, []]);
    for (const file of ['self-评分.xlsx', 'self-only.xlsx']) {
      const r = await gradedReport(fx(file), opts);
      expect(totals(r)).toEqual([['张三', null, null], ['李四', null, null]]);
      expect(r.problems.filter((p) => p.code === 'rater-copy-alone')).toHaveLength(2);
      expect(r.problems.some((p) => (p.params as { case?: string }).case === 'lone-score')).toBe(false);
    }
  });

  it('「结果」 alone stays refused, said as 「结果」 with no claim the items are counts (it was 「只有「得分」列…按填写的次数、等级计算」)', async () => {
    const r = await gradedReport(fx('one-结果.xlsx'), opts);
    expect(totals(r)).toEqual([['张三', null, null], ['李四', null, null]]);
    expect(r.problems[0]!.message).toBe('工作表「张三」列出了本考核表的项目,但第 3 行表头只有「结果」列,没有「主管」列:本表各项直接打分,看不出「结果」是哪位评分人的分数,此人未评分;是「主管」的评分时,请把「结果」列的表头改为「主管」后重新评分');
  });

  it('a heading kpi does not read (「成绩」) names that column, not 考核面 merged over the parts', async () => {
    const r = await gradedReport(fx('one-成绩.xlsx'), opts);
    expect(totals(r)).toEqual([['张三', null, null], ['李四', null, null]]);
    expect(r.problems[0]!.message).toContain('请把填了答案的「成绩」列的表头改为「主管」后重新评分');
  });

  it('two such columns (「评分 | 分数」): whose is which is not told — refused, not read', async () => {
    const r = await gradedReport(fx('two-评分-分数.xlsx'), opts);
    expect(totals(r)).toEqual([['张三', null, null], ['李四', null, null]]);
    expect(r.problems.some((p) => (p.params as { case?: string }).case === 'lone-score')).toBe(false);
  });
});

describe('§7 roster with item headings shortened: the missing column\'s error names the short heading', () => {
  // 客户沟通 (客户沟通交流), 计划制定 (客服计划制定), 掌握业务 (掌握公司业务): each its item's name with characters left
  // out, and no other item's. They were listed as no item of the form, the 「缺少列」 errors naming nothing beside them.
  it('roster-abbr (and the tester\'s s7r_abbr): each error at the short heading\'s cell, none listed as ignored', async () => {
    for (const file of [fx('roster-abbr.xlsx'), fx('rt/s7r_abbr.xlsx')]) {
      const r = await gradedReport(file, opts);
      const columns = r.problems.filter((p) => p.code === 'item-not-found');
      expect(columns.map((p) => [p.severity, p.cell])).toEqual([['error', 'D1'], ['error', 'E1'], ['error', 'G1'], ['error', 'M1']]);
      expect(columns[0]!.message).toBe('工作表「3月考核」缺少列「客户沟通交流·主管」,无法为「客户沟通交流」评分;这一列「客户沟通」没有认出,像是它改了名:是的话请把列名改回「客户沟通交流·主管」后重新评分');
      expect(r.problems.some((p) => (p.params as { case?: string }).case === 'ignored')).toBe(false);
    }
  });

  it('「是否主动」 for 主动承担责任 is in order in 是否积极主动,行为得体 too: not named, listed as ignored as before', async () => {
    const r = await gradedReport(fx('roster-ambiguous.xlsx'), opts);
    const column = r.problems.find((p) => p.code === 'item-not-found')!;
    expect(column.message).toBe('工作表「3月考核」缺少列「是否主动承担更多的责任·主管」,无法为「是否主动承担更多的责任」评分(列名可写作「是否主动承担更多的责任·主管」)');
    expect(r.problems.find((p) => (p.params as { case?: string }).case === 'ignored')!.message).toBe('工作表「3月考核」中这些列不是本考核表的项目,已忽略:「是否主动」(J1)');
  });

  it('the full headings: 88.00 良好 and 70.50 一般, nothing said', async () => {
    const r = await gradedReport(fx('roster-full.xlsx'), opts);
    expect([totals(r), said(r)]).toEqual([RIGHT, []]);
  });
});
