// A worksheet part not named as Excel names it (xl/worksheets/roster.xml, as other generators write): exceljs reads only
// sheetN.xml, so the sheet was dropped from the graded copy without a word — or, being the one graded, the file was
// 「认不出是哪种考核表」. It is read and kept under Excel's name.
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { readWorkbook, sampleCopy } from '../helpers.js';

async function renamed(): Promise<string> {
  const file = sampleCopy('mattress-cs-monthly.march.roster.xlsx', 'renamed.xlsx');
  const zip = await JSZip.loadAsync(readFileSync(file));
  const move = async (from: string, to: string) => {
    zip.file(to, await zip.file(from)!.async('nodebuffer'));
    zip.remove(from);
  };
  await move('xl/worksheets/sheet1.xml', 'xl/worksheets/roster.xml');
  await move('xl/worksheets/_rels/sheet1.xml.rels', 'xl/worksheets/_rels/roster.xml.rels');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('worksheets/sheet1.xml', 'worksheets/roster.xml'));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('/xl/worksheets/sheet1.xml', '/xl/worksheets/roster.xml'));
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

describe('a worksheet part under another name', () => {
  it('is read and kept in the graded copy (ordinary path): the worked example\'s 王芳 79', async () => {
    const outcome = await gradeFile(await renamed(), { writer: 'exceljs', force: true });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.slice(0, 2).map((p) => [p.name, p.total])).toEqual([['王芳', 79], ['李强', 100]]);
    const graded = await readWorkbook(outcome.report.output!);
    expect(graded.getWorksheet('考核表')?.getCell('B2').value).toBe('王芳');
    // Its notes (赵磊's errors) and their drawing went with it.
    expect(graded.getWorksheet('考核表')!.getCell('F7').note).toBeTruthy();
  });
});
