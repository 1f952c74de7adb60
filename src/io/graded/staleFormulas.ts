import type ExcelJS from 'exceljs';
import { columnNumber } from '../fast/xml.js';

// A formula of the team's over kpi's cells (奖金 =AD2*50, =考核表!AD2, =汇总!C5) was saved with the result it had at
// the last grading, and so was every formula over such a formula (=Z4*2). Excel recalculates when told
// (fullCalcOnLoad); LibreOffice shows a saved result as it is — the old score for a changed input. Such formulas are
// written without a result, which every program then calculates.

/** What kpi wrote in a graded workbook: its own sheets, its appended columns, and single cells of the team's sheets. */
export interface KpiCells {
  sheets: ReadonlySet<string>;
  columns: ReadonlyArray<{ sheet: string; first: number; last: number }>;
  cells: ReadonlyMap<string, ReadonlyArray<[number, number]>>;
}

// A reference: an optional sheet ('考核表'! or 考核表!), then a cell or range (A1, $AD$2, A1:B9) or whole columns (AD:AF).
// A name followed by 「(」 is a function (LOG10, not cell LOG10).
const REF = /(?:(?:'((?:[^']|'')+)'|([^\s'!:(),+\-*/^&=<>"{};]+))!)?(\$?[A-Z]{1,3})(\$?\d{1,7})?(?::(\$?[A-Z]{1,3})(\$?\d{1,7})?)?(?![\w(])/g;
// Whole rows (2:2, $2:$5, 考核表!2:2): =SUM(考核表!2:2) over the row kpi appends its scores to kept its old result.
const ROWS = /(?:(?:'((?:[^']|'')+)'|([^\s'!:(),+\-*/^&=<>"{};]+))!)?(?<![\w$.])\$?(\d{1,7}):\$?(\d{1,7})(?![\w(])/g;
/** Functions whose reference is built at run time: what they read cannot be told from the text. */
const INDIRECT = /\b(INDIRECT|OFFSET)\s*\(/i;

interface Area {
  sheet: string;
  top: number;
  bottom: number;
  lo: number;
  hi: number;
  /** Written with a 「$」 ($R$2, R$2): meant to stay put when copied, a cell shared by whoever copies it. */
  absolute?: boolean;
}

interface FormulaCell {
  sheet: string;
  row: number;
  col: number;
  cell: ExcelJS.Cell;
  text: string;
}

/** Drops the saved result of every formula that reads, at any remove, a cell kpi wrote; how many were changed. */
export function forgetResultsOverKpi(wb: ExcelJS.Workbook, kpi: KpiCells): number {
  const formulas: FormulaCell[] = [];
  for (const ws of wb.worksheets) {
    if (kpi.sheets.has(ws.name)) continue;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // The model, not the value: exceljs's value leaves out a saved result of 0.
        const m = cell.model as { formula?: string; sharedFormula?: string };
        if (m.formula === undefined && m.sharedFormula === undefined) return;
        const text = (cell as unknown as { formula?: string }).formula ?? m.formula ?? '';
        formulas.push({ sheet: ws.name, row: r, col: Number(cell.col), cell, text });
      });
    });
  }
  if (!formulas.length) return 0;
  const names = definedNames(wb);
  const stale: Area[] = kpi.columns.map((s) => ({ sheet: s.sheet, top: 1, bottom: Infinity, lo: s.first, hi: s.last }));
  for (const [sheet, cells] of kpi.cells) for (const [r, c] of cells) stale.push({ sheet, top: r, bottom: r, lo: c, hi: c });
  const dropped = new Set<FormulaCell>();
  // To a fixed point: a formula over a dropped one (=Z4*2 over Z4 =V4*50) is stale too.
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of formulas) {
      if (dropped.has(f) || !readsStale(f, kpi.sheets, stale, names)) continue;
      dropped.add(f);
      stale.push({ sheet: f.sheet, top: f.row, bottom: f.row, lo: f.col, hi: f.col });
      changed = true;
    }
  }
  for (const f of dropped) {
    // An array formula stays one ({=SUM(IF(…))}: without its flag it showed #VALUE!).
    const m = f.cell.model as { formula?: string; sharedFormula?: string; shareType?: string; ref?: string };
    const array = m.shareType === 'array' ? { shareType: 'array', ref: m.ref } : {};
    f.cell.value = (m.formula !== undefined ? { formula: m.formula, ...array } : { sharedFormula: m.sharedFormula }) as ExcelJS.CellValue;
  }
  return dropped.size;
}

/**
 * Whether any formula of the workbook, or of `more` (cells the workbook's model does not hold: a roster's rows the
 * fast path copies as they are), reads a cell kpi wrote. The fast path copies such formulas with their saved results,
 * so it leaves such a workbook to the ordinary path, which drops them (LibreOffice showed 0 for every 总分 sum).
 */
export function anyFormulaOverKpi(wb: ExcelJS.Workbook, kpi: KpiCells, more: ReadonlyArray<{ sheet: string; text: string }>): boolean {
  const names = definedNames(wb);
  const stale: Area[] = kpi.columns.map((s) => ({ sheet: s.sheet, top: 1, bottom: Infinity, lo: s.first, hi: s.last }));
  for (const [sheet, cells] of kpi.cells) for (const [r, c] of cells) stale.push({ sheet, top: r, bottom: r, lo: c, hi: c });
  const reads = (f: { sheet: string; text: string }) => !kpi.sheets.has(f.sheet) && readsStale(f, kpi.sheets, stale, names);
  if (more.some(reads)) return true;
  let found = false;
  for (const ws of wb.worksheets) {
    if (found || kpi.sheets.has(ws.name)) continue;
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (found) return;
      row.eachCell({ includeEmpty: false }, (cell) => {
        const m = cell.model as { formula?: string; sharedFormula?: string };
        if (found || (m.formula === undefined && m.sharedFormula === undefined)) return;
        found = reads({ sheet: ws.name, text: (cell as unknown as { formula?: string }).formula ?? m.formula ?? '' });
      });
    });
  }
  return found;
}

