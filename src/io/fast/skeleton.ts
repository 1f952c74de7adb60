import { cellsOf, cellTagOf, rowsClosedAt, takeRows, type SheetRow } from './xml.js';
import { columnLetters } from '../grid.js';
import type ExcelJS from 'exceljs';
import { Workbook } from '../exceljsModules.js';
import { walkOnlyPresentRows } from '../sparseRows.js';
import { fixUpParts } from '../workbookFixups.js';
import { loadParts, PackageParts } from '../packageParts.js';
import type { XmlMark } from '../xmlGuard.js';
import { inflateChunks } from './inflate.js';
import type { PackageInfo } from './readPackage.js';
import { decodePieces } from './textPieces.js';

// The graded copy of a large roster is prepared by the same code as any other (src/io/graded), on a
// skeleton: exceljs's model of the input with the big sheets cut down to the rows kpi reads back when it
// writes — the title and heading rows, the rows whose cells get a problem mark — and, of every other row,
// only its height. Whatever kpi writes into that model is then moved into the input's own package
// (transplant.ts), so the rows the skeleton left out are copied, never rebuilt.

/** Children of <worksheet> after <sheetData> that the skeleton keeps: what kpi's print set-up reads and changes. */
const KEPT_TAIL = ['mergeCells', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'legacyDrawing'];

export interface SkeletonSheet {
  part: string;
  /** Rows kept whole: up to this row … */
  through: number;
  /** … and these. */
  rows: Set<number>;
  /**
   * Of other rows, only these cells (row → columns): the cells a problem marks, which the mark restyles. Keeping their
   * rows whole made a roster with a warning on every third person hold 15,000 rows in exceljs's model: 700 MB.
   */
  cells: Map<number, Set<number>>;
  /**
   * Cells a problem marks without a note, in rows not kept whole (row → column → the mark's fill: 'error' or
   * 'warning'). A cell's mark changes only its style, and cells of one style get one marked style: of each kind
   * (the fill, and the cell's style or, for a cell the row leaves out, its column and row style) the first is kept
   * (in `cells`) as the sample, and each other cell is given its sample's address in `likeSample`. 25,000 warnings
   * kept as cells of exceljs's model took 3 s and 50 MB of a roster of 50,000.
   */
  light?: Map<number, Map<number, string>>;
  /** Set by loadSkeleton: each light cell left out → the address of its sample (a cell kept). */
  likeSample?: Map<string, string>;
  /** Set by loadSkeleton: the samples, light cells kept, each the first of its kind (with or without cells like it). */
  samples?: Set<string>;
}

/** The input's package with `sheets` cut down, loaded by exceljs. */
export async function loadSkeleton(pkg: PackageInfo, sheets: SkeletonSheet[], marks: ReadonlySet<XmlMark>): Promise<ExcelJS.Workbook> {
  const parts = PackageParts.ofZip(pkg.buffer, [...pkg.entries.values()], pkg.maxSize);
  for (const s of sheets) parts.set(s.part, await skeletonXml(pkg, s));
  // What exceljs misreads is repaired as for any input (formats/xlsx.ts); the input's package stays as it was.
  fixUpParts(parts, marks);
  const wb = new Workbook();
  await loadParts(wb, parts);
  wb.worksheets.forEach(walkOnlyPresentRows);
  return wb;
}


