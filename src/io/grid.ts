import type ExcelJS from 'exceljs';
import { HIDDEN_BY_FORMAT, type RawValue } from '../model/entries.js';
import { walkOnlyPresentRows } from './sparseRows.js';
import { shownInSymbolFont, symbolFontOf } from './symbolFonts.js';
import { crossedOut, struckApart, withStruck } from './struckText.js';

/** A sheet as a rectangle of raw values; xlsx sheets, CSV files and HTML tables all become one. */
export interface Grid {
  name: string;
  /** The sheet is hidden in its workbook (read only with --include-hidden): an old export beside this month's. */
  sheetHidden?: boolean;
  rowCount: number;
  columnCount: number;
  /** 1-based row and column. */
  value(row: number, col: number): RawValue;
  /** The cell's text for matching labels ('' for empty). */
  text(row: number, col: number): string;
  /**
   * The first row after `row` that holds any cell, or rowCount + 1. Loops over rows step with it, so a
   * stray cell at A1048576 costs one step, not a million: work follows the cells that exist.
   */
  nextRow(row: number): number;
  /** A cell of a merged range other than its top-left one: that cell's address (it shows that cell's value). */
  mergedInto?(row: number, col: number): string | undefined;
  /** Whether the cell lies in a merged range of more than one cell (a team's 系数 merged over R2:R4 is no one row's). */
  inMergedRange?(row: number, col: number): boolean;
  /** Delimited text (a CSV): its delimiter. A row longer than its heading row there is a cell split in two. */
  delimiter?: string;
  /** Whether a column is hidden (a workbook sheet): a hidden copy of a column is last month's, not this one's. */
  columnHidden?(col: number): boolean;
  /** Whether a row is hidden (a workbook sheet): on a person's sheet, a hidden copy of an item's row is not read. */
  rowHidden?(row: number): boolean;
  /** Delimited text: how many cells a row has, empty ones at its end included (the delimiters it holds, plus one). */
  width?(row: number): number;
  /**
   * A workbook sheet: the cell's formula (without 「=」), its result saved or not; undefined for a typed value. A team's
   * 汇总 of ='张三'!F7 is people's own sheets again, not a roster of its own.
   */
  formula?(row: number, col: number): string | undefined;
}

// A sheet with 16,384 used columns is honest but not a form: look at a bounded window of columns.
// Every row is read: a roster of 150,000 people is 150,000 people (issue 9 item 4).
export const MAX_SCAN_COLUMNS = 2_000;

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** A cell's figure: a number, or digits typed as text (a CSV's cells are text); null for anything else. */
export function figureIn(raw: RawValue): number | null {
  if (raw.kind === 'number') return raw.value;
  return raw.kind === 'text' && /^\s*\d+(\.\d+)?\s*$/.test(raw.value) ? Number(raw.value) : null;
}

export function rawText(v: RawValue): string {
  switch (v.kind) {
    case 'empty':
      return '';
    case 'number':
      return `${v.shown ?? String(v.value)}${v.suffix ?? ''}`;
    case 'text':
    case 'date':
    case 'error':
      return v.value;
    case 'boolean':
      return v.value ? 'TRUE' : 'FALSE';
    case 'formula-without-result':
      return `=${v.formula}`;
  }
}

const EMPTY: RawValue = { kind: 'empty' };

/**
 * Characters XML 1.0 cannot hold (control characters but tab, line feed and carriage return; U+FFFE, U+FFFF; half a
 * surrogate pair), which reach a cell's text only through Excel's escapes (「陈_x0007_七」, 「_xFFFF_」) or a CSV or HTML
 * export: Excel shows nothing for them, and written back they made the graded workbook unreadable. Where text is read,
 * on every path alike, each becomes a zero-width space (INVISIBLE_MARK): invisible as before, taken out of names and
 * headings like any invisible character, and — unlike a character dropped — not joining what it stood between: 「6␇0」
 * read as 60 scored silently; like 「6\u200b0」 it is an error at its cell.
 */
const XML_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const INVISIBLE_MARK = '\u200b';

export function withoutXmlForbidden(s: string): string {
  XML_FORBIDDEN.lastIndex = 0;
  return XML_FORBIDDEN.test(s) ? s.replace(XML_FORBIDDEN, INVISIBLE_MARK) : s;
}

