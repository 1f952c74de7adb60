#!/usr/bin/env node
// The floor kpi is measured against (issue 10): exceljs's streaming WorkbookReader reading every cell and
// WorkbookWriter writing every cell back plus 15 computed cells per row, no scoring. For a CSV: papaparse
// reading every row, the same writer. Usage: node scripts/bench-floor.mjs <input> <output.xlsx>
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

const [input, output] = process.argv.slice(2);
const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: output, useStyles: true, useSharedStrings: false });

function computed(values) {
  let sum = 0;
  let n = 0;
  for (const v of values) if (typeof v === 'number') { sum += v; n++; }
  return Array.from({ length: 15 }, (_, k) => Math.round((sum * (k + 1)) / (n + 1) * 100) / 100);
}

function plain(v) {
  if (v && typeof v === 'object' && !(v instanceof Date)) return v.result ?? v.text ?? (v.richText ? v.richText.map((r) => r.text).join('') : null);
  return v ?? null;
}

if (/\.csv$/i.test(input)) {
  const ws = writer.addWorksheet('csv');
  const rows = Papa.parse(readFileSync(input, 'utf8'), { skipEmptyLines: false }).data;
  for (const row of rows) ws.addRow([...row, ...computed(row.map(Number))]).commit();
  ws.commit();
} else {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore' });
  for await (const sheet of reader) {
    const ws = writer.addWorksheet(sheet.name ?? `Sheet${sheet.id}`);
    for await (const row of sheet) {
      const values = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => { values[col - 1] = plain(cell.value); });
      ws.addRow([...values, ...computed(values)]).commit();
    }
    ws.commit();
  }
}
await writer.commit();
