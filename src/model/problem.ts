import type { Location } from './location.js';

// One closed catalogue of problem codes; console, --json, the 问题 sheet and cell notes all render
// the same Problem value.
export type ProblemCode =
  // entries
  | 'required'
  | 'not-a-number'
  | 'not-an-integer'
  | 'out-of-range'
  | 'unknown-choice'
  | 'bad-list'
  | 'reason-required'
  | 'formula-without-result'
  | 'error-value'
  | 'boolean-value'
  | 'date-value'
  | 'ratio-above-one'
  | 'zero-denominator'
  | 'missing-rater'
  | 'rater-spread'
  | 'header-missing'
  | 'duplicate-person'
  | 'no-people'
  | 'unknown-column'
  | 'item-not-found'
  | 'override'
  | 'not-applicable'
  | 'ambiguous-percent'
  | 'pay-missing'
  | 'skipped-row'
  | 'hidden-sheet'
  // months, periods, raters in separate files, distribution limits
  | 'month-unknown'
  | 'month-duplicate'
  | 'period-mixed'
  | 'period-incomplete'
  | 'form-mixed'
  | 'month-missing'
  | 'name-ambiguous'
  | 'distribution-limit'
  | 'rater-duplicate'
  | 'rater-unknown'
  // files
  | 'file-unreadable'
  | 'file-kind'
  | 'file-empty'
  | 'file-encrypted'
  | 'bad-encoding'
  | 'form-unknown'
  | 'definition-invalid'
  | 'too-large'
  | 'xml-entities'
  | 'output-exists'
  | 'content-dropped'
  | 'output-failed'
  // figures joined from an export (§11)
  | 'data-missing'
  | 'data-duplicate'
  | 'data-unmatched';

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  message: string;
  file?: string;
  sheet?: string;
  cell?: string;
  person?: string;
  item?: string;
  expected?: string;
  actual?: string;
}

export function problem(
  severity: Severity,
  code: ProblemCode,
  message: string,
  at: Location = {},
  extra: Partial<Omit<Problem, 'severity' | 'code' | 'message'>> = {},
): Problem {
  const p: Problem = { severity, code, message };
  if (at.file !== undefined) p.file = at.file;
  if (at.sheet !== undefined) p.sheet = at.sheet;
  if (at.cell !== undefined) p.cell = at.cell;
  return { ...p, ...extra };
}

/** "3月!E7" or "3月" or "" — how a person finds the place in a spreadsheet. */
export function where(p: Pick<Problem, 'sheet' | 'cell'>): string {
  if (p.sheet && p.cell) return `${p.sheet}!${p.cell}`;
  return p.sheet ?? p.cell ?? '';
}
