// A rater's heading merged over sub-headings that are the item's choice labels (§4's seed: 「直接主管评分」 over
// 差 | 低标 | 达成, 0.6 | 0.8 | 1 in the row below): a tick group. The lead marks the chosen column; the rater's answer is
// that column's label. Read as a rater's one column, only the first sub-column (差) was read — a 1 under 差 was the
// coefficient 1 (达成): 孙七, 差 on all 13 items, 106.00 优秀 for 66.00 一般 at exit 0; a √ under 达成 was 「缺少直接主管的评分」.
import type { ChoiceDef, FormDef, RaterDef } from '../model/definition.js';
import type { RawValue } from '../model/entries.js';
import { cellAddress, rawText, type Grid } from './grid.js';
import { labelKey, withoutTrailingNote } from './normalize.js';
import { items } from './columns.js';
import { SUB_SCORE, TOTAL } from './rowKinds.js';

/** One rater's tick group: its columns (the first is the rater's column the table reads) and each one's choice label. */
export interface TickGroup {
  rater: RaterDef;
  cols: number[];
  labels: string[];
  /** Each column's coefficient (0.6 | 0.8 | 1), and every label and alias of the list → its label. */
  points: number[];
  names: Map<string, string>;
  /** The first and last rows read as ticks (below the sub-headings and their points row, above the next heading row). */
  from: number;
  to: number;
  /** Sub-headings printing a coefficient other than the form's (「差0.5」): read as the label, the form's coefficient counts. */
  misprinted?: Array<{ cell: string; text: string; label: string; points: number }>;
}

/** A row of a group with no one answer: two marks or more, or something that is no mark (`stray`). */
export interface TickConflict {
  group: TickGroup;
  row: number;
  /** The cells holding marks (two or more), or the one cell holding something else. */
  cells: string[];
  chosen: string[];
  stray?: string;
}

// (☒ is a box ticked — Word's checked box — as cs-checklist and the engine read it; it was refused 「不是勾」 here.)
const MARKS = new Set(['√', '✓', '✔', '☑', '☒', '✅', '1', '１', 'x', 'X', 'ｘ', 'Ｘ', '●', '■']);
// Ticks typed without a √ at hand (rt59 s4: the keyboard's v / V, a ○ for ●, 是 / 对): each was refused 「不是勾」 on every
// row — 3 people unscored at exit 1 for 108.70 优秀, 91.40 优秀, 73.00 一般. A tick as √ is: two of them in a row, or one
// beside a √, are two answers. Read after the group's own labels (a 是 | 否 group's 是 is that label wherever typed).
const TYPED_MARKS = new Set(['v', 'V', '○', '是', '对']);
// The same empty circle from another keyboard or font: 〇 (the ideographic zero an IME gives for 「圈」) and ◯ (the large
// circle) — printed in every cell of a row left unticked, each was read as a tick and refused 「勾了 3 格」.
const HOLLOW = new Set(['○', '〇', '◯']);
// What marks a column not chosen (× | × | √, ☐ | ☐ | ☑, 0 | 0 | 1; ○ beside ●): as blank — each was 「不是勾」 (exit 1). A row
// of them only chooses nothing: blank, as a row left so. (A label of the group's list — × for 否 — is that label still, and
// a 0 under a choice of 0 points is its coefficient.)
const NOT_CHOSEN = new Set(['×', '✗', '✘', '✕', '☐', '□', '0', '否']);
// Of those, the ones a rater may choose with (a × or 否 where others tick): blank only beside a tick in the row, alone
// refused (f5e13fb9). An empty box ☐ / □ or a 0 chooses nothing anywhere — a printed checkbox row ☐ | ☐ | ☐ left unticked
// (a rater who did not rate) was refused 「填的是「☐」,不是勾」: §4 间接 ☐ everywhere unscored at exit 1 for 109.00 优秀.
const CROSSES = new Set(['×', '✗', '✘', '✕', '否']);

