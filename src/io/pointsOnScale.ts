// A roster column of an item scored from a figure on a larger scale (§10 客户满意度: a survey score 0–100, ÷ 100 × 20)
// holding the item's points instead (18 of its 20): read as the survey score, 18 became 3.6 points — 63.75 for 102, at
// exit 0, under 「客户满意度」, 「客户满意度得分」 or 「客户满意度(20分)」 alike. A column where every figure, of three people
// or more, is within the item's points (and reaches half of them) holds points: no survey of a team comes out so low.
// Said at the heading; each person with a figure there is not scored. A heading naming the scale (百分制, 0-100, 满分100)
// says the figures are on it, and is read as it is.
import type { FormDef, InputDef, ItemDef } from '../model/definition.js';
import type { Location, PersonEntries, RawValue } from '../model/entries.js';
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { nameOf } from '../engine/mergeRaters.js';
import { parseNumberText, unitsOf } from '../engine/text.js';
import type { RosterColumns } from './columns.js';
import { figureIn, type Grid } from './grid.js';
import { peopleRows } from './rowKinds.js';

export interface PointsColumn {
  col: number;
  heading: string;
  item: ItemDef;
  /** The scale the input is read on (100). */
  scale: number;
  /** The largest figure in the column. */
  highest: number;
  /** The input is a rate in %: 20 reads as 20 %, not as 20 of 100. */
  percent?: true;
  /** Some figures were fractions read as the rate (1.05 → 105 %): those people are scored. */
  fractions?: true;
}

/** Fewest people with a figure before a column is judged. */
const MIN_PEOPLE = 3;
const SCALE_NAMED = /百分制|满分\s*100|100\s*分制|0\s*[-~～至到]\s*100|\/\s*100|100\s*分/;

export function pointsOnScale(grid: Grid, layout: RosterColumns, people: () => readonly number[] = () => peopleRows(grid, layout.columns, layout.headerRow)): PointsColumn[] {
  return scaleColumns(grid, layout, people)
    .filter((c) => c.count >= MIN_PEOPLE && c.highest <= c.item.max && c.highest >= c.item.max / 2)
    .map(({ col, heading, item, input, highest, fractions }) => ({ col, heading, item, scale: input.max ?? 100, highest, ...(input.type === 'percent' ? { percent: true as const } : {}), ...(fractions ? { fractions: true as const } : {}) }));
}

/** A column pointsOnScale weighs, with how many people have a figure there. */
export interface ScaleColumn {
  col: number;
  heading: string;
  item: ItemDef;
  input: InputDef;
  /** People with a figure there. */
  count: number;
  highest: number;
  fractions: boolean;
  /** Under a rater of no weight (自评): scores nothing. */
  reference: boolean;
}

function scaleColumns(grid: Grid, layout: RosterColumns, people: () => readonly number[]): ScaleColumn[] {
  const out: ScaleColumn[] = [];
  for (const [col, target] of layout.columns) {
    if (target.kind !== 'entry' || target.input.reference) continue;
    const { item, input } = target;
    if (!onLargerScale(item, input)) continue;
    const heading = grid.text(layout.headerRow, col);
    if (SCALE_NAMED.test(heading.normalize('NFKC'))) continue;
    // 「客户满意度(%)」 over 23: the heading says 23 is 23 %. (「客户信息管理(20%)」, 「(权重20%)」 is the item's weight, copied
    // from the form's 权重 column: its 20, 10, 20 of 20 were read as 20 % and scored 0 at exit 0.)
    if (input.type === 'percent' && /(?<![\d.]\s*)[%％]|百分比/.test(heading)) continue;
    let count = 0;
    let highest = -Infinity;
    let fractions = false;
    // A 满分 or 合计 row under the people is no one's figure (peopleRows).
    for (const row of people()) {
      const raw = grid.value(row, col);
      const value = figureAsRead(raw, input);
      if (!Number.isFinite(value)) continue;
      count++;
      // A fraction the rate is read from (1.05 → 105 %) is one of the people, but no point of the item (rateFraction).
      if (!rateFraction(input, value)) highest = Math.max(highest, value);
      else fractions = true;
    }
    out.push({ col, heading, item, input, count, highest, fractions, reference: Boolean(target.rater && target.rater.weight <= 0) });
  }
  return out.sort((a, b) => a.col - b.col);
}

