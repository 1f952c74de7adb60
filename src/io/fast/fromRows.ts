import { PassThrough } from 'node:stream';
import { streamWorkbookWriter } from '../exceljsModules.js';
import { headingStyle } from '../graded/look.js';
import { csvCell, type RowsSheet } from '../graded/workbook.js';
import { readZipDirectory } from '../zipGuard.js';
import type { FastInput } from './read.js';
import { openPackage } from './readPackage.js';

// A large CSV or HTML table graded by the fast path: the sheet workbookFromRows builds in exceljs's memory
// model (a 50,000-row export took 4 GB there) is written here by exceljs's streaming writer, the same
// cells, widths, heading style and frozen heading, into a package the fast path then reads and writes into.

/** Tables of this many rows or more take the fast path (a roster sheet of 2 MB is about 2,000 people). */
export const FAST_MIN_TABLE_ROWS = 2_000;

export async function fastFromRows(sheet: RowsSheet, maxSize: number): Promise<FastInput> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = streamWorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  const ws = wb.addWorksheet(sheet.name, sheet.header ? { views: [{ state: 'frozen', xSplit: 0, ySplit: sheet.header.row }] } : {});
  ws.columns = sheet.widths.map((width) => ({ width }));
  for (const [i, values] of sheet.rows.entries()) {
    const row = ws.getRow(i + 1);
    values.forEach((v, c) => (row.getCell(c + 1).value = csvCell(v)));
    if (sheet.header?.row === i + 1) {
      for (let c = 1; c <= sheet.header.columns; c++) row.getCell(c).style = headingStyle();
      row.height = sheet.header.height;
    }
    row.commit();
    // Written as it goes: the zip stream drains between runs of rows instead of holding the whole sheet.
    if (i % 2_000 === 1_999) await new Promise((resolve) => setImmediate(resolve));
  }
  ws.commit();
  await wb.commit();
  const buffer = Buffer.concat(chunks);
  const dir = readZipDirectory(buffer);
  if (!dir.ok) throw new Error('exceljs wrote an unreadable package');
  // Its people were read from the rows already: the sheet is not read back into a second grid (a 50,000-row
  // export held twice for a moment, 50 MB more at the peak). The results go right of the widest row, which is
  // where its last value is (rowsSheet cut every row after its last non-empty cell).
  const lastValueColumn = sheet.rows.reduce((m, r) => Math.max(m, r.length), 0);
  return {
    pkg: openPackage(buffer, dir.entries, maxSize),
    grids: [],
    hiddenSheets: [],
    lastValueColumns: new Map([[sheet.name, lastValueColumn]]),
    // A table has no merged cells, nor formulas.
    formulas: [],
    mergedInto: () => undefined,
    rowMerged: () => false,
    metadata: null,
    hasMetadataSheet: false,
    marks: new Set(),
  };
}
