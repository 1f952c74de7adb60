// §7 cs-specialist-monthly, one column of marks read as the 主管's (c24d4800): kpi's own result columns beside it.
// Fixtures: test/fixtures/fx57j (the seed's layout, one column of marks), test/fixtures/fx58p (make.py; rt/ the tester's
// graded copies without _kpi, /tmp/rv58A/t7). The 主管's marks:
// 张三 能力 2 + 7 + 2 + 4 + 3 = 18, 态度 5 + 4 + 4 + 5 + 4 + 5 = 27, 业绩 9 + 8 + 8 + 9 + 9 = 43 → 88.00 良好 (80 ≤ x < 90);
// 李四 能力 1.5 + 6 + 1 + 3 + 2 = 13.5, 态度 4 + 4 + 3 + 4 + 4 + 3 = 22, 业绩 7 + 7 + 6 + 8 + 7 = 35 → 70.50 一般 (60 ≤ x < 80).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { gradedReport, readWorkbook, repoRoot, tempDir } from '../helpers.js';

const fx57 = (name: string) => path.join(repoRoot, 'test/fixtures/fx57j', name);
const fx = (name: string) => path.join(repoRoot, 'test/fixtures/fx58p', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total === null || p.total === undefined ? null : Number(p.total.toFixed(2)), p.band]);
const said = (r: Report) => r.problems.map((p) => [p.severity, p.code, (p.params as { case?: string }).case, `${p.sheet ?? ''}!${p.cell ?? ''}`]);
const RIGHT = [['张三', 88, '良好'], ['李四', 70.5, '一般']];
const opts = { form: 'cs-specialist-monthly' };
const LONE = [['info', 'unknown-column', 'lone-score', '张三!E3'], ['info', 'unknown-column', 'lone-score', '李四!E3']];

describe('§7 lone column of marks: kpi\'s result columns beside it are headed as kpi\'s, and never read as marks', () => {
  for (const heading of ['得分', '评分']) {
    it(`「${heading}」 alone: kpi heads its columns 「得分(kpi)」 「说明(kpi)」 (H3, I3; they were plain 「得分」 「说明」), and a copy without _kpi re-scores 88.00 / 70.50`, async () => {
      const dir = tempDir();
      const graded = path.join(dir, 'one.graded.xlsx');
      const out = await gradeFile(fx57(`one-${heading}.xlsx`), { ...opts, output: graded });
      expect(out.ok).toBe(true);
      const wb = await readWorkbook(graded);
      const ws = wb.getWorksheet('张三')!;
      expect([ws.getCell('E3').text, ws.getCell('H3').text, ws.getCell('I3').text]).toEqual([heading, '得分(kpi)', '说明(kpi)']);
      // The two sheets copied into a workbook of their own: no _kpi record, kpi's 得分(kpi) column stays beside the marks.
      for (const sheet of ['汇总', '明细', '问题', '_kpi']) if (wb.getWorksheet(sheet)) wb.removeWorksheet(wb.getWorksheet(sheet)!.id);
      const copy = path.join(dir, 'copy.xlsx');
      await wb.xlsx.writeFile(copy);
      const r = await gradedReport(copy, opts);
      expect(totals(r)).toEqual(RIGHT);
      expect(said(r)).toEqual(LONE);
    });
  }

  it('a copy of a graded 「得分」 sheet made before (kpi\'s plain 得分 | 说明 in H, I, no _kpi): 88.00 良好, 70.50 一般 — was refused, told to head H 「主管」', async () => {
    const r = await gradedReport(fx('rt/s7_graded_copied_nokpi.xlsx'), opts);
    expect(totals(r)).toEqual(RIGHT);
    expect(said(r)).toEqual([LONE[0], ['info', 'unknown-column', 'stale-output', '张三!H3'], LONE[1], ['info', 'unknown-column', 'stale-output', '李四!H3']]);
    expect(r.problems[1]!.message).toBe('张三!H3:张三:工作表「张三」的「得分」「说明」列(H、I 列)是 kpi 以前评分写的结果(复制时没有带上 kpi 的评分记录),没有读取:已按「得分」列的分数重新评分,结果写在「得分(kpi)」列');
  });

  it('the same of a 「评分」 sheet, the 主管 correcting 张三\'s 文档编写 E4 2 → 1: 87.00 良好 from 评分 (was refused; the advice followed scored kpi\'s stale 88.00)', async () => {
    // 张三 能力 1 + 7 + 2 + 4 + 3 = 17, 态度 27, 业绩 43 → 87.00 良好; 李四 70.50 一般 as before.
    const r = await gradedReport(fx('rt/s7_graded_pf_copied_edited.xlsx'), opts);
    expect(totals(r)).toEqual([['张三', 87, '良好'], ['李四', 70.5, '一般']]);
    expect(r.people[0]!.parts.map((p) => p.score)).toEqual([17, 27, 43]);
    expect(said(r).map((s) => s[2])).toEqual(['lone-score', 'stale-output', 'lone-score', 'stale-output']);
  });

  it('a team\'s own 评分 | 备注 | 得分 | 说明 (its 总分 line no kpi sum: 88 | 良好) stays refused, as at base: whose is which is not told', async () => {
    const r = await gradedReport(fx('team-评分-得分-说明.xlsx'), opts);
    expect(totals(r)).toEqual([['张三', null, null], ['李四', null, null]]);
    expect(r.problems.map((p) => p.code)).toEqual(['item-not-found', 'item-not-found']);
  });

  // Review 58 (c): the team's own 「得分(KPI)」 / 「得分(kpi)」 beside 评分 (the 自评's full marks 2, 8, 2, 5, 3 … = 100), the
  // 主管's marks under it (by hand 张三 18 + 27 + 43 = 88.00, 李四 13.5 + 22 + 35 = 70.50): no 「说明(kpi)」 beside it, no _kpi,
  // so not kpi's output. It was dropped as kpi's and 评分 read as the 主管's: 张三 100.00 优秀, 李四 100.00 优秀 at exit 0.
  // Two columns of marks whose is which the headings do not tell: refused, as at base.
  for (const heading of ['KPI', 'kpi']) {
    it(`the team's 评分 | 得分(${heading}) | 备注, no 说明(kpi) beside: refused as at base (was 100.00 优秀 from 评分)`, async () => {
      const r = await gradedReport(fx(`team-评分-得分${heading}.xlsx`), opts);
      expect(totals(r)).toEqual([['张三', null, null], ['李四', null, null]]);
      expect(r.problems.map((p) => [p.severity, p.code])).toEqual([['error', 'item-not-found'], ['error', 'item-not-found']]);
    });
  }
});

