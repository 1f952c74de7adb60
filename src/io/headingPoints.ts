// A roster heading that prints the item's points (「员工的工作效率(30分)」) where the form gives the item other points
// (20): the team's own form weighs the item otherwise, or the heading is stale. Read on the definition's points without
// a word, 18 typed under 「(30分)」 became 18 of 20 (express-cs: 96.50 优秀 for a 30-point form's 18), exit 0.
// Points typed under it cannot be read on either scale: an error, the column not counted.
import type { FormDef, InputDef, ItemDef, PartDef, RaterDef } from '../model/definition.js';
import { unitsOf } from '../engine/text.js';
import { labelKey, notedPoints, splitAround, withoutNumbering, withoutTrailingNote } from './normalize.js';
import { findRater, saysSelf } from '../engine/raterCopy.js';
import type { RosterColumns } from './columns.js';
import type { Grid } from './grid.js';
import { parseRef } from './fast/xml.js';
import { scaleBelow } from './headingUnits.js';

export interface HeadingPointsClash {
  col: number;
  /** The columns the stated points are over (a group heading's, an item's inputs): one error a person, at the first filled. */
  cols?: number[];
  /** The points are a weight in % (「销售额(30%)」, a 权重 row): said as one. */
  percent?: true;
  /** A rater's label, when the weight is stated after the rater's name (「…·同事评1(20%)」: the rater's share of the item). */
  rater?: string;
  /** A part's label, when the points are stated over its items (「业绩考核(权重80%)」 over four items). */
  part?: string;
  /**
   * What the form says instead, when not the item's (or part's) points: a rating column's own full marks under a 满分 row
   * (§10's 0–100 of 20), or a weight in % (an item's share of the total, a part's weight).
   */
  formSays?: number;
  /** The column's own heading, as typed, and its row. */
  heading: string;
  row: number;
  item: ItemDef;
  said: number;
  /** A choice worth points (30/25/20 for 服务态度): its answers typed as words read the same on any scale; only points typed clash. */
  pointsOnly?: true;
  /**
   * The item's own points (or weight) over its rating of `from`–`rated` (§4 工作能力, 1–10 worth 5), every mark within them:
   * points already weighted, or low ratings — the form's points agree, the reading is what is unknown.
   */
  rated?: number;
  from?: number;
}

/** A cell holding points typed as a number (20, 「20分」), not a choice's words. */
export function typedPoints(text: string): boolean {
  return /^\s*[+-]?\d+(\.\d+)?\s*分?\s*$/.test(text.normalize('NFKC'));
}

/**
 * Headings of columns of points typed in (an item scored directly, in 分) whose own points note differs from every number
 * of points the form gives their item. Only the column's own heading: a part's points above its items (「顾客满意度(25分)」
 * over four indicators of a mean) are the part's share of the total, which forms reach in many ways (a mean of parts, a
 * rescaled sum, a weight), and the items below read the same whatever it says.
 */
export function headingPointsClashes(grid: Grid, form: FormDef, layout: RosterColumns): HeadingPointsClash[] {
  const out: HeadingPointsClash[] = [];
  const row = layout.headerRow;
  for (const [col, target] of layout.columns) {
    if (target.kind !== 'entry' || target.input.reference) continue;
    const choice = choiceOfPoints(target.input);
    if (!pointsTyped(target.input) && !choice) continue;
    const { item, input } = target;
    if (item.max <= 0 || item.role === 'adjustment' || item.role === 'veto') continue;
    const own = grid.text(row, col);
    const noted = own ? notedPoints(own) : undefined;
    // A choice's scale on the units row under its heading (「5分制」 under 服务态度: 4 of 5 read as 优秀's 4, 100 for 80);
    // numbers in 分 there are foreignUnitBelow's.
    const below = noted === undefined && choice ? scaleBelow(grid, row, col) : undefined;
    const said = noted ?? below?.n;
    const text = below ? `${own} ${below.text}` : own;
    const part = form.parts.find((p) => p.items.includes(item));
    if (said === undefined || pointsOf(item, input, part).some((p) => Math.abs(p - said) < 1e-9)) continue;
    // 李四's 20 under 「服务态度(20分)」 (full marks on the team's scale) was read as the 20-point choice of 30 at exit 0.
    if (choice && !columnHoldsPoints(grid, row, col)) continue;
    out.push({ col, heading: text, row: below ? row + 1 : row, item, said, ...(choice ? { pointsOnly: true as const } : {}) });
  }
  return out.sort((a, b) => a.col - b.col);
}

