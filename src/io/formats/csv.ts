// CSV and other delimited text (.csv, .txt exports): delimiter detected, every cell kept as text.
import { problem } from '../../model/problems/index.js';
import { csvRows } from './csvRows.js';
import { shortLastRow } from './cutOff.js';
import { columnLetters, gridFromRows } from '../grid.js';
import { detectDelimiter } from '../textDecode.js';
import type { InputFormat } from './format.js';
import { INPUT_EXTENSIONS } from './names.js';
import { shownName } from '../shownName.js';
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
    // Excel's 「sep=;」 line names the delimiter: taken as said, and kept as the one cell it is (it was split at its
    // own 「;」 and the graded copy showed 「sep=」).
    const hint = /^\uFEFF?sep=([^\n])[ \t]*(?:\n|$)/i.exec(text);
    // A hint the rows do not follow (sep=; over comma rows, the file saved again by another program): the rows win.
    const said = hint && text.slice(hint[0].length).split('\n', 20).some((line) => line.includes(hint[1]!)) ? hint[1]! : null;
    const delimiter = said ?? detectDelimiter(hint ? text.slice(hint[0].length) : text);
    const body = hint ? csvRows(text.slice(hint[0].length), delimiter) : csvRows(text, delimiter);
    const rows = hint ? [[hint[0].replace(/\n$/, '').trim()], ...body.rows] : body.rows;
    const literal = hint ? body.literal.map((n) => n + 1) : body.literal;
    // Cut off partway: refused as a cut-off .xlsx is, not scored as if complete (see cutOff.ts).
    const cut = text.endsWith('\n') ? null : shortLastRow(rows, delimiter);
    if (cut) return { ok: false, failure: problem('file-unreadable', { name: shownName(file), case: 'text-cut', ...cut }, { file, sheet: decoded.sheet, cell: `A${cut.line}` }) };
    const grids = [{ ...gridFromRows(decoded.sheet, rows), delimiter }];
    const notes = literal.length ? [quotesNote(rows, literal, file, decoded.sheet)] : [];
    return { ok: true, input: { kind: 'csv', grids, workbook: null, rows, metadata: null, hiddenSheets: [], encoding: decoded.encoding, delimiter, ...(notes.length ? { notes } : {}) } };
  },
};

const clip = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

/**
 * Said at the cell whose quotes broke the row: not an export's sound 「="1001"」 (a 工号 kept with its zeros) before it —
 * a user sent to A2 found nothing wrong there while U2 held 「"好评"如潮」.
 */
function quotesNote(rows: string[][], literal: number[], file: string | undefined, sheet: string) {
  const row = rows[literal[0]! - 1] ?? [];
  const quoted = row.map((c, k) => ({ c, k })).filter(({ c }) => c.includes('"'));
  const odd = quoted.find(({ c }) => !/^="[^"]*"$/.test(c.trim())) ?? quoted[0];
  const col = odd ? odd.k + 1 : 1;
  return problem('csv-quotes', { lines: literal.slice(0, 10), count: literal.length, example: clip(odd?.c ?? '') }, { file, sheet, cell: `${columnLetters(col)}${literal[0]}` });
}
