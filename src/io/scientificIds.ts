import { rawText, type Grid } from './grid.js';

/**
 * 工号 of twelve digits or more that Excel saved to CSV in scientific notation (「2.02303E+11」): the digits after the sixth
 * are gone, so people with different 工号 share one. A column is so spoilt when most of its filled rows (a name beside
 * them) are so written, or two of them share one so written: it tells nobody apart and is read as no 工号 column (the
 * roster's people by name; a pay file's rows by name). `first` is the first such cell, to point the warning at.
 */
export function scientificIdColumn(grid: Grid, headerRow: number, col: number, nameCol: number): { first: { row: number; text: string }; count: number } | null {
  let filled = 0;
  let first: { row: number; text: string } | undefined;
  let count = 0;
  const seen = new Set<string>();
  let sharedNotation = false;
  for (let row = grid.nextRow(headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    const text = rawText(grid.value(row, col)).trim();
    if (!text || !grid.text(row, nameCol).trim()) continue;
    filled++;
    if (!SCIENTIFIC.test(text)) continue;
    count++;
    first ??= { row, text };
    if (seen.has(text)) sharedNotation = true;
    seen.add(text);
  }
  // (A few among short 工号 too: those few people were refused as one, 「请改正不对的工号」, no word of the notation.)
  if (!first || (count * 2 < filled && !sharedNotation)) return null;
  return { first, count };
}
const SCIENTIFIC = /^[+-]?\d(?:\.\d+)?e\+?\d+$/i;
