import { formulaResultsStale } from '../staleResults.js';
import path from 'node:path';
import { localeFormatCode } from '../exceljsLocaleFormats.js';
import type { RawValue } from '../../model/entries.js';
import { cellAddress, dateText, numberCellFacts, elapsedValue, fixedDecimalsText, literalByFormat, shownByFormat, formatSuffixOf, isElapsedFormat, MAX_SCAN_COLUMNS, percentSignOf, rawText, timeAsShown, withoutXmlForbidden, type Grid } from '../grid.js';
import { inflateEntryCapped, streamEntry, type ZipEntry } from '../zipGuard.js';
import { rowFault, SheetRowFault } from '../rowNumbers.js';
import { attributes, decodeXml, parseRef, rowsClosedAt, STRIKE, stringItemRuns, stringItemText, takeRows } from './xml.js';
import { decodePieces } from './textPieces.js';
import { shownInSymbolFont, symbolFontOf } from '../symbolFonts.js';
import { crossedOut, struckApart, withStruck } from '../struckText.js';

// Reads a workbook package without exceljs's model: the workbook's sheet list, shared strings, number
// formats, and each sheet's cells streamed into a grid, with the values exceljs would give (see
// src/io/grid.ts rawFromCell). Whatever it is not sure of (a shared formula's follower without a result, date-typed
// cells, prefixed XML, huge merges) throws Unsupported and the caller uses exceljs instead.

export class Unsupported extends Error {
  constructor(message?: string) {
    super(message);
    if (process.env.KPI_DEBUG) process.stderr.write(`fast path: ${message}\n`);
  }
}

export interface SheetInfo {
  name: string;
  part: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  sheetId: number;
}

export interface PackageInfo {
  buffer: Buffer;
  entries: Map<string, ZipEntry>;
  maxSize: number;
  sheets: SheetInfo[];
  workbookXml: string;
  workbookRelsXml: string;
  contentTypesXml: string;
  stylesXml: string;
  /** numFmt of each cellXfs index, as exceljs reports it ('' when none). */
  xfNumFmt: string[];
  /** The symbol font (Wingdings 2 …) of each cellXfs index whose font is one (symbolFonts.ts); undefined for the rest. */
  xfSymbolFont: Array<string | undefined>;
  /** Whether each cellXfs index's font is struck through (struckText.ts); [] when no font is. */
  xfStrike: boolean[];
  strings: string[];
  /** The runs of shared strings that have struck runs, or rich runs where some cell's font is struck: by index. */
  stringRuns: Map<number, Array<{ text: string; strike?: boolean }>>;
  date1904: boolean;
  keywords: string;
  /** Formula results saved as placeholders, to be worked out on opening (staleResults.ts): read as none saved. */
  staleResults: boolean;
}

// exceljs's built-in format codes (lib/xlsx/defaultnumformats.js, the ids that have one); a locale's (27–36, 50–58) as
// Chinese Excel shows them (exceljsLocaleFormats.ts).
const BUILTIN: Record<number, string> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm',
  21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

const REL_WORKSHEET = /\/worksheet$/;

export function readPart(pkg: Pick<PackageInfo, 'buffer' | 'entries' | 'maxSize'>, name: string): string | null {
  const entry = pkg.entries.get(name);
  if (!entry) return null;
  const r = inflateEntryCapped(pkg.buffer, entry, pkg.maxSize);
  if (!r.ok) throw new Unsupported(`${name}: ${r.detail}`);
  return r.data.toString('utf8');
}

