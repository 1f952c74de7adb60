// Grade bands: 优秀 ≥ 90 / 良好 ≥ 80 / … Bands are applied to the figure the user sees.
import type { Band, GradeScale } from '../forms/types.js';
import { round2 } from './round.js';

/** Highest limit first; a band without a limit (the catch-all) last. */
function ordered(bands: readonly Band[]): Band[] {
  return [...bands].sort((a, b) => (b.min ?? -Infinity) - (a.min ?? -Infinity));
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
  const counts: Record<string, number> = {};
  for (const b of scale.bands) counts[b.label] = 0;
  return counts;
}