/** The row with only the cells of `columns`, each with its reference (the cells before it are left out). */
function partialRow(row: SheetRow, columns: Set<number>): string {
  const kept = cellsOf(row.body)
    .filter((c) => columns.has(c.col))
    .map((c) => (/\br="/.test(c.attrs) ? c.xml : c.xml.replace(/^<c\b/, `<c r="${columnLetters(c.col)}${row.n}"`)));
  const attrs = row.attrs.replace(/\s(?:r|spans)="[^"]*"/g, '');
  return `<row r="${row.n}"${attrs}>${kept.join('')}</row>`;
}

/**
 * The columns of a row's cells kept: its marked cells, and of its light ones (SkeletonSheet.light) each the first of
 * its kind (`samples`: kind → address); the others go to s.likeSample.
 */
function withSamples(s: SkeletonSheet, row: SheetRow, samples: Map<string, string>): Set<number> {
  const columns = new Set(s.cells.get(row.n));
  const light = s.light?.get(row.n);
  if (!light) return columns;
  // Each cell found by its reference; a row with cells written without one is read whole.
  let styleOf: Map<number, string> | null = null;
  const ownStyle = (col: number): string | undefined => {
    if (!styleOf) {
      const tag = cellTagOf(row.body, `${columnLetters(col)}${row.n}`);
      if (tag) return /\ss="(\d+)"/.exec(row.body.slice(tag.at, tag.end))?.[1] ?? '';
      if (tag === null) return undefined;
      styleOf = new Map(cellsOf(row.body).map((c) => [c.col, /\ss="(\d+)"/.exec(c.attrs)?.[1] ?? '']));
    }
    return styleOf.get(col);
  };
  // A cell the row leaves out gets its row's style or else its column's when exceljs makes it.
  const rowStyle = /\ss="(\d+)"/.exec(row.attrs)?.[1] ?? '';
  for (const [col, fill] of light) {
    const own = ownStyle(col);
    const kind = own === undefined ? `${fill} row ${rowStyle} column ${col}` : `${fill} cell ${own}`;
    const address = `${columnLetters(col)}${row.n}`;
    const sample = samples.get(kind);
    if (sample === undefined) {
      samples.set(kind, address);
      s.samples!.add(address);
      columns.add(col);
    } else s.likeSample!.set(address, sample);
  }
  return columns;
}

async function skeletonXml(pkg: PackageInfo, s: SkeletonSheet): Promise<string> {
  const entry = pkg.entries.get(s.part)!;
  const decoder = new TextDecoder('utf-8');
  let buf = '';
  let head: string | null = null;
  let tail = '';
  let done = false;
  let previous = 0;
  const rows: string[] = [];
  const samples = new Map<string, string>();
  s.likeSample = new Map();
  s.samples = new Set();
  const take = () => {
    if (head === null) {
      const at = buf.indexOf('<sheetData');
      if (at < 0) return;
      head = buf.slice(0, at);
      const open = /^<sheetData\b[^>]*?(\/?)>/.exec(buf.slice(at));
      if (!open) return void (head = null);
      buf = buf.slice(at + open[0].length);
      if (open[1]) {
        done = true;
        tail = buf;
        buf = '';
        return;
      }
    }
    const taken = takeRows(buf, previous, (row) => {
      if (row.n <= s.through || s.rows.has(row.n)) rows.push(row.numbered ? row.xml : row.xml.replace(/^<row\b/, `<row r="${row.n}"`));
      else {
        const columns = s.cells.has(row.n) || s.light?.has(row.n) ? withSamples(s, row, samples) : null;
        if (columns?.size) rows.push(partialRow(row, columns));
        else {
          const ht = /\bht="([^"]*)"/.exec(row.attrs);
          if (ht) rows.push(`<row r="${row.n}" ht="${ht[1]}" customHeight="1"/>`);
        }
      }
    });
    buf = taken.rest;
    previous = taken.last;
    const close = rowsClosedAt(buf);
    if (close >= 0) {
      done = true;
      tail = buf.slice(close + '</sheetData>'.length);
      buf = '';
    }
  };
  for await (const chunk of inflateChunks(pkg.buffer, entry, pkg.maxSize)) {
    for (const piece of decodePieces(decoder, chunk)) {
      if (done) tail += piece;
      else {
        buf += piece;
        take();
      }
    }
  }
  tail += decoder.decode();
  if (!done) take();
  const kept = KEPT_TAIL.map((tag) => new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`).exec(tail)?.[0] ?? '').join('');
  return `${head ?? ''}<sheetData>${rows.join('')}</sheetData>${kept}</worksheet>`;
}