type Mark = { empty: true; crossed?: string } | { label: string; hollow?: true } | { stray: string };

/**
 * What a cell of the group says: 'empty', the label it chooses (a mark — √, ✓, 1, x, ●, a ticked checkbox, the column's
 * own coefficient, v, ○, 是 — chooses its column's; a choice label typed in any column of the group chooses that label),
 * or `stray`, what it holds instead. A not-chosen mark (×, ☐, 0, 否) is empty; a ○ is `hollow`: no answer beside a ●.
 */
function markOf(raw: RawValue, label: string, points: number, labels: ReadonlyMap<string, string>): Mark {
  if (raw.kind === 'empty') return { empty: true };
  if (raw.kind === 'boolean') return raw.value ? { label } : { empty: true };
  if (raw.kind === 'number') return raw.value === 1 || Math.abs(raw.value - points) < 1e-9 ? { label } : raw.value === 0 ? { empty: true } : { stray: rawText(raw).trim() };
  if (raw.kind === 'text' && raw.symbol) return raw.symbol.reads === '√' ? { label } : NOT_CHOSEN.has(raw.value.trim()) ? notChosen(raw.value.trim()) : { stray: raw.value };
  const text = rawText(raw).trim();
  if (!text) return { empty: true };
  if (MARKS.has(text) || Number(text) === points) return { label };
  const typed = labels.get(labelKey(text));
  if (typed) return { label: typed };
  const plain = text.normalize('NFKC');
  if (HOLLOW.has(plain)) return { label, hollow: true };
  if (TYPED_MARKS.has(plain)) return { label };
  return NOT_CHOSEN.has(plain) ? notChosen(plain, text) : { stray: text };
}

/** A not-chosen mark as blank; a cross (×, 否 …) `crossed`, blank only beside a tick. */
function notChosen(mark: string, written = mark): Mark {
  return CROSSES.has(mark) ? { empty: true, crossed: written } : { empty: true };
}

/**
 * The tick groups of a person's sheet: each rater column of the table whose heading spans (merged, or followed by blank
 * heading cells) two columns or more with the labels of one choice list in the row right below. `headsTable(row)`: a row
 * heading a table of its own (§4's part 2, 「项目 | 表现 | 权重 | 直接主管评分 …」), where the ticks end.
 */
