import type { Location } from './entries.js';

import type { ProblemCode } from './problems/catalog.js';
import type { Severity } from './problems/spec.js';

// The codes, their fields and their sentences are one catalogue: src/model/problems/catalog.ts.
export type { ProblemCode, Severity };

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
  /** The code's structured fields (src/model/problems/catalog.ts); absent in problems read back from older manifests. */
  params?: Record<string, unknown>;
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
