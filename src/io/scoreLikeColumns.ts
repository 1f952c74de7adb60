// A roster typed by hand with columns headed by each item's name alone (「员工基本标准」), holding the items' scores. kpi
// reads such a heading as the item's one count (its 不符合项数: score = 分值 − n), so a perfect 10 became 10 faults and 0
// points: §2 东区, every cell at its item's 分值, scored 0.00 待改进 and 西区 (分值 − 1 everywhere) 14.00, exit 0.
// Counts of faults are mostly 0, 1 or 2; scores are mostly near the item's 分值. A sheet where several such columns hold
// mostly figures of at least half the item's 分值, some of them the 分值 itself, holds scores: said, and each person with
// a value there is not scored (the template's heading, 「员工基本标准·不符合项数」, is read as it always was).
import type { FormDef, ItemDef } from '../model/definition.js';
import type { WholeItem } from '../model/problems/catalog.js';
import { unitsOf } from '../engine/text.js';
import { columnHeading, itemNames, type RosterColumns } from './columns.js';
import { classifyRow, headingRowBelow, TYPED_TOTAL } from './rowKinds.js';
import { figureIn, type Grid } from './grid.js';
import { labelKey, withoutNumbering, withoutTrailingNote } from './normalize.js';

export interface ScoreLikeColumn {
  col: number;
  heading: string;
  /** The template's heading for the count (「员工基本标准·不符合项数」). */
  like: string;
  whole: WholeItem;
}

/** Fewest score-like columns, and cells at an item's 分值, before a sheet is taken to hold scores. */
const MIN_COLUMNS = 2;
const MIN_AT_MAX = 2;
/** Fewest people with a figure in a column said alone to hold scores. */
const MIN_PEOPLE_ALONE = 3;

/**
 * `ownTemplate`: kpi's template of this form, whose own heading for a count is the item's name alone (a team's items of
 * 5 points, counts 3–5 typed): that heading is the count kpi asked for there, not the team's score.
 */
