// Who and where a problem is about: "3月!E7:「工作纪律·旷工」…".
import type { InputDef, ItemDef } from '../model/definition.js';
import type { Location } from '../model/entries.js';
import { problem, where, type Problem, type ProblemCode, type Severity } from '../model/problem.js';

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

/** 「工作纪律·旷工」, 「客户回访·上级」, 「表格管理」: the input part only when the item has several inputs. */
export function subject(scope: Pick<SlotScope, 'item' | 'rater'>, input?: InputDef): string {
  const parts = [scope.item.label];
  if (input && scope.item.inputs.length > 1) parts.push(input.label);
  if (scope.rater) parts.push(scope.rater);
  return `「${parts.join('·')}」`;
}

export interface ProblemExtra {
  expected?: string;
  actual?: string;
}

/** A problem about one input (or the whole item when input is undefined), located at `at` or at the person. */
export function scopedProblem(
  scope: SlotScope,
  severity: Severity,
  code: ProblemCode,
  body: string,
  input: InputDef | undefined,
  at: Location | undefined,
  extra: ProblemExtra = {},
): Problem {
  const loc = at && (at.sheet || at.cell || at.file) ? at : scope.personAt;
  const place = where(loc);
  const message = `${place ? `${place}:` : ''}${subject(scope, input)}${body}`;
  const p = problem(severity, code, message, loc, { item: scope.item.label, ...extra });
  if (scope.person) p.person = scope.person;
  if (loc.file === undefined && scope.personAt.file !== undefined) p.file = scope.personAt.file;
  return p;
}
