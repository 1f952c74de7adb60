import path from 'node:path';
import { needsCommentRelocation, relocateCommentParts } from './commentParts.js';
import { notedCellsGiven } from './notedCells.js';
import { columnNumber, decodeXml, escapeXml } from './fast/xml.js';
import { columnLetters } from './grid.js';
import type { PackageParts } from './packageParts.js';
import { MARKED_PARTS, type XmlMark } from './xmlGuard.js';
import { formulaResultsStale, withoutFormulaResults } from './staleResults.js';

// Workbooks that exceljs misreads, repaired in the zip before it loads them (the user's file is untouched):
// - openpyxl/pandas write absolute relationship targets (/xl/drawings/drawing1.xml); exceljs resolves only
//   relative ones and crashes on any image or chart ("reading 'anchors'"). Targets become relative.
// - a cell typed t="d" (ISO date) is read by exceljs as parseFloat("2026-03-01") = 2026; it becomes the text
//   of the date, which no number input accepts.
// - exceljs drops a cached empty string, so a formula showing "" (t="str" with <v></v>) looked like a formula
//   never calculated; its cached value becomes a single space, which reads as blank. A formula with no cached
//   value at all stays uncached and is refused like any other.
// - openpyxl writes drawings in the default namespace (<wsDr xmlns="…spreadsheetDrawing">); exceljs knows
//   them only as xdr:wsDr and loses the drawing, then crashes on its relationships. The prefix is added.
// - comment parts where openpyxl puts them (commentParts.ts), and their text as a bare <t>, which exceljs reads as
//   empty (the graded copy lost every note the team wrote).
// - a phonetic guide (<rPh>, 拼音指南) inside a cell's inline string: exceljs's inline-string parser did not expect it
//   and read the rest of the sheet wrong — every later row gone, from the scores and from the graded copy. The guide
//   is taken out (exceljs keeps no phonetic guide anywhere: those in shared strings were dropped on writing too).
// - a note on a cell the sheet does not hold (an empty cell: notedCells.ts), which exceljs dropped.
// - XML's booleans written as words (LibreOffice: date1904="true", gridLines="true", showGridLines="false"): exceljs
//   takes only "1" for true. A 1904-date workbook lost its date system (every date 4 years early in the graded copy,
//   考核月份 2026-03 read as 2022-02), and the team's print options and sheet views were dropped. They become 1 and 0.
// - formula results a writer saved as placeholders (fullCalcOnLoad: staleResults.ts) are taken out.
// - a font or run saying it is not struck (<strike val="0"/>), which exceljs reads as struck, is taken out.

/**
 * A part whose root element carries a prefix for the spreadsheet namespace (<x:workbook xmlns:x="…/main">, as some .NET
 * exporters write): sound XML that exceljs cannot read (「Cannot read properties of undefined」, said as a damaged file).
 */
export class PrefixedXmlError extends Error {
  constructor(
    readonly part: string,
    readonly tag: string,
  ) {
    super(`${part}: <${tag}>`);
  }
}

const PREFIXED_ROOT = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(\w+):(workbook|worksheet|sst|styleSheet)\b/;

/** Repairs `parts` in place before exceljs loads them (the user's file is untouched); `marks` from the XML guard. */
export function fixUpParts(parts: PackageParts, marks: ReadonlySet<XmlMark>): void {
  parts.readingTexts(() => fixUp(parts, marks));
}