/** Every number of points the form may print beside the item: its own, its input's scale, its part's, its share. */
function pointsOf(item: ItemDef, input: InputDef, part: PartDef | undefined): number[] {
  const out = [item.max];
  if (input.max !== undefined) out.push(input.max);
  if (!part) return out;
  const full = part.items.filter((i) => i.role !== 'adjustment' && i.role !== 'veto').reduce((s, i) => s + i.max, 0);
  out.push(full);
  const printed = notedPoints(part.label);
  if (printed !== undefined) out.push(printed);
  if (part.outOf !== undefined) out.push(part.outOf, (item.max / (full || 1)) * part.outOf);
  if (part.weight !== undefined) out.push(part.weight * 100, (item.max / (full || 1)) * part.weight * 100);
  return out.map((p) => Math.round(p * 100) / 100);
}

/** Points typed in the column: the input is a score in 分 (not a count, a rate or a choice). */
function pointsTyped(input: InputDef): boolean {
  return (input.type === 'number' || input.type === 'integer') && unitsOf(input.unit).includes('分');
}

/** A choice whose answers may be typed as their points (its choices carry points). */
function choiceOfPoints(input: InputDef): boolean {
  return input.type === 'choice' && (input.choices ?? []).some((c) => typeof c.points === 'number');
}

function columnHoldsPoints(grid: Grid, headerRow: number, col: number): boolean {
  for (let r = grid.nextRow(headerRow); r <= grid.rowCount; r = grid.nextRow(r)) if (typedPoints(grid.text(r, col))) return true;
  return false;
}

/** Headings of a person's sheet's column printing each item's points (the template's 分值). */
const POINTS_HEADINGS = new Set(['分值', '满分', '标准分', '配分', '权重分', '满分值', '分数权重']);

export interface FormPointsClash {
  item: ItemDef;
  input: InputDef;
  said: number;
  /** Where the other points are printed: the item's name (「员工的工作效率(30分)」) or its 分值 cell. */
  printed: { row: number; col: number };
  /** The value cells holding points, and what they hold. */
  values: Array<{ row: number; col: number; text: string }>;
  /**
   * A part's row printing another weight or other points (「业绩考核(权重80%)」 for 85 %): the part's label, what the form
   * gives it (in % when `percent`), and every input of its items, none read.
   */
  part?: { label: string; formSays: number; percent?: true; inputs: Array<{ item: ItemDef; input: InputDef }> };
  /** The cells hold figures scored on the item's points (counts, a rate, §4's words), not those points. */
  figures?: true;
  /** A weight in % after the item's name, and the item's share of the form. */
  percent?: true;
  formSays?: number;
}

/**
 * The same on a person's sheet: an item whose name or 分值 cell prints other points than the form gives it (20 retyped
 * 30 in 分值, or 「员工的工作效率(30分)」), with points typed for it — read as 18 of 20 where the team meant 18 of 30
 * (93.50 优秀 for 87.50 良好 at exit 0), as a roster's heading is not.
 */
