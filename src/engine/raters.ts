// Rater groups per item: each slot scored by the item's rule, groups averaged, then weighted.
import type { FormDef, ItemDef, PartDef, RaterDef } from '../model/definition.js';
import { slotLabelKey, type PersonEntries } from '../model/entries.js';
import type { Problem } from '../model/problem.js';
import type { ItemResult, RaterScore } from '../model/result.js';
import { formatScore, tidyOrNull } from '../model/round.js';
import { raterGroups } from './definition.js';
import { scopedProblem, type SlotScope } from './locate.js';
import { reframe } from '../model/problems/index.js';
import { cannotScore, scoreSlot, slotEntries, type SlotOutcome } from './slot.js';
import { acceptsOf } from './values.js';

export interface ItemOutcome {
  result: ItemResult;
  problems: Problem[];
  /** Labels of weighted groups nobody of which rated this item (their weight was spread). */
  spread: string[];
}

interface GroupOutcome {
  def: RaterDef;
  slots: { slot: number; out: SlotOutcome }[];
  /** Mean of the present slots; null when absent or in error. */
  score: number | null;
}

/** The rater groups that apply to an item; empty for forms without raters and items with `raters: 'none'`. */
export function itemRaters(form: FormDef, item: ItemDef, part?: PartDef): RaterDef[] {
  return raterGroups(form, item, part) ?? [];
}

/** Slot numbers of a group: 1..slots, plus any further slot found in the entries (any number of peers). */
function slotNumbers(group: RaterDef, item: ItemDef, entries: PersonEntries['entries']): number[] {
  if (!group.multiple) return [1];
  const found = new Set<number>();
  for (let s = 1; s <= (group.slots ?? 1); s++) found.add(s);
  for (const key of entries.keys()) {
    const [itemId, , rater, slot] = key.split('\u0000');
    if (itemId === item.id && rater === group.id) found.add(Number(slot));
  }
  return [...found].filter((s) => Number.isInteger(s) && s >= 1).sort((a, b) => a - b);
}

/**
 * A mean lies between the smallest and the largest value averaged; clamp the float noise that says otherwise
 * (100 × 0.7 + 100 × 0.1 over 0.7 + 0.1 = 100.00000000000001, above the item's 100).
 */
function within(mean: number, values: readonly number[]): number {
  return Math.min(Math.max(mean, Math.min(...values)), Math.max(...values));
}

/** The item's result, built as one literal: see src/model/copy.ts for why not `{ ...base, score }`. */
function itemResult(item: ItemDef, part: PartDef, raw: number | null, explanation: string, raters?: RaterScore[]): ItemResult {
  const score = tidyOrNull(raw);
  return raters ? { id: item.id, label: item.label, partId: part.id, max: item.max, score, explanation, raters } : { id: item.id, label: item.label, partId: part.id, max: item.max, score, explanation };
}

/** 「客户2」 for a group of several, as the file heads the slot when it heads it otherwise (PersonEntries.slotLabels). */
export function slotLabel(rater: RaterDef, slot: number, person: PersonEntries): string {
  if (!rater.multiple) return rater.label;
  return person.slotLabels?.get(slotLabelKey(rater.id, slot)) ?? `${rater.label}${slot}`;
}

function slotScope(item: ItemDef, rater: string, person: PersonEntries, name?: string): SlotScope {
  return name ? { item, rater, personAt: person.at, person: name } : { item, rater, personAt: person.at };
}

