import { takeRows, type SheetRow } from './fast/xml.js';

// A sheet's <row r="…"> numbers say where each row's cells go. Two rows with one number, or a row numbered 0
// (rows start at 1), do not come from Excel or WPS — a hand-edited or broken export — and every reader drops
// one of them: exceljs keeps the last row of a number and files row 0 under no row at all, so a person
// vanished from the scores without a word. Such a sheet is refused, naming it and the row.

/**
 * What is wrong with a row's number: two rows say it, or it is 0. A row without a number follows the one before it
 * (workbookFixups.ts numbers it before exceljs loads the sheet; the fast reader counts it).
 */
export type RowFault = 'repeated' | 'zero';

export class SheetRowFault extends Error {
  constructor(
    readonly part: string,
    readonly fault: RowFault,
    /** The row's number. */
    readonly row: number,
    /** The sheet's name where the reader knows it. */
    readonly sheet?: string,
  ) {
    super(`${part}: row ${row} ${fault}`);
  }
}

/** The fault of `row` given the numbers of the rows before it (`seen`, which it joins); null when it is fine. */
export function rowFault(row: Pick<SheetRow, 'n'>, seen: { has(n: number): boolean }): RowFault | null {
  if (row.n === 0) return 'zero';
  return seen.has(row.n) ? 'repeated' : null;
}

/**
 * Throws SheetRowFault for the first row of a worksheet's XML that exceljs would lose or stop at: one repeating a
 * number, one numbered 0, one without a number (exceljs stops with «Invalid row number in model»).
 */
export function checkRowNumbers(part: string, xml: string): void {
  const start = xml.indexOf('<sheetData');
  if (start < 0) return;
  const seen = new Set<number>();
  let fault: SheetRowFault | null = null;
  takeRows(xml.slice(start), 0, (row) => {
    if (fault) return;
    const f = rowFault(row, seen);
    if (f) fault = new SheetRowFault(part, f, row.n);
    seen.add(row.n);
  });
  if (fault) throw fault;
}
