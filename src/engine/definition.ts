// Questions the engine, the readers and the templates ask of a definition: an item's role and label, the
// subject noun, which rater groups fill an item. Pure functions of the definition.
import type { FormDef, InputDef, ItemDef, ItemRole, PartDef, RaterDef } from '../model/definition.js';
import { appendTo } from '../model/groups.js';

/** An item's role: its own, its part's, `adjustment` for the adjustment rule (the first format), else score. */
export function roleOf(part: PartDef | undefined, item: ItemDef): ItemRole {
  if (item.role) return item.role;
  if (item.rule.kind === 'adjustment') return 'adjustment';
  return part?.role ?? 'score';
}

/** The label an item carries for a person whose variant field holds `variant` (§28: 销售部 → 销售过程服务满意度). */
export function variantLabel(item: ItemDef, variant: string | undefined): string {
  if (!variant || !item.variants) return item.label;
  return item.variants[variant]?.label ?? item.label;
}

/**
 * The name messages, 明细 and explanations give an item: its label, with its part's before it when an item of another
 * part has the same label (§4: 日常行为 in 团队/纪律 and in 超预期表现 → 「超预期表现·日常行为」), as roster headings name it.
 */
export function itemShownLabel(form: FormDef, part: PartDef, item: ItemDef): string {
  return sharedItemLabels(form).has(item.label) ? `${part.label}·${item.label}` : item.label;
}

/**
 * The item labels two or more items of a form share, each with the labels of those items' parts, in order; built once per
 * definition (asked for every item of every person, and on every row tried when a form is guessed).
 */
export function sharedItemLabels(form: FormDef): ReadonlyMap<string, string[]> {
  let shared = sharedLabels.get(form);
  if (!shared) {
    const partsOf = new Map<string, string[]>();
    for (const part of form.parts) for (const item of part.items) appendTo(partsOf, item.label, part.label);
    sharedLabels.set(form, (shared = new Map([...partsOf].filter(([, parts]) => parts.length > 1))));
  }
  return shared;
}

const sharedLabels = new WeakMap<FormDef, Map<string, string[]>>();

/** An item scored on a rate or its counts (§28 满意度, or 满意数 and 调查数): the ids of the two ways to fill it. */
export function rateOrCounts(item: ItemDef): { rate: string; counts: [string, string] } | undefined {
  const { rule } = item;
  if (rule.kind !== 'achievement' || typeof rule.actual !== 'object' || rule.actual.rate === undefined) return undefined;
  return { rate: rule.actual.rate, counts: [rule.actual.numerator, rule.actual.denominator] };
}

/**
 * `inputId` is one way to fill an item of a rate or its counts, and the other way is all there (`has`): its own
 * column or row may be left out of a roster or form sheet.
 */
export function otherWayPresent(item: ItemDef, inputId: string, has: (inputId: string) => boolean): boolean {
  const either = rateOrCounts(item);
  if (!either) return false;
  const other = inputId === either.rate ? either.counts : either.counts.includes(inputId) ? [either.rate] : null;
  return other !== null && other.every(has);
}

/**
 * The input a heading or row naming the item alone fills: the item's only input (or only one beside optional notes), the rate of an item scored on a
 * rate or its counts (§28 「客户满意度」 is its 满意度; 满意数/调查数 are named in full), or the score typed straight in
 * when nothing else is required (§12 「员工的工作效率」 is its 得分; 电话接听量 … are named in full).
 */
export function soleInput(item: ItemDef): InputDef | undefined {
  if (item.inputs.length === 1) return item.inputs[0];
  // Beside an optional note (§2 「员工基本标准」 is its 不符合项数, not its 备注): the one input that counts, when it must
  // be filled. An optional one (§8 其它's 奖惩分) is not what a column headed 「其它」 holds: often the team's remarks.
  const counted = item.inputs.filter((i) => i.type !== 'text');
  if (counted.length === 1 && !counted[0]!.optional && item.inputs.every((i) => i === counted[0] || i.optional)) return counted[0];
  const rule = item.rule;
  if (rule.kind === 'band') {
    const required = item.inputs.filter((i) => !i.optional);
    if (required.length === 1 && required[0]!.id === rule.input) return required[0];
  }
  const either = rateOrCounts(item);
  return either && item.inputs.find((i) => i.id === either.rate);
}

/** Subject noun for messages: 被考核人 by default, the definition's own (管理处, 团队) otherwise. */
export function subjectLabel(form: FormDef): string {
  return form.subject?.label ?? '被考核人';
}

/**
 * The rater groups that fill an item: null when the form has no raters or the item says 'none' (entries carry no
 * rater); the item's own list, else its part's, else every group of the form.
 */
export function raterGroups(form: FormDef, item: ItemDef, part?: PartDef): RaterDef[] | null {
  if (!form.raters || item.raters === 'none') return null;
  const ids = Array.isArray(item.raters) ? item.raters : part?.raters ?? partOf(form, item)?.raters;
  return ids ? form.raters.filter((r) => ids.includes(r.id)) : form.raters;
}

function partOf(form: FormDef, item: ItemDef): PartDef | undefined {
  return form.parts.find((p) => p.items.includes(item) || p.items.some((i) => i.id === item.id));
}
