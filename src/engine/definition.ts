// Questions the engine, the readers and the templates ask of a definition: an item's role and label, the
// subject noun, which rater groups fill an item. Pure functions of the definition.
import type { FormDef, ItemDef, ItemRole, PartDef, RaterDef } from '../model/definition.js';

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
