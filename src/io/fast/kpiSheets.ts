import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { ValueType, streamWorkbookWriter } from '../exceljsModules.js';
import { addSummaryCharts, type ChartPlan, type PartFiles } from '../graded/charts.js';
import { writeKpiSheets, type DeferredRows, type SummaryInput, type SummarySheets } from '../graded/summarySheets.js';
import { METADATA_SHEET } from '../metadata.js';
import { readZipDirectory, type ZipEntry } from '../zipGuard.js';
import { inflateChunks } from './inflate.js';
import { readPart } from './readPackage.js';
import { decodeXml } from './xml.js';
import { decodePieces } from './textPieces.js';

// 汇总, 明细 and 问题 (and _kpi's rows) written by the same builders as the exceljs path, through exceljs's
// streaming WorkbookWriter: 400,000 rows of 明细 are never held at once. The package stays in memory
// compressed; charts and internal links are added to its parts as edits (no second zip pass).

export interface KpiPackage {
  buffer: Buffer;
  entries: Map<string, ZipEntry>;
  maxSize: number;
  /** Parts changed after writing (charts, links): read these first. */
  edits: Map<string, string>;
  /**
   * The sheets as frames: their XML with the rows left out (<sheetData/>), which is all that charts and
   * links change; the rows are streamed from the part itself when the package is written (transplant.ts).
   */
  frames: Map<string, string>;
  /** Rows kpi's sheets left to be rendered into the part as it is written (汇总's, 明细's), by part. */
  deferred: Map<string, DeferredSheet>;
}

export interface DeferredSheet {
  rows: DeferredRows;
  /** exceljs's style id of each column's style, and of every style the rows use. */
  styleIds: number[];
  idOf: Map<object, number>;
}

export const ROWS_LEFT_OUT = '<sheetData/>';

export function kpiPart(pkg: KpiPackage, name: string): string | null {
  return pkg.edits.get(name) ?? pkg.frames.get(name) ?? readPart(pkg, name);
}

export function kpiPartNames(pkg: KpiPackage): string[] {
  return [...new Set([...pkg.entries.keys(), ...pkg.edits.keys()])];
}

export async function writeKpiPackage(
  input: SummaryInput,
  names: SummarySheets['names'],
  metadata: { rows: (widthOf: (sheet: string) => number | undefined) => Array<Array<ExcelJS.CellValue>>; widths: Array<number | undefined>; isNew: boolean },
): Promise<KpiPackage> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = streamWorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  // The streaming writer has no <printOptions>: kept from each sheet's set-up and put in below.
  const printOptions = new Map<string, string>();
  const deferred = new Map<string, DeferredSheet>();
  const host = {
    addWorksheet(name: string, options?: Partial<ExcelJS.AddWorksheetOptions>) {
      const ws = wb.addWorksheet(name, options);
      const commit = ws.commit.bind(ws);
      ws.commit = () => {
        const p = ws.pageSetup;
        const attrs = [['headings', p.showRowColHeaders], ['gridLines', p.showGridLines], ['horizontalCentered', p.horizontalCentered], ['verticalCentered', p.verticalCentered]]
          .filter(([, on]) => on)
          .map(([k]) => ` ${k}="1"`)
          .join('');
        if (attrs) printOptions.set(name, `<printOptions${attrs}/>`);
        commit();
      };
      return ws;
    },
    getWorksheet: (name: string) => wb.getWorksheet(name),
    deferRows(name: string, rows: DeferredRows): boolean {
      // Every style the rows use gets its id from exceljs (which caches ids by style object), as a cell of it
      // written by exceljs would; without exceljs's style table, nothing is deferred.
      const styles = (wb as unknown as { styles?: { weakMap?: WeakMap<object, number>; addStyleModel?: (s: object, type: number) => number } }).styles;
      if (!styles?.weakMap || !styles.addStyleModel) return false;
      const idOf = new Map<object, number>();
      for (const st of [...rows.styles, ...rows.allStyles]) idOf.set(st, styles.weakMap.get(st) ?? styles.addStyleModel(st, ValueType.String));
      deferred.set(name, { rows, styleIds: rows.styles.map((st) => idOf.get(st)!), idOf });
      return true;
    },
  };
  const charts: ChartPlan = writeKpiSheets(host, input, names);
  const meta = wb.addWorksheet(METADATA_SHEET, metadata.isNew ? { state: 'hidden' } : {});
  if (metadata.widths.some((w) => w !== undefined)) meta.columns = metadata.widths.map((width) => ({ width }));
  const metaRows = metadata.rows((name) => (wb.getWorksheet(name) as { columns?: unknown[] } | undefined)?.columns?.length);
  // The records of text and numbers after the first row are rendered by the transplant, as 明细's rows are: a roster of
  // 50,000 has 75,000 (rows made taller, cells marked), which exceljs's row models took a second and 40 MB to write.
  let written = metaRows.length;
  while (written > 1 && metaRows[written - 1]!.every((v) => v === null || typeof v === 'string' || typeof v === 'number')) written--;
  metaRows.slice(0, written).forEach((values, i) => {
    const row = meta.getRow(i + 1);
    values.forEach((v, k) => {
      if (v !== null) row.getCell(k + 1).value = v;
    });
    row.commit();
  });
  if (written < metaRows.length) {
    const plain = metaRows.slice(written) as Array<Array<string | number | null>>;
    deferred.set(METADATA_SHEET, { rows: { first: written + 1, styles: [], allStyles: [], rows: () => plain.map((values) => ({ values })) }, styleIds: [], idOf: new Map() });
  }
  meta.commit();
  await wb.commit();
  const buffer = Buffer.concat(chunks);
  // The pieces are let go: the writer (alive while its sheets' deferred rows are) keeps this array through its stream.
  chunks.length = 0;
  const dir = readZipDirectory(buffer);
  if (!dir.ok) throw new Error('exceljs wrote an unreadable package');
  const pkg: KpiPackage = { buffer, entries: new Map(dir.entries.map((e) => [e.name, e])), maxSize: 2 ** 31, edits: new Map(), frames: new Map(), deferred: new Map() };
  for (const part of sheetList(pkg).values()) pkg.frames.set(part, await frameOf(pkg, part));
  const zip = partEditor(pkg);
  await addSummaryCharts(zip, charts);
  for (const name of [names.summary, names.problems]) internalLinks(pkg, name);
  const parts = sheetList(pkg);
  for (const [name, rows] of deferred) {
    const part = parts.get(name);
    if (!part) throw new Error(`kpi's sheet ${name} missing from its package`);
    pkg.deferred.set(part, rows);
  }
  for (const [name, xml] of printOptions) {
    const part = parts.get(name);
    const text = part ? kpiPart(pkg, part) : null;
    if (part && text && !text.includes('<printOptions')) pkg.edits.set(part, text.replace(/<pageMargins\b/, () => `${xml}<pageMargins`));
  }
  return pkg;
}

