// The two columns of an adjustment (§8 其它 奖惩分 | 原因, §13 加分项 加分 | 加分原因) named by plain words under the
// adjustment's name: 「奖惩」 merged over 分数 | 原因 (a two-row roster heading), or rows 分数 | 原因 under 其它 on a person's
// sheet. Read as no column of the form, 张三's +2 and 王五's −2 were unread and both unscored at exit 1 (79 一般, 81 良好).
import type { InputDef, ItemDef } from '../model/definition.js';
import { labelKey, withoutTrailingNote } from './normalize.js';

/** Words of the points themselves — not 金额 (money) nor 扣分 / 加分 (a sign the adjustment's own input may not take). */
const POINT_WORDS = /^(分数|分值|得分|加减分)$/;
/**
 * Words of points taken off (「奖惩」 merged over 扣分 | 原因): the signed points typed as a deduction, read so as 「奖惩(扣分)」 on
 * one row is (2 → −2). Not 减分: no heading of the points is read as taken off by it.
 */
const DEDUCTION_WORDS = /^(扣分|罚分)$/;
/** A word naming the other direction beside them (「奖惩」 over 扣分 | 加分): two columns where the form has one. */
const ADDITION_WORD = /[加奖]/;
/** Words of the reason. */
const REASON_WORDS = /^(原因|事由|说明|理由)$/;

/** The word as typed, without a unit note (「分数(分)」) or spaces. */
function bareWord(text: string): string {
  const t = text.normalize('NFKC').trim();
  return (withoutTrailingNote(t) || t).replace(/\s+/g, '');
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
 * and beside a word of the other direction (`siblings`: 扣分 | 加分 — the form keeps both in one signed column).
 */
export function adjustmentDeductionNamed(item: ItemDef, word: string, siblings: Iterable<string>): InputDef | undefined {
  if (item.rule.kind !== 'adjustment' || !DEDUCTION_WORDS.test(bareWord(word))) return undefined;
  if ([...siblings].some((s) => ADDITION_WORD.test(bareWord(s)))) return undefined;
  const { input: id } = item.rule;
  const input = item.inputs.find((i) => i.id === id);
  return input && (input.min ?? 0) < 0 ? input : undefined;
}
