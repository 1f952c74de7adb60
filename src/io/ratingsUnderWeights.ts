// A roster whose every item heading copies the form's weight (§13 seed 「业绩考核(20%)」 … 「遵守规章制度及上级综合评分(10%)」,
// each the item's points) over 0–100 ratings (90, 85, 80): the team rated each item out of 100 and meant the weight to
// apply. The form wants the points (90 × 20 % = 18): each cell was refused with only 「应为0到20之间的数,实际为「90」」,
// eight a person, never saying why. Said once a column, with the sum that turns the rating into points; still refused.
import type { ItemDef } from '../model/definition.js';
import type { RosterColumns } from './columns.js';
import { figureIn, type Grid } from './grid.js';
import { notedWeight } from './headingPoints.js';
import { peopleRows } from './rowKinds.js';

export interface RatingColumn {
  col: number;
  heading: string;
  item: ItemDef;
  weight: number;
  /** The first figure above the item's points (90 of 20's). */
  value: number;
}

export function ratingsUnderWeights(grid: Grid, layout: RosterColumns, people: () => readonly number[] = () => peopleRows(grid, layout.columns, layout.headerRow)): RatingColumn[] {
  const points = [...layout.columns].flatMap(([col, t]) => (t.kind === 'entry' && !t.input.reference && t.input.type === 'number' && t.input.max === t.item.max && t.item.max < 100 ? [{ col, item: t.item }] : []));
  const weighted = points.map((p) => ({ ...p, heading: grid.text(layout.headerRow, p.col), weight: notedWeight(grid.text(layout.headerRow, p.col)) }));
  // (Every item's heading so, each weight its points: one heading's 20 % may be another scheme's, not this form's copy.)
  if (weighted.length < 2 || !weighted.every((w) => w.weight !== undefined && Math.abs(w.weight - w.item.max) < 0.005)) return [];
  // The people's rows only (peopleRows): a 合计 or 平均 row under them is no one's figure — a LibreOffice re-save's cached
  // =SUM(F3:F6) 73.5 under 业绩考核(20%) refused a sheet of points (96.5 / 94 / 86 / 85) at exit 1.
  const out: RatingColumn[] = [];
  for (const w of weighted) {
    const figures: number[] = [];
    for (const row of people()) {
      const n = figureIn(grid.value(row, w.col));
      if (n !== null) figures.push(n);
    }
    const over = figures.find((n) => n > w.item.max);
    if (over !== undefined && figures.every((n) => n >= 0 && n <= 100)) out.push({ col: w.col, heading: w.heading, item: w.item, weight: w.weight!, value: over });
  }
  return out;
}
