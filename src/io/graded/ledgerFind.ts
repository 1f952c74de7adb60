// Where kpi's additions to a graded workbook are now, after the team edited it and another program saved it: its
// columns found by the headings it wrote (columns or a title row inserted), its marks by their notes (rows inserted,
// the roster sorted), its text as LibreOffice keeps it (rich text), and the columns the team typed in since.
import type ExcelJS from 'exceljs';
import { cellText } from '../grid.js';

type Json = unknown;

export const same = (a: Json, b: Json) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function noteOf(cell: ExcelJS.Cell): Json {
  return (cell as unknown as { _comment?: { note?: Json } })._comment?.note;
}

/** A note's text: exceljs reads a note back as rich text runs even when it was written as a string. */
export function noteText(note: Json): string {
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text?: string }> } | null)?.texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : '';
}

/**
 * A cell's value hashed as it survives a save by another program: text trimmed (rich text joined), a number to six
 * decimals. Summed per column, so the order cells were written in does not matter; 0 for nothing.
 */
export function valueHash(v: unknown): number {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return 0;
    const n = Math.round(v * 1e6);
    return (Math.imul((n % 0x7fffffff) | 0, 0x01000193) ^ 0x5bd1e995 ^ Math.floor(n / 0x7fffffff)) >>> 0;
  }
  return typeof v === 'string' ? textHash(v.trim()) : 0;
}

/** 32-bit FNV-1a of a text; 0 for nothing. */
function textHash(t: string): number {
  if (!t) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  return h >>> 0;
}


/** A column kpi added that the user typed in since kpi wrote it. */
export interface EditedColumn {
  sheet: string;
  heading: string;
  column: number;
  /** The row of its heading now (a title row inserted above since: row 2, not the row kpi wrote it on). */
  headingRow?: number;
}

/** The row of `heading` in a column among the first 30, as the sheet stands now; undefined when not found. */
export function headingRowOf(ws: ExcelJS.Worksheet, col: number, heading: string): number | undefined {
  if (!heading) return undefined;
  for (let r = 1; r <= Math.min(30, ws.rowCount); r++) {
    const v = ws.findRow(r)?.findCell(col)?.value;
    if (v !== null && v !== undefined && String(typeof v === 'object' && 'richText' in v ? v.richText.map((t) => t.text).join('') : v).trim() === heading) return r;
  }
  return undefined;
}

/** The sum of a column's cells as the ledger sums what kpi writes (canonical text, hashed), and how many are filled. */
export function columnSum(ws: ExcelJS.Worksheet, col: number): { sum: number; count: number } {
  const hashes = columnHashes(ws, col);
  return { sum: hashes.reduce((a, h) => (a + h) >>> 0, 0), count: hashes.length };
}

/** The hashes of a column's filled cells (what kpi wrote is hashed so: valueHash), top to bottom. */
export function columnHashes(ws: ExcelJS.Worksheet, col: number): number[] {
  const out: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cell = row.findCell(col);
    if (!cell) return;
    const v = cell.value;
    const h = valueHash(typeof v === 'number' ? v : cellText(cell));
    if (h !== 0) out.push(h);
  });
  return out;
}

/** kpi's added columns are found neither where it wrote them nor in one other place: it cannot tell them apart. */
export class GradedColumnsMoved extends Error {
  /** `cells`: the cells kpi wrote into the form's own columns moved unevenly (no columns of kpi's own). */
  constructor(readonly sheet: string, readonly headings: string[], readonly cells = false) {
    super(`kpi's columns of ${sheet} moved`);
  }
}

/**
 * Where the columns kpi added now begin: where it wrote them when each still has its heading there, else the one
 * other place where they all do (a column inserted or deleted to their left); null when neither.
 */
