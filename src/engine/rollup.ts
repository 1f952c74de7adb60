// Months into a quarter or a year (CATALOG §22: quarter = mean of its three months; year = mean of its months),
// per person and per department, with the definition's roll-up rules (§23: three consecutive months 优秀 → +3).
import type { FormDef, StreakRuleDef } from '../model/definition.js';
import { type Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { roleOf } from './definition.js';
import { mainGrading } from './scales.js';
import type { PersonResult } from '../model/result.js';
import { applyScale, emptyBandCounts } from './grades.js';
import { monthsOfPeriod, previousMonth } from './period.js';
import { formatScore, formatSigned, round2 } from '../model/round.js';
import { cleanText, idKey, nameKey } from './text.js';

/** One month's scored file. */
export interface MonthScores {
  month: string;
  file: string;
  people: PersonResult[];
  /** The raters' copies of the month scored together (file is the first of them). */
  copies?: string[];
  /** Files of the month with nobody in common (one a person or a team), taken together as the month (file is the first). */
  parts?: string[];
}

export interface PersonMonth {
  /** The form's figure that month (as `kpi score --json` reports `total`). */
  total: number;
  total100: number;
  points: number | null;
  band: string | null;
  /** Against the calendar month before, when the person was scored in both. */
  change: number | null;
  /** Σ (max − score) per item label, for the department's lost points. */
  lost: Record<string, number>;
  /** The department the person was in that month (their last known one where that month's form names none). */
  department: string;
}

export interface Adjustment {
  rule: string;
  points: number;
  months: string[];
  explanation: string;
}

export interface RollupPerson {
  key: string;
  id: string;
  name: string;
  department: string;
  /** Every month of the files, in order; null where the person has no score that month. */
  months: Record<string, PersonMonth | null>;
  /** Mean of the months present (the period figure before roll-up rules). */
  mean: number | null;
  mean100: number | null;
  /** The period figure: mean + adjustments. */
  total: number | null;
  total100: number | null;
  band: string | null;
  /** Last month against the month before it. */
  change: number | null;
  bandMonths: Record<string, number>;
  /** Months of the files in which the person does not appear. */
  missing: string[];
  /** Months in which the person appears but could not be scored (errors in that file). */
  unscored: string[];
  adjustments: Adjustment[];
}

export interface Mover {
  id: string;
  name: string;
  change: number;
  from: number;
  to: number;
}

export interface ItemLoss {
  item: string;
  /** Points lost over every person-month of the department. */
  lost: number;
  /** Person-months the item was scored in. */
  count: number;
  /** lost / count. */
  mean: number;
}

export interface RollupDepartment {
  name: string;
  people: number;
  mean: number | null;
  median: number | null;
  bands: Record<string, number>;
  /** The department's mean per month (people scored that month). */
  months: Record<string, number | null>;
  /** Last month's mean against the month before. */
  change: number | null;
  moversUp: Mover[];
  moversDown: Mover[];
  itemsLost: ItemLoss[];
}

export interface RollupResult {
  period: string;
  /** Months with a file, in order. */
  months: string[];
  /** Months of the period without a file. */
  absentMonths: string[];
  people: RollupPerson[];
  departments: RollupDepartment[];
  /** Count per band of the period figures. */
  bands: Record<string, number>;
  problems: Problem[];
}

export const MOVERS = 5;
export const ITEMS_LOST = 5;

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The grade of a period figure by the form's main scale: the one place a roll-up looks at the form's scale. */
export function periodGrade(form: FormDef, figure: { total: number; total100: number; points: number | null }, parts: number[]): string | null {
  const g = mainGrading(form);
  const value = g.of === 'points' ? (figure.points ?? figure.total) : g.of === 'figure' ? figure.total : figure.total100;
  return applyScale(g.scale, value, parts, g.of === 'total100').label;
}

function bandLabels(form: FormDef): string[] {
  return mainGrading(form).scale.bands.map((b) => b.label);
}

/**
 * Who is who across months: 工号 first; a record without 工号 joins the one 工号 its 姓名 has; a 姓名 with two 工号 is never
 * merged. A 工号 under two names in different months (a new hire given a leaver's 工号, 工号 swapped in a copied sheet) is
 * not one person either: kept apart by name, an error.
 */
function personKeys(months: readonly MonthScores[], problems: Problem[]): (p: PersonResult) => string | null {
  const idsOfName = new Map<string, Map<string, string>>();
  const namesOfId = new Map<string, Map<string, { name: string; months: string[] }>>();
  /** Each 工号 as first written (S03, not the key s03), and the file of its last month: what the message names. */
  const writtenId = new Map<string, { id: string; file: string }>();
  for (const m of months) {
    for (const p of m.people) {
      const name = nameKey(p.name);
      if (!p.id || !name) continue;
      const ids = idsOfName.get(name) ?? new Map<string, string>();
      if (!ids.has(idKey(p.id))) ids.set(idKey(p.id), cleanText(p.id));
      idsOfName.set(name, ids);
      const names = namesOfId.get(idKey(p.id)) ?? new Map<string, { name: string; months: string[] }>();
      const seen = names.get(name) ?? { name: cleanText(p.name), months: [] };
      if (!seen.months.includes(m.month)) seen.months.push(m.month);
      namesOfId.set(idKey(p.id), names.set(name, seen));
      writtenId.set(idKey(p.id), { id: writtenId.get(idKey(p.id))?.id ?? cleanText(p.id), file: m.file.split(/[\\/]/).pop() ?? m.file });
    }
  }
  for (const [name, ids] of idsOfName) {
    if (ids.size < 2) continue;
    problems.push(problem('name-ambiguous', { name, ids: [...ids.values()] }, {}, { person: name }));
  }
  const split = new Set<string>();
  for (const [id, names] of namesOfId) {
    if (names.size < 2) continue;
    split.add(id);
    const list = [...names.values()];
    const written = writtenId.get(id)!;
    problems.push(problem('id-ambiguous', { id: written.id, names: list }, { file: written.file }, { person: list.map((n) => n.name).join('、') }));
  }
  return (p) => {
    const name = nameKey(p.name);
    if (p.id) return split.has(idKey(p.id)) ? `id:${idKey(p.id)}|${name}` : `id:${idKey(p.id)}`;
    if (!name) return null;
    const ids = idsOfName.get(name);
    if (ids && ids.size === 1) {
      const only = [...ids.keys()][0]!;
      return split.has(only) ? `id:${only}|${name}` : `id:${only}`;
    }
    return `name:${name}`;
  };
}

function lostPoints(form: FormDef, p: PersonResult): Record<string, number> {
  const items = new Map(form.parts.flatMap((part) => part.items.map((item) => [item.id, { part, item }] as const)));
  const out: Record<string, number> = {};
  for (const r of p.items) {
    const def = items.get(r.id);
    if (r.score === null || r.max <= 0 || (def && roleOf(def.part, def.item) !== 'score')) continue;
    out[r.label] = (out[r.label] ?? 0) + Math.max(0, r.max - r.score);
  }
  return out;
}

/** Rolls the months of one form into `period` ('2026-Q1' or '2026'). Months must lie in the period and be distinct. */
export function rollupMonths(form: FormDef, period: string, input: readonly MonthScores[]): RollupResult {
  const problems: Problem[] = [];
  const months = [...input].sort((a, b) => a.month.localeCompare(b.month));
  const fileMonths = months.map((m) => m.month);
  const allMonths = monthsOfPeriod(period);
  const absentMonths = allMonths.filter((m) => !fileMonths.includes(m) && m <= (fileMonths[fileMonths.length - 1] ?? ''));
  // Before the first file no run of months is broken: those are only missing (a quarter begun in its second month).
  const before = absentMonths.filter((m) => m < fileMonths[0]!);
  const between = absentMonths.filter((m) => m > fileMonths[0]!);
  if (before.length > 0) problems.push(problem('period-incomplete', { months: before, case: 'before' }));
  if (between.length > 0) problems.push(problem('period-incomplete', { months: between }));
  // The months after the last file: a quarter rolled up before it ended, most likely. Said, without a warning.
  const notYet = allMonths.filter((m) => m > (fileMonths[fileMonths.length - 1] ?? ''));
  if (notYet.length > 0 && fileMonths.length > 0) {
    problems.push(problem('period-incomplete', { months: notYet, case: 'after', counted: fileMonths.length }, {}, { severity: 'info' }));
  }
  const labels = bandLabels(form);
  const people = gatherPeople(months, personKeys(months, problems));
  const rolled: RollupPerson[] = [];
  const named = new Map<string, number>();
  for (const acc of people.values()) if (acc.name) named.set(acc.name, (named.get(acc.name) ?? 0) + 1);
  for (const acc of people.values()) {
    const person = rollPerson(form, acc, fileMonths, allMonths, labels);
    rolled.push(person);
    const gap = monthsMissingProblem(acc, person, fileMonths, (named.get(acc.name) ?? 0) > 1);
    if (gap) problems.push(gap);
  }

  const bands = emptyBandCounts(mainGrading(form).scale);
  for (const p of rolled) if (p.band !== null) bands[p.band] = (bands[p.band] ?? 0) + 1;
  return { period, months: fileMonths, absentMonths, people: rolled, departments: departments(rolled, fileMonths, labels), bands, problems };
}

/** One person's months, found by their key (工号, or a name that is not ambiguous). */
interface PersonMonths {
  key: string;
  id: string;
  name: string;
  department: string;
  months: Map<string, PersonResult>;
}

function gatherPeople(months: MonthScores[], keyOf: (p: PersonResult) => string | null): Map<string, PersonMonths> {
  const people = new Map<string, PersonMonths>();
  for (const m of months) {
    for (const p of m.people) {
      const key = keyOf(p);
      if (!key) continue;
      const acc = people.get(key) ?? { key, id: '', name: '', department: '', months: new Map() };
      const prior = acc.months.get(m.month);
      // A second record of one person in one month was reported by the month's own scoring (duplicate 工号).
      if (prior && prior.status === 'scored') continue;
      acc.months.set(m.month, p);
      // 0012 in one month and 12 in another (a month saved by a program that dropped the zeros) are one 工号: shown as
      // written in full, the longer of the two.
      if (p.id && cleanText(p.id).length >= acc.id.length) acc.id = cleanText(p.id);
      if (p.name) acc.name = cleanText(p.name);
      if (p.department) acc.department = cleanText(p.department);
      people.set(key, acc);
    }
  }
  return people;
}

/** A person's period: each month's record, the mean of the scored months, streak adjustments, the period's grade. */
function rollPerson(form: FormDef, acc: PersonMonths, fileMonths: string[], allMonths: string[], labels: string[]): RollupPerson {
  const record: Record<string, PersonMonth | null> = {};
  const missing: string[] = [];
  const unscored: string[] = [];
  const bandMonths: Record<string, number> = Object.fromEntries(labels.map((l) => [l, 0]));
  for (const m of fileMonths) {
    const p = acc.months.get(m);
    if (!p) missing.push(m);
    else if (p.status !== 'scored' || p.total === null || p.total100 === null) unscored.push(m);
    if (!p || p.status !== 'scored' || p.total === null || p.total100 === null) {
      record[m] = null;
      continue;
    }
    const before = acc.months.get(previousMonth(m));
    // Between the two months as they are shown (to the cent): 89.995 then 89.994 show 90.00 and 89.99, a change of −0.01,
    // not −0.001 shown as −0.00 beside a 「退步最大」 of −0.01; 89.995 then 90.004 both show 90.00, a change of 0.
    const change = before && before.status === 'scored' && before.total !== null ? round2(round2(p.total) - round2(before.total)) : null;
    const department = p.department ? cleanText(p.department) : acc.department;
    record[m] = { total: p.total, total100: p.total100, points: p.points, band: p.band, change, lost: lostPoints(form, p), department };
    if (p.band !== null) bandMonths[p.band] = (bandMonths[p.band] ?? 0) + 1;
  }
  const scored = fileMonths.map((m) => record[m]).filter((x): x is PersonMonth => !!x);
  const parts = scoredParts(fileMonths.map((m) => acc.months.get(m)).filter((p): p is PersonResult => !!p && p.status === 'scored'));
  const avg = mean(scored.map((s) => s.total));
  const avg100 = mean(scored.map((s) => s.total100));
  const pts = scored.every((s) => s.points !== null) ? mean(scored.map((s) => s.points!)) : null;
  const adjustments = (form.rollup?.rules ?? []).flatMap((r) => streak(r, allMonths, record));
  const plus = adjustments.reduce((a, x) => a + x.points, 0);
  const total = avg === null ? null : avg + plus;
  const total100 = avg100 === null ? null : avg100 + plus;
  const band = total === null || total100 === null ? null : periodGrade(form, { total, total100, points: pts === null ? null : pts + plus }, parts);
  const last = fileMonths[fileMonths.length - 1];
  const lastMonth = last ? record[last] : null;
  const change = lastMonth && lastMonth.change !== null ? lastMonth.change : null;
  return {
    key: acc.key, id: acc.id, name: acc.name, department: acc.department, months: record,
    mean: avg, mean100: avg100, total, total100, band, change, bandMonths, missing, unscored, adjustments,
  };
}

/** A person without a scored record in some month: the period's score is the mean of the others. */
function monthsMissingProblem(acc: PersonMonths, person: RollupPerson, fileMonths: string[], namesake: boolean): Problem | null {
  const { missing, unscored } = person;
  if (missing.length === 0 && unscored.length === 0) return null;
  const scored = fileMonths.filter((m) => person.months[m]).length;
  // Two 王芳 with their own 工号: which one lacks the month is said by the 工号.
  const fields = { missing, unscored, averaged: scored, ...(!acc.name || (namesake && acc.id) ? { id: acc.id } : {}) };
  return problem('month-missing', fields, {}, acc.name ? { person: acc.name } : {});
}

/** Mean of each part's score over the scored months, for scales that grade by counts of parts. */
function scoredParts(months: PersonResult[]): number[] {
  if (months.length === 0) return [];
  return months[0]!.parts.map((_, k) => mean(months.map((p) => p.parts[k]?.score ?? 0)) ?? 0);
}

/** §23: every `months` consecutive calendar months in the band give `points`; the count then starts again. */
function streak(rule: StreakRuleDef, calendar: string[], record: Record<string, PersonMonth | null>): Adjustment[] {
  const out: Adjustment[] = [];
  let run: string[] = [];
  const label = rule.label ?? `连续${rule.months}个月${rule.band}`;
  for (const m of calendar) {
    if (record[m]?.band === rule.band) run.push(m);
    else run = [];
    if (run.length === rule.months) {
      out.push({
        rule: label,
        points: rule.points,
        months: run,
        explanation: `${run.join('、')} 连续 ${rule.months} 个月${rule.band}:${formatSigned(rule.points)}`,
      });
      run = [];
    }
  }
  return out;
}

// The period's figures (people, mean, bands, movers) count each person in their last department; each month's mean
// and lost points count them where they were that month — a move in March does not carry January to the new team.
function departments(people: RollupPerson[], months: string[], labels: string[]): RollupDepartment[] {
  const inMonth = people.flatMap((p) => months.map((m) => p.months[m]?.department).filter((d): d is string => d !== undefined));
  const names = [...new Set([...people.map((p) => p.department), ...inMonth])].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'zh')));
  const last = months[months.length - 1];
  const prev = last ? previousMonth(last) : undefined;
  return names.map((name) => {
    const members = people.filter((p) => p.department === name);
    const totals = members.map((p) => p.total).filter((t): t is number => t !== null);
    const bands: Record<string, number> = Object.fromEntries(labels.map((l) => [l, 0]));
    for (const p of members) if (p.band !== null) bands[p.band] = (bands[p.band] ?? 0) + 1;
    const byMonth: Record<string, number | null> = {};
    for (const m of months) byMonth[m] = mean(people.filter((p) => p.months[m]?.department === name).map((p) => p.months[m]!.total));
    // Between the months' means as shown, as a person's change is: 88.33 → 90.70 is +2.37 for the one-person team too.
    const change = last && prev && byMonth[last] != null && byMonth[prev] != null ? round2(round2(byMonth[last]) - round2(byMonth[prev])) : null;
    const moves: Mover[] = members
      .filter((p) => p.change !== null && last && prev && p.months[last] && p.months[prev])
      .map((p) => ({ id: p.id, name: p.name, change: p.change!, from: p.months[prev!]!.total, to: p.months[last!]!.total }));
    const byChange = (a: Mover, b: Mover) => b.change - a.change || a.name.localeCompare(b.name, 'zh');
    const lost = new Map<string, { lost: number; count: number }>();
    for (const p of people) {
      for (const m of months) {
        if (p.months[m]?.department !== name) continue;
        for (const [item, pts] of Object.entries(p.months[m]!.lost)) {
          const a = lost.get(item) ?? { lost: 0, count: 0 };
          a.lost += pts;
          a.count++;
          lost.set(item, a);
        }
      }
    }
    const itemsLost = [...lost.entries()]
      .filter(([, a]) => a.lost > 0)
      .map(([item, a]) => ({ item, lost: a.lost, count: a.count, mean: a.lost / a.count }))
      .sort((a, b) => b.lost - a.lost || a.item.localeCompare(b.item, 'zh'))
      .slice(0, ITEMS_LOST);
    return {
      name,
      people: members.length,
      mean: mean(totals),
      median: median(totals),
      bands,
      months: byMonth,
      change,
      moversUp: moves.filter((m) => m.change > 0).sort(byChange).slice(0, MOVERS),
      moversDown: moves.filter((m) => m.change < 0).sort((a, b) => -byChange(a, b)).slice(0, MOVERS),
      itemsLost,
    };
  });
}

/** 「88 → 92.5(+4.5)」 for a mover: to the cent, as the months show them, and the change between those two figures. */
export function moverText(m: Mover): string {
  // 65.995 → 81 is 66 → 81(+15), not 65.995 → 81(+15.005).
  const [from, to] = [round2(m.from), round2(m.to)];
  return `${m.name} ${formatScore(from)} → ${formatScore(to)}(${formatSigned(round2(to - from))})`;
}
