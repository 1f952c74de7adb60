import type { Problem } from '../forms/problem.js';
import type { GradeReport } from '../io/outcome.js';

/** The --json contract scripts rely on; extra fields may be added, none removed or renamed. */
export function scoreJson(r: GradeReport) {
  return {
    form: r.form,
    formVersion: r.formVersion,
    input: r.input,
    output: r.output,
    layout: r.layout,
    ...(r.encoding ? { encoding: r.encoding } : {}),
    ...(r.delimiter ? { delimiter: r.delimiter } : {}),
    people: r.people.map((p) => ({
      id: p.id,
      name: p.name,
      department: p.department,
      total: p.total100,
      rawTotal: p.total,
      band: p.band,
      rank: p.rank ?? null,
      status: p.status,
      parts: Object.fromEntries(p.parts.map((x) => [x.id, x.score])),
      items: p.items.map((i) => ({ id: i.id, label: i.label, score: i.score, max: i.max, explanation: i.explanation })),
      explanation: p.explanation,
      problems: p.problems.map(problemJson),
    })),
    bands: r.bands,
    problems: r.problems.map(problemJson),
  };
}

export function problemJson(p: Problem) {
  return {
    severity: p.severity,
    code: p.code,
    sheet: p.sheet ?? null,
    cell: p.cell ?? null,
    person: p.person ?? null,
    message: p.message,
    ...(p.item ? { item: p.item } : {}),
    ...(p.file ? { file: p.file } : {}),
    ...(p.expected ? { expected: p.expected } : {}),
    ...(p.actual !== undefined ? { actual: p.actual } : {}),
  };
}
