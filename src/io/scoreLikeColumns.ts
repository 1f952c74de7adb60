// A roster typed by hand with columns headed by each item's name alone (「员工基本标准」), holding the items' scores. kpi
// reads such a heading as the item's one count (its 不符合项数: score = 分值 − n), so a perfect 10 became 10 faults and 0
// points: §2 东区, every cell at its item's 分值, scored 0.00 待改进 and 西区 (分值 − 1 everywhere) 14.00, exit 0.
// Counts of faults are mostly 0, 1 or 2; scores are mostly near the item's 分值. A sheet where several such columns hold
// mostly figures of at least half the item's 分值, some of them the 分值 itself, holds scores: said, and each person with
// a value there is not scored (the template's heading, 「员工基本标准·不符合项数」, is no such column: its rows are judged one
// by one as a person's sheet is, countsAsPointsProblem).
import type { FormDef, InputDef, ItemDef } from '../model/definition.js';
import type { Location, PersonEntries, RawEntry, RawValue } from '../model/entries.js';
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { nameOf } from '../engine/mergeRaters.js';
import type { WholeItem } from '../model/problems/catalog.js';
import { unitsOf } from '../engine/text.js';
import { columnHeading, itemNames, items, type RosterColumns } from './columns.js';
import { classifyRow, headingRowBelow, TYPED_TOTAL } from './rowKinds.js';
import { figureIn, type Grid } from './grid.js';
import { itemScoreHeading } from './missingColumns.js';
import { blankScore } from '../engine/slot.js';
import { isEmptyRaw } from '../engine/values.js';
import { round2 } from '../model/round.js';
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
export function scoreLikeColumns(grid: Grid, form: FormDef, layout: RosterColumns, ownTemplate = false, steps?: StepColumn[]): ScoreLikeColumn[] {
  const bare: Bare[] = [];
  /** Columns of a sole count of an item under 3 points, headed by the item's name alone (smallPoints). */
  const small: Bare[] = [];
  for (const [col, target] of layout.columns) {
    const smallItem = target.kind === 'entry' && !target.rater && soleCountDown(target.item, target.input, true) && target.item.max < 3;
    if (target.kind !== 'entry' || target.rater || !(smallItem || soleCountDown(target.item, target.input))) continue;
    const { item, input } = target;
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
    const like = labelKey(template) === key ? `${template}·${input.label}` : template;
    if (smallItem) {
      small.push({ col, item, heading, like, unit, input: input.label, own: ownTemplate && labelKey(template) === labelKey(heading) });
      continue;
    }
    // Only counts a month plausibly holds for everyone (at most 5): 38, 39, 40 under express-cs's 「工作状况」 (base 40) are
    // its points, kpi's template or not — read as counts they scored 79 for 96 without a word; so are §17 准时出勤's 10, 8,
    // 10, 6 (every person late six times or more: 2 points each, 92 优秀 for 100).
    const stepped = pointSteps(item);
    if (steps && stepped.size) steps.push({ col, heading, like, whole: { item: item.label, inputs: [input.label], unit }, steps: stepped, item, own: ownTemplate && labelKey(template) === labelKey(heading) });
    if (ownTemplate && labelKey(template) === labelKey(heading) && largestFigure(grid, layout.headerRow, col) <= 5) continue;
    bare.push({ col, item, heading, like, unit, input: input.label });
  }
  // Rows that are no one's (a 分值 row typed under the headings, a 合计): their full marks are no person's scores.
  const nobody = new Map<number, boolean>();
  const isNobody = (row: number) => {
    let k = nobody.get(row);
    if (k === undefined) nobody.set(row, (k = headingRowBelow(grid, row, layout.columns, layout.headerRow) || classifyRow(grid, row, layout.columns, layout.headerRow) !== null));
    return k;
  };
  const smallFound = small.filter((b) => smallPoints(columnFigures(grid, layout, b.col, isNobody), b.item.max, b.own));
  const found = bareColumns(grid, layout, bare, isNobody);
  // (A column found whole is said so; its rows are not also said one by one.)
  if (steps) {
    const whole = new Set(found.map((b) => b.col));
    const kept = steps.filter((x) => !whole.has(x.col)).flatMap((x) => judgedSteps(grid, layout, x, isNobody));
    steps.splice(0, steps.length, ...kept);
  }
  return [...found, ...smallFound].map((b) => ({ col: b.col, heading: b.heading, like: b.like, whole: { item: b.item.label, inputs: [b.input], unit: b.unit } }));
}