export function gridFromRows(name: string, rows: string[][]): Grid {
  const columnCount = Math.min(MAX_SCAN_COLUMNS, rows.reduce((m, r) => Math.max(m, r.length), 0));
  const value = (row: number, col: number): RawValue => {
    const cell: unknown = rows[row - 1]?.[col - 1];
    // Text only from a parser (CSV, HTML); anything else given is read as its text.
    let s = cell === undefined || cell === null ? undefined : String(cell);
    // ="001001": how exports keep leading zeros when the CSV is opened in Excel.
    const m = s === undefined ? null : /^\s*="(.*)"\s*$/.exec(s);
    if (m) s = m[1]!;
    if (s !== undefined) s = withoutXmlForbidden(s);
    return s === undefined || s.trim() === '' ? EMPTY : { kind: 'text', value: s };
  };
  return {
    name,
    rowCount: rows.length,
    columnCount,
    value,
    text: (row, col) => rawText(value(row, col)).trim(),
    nextRow: (row) => row + 1,
    width: (row) => rows[row - 1]?.length ?? 0,
  };
}

export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  walkOnlyPresentRows(ws);
  // findRow/findCell, never getRow/getCell: those create the row and cell, and every row created here
  // would be written out again (a million empty rows for one stray cell at the bottom of the sheet).
  const value = (row: number, col: number): RawValue => {
    const cell = ws.findRow(row)?.findCell(col);
    return cell ? rawFromCell(cell) : EMPTY;
  };
  let rows: number[] | null = null;
  const rowCount = ws.rowCount;
  return {
    name: ws.name,
    ...(ws.state === 'hidden' || ws.state === 'veryHidden' ? { sheetHidden: true } : {}),
    rowCount,
    columnCount: Math.min(ws.columnCount, MAX_SCAN_COLUMNS),
    value,
    text: (row, col) => rawText(value(row, col)).trim(),
    // ws.columns, not getColumn: that creates the column, and it would be written out.
    columnHidden: (col: number) => !!(ws.columns as ExcelJS.Column[] | undefined)?.[col - 1]?.hidden,
    rowHidden: (row: number) => !!ws.findRow(row)?.hidden,
    formula: (row: number, col: number) => formulaOf(ws.findRow(row)?.findCell(col)),
    // Only a sheet with merged cells answers (a roster of 50,000 rows asks for every cell).
    ...(hasMerges(ws)
      ? {
          mergedInto: (row: number, col: number) => {
            const cell = ws.findRow(row)?.findCell(col);
            return cell?.isMerged && cell.master.address !== cell.address ? cell.master.address : undefined;
          },
          inMergedRange: (row: number, col: number) => Object.values((ws as unknown as { _merges?: Record<string, MergeRange> })._merges ?? {}).some((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right),
        }
      : {}),
    nextRow: (row) => {
      if (!rows) {
        const found: number[] = [];
        ws.eachRow((_, n) => found.push(n));
        rows = found;
      }
      const i = firstAbove(rows, row);
      return i < rows.length ? Math.min(rows[i]!, rowCount + 1) : rowCount + 1;
    },
  };
}

/** A shared formula's follower gives its first cell's formula moved to it (exceljs's own `formula`). */
function formulaOf(cell: ExcelJS.Cell | undefined): string | undefined {
  const v = cell?.value;
  if (!v || typeof v !== 'object' || !('formula' in v || 'sharedFormula' in v)) return undefined;
  try {
    return cell!.formula || undefined;
  } catch {
    return undefined;
  }
}

type MergeRange = { top: number; left: number; bottom: number; right: number };

function hasMerges(ws: ExcelJS.Worksheet): boolean {
  const merges = (ws as unknown as { _merges?: Record<string, unknown> })._merges;
  return merges === undefined || Object.keys(merges).length > 0;
}

