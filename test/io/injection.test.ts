import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { sheetPartOf } from '../../src/io/graded/charts.js';
import { readWorkbook, tempDir } from '../helpers.js';

// A user's text that looks like a formula must stay text in everything kpi writes; the user's own
// formulas in the input sheets must stay formulas.
describe('formula-looking text and hostile headings', () => {
  it('writes =, +, -, @, tab and CR text as strings into 汇总/问题, keeps the input formulas, ignores __proto__ columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('三月');
    ws.addRow(['工号', '姓名', '部门', '__proto__', 'constructor', '处理能力', '态度', '回访问题处理效率·基础分', '客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '其它·奖惩分', '其它·原因']);
    const names = ['=HYPERLINK("http://evil","点我")', '+1+2', '-3+4', '@SUM(A1)', '\t=1+1', '\r=2+2'];
    names.forEach((name, i) => {
      ws.addRow([`E${i}`, name, '=cmd|/C calc!A0', 'x', 'y', 9, 13, 8, 50, 45, i === 0 ? 2 : null, i === 0 ? '=evil()' : null]);
    });
    // The user's own formula with a cached result: N = 40 + 10.
    ws.getCell('I2').value = { formula: '40+10', result: 50 };
    const dir = tempDir();
    const input = path.join(dir, 'evil.xlsx');
    await wb.xlsx.writeFile(input);

    const outcome = await gradeFile(input, { form: 'mattress-cs-monthly' });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const r = outcome.report;
    expect(r.people.map((p) => p.name)).toEqual(names.map((n) => n.trim()));
    // 18 + 20 + 15 + 8 + 9 + 13 + 10 = 93, +2 for the first person
    expect(r.people.map((p) => p.total)).toEqual([95, 93, 93, 93, 93, 93]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();

    const zip = await JSZip.loadAsync(readFileSync(r.output!));
    const out = await readWorkbook(r.output!);
    const summaryXml = await zip.file((await sheetPartOf(zip, '汇总'))!)!.async('string');
    expect(summaryXml).not.toContain('<f>');
    const summary = out.getWorksheet('汇总')!;
    // The people's rows of the table (heading on row 5): every name is a string cell.
    for (let row = 6; row <= 11; row++) expect(summary.getCell(row, 3).type).toBe(ExcelJS.ValueType.String);
    // The user's sheet keeps its formula.
    expect(out.getWorksheet('三月')!.getCell('I2').value).toMatchObject({ formula: '40+10' });
  });
});
