// A roster heading that prints the item's points (「员工的工作效率(30分)」) where the form gives the item other points
// (20): the team's own form weighs the item otherwise, or the heading is stale. Read on the definition's points without
// a word, 18 typed under 「(30分)」 became 18 of 20 (express-cs: 96.50 优秀 for a 30-point form's 18), exit 0.
// Points typed under it cannot be read on either scale: an error, the column not counted. Other inputs (a grade, a
// rate, a count) read the same either way, but the item then gives other points than the team's form: a warning.
import type { FormDef, InputDef, ItemDef, PartDef } from '../model/definition.js';
import { unitsOf } from '../engine/text.js';
import { labelKey, notedPoints, withoutTrailingNote } from './normalize.js';
import { itemNames } from './columns.js';
import type { RosterColumns } from './columns.js';
import type { Grid } from './grid.js';

export interface HeadingPointsClash {
  col: number;
  /** The heading as typed (the upper row's, for a group heading over the item's columns). */
  heading: string;
  /** The cell that holds that heading. */
  row: number;
  item: ItemDef;
  said: number;
  /** Points are typed in the column: read on neither scale. */
  refused: boolean;
}

/** Headings of entry columns whose points note differs from every number of points the form gives their item. */
export function headingPointsClashes(grid: Grid, form: FormDef, layout: RosterColumns): HeadingPointsClash[] {
  const out: HeadingPointsClash[] = [];
  const row = layout.headerRow;
  let group = '';
  for (let col = 1; col <= grid.columnCount; col++) {
    const over = row > 1 ? grid.text(row - 1, col) : '';
    if (over) group = over;
    const target = layout.columns.get(col);
    if (target?.kind !== 'entry' || target.input.reference) continue;
    const { item, input } = target;
    if (item.max <= 0 || item.role === 'adjustment' || item.role === 'veto') continue;
    const part = form.parts.find((p) => p.items.includes(item));
    const own = grid.text(row, col);
    // The upper row of a two-row heading counts only when it names this item or its part (not a title over all).
    const upper = group && namesItemOrPart(form, item, part, group) ? group : '';
    for (const [text, at] of [[own, row], [upper, row - 1]] as const) {
      const said = text ? notedPoints(text) : undefined;
      if (said === undefined || pointsOf(form, item, input, part).some((p) => Math.abs(p - said) < 1e-9)) continue;
      out.push({ col, heading: text, row: at, item, said, refused: pointsTyped(input) });
      break;
    }
  }
  return out;
}

/** Every number of points the form may print beside the item: its own, its input's scale, its part's, its share. */
function pointsOf(form: FormDef, item: ItemDef, input: InputDef, part: PartDef | undefined): number[] {
  const out = [item.max];
  if (input.max !== undefined && unitsOf(input.unit).includes('分')) out.push(input.max);
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

function namesItemOrPart(form: FormDef, item: ItemDef, part: PartDef | undefined, text: string): boolean {
  const key = labelKey(withoutTrailingNote(text));
  const names = [...itemNames(form, item), ...(part ? [part.label, withoutTrailingNote(part.label)] : [])];
  return names.some((n) => labelKey(withoutTrailingNote(n)) === key);
}
