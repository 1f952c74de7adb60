// A wide graded roster repeats its 工号/name columns on every printed page, whatever the form calls the name
// column: §26 heads it 被考核人员, not 姓名, and its pages after the first printed scores without names.
import JSZip from 'jszip';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quotedSheet } from '../../src/io/exceljsNames.js';
import { gradeFile } from '../../src/io/grade.js';
import { readWorkbook, repoRoot, tempDir } from '../helpers.js';

describe('print titles of a wide graded roster', () => {
  it('cs-work-review (被考核人员 in column B): columns A:B and heading row 1 repeat on each page', async () => {
    const dir = tempDir();
    const output = path.join(dir, 'r.graded.xlsx');
    const out = await gradeFile(path.join(repoRoot, 'samples', 'cs-work-review.march.roster.xlsx'), { output });
    if (!out.ok) throw new Error(out.failure.message);
    const ws = (await readWorkbook(output)).getWorksheet('考核表')!;
    expect(ws.getCell('B1').value).toBe('被考核人员');
    expect(ws.pageSetup.printTitlesColumn).toBe('A:B');
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
  });
});

describe('a wide roster template', () => {
  it('prints several pages across with 工号 and 姓名 repeated (cs-competency: 46 columns were squeezed onto one page)', async () => {
    const { buildTemplate } = await import('../../src/io/template/index.js');
    const { form } = await import('../helpers.js');
    const wb = await buildTemplate(await form('cs-competency'), { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    expect(ws.pageSetup.fitToWidth).toBeGreaterThan(1);
    expect(ws.pageSetup.printTitlesColumn).toBe('A:B');
    // A narrow one (§13: eight items) keeps one page across.
    const narrow = await buildTemplate(await form('cs-scheme-100'), { layout: 'roster', generator: 'test' });
    expect(narrow.worksheets.find((w) => w.state === 'visible')!.pageSetup.fitToWidth).toBe(1);
  });
});

describe('a sheet whose name holds an apostrophe (客服部\'3月)', () => {
  it('has its print area and titles written with the apostrophe doubled, and the graded copy grades again', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in.xlsx');
    copyFileSync(path.join(repoRoot, 'samples', 'cs-work-review.march.roster.xlsx'), input);
    const wb = await readWorkbook(input);
    wb.getWorksheet('考核表')!.name = "客服部'3月";
    await wb.xlsx.writeFile(input);
    const output = path.join(dir, 'in.graded.xlsx');
    const first = await gradeFile(input, { output });
    if (!first.ok) throw new Error(first.failure.message);
    const xml = await (await JSZip.loadAsync(readFileSync(output))).file('xl/workbook.xml')!.async('string');
    const names = [...xml.matchAll(/<definedName name="_xlnm\.Print_Titles"[^>]*>([^<]*)</g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
    // It was '客服部'3月'!$A:$B: Excel repairs the file, LibreOffice drops it, and kpi could not read it again (exit 2).
    expect(names[0]).toBe("'客服部''3月'!$A:$B,'客服部''3月'!$1:$1");
    const again = await gradeFile(output, { output: null });
    if (!again.ok) throw new Error(again.failure.message);
    expect(again.report.people.map((p) => p.total)).toEqual(first.report.people.map((p) => p.total));
  });
  it('quotedSheet doubles an apostrophe exceljs left single, and leaves a reference quoted right as it is', () => {
    expect(quotedSheet("'a'b'!$1:$1")).toBe("'a''b'!$1:$1");
    expect(quotedSheet("'a''b'!$1:$1")).toBe("'a''b'!$1:$1");
    expect(quotedSheet("'汇总'!$A$1:$R$37")).toBe("'汇总'!$A$1:$R$37");
    expect(quotedSheet("'a'b'!$A:$B,'a'b'!$1:$1")).toBe("'a''b'!$A:$B,'a''b'!$1:$1");
  });
});