/** Index of the first element greater than `x` in an ascending list. */
function firstAbove(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How a number format shows a percent sign. 'scaled': a `%` that is code, the value × 100 (0%: 0.35 shows 「35%」).
 * 'literal': a `%` typed into the format as text (`0"%"`, `0\%`), the value as it is (1 shows 「1%」). A `%` inside
 * [brackets] is a colour or condition; `_%` and `*%` are spacing and fill.
 */
export function percentSignOf(numFmt: string): 'scaled' | 'literal' | null {
  if (!numFmt.includes('%') && !numFmt.includes('％')) return null;
  const code = numFmt.replace(/\[[^\]]*\]?|[_*]./g, '');
  if (code.replace(/"[^"]*"?|\\./g, '').includes('%')) return 'scaled';
  // A full-width ％ typed into the format (0"％") shows the value as it is, as a % typed there does.
  return code.includes('%') || code.includes('％') ? 'literal' : null;
}

/**
 * A date cell as the sheet shows it: the day, or for a time of day alone (0:25 typed into a cell for minutes) the
 * time — a time is stored as a fraction of the day 1899-12-30, which is not what anyone typed.
 */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return String(d);
  const iso = d.toISOString();
  // (In a workbook of the 1904 system — Mac Excel, Numbers — the day of times is 1904-01-01.)
  if (iso.startsWith('1899-12-30T') || iso.startsWith('1904-01-01T')) {
    // The fraction of a second an average holds (30.6 s in h:mm:ss shows 0:00:31) is kept: cut, it was 30 s.
    const fraction = iso.slice(19, 23).replace(/\.?0+$/, '');
    const time = iso.slice(11, 19);
    return fraction ? `${time}${fraction}` : time.endsWith(':00') ? time.slice(0, 5) : time;
  }
  // Excel counts 1900 as a leap year (Lotus's mistake, kept): its days 1–59 show one day later than a calendar counts
  // from 1899-12-30 (1 is 1900-01-01, not 1899-12-31), and day 60 is its 29 February 1900.
  const t = d.getTime();
  if (t >= FIRST_EXCEL_DAY && t < MARCH_1900) {
    return t >= LEAP_DAY_1900 ? '1900-02-29' : new Date(t + DAY_MS).toISOString().slice(0, 10);
  }
  return iso.slice(0, 10);
}

const DAY_MS = 86_400_000;
const FIRST_EXCEL_DAY = Date.UTC(1899, 11, 31);
const LEAP_DAY_1900 = Date.UTC(1900, 1, 28);
const MARCH_1900 = Date.UTC(1900, 2, 1);

/** Once per format: a roster of 50,000 people asks for every cell. */
const suffixMemo = new Map<string, string>();

/**
 * The word a number format shows after the number (0.0"万", #,##0" 元", 0\次): its last quoted or escaped text, of
 * the format's first section; '' for none. A % is not one (percentSignOf).
 */
export function formatSuffixOf(numFmt: string): string {
  if (!numFmt.includes('"') && !numFmt.includes('\\')) return '';
  let found = suffixMemo.get(numFmt);
  if (found === undefined) {
    found = suffixOf(numFmt);
    if (suffixMemo.size < 1000) suffixMemo.set(numFmt, found);
  }
  return found;
}

function suffixOf(numFmt: string): string {
  const first = numFmt.split(';')[0]!.replace(/\[[^\]]*\]?|[_*]./g, '');
  const m = /[0#?](?:[^0#?]*?)((?:"[^"]*"|\\.|\s)+)$/.exec(first);
  if (!m) return '';
  const text = m[1]!.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1').trim();
  return text === '%' || text === '％' ? '' : text;
}

const placesMemo = new Map<string, PlainFormat | null>();

/** A plain number format's places, whether a % of its own scales the number by 100, and the words shown after it. */
interface PlainFormat {
  places: number;
  percent: boolean;
  after: string;
}

/**
 * A plain number format (0, 0.0, #,##0.00, 0%, 0.0 %, with a word after it); null for any other (General, dates).
 * The first section without its colour or locale ([Red], [$-804]), padding (_) or fill (*); then its words after the
 * number ("%", \%, "分") and spaces: 0.0 %, 0.0\ % (LibreOffice's), 0%_), 0"%" and 0\% are all the number to one or
 * no places, a % of the format's own (not quoted or escaped) scaling it by 100.
 */