/**
 * The columns whose figures are too few to judge as a column (under MIN_PEOPLE): a roster of one or two people. Their
 * rows are judged one by one as a person's sheet is (pointsOnScaleRow).
 */
export function undecidedScaleColumns(grid: Grid, layout: RosterColumns, people: () => readonly number[] = () => peopleRows(grid, layout.columns, layout.headerRow)): ScaleColumn[] {
  return scaleColumns(grid, layout, people).filter((c) => c.count > 0 && c.count < MIN_PEOPLE && !c.reference);
}

/**
 * A row of such columns, three items or more, whose every figure is within its item's points and reaches half of them:
 * points, as on a person's sheet (pointsOnScaleSheets). §10 roster of two, 张三 18, 9, 8, 4, 5 under 客户满意度 (20),
 * 投诉处理 (10), 产品知识 (10), 团队协作 (5), 个人素质 (5) read as survey scores of 100: 25 + 3.6 + 15 + 10 + 0.9 + 0.8 +
 * 0.2 + 0.25 = 55.75 待改进 for 25 + 18 + 15 + 10 + 9 + 8 + 4 + 5 = 94.00 优秀 at exit 0, while his sheet of the form was
 * refused and a roster of three was too. The first such cell and how many items, or null. A row with one figure above
 * its item's points (a real 90), or under half of them, is read as it is.
 */
export function pointsOnScaleRow(grid: Grid, columns: readonly ScaleColumn[], row: number): { column: ScaleColumn; items: number } | null {
  const figures = columns.flatMap((c) => {
    const value = figureAsRead(grid.value(row, c.col), c.input);
    return Number.isFinite(value) ? [{ column: c, value }] : [];
  });
  if (new Set(figures.map((f) => f.column.item)).size < MIN_PEOPLE) return null;
  if (!figures.every((f) => f.value <= f.column.item.max && f.value >= f.column.item.max / 2)) return null;
  return { column: figures[0]!.column, items: figures.length };
}

/** A roster's column of a rate its tiers read alone (tierPointsTyped), not headed in %. */
export interface TierRateColumn {
  col: number;
  heading: string;
  item: ItemDef;
  input: InputDef;
}

/**
 * Such columns, for a row's own cell (however few people): §18 效率 17 and 14 beside 105 and 98 were 17 % and 14 % → 0,
 * 张三 and 李四 75 普通 at exit 0 for 92 特别优秀 and 89 优秀, where three such people are refused (pointsOnScale).
 */
export function tierRateColumns(grid: Grid, layout: RosterColumns): TierRateColumn[] {
  const out: TierRateColumn[] = [];
  for (const [col, t] of layout.columns) {
    if (t.kind !== 'entry' || t.input.reference || (t.rater && t.rater.weight <= 0) || t.input.type !== 'percent' || t.item.rule.kind !== 'tiers' || t.item.rule.input !== t.input.id) continue;
    const heading = grid.text(layout.headerRow, col);
    if (/(?<![\d.]\s*)[%％]|百分比/.test(heading)) continue;
    out.push({ col, heading, item: t.item, input: t.input });
  }
  return out;
}

/** The row's figure under such a column, as typed, when it is one of the item's tiers' points (tierPointsTyped); or null. */
export function tierPointsIn(grid: Grid, c: TierRateColumn, row: number): number | null {
  const value = figureAsRead(grid.value(row, c.col), c.input);
  return Number.isFinite(value) && tierPointsTyped(c.item, c.input, value) ? value : null;
}

/**
 * Two columns of one such input (「投诉处理」 and 「投诉处理得分」, the input being called 得分): one holding the figure (90,
 * 70), the other every figure within the item's points (9, 8.5, 7 of 10) — the team's own points beside it. Read as a
 * copy, a blank figure was filled from the points (李四's 8.5 read as 8.5 of 100: 0.85 of 10), and a filled one refused
 * for differing. The points column is not that input: taken out of the copies (said as not read), the figure's kept.
 */
