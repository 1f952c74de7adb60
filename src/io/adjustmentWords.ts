// The two columns of an adjustment (§8 其它 奖惩分 | 原因, §13 加分项 加分 | 加分原因) named by plain words under the
// adjustment's name: 「奖惩」 merged over 分数 | 原因 (a two-row roster heading), or rows 分数 | 原因 under 其它 on a person's
// sheet. Read as no column of the form, 张三's +2 and 王五's −2 were unread and both unscored at exit 1 (79 一般, 81 良好).
import type { InputDef, ItemDef } from '../model/definition.js';
import type { RawValue } from '../model/entries.js';
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

/**
 * A bare word of the reason other than `own`'s and the reason's own `label` (「说明」 after 「原因」): after 原因 | 奖惩分 the
 * column of a remark, not the reason typed again. (「原因」 again, 「原因」 after 「说明」, or a word naming the adjustment —
 * 「奖惩原因」 — is the reason.)
 */
export function otherReasonWord(text: string, own: string, label: string): boolean {
  const w = bareWord(text);
  return REASON_WORDS.test(w) && w !== bareWord(own) && w !== bareWord(label);
}

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

/**
 * 「奖惩」 merged over 加分 | 扣分 | 加分原因 | 扣分原因: a reason of one side of the pair (「加分原因」, 「扣分说明」) — the
 * adjustment's reason input, when `siblings` hold the pair itself (adjustmentSide). Both such columns are that one reason,
 * the second joined to the first (readRoster's duplicateValues): refused as columns of no input, 张三's +2 beside 表扬信 and
 * 李四's 3 off beside 迟到被投诉 were 「须注明原因」, both unscored at exit 1 (79 一般, 76 一般). The side's word is matched
 * with 分 dropped (奖励原因 beside 奖励分). Undefined otherwise.
 */
export function adjustmentReasonOf(item: ItemDef, word: string, siblings: Iterable<string>): InputDef | undefined {
  if (item.rule.kind !== 'adjustment') return undefined;
  const m = /^(.+?)(原因|事由|说明|理由)$/.exec(bareWord(word));
  if (!m) return undefined;
  const all = [...siblings];
  // (The stem with 分 dropped on both sides: 「奖励原因」 beside 奖励分 | 扣分 is 奖励分's — read as no column, 张三's +2 beside
  // 表扬信 was refused 「须注明原因」, unscored at exit 1 for 79.)
  const stem = (w: string) => w.replace(/分$/, '');
  const side = all.find((s) => stem(bareWord(s)) === stem(m[1]!) && adjustmentSide(item, s, all.filter((o) => o !== s)));
  const { reason } = item.rule;
  return side === undefined || reason === undefined ? undefined : item.inputs.find((i) => i.id === reason);
}

/**
 * 增 / 升 paired with a word of the other direction (减, 降, 扣), either order, with or without 分 and a mark between:
 * 「增减」「增/减」「增或减」「增分/减分」「减/增」「扣/增」「+增/-减」「升/降」 — or 增分 / 升分 anywhere beside the deduction word:
 * 「(增分,扣分)」「(增分;扣分)」「(增分项/扣分项)」「(表扬增分,投诉扣分)」 (a +2 taken off, 75 for 79 at exit 0, review 61 of
 * 244c0178) — points of either sign. Not 增 / 升 inside another word (升级, 增值, 新增, 递增, 增援, 增补, 升星, 增派 …: any leftover
 * 增 took 「奖惩分(扣分,含新增投诉)」 2 for +2, 80.00 良好 for 74 at exit 0, review 61 of bfa61753): 「奖惩分(扣分,含投诉升级)」
 * is points taken off.
 */
