import type ExcelJS from 'exceljs';
import { displayWidth } from '../../engine/text.js';

// The look shared by every sheet kpi writes: band colours, headings, and print set-up. Written against the
// worksheet API that exceljs's Workbook and its streaming WorkbookWriter share (getRow/getCell, columns,
// views, autoFilter, pageSetup, headerFooter), so a streaming writer can reuse it.

/** Best band first. The same colours fill 等级 cells and draw the bars of the band chart. */
const BAND_COLOURS = ['A9D08E', '9BC2E6', 'FFD966', 'F4B084', 'FF8B8B'];
export const NOT_SCORED_COLOUR = 'BFBFBF';

/** A band's colour from its place in the scale (best first), for scales of any length. */
export function bandColour(band: string | null, order: string[]): string {
  const i = band === null ? -1 : order.indexOf(band);
  if (i < 0) return NOT_SCORED_COLOUR;
  if (order.length <= 1) return BAND_COLOURS[0]!;
  return BAND_COLOURS[Math.round((i * (BAND_COLOURS.length - 1)) / (order.length - 1))]!;
}

export function bandFill(band: string | null, order: string[]): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${bandColour(band, order)}` } };
}

// A4 printable width at 100 %, in Excel's character units (≈ 0.19 cm each) with 1 cm margins.
export const PORTRAIT_CHARS = 95;
const LANDSCAPE_CHARS = 140;

export interface PrintOptions {
  /** Total width of the printed columns, in character units. */
  width: number;
  /** Rows repeated on top of each page, e.g. the table's heading row. */
  titleRows?: [number, number];
  /** Columns repeated on the left of each page, e.g. 'A:C' for 工号/姓名 of a wide roster. */
  titleColumns?: string;
  /** Pages across; default 1, so nothing prints on a page of its own. */
  pagesWide?: number;
  /** The printed range, e.g. 'A1:N40', when it is not simply the used cells (charts, blank template rows). */
  area?: string;
}

/** Page margins (inches) and footer (page x of y) of every sheet kpi prints. */
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.55, bottom: 0.55, header: 0.3, footer: 0.3 };
export const PRINT_FOOTER = '&C第 &P 页,共 &N 页';

/**
 * A sheet a little taller than its page (a person's form of 29 rows: its 计分方法 and signatures alone on page 2,
 * §4 and §25) printed on one page, shrunk by at most a fifth; a longer one keeps its pages, at the width's scale.
 */
export function fitOnePageTall(ws: ExcelJS.Worksheet, width: number): void {
  const landscape = ws.pageSetup?.orientation === 'landscape';
  const scale = Math.min(1, (landscape ? LANDSCAPE_CHARS : PORTRAIT_CHARS) / Math.max(1, width));
  const page = (landscape ? 595 : 842) - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * 72;
  let tall = 0;
  for (let r = 1; r <= ws.rowCount; r++) tall += ws.getRow(r).height ?? 15;
  if (tall * scale > page && tall * scale <= page * 1.25) ws.pageSetup = { ...ws.pageSetup, fitToPage: true, fitToHeight: 1 } as ExcelJS.PageSetup;
}

/** A4 (paper size 9), landscape when the columns do not fit upright, centred when they leave room. */
export function printLayout(o: Pick<PrintOptions, 'width'>): { landscape: boolean; centred: boolean } {
  const landscape = o.width > PORTRAIT_CHARS;
  return { landscape, centred: o.width < (landscape ? LANDSCAPE_CHARS : PORTRAIT_CHARS) * 0.8 };
}

/**
 * exceljs reads every sheet's page set-up as 「first page number 1」 and writes it back so: each sheet's pages would
 * start again at 1 under a footer saying 「第 1 页,共 12 页」. Numbered on across the workbook, as Excel does by default.
 */
export function pageNumbersRunOn(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) if (ws.pageSetup?.firstPageNumber === 1) ws.pageSetup = { ...ws.pageSetup, firstPageNumber: undefined } as unknown as ExcelJS.PageSetup;
}

/** A4, landscape when the columns do not fit upright, scaled to the page width, headings repeated, page numbers. */
export function setPrint(ws: ExcelJS.Worksheet, o: PrintOptions): void {
  const { landscape, centred } = printLayout(o);
  const setup: Partial<ExcelJS.PageSetup> = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: o.pagesWide ?? 1,
    fitToHeight: 0,
    horizontalCentered: centred,
    margins: { ...PRINT_MARGINS },
  };
  if (o.titleRows) setup.printTitlesRow = `${o.titleRows[0]}:${o.titleRows[1]}`;
  if (o.titleColumns) setup.printTitlesColumn = o.titleColumns;
  // exceljs writes 「$」 + each corner, so 「A$1:N$40」 becomes the absolute $A$1:$N$40 that LibreOffice needs
  // (it ignores the half-relative $A1:$N40 that 「A1:N40」 would give).
  if (o.area) setup.printArea = o.area.replace(/([A-Z]+)(\d+)/g, '$1$$$2');
  ws.pageSetup = setup as ExcelJS.PageSetup;
  ws.headerFooter = { ...ws.headerFooter, oddFooter: withPageNumbers(ws.headerFooter?.oddFooter) };
}

/**
 * The footer with kpi's page numbers in its centre: the team's own footer (「公司机密」 left, a date right) stays, and
 * one with its own centre is left as it is (it was replaced by the page numbers).
 */
export function withPageNumbers(footer: string | undefined): string {
  if (!footer) return PRINT_FOOTER;
  // Sections start at &L, &C, &R; what comes before any is the centre's. 「&&」 is an ampersand, &"宋体,加粗", &12 and
  // &B … are how the text looks: a centre of those alone shows nothing.
  const sections: Record<'L' | 'C' | 'R', string> = { L: '', C: '', R: '' };
  const shows: Record<'L' | 'C' | 'R', boolean> = { L: false, C: false, R: false };
  let at: 'L' | 'C' | 'R' = 'C';
  for (const [token] of footer.matchAll(/&"[^"]*"?|&\d+|&K[0-9A-Fa-f]{6}|&[\s\S]|[^&]+|&/g)) {
    if (/^&[LCR]$/.test(token)) {
      at = token[1] as 'L' | 'C' | 'R';
      continue;
    }
    sections[at] += token;
    if (!/^&(?:"|\d|K[0-9A-Fa-f]{6}$|[BIUSEXYbiusexy]$)|^\s+$/.test(token)) shows[at] = true;
  }
  if (shows.C) return footer;
  return `${sections.L ? `&L${sections.L}` : ''}${PRINT_FOOTER}${sections.R ? `&R${sections.R}` : ''}`;
}

/** Pages across for a sheet this wide: one while the scale stays readable (≥ 60 %), more otherwise. */
export function pagesAcross(width: number): number {
  return Math.max(1, Math.ceil(width / (LANDSCAPE_CHARS / 0.6)));
}

/** A column width that fits CJK text (counted double) between bounds. */
export function widthFor(texts: Iterable<string>, min: number, max: number): number {
  let widest = 0;
  for (const t of texts) for (const line of t.split('\n')) widest = Math.max(widest, displayWidth(line));
  return Math.max(min, Math.min(max, widest + 2));
}

/** Heading cells' fill and the thin lines round them (ARGB). */
export const HEADING_FILL = 'FFD9E1F2';
export const LINE_COLOUR = 'FF999999';

const THIN = { style: 'thin' as const, color: { argb: LINE_COLOUR } };

/** Heading cells: bold on the heading fill, wrapped, boxed. A fresh object each time: exceljs's fill and
 * border setters change a cell's style object in place, and a shared one would change every heading. */
export function headingStyle(): Partial<ExcelJS.Style> {
  return {
    font: font({ bold: true }),
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADING_FILL } },
    alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
    border: boxBorder(),
  };
}

export function boxBorder(): Partial<ExcelJS.Borders> {
  return { top: { ...THIN }, left: { ...THIN }, bottom: { ...THIN }, right: { ...THIN } };
}

/** Rows a text needs in a column this wide (CJK counted double), at least one. */
export function linesIn(text: string, width: number): number {
  // A tenth kept spare: Chinese glyphs and digits print a little wider than two and one of the column's units, and a
  // line estimated to fit wrapped in print (按安装师傅: the last line of nine was cut off).
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / Math.max(1, (width - 1) * 0.9))), 0);
}

/** Row height in points for this many lines of 11-point text; LibreOffice does not grow rows by itself. */
export function heightFor(lines: number, most = 10): number {
  return Math.min(most, Math.max(1, lines)) * 15 + 2;
}

/** A font with its name: a cell font without one prints its Latin digits in LibreOffice's serif default. */
export function font(extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: 'Calibri', family: 2, size: 11, ...extra };
}