export function columnsNow(ws: ExcelJS.Worksheet, first: number, heads: Array<[number, string] | null>): number | null {
  const known = heads.map((h, k) => (h ? { row: h[0], text: h[1].trim(), k } : null)).filter((h) => h !== null);
  if (known.length === 0) return first;
  const textAt = (row: number, col: number) => {
    const cell = ws.findRow(row)?.findCell(col);
    return cell ? cellText(cell).trim() : '';
  };
  // Rows inserted above the headings (a title line) move them down; columns inserted to their left move them right.
  const fits = (start: number, down: number) => start >= 1 && known.every((h) => h.row + down >= 1 && textAt(h.row + down, start + h.k) === h.text);
  for (let down = 0; down <= ROWS_MOVED; down = down > 0 ? -down : 1 - down) if (fits(first, down)) return first;
  const places = new Set<number>();
  for (let c = 1; c <= ws.columnCount; c++) {
    if (c === first) continue;
    for (let down = -ROWS_MOVED; down <= ROWS_MOVED; down++) if (fits(c, down)) places.add(c);
  }
  return places.size === 1 ? [...places][0]! : null;
}

/**
 * How many of kpi's columns are still where they were written when the others — the last ones, or all — were deleted by
 * the team (the wide 评分说明 before printing, or every added column before scoring again): the columns after them hold
 * nothing now. null when that is not so (columns moved, a heading renamed, the team's own cells moved in). Refused, the
 * advice was 「请删掉 kpi 加的列后再评分」 — what the team had done.
 */
export function columnsKept(ws: ExcelJS.Worksheet, first: number, heads: Array<[number, string] | null>): number | null {
  const textAt = (row: number, col: number) => {
    const cell = ws.findRow(row)?.findCell(col);
    return cell ? cellText(cell).trim() : '';
  };
  let kept = 0;
  while (kept < heads.length && (heads[kept] === null || textAt(heads[kept]![0], first + kept) === heads[kept]![1].trim())) kept++;
  for (let k = kept; k < heads.length; k++) {
    let filled = false;
    ws.getColumn(first + k).eachCell((cell) => { if (!filled && cellText(cell).trim()) filled = true; });
    if (filled) return null;
  }
  return kept < heads.length ? kept : null;
}

/**
 * Where each of kpi's columns is now when they no longer stand side by side: the team inserted a column of theirs between
 * two of kpi's (「主管调整后总分」 between 总分 and 等级), or deleted some of kpi's and kept the rest (the eight 得分·…).
 * Each heading is found once, on its row, in the order kpi wrote them; a column of kpi's not found was deleted — so a
 * stretch of deleted ones may not have a column of another heading in its place (renamed, not deleted). Returns the column of each (null: deleted),
 * or null when kpi's columns cannot be told apart from the team's so.
 */
export function columnsApart(ws: ExcelJS.Worksheet, first: number, heads: Array<[number, string] | null>, sums?: number[]): Array<number | null> | null {
  if (heads.length === 0 || heads.some((h) => h === null)) return null;
  const row0 = heads[0]![0];
  if (heads.some((h) => h![0] !== row0)) return null;
  const textAt = (row: number, col: number) => {
    const cell = ws.findRow(row)?.findCell(col);
    return cell ? cellText(cell).trim() : '';
  };
  for (let down = 0; down <= ROWS_MOVED; down = down > 0 ? -down : 1 - down) {
    const row = row0 + down;
    if (row < 1) continue;
    const at = new Map<string, number[]>();
    ws.findRow(row)?.eachCell({ includeEmpty: false }, (cell) => {
      const text = cellText(cell).trim();
      if (text) at.set(text, [...(at.get(text) ?? []), Number(cell.col)]);
    });
    const cols: Array<number | null> = [];
    let ok = true;
    for (const h of heads) {
      const found = at.get(h![1].trim()) ?? [];
      if (found.length > 1) ok = false;
      cols.push(found[0] ?? null);
    }
    const placed = cols.map((c, k) => ({ c, k })).filter((x): x is { c: number; k: number } => x.c !== null);
    if (!ok || placed.length === 0) continue;
    for (let i = 1; i < placed.length && ok; i++) {
      const [a, b] = [placed[i - 1]!, placed[i]!];
      // Out of order, or deleted columns of kpi's with others in their place (renamed, or the team's: cannot tell).
      if (b.c <= a.c || (b.k - a.k > 1 && b.c - a.c > 1)) ok = false;
    }
    if (!ok) continue;
    // Deleted, not renamed: kpi's first columns gone, the rest begin where kpi's began (renamed ones would stand there,
    // the rest right of them); its last columns gone, nothing stands right of the last one left.
    const [head, tail] = [placed[0]!, placed[placed.length - 1]!];
    if (head.k > 0 && head.c > first) ok = false;
    if (tail.k < heads.length - 1) {
      let filled = false;
      ws.getColumn(tail.c + 1).eachCell((cell) => { if (!filled && cellText(cell).trim()) filled = true; });
      // Unless that column is not one of kpi's renamed: its cells below the heading are not what kpi wrote under a
      // deleted heading (「确认签字」 of the team's after 等级, kpi's 排名 deleted: kept twice-graded between 排名 and
      // 评分说明, it stood right after the last one left and the re-grade was refused at exit 2).
      if (filled && !(sums && heads.slice(tail.k + 1).every((h, j) => sums[tail.k + 1 + j] !== undefined && belowHeading(columnSum(ws, tail.c + 1).sum, textAt(row, tail.c + 1)) !== belowHeading(sums[tail.k + 1 + j]!, h![1])))) ok = false;
    }
    if (ok) return cols;
  }
  return null;
}

