// How a group's figure reads in the console and in 汇总: 80.00%, 4.25, 12, the counts of a distribution.
import { formatScore, round2 } from '../round.js';
import type { FigureValue } from './result.js';

export interface FigureLook {
  agg: string;
  format?: 'percent' | 'number' | 'integer';
}

/** The figure as the console and 汇总 write it: 80.00%, 4.25, 12. */
export function figureText(f: FigureLook, v: FigureValue): string {
  if (typeof v === 'number') {
    if (f.format === 'percent') return `${round2(v).toFixed(2)}%`;
    if (f.format === 'integer' || f.agg === 'count' || f.agg === 'distinct') return formatScore(v);
    return round2(v).toFixed(2);
  }
  if (typeof v === 'string') return v;
  if (v === null) return '—';
  if (Array.isArray(v)) return `${v.length} 条`;
  return Object.entries(v).map(([k, n]) => `${k}:${n}`).join(' · ');
}

