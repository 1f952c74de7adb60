// A worksheet's first rows as CSV lines, as Excel's 「另存为 CSV」 quotes them.
export function sheetCsvLines(ws, lastRow) {
  const lines = [];
  for (let r = 1; r <= lastRow; r++) {
    const cells = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = ws.getCell(r, c).value;
      const s = v === null || v === undefined ? '' : String(v);
      cells.push(/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    }
    lines.push(cells.join(','));
  }
  return lines;
}
