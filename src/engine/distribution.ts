// 强制分布: a band's share of the people, checked for everyone and per department. kpi reports a breach with the
// people at the boundary ranked by their exact totals; it never changes anybody's score or band.
import type { DistributionLimitDef, FormDef } from '../model/definition.js';
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import type { Breach } from '../model/problems/catalog.js';
import { mainGrading } from './scales.js';

export interface Graded {
  id: string;
  name: string;
  department: string;
  band: string | null;
  /** The exact total the band came from (full precision). */
  total: number | null;
}

export interface BoundaryPerson {
  id: string;
  name: string;
  department: string;
  band: string;
  total: number;
  /** Beyond the limit: among those a strict distribution would move (the lowest of too many, the closest of too few). */
  beyond: boolean;
}

/** Defined with its message in the problem catalogue. */
export type { Breach };

export interface DistributionCheck {
  limits: DistributionLimitDef[];
  breaches: Breach[];
  problems: Problem[];
}

/** The definition's limits, with those given on the command line replacing the same band's. */
export function effectiveLimits(form: FormDef, given: readonly DistributionLimitDef[] = []): DistributionLimitDef[] {
  const out = new Map<string, DistributionLimitDef>();
  for (const l of form.distribution?.limits ?? []) out.set(l.band, { ...l });
  for (const l of given) out.set(l.band, { ...(out.get(l.band) ?? {}), ...l });
  return [...out.values()];
}

/** Bands of a limit that the form's scale does not have. */
export function unknownLimitBands(form: FormDef, limits: readonly DistributionLimitDef[]): string[] {
  const labels = mainGrading(form).scale.bands.map((b) => b.label);
  return limits.map((l) => l.band).filter((b) => !labels.includes(b));
}

// A share is compared exactly: at most 20 % of 7 is 1 person (1.4 rounded down), at least 10 % of 7 is 1 (0.7 up).
const EPS = 1e-9;
export const mostAllowed = (share: number, n: number) => Math.floor(share * n + EPS);
export const fewestRequired = (share: number, n: number) => Math.ceil(share * n - EPS);

export function checkDistribution(form: FormDef, limits: readonly DistributionLimitDef[], people: readonly Graded[]): DistributionCheck {
  const out: DistributionCheck = { limits: [...limits], breaches: [], problems: [] };
  if (limits.length === 0) return out;
  const order = mainGrading(form).scale.bands.map((b) => b.label);
  const graded = people.filter((p): p is Graded & { band: string; total: number } => p.band !== null && p.total !== null);
  const groups: [string, typeof graded][] = [['', graded]];
  if (form.distribution?.perDepartment !== false) {
    const depts = [...new Set(graded.map((p) => p.department).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh'));
    if (depts.length > 1 || (depts.length === 1 && graded.some((p) => !p.department))) {
      for (const d of depts) groups.push([d, graded.filter((p) => p.department === d)]);
    }
  }
  for (const [department, group] of groups) {
    const n = group.length;
    if (n === 0) continue;
    for (const l of limits) {
      const inBand = group.filter((p) => p.band === l.band).sort((a, b) => b.total - a.total);
      const count = inBand.length;
      if (l.max !== undefined && count > mostAllowed(l.max, n)) {
        const allowed = mostAllowed(l.max, n);
        // The last one within the limit and everyone past it: the lowest totals of the band.
        const boundary = inBand.slice(Math.max(0, allowed - 1)).map((p, k) => person(p, allowed === 0 || k > 0));
        add(out, { department, band: l.band, kind: 'max', limit: l.max, people: n, count, allowed, boundary });
      }
      if (l.min !== undefined && count < fewestRequired(l.min, n)) {
        const required = fewestRequired(l.min, n);
        const rank = order.indexOf(l.band);
        // Those closest to the band: the lowest totals of the better bands (the highest of the worse for the top band).
        const better = group.filter((p) => order.indexOf(p.band) < rank).sort((a, b) => a.total - b.total);
        const worse = group.filter((p) => order.indexOf(p.band) > rank).sort((a, b) => b.total - a.total);
        const near = (rank === 0 ? worse : better).slice(0, required - count + 1);
        const boundary = near.map((p, k) => person(p, k < required - count));
        add(out, { department, band: l.band, kind: 'min', limit: l.min, people: n, count, allowed: required, boundary });
      }
    }
  }
  return out;
}

function person(p: Graded & { band: string; total: number }, beyond: boolean): BoundaryPerson {
  return { id: p.id, name: p.name, department: p.department, band: p.band, total: p.total, beyond };
}

function add(out: DistributionCheck, b: Breach): void {
  out.breaches.push(b);
  out.problems.push(problem('distribution-limit', b));
}
