import type { FormDef, HeaderField, InputDef, ItemDef, RaterDef } from '../forms/types.js';
import { labelKey } from './normalize.js';
import { raterGroups } from '../forms/expand.js';

export type ColumnTarget =
  | { kind: 'header'; field: HeaderField }
  | { kind: 'entry'; item: ItemDef; input: InputDef; rater: RaterDef | null; slot: number };

const MAX_SLOTS = 20;

/**
 * Every heading a roster column may carry for this form, keyed by labelKey: 「项目·输入」, 「项目·输入·评分人」,
 * 「项目·评分人」 for single-input items, aliases and ids in any of those places, rater slots 「同事评2」.
 * A heading that two targets could claim is dropped rather than guessed.
 */
export function columnDictionary(form: FormDef): Map<string, ColumnTarget> {
  const dict = new Map<string, ColumnTarget>();
  const ambiguous = new Set<string>();
  const put = (key: string, target: ColumnTarget) => {
    if (!key || ambiguous.has(key)) return;
    const existing = dict.get(key);
    if (existing && !sameTarget(existing, target)) {
      dict.delete(key);
      ambiguous.add(key);
      return;
    }
    dict.set(key, target);
  };
  const headerKeys = new Set<string>();
  for (const field of form.header.concat(form.footer ?? [])) {
    for (const name of [field.label, ...(field.aliases ?? [])]) {
      put(labelKey(name), { kind: 'header', field });
      headerKeys.add(labelKey(name));
    }
  }
  // An input named alone (「旷工」) is accepted when no other input or header shares the name.
  const inputNameCount = new Map<string, number>();
  for (const item of items(form)) {
    for (const input of item.inputs) {
      for (const n of new Set(names(input).map(labelKey))) inputNameCount.set(n, (inputNameCount.get(n) ?? 0) + 1);
    }
  }
  const primary = [...(form.raters ?? [])].filter((r) => r.required && r.weight > 0 && !r.multiple).sort((a, b) => b.weight - a.weight)[0];
  for (const item of items(form)) {
    const raters: Array<RaterDef | null> = raterGroups(form, item) ?? [null];
    const single = item.inputs.length === 1;
    for (const input of item.inputs) {
      for (const rater of raters) {
        for (const { texts, slot } of raterVariants(rater)) {
          const target: ColumnTarget = { kind: 'entry', item, input, rater, slot };
          for (const it of itemNames(form, item).map(labelKey)) {
            const inputNames = names(input).map(labelKey);
            for (const r of texts) {
              for (const inp of inputNames) {
                put(it + inp + r, target);
                put(it + r + inp, target);
                put(r + it + inp, target);
              }
              if (single) {
                put(it + r, target);
                put(r + it, target);
                // 「客户信息管理」 with no rater named: the rater whose entry counts (上级, 主管评).
                if (rater && rater === primary) put(it, target);
              }
            }
          }
          for (const inp of names(input).map(labelKey)) {
            if (inputNameCount.get(inp) === 1 && !headerKeys.has(inp)) {
              for (const r of texts) {
                put(inp + r, target);
                if (r) put(r + inp, target);
              }
            }
          }
        }
      }
    }
  }
  return dict;
}

export function items(form: FormDef): ItemDef[] {
  return form.parts.flatMap((p) => p.items);
}

/**
 * The names a roster heading may give an item. An item whose name another part shares (§4: 日常行为 in 个人绩效 and in
 * 超预期表现) is named with its part: 「超预期表现·日常行为」; its id stays unique.
 */
export function itemNames(form: FormDef, item: ItemDef): string[] {
  const part = form.parts.find((p) => p.items.includes(item));
  if (!part || !sharedLabel(form, item)) return names(item);
  return [...[item.label, ...(item.aliases ?? [])].map((n) => `${part.label}·${n}`), item.id];
}

function sharedLabel(form: FormDef, item: ItemDef): boolean {
  return form.parts.some((p) => p.items.some((i) => i !== item && i.label === item.label));
}

/** The label a heading prints for an item: 「超预期表现·日常行为」 when another part has an item of the same name. */
export function itemHeading(form: FormDef | undefined, item: ItemDef): string {
  return form ? itemNames(form, item)[0]! : item.label;
}

function names(x: { id: string; label: string; aliases?: string[] }): string[] {
  return [x.label, ...(x.aliases ?? []), x.id];
}

/** The texts that name a rater slot: 「上级」, 「同事评2」, 「同事2」; '' when the form has no raters. */
function raterVariants(rater: RaterDef | null): Array<{ texts: string[]; slot: number }> {
  if (!rater) return [{ texts: [''], slot: 1 }];
  const base = names(rater).map(labelKey);
  if (!rater.multiple) return [{ texts: base, slot: 1 }];
  const out: Array<{ texts: string[]; slot: number }> = [];
  for (let slot = 1; slot <= MAX_SLOTS; slot++) {
    const texts = base.map((b) => `${b}${slot}`);
    if (slot === 1) texts.push(...base);
    out.push({ texts, slot });
  }
  return out;
}

function sameTarget(a: ColumnTarget, b: ColumnTarget): boolean {
  if (a.kind === 'header' || b.kind === 'header') return a.kind === 'header' && b.kind === 'header' && a.field === b.field;
  return a.item === b.item && a.input === b.input && a.rater === b.rater && a.slot === b.slot;
}

/** The heading a template prints for a roster column. */
export function columnHeading(item: ItemDef, input: InputDef, rater: RaterDef | null, slot: number, form?: FormDef): string {
  const parts = [itemHeading(form, item)];
  if (item.inputs.length > 1) parts.push(input.label);
  if (rater) parts.push(rater.multiple ? `${rater.label}${slot}` : rater.label);
  return parts.join('·');
}