export function tickGroups(
  grid: Grid,
  form: FormDef,
  table: { headerRow: number; valueCols: ReadonlyArray<{ col: number; rater: RaterDef | null; copy?: true }> },
  headsTable: (row: number) => boolean,
): TickGroup[] {
  const lists = items(form).flatMap((i) => i.inputs.filter((x) => x.type === 'choice' && (x.choices?.length ?? 0) >= 2).map((x) => x.choices!));
  if (!lists.length || !table.valueCols.length) return [];
  const sub = table.headerRow + 1;
  if (sub > grid.rowCount) return [];
  const ownCols = new Set(table.valueCols.map((v) => v.col));
  // Sub-headings only: left of the raters' columns the row is blank (an item's row there — 「业务知识能力 | 良好 | 优秀」
  // under 「项目 | 主管评 | (cleared)」 — holds answers, not labels).
  const firstRater = Math.min(...ownCols);
  // (A heading merged down over both rows — 类别 | 绩效指标 | 权重 in A5:A6, B5:B6, C5:C6 — repeats there: still a heading.)
  const headingAbove = (col: number) => grid.mergedInto?.(sub, col) === cellAddress(table.headerRow, col);
  for (let col = 1; col < firstRater; col++) if (grid.text(sub, col) && !headingAbove(col)) return [];
  const out: TickGroup[] = [];
  for (const v of table.valueCols) {
    if (!v.rater || v.copy) continue;
    const master = cellAddress(table.headerRow, v.col);
    const cols = [v.col];
    for (let col = v.col + 1; col <= grid.columnCount; col++) {
      const merged = grid.mergedInto?.(table.headerRow, col);
      const blank = merged === undefined && !grid.text(table.headerRow, col) && !ownCols.has(col);
      if (merged !== master && !blank) break;
      if (!grid.text(sub, col)) break;
      cols.push(col);
    }
    // The labels as printed, a coefficient before or after them or not (「差(0.6)」, 「差0.6」, 「差60%」, 「差60分」, 「差=0.6」,
    // 「差:0.6分」, 「差×0.6」, 「0.6差」): 106.00 优秀 for 66.00 一般 when the group was not found.
    const printed = cols.map((c) => subLabel(grid.text(sub, c)));
    const labelOf = (choices: readonly ChoiceDef[], k: number) => {
      const p = printed[k];
      if (!p) return undefined;
      const named = (t: string) => choices.find((c) => [c.label, ...(c.aliases ?? [])].some((n) => labelKey(n) === t));
      return (p.bare !== undefined ? named(p.bare) : undefined) ?? named(p.key);
    };
    const list = lists.find((choices) => labelOf(choices, 0) && labelOf(choices, 1));
    // A heading of the team's own after the last group (「得分」, 「备注」 over a blank heading cell) ends the group: taken
    // in, it dropped the group and 差's column was read as the rater's (a 1 there 达成: 92.00 优秀 for 80.00 良好 at exit 0).
    // Inside the rater's merged heading it is the group's column all the same (「达到」 retyped for 达成): cut there, a tick
    // under it was dropped and the rater's weight given to the other (87.60 良好 for a refusal at exit 0). Its label is read
    // as printed, and a mark under it is an answer not among the choices.
    const inSpan = (col: number) => grid.mergedInto?.(table.headerRow, col) === master;
    // Outside the span (headings not merged) the heading cannot tell 「达到」 from 「备注」: the marks can. A column right
    // after the group's labels holding the group's marks (√, ✓, 1 …) on a row where the group's own columns are all blank
    // is the group's column of a label not the form's (cut, the tick was dropped and the rater's weight given to the
    // other: 87.60 良好 at exit 0); a 备注 of text or a 得分 of numbers is not, and still ends the group.
    // Inside the span a sub-heading that is one of a team's own columns (「得分」 of points, 「备注」 of text, 「系数」) ends
    // the group as it does outside — kept, its 9s and 按时s were no ticks: both people refused, 52 tick-group errors, for
    // 66.00 一般 and 94.20 优秀 — unless a label of the form's follows it (cut there, that label's ticks were lost).
    const teamOwn = (k: number) => TEAM_OWN.test(withoutTrailingNote(grid.text(sub, cols[k]!).normalize('NFKC').replace(/\s+/g, '')))
      && !cols.some((_, j) => j > k && list && labelOf(list, j));
    // Only a group short of one of the form's labels (差 | 低标 | 达到: 达成 missing) takes it in; a group holding them all
    // ends there whatever follows (a team's 「面谈确认」 of √, 「系数」 of 1: 87.60 / 107.60 refused at exit 1).
    const lacks = (k: number) => !!list && list.some((c) => !cols.slice(0, k).some((_, j) => labelOf(list, j) === c));
    // Inside the span too: once the form's labels are all there, a sub-heading that is none of them is the team's column,
    // whatever its word (「实际得分」, 「分值」, 「完成情况」, 「扣分原因」 … — only 得分 | 备注 | 系数 … were, the rest kept in:
    // their 9s and 按时s no ticks, both people refused with 52 errors for 66.00 一般 and 94.20 优秀).
    const complete = (k: number) => !lacks(k) && !cols.some((_, j) => j > k && list && labelOf(list, j));
    const nextCut = (after: number) => (list ? cols.findIndex((c, k) => k > after && !labelOf(list, k) && (!inSpan(c) || teamOwn(k) || complete(k))) : -1);
    let kept = nextCut(-1);
    while (kept > 0 && lacks(kept) && marksWhereBlank(grid, cols, kept, sub, firstRater, headsTable)) kept = nextCut(kept);
    if (kept >= 0) cols.splice(kept);
    if (cols.length < 2 || !list) continue;
    const defs = cols.map((_, k) => labelOf(list, k));
    const labels = cols.map((c, k) => defs[k]?.label ?? grid.text(sub, c).trim());
    if (new Set(labels).size !== labels.length) continue;
    // A coefficient printed beside a label that is not the form's (「差0.5」 for 0.6): the form's counts, said.
    const top = Math.max(...list.map((c) => c.points));
    const misprinted = cols.flatMap((c, k) => {
      const p = printed[k]!;
      const w = p.written;
      const d = defs[k];
      if (w === undefined || (p.bare !== undefined && d && [d.label, ...(d.aliases ?? [])].some((n) => labelKey(n) === p.bare)) || !d) return [];
      // On the definition's scale: as its points, a percent of them, or a fraction of its top choice's (§30 「优秀1.0」 |
      // 「良好0.8」 for 100 | 80 — warned 8 times 「本表「优秀」的系数是 100」 though it is 100 % of 100).
      if ([w, w / 100, w * top, (w / 100) * top].some((x) => Math.abs(x - d.points) < 1e-9)) return [];
      return [{ cell: cellAddress(sub, c), text: grid.text(sub, c).trim(), label: d.label, points: d.points }];
    });
    // The coefficients printed under the labels (0.6 | 0.8 | 1): the group's legend, not a row of ticks.
    let from = grid.nextRow(sub);
    const points = defs.map((d) => d?.points ?? NaN);
    // (Under a label not the form's, any number: its coefficient as the team printed it.)
    const legend = cols.every((c, k) => {
      const raw = grid.value(from, c);
      const n = raw.kind === 'number' ? raw.value : raw.kind === 'text' && raw.value.trim() ? Number(raw.value.trim()) : NaN;
      return Number.isNaN(points[k]!) ? Number.isFinite(n) : Math.abs(n - points[k]!) < 1e-9;
    });
    if (legend) from = grid.nextRow(from);
    let to = from;
    for (let r = from; r <= grid.rowCount; r = grid.nextRow(r)) {
      if (headsTable(r)) break;
      to = r;
    }
    const names = new Map(list.flatMap((c) => [c.label, ...(c.aliases ?? [])].map((n) => [labelKey(n), c.label] as const)));
    out.push({ rater: v.rater, cols, labels, points, names, from, to, ...(misprinted.length ? { misprinted } : {}) });
  }
  return out;
}

