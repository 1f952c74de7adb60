// Item scores → part scores → the total, its 100-point figure and an explanation a person can check.
import type { FormDef, ItemDef } from '../forms/types.js';
import type { ItemResult, PartResult } from './result.js';
import { formatPercent, formatScore, formatSigned } from './round.js';

export interface Combined {
  parts: PartResult[];
  /** null when some item could not be scored. */
  total: number | null;
  total100: number | null;
  /** Without the grade; scorePerson appends "→ 一般". */
  explanation: string;
}

const isAdjustment = (item: ItemDef) => item.rule.kind === 'adjustment';
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function combine(form: FormDef, items: readonly ItemResult[]): Combined {
  const byId = new Map(items.map((r) => [r.id, r]));
  const scoreOf = (item: ItemDef) => byId.get(item.id)?.score ?? null;
  const weighted = form.combine.kind === 'weighted-parts';

  const parts: PartResult[] = form.parts.map((p) => {
    const counted = p.items.filter((i) => !isAdjustment(i));
    const scores = counted.map(scoreOf);
    const max = sum(counted.map((i) => i.max));
    const raw = scores.every((s) => s !== null) ? sum(scores as number[]) : null;
    const score = raw === null ? null : weighted ? (max > 0 ? (raw / max) * 100 : 0) : raw;
    const r: PartResult = { id: p.id, label: p.label, raw, max, score };
    if (p.weight !== undefined) r.weight = p.weight;
    return r;
  });

  const countedItems = form.parts.flatMap((p) => p.items.filter((i) => !isAdjustment(i)));
  const adjustments = form.parts.flatMap((p) => p.items.filter(isAdjustment));
  const adjScores = adjustments.map(scoreOf);
  if (parts.some((p) => p.raw === null) || adjScores.some((s) => s === null)) {
    return { parts, total: null, total100: null, explanation: '有项目无法计分,未计算总分' };
  }

  // The form's own figure before adjustments, how it was reached, and what 100 corresponds to.
  let before: number;
  let text: string;
  let full: number;
  switch (form.combine.kind) {
    case 'sum': {
      before = sum(parts.map((p) => p.raw!));
      const terms = form.parts.length === 1 ? countedItems.map((i) => formatScore(scoreOf(i)!)) : parts.map((p) => `${p.label} ${formatScore(p.raw!)}`);
      text = terms.length > 1 ? `${terms.join(' + ')} = ${formatScore(before)}` : formatScore(before);
      full = sum(countedItems.map((i) => i.max));
      break;
    }
    case 'weighted-parts': {
      before = sum(parts.map((p) => (p.weight ?? 0) * p.score!));
      const terms = parts.map((p) => `${p.label} ${formatScore(p.raw!)}/${formatScore(p.max)} = ${formatScore(p.score!)} × ${formatPercent(p.weight ?? 0)}`);
      text = `${terms.join(' + ')} = ${formatScore(before)}`;
      full = sum(parts.map((p) => (p.weight ?? 0) * 100));
      break;
    }
    case 'mean': {
      const scores = countedItems.map((i) => scoreOf(i)!);
      before = scores.length > 0 ? sum(scores) / scores.length : 0;
      text = `(${scores.map(formatScore).join(' + ')})/${scores.length} = ${formatScore(before)}`;
      full = countedItems.length > 0 ? sum(countedItems.map((i) => i.max)) / countedItems.length : 100;
      break;
    }
  }

  let total = before;
  for (const [k, item] of adjustments.entries()) {
    const s = adjScores[k]!;
    if (s === 0) continue;
    total += s;
    text += `,${item.label} ${formatSigned(s)} = ${formatScore(total)}`;
  }
  if (form.clamp && total > form.clamp.max) {
    total = form.clamp.max;
    text += `,超过上限按${formatScore(total)}计`;
  } else if (form.clamp && total < form.clamp.min) {
    total = form.clamp.min;
    text += `,低于下限按${formatScore(total)}计`;
  }
  const total100 = full > 0 ? (total * 100) / full : total;
  if (full > 0 && !near(full, 100)) text += `;折合百分制 ${formatScore(total)}/${formatScore(full)} × 100 = ${formatScore(total100)}`;
  return { parts, total, total100, explanation: text };
}