export function scoreLikeColumns(grid: Grid, form: FormDef, layout: RosterColumns, ownTemplate = false): ScoreLikeColumn[] {
  const bare: Array<{ col: number; item: ItemDef; heading: string; like: string; unit: string; input: string }> = [];
  for (const [col, target] of layout.columns) {
    if (target.kind !== 'entry' || target.input.type !== 'integer' || target.rater) continue;
    const { item, input } = target;
    // Only an item of one count scored down from its 分值 (deducted per count, or by tiers of counts whose none is the
    // 分值: §17 准时出勤 10, 8, 10, 6 read as lateness scored 2 each): a count whose own bound is below the 分值 refuses
    // the 分值 anyway.
    if (!countedDown(item, input.id) || item.max < 3 || (input.max !== undefined && input.max < item.max)) continue;
    if (item.inputs.filter((i) => i.type !== 'text').length !== 1) continue;
    const heading = grid.text(layout.headerRow, col);
    // The item's name, or with the form's rule noted after it (「员工基本标准(每处不符合扣1分)」, 「工作状况(违反一次扣0.5分)」:
    // the seed's own wording over the team's scores — read as counts, a perfect 管理处 scored 0 at exit 0).
    const unnumbered = withoutNumbering(heading);
    const ruled = withoutTrailingNote(unnumbered);
    const key = labelKey(ruled !== unnumbered && /扣|每|加/.test(unnumbered.slice(ruled.length)) ? ruled : unnumbered);
    if (!itemNames(form, item).some((n) => labelKey(n) === key)) continue;
    const unit = unitsOf(input.unit).find((u) => u !== '分') ?? '';
    // The heading that names the count: the template's, or with the input's name when the template's is the item's
    // alone (「工作状况·违反次数」: 「请把列名改为「工作状况」」 named the very heading).
    const template = columnHeading(item, input, null, 1, form);
    // Only counts a month plausibly holds for everyone (at most 5): 38, 39, 40 under express-cs's 「工作状况」 (base 40) are
    // its points, kpi's template or not — read as counts they scored 79 for 96 without a word; so are §17 准时出勤's 10, 8,
    // 10, 6 (every person late six times or more: 2 points each, 92 优秀 for 100).
    if (ownTemplate && labelKey(template) === labelKey(heading) && largestFigure(grid, layout.headerRow, col) <= 5) continue;
    const like = labelKey(template) === key ? `${template}·${input.label}` : template;
    bare.push({ col, item, heading, like, unit, input: input.label });
  }
  if (bare.length === 0) return [];
  const held: typeof bare = [];
  /** Columns that alone hold scores: every figure at least half the 分值 (of 3 people or more), one at the 分值. */
  const alone: typeof bare = [];
  let atMax = 0;
  // Rows that are no one's (a 分值 row typed under the headings, a 合计): their full marks are no person's scores.
  const nobody = new Map<number, boolean>();
  const isNobody = (row: number) => {
    let k = nobody.get(row);
    if (k === undefined) nobody.set(row, (k = headingRowBelow(grid, row, layout.columns, layout.headerRow) || classifyRow(grid, row, layout.columns, layout.headerRow) !== null));
    return k;
  };
  for (const b of bare) {
    let nonzero = 0;
    let zeros = 0;
    let scoreLike = 0;
    let full = 0;
    let least = Infinity;
    let above = 0;
    let high = 0;
    for (let row = grid.nextRow(layout.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
      const raw = grid.value(row, b.col);
      // A CSV's cells are text: 「39」 there is the figure 39 as well.
      const value = figureIn(raw) ?? NaN;
      if (value === 0) zeros++;
      if (!(value > 0)) continue;
      if (value >= 3 && isNobody(row)) continue;
      nonzero++;
      least = Math.min(least, value);
      if (value >= 3 && value >= b.item.max / 2 && value <= b.item.max) scoreLike++;
      if (value === b.item.max) full++;
      if (value >= b.item.max * 0.75 && value <= b.item.max) high++;
      // (A figure above the item's points is no score of it: counts — 12 faults under an item of 10.)
      if (value > b.item.max) above++;
    }
    if (scoreLike > 0 && scoreLike * 2 >= nonzero) {
      held.push(b);
      atMax += full;
    }
    // Alone, with no 0 among them: 0 faults is what counts mostly hold (3, 4, 5, 0, 0, 0 under a 5-point item are counts).
    // Or everyone above 5 (39, 36, 38, 37 under 工作状况; 8, 8, 6 under 准时出勤): no month's counts for a whole team, full
    // marks or not (read as counts, 78 for 96.5, 57 不通过 for 61 通过).
    // (Most of them at least half the 分值 still: 6, 9, 7 violations under a 工作状况 of 40 are counts, kpi's own heading.)
    // Or everyone above 5 and someone at the 分值 itself (40, 38, 15 under 工作状况 of 40: a poor month's 15 kept the 3-in-4
    // from holding, read as counts 张三 76 一般 for 96 优秀) — 40 violations in a month beside everyone's 6 or more is none.
    if (nonzero >= MIN_PEOPLE_ALONE && zeros === 0 && ((scoreLike === nonzero && full >= 1) || (least > 5 && (scoreLike * 4 >= nonzero * 3 || (full >= 1 && above === 0))))) alone.push(b);
    // A team of one or two: every figure within a quarter of an item of 20 points or more (39, 38 under 工作状况 of 40) —
    // 39 violations in a month is no one's (刘洋 77.50 一般 for 96 优秀 at exit 0; three people were refused so).
    else if (nonzero > 0 && nonzero < MIN_PEOPLE_ALONE && zeros === 0 && least > 5 && b.item.max >= 20 && high === nonzero) alone.push(b);
  }
  // One such column among counts (express-cs 「工作状况」 of 40: 39, 36 and 40 read as violations, 20.5 points for a
  // 39), when every figure in it is a score's and none a likely count.
  // Or the team's own total beside them (「考评总分」) is, person by person, the sum of these figures: scores, not counts
  // (§2 9, 4, 13 … under the items beside 85, every figure under its 分值 and none at it: read as 15 faults, 待改进).
  const many = held.length >= MIN_COLUMNS && held.length * 2 >= bare.length;
  const found = many && (atMax >= MIN_AT_MAX || sumToTypedTotal(grid, layout, bare.map((b) => b.col), isNobody)) ? held : alone;
  return found.map((b) => ({ col: b.col, heading: b.heading, like: b.like, whole: { item: b.item.label, inputs: [b.input], unit: b.unit } }));
}

/** A column of the team's total (总分, 考评总分 …) that is, on two rows or more and every row with one, the sum of `cols`. */
function sumToTypedTotal(grid: Grid, layout: RosterColumns, cols: number[], isNobody: (row: number) => boolean): boolean {
  // (「合计」, 「总计」, 「得分」 too: a column summing the figures row by row says what they are, whatever its heading.)
  const total = layout.unknown.find((u) => { const k = labelKey(u.text).replace(/[((][^))]*[))]$/, ''); return TYPED_TOTAL.test(k) || /^(合计|合计分|总计|得分|总分数|分数合计)$/.test(k); });
  if (!total) return false;
  const num = (row: number, col: number) => {
    const raw = grid.value(row, col);
    return raw.kind === 'empty' ? 0 : (figureIn(raw) ?? NaN);
  };
  let rows = 0;
  for (let row = grid.nextRow(layout.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    const typed = num(row, total.col);
    if (!(typed > 0) || isNobody(row)) continue;
    const sum = cols.reduce((a, c) => a + num(row, c), 0);
    if (!(Math.abs(sum - typed) < 0.01)) return false;
    rows++;
  }
  // (One row of many figures summing to it is as plain: a roster of one 管理处.)
  return rows >= 2 || (rows === 1 && cols.length >= 5);
}

