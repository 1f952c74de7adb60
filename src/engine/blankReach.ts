// Whether filling an item's blank inputs could give a figure the team typed in 得分: a hand total that filling the
// blanks reaches says what the blanks held (ticked, or that many lapses), so it is no total beside them to warn about.
import type { ItemDef } from '../model/definition.js';
import type { RawEntry } from '../model/entries.js';
import { roundTo } from '../model/round.js';
import { boxOf } from './rules/checklist.js';
import { blankScore } from './slot.js';

/** A figure typed in 得分: the points it says and the decimals it is written with (83.3 → 1, at most 2). */
export type Figure = { points: number; places: number };

/** A score the figure rounds from: 83.33 for 83.3 (to the figure's own decimals), 15.56 for 15.56. */
export const reaches = (score: number, f: Figure) => roundTo(score, f.places) === roundTo(f.points, f.places);

/**
 * Some whole counts in the blank count inputs of a deduction, or ticks in a list's blank boxes, the typed cells kept,
 * score the figure; the cells as typed are not tried (the team's rounding of its own score is a warning).
 */
export function blanksReach(item: ItemDef, cells: ReadonlyMap<string, RawEntry>, figure: Figure): boolean {
  if (item.rule.kind === 'checklist') return ticksReach(item, cells, figure);
  if (item.rule.kind === 'deduction') return countsReach(item, cells, figure);
  return false;
}

const entry = (raw: RawEntry['raw']): RawEntry => ({ raw, at: {} });

/**
 * Ticking 1, 2 … of the blank boxes, each kept for the next: boxes are worth the same (scaleTo ÷ boxes), so how many
 * are ticked is what scores. §27 工作态度 a1 blank beside 5 ticked, 100 typed: only deductions were searched, so a
 * warning and 78.33 at exit 0 — the 100 is a1 ticked (6/6), 83.33 only if it was not; b089ff2a refused it.
 */
function ticksReach(item: ItemDef, cells: ReadonlyMap<string, RawEntry>, figure: Figure): boolean {
  if (item.rule.kind !== 'checklist') return false;
  // A box judged by a number typed (回访率 ≥ 30 %) has no tick to give.
  const blank = item.rule.inputs.map(boxOf).filter((b) => !cells.has(b.input) && b.min === undefined && b.max === undefined && b.failAt === undefined);
  const tick = entry({ kind: 'text', value: item.rule.yes?.[0] ?? '√' });
  const ticked = new Map(cells);
  return blank.some((b) => {
    const s = blankScore(item, ticked.set(b.input, tick));
    return s !== null && reaches(s, figure);
  });
}

/**
 * Whole counts over all blank count inputs together, each from 0 until the score passes below the figure (a count only
 * takes points off), states of one score kept once (the rest of the rule sees the score alone). §8 M7 G17 1 beside
 * 做与工作无关的事 1 and 迟到, 旷工 blank is 10 − 2 − 5 − 2 = 1: one blank at a time reached nothing, 79 at exit 0.
 */
function countsReach(item: ItemDef, cells: ReadonlyMap<string, RawEntry>, figure: Figure): boolean {
  const blank = item.inputs.filter((i) => i.type === 'integer' && !cells.has(i.id));
  let states = new Map<number, Map<string, RawEntry>>([[Number.NaN, new Map(cells)]]);
  for (const input of blank) {
    const next = new Map(states);
    for (const state of states.values()) {
      let before = blankScore(item, state);
      for (let k = 1; k <= 50 && before !== null; k++) {
        const tried = new Map(state).set(input.id, entry({ kind: 'number', value: k }));
        const s = blankScore(item, tried);
        if (s !== null && reaches(s, figure)) return true;
        if (s === null || s >= before || s < figure.points) break;
        if (!next.has(roundTo(s, 6))) next.set(roundTo(s, 6), tried);
        before = s;
      }
    }
    states = next;
  }
  return false;
}

/**
 * What a figure written as taken off (「扣5分」, −5) is taken from: the rule's base, the typed 基础分 where the item has one.
 * §8 M4 「扣5分」 beside 基础分 8 and a blank 拖延 read as 10 − 5 = 5, which no count reaches: M4 8, 84 良好 at exit 0
 * for the one lapse it says (8 − 5 = 3, 79 一般).
 */
export function deductedFrom(item: ItemDef, cells: ReadonlyMap<string, RawEntry>): number {
  const rule = item.rule;
  if (rule.kind === 'incidents') return rule.base;
  if (rule.kind !== 'deduction') return item.max;
  if (typeof rule.base === 'number') return rule.base;
  const typed = cells.get(rule.base.input);
  return (typed && blankScore(item, new Map([[rule.base.input, typed]]))) ?? item.max;
}