/**
 * Column `cols[k]` holds a mark (√, ✓, 1, x, ●, a ticked box — no coefficient, no label typed) on a row of the table
 * (its item column written) where `cols[0..k)` are all blank: below the sub-headings, above the next table heading.
 * A column holding a number other than 1 on a row of the table is a team's figures (a 得分 of 12 | 12 | … | 1), no ticks —
 * on an item's row: a line of totals and the coefficients' row right under the sub-headings are not.
 */
function marksWhereBlank(grid: Grid, cols: readonly number[], k: number, sub: number, firstRater: number, headsTable: (row: number) => boolean): boolean {
  const none = new Map<string, string>();
  let marked = false;
  const number = (raw: RawValue) => (raw.kind === 'number' ? raw.value : raw.kind === 'text' && raw.value.trim() ? Number(raw.value.normalize('NFKC').trim()) : NaN);
  for (let r = grid.nextRow(sub); r <= grid.rowCount; r = grid.nextRow(r)) {
    if (headsTable(r)) break;
    let label = '';
    for (let col = 1; col < firstRater && !label; col++) label = grid.text(r, col).trim();
    if (!label) continue;
    // Not an item's row: a line of totals (「小 计」 counting the ticks, 0 | 13 | 0 … 13), nor the coefficients printed under
    // the sub-headings (labelled 「系数」, 60 | 80 | 100) — their 13 or 100 under 「达到」 read as a team's figures, so 达到 was
    // cut and 间接's 13 ticks dropped: 87.60 良好 at exit 0 for the refusal naming 达到.
    if (TOTAL.whole(label)) continue;
    if (r === grid.nextRow(sub) && k > 0 && cols.slice(0, k).every((c) => Number.isFinite(number(grid.value(r, c)))) && !cols.slice(0, k).every((c) => number(grid.value(r, c)) === 1)) continue;
    const raw = grid.value(r, cols[k]!);
    const n = number(raw);
    if (Number.isFinite(n) && n !== 1) return false;
    if (marked || !cols.slice(0, k).every((c) => 'empty' in markOf(grid.value(r, c), '', NaN, none))) continue;
    marked = 'label' in markOf(raw, '', NaN, none);
  }
  return marked;
}

