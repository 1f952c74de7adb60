// A person's entries → items, parts, total, grade; a file's people → results, problems, band counts, ranks.
import type { FormDef, HeaderRole } from '../model/definition.js';
import type { PersonEntries } from '../model/entries.js';
import { problem, where, type Problem } from '../model/problem.js';
import type { GradeResult, ItemResult, PersonResult } from '../model/result.js';
import { combine } from './combine.js';
import { applyScale, emptyBandCounts } from './grades.js';
import { extraGradings, mainGrading, type ResolvedGrading } from './scales.js';
import { subjectLabel, variantLabel } from './definition.js';
import { matchKey } from './text.js';
import { formatScore } from './round.js';
import { scoreItem } from './raters.js';
import { round2 } from './round.js';
import { cleanText } from './text.js';

function headerRecord(person: PersonEntries): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of person.header) out[k] = cleanText(v);
  return out;
}

function byRole(form: FormDef, header: Record<string, string>, role: HeaderRole): string {
  const field = form.header.find((f) => f.role === role);
  return field ? (header[field.id] ?? '') : '';
}

function headerProblems(form: FormDef, person: PersonEntries, header: Record<string, string>, name: string): Problem[] {
  const place = where(person.at);
  const prefix = place ? `${place}:` : '';
  const out: Problem[] = [];
  const fields = form.header.filter((f) => f.required || f.role === 'name');
  for (const f of fields) {
    if (header[f.id]) continue;
    const why = f.role === 'name' ? `无法确定${subjectLabel(form)}` : '必填';
    const p = problem('error', 'header-missing', `${prefix}表头「${f.label}」未填写(${why})`, person.at, { expected: f.label, actual: '空' });
    if (name) p.person = name;
    out.push(p);
  }
  if (!form.header.some((f) => f.role === 'name') && !name) {
    out.push(problem('error', 'header-missing', `${prefix}考核表定义没有「姓名」字段,无法确定${subjectLabel(form)}`, person.at));
  }
  if (form.variants) {
    const field = form.header.concat(form.footer ?? []).find((f) => f.id === form.variants!.field);
    const value = header[form.variants.field] ?? '';
    if (field && value && !form.variants.values.some((v) => matchKey(v) === matchKey(value))) {
      const expected = form.variants.values.join(' / ');
      const p = problem('error', 'header-missing', `${prefix}表头「${field.label}」应为 ${expected} 之一(决定考核项目),实际为「${value}」`, person.at, { expected, actual: value });
      if (name) p.person = name;
      out.push(p);
    }
  }
  return out;
}

/** Scores one person; every problem is collected (one bad cell does not hide the next). */
export function scorePerson(form: FormDef, person: PersonEntries): PersonResult {
  const header = headerRecord(person);
  const name = byRole(form, header, 'name');
  const problems: Problem[] = [...(person.problems ?? []), ...headerProblems(form, person, header, name)];

  const variant = form.variants ? form.variants.values.find((v) => matchKey(v) === matchKey(header[form.variants!.field] ?? '')) : undefined;
  const items: ItemResult[] = [];
  const spread = new Map<string, string[]>(); // absent groups → item labels
  for (const part of form.parts) {
    for (const item of part.items) {
      const out = scoreItem(form, part, item, person, name || undefined);
      items.push(variant ? { ...out.result, label: variantLabel(item, variant) } : out.result);
      problems.push(...out.problems);
      if (out.spread.length > 0) {
        const key = out.spread.join('、');
        spread.set(key, [...(spread.get(key) ?? []), item.label]);
      }
    }
  }
  const itemCount = form.parts.reduce((n, p) => n + p.items.length, 0);
  for (const [groups, labels] of spread) {
    const place = where(person.at);
    const which = labels.length === itemCount ? '各项' : labels.map((l) => `「${l}」`).join('、');
    const message = `${place ? `${place}:` : ''}${name ? `${name}:` : ''}${which}${groups}无人评分,其权重按比例分给其他评分人`;
    // A group whose absence the definition calls worth a warning (§4 间接主管) says so; otherwise a note.
    const warn = groups.split('、').some((g) => form.raters?.find((r) => r.label === g)?.absent === 'warn');
    const p = problem(warn ? 'warning' : 'info', 'rater-spread', message, person.at, { expected: groups, actual: '无人评分' });
    if (name) p.person = name;
    if (labels.length === 1) p.item = labels[0]!;
    problems.push(p);
  }

  const combined = combine(form, items);
  const result: PersonResult = {
    id: byRole(form, header, 'id'),
    name,
    department: byRole(form, header, 'department'),
    header,
    items,
    parts: combined.parts,
    total: combined.figure,
    total100: combined.total100,
    points: combined.total,
    outOf: combined.outOf,
    band: null,
    explanation: combined.explanation,
    problems,
    status: 'scored',
  };
  return settle(form, result);
}

/** Status, grade and explanation from the problems found so far. */
function settle(form: FormDef, r: PersonResult): PersonResult {
  const errors = r.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0 || r.total100 === null) {
    const { bandData: _d, grades: _g, ...rest } = r;
    return {
      ...rest,
      status: 'error',
      total: null,
      total100: null,
      points: null,
      band: null,
      explanation: `有 ${Math.max(errors, 1)} 个错误,未计算总分`,
    };
  }
  const main = grade(mainGrading(form), r);
  const out: PersonResult = { ...r, status: 'scored', band: main.label, explanation: main.label ? `${r.explanation} → ${main.label}` : r.explanation };
  if (main.data) out.bandData = main.data;
  else delete out.bandData;
  const extra = extraGradings(form);
  if (extra.length > 0) {
    const grades: GradeResult[] = [];
    const problems = [...out.problems];
    for (const g of extra) {
      const computed = grade(g, r);
      const typed = g.typed ? cleanText(r.header[g.typed] ?? '') : '';
      const result: GradeResult = { id: g.id, label: g.label, value: computed.label, computed: computed.label };
      if (computed.data) result.data = computed.data;
      if (typed) {
        result.typed = typed;
        if (matchKey(typed) !== matchKey(computed.label ?? '')) {
          result.value = typed;
          problems.push(overrideProblem(form, r, g, typed, computed.label));
        }
      }
      grades.push(result);
    }
    out.grades = grades;
    out.problems = problems;
  }
  return out;
}

