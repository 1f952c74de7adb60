// §7 cs-specialist-monthly: the team's own 总分 | 等级 lines under its columns of marks are not kpi's (review of 0f6e347a,
// /tmp/rv59f/s7). Fixtures: test/fixtures/fx59t (make.py, from fx58p's and fx59d's). The 主管's marks:
// 张三 能力 2 + 7 + 2 + 4 + 3 = 18, 态度 5 + 4 + 4 + 5 + 4 + 5 = 27, 业绩 9 + 8 + 8 + 9 + 9 = 43 → 88.00 良好 (80 ≤ x < 90);
// 李四 能力 1.5 + 6 + 1 + 3 + 2 = 13.5, 态度 4 + 4 + 3 + 4 + 4 + 3 = 22, 业绩 7 + 7 + 6 + 8 + 7 = 35 → 70.50 一般 (60 ≤ x < 80).
// The 自评's 评分 beside them is every item's full marks: 20 + 30 + 50 = 100.00 优秀.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { gradedReport, readWorkbook, repoRoot, tempDir } from '../helpers.js';

const fx = (name: string) => path.join(repoRoot, 'test/fixtures/fx59t', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total === null || p.total === undefined ? null : Number(p.total.toFixed(2)), p.band]);
const said = (r: Report) => r.problems.map((p) => [p.severity, p.code, (p.params as { case?: string }).case, `${p.sheet ?? ''}!${p.cell ?? ''}`]);
const opts = { form: 'cs-specialist-monthly' };
const RIGHT = [['张三', 88, '良好'], ['李四', 70.5, '一般']];
const REFUSED = [['张三', null, null], ['李四', null, null]];
const LONE = [['info', 'unknown-column', 'lone-score', '张三!E3'], ['info', 'unknown-column', 'lone-score', '李四!E3']];
const twoColumns = (name: string, kpi: string) => `工作表「${name}」列出了本考核表的项目,但第 3 行表头有两列分数「评分」和「${kpi}」,都没有写明是谁评的(应为 「主管」),看不出哪一列是「主管」的评分,此人未评分;请把「主管」评的那一列的表头改为「主管」、另一列改为「自评」后重新评分`;

describe('§7 a team\'s own 总分 | 等级 lines under its 得分(KPI) are its total and band, not kpi\'s sign', () => {
  // 0f6e347a took any 总分 (a number) and 等级 (a band) under a 「得分(kpi)」 in any case for kpi's own lines: the team's
  // 得分(KPI) was dropped as kpi's output and the 自评's 评分 read as the 主管's — 张三 100.00 优秀, 李四 100.00 优秀 at
  // exit 0 with an info 「只有一列分数「评分」」. At 41fed009 (and without the lines) refused with the two-column advice.
  for (const [file, what] of [
    ['A_team_two_cols_total_band.xlsx', 'lines under both (总分 100 | 88, 等级 优秀 | 良好)'],
    ['A2_team_two_cols_total_under_kpi.xlsx', 'lines under 得分(KPI) only (总分 88, 等级 良好)'],
  ]) {
    it(`评分 | 得分(KPI) | 备注 with the team's ${what}: refused, both columns named (was 100.00 优秀 from 评分 at exit 0)`, async () => {
      const r = await gradedReport(fx(file!), opts);
      expect(totals(r)).toEqual(REFUSED);
      expect(r.problems.map((p) => [p.severity, p.message])).toEqual([['error', twoColumns('张三', '得分(KPI)')], ['error', twoColumns('李四', '得分(KPI)')]]);
    });
  }

  it('the lone 得分(KPI) (考核人:王经理) with the team\'s 总分 88 | 等级 良好 under it: 88.00 良好 / 70.50 一般 as without the lines (was refused, advised to head 考核面 「主管」)', async () => {
    const r = await gradedReport(fx('B_lone_kpi_total_band.xlsx'), opts);
    expect(totals(r)).toEqual(RIGHT);
    expect(said(r)).toEqual(LONE);
  });

  it('the team\'s 评分 | 得分(kpi) headed in lower case, the row\'s last heading, its 总分 | 等级 labelled in the item column: refused, the advice naming both (its marks differ from 评分 at most items)', async () => {
    // 张三 agrees with 评分 at 6 of 16 items (2, 2, 3, 5, 5, 5), 李四 at none: a second rater's marks, not kpi's copy of
    // them. The advice was 「请把填了答案的「评分」列的表头改为「主管」」 — followed, 100.00 优秀.
    const r = await gradedReport(fx('C_team_lower_last_lines_in_item_col.xlsx'), opts);
    expect(totals(r)).toEqual(REFUSED);
    expect(r.problems.map((p) => [p.severity, p.message])).toEqual([['error', twoColumns('张三', '得分(kpi)')], ['error', twoColumns('李四', '得分(kpi)')]]);
  });

  it('kpi\'s graded copy of that lone 得分(KPI) (the team\'s lines at A20:E21, kpi\'s at C23:H24), copied without _kpi, 说明(kpi) deleted, 张三\'s 文档编写 E4 2 → 1: 87.00 良好 / 70.50 一般', async () => {
    // kpi's 得分(kpi) H is the row's last heading, its 总分 88 and 等级 良好 labelled in the item column C, its values E's
    // at 15 of 16 items: kpi's, not read. 张三 能力 1 + 7 + 2 + 4 + 3 = 17, 态度 27, 业绩 43 → 87.00 良好.
    const dir = tempDir();
    const graded = path.join(dir, 'B.graded.xlsx');
    expect((await gradeFile(fx('B_lone_kpi_total_band.xlsx'), { ...opts, output: graded })).ok).toBe(true);
    const wb = await readWorkbook(graded);
    const ws = wb.getWorksheet('张三')!;
    expect(['E3', 'H3', 'I3', 'A20', 'E20', 'C23', 'H23', 'C24', 'H24'].map((a) => ws.getCell(a).text)).toEqual(['得分(KPI)', '得分(kpi)', '说明(kpi)', '总分', '88', '总分', '88', '等级', '良好']);
    for (const sheet of ['汇总', '明细', '问题', '_kpi']) if (wb.getWorksheet(sheet)) wb.removeWorksheet(wb.getWorksheet(sheet)!.id);
    for (const name of ['张三', '李四']) wb.getWorksheet(name)!.spliceColumns(9, 1);
    ws.getCell('E4').value = 1;
    const copy = path.join(dir, 'copy.xlsx');
    await wb.xlsx.writeFile(copy);
    const again = await gradedReport(copy, opts);
    expect(totals(again)).toEqual([['张三', 87, '良好'], ['李四', 70.5, '一般']]);
    expect(said(again)).toEqual(LONE);
  });
});
