// A roster heading that prints the item's points (「员工的工作效率(30分)」) where the form gives the item other points
// (20): the team's own form weighs the item otherwise, or the heading is stale. Read on the definition's points without
// a word, 18 typed under 「(30分)」 became 18 of 20 (express-cs: 96.50 优秀 for a 30-point form's 18), exit 0.
// Points typed under it cannot be read on either scale: an error, the column not counted.
import type { FormDef, InputDef, ItemDef, PartDef } from '../model/definition.js';
import { unitsOf } from '../engine/text.js';
import { notedPoints } from './normalize.js';
import type { RosterColumns } from './columns.js';
import type { Grid } from './grid.js';

export interface HeadingPointsClash {
  col: number;
  /** The column's own heading, as typed, and its row. */
  heading: string;
  row: number;
  item: ItemDef;
  said: number;
  /** A choice worth points (30/25/20 for 服务态度): its answers typed as words read the same on any scale; only points typed clash. */
  pointsOnly?: true;
}

/** A cell holding points typed as a number (20, 「20分」), not a choice's words. */
export function typedPoints(text: string): boolean {
  return /^\s*[+-]?\d+(\.\d+)?\s*分?\s*$/.test(text.normalize('NFKC'));
}

/**
 * Headings of columns of points typed in (an item scored directly, in 分) whose own points note differs from every number
 * of points the form gives their item. Only the column's own heading: a part's points above its items (「顾客满意度(25分)」
 * over four indicators of a mean) are the part's share of the total, which forms reach in many ways (a mean of parts, a
 * rescaled sum, a weight), and the items below read the same whatever it says.
 */
export function headingPointsClashes(grid: Grid, form: FormDef, layout: RosterColumns): HeadingPointsClash[] {
  const out: HeadingPointsClash[] = [];
  const row = layout.headerRow;
  for (const [col, target] of layout.columns) {
    if (target.kind !== 'entry' || target.input.reference) continue;
    const choice = choiceOfPoints(target.input);
    if (!pointsTyped(target.input) && !choice) continue;
    const { item, input } = target;
    if (item.max <= 0 || item.role === 'adjustment' || item.role === 'veto') continue;
    const text = grid.text(row, col);
    const said = text ? notedPoints(text) : undefined;
    const part = form.parts.find((p) => p.items.includes(item));
    if (said === undefined || pointsOf(item, input, part).some((p) => Math.abs(p - said) < 1e-9)) continue;
    // 李四's 20 under 「服务态度(20分)」 (full marks on the team's scale) was read as the 20-point choice of 30 at exit 0.
    if (choice && !columnHoldsPoints(grid, row, col)) continue;
    out.push({ col, heading: text, row, item, said, ...(choice ? { pointsOnly: true as const } : {}) });
  }
  return out.sort((a, b) => a.col - b.col);
}

/** Every number of points the form may print beside the item: its own, its input's scale, its part's, its share. */
function pointsOf(item: ItemDef, input: InputDef, part: PartDef | undefined): number[] {
  const out = [item.max];
  if (input.max !== undefined) out.push(input.max);
  if (!part) return out;
  const full = part.items.filter((i) => i.role !== 'adjustment' && i.role !== 'veto').reduce((s, i) => s + i.max, 0);
  out.push(full);
  const printed = notedPoints(part.label);
  if (printed !== undefined) out.push(printed);
  if (part.outOf !== undefined) out.push(part.outOf, (item.max / (full || 1)) * part.outOf);
  if (part.weight !== undefined) out.push(part.weight * 100, (item.max / (full || 1)) * part.weight * 100);
  return out.map((p) => Math.round(p * 100) / 100);
}

/** Points typed in the column: the input is a score in 分 (not a count, a rate or a choice). */
function pointsTyped(input: InputDef): boolean {
  return (input.type === 'number' || input.type === 'integer') && unitsOf(input.unit).includes('分');
}

/** A choice whose answers may be typed as their points (its choices carry points). */
function choiceOfPoints(input: InputDef): boolean {
  return input.type === 'choice' && (input.choices ?? []).some((c) => typeof c.points === 'number');
}

function columnHoldsPoints(grid: Grid, headerRow: number, col: number): boolean {
  for (let r = grid.nextRow(headerRow); r <= grid.rowCount; r = grid.nextRow(r)) if (typedPoints(grid.text(r, col))) return true;
  return false;
}

/** Headings of a person's sheet's column printing each item's points (the template's 分值). */
const POINTS_HEADINGS = new Set(['分值', '满分', '标准分', '配分', '权重分', '满分值', '分数权重']);

export interface FormPointsClash {
  item: ItemDef;
  input: InputDef;
  said: number;
  /** Where the other points are printed: the item's name (「员工的工作效率(30分)」) or its 分值 cell. */
  printed: { row: number; col: number };
  /** The value cells holding points, and what they hold. */
  values: Array<{ row: number; col: number; text: string }>;
}

/**
 * The same on a person's sheet: an item whose name or 分值 cell prints other points than the form gives it (20 retyped
 * 30 in 分值, or 「员工的工作效率(30分)」), with points typed for it — read as 18 of 20 where the team meant 18 of 30
 * (93.50 优秀 for 87.50 良好 at exit 0), as a roster's heading is not.
 */
export function formPointsClashes(
  grid: Grid,
  form: FormDef,
  table: { headerRow: number; itemCol: number; itemRows: ReadonlyMap<string, number[]>; rowInputs?: ReadonlyMap<number, InputDef>; valueCols: ReadonlyArray<{ col: number }> },
): FormPointsClash[] {
  let pointsCol: number | undefined;
  for (let col = 1; col <= Math.min(grid.columnCount, 40); col++) {
    if (POINTS_HEADINGS.has(grid.text(table.headerRow, col).normalize('NFKC').replace(/\s+/g, ''))) pointsCol ??= col;
  }
  const out: FormPointsClash[] = [];
  for (const part of form.parts) {
    for (const item of part.items) {
      const rows = table.itemRows.get(item.id);
      // The one input scored (express-cs 工作效率's 得分 beside its reference counts 电话接听量 …).
      const scored = item.inputs.filter((i) => !i.reference && i.type !== 'text');
      const input = scored.length === 1 ? scored[0]! : undefined;
      if (!rows?.length || !input || item.max <= 0 || item.role === 'adjustment' || item.role === 'veto') continue;
      const choice = choiceOfPoints(input);
      if (!pointsTyped(input) && !choice) continue;
      const row = rows[0]!;
      const label = notedPoints(grid.text(row, table.itemCol));
      const cell = pointsCol === undefined ? '' : grid.text(row, pointsCol).normalize('NFKC').trim();
      const inCell = /^\d{1,3}(\.\d+)?\s*分?$/.test(cell) ? Number(cell.replace(/分$/, '')) : undefined;
      const said = label ?? inCell;
      if (said === undefined || pointsOf(item, input, part).some((p) => Math.abs(p - said) < 1e-9)) continue;
      const values = rows.filter((r) => !table.rowInputs || table.rowInputs.get(r) === input).flatMap((r) => table.valueCols.map((v) => ({ row: r, col: v.col, text: grid.text(r, v.col) })))
        .filter((v) => v.text !== '' && (!choice || typedPoints(v.text)));
      if (!values.length) continue;
      out.push({ item, input, said, printed: label !== undefined ? { row, col: table.itemCol } : { row, col: pointsCol! }, values });
    }
  }
  return out;
}
