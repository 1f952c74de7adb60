import type { ProblemCode } from './problems/catalog.js';
import type { Severity } from './problems/spec.js';

// A problem is a value: a code, its structured fields, where it is and the sentence rendered from the catalogue
// (src/model/problems/catalog.ts), where the codes, their fields and their sentences are defined; problem()
// in src/model/problems/index.ts makes one.
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

export { where } from './problems/fields.js';
