// What a graded workbook says of itself in its hidden _kpi sheet (ledger.ts): kpi graded it, and from which input.
// Read from the package without exceljs: kpi batch asks this of outputs its manifest has no record of.
import { promises as fs } from 'node:fs';
import { openPackage, scanSheet } from '../fast/readPackage.js';
import { METADATA_SHEET } from '../metadata.js';
import { readZipDirectory } from '../zipGuard.js';
import { GRADED_BY, GRADED_INPUT } from './ledger.js';

/** Larger files are not read to tell. */
const LARGEST = 256 * 1024 * 1024;

export interface GradedMarks {
  /** `kpi 0.1.0` */
  gradedBy: string;
  /** The input's file name; null in a workbook graded before kpi recorded it. */
  input: string | null;
}

/** The marks of a workbook kpi graded; null for any other file (or one that cannot be read). */
export async function gradedMarksOf(abs: string): Promise<GradedMarks | null> {
  const stat = await fs.stat(abs).catch(() => null);
  if (!stat || !stat.isFile() || stat.size > LARGEST) return null;
  const buffer = await fs.readFile(abs).catch(() => null);
  if (!buffer) return null;
  try {
    const dir = readZipDirectory(buffer);
    if (!dir.ok) return null;
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
