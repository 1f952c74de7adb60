// Re-grading a graded workbook after the team moved rows: kpi's cells in the form's own 得分/说明 columns are
// undone where they are now, not at their old addresses (which hold the team's rows now).
import ExcelJS from 'exceljs';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { rowsNow } from '../../src/io/graded/ledgerFind.js';
import { readWorkbook, repoRoot, tempDir } from '../helpers.js';

describe('a graded form sheet with a row inserted in LibreOffice, graded again', () => {
  // lo-regrade-inserted-row.xlsx (scripts/make-regrade-fixtures.py): the graded mattress sample, with a row inserted
  // in 王芳's sheet above 表格管理 (「见附件说明」 typed in its H9) and 表格管理 changed from 「3,2」 to 「2」.
  it('writes the new scores where they belong, keeps the team\'s note and leaves no old score behind', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'march.graded.xlsx');
    copyFileSync(path.join(repoRoot, 'test/fixtures/external/lo-regrade-inserted-row.xlsx'), input);
    const outcome = await gradeFile(input, { output: path.join(dir, 'again.xlsx') });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 表格管理 20 − 2 = 18 instead of 15: 18 + 18 + 11 + 3 + 9 + 13 + 8 = 80, 其它 +2 = 82 → 良好.
    expect(outcome.report.people.find((p) => p.name === '王芳')).toMatchObject({ total: 82, band: '良好' });
    const ws = (await readWorkbook(outcome.report.output!)).getWorksheet('王芳')!;
    const at = (a: string) => ws.getCell(a).value;
    // Above the new row, nothing moved: 客户回访率 keeps its score (it was emptied before: its old record was undone
    // at G7, and the scores went to a column of kpi's own because the old ones below were still in 得分).
    expect([at('G7'), at('H7')]).toEqual([18, '回访率 45/50 = 90% × 20 = 18']);
    expect(at('H9')).toBe('见附件说明');
    expect(at('G9')).toBeNull();
    // 表格管理, one row down now, with its new score and explanation; not the old 15 left in 得分.
    expect([at('F10'), at('G10'), at('H10')]).toEqual(['2', 18, '20 − 2 = 18']);
    expect([at('G11'), at('G14'), at('G16'), at('G17'), at('G18'), at('G22')]).toEqual([11, 3, 9, 13, 8, 2]);
    expect([at('G24'), at('G25')]).toEqual([82, '良好']);
    // No 「得分(kpi)」 column beside the form's own 得分.
    expect(at('I6')).toBeNull();
  });
});

describe('a graded form sheet with a column inserted in LibreOffice, graded again (scripts/make-regrade-fixtures.py)', () => {
  const regrade = async (fixture: string) => {
    const dir = tempDir();
    const input = path.join(dir, 'march.graded.xlsx');
    copyFileSync(path.join(repoRoot, 'test/fixtures/external', fixture), input);
    return { dir, outcome: await gradeFile(input, { output: path.join(dir, 'again.xlsx') }) };
  };
  it('a column at A: every cell kpi wrote is found one column right, the team\'s cells now at the old addresses kept', async () => {
    // Undone at their old addresses, kpi's cells emptied whatever now stood there equal to them: 填写's values
    // where they equal 得分's. 表格管理 20 − 2 = 18: 18 + 18 + 11 + 3 + 9 + 13 + 8 = 80, 其它 +2 = 82 → 良好.
    const { outcome } = await regrade('lo-regrade-column-a.xlsx');
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.find((p) => p.name === '王芳')).toMatchObject({ total: 82, band: '良好' });
    const ws = (await readWorkbook(outcome.report.output!)).getWorksheet('王芳')!;
    const at = (a: string) => ws.getCell(a).value;
    expect([at('A9'), at('G7'), at('H7'), at('I7')]).toEqual(['x', 50, 18, '回访率 45/50 = 90% × 20 = 18']);
    expect([at('G9'), at('H9'), at('I9')]).toEqual(['2', 18, '20 − 2 = 18']);
    // No 「得分(kpi)」 column beside the form's own 得分: the old scores were found and replaced.
    expect(at('J6')).toBeNull();
  });
  it('a column between 得分 and 说明: refused with a sentence saying so, nothing written', async () => {
    const { outcome } = await regrade('lo-regrade-column-between.xlsx');
    expect(outcome.ok ? '' : outcome.failure.message).toBe('march.graded.xlsx 是 kpi 评过分的文件,但工作表「王芳」里 kpi 写过得分和说明的列之间插入或删除了列,kpi 无法确定哪些格子是自己写的,为免删掉你的数据没有评分。请删掉插入的列后再评分,或用原始文件重新评分');
  });
});

