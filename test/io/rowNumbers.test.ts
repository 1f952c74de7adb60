import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/io/loadInput.js';
import { realXlsx, unzip, zip } from '../../scripts/make-hostile.mjs';
import { tempDir } from '../helpers.js';

// realXlsx's sheet 3月 with its rows as given: 姓名/工号/客户回访率, then 张三 and 李四.
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const HEAD = '<c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>工号</t></is></c>';
const person = (row: number, name: string, id: string) =>
  `<c r="A${row}" t="inlineStr"><is><t>${name}</t></is></c><c r="B${row}" t="inlineStr"><is><t>${id}</t></is></c>`;

async function workbook(rows: string): Promise<string> {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>`;
  const entries: { name: string; data: Buffer }[] = unzip(await realXlsx());
  const file = path.join(tempDir(), 'march.xlsx');
  writeFileSync(file, zip(entries.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { name: e.name, data: Buffer.from(xml) } : e))));
  return file;
}

const READERS = [['exceljs', 'exceljs'], ['fast path', 'package']] as const;

describe('a sheet whose rows lose a row by their numbers is refused, naming the sheet and the row', () => {
  it.each(READERS)('two rows numbered 3: 李四 (row 4 written as a second r="3") would vanish (%s)', async (_, writer) => {
    const file = await workbook(`<row r="1">${HEAD}</row><row r="2">${person(2, '王五', '006')}</row><row r="3">${person(3, '张三', '007')}</row><row r="3">${person(4, '李四', '008')}</row>`);
    const r = await loadInput(file, { writer });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failure).toMatchObject({ code: 'file-unreadable', severity: 'error', file, sheet: '3月', params: { case: 'row-number', fault: 'repeated', row: 3, part: 'xl/worksheets/sheet1.xml' } });
    expect(r.failure.message).toBe('march.xlsx:工作簿已损坏:工作表「3月」有两行的行号都是 3,读取时会丢掉其中一行的数据。请用 Excel/WPS 打开后另存为 .xlsx 再试');
  });

  it.each(READERS)('a row numbered 0 (%s)', async (_, writer) => {
    const file = await workbook(`<row r="1">${HEAD}</row><row r="0">${person(2, '张三', '007')}</row><row r="3">${person(3, '李四', '008')}</row>`);
    const r = await loadInput(file, { writer });
    expect(!r.ok && r.failure.params).toMatchObject({ case: 'row-number', fault: 'zero', row: 0, sheet: '3月' });
    expect(!r.ok && r.failure.message).toBe('march.xlsx:工作簿已损坏:工作表「3月」有一行的行号是 0(行号从 1 开始),读取时这一行的数据会丢失。请用 Excel/WPS 打开后另存为 .xlsx 再试');
  });

  // OOXML lets a row go without r="…" (it follows the one before); exceljs read nothing past it and its reader
  // refused the sheet. Rows and cells are numbered before exceljs loads them (workbookFixups.ts referencesNumbered).
  it.each(READERS)('a row without a number after row 2 is row 3, its cells without references in their places (%s)', async (_, writer) => {
    const unnumbered = person(3, '李四', '008').replace(/<c r="[A-Z]+\d+"/g, '<c');
    const file = await workbook(`<row r="1">${HEAD}</row><row r="2">${person(2, '张三', '007')}</row><row>${unnumbered}</row>`);
    const r = await loadInput(file, { writer });
    if (!r.ok) throw new Error(r.failure.message);
    expect([r.input.grids[0]!.text(2, 1), r.input.grids[0]!.text(3, 1), r.input.grids[0]!.text(3, 2)]).toEqual(['张三', '李四', '008']);
  });

  // Past the first 64 KB of the sheet: the numbering was looked for there only, and the exceljs path refused the file.
  it.each(READERS)('a row and cells without numbers after 100 KB of numbered rows are read in their places (%s)', async (_, writer) => {
    const filler = Array.from({ length: 400 }, (_, i) => `<row r="${i + 2}"><c r="C${i + 2}" t="inlineStr"><is><t>${'备注'.repeat(100)}</t></is></c></row>`).join('');
    expect(filler.length).toBeGreaterThan(100_000);
    const unnumbered = person(402, '李四', '008').replace(/<c r="[A-Z]+\d+"/g, '<c');
    const file = await workbook(`<row r="1">${HEAD}</row>${filler}<row>${unnumbered}</row><row r="403">${person(403, '王五', '009').replace(/<c r="B403"/, '<c')}</row>`);
    const r = await loadInput(file, { writer });
    if (!r.ok) throw new Error(r.failure.message);
    const g = r.input.grids[0]!;
    expect([g.text(402, 1), g.text(402, 2), g.text(403, 1), g.text(403, 2)]).toEqual(['李四', '008', '王五', '009']);
  });

  it.each(READERS)('rows numbered in order, with gaps, read as before (%s)', async (_, writer) => {
    const file = await workbook(`<row r="1">${HEAD}</row><row r="2">${person(2, '张三', '007')}</row><row r="5">${person(5, '李四', '008')}</row>`);
    const r = await loadInput(file, { writer });
    if (!r.ok) throw new Error(r.failure.message);
    expect([r.input.grids[0]!.text(2, 1), r.input.grids[0]!.text(5, 1)]).toEqual(['张三', '李四']);
  });
});