/**
 * The streaming writer writes a link to a cell of the workbook as a relationship to an outside target
 * 「'Sheet'!A1」; the exceljs path writes <hyperlink location> with no relationship (links.ts). The same here.
 */
function internalLinks(pkg: KpiPackage, sheet: string): void {
  const list = sheetList(pkg);
  const part = list.get(sheet);
  if (!part) return;
  const relsPath = part.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels = kpiPart(pkg, relsPath);
  const xml = kpiPart(pkg, part);
  if (!rels || !xml) return;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target && /TargetMode="External"/.test(m[0]) && /^&apos;.*&apos;!\$?[A-Z]+\$?\d+$|^'.*'!\$?[A-Z]+\$?\d+$/.test(target)) targets.set(id, target);
  }
  if (!targets.size) return;
  pkg.edits.set(part, xml.replace(/<hyperlink\b([^>]*?)\s*\/>/g, (whole, attrs: string) => {
    const rid = /\sr:id="([^"]*)"/.exec(attrs)?.[1];
    const target = rid && targets.get(rid);
    return target ? `<hyperlink${attrs.replace(/\sr:id="[^"]*"/, '')} location="${target}"/>` : whole;
  }));
  pkg.edits.set(relsPath, rels.replace(/<Relationship\b[^>]*\/>/g, (rel) => (targets.has(/\bId="([^"]*)"/.exec(rel)?.[1] ?? '') ? '' : rel)));
}

function sheetList(pkg: KpiPackage): Map<string, string> {
  const wb = kpiPart(pkg, 'xl/workbook.xml') ?? '';
  const rels = kpiPart(pkg, 'xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*\bId="([^"]*)"[^>]*\bTarget="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (name && target) out.set(decodeXml(name), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/** A sheet part's XML with its rows left out. */
async function frameOf(pkg: KpiPackage, part: string): Promise<string> {
  const entry = pkg.entries.get(part);
  if (!entry) throw new Error(`kpi's part ${part} missing`);
  const decoder = new TextDecoder('utf-8');
  let state = 'head' as 'head' | 'open' | 'rows' | 'tail';
  let buf = '';
  let head = '';
  let tail = '';
  const take = (text: string) => {
    if (state === 'tail') return void (tail += text);
    buf += text;
    if (state === 'head') {
      const at = buf.indexOf('<sheetData');
      if (at < 0) return;
      head = buf.slice(0, at);
      buf = buf.slice(at);
      state = 'open';
    }
    if (state === 'open') {
      const gt = buf.indexOf('>');
      if (gt < 0) return;
      if (buf[gt - 1] === '/') {
        tail = buf.slice(gt + 1);
        state = 'tail';
        return;
      }
      state = 'rows';
    }
    const end = buf.indexOf('</sheetData>');
    if (end >= 0) {
      tail = buf.slice(end + '</sheetData>'.length);
      buf = '';
      state = 'tail';
    } else buf = buf.slice(-16); // the rows are not kept; a split </sheetData> is
  };
  for await (const chunk of inflateChunks(pkg.buffer, entry, pkg.maxSize)) for (const piece of decodePieces(decoder, chunk)) take(piece);
  take(decoder.decode());
  if (state !== 'tail') throw new Error(`kpi's part ${part} without rows`);
  return head + ROWS_LEFT_OUT + tail;
}

/** The little of JSZip's interface that addSummaryCharts and makeLinksInternal use, over the package's parts. */
function partEditor(pkg: KpiPackage): PartFiles {
  return {
    file(name: string, content?: string) {
      if (content !== undefined) {
        pkg.edits.set(name, content);
        return this;
      }
      if (!pkg.edits.has(name) && !pkg.entries.has(name)) return null;
      return { async: async () => kpiPart(pkg, name) ?? '' };
    },
  } as PartFiles;
}
