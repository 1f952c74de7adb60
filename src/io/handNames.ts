// Headings typed by hand from a form's seed, in the team's own wording: shortened (「产品和业务了解程度」 for
// 公司产品和业务了解程度), or the item and its input run together (「客户反馈调查平均分」 for 客户反馈调查·调查平均分).
// Read only when one column of this form, and no other, reads so, and most of the form's columns are named already.
import type { FormDef, InputDef, ItemDef } from '../model/definition.js';
import { columnHeading, items, itemNames, type ColumnTarget } from './columns.js';
import { labelKey, MAX_HEADING_LENGTH, notedPoints, splitAround, withoutNumbering, withoutTrailingNote } from './normalize.js';

interface Named {
  item: ItemDef;
  input: InputDef;
  keys: string[];
}

/** Fewer characters than this are no sure shortening (「了解程度」 is many items' words). */
const MIN_SHORT = 6;
/** A shortening keeps most of the name: 8 of 10 characters (产品和业务了解程度), not 6 of 20. */
const KEPT = 0.7;

function namesOf(form: FormDef): Named[] {
  const out: Named[] = [];
  for (const item of items(form)) {
    for (const input of item.inputs) {
      const own = item.inputs.length === 1 ? itemNames(form, item) : [];
      const keys = [columnHeading(item, input, null, 1, form), ...own, ...(input.aliases ?? []).map((a) => (item.inputs.length === 1 ? a : `${item.label}·${a}`))].map(labelKey);
      out.push({ item, input, keys: [...new Set(keys.filter(Boolean))] });
    }
  }
  return out;
}

/**
 * `key` is `name` with a word or two left out (labelKeys: punctuation and spaces are gone already): 「处理客户投诉能力强、妥善
 * 解决问题」 for 处理客户投诉能力强,能够妥善解决问题 — at most two pieces of the name, in order, most of it kept.
 */
export function shortened(key: string, name: string): boolean {
  if (key === name || key.length < MIN_SHORT || key.length < KEPT * name.length) return false;
  if (name.includes(key)) return true;
  for (let i = 2; i <= key.length - 2; i++) {
    const a = name.indexOf(key.slice(0, i));
    if (a >= 0 && name.indexOf(key.slice(i), a + i) >= 0) return true;
  }
  return false;
}

/** 「客户反馈调查平均分」: the item's name, then its input's, the words they share said once. */
function runTogether(key: string, item: ItemDef, input: InputDef): boolean {
  const ik = labelKey(item.label);
  const nk = labelKey(input.label);
  for (let o = 1; o < Math.min(ik.length, nk.length); o++) {
    if (ik.endsWith(nk.slice(0, o)) && key === ik + nk.slice(o)) return true;
  }
  return false;
}

/**
 * The one column of the form an unrecognised heading names in the team's own words, or undefined. `text` as
 * the roster reads it (「专业知识·产品和业务了解程度」 under its group): the part after the group is tried too.
 * `claimed`: the columns already named; they must be most of the form's, and the heading's column not one of them.
 */
export function handTypedTarget(form: FormDef, text: string, claimed: readonly ColumnTarget[]): ColumnTarget | undefined {
  // (A longer cell is a note, as labelVariants reads it.)
  if (form.raters?.length || text.length > MAX_HEADING_LENGTH) return undefined;
  const named = namesOf(form);
  const isClaimed = (n: Named) => claimed.some((t) => t.kind === 'entry' && t.item === n.item && t.input === n.input);
  if (claimed.filter((t) => t.kind === 'entry').length * 2 < named.length) return undefined;
  const parts = splitAround(text, /[·・]/);
  const texts = [...new Set([text, parts[parts.length - 1]!].map((t) => labelKey(withoutNumbering(t))))].filter((k) => k.length >= 2);
  const hits = new Set<Named>();
  for (const key of texts) {
    for (const n of named) {
      if (runTogether(key, n.item, n.input)) hits.add(n);
      if (n.keys.some((k) => k.includes(key) && shortened(key, k))) hits.add(n);
    }
  }
  if (hits.size !== 1) return undefined;
  const [hit] = [...hits] as [Named];
  return isClaimed(hit) ? undefined : { kind: 'entry', item: hit.item, input: hit.input, rater: null, slot: 1 };
}

/**
 * 「员工的工作效率 | 积极性/行动力/有效性(20分)」: under the item's merged heading, a column of the item's points (20 of
 * its 20) — the item's one score input (得分), when it has one and no column holds it yet.
 */
const HELPER_WORDS = /上月|上期|本月|目标|满分|标准|自评|权重|参考|备注|基准|计划|预计|去年|同期|平均|完成|实际|得分|分值/;

export function pointsUnderItem(form: FormDef, above: string, sub: string, claimed: readonly ColumnTarget[]): ColumnTarget | undefined {
  if (form.raters?.length || above.length + sub.length > MAX_HEADING_LENGTH) return undefined;
  const points = notedPoints(sub);
  const words = withoutTrailingNote(sub.normalize('NFKC'));
  // (A team's own column of points is no score: 「目标(20分)」, 「上月(20分)」, 「满分(20分)」, 「自评(20分)」 were each read
  // as 员工的工作效率's 得分 at exit 0 — review.)
  if (points === undefined || !words || HELPER_WORDS.test(words)) return undefined;
  const key = labelKey(withoutNumbering(above));
  const item = items(form).find((i) => itemNames(form, i).some((n) => labelKey(n) === key || labelKey(n) === labelKey(withoutTrailingNote(above))));
  if (!item || item.max !== points) return undefined;
  const scores = item.inputs.filter((i) => i.type === 'number' && i.max === points && i.unit === '分');
  if (scores.length !== 1) return undefined;
  const input = scores[0]!;
  if (claimed.some((t) => t.kind === 'entry' && t.input === input)) return undefined;
  return { kind: 'entry', item, input, rater: null, slot: 1 };
}

/**
 * A criterion of a checklist typed from the seed with a word left out (「合理安排工作时间和资源」 for 能够合理安排工作时间和资源):
 * the item's one input so named, when no other of its inputs is.
 */
export function shortenedInput(item: ItemDef, text: string): InputDef | undefined {
  if (text.length > MAX_HEADING_LENGTH) return undefined;
  const key = labelKey(withoutNumbering(text));
  const hits = item.inputs.filter((i) => [i.label, ...(i.aliases ?? [])].some((n) => shortened(key, labelKey(n))));
  return hits.length === 1 ? hits[0] : undefined;
}
