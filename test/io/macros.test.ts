import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

// An .xlsm roster (a team's macros beside the form). The graded copy is an .xlsx: a package copied part for part kept
// its macro-enabled workbook, which Excel refuses to open under that name. Both paths write a plain workbook and say
// the macros were not kept.

async function xlsmOf(source: string, file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(source));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types
    .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
    .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  zip.file('xl/vbaProject.bin', Buffer.from('not really VBA, but where Excel keeps it'));
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

describe('a workbook with macros (.xlsm)', () => {
  it('is graded into a plain .xlsx on either path, said; the scores are those of the same roster without macros', async () => {
    const dir = tempDir();
    const source = path.join(repoRoot, 'samples', 'mattress-cs-monthly.march.roster.xlsx');
    const input = path.join(dir, 'march.xlsm');
    await xlsmOf(source, input);
    const plain = await gradeFile(source, { output: null });
    if (!plain.ok) throw new Error(plain.failure.message);
    for (const writer of ['package', 'exceljs'] as const) {
      const output = path.join(dir, `march-${writer}.graded.xlsx`);
      const r = await gradeFile(input, { output, writer });
      if (!r.ok) throw new Error(r.failure.message);
      expect(r.report.people.map((p) => [p.name, p.total, p.band]), writer).toEqual(plain.report.people.map((p) => [p.name, p.total, p.band]));
      expect(r.report.problems.filter((p) => p.code === 'content-dropped').map((p) => p.message), writer).toEqual([
        '原文件中的宏(VBA)没有保留在评分结果中:评分结果是 .xlsx,不能带宏(原文件未改动,宏仍在原文件里)',
      ]);
      const zip = await JSZip.loadAsync(readFileSync(output));
      const types = await zip.file('[Content_Types].xml')!.async('string');
      expect(types, writer).not.toMatch(/macroEnabled/);
      expect(types, writer).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
      expect(Object.keys(zip.files).filter((n) => /vba/i.test(n)), writer).toEqual([]);
      expect(await zip.file('xl/_rels/workbook.xml.rels')!.async('string'), writer).not.toMatch(/vbaProject/);
    }
  });
});

describe('a template (.xltx) graded', () => {
  it('gives a workbook: the graded .xlsx has a workbook\'s main part on the fast path too', async () => {
    const dir = tempDir();
    const source = path.join(repoRoot, 'samples', 'mattress-cs-monthly.march.roster.xlsx');
    const input = path.join(dir, 'march.xltx');
    const zip = await JSZip.loadAsync(readFileSync(source));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('spreadsheetml.sheet.main+xml', 'spreadsheetml.template.main+xml'));
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    for (const writer of ['package', 'exceljs'] as const) {
      const output = path.join(dir, `march-${writer}.graded.xlsx`);
      const r = await gradeFile(input, { output, writer });
      if (!r.ok) throw new Error(r.failure.message);
      const out = await (await JSZip.loadAsync(readFileSync(output))).file('[Content_Types].xml')!.async('string');
      expect(out, writer).not.toContain('template.main+xml');
      expect(out, writer).toContain('spreadsheetml.sheet.main+xml');
    }
  });
});
