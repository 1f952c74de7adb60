// A CSV row longer than its headings: a comma inside a cell without quotes (3,2 for 「3,2」 or 3、2) split it, and every
// cell after it moved one column to the right — scored as read, a wrong score (issue 9). Every row one cell longer
// than the headings (an export that ends each data row with a comma, a column without a heading) is the file's way;
// a few longer rows are split cells.
import type { ParamsOf } from '../model/problems/index.js';
import { cellAddress, type Grid } from './grid.js';
import { shortText } from './missingColumns.js';

export type SplitCell = { fields: ParamsOf<'row-shifted'>; cell: string };

/** For delimited text, what tells a row with a split cell (its extra cell, where it is); undefined for a workbook. */
export function splitCellCheck(grid: Grid, headerRow: number, lastKnown = 0, amounts: ReadonlySet<number> = new Set()): ((row: number) => SplitCell | null) | undefined {
  const width = grid.width;
  if (grid.delimiter === undefined || !width) return undefined;
  // lastKnown: the last column the headings name, on either row of a two-row heading (工作状况 over a blank cell).
  let lastHeading = lastKnown;
  for (let c = lastKnown + 1; c <= grid.columnCount; c++) if (grid.text(headerRow, c)) lastHeading = c;
  const headerWidth = width(headerRow);
  const widths = new Set<number>();
  let rows = 0;
  for (let r = headerRow + 1; r <= grid.rowCount; r++) {
    if (width(r) <= 1 && !grid.text(r, 1)) continue;
    rows++;
    widths.add(Math.max(width(r), headerWidth));
  }
  if (lastHeading === 0) return undefined;
  // Every row's extra cell three digits after a last headed cell of one to three, in a column of amounts in 元
  // (「132,500」 typed without quotes in the last column, on every row): read as 132 at exit 0. Split cells, not a column
  // of the file. (A score or a count there beside a column of codes is the file's way.)
  const splitThousands = (r: number) => amounts.has(lastHeading) && /^\d{1,3}$/.test(grid.text(r, lastHeading).normalize('NFKC').trim()) && /^\d{3}(\.\d+)?$/.test(grid.text(r, lastHeading + 1).normalize('NFKC').trim());
  let thousands = 0;
  for (let r = headerRow + 1; r <= grid.rowCount; r++) if (!(width(r) <= 1 && !grid.text(r, 1)) && splitThousands(r)) thousands++;
  if (rows < 2 || thousands * 2 < rows) thousands = 0;
  if (!thousands && rows > 1 && widths.size === 1 && !widths.has(headerWidth)) return undefined;
  // Every row holds something in the one column after the headings (a 1…n numbering column left without a heading,
  // LibreOffice's CSV keeping its empty heading cell): a column of the file, not a cell split on every row.
  // The last column past the headings holding something on row r, or 0.
  const lastPast = (r: number) => {
    for (let c = grid.columnCount; c > lastHeading; c--) if (grid.text(r, c)) return c;
    return 0;
  };
  let extra = 0;
  for (let r = headerRow + 1; r <= grid.rowCount; r++) {
    if (width(r) <= 1 && !grid.text(r, 1)) continue;
    if (lastPast(r) !== lastHeading + 1) break;
    extra++;
  }
  if (!thousands && rows > 1 && extra === rows) return undefined;
  return (row) => {
    if (thousands && splitThousands(row)) {
      const left = grid.text(row, lastHeading).normalize('NFKC').trim();
      const right = grid.text(row, lastHeading + 1).normalize('NFKC').trim();
      return { fields: { cells: width(row), headings: lastHeading, value: right, delimiter: grid.delimiter!, thousands: `${left},${right}` }, cell: cellAddress(row, lastHeading + 1) };
    }
    if (thousands) return null;
    let past = lastPast(row);
    // Split where the row's last column was empty: the row is longer than the headings, its extra cell blank.
    const cells = width(row);
    if (!past && cells > headerWidth && headerWidth > 0) past = cells;
    if (!past) return null;
    const fields = { cells: Math.max(past, cells), headings: lastHeading, value: shortText(grid.text(row, past)), delimiter: grid.delimiter! };
    return { fields, cell: cellAddress(row, past) };
  };
}

/**
 * A number split at its thousands comma where the row is not longer than its headings (an optional last column took
 * the shift: 「7001,孔一,2,000,3000」 under 工号,姓名,绩效基数,基本工资,备注 read 基数 2 and 基本工资 0). Told by the
 * right part: three digits starting with 0 (「000」, 「050」), which no one types as a number, after one to three digits
 * in a column read as a number (`numeric`). 「12,345」 is not told: 12 and 345 are two numbers as well.
 */