/**
 * The graded mattress sample with 王芳's sheet copied for 赵六 (as Excel's 移动或复制工作表 copies it: values, merged
 * cells kept merged; 工号 1009, 表格管理 2), `then` applied, graded again.
 */
async function copiedAndRegraded(then: (wb: ExcelJS.Workbook) => void = () => {}) {
  const dir = tempDir();
  const graded = await gradeFile(path.join(repoRoot, 'samples/mattress-cs-monthly.march.form.xlsx'), { output: path.join(dir, 'march.graded.xlsx') });
  if (!graded.ok) throw new Error(graded.failure.message);
  const wb = await readWorkbook(graded.report.output!);
  const from = wb.getWorksheet('王芳')!;
  const copy = wb.addWorksheet('赵六');
  from.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => {
    if (cell.master === cell) copy.getCell(r, c).value = cell.value;
  }));
  for (const range of (from.model as unknown as { merges: string[] }).merges) copy.mergeCells(range);
  copy.getCell('F3').value = '赵六';
  copy.getCell('B4').value = '1009';
  copy.getCell('F9').value = '2';
  then(wb);
  await wb.xlsx.writeFile(graded.report.output!);
  const again = await gradeFile(graded.report.output!, { output: path.join(path.dirname(graded.report.output!), 'again.xlsx') });
  if (!again.ok) throw new Error(again.failure.message);
  return again;
}

describe('a person added to a graded workbook by copying a graded person\'s sheet', () => {
  it('the copy\'s inherited scores are kpi\'s and replaced, not kept as the team\'s with its own in 得分(kpi)', async () => {
    const again = await copiedAndRegraded();
    // 王芳's entries with 表格管理 20 − 2 = 18: 18 + 18 + 11 + 3 + 9 + 13 + 8 = 80, 其它 +2 = 82 → 良好.
    expect(again.report.people.find((p) => p.name === '赵六')).toMatchObject({ total: 82, band: '良好' });
    const ws = (await readWorkbook(again.report.output!)).getWorksheet('赵六')!;
    expect([ws.getCell('G9').value, ws.getCell('H9').value, ws.getCell('I6').value]).toEqual([18, '20 − 2 = 18', null]);
    expect(again.report.problems.filter((p) => p.person === '赵六' && p.severity !== 'info')).toEqual([]);
  });
});

describe('a graded person\'s sheet copied for a new person, the original then renamed', () => {
  it('both carry kpi\'s cells and are rewritten in place (the copy kept the source\'s 得分, new scores went to 得分(kpi), exit 0)', async () => {
    const again = await copiedAndRegraded((wb) => (wb.getWorksheet('王芳')!.name = '王芳3月'));
    // 赵六: 王芳's entries with 表格管理 20 − 2 = 18 → 82 良好, as in the test above; 王芳 79 as the sample gives.
    expect(again.report.people.find((p) => p.name === '赵六')).toMatchObject({ total: 82, band: '良好' });
    const out = await readWorkbook(again.report.output!);
    expect([out.getWorksheet('赵六')!.getCell('G9').value, out.getWorksheet('赵六')!.getCell('H9').value]).toEqual([18, '20 − 2 = 18']);
    for (const name of ['赵六', '王芳3月']) {
      const headings: unknown[] = [];
      out.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => headings.push(c.value)));
      expect(headings, name).not.toContain('得分(kpi)');
    }
    expect(again.report.problems.filter((p) => p.code === 'override')).toEqual([]);
  });
});

