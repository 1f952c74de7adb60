import type { FormDef, InputDef, ItemDef, RaterDef } from '../model/definition.js';
import { type Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { columnHeading, type RosterColumns } from './columns.js';
import { cellAddress, type Grid } from './grid.js';
import { labelKey, MAX_HEADING_LENGTH } from './normalize.js';

// An optional input whose column is absent counts as empty (0 incidents, no deduction): a retyped heading that
// kpi does not recognise would silently raise the score. Absent optional columns are always reported; when an
// unrecognised column looks like one of them, the two are named together — as an error when the heading
// contains the input's own name (「旷工天数」 for 旷工), a warning when it is only similar.

interface Missing {
  item: ItemDef;
  input: InputDef;
  rater: RaterDef | null;
  heading: string;
  /** Keys of the whole heading, compared by similarity. */
  names: string[];
  /** Keys of the input's own name and aliases: a heading containing one is taken as meant for this input. */
  own: string[];
  /** A required input's absence is already an error of its own; it only competes for the closest match. */
  required: boolean;
}

const MAX_COMPARED = 50;
const SIMILAR = 0.5;

export function shortText(s: string, max = 30): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

export function missingColumnProblems(grid: Grid, form: FormDef, layout: RosterColumns, file?: string): Problem[] {
  const present = [...layout.columns.values()];
  const missing: Missing[] = [];
  for (const item of form.parts.flatMap((p) => p.items)) {
    const groups = form.raters && item.raters !== 'none' ? form.raters.filter((r) => r.required && r.weight > 0) : [null];
    for (const input of item.inputs) {
      for (const rater of groups) {
        if (present.some((t) => t.kind === 'entry' && t.item === item && t.input === input && t.rater === rater)) continue;
        const heading = columnHeading(item, input, rater, 1);
        const own = [input.label, ...(input.aliases ?? []).slice(0, 20)].map(labelKey).filter((k) => k.length >= 2);
        missing.push({ item, input, rater, heading, own, required: !input.optional, names: [...new Set([labelKey(heading), labelKey(`${item.label}${input.label}`), ...own])] });
      }
    }
  }
  if (!missing.some((m) => !m.required)) return [];
  const at = { file, sheet: grid.name };
  const out: Problem[] = [];
  const paired = new Set<Missing>();
  for (const u of layout.unknown.slice(0, MAX_COMPARED)) {
    if (u.text.length > MAX_HEADING_LENGTH) continue;
    const k = labelKey(u.text);
    if (k.length < 2) continue;
    let best: { m: Missing; score: number; strong: boolean } | null = null;
    for (const m of missing) {
      const strong = m.input.type !== 'text' && m.own.some((n) => k.includes(n));
      const score = strong ? 1 : Math.max(...m.names.map((n) => dice(k, n)));
      if (!best || score > best.score) best = { m, score, strong };
    }
    if (!best || best.score < SIMILAR || best.m.required) continue;
    paired.add(best.m);
    const cell = cellAddress(layout.headerRow, u.col);
    const fields = { case: 'looks-like', sheet: grid.name, heading: shortText(u.text), like: best.m.heading, empty: emptyMeaning(best.m.input), strong: best.strong } as const;
    out.push(problem('unknown-column', fields, { ...at, cell }, { item: best.m.item.label, severity: best.strong ? 'error' : 'warning' }));
  }
  const rest = missing.filter((m) => !m.required && !paired.has(m));
  if (rest.length) {
    out.push(problem('item-not-found', { case: 'columns-optional', sheet: grid.name, headings: rest.map((m) => m.heading) }, at, { severity: 'warning' }));
  }
  return out;
}

function emptyMeaning(input: InputDef): string {
  if (input.type === 'text') return '视为未填写';
  if (input.type === 'list') return '视为无扣分';
  return `视为 ${input.default ?? 0}`;
}

/** Dice coefficient of the two keys' characters (multisets): 2·common / (|a| + |b|). */
function dice(a: string, b: string): number {
  if (!a || !b) return 0;
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let common = 0;
  for (const ch of b) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) {
      common++;
      counts.set(ch, n - 1);
    }
  }
  return (2 * common) / ([...a].length + [...b].length);
}
