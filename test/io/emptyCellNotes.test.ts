// A note on an empty cell: Excel and exceljs write no <c> for the cell (only the note, in the comments part), openpyxl
// writes a <c> with neither value nor style, which exceljs reads as part of a merge. Either way exceljs dropped the note,
// and the graded copy lost the team's words (both writers: the fast path's skeleton is loaded by exceljs too).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { withCells } from '../../src/io/notedCells.js';
import { tempDir } from '../helpers.js';
import { commentsOf, csRepPerson, csRepRoster, notesIn } from './rosterBook.js';

describe('withCells', () => {
  const sheet = (rows: string) => `<worksheet><sheetData>${rows}</sheetData><pageMargins/></worksheet>`;

  it('puts each cell in its row before the first cell to its right, and adds rows in order', () => {
    const xml = sheet('<row r="2"><c r="A2" t="s"><v>0</v></c><c r="D2" s="1"/></row><row r="5" ht="20" customHeight="1"/><row r="9"><c r="AA9"><v>1</v></c></row>');
    const missing = new Map([
      [2, [3, 9]],
      [5, [2]],
      [7, [1]],
      [9, [2]],
      [12, [5, 4]],
    ]);
    expect(withCells(xml, missing)).toBe(
      sheet(
        '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2"/><c r="D2" s="1"/><c r="I2"/></row>' +
          '<row r="5" ht="20" customHeight="1"><c r="B5"/></row>' +
          '<row r="7"><c r="A7"/></row>' +
          '<row r="9"><c r="B9"/><c r="AA9"><v>1</v></c></row>' +
          '<row r="12"><c r="D12"/><c r="E12"/></row>',
      ),
    );
  });

  it('fills an empty sheetData', () => {
    expect(withCells('<worksheet><sheetData/></worksheet>', new Map([[3, [2]]]))).toBe('<worksheet><sheetData><row r="3"><c r="B3"/></row></sheetData></worksheet>');
  });
});

describe('a note on an empty cell', () => {
  it('is kept in the graded copy by both writers; on a cell kpi marks, it follows kpi’s note', async () => {
    // 员工1's 解决问题的能力 left empty: an error at G3, where the team wrote why.
    const { wb, ws } = await csRepRoster([csRepPerson(0, { varied: true }), csRepPerson(1, { varied: true, values: { R2: null } }), csRepPerson(2, { varied: true })]);
    ws.getCell('G3').note = '本月请假,待补';
    ws.getCell('C600').note = '表下面空格的批注'; // an unstyled empty cell past the template's rows: exceljs writes no <c>
    ws.getCell('AK4').note = '结果列右边的批注';
    const dir = tempDir();
    const input = path.join(dir, 'march.xlsx');
    await wb.xlsx.writeFile(input);
    const sheetXml = await (await JSZip.loadAsync(readFileSync(input))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toContain('r="C600"'); // the case: no cell for the note to be read with
    const before = readFileSync(input);
    for (const writer of ['exceljs', 'package'] as const) {
      const output = path.join(dir, `graded-${writer}.xlsx`);
      const r = await gradeFile(input, { output, writer });
      if (!r.ok) throw new Error(r.failure.message);
      expect(r.report.problems.some((p) => p.severity === 'error' && p.cell === 'G3'), writer).toBe(true);
      const notes = new Map([...(await notesIn(output, ws.name))].map(([ref, n]) => [ref, n.text]));
      expect(notes.get('C600'), writer).toBe('表下面空格的批注');
      expect(notes.get('AK4'), writer).toBe('结果列右边的批注');
      // kpi's note on the cell it marks, the team's kept under it (ledger.ts mark).
      expect(notes.get('G3'), writer).toMatch(/\n\n\(原批注\)本月请假,待补$/);
      expect(notes.get('G3'), writer).not.toMatch(/^本月请假/);
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('signed by the team (组长甲) on a cell kpi marks: under kpi\'s note with who wrote it, and put back signed once the cell is right', async () => {
    const { wb, ws } = await csRepRoster([csRepPerson(0, { varied: true }), csRepPerson(1, { varied: true, values: { R2: null } })]);
    ws.getCell('G3').note = '本月请假,待补';
    const dir = tempDir();
    const input = path.join(dir, 'signed.xlsx');
    await wb.xlsx.writeFile(input);
    const comments = (await commentsOf(input, ws.name))!;
    const zip = await JSZip.loadAsync(readFileSync(input));
    zip.file(comments.part, comments.xml.replace('<author>Author</author>', '<author>组长甲</author>'));
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    const graded = path.join(dir, 'signed.graded.xlsx');
    const r = await gradeFile(input, { output: graded, writer: 'exceljs' });
    if (!r.ok) throw new Error(r.failure.message);
    expect((await notesIn(graded, ws.name)).get('G3')?.text).toMatch(/\n\n\(原批注,组长甲\)本月请假,待补$/);
    // The cell answered in the graded copy and graded again: the team's note is back as it was, signed 组长甲 (it came
    // back signed 「Author」).
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(graded);
    book.getWorksheet(ws.name)!.getCell('G3').value = '良好';
    const again = path.join(dir, 'again.xlsx');
    await book.xlsx.writeFile(again);
    const second = await gradeFile(again, { output: path.join(dir, 'again.graded.xlsx'), writer: 'exceljs' });
    if (!second.ok) throw new Error(second.failure.message);
    expect((await notesIn(path.join(dir, 'again.graded.xlsx'), ws.name)).get('G3')).toEqual({ text: '本月请假,待补', author: '组长甲' });
  });

  it('written by openpyxl (a <c> with neither value nor style) is kept too', async () => {
    const { wb, ws } = await csRepRoster();
    ws.getCell('C600').note = '表下面空格的批注';
    const dir = tempDir();
    const input = path.join(dir, 'march.xlsx');
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    // exceljs wrote the note's row with no cell in it.
    expect(xml).toMatch(/<row r="600"[^>]*\/>/);
    zip.file('xl/worksheets/sheet1.xml', xml.replace(/<row r="600"[^>]*\/>/, '<row r="600"><c r="C600" t="n"/></row>'));
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    for (const writer of ['exceljs', 'package'] as const) {
      const output = path.join(dir, `graded-${writer}.xlsx`);
      const r = await gradeFile(input, { output, writer });
      if (!r.ok) throw new Error(r.failure.message);
      expect((await notesIn(output, ws.name)).get('C600')?.text, writer).toBe('表下面空格的批注');
    }
  });
});
