import { PackageParts } from '../packageParts.js';
import { readZipDirectory } from '../zipGuard.js';
import { sheetParts } from './charts.js';
import { CONDITIONAL_FORMATS_EXT, conditionalFormatsOf, dxfsOf, withConditionalFormats, withMoreDxfs } from './conditionalFormats.js';

// Things exceljs gets wrong in the sheets it writes, put right in its parts before they are zipped:
// - it writes <legacyDrawing> (the notes kpi adds to problem cells) after <extLst>, where the schema has it before: a
//   sheet with a data bar or an icon set and a note came out in an order Excel offers to repair;
// - it does not read Excel 2010's data validations (<x14:dataValidation> in the sheet's extLst: a dropdown whose list
//   is on another sheet, 「选项!$A$1:$A$3」, as Excel and WPS save it): the graded copy lost the team's dropdowns. They
//   are carried from the input's sheet of the same name; kpi moves no cell of the team's, so their ranges still hold.
//   So are its sparklines (迷你图), another extension exceljs does not read.

/** The extension holding Excel 2010's data validations. */
const VALIDATIONS_EXT = '{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}';
/**
 * The extension holding a sheet's sparklines (迷你图, Excel 2010): exceljs does not read them either, and the graded copy
 * lost them without a word. Carried like the validations: they name the team's cells, which kpi moves none of.
 */
const SPARKLINES_EXT = '{05C60535-1F16-4fd2-B633-F4F36F0B64E0}';
/** The Excel 2010 extensions carried from the input's sheet to the graded copy's (conditional formats: see there). */
const CARRIED = [VALIDATIONS_EXT, SPARKLINES_EXT, CONDITIONAL_FORMATS_EXT];

/** Elements the schema puts between <legacyDrawing> and <extLst>: nothing of these may follow extLst either. */
const BEFORE_EXT = /<(legacyDrawing|legacyDrawingHF)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g;

/**
 * `xml` with <legacyDrawing>/<legacyDrawingHF> moved before the first element the schema puts after them — <tableParts>
 * (a roster formatted as a table, with kpi's notes: exceljs wrote them after it, an order Excel repairs by emptying the
 * sheet), <picture>, <oleObjects>, <controls>, <webPublishItems> or the sheet's own <extLst>.
 */
export function extLstLast(xml: string): string {
  const ext = xml.lastIndexOf('<extLst>');
  // Only the sheet's own extLst: a data bar's rule holds one of its own, inside <conditionalFormatting>.
  const ownExt = ext >= 0 && !xml.includes('</conditionalFormatting>', ext) ? ext : -1;
  const later = [...['<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts'].map((t) => xml.search(new RegExp(`${t}[\\s>/]`))), ownExt].filter((i) => i >= 0);
  if (!later.length) return xml;
  const at = Math.min(...later);
  const tail = xml.slice(at);
  const moved = [...tail.matchAll(BEFORE_EXT)].map((m) => m[0]);
  if (!moved.length) return xml;
  return xml.slice(0, at) + moved.join('') + tail.replace(BEFORE_EXT, '');
}

/** The input sheet's Excel 2010 data validations, as one <ext> element with the namespaces it uses declared on it. */
export function validationsExt(sheetXml: string): string | null {
  return extOf(sheetXml, VALIDATIONS_EXT);
}

