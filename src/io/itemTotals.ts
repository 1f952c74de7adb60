// One column of an item's violations in all (§12 「话务质量(次)」, 「话务质量违反次数」, 「话务质量(违反一次扣0.5分)」, 「话务质量」
// over 3, 1, 0, 8) on a roster without any of the item's count columns, where every kind costs the same: the sum is
// all the rule needs. It was refused as the item's score (「像是…得分」) or as one kind retyped, all four people unscored
// (张三 18 + (40 − 3 × 0.5) + (40 − 2 × 0.5) = 95.5). Read into the item's first count, named as the total.
import type { FormDef, InputDef, ItemDef } from '../model/definition.js';
import { parseRaw } from '../engine/values.js';
import { items, type RosterColumns } from './columns.js';
import type { Grid } from './grid.js';
import { labelKey, notedPoints, withoutTrailingNote } from './normalize.js';
import { peopleRows } from './rowKinds.js';

export interface ItemTotal {
  col: number;
  item: ItemDef;
  input: InputDef;
  heading: string;
  per: number;
}

/** What a total of counts is called in the explanation. */
export const TOTAL_LABEL = '违反次数合计';

const COUNT_TAIL = /[·・\-_:]?(?:违反|违规)?(?:次数|次)$/;
const COUNT_NOTE = /^\s*[((\[【]\s*(?:违反|违规)?(?:次数|次)\s*[))\]】]\s*$/;

/** The item's counts, each costing `per` (a rule of one kind, or of kinds costing differently, has none to sum). */
function sameCost(item: ItemDef): { inputs: InputDef[]; per: number } | undefined {
  const rule = item.rule;
  if (rule.kind !== 'deduction' || typeof rule.base !== 'number' || rule.zeroAt || rule.penalties.length < 2) return undefined;
  const per = rule.penalties[0]!.per;
  if (!(per > 0) || rule.penalties.some((p) => p.per !== per)) return undefined;
  const inputs = rule.penalties.map((p) => item.inputs.find((i) => i.id === p.input));
  if (inputs.some((i) => !i || i.type !== 'integer' || !i.optional)) return undefined;
  return { inputs: inputs as InputDef[], per };
}

/**
 * The column's cells are whole counts (「3次」 too), none below 0, and not the item's scores: bare, every one small beside
 * the item's points; headed by the rule only (「(违反一次扣0.5分)」), not half of them or more at half its points or above.
 * The team's scores under such a heading — 40, 39, 38, 36 under 「话务质量(违反一次扣0.5分)」 — were read as 40 violations
 * (40 − 0.5 × 40 = 20): 张三 78.00 一般 for 98 at exit 0, where the base refused them as scores.
 *
 * unit: the heading names a count (「(次)」, 「(次数)」, 「(违反次数)」, 「违规次数」). Its figures are the item's scores only
 * when half of them or more lie in the top quarter of its points (30–40 of 话务质量's 40): 40, 39, 38, 36, and with one
 * low figure among them 40, 39, 38, 8 and 38, 36, 35, 0 (read as violations, 张三 18 + (40 − 20) + 39 = 77.00 一般 at exit 0
 * for a refusal; as scores 97) — refused as the item's scores. Anything else is counts: 22, 1, 0, 25 and 24, 20, 2, 5,
 * and heavy months with one light (22, 25, 21, 3; 20, 24, 30, 2, 1; 26, 21, 0, 24, 3, 22; 5, 12, 25, 30), which the rule
 * of half at half the points and fewer than half below a quarter refused as scores (all unscored at exit 1; 张三
 * 18 + (40 − 11) + 39 = 86). Exactly half is refused too: 40, 38, 25, 22 (full marks among them) read as counts made
 * 张三 18 + (40 − 20) + 39 = 77.00 一般 at exit 0 for 97 as scores (review 60); 40, 8 likewise — unless every figure
 * outside the top quarter is in the bottom eighth of the points (0–5 of 40: no plausible score, a light month's count):
 * heavy months beside light ones, 32, 4; 30, 0; 35, 30, 3, 0; 30, 31, 32, 2, 1, 0; 34, 31, 2, 5, were refused as scores
 * since e179f95a, everyone unscored at exit 1 (张三 18 + (40 − 16) + 39 = 81 良好). Only at exactly half: with more than half
 * in the top quarter (38, 36, 35, 0) the figures stay the item's scores, refused.
 */
