// A comment whose text is a bare <t> (openpyxl and LibreOffice write <text><t>…</t></text>): exceljs read it as empty,
// so the graded copy carried the team's note with no text — their words lost from the copy.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { commentRuns } from '../../src/io/workbookFixups.js';
import { readWorkbook, tempDir } from '../helpers.js';

const HEAD = ['工号', '姓名', '客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '回访问题处理效率·基础分', '处理能力', '态度'];

describe('a comment written as a bare <t>', () => {
  it('is wrapped in the run exceljs reads; a comment of runs is left as it is', () => {
    expect(commentRuns('<comment ref="F2"><text><t xml:space="preserve">有提升</t></text></comment>')).toBe('<comment ref="F2"><text><r><t xml:space="preserve">有提升</t></r></text></comment>');
    const runs = '<comment ref="F2"><text><r><rPr><b/></rPr><t>陈主管:</t></r><r><t>有提升</t></r></text></comment>';
    expect(commentRuns(runs)).toBe(runs);
  });

  it('keeps its text in the graded copy (it came out empty)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('3月');
    ws.addRow(HEAD);
    ws.addRow(['1001', '王芳', 40, 40, 10, 9, 13]);
    ws.getCell('F2').note = 'x';
    const dir = tempDir();
    const file = path.join(dir, 'comment.xlsx');
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const name = Object.keys(zip.files).find((n) => /^xl\/comments\d*\.xml$/.test(n))!;
    const xml = (await zip.file(name)!.async('string')).replace(/<text>[\s\S]*?<\/text>/, '<text><t>王芳本月处理能力有提升,见工单#123</t></text>');
    zip.file(name, xml);
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const before = readFileSync(file);
    const r = await gradeFile(file, { form: 'mattress-cs-monthly' });
    if (!r.ok) throw new Error(r.failure.message);
    expect(readFileSync(file).equals(before)).toBe(true);
    const graded = await readWorkbook(r.report.output!);
    const note = graded.getWorksheet('3月')!.getCell('F2').note;
    const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(text).toBe('王芳本月处理能力有提升,见工单#123');
  });
});
