import type { Problem } from './problem.js';

/**
 * A problem as --json and batch-report.json give it: severity, code, sheet, cell, person and message always (null where
 * there is nothing to say — a script reads p.cell of any problem), then what the problem has of the rest.
 */
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
    // Added in 0.2: the code's structured fields (src/model/problems/catalog.ts), e.g. { accepts: { type, min, max }, value }.
    ...(p.params ? { params: p.params } : {}),
  };
}
