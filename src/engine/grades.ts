// Grade bands: 优秀 ≥ 90 / 良好 ≥ 80 / … Bands are applied to the figure the user sees.
import type { Band, GradeScale } from '../model/definition.js';
import { formatScore, round2 } from '../model/round.js';

/** Each scale's bands in order, sorted once: a definition's arrays do not change once loaded. */
const orderedOnce = new WeakMap<readonly Band[], readonly Band[]>();

/**
 * Highest limit first; a band without a limit (the catch-all) last. Sorted once per band list: sorted for every
 * person and item, a copy each time, it was 200 MB of garbage over a roster of 50,000.
 */
function ordered(bands: readonly Band[]): readonly Band[] {
  let sorted = orderedOnce.get(bands);
  if (!sorted) orderedOnce.set(bands, (sorted = [...bands].sort((a, b) => (b.min ?? -Infinity) - (a.min ?? -Infinity))));
  return sorted;
}

/** The band `v` falls in. 'lower' (default): a limit belongs to the band above (≥ 80); 'upper': left-open (> 95). */
export function bandOf(bands: readonly Band[], v: number, inclusive: 'lower' | 'upper' = 'lower'): string | undefined {
  for (const b of ordered(bands)) {
    if (b.min === undefined) return b.label;
    if (inclusive === 'upper' ? v > b.min : v >= b.min) return b.label;
  }
  return undefined;
}

/** The grade of a total on the 100-point scale: banded on round2(min(total100, 100)). */
export function gradeOf(scale: GradeScale, total100: number): string | null {
  return bandOf(scale.bands, round2(Math.min(total100, 100)), scale.inclusive) ?? null;
}

/** Count per band label, every label of the scale present, in the scale's order. */
export function emptyBandCounts(scale: GradeScale): Record<string, number> {
  // No prototype: a band a definition names 「__proto__」 or 「constructor」 is counted like any other.
  const counts: Record<string, number> = Object.create(null);
  for (const b of scale.bands) counts[b.label] = 0;
  return counts;
}

export interface Graded {
  label: string | null;
  data?: Record<string, number>;
}

/**
 * The grade a scale gives. Bands grade the figure rounded to 2 decimals (the 100-point figure capped at 100 when
 * `capAt100`); a scale graded by counts looks at the parts' scores instead (§29: 优秀 when every indicator ≥ 3.5).
 */
export function applyScale(scale: GradeScale, figure: number, parts: readonly number[], capAt100: boolean): Graded {
  if (scale.byCounts) return { label: byCounts(scale.byCounts, parts.map(round2)) };
  const v = round2(capAt100 ? Math.min(figure, 100) : figure);
  const label = bandOf(scale.bands, v, scale.inclusive) ?? null;
  const band = scale.bands.find((b) => b.label === label);
  return band?.data ? { label, data: { ...band.data } } : { label };
}

/**
 * Why the parts' scores give their grade, as §29's worked example says it: 「4 个部分中 3 个 ≥ 2.5(所有部分 ≥ 3.5 未达到)」.
 * Null when no rule of counts applies.
 */
export function byCountsReason(scale: GradeScale, parts: readonly number[]): string | null {
  if (!scale.byCounts) return null;
  const values = parts.map(round2);
  const missed: string[] = [];
  for (const r of scale.byCounts) {
    if (!r.when) return missed.length ? `${missed.join(',')}未达到` : null;
    const { count, atLeast, below } = r.when;
    const test = atLeast !== undefined ? `≥ ${formatScore(atLeast)}` : below !== undefined ? `< ${formatScore(below)}` : '';
    const hits = values.filter((v) => (atLeast === undefined || v >= atLeast) && (below === undefined || v < below)).length;
    const met = count === 'all' ? hits === values.length && values.length > 0 : hits >= count;
    const rule = count === 'all' ? `所有部分 ${test}` : `至少 ${count} 个部分 ${test}`;
    if (met) return `${values.length} 个部分中 ${hits} 个 ${test}${missed.length ? `(${missed.join(',')}未达到)` : ''}`;
    missed.push(`「${rule}」`);
  }
  return null;
}

function byCounts(rules: NonNullable<GradeScale['byCounts']>, values: number[]): string | null {
  for (const r of rules) {
    if (!r.when) return r.label;
    const { count, atLeast, below } = r.when;
    const hits = values.filter((v) => (atLeast === undefined || v >= atLeast) && (below === undefined || v < below)).length;
    if (count === 'all' ? hits === values.length && values.length > 0 : hits >= count) return r.label;
  }
  return null;
}
