import type { DistributionLimitDef } from '../model/definition.js';
import type { Messages } from './messages.js';
import { UsageError } from './output.js';

/**
 * `--limit 优秀=20%` (at most), `优秀<=20%`, `待改进>=10%` (at least); a share as 20%, 0.2 or 20. A bare number under 1 is
 * a fraction, from 1 up a percentage: 1 is 1 % (read as 100 % it switched the check off without a word), 1.5 is 1.5 %.
 * Returns null for anything else, and the percentage of a share above 100 % (「优秀=120%」): the caller says which in one line.
 */
export function parseLimit(text: string): DistributionLimitDef | { outOfRange: number } | null {
  const m = /^\s*(.+?)\s*(<=|≤|>=|≥|=)\s*([0-9]+(?:\.[0-9]+)?)\s*(%|%)?\s*$/.exec(text);
  if (!m) return null;
  const value = Number(m[3]);
  const share = m[4] || value >= 1 ? value / 100 : value;
  if (!(share >= 0 && share <= 1)) return { outOfRange: +(share * 100).toFixed(4) };
  const atLeast = m[2] === '>=' || m[2] === '≥';
  return atLeast ? { band: m[1]!, min: share } : { band: m[1]!, max: share };
}

/**
 * The --limit values of kpi score and kpi rollup; a value that cannot be read, a share outside 0–100 %, or one band given
 * the same kind of limit twice (优秀=20% then 优秀=30%: the last won, unsaid) is a usage error in the user's language.
 */
export function parseLimits(values: readonly string[] | undefined, t: Messages): DistributionLimitDef[] {
  const out = new Map<string, DistributionLimitDef>();
  const given = new Map<string, string>();
  for (const v of values ?? []) {
    const l = parseLimit(v);
    if (!l) throw new UsageError(t.badLimit(v));
    if ('outOfRange' in l) throw new UsageError(t.limitOutOfRange(v, l.outOfRange));
    const kind = `${l.band}\u0000${l.max !== undefined ? 'max' : 'min'}`;
    const earlier = given.get(kind);
    if (earlier !== undefined) throw new UsageError(t.limitTwice(v, earlier));
    given.set(kind, v);
    out.set(l.band, { ...(out.get(l.band) ?? {}), ...l });
  }
  return [...out.values()];
}
