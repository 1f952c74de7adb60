// A roster column of an item's points (§13 通话利用率, 0–10) whose every figure is from 0 to 1, not all 0 and 1: rates typed
// where the points go (0.85, 0.6, 0.95, 0.9 General). Read as points they were 0.85 of 10, everyone 待改进 K 0.8 (82.85,
// 82.6, 82.95, 82.9) at exit 0 without a word, where the team meant 10 × 85 % = 8.5 (90.5 一般 K 0.9, 88, 91.5 良好 K 1.0,
// 91). Which it is the sheet does not say: read as typed, with a warning at the heading.
import type { RawValue } from '../model/entries.js';
import type { ItemDef } from '../model/definition.js';
import type { RosterColumns } from './columns.js';
import { figureIn, type Grid } from './grid.js';
import { peopleRows } from './rowKinds.js';

/** Items of this many points and more: a 5-point item's 0.5 and 1 may well be its points. */
const MIN_POINTS = 10;

export interface RatesColumn {
  col: number;
  heading: string;
  item: ItemDef;
  /** The figures, as typed (at most the first few are said). */
  values: number[];
}

export function ratesAsPoints(grid: Grid, layout: RosterColumns, skip: ReadonlySet<number>, people: () => readonly number[] = () => peopleRows(grid, layout.columns, layout.headerRow)): RatesColumn[] {
  const out: RatesColumn[] = [];
  for (const [col, t] of layout.columns) {
    if (t.kind !== 'entry' || skip.has(col) || t.input.reference || t.input.type !== 'number') continue;
    if (t.item.max < MIN_POINTS || t.input.max !== t.item.max || (t.input.min ?? 0) < 0) continue;
    const values: number[] = [];
    // (The people's rows only: a 合计 row's 2.65 under 0.92, 0.85, 0.88 hid the rates.)
    for (const row of people()) {
      const n = bareFigure(grid.value(row, col));
      if (n !== null) values.push(n);
    }
    if (values.length >= 2 && values.every((n) => n >= 0 && n <= 1) && values.some((n) => n > 0 && n < 1)) out.push({ col, heading: grid.text(layout.headerRow, col), item: t.item, values });
  }
  return out.sort((a, b) => a.col - b.col);
}

/** A figure with no % shown (a cell formatted 0 % is read as the rate it shows, 85 % of 10 points). */
function bareFigure(raw: RawValue): number | null {
  return raw.kind === 'number' && (raw.percentFormat || raw.percentSign) ? null : figureIn(raw);
}
