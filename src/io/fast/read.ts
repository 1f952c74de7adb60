import type { Grid } from '../grid.js';
import { METADATA_SHEET, metadataFromPairs, type TemplateMetadata } from '../metadata.js';
import type { XmlMark } from '../xmlGuard.js';
import type { ZipEntry } from '../zipGuard.js';
import { openPackage, scanSheet, Unsupported, type PackageInfo, type SheetFormula } from './readPackage.js';

// The fast path's reading half: every sheet kpi grades streamed into a grid without exceljs's model
// (readPackage.ts). What it is not sure of throws Unsupported and the caller reads with exceljs.

/** The fast path is taken when a worksheet part is at least this big uncompressed (about 1,500 roster rows). */
export const FAST_MIN_SHEET_BYTES = 2 * 1024 * 1024;

/** 'auto' (by size), 'package' (the fast path at any size, when it can), 'exceljs' (never). */
export type WriterChoice = 'auto' | 'package' | 'exceljs';

/** The choice given, else KPI_WRITER from the environment (auto, package, exceljs), else auto. */
export function writerChoice(given?: WriterChoice): WriterChoice {
  const env = process.env.KPI_WRITER;
  return given ?? (env === 'package' || env === 'exceljs' ? env : 'auto');
}

export function wantsFastPath(entries: ZipEntry[], choice: WriterChoice): boolean {
  if (choice === 'exceljs') return false;
  if (choice === 'package') return true;
  return entries.some((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name) && e.uncompressedSize >= FAST_MIN_SHEET_BYTES);
}

export interface FastInput {
  pkg: PackageInfo;
  grids: Grid[];
  hiddenSheets: string[];
  /** Per sheet read: the right-most column holding a value (where result columns go). */
  lastValueColumns: Map<string, number>;
  metadata: Partial<TemplateMetadata> | null;
  /** The input has a _kpi sheet (a template's mark): kpi's record goes below what it holds. */
  hasMetadataSheet: boolean;
  /** What sniff.ts found that exceljs misreads (workbookFixups.ts): repaired in the skeleton exceljs loads. */
  marks: ReadonlySet<XmlMark>;
  /**
   * Per sheet read, the top-left cell of the merge covering a cell (undefined when none). Kept apart from the grids,
   * which are let go once the people are read: a problem's mark goes where the cell shows.
   */
  mergedInto: (sheet: string, row: number, col: number) => string | undefined;
  /** Per sheet read, whether a merge covers any cell of the row (its top-left included). */
  rowMerged: (sheet: string, row: number) => boolean;
  /** The formula cells of the sheets read (the skeleton holds only some rows of a roster's): whether any reads kpi's cells. */
  formulas: Array<SheetFormula & { sheet: string }>;
}

/** Reads the sheets kpi grades (not _kpi or _lists; hidden ones only when asked); throws Unsupported. */
export async function readFast(buffer: Buffer, entries: ZipEntry[], maxSize: number, includeHidden: boolean, marks: ReadonlySet<XmlMark> = new Set()): Promise<FastInput> {
  const pkg = openPackage(buffer, entries, maxSize);
  const grids: Grid[] = [];
  const hiddenSheets: string[] = [];
  const lastValueColumns = new Map<string, number>();
  const merges = new Map<string, ReadonlyMap<number, string>>();
  let meta: Record<string, string> = {};
  let hasMetadataSheet = false;
  const formulas: FastInput['formulas'] = [];
  for (const sheet of pkg.sheets) {
    if (sheet.name === '_lists') continue;
    if (sheet.state !== 'visible' && sheet.name !== METADATA_SHEET && !includeHidden) {
      hiddenSheets.push(sheet.name);
      continue;
    }
    const scanned = await scanSheet(pkg, sheet);
    if (sheet.name === METADATA_SHEET) {
      hasMetadataSheet = true;
      meta = Object.create(null) as Record<string, string>;
      for (let r = 1; r <= scanned.grid.rowCount; r++) {
        const k = scanned.grid.text(r, 1);
        const v = scanned.grid.text(r, 2);
        // A workbook kpi graded before is read by exceljs, which undoes kpi's changes first (ledger.ts).
        if (k === 'graded-by' && /^kpi\b/.test(v)) throw new Unsupported('graded by kpi before');
        if (k && v) meta[k] = v;
      }
      continue;
    }
    grids.push(scanned.grid);
    for (const f of scanned.formulas) formulas.push({ sheet: sheet.name, ...f });
    lastValueColumns.set(sheet.name, scanned.lastValueColumn);
    if (scanned.merges.size) merges.set(sheet.name, scanned.merges);
  }
  const mergedInto = (name: string, row: number, col: number) => merges.get(name)?.get(row * 20_000 + col);
  const mergedRows = new Map<string, Set<number>>();
  for (const [name, cells] of merges) {
    const rows = new Set<number>();
    for (const [at, master] of cells) {
      rows.add(Math.floor(at / 20_000));
      rows.add(Number(/\d+$/.exec(master)?.[0]));
    }
    mergedRows.set(name, rows);
  }
  const rowMerged = (name: string, row: number) => mergedRows.get(name)?.has(row) ?? false;
  return { pkg, grids, hiddenSheets, lastValueColumns, metadata: metadataFromPairs(meta, pkg.keywords), hasMetadataSheet, marks, mergedInto, rowMerged, formulas };
}
