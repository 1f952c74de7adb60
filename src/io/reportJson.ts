import { problemJson } from '../model/problemJson.js';
import type { GradeReport } from './outcome.js';
import type { GradeResult } from '../model/result.js';
import { parseMonth } from '../engine/period.js';

export { problemJson };

/** The --json contract scripts rely on; extra fields may be added, none removed or renamed. */
export function scoreJson(r: GradeReport) {
  return {
    form: r.form,
    formVersion: r.formVersion,
    ...(r.subject ? { subject: r.subject } : {}),
    input: r.input,
    ...(r.inputs ? { inputs: r.inputs } : {}),
    output: r.output,
    layout: r.layout,
    ...(r.encoding ? { encoding: r.encoding } : {}),
    ...(r.delimiter ? { delimiter: r.delimiter } : {}),
    ...(r.data ? { data: r.data } : {}),
    // The month 汇总 is labelled with (--period, else the forms'), as YYYY-MM: a script running --period on a stale file
    // could not see which month it got. A month without its year (「3月」) or none: absent.
    ...monthOf(r.period),
    people: r.people.map(personJson),
    bands: r.bands,
    // Record forms (rows are records): rows read, the groupings, and every group with its key, figures, band and explanation.
    ...(r.records ? { records: r.records } : {}),
    ...(r.groupings ? { groupings: r.groupings } : {}),
    ...(r.groups
      ? {
          groups: r.groups.map((g) => ({
            grouping: g.grouping,
            key: g.key,
            keyText: g.keyText,
            rows: g.rows,
            errorRows: g.errorRows,
            figures: g.figures,
            band: g.band,
            ...(g.bandData ? { bandData: g.bandData } : {}),
            status: g.status,
            explanation: g.explanation,
            ...(g.change ? { change: g.change } : {}),
            problems: g.problems.map(problemJson),
          })),
        }
      : {}),
    ...(r.previous ? { previous: r.previous } : {}),
    ...(r.distribution ? { distribution: r.distribution } : {}),
    problems: r.problems.map(problemJson),
  };
}

function monthOf(period: string | undefined): { period?: string } {
  const month = period ? parseMonth(period) : null;
  return month ? { period: month } : {};
}

/** One person in the --json contract. */
export function personJson(p: GradeReport['people'][number]) {
  return {
    id: p.id,
    name: p.name,
    department: p.department,
    // total: the form's figure as the catalog reports it (the 100-point total for every form on 100, 92.2 for
    // §4 whose bonus part can take it above 100); rawTotal: its points before the 100-point scale (§26: 32 of 40).
    total: p.total,
    rawTotal: p.points,
    total100: p.total100,
    outOf: p.outOf,
    band: p.band,
    ...(p.bandData ? { bandData: p.bandData } : {}),
    ...(p.grades ? { grades: Object.fromEntries(p.grades.map((g) => [g.label, gradeJson(g)])) } : {}),
    ...(p.pay ? { pay: p.pay } : {}),
    rank: p.rank ?? null,
    status: p.status,
    parts: Object.fromEntries(p.parts.map((x) => [x.id, x.score])),
    items: p.items.map((i) => ({ id: i.id, label: i.label, score: i.score, max: i.max, explanation: i.explanation })),
    explanation: p.explanation,
    problems: p.problems.map(problemJson),
  };
}

/**
 * `JSON.stringify(scoreJson(r), null, 2)` and a newline, written piece by piece: the people one at a time, so
 * that 50,000 people's JSON (90 MB of text) is never one string. JSON text has no raw line break inside a
 * string, so the people key is found at its indentation, and each person's lines are indented one level more.
 */
export function writeScoreJson(write: (text: string) => void, r: GradeReport): void {
  const text = JSON.stringify(scoreJson({ ...r, people: [] }), null, 2);
  const key = '\n  "people": [';
  const at = text.indexOf(`${key}]`);
  if (at < 0 || !r.people.length) {
    write(`${text}\n`);
    return;
  }
  let chunk = `${text.slice(0, at + key.length)}\n`;
  r.people.forEach((p, i) => {
    chunk += `    ${JSON.stringify(personJson(p), null, 2).replace(/\n/g, '\n    ')}${i < r.people.length - 1 ? ',' : ''}\n`;
    if (chunk.length >= 64 * 1024) {
      write(chunk);
      chunk = '';
    }
  });
  write(`${chunk}  ]${text.slice(at + key.length + 1)}\n`);
}

function gradeJson(g: GradeResult) {
  return { value: g.value, computed: g.computed, ...(g.typed !== undefined ? { typed: g.typed } : {}), ...(g.data ? { data: g.data } : {}) };
}

/**
 * The {"error": …} of --json for a run that could not run with no problem of the catalogue to show (a usage error,
 * a batch that cannot start): the fields of problemJson, null where there is nothing to say.
 */
export function errorJson(code: string, message: string, file?: string) {
  return { error: { severity: 'error' as const, code, sheet: null, cell: null, person: null, message, ...(file !== undefined ? { file } : {}) } };
}