/** The figure a grading looks at: the 100-point total, the form's reported figure, or its points. */
function grade(g: ResolvedGrading, r: PersonResult) {
  const figure = g.of === 'points' ? r.points! : g.of === 'figure' ? r.total! : r.total100!;
  return applyScale(g.scale, figure, r.parts.map((p) => p.score ?? 0), g.of === 'total100');
}

function overrideProblem(form: FormDef, r: PersonResult, g: ResolvedGrading, typed: string, computed: string | null): Problem {
  const field = form.header.concat(form.footer ?? []).find((f) => f.id === g.typed);
  const shown = formatScore(g.of === 'points' ? r.points! : g.of === 'figure' ? r.total! : r.total100!);
  const message = `${r.name ? `${r.name}:` : ''}「${field?.label ?? g.label}」填写为「${typed}」,按分数 ${shown} 应为「${computed ?? '—'}」;保留填写的等级`;
  const p = problem('warning', 'override', message, {}, { expected: computed ?? '', actual: typed, item: g.label });
  if (r.name) p.person = r.name;
  return p;
}

export interface FormScore {
  people: PersonResult[];
  /** Every problem, people's included, in the order of the people. */
  problems: Problem[];
  /** Count of scored people per band label, every label of the scale present. */
  bands: Record<string, number>;
}

/** Ranks by total100 as shown (2 decimals), best first; ties share a rank (1, 2, 2, 4); unscored people get none. */
export function rank(people: readonly PersonResult[]): PersonResult[] {
  const shown = people.map((p) => (p.status === 'scored' && p.total100 !== null ? round2(p.total100) : null));
  // Rank = 1 + how many shown totals are higher: one sort, then each distinct total's first position
  // (counting per person was quadratic: 10,000 people spent seconds here).
  const sorted = shown.filter((s): s is number => s !== null).sort((a, b) => b - a);
  const firstAt = new Map<number, number>();
  sorted.forEach((s, k) => {
    if (!firstAt.has(s)) firstAt.set(s, k + 1);
  });
  return people.map((p, i) => {
    const s = shown[i];
    const { rank: _old, ...rest } = p;
    if (s === null || s === undefined) return rest;
    return { ...rest, rank: firstAt.get(s)! };
  });
}

function personKey(p: PersonResult): { key: string; label: string; value: string } | null {
  if (p.id) return { key: `id:${cleanText(p.id).toLowerCase()}`, label: '工号', value: p.id };
  if (p.name) return { key: `name:${cleanText(p.name)}`, label: '姓名', value: p.name };
  return null;
}

/** A duplicate 工号 is shown at the 工号 cell, where it is fixed; a duplicate name at the name. */
function keyAt(form: FormDef, person: PersonEntries, label: string): PersonEntries['at'] {
  const idField = label === '工号' ? form.header.concat(form.footer ?? []).find((f) => f.role === 'id') : undefined;
  const cell = idField ? person.headerCells?.get(idField.id) : undefined;
  return cell ? { ...person.at, cell } : person.at;
}

/**
 * Scores people one at a time, so a caller can drop each person's entries as soon as they are scored (a roster
 * of 50,000 never holds every person's entries and every result at once). `finish` gives what scoreForm gives.
 */
export class FormScorer {
  private readonly results: PersonResult[] = [];
  private readonly seen = new Map<string, { person: PersonResult; at: PersonEntries['at'] }>();
  constructor(private readonly form: FormDef) {}

  /** Scores `person` and keeps its result (returned: the caller may compact it in place, not change it). */
  add(person: PersonEntries): PersonResult {
    const form = this.form;
    const r = scorePerson(form, person);
    const k = personKey(r);
    if (!k) {
      this.results.push(r);
      return r;
    }
    const first = this.seen.get(k.key);
    const at = keyAt(form, person, k.label);
    if (!first) {
      this.seen.set(k.key, { person: r, at });
      this.results.push(r);
      return r;
    }
    const here = where(at);
    const there = where(first.at);
    const message = `${here ? `${here}:` : ''}${k.label}「${k.value}」重复${there ? `,已在 ${there} 出现` : ''}${first.person.name ? `(${first.person.name})` : ''},本条不计分`;
    const p = problem('error', 'duplicate-person', message, at, { expected: `${k.label}唯一`, actual: k.value });
    if (r.name) p.person = r.name;
    const settled = settle(form, { ...r, problems: [...r.problems, p] });
    this.results.push(settled);
    return settled;
  }

  finish(): FormScore {
    const results = rank(this.results);
    this.results.length = 0;
    this.seen.clear();
    const problems = results.flatMap((r) => r.problems);
    if (results.length === 0) problems.push(problem('error', 'no-people', '没有找到任何被考核人'));
    const bands = emptyBandCounts(mainGrading(this.form).scale);
    for (const r of results) if (r.status === 'scored' && r.band !== null) bands[r.band] = (bands[r.band] ?? 0) + 1;
    return { people: results, problems, bands };
  }
}

export function scoreForm(form: FormDef, people: readonly PersonEntries[]): FormScore {
  const scorer = new FormScorer(form);
  for (const p of people) scorer.add(p);
  return scorer.finish();
}
