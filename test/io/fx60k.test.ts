// §7 cs-specialist-monthly: kpi's graded copy of the lone 得分(KPI), re-scored (review of d85bffe1, /tmp/rv60a/s7). The
// copies are made here from kpi's own grading of test/fixtures/fx59t/B_lone_kpi_total_band.xlsx (the team's 总分 | 等级
// at A20:E21, kpi's at C23:H24) and test/fixtures/fx59d/lone-得分KPI.xlsx (no lines of the team's; kpi's at C20:H21):
// the sheets 汇总 | 明细 | 问题 | _kpi removed, 说明(kpi) (I) deleted, so kpi's 得分(kpi) is H.
// The 主管's marks under 得分(KPI) (E):
// 张三 能力 2 + 7 + 2 + 4 + 3 = 18, 态度 5 + 4 + 4 + 5 + 4 + 5 = 27, 业绩 9 + 8 + 8 + 9 + 9 = 43 → 88.00 良好 (80 ≤ x < 90);
// 李四 能力 1.5 + 6 + 1 + 3 + 2 = 13.5, 态度 4 + 4 + 3 + 4 + 4 + 3 = 22, 业绩 7 + 7 + 6 + 8 + 7 = 35 → 70.50 一般 (60 ≤ x < 80).
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { gradedReport, readWorkbook, repoRoot, tempDir } from '../helpers.js';

type Report = Awaited<ReturnType<typeof gradedReport>>;
const opts = { form: 'cs-specialist-monthly' };
const B = path.join(repoRoot, 'test/fixtures/fx59t/B_lone_kpi_total_band.xlsx');
const L = path.join(repoRoot, 'test/fixtures/fx59d/lone-得分KPI.xlsx');
const totals = (r: Report) => r.people.map((p) => [p.name, p.total === null || p.total === undefined ? null : Number(p.total.toFixed(2)), p.band]);
const said = (r: Report) => r.problems.map((p) => [p.severity, p.code, (p.params as { case?: string }).case, `${p.sheet ?? ''}!${p.cell ?? ''}`]);
const LONE = [['info', 'unknown-column', 'lone-score', '张三!E3'], ['info', 'unknown-column', 'lone-score', '李四!E3']];
const REFUSED = [['张三', null, null], ['李四', null, null]];
// 张三's nine re-marked items, one point each below the graded 7, 4, 3, 5, 4, 4, 8, 9, 9.
const REMARKED = ['5', '7', '8', '9', '10', '11', '17', '18', '19'];

/** kpi's graded copy of src, copied without its own sheets and 说明(kpi), then changed by edit. */
async function gradedCopy(src: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const dir = tempDir();
  const graded = path.join(dir, 'x.graded.xlsx');
  expect((await gradeFile(src, { ...opts, output: graded })).ok).toBe(true);
  const wb = await readWorkbook(graded);
  expect(['E3', 'H3', 'I3'].map((a) => wb.getWorksheet('张三')!.getCell(a).text)).toEqual(['得分(KPI)', '得分(kpi)', '说明(kpi)']);
  for (const sheet of ['汇总', '明细', '问题', '_kpi']) if (wb.getWorksheet(sheet)) wb.removeWorksheet(wb.getWorksheet(sheet)!.id);
  for (const name of ['张三', '李四']) wb.getWorksheet(name)!.spliceColumns(9, 1);
  edit(wb);
  const copy = path.join(dir, 'copy.xlsx');
  await wb.xlsx.writeFile(copy);
  return copy;
}

/** A column typed after kpi's 得分(kpi): heading I3, and what is under it. */
function typedAfter(heading: string, under: (name: string, ws: ExcelJS.Worksheet) => void) {
  return (wb: ExcelJS.Workbook) => {
    for (const name of ['张三', '李四']) {
      const ws = wb.getWorksheet(name)!;
      ws.getCell('I3').value = heading;
      under(name, ws);
    }
  };
}
const signed = typedAfter('确认签字', (name, ws) => { ws.getCell('I4').value = name; });