export function formPointsClashes(
  grid: Grid,
  form: FormDef,
  table: { headerRow: number; itemCol: number; itemRows: ReadonlyMap<string, number[]>; rowInputs?: ReadonlyMap<number, InputDef>; valueCols: ReadonlyArray<{ col: number }> },
): FormPointsClash[] {
  let pointsCol: number | undefined;
  for (let col = 1; col <= Math.min(grid.columnCount, 40); col++) {
    if (POINTS_HEADINGS.has(grid.text(table.headerRow, col).normalize('NFKC').replace(/\s+/g, ''))) pointsCol ??= col;
  }
  const out: FormPointsClash[] = [];
  for (const part of form.parts) {
    for (const item of part.items) {
      const rows = table.itemRows.get(item.id);
      // The one input scored (express-cs 工作效率's 得分 beside its reference counts 电话接听量 …), or figures all of them
      // (客户回访率's two counts).
      const scored = item.inputs.filter((i) => !i.reference && i.type !== 'text');
      const input = scored.length === 1 || (scored.length > 1 && scored.every((i) => !pointsTyped(i) && i.type !== 'choice')) ? scored[0] : undefined;
      if (!rows?.length || !input || item.max <= 0 || item.role === 'adjustment' || item.role === 'veto') continue;
      const choice = choiceOfPoints(input);
      // (Counts and rates too: 表格管理's 分值 20 retyped 25 takes its deductions from 25, 客户回访率(25分) scores its rate on
      // 25 — read on the form's 20 without a word.)
      if (input.type === 'choice' && !choice) continue;
      const row = rows[0]!;
      const labelText = grid.text(row, table.itemCol);
      const label = notedPoints(labelText);
      // A weight after the item's name (「拆包人均每小时20个(25%)」 for 15 of 100): its share, said as a weight. After a
      // rate's name a bare % is its target (「客诉率(2%)」, 「准确率(99%)」), not a weight, unless said to be one.
      const rate = /率|比例|满意度|达成/.test(withoutTrailingNote(labelText) || labelText);
      const weight = label === undefined && (!rate || /[(\[【]\s*(权重|比重|占比|权数|占)/.test(labelText)) ? notedWeight(labelText) : undefined;
      const cell = pointsCol === undefined ? '' : grid.text(row, pointsCol).normalize('NFKC').trim();
      const inCell = /^\d{1,3}(\.\d+)?\s*分?$/.test(cell) ? Number(cell.replace(/分$/, '')) : undefined;
      const said = label ?? weight ?? inCell;
      const allowed = weight !== undefined ? itemWeights(form, item, part) : pointsOf(item, input, part);
      if (said === undefined || allowed.some((p) => Math.abs(p - said) < 0.005)) continue;
      // (A 分值 retyped as the form's weights in a percent cell — 0.2 shown 「20%」 for an item of 20 of 100 — says the same.)
      if (label === undefined && weight === undefined && said < 1 && pointsOf(item, input, part).some((p) => Math.abs(p - said * 100) < 1e-6)) continue;
      // (A choice worth a share of the item's points — §4's 达成 1.0, 差 0.6 of 分值 — scores its words on them too: 分值 15
      // retyped 25 read 差 as 9 of 15 for 15 of 25, 93 优秀 for 89 良好 at exit 0.)
      const words = choice && item.rule.kind === 'choice' && item.rule.of === 'max';
      const values = rows.filter((r) => scored.length > 1 || !table.rowInputs || table.rowInputs.get(r) === input).flatMap((r) => table.valueCols.map((v) => ({ row: r, col: v.col, text: grid.text(r, v.col) })))
        .filter((v) => v.text !== '' && (!choice || words || typedPoints(v.text)));
      if (!values.length) continue;
      const printed = label !== undefined || weight !== undefined ? { row, col: table.itemCol } : { row, col: pointsCol! };
      // Figures, not the item's points (counts, rates, words worth a share): said as the team's other points for the item.
      const figures = !pointsTyped(input) && !(choice && !words) ? { figures: true as const } : {};
      out.push({ item, input, said, printed, values, ...figures, ...(weight !== undefined ? { percent: true as const, formSays: itemWeights(form, item, part)[0] } : {}) });
    }
  }
  return [...out, ...partRowClashes(grid, form, table)];
}

/**
 * A part's row on a person's sheet printing another weight or other points than the form's (「业绩考核(权重80%)」,
 * 「业绩考核 80%」, 「工作效率(40%)」 over items of 30): scored on the form's 85/15 without a word (§1 91.00 优秀 for the
 * sheet's 88 良好), as the same heading on a roster is refused.
 */
function partRowClashes(
  grid: Grid,
  form: FormDef,
  table: { headerRow: number; itemCol: number; itemRows: ReadonlyMap<string, number[]>; valueCols: ReadonlyArray<{ col: number }> },
): FormPointsClash[] {
  const out: FormPointsClash[] = [];
  for (const part of form.parts) {
    const scored = part.items.filter((i) => i.max > 0 && i.role !== 'adjustment' && i.role !== 'veto');
    const first = Math.min(...scored.flatMap((i) => table.itemRows.get(i.id) ?? []));
    if (!Number.isFinite(first)) continue;
    const key = labelKey(withoutTrailingNote(part.label) || part.label);
    let row: number | undefined;
    for (let r = first - 1; r > table.headerRow && row === undefined; r--) {
      const t = grid.text(r, table.itemCol);
      if (t && labelKey(withoutStatedShare(withoutNumbering(t))) === key) row = r;
    }
    if (row === undefined) continue;
    const text = grid.text(row, table.itemCol);
    const stated = statedShare(text);
    if (!stated) continue;
    const allowed = stated.percent ? partWeights(form, part) : partPoints(form, part);
    // (「业绩考核(100%)」, 「业绩考核 100%」 without 权重: the seed's 「业绩指标 100%」, its items making all of the part — not a
    // weight of the total; 「(权重100%)」 beside 行为考核 is one, refused.)
    if (allowed.some((p) => Math.abs(p - stated.n) < 0.005) || (stated.percent && stated.n === 100 && !/权重|比重|占比|权数|占/.test(text))) continue;
    const inputs = scored.flatMap((item) => item.inputs.filter((i) => !i.reference).map((input) => ({ item, input })));
    const values = scored.flatMap((i) => table.itemRows.get(i.id) ?? []).sort((a, b) => a - b)
      .flatMap((r) => table.valueCols.map((v) => ({ row: r, col: v.col, text: grid.text(r, v.col) }))).filter((v) => v.text !== '');
    if (!values.length) continue;
    const formSays = stated.percent ? (partWeights(form, part)[0] ?? 100) : (partPoints(form, part)[0] ?? 0);
    out.push({ item: scored[0]!, input: scored[0]!.inputs[0]!, said: stated.n, printed: { row, col: table.itemCol }, values, part: { label: part.label, formSays, ...(stated.percent ? { percent: true as const } : {}), inputs } });
  }
  return out;
}

/** A weight or points stated after a part's name: 「(权重80%)」, 「(占80%)」, 「 80%」, 「 权重80%」, 「(30分)」. */
function statedShare(text: string): { n: number; percent?: true } | undefined {
  const t = text.normalize('NFKC').trim();
  if (/分制/.test(t)) return undefined;
  const w = notedWeight(t) ?? (() => {
    const m = /(?:\s|^|[::])(?:权重|比重|占比|权数|占)?\s*[::]?\s*(\d{1,3}(?:\.\d+)?)\s*%$/.exec(t);
    return m ? Number(m[1]) : undefined;
  })();
  if (w !== undefined) return { n: w, percent: true };
  const p = notedPoints(t);
  return p !== undefined ? { n: p } : undefined;
}

function withoutStatedShare(text: string): string {
  const t = text.normalize('NFKC').trim();
  return (withoutTrailingNote(t) || t).replace(/\s*(?:(?:权重|比重|占比|权数|占)\s*[::]?\s*)?\d{1,3}(?:\.\d+)?\s*%$/, '').replace(/\s*\d{1,3}(?:\.\d+)?\s*分$/, '').trim();
}

/** The weights an item may be printed with, in %: its share of the form, of its part, or of the total by its part's weight. */
function itemWeights(form: FormDef, item: ItemDef, part: PartDef): number[] {
  const full = scoredPoints(form.parts.filter((p) => p.role !== 'bonus'));
  const inPart = scoredPoints([part]);
  const round = (n: number) => Math.round(n * 100) / 100;
  // (Its points as a %, too: the seed prints §1's 20-point items 「(20%)」 — refused, review.)
  return [
    item.max,
    ...(full > 0 ? [round((item.max / full) * 100)] : []),
    ...(inPart > 0 ? [round((item.max / inPart) * 100)] : []),
    ...(part.weight !== undefined && inPart > 0 ? [round((part.weight * item.max * 100) / inPart)] : []),
  ];
}

/** The weights a part may be printed with, in %: its own, all of it (one part), or its points' share of the form's. */
function partWeights(form: FormDef, part: PartDef): number[] {
  const full = scoredPoints(form.parts.filter((p) => p.role !== 'bonus'));
  const own = part.weight !== undefined ? [Math.round(part.weight * 10000) / 100] : [];
  const share = full > 0 ? [Math.round((scoredPoints([part]) / full) * 10000) / 100] : [];
  // (100 %: a form of one part; the equal share where the parts are equal.)
  const equal = equalShare(form);
  return [...own, ...share, ...(form.parts.filter((p) => p.role !== 'bonus').length === 1 ? [100] : []), ...(equal !== undefined ? [equal] : [])];
}

/** Each part's equal share of 100 when the parts weigh alike (a mean of parts, or the same weight each); else undefined. */
function equalShare(form: FormDef): number | undefined {
  const parts = form.parts.filter((p) => p.role !== 'bonus');
  if (parts.length < 2) return undefined;
  const weights = new Set(parts.map((p) => p.weight));
  const alike = form.combine.kind === 'mean' || (weights.size === 1 && !weights.has(undefined)) || parts.every((p) => p.combine === 'mean' && p.weight === undefined && scoredPoints([p]) === scoredPoints([parts[0]!]));
  return alike ? Math.round((100 / parts.length) * 100) / 100 : undefined;
}

/** The points a part may be printed with: its items' sum, its outOf, the label's own, its weight of 100. */
function partPoints(form: FormDef, part: PartDef): number[] {
  const printed = notedPoints(part.label);
  const mean = part.combine === 'mean' || form.combine.kind === 'mean';
  const each = mean ? [Math.max(0, ...part.items.filter((i) => i.role !== 'adjustment' && i.role !== 'veto').map((i) => i.max))] : [];
  // (And on the reported 100: a part first expressed on 100 — §1 「业绩考核(满分100分)」 — or its equal share of it, §26's
  // four areas 「(25分)」, §29's indicators: refused, review.)
  // (The equal share only where the parts are equal — not §1's 85/15, whose 「(权重50%)」 ×2 passed: review.)
  const equal = equalShare(form);
  return [scoredPoints([part]), ...each, ...(printed !== undefined ? [printed] : []), ...(part.outOf !== undefined ? [part.outOf] : []), ...(part.weight !== undefined ? [part.weight * 100] : []), ...(part.weight !== undefined || part.outOf !== undefined || equal !== undefined ? [100] : []), ...(equal !== undefined ? [equal] : [])];
}

function scoredPoints(parts: readonly PartDef[]): number {
  return parts.flatMap((p) => p.items).filter((i) => i.role !== 'adjustment' && i.role !== 'veto').reduce((n, i) => n + i.max, 0);
}

/**
 * The points or weight noted on an item's own part of a heading: at its end (「工作能力(5分)」; a weight there after a rater's
 * name is the rater's share, not the item's), or before the rater's name (「工作能力(5分)·直接主管」, 「…·日常行为(5%)·间接主管」).
 */
function itemNote(text: string, rater: RaterDef | null): { n: number; percent?: true } | undefined {
  const stated = (t: string) => {
    const p = notedPoints(t);
    if (p !== undefined) return { n: p };
    const w = /分制/.test(t) ? undefined : notedWeight(t);
    return w !== undefined ? { n: w, percent: true as const } : undefined;
  };
  const end = stated(text);
  if (end && !(end.percent && rater && raterNoted(text, rater))) return end;
  const pieces = splitAround(text.normalize('NFKC'), /[·・]/);
  for (const piece of pieces.slice(0, -1)) {
    const s = stated(piece);
    if (s) return s;
  }
  return undefined;
}

/** 「(30%)」, 「(权重30%)」, 「(占比 30%)」: a weight in % after a heading's name; undefined for a bare 「(%)」. */
export function notedWeight(text: string): number | undefined {
  const m = /[(\[【]\s*(?:权重|比重|占比|权数|占)?\s*[::]?\s*(\d{1,3}(?:\.\d+)?)\s*%\s*[)\]】]\s*$/.exec(text.normalize('NFKC'));
  return m ? Number(m[1]) : undefined;
}

/** The words of a row of the items' points or weights right under the headings (满分, 分值, 权重 …). */
const STATED_ROW = /^(各项)?(满分|分值|标准分|满分值|配分|权分|权分值|权重|比重|占比|权数)(行)?[::]?$/;

/**
 * Points or weights the team's own sheet states for an item or a part where the form gives other ones — over columns
 * headingPointsClashes leaves alone: an item's heading over its inputs (「销售额(30%)」 over 实际|目标, 「客户回访率(25分)」
 * over its counts), a group heading over a part's items (「业绩考核(权重80%)」, 「服务态度(15分)」 over three 10-point
 * criteria), a weight in an item's own heading, and a row of 满分/分值/权重 under the headings (5 under every 1–10 rating).
 * Scored on the form's points, the team's own weights or scale were replaced without a word (§10 87.50 良好 for 91 优秀,
 * §16 45 待改进 for 45 of 50 = 90 优秀).
 */
export function statedPointsClashes(grid: Grid, form: FormDef, layout: RosterColumns, own: readonly HeadingPointsClash[]): HeadingPointsClash[] {
  const out: HeadingPointsClash[] = [];
  const row = layout.headerRow;
  const taken = new Set(own.map((c) => c.col));
  const entries = [...layout.columns].flatMap(([col, t]) => (t.kind === 'entry' && !t.input.reference && t.item.max > 0 && t.item.role !== 'adjustment' && t.item.role !== 'veto' && !taken.has(col) ? [{ col, item: t.item, input: t.input, rater: t.rater }] : []));
  const partOf = (item: ItemDef) => form.parts.find((p) => p.items.includes(item));
  const full = form.parts.flatMap((p) => (p.role === 'bonus' ? [] : p.items)).filter((i) => i.role !== 'adjustment' && i.role !== 'veto').reduce((n, i) => n + i.max, 0);
  const pointsIn = (part: PartDef | undefined) => (part?.items ?? []).filter((i) => i.role !== 'adjustment' && i.role !== 'veto').reduce((n, i) => n + i.max, 0);
  // n / of, n already in hundredths (points × 100 → %), to two decimals.
  const share = (n: number, of: number) => (of > 0 ? [Math.round((n / of) * 100) / 100] : []);
  // A weight in % of an item: its points (out of 100), its share of its part (§1's 20 of 80: 25 %) or of the form, or
  // of the total by its part's weight; points: as its own heading may print them.
  const itemAllows = (item: ItemDef, input: InputDef, percent?: true) => {
    const part = partOf(item);
    const weighted = part?.weight !== undefined ? share(part.weight * item.max * 100, pointsIn(part)) : [];
    return percent ? [item.max, ...share(item.max * 100, pointsIn(part)), ...share(item.max * 100, full), ...weighted] : [...pointsOf(item, input, part), ...weighted];
  };
  // A part's: its weight, all of it (100 %) or its share of the form's points; points: its own, printed, on its scale.
  const partAllows = (part: PartDef, percent?: true) => {
    const points = pointsIn(part);
    const printed = notedPoints(part.label);
    const weight = part.weight !== undefined ? [part.weight * 100] : [];
    // (A part that is its items' mean — §30 a dimension of 100, §29 an indicator of 4, §15 — is on its items' scale.)
    const mean = part.combine === 'mean' || form.combine.kind === 'mean';
    const each = mean ? [Math.max(0, ...part.items.filter((i) => i.role !== 'adjustment' && i.role !== 'veto').map((i) => i.max))] : [];
    return percent ? [...weight, 100, ...share(points * 100, full)] : [points, ...each, ...(printed !== undefined ? [printed] : []), ...(part.outOf !== undefined ? [part.outOf] : []), ...weight];
  };
  // The weight the form gives, in %, to say beside the sheet's.
  const itemShare = (item: ItemDef) => {
    const part = partOf(item);
    return (part?.weight !== undefined ? share(part.weight * item.max * 100, pointsIn(part)) : share(item.max * 100, full))[0] ?? item.max;
  };
  const partShare = (part: PartDef) => (part.weight !== undefined ? part.weight * 100 : (share(pointsIn(part) * 100, full)[0] ?? 100));
  const differs = (said: number, allowed: number[]) => !allowed.some((p) => Math.abs(p - said) < 0.005);
  const said = (text: string) => {
    // 「(10分制)」, 「(五分制)」 name the marks' scale, not the points (scaleOver.ts reads those).
    if (/分制/.test(text)) return undefined;
    const w = notedWeight(text);
    if (w !== undefined) return { n: w, percent: true as const };
    const p = notedPoints(text);
    return p !== undefined ? { n: p } : undefined;
  };
  // A weight in an item's own heading (「客户满意度(20%)」 is 20 of 100; 「(30%)」 over a 20-point item is not).
  for (const e of entries) {
    const text = grid.text(row, e.col);
    const w = notedWeight(text);
    if (w === undefined) continue;
    // After a rater's name (「业务知识能力·主管评(70%)」, 「…·同事评1(10%)」): that rater's share of the item, the form's 70 %
    // refused as not the item's 20 %, and another (「同事评1(20%)」 for 10 %) passed as if it were the item's.
    if (e.rater && raterNoted(text, e.rater)) {
      const clash = raterWeightClash(text, e.rater);
      if (clash) out.push({ col: e.col, cols: [e.col], heading: text, row, item: e.item, rater: e.rater.label, said: clash.said, percent: true, formSays: clash.weight });
      continue;
    }
    if (differs(w, itemAllows(e.item, e.input, true))) out.push({ col: e.col, cols: [e.col], heading: text, row, item: e.item, said: w, percent: true, formSays: itemShare(e.item) });
  }
  // The item's points in its own heading over a rating on another scale (「工作能力(满分5分)」, §4 rated 1–10 and worth 5),
  // every mark within them (4, 2, 5): points of 5 typed, read as ratings of 10 (4 → 2 of 5: 89.00 良好 for 92 优秀).
  const pointsOver = (input: InputDef, item: ItemDef, n: number, cols: number[]) =>
    // (Only where a mark can pass the points: §31's 1–5 mean worth 25 is always within them.)
    pointsTyped(input) && input.max !== undefined && input.max > item.max && Math.abs(n - item.max) < 0.005 && cols.some((c) => [...numbersBelow(grid, row, c)].length > 0) && cols.every((c) => [...numbersBelow(grid, row, c)].every((v) => v <= n));
  const rated = (input: InputDef) => ({ rated: input.max!, from: input.min ?? 0 });
  // (Also noted before the rater's name, 「工作能力(5分)·直接主管」, or as the item's weight, 「(5%)」 of 100: the note was
  // read at the heading's end only, and 4 | 4 and 3 | 3 under them scored 张三 85 + 2 + 1.5 = 88.50 良好 for the team's
  // 85 + 4 + 3 = 92 优秀 at exit 0. The item's columns together: one mark above its points shows them all ratings.)
  const byItem = new Map<ItemDef, { cols: number[]; heading: string; input: InputDef; said: number; percent?: true }>();
  for (const e of entries) {
    if (out.some((c) => c.col === e.col)) continue;
    const text = grid.text(row, e.col);
    const s = itemNote(text, e.rater);
    // (A weight only as the item's share, 5 % of 100: its points then.)
    if (!s || (s.percent && Math.abs(itemShare(e.item) - s.n) >= 0.005)) continue;
    const seen = byItem.get(e.item);
    if (!seen) byItem.set(e.item, { cols: [e.col], heading: text, input: e.input, said: s.n, ...(s.percent ? { percent: true as const } : {}) });
    else if (seen.said === s.n && !seen.percent === !s.percent) seen.cols.push(e.col);
  }
  for (const [item, s] of byItem) {
    if (pointsOver(s.input, item, s.percent ? item.max : s.said, s.cols)) out.push({ col: s.cols[0]!, cols: s.cols, heading: s.heading, row, item, said: s.said, ...rated(s.input), ...(s.percent ? { percent: true as const } : {}) });
  }
  const done = new Set(out.map((c) => c.col));
  // Group headings on the row above: typed in their first column (or merged across), over the columns after it.
  if (row > 1) {
    const groups = new Map<number, number[]>();
    for (const e of entries) {
      if (done.has(e.col)) continue;
      let from = e.col;
      const master = grid.mergedInto?.(row - 1, from);
      const m = master ? parseRef(master.replace(/\$/g, '')) : null;
      if (m && m[0] === row - 1) from = m[1];
      else while (from > 1 && !grid.text(row - 1, from) && !grid.mergedInto?.(row - 1, from)) from--;
      const group = grid.text(row - 1, from);
      if (!group || labelKey(group) === labelKey(grid.text(row, e.col))) continue;
      // Over the items' own columns only: a title merged across the whole table (「…考核表(满分100分)」 from A1, over 工号
      // and 姓名) is no part's heading.
      if (!entries.some((x) => x.col === from)) continue;
      // A rater's group (「主管评(70%)」 over the items): the rater's weight, which rater headings say (columns.ts).
      if (findRater(form, withoutTrailingNote(group) || group) || saysSelf(group)) continue;
      groups.set(from, [...(groups.get(from) ?? []), e.col]);
    }
    for (const [from, cols] of groups) {
      const text = grid.text(row - 1, from);
      const s = said(text);
      if (!s) continue;
      const items = [...new Set(cols.map((c) => entries.find((e) => e.col === c)!.item))];
      const parts = [...new Set(items.map(partOf))];
      if (items.length === 1) {
        const e = entries.find((x) => x.col === cols[0])!;
        if (!s.percent && pointsOver(e.input, e.item, s.n, cols)) {
          out.push({ col: from, cols, heading: text, row: row - 1, item: e.item, said: s.n, ...rated(e.input) });
          continue;
        }
        if (differs(s.n, itemAllows(e.item, e.input, s.percent))) out.push({ col: from, cols, heading: text, row: row - 1, item: e.item, said: s.n, ...(s.percent ? { percent: true as const, formSays: itemShare(e.item) } : {}) });
      } else if (parts.length === 1 && parts[0] && parts[0].items.every((i) => items.includes(i) || i.role === 'adjustment' || i.role === 'veto')) {
        if (differs(s.n, partAllows(parts[0], s.percent))) out.push({ col: from, cols, heading: text, row: row - 1, item: items[0]!, part: parts[0].label, said: s.n, ...(s.percent ? { percent: true as const, formSays: partShare(parts[0]) } : {}) });
      }
    }
  }
  // A row of 满分/分值/权重 right under the headings: a rating's full marks there are its scale (5 over a 1–10 rating).
  for (let r = grid.nextRow(row), k = 0; r <= grid.rowCount && k < 2; r = grid.nextRow(r), k++) {
    const fields = [...layout.columns].filter(([, t]) => t.kind === 'header');
    // (A person named 满分, with a 工号, is a person.)
    if (fields.some(([col, t]) => t.kind === 'header' && t.field.role === 'id' && grid.text(r, col))) continue;
    const label = fields.map(([col]) => grid.text(r, col)).concat(grid.text(r, 1)).find((t) => STATED_ROW.test(t.normalize('NFKC').replace(/\s+/g, '')));
    if (!label) continue;
    // (权分 is §7's word for an item's full marks: points, not a weight.)
    const weights = /权重|比重|占比|权数/.test(label);
    const seen = new Set<ItemDef>();
    for (const e of entries) {
      if (done.has(e.col)) continue;
      const raw = grid.value(r, e.col);
      const text = grid.text(r, e.col).normalize('NFKC').trim();
      // (A cell formatted 0% holding 0.25 shows 25%: a weight of 25 %, as typed 「25%」 is.)
      const m = raw.kind === 'number' && raw.percentFormat ? ['', String(Math.round(raw.value * 10000) / 100), '%'] : /^(\d{1,3}(?:\.\d+)?)\s*(%|分)?$/.exec(text);
      if (!m) continue;
      // (A weight typed as a fraction, 0.25 unformatted under 权重, is 25 % as well.)
      const n = weights && m[2] !== '%' && Number(m[1]) <= 1 ? Math.round(Number(m[1]) * 10000) / 100 : Number(m[1]);
      const percent = weights || m[2] === '%';
      // A rating's own full marks (1–10 分) are its scale; an item's counts or rates carry the item's points or weight.
      const rating = !percent && (pointsTyped(e.input) || choiceOfPoints(e.input));
      // A count or a rate under a 满分 row is a full month's count (安装客户数 50), not points.
      if (!percent && !rating) continue;
      // A rating's own scale, or the item's points (§4 工作能力 rated 1–10 is worth 5) — unless the marks under it all
      // stay within those points (18, 16 under 「满分 20」 over §10's 0–100 客户满意度: marks of 20, not of 100).
      const itemPoints = rating && e.input.max !== e.item.max && [...numbersBelow(grid, r, e.col)].some((v) => v > n) ? [e.item.max] : [];
      const allowed = rating ? [e.input.max ?? e.item.max, ...choicePoints(e.input), ...itemPoints] : itemAllows(e.item, e.input, percent || undefined);
      if (seen.has(e.item) || !differs(n, allowed)) continue;
      seen.add(e.item);
      const column = rating && e.input.max !== undefined && e.input.max !== e.item.max ? { formSays: e.input.max } : percent ? { formSays: itemShare(e.item) } : {};
      out.push({ col: e.col, cols: entries.filter((x) => x.item === e.item).map((x) => x.col), heading: `${label} ${text}`, row: r, item: e.item, said: n, ...(percent ? { percent: true as const } : {}), ...column });
    }
    break;
  }
  return out;
}

function choicePoints(input: InputDef): number[] {
  const points = (input.choices ?? []).map((c) => c.points).filter((p): p is number => typeof p === 'number');
  return points.length ? [Math.max(...points)] : [];
}

/** The numbers in a column below a row (the people's marks). */
function* numbersBelow(grid: Grid, row: number, col: number): Generator<number> {
  for (let r = grid.nextRow(row); r <= grid.rowCount; r = grid.nextRow(r)) {
    const v = grid.value(r, col);
    if (v.kind === 'number') yield v.value;
  }
}

/**
 * A weight noted after a rater's name that is not the form's for that rater (「同事评(30%)」, 「主管评(60%)」 for 10 % and
 * 70 %): the team weighs its raters otherwise. The form's weight in %, and what the heading says; null when they agree.
 * (A group of several may note its whole weight on each member's column, or each member's share.)
 */
export function raterWeightClash(heading: string, rater: RaterDef, ownColumn = false): { said: number; weight: number } | null {
  const said = notedWeight(heading);
  // (`ownColumn`: the heading is the rater's own column, as on a person's sheet — 「直接主管评分(60%)」, 「本人评分(20%)」
  // read as that rater by any of its names: the note is the rater's however the name is written. Passed only when its
  // name was the form's label or alias, their 60/40 was scored as the form's 70/30 at exit 0.)
  if (said === undefined || (!ownColumn && !raterNoted(heading, rater))) return null;
  const weight = Math.round(rater.weight * 10000) / 100;
  const each = rater.multiple ? [Math.round((weight / (rater.slots ?? 1)) * 100) / 100] : [];
  return [weight, ...each].some((w) => Math.abs(w - said) < 0.005) ? null : { said, weight };
}

/** The heading, without its note, ends with the rater's name (「…·同事评1」, 「主管评」, 「上级」): the note is the rater's. */
function raterNoted(text: string, rater: RaterDef): boolean {
  const key = labelKey(withoutTrailingNote(text)).replace(/[0-9a-z]$/, '');
  // (Its words of marking after it too: 「…·直接主管评分」, 「…·本人打分」.)
  const bare = key.replace(/(评分|打分|考评|评价|评估|评定|意见)$/, '');
  return [rater.label, ...(rater.aliases ?? []), ...(rater.writtenAs ?? [])].map(labelKey).some((n) => n.length >= 2 && (key.endsWith(n) || bare.endsWith(n)));
}
