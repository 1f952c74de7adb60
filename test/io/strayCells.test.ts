import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { gridFromWorksheet } from '../../src/io/grid.js';
import { walkOnlyPresentRows } from '../../src/io/sparseRows.js';
import { readWorkbook, tempDir } from '../helpers.js';

// A sheet's claimed size is not its content: one cell at A1048576 or in column XFD. The work must follow
// the cells that exist (npm run bench measures time; here the results are checked), and a sheet with no
// room left for the result columns is refused in one Chinese line, never "16385 is out of bounds".
// People: the §8 worked example 王芳 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79, and 李强 with no deductions
// 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100.
const HEAD = ['工号', '姓名', '客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '表格管理', '日常服务规范·用语不规范', '日常服务规范·短信漏发', '回访问题处理效率·基础分', '回访问题处理效率·拖延遗漏错误次数', '处理能力', '态度', '工作纪律·迟到或早退', '其它·奖惩分', '其它·原因'];
const WANG = ['1001', '王芳', 50, 45, '3,2', 1, 2, 8, 1, 9, 13, 1, 2, '表扬信'];
const LI = ['1002', '李强', 40, 40, null, null, null, 10, null, 10, 15, null, null, null];
// 8 item scores + 总分 等级 排名 评分说明
const RESULT_COLUMNS = 12;

async function workbook(sheets: number, stray: (sheet: number) => string | null): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (let i = 0; i < sheets; i++) {
    const ws = wb.addWorksheet(i === 0 ? '3月' : `备用${i}`);
    if (i === 0) [HEAD, WANG, LI].forEach((r) => ws.addRow(r));
    const at = stray(i);
    if (at) ws.getCell(at).value = 'x';
    walkOnlyPresentRows(ws); // or building the test file alone walks a million empty rows per sheet
  }
  const file = path.join(tempDir(), 'stray.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const totals = (people: Array<{ id: string; total: number | null }>) => people.map((p) => [p.id, p.total]);

describe('stray cells far away', () => {
  for (const sheets of [6, 12]) {
    it(`one cell at A1048576 on each of ${sheets} sheets: scored, and the output holds only the rows that exist`, async () => {
      // The roster's own stray cell is in a column no heading names (Z), so it is no one's entry.
      const file = await workbook(sheets, (i) => (i === 0 ? 'Z1048576' : 'A1048576'));
      const output = path.join(path.dirname(file), 'stray.graded.xlsx');
      const outcome = await gradeFile(file, { form: 'mattress-cs-monthly', output });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      expect(totals(outcome.report.people)).toEqual([['1001', 79], ['1002', 100]]);

      const back = await readWorkbook(output);
      back.worksheets.forEach(walkOnlyPresentRows);
      const roster = back.getWorksheet('3月')!;
      expect(roster.getCell('Z1048576').value).toBe('x');
      // Results after the last column in use (Z = 26): AA1 is the first heading, 总分 in column 26 + 9.
      expect(roster.getCell(1, 27).value).toBe('得分·客户回访率');
      expect(roster.getCell(2, 26 + 9).value).toBe(79);
      expect(roster.getCell(3, 26 + 9).value).toBe(100);
      expect(roster.actualRowCount).toBe(4);
      for (let i = 1; i < sheets; i++) {
        const ws = back.getWorksheet(`备用${i}`)!;
        expect(ws.getCell('A1048576').value).toBe('x');
        expect(ws.actualRowCount).toBe(1);
      }
    });
  }

  it('regrading the graded workbook of such a sheet: the same scores (kpi\'s columns were emptied on every row up to 1,048,576: out of memory after minutes)', async () => {
    const file = await workbook(1, () => 'Z1048576');
    const output = path.join(path.dirname(file), 'stray.graded.xlsx');
    const first = await gradeFile(file, { form: 'mattress-cs-monthly', output });
    if (!first.ok) throw new Error(first.failure.message);
    const again = path.join(path.dirname(file), 'again.xlsx');
    const second = await gradeFile(output, { output: again });
    if (!second.ok) throw new Error(second.failure.message);
    // 王芳 79, 李强 100, as worked out above.
    expect(totals(second.report.people)).toEqual([['1001', 79], ['1002', 100]]);
    const back = await readWorkbook(again);
    back.worksheets.forEach(walkOnlyPresentRows);
    const roster = back.getWorksheet('3月')!;
    // kpi's columns rewritten where they were (AA on), not a second set beside them; the rows that exist, no more.
    expect(roster.getCell(1, 27).value).toBe('得分·客户回访率');
    expect(roster.getCell(2, 26 + 9).value).toBe(79);
    expect(roster.actualRowCount).toBe(4);
  }, 20_000);

  it('a grid steps from row to row over the rows that exist', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.getCell('B2').value = 1;
    ws.getCell('C5').value = 2;
    ws.getCell('A1048576').value = 3;
    const grid = gridFromWorksheet(ws);
    const seen: number[] = [];
    for (let r = grid.nextRow(0); r <= grid.rowCount; r = grid.nextRow(r)) seen.push(r);
    expect(seen).toEqual([2, 5, 1048576].filter((r) => r <= grid.rowCount));
    expect(grid.value(3, 1)).toEqual({ kind: 'empty' });
    expect(ws.findRow(3)).toBeUndefined(); // reading did not create the row
  });
});

describe('column XFD and lines wider than Excel', () => {
  it('a stray cell in XFD below the people: scored, results after the table columns (O = 15)', async () => {
    const file = await workbook(3, (i) => (i === 0 ? 'XFD9' : 'XFD1'));
    const output = path.join(path.dirname(file), 'xfd.graded.xlsx');
    const outcome = await gradeFile(file, { form: 'mattress-cs-monthly', output });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(totals(outcome.report.people)).toEqual([['1001', 79], ['1002', 100]]);
    const roster = (await readWorkbook(output)).getWorksheet('3月')!;
    expect(roster.getCell('O1').value).toBe('得分·客户回访率');
    expect(roster.getCell(2, 14 + 9).value).toBe(79);
    expect(roster.getCell('XFD9').value).toBe('x');
  });

  it('a stray cell in XFD on the heading row leaves no room: refused in one line, nothing written', async () => {
    const file = await workbook(1, () => 'XFD1');
    const output = path.join(path.dirname(file), 'full.graded.xlsx');
    const outcome = await gradeFile(file, { form: 'mattress-cs-monthly', output });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.code).toBe('output-failed');
    expect(outcome.failure.message).toContain(`不足 ${RESULT_COLUMNS} 个空列`);
    expect(outcome.failure.message).toContain('XFD');
    expect(outcome.failure.message).not.toContain('out of bounds');
    // Scoring alone (no output) still reads everyone.
    const dry = await gradeFile(file, { form: 'mattress-cs-monthly', output: null });
    expect(dry.ok && totals(dry.report.people)).toEqual([['1001', 79], ['1002', 100]]);
  });

  it('a CSV line of 20,000 columns: refused with the line and the limit; trailing empty cells do not count', async () => {
    const dir = tempDir();
    const extra = Array.from({ length: 20_000 - HEAD.length }, () => 'x');
    const csv = (head: string[]) =>
      [head, WANG, LI].map((r) => r.map((v) => (v === null ? '' : String(v).includes(',') ? `"${v}"` : String(v))).join(',')).join('\n') + '\n';
    const wide = path.join(dir, 'wide.csv');
    writeFileSync(wide, csv([...HEAD, ...extra]));
    const outcome = await gradeFile(wide, { form: 'mattress-cs-monthly', output: path.join(dir, 'wide.graded.xlsx') });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.message).toContain('第 1 行有 20000 列,超过 Excel 的上限 16384 列');

    const padded = path.join(dir, 'padded.csv');
    writeFileSync(padded, csv([...HEAD, ...extra.map(() => '')]));
    const ok = await gradeFile(padded, { form: 'mattress-cs-monthly', output: path.join(dir, 'padded.graded.xlsx') });
    if (!ok.ok) throw new Error(ok.failure.message);
    expect(totals(ok.report.people)).toEqual([['1001', 79], ['1002', 100]]);
    const sheet = (await readWorkbook(path.join(dir, 'padded.graded.xlsx'))).getWorksheet('padded')!;
    expect(sheet.getCell('O1').value).toBe('得分·客户回访率');
  });
});