/** The input sheet's extension of this uri, as one <ext> element with the namespaces it uses declared on it. */
export function extOf(sheetXml: string, uri: string): string | null {
  const at = sheetXml.indexOf(`uri="${uri}"`);
  if (at < 0) return null;
  const start = sheetXml.lastIndexOf('<', at);
  const prefix = /^<(\w+:)?ext\b/.exec(sheetXml.slice(start))?.[1] ?? '';
  const close = sheetXml.indexOf(`</${prefix}ext>`, at);
  if (close < 0) return null;
  let ext = sheetXml.slice(start, close + `</${prefix}ext>`.length);
  if (prefix) ext = ext.replace(new RegExp(`^<${prefix}ext\\b`), '<ext').replace(new RegExp(`</${prefix}ext>$`), '</ext>');
  // Prefixes the element uses that the sheet's root declared: declared on it, so it stands in another sheet.
  const root = /<(?:\w+:)?worksheet\b[^>]*>/.exec(sheetXml)?.[0] ?? '';
  const declared = new Map([...root.matchAll(/\sxmlns:(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  const used = new Set([...ext.matchAll(/<\/?(\w+):/g)].map((m) => m[1]!));
  const own = new Set([...ext.matchAll(/\sxmlns:(\w+)=/g)].map((m) => m[1]!));
  const add = [...used].filter((p) => !own.has(p) && declared.has(p)).map((p) => ` xmlns:${p}="${declared.get(p)}"`).join('');
  return add ? ext.replace(/^<ext\b/, `<ext${add}`) : ext;
}

export function withExt(xml: string, ext: string, uri = VALIDATIONS_EXT): string {
  if (xml.includes(`uri="${uri}"`)) return xml;
  const close = xml.lastIndexOf('</extLst>');
  if (close >= 0 && !xml.includes('</conditionalFormatting>', close)) return xml.slice(0, close) + ext + xml.slice(close);
  const end = xml.lastIndexOf('</worksheet>');
  return end < 0 ? xml : `${xml.slice(0, end)}<extLst>${ext}</extLst>${xml.slice(end)}`;
}

/** Puts right exceljs's sheets in `out`: element order, and the input's (`source`) Excel 2010 data validations. */
export async function repairSheets(out: PackageParts, source?: { package: Buffer; maxSize: number }): Promise<void> {
  const outSheets = await sheetParts(out);
  let inSheets = new Map<string, string>();
  let input: PackageParts | null = null;
  if (source) {
    const dir = readZipDirectory(source.package);
    if (dir.ok) {
      input = PackageParts.ofZip(source.package, dir.entries, source.maxSize);
      inSheets = await sheetParts(input).catch(() => new Map<string, string>());
    }
  }
  // A carriage return in text (Excel's 「_x000D_」, decoded on reading) written by exceljs as it is: XML reads a bare CR
  // as a line feed, so the graded copy changed the team's text. Written as a character reference, it stays a CR.
  const strings = out.text('xl/sharedStrings.xml');
  if (strings?.includes('\r')) out.set('xl/sharedStrings.xml', strings.replace(/\r/g, '&#13;'));
  // The input's conditional formats (exceljs was given none) and the differential formats they name.
  const theirStyles = input?.text('xl/styles.xml');
  const ownStyles = out.text('xl/styles.xml');
  let shift = 0;
  if (input && theirStyles && ownStyles) {
    const more = withMoreDxfs(ownStyles, dxfsOf(theirStyles));
    if (more.xml !== ownStyles) out.set('xl/styles.xml', more.xml);
    shift = more.shift;
  }
  // A table's column named on two lines (「处理⏎能力」, Alt+Enter in the heading): exceljs wrote the line break bare inside
  // the attribute, which XML reads as a space — no longer the heading cell's text, a table Excel repairs.
  for (const name of out.names().filter((n) => /^xl\/tables\/[^/]+\.xml$/i.test(n))) {
    const xml = out.text(name);
    if (!xml || !/[\n\r\t]/.test(xml)) continue;
    const fixed = xml.replace(/="([^"]*)"/g, (m, v: string) => (/[\n\r\t]/.test(v) ? `="${v.replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')}"` : m));
    if (fixed !== xml) out.set(name, fixed);
  }
  for (const [name, part] of outSheets) {
    const xml = out.text(part);
    if (xml === null) continue;
    let fixed = xml.includes('\r') ? xml.replace(/\r/g, '&#13;') : xml;
    const from = inSheets.get(name);
    const theirs = from && input ? input.text(from) : null;
    if (theirs) fixed = withConditionalFormats(fixed, conditionalFormatsOf(theirs), shift);
    for (const uri of theirs ? CARRIED : []) {
      const ext = extOf(theirs!, uri);
      if (ext) fixed = withExt(fixed, ext, uri);
    }
    fixed = extLstLast(fixed);
    if (fixed !== xml) out.set(part, fixed);
  }
}
