// What a graded workbook says of itself in its hidden _kpi sheet (ledger.ts): kpi graded it, and from which input.
// Read from the package without exceljs: kpi batch asks this of outputs its manifest has no record of.
import { promises as fs } from 'node:fs';
import { openPackage, readPart, scanSheet, sheetList } from '../fast/readPackage.js';
import { METADATA_SHEET } from '../metadata.js';
import { readZipDirectory, type ZipEntry } from '../zipGuard.js';
import { GRADED_BY, GRADED_INPUT } from './ledger.js';

/** Larger files are not read to tell: a graded workbook or report of this size is not kpi's. */
const LARGEST = 256 * 1024 * 1024;

export interface GradedMarks {
  /** `kpi 0.1.0` */
  gradedBy: string;
  /** The input's file name; null in a workbook graded before kpi recorded it. */
  input: string | null;
}

/** The bytes of a workbook small enough to be told kpi's own by its marks or keywords; null otherwise. */
export async function smallWorkbookBytes(abs: string): Promise<Buffer | null> {
  const stat = await fs.stat(abs).catch(() => null);
  if (!stat || !stat.isFile() || stat.size > LARGEST) return null;
  return fs.readFile(abs).catch(() => null);
}

/** The marks of a workbook kpi graded; null for any other file (or one that cannot be read). */
export async function gradedMarksOf(abs: string): Promise<GradedMarks | null> {
  const buffer = await smallWorkbookBytes(abs);
  return buffer ? gradedMarksIn(buffer) : null;
}

/** gradedMarksOf for a file already read (smallWorkbookBytes). */
export async function gradedMarksIn(buffer: Buffer): Promise<GradedMarks | null> {
  try {
    const dir = readZipDirectory(buffer);
    if (!dir.ok) return null;
    if (!mayBeGraded(buffer, dir.entries)) return null;
    const pkg = openPackage(buffer, dir.entries, LARGEST);
    const sheet = pkg.sheets.find((s) => s.name === METADATA_SHEET);
    if (!sheet) return null;
    const { grid } = await scanSheet(pkg, sheet);
    let gradedBy: string | null = null;
    let input: string | null = null;
    for (let r = 1; r <= grid.rowCount; r++) {
      const k = grid.text(r, 1);
      if (k === GRADED_BY && /^kpi\b/.test(grid.text(r, 2))) gradedBy = grid.text(r, 2);
      else if (k === GRADED_INPUT && gradedBy !== null) input = grid.text(r, 2) || null;
    }
    return gradedBy === null ? null : { gradedBy, input };
  } catch {
    return null;
  }
}

/**
 * False when the workbook surely is no graded one: kpi batch asks every file about to be graded, before grading
 * any, and a template's _kpi sheet does not hold the graded-by key. Reading the sheet list, the _kpi sheet and the
 * raw shared strings skips the styles and the parsing of every string, which openPackage does (1.5 ms a file).
 */
function mayBeGraded(buffer: Buffer, list: ZipEntry[]): boolean {
  const base = { buffer, entries: new Map(list.map((e) => [e.name, e])), maxSize: LARGEST };
  const workbookXml = readPart(base, 'xl/workbook.xml');
  const relsXml = readPart(base, 'xl/_rels/workbook.xml.rels');
  if (!workbookXml || !relsXml) return false;
  const sheet = sheetList(workbookXml, relsXml).find((s) => s.name === METADATA_SHEET);
  if (!sheet) return false;
  // The key is ASCII without XML specials: written as it is, in a shared string or an inline one.
  return Boolean(readPart(base, sheet.part)?.includes(GRADED_BY) || readPart(base, 'xl/sharedStrings.xml')?.includes(GRADED_BY));
}