export function thousandsSplit(grid: Grid, row: number, numeric: Iterable<number>, lastHeading?: number, headerRow?: number): SplitCell | null {
  if (grid.delimiter !== ',') return null;
  const cols = [...numeric].sort((a, b) => a - b);
  // Full-width digits (「２,０００」) are the same digits.
  const text = (col: number) => grid.text(row, col).normalize('NFKC').trim();
  const found = (col: number): SplitCell => {
    const width = grid.width?.(row) ?? col + 1;
    return { fields: { cells: width, headings: width, value: text(col + 1), delimiter: ',', thousands: `${text(col)},${text(col + 1)}` }, cell: cellAddress(row, col + 1) };
  };
  // A right part starting with 0 (「80,000」) first: no one types 000 as a number.
  for (const col of cols) if (/^[+-]?\d{1,3}$/.test(text(col)) && /^0\d{2}(\.\d+)?$/.test(text(col + 1))) return found(col);
  // Or any three digits (「8,500」), when the shift ended in the last headed column — a column of words (备注) holding
  // a bare number on this row (8 元 of 绩效基数, 500 of 基本工资 and 3000 as the 备注) — and only when the left part is
  // far below the amounts of the other rows (8 among bases of 5,000): a base of 600 beside a 备注 of 200 is what it says.
  // Or every 「2,500」 of the file split alike, into a 备注: split cells, not the team's notes.
  // The rightmost pair first: after a split every cell moves right, so the pair nearest the 备注 is the split one
  // (「1 | 100」 of 中差评数 | 评价数 is two figures; 「95 | 300」 beside the 备注 is 95,300).
  // Or the split ending in the last headed column when that is an amount too (绩效基数 | 基本工资, the 基本工资 left blank
  // without its comma: 「1,500」 read as 基数 1 and 基本工资 500, paid 1 元 at exit 0): the left part far below the other rows'.
  if (lastHeading !== undefined && cols.includes(lastHeading) && cols.includes(lastHeading - 1)) {
    const col = lastHeading - 1;
    // (A thousands group's left part is 1–999 without leading zeros: 「0 | 350」 of 中差评数 | 评价数 is two figures.)
    // (And the amount joined is of the others' size: a part-timer's 100 | 800 is no 100,800 among bases of 3,000.)
    const median = medianOf(grid, col, row);
    const joined = Number(`${text(col)}${text(col + 1)}`);
    if (/^[1-9]\d{0,2}$/.test(text(col)) && /^\d{3}(\.\d+)?$/.test(text(col + 1)) && Number(text(col)) * 20 < median && joined * 5 >= median && joined <= median * 5) return found(col);
  }
  if (lastHeading === undefined || cols.includes(lastHeading) || !/^\d+(\.\d+)?$/.test(text(lastHeading))) return null;
  for (const col of [...cols].reverse()) {
    if (lastHeading <= col || !/^[+-]?\d{1,3}$/.test(text(col)) || !/^\d{3}(\.\d+)?$/.test(text(col + 1))) continue;
    if ((mostlyNotNumbers(grid, lastHeading, row) && Number(text(col)) * 20 < medianOf(grid, col, row)) || (headerRow !== undefined && notesOfSplitAmounts(grid, headerRow, lastHeading, col))) return found(col);
  }
  return null;
}

/**
 * A column headed 备注 (说明, 附注) after amounts split alike on most rows of the file: 1–3 digits in the amount's
 * column, three more in the next, on more than half the rows that fill it (every 「2,500」 typed unquoted). One such
 * row among whole amounts (a base of 600 beside a 备注 of 200) is what it says.
 */
function notesOfSplitAmounts(grid: Grid, headerRow: number, notesCol: number, col: number): boolean {
  if (!/^(备注|说明|附注|备注说明|注)$/.test(grid.text(headerRow, notesCol).normalize('NFKC').replace(/\s/g, ''))) return false;
  // And the 备注 itself holding bare numbers on most of those rows — where the shift put each row's last figure. (中差评
  // | 评价总数 of 1 | 150 on most rows is two figures; a 12 in one 备注 beside them is a remark.)
  let rows = 0;
  let split = 0;
  let numbers = 0;
  for (let r = headerRow + 1; r <= grid.rowCount; r++) {
    const left = grid.text(r, col).normalize('NFKC').trim();
    if (!left) continue;
    rows++;
    if (/^\d{1,3}$/.test(left) && /^\d{3}(\.\d+)?$/.test(grid.text(r, col + 1).normalize('NFKC').trim())) split++;
    if (/^\d+(\.\d+)?$/.test(grid.text(r, notesCol).normalize('NFKC').trim())) numbers++;
  }
  return rows >= 2 && split * 2 > rows && numbers * 2 > rows;
}

/** A column whose other rows hold no bare numbers (blank, or words): a number there on one row came from elsewhere. */
function mostlyNotNumbers(grid: Grid, col: number, except: number): boolean {
  let numbers = 0;
  let filled = 0;
  for (let r = 2; r <= grid.rowCount; r++) {
    if (r === except) continue;
    const t = grid.text(r, col).normalize('NFKC').trim();
    if (!t) continue;
    filled++;
    if (/^\d+(\.\d+)?$/.test(t)) numbers++;
  }
  return numbers * 2 < filled || filled === 0;
}

/** The median of a column's figures on the other rows (0 when none). */
function medianOf(grid: Grid, col: number, except: number): number {
  const values: number[] = [];
  for (let r = 2; r <= grid.rowCount; r++) {
    if (r === except) continue;
    const t = grid.text(r, col).normalize('NFKC').replace(/[,\s]/g, '');
    if (/^\d+(\.\d+)?$/.test(t)) values.push(Number(t));
  }
  if (!values.length) return 0;
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)]!;
}
