import { ZipWriter } from './fast/zipWrite.js';
import { encodeLikeExceljs } from './fast/xml.js';
import { excelEscapedText } from './exceljsTextEscapes.js';
import { cellValueText } from './excelText.js';
import { HEADING_FILL, LINE_COLOUR, PRINT_FOOTER, PRINT_MARGINS, printLayout } from './graded/look.js';
import { TEXT_RUN_CHARS } from './fast/textPieces.js';

// A workbook of plain tables (a heading row, then rows of text and numbers), written straight as SpreadsheetML:
// batch-summary.xlsx has a row per person of every file and a sheet per file's problems, and building that
// through exceljs's workbook model took more time than grading three files. The look is kpi's (look.ts):
// headings bold on their fill and boxed, frozen and repeated on every printed page, A4 one page wide.
// Every text is a string value (shared string), never a formula: "=1+1" stays text.

export type TableCell = string | number | null | undefined;

export interface TableColumn {
  heading: string;
  /** Excel character units. */
  width: number;
  /** Long text: wrapped and aligned to the top in rows taller than one line (`heights`), and in the column's own style. */
  wrap?: boolean;
  /** A number format for the column's numbers, e.g. '0.00'. */
  numFmt?: string;
}

export interface TableSheet {
  name: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** Heights (points) of rows that need more than one line, by index in `rows`. */
  heights?: Map<number, number>;
  /** A filter button on each heading. */
  filter?: boolean;
}

export interface TableWorkbookOptions {
  creator?: string;
  /** The workbook's keywords (docProps/core.xml): what marks a workbook as one of kpi's reports. */
  keywords?: string;
  /** The time written as the workbook's creation time (docProps/core.xml). */
  now?: Date;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Cell styles (cellXfs): 0 plain, 1 heading, 2 wrapped (top), 3 top, then two per number format (plain, top).
 * The cells of a row taller than one line are aligned to its top, as wrapped text is.
 */
const PLAIN = 0;
const HEADING = 1;
const WRAPPED = 2;
const TOP = 3;

function columnLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** A sheet name inside a formula or defined name: quoted, its apostrophes doubled. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function attr(text: string): string {
  return encodeLikeExceljs(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly items: string[] = [];
  private count = 0;
  idOf(text: string): number {
    this.count++;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.items.length;
      this.index.set(text, id);
      this.items.push(text);
    }
    return id;
  }
  *xml(): Generator<string> {
    yield `${HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.items.length}">`;
    for (const t of this.items) {
      const space = /^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : '';
      // Excel reads _xHHHH_ in a string as the character HHHH: a text that holds one keeps it by escaping its '_'.
      yield `<si><t${space}>${excelEscapedText(encodeLikeExceljs(t))}</t></si>`;
    }
    yield '</sst>';
  }
}

class Styles {
  readonly formats: string[] = [];
  /** The style of a number in this format (aligned to the top or not). */
  numberStyle(numFmt: string, top: boolean): number {
    let i = this.formats.indexOf(numFmt);
    if (i < 0) i = this.formats.push(numFmt) - 1;
    return 4 + i * 2 + (top ? 1 : 0);
  }
  xml(): string {
    const border = `<left style="thin"><color rgb="${LINE_COLOUR}"/></left><right style="thin"><color rgb="${LINE_COLOUR}"/></right><top style="thin"><color rgb="${LINE_COLOUR}"/></top><bottom style="thin"><color rgb="${LINE_COLOUR}"/></bottom><diagonal/>`;
    const wrapTop = '<alignment vertical="top" wrapText="1"/>';
    const top = '<alignment vertical="top"/>';
    const xfs = [
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>',
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">${wrapTop}</xf>`,
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">${top}</xf>`,
      ...this.formats.flatMap((_, i) => [
        `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
        `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">${top}</xf>`,
      ]),
    ];
    const numFmts = this.formats.length
      ? `<numFmts count="${this.formats.length}">${this.formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${attr(f)}"/>`).join('')}</numFmts>`
      : '';
    // No theme part: the fonts name Calibri themselves rather than the theme's minor font.
    const font = (bold: boolean) => `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
    return (
      `${HEAD}<styleSheet xmlns="${MAIN}">${numFmts}` +
      `<fonts count="2">${font(false)}${font(true)}</fonts>` +
      `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
      `<fill><patternFill patternType="solid"><fgColor rgb="${HEADING_FILL}"/><bgColor indexed="64"/></patternFill></fill></fills>` +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${border}</border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/>' +
      '</styleSheet>'
    );
  }
}

function* sheetXml(sheet: TableSheet, strings: SharedStrings, styles: Styles): Generator<string> {
  const cols = sheet.columns;
  const last = columnLetters(Math.max(1, cols.length));
  const lastRow = sheet.rows.length + 1;
  const width = cols.reduce((a, c) => a + c.width, 0);
  const { landscape, centred } = printLayout({ width });
  // Per column: [in a row of one line, in a taller row]. A row of one line holds no text that needs wrapping, and
  // LibreOffice sets wrapped text lower than its neighbours: there every cell is plain. The column itself wraps
  // (its <col> style), for what is typed into it later.
  const textStyle = cols.map((c) => (c.wrap ? [PLAIN, WRAPPED] : [PLAIN, TOP]));
  const numberStyle = cols.map((c, i) => (c.numFmt ? [styles.numberStyle(c.numFmt, false), styles.numberStyle(c.numFmt, true)] : textStyle[i]!));
  yield `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;
  yield `<dimension ref="A1:${last}${lastRow}"/>`;
  yield '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>';
  yield '<sheetFormatPr defaultRowHeight="15"/>';
  yield `<cols>${cols.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.wrap ? ` style="${WRAPPED}"` : ''}/>`).join('')}</cols>`;
  yield '<sheetData>';
  yield `<row r="1">${cols.map((c, i) => `<c r="${columnLetters(i + 1)}1" s="${HEADING}" t="s"><v>${strings.idOf(cellValueText(c.heading))}</v></c>`).join('')}</row>`;
  const letters = cols.map((_, i) => columnLetters(i + 1));
  // A cell without s="…" takes its column's style in LibreOffice: in a wrapping column, plain is written out.
  const styleAttr = cols.map((c) => (s: number) => (s || c.wrap ? ` s="${s}"` : ''));
  // Rows go out in chunks of about 64 KB: one string per row would be 6,000 writes to the deflater.
  let chunk = '';
  for (let i = 0; i < sheet.rows.length; i++) {
    const r = i + 2;
    const height = sheet.heights?.get(i);
    chunk += height ? `<row r="${r}" ht="${height}" customHeight="1">` : `<row r="${r}">`;
    const tall = height ? 1 : 0;
    const row = sheet.rows[i]!;
    for (let c = 0; c < Math.min(row.length, cols.length); c++) {
      const value = row[c];
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) continue;
        chunk += `<c r="${letters[c]}${r}"${styleAttr[c]!(numberStyle[c]![tall]!)}><v>${value}</v></c>`;
      } else if (value) {
        const text = cellValueText(value);
        if (!text) continue;
        chunk += `<c r="${letters[c]}${r}"${styleAttr[c]!(textStyle[c]![tall]!)} t="s"><v>${strings.idOf(text)}</v></c>`;
      }
    }
    chunk += '</row>';
    if (chunk.length > TEXT_RUN_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
  yield '</sheetData>';
  if (sheet.filter && sheet.rows.length) yield `<autoFilter ref="A1:${last}${lastRow}"/>`;
  if (centred) yield '<printOptions horizontalCentered="1"/>';
  const m = PRINT_MARGINS;
  yield `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  yield `<pageSetup paperSize="9" orientation="${landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`;
  yield `<headerFooter><oddFooter>${encodeLikeExceljs(PRINT_FOOTER)}</oddFooter></headerFooter>`;
  yield '</worksheet>';
}

