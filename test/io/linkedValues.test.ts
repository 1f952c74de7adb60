// A number or a formula with a link (to the sheet it counts, to the ticket behind a score) stays a number or a formula in
// the graded copy: exceljs made it the link's text — 「45」 with its =COUNTIF gone, 「8」 as text a SUM then skipped.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

const input = path.join(repoRoot, 'test/fixtures/links43/linked-cells.xlsx');

describe('linked numbers and formulas in the graded copy', () => {
  it('keep their formula, their number and their link; 张三 is scored as before (§8: 18 + 15 + 15 + 9 + 8 + 12 + 10 = 87)', async () => {
    const output = path.join(tempDir(), 'march.graded.xlsx');
    const report = await gradedReport(input, { output });
    expect(report.people.find((p) => p.name === '张三')?.total).toBeCloseTo(87, 10);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const sheet = wb.getWorksheet('张三')!;
    expect(sheet.getCell('F8').value).toMatchObject({ formula: 'COUNTIF(回访记录!D:D,"张三")', result: 45 });
    expect(sheet.getCell('F15').value).toBe(8);
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await import('node:fs').then((fs) => fs.readFileSync(output)));
    const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const xml = (await Promise.all(names.map((n) => zip.file(n)!.async('string')))).find((x) => x.includes('COUNTIF'))!;
    expect(xml).toMatch(/<c r="F8"[^>]*><f>COUNTIF\(回访记录!D:D,&quot;张三&quot;\)<\/f><v>45<\/v><\/c>/);
    expect(xml).toMatch(/<c r="F15"(?![^>]*t="s")[^>]*><v>8<\/v><\/c>/);
    // The links, as the input had them: a file and a place in it, a web address.
    expect(xml.match(/<hyperlink [^>]*\/>/g)).toEqual([expect.stringContaining('ref="F8"'), expect.stringContaining('ref="F15"')]);
    expect(xml).toContain('location="回访记录!A1"');
  });

  it('a link over a range of cells (<hyperlink ref="B2:B5">) is kept on each cell, as the fast path keeps it (it was dropped without a word)', async () => {
    const output = path.join(tempDir(), 'range.graded.xlsx');
    await gradedReport(path.join(repoRoot, 'test/fixtures/links43/linked-range.xlsx'), { form: 'mattress-cs-monthly', output, writer: 'exceljs' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet('考核表')!;
    const link = (a: string) => (ws.getCell(a).value as { hyperlink?: string } | null)?.hyperlink ?? (ws.getCell(a).model as { kpiLink?: { hyperlink: string } }).kpiLink?.hyperlink;
    expect(['B2', 'B5', 'N3', 'O5'].map(link)).toEqual(['#说明!A1', '#说明!A1', 'https://example.com/n3', 'https://example.com/n3']);
  });
});

