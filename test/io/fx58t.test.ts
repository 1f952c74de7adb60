// §7 cs-specialist-monthly, one column of marks (c24d4800, 41e3a468) on a sheet its 考核人, title or tab says is 自评's.
// Fixtures: test/fixtures/fx58t (make.py, from the tester's /tmp/rv58A/t7). The 主管's marks:
// 张三 能力 2 + 7 + 2 + 4 + 3 = 18, 态度 5 + 4 + 4 + 5 + 4 + 5 = 27, 业绩 9 + 8 + 8 + 9 + 9 = 43 → 88.00 良好 (80 ≤ x < 90);
// 李四 能力 1.5 + 6 + 1 + 3 + 2 = 13.5, 态度 4 + 4 + 3 + 4 + 4 + 3 = 22, 业绩 7 + 7 + 6 + 8 + 7 = 35 → 70.50 一般 (60 ≤ x < 80).
// 自评's full marks (100) on the self sheets: catalog §7, 自评 is shown, not counted (weight 0).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, gradedReport, repoRoot } from '../helpers.js';

const fx = (name: string) => path.join(repoRoot, 'test/fixtures/fx58t', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total === null || p.total === undefined ? null : Number(p.total.toFixed(2)), p.band]);
const said = (r: Report) => r.problems.map((p) => [p.severity, p.code, (p.params as { case?: string }).case ?? '', `${p.sheet ?? ''}!${p.cell ?? ''}`]);
const RIGHT = [['张三', 88, '良好'], ['李四', 70.5, '一般']];
const UNSCORED = [['张三', null, null], ['李四', null, null]];
const opts = { form: 'cs-specialist-monthly' };
const garbled = (r: Report) => r.problems.filter((p) => /没有列|改为后|应为 \)/.test(p.message));

describe('§7 a 自评 sheet of one column of marks: read as 自评\'s, said, and refused as 自评 alone (not garbled)', () => {
  const alone = [
    ['s7_rater_benren.xlsx', '张三', '「考核人」写的是「本人」,是'],
    ['s7_title_self.xlsx', '张三', '标题「客服专员月度绩效考核表(员工自评)」写明是'],
    ['s7_tab_self.xlsx', '张三自评', '工作表名写明是'],
  ] as const;
  for (const [file, sheet, by] of alone) {
    it(`${file}: rater-copy-alone 「只有「自评」的评分」 per person (was 「没有列…改为后重新评分」 twice and a 考核人 mismatch)`, async () => {
      const r = await gradedReport(fx(file), opts);
      expect(totals(r)).toEqual(UNSCORED);
      const other = sheet.replace('张三', '李四');
      expect(said(r)).toEqual([
        ['info', 'unknown-column', 'lone-score', `${sheet}!E3`], ['error', 'rater-copy-alone', '', `${sheet}!C2`],
        ['info', 'unknown-column', 'lone-score', `${other}!E3`], ['error', 'rater-copy-alone', '', `${other}!C2`],
      ]);
      const heading = file === 's7_tab_self.xlsx' ? '评分' : '得分';
      expect(r.problems[0]!.message).toBe(`${sheet}!E3:张三:工作表「${sheet}」只有一列分数「${heading}」,${by}「自评」的评分:已按「自评」的评分读取;「自评」的评分只作参考,不计入总分`);
      expect(r.problems[1]!.message).toContain('这份表只有「自评」的评分,没有「主管」的评分(16 项都要有,必填),此人不评分');
      expect(garbled(r)).toEqual([]);
    });
  }

  it('the 主管\'s sheets beside the 自评 tabs (张三自评 / 李四自评, 评分): 88.00 良好, 70.50 一般, the self tabs said as not counted (was exit 1, both unscored)', async () => {
    const r = await gradedReport(fx('s7_boss_plus_selftabs.xlsx'), opts);
    expect(totals(r)).toEqual(RIGHT);
    expect(r.people[0]!.parts.map((p) => p.score)).toEqual([18, 27, 43]);
    expect(said(r)).toEqual([
      ['info', 'unknown-column', 'lone-score', '张三!E3'], ['info', 'unknown-column', 'lone-score', '张三自评!E3'],
      ['info', 'unknown-column', 'lone-score', '李四!E3'], ['info', 'unknown-column', 'lone-score', '李四自评!E3'],
    ]);
    expect(r.problems[1]!.message).toBe('张三自评!E3:张三:工作表「张三自评」只有一列分数「评分」,工作表名写明是「自评」的评分:已按「自评」的评分读取;「自评」的评分只作参考,不计入总分');
  });

  it('the 主管\'s sheets beside 张三(自评) / 李四(自评) signed 考核人:本人: 88.00 良好, 70.50 一般 (was exit 1, both unscored)', async () => {
    const r = await gradedReport(fx('s7_boss_plus_benren.xlsx'), opts);
    expect(totals(r)).toEqual(RIGHT);
    expect(said(r).map((s) => s[3])).toEqual(['张三!E3', '张三(自评)!E3', '李四!E3', '李四(自评)!E3']);
    expect(r.problems.every((p) => p.severity === 'info')).toBe(true);
  });

  it('the 主管\'s file and the 本人 file scored together, as the refusal advises: 88.00 良好, 70.50 一般 (was refused, 「没有列」)', async () => {
    const r = await combinedReport([fx('s7_rater_boss.xlsx'), fx('s7_rater_benren.xlsx')], opts);
    expect(totals(r)).toEqual(RIGHT);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('nearest sound variant, unchanged: 考核人:王经理 over the lone 得分 is the 主管\'s, 88.00 良好 / 70.50 一般 with the plain lone-score info', async () => {
    const r = await gradedReport(fx('s7_rater_boss.xlsx'), opts);
    expect(totals(r)).toEqual(RIGHT);
    expect(said(r)).toEqual([['info', 'unknown-column', 'lone-score', '张三!E3'], ['info', 'unknown-column', 'lone-score', '李四!E3']]);
    expect(r.problems[0]!.message).toBe('张三!E3:张三:工作表「张三」只有一列分数「得分」,没有写明是谁评的:本表只计「主管」的评分,已按「主管」的评分读取;不是「主管」的评分时请改正列名后重新评分');
  });
});