function workbookXml(sheets: TableSheet[]): string {
  const names: string[] = [];
  sheets.forEach((sheet, i) => {
    const q = quotedSheet(sheet.name);
    // Filters and repeated headings are names Excel itself would write: the filter's range, row 1 on every page.
    if (sheet.filter && sheet.rows.length) {
      const last = columnLetters(Math.max(1, sheet.columns.length));
      names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${attr(`${q}!$A$1:$${last}$${sheet.rows.length + 1}`)}</definedName>`);
    }
    names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${attr(`${q}!$1:$1`)}</definedName>`);
  });
  return (
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
    sheets.map((s, i) => `<sheet name="${attr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    `</sheets><definedNames>${names.join('')}</definedNames><calcPr calcId="171027"/></workbook>`
  );
}

function contentTypes(count: number): string {
  const sheet = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    Array.from({ length: count }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheet}"/>`).join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>'
  );
}

function relationships(items: Array<[type: string, target: string]>): string {
  return `${HEAD}<Relationships xmlns="${PKG_REL}">${items.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

function coreXml(o: TableWorkbookOptions): string {
  const at = (o.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
  return (
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${encodeLikeExceljs(o.creator ?? 'kpi')}</dc:creator>` +
    (o.keywords ? `<cp:keywords>${encodeLikeExceljs(o.keywords)}</cp:keywords>` : '') +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** Writes the tables as an .xlsx package to `file` (which must not exist: give it a temporary name). */
export async function writeTableWorkbook(file: string, sheets: TableSheet[], options: TableWorkbookOptions = {}): Promise<void> {
  if (!sheets.length) throw new Error('a workbook needs a sheet');
  const strings = new SharedStrings();
  const styles = new Styles();
  const zip = await ZipWriter.create(file);
  try {
    const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    await zip.add('[Content_Types].xml', [contentTypes(sheets.length)]);
    await zip.add('_rels/.rels', [relationships([[`${OFFICE}/officeDocument`, 'xl/workbook.xml'], ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml']])]);
    await zip.add('docProps/core.xml', [coreXml(options)]);
    await zip.add('xl/workbook.xml', [workbookXml(sheets)]);
    await zip.add('xl/_rels/workbook.xml.rels', [
      relationships([
        ...sheets.map((_, i): [string, string] => [`${OFFICE}/worksheet`, `worksheets/sheet${i + 1}.xml`]),
        [`${OFFICE}/styles`, 'styles.xml'],
        [`${OFFICE}/sharedStrings`, 'sharedStrings.xml'],
      ]),
    ]);
    // Sheets first: they fill the shared strings and the number formats the two parts after them list.
    for (const [i, sheet] of sheets.entries()) await zip.add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet, strings, styles));
    await zip.add('xl/styles.xml', [styles.xml()]);
    await zip.add('xl/sharedStrings.xml', strings.xml());
    await zip.finish();
  } catch (err) {
    await zip.abort();
    throw err;
  }
}
