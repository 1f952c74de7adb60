// What every rule kind receives and returns. A rule is pure: checked values in, a score and its explanation out.
import type { ChoiceDef, InputDef, ItemDef, RuleDef } from '../../model/definition.js';
import type { Problem } from '../../model/problem.js';
import type { ProblemCode, Severity } from '../../model/problems/index.js';
import type { Value } from '../values.js';
import type { ScopedParams } from '../locate.js';
import type { JsonSchema } from './schemaBits.js';

/** A definition that names an input the item lacks, or an input of the wrong type for the rule. */
export class DefinitionError extends Error {}

/** The checked values of one rater slot, by input id. */
export interface InputValues {
  def(id: string): InputDef;
  number(id: string): number;
  list(id: string): number[];
  choice(id: string): ChoiceDef | null;
  text(id: string): string | null;
  /** Whatever the input holds (checklist reads choice, text and number inputs alike). */
  value(id: string): Value;
  /** The input's cell held something (an optional input left empty reads as its default, see values.ts). */
  filled(id: string): boolean;
  /**
   * The word of a cell read as empty (「/」「-」「无」「N/A」 in an optional input, values.ts), null for none: a checklist
   * box judges it as a required box does (不适用 where allowed, 「N/A」 an error where not).
   */
  emptyWord(id: string): string | null;
  /** The cell holds the letter x (not ×): a tick on English forms, a cross on Chinese ones (checklist says which it is). */
  letterX(id: string): boolean;
  /** The number was typed positive under a heading of points taken off and read as its negative (RawValue deducted). */
  deducted(id: string): boolean;
}

/** Makes a located problem about one input of the item (the input's cell, or the person's sheet) from its fields. */
export type Report = <C extends ProblemCode>(code: C, inputId: string | undefined, params: ScopedParams<C>, severity?: Severity) => Problem;

export interface RuleArgs<R extends RuleDef = RuleDef> {
  rule: R;
  item: ItemDef;
  values: InputValues;
  report: Report;
}

export interface RuleOutcome {
  /** null when the rule found an error that leaves no score (e.g. a zero denominator). */
  score: number | null;
  /** Checkable by a person: 回访率 45/50 = 90% × 20 = 18. */
  explanation: string;
  problems: Problem[];
}

export type Rule<K extends RuleDef['kind']> = (args: RuleArgs<Extract<RuleDef, { kind: K }>>) => RuleOutcome;

export type RuleOf<K extends RuleDef['kind']> = Extract<RuleDef, { kind: K }>;

/**
 * A rule kind is one self-describing module: the schema of its parameters, the inputs it reads (and of which
 * types), the checks the schema cannot say, how it scores and explains, how it reads in plain Chinese, and the
 * problem codes it may report. Adding a kind is one module plus its entry in the registry (rules/index.ts).
 */
export interface RuleKind<K extends RuleDef['kind']> {
  kind: K;
  /** Chinese name used by `kpi forms <id>`. */
  title: string;
  /** JSON schema of the whole rule object (form.schema.json is assembled from these). */
  schema: JsonSchema;
  /** Inputs the rule reads, with the input types each accepts. */
  inputs(rule: RuleOf<K>): Array<[string, InputDef['type'][]]>;
  /** What the schema cannot say (minEach ≤ maxEach …): messages, empty when fine. */
  check?(rule: RuleOf<K>, item: ItemDef): string[];
  score: Rule<K>;
  /** How the score is made, in plain Chinese (项目「…」: …). */
  describe(rule: RuleOf<K>, item: ItemDef): string;
  /** Problem codes the rule itself may report (besides reading the inputs). */
  codes: ProblemCode[];
}

/** `blank`: inputs whose cells were empty (optional ones, read as their default). */
export function inputValues(item: ItemDef, values: ReadonlyMap<string, Value>, blank: ReadonlySet<string> = NO_IDS, emptyWords: ReadonlyMap<string, string> = NO_WORDS, letterX: ReadonlySet<string> = NO_IDS, deducted: ReadonlySet<string> = NO_IDS): InputValues {
  return new SlotValues(item, values, blank, emptyWords, letterX, deducted);
}

const NO_IDS: ReadonlySet<string> = new Set();
const NO_WORDS: ReadonlyMap<string, string> = new Map();

/**
 * One slot's values. A class, not an object of closures: made for every item of every person (400,000 for a roster of
 * 50,000), ten closures each were 280 MB of garbage.
 */
class SlotValues implements InputValues {
  constructor(
    private readonly item: ItemDef,
    private readonly values: ReadonlyMap<string, Value>,
    private readonly blank: ReadonlySet<string>,
    private readonly emptyWords: ReadonlyMap<string, string>,
    private readonly letterXs: ReadonlySet<string>,
    private readonly deductedIds: ReadonlySet<string>,
  ) {}

  def(id: string): InputDef {
    const input = this.item.inputs.find((i) => i.id === id);
    if (!input) throw new DefinitionError(`项目「${this.item.label}」(${this.item.id})的规则引用了不存在的输入「${id}」`);
    return input;
  }

  private typed<T>(id: string, types: InputDef['type'][], what: string): T {
    const input = this.def(id);
    if (!types.includes(input.type)) {
      throw new DefinitionError(`项目「${this.item.label}」(${this.item.id})的输入「${id}」类型为 ${input.type},规则需要${what}`);
    }
    return this.values.get(id) as T;
  }

  number(id: string): number {
    return this.typed<number>(id, NUMBER_TYPES, '数值');
  }

  list(id: string): number[] {
    return this.typed<number[]>(id, ['list'], '列表');
  }

  choice(id: string): ChoiceDef | null {
    return this.typed<ChoiceDef | null>(id, ['choice'], '选项');
  }

  text(id: string): string | null {
    return this.typed<string | null>(id, ['text'], '文字');
  }

  value(id: string): Value {
    this.def(id);
    return this.values.get(id) ?? null;
  }

  filled(id: string): boolean {
    this.def(id);
    return !this.blank.has(id);
  }

  emptyWord(id: string): string | null {
    this.def(id);
    return this.emptyWords.get(id) ?? null;
  }

  letterX(id: string): boolean {
    this.def(id);
    return this.letterXs.has(id);
  }

  deducted(id: string): boolean {
    this.def(id);
    return this.deductedIds.has(id);
  }
}

const NUMBER_TYPES: InputDef['type'][] = ['number', 'integer', 'percent'];

/** "达成率 92%", "出勤 3次": a number with the input's unit. */
export function withUnit(input: InputDef, v: string): string {
  if (input.type === 'percent') return `${v}%`;
  return input.unit && input.unit !== '分' ? `${v}${input.unit}` : v;
}

/** Splits a trailing parenthetical note off a label: "低于80%(源表…按0分)" → ["低于80%", "(源表…按0分)"]. */
export function splitNote(label: string): [string, string] {
  const m = /^(.*?)([((][^()()]*[))])$/.exec(label);
  return m && m[1] !== '' ? [m[1]!, m[2]!] : [label, ''];
}

export const NUMERIC: InputDef['type'][] = ['number', 'integer', 'percent'];

/** An input's label for descriptions, or its id when the item lacks it (a definition error reported elsewhere). */
export function inputName(item: ItemDef, id: string): string {
  return item.inputs.find((i) => i.id === id)?.label ?? id;
}
