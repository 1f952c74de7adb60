import { columnNumber } from './fast/xml.js';
import { parseRels, relsPathOf, resolve } from './fast/rels.js';
import { columnLetters } from './grid.js';
import type { PackageParts } from './packageParts.js';

// exceljs gives a note only to a cell it reads, and Excel (like exceljs) writes no <c> for an empty cell with a note:
// the team's note on such a cell — 「本月请假,待补」 on an empty score, a remark under the table — was missing from the
// graded copy (and a problem's note on that cell replaced it). Each such cell is given an empty <c>, in its row's
// order, before exceljs loads the sheet; exceljsEmptyNotes.ts has exceljs keep it.

const CELL_REF = /<c\b[^>]*?\sr="\$?([A-Z]{1,3})\$?(\d{1,7})"/g;

/** The sheets' notes on cells their XML does not hold, each given an empty cell (parts changed in place). */
export function notedCellsGiven(parts: PackageParts): void {
  for (const sheet of parts.names().filter((n) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n))) {
    const rel = parseRels(parts.text(relsPathOf(sheet))).find((r) => r.type.endsWith('/comments') && !r.external);
    const comments = rel ? parts.text(resolve(sheet, rel.target)) : null;
    if (!comments) continue;
    const noted = [...comments.matchAll(/<comment\b[^>]*?\sref="\$?([A-Za-z]{1,3})\$?(\d{1,7})"/g)].map((m) => [Number(m[2]), columnNumber(m[1]!.toUpperCase())] as const);
    if (!noted.length) continue;
    const xml = parts.text(sheet)!;
    const missing = missingCells(xml, noted);
    if (missing.size) parts.set(sheet, withCells(xml, missing));
  }
}

/** Row → columns of the noted cells `xml` has no <c> for. */
function missingCells(xml: string, noted: ReadonlyArray<readonly [number, number]>): Map<number, number[]> {
  // A few notes (a template's on its headings): each cell looked for by its reference, not every cell of the sheet read.
  const few = noted.length <= 64;
  const present = new Set<string>();
  if (!few) for (const m of xml.matchAll(CELL_REF)) present.add(`${m[2]}:${columnNumber(m[1]!)}`);
  const missing = new Map<number, number[]>();
  for (const [row, col] of noted) {
    if (present.has(`${row}:${col}`) || (few && xml.includes(` r="${columnLetters(col)}${row}"`))) continue;
    present.add(`${row}:${col}`);
    const cols = missing.get(row);
    if (cols) cols.push(col);
    else missing.set(row, [col]);
  }
  return missing;
}

const emptyCell = (row: number, col: number) => `<c r="${columnLetters(col)}${row}"/>`;

/** `xml` with an empty cell at each of `missing` (rows and cells in order; rows that are not there added). */
export function withCells(xml: string, missing: Map<number, number[]>): string {
  const wanted = [...missing.keys()].sort((a, b) => a - b);
  const cellsOf = (row: number) => missing.get(row)!.sort((a, b) => a - b);
  const newRow = (row: number) => `<row r="${row}">${cellsOf(row).map((c) => emptyCell(row, c)).join('')}</row>`;
  const open = /<sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) return xml;
  if (open[1]) return `${xml.slice(0, open.index)}<sheetData>${wanted.map(newRow).join('')}</sheetData>${xml.slice(open.index + open[0].length)}`;
  const end = xml.indexOf('</sheetData>', open.index);
  if (end < 0) return xml;
  let out = xml.slice(0, open.index + open[0].length);
  let at = open.index + open[0].length;
  let next = 0;
  const rowTag = /<row\b[^>]*?(\/?)>/g;
  rowTag.lastIndex = at;
  for (let m = rowTag.exec(xml); m && m.index < end && next < wanted.length; m = rowTag.exec(xml)) {
    const n = Number(/\sr="(\d+)"/.exec(m[0])?.[1]);
    if (!Number.isFinite(n)) continue;
    while (next < wanted.length && wanted[next]! < n) {
      out += xml.slice(at, m.index) + newRow(wanted[next++]!);
      at = m.index;
    }
    if (wanted[next] !== n) continue;
    next++;
    const tagEnd = m.index + m[0].length;
    if (m[1]) {
      out += `${xml.slice(at, m.index)}${m[0].slice(0, -2)}>${cellsOf(n).map((c) => emptyCell(n, c)).join('')}</row>`;
      at = tagEnd;
      continue;
    }
    const close = xml.indexOf('</row>', tagEnd);
    if (close < 0) return xml;
    out += xml.slice(at, tagEnd) + rowWithCells(xml.slice(tagEnd, close), n, cellsOf(n));
    at = close;
    rowTag.lastIndex = close;
  }
  out += xml.slice(at, end) + wanted.slice(next).map(newRow).join('') + xml.slice(end);
  return out;
}

/** A row's body with an empty cell at each of `cols`, before the first cell to its right. */
function rowWithCells(body: string, row: number, cols: number[]): string {
  const starts = [...body.matchAll(/<c\b[^>]*?\sr="\$?([A-Z]{1,3})/g)].map((m) => ({ at: m.index!, col: columnNumber(m[1]!) }));
  let out = '';
  let at = 0;
  let i = 0;
  for (const col of cols) {
    while (i < starts.length && starts[i]!.col < col) i++;
    const before = i < starts.length ? starts[i]!.at : body.length;
    out += body.slice(at, before) + emptyCell(row, col);
    at = before;
  }
  return out + body.slice(at);
}
