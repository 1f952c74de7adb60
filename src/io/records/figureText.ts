// How a group's figure is written in the console and in 汇总. Its own module: the console imports it, and must not
// load the workbook writer (exceljs, jszip) in the main thread (test/cli/startup.test.ts).
import type { GroupResult } from '../../engine/groups/result.js';
import { formatScore, round2 } from '../../model/round.js';
import type { GroupingSummary } from '../outcome.js';

type Figure = GroupingSummary['figures'][number];

/** The figure as the console and 汇总 write it: 80.00%, 4.25, 12. */
export function figureText(f: Figure, v: GroupResult['figures'][string]): string {
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