describe('§7 kpi\'s own 得分(kpi) told by what kpi wrote, not by 说明(kpi) right beside it only (review 59 of fdd48438)', () => {
  // test/fixtures/fx59d (make.py): copies of kpi's graded s7_rater_boss (得分 E the 主管's marks | 备注 | blank | 得分(kpi) H
  // | 说明(kpi) I) re-scored without _kpi and the other sheets. Since fdd48438 each was refused item-not-found 「只有「得分」
  // 列,没有「主管」列」 at exit 1; at base 88.00 良好 / 70.50 一般 (87.00 for the corrected one).
  const fx59 = (name: string) => path.join(repoRoot, 'test/fixtures/fx59d', name);
  const cases: Array<[string, string, unknown[][]]> = [
    ['g_no_shuoming.xlsx', '说明(kpi) deleted: H\'s values are E\'s marks item by item', RIGHT],
    ['g_inserted.xlsx', 'a 「确认」 column between 得分(kpi) and 说明(kpi)', RIGHT],
    ['g_upper.xlsx', 'headings retyped 得分(KPI) | 说明(KPI)', RIGHT],
    // 张三 能力 1 + 7 + 2 + 4 + 3 = 17, 态度 27, 业绩 43 → 87.00 良好: H4 still kpi's 2, its 总分 88 and 等级 良好 below.
    ['g_changed_no_shuoming.xlsx', '张三\'s 文档编写 E4 2 → 1 after grading, 说明(kpi) deleted: kpi\'s 总分 | 等级 lines under H', [['张三', 87, '良好'], ['李四', 70.5, '一般']]],
  ];
  for (const [file, what, expected] of cases) {
    it(`${what}: ${expected.map((e) => e[1]).join(' / ')} from 得分 at exit 0`, async () => {
      const r = await gradedReport(fx59(file), opts);
      expect(totals(r)).toEqual(expected);
      expect(said(r)).toEqual(LONE);
    });
  }

  it('the seed\'s one column of marks headed 「得分(KPI)」 (考核人:王经理): the lone column, 88.00 / 70.50 — was refused naming no column; graded and copied without _kpi, the same again', async () => {
    const r = await gradedReport(fx59('lone-得分KPI.xlsx'), opts);
    expect(totals(r)).toEqual(RIGHT);
    expect(said(r)).toEqual(LONE);
    // kpi's 得分(kpi) | 说明(kpi) in H, I beside the team's 得分(KPI) in E: that 说明(kpi) is H's, E stays the marks.
    const dir = tempDir();
    const graded = path.join(dir, 'lone.graded.xlsx');
    expect((await gradeFile(fx59('lone-得分KPI.xlsx'), { ...opts, output: graded })).ok).toBe(true);
    const wb = await readWorkbook(graded);
    expect(['E3', 'H3', 'I3'].map((a) => wb.getWorksheet('张三')!.getCell(a).text)).toEqual(['得分(KPI)', '得分(kpi)', '说明(kpi)']);
    for (const sheet of ['汇总', '明细', '问题', '_kpi']) if (wb.getWorksheet(sheet)) wb.removeWorksheet(wb.getWorksheet(sheet)!.id);
    const copy = path.join(dir, 'copy.xlsx');
    await wb.xlsx.writeFile(copy);
    const again = await gradedReport(copy, opts);
    expect(totals(again)).toEqual(RIGHT);
  });

  it('the team\'s 评分 | 得分(KPI) (the 自评\'s full marks, the 主管\'s) stays refused, the advice naming both columns and guessing neither', async () => {
    // It was 「请把填了答案的「评分」列的表头改为「主管」」: followed, the 自评's full marks scored 张三 100.00 优秀, 李四 100.00
    // 优秀 at exit 0 for 88.00 / 70.50.
    const r = await gradedReport(fx('team-评分-得分KPI.xlsx'), opts);
    expect(totals(r)).toEqual([['张三', null, null], ['李四', null, null]]);
    expect(r.problems[0]!.message).toBe('工作表「张三」列出了本考核表的项目,但第 3 行表头有两列分数「评分」和「得分(KPI)」,都没有写明是谁评的(应为 「主管」),看不出哪一列是「主管」的评分,此人未评分;请把「主管」评的那一列的表头改为「主管」、另一列改为「自评」后重新评分');
  });
});