function fixUp(parts: PackageParts, marks: ReadonlySet<XmlMark>): void {
  for (const name of ['xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml', ...parts.names().filter((n) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n))]) {
    const head = parts.text(name)?.slice(0, 2000).replace(/^\uFEFF/, '');
    const m = head ? PREFIXED_ROOT.exec(head) : null;
    if (m) throw new PrefixedXmlError(name, `${m[1]}:${m[2]}`);
  }
  if (needsCommentRelocation(parts.names())) relocateCommentParts(parts);
  sheetPartsNamedAsExcel(parts);
  const edit = (pattern: RegExp, fix: (name: string, xml: string) => string) => {
    for (const name of parts.names().filter((n) => pattern.test(n))) {
      const xml = parts.text(name)!;
      const fixed = fix(name, xml);
      if (fixed !== xml) parts.set(name, fixed);
    }
  };
  if (marks.has('absolute-target')) edit(MARKED_PARTS['absolute-target'], relativeTargets);
  // Results saved as placeholders by a writer that does not calculate (staleResults.ts): read as none saved.
  if (formulaResultsStale(parts.text('xl/workbook.xml') ?? '')) edit(/^xl\/worksheets\/[^/]+\.xml$/i, (_, xml) => withoutFormulaResults(xml));
  if (marks.has('plain-drawing')) edit(MARKED_PARTS['plain-drawing'], (_, xml) => prefixedDrawing(xml));
  if (marks.has('date-cell') || marks.has('empty-value')) edit(MARKED_PARTS['date-cell'], (_, xml) => fixCells(xml));
  if (marks.has('plain-comment')) edit(MARKED_PARTS['plain-comment'], (_, xml) => commentRuns(xml));
  // Looked for in every sheet exceljs loads (small ones: large rosters take the fast path, which reads them as they are).
  // A mark of the XML guard would look at part of a sheet only, or cost every file seven more searches of all its XML.
  edit(/^xl\/worksheets\/[^/]+\.xml$/i, (_, xml) => referencesNumbered(xml));
  edit(/^xl\/worksheets\/[^/]+\.xml$/i, (_, xml) => (xml.includes('t="shared"') ? orphanSharedFormulas(xml) : xml));
  notedCellsGiven(parts);
  if (marks.has('sheet-phonetic')) edit(MARKED_PARTS['sheet-phonetic'], (_, xml) => inlineTextOnly(xml));
  if (marks.has('inline-escape')) edit(MARKED_PARTS['inline-escape'], (_, xml) => inlineEscapesDecoded(xml));
  if (marks.has('string-escape')) edit(MARKED_PARTS['string-escape'], (_, xml) => forbiddenEscapesReplaced(xml));
  edit(/^xl\/styles\.xml$/, (_, xml) => (xml.includes('\\') ? quotedFormatEscapes(xml) : xml));
  edit(/^xl\/(workbook|styles)\.xml$|^xl\/(worksheets|tables)\/[^/]+\.xml$/i, (_, xml) => (xml.includes('="true"') || xml.includes('="false"') ? numericBooleans(xml) : xml));
  edit(/^xl\/tables\/[^/]+\.xml$/, (_, xml) => (xml.includes('autoFilter') ? shownFilterButtons(xml) : xml));
  edit(/^xl\/(styles|sharedStrings)\.xml$|^xl\/worksheets\/[^/]+\.xml$/i, (_, xml) => (xml.includes('<strike ') ? notStruckTaken(xml) : xml));
}

/**
 * A font or a run that says it is not struck (<strike val="0"/>): exceljs takes any <strike> for struck, and struck text
 * is left out of a cell's value (struckText.ts) — taken out, the text reads as the fast path and Excel show it.
 */
