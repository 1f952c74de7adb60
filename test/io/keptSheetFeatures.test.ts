// What the exceljs path dropped from the team's sheets, found by a sweep of openpyxl and LibreOffice workbooks (the fast
// path copies these parts and kept them): a link to a place in the workbook and every link's tooltip, rows hidden or
// grouped with no cell in them, and the team's page breaks.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { tempDir } from '../helpers.js';
import { commentsOf, csRepRoster, notesIn, sheetParts } from './rosterBook.js';

/** The drawing XML of a sheet (its one drawing part). */
async function drawingOf(file: string, sheet: string): Promise<string> {
  const { part, rels, text } = await sheetParts(file, sheet);
  const target = /Target="([^"]*drawings\/drawing\d+\.xml)"/.exec(rels)![1]!;
  return text(path.posix.normalize(path.posix.join(path.posix.dirname(part), target)));
}

describe("the team's sheets, graded", () => {
  it('keep links to places (with tooltips), hidden and grouped rows without cells, and page breaks, on both writers', async () => {
    const { wb, ws } = await csRepRoster();
    ws.getCell('B2').value = { text: '员工0', hyperlink: "#'备注'!A1", tooltip: '看备注' };
    const notes = wb.addWorksheet('备注');
    notes.addRows([['说明'], ['见制度'], ['制度网页']]);
    notes.getCell('A3').value = { text: '制度网页', hyperlink: 'https://example.com/rules', tooltip: '公司制度' };
    notes.getCell('A4').value = { text: '上月', hyperlink: "2月考核.xlsx#'三月考核'!B5" };
    notes.getRow(15).hidden = true;
    notes.getRow(17).outlineLevel = 1;
    notes.getRow(10).addPageBreak();
    notes.getCell('A2').note = '制度在共享盘';
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    notes.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' }), { tl: { col: 3, row: 3 }, ext: { width: 40, height: 20 } });
    const dir = tempDir();
    const input = path.join(dir, 'kept.xlsx');
    await wb.xlsx.writeFile(input);
    // The note signed by its author, as Excel writes one (exceljs signs every note 「Author」).
    const comments = (await commentsOf(input, '备注'))!;
    const zip = await JSZip.loadAsync(readFileSync(input));
    zip.file(comments.part, comments.xml.replace('<author>Author</author>', '<author>Author</author><author>王组长</author>').replace(/(<comment ref="A2") authorId="0"/, '$1 authorId="1"'));
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    expect((await notesIn(input, '备注')).get('A2')).toEqual({ text: '制度在共享盘', author: '王组长' });
    // The input as Excel writes these: a place link with no relationship, the empty rows, the break.
    const given = await sheetParts(input, ws.name);
    expect(given.xml).toMatch(/<hyperlink ref="B2" location="&apos;备注&apos;!A1" tooltip="看备注"\/>/);
    expect((await sheetParts(input, '备注')).xml).toMatch(/<row r="15"[^>]*hidden="1"/);
    expect((await sheetParts(input, '备注')).rels).toContain('Target="2月考核.xlsx"');
    for (const writer of ['exceljs', 'package'] as const) {
      const output = path.join(dir, `graded-${writer}.xlsx`);
      const r = await gradeFile(input, { output, writer });
      if (!r.ok) throw new Error(r.failure.message);
      const roster = await sheetParts(output, ws.name);
      const link = /<hyperlink ref="B2"[^>]*\/>/.exec(roster.xml)?.[0] ?? '';
      expect(link, writer).toMatch(/location="(&apos;|')备注(&apos;|')!A1"/);
      expect(link, writer).toContain('tooltip="看备注"');
      expect(link, writer).not.toContain('r:id'); // Excel would look for a file named 「'备注'!A1」
      expect(roster.rels, writer).not.toContain('备注');
      const remarks = await sheetParts(output, '备注');
      expect(/<hyperlink ref="A3"[^>]*\/>/.exec(remarks.xml)?.[0], writer).toContain('tooltip="公司制度"');
      expect(remarks.rels, writer).toContain('https://example.com/rules');
      // A place in another file: the file in the relationship, the place beside it (the link opened the file only).
      expect(/<hyperlink ref="A4"[^>]*\/>/.exec(remarks.xml)?.[0], writer).toMatch(/r:id="rId\d+" location="(&apos;|')三月考核(&apos;|')!B5"/);
      expect(remarks.rels, writer).toContain('Target="2月考核.xlsx"');
      expect(remarks.xml, writer).toMatch(/<row r="15"[^>]*hidden="1"/);
      expect(remarks.xml, writer).toMatch(/<row r="17"[^>]*outlineLevel="1"/);
      expect(remarks.xml, writer).toMatch(/<rowBreaks [^>]*><brk id="10"[^>]*man="1"\/><\/rowBreaks>/);
      expect((await notesIn(output, '备注')).get('A2'), writer).toEqual({ text: '制度在共享盘', author: '王组长' });
      // The image, anchored to D4 alone. Written by exceljs: without its editAs on a one-cell anchor, which openpyxl
      // refused (it saw no image). The fast path copies the team's drawing as it was.
      const drawing = await drawingOf(output, '备注');
      if (writer === 'exceljs') expect(drawing).toMatch(/<xdr:oneCellAnchor><xdr:from><xdr:col>3<\/xdr:col>/);
      else expect(drawing).toBe(await drawingOf(input, '备注'));
      expect(drawing, writer).toContain('r:embed=');
      // kpi's notes on its headings stay 「Author」's.
      expect((await notesIn(output, ws.name)).get('A1')?.author, writer).toBe('Author');
    }
    // Graded again: the place link is read back as a link.
    const again = path.join(dir, 'again.xlsx');
    writeFileSync(again, readFileSync(path.join(dir, 'graded-exceljs.xlsx')));
    const second = await gradeFile(again, { output: path.join(dir, 'again.graded.xlsx') });
    if (!second.ok) throw new Error(second.failure.message);
    expect((await sheetParts(path.join(dir, 'again.graded.xlsx'), ws.name)).xml).toMatch(/<hyperlink ref="B2" location="[^"]*备注[^"]*!A1" tooltip="看备注"\/>/);
    expect(second.report.people.map((p) => p.name)).toEqual(['员工0']);
  });
});