describe('rowsNow: where the rows kpi wrote in are now', () => {
  function sheet(rows: Array<[number, unknown[]]>): ExcelJS.Worksheet {
    const ws = new ExcelJS.Workbook().addWorksheet('s');
    for (const [n, values] of rows) values.forEach((v, i) => (ws.getCell(n, i + 1).value = v as ExcelJS.CellValue));
    return ws;
  }
  const wrote = (rows: Array<[number, unknown, unknown]>) => rows.flatMap(([row, a, b]) => [{ row, col: 1, value: a }, { row, col: 2, value: b }]);

  it('rows inserted above some: those below move by as many rows, those above stay', () => {
    // kpi wrote rows 2, 3 and 5; two rows were inserted above row 3.
    const ws = sheet([[2, [10, '十']], [3, ['备注', null]], [5, [15, '十五']], [6, [15, '十五']], [7, [8, '八']]]);
    expect(rowsNow(ws, wrote([[2, 10, '十'], [3, 15, '十五'], [4, 15, '十五'], [5, 8, '八']]))).toEqual(new Map([[3, 5], [4, 6], [5, 7]]));
  });

  it('rows sorted: each row found where it is now, identical rows one each', () => {
    // 总分 and 等级 of three people, sorted by 总分 since: 79, 100, 85 → 100, 85, 79.
    const ws = sheet([[2, [100, '优秀']], [3, [85, '良好']], [4, [79, '一般']]]);
    expect(rowsNow(ws, wrote([[2, 79, '一般'], [3, 100, '优秀'], [4, 85, '良好']]))).toEqual(new Map([[2, 4], [3, 2], [4, 3]]));
  });

  it('a value typed over: that row moves as the row before it; a number as another program saved it is the same', () => {
    // Row 3 was inserted above both; the team typed 16 over kpi's 15 in what is now row 4. 84.44444444444444 was
    // saved to 15 digits (84.4444444444444): the same to six decimals.
    const ws = sheet([[2, ['备注', null]], [3, [84.4444444444444, '良好']], [4, [16, '二十减五']]]);
    expect(rowsNow(ws, wrote([[2, 84.44444444444444, '良好'], [3, 15, '二十减五']]))).toEqual(new Map([[2, 3], [3, 4]]));
  });
});

describe('a graded form sheet whose fractional score another program saved with fewer digits', () => {
  it('is kpi\'s own score and rewritten in place (it was taken as typed by the team: kept, the new score put in 得分(kpi))', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'march.xlsx');
    const wb0 = await readWorkbook(path.join(repoRoot, 'samples/mattress-cs-monthly.march.form.xlsx'));
    const wang = wb0.getWorksheet('王芳')!;
    // 回访 44 of 45 installs: 44/45 × 20 = 19.555555555555557 in G7.
    wang.getCell('F7').value = 45;
    wang.getCell('F8').value = 44;
    await wb0.xlsx.writeFile(input);
    const graded = await gradeFile(input, { output: path.join(dir, 'march.graded.xlsx') });
    if (!graded.ok) throw new Error(graded.failure.message);
    const wb = await readWorkbook(graded.report.output!);
    expect(wb.getWorksheet('王芳')!.getCell('G7').value).toBe(880 / 45);
    // As LibreOffice saves it: 15 significant digits.
    wb.getWorksheet('王芳')!.getCell('G7').value = 19.5555555555556;
    // The team corrects 回访 to 36: 36/45 × 20 = 16.
    wb.getWorksheet('王芳')!.getCell('F8').value = 36;
    await wb.xlsx.writeFile(graded.report.output!);
    const again = await gradeFile(graded.report.output!, { output: path.join(dir, 'again.xlsx') });
    if (!again.ok) throw new Error(again.failure.message);
    const ws = (await readWorkbook(again.report.output!)).getWorksheet('王芳')!;
    expect([ws.getCell('G7').value, ws.getCell('H7').value]).toEqual([16, '回访率 36/45 = 80% × 20 = 16']);
    // No 得分(kpi) column beside the sheet's own: nothing of the team's was found in kpi's cells.
    const headings: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => headings.push(c.value)));
    expect(headings).not.toContain('得分(kpi)');
  });
});
