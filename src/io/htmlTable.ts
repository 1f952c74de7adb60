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

// And a cell's note as LibreOffice saves it (<comment>…</comment> inside the cell): no part of what the cell shows.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'comment']);
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
function htmlCellText(parts: string[]): string {
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

/** One piece of the page: text between tags (as a range of the page), or a tag. */
type Token = { kind: 'text'; start: number; end: number } | { kind: 'tag'; name: string; closing: boolean; attrs: string };

/**
 * The page as text and tags, in order. Comments, <!DOCTYPE …>, <![if …]> and <?xml …?> are skipped, never
 * interpreted; the content of <script>, <style> and the other raw-text elements is skipped; a '<' that starts
 * no tag is text. Ends early at a tag that is never closed.
 */
function* htmlTokens(text: string): Generator<Token> {
  const len = text.length;
  let lower: string | null = null;
  let i = 0;
  while (i < len) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? len : lt;
    if (textEnd > i) yield { kind: 'text', start: i, end: textEnd };
    if (lt < 0) return;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      i = end < 0 ? len : end + 3;
      continue;
    }
    const m = /^<(\/?)([A-Za-z][A-Za-z0-9:_-]*)/.exec(text.slice(i, i + 64));
    if (text[i + 1] === '!' || text[i + 1] === '?' || m) {
      const end = tagEnd(text, i);
      if (end < 0) return;
      const whole = text.slice(i, end);
      i = end;
      if (!m) continue;
      const closing = m[1] === '/';
      const name = m[2]!.toLowerCase();
      if (!closing && RAW_TEXT.has(name)) {
        lower ??= text.toLowerCase();
        const close = lower.indexOf(`</${name}`, i);
        i = close < 0 ? len : close;
        continue;
      }
      yield { kind: 'tag', name, closing, attrs: whole.slice(m[0].length, -1) };
      continue;
    }
    yield { kind: 'text', start: i, end: i + 1 };
    i++;
  }
}

/** Rows built from cells as the tags open and close them, with colspan and rowspan laid out. */
class TableRows {
  readonly rows: string[][] = [];
  /** Whether any cell was opened: a table without one is no table. */
  sawCell = false;
  /** Columns covered by a rowspan from a row above: column → rows still covered. */
  private readonly covered = new Map<number, number>();
  /** Columns covered by a rowspan from a row above: column → the spanning cell's text. */
  private readonly coveredText = new Map<number, string>();
  /** Columns covered by a rowspan from a row above: column → the spanning cell (0-based row and column). */
  private readonly coveredFrom = new Map<number, { row: number; col: number }>();
  /** Each covered cell (「row,col」, 0-based) → the spanning cell, as a workbook's merged range names its first cell. */
  readonly spans = new Map<string, { row: number; col: number }>();
  /** Excel's stored number of a cell (<td x:num="18.399999999999999">18</td>), by 「row,col」 (0-based). */
  readonly numbers = new Map<string, number>();
  /** Rows Excel hid (<tr style='display:none'>), 0-based. */
  readonly hidden = new Set<number>();
  /** Rowspans opened in the current row; they start covering from the next row. */
  private readonly pending: { col: number; colspan: number; rowspan: number }[] = [];
  private row: string[] | null = null;
  private cell: string[] | null = null;
  private col = 0;
  private colspan = 1;

  /** `fill`: covered cells repeat the spanning cell's text (else they are blank). */
  constructor(private readonly fill: boolean) {}

  text(s: string): void {
    if (this.cell) this.cell.push(s);
  }

  openRow(attrs = ''): void {
    this.closeRow();
    this.row = [];
    if (/display\s*:\s*none/i.test(attr(attrs, 'style') ?? '')) this.hidden.add(this.rows.length);
  }

  openCell(attrs: string): void {
    this.closeCell();
    const row = (this.row ??= []);
    let c = row.length;
    while ((this.covered.get(c) ?? 0) > 0) {
      row[c] = this.fill ? this.coveredText.get(c) ?? '' : '';
      this.coverFrom(c);
      c++;
    }
    this.col = c;
    this.colspan = span(attrs, 'colspan', MAX_COLSPAN);
    const rowspan = span(attrs, 'rowspan', MAX_ROWSPAN);
    this.cell = [];
    this.sawCell = true;
    this.pending.push({ col: c, colspan: this.colspan, rowspan });
    const stored = attr(attrs, 'x:num');
    if (stored !== undefined && stored.trim() !== '' && Number.isFinite(Number(stored))) this.numbers.set(`${this.rows.length},${c}`, Number(stored));
  }

  closeCell(): void {
    if (!this.row || !this.cell) return;
    const value = htmlCellText(this.cell);
    this.row[this.col] = value;
    for (let k = 1; k < this.colspan; k++) {
      this.row[this.col + k] = this.fill ? value : '';
      this.spans.set(`${this.rows.length},${this.col + k}`, { row: this.rows.length, col: this.col });
    }
    this.cell = null;
  }