/**
 * A column of one count scored by tiers down from its 分值, headed by the item's name alone, and the figures its points
 * take that no month's count is likely to be (more than 5): the 分值 and its tiers' points above 5 (§17 准时出勤: 10, 8, 6).
 */
export interface StepColumn extends ScoreLikeColumn {
  steps: ReadonlySet<number>;
  item: ItemDef;
  /** Headed as kpi's own template heads the count (the item's name alone, the _kpi marker found). */
  own?: boolean;
}

/** Counts a month plausibly holds for anyone (as scoreLikeColumns's own-template check: at most 5). */
const MOST_LIKELY_COUNT = 5;

function pointSteps(item: ItemDef): Set<number> {
  const rule = item.rule;
  const vetoed = vetoPoints(item);
  // (An item zeroed at a count (单项否决): its points no count below that one reaches.)
  if (vetoed) return new Set([...vetoed.points].filter((v) => Number.isInteger(v) && v > 0 && v >= vetoed.bottom));
  if (rule.kind !== 'tiers') return new Set();
  return new Set([item.max, ...rule.tiers.map((t) => t.points)].filter((v) => Number.isInteger(v) && v > MOST_LIKELY_COUNT));
}

/** Every score the item's tiers give (§17 准时出勤: 10, 8, 6, 4, 2), or its deductions down to its veto (§11: 10, 8, 6, 0). */
function pointsOf(item: ItemDef): Set<number> {
  const rule = item.rule;
  const vetoed = vetoPoints(item);
  if (vetoed) return new Set([...vetoed.points].filter((v) => Number.isInteger(v)));
  if (rule.kind !== 'tiers') return new Set();
  return new Set([item.max, ...rule.tiers.map((t) => t.points), rule.otherwise.points].filter((v) => Number.isInteger(v)));
}

/**
 * An item of one count deducted per count and zeroed from a count on (zeroAt, 单项否决: §11 咨询答复质量, 10 − 2 × n, 3
 * 次及以上 0): the count that first gives 0 (`bottom`: the veto's, or the deductions' own if they reach 0 sooner) and every
 * score the item gives (10, 8, 6, 0). Its points above 0 from that count on (10, 8, 6 against a veto at 3) are no count a
 * month's team holds — a count that large scores 0 whatever it is — so typed there they are the item's points: 10, 8, 6, 0
 * were read as problems, 张三 86 一般 K0.9 for 96 优秀 K1.1. Items without a veto (§2's 10 − n to 0) keep their counts.
 */
function vetoPoints(item: ItemDef): { bottom: number; points: Set<number> } | null {
  const rule = item.rule;
  if (rule.kind !== 'deduction' || !rule.zeroAt || rule.penalties.length !== 1 || typeof rule.base !== 'number') return null;
  const { input, per } = rule.penalties[0]!;
  if (input !== rule.zeroAt.input || !(per > 0)) return null;
  const floor = rule.floor ?? 0;
  const natural = floor <= 0 ? Math.ceil(rule.base / per) : Infinity;
  const bottom = Math.min(Math.ceil(rule.zeroAt.count), natural);
  const points = new Set<number>([0]);
  for (let n = 0; n < bottom; n++) points.add(Math.max(floor, rule.base - per * n));
  return { bottom, points };
}

