// CSV and other delimited text (.csv, .txt exports): delimiter detected, every cell kept as text.
import Papa from 'papaparse';
import { gridFromRows } from '../grid.js';
import { detectDelimiter } from '../textDecode.js';
import type { InputFormat } from './format.js';
import { INPUT_EXTENSIONS } from './names.js';
import { decodeTextFile } from './textSheet.js';

export const csvFormat: InputFormat<'csv'> = {
  kind: 'csv',
  extensions: INPUT_EXTENSIONS.csv,
  async read(file, sniffed, options) {
    const decoded = decodeTextFile(file, sniffed.buffer, options.encoding);
    if ('failure' in decoded) return { ok: false, failure: decoded.failure };
    // Line endings mixed in one file (a CRLF export with rows added in an editor that writes LF): papaparse takes the
    // first line's ending for all, and the other rows ran into the last cell of one row — people lost at exit 0.
    const text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text;
    const delimiter = detectDelimiter(text);
    const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\n', skipEmptyLines: false, dynamicTyping: false });
    const rows = parsed.data.filter((r) => Array.isArray(r));
    const grids = [gridFromRows(decoded.sheet, rows)];
    return { ok: true, input: { kind: 'csv', grids, workbook: null, rows, metadata: null, hiddenSheets: [], encoding: decoded.encoding, delimiter } };
  },
};
