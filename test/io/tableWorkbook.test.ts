import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTableWorkbook, type TableSheet } from '../../src/io/tableWorkbook.js';
import { tempDir } from '../helpers.js';

// The tables are written as XML by kpi itself (no exceljs): read back with exceljs, every value, type, style
// and print setting must be what a sheet built through exceljs with kpi's look (look.ts) has.

const people: TableSheet = {
  name: '汇总',
  columns: [
    { heading: '文件', width: 20 },
    { heading: '总分', width: 9, numFmt: '0.00' },
    { heading: '状态', width: 40, wrap: true },
  ],
  rows: [
    ['a.xlsx', 80.125, '已评分'],
    ['=1+1', null, '  前后空格  '],
    ['b & <c>.xlsx', 7, '第一行\n第二行'],
    ['c.xlsx', Number.NaN, undefined],
    ['a_x0041_.xlsx', 1, '_x000D_'],
  ],
  heights: new Map([[2, 32]]),
  filter: true,
};
// Width 20 + 9 + 40 = 69: portrait (up to 95 characters), centred (under 80 % of them).
const wide: TableSheet = {
  name: "x'y & z",
  columns: Array.from({ length: 12 }, (_, i) => ({ heading: `列${i + 1}`, width: 14 })),
  rows: [Array.from({ length: 12 }, (_, i) => i * 1.5)],
};
// 12 × 14 = 168 > 95: landscape; over 80 % of 140: not centred.

async function written(sheets: TableSheet[]): Promise<ExcelJS.Workbook> {
  const file = path.join(tempDir(), 'tables.xlsx');
  await writeTableWorkbook(file, sheets, { now: new Date('2026-03-31T12:00:00Z') });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('writeTableWorkbook', () => {
  it('writes values as typed: text stays text, numbers keep their format, empty cells stay empty', async () => {
    const wb = await written([people, wide]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', "x'y & z"]);
    expect(wb.creator).toBe('kpi');
    const ws = wb.getWorksheet('汇总')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['文件', '总分', '状态']);
    expect(ws.getCell('A2').value).toBe('a.xlsx');
    expect(ws.getCell('B2').value).toBe(80.125);
    expect(ws.getCell('B2').numFmt).toBe('0.00');
    expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A3').value).toBe('=1+1');
    expect(ws.getCell('B3').value).toBeNull();
    expect(ws.getCell('C3').value).toBe('  前后空格  ');
    expect(ws.getCell('A4').value).toBe('b & <c>.xlsx');
    expect(ws.getCell('C4').value).toBe('第一行\n第二行');
    // NaN and undefined are written as nothing.
    expect(ws.getCell('B5').value).toBeNull();
    expect(ws.getCell('C5').value).toBeNull();
    // Excel's escape _xHHHH_ written literally stays literal (read as 'A' and a carriage return otherwise).
    expect(ws.getCell('A6').value).toBe('a_x0041_.xlsx');
    expect(ws.getCell('C6').value).toBe('_x000D_');
    expect(ws.rowCount).toBe(6);
  });

  it('has kpi\'s look: headings bold on their fill and boxed, frozen, filtered, widths, wrapped and tall rows', async () => {
    const ws = (await written([people])).getWorksheet('汇总')!;
    const h = ws.getCell('A1');
    expect(h.font?.bold).toBe(true);
    expect(h.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(h.border?.top).toMatchObject({ style: 'thin', color: { argb: 'FF999999' } });
    expect(h.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:C6');
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([20, 9, 40]);
    // A wrapping column: its own style wraps; a cell of a one-line row is plain (LibreOffice draws wrapped text lower
    // than the cells beside it), one of a taller row wraps at the top.
    expect(ws.getColumn(3).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getCell('C2').alignment).toBeUndefined();
    expect(ws.getCell('C4').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    // Row 4 (rows[2]) is 32 points tall, and every cell of it is aligned to the top.
    expect(ws.getRow(4).height).toBe(32);
    expect(ws.getCell('A4').alignment).toMatchObject({ vertical: 'top' });
    expect(ws.getCell('B4').alignment).toMatchObject({ vertical: 'top' });
    expect(ws.getCell('B4').numFmt).toBe('0.00');
    expect(ws.getCell('A2').alignment?.vertical).toBeUndefined();
  });

  it('prints A4 one page wide, headings on every page, page numbers; landscape only when too wide', async () => {
    const wb = await written([people, wide]);
    const narrow = wb.getWorksheet('汇总')!.pageSetup;
    expect(narrow).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, printTitlesRow: '1:1' });
    expect(narrow.margins).toMatchObject({ left: 0.4, right: 0.4, top: 0.55, bottom: 0.55, header: 0.3, footer: 0.3 });
    const broad = wb.getWorksheet("x'y & z")!;
    expect(broad.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
    expect(broad.pageSetup.horizontalCentered).toBeFalsy();
    expect(broad.headerFooter.oddFooter).toBe('&C第 &P 页,共 &N 页');
    // 0, 1.5, 3 … 16.5 across the row.
    expect((broad.getRow(2).values as unknown[]).slice(1)).toEqual([0, 1.5, 3, 4.5, 6, 7.5, 9, 10.5, 12, 13.5, 15, 16.5]);
  });
});

describe('a CSV cell in the graded copy', () => {
  it('is a number when it is a plain number (50, -5, 92.5); 001, 3,2, 90% and 1e5 stay text; nothing typed is no cell', async () => {
    const { csvCell } = await import('../../src/io/graded/workbook.js');
    expect(['50', '-5', '92.5', '0', '0.75'].map(csvCell)).toEqual([50, -5, 92.5, 0, 0.75]);
    expect(['001', '3,2', '90%', '1e5', '+5', '12345678901234567'].map(csvCell)).toEqual(['001', '3,2', '90%', '1e5', '+5', '12345678901234567']);
    expect(csvCell('')).toBeNull();
  });
});
