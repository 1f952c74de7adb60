import type { PersonResult } from '../model/result.js';

export interface TotalsSummary {
  scored: number;
  notScored: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** The form reports a figure of its own (§15: 1–4): these statistics are of the 100-point totals, and say so. */
  of100?: true;
}

/** Mean, median, min and max of the scored people's 100-point totals. */
export function summarizeTotals(people: PersonResult[]): TotalsSummary {
  const totals = people.filter((p) => p.status === 'scored' && p.total100 !== null).map((p) => p.total100!).sort((a, b) => a - b);
  const n = totals.length;
  const own = people.some((p) => p.status === 'scored' && p.total100 !== null && p.outOf !== undefined && p.outOf !== 100);
  const base = { scored: n, notScored: people.length - n, ...(own ? { of100: true as const } : {}) };
  if (n === 0) return { ...base, mean: null, median: null, min: null, max: null };
  const mid = Math.floor(n / 2);
  return {
    ...base,
    mean: totals.reduce((s, x) => s + x, 0) / n,
    median: n % 2 ? totals[mid]! : (totals[mid - 1]! + totals[mid]!) / 2,
    min: totals[0]!,
    max: totals[n - 1]!,
  };
}