/**
 * The sheet as the table reads it: in each group's rows, the rater's column holds the label of the one column marked
 * (blank when none is), the group's other columns blank. A row of two marks reads blank and is listed in `conflicts`; a
 * row holding something that is no mark (a footer's 「部门定级」, 「达成」 typed under 差) is read as it is, and listed too
 * (said where the row is an item's).
 */
export function readTicks(grid: Grid, groups: readonly TickGroup[]): { grid: Grid; conflicts: TickConflict[]; answer: (g: TickGroup, row: number) => void } {
  const conflicts: TickConflict[] = [];
  const byCol = new Map<number, TickGroup>();
  for (const g of groups) for (const c of g.cols) byCol.set(c, g);
  const cache = new Map<string, RawValue | null>();
  /** The group's answer on a row: a label's text, or empty; null outside its rows or on a row read as it is. */
  const answer = (g: TickGroup, row: number): RawValue | null => {
    if (row < g.from || row > g.to) return null;
    const key = `${g.cols[0]}:${row}`;
    if (cache.has(key)) return cache.get(key)!;
    const typed = g.cols.map((c) => grid.value(row, c));
    const crossedBox = (k: number) => rawText(typed[k]!).trim() === '☒';
    // ☒ is the chosen box where it stands alone; beside another tick (☑ | ☒ | ☒, √ | ☒) it is the boxes crossed out, as
    // × is beside √ — read as ticks, ☑ with ☒ in the other cells was refused 「勾了 3 格」.
    const marked = g.cols.map((_, k) => markOf(typed[k]!, g.labels[k]!, g.points[k]!, g.names));
    // Only where no empty box ☐ / □ marks the columns not chosen: √ | ☒ | ☐ | ☐ on a sheet ticking with ☒ is two answers
    // (read as the √ it was 87.17 at exit 0 for 「勾了 2 格」, review 62).
    const emptyBox = typed.some((v) => ['☐', '□'].includes(rawText(v).trim()));
    const otherTick = !emptyBox && marked.some((m, k) => 'label' in m && !('hollow' in m) && !crossedBox(k));
    const read: Mark[] = marked.map((m, k) => (otherTick && crossedBox(k) ? { empty: true, crossed: '☒' } : m));
    // ○ | ○ | ● (a form's empty and filled circles): ● is the answer, the ○s not chosen.
    // So is ○ printed in every other cell of the row beside one tick (√ | ○ | ○, a form printing ○ for the rater to mark):
    // read as three ticks it was refused 「勾了 3 格」. Beside a tick with a blank cell (○ | | √) it is two answers still.
    const filled = g.cols.some((c) => rawText(grid.value(row, c)).trim() === '●')
      || (read.filter((m) => 'label' in m && !('hollow' in m)).length === 1 && read.every((m) => 'label' in m));
    // ○ in every cell of the group (the form's empty circles printed, none filled in: a rater who did not rate) chooses
    // nothing, as ☐ | ☐ | ☐ does — read as three ticks it was refused 「勾了 3 格」 (§4 间接, §30 客户 everywhere). A ○ beside
    // a blank cell (○ | ○ | , ○ | | ) is still a mark: it may be the one the rater typed.
    const unmarked = read.every((m) => 'hollow' in m);
    const circled: Mark[] = read.map((m) => ((filled || unmarked) && 'hollow' in m ? { empty: true } : m));
    // A not-chosen mark is blank only beside a tick: a row of × alone (a rater who marks his choice with ×) is not read as
    // nothing chosen — 间接's × | | on every item was dropped as 「无人评分」, 王五 61.00 for 73.00 at exit 0 — it is refused.
    const ticked = circled.some((m) => 'label' in m);
    const marks: Mark[] = ticked ? circled : circled.map((m) => ('crossed' in m && m.crossed ? { stray: m.crossed } : m));
    const strayAt = marks.findIndex((m) => 'stray' in m);
    const chosen = g.cols.flatMap((c, k) => ('label' in marks[k]! ? [{ cell: cellAddress(row, c), label: (marks[k] as { label: string }).label }] : []));
    const labels = [...new Set(chosen.map((c) => c.label))];
    let out: RawValue | null = { kind: 'empty' };
    if (strayAt >= 0) {
      conflicts.push({ group: g, row, cells: [cellAddress(row, g.cols[strayAt]!)], chosen: [], stray: (marks[strayAt] as { stray: string }).stray });
      out = null;
    } else if (labels.length > 1) conflicts.push({ group: g, row, cells: chosen.map((c) => c.cell), chosen: labels });
    else if (labels.length === 1) out = { kind: 'text', value: labels[0]! };
    cache.set(key, out);
    return out;
  };
  const value = (row: number, col: number): RawValue => {
    const g = byCol.get(col);
    const a = g ? answer(g, row) : null;
    if (a === null) return grid.value(row, col);
    return col === g!.cols[0] ? a : { kind: 'empty' };
  };
  const text = (row: number, col: number): string => {
    const g = byCol.get(col);
    return g && answer(g, row) !== null ? rawText(value(row, col)).trim() : grid.text(row, col);
  };
  const wrapped: Grid = Object.assign(Object.create(grid) as Grid, { value, text });
  return { grid: wrapped, conflicts, answer: (g, row) => void answer(g, row) };
}

