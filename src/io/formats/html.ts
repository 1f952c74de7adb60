// An HTML table, as many HR and ticket systems export "Excel" files (often named .xls).
import { problem } from '../../model/problems/index.js';
import { cellAddress, gridFromRows, withoutXmlForbidden, type Grid } from '../grid.js';
import type { RawValue } from '../../model/entries.js';
import { parseNumberText } from '../../engine/text.js';
import { readHtmlTableSpans } from '../htmlTable.js';
import type { InputFormat } from './format.js';
import { lastTableRow } from './cutOff.js';
import { INPUT_EXTENSIONS } from './names.js';
import { shownName } from '../shownName.js';
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
    // Cut off partway (a copy aborted, a disk full): a table never closed on a page never ended is refused, not scored
    // as if complete (see cutOff.ts).
    const cut = table.unclosed && !/<\/html\s*>/i.test(decoded.text) ? lastTableRow(rows) : null;
    if (cut) return { ok: false, failure: problem('file-unreadable', { name: shownName(file), case: 'text-cut', ...cut, html: true }, { file, sheet: decoded.sheet, cell: `A${cut.line}` }) };
    // A cell a colspan or rowspan covers shows the spanning cell's text, and says so, as a merged range of a workbook
    // does: one 意见 spanning two customers is one suggestion, not two.
    const grid = storedNumbers(gridFromRows(decoded.sheet, rows), table.numbers, table.hidden);
    const spans = table.spans;
    const grids = [spans.size ? { ...grid, mergedInto: (row: number, col: number) => { const m = spans.get(`${row - 1},${col - 1}`); return m ? cellAddress(m.row + 1, m.col + 1) : undefined; } } : grid];
    return { ok: true, input: { kind: 'html', grids, workbook: null, rows, metadata: null, hiddenSheets: [], encoding: decoded.encoding } };
  },
};

/**
 * A page Excel saved (「另存为网页」, often named .xls): a number is stored beside what its format shows
 * (<td x:num="18.399999999999999">18</td>, x:num="0.895" shown 「90%」). It is read as the workbook's cell is: the stored
 * number, a shown figure that differs said (shown-rounded) — 18 scored as shown gave 95 良好 for 95.4 优秀, exit 0.
 * Rows Excel hid (display:none) are hidden rows, as in the workbook: not read, said.
 */
function storedNumbers(grid: Grid, numbers: ReadonlyMap<string, number>, hidden: ReadonlySet<number>): Grid {
  if (numbers.size === 0 && hidden.size === 0) return grid;
  const value = (row: number, col: number): RawValue => {
    const stored = numbers.get(`${row - 1},${col - 1}`);
    const shown = grid.value(row, col);
    if (stored === undefined || shown.kind !== 'text') return shown;
    // Only over a figure: a date or a time (x:num 5.2e-4 shown 0:00:45, 46082 shown 2026年3月) is read as shown, as the
    // workbook's date cell is; so is a 工号 its format pads (001 of a stored 1).
    const text = shown.value.trim();
    const accounting = /^[(（]\s*[¥￥$]?\s*[\d,.]+%?\s*[)）]$/.test(text);
    if (/^0\d+$/.test(text) || (!accounting && parseNumberText(text) === null)) return shown;
    const figure = accounting ? null : parseNumberText(text);
    const percent = figure?.percent === true;
    const raw: RawValue = { kind: 'number', value: stored, ...(percent ? { percentFormat: true } : {}) };
    const onScreen = figure ? (percent ? figure.value / 100 : figure.value) : undefined;
    return onScreen !== undefined && Math.abs(onScreen - stored) > 1e-9 ? { ...raw, rounded: onScreen, roundedText: text } : raw;
  };
  return { ...grid, value, ...(hidden.size ? { rowHidden: (row: number) => hidden.has(row - 1) } : {}) };
}