function plainFormat(numFmt: string): PlainFormat | null {
  let f = placesMemo.get(numFmt);
  if (f === undefined) {
    const code = numFmt.split(';')[0]!.replace(/\[[^\]]*\]/g, '').replace(/[_*]./g, '').trim();
    const m = /^(?:#,##)?0(?:\.(0+))?((?:"[^"]*"|\\.|\s|%)*)$/.exec(code);
    const rest = m?.[2] ?? '';
    f = m ? { places: m[1]?.length ?? 0, percent: rest.replace(/"[^"]*"|\\./g, '').includes('%'), after: rest.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1') } : null;
    if (placesMemo.size < 1000) placesMemo.set(numFmt, f);
  }
  return f;
}

/**
 * What a plain number format shows for `value`, when the number it shows is another: 0.895 through 0% shows 「90%」
 * (0.9), 29.6 through 0 shows 「30」. The number shown (in the value's units) and the text; undefined otherwise (no plain
 * number format, or the number shown as stored). Rounded half away from zero, as Excel shows it.
 */
export function shownByFormat(numFmt: string, value: number): { value: number; text: string } | undefined {
  // A format whose section for this number is empty (;;; hides every number, 0;-0;;@ zeros): the cell shows nothing —
  // a count of 2 deducted where the sheet shows a blank was said nowhere. Shown as blank is as 0 for a number.
  if (numFmt.includes(';') && Number.isFinite(value) && value !== 0 && sectionFor(numFmt, value) === '') return { value: 0, text: HIDDEN_BY_FORMAT };
  const f = numFmt && Number.isFinite(value) ? plainFormat(numFmt) : null;
  if (!f) return undefined;
  const scaled = f.percent ? value * 100 : value;
  const factor = 10 ** f.places;
  // 12 significant digits absorb float noise (0.29 × 100 = 28.999999999999996 shows 29).
  const shown = (Math.sign(scaled) * Math.round(Number((Math.abs(scaled) * factor).toPrecision(12)))) / factor;
  const back = f.percent ? Number((shown / 100).toPrecision(15)) : shown;
  if (Math.abs(back - value) <= 1e-12 * Math.max(1, Math.abs(value))) return undefined;
  return { value: back, text: `${shown.toFixed(f.places)}${f.after}` };
}

/** The section of a number format that shows `value` (positive; negative; zero), quoted text kept; '' when empty. */
function sectionFor(numFmt: string, value: number): string {
  // Split at the semicolons outside quotes.
  const parts = numFmt.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const at = value > 0 ? 0 : value < 0 ? (parts.length > 1 ? 1 : 0) : parts.length > 2 ? 2 : 0;
  return (parts[at] ?? '').trim();
}

/**
 * The words a number format shows in place of the number, when the section for it holds only quoted text (the 「自定义格式」
 * shortcut [=1]"优秀";[=2]"良好";"一般": 1 shows 优秀). Read as stored, 1 was the choice worth 1 point — 需改进 for the
 * 优秀 on screen (§19 59.38 待改进 for 65.63 一般 at exit 0). undefined when the section shows any digit of the number.
 */
export function literalByFormat(numFmt: string, value: number): string | undefined {
  if (!numFmt.includes('"') || !Number.isFinite(value)) return undefined;
  const parts = numFmt.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const condition = (part: string) => /^\s*(?:\[[^\]]*\]\s*)*?\[(=|<>|<=|>=|<|>)\s*(-?\d+(?:\.\d+)?)\]/.exec(part);
  const holds = (op: string, n: number) => (op === '=' ? value === n : op === '<>' ? value !== n : op === '<' ? value < n : op === '>' ? value > n : op === '<=' ? value <= n : value >= n);
  let section: string | undefined;
  if (parts.some((p) => condition(p))) {
    // Conditions in order; the first section without one takes the rest.
    for (const part of parts) {
      const c = condition(part);
      if (!c) {
        section = part;
        break;
      }
      if (holds(c[1]!, Number(c[2]))) {
        section = part;
        break;
      }
    }
  } else section = sectionFor(numFmt, value);
  if (section === undefined) return undefined;
  // Only quoted text and escaped characters (spaces, _x padding): no 0 # ? @ or General to show the number.
  const literal = (part: string) => part.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"|\\.|_.|\s/g, '') === '';
  // And so in every section: 「#,##0;-#,##0;"-"」 shows numbers, its zero a dash — the number 0 there is 0, not the text
  // 「-」 (a count of 0 was refused — review).
  if (!parts.every(literal)) return undefined;
  const body = section.replace(/\[[^\]]*\]/g, '');
  const text = [...body.matchAll(/"([^"]*)"|\\(.)/g)].map((m) => m[1] ?? m[2] ?? '').join('').trim();
  return text || undefined;
}

/** The number a plain number format rounds `value` to on screen, when that is another number (shownByFormat). */
export function roundedByFormat(numFmt: string, value: number): number | undefined {
  return shownByFormat(numFmt, value)?.value;
}

