// Item scores → part scores → the total, its 100-point figure and an explanation a person can check.
// Items count by their role: score items make the total and its full marks, bonus items add to the total only
// (§4 超预期表现: 92.2 of a nominal 100), adjustments are added after combining, a veto item at 0 makes the total 0.
import type { FormDef, ItemDef, PartDef } from '../model/definition.js';
import { roleOf } from './definition.js';
import type { ItemResult, PartResult } from '../model/result.js';
import { formatPercent, formatScore, formatSigned, tidy, tidyOrNull } from '../model/round.js';

export interface Combined {
  parts: PartResult[];
  /** The form's points (Σ, weighted sum or mean, after adjustments and clamp); null when some item could not be scored. */
  total: number | null;
  total100: number | null;
  /** The figure the form reports as its total: total100, or its own points (`combine.report: "points"`). */
  figure: number | null;
  /** What the figure is out of: 100, or the form's own full marks. */
  outOf: number;
  /** Without the grade; scorePerson appends "→ 一般". */
  explanation: string;
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => (xs.length ? sum(xs) / xs.length : 0);

/** Items that make a part's score: score and bonus items. */
const counted = (p: PartDef) => p.items.filter((i) => ['score', 'bonus'].includes(roleOf(p, i)));
/** Items whose max makes the full marks. */
const full = (p: PartDef) => p.items.filter((i) => roleOf(p, i) === 'score');

interface PartFigure {
  result: PartResult;
  /** What the part adds to a sum, and what it adds to the full marks. */
  contribution: number | null;
  fullMarks: number;
  /** Bonus points of a part that is averaged with others (mean-of-parts): added to the mean, not averaged in. */
  bonusAfter?: number;
}

function partFigure(form: FormDef, p: PartDef, scoreOf: (i: ItemDef) => number | null): PartFigure {
  const items = counted(p);
  const scoring = full(p);
  const bonus = items.filter((i) => !scoring.includes(i));
  const scores = scoring.map(scoreOf);
  const extras = bonus.map(scoreOf);
  const ok = scores.every((s) => s !== null) && extras.every((s) => s !== null);
  // A form that averages its items (§27: (83.33 + 80 + 100 + 50) / 4) averages each part too: its figure is on the
  // items' scale, not their sum (313.33 beside a total of 78.33).
  const byMean = p.combine === 'mean' || (p.combine === undefined && form.combine.kind === 'mean');
  const of = (xs: number[]) => (byMean ? mean(xs) : sum(xs));
  // Bonus items add their points to the part, never to what it is out of: averaged in, 80 and 80 with a bonus of 5
  // were 55; counted in an 「outOf」 part's full marks, 48 + 32 + 5 of 100 became 85/110 × 100 = 77.27.
  const raw = ok ? of(scores as number[]) + sum(extras as number[]) : null;
  const ownFull = of(scoring.map((i) => i.max));
  // A part of bonus items only (§4 超预期表现) is out of its own items' points.
  const max = scoring.length > 0 ? ownFull : of(bonus.map((i) => i.max));
  let score: number | null;
  let contribution: number | null;
  let fullMarks: number;
  if (form.combine.kind === 'weighted-parts') {
    score = raw === null ? null : max > 0 ? (raw / max) * 100 : 0;
    contribution = score;
    fullMarks = 100;
  } else if (p.outOf !== undefined) {
    score = raw === null ? null : max > 0 ? (raw / max) * p.outOf : 0;
    contribution = score;
    fullMarks = (p.role ?? 'score') === 'bonus' ? 0 : p.outOf;
  } else {
    score = raw;
    contribution = raw;
    fullMarks = ownFull;
  }
  // Averaged with the other parts, a bonus of 3 inside one of two parts would count 1.5.
  let bonusAfter: number | undefined;
  if (form.combine.kind === 'mean-of-parts' && scoring.length > 0 && bonus.length > 0 && score !== null) {
    const base = of(scores as number[]);
    const baseScore = p.outOf === undefined ? base : max > 0 ? (base / max) * p.outOf : 0;
    bonusAfter = score - baseScore;
    contribution = baseScore;
  }
  const result: PartResult = { id: p.id, label: p.label, raw: tidyOrNull(raw), max: tidy(max), score: tidyOrNull(score) };
  // A part of adjustments only (§11 加减分) shows what they add; they are added to the total after combining.
  const adjusting = p.items.filter((i) => roleOf(p, i) === 'adjustment');
  if (items.length === 0 && adjusting.length > 0) {
    const adds = adjusting.map(scoreOf);
    result.raw = result.score = adds.every((x) => x !== null) ? tidy(sum(adds as number[])) : null;
    return { result, contribution: 0, fullMarks: 0 };
  }
  if (p.weight !== undefined) result.weight = p.weight;
  if (p.outOf !== undefined) result.outOf = p.outOf;
  if (p.role === 'bonus') result.bonus = true;
  return bonusAfter === undefined ? { result, contribution, fullMarks } : { result, contribution, fullMarks, bonusAfter };
}

/** What full marks are on the form's own scale, as each way of combining reaches them below. */
function fullMarksOf(form: FormDef, figures: ReadonlyArray<{ fullMarks: number }>): number {
  switch (form.combine.kind) {
    case 'sum':
      return sum(figures.map((f) => f.fullMarks));
    case 'weighted-parts':
      return sum(form.parts.map((p) => (p.weight ?? 0) * 100));
    case 'mean': {
      const all = form.parts.flatMap((p) => full(p));
      return all.length > 0 ? mean(all.map((i) => i.max)) : 100;
    }
    case 'mean-of-parts': {
      const scored = figures.filter((f) => f.fullMarks > 0);
      return scored.length ? mean(scored.map((f) => f.fullMarks)) : 100;
    }
  }
}

/** The form's full marks as combine() reaches them (before any combine.outOf): what a definition's outOf must equal. */
export function formFullMarks(form: FormDef): number {
  return fullMarksOf(form, form.parts.map((p) => partFigure(form, p, () => 0)));
}

export function combine(form: FormDef, items: readonly ItemResult[]): Combined {
  const byId = new Map(items.map((r) => [r.id, r]));
  const scoreOf = (item: ItemDef) => byId.get(item.id)?.score ?? null;
  const figures = form.parts.map((p) => partFigure(form, p, scoreOf));
  const parts = figures.map((f) => f.result);

  const withRole = (role: string) => form.parts.flatMap((p) => p.items.filter((i) => roleOf(p, i) === role));
  const adjustments = withRole('adjustment');
  const vetoes = withRole('veto');
  const pending = [...adjustments, ...vetoes].map(scoreOf);
  const outOfDeclared = form.combine.outOf;
  if (figures.some((f) => f.contribution === null) || pending.some((s) => s === null)) {
    // The scale is the form's even without a total (§15 「outOf」 4 for every candidate, the unscored too).
    const outOf = form.combine.report === 'points' ? tidy(outOfDeclared ?? fullMarksOf(form, figures)) : 100;
    return { parts, total: null, total100: null, figure: null, outOf, explanation: '有项目无法计分,未计算总分' };
  }

  // The form's own figure before adjustments, how it was reached, and what 100 corresponds to.
  let before: number;
  let text: string;
  let fullMarks: number;
  const single = form.parts.length === 1 && form.parts[0]!.outOf === undefined && form.parts[0]!.combine !== 'mean';
  switch (form.combine.kind) {
    case 'sum': {
      before = sum(figures.map((f) => f.contribution!));
      const terms = single
        ? counted(form.parts[0]!).map((i) => formatScore(scoreOf(i)!))
        : figures.filter((f, k) => counted(form.parts[k]!).length > 0).map((f) => `${f.result.label}${f.result.bonus ? '(加分)' : ''} ${formatScore(f.contribution!)}`);
      text = terms.length > 1 ? `${terms.join(' + ')} = ${formatScore(before)}` : formatScore(before);
      fullMarks = fullMarksOf(form, figures);
      break;
    }
    case 'weighted-parts': {
      before = sum(parts.map((p) => (p.weight ?? 0) * p.score!));
      // Each part to 100 first (「服务质量 3.3333/4 × 100 = 83.3333」), then the weighted sum, so each step reads as arithmetic.
      const toHundred = parts.filter((p) => !near(p.max, 100)).map((p) => `${p.label} ${formatScore(p.raw!)}/${formatScore(p.max)} × 100 = ${formatScore(p.score!)}`);
      const weighted = parts.map((p) => `${p.label} ${formatScore(p.score!)} × ${formatPercent(p.weight ?? 0)}`);
      text = `${toHundred.length ? `${toHundred.join(';')};` : ''}${weighted.join(' + ')} = ${formatScore(before)}`;
      fullMarks = sum(parts.map((p) => (p.weight ?? 0) * 100));
      break;
    }
    case 'mean': {
      const all = form.parts.flatMap((p) => full(p));
      const scores = all.map((i) => scoreOf(i)!);
      before = mean(scores);
      text = `(${scores.map(formatScore).join(' + ')})/${scores.length} = ${formatScore(before)}`;
      // Bonus items are added to the mean, not averaged in nor left out (40 and 40 with a bonus of 5: 45 of 50).
      for (const item of form.parts.flatMap((p) => counted(p).filter((i) => roleOf(p, i) === 'bonus'))) {
        before += scoreOf(item)!;
        text += `,${item.label}(加分) ${formatSigned(scoreOf(item)!)} = ${formatScore(before)}`;
      }
      fullMarks = fullMarksOf(form, figures);
      break;
    }
    case 'mean-of-parts': {
      const scored = figures.filter((f) => f.fullMarks > 0);
      const scores = scored.map((f) => f.contribution!);
      before = mean(scores);
      text = `(${scored.map((f) => `${f.result.label} ${formatScore(f.contribution!)}`).join(' + ')})/${scores.length} = ${formatScore(before)}`;
      // A part of bonus items, and the bonus items inside a part, add their points to the mean of the parts.
      for (const f of figures.filter((f, k) => f.fullMarks === 0 && counted(form.parts[k]!).length > 0)) {
        before += f.contribution!;
        text += `,${f.result.label}(加分) ${formatSigned(f.contribution!)} = ${formatScore(before)}`;
      }
      for (const f of scored.filter((f) => f.bonusAfter !== undefined)) {
        before += f.bonusAfter!;
        text += `,${f.result.label}加分 ${formatSigned(f.bonusAfter!)} = ${formatScore(before)}`;
      }
      fullMarks = fullMarksOf(form, figures);
      break;
    }
  }

  let total = before;
  for (const item of adjustments) {
    const s = scoreOf(item)!;
    if (s === 0) continue;
    total += s;
    text += `,${item.label} ${formatSigned(s)} = ${formatScore(total)}`;
  }
  for (const item of vetoes) {
    if (scoreOf(item)! > 0) continue;
    total = 0;
    text += `,「${item.label}」单项否决 → 0`;
  }
  if (form.clamp && total > form.clamp.max) {
    total = form.clamp.max;
    text += `,超过上限按${formatScore(total)}计`;
  } else if (form.clamp && total < form.clamp.min) {
    total = form.clamp.min;
    text += `,低于下限按${formatScore(total)}计`;
  }
  const scale = outOfDeclared ?? fullMarks;
  let total100 = tidy(scale > 0 ? (total * 100) / scale : total);
  total = tidy(total);
  if (scale > 0 && !near(scale, 100)) text += `;折合百分制 ${formatScore(total)}/${formatScore(scale)} × 100 = ${formatScore(total100)}`;
  // Items of 90 under a limit of 100 (an item removed from §8): 90 + 奖惩 10 is 111.11 on 100, where the form says
  // 「限定在 0–100」 — the limit holds on the 100-point figure too.
  if (form.clamp && scale > 0 && !near(scale, 100) && total100 > form.clamp.max + 1e-9) {
    total100 = form.clamp.max;
    total = tidy((form.clamp.max * scale) / 100);
    text += `,超过上限按${formatScore(total100)}计`;
  }
  const own = form.combine.report === 'points';
  return { parts, total, total100, figure: own ? total : total100, outOf: tidy(own ? scale : 100), explanation: text };
}