describe('§7 kpi\'s graded copy with a 确认签字 column typed after its 得分(kpi)', () => {
  it('the team\'s lines at A20:E21, signed in I: 88.00 良好 / 70.50 一般 (was refused as two columns 「得分(KPI)」 and 「得分(kpi)」)', async () => {
    const r = await gradedReport(await gradedCopy(B, signed), opts);
    expect(totals(r)).toEqual([['张三', 88, '良好'], ['李四', 70.5, '一般']]);
    expect(said(r)).toEqual(LONE);
  });

  it('no lines of the team\'s, signed, 张三\'s 文档编写 E4 2 → 1: 1 + 7 + 2 + 4 + 3 = 17, + 27 + 43 = 87.00 良好 / 70.50 一般', async () => {
    const r = await gradedReport(await gradedCopy(L, (wb) => { signed(wb); wb.getWorksheet('张三')!.getCell('E4').value = 1; }), opts);
    expect(totals(r)).toEqual([['张三', 87, '良好'], ['李四', 70.5, '一般']]);
    expect(said(r)).toEqual(LONE);
  });

  it('a column typed after it holding numbers (「复核」 with the items\' full marks 2, 8, 2, 5 …): a column of marks, still refused', async () => {
    // Not a sign-off: a third column of scores, whose 得分(kpi) is no longer told as kpi's by its place — as before.
    const full = [2, 8, 2, 5, 3, 5, 5, 5, 5, 5, 5, 10, 10, 10, 10, 10];
    const r = await gradedReport(await gradedCopy(L, typedAfter('复核', (_, ws) => full.forEach((v, i) => { ws.getCell(`I${4 + i}`).value = v; }))), opts);
    expect(totals(r)).toEqual(REFUSED);
    expect(r.problems.every((p) => p.severity === 'error' && p.code === 'item-not-found')).toBe(true);
  });

  it('the team\'s 评分 | 得分(kpi) (fx59t C, its marks differing from 评分 at most items) with a 确认签字 after it: still refused, both named', async () => {
    const dir = tempDir();
    const wb = await readWorkbook(path.join(repoRoot, 'test/fixtures/fx59t/C_team_lower_last_lines_in_item_col.xlsx'));
    for (const name of ['张三', '李四']) {
      const ws = wb.getWorksheet(name)!;
      expect(['E3', 'F3', 'G3'].map((a) => ws.getCell(a).text)).toEqual(['评分', '得分(kpi)', '']);
      ws.getCell('G3').value = '确认签字';
      ws.getCell('G4').value = name;
    }
    const copy = path.join(dir, 'C-signed.xlsx');
    await wb.xlsx.writeFile(copy);
    const r = await gradedReport(copy, opts);
    expect(totals(r)).toEqual(REFUSED);
    expect(r.problems.map((p) => [p.severity, p.code, (p.params as { marks?: string[] }).marks])).toEqual([['error', 'item-not-found', ['评分', '得分(kpi)']], ['error', 'item-not-found', ['评分', '得分(kpi)']]]);
  });
});

describe('§7 kpi\'s graded copy re-marked under the team\'s 得分(KPI) at most items', () => {
  // 张三 re-marked under E at 9 of 16 items (E5 7 → 6, E7 4 → 3, E8 3 → 2, E9 5 → 4, E10 4 → 3, E11 4 → 3, E17 8 → 7,
  // E18 9 → 8, E19 9 → 8): 能力 2 + 6 + 2 + 3 + 2 = 15, 态度 4 + 3 + 3 + 5 + 4 + 5 = 24, 业绩 9 + 8 + 7 + 8 + 8 = 40
  // → 79.00 一般 (88 − 9). kpi's 得分(kpi) H still 88 = 18 + 27 + 43, its 总分 line: kpi's output, replaced.
  const remark = (colLetter: string) => (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet('张三')!;
    for (const r of REMARKED) ws.getCell(`${colLetter}${r}`).value = Number(ws.getCell(`${colLetter}${r}`).value) - 1;
  };

  it('no lines of the team\'s: 79.00 一般 / 70.50 一般 (was refused 「没有填写分数的列」)', async () => {
    const r = await gradedReport(await gradedCopy(L, remark('E')), opts);
    expect(totals(r)).toEqual([['张三', 79, '一般'], ['李四', 70.5, '一般']]);
    expect(said(r)).toEqual(LONE);
  });

  it('the team\'s own 总分 88 | 等级 良好 at A20:E21 left as they were: 79.00 一般 / 70.50 一般 (was refused, advised to head 考核面 「主管」), the stale 良好 warned', async () => {
    const r = await gradedReport(await gradedCopy(B, remark('E')), opts);
    expect(totals(r)).toEqual([['张三', 79, '一般'], ['李四', 70.5, '一般']]);
    expect(said(r)).toEqual([LONE[0], ['warning', 'override', 'total', '张三!E21'], LONE[1]]);
  });

  it('re-marked under kpi\'s 得分(kpi) instead (H 79 under its 总分 88): whose marks are which is not told, still refused', async () => {
    // 7 of 16 items agree, 9 differ, and H no longer adds up to kpi's 总分 line (79 ≠ 88): typed over after grading.
    const r = await gradedReport(await gradedCopy(L, remark('H')), opts);
    expect(totals(r)).toEqual([['张三', null, null], ['李四', 70.5, '一般']]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.sheet])).toEqual([['item-not-found', '张三']]);
  });
});
