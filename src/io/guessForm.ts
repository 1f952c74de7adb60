import type { FormDef } from '../forms/types.js';
import { columnDictionary, items } from './columns.js';
import type { Grid } from './grid.js';
import { labelKey } from './normalize.js';
import { findRosterHeader } from './readRoster.js';

/**
 * For a workbook without the template's metadata: the form whose item labels or roster headings the sheets
 * name most often. Needs at least three hits and a clear winner, otherwise the user is asked for --form.
 */
export function guessForm(grids: Grid[], forms: FormDef[]): FormDef | null {
  const scored = forms.map((form) => ({ form, score: Math.max(0, ...grids.map((g) => hits(g, form))) }));
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < 3 || (second && second.score === best.score)) return null;
  return best.form;
}

function hits(grid: Grid, form: FormDef): number {
  const roster = findRosterHeader(grid, form, columnDictionary(form));
  const rosterHits = roster ? [...roster.columns.values()].filter((t) => t.kind === 'entry').length : 0;
  const labels = new Set(items(form).flatMap((i) => [i.label, ...(i.aliases ?? [])].map(labelKey)));
  const found = new Set<string>();
  for (let r = 1; r <= Math.min(grid.rowCount, 80); r++) {
    for (let c = 1; c <= Math.min(grid.columnCount, 30); c++) {
      const k = labelKey(grid.text(r, c));
      if (labels.has(k)) found.add(k);
    }
  }
  return Math.max(rosterHits, found.size);
}
