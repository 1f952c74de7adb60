import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/io/loadInput.js';
import { numberCellsAsText } from '../../src/io/workbookFixups.js';
import { realXlsx, unzip, zip } from '../../scripts/make-hostile.mjs';
import { tempDir } from '../helpers.js';

// What exceljs cannot read is said in Chinese as a damaged workbook, naming the sheet (and part), exceljs's own
// words kept in brackets; a number cell holding text shows the text, not 「NaN」.

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function workbook(sheetData: string, after = ''): Promise<string> {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
  const entries: { name: string; data: Buffer }[] = unzip(await realXlsx());
  const file = path.join(tempDir(), 'march.xlsx');
  writeFileSync(file, zip(entries.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { name: e.name, data: Buffer.from(xml) } : e))));
  return file;
}

const HEAD = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>回访客户数</t></is></c></row>';

async function failure(file: string, writer: 'exceljs' | 'package' = 'exceljs') {
  const r = await loadInput(file, { writer });
  if (r.ok) throw new Error('expected a failure');
  return r.failure;
}

describe('a workbook exceljs cannot read names the damaged sheet', () => {
  it('a sheet listed without its part, or without the workbook\'s relationships: damaged, not 「没有找到表头」', async () => {
    const entries: { name: string; data: Buffer }[] = unzip(await realXlsx());
    for (const [lose, part] of [['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'], ['xl/_rels/workbook.xml.rels', 'xl/_rels/workbook.xml.rels']] as const) {
      const file = path.join(tempDir(), 'march.xlsx');
      writeFileSync(file, zip(entries.filter((e) => e.name !== lose)));
      const f = await failure(file);
      expect(f.message).toBe(`march.xlsx:工作簿已损坏:工作表「3月」(${part})无法读取(文件里缺少这张表的部件)。请用 Excel/WPS 打开后另存为 .xlsx 再试`);
    }
  });

  it('a cell reference that is no reference (「3G」): 「A Cell needs a Row」 in brackets', async () => {
    const f = await failure(await workbook(`${HEAD}<row r="2"><c r="3G"><v>1</v></c></row>`));
    expect(f).toMatchObject({ code: 'file-unreadable', sheet: '3月', params: { case: 'part-damaged', sheet: '3月', part: 'xl/worksheets/sheet1.xml', detail: 'A Cell needs a Row' } });
    expect(f.message).toBe('march.xlsx:工作簿已损坏:工作表「3月」(xl/worksheets/sheet1.xml)无法读取(A Cell needs a Row)。请用 Excel/WPS 打开后另存为 .xlsx 再试');
  });

  it('merged ranges that overlap (A2:C3 and B3:D4)', async () => {
    const f = await failure(await workbook(HEAD, '<mergeCells count="2"><mergeCell ref="A2:C3"/><mergeCell ref="B3:D4"/></mergeCells>'));
    expect(f.message).toBe('march.xlsx:工作簿已损坏:工作表「3月」(xl/worksheets/sheet1.xml)无法读取(Cannot merge already merged cells)。请用 Excel/WPS 打开后另存为 .xlsx 再试');
  });

  it('XML that does not parse: the part being read when the parser stopped', async () => {
    const f = await failure(await workbook(`${HEAD}<row r="2"><1c/></row>`));
    expect(f.params).toMatchObject({ case: 'part-damaged', sheet: '3月', part: 'xl/worksheets/sheet1.xml' });
    expect(f.message).toMatch(/^march\.xlsx:工作簿已损坏:工作表「3月」\(xl\/worksheets\/sheet1\.xml\)无法读取\(\d+:\d+: disallowed character in tag name\)。/);
  });
});

describe('the fast path leaves what is not an Excel file to exceljs, which says where it is damaged', () => {
  // The fast reader guessed a column for 「3G」 and let overlapping merges overwrite each other: a large roster was
  // scored where a small one was refused.
  it('a cell reference that is no reference', async () => {
    const file = await workbook(`${HEAD}<row r="2"><c r="3G"><v>1</v></c></row>`);
    expect(await failure(file, 'package')).toEqual(await failure(file, 'exceljs'));
  });

  it('merged ranges that overlap', async () => {
    const file = await workbook(HEAD, '<mergeCells count="2"><mergeCell ref="A2:C3"/><mergeCell ref="B3:D4"/></mergeCells>');
    expect((await failure(file, 'package')).message).toMatch(/工作表「3月」\(xl\/worksheets\/sheet1\.xml\)无法读取\(Cannot merge already merged cells\)/);
  });

  it('merged ranges side by side are read as before', async () => {
    const file = await workbook(`${HEAD}<row r="2"><c r="A2" t="inlineStr"><is><t>张三</t></is></c></row>`, '<mergeCells count="2"><mergeCell ref="A2:A3"/><mergeCell ref="B2:C3"/></mergeCells>');
    const r = await loadInput(file, { writer: 'package' });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.input.fast).toBeDefined();
    expect(r.input.grids[0]!.text(3, 1)).toBe('张三');
  });
});

describe('a number cell holding text', () => {
  it('is read as its text (exceljs read NaN), by the reader that grades it', async () => {
    const file = await workbook(`${HEAD}<row r="2"><c r="A2" t="inlineStr"><is><t>张三</t></is></c><c r="B2" s="0"><v>abc</v></c></row><row r="3"><c r="B3" t="n"><v>四十五</v></c><c r="C3"><v>45</v></c></row>`);
    for (const writer of ['exceljs', 'package'] as const) {
      const r = await loadInput(file, { writer });
      if (!r.ok) throw new Error(r.failure.message);
      const grid = r.input.grids[0]!;
      expect([grid.value(2, 2), grid.value(3, 2), grid.value(3, 3)]).toEqual([
        { kind: 'text', value: 'abc' },
        { kind: 'text', value: '四十五' },
        { kind: 'number', value: 45 },
      ]);
    }
  });

  it('numberCellsAsText changes only number cells whose value is no number', () => {
    const xml = '<c r="A1"><v>1.5e3</v></c><c r="A2"><v> -0.25 </v></c><c r="A3" s="2"><v>a&amp;b</v></c><c r="A4" t="n"><v>x</v></c>'
      + '<c r="A5" t="s"><v>3</v></c><c r="A6" t="str"><f>B1</f><v>text</v></c><c r="A7" t="e"><v>#N/A</v></c><c r="A8"/><c r="A9"><v>NaN</v></c>';
    expect(numberCellsAsText(xml)).toBe(
      '<c r="A1"><v>1.5e3</v></c><c r="A2"><v> -0.25 </v></c><c r="A3" s="2" t="str"><v>a&amp;b</v></c><c r="A4" t="str"><v>x</v></c>'
      + '<c r="A5" t="s"><v>3</v></c><c r="A6" t="str"><f>B1</f><v>text</v></c><c r="A7" t="e"><v>#N/A</v></c><c r="A8"/><c r="A9" t="str"><v>NaN</v></c>',
    );
    const clean = '<c r="A1"><v>1</v></c>';
    expect(numberCellsAsText(clean)).toBe(clean);
  });
});