/** A column's sum (columnSum, or as recorded) without its heading's: what stands under the heading. */
function belowHeading(sum: number, heading: string): number {
  return (sum - valueHash(heading)) >>> 0;
}

/** kpi's headings that no longer read as written where they were (a 总分 renamed): named first in the refusal. */
export function headingsChanged(ws: ExcelJS.Worksheet, first: number, heads: Array<[number, string] | null>): string[] {
  const changed: string[] = [];
  heads.forEach((h, k) => {
    const cell = h ? ws.findRow(h[0])?.findCell(first + k) : undefined;
    if (h && (cell ? cellText(cell).trim() : '') !== h[1].trim()) changed.push(h[1]);
  });
  // All of them: the columns moved, not a heading renamed — none is named before the others.
  return changed.length < heads.filter((h) => h !== null).length ? changed : [];
}

/** How many rows above kpi's headings the user may have inserted or deleted for kpi to still find them. */
const ROWS_MOVED = 20;


/** The cell still shows what kpi wrote, as a spreadsheet program saved it (LibreOffice: Chinese text as rich text). */
export function wroteText(cell: ExcelJS.Cell, written: Json): boolean {
  if (typeof written !== 'string' && typeof written !== 'number') return false;
  // A number saved again with fewer digits (LibreOffice keeps 15: 19.5555555555556 for 19.555555555555557) is
  // still kpi's: taken for the team's, the old score stayed on the sheet and the new one went to added columns.
  if (typeof written === 'number' && typeof cell.value === 'number') return Math.abs(cell.value - written) <= 1e-9 * Math.max(1, Math.abs(written));
  return cellText(cell) === String(written).trim();
}

/** The fill kpi set, as a spreadsheet program saved it: the same pattern and colour (LibreOffice adds a bgColor). */
export function sameFill(now: ExcelJS.Fill | undefined, kpis: ExcelJS.Fill): boolean {
  if (same(now, kpis)) return true;
  const a = now as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
  const b = kpis as { type?: string; pattern?: string; fgColor?: { argb?: string } };
  return !!a && a.type === b.type && a.pattern === b.pattern && (a.fgColor?.argb ?? '').toUpperCase() === (b.fgColor?.argb ?? '').toUpperCase();
}

/**
 * The cell that carries kpi's mark now: at its address, else wherever in its column the user moved it since (rows
 * inserted above it, the roster sorted by 总分): found by kpi's note, which names the problem and its cell.
 */