/** The item's score falls from its 分值 as the count rises: a deduction, or tiers of the count with 0 at the 分值. */
export function countedDown(item: ItemDef, input: string): boolean {
  const rule = item.rule;
  if (rule.kind === 'deduction') return true;
  if (rule.kind !== 'tiers' || rule.input !== input || rule.otherwise?.points !== item.max) return false;
  return rule.tiers.every((t) => t.points < item.max && (t.min ?? 0) > 0);
}

/** The largest number under the heading (text digits too), or 0. */
function largestFigure(grid: Grid, headerRow: number, col: number): number {
  let most = 0;
  for (let row = grid.nextRow(headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    const raw = grid.value(row, col);
    const value = figureIn(raw) ?? 0;
    if (value > most) most = value;
  }
  return most;
}

/**
 * One person's sheet of counts filled with the items' points (§2 一号楼: 10, 5, 15 … every row at its 分值, read as that
 * many faults: 0.00 待改进 at exit 0): three counted-down items or more with figures of at least half their 分值, half of
 * them the 分值 itself. The items so filled, or none. (A month with as many faults as an item has points, on half the
 * items, is no month a sheet records.)
 */
export function pointsForCounts(figures: ReadonlyArray<{ item: ItemDef; input: string; value: number }>): ItemDef[] {
  // (Zeros count among them: three heavy months beside eleven items at 0 are counts — 82.00, refused.)
  const counted = figures.filter((f) => f.value >= 0 && f.item.max >= 3 && countedDown(f.item, f.input) && f.item.inputs.filter((i) => i.type !== 'text').length === 1);
  const scoreLike = counted.filter((f) => f.value >= 3 && f.value >= f.item.max / 2 && f.value <= f.item.max);
  const full = scoreLike.filter((f) => f.value === f.item.max);
  return scoreLike.length >= 3 && scoreLike.length === counted.length && full.length * 2 >= scoreLike.length ? scoreLike.map((f) => f.item) : [];
}