export function teamPointsBeside(grid: Grid, layout: RosterColumns): void {
  const numbers = (col: number) => {
    const out: number[] = [];
    for (let row = grid.nextRow(layout.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
      const raw = grid.value(row, col);
      const figure = figureIn(raw);
      if (figure !== null) out.push(figure);
    }
    return out;
  };
  for (const d of [...layout.duplicates]) {
    const target = layout.columns.get(d.of);
    if (target?.kind !== 'entry' || d.months || d.sum || d.join || !onLargerScale(target.item, target.input) || target.input.type === 'percent') continue;
    const [mine, theirs] = [numbers(d.of), numbers(d.col)];
    const within = (xs: number[]) => xs.length > 0 && xs.every((x) => x <= target.item.max);
    const beyond = (xs: number[]) => xs.some((x) => x > target.item.max);
    const points = within(theirs) && beyond(mine) ? d.col : within(mine) && beyond(theirs) ? d.of : undefined;
    if (points === undefined) continue;
    layout.duplicates.splice(layout.duplicates.indexOf(d), 1);
    if (points === d.of) {
      layout.columns.delete(d.of);
      layout.columns.set(d.col, target);
      layout.columns = new Map([...layout.columns].sort((a, b) => a[0] - b[0]));
    }
    layout.unknown.push({ col: points, text: grid.text(layout.headerRow, points) });
    layout.unknown.sort((a, b) => a.col - b.col);
  }
}

/**
 * The figure a cell gives the input, as the engine reads it: 「18分」 too, 分 being the input's unit. Digits alone were
 * counted, so §10 张三's 「18分」「8分」「9分」「5分」「4分」 (points with their unit, more plainly points than bare 18, 8 …) were
 * read as survey scores of 100 at exit 0: 54.50 待改进 for the refusal his bare 18, 8, 9, 5, 4 get. A percent written as
 * one (「20%」, a cell formatted 0%) says what it is: NaN, as is anything else.
 */
function figureAsRead(raw: RawValue, input: InputDef): number {
  if (raw.kind === 'number') return input.type === 'percent' && (raw.percentFormat || raw.percentSign) ? NaN : raw.value;
  const typed = raw.kind === 'text' ? parseNumberText(raw.value, input.unit) : null;
  return typed && !typed.percent ? typed.value : NaN;
}

/**
 * A rate written as one — a % sign, typed or in the cell's format (「95%」, 0.95 formatted 0%): what it is, never points.
 * §18 效率 95 % beside 17, 1.05, 0.98 was refused as the item's points, 「会读作 95%%」 (赵六 unscored for
 * 25 + 20 + 14 + 10 + 20 = 89.00 优秀: 95 % ≥ 90 % → 14).
 */
export function percentWritten(raw: RawValue, input: InputDef): boolean {
  if (input.type !== 'percent') return false;
  if (raw.kind === 'number') return Boolean(raw.percentFormat || raw.percentSign);
  return raw.kind === 'text' && parseNumberText(raw.value, input.unit)?.percent === true;
}

/**
 * A score in 分 on a scale of 50 or more, for an item worth at most half of it — or a rate in % the item is scored from
 * (§1 达成率 in tiers of 20/10/0, §28 满意度 × 25), not a target (§10's 目标转化率 10 is 10 %): points typed there (20, 10,
 * 20 of 20) were read as 20 %.
 */
export function onLargerScale(item: ItemDef, input: InputDef): boolean {
  if (input.type === 'percent') {
    const target = (item.rule as { target?: { input?: string } }).target?.input === input.id;
    // (A rate that may pass 100 % — bao-lun 平均效率 up to 300 % — as well: its 17 of 20 was read as 17 %, 0 points.)
    return !target && (input.max ?? 100) >= 100 && item.max > 0 && item.max * 2 <= 100;
  }
  if (input.type !== 'number' && input.type !== 'integer') return false;
  if (!unitsOf(input.unit).includes('分') || input.max === undefined || input.max < 50) return false;
  return item.max > 0 && item.max * 2 <= input.max && item.inputs.filter((i) => i.type !== 'text').length === 1;
}

/**
 * The same on people's own sheets, one a person: an entry of such an item whose figure is, on three sheets or more, always
 * within the item's points (and reaching half of them) holds points. One error a person, at the first such cell.
 */
export function pointsOnScaleSheets(form: FormDef, people: readonly PersonEntries[]): Array<{ person: PersonEntries; problem: Problem }> {
  const byKey = new Map<string, { item: ItemDef; input: InputDef; cells: Array<{ person: PersonEntries; value: number; text: string; at: Location }> }>();
  const items = new Map<string, { item: ItemDef; input: InputDef }>(form.parts.flatMap((p) => p.items.flatMap((i) => i.inputs.map((x) => [`${i.id}\u0000${x.id}`, { item: i, input: x }] as [string, { item: ItemDef; input: InputDef }]))));
  // A rater of no weight (自评) scores nothing: the counting rater's cell is the one said.
  const reference = new Set((form.raters ?? []).filter((r) => r.weight <= 0).map((r) => r.id));
  for (const person of people) {
    for (const [key, entry] of person.entries) {
      const found = items.get(key.split('\u0000').slice(0, 2).join('\u0000'));
      // (A row labelled in %, 「平均效率(%)」, gives the figure's unit: 17 there is 17 %, as under a roster's column so headed.)
      if (!found || !onLargerScale(found.item, found.input) || reference.has(key.split('\u0000')[2] ?? '') || person.percentLabelled?.has(key)) continue;
      const raw = entry.raw;
      const value = raw.kind === 'number' && (raw.percentFormat || raw.percentSign) ? NaN : figureAsRead(raw, found.input);
      if (!Number.isFinite(value)) continue;
      const slot = byKey.get(key) ?? { ...found, cells: [] };
      slot.cells.push({ person, value, text: raw.kind === 'text' ? raw.value.trim() : String(value), at: entry.at });
      byKey.set(key, slot);
    }
  }
  const out: Array<{ person: PersonEntries; problem: Problem }> = [];
  const said = new Set<PersonEntries>();
  for (const { item, input, cells } of byKey.values()) {
    // (Fractions read as rates, 1.05 → 105 %, count among the sheets but are no points: not the highest, not refused.)
    const highest = Math.max(...cells.filter((c) => !rateFraction(input, c.value)).map((c) => c.value));
    // Sheets whose columns stand under 「得分」 say the figures are scores: one such sheet is enough (10 of §1's 20 was
    // read as 10 % — two people a band lower at exit 0, the third sheet made it an error).
    const headed = cells.every((c) => c.person.scoreHeaded);
    if ((new Set(cells.map((c) => c.person)).size < MIN_PEOPLE && !headed) || highest > item.max || highest < item.max / 2) continue;
    for (const c of cells) {
      if (said.has(c.person) || rateFraction(input, c.value)) continue;
      said.add(c.person);
      const fields = { case: 'value', heading: input.label === '得分' ? item.label : `${item.label}·${input.label}`, item: item.label, max: item.max, scale: input.max ?? 100, value: c.text, row: true, ...(input.type === 'percent' ? { percent: true as const } : {}), ...(headed && new Set(cells.map((x) => x.person)).size < MIN_PEOPLE ? { headed: true as const } : {}) } as const;
      const name = nameOf(form, c.person);
      out.push({ person: c.person, problem: problem('points-not-scale', fields, c.at, name ? { person: name } : {}) });
    }
  }
  // One or two sheets (a file a person) whose every such figure, three items or more, is within its item's points and
  // reaches half of them: points, as three people's would be — §10 18, 8, 9, 5, 4 under 分值 20, 10, 10, 5, 5 read as
  // survey scores of 100: 张三 63.75 一般 for 102 优秀 at exit 0. No one's survey scores are all so low.
  const perPerson = new Map<PersonEntries, Array<{ item: ItemDef; input: InputDef; cell: { value: number; text: string; at: Location } }>>();
  for (const { item, input, cells } of byKey.values()) for (const c of cells) perPerson.set(c.person, [...(perPerson.get(c.person) ?? []), { item, input, cell: c }]);
  for (const [person, figures] of perPerson) {
    if (said.has(person) || new Set(figures.map((f) => f.item)).size < MIN_PEOPLE) continue;
    if (!figures.every((f) => f.cell.value <= f.item.max && f.cell.value >= f.item.max / 2)) continue;
    said.add(person);
    const { item, input, cell } = figures[0]!;
    const fields = { case: 'value', heading: input.label === '得分' ? item.label : `${item.label}·${input.label}`, item: item.label, max: item.max, scale: input.max ?? 100, value: cell.text, row: true, items: figures.length, ...(input.type === 'percent' ? { percent: true as const } : {}) } as const;
    const name = nameOf(form, person);
    out.push({ person, problem: problem('points-not-scale', fields, cell.at, name ? { person: name } : {}) });
  }
  // A sheet's own cell, however many sheets: a bare rate that is a score its tiers give (the form's layout sent round as
  // one person's file, §1 达成率 20 of 20) was 20 % → 0, 张三 75.75 一般 at exit 0 where the points give A 80/80 = 100,
  // 100 × 0.85 + 80 × 0.15 = 97.00 优秀; three sheets of it were refused. Below every tier, 20 % is no rate a month shows.
  for (const { item, input, cells } of byKey.values()) {
    for (const c of cells) {
      if (said.has(c.person) || !tierPointsTyped(item, input, c.value)) continue;
      said.add(c.person);
      const fields = { case: 'value', heading: input.label === '得分' ? item.label : `${item.label}·${input.label}`, item: item.label, max: item.max, scale: input.max ?? 100, value: c.text, row: true, percent: true, own: true } as const;
      const name = nameOf(form, c.person);
      out.push({ person: c.person, problem: problem('points-not-scale', fields, c.at, name ? { person: name } : {}) });
    }
  }
  return out;
}

/**
 * A bare figure of a rate the engine reads as a fraction, not a whole number (plainPercent: 0–1, or up to the input's
 * max ÷ 100 where it passes 100 %): §18 效率 1.05 is 105 % → 17. Beside a 17 it was refused as a point of the item (「会读作 1.05%」, with the
 * engine's own 「按 105% 计」 on the same cell) — 李四 未评分 for 92 特别优秀, 王五's 0.98 for 89 优秀.
 */
export function rateFraction(input: InputDef, value: number): boolean {
  // (Not a whole number: 0, or 1 beside 20 and 10, is as much a point as a rate — read as one, refused with its column.)
  if (input.type !== 'percent' || (input.plainNumber ?? 'auto') !== 'auto' || !(value > 0) || Number.isInteger(value)) return false;
  return value <= 1 || (input.max !== undefined && input.max > 100 && value * 100 <= input.max);
}

/**
 * A rate of 0–100 % its item's tiers read alone (§1 达成率), typed as a whole number those tiers award (20 or 10 of
 * 客户信息管理's 20) that, read as a rate, falls below every tier and scores less. A real 95, 100, or 「20%」 is kept.
 */
export function tierPointsTyped(item: ItemDef, input: InputDef, value: number): boolean {
  const rule = item.rule;
  // (A rate that may pass 100 % too — §18 效率, 0–300 %: its 17 and 14 are its tiers' points, read as 17 % and 14 % they
  // scored 0: 张三 75 普通 for 25 + 20 + 17 + 10 + 20 = 92 特别优秀 at exit 0.)
  if (rule.kind !== 'tiers' || rule.input !== input.id || input.type !== 'percent') return false;
  if (item.inputs.filter((i) => i.type !== 'text').length !== 1 || !Number.isInteger(value) || value <= rule.otherwise.points) return false;
  return rule.tiers.some((t) => t.points === value) && rule.tiers.every((t) => value < t.min);
}

