import type { FormDef } from '../model/definition.js';
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { shownName } from './shownName.js';
import { columnDictionary, items } from './columns.js';
import type { Grid } from './grid.js';
import { labelKey, labelVariants } from './normalize.js';
import { findRosterHeader } from './readRoster.js';

/** How well one form explains a workbook without the template's metadata. */
export interface FormMatch {
  form: FormDef;
  /** Distinct items of the form named by the file (a roster column or an item label). */
  items: number;
  /** items / the form's item count: a form whose every item is there beats one that shares a few labels. */
  coverage: number;
  /** Roster columns that name one of the form's entries (item · input · rater). */
  columns: number;
  /** A cell near the top reads exactly as the form's title. */
  title: boolean;
}

export type Guess = { form: FormDef; match: FormMatch } | { form: null; candidates: FormMatch[] };

const MIN_ITEMS = 3;
// Equal item counts: a form is still the clear choice when it explains this much more of itself.
const COVERAGE_MARGIN = 0.15;

/**
 * For a workbook without the template's metadata: the form whose items the sheets name. Many forms share
 * labels (服务态度, 专业知识, 团队合作), so a form is picked only when it is clearly the best match — more of
 * its items named, or as many and its title on the sheet, or a clearly larger share of its own items — and
 * otherwise the close candidates are returned so the user can be told which two to choose between.
 */
export function guessFormDetailed(grids: Grid[], forms: FormDef[]): Guess {
  // Every form looks at the same cells: read each once (a worksheet cell read costs far more than a map lookup).
  const cached = grids.map(cachedGrid);
  const matches = forms.map((form) => {
    const dict = columnDictionary(form);
    return bestOver(cached.map((g) => matchGrid(g, form, dict)), form);
  }).filter((m) => m.items >= Math.min(MIN_ITEMS, items(m.form).length) && m.items > 0);
  matches.sort(compare);
  const [best, second] = matches;
  if (!best) return { form: null, candidates: [] };
  if (!second || clearlyBetter(best, second)) return { form: best.form, match: best };
  const close = matches.filter((m) => !clearlyBetter(best, m));
  return { form: null, candidates: close.slice(0, 4) };
}

/** The form, or null when no form is clearly the best match (see guessFormDetailed). */
export function guessForm(grids: Grid[], forms: FormDef[]): FormDef | null {
  return guessFormDetailed(grids, forms).form;
}

/**
 * Why no form was picked: the close candidates by name when there are some, else every id `--form` takes
 * (the person forms, then the record forms).
 */
export function unguessedProblem(file: string, candidates: FormMatch[], forms: FormDef[], recordFormIds: string[] = [], hidden: string[] = []): Problem {
  const named = candidates.length >= 2 ? candidates.map((m) => ({ form: m.form.title, formId: m.form.id })) : [];
  // The only sheet with the data hidden: said here, not only once --form is given.
  return problem('form-not-recognized', { name: shownName(file), candidates: named, forms: [...forms.map((f) => f.id), ...recordFormIds], ...(hidden.length ? { hidden } : {}) }, { file });
}

function clearlyBetter(a: FormMatch, b: FormMatch): boolean {
  if (a.items !== b.items) return a.items > b.items;
  if (a.title !== b.title) return a.title;
  if (a.coverage >= b.coverage + COVERAGE_MARGIN) return true;
  return a.columns > b.columns;
}

function compare(a: FormMatch, b: FormMatch): number {
  if (clearlyBetter(a, b)) return -1;
  if (clearlyBetter(b, a)) return 1;
  return b.coverage - a.coverage;
}

function bestOver(perGrid: FormMatch[], form: FormDef): FormMatch {
  const none: FormMatch = { form, items: 0, coverage: 0, columns: 0, title: false };
  return perGrid.reduce((best, m) => (compare(m, best) < 0 ? m : best), none);
}

function cachedGrid(grid: Grid): Grid {
  const values = new Map<number, ReturnType<Grid['value']>>();
  const texts = new Map<number, string>();
  const key = (row: number, col: number) => row * 100_003 + col;
  return {
    name: grid.name,
    rowCount: grid.rowCount,
    columnCount: grid.columnCount,
    nextRow: (row) => grid.nextRow(row),
    value(row, col) {
      const k = key(row, col);
      let v = values.get(k);
      if (v === undefined) values.set(k, (v = grid.value(row, col)));
      return v;
    },
    text(row, col) {
      const k = key(row, col);
      let t = texts.get(k);
      if (t === undefined) texts.set(k, (t = grid.text(row, col)));
      return t;
    },
  };
}

function matchGrid(grid: Grid, form: FormDef, dict: ReturnType<typeof columnDictionary>): FormMatch {
  const all = items(form);
  const named = new Set<string>();
  let columns = 0;
  const roster = findRosterHeader(grid, form, dict);
  if (roster) {
    for (const t of roster.columns.values()) {
      if (t.kind !== 'entry') continue;
      columns++;
      named.add(t.item.id);
    }
  }
  const byLabel = new Map<string, string>();
  for (const item of all) for (const n of [item.label, ...(item.aliases ?? [])]) byLabel.set(labelKey(n), item.id);
  const labelled = new Set<string>();
  const titleKey = labelKey(form.title);
  let title = false;
  for (let r = 1; r <= Math.min(grid.rowCount, 80); r++) {
    for (let c = 1; c <= Math.min(grid.columnCount, 30); c++) {
      const text = grid.text(r, c);
      const k = labelKey(text);
      if (!k) continue;
      // Numbered or noted as the reader takes them (「1、业绩考核」, 「1.业务知识能力」, 「服务态度(30分)」): a seed's numbered
      // items left the form unrecognised (exit 2) while the same sheet scored with --form.
      const id = byLabel.get(k) ?? labelVariants(text).map((v) => byLabel.get(labelKey(v))).find((x) => x !== undefined);
      if (id) labelled.add(id);
      if (r <= 5 && k === titleKey) title = true;
    }
  }
  const found = labelled.size > named.size ? labelled : named;
  return { form, items: found.size, coverage: all.length ? found.size / all.length : 0, columns, title };
}