export function scoreItem(form: FormDef, part: PartDef, item: ItemDef, person: PersonEntries, name?: string): ItemOutcome {
  const groups = itemRaters(form, item, part);
  if (groups.length === 0) {
    // Most forms have no raters: this path runs for every item of every person, so it makes no closures.
    const out = scoreSlot(item, person.entries, '', 1, slotScope(item, '', person, name), true, person.withheld);
    return { result: itemResult(item, part, out.score, out.explanation), problems: out.problems, spread: [] };
  }
  const result = (raw: number | null, explanation: string, raters?: RaterScore[]): ItemResult => itemResult(item, part, raw, explanation, raters);
  const scope = (rater: string): SlotScope => slotScope(item, rater, person, name);

  const allOptional = item.inputs.every((i) => i.optional);
  const outcomes: GroupOutcome[] = groups.map((def) => {
    const slots = slotNumbers(def, item, person.entries).map((slot) => {
      const label = slotLabel(def, slot, person);
      const mustScore = !!def.required && allOptional && slot === 1;
      return { slot, out: scoreSlot(item, person.entries, def.id, slot, scope(label), mustScore, person.withheld) };
    });
    const present = slots.filter((s) => s.out.present);
    const ok = present.length > 0 && present.every((s) => s.out.score !== null);
    const score = ok ? within(present.reduce((a, s) => a + s.out.score!, 0) / present.length, present.map((s) => s.out.score!)) : null;
    return { def, slots: present, score };
  });

  // A group of weight 0 (自评) is shown for reference only: its mistakes are worth a warning, not the person's total.
  const problems: Problem[] = outcomes.flatMap((g) =>
    g.slots.flatMap((s) =>
      // A rater who does not count (自评): its errors are said as such; a rounding on screen that would score otherwise
      // (shown-rounded) says nothing that reaches the total, so it is not said.
      g.def.weight > 0 ? s.out.problems : s.out.problems.filter((p) => p.code !== 'shown-rounded').map((p) => (p.severity === 'error' ? reframe(p, { notCounted: g.def.label }, 'warning') : p)),
    ),
  );
  const raters: RaterScore[] = outcomes.flatMap((g) =>
    g.slots.map((s) => ({ rater: g.def.id, label: g.def.label, slot: s.slot, score: tidyOrNull(s.out.score) })),
  );
  const weighted = outcomes.filter((g) => g.def.weight > 0);
  const presentWeighted = weighted.filter((g) => g.slots.length > 0);

  for (const g of weighted) {
    if ((g.def.required || g.def.absent === 'error') && g.slots.length === 0) {
      const first = item.inputs[0];
      const entry = first ? slotEntries(item, person.entries, g.def.id, 1).get(first.id) : undefined;
      const written = entry?.raw.kind === 'text' ? entry.raw.value.trim() : '';
      problems.push(scopedProblem(scope(''), 'missing-rater', { raters: [g.def.label], ...(first ? { accepts: acceptsOf(first) } : {}), ...(written ? { value: written } : {}) }, undefined, entry?.at));
    }
  }
  if (presentWeighted.length === 0 && !problems.some((p) => p.code === 'missing-rater')) {
    problems.push(scopedProblem(scope(''), 'missing-rater', { raters: weighted.map((g) => g.def.label), anyOf: true }, undefined, undefined));
  }

  // A bad 自评 is an error for the person, but the item can still be scored from the groups that count.
  const failed = presentWeighted.length === 0 || problems.some((p) => p.code === 'missing-rater') || presentWeighted.some((g) => g.score === null);
  if (failed) {
    return { result: result(null, cannotScore(problems), raters), problems, spread: [] };
  }

  const wSum = presentWeighted.reduce((a, g) => a + g.def.weight, 0);
  const groupScores = presentWeighted.map((g) => g.score!);
  const score =
    presentWeighted.length === 1 ? groupScores[0]! : within(presentWeighted.reduce((a, g) => a + g.def.weight * g.score!, 0) / wSum, groupScores);
  const absent = weighted.filter((g) => g.slots.length === 0).map((g) => g.def.label);
  const explanation = explain(weighted, presentWeighted, outcomes, score, absent);
  return { result: result(score, explanation, raters), problems, spread: absent };
}

/** "主管评:良好 → 80", "同事评(3人)平均 80" (anonymous: never per person), "客户评(2人):100、80,平均 90". */
function groupDetail(g: GroupOutcome, withLabel: boolean): string {
  if (g.slots.length === 1) {
    const text = g.slots[0]!.out.explanation;
    return withLabel ? `${g.def.label}:${text}` : text;
  }
  const n = `${g.def.label}(${g.slots.length}人)`;
  if (g.def.anonymous) return `${n}平均 ${formatScore(g.score!)}`;
  return `${n}:${g.slots.map((s) => formatScore(s.out.score!)).join('、')},平均 ${formatScore(g.score!)}`;
}

function explain(weighted: GroupOutcome[], present: GroupOutcome[], all: GroupOutcome[], score: number, absent: string[]): string {
  let text: string;
  if (weighted.length === 1) {
    text = groupDetail(present[0]!, present[0]!.slots.length > 1);
  } else {
    const wAll = weighted.reduce((a, g) => a + g.def.weight, 0);
    const wPresent = present.reduce((a, g) => a + g.def.weight, 0);
    const unit = wAll <= 1 + 1e-9 ? 100 : 1;
    const share = (w: number) =>
      absent.length > 0 || Math.abs(wAll - 1) > 1e-9
        ? `${formatScore(w * unit)}/${formatScore(wPresent * unit)}`
        : `${formatScore(w * 100)}%`;
    const details = present.map((g) => groupDetail(g, true)).join(';');
    const sum = present.map((g) => `${formatScore(g.score!)} × ${share(g.def.weight)}`).join(' + ');
    const note = absent.length > 0 ? `${absent.join('、')}无人评分,其权重按比例分给其他评分人:` : '';
    text = `${details};${note}${sum} = ${formatScore(score)}`;
  }
  const refs = all
    .filter((g) => g.def.weight <= 0 && g.slots.length > 0 && g.score !== null)
    .map((g) => (g.slots.length > 1 ? `${g.def.label}(${g.slots.length}人)平均 ${formatScore(g.score!)}` : `${g.def.label} ${formatScore(g.score!)}`));
  return refs.length > 0 ? `${text}(${refs.join(',')},仅供参考)` : text;
}