function countsBelow(grid: Grid, people: readonly number[], col: number, input: InputDef, item: ItemDef, bare: boolean, unit: boolean): boolean {
  let filled = 0;
  let scoreLike = 0;
  let top = 0;
  let light = 0;
  let full = 0;
  let over = 0;
  // The people's rows only (peopleRows): a 合计 row under them is no figure of anyone's — its =SUM(F2:F5) written without
  // a cached result (openpyxl) is no count, so 3, 1, 0, 2 under 「话务质量(次)」 were refused as the item's scores, all four
  // unscored at exit 1 for 张三 18 + (40 − 1.5) + 39 = 95.50 优秀; its cached 36 would weigh as a heavy month's.
  for (const row of people) {
    const raw = grid.value(row, col);
    if (raw.kind === 'empty') continue;
    const parsed = parseRaw(input, raw);
    if (!parsed.ok) return false;
    if (parsed.empty) continue;
    if (typeof parsed.value !== 'number' || !Number.isInteger(parsed.value) || parsed.value < 0) return false;
    if (bare && parsed.value >= item.max / 2) return false;
    filled++;
    if (parsed.value >= item.max / 2) scoreLike++;
    if (parsed.value === item.max) full++;
    if (parsed.value > item.max) over++;
    if (parsed.value >= (item.max * 3) / 4 && parsed.value <= item.max) top++;
    else if (parsed.value <= item.max / 8) light++;
  }
  if (filled === 0) return false;
  // A figure above the item's points beside one in the bottom eighth (no plausible score either): 45, 32, 35, 2 under
  // 「话务质量(次)」 (a heavy month of 45) were refused as the item's scores, everyone unscored at exit 1 for 张三
  // 18 + (40 − 22.5) + 39 = 74.50 一般. Above the points alone (41, 40, 39, 38) may be a score mistyped: refused as before.
  // (Under a count heading only: 「(违反一次扣0.5分)」 over 39, 37, 41, 5 is the team's scores, one mistyped — review 62.)
  if (unit && over > 0 && light > 0) return true;
  // Exactly half heavy and the rest light is a heavy month beside light ones — unless a figure is the item's full marks
  // (40 of 40): 40, 38, 2, 0 under 「话务质量(次)」 were read as counts, 张三 18 + (40 − 20) + 39 = 77 一般 for 97 as scores,
  // at exit 0 (review 61 of 4d7b082a); refused as before.
  if (unit) return top * 2 < filled || (top * 2 === filled && top + light === filled && full === 0);
  return scoreLike * 2 < filled;
}

export function itemTotalColumns(grid: Grid, form: FormDef, layout: RosterColumns, people: () => readonly number[] = () => peopleRows(grid, layout.columns, layout.headerRow)): ItemTotal[] {
  const present = [...layout.columns.values()];
  let rows: readonly number[] | undefined;
  const found = new Map<ItemDef, ItemTotal[]>();
  for (const u of layout.unknown) {
    const text = u.text.normalize('NFKC').trim();
    const base = withoutTrailingNote(text);
    const note = base === text ? '' : text.slice(base.length);
    // Points noted (「话务质量(40分)」) or a score's word: the item's score, said as before.
    if (notedPoints(text) !== undefined || /得分|评分|分数|合计|小计/.test(text)) continue;
    const key = labelKey(base);
    const stem = key.replace(COUNT_TAIL, '');
    const counted = stem !== key || /次/.test(note);
    // A count's own unit (「(次)」, 「(违反次数)」, 「话务质量违规次数」), not the rule alone (「(违反一次扣0.5分)」).
    const unit = stem !== key || COUNT_NOTE.test(note);
    // A note of another kind (「话务质量(备注)」) is no count.
    if (note && !/次/.test(note)) continue;
    for (const item of items(form)) {
      const cost = sameCost(item);
      if (!cost) continue;
      if (![item.label, ...(item.aliases ?? [])].some((n) => labelKey(n) === stem)) continue;
      // A note's own cost (「违反一次扣0.5分」) must be the item's.
      const said = /扣\s*(\d+(?:\.\d+)?)\s*分/.exec(note)?.[1];
      if (said !== undefined && Number(said) !== cost.per) continue;
      if (present.some((t) => t.kind === 'entry' && cost.inputs.includes(t.input))) continue;
      if (!countsBelow(grid, (rows ??= people()), u.col, cost.inputs[0]!, item, !counted, unit)) continue;
      const list = found.get(item) ?? [];
      list.push({ col: u.col, item, input: cost.inputs[0]!, heading: u.text, per: cost.per });
      found.set(item, list);
    }
  }
  // Two such columns of one item: which is the total is not guessed.
  return [...found.values()].filter((l) => l.length === 1).map((l) => l[0]!);
}