export function markNow(ws: ExcelJS.Worksheet, address: string, note: string): ExcelJS.Cell | undefined {
  const here = ws.getCell(address);
  const text = noteText(note);
  if (!text || noteText(noteOf(here)) === text) return here;
  return notesOfColumn(ws, Number(here.col)).get(text);
}

/** A column's cells by the text of their notes, read once per sheet and column (only when a mark has moved). */
const noteIndex = new WeakMap<ExcelJS.Worksheet, Map<number, Map<string, ExcelJS.Cell>>>();
function notesOfColumn(ws: ExcelJS.Worksheet, col: number): Map<string, ExcelJS.Cell> {
  const sheet = noteIndex.get(ws) ?? new Map<number, Map<string, ExcelJS.Cell>>();
  noteIndex.set(ws, sheet);
  let found = sheet.get(col);
  if (!found) {
    found = new Map();
    const into = found;
    ws.eachRow({ includeEmpty: false }, (row) => {
      const cell = row.findCell(col);
      const text = cell ? noteText(noteOf(cell)) : '';
      if (cell && text && !into.has(text)) into.set(text, cell);
    });
    sheet.set(col, found);
  }
  return found;
}


/** A value as it survives a save by another program: text trimmed (rich text joined), a number to six decimals. */
function shownText(v: Json): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : '';
  return typeof v === 'string' ? v.trim() : '';
}

function cellShown(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const cell = ws.findRow(row)?.findCell(col);
  if (!cell) return '';
  return typeof cell.value === 'number' ? shownText(cell.value) : cellText(cell).trim();
}

/**
 * Where the cells kpi wrote into a sheet's own cells (a form's 得分 and 说明) are now, after the team inserted or
 * deleted rows, or sorted them: each row's cells are found together, by all that kpi wrote in that row, at the
 * nearest row that still shows exactly that (nearest to where the rows before it were found: an insertion moves
 * everything below it alike). A row found nowhere (the team typed over a value) is taken to have moved as the row
 * before it. Returns the rows that moved: written row → row now.
 */
export function rowsNow(ws: ExcelJS.Worksheet, written: Array<{ row: number; col: number; value: Json }>): Map<number, number> {
  const byRow = new Map<number, Map<number, string>>();
  for (const w of written) {
    const text = shownText(w.value);
    if (!text) continue;
    const cols = byRow.get(w.row) ?? new Map<number, string>();
    cols.set(w.col, text);
    byRow.set(w.row, cols);
  }
  const signature = (cols: Iterable<number>, row: number) => [...cols].map((c) => cellShown(ws, row, c)).join('\u0001');
  const wanted = (cols: Map<number, string>) => [...cols.values()].join('\u0001');
  // Rows by what they show in each set of columns kpi wrote into, built only when a row is not where kpi left it.
  const indexes = new Map<string, Map<string, number[]>>();
  const rowsShowing = (cols: Map<number, string>): number[] => {
    const key = [...cols.keys()].join(',');
    let index = indexes.get(key);
    if (!index) {
      index = new Map();
      const built = index;
      ws.eachRow({ includeEmpty: false }, (_row, n) => {
        const sig = signature(cols.keys(), n);
        if (sig.replace(/\u0001/g, '') === '') return;
        const list = built.get(sig) ?? [];
        list.push(n);
        built.set(sig, list);
      });
      indexes.set(key, index);
    }
    return index.get(wanted(cols)) ?? [];
  };
  const moved = new Map<number, number>();
  const taken = new Set<number>();
  let shift = 0;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = byRow.get(row)!;
    let now: number | null = null;
    if (!taken.has(row + shift) && signature(cols.keys(), row + shift) === wanted(cols)) now = row + shift;
    else {
      let best = Infinity;
      for (const r of rowsShowing(cols)) {
        const d = Math.abs(r - (row + shift));
        if (!taken.has(r) && d < best) [best, now] = [d, r];
      }
    }
    if (now === null) now = row + shift >= 1 ? row + shift : row;
    else shift = now - row;
    taken.add(now);
    if (now !== row) moved.set(row, now);
  }
  return moved;
}
