import type { PersonResult } from '../model/result.js';

export interface TotalsSummary {
  scored: number;
  notScored: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

/** Mean, median, min and max of the scored people's 100-point totals. */
export function summarizeTotals(people: PersonResult[]): TotalsSummary {
  const totals = people.filter((p) => p.status === 'scored' && p.total100 !== null).map((p) => p.total100!).sort((a, b) => a - b);
  const n = totals.length;
  const base = { scored: n, notScored: people.length - n };
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
