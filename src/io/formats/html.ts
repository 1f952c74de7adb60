// An HTML table, as many HR and ticket systems export "Excel" files (often named .xls).
import { problem } from '../../model/problems/index.js';
import { gridFromRows, withoutXmlForbidden } from '../grid.js';
import { readHtmlTable } from '../htmlTable.js';
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
    const rows = readHtmlTable(decoded.text, { fillSpans: true })?.map((row) => row.map(withoutXmlForbidden));
    if (!rows || rows.length === 0) {
      return { ok: false, failure: problem('file-kind', { name: path.basename(file), kind: 'html-without-table' }, { file }) };
    }
    const grids = [gridFromRows(decoded.sheet, rows)];
    return { ok: true, input: { kind: 'html', grids, workbook: null, rows, metadata: null, hiddenSheets: [], encoding: decoded.encoding } };
  },
};