/**
 * A number as a format of fixed decimals (0.00, #,##0.0) shows it, when that is not how it is written plainly: 2026.1
 * through 0.00 shows 「2026.10」 — October, where String(2026.1) reads as January. undefined otherwise.
 */
export function fixedDecimalsText(numFmt: string, value: number): string | undefined {
  const scaled = scaledText(numFmt, value);
  if (scaled !== undefined) return scaled;
  if (!numFmt.includes('.')) return undefined;
  const f = plainFormat(numFmt);
  if (!f || f.percent || !f.places || !Number.isFinite(value)) return undefined;
  const text = value.toFixed(f.places);
  return text !== String(value) && Number(text) === value ? text : undefined;
}

/**
 * A number as a format that scales it shows it, before the word after it: thousands commas after the digits
 * (0.0,"K": 100000 shows 「100.0」K, 0.00,,"M" 「0.10」M) and a literal point (0!.0000"万": 100000 shows 「10.0000」万).
 * Messages quote what the user sees (「100.0K」, not 「100000K」); undefined for any other format.
 */
function scaledText(numFmt: string, value: number): string | undefined {
  if (!numFmt.includes(',') && !numFmt.includes('!.') && !numFmt.includes('\\.')) return undefined;
  if (!Number.isFinite(value)) return undefined;
  let scale = scales.get(numFmt);
  if (scale === undefined) {
    scale = scaleOf(numFmt);
    if (scales.size < 1000) scales.set(numFmt, scale);
  }
  return scale ? fixedAsShown(value / scale.divisor, scale.places) : undefined;
}

/** Formats seen, each with how it scales a number (most scale none: 「#,##0」 only groups its digits). */
const scales = new Map<string, { divisor: number; places: number } | null>();