/** 3月 with the two people and the validations `add` gives, graded by mattress-cs-monthly; the graded file's path. */
async function gradeValidated(add: (validations: { add(address: string, rule: object): void }) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('3月');
  [HEAD, WANG, LI].forEach((r) => ws.addRow(r));
  add((ws as unknown as { dataValidations: { add(address: string, rule: object): void } }).dataValidations);
  const dir = tempDir();
  const file = path.join(dir, 'validated.xlsx');
  await wb.xlsx.writeFile(file);
  const output = path.join(dir, 'validated.graded.xlsx');
  const outcome = await gradeFile(file, { form: 'mattress-cs-monthly', output });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  expect(totals(outcome.report.people)).toEqual([['1001', 79], ['1002', 100]]);
  return output;
}

describe('ranges that cover a whole sheet', () => {
  it('a validation over A1:XFD1048576 is kept as one range, not expanded per cell; the people are scored', async () => {
    const output = await gradeValidated((v) => v.add('C2:XFD1048576', { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true }));
    const back = (await readWorkbook(output)).getWorksheet('3月') as unknown as { dataValidations: { model: Record<string, unknown> } };
    expect(Object.keys(back.dataValidations.model)).toEqual(['C2:XFD1048576']);
  });

  it("a template's small validation ranges and single cells come back as the user wrote them", async () => {
    const whole = { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true };
    const output = await gradeValidated((v) => {
      // Two adjacent ranges of one rule: exceljs alone would merge them into C2:E40 on writing.
      v.add('C2:C40', whole);
      v.add('D2:E40', whole);
      v.add('G2:G40', whole);
      v.add('H2', { type: 'list', formulae: ['"是,否"'], allowBlank: true });
    });
    // The graded copy's sheets: only the user's sheet has validations, with the user's four sqrefs.
    const zip = await JSZip.loadAsync(readFileSync(output));
    const sqrefs: string[][] = [];
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      const found = [...xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]*)"/g)].map((m) => m[1]!);
      if (found.length) sqrefs.push(found.sort());
    }
    expect(sqrefs).toEqual([['C2:C40', 'D2:E40', 'G2:G40', 'H2']]);
    // A cell's validation is still found by its address, inside a range kept whole.
    const back = (await readWorkbook(output)).getWorksheet('3月')!;
    expect(back.getCell('D20').dataValidation).toMatchObject({ type: 'whole', formulae: [0] });
    expect(back.getCell('H2').dataValidation).toMatchObject({ type: 'list' });
    expect(back.getCell('F2').dataValidation).toBeUndefined();
  });

  it('a merge over millions of cells is refused in one line naming the sheet and the range', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('3月');
    [HEAD, WANG, LI].forEach((r) => ws.addRow(r));
    const dir = tempDir();
    const file = path.join(dir, 'merged.xlsx');
    await wb.xlsx.writeFile(file);
    // exceljs itself would create every cell of such a merge: write the XML the way another program does.
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheet = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const xml = await zip.file(sheet)!.async('string');
    zip.file(sheet, xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A5:XFD1048576"/></mergeCells>'));
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const outcome = await gradeFile(file, { form: 'mattress-cs-monthly', output: null });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.code).toBe('too-large');
    // (1,048,576 − 4) rows × 16,384 columns
    expect(outcome.failure.message).toBe('merged.xlsx:工作表「3月」的合并单元格 A5:XFD1048576 覆盖 17,179,803,648 个单元格(上限 100,000 个),无法处理。请在 Excel 中取消这个合并后再试');
  });

  async function withMerges(name: string, refs: string[]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('3月');
    [HEAD, WANG, LI].forEach((r) => ws.addRow(r));
    const file = path.join(tempDir(), name);
    await wb.xlsx.writeFile(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheet = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const xml = await zip.file(sheet)!.async('string');
    const merges = refs.map((r) => `<mergeCell ref="${r}"/>`).join('');
    zip.file(sheet, xml.replace('</sheetData>', `</sheetData><mergeCells count="${refs.length}">${merges}</mergeCells>`));
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    return file;
  }

  it('20,000 small merges beside the table are read in linear time (exceljs compared each with every earlier one); the people are scored', async () => {
    const file = await withMerges('many-merges.xlsx', Array.from({ length: 20_000 }, (_, k) => `W${10 + k}:Z${10 + k}`));
    const t = process.cpuUsage();
    const outcome = await gradeFile(file, { form: 'mattress-cs-monthly', output: null });
    const used = process.cpuUsage(t);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => p.total)).toEqual([79, 100]);
    // Quadratic, this took about 45 s; linear, well under a second.
    expect((used.user + used.system) / 1000).toBeLessThan(8000);
  });

  it('merges that overlap are still refused as a damaged sheet; too many merged cells together are refused in one line', async () => {
    const overlap = await gradeFile(await withMerges('overlap.xlsx', ['W10:Z11', 'Y11:Y12']), { form: 'mattress-cs-monthly', output: null });
    expect(overlap.ok).toBe(false);
    // 11 merges of 100,000 cells each: 1,100,000 > 1,000,000 in all.
    const big = Array.from({ length: 11 }, (_, k) => `A${10 + k * 1000}:CV${9 + (k + 1) * 1000}`);
    const total = await gradeFile(await withMerges('total.xlsx', big), { form: 'mattress-cs-monthly', output: null });
    expect(total.ok ? '' : total.failure.message).toBe('total.xlsx:工作表「3月」的合并单元格共覆盖超过 1,000,000 个单元格(到 A10010:CV11009 为止已有 1,100,000 个),无法处理。请在 Excel 中取消不需要的合并后再试');
  });
});
