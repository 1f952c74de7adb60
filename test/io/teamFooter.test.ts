// The roster sheet's print set-up is kpi's in the graded copy (its table is wider), but the team's own footer text stays:
// 「公司机密」 on the left was replaced by the page numbers. LibreOffice's differentFirst="true" (a first page with its
// own header) stays too: exceljs read only "1".
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { PRINT_FOOTER, withPageNumbers } from '../../src/io/graded/look.js';
import { tempDir } from '../helpers.js';
import { csRepRoster, sheetParts } from './rosterBook.js';

describe('withPageNumbers', () => {
  it("puts the page numbers in an empty centre and keeps the team's left and right; a centre of theirs stays", () => {
    expect(withPageNumbers(undefined)).toBe(PRINT_FOOTER);
    expect(withPageNumbers('')).toBe(PRINT_FOOTER);
    expect(withPageNumbers('&L公司机密&R&D')).toBe(`&L公司机密${PRINT_FOOTER}&R&D`);
    expect(withPageNumbers('&L甲&&乙&C&R右')).toBe(`&L甲&&乙${PRINT_FOOTER}&R右`);
    expect(withPageNumbers('&C第 &P 页')).toBe('&C第 &P 页');
    expect(withPageNumbers('居中的字')).toBe('居中的字'); // text before any section is the centre's
    expect(withPageNumbers('&"宋体,加粗"&L左')).toBe(`&L左${PRINT_FOOTER}`); // a font code alone is no centre text
  });
});

describe("the team's footer on the roster sheet", () => {
  it('stays beside kpi’s page numbers, with a first page of its own, on both writers', async () => {
    const { wb, ws } = await csRepRoster();
    ws.headerFooter = { ...ws.headerFooter, oddFooter: '&L公司机密&R人事部', firstHeader: '&C首页', differentFirst: true };
    const dir = tempDir();
    const input = path.join(dir, 'footer.xlsx');
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('differentFirst="1"');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace('differentFirst="1"', 'differentFirst="true"')); // as LibreOffice writes it
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    for (const writer of ['exceljs', 'package'] as const) {
      const output = path.join(dir, `graded-${writer}.xlsx`);
      const r = await gradeFile(input, { output, writer });
      if (!r.ok) throw new Error(r.failure.message);
      const { xml } = await sheetParts(output, ws.name);
      const footer = /<oddFooter>([^<]*)<\/oddFooter>/.exec(xml)?.[1];
      expect(footer, writer).toBe(`&amp;L公司机密${PRINT_FOOTER.replace(/&/g, '&amp;')}&amp;R人事部`);
      expect(xml, writer).toMatch(/<headerFooter\b[^>]*differentFirst="(1|true)"/);
      expect(xml, writer).toContain('<firstHeader>&amp;C首页</firstHeader>');
    }
  });
});
