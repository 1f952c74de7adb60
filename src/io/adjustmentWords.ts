// The two columns of an adjustment (§8 其它 奖惩分 | 原因, §13 加分项 加分 | 加分原因) named by plain words under the
// adjustment's name: 「奖惩」 merged over 分数 | 原因 (a two-row roster heading), or rows 分数 | 原因 under 其它 on a person's
// sheet. Read as no column of the form, 张三's +2 and 王五's −2 were unread and both unscored at exit 1 (79 一般, 81 良好).
import type { InputDef, ItemDef } from '../model/definition.js';
import { labelKey, withoutTrailingNote } from './normalize.js';

/** Words of the points themselves — not 金额 (money) nor 扣分 / 加分 (a sign the adjustment's own input may not take). */
const POINT_WORDS = /^(分数|分值|得分|加减分)$/;
/**
 * Words of points taken off (「奖惩」 merged over 扣分 | 原因, or 减分): the signed points typed as a deduction, read so as
 * 「奖惩(扣分)」 on one row is (2 → −2).
 */
const DEDUCTION_WORDS = /^(扣分|罚分|减分)$/;
/**
 * Words of points added beside them (「奖惩」 over 加分 | 扣分): the bonus of the pair, the adjustment 加分 − 扣分. Points by
 * name — not 奖励 or 奖金 alone (money as often as points).
 */
const ADDITION_WORDS = /^(加分|奖分|奖励分)$/;
/** A word naming the other direction beside them (「奖惩」 over 扣分 | 奖励): two columns, one of them not read as points. */
const ADDITION_WORD = /[加奖]/;
/** Words of the reason. */
const REASON_WORDS = /^(原因|事由|说明|理由)$/;

/** The word as typed, without a unit note (「分数(分)」) or spaces. */
function bareWord(text: string): string {
  const t = text.normalize('NFKC').trim();
  return (withoutTrailingNote(t) || t).replace(/\s+/g, '');
}

/**
 * A heading cell that is only a word of the points (分数, 分值, 得分): under a group heading that says how they are typed
 * (「奖惩(扣分)」 over 「分数」), the group's words say it — the cell's own say nothing of the sign.
 */
export function pointsWordOnly(text: string): boolean {
  return POINT_WORDS.test(bareWord(text));
}

/** The input of an adjustment item `word` names (分数 → its points, 原因 → its reason); undefined for any other item or word. */
export function adjustmentInputNamed(item: ItemDef, word: string): InputDef | undefined {
  if (item.rule.kind !== 'adjustment') return undefined;
  const w = bareWord(word);
  const id = POINT_WORDS.test(w) ? item.rule.input : REASON_WORDS.test(w) ? item.rule.reason : undefined;
  return id === undefined ? undefined : item.inputs.find((i) => i.id === id);
}

/**
 * The adjustment item a group heading names: by the item's own names (`itemNames`: 其它, 其他(奖惩)) or by its points
 * input's (奖惩, 奖惩分, 加分). `keys`: the heading's labelKeys (as typed, without its note …).
 */
export function adjustmentNamed(adjustments: ReadonlyArray<{ item: ItemDef; names: readonly string[] }>, keys: readonly string[]): ItemDef | undefined {
  const found = adjustments.filter(({ item, names }) => {
    if (item.rule.kind !== 'adjustment') return false;
    const points = item.inputs.find((i) => item.rule.kind === 'adjustment' && i.id === item.rule.input);
    const all = [...names, ...(points ? [points.label, ...(points.aliases ?? [])] : [])].map((n) => labelKey(n));
    return keys.some((k) => all.includes(k));
  });
  // (A heading two adjustments could claim names neither.)
  return found.length === 1 ? found[0]!.item : undefined;
}

/**
 * The points input of an adjustment item `word` names as taken off (扣分 under 「奖惩」): its points, signed (they may be
 * negative), read as a deduction by the heading. Undefined for any other item or word, for points that cannot be negative,
 * and beside a word of the other direction (`siblings`: 扣分 | 奖励 — 奖励 is not read; 扣分 | 加分 is read as a pair by
 * adjustmentSide, not here).
 */
export function adjustmentDeductionNamed(item: ItemDef, word: string, siblings: Iterable<string>): InputDef | undefined {
  if (item.rule.kind !== 'adjustment' || !DEDUCTION_WORDS.test(bareWord(word))) return undefined;
  if ([...siblings].some((s) => ADDITION_WORD.test(bareWord(s)))) return undefined;
  return signedPoints(item);
}

/** The signed points input of an adjustment item (奖惩分, −100 to 100), or undefined. */
export function signedPoints(item: ItemDef): InputDef | undefined {
  if (item.rule.kind !== 'adjustment') return undefined;
  const { input: id } = item.rule;
  const input = item.inputs.find((i) => i.id === id);
  return input && (input.min ?? 0) < 0 ? input : undefined;
}

/**
 * 「奖惩」 merged over 加分 | 扣分 (| 原因): which side of the pair `word` is ('plus' 加分, 'minus' 扣分 / 减分 / 罚分), when
 * `siblings` (the group's other sub-headings) hold exactly one word of the other side and no other of this one — the
 * adjustment is then 加分 − 扣分, in the item's one signed input. Undefined otherwise (扣分 alone is read by
 * adjustmentDeductionNamed; 加分 alone, or 加分 | 扣分 | 罚分, is no pair).
 */
export function adjustmentSide(item: ItemDef, word: string, siblings: Iterable<string>): 'plus' | 'minus' | undefined {
  if (!signedPoints(item)) return undefined;
  const side = (w: string) => (ADDITION_WORDS.test(bareWord(w)) ? 'plus' : DEDUCTION_WORDS.test(bareWord(w)) ? 'minus' : undefined);
  const mine = side(word);
  if (!mine) return undefined;
  const others = [...siblings].map(side);
  return others.filter((s) => s === mine).length === 0 && others.filter((s) => s && s !== mine).length === 1 ? mine : undefined;
}