export function notStruckTaken(xml: string): string {
  return xml.replace(/<strike\s+val\s*=\s*["'](?:0|false)["']\s*\/>/g, '');
}

/**
 * A shared formula's cells whose master is gone (the first cell overwritten by a value, <f t="shared" si="0"/> left in
 * the others): their cached results, kept as values. exceljs handed them as objects (read as 「[object Object]」) and
 * wrote an empty <f/> back, which no formula is.
 */
export function orphanSharedFormulas(xml: string): string {
  const masters = new Set([...xml.matchAll(/<f\b[^>]*\bt="shared"[^>]*\bref="[^"]*"[^>]*>|<f\b[^>]*\bref="[^"]*"[^>]*\bt="shared"[^>]*>/g)].map((m) => /\bsi="(\d+)"/.exec(m[0])?.[1]).filter(Boolean));
  return xml.replace(/<f\b[^>]*\bt="shared"[^>]*\/>/g, (f) => {
    const si = /\bsi="(\d+)"/.exec(f)?.[1];
    return si !== undefined && !masters.has(si) && !/\bref="/.test(f) ? '' : f;
  });
}

/**
 * Excel's _xHHHH_ escapes in inline strings (<is>, as XlsxWriter's constant_memory mode writes text) as the characters,
 * written as character references: exceljs decodes them in shared strings only, and took 「_x000D_」 for a reason
 * (+5 at exit 0) and 「处理能力_x000D_」 for no heading. A character XML cannot hold becomes a zero-width space; _x005F_ is the underscore.
 */
export function inlineEscapesDecoded(xml: string): string {
  return xml.replace(/<is>[\s\S]*?<\/is>/g, (is) =>
    // Rich runs (<is><r><t>) are decoded by exceljs itself: decoding them here too read 「_x005F_x0041_」 (the text
    // 「_x0041_」) as 「A」. Only the escapes of what XML cannot hold are replaced in them.
    /<r>|<r\s/.test(is)
      ? forbiddenEscapesReplaced(is)
      : is.replace(/_x(D[89AB][0-9A-F]{2})__x(D[C-F][0-9A-F]{2})_|_x([0-9A-F]{4})_/gi, (_whole, high: string | undefined, low: string | undefined, one: string | undefined) => {
      // A pair of escaped surrogates (「_xD83D__xDE00_」) is one character outside the BMP: 😀.
      if (high && low) return `&#x${((parseInt(high, 16) - 0xd800) * 0x400 + (parseInt(low, 16) - 0xdc00) + 0x10000).toString(16).toUpperCase()};`;
      const hex = one!;
      const code = parseInt(hex, 16);
      const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd);
      // A character XML cannot hold (half a surrogate pair included) becomes a zero-width space, as in text read on
      // every path (grid.ts withoutXmlForbidden).
      return allowed ? `&#x${hex};` : '&#x200B;';
    }),
  );
}

const UNNUMBERED = /<(?:row|c)(?=[\s>/])(?![^>]*\sr\s*=)/;

/**
 * Rows and cells without r="…" numbered: OOXML lets a row follow the one before and a cell the cell before (some
 * generators write them so, and Excel reads them), but exceljs read no cell of such a sheet (「无法读取(reading 'col')」).
 */
export function referencesNumbered(xml: string): string {
  if (!UNNUMBERED.test(xml)) return xml;
  let row = 0;
  let col = 0;
  return xml.replace(/<(row|c)\b([^>]*?)(\/?)>/g, (whole, tag: string, attrs: string, close: string) => {
    const r = /\sr\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
    if (tag === 'row') {
      col = 0;
      if (r !== undefined) return (row = Number(r) || row + 1), whole;
      row++;
      return `<row r="${row}"${attrs}${close}>`;
    }
    if (r !== undefined) {
      const m = /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(r);
      col = m ? columnNumber(m[1]!.toUpperCase()) : col + 1;
      return whole;
    }
    col++;
    return `<c r="${columnLetters(col)}${row}"${attrs}${close}>`;
  });
}

/** A code point XML 1.0 can hold (tab, line feed, carriage return, and from the space up but U+FFFE, U+FFFF). */
function xmlAllowed(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0xd800 && code <= 0xdfff);
}

/**
 * Shared strings' escapes of characters XML cannot hold (「_x0007_」, 「_xFFFF_」) as a zero-width space's: exceljs decodes
 * every escape there, and wrote U+FFFF back raw — a graded workbook no reader could open. Excel shows nothing for them;
 * text read on every path holds a zero-width space in their place too (grid.ts withoutXmlForbidden). 「_x005F_」 (an underscore typed before 「x0007_」) stays.
 * Surrogate halves are left to exceljs, which pairs them.
 */