function scaleOf(numFmt: string): { divisor: number; places: number } | null {
  const digits = numFmt.split(';')[0]!.replace(/\[[^\]]*\]|"[^"]*"|[_*]./g, '').trim();
  const point = /[!\\]\.([0#?]+)\s*$/.exec(digits);
  if (point) return { divisor: 10 ** point[1]!.length, places: point[1]!.length };
  const commas = /[0#?](,+)\s*$/.exec(digits);
  if (!commas) return null;
  return { divisor: 1000 ** commas[1]!.length, places: /\.([0#?]+),+\s*$/.exec(digits)?.[1]?.length ?? 0 };
}

/** toFixed as Excel rounds: halves away from zero on the decimal figure (0.045 → 「0.05」, where toFixed gives 「0.04」). */
function fixedAsShown(v: number, places: number): string {
  const f = 10 ** places;
  return ((Math.sign(v) * Math.round(Number((Math.abs(v) * f).toPrecision(15)))) / f).toFixed(places);
}

/** How many rows below a heading are read to tell what a column holds (ratings or remarks, values or nothing). */
const ROWS_LOOKED_AT = 200;

/** The filled cells of a column below its heading row, among the first 200 rows. */
export function* filledBelow(grid: Grid, headerRow: number, col: number): Generator<RawValue> {
  for (let row = grid.nextRow(headerRow), seen = 0; row <= grid.rowCount && seen < ROWS_LOOKED_AT; row = grid.nextRow(row), seen++) {
    const raw = grid.value(row, col);
    if (raw.kind !== 'empty') yield raw;
  }
}

/** Whether most of a column's filled cells (filledBelow) pass `test`, and at least one does. */
export function mostlyHolds(grid: Grid, headerRow: number, col: number, test: (raw: RawValue) => boolean): boolean {
  let yes = 0;
  let no = 0;
  for (const raw of filledBelow(grid, headerRow, col)) {
    if (test(raw)) yes++;
    else no++;
  }
  return yes > 0 && yes >= no;
}

/**
 * A heading cell's own text: '' for a cell merged across from one before it in its row (「迟到或早退」 over P1:Q1 is P's
 * heading; Q has none of its own, though a merged cell shows its first cell's value).
 */
export function ownHeading(grid: Grid, row: number, col: number): string {
  const from = grid.mergedInto?.(row, col);
  if (from) {
    const m = /^\$?[A-Z]{1,3}\$?(\d+)$/.exec(from);
    if (m && Number(m[1]) === row) return '';
  }
  return grid.text(row, col);
}

/** An elapsed-time format ([h]:mm, [mm], [ss]): a number of days shown as hours, minutes or seconds. */
export function isElapsedFormat(numFmt: string): boolean {
  return /\[(h+|m+|s+)\]/i.test(numFmt.replace(/"[^"]*"/g, ''));
}

/**
 * A number of days as its elapsed-time format shows it: [ss] the seconds (90 typed as 90 days is 7776000), [mm]:ss
 * the minutes and seconds, [h]:mm:ss the hours, minutes and seconds (0.000463 → 0:00:40).
 */
export function elapsedText(days: number, numFmt = '[h]:mm:ss'): string {
  const total = Math.round(days * 86400);
  const two = (n: number) => String(n).padStart(2, '0');
  const unit = /\[(h+|m+|s+)\]/i.exec(numFmt.replace(/"[^"]*"/g, ''))?.[1]?.[0]?.toLowerCase() ?? 'h';
  if (unit === 's') return String(total);
  if (unit === 'm') return `${Math.floor(total / 60)}:${two(total % 60)}`;
  return `${Math.floor(total / 3600)}:${two(Math.floor((total % 3600) / 60))}:${two(total % 60)}`;
}

/** A duration's cell as read: as Excel shows it, and its length in seconds. */
export function elapsedValue(days: number, numFmt: string): RawValue {
  // (The seconds to the millisecond: [ss] over 59.6 s shows 60, and 59.6 is what is scored.)
  return { kind: 'date', value: elapsedText(days, numFmt), elapsed: true, seconds: Math.round(days * 86400 * 1000) / 1000 };
}

/**
 * A time of day as dateText gives it, its seconds kept when its format shows them (h:mm:ss, mm:ss): 0:01:00 is
 * 「00:01:00」, a minute — 「00:01」 alone reads as min:s or h:min, and was refused.
 */
export function timeAsShown(text: string, numFmt: string): string {
  const codes = numFmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  // A day shown as its month or year only (「2026年3月」 by yyyy"年"m"月", 「2025年」): the month or year it shows — the
  // explanation said 「调查期间 2026-03-31」, a day no one wrote.
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && /y/i.test(codes) && !/d/i.test(codes)) return /m/i.test(codes) ? text.slice(0, 7) : text.slice(0, 4);
  return /^\d{2}:\d{2}$/.test(text) && /s/i.test(codes) ? `${text}:00` : text;
}

/** A cell as read: as shown, its text struck through left out (struckText.ts). */
export function rawFromCell(cell: ExcelJS.Cell): RawValue {
  const shown = shownFromCell(cell);
  const v0 = cell.value as unknown;
  const formula = !!v0 && typeof v0 === 'object' && ('formula' in v0 || 'sharedFormula' in v0 || 'result' in v0);
  const raw = shown.kind === 'number' ? { ...shown, ...numberCellFacts(typeof cell.numFmt === 'string' ? cell.numFmt : '', formula) } : shown;
  // (A merged range shows its first cell, struck or not: the others hold its value, not its font — a name struck over
  // B2:D2 was read unstruck at C2.)
  const whole = (cell.master ?? cell).font?.strike === true;
  const v = cell.value as unknown;
  const runs = v && typeof v === 'object' && 'richText' in v && Array.isArray(v.richText) ? (v.richText as Array<{ text?: string; font?: { strike?: boolean } }>) : null;
  if (!runs) return whole ? crossedOut(raw, rawText(raw)) : raw;
  // (A run with a font of its own is struck as that font says; one without, as the cell's.)
  const apart = struckApart(runs.map((r) => ({ text: r.text ?? '', struck: r.font ? r.font.strike === true : whole })));
  return apart ? withStruck(shownInSymbolFont(rawFromValue(apart.kept, false, () => undefined), symbolFontOf(cell.font?.name)), apart.struck) : raw;
}

/** Whether a number cell is a formula's, and the decimals its fixed-decimals format shows (RawValue formula, places). */
export function numberCellFacts(numFmt: string, formula: boolean): { formula?: true; places?: number } {
  const f = numFmt ? plainFormat(numFmt) : null;
  return { ...(formula ? { formula: true as const } : {}), ...(f && !f.percent ? { places: f.places } : {}) };
}

function shownFromCell(cell: ExcelJS.Cell): RawValue {
  const numFmt = typeof cell.numFmt === 'string' ? cell.numFmt : '';
  const sign = percentSignOf(numFmt);
  const raw = rawFromValue(cell.value, sign === 'scaled', () => cell.result);
  if (raw.kind === 'text') return shownInSymbolFont(raw, symbolFontOf(cell.font?.name));
  // exceljs takes [h]:mm for a date's format and hands a Date: 1 typed there is 24:00:00 elapsed, not 1900-01-01.
  if (raw.kind === 'date' && numFmt && isElapsedFormat(numFmt)) {
    const when = cell.value instanceof Date ? cell.value : cell.result instanceof Date ? cell.result : null;
    // The 1904 system counts from 1904-01-01: 0:00:20 there was 35088:00:20, the 1,462 days between the two.
    const date1904 = (cell.worksheet as unknown as { workbook?: { properties?: { date1904?: boolean } } }).workbook?.properties?.date1904 === true;
    if (when) return elapsedValue(when.getTime() / DAY_MS + 25569 - (date1904 ? 1462 : 0), numFmt);
  }
  if (raw.kind === 'date' && numFmt) {
    const shown = timeAsShown(raw.value, numFmt);
    if (shown !== raw.value) return { ...raw, value: shown };
  }
  if (raw.kind === 'number' && numFmt) {
    // A time typed into a cell of minutes or seconds (0:00:40 through [ss]) is a time, not 0.000463 of a number.
    if (isElapsedFormat(numFmt)) return elapsedValue(raw.value, numFmt);
    const words = literalByFormat(numFmt, raw.value);
    if (words !== undefined) return { kind: 'text', value: words };
    const suffix = formatSuffixOf(numFmt);
    const onScreen = shownByFormat(numFmt, raw.value);
    const rounded = onScreen ? { rounded: onScreen.value, roundedText: onScreen.text } : {};
    if (sign === 'literal') return { kind: 'number', value: raw.value, percentSign: true, ...rounded };
    const shown = fixedDecimalsText(numFmt, raw.value);
    if (suffix || shown || onScreen) return { ...raw, ...(suffix ? { suffix } : {}), ...(shown ? { shown } : {}), ...rounded };
  }
  // 工号 1004 shown as 001004 by a 000000 format: read what the sheet shows.
  if (raw.kind === 'number' && /^0{2,}$/.test(numFmt) && Number.isInteger(raw.value) && raw.value >= 0) {
    return { kind: 'text', value: String(raw.value).padStart(numFmt.length, '0') };
  }
  return raw;
}

function rawFromValue(v: unknown, percentFormat: boolean, cachedResult: () => unknown): RawValue {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'number') return percentFormat ? { kind: 'number', value: v, percentFormat } : { kind: 'number', value: v };
  if (typeof v === 'string') {
    const s = withoutXmlForbidden(v);
    return s.trim() === '' ? EMPTY : { kind: 'text', value: s };
  }
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return { kind: 'date', value: dateText(v) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o) return { kind: 'error', value: String(o.error) };
    if ('richText' in o && Array.isArray(o.richText)) {
      const s = withoutXmlForbidden((o.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join(''));
      return s.trim() === '' ? EMPTY : { kind: 'text', value: s };
    }
    if ('formula' in o || 'sharedFormula' in o) {
      // exceljs drops a cached result of 0, false or '' from cell.value; cell.result keeps it.
      const result = o.result !== undefined ? o.result : cachedResult();
      if (result === undefined || result === null) {
        // A cached "" reaches here as a space (workbookFixups.ts); nothing cached at all is refused.
        return { kind: 'formula-without-result', formula: String(o.formula ?? o.sharedFormula ?? '') };
      }
      return rawFromValue(result, percentFormat, () => undefined);
    }
    if ('text' in o) return rawFromValue(o.text, percentFormat, () => undefined);
    // A shared formula's cell whose master is gone (the first cell overwritten by a value): exceljs gives its cached
    // result alone. Read as 「[object Object]」, the person was refused with that text, or their 部门 was it (exit 0);
    // the fast path read the result.
    if ('result' in o) return o.result === undefined || o.result === null ? { kind: 'formula-without-result', formula: '' } : rawFromValue(o.result, percentFormat, () => undefined);
  }
  return { kind: 'text', value: String(v) };
}

/** A cell's text without exceljs's `cell.text`, which throws on some merged and empty cells. */
export function cellText(cell: ExcelJS.Cell): string {
  return rawText(rawFromCell(cell)).trim();
}

/** The rows or columns from `from` to `to`, both included (none when `to` is before `from`). */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}