// (Review 62: not 增 of 新增 / 递增 before 扣 — 「奖惩分(新增扣分)」「(递增扣分)」 — nor 增派 / 增援 / 增补 after a mark —
// 「(扣分、增派)」: each 3 was +3, 83.00 良好 for 80 − 3 = 77 at exit 0.)
// (Review 62 of 55a86c17: but 新增 / 递增 set against 扣 / 减 by a slash or 或 is the pair — 「奖惩分(新增/扣减)」 3 beside
// 「表扬信」 was −3, 77.00 一般 for 80 + 3 = 83 at exit 0, as base read it either-signed; so with 、 / 和 between — NEW_OR_MINUS.)
const PLUS_OR_MINUS = /(?<![新递])[增升]分?[/／、或和与及|+\-−~～]*[减降扣]|[减降扣]分?[/／、或和与及|+\-−~～]*(?<![新递])[增升](?![级值加派援补])|[增升]分/;
/**
 * 新增 / 递增 (分) standing alone for points added, set against 减 / 扣 by a mark — / 、 , + 或 和 与 及 or a space, either
 * order: 「(新增/扣减)」「(新增、扣减)」「(新增 扣减)」「(新增,扣减)」「(新增+扣减)」「(扣减/新增分)」. Tested on the heading with its
 * spaces kept (one each): 「奖惩分(新增 扣减)」 3 beside 「表扬信」 was −3, 77.00 一般 for 83 at exit 0, its space stripped
 * before the test (review 63 of f8a6fb83). Not 新增 of a word after it — 「奖惩分(扣分、新增投诉)」「(扣分和新增投诉)」 are
 * points taken off (new complaints): 3 beside 「客户投诉」 was +3, 83.00 良好 for 80 − 3 = 77 at exit 0 — nor 「扣分(新增)」.
 */
// (Review 63 of 50a516ee / a1d0d6c5: after 新增 only the end, a mark or words saying how to fill it leave both sides named —
// 「(扣减/新增请注明原因)」「(扣减、新增等)」「(扣分/新增写明原因)」 were −3 beside 「表扬信」, 77 for 83; anything else after it is
// what is counted — 「(扣分,新增有效投诉)」「(扣分、新增延迟回访)」「(扣减/新增被投诉)」 were +3 beside 「客户投诉」, 83 for 77, a list
// of counted words missing them. So the deduction word 扣除 / 扣罚 / 减除 / 扣分项, the marks - − ~ · ; 或者 and two brackets.)
const NEW_SAYS_HOW = '$|[\\s)\\]】」）/|或、和与及,+;:。.!~·\\-—(]|的?(?:请|写|注|填)|等|均|都|按|合计|时|需|须|一律|为|用|者';
/** A mark between the two: a slash, 、, a comma, +, -, ~, ·, ;, 或(者), 和, 与, 及 or a space — or 「)(」「)/(」 between two brackets. */
const PAIR_MARK = '(?:或者|[\\s/|或、和与及,+\\-−–—~·・;])';
const PAIR_SEP = `(?:[)\\]】」]${PAIR_MARK}*[(\\[【「]|${PAIR_MARK}+)`;
const NEW_OR_MINUS = new RegExp(
  `[新递]增分?项?${PAIR_SEP}[减降扣]|[减降扣][分除罚]?项?${PAIR_SEP}[新递]增(?=[分项]*(?:${NEW_SAYS_HOW}))`,
);
/**
 * 增分 said apart from the column (「(扣分,增分另计)」「(扣分,不含增分)」): not a pair — the column is points taken off
 * (review 62: 3 was +3, 83.00 良好 for 77 at exit 0). Taken out before PLUS_OR_MINUS.
 */
const PLUS_APART = /(?:不含|不包含|不包括|不计|除|未含)[增升]分(?:项|在内|外)?|[增升]分(?:项)?(?:另计|另算|另填|另列|单列|不计|不含|除外)/g;

/**
 * A heading of points taken off: 扣, 罚 or 减 in it, and no 加 or 奖 but 奖惩's own, nor 增 / 升 paired with 减 / 扣 / 降.
 * (「奖惩分(增减)」 is points of either sign, as typed: its 减 took 张三's +2 for 协助新人培训 off — 75 for 79 — on a roster,
 * and on a person's sheet once read so.)
 */
