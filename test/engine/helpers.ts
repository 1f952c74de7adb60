// Builders for engine tests: inline definitions, people, and a direct call into one rule.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FormDef, InputDef, ItemDef, RuleDef } from '../../src/model/definition.js';
import { entryKey, type PersonEntries, type RawEntry, type RawValue } from '../../src/model/entries.js';
import type { Problem } from '../../src/model/problem.js';
import { applyRule, inputValues, type RuleOutcome } from '../../src/engine/rules/index.js';
import type { Value } from '../../src/engine/values.js';
import { scopedProblem, type SlotScope } from '../../src/engine/locate.js';

export type Cell = number | string | RawValue | null;

export function raw(v: Cell): RawValue {
  if (v === null) return { kind: 'empty' };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'string') return { kind: 'text', value: v };
  return v;
}

/**
 * A person from compact cells: key "item.input", "item.input@rater" or "item.input@rater#slot";
 * the cell address is given or made up (B2, B3, …) on sheet "3月".
 */
export function person(header: Record<string, string>, cells: Array<[string, Cell] | [string, Cell, string]>, sheet = '3月'): PersonEntries {
  const entries = new Map<string, RawEntry>();
  cells.forEach(([key, value, cell], i) => {
    const m = /^([^.]+)\.([^@]+)(?:@([^#]+)(?:#(\d+))?)?$/.exec(key);
    if (!m) throw new Error(`bad cell key ${key}`);
    const [, item, input, rater = '', slot = '1'] = m;
    entries.set(entryKey(item!, input!, rater, Number(slot)), { raw: raw(value), at: { sheet, cell: cell ?? `B${i + 2}` } });
  });
  return { header: new Map(Object.entries(header)), entries, at: { sheet } };
}

export function item(id: string, label: string, max: number, inputs: InputDef[], rule: RuleDef, extra: Partial<ItemDef> = {}): ItemDef {
  return { id, label, max, inputs, rule, ...extra };
}

export function form(parts: FormDef['parts'], extra: Partial<FormDef> = {}): FormDef {
  return {
    id: 'test',
    title: '测试表',
    version: '1.0.0',
    header: [
      { id: 'name', label: '姓名', role: 'name', required: true },
      { id: 'employeeId', label: '工号', role: 'id' },
      { id: 'department', label: '部门', role: 'department' },
    ],
    parts,
    combine: { kind: 'sum' },
    grades: { bands: [{ min: 90, label: '优秀' }, { min: 80, label: '良好' }, { min: 60, label: '一般' }, { label: '待改进' }] },
    ...extra,
  };
}

/** Runs an item's rule on already-checked values, as the engine does after reading the cells. */
/** null stands for an empty cell: an optional number reads as its default (0 unless the definition says), text and choices as null. */
function emptyValue(it: ItemDef, id: string): Value {
  const input = it.inputs.find((i) => i.id === id);
  return input && (input.type === 'number' || input.type === 'integer' || input.type === 'percent') ? (input.default ?? 0) : null;
}

export function runRule(it: ItemDef, values: Record<string, Value>): RuleOutcome {
  const scope: SlotScope = { item: it, rater: '', person: '张三', personAt: { sheet: '3月' } };
  const cells = new Map(Object.keys(values).map((id, i) => [id, { sheet: '3月', cell: `C${i + 2}` }]));
  return applyRule({
    rule: it.rule,
    item: it,
    values: inputValues(
      it,
      new Map(Object.entries(values).map(([id, v]) => [id, v ?? emptyValue(it, id)])),
      new Set(Object.keys(values).filter((id) => values[id] === null)),
      undefined,
      new Set(Object.keys(values).filter((id) => typeof values[id] === 'string' && /^\s*x\s*$/i.test(values[id] as string))),
    ),
    report: (code, inputId, params, severity) =>
      scopedProblem(scope, code, params, it.inputs.find((i) => i.id === inputId), inputId ? cells.get(inputId) : undefined, severity),
  });
}

export const codes = (problems: readonly Problem[]) => problems.map((p) => p.code);

const templates = fileURLToPath(new URL('../../templates/', import.meta.url));

/** A shipped definition, or undefined when it is not there yet. */
export function template(id: string): FormDef | undefined {
  const file = `${templates}${id}.json`;
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FormDef) : undefined;
}
