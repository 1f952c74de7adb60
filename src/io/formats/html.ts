// An HTML table, as many HR and ticket systems export "Excel" files (often named .xls).
import { problem } from '../../model/problems/index.js';
import { cellAddress, gridFromRows, withoutXmlForbidden } from '../grid.js';
import { readHtmlTableSpans } from '../htmlTable.js';
import type { InputFormat } from './format.js';
import { INPUT_EXTENSIONS } from './names.js';
import { decodeTextFile } from './textSheet.js';
import path from 'node:path';

export const htmlFormat: InputFormat<'html'> = {
  kind: 'html',
  extensions: INPUT_EXTENSIONS.html,
  async read(file, sniffed, options) {
    const decoded = decodeTextFile(file, sniffed.buffer, options.encoding);
    if ('failure' in decoded) return { ok: false, failure: decoded.failure };
    // Spans filled like an .xlsx merged range reads, so two-row headings join as they do in a workbook.
    // Entities decode to what XML cannot hold (&#xFFFE;): as the decoded text's own, each becomes a zero-width space.
    const table = readHtmlTableSpans(decoded.text, { fillSpans: true });
    const rows = table?.rows.map((row) => row.map(withoutXmlForbidden));
    if (!table || !rows || rows.length === 0) {
      return { ok: false, failure: problem('file-kind', { name: path.basename(file), kind: 'html-without-table' }, { file }) };
    }
    // A cell a colspan or rowspan covers shows the spanning cell's text, and says so, as a merged range of a workbook
    // does: one 意见 spanning two customers is one suggestion, not two.
    const grid = gridFromRows(decoded.sheet, rows);
    const spans = table.spans;
    const grids = [spans.size ? { ...grid, mergedInto: (row: number, col: number) => { const m = spans.get(`${row - 1},${col - 1}`); return m ? cellAddress(m.row + 1, m.col + 1) : undefined; } } : grid];
    return { ok: true, input: { kind: 'html', grids, workbook: null, rows, metadata: null, hiddenSheets: [], encoding: decoded.encoding } };
  },
};