export function openPackage(buffer: Buffer, list: ZipEntry[], maxSize: number): PackageInfo {
  const entries = new Map(list.map((e) => [e.name, e]));
  const base = { buffer, entries, maxSize };
  const workbookXml = readPart(base, 'xl/workbook.xml');
  const workbookRelsXml = readPart(base, 'xl/_rels/workbook.xml.rels');
  const contentTypesXml = readPart(base, '[Content_Types].xml');
  const stylesXml = readPart(base, 'xl/styles.xml');
  if (!workbookXml || !workbookRelsXml || !contentTypesXml || !stylesXml) throw new Unsupported('missing workbook parts');
  if (/<\w+:workbook\b/.test(workbookXml)) throw new Unsupported('prefixed workbook XML');
  // Strict Open XML (Excel's 「Strict Open XML 电子表格」): its parts kept as they are beside kpi's Transitional ones made
  // a package of both; the ordinary path writes it Transitional throughout.
  if (/conformance\s*=\s*["']strict["']|purl\.oclc\.org\/ooxml/.test(workbookXml)) throw new Unsupported('strict open XML');
  // A workbook with macros (.xlsm): copied part for part it stays macro-enabled, and Excel refuses such a package
  // named .xlsx. The ordinary path writes a plain workbook without them (said: content-dropped).
  if (/macroEnabled|vbaProject/i.test(contentTypesXml) || /\/vbaProject"/.test(workbookRelsXml)) throw new Unsupported('macros');

  const sheets = sheetList(workbookXml, workbookRelsXml);

  const numFmts = new Map<number, string>();
  // Only the workbook's own <numFmts>: a conditional format's <dxf> may carry a numFmt reusing an id (0.0% as 165 over
  // the cells' 0"次"), and read into the same map it gave the cells another format (300% for 3 次).
  const ownFormats = /<numFmts\b[^>]*>([\s\S]*?)<\/numFmts>/.exec(stylesXml.replace(/<dxfs\b[\s\S]*?<\/dxfs>/g, ''))?.[1] ?? '';
  for (const m of ownFormats.matchAll(/<numFmt\b[^>]*>/g)) {
    const a = attributes(m[0]);
    numFmts.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const xfNumFmt = [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attributes(m[0]).get('numFmtId') ?? 0);
    return id ? numFmts.get(id) ?? BUILTIN[id] ?? localeFormatCode(id) ?? '' : '';
  });
  const xfSymbolFont = symbolFontsOf(stylesXml, cellXfs);
  const xfStrike = struckFontsOf(stylesXml, cellXfs);

  const sst = readPart(base, 'xl/sharedStrings.xml');
  const strings: string[] = [];
  const stringRuns = new Map<number, Array<{ text: string; strike?: boolean }>>();
  if (sst) {
    for (const m of sst.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) {
      const item = m[1] ?? '';
      if (item.includes('<strike') || (xfStrike.length && item.includes('<rPr'))) stringRuns.set(strings.length, stringItemRuns(item).map((r) => ({ ...r, text: detached(r.text) })));
      strings.push(detached(stringItemText(item)));
    }
  }
  const core = readPart(base, 'docProps/core.xml') ?? '';
  const keywords = decodeXml(/<(?:\w+:)?keywords\b[^>]*>([\s\S]*?)<\/(?:\w+:)?keywords>/.exec(core)?.[1] ?? '');
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbookXml);
  return { ...base, sheets, workbookXml, workbookRelsXml, contentTypesXml, stylesXml, xfNumFmt, xfSymbolFont, xfStrike, strings, stringRuns, date1904, keywords, staleResults: formulaResultsStale(workbookXml) };
}

/**
 * Per cellXfs index, the symbol font its fontId names, as exceljs gives it (cell.font.name): the fast path read the
 * tick boxes of a roster of 2,000 typed in Wingdings 2 as the letter R, the exceljs path as ☑.
 */
function symbolFontsOf(stylesXml: string, cellXfs: string): Array<string | undefined> {
  const fontsXml = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(stylesXml)?.[1] ?? '';
  const fonts = [...fontsXml.matchAll(/<font\b[^>]*?(?:\/>|>([\s\S]*?)<\/font>)/g)].map((m) => {
    const name = /<name\b[^>]*>/.exec(m[1] ?? '');
    return name ? symbolFontOf(decodeXml(attributes(name[0]).get('val') ?? '')) : undefined;
  });
  if (!fonts.some(Boolean)) return [];
  return [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map((m) => fonts[Number(attributes(m[0]).get('fontId') ?? 0)]);
}

/** Per cellXfs index, whether its font strikes its text through, as exceljs gives it (cell.font.strike); [] for none. */
function struckFontsOf(stylesXml: string, cellXfs: string): boolean[] {
  const fontsXml = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(stylesXml)?.[1] ?? '';
  if (!fontsXml.includes('<strike')) return [];
  const fonts = [...fontsXml.matchAll(/<font\b[^>]*?(?:\/>|>([\s\S]*?)<\/font>)/g)].map((m) => STRIKE.test(m[1] ?? ''));
  return [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map((m) => fonts[Number(attributes(m[0]).get('fontId') ?? 0)] === true);
}

/** The worksheets of xl/workbook.xml, in order, with their parts (chart and dialog sheets left out: never read). */
export function sheetList(workbookXml: string, workbookRelsXml: string): SheetInfo[] {
  const targets = new Map<string, string>();
  for (const m of workbookRelsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (REL_WORKSHEET.test(a.get('Type') ?? '') && a.get('TargetMode') !== 'External') targets.set(a.get('Id') ?? '', partName(a.get('Target') ?? ''));
  }
  const sheets: SheetInfo[] = [];
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rid = [...a].find(([k]) => /(^|:)id$/.test(k) && k !== 'sheetId')?.[1] ?? '';
    const part = targets.get(rid);
    if (!part) continue;
    const state = a.get('state');
    sheets.push({ name: a.get('name') ?? '', part, state: state === 'hidden' || state === 'veryHidden' ? state : 'visible', sheetId: Number(a.get('sheetId') ?? 0) });
  }
  return sheets;
}

/** A relationship target of xl/workbook.xml as a part name: relative to xl/, or absolute (openpyxl). */
export function partName(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return path.posix.normalize(`xl/${target}`);
}

/** exceljs's test for a date format: y m d h s b outside quotes and brackets. */
function isDateFmt(fmt: string): boolean {
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const EMPTY: RawValue = { kind: 'empty' };
/** A row's hidden attribute as exceljs reads it (row-xform: "1" or "true"). */
const HIDDEN_ROW = /\bhidden\s*=\s*["'](?:1|true)["']/;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/**
 * A cell's value as a row keeps it: text as its string, a number with nothing more to say as the number, anything else
 * as its RawValue. A roster of 50,000 is a million cells: kept as a Map of objects per row they were 150 MB, alive
 * while every person is read and scored (the peak of the run).
 */
type KeptValue = RawValue | string | number;

function keep(v: RawValue): KeptValue {
  if (v.kind === 'text' && !v.symbol && v.struck === undefined) return v.value;
  if (v.kind === 'number' && v.percentFormat === undefined && v.percentSign === undefined && v.suffix === undefined && v.shown === undefined && v.rounded === undefined && v.roundedText === undefined) return v.value;
  return v;
}

function unkeep(v: KeptValue | undefined): RawValue {
  if (v === undefined) return EMPTY;
  if (typeof v === 'string') return { kind: 'text', value: v };
  if (typeof v === 'number') return { kind: 'number', value: v };
  return v;
}

interface RowCells {
  /** By column. */
  values: KeptValue[];
  maxCol: number;
  hasValues: boolean;
  /** Last column whose cell holds a value exceljs would count (lastUsedColumn in graded/ledger.ts). */
  maxValueCol: number;
}

/** A sheet streamed into a grid. Also gives, per row, where its cells end (for the writer). */
export interface ScannedSheet {
  grid: Grid;
  /** Highest column of any cell (styled or not) of rows that hold a value: exceljs's columnCount. */
  columnCount: number;
  /** Right-most column holding a value in any row (where kpi appends its result columns). */
  lastValueColumn: number;
  lastRow: number;
  /** Each merged cell but a range's top-left → that cell's address (row × 20,000 + column), as grid.mergedInto answers. */
  merges: ReadonlyMap<number, string>;
  /** The sheet's formula cells, with their text (a shared formula's follower with its first cell's): what they read. */
  formulas: SheetFormula[];
}

export interface SheetFormula {
  row: number;
  col: number;
  text: string;
}

export async function scanSheet(pkg: PackageInfo, sheet: SheetInfo): Promise<ScannedSheet> {
  const entry = pkg.entries.get(sheet.part);
  if (!entry) throw new Unsupported(`no part ${sheet.part}`);
  const rows = new Map<number, RowCells>();
  const decoder = new TextDecoder('utf-8');
  let buf = '';
  let started = false;
  let ended = false;
  let tail = '';
  let lastRowNumber = 0;
  let failure: Unsupported | SheetRowFault | null = null;
  let hiddenColumns: Array<[number, number]> = [];
  const hiddenRows = new Set<number>();
  /** Shared formulas' first cells by their si (<f t="shared" ref="…" si="0">): what a follower without a result names. */
  const sharedFormulas = new Map<string, string>();
  const formulas: Formulas = { list: [], sharedTexts: new Map() };

  const consumeRows = (final: boolean) => {
    if (!started) {
      const at = buf.indexOf('<sheetData');
      if (at < 0) {
        if (/<\w+:worksheet\b/.test(buf)) throw new Unsupported('prefixed sheet XML');
        if (!final) return;
        ended = true;
        return;
      }
      if (/<\w+:worksheet\b/.test(buf.slice(0, at))) throw new Unsupported('prefixed sheet XML');
      started = true;
      hiddenColumns = hiddenColumnsOf(buf.slice(0, at));
      buf = buf.slice(at);
    }
    if (ended) {
      tail += buf;
      buf = '';
      return;
    }
    const taken = takeRows(buf, lastRowNumber, (row) => {
      const fault = rowFault(row, rows);
      if (fault) throw new SheetRowFault(sheet.part, fault, row.n, sheet.name);
      if (HIDDEN_ROW.test(row.attrs)) hiddenRows.add(row.n);
      readRow(row.n, row.body, rows, pkg, sharedFormulas, formulas);
    });
    buf = taken.rest;
    lastRowNumber = taken.last;
    if (/^<sheetData\b[^>]*\/>/.test(buf) || rowsClosedAt(buf) >= 0) {
      ended = true;
      tail += buf;
      buf = '';
    }
  };

  const streamed = await streamEntry(pkg.buffer, entry, pkg.maxSize, (chunk) => {
    try {
      for (const piece of decodePieces(decoder, chunk)) {
        buf += piece;
        consumeRows(false);
      }
    } catch (err) {
      failure = err instanceof Unsupported || err instanceof SheetRowFault ? err : new Unsupported(String(err));
      return false;
    }
    return true;
  });
  if (failure) throw failure;
  if (!streamed.ok) throw new Unsupported(`${sheet.part}: ${streamed.detail}`);
  buf += decoder.decode();
  consumeRows(true);
  const mergedCells = applyMerges(tail, rows);

  let columnCount = 0;
  let lastValueColumn = 0;
  let lastRow = 0;
  for (const [n, r] of rows) {
    if (r.hasValues) columnCount = Math.max(columnCount, r.maxCol);
    lastValueColumn = Math.max(lastValueColumn, r.maxValueCol);
    lastRow = Math.max(lastRow, n);
  }
  const value = (row: number, col: number): RawValue => unkeep(rows.get(row)?.values[col]);
  // Rows that hold a value, in order: nextRow steps over the gaps (as gridFromWorksheet does with eachRow).
  const present = [...rows].filter(([, r]) => r.hasValues).map(([n]) => n).sort((a, b) => a - b);
  const grid: Grid = {
    name: sheet.name,
    rowCount: lastRow,
    columnCount: Math.min(columnCount, MAX_SCAN_COLUMNS),
    value,
    text: (row, col) => {
      // Plain text and numbers as kept: read for every cell of every row (which rows are people's), no value made.
      const kept = rows.get(row)?.values[col];
      if (kept === undefined) return '';
      if (typeof kept === 'string') return kept.trim();
      return typeof kept === 'number' ? String(kept) : rawText(kept).trim();
    },
    ...(mergedCells.size ? { mergedInto: (row: number, col: number) => mergedCells.get(row * 20_000 + col) } : {}),
    // Hidden columns, as the exceljs grid tells them: a hidden copy of a column (last month's) is not read.
    ...(hiddenColumns.length ? { columnHidden: (col: number) => hiddenColumns.some(([a, b]) => col >= a && col <= b) } : {}),
    ...(hiddenRows.size ? { rowHidden: (row: number) => hiddenRows.has(row) } : {}),
    ...(formulas.list.length ? { formula: formulaAt(formulas.list) } : {}),
    nextRow: (row) => {
      let lo = 0;
      let hi = present.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (present[mid]! <= row) lo = mid + 1;
        else hi = mid;
      }
      return lo < present.length ? present[lo]! : lastRow + 1;
    },
  };
  return { grid, columnCount, lastValueColumn, lastRow, merges: mergedCells, formulas: formulas.list };
}

/** A cell's formula text by its row and column, as the exceljs grid's `formula` gives it. */
function formulaAt(list: readonly SheetFormula[]): (row: number, col: number) => string | undefined {
  let byCell: Map<number, string> | undefined;
  return (row, col) => {
    byCell ??= new Map(list.map((f) => [f.row * 20_000 + f.col, f.text]));
    return byCell.get(row * 20_000 + col);
  };
}

/** The column ranges <cols> marks hidden (hidden="1" or "true"), from the sheet's XML before <sheetData>. */
function hiddenColumnsOf(head: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of head.matchAll(/<col\b([^>]*)\/?>/g)) {
    const a = attributes(m[0]);
    if (!/^(1|true)$/i.test(a.get('hidden') ?? '')) continue;
    const min = Number(a.get('min'));
    const max = Number(a.get('max') ?? min);
    if (Number.isInteger(min) && Number.isInteger(max) && min >= 1) out.push([min, Math.max(min, max)]);
  }
  return out;
}

/** The formula cells met so far, and each shared formula's text by its si (its followers read alike, shifted). */
interface Formulas {
  list: SheetFormula[];
  sharedTexts: Map<string, string>;
}

function readRow(n: number, body: string, rows: Map<number, RowCells>, pkg: PackageInfo, sharedFormulas: Map<string, string>, formulas: Formulas): void {
  const row: RowCells = rows.get(n) ?? { values: [], maxCol: 0, hasValues: false, maxValueCol: 0 };
  rows.set(n, row);
  let col = 0;
  CELL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CELL.exec(body))) {
    const attrs = m[1]!;
    const ref = attrOf(attrs, 'r="');
    const at = ref === undefined ? null : refColumn(ref);
    col = at ?? col + 1;
    row.maxCol = Math.max(row.maxCol, col);
    const inner = m[2];
    if (!inner) continue;
    if (inner.includes('<f')) noteFormula(inner, n, col, formulas);
    const v = cellValue(attrs, inner, pkg, sharedFormulas, n, col);
    if (v === undefined) continue;
    row.hasValues = true;
    // exceljs counts any value but an empty string (spaces included) — a formula whatever its result (the team's
    // =IF(COUNTIF(…)>1,"重复","") showing nothing was written over), and never a shared string that is empty.
    // A shared string of spaces only (「　」 typed to clear a cell) is a value to exceljs: kpi's columns start after it.
    const sharedEmpty = attrOf(attrs, 't="') === 's' && v.kind === 'empty' && pkg.strings[Number(/<v>\s*(\d+)\s*<\/v>/.exec(inner)?.[1])] === '';
    if (v.kind !== 'empty' || inner.includes('<f') || (!sharedEmpty && /<t\b[^>]*>[^<]|<v>[^<]/.test(inner))) row.maxValueCol = Math.max(row.maxValueCol, col);
    // (A cell crossed out is blank with its struck text, said where it is an input's.)
    if (v.kind !== 'empty' || v.struck !== undefined) row.values[col] = keep(v);
  }
}