export function forbiddenEscapesReplaced(xml: string): string {
  return xml.replace(/_x005F_|_x([0-9A-Fa-f]{4})_/g, (whole, hex: string | undefined) => (hex === undefined || xmlAllowed(parseInt(hex, 16)) ? whole : '_x200B_'));
}

/**
 * Worksheet parts under the names Excel gives them (xl/worksheets/sheetN.xml): exceljs reads a worksheet only by that
 * name, and another generator's 「xl/worksheets/opt.xml」 or 「sheet.xml」 was dropped from the graded copy without a word
 * (or, being the sheet to grade, made the file unreadable). The part, its relationships and the names that point at
 * it move together.
 */
export function sheetPartsNamedAsExcel(parts: PackageParts): void {
  const relsName = 'xl/_rels/workbook.xml.rels';
  const rels = parts.text(relsName);
  if (!rels) return;
  const targets = [...rels.matchAll(/<Relationship\b[^>]*\bType="[^"]*\/worksheet"[^>]*>/g)].map((m) => ({ tag: m[0], target: /\bTarget="([^"]*)"/.exec(m[0])?.[1] ?? '' }));
  const partOf = (target: string) => (target.startsWith('/') ? target.slice(1) : path.posix.normalize(`xl/${target}`));
  const odd = targets.filter((t) => t.target && !/^xl\/worksheets\/sheet\d+\.xml$/.test(partOf(t.target)) && parts.has(partOf(t.target)));
  if (!odd.length) return;
  let fixedRels = rels;
  let types = parts.text('[Content_Types].xml') ?? '';
  let n = 1;
  for (const t of odd) {
    while (parts.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const from = partOf(t.target);
    const to = `xl/worksheets/sheet${n}.xml`;
    parts.set(to, parts.bytes(from)!);
    parts.remove(from);
    const ownRels = `${path.posix.dirname(from)}/_rels/${path.posix.basename(from)}.rels`;
    const own = parts.text(ownRels);
    if (own !== null) {
      // Its targets were relative to where it was: made relative to xl/worksheets/.
      const moved = own.replace(/(\bTarget=")([^"]*)(")/g, (whole, a: string, target: string, b: string) =>
        /TargetMode="External"/.test(whole) || target.startsWith('/') ? whole : `${a}${path.posix.relative('xl/worksheets', path.posix.normalize(path.posix.join(path.posix.dirname(from), target)))}${b}`,
      );
      parts.set(`xl/worksheets/_rels/sheet${n}.xml.rels`, moved);
      parts.remove(ownRels);
    }
    fixedRels = fixedRels.replace(t.tag, t.tag.replace(/\bTarget="[^"]*"/, `Target="worksheets/sheet${n}.xml"`));
    types = types.replace(new RegExp(`PartName="/${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`), `PartName="/${to}"`);
    n++;
  }
  parts.set(relsName, fixedRels);
  if (types) parts.set('[Content_Types].xml', types);
}

/** Inline strings (<is>) with their phonetic guides and settings taken out: the text runs stay. */
export function inlineTextOnly(xml: string): string {
  return xml.replace(/<is>[\s\S]*?<\/is>/g, (is) => is.replace(/<rPh\b[^>]*?(?:\/>|>[\s\S]*?<\/rPh>)/g, '').replace(/<phoneticPr\b[^>]*?(?:\/>|>[\s\S]*?<\/phoneticPr>)/g, ''));
}

/**
 * A table's filter buttons as exceljs can keep them: it reads a button as shown only from hiddenButton="0", and
 * takes the table's n-th filterColumn for its n-th column. A table as Excel saves it (<autoFilter ref="A1:S4"/>, no
 * filterColumn: every button shown) came back with every button hidden. Each column gets its filterColumn, in order,
 * shown unless the input hid it.
 */
export function shownFilterButtons(xml: string): string {
  const count = Number(/<tableColumns\b[^>]*\bcount="(\d+)"/.exec(xml)?.[1] ?? NaN);
  if (!Number.isInteger(count) || count <= 0 || count > 16384) return xml;
  return xml.replace(/<autoFilter\b([^>]*?)(?:\/>|>([\s\S]*?)<\/autoFilter>)/, (whole, attrs: string, body: string | undefined) => {
    const own = new Map<number, string>();
    for (const m of (body ?? '').matchAll(/<filterColumn\b[^>]*?(?:\/>|>[\s\S]*?<\/filterColumn>)/g)) {
      const id = Number(/\bcolId="(\d+)"/.exec(m[0])?.[1] ?? NaN);
      if (Number.isInteger(id)) own.set(id, /\bhiddenButton=/.test(m[0]) ? m[0] : m[0].replace(/^<filterColumn\b/, '<filterColumn hiddenButton="0"'));
    }
    // Anything else in it (sortState): left to exceljs as it was.
    const rest = (body ?? '').replace(/<filterColumn\b[^>]*?(?:\/>|>[\s\S]*?<\/filterColumn>)/g, '');
    if ([...own.keys()].some((id) => id >= count)) return whole;
    const columns = Array.from({ length: count }, (_, i) => own.get(i) ?? `<filterColumn colId="${i}" hiddenButton="0"/>`);
    return `<autoFilter${attrs}>${columns.join('')}${rest}</autoFilter>`;
  });
}

/**
 * Number formats with backslash escapes (`0\%`) written with quotes instead (`0"%"`), which shows the same: exceljs
 * drops the backslash as it reads a format, so `0\%` became `0%` — a cell showing 「1%」 read as 100 %.
 */
export function quotedFormatEscapes(xml: string): string {
  return xml.replace(/(<numFmt\b[^>]*?\bformatCode\s*=\s*)(["'])([^"']*)\2/g, (_m, head: string, q: string, code: string) => {
    const format = decodeXml(code);
    if (!format.includes('\\')) return `${head}${q}${code}${q}`;
    let out = '';
    let quoted = false;
    for (let i = 0; i < format.length; i++) {
      const ch = format[i]!;
      if (ch === '"') quoted = !quoted;
      const next = format[i + 1];
      if (ch === '\\' && !quoted && next !== undefined && next !== '"') {
        out += `"${next}"`;
        i++;
      } else out += ch;
    }
    return `${head}${q}${escapeXml(out)}${q}`;
  });
}

/**
 * A comment's text as a bare <t> (openpyxl, LibreOffice: <text><t>…</t></text>) wrapped in the run exceljs reads
 * (<r><t>…</t></r>): exceljs found no text in it and the graded copy carried the comment empty.
 */
export function commentRuns(xml: string): string {
  return xml.replace(/<text>(\s*)(<t(?:\s[^>]*)?>[\s\S]*?<\/t>|<t(?:\s[^>]*)?\/>)(\s*)<\/text>/g, (_m, a: string, t: string, b: string) => `<text>${a}<r>${t}</r>${b}</text>`);
}

/** Absolute targets of one .rels part made relative to the part it belongs to; external links untouched. */
export function relativeTargets(relsName: string, xml: string): string {
  // xl/worksheets/_rels/sheet1.xml.rels describes xl/worksheets/sheet1.xml; _rels/.rels the package root.
  const base = path.posix.dirname(path.posix.dirname(relsName));
  const from = base === '.' ? '' : base;
  return xml.replace(/<Relationship\b[^>]*>/g, (tag) => {
    if (/TargetMode\s*=\s*["']External["']/i.test(tag)) return tag;
    return tag.replace(/\bTarget\s*=\s*(["'])\/([^"']*)\1/, (_m, q: string, target: string) => `Target=${q}${from ? path.posix.relative(from, target) : target}${q}`);
  });
}

const SPREADSHEET_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** A drawing whose elements are in the default namespace, with the xdr: prefix exceljs expects. */
export function prefixedDrawing(xml: string): string {
  const declarations = xml.match(/\sxmlns\s*=\s*["'][^"']*["']/g) ?? [];
  // Only the simple case openpyxl writes: one default namespace, the spreadsheet drawing one, on the root.
  if (declarations.length !== 1 || !declarations[0].includes(SPREADSHEET_DRAWING) || /\sxmlns:xdr\s*=/.test(xml)) return xml;
  return xml
    .replace(/\sxmlns\s*=\s*(["'])[^"']*\1/, ` xmlns:xdr="${SPREADSHEET_DRAWING}"`)
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, '<$1xdr:$2');
}

/** t="d" cells → inline text of the date; a formula's cached empty string (t="str", <v></v>) → a space. */
export function fixCells(xml: string): string {
  return xml.replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (whole, attrs: string, _end: string, body: string | undefined) => {
    if (body === undefined) return whole;
    const type = /\bt\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
    if (type === 'd') {
      const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      if (v === undefined || /<f\b/.test(body)) return whole;
      const text = v.replace(/T00:00:00(?:\.0+)?Z?$/, '');
      return `<c${attrs.replace(/\s+t\s*=\s*["']d["']/, '')} t="inlineStr"><is><t>${text}</t></is></c>`;
    }
    if (type === 'str' && /<f\b/.test(body) && /<v\s*\/>|<v>\s*<\/v>/.test(body)) {
      return `<c${attrs}>${body.replace(/<v\s*\/>|<v>\s*<\/v>/, '<v> </v>')}</c>`;
    }
    return whole;
  });
}

/** A cached value that is no number JavaScript reads (parseFloat): what a number cell must hold. */
const NOT_A_NUMBER_VALUE = /<v>(?!\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*<\/v>)[^<]*<\/v>/g;

/**
 * Number cells (no t, or t="n") whose value is not a number (<v>abc</v>, written by hand or by a broken export)
 * become text cells (t="str"): exceljs would read NaN, and the message said 「实际为「NaN」」 where the cell holds
 * 「abc」. Other cells are untouched; `xml` itself is returned when there is none.
 */
export function numberCellsAsText(xml: string): string {
  let out = '';
  let copied = 0;
  for (const m of xml.matchAll(NOT_A_NUMBER_VALUE)) {
    const open = xml.lastIndexOf('<c', m.index);
    const close = open < 0 ? -1 : xml.indexOf('>', open);
    if (close < 0 || close > m.index! || !/^<c[\s>/]/.test(xml.slice(open, open + 3))) continue;
    const attrs = xml.slice(open + 2, close);
    const type = /\st\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
    if (type !== undefined && type !== 'n') continue;
    const tag = type === undefined ? `<c${attrs.replace(/\/$/, '')} t="str"` : `<c${attrs.replace(/(\st\s*=\s*)(["'])n\2/, '$1"str"')}`;
    out += xml.slice(copied, open) + tag;
    copied = close;
  }
  return copied === 0 ? xml : out + xml.slice(copied);
}

/** Attributes that hold text, not a boolean: a name or a prompt may be the word 「true」 itself. */
const TEXT_ATTRIBUTES = new Set(['name', 'displayName', 'comment', 'description', 'tooltip', 'display', 'location', 'prompt', 'promptTitle', 'error', 'errorTitle', 'uniqueName', 'caption', 'dataDxfId']);

/** Boolean attributes written true / false as 1 / 0, the spelling exceljs reads. */
export function numericBooleans(xml: string): string {
  // Inside tags only: a formula's text (<f>IF(W2="true",…)</f>, its quotes unescaped as openpyxl writes them) is the team's.
  return xml.replace(/<[A-Za-z][^<>]*>/g, (tag) =>
    tag.includes('="true"') || tag.includes('="false"')
      ? tag.replace(/(\s)([\w:]+)="(true|false)"/g, (whole, space: string, attribute: string, value: string) =>
          TEXT_ATTRIBUTES.has(attribute.replace(/^.*:/, '')) ? whole : `${space}${attribute}="${value === 'true' ? '1' : '0'}"`,
        )
      : tag,
  );
}
