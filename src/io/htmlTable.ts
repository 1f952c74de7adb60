// Many Chinese systems (and Excel's 「网页」 format) export a "spreadsheet" that is an HTML page with
// a <table>, often named .xls. This reads the first table into rows of text with a small tokenizer:
// no DOM, no DOCTYPE processing, only the standard named entities and numeric references.

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  zwsp: '',
  copy: '©',
  reg: '®',
  trade: '™',
  yen: '¥',
  cent: '¢',
  pound: '£',
  euro: '€',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  middot: '·',
  bull: '•',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  permil: '‰',
  sect: '§',
  para: '¶',
};

/** Decodes &amp; &nbsp; &#20013; &#x4E2D; and the other standard named references; others stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(cp);
    }
    const v = NAMED[body] ?? NAMED[body.toLowerCase()];
    if (v === undefined || !whole.endsWith(';') && !['amp', 'lt', 'gt', 'quot', 'nbsp'].includes(body.toLowerCase())) return whole;
    return v;
  });
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
const LINE_BREAK = '\u0001';

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

function span(attrs: string, name: string, max: number): number {
  const v = attr(attrs, name);
  const n = v === undefined ? 1 : parseInt(v.trim(), 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Cell text: entities decoded, whitespace runs (and &nbsp;) collapsed, <br> as a line break, trimmed. */
function cellText(parts: string[]): string {
  return parts
    .join('')
    .split(LINE_BREAK)
    .map((line) => decodeEntities(line).replace(/[ \t\r\n\f\u00a0\u2002\u2003\u2009\u3000]+/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Index just past the '>' closing the tag that starts at `i` (quoted attribute values respected), or -1. */
function tagEnd(text: string, i: number): number {
  let quote = '';
  let prev = '';
  for (let j = i + 1; j < text.length; j++) {
    const ch = text[j]!;
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if ((ch === '"' || ch === "'") && prev === '=') quote = ch;
    else if (ch === '>') return j + 1;
    if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') prev = ch;
  }
  return -1;
}

/**
 * The first <table> of an HTML page as rows of cell text: <tr>/<td>/<th> with implicit closing,
 * colspan and rowspan blank-filled (the value sits in the first covered cell), entities decoded,
 * tags inside cells stripped, nested tables' text kept in their cell. null when there is no table
 * with at least one cell.
 * With `fillSpans`, every covered cell repeats the spanning cell's text instead, as exceljs reads a
 * merged range of an .xlsx: a heading spanning its inputs (「客户回访率」 over 「本月安装客户数」「回访客户数」),
 * or 「姓名」 spanning both heading rows, then reads the same from an HTML export as from the workbook.
 */
export function readHtmlTable(text: string, options: { fillSpans?: boolean } = {}): string[][] | null {
  const fill = options.fillSpans ?? false;
  const rows: string[][] = [];
  /** Columns covered by a rowspan from a row above: column → rows still covered. */
  const covered = new Map<number, number>();
  /** Columns covered by a rowspan from a row above: column → the spanning cell's text. */
  const coveredText = new Map<number, string>();
  const st: { row: string[] | null; cell: string[] | null; col: number; colspan: number; rowspan: number } = {
    row: null,
    cell: null,
    col: 0,
    colspan: 1,
    rowspan: 1,
  };
  let depth = 0; // <table> nesting; cells are read at depth 1
  let sawCell = false;
  let lower: string | null = null;
  /** Rowspans opened in the current row; they start covering from the next row. */
  const pending: { col: number; colspan: number; rowspan: number }[] = [];

  const closeCell = () => {
    if (!st.row || !st.cell) return;
    const value = cellText(st.cell);
    st.row[st.col] = value;
    for (let k = 1; k < st.colspan; k++) st.row[st.col + k] = fill ? value : '';
    st.cell = null;
  };
  const openCell = (attrs: string) => {
    closeCell();
    const row = (st.row ??= []);
    let c = row.length;
    while ((covered.get(c) ?? 0) > 0) {
      row[c] = fill ? coveredText.get(c) ?? '' : '';
      c++;
    }
    st.col = c;
    st.colspan = span(attrs, 'colspan', MAX_COLSPAN);
    st.rowspan = span(attrs, 'rowspan', MAX_ROWSPAN);
    st.cell = [];
    sawCell = true;
    pending.push({ col: c, colspan: st.colspan, rowspan: st.rowspan });
  };
  const closeRow = () => {
    closeCell();
    const row = st.row;
    st.row = null;
    if (!row) return;
    for (const [c, left] of covered) if (left > 0 && row[c] === undefined) row[c] = fill ? coveredText.get(c) ?? '' : '';
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = '';
    rows.push(row);
    for (const [c, left] of covered) {
      if (left <= 1) {
        covered.delete(c);
        coveredText.delete(c);
      } else covered.set(c, left - 1);
    }
    for (const p of pending) {
      if (p.rowspan <= 1) continue;
      for (let k = 0; k < p.colspan; k++) {
        covered.set(p.col + k, p.rowspan - 1);
        coveredText.set(p.col + k, row[p.col] ?? '');
      }
    }
    pending.length = 0;
  };
  const push = (s: string) => {
    if (st.cell) st.cell.push(s);
  };

  const len = text.length;
  let i = 0;
  while (i < len) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? len : lt;
    if (depth >= 1 && textEnd > i) push(text.slice(i, textEnd));
    if (lt < 0) break;
    i = lt;
    // Comments, conditional comments, <!DOCTYPE …>, <![if …]>, <?xml …?>: skipped, never interpreted.
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      i = end < 0 ? len : end + 3;
      continue;
    }
    const m = /^<(\/?)([A-Za-z][A-Za-z0-9:_-]*)/.exec(text.slice(i, i + 64));
    if (text[i + 1] === '!' || text[i + 1] === '?' || m) {
      const end = tagEnd(text, i);
      if (end < 0) break;
      const whole = text.slice(i, end);
      i = end;
      if (!m) continue;
      const closing = m[1] === '/';
      const name = m[2]!.toLowerCase();
      const attrs = whole.slice(m[0].length, -1);
      if (!closing && RAW_TEXT.has(name)) {
        lower ??= text.toLowerCase();
        const close = lower.indexOf(`</${name}`, i);
        i = close < 0 ? len : close;
        continue;
      }
      if (name === 'table') {
        if (!closing) {
          depth++;
          if (depth > 1) push(' ');
        } else if (depth > 0) {
          depth--;
          if (depth === 0) {
            closeRow();
            if (sawCell) break;
            rows.length = 0;
            covered.clear();
            coveredText.clear();
          }
        }
        continue;
      }
      if (depth > 1) {
        if (/^(tr|td|th|br|p|div|li)$/.test(name)) push(' ');
        continue;
      }
      if (depth === 0) continue;
      switch (name) {
        case 'tr':
          closeRow();
          if (!closing) st.row = [];
          break;
        case 'td':
        case 'th':
          if (closing) closeCell();
          else openCell(attrs);
          break;
        case 'thead':
        case 'tbody':
        case 'tfoot':
          closeRow();
          break;
        case 'br':
          push(LINE_BREAK);
          break;
        case 'p':
        case 'div':
        case 'li':
          if (closing) push(LINE_BREAK);
          break;
        default:
          break; // any other tag inside a cell is stripped
      }
      continue;
    }
    // A '<' that starts no tag is text.
    if (depth >= 1) push('<');
    i++;
  }
  if (depth > 0) closeRow(); // unterminated table: keep what was read
  if (!sawCell) return null;
  return rows;
}
