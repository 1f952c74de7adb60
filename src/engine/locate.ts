// Who and where a problem is about: "3月!E7:「工作纪律·旷工」…".
import type { InputDef, ItemDef } from '../model/definition.js';
import type { Location } from '../model/entries.js';
import type { Problem } from '../model/problem.js';
import { problem, type ParamsOf, type ProblemCode, type Severity, type Subject } from '../model/problems/index.js';

/** One rater slot of one item of one person: the scope every value is read in. */
export interface SlotScope {
  item: ItemDef;
  /** Rater label shown to people ("上级", "同事评2"); '' when the form or item has no raters. */
  rater: string;
  /** The person's name, when known. */
  person?: string;
  /** Where the person was found, used when a value has no cell of its own. */
  personAt: Location;
}

/** A code's fields without the subject, which the scope supplies. */
export type ScopedParams<C extends ProblemCode> = ParamsOf<C> extends infer P ? (P extends unknown ? Omit<P, keyof Subject> : never) : never;

/** Item, input (only when the item has several) and rater of a scope: the 「工作纪律·旷工·上级」 of a message. */
export function subjectOf(scope: Pick<SlotScope, 'item' | 'rater'>, input?: InputDef): Subject {
  const s: Subject = { item: scope.item.label };
  if (input && scope.item.inputs.length > 1) s.input = input.label;
  if (scope.rater) s.rater = scope.rater;
  return s;
}

/** A problem about one input (or the whole item when input is undefined), located at `at` or at the person. */
export function scopedProblem<C extends ProblemCode>(
  scope: SlotScope,
  code: C,
  params: ScopedParams<C>,
  input: InputDef | undefined,
  at: Location | undefined,
  severity?: Severity,
): Problem {
  const loc = at && (at.sheet || at.cell || at.file) ? at : scope.personAt;
  // Assigned onto the subject, not spread into a literal: optimised code gave every spread copy a hidden class of its
  // own (src/model/copy.ts), 180 bytes more for each of a large roster's 25,000 warnings.
  const fields = Object.assign(subjectOf(scope, input), params) as ParamsOf<C>;
  const p = problem(code, fields, loc, { item: scope.item.label, ...(severity ? { severity } : {}) });
  if (scope.person) p.person = scope.person;
  if (loc.file === undefined && scope.personAt.file !== undefined) p.file = scope.personAt.file;
  return p;
}