/**
 * A step column as its figures judge it (people's rows only), with the figures its rows are refused for:
 * - none of them a point above 5 (10, 8, 6): nothing to refuse, the column is left;
 * - under kpi's own template heading, with a figure that is no score of the item (0, 1, 3, 5, 7, 9, or above the 分值):
 *   the count the template asks for is what was typed — §17 6, 8, 0, 1, 10 are lapses, 2 + 90 = 92.00 优秀 each (they
 *   were refused; the base read them so);
 * - otherwise the column holds points for some, and every figure of it that is one of the item's scores is as
 *   ambiguous: 10, 8, 4 refused all three (王五's 4 was read as 4 lapses → 2, 92.00 优秀 without a word, where the
 *   points give 4 + 90 = 94), and 10, 8, 4, 2 all four (赵六's 2 read as 2 lapses → 6, 96 for 92).
 */
function judgedSteps(grid: Grid, layout: RosterColumns, c: StepColumn, isNobody: (row: number) => boolean): StepColumn[] {
  const points = pointsOf(c.item);
  const figures: number[] = [];
  for (let row = grid.nextRow(layout.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    const value = stepFigureIn(grid.value(row, c.col));
    if (value !== null && !isNobody(row)) figures.push(value);
  }
  const marking = figures.filter((v) => c.steps.has(v)).length;
  if (marking === 0) return [];
  // An item zeroed at a count (§11 咨询答复质量, 3 次及以上 0): one person's 6, 8 or 10 is a bad month's count as readily
  // (scored 0 either way) — 0, 0, 0, 6 were all four refused, J2's 「0」 called a score, for 96, 82, 100, 80.5 (10 + 86,
  // 10 + 72, 10 + 90, 0 + 80.5). Two such figures or more (10, 8, 6, 0; 10, 8) mark the column.
  if (vetoPoints(c.item) && marking < 2) return [];
  if (c.own && figures.some((v) => Number.isInteger(v) && v >= 0 && !points.has(v))) return [];
  return [{ ...c, steps: points }];
}

/** A cell's figure, full-width digits too (「１０」 is the engine's 10, as 「10」 is). */
function stepFigureIn(raw: RawValue): number | null {
  return raw.kind === 'text' ? figureIn({ ...raw, value: raw.value.normalize('NFKC') }) : figureIn(raw);
}

/**
 * The row's figure typed under such a column (a whole column of points is scoreLikeColumns's) when it is one of those
 * points: §17 准时出勤 10 and 8 of one or two people (beside 0 and 1, or alone) were read as more than 3 lapses, 2 points
 * each — 张三 and 李四 82.00 良好 at exit 0 for 10 + 20 + 25 + 15 + 20 = 90 优秀 and 88 良好; four such people were
 * refused. A count of 0–5 (0, 1, 4, 2) is read as typed, as is 7 or 9 (no score of the item), unless the column holds
 * points above 5 (judgedSteps). Full-width 「１０」 as 「10」: it was read as 10 lapses, 92 优秀, while 「10」 was refused.
 */
export function pointStepIn(grid: Grid, c: StepColumn, row: number): number | null {
  const value = stepFigureIn(grid.value(row, c.col));
  return value !== null && c.steps.has(value) ? value : null;
}

/**
 * The figures under a count's column, row by row below the headings (NaN where none), rows of no one's left out. A cell
 * left empty on a row whose other items are filled is that person's 0 (the count's default: no lapses).
 */
function columnFigures(grid: Grid, layout: RosterColumns, col: number, isNobody: (row: number) => boolean): number[] {
  const others = [...layout.columns].filter(([c, t]) => c !== col && t.kind === 'entry').map(([c]) => c);
  const figures: number[] = [];
  for (let row = grid.nextRow(layout.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    const raw = grid.value(row, col);
    // A CSV's cells are text: 「2」 there is the figure 2 as well.
    const value = raw.kind === 'empty' ? (others.some((c) => grid.value(row, c).kind !== 'empty') ? 0 : NaN) : (figureIn(raw) ?? NaN);
    if (Number.isFinite(value) && isNobody(row)) continue;
    figures.push(value);
  }
  return figures;
}

/**
 * §25 仪容仪表、语气语调、接听电话 (2 points, 2 − 0.5 × 不达标项数): kpi's template heads its one count with the item's name
 * alone, among columns of 0–2 points. Typed with the item's points — 2, 2, 1 — it was read as lapses: 张三 40/45 = 88.89
 * 良好, 李四 44/45 = 97.78, 王五 22.5/45 = 50.00 at exit 0 (2 lapses: 2 − 2 × 0.5 = 1). Figures of an item this small are
 * counts as readily as points (below 3 and MIN_PEOPLE_ALONE, the rules above leave it), so only what no month's counts
 * look like says points: none of them 0 (nor left empty by a person whose other items are filled: no lapses), and a
 * fraction within the 分值 (1.5: no count is a half), or two people or more and over half of them at the 分值 itself.
 * Counts 0, 1, 0, 2 stay counts (a 0 among them; one at the 分值 of four), and so do 2, 2, 1 beside a person left blank.
 */
function smallPoints(figures: readonly number[], max: number, own = false): boolean {
  const typed = figures.filter((v) => Number.isFinite(v));
  if (typed.length === 0 || typed.some((v) => v <= 0)) return false;
  const fraction = typed.some((v) => !Number.isInteger(v) && v < max);
  const full = typed.filter((v) => v === max).length;
  // Under kpi's own heading, the count it asked for: only a fraction (1.5) is no count — a team with 2, 2, 1 lapses
  // each was refused (review: 92.22 / 92.22 / 93.33 as counts, by hand).
  return fraction || (!own && full >= 2 && full * 2 > typed.length);
}

type Bare = { col: number; item: ItemDef; heading: string; like: string; unit: string; input: string; own?: boolean };

/** The columns of counts of 3 points or more holding the items' points (the rules below). */
function bareColumns(grid: Grid, layout: RosterColumns, bare: readonly Bare[], isNobody: (row: number) => boolean): Bare[] {
  if (bare.length === 0) return [];
  const held: Bare[] = [];
  /** Columns that alone hold scores: every figure at least half the 分值 (of 3 people or more), one at the 分值. */
  const alone: Bare[] = [];
  let atMax = 0;
  for (const b of bare) {
    const figures: number[] = [];
    for (let row = grid.nextRow(layout.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
      // A CSV's cells are text: 「39」 there is the figure 39 as well.
      const value = figureIn(grid.value(row, b.col)) ?? NaN;
      if (value >= 3 && isNobody(row)) continue;
      figures.push(value);
    }
    const t = tally(figures, b.item.max);
    if (t.scoreLike > 0 && t.scoreLike * 2 >= t.nonzero) {
      held.push(b);
      atMax += t.full;
    }
    if (pointsAlone(t, b.item.max)) alone.push(b);
  }
  // One such column among counts (express-cs 「工作状况」 of 40: 39, 36 and 40 read as violations, 20.5 points for a
  // 39), when every figure in it is a score's and none a likely count.
  // Or the team's own total beside them (「考评总分」) is, person by person, the sum of these figures: scores, not counts
  // (§2 9, 4, 13 … under the items beside 85, every figure under its 分值 and none at it: read as 15 faults, 待改进).
  const many = held.length >= MIN_COLUMNS && held.length * 2 >= bare.length;
  return many && (atMax >= MIN_AT_MAX || sumToTypedTotal(grid, layout, bare.map((b) => b.col), isNobody)) ? held : alone;
}

/**
 * Only an item of one count scored down from its 分值 (deducted per count, or by tiers of counts whose none is the 分值:
 * §17 准时出勤 10, 8, 10, 6 read as lateness scored 2 each): a count whose own bound is below the 分值 refuses the 分值
 * anyway.
 */
function soleCountDown(item: ItemDef, input: InputDef, anyPoints = false): boolean {
  if (input.type !== 'integer' || !countedDown(item, input.id) || (!anyPoints && item.max < 3) || (input.max !== undefined && input.max < item.max)) return false;
  return item.inputs.filter((i) => i.type !== 'text').length === 1;
}

/**
 * The same on people's own sheets, one a person (kpi's template, its row 「违反次数(次)」): §12 工作状况 filled with its
 * points, 39 and 38 of 40 on two sheets, read as violations — 张三 18 + 39.5 + (40 − 0.5 × 39) = 78.00 一般 for
 * 18 + 39.5 + 39 = 96.5 优秀 at exit 0, while the roster of the same figures was refused. A count whose figures, over
 * every sheet, hold the item's points as a roster's column would (pointsAlone): one error a person, at the cell. Items of
 * 20 points or more only: §17 准时出勤 (10) with 8 on a sheet may be eight late days, kept as read.
 */
export function pointsForCountsSheets(form: FormDef, people: readonly PersonEntries[]): Array<{ person: PersonEntries; problem: Problem }> {
  const reference = new Set((form.raters ?? []).filter((r) => r.weight <= 0).map((r) => r.id));
  const out: Array<{ person: PersonEntries; problem: Problem }> = [];
  const said = new Set(people.filter((p) => p.problems?.some((x) => x.code === 'points-not-scale')));
  for (const item of form.parts.flatMap((p) => p.items)) {
    const input = item.inputs.find((i) => i.type !== 'text');
    if (!input || item.max < 20 || !soleCountDown(item, input)) continue;
    const cells: Array<{ person: PersonEntries; value: number; at: Location }> = [];
    for (const person of people) {
      for (const [key, entry] of person.entries) {
        const [itemId, inputId, rater] = key.split('\u0000');
        if (itemId !== item.id || inputId !== input.id || reference.has(rater ?? '')) continue;
        const value = figureIn(entry.raw);
        if (value !== null) cells.push({ person, value, at: entry.at });
      }
    }
    if (!pointsAlone(tally(cells.map((c) => c.value), item.max), item.max)) continue;
    for (const c of cells) {
      if (said.has(c.person)) continue;
      said.add(c.person);
      const fields = { case: 'counts' as const, sheet: c.at.sheet ?? '', items: [item.label], full: c.value === item.max ? 1 : 0, example: { item: item.label, value: c.value, max: item.max }, sheets: new Set(cells.map((x) => x.person)).size };
      const name = nameOf(form, c.person);
      out.push({ person: c.person, problem: problem('points-not-scale', fields, c.at, name ? { person: name } : {}) });
    }
  }
  return out;
}

/**
 * A count bounded below its item's points (§1 投诉处理: 未满足项数 0–3, 20 − 5 × n) holding one of the item's scores: 15
 * under 上级 was 「应为0到3之间的整数」 alone, where 达成率's 20 beside it was told it looks like points. A figure above the
 * count's bound that is the 分值 less a whole number of its steps (15 = 20 − 5 × 1) is said as such, at the cell, with
 * the count it stands for; the cell is not read (the person is not scored). A 自评's, which counts for nothing, is left.
 */
export function pointsForBoundedCounts(form: FormDef, people: readonly PersonEntries[]): Array<{ person: PersonEntries; problem: Problem }> {
  const raters = new Map((form.raters ?? []).map((r) => [r.id, r] as const));
  const out: Array<{ person: PersonEntries; problem: Problem }> = [];
  const steps = new Map(form.parts.flatMap((p) => p.items).flatMap((item) => {
    const rule = item.rule;
    const penalty = rule.kind === 'deduction' && rule.base === item.max && rule.penalties.length === 1 ? rule.penalties[0]! : undefined;
    const input = penalty && item.inputs.find((i) => i.id === penalty.input);
    return input && input.type === 'integer' && input.max !== undefined && input.max < item.max && penalty.per > 0 ? [[item.id, { item, input, per: penalty.per }] as const] : [];
  }));
  for (const person of people) {
    for (const [key, entry] of person.entries) {
      const [itemId, inputId, raterId] = key.split('\u0000');
      const step = steps.get(itemId ?? '');
      const rater = raterId ? raters.get(raterId) : undefined;
      if (!step || step.input.id !== inputId || (rater && rater.weight <= 0)) continue;
      const value = figureIn(entry.raw);
      const count = value === null ? NaN : (step.item.max - value) / step.per;
      if (value === null || value <= step.input.max! || value > step.item.max || !Number.isInteger(count) || count < (step.input.min ?? 0)) continue;
      const heading = `${step.item.label}·${rater ? rater.label : step.input.label}`;
      const fields = { case: 'count' as const, heading, item: step.item.label, max: step.item.max, value: String(value), input: step.input.label, unit: unitsOf(step.input.unit)[0] ?? '次', per: step.per, count, most: step.input.max! };
      const name = nameOf(form, person);
      out.push({ person, problem: problem('points-not-scale', fields, entry.at, name ? { person: name } : {}) });
      person.withheld = new Set([...(person.withheld ?? []), key]);
    }
  }
  return out;
}

/** The figures typed for one count of an item, everyone's: how many are 0, how many read as its points. */
interface Tally {
  nonzero: number;
  zeros: number;
  /** At least 3 and half the 分值, within it. */
  scoreLike: number;
  /** At the 分值. */
  full: number;
  /** Within a quarter of the 分值. */
  high: number;
  /** Above the 分值 (no score of it: 12 faults under an item of 10). */
  above: number;
  least: number;
}

function tally(figures: readonly number[], max: number): Tally {
  const t: Tally = { nonzero: 0, zeros: 0, scoreLike: 0, full: 0, high: 0, above: 0, least: Infinity };
  for (const value of figures) {
    if (value === 0) t.zeros++;
    if (!(value > 0)) continue;
    t.nonzero++;
    t.least = Math.min(t.least, value);
    if (value >= 3 && value >= max / 2 && value <= max) t.scoreLike++;
    if (value === max) t.full++;
    if (value >= max * 0.75 && value <= max) t.high++;
    if (value > max) t.above++;
  }
  return t;
}

/** Figures of one count that are, on their own, the item's points and no month's counts. */
function pointsAlone(t: Tally, max: number): boolean {
  if (t.nonzero === 0 || t.zeros > 0) return false;
  // Three people or more, with no 0 among them: 0 faults is what counts mostly hold (3, 4, 5, 0, 0, 0 under a 5-point item
  // are counts). Everyone above 5 (39, 36, 38, 37 under 工作状况; 8, 8, 6 under 准时出勤): no month's counts for a whole
  // team, full marks or not (read as counts, 78 for 96.5, 57 不通过 for 61 通过).
  // (Most of them at least half the 分值 still: 6, 9, 7 violations under a 工作状况 of 40 are counts, kpi's own heading.)
  // Or everyone above 5 and someone at the 分值 itself (40, 38, 15 under 工作状况 of 40: a poor month's 15 kept the 3-in-4
  // from holding, read as counts 张三 76 一般 for 96 优秀) — 40 violations in a month beside everyone's 6 or more is none.
  if (t.nonzero >= MIN_PEOPLE_ALONE) return (t.scoreLike === t.nonzero && t.full >= 1) || (t.least > 5 && (t.scoreLike * 4 >= t.nonzero * 3 || (t.full >= 1 && t.above === 0)));
  // A team of one or two: every figure within a quarter of an item of 20 points or more (39, 38 under 工作状况 of 40) —
  // 39 violations in a month is no one's (刘洋 77.50 一般 for 96 优秀 at exit 0; three people were refused so).
  return t.least > 5 && max >= 20 && t.high === t.nonzero;
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

/** A roster's column of an item's points beside the item's own columns (「准时出勤·得分」 beside 准时出勤). */
export interface PointsBeside {
  col: number;
  heading: string;
  /** The item's own columns (its counts). */
  cols: number[];
  /** What the item scores with them empty (准时出勤 10). */
  blank: number;
  /** The template's heading of the count to fill instead. */
  like: string;
  whole: WholeItem;
}

/**
 * Such columns, ignored as the team's own: a figure typed there with the counts left empty was lost — §17 8 under
 * 「准时出勤·得分」, 准时出勤 blank, scored 10 (张三 100 优秀 for 8 + 90 = 98 at exit 0). Items whose counts may be left
 * empty only (a required count left empty is said anyway).
 */
export function pointsBesideCounts(grid: Grid, form: FormDef, layout: RosterColumns): PointsBeside[] {
  const out: PointsBeside[] = [];
  for (const u of layout.unknown) {
    const item = form.parts.flatMap((p) => p.items).find((i) => itemScoreHeading(u.text, form, i));
    const counts = item?.inputs.filter((i) => i.type !== 'text') ?? [];
    if (!item || !counts.length || !counts.every((i) => i.optional)) continue;
    // The count columns only: 「话务质量·次数」 beside the item's 投诉 note column alone, its five counts absent, is a column of
    // counts without their kind (countColumns49), not points beside them — 李四's 0 there was refused as points.
    const cols = [...layout.columns].filter(([, t]) => t.kind === 'entry' && t.item === item && !t.rater && counts.some((i) => i.id === t.input.id)).map(([c]) => c);
    const blank = cols.length ? blankScore(item) : null;
    if (blank === null) continue;
    const unit = unitsOf(counts[0]!.unit).find((x) => x !== '分') ?? '';
    // (An item of ticks is advised as ticks: 「请在「工作知识·经常询问客服问题」列填「经常询问客服问题」」 told to type its label.)
    const ticks = item.rule.kind === 'checklist' ? { ticks: true as const } : {};
    out.push({ col: u.col, heading: grid.text(layout.headerRow, u.col), cols, blank, like: columnHeading(item, counts[0]!, null, 1, form), whole: { item: item.label, inputs: counts.map((i) => i.label), unit, ...ticks } });
  }
  return out;
}

/** The row's figure typed (no formula) under such a column, its counts empty, other than the blank's score. */
export function pointsBesideBlank(grid: Grid, columns: readonly PointsBeside[], row: number): PointsBeside | undefined {
  return columns.find((c) => {
    const raw = grid.value(row, c.col);
    return raw.kind === 'number' && grid.formula?.(row, c.col) === undefined && round2(raw.value) !== round2(c.blank) && c.cols.every((x) => isEmptyRaw(grid.value(row, x)));
  });
}

/**
 * The error of one person's counts holding their items' points (pointsForCounts), at the first figure at its 分值; or null.
 * A person's sheet reads typed numbers only; a roster row its text figures too (`read`). `row`: the roster row it is.
 * (§2 roster under the template's 「员工基本标准·不符合项数」 headings: 一号管理处 10, 5, 15 … every item at its 分值, read
 * as that many faults — 0.00 待改进 at exit 0, 二号管理处 6.00 for 94, while the same figures on sheets were refused.)
 */
export function countsAsPointsProblem(form: FormDef, entries: ReadonlyMap<string, RawEntry>, at: Location, name?: string, read: (raw: RawValue) => number | null = (raw) => (raw.kind === 'number' ? raw.value : null), row?: number): Problem | null {
  const counted = countedItems(form);
  if (counted.size < 3) return null;
  const figures = [...entries].flatMap(([key, e]) => {
    const [itemId, inputId] = key.split('\u0000');
    const item = counted.get(itemId!);
    const value = item ? read(e.raw) : null;
    return item && value !== null ? [{ item, input: inputId!, value, cell: e.at.cell }] : [];
  });
  const asPoints = pointsForCounts(figures);
  if (!asPoints.length) return null;
  const held = figures.filter((f) => asPoints.includes(f.item));
  const first = held.find((f) => f.value === f.item.max) ?? held[0]!;
  const fields = { case: 'counts', sheet: at.sheet ?? '', items: asPoints.map((i) => i.label), full: held.filter((f) => f.value === f.item.max).length, example: { item: first.item.label, value: first.value, max: first.item.max }, ...(row ? { row } : {}) } as const;
  return problem('points-not-scale', fields, { ...at, ...(first.cell ? { cell: first.cell } : {}) }, name ? { person: name } : {});
}

/** A form's items of one count scored down from a 分值 of 3 or more (what pointsForCounts weighs), by id; made once a form. */
const countedOf = new WeakMap<FormDef, Map<string, ItemDef>>();
function countedItems(form: FormDef): Map<string, ItemDef> {
  let m = countedOf.get(form);
  if (!m) countedOf.set(form, (m = new Map(items(form).filter((i) => i.max >= 3 && i.inputs.filter((x) => x.type !== 'text').length === 1 && countedDown(i, i.inputs.find((x) => x.type !== 'text')!.id)).map((i) => [i.id, i]))));
  return m;
}