export function deductionHeading(text: string): boolean {
  const spaced = text.normalize('NFKC').replace(/奖惩/g, '').replace(/\s+/g, ' ').trim();
  const t = spaced.replace(/ /g, '');
  // Not a note that deductions are typed negative (「奖惩分(扣分填负数)」, 「扣为负」): the figures are signed as they stand.
  // (「扣分不用负号」, 「不写负号」 say the opposite: positive figures taken off.)
  const signNote = /负/.test(t) && !/([不无勿免][^负]{0,2}负|正数)/.test(t);
  // Not 增 / 升 paired with 减 / 扣 / 降 (plus or minus): 「奖惩分(增减)」「(增分/减分)」「(扣/增)」「(增或减)」「(升/降)」 +2
  // were counted −2, 王五 77.00 一般 for 81 良好 at exit 0 without a word (review 60). Only as a pair: any 增 / 升 anywhere
  // took 「奖惩分(扣分,含投诉升级)」「奖惩分(扣分:迟到、投诉升级等)」 for either sign — 张三's 2 was +2, 79.00 一般 for
  // 64 + 13 − 2 = 75, and 李四's 3 +3, 80.00 良好 for 74, at exit 0 (review 61).
  return /[扣罚减]/.test(t) && !/[加奖]/.test(t) && !PLUS_OR_MINUS.test(t.replace(PLUS_APART, '')) && !NEW_OR_MINUS.test(spaced.replace(PLUS_APART, '')) && !signNote;
}

/**
 * A positive figure under such a heading as the points taken off — typed as a number, as digits, or with 分 after them
 * (「1分」, 「2 分」): 「1分」 under 扣分 was read as +1, 张三 78.00 at exit 0 for 77 − 1 = 76, where 1 and 「1」 read 76.
 * (A sign typed — 「-1」, 「+1」 — is left as typed.) Marked `deducted`, so a message says the 3 typed was read as −3.
 */
export function asDeduction(raw: RawValue): RawValue {
  if (raw.kind === 'number' && raw.value > 0) return { ...raw, value: -raw.value, deducted: true };
  const n = raw.kind === 'text' ? (bareNumber(raw) ?? pointsWithFen(raw.value)) : null;
  return n !== null && n > 0 ? { kind: 'number', value: -n, deducted: true } : raw;
}

/** 「2分」, 「2 分」 (no sign): 2; else null. */
function pointsWithFen(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*分$/.exec(text.normalize('NFKC').trim());
  return m ? Number(m[1]) : null;
}

/** A plain number: a number cell with no percent in its format, or a text of digits alone (「3」, 「０.５」); else null. */
export function bareNumber(raw: RawValue): number | null {
  if (raw.kind === 'number') return raw.percentFormat || raw.percentSign ? null : raw.value;
  const t = raw.kind === 'text' ? raw.value.normalize('NFKC').trim() : '';
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/**
 * One of a 加分 | 扣分 pair's figures, to add to the other: a plain number (bareNumber), or a text with a sign or 分 —
 * 「+2」, 「-1」, 「2分」 (refused as 「不是两个数」, 张三 unscored for 77 + 2 − 1 = 78.00). On the 扣分 side (`minus`, the cell as
 * asDeduction left it) 「1分」 and 「-1」 are 1 taken off; a 「+1」 there says neither, and is null as a word is.
 */
export function pairPoints(raw: RawValue, minus: boolean): number | null {
  const n = bareNumber(raw);
  if (n !== null) return n;
  if (raw.kind !== 'text') return null;
  const m = /^([+\-−])?\s*(\d+(?:\.\d+)?)\s*分?$/.exec(raw.value.normalize('NFKC').trim());
  if (!m) return null;
  const v = Number(m[2]);
  if (minus) return m[1] === '+' ? null : -v;
  return m[1] === '-' || m[1] === '−' ? -v : v;
}
