import type { PersonResult } from '../model/result.js';
import { round2 } from '../model/round.js';

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

/**
 * The ends of a ranking as a long list shows them: the `ends` best and the `ends` lowest (best first, ties in the order
 * given), and how many more people share the total shown (2 decimals) at each cut — whom the cut leaves out though
 * they rank alike (five people at 88.00 in 10th place, one of them shown).
 */
export interface RankingEnds {
  top: PersonResult[];
  bottom: PersonResult[];
  topTied: number;
  bottomTied: number;
}

export function rankingEnds(people: readonly PersonResult[], ends: number): RankingEnds {
  const ranked = people.filter((p) => p.status === 'scored' && p.total100 !== null).sort((a, b) => b.total100! - a.total100!);
  const top = ranked.slice(0, ends);
  const bottomFrom = Math.max(ends, ranked.length - ends);
  const bottom = ranked.length > ends ? ranked.slice(bottomFrom) : [];
  const shown = (p: PersonResult) => round2(p.total100!);
  const between = ranked.slice(ends, bottomFrom);
  const tiedWith = (p: PersonResult | undefined) => (p ? between.filter((q) => shown(q) === shown(p)).length : 0);
  return { top, bottom, topTied: tiedWith(top.at(-1)), bottomTied: tiedWith(bottom[0]) };
}
