// Just enough XML for the parts of a workbook package the fast path reads and edits: attributes,
// entity decoding and escaping. Anything it does not understand makes the caller fall back to exceljs.

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : NAMED[name!]!,
  );
}

const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b-\u000d\u000e-\u001f\ufffe\uffff]/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    // A carriage return kept as one: XML reads a bare CR as a line feed.
    .replace(/\r/g, '&#13;');
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of one start tag's text (`r="A1" s="3"`), names as written (prefix included). */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) out.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/** Text of every <t> in a string item or inline string, phonetic guides (<rPh>) left out. */
export function stringItemText(xml: string): string {
  const body = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  for (const m of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += unescapeOoxml(decodeXml(m[1] ?? ''));
  return out;
}

/** A font's or a run's properties strike their text: <strike/>, <strike val="1"/> (not val="0" nor "false"). */
export const STRIKE = /<strike\b(?![^>]*\bval\s*=\s*["'](?:0|false)["'])[^>]*>/;

/**
 * The runs of a rich string item (<r>…</r>, phonetic guides left out) with their strike: true or false as the run's
 * own properties (<rPr>) say, undefined for a run without them (the cell's font says). A plain item is one such run.
 */
export function stringItemRuns(xml: string): Array<{ text: string; strike?: boolean }> {
  const body = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  const runs: Array<{ text: string; strike?: boolean }> = [];
  for (const m of body.matchAll(/<r(?:\s[^>]*)?>([\s\S]*?)<\/r>/g)) {
    const props = /<rPr\b[^>]*?(?:\/>|>([\s\S]*?)<\/rPr>)/.exec(m[1]!);
    runs.push({ text: stringItemText(props ? m[1]!.replace(props[0], '') : m[1]!), ...(props ? { strike: STRIKE.test(props[1] ?? '') } : {}) });
  }
  return runs.length ? runs : [{ text: stringItemText(body) }];
}

/**
 * Excel's own escapes in a string item, 「_x000D_」 for a carriage return (and 「_x005F_」 for the underscore that starts
 * one), decoded as exceljs's text-xform and Excel decode them, one pass: a header 「处理能力_x000D_」 was no column on
 * the fast path, a reason of one line break 「_x000D_」 a reason.
 */
function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** 'B12' → [12, 2]; null when it is not a cell reference. */
export function parseRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  return m ? [Number(m[2]), columnNumber(m[1]!)] : null;
}

/**
 * Text escaped as exceljs's writer escapes it (its utils.xmlEncode): the five entities, DEL and the control
 * characters XML cannot carry dropped, tab and line feed kept, a carriage return as &#13;. Rows the fast path renders
 * itself read back exactly as the rows exceljs renders.
 */
export function encodeLikeExceljs(text: string): string {
  if (!/[<>&'"\x7F\x00-\x08\x0B-\x0C\x0D-\x1F]/.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (ch === '"') out += '&quot;';
    else if (ch === '&') out += '&amp;';
    else if (ch === "'") out += '&apos;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    // A carriage return as a character reference, as the ordinary path writes it after exceljs (sheetExtensions.ts):
    // XML reads a bare CR as a line feed.
    else if (code === 13) out += '&#13;';
    else if (code === 127 || (code <= 31 && code !== 9 && code !== 10)) continue;
    else out += ch;
  }
  return out;
}

/** One <row> of a sheet's XML, with its number (a row without r follows the row before). */
export interface SheetRow {
  n: number;
  /** The start tag's attributes, and the cells ('' for <row/>). */
  attrs: string;
  body: string;
  /** The element as written. */
  xml: string;
  /** The row says its number (r="…"). */
  numbered: boolean;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

/**
 * The whole <row> elements at the start of `text`, sheet XML streamed a chunk at a time (a row cut off at the
 * end waits for the next chunk). Returns the text not read yet and the last row's number.
 */
export function takeRows(text: string, previous: number, visit: (row: SheetRow) => void): { rest: string; last: number } {
  ROW.lastIndex = 0;
  let consumed = 0;
  let last = previous;
  for (let m = ROW.exec(text); m; m = ROW.exec(text)) {
    const attrs = m[1]!;
    const r = /\br="(\d+)"/.exec(attrs);
    last = r ? Number(r[1]) : last + 1;
    consumed = ROW.lastIndex;
    visit({ n: last, attrs, body: m[2] ?? '', xml: m[0], numbered: r !== null });
  }
  return { rest: text.slice(consumed), last };
}

const CELL = /<c\b([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g;

/** A row's cells with their columns (a cell without r="…" follows the one before it). */
export function cellsOf(body: string): Array<{ col: number; xml: string; attrs: string }> {
  const out: Array<{ col: number; xml: string; attrs: string }> = [];
  let col = 0;
  for (const m of body.matchAll(CELL)) {
    const ref = /\br="([A-Z]+\d+)"/.exec(m[1]!);
    col = ref ? parseRef(ref[1]!)![1] : col + 1;
    out.push({ col, xml: m[0], attrs: m[1]! });
  }
  return out;
}

/**
 * Where a row's cell `ref` (「G12」) starts and its start tag ends, found by its reference; null when every cell of the
 * row has a reference and none is this one (the row leaves the cell out); undefined when cells without a reference
 * leave it unknown (read the row cell by cell then).
 */
export function cellTagOf(body: string, ref: string): { at: number; end: number } | null | undefined {
  let at = body.indexOf(`<c r="${ref}"`);
  if (at < 0) {
    // Every cell written as Excel, WPS, LibreOffice and openpyxl write it (its reference first): the cell is not there.
    if (referencesFirst(body)) return null;
    at = new RegExp(`<c\\s[^>]*?\\br="${ref}"`).exec(body)?.index ?? -1;
    if (at < 0) return /<c(?=[\s>/])(?![^>]*\sr=")/.test(body) ? undefined : null;
  }
  const end = body.indexOf('>', at);
  return end < 0 ? undefined : { at, end };
}

/** Whether each cell's start tag of a row's XML begins with its reference (<c r="…"). */
function referencesFirst(body: string): boolean {
  for (let at = body.indexOf('<c'); at >= 0; at = body.indexOf('<c', at + 2)) {
    const next = body.charCodeAt(at + 2);
    // <charset>, <color> of rich text: no cell.
    if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) continue;
    if (!body.startsWith(' r="', at + 2)) return false;
  }
  return true;
}

/** Where `rest` (what takeRows left) closes the rows with </sheetData>: the index of that tag, or -1. */
export function rowsClosedAt(rest: string): number {
  const close = rest.indexOf('</sheetData>');
  return close >= 0 && !/<row\b/.test(rest.slice(0, close)) ? close : -1;
}