/**
 * Whether a formula of the workbook (or a name it uses) reads a cell in one of `cols` of `sheet`: 奖金 =AC2*50 over the
 * 总分 kpi wrote in AC. A reference built at run time (INDIRECT, OFFSET) counts as reading them.
 */
export function formulaReadsColumns(wb: ExcelJS.Workbook, sheet: string, cols: readonly number[]): boolean {
  if (!cols.length) return false;
  const names = definedNames(wb);
  const areas: Area[] = cols.map((c) => ({ sheet, top: 1, bottom: Infinity, lo: c, hi: c }));
  let found = false;
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (found) return;
      row.eachCell({ includeEmpty: false }, (cell) => {
        const m = cell.model as { formula?: string; sharedFormula?: string };
        if (found || (m.formula === undefined && m.sharedFormula === undefined)) return;
        found = readsStale({ sheet: ws.name, text: (cell as unknown as { formula?: string }).formula ?? m.formula ?? '' }, new Set(), areas, names);
      });
    });
    if (found) break;
  }
  return found;
}

/** The workbook's names (总分们 = 考核表!$V$2:$V$6) as the areas they stand for. */
function definedNames(wb: ExcelJS.Workbook): Map<string, Area[]> {
  const out = new Map<string, Area[]>();
  const model = (wb.definedNames as unknown as { model?: Array<{ name: string; ranges: string[] }> }).model ?? [];
  for (const { name, ranges } of model) out.set(name.toLowerCase(), ranges.flatMap((r) => areasOf(r, '')));
  return out;
}

function readsStale(f: { sheet: string; text: string }, kpiSheets: ReadonlySet<string>, stale: Area[], names: Map<string, Area[]>): boolean {
  const text = f.text.replace(/"(?:[^"]|"")*"/g, '""');
  if (INDIRECT.test(text)) return true;
  for (const word of text.match(/[\p{L}_][\p{L}\p{N}_.]*/gu) ?? []) {
    const areas = names.get(word.toLowerCase());
    if (areas?.some((a) => overlaps(a, stale))) return true;
  }
  for (const m of [...text.matchAll(REF), ...text.matchAll(ROWS)]) {
    const qualified = m[0].includes('!');
    const sheet = qualified ? (m[1]?.replace(/''/g, "'") ?? m[2] ?? f.sheet) : f.sheet;
    if (qualified && kpiSheets.has(sheet)) return true;
    for (const a of areasOf(m[0], f.sheet)) if (overlaps(a, stale)) return true;
  }
  return false;
}

/** The other sheets a formula's references name (「'张三'!F7」, 「SUM(李四!F7:F14)」), as written; none for its own cells. */
export function sheetsNamed(formula: string): string[] {
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...new Set(areasOf(text, '').map((a) => a.sheet).filter(Boolean))];
}

/** The cells a formula reads on other sheets, named: each area's sheet and its top-left cell. */
export function cellsOnSheets(formula: string): Array<{ sheet: string; row: number; col: number; absolute: boolean }> {
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return areasOf(text, '').filter((a) => a.sheet).map((a) => ({ sheet: a.sheet, row: a.top, col: a.lo, absolute: !!a.absolute }));
}

/** The areas a reference's text names (none for a bare name such as SUM or TRUE). */
function areasOf(ref: string, own: string): Area[] {
  const out: Area[] = [];
  for (const m of ref.matchAll(REF)) {
    const [whole, quoted, bare, c1, r1, c2, r2] = m;
    // Letters alone are a name, not a reference: a cell needs its row, a column range its colon.
    if (!r1 && !c2) continue;
    const sheet = whole!.includes('!') ? (quoted?.replace(/''/g, "'") ?? bare ?? own) : own;
    const [a, b] = [columnNumber(c1!.replace('$', '')), columnNumber((c2 ?? c1)!.replace('$', ''))];
    const rows = r1 ? [Number(r1.replace('$', '')), Number((r2 ?? r1).replace('$', ''))] : [1, Infinity];
    out.push({ sheet, top: Math.min(rows[0]!, rows[1]!), bottom: Math.max(rows[0]!, rows[1]!), lo: Math.min(a, b), hi: Math.max(a, b), ...(/\$/.test(whole!.split('!').pop()!) ? { absolute: true } : {}) });
  }
  for (const m of ref.matchAll(ROWS)) {
    const [whole, quoted, bare, r1, r2] = m;
    const sheet = whole!.includes('!') ? (quoted?.replace(/''/g, "'") ?? bare ?? own) : own;
    out.push({ sheet, top: Math.min(Number(r1), Number(r2)), bottom: Math.max(Number(r1), Number(r2)), lo: 1, hi: Infinity });
  }
  return out;
}

function overlaps(a: Area, stale: Area[]): boolean {
  return stale.some((s) => s.sheet === a.sheet && s.top <= a.bottom && s.bottom >= a.top && s.lo <= a.hi && s.hi >= a.lo);
}