/** A team's own column under a rater's heading: its score, its remarks (rowKinds' 得分 | 分数 | 备注 | 说明 …), a coefficient. */
const TEAM_OWN = { test: (t: string) => SUB_SCORE.test(t) || /^(系数|评语|意见)$/.test(t) };

const NUM = String.raw`(\d+(?:\.\d+)?)\s*(%|分)?`;
const AFTER = new RegExp(String.raw`^(.*?\S)\s*[=:×xX*]?\s*${NUM}$`);
const BEFORE = new RegExp(String.raw`^${NUM}\s*[=:×xX*]?\s*(\D.*)$`);

/**
 * A sub-heading as a choice label: its coefficient before or after it dropped (「差(0.6)」, 「差0.6」, 「差60%」, 「差60分」,
 * 「差=0.6」, 「差:0.6分」, 「差×0.6」, 「0.6差」 → 差), with the coefficient written (60分 and 60% as 0.6 only when compared).
 * `bare`: the heading as it is, for a label that itself ends in a number.
 */
function subLabel(text: string): { key: string; bare?: string; written?: number } {
  const t = text.normalize('NFKC').trim();
  if (!t) return { key: '' };
  const noted = withoutTrailingNote(t);
  if (noted && noted !== t) {
    const inner = /^\s*[((]\s*(\d+(?:\.\d+)?)\s*(?:%|分)?\s*[))]\s*$/.exec(t.slice(noted.length));
    return { key: labelKey(noted), bare: labelKey(t), ...(inner ? { written: Number(inner[1]) } : {}) };
  }
  const m = AFTER.exec(t);
  if (m) return { key: labelKey(m[1]!), bare: labelKey(t), written: Number(m[2]) };
  const b = BEFORE.exec(t);
  if (b) return { key: labelKey(b[3]!), bare: labelKey(t), written: Number(b[1]) };
  return { key: labelKey(t) };
}