/** The value of one cell as rawFromCell reads it from exceljs; undefined for a cell with no value. */
function cellValue(attrs: string, inner: string, pkg: PackageInfo, sharedFormulas: Map<string, string>, row: number, col: number): RawValue | undefined {
  const v = withoutStruck(storedValue(attrs, inner, pkg, sharedFormulas, row, col), attrs, inner, pkg);
  if (v?.kind !== 'text' || !pkg.xfSymbolFont.length) return v;
  // (Not a number shown as words by its format — 1 as 「优秀」, 1004 as 001004: exceljs hands those as numbers.)
  const t = attrOf(attrs, 't="');
  if ((t === undefined || t === 'n') && NUMBER_TEXT.test(decodeXml(valueText(inner) ?? ''))) return v;
  const sAttr = attrOf(attrs, 's="');
  return shownInSymbolFont(v, sAttr !== undefined && /^\d+$/.test(sAttr) ? pkg.xfSymbolFont[Number(sAttr)] : undefined);
}

/** A cell's value without its text struck through, as rawFromCell reads it (struckText.ts). */
function withoutStruck(v: RawValue | undefined, attrs: string, inner: string, pkg: PackageInfo): RawValue | undefined {
  if (v === undefined || (!pkg.xfStrike.length && !pkg.stringRuns.size && !inner.includes('<strike'))) return v;
  const sAttr = attrOf(attrs, 's="');
  const whole = sAttr !== undefined && /^\d+$/.test(sAttr) && pkg.xfStrike[Number(sAttr)] === true;
  const t = attrOf(attrs, 't="');
  const runs = t === 's' ? pkg.stringRuns.get(Number(decodeXml(valueText(inner) ?? ''))) : t === 'inlineStr' && inner.includes('<r') ? stringItemRuns(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '') : undefined;
  if (!runs) return whole ? crossedOut(v, rawText(v)) : v;
  const apart = struckApart(runs.map((r) => ({ text: r.text, struck: r.strike ?? whole })));
  return apart ? withStruck(text(apart.kept), apart.struck) : v;
}