  /** The current row's cell in column `c`, covered by a rowspan from above: its spanning cell noted. */
  private coverFrom(c: number): void {
    const from = this.coveredFrom.get(c);
    if (from) this.spans.set(`${this.rows.length},${c}`, from);
  }

  closeRow(): void {
    this.closeCell();
    const row = this.row;
    this.row = null;
    if (!row) return;
    for (const [c, left] of this.covered) {
      if (left > 0 && row[c] === undefined) {
        row[c] = this.fill ? this.coveredText.get(c) ?? '' : '';
        this.coverFrom(c);
      }
    }
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = '';
    this.rows.push(row);
    this.advanceSpans(row);
  }

  /**
   * The end of a table with cells: the next table's rows follow below a blank row, as Excel lays out a page of several
   * tables (an export's title table above its data table). Spans do not reach from one table into the next.
   */
  endTable(): void {
    this.covered.clear();
    this.coveredText.clear();
    this.coveredFrom.clear();
    this.pending.length = 0;
    this.rows.push(['']);
  }

  /** A table with no cell is passed over: the next one starts afresh. */
  clear(): void {
    this.rows.length = 0;
    this.numbers.clear();
    this.hidden.clear();
    this.covered.clear();
    this.coveredText.clear();
    this.coveredFrom.clear();
    this.spans.clear();
  }

  /** Rowspans from above cover one row less; those opened in `row` start covering. */
  private advanceSpans(row: string[]): void {
    for (const [c, left] of this.covered) {
      if (left <= 1) {
        this.covered.delete(c);
        this.coveredText.delete(c);
        this.coveredFrom.delete(c);
      } else this.covered.set(c, left - 1);
    }
    for (const p of this.pending) {
      if (p.rowspan <= 1) continue;
      for (let k = 0; k < p.colspan; k++) {
        this.covered.set(p.col + k, p.rowspan - 1);
        this.coveredText.set(p.col + k, row[p.col] ?? '');
        this.coveredFrom.set(p.col + k, { row: this.rows.length - 1, col: p.col });
      }
    }
    this.pending.length = 0;
  }
}

/** A tag of the table being read (depth 1): rows, cells, and line breaks inside cells; other tags are stripped. */
function tableTag(table: TableRows, name: string, closing: boolean, attrs: string): void {
  switch (name) {
    case 'tr':
      if (closing) table.closeRow();
      else table.openRow(attrs);
      break;
    case 'td':
    case 'th':
      if (closing) table.closeCell();
      else table.openCell(attrs);
      break;
    case 'thead':
    case 'tbody':
    case 'tfoot':
      table.closeRow();
      break;
    case 'br':
      table.text(LINE_BREAK);
      break;
    case 'p':
    case 'div':
    case 'li':
      if (closing) table.text(LINE_BREAK);
      break;
    default:
      break; // any other tag inside a cell is stripped
  }
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
  return readHtmlTableSpans(text, options)?.rows ?? null;
}

/** The same, with each cell a colspan or rowspan covers → the cell that spans it (0-based), as merged ranges are read. */
export function readHtmlTableSpans(
  text: string,
  options: { fillSpans?: boolean } = {},
): { rows: string[][]; spans: ReadonlyMap<string, { row: number; col: number }>; numbers: ReadonlyMap<string, number>; hidden: ReadonlySet<number>; unclosed: boolean } | null {
  const table = new TableRows(options.fillSpans ?? false);
  let depth = 0; // <table> nesting; cells are read at depth 1
  let noteMark = false;
  for (const t of htmlTokens(text)) {
    if (t.kind === 'text') {
      if (depth >= 1 && !noteMark) table.text(text.slice(t.start, t.end));
      continue;
    }
    if (t.name === 'table') {
      if (!t.closing) {
        depth++;
        if (depth > 1) table.text(' ');
      } else if (depth > 0) {
        depth--;
        if (depth === 0) {
          table.closeRow();
          if (table.sawCell) table.endTable();
          else table.clear();
        }
      }
      continue;
    }
    // Excel's mark of a cell's note (<a class=msocomanchor …>[1]</a>) is no part of what the cell shows: the heading
    // 「工号[1]」 was no heading.
    if (t.name === 'a' && !t.closing && /msocomanchor/i.test(t.attrs)) {
      noteMark = true;
      continue;
    }
    if (t.name === 'a' && t.closing && noteMark) {
      noteMark = false;
      continue;
    }
    // A nested table's text stays in its cell, its rows and cells apart by a space.
    if (depth > 1 && /^(tr|td|th|br|p|div|li)$/.test(t.name)) table.text(' ');
    if (depth === 1) tableTag(table, t.name, t.closing, t.attrs);
  }
  const unclosed = depth > 0;
  if (unclosed) table.closeRow(); // unterminated table: keep what was read (the caller decides whether the page was cut off)
  // The blank row after the last table is no row of the page.
  while (table.rows.length && table.rows[table.rows.length - 1]!.every((c) => c === '')) table.rows.pop();
  return table.sawCell ? { rows: table.rows, spans: table.spans, numbers: table.numbers, hidden: table.hidden, unclosed } : null;
}
