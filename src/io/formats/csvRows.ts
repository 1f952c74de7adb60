// Rows of delimited text. papaparse, given a quote that does not close (「"好评"如潮」, 「"客户表扬信」), reads every
// later line into that one cell: 2,990 of 3,000 people gone at exit 0. Excel and LibreOffice keep reading such a line
// with its quotes as text. Where papaparse reports a quote error, the text is read again line by line: each line as
// papaparse reads it when it parses cleanly (with the lines a quoted cell legitimately spans), else with its quotes
// taken literally — and those lines are listed for a warning.
import Papa from 'papaparse';

/** Lines a quoted cell may span when the text is read line by line (a 备注 with line breaks). */
const SPAN_LINES = 20;

export interface CsvRows {
  rows: string[][];
  /** 1-based numbers of the rows read with their quotes as text (the rows' numbers in the sheet, as cells say them). */
  literal: number[];
}

export function csvRows(text: string, delimiter: string): CsvRows {
  const parse = (t: string) => Papa.parse<string[]>(t, { delimiter, newline: '\n', skipEmptyLines: false, dynamicTyping: false });
  const quotesWrong = (r: Papa.ParseResult<string[]>) => r.errors.some((e) => e.type === 'Quotes');
  const strict = parse(text);
  if (!quotesWrong(strict)) return { rows: strict.data.filter((r) => Array.isArray(r)), literal: [] };
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const rows: string[][] = [];
  const literal: number[] = [];
  let i = 0;
  while (i < lines.length) {
    let taken = 0;
    for (let k = 1; k <= SPAN_LINES && i + k <= lines.length; k++) {
      const r = parse(lines.slice(i, i + k).join('\n'));
      if (!quotesWrong(r) && r.data.length <= 1) {
        rows.push(r.data[0] ?? ['']);
        taken = k;
        break;
      }
      // A line that closes its quotes alone and still errs will not be mended by the lines after it.
      if (k === 1 && countQuotes(lines[i]!) % 2 === 0) break;
    }
    if (taken === 0) {
      rows.push(lenientCells(lines[i]!, delimiter));
      literal.push(rows.length);
      taken = 1;
    }
    i += taken;
  }
  return { rows, literal };
}

/**
 * One line's cells, its well-formed quoted cells read as quoted (「"3,2"」 is 3,2) and the others as typed: a quote
 * not closed before the next delimiter, or closed with text after it (「"好评"如潮」), is text.
 */
export function lenientCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    const next = line.indexOf(delimiter, i);
    const plain = () => (next < 0 ? line.slice(i) : line.slice(i, next));
    let cell: string | null = null;
    let end = next;
    if (line[i] === '"') {
      let j = i + 1;
      let value = '';
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) break;
        if (line[q + 1] === '"') {
          value += line.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        if (q + 1 === line.length || line.startsWith(delimiter, q + 1)) {
          cell = value + line.slice(j, q);
          end = q + 1 === line.length ? -1 : q + 1;
        }
        break;
      }
    }
    cells.push(cell ?? plain());
    if (end < 0) return cells;
    i = end + delimiter.length;
  }
}

function countQuotes(line: string): number {
  let n = 0;
  for (const c of line) if (c === '"') n++;
  return n;
}