function storedValue(attrs: string, inner: string, pkg: PackageInfo, sharedFormulas: Map<string, string>, row: number, col: number): RawValue | undefined {
  const tAttr = attrOf(attrs, 't="');
  const t = tAttr !== undefined && /^\w+$/.test(tAttr) ? tAttr : 'n';
  const sAttr = attrOf(attrs, 's="');
  const numFmt = sAttr !== undefined && /^\d+$/.test(sAttr) ? pkg.xfNumFmt[Number(sAttr)] ?? '' : '';
  const hasFormula = inner.includes('<f');
  const f = hasFormula ? formulaOf(inner) : null;
  // A shared formula's first cell, as exceljs notes it (cell-xform.js reconcile): its followers name it.
  if (f?.shared && f.ref) sharedFormulas.set(f.si, cellAddress(row, col));
  const v = valueText(inner);
  // openpyxl, pandas and other generators save formulas without their results (<v/> or none). The ordinary path
  // reads such a cell as a formula not calculated: an error at an input's cell, any other cell left alone. A roster
  // of 50,000 with a column of =F2+G2 was read by exceljs whole (1.5 GB for 20,000 people).
  if (f && (pkg.staleResults || v === undefined || (t === 'n' && v.trim() === ''))) return uncalculated(f, sharedFormulas);
  if (t === 'inlineStr') return text(stringItemText(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? ''));
  if (v === undefined) return undefined;
  const raw = decodeXml(v);
  switch (t) {
    case 's': {
      const str = pkg.strings[Number(raw)];
      if (str === undefined) throw new Unsupported('shared string out of range');
      return text(str);
    }
    case 'str':
      return text(raw);
    case 'b':
      return { kind: 'boolean', value: raw === '1' || raw === 'true' };
    case 'e':
      return { kind: 'error', value: raw };
    case 'n': {
      // Not a number (a hand-made export's 「1,5」): text, as the ordinary path reads it (workbookFixups numberCellsAsText),
      // never parseFloat's 1. Empty (<v></v>, <v/>: some exporters write every cell) is an empty cell there too. A
      // formula's text result in a number cell is left to the ordinary path.
      if (!NUMBER_TEXT.test(raw)) {
        if (hasFormula) throw new Unsupported('number cell without a number');
        return text(raw);
      }
      const x = parseFloat(raw);
      // Before the date test, which [h]:mm also passes: 1 typed there is 24:00:00 elapsed (as the ordinary path reads it).
      if (numFmt && isElapsedFormat(numFmt)) return elapsedValue(x, numFmt);
      if (isDateFmt(numFmt)) {
        const d = new Date(Math.round((x - 25569 + (pkg.date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
        return { kind: 'date', value: timeAsShown(dateText(d), numFmt) };
      }
      if (/^0{2,}$/.test(numFmt) && Number.isInteger(x) && x >= 0) return { kind: 'text', value: String(x).padStart(numFmt.length, '0') };
      const words = numFmt ? literalByFormat(numFmt, x) : undefined;
      if (words !== undefined) return { kind: 'text', value: words };
      const sign = percentSignOf(numFmt);
      const onScreen = numFmt ? shownByFormat(numFmt, x) : undefined;
      const rounded = onScreen ? { rounded: onScreen.value, roundedText: onScreen.text } : {};
      const facts = numberCellFacts(numFmt, hasFormula);
      if (sign === 'scaled') return { kind: 'number', value: x, percentFormat: true, ...rounded, ...facts };
      if (sign === 'literal') return { kind: 'number', value: x, percentSign: true, ...rounded, ...facts };
      const suffix = numFmt ? formatSuffixOf(numFmt) : '';
      const shown = numFmt ? fixedDecimalsText(numFmt, x) : undefined;
      return suffix || shown || onScreen ? { kind: 'number', value: x, ...(suffix ? { suffix } : {}), ...(shown ? { shown } : {}), ...rounded, ...facts } : { kind: 'number', value: x, ...facts };
    }
    default:
      throw new Unsupported(`cell type ${t}`);
  }
}

// Reading a cell's attributes and value without regular expressions: a roster of 50,000 people is two million
// cells, and each match made arrays and strings for the collector (a third of the reading time).

/** The value of the attribute whose `key` is 'name="' in a start tag's attribute text (after white space). */
function attrOf(attrs: string, key: string): string | undefined {
  for (let at = attrs.indexOf(key); at > 0; at = attrs.indexOf(key, at + 1)) {
    const before = attrs.charCodeAt(at - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    const end = attrs.indexOf('"', at + key.length);
    return end < 0 ? undefined : attrs.slice(at + key.length, end);
  }
  return undefined;
}

/** The column of a cell reference (「AB12」); anything else is left to exceljs. */
function refColumn(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  const letters = i;
  let digits = true;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) digits = false;
  }
  // 「3G」, 「G」, 「a1」: no reference Excel writes. exceljs reads what it can of it, or stops and says where
  // (formats/xlsx.ts); the fast path guessed a column for it.
  if (!digits || letters === 0 || letters === ref.length) throw new Unsupported(`cell reference ${ref}`);
  if (letters > 3 || ref.length - letters > 7) throw new Unsupported(`cell reference ${ref}`);
  return col;
}

/** The text of a cell's <v> (still escaped); '' for <v/>; undefined when it has none. */
function valueText(inner: string): string | undefined {
  const open = inner.indexOf('<v>');
  if (open >= 0) {
    const close = inner.indexOf('</v>', open + 3);
    if (close >= 0) return inner.slice(open + 3, close);
  }
  const v = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/.exec(inner);
  return v ? v[1] ?? '' : undefined;
}

interface FormulaTag {
  text: string;
  shared: boolean;
  ref: string | undefined;
  si: string;
}

function noteFormula(inner: string, row: number, col: number, formulas: Formulas): void {
  const f = formulaOf(inner);
  if (!f) return;
  if (f.shared && f.text.trim()) formulas.sharedTexts.set(f.si, f.text);
  const text = f.text.trim() ? f.text : f.shared ? formulas.sharedTexts.get(f.si) : undefined;
  if (text) formulas.list.push({ row, col, text });
}

/** A cell's <f>: its text, and whether it is a shared formula's (t="shared", its ref and si). */
function formulaOf(inner: string): FormulaTag | null {
  const m = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
  if (!m) return null;
  const a = m[1] ? attributes(`<f${m[1]}>`) : new Map<string, string>();
  return { text: m[2] ? decodeXml(m[2]) : '', shared: a.get('t') === 'shared', ref: a.get('ref'), si: a.get('si') ?? '' };
}

/**
 * A formula cell without a saved result, as exceljs gives it: its formula's text, or for a shared formula's follower
 * (<f t="shared" si="0"/>, no text) its first cell's address, as exceljs names it (=X2). A follower of no first cell
 * is left to exceljs.
 */
function uncalculated(f: FormulaTag, sharedFormulas: ReadonlyMap<string, string>): RawValue {
  const formula = f.text.trim() ? f.text : f.shared ? (sharedFormulas.get(f.si) ?? '') : '';
  if (!formula) throw new Unsupported('formula without a cached result or text of its own');
  return { kind: 'formula-without-result', formula };
}

function text(raw: string): RawValue {
  // A cell over Excel's limit is reported and cut by the exceljs path (cellLimit.ts).
  if (raw.length > 32_767) throw new Unsupported('a cell longer than Excel allows');
  const s = withoutXmlForbidden(raw);
  return s.trim() === '' ? EMPTY : { kind: 'text', value: detached(s) };
}

/**
 * `s` as a string of its own. V8 keeps a substring of 13 characters or more as a view into the string it was cut
 * from: one heading kept a LibreOffice roster's shared strings (17 MB of XML, twice that as text) alive for the whole
 * run, and a kept cell's text the piece of sheet XML it was read from.
 */
function detached(s: string): string {
  return s.length >= 13 ? (' ' + s).slice(1) : s;
}

/** The number a number cell's <v> holds, written as Excel writes numbers; anything else (「1,5」, 「15abc」) is not one. */
const NUMBER_TEXT = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

const MAX_MERGED_CELLS = 100_000;

/** exceljs gives every cell of a merged range the top-left cell's value (and counts those cells). */
function applyMerges(tail: string, rows: Map<number, RowCells>): Map<number, string> {
  let total = 0;
  const merged = new Set<number>();
  /** Each merged cell but the top-left one → the top-left one's address. */
  const into = new Map<number, string>();
  for (const m of tail.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const a = parseRef(m[1]!);
    const b = parseRef(m[2]!);
    if (!a || !b) continue;
    const [r1, c1] = [Math.min(a[0], b[0]), Math.min(a[1], b[1])];
    const [r2, c2] = [Math.max(a[0], b[0]), Math.max(a[1], b[1])];
    total += (r2 - r1 + 1) * (c2 - c1 + 1);
    if (total > MAX_MERGED_CELLS) throw new Unsupported('merged ranges too large');
    // Ranges that overlap: no file Excel writes; exceljs stops at them, and says so (formats/xlsx.ts).
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        const key = r * 20_000 + c;
        if (merged.has(key)) throw new Unsupported('merged ranges overlap');
        merged.add(key);
      }
    }
    const master = rows.get(r1)?.values[c1];
    for (let r = r1; r <= r2; r++) {
      const row: RowCells = rows.get(r) ?? { values: [], maxCol: 0, hasValues: false, maxValueCol: 0 };
      rows.set(r, row);
      row.maxCol = Math.max(row.maxCol, c2);
      if (master !== undefined) row.maxValueCol = Math.max(row.maxValueCol, c2);
      if (r2 > r1 || c2 > c1) row.hasValues = true;
      for (let c = c1; c <= c2; c++) {
        if (r === r1 && c === c1) continue;
        into.set(r * 20_000 + c, cellAddress(r1, c1));
        if (master !== undefined) row.values[c] = master;
        else delete row.values[c];
      }
    }
  }
  return into;
}
