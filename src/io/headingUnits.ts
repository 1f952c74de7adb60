// What a heading's note or the units row under it says a column's figures are in (「(万元)」, 「(5分制)」, 「(分)」 over a
// count): another unit than the input's means the column is not that input's — its numbers would be read in the wrong
// unit (120 万元 as 120 元, 4.6 of 5 as 4.6 %, 2 points as 2 lapses). Shared by rosters, person sheets and exports.
import type { InputDef, ItemDef } from '../model/definition.js';
import { LETTER_UNITS, UNIT_WORDS, UNITS_THAT_CHANGE_MEANING, unitsOf } from '../engine/text.js';
import type { Grid } from './grid.js';
import { parseRef } from './fast/xml.js';
import { scaleNoted, splitAround, withoutTrailingNote } from './normalize.js';
import { unitCell } from './rowKinds.js';
import { columnUnitLine, OTHER_MONEY_UNIT } from './unitLine.js';

/** Time units that name one scale each (分 under a time is minutes), and amounts other than 元 (分 under 元 is cents). */
const TIME_SCALES = [['秒', '秒钟', 's', 'sec'], ['分', '分钟', 'min'], ['小时', 'h', '时'], ['天', '日']];
const MONEY_OTHER = new Set(['分', '角', '万', '万元', '千', '千元', '百元', 'w', 'k']);

/** A units-row cell as a unit word: 「(分钟/次)」 → 分钟, 「萬元」 → 万元; null for a cell that is no unit. */
function unitWordOf(text: string): string | null {
  const u = unitCell(text)?.split(/[/／每]/)[0]?.trim().toLowerCase().replace(/萬/g, '万');
  return u && !/\d/.test(u) && u.length <= 5 ? u : null;
}

/**
 * The cell under a heading, on a row of units (every filled cell a unit), gives a scale other than the input's own: a
 * time on another scale (分钟 or 分 over 秒), an amount other than 元 (万元, 分 over 元), or money or time over points.
 */
export function foreignUnitBelow(grid: Grid, row: number, col: number, input: InputDef): boolean {
  if (row >= grid.rowCount || (input.type === 'text' && !input.unit) || input.type === 'choice') return false;
  const own = unitsOf(input.unit);
  const scaleOf = (u: string) => TIME_SCALES.findIndex((g) => g.includes(u));
  // 分 of the input's own is points, not minutes.
  const ownTime = own.filter((u) => u !== '分').map(scaleOf).find((k) => k >= 0);
  // 「(5分制)」 under 满意度 (4.6 read as 4.6 %), 「(5分)」 under a rating of 1–10 (4 read as 4 of 10): figures on another
  // scale than the input's — as the same note in the heading is.
  // (Bare points — 「(20分)」 under 效率, a % — are the item's points over its figures, as a heading's are: only a scale
  // named so, 「(5分制)」 or 「(1-5分)」, is another way of writing a % or a count.)
  const scale = scaleCell(grid.text(row + 1, col));
  if (scale !== undefined) {
    const foreign = own.includes('分') && input.max !== undefined ? input.max !== scale.n : scale.named && (input.type !== 'percent' || scale.n !== 100);
    return foreign && unitRow(grid, row + 1);
  }
  const unit = unitWordOf(grid.text(row + 1, col));
  if (!unit) return false;
  // A time over a time input is foreign only on another scale (秒钟 over 秒 is seconds, 分 over 秒 minutes).
  const timeOverTime = ownTime !== undefined && scaleOf(unit) >= 0;
  const foreign =
    (timeOverTime ? scaleOf(unit) !== ownTime : UNITS_THAT_CHANGE_MEANING.has(unit) && foreignUnit(`(${unit})`, input)) ||
    (own.includes('元') && MONEY_OTHER.has(unit)) ||
    // Points (奖惩分 in 分): 元 or a time there is another thing (a fine of 10 元 read as −10 points).
    (own.includes('分') && unit !== '分' && (unit === '元' || MONEY_OTHER.has(unit) || scaleOf(unit) >= 0)) ||
    // And a count's unit (「(次)」 under 表格管理's points each time: 2 incidents read as one deduction of 2 points, 82 良好
    // where 2 incidents at 2–5 each leave 74–80), as 「表格管理(次)」 in the heading is refused.
    (own.includes('分') && !own.includes('次') && ['次', '项', '个', '件', '处', '回'].includes(unit)) ||
    // Points over a count (「(分)」 over 不达标项数: 2 points read as 2 lapses), as 「…(分)」 in the heading is refused —
    // where the row tells columns apart (「(次)」 over others): 「(分)」 over every column is a note of the whole table,
    // and 「分/次」 the points each time.
    // 「得分」/「扣分」 there name each column a score, over every column too (准时出勤 10 read as 10 lapses: 52 不通过 for 60).
    // (「扣分」 over every column stays the table's note: at 1 point a lapse, §2's, it is the count.)
    (countInput(input) && POINTS_WORDS.has(unit) && !/[/／每]/.test(grid.text(row + 1, col)) && ((unit !== '分' && unit !== '扣分') || unitsDiffer(grid, row + 1)));
  return foreign && unitRow(grid, row + 1);
}

/**
 * The scale a units row under the heading names (「5分制」, 「(1-5分)」, 「满分5分」 under 服务态度), with the cell's text;
 * undefined when the row under it is no units row. (For a choice worth points, whose numbers foreignUnitBelow leaves to the
 * heading's own points check: 4 of 5 typed under 「5分制」 is no 优秀 of 4.)
 */
export function scaleBelow(grid: Grid, row: number, col: number): { n: number; text: string } | undefined {
  if (row >= grid.rowCount) return undefined;
  const text = grid.text(row + 1, col);
  const scale = text ? scaleCell(text) : undefined;
  return scale && unitRow(grid, row + 1) ? { n: scale.n, text: text.trim() } : undefined;
}

/** A count of its own (次, 项, 人 …): not points, money or a time. */
export function countInput(input: InputDef): boolean {
  const own = unitsOf(input.unit);
  return (input.type === 'integer' || input.type === 'number') && own.length > 0 && !own.includes('分') && !own.includes('元') && !own.some((u) => TIME_SCALES.some((g) => g.includes(u)));
}

/**
 * A line above the table giving the unit of its figures (「(金额单位:万元)」) is another unit than the input's: an amount
 * in 元 under 万元. (「单位:分」 there says nothing of each column: rosters mix counts with points under one such line.)
 */
export function foreignUnitLine(unit: string, input: InputDef): boolean {
  return unitsOf(input.unit).includes('元') && OTHER_MONEY_UNIT.test(unit);
}

/**
 * A line above the table or a note under it naming this column (its heading, the input's names, a one-input item's) with
 * another unit than its input's: 「注:目标销售额单位为万元」 over 目标销售额 in 元.
 */
export function foreignColumnLine(grid: Grid, headerRow: number, heading: string, item: ItemDef, input: InputDef): ReturnType<typeof columnUnitLine> {
  if (!unitsOf(input.unit).includes('元')) return undefined;
  const names = [withoutTrailingNote(heading) || heading, input.label, ...(input.aliases ?? []), ...(item.inputs.length === 1 ? [item.label, ...(item.aliases ?? [])] : [])];
  const line = columnUnitLine(grid, headerRow, names);
  return line && foreignUnitLine(line.unit, input) ? line : undefined;
}

/** The units row names more than one unit (「(分)」 over some columns, 「(次)」 over others). */
function unitsDiffer(grid: Grid, row: number): boolean {
  const seen = new Set<string>();
  for (let c = 1; c <= Math.min(grid.columnCount, 200); c++) {
    const u = unitWordOf(grid.text(row, c));
    if (u) seen.add(u);
  }
  return seen.size > 1;
}

const POINTS_WORDS = new Set(['分', '得分', '扣分', '分数']);

/**
 * A units-row cell naming points: 「(5分制)」, 「(1-5分)」, 「(五分制)」 name a scale (named); 「(5分)」, 「(满分5分)」 may be
 * the item's points as well.
 */
function scaleCell(text: string): { n: number; named: boolean } | undefined {
  const t = text.normalize('NFKC').trim();
  // 「(1-10)」: a range of marks without 分; 「满分5分」 without brackets: points, as 「(满分5分)」.
  // (Named only over points: 「(0-3)」 over §1's 未满足项数 is the count's own range, as the catalog writes it.)
  const range = /^\(?\s*[01]\s*[-~～至到—–]\s*(\d{1,3})\s*\)?$/.exec(t)?.[1];
  if (range !== undefined) return { n: Number(range), named: false };
  if (/^(满分|满)\s*\d{1,3}\s*分$/.test(t)) {
    const n = scaleNoted(`(${t})`);
    return n === undefined ? undefined : { n, named: false };
  }
  const n = /^\(.*\)$/.test(t) || /分制$/.test(t) ? scaleNoted(/^\(/.test(t) ? t : `(${t})`) : undefined;
  return n === undefined ? undefined : { n, named: /分制|\d\s*[-~～至]\s*\d/.test(t) };
}

/**
 * Every filled cell of the row is a unit (a word or a scale): a units row under the headings, not a person's. A heading
 * merged down over it (「姓名」 over two rows, 「扣分」 under 工作状况 alone) is no cell of that row.
 */
function unitRow(grid: Grid, row: number): boolean {
  for (let c = 1; c <= Math.min(grid.columnCount, 200); c++) {
    const from = grid.mergedInto?.(row, c);
    if (from && (parseRef(from)?.[0] ?? row) < row) continue;
    const t = grid.text(row, c);
    if (t && !unitWordOf(t) && scaleCell(t) === undefined) return false;
  }
  return true;
}

/** A count in thousands or ten thousands (「服务单数(千单)」): 5 is 5,000. */
const SCALED_COUNT = /^(十|百|千|万|十万|百万|千万|亿)(单|件|个|次|户|人|笔|台|条|张|份)$/;
/** A score on a scale of its own (「满意度(5分制)」, 「(百分制)」): 4 of 5 is not 4 %. */
const SCORE_SCALE = /^(\d+|十|百)分制$/;

/** What a unit in brackets is written after: 「(单位:万元)」, 「(金额单位:万元)」, 「(单位 分钟)」. */
const UNIT_LEAD = /^(?:金额|计量|货币|时间)?单位\s*(?:为|是)?\s*[::\s]\s*/;
/** Notes beside a unit that leave it the unit: 「(万元,含税)」, 「(万元人民币)」. */
const UNIT_ASIDE = /^(?:含税|不含税|税前|税后|人民币|rmb|cny)$/i;
const CURRENCY_EDGE = /^(?:人民币|rmb|cny)\s*|\s*(?:人民币|rmb|cny)$/gi;

/**
 * The unit a bracket's words name once what is written around it is set aside (「单位:万元」, 「万元,含税」, 「K元」 →
 * 万元, 万元, 千元); the words as they are when more than one word is left (「万元,上月」) or none.
 */
function bareNote(note: string): string {
  const parts = splitAround(note.replace(UNIT_LEAD, ''), /[,,、;;]/)
    .map((p) => p.replace(CURRENCY_EDGE, '').trim())
    .filter((p) => p && !UNIT_ASIDE.test(p));
  if (parts.length !== 1) return note;
  return parts[0]!.replace(/^k元$/i, '千元').replace(/^w元$/i, '万元');
}

/**
 * The unit in brackets after a heading (「询单人数(人)」 → 人), or null when the note there is no unit. Written with words
 * around it, it is that unit: 「目标销售额(单位:万元)」 10 was read as 10 元 (张三's 60000 元 as 600 %, 87 一般 for 79 待改进),
 * 「平均响应时间(单位:分钟)」 2 as 2 秒 (90.50 优秀 for 83.00 良好), where 「(万元)」 and 「(分钟)」 are refused.
 */
export function unitNoteOf(text: string): string | null {
  const written = /\(([^()]*)\)\s*$/.exec(text.normalize('NFKC'))?.[1]?.trim();
  if (!written) return null;
  const note = bareNote(written);
  // Exports write units in either case (USD, K, Min).
  const key = note.toLowerCase();
  // One letter too (k, S): foreignUnit tells a scale or time from a code of the team's.
  if (UNIT_WORDS.has(key) || /^[a-z]$/.test(key) || note === '扣分' || SCALED_COUNT.test(note) || SCORE_SCALE.test(note)) return note;
  // A rate (「件/小时」, 「分钟/次」, 「元/人」): each side a unit.
  const sides = splitAround(key, /[/／每]/);
  return sides.length === 2 && sides.every((x) => UNIT_WORDS.has(x)) ? note : null;
}

/** A heading noting a percentage: 「(%)」, 「(百分比)」, 「(百分率)」, or a bare 「%」 at its end (「处理能力%」). */
function percentNote(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  return /\(\s*(%|百分比|百分率|百分数)\s*\)$/.test(t) || /[^\d\s(]\s*%$/.test(t);
}

/**
 * The unit a heading notes that is not the input's own, on the heading or on any part of a composed one but its last
 * (「出勤率(%)·主管」): 「%」 for a percentage however written, else the bracketed unit; undefined when none is foreign.
 */
export function foreignNote(text: string, input: InputDef): string | undefined {
  const t = text.normalize('NFKC');
  const parts = splitAround(t, /[·・]/);
  for (const part of [t, ...parts.slice(0, -1)]) {
    if (!/[(（]|%\s*$/.test(part) || !foreignUnit(part, input)) continue;
    return percentNote(part) ? '%' : (unitNoteOf(part) ?? undefined);
  }
  return undefined;
}

/** The heading's note in brackets is a unit other than the input's own. */
export function foreignUnit(text: string, input: { type: string; unit?: string; max?: number; min?: number }): boolean {
  // (A text measured in a unit — §6 「急迫性报修20分钟内到达」 in 分钟 — is that unit's figure: 1100 秒 was 1100 分钟.)
  if (input.type === 'choice' || (input.type === 'text' && !input.unit)) return false;
  // (「(单位:K)」 as 「(K)」.)
  const noted = unitNoteOf(text) ?? '';
  const letter = /^[a-z]$/i.test(noted) ? noted.toLowerCase() : undefined;
  if (letter) {
    const own = unitsOf(input.unit).map((u) => u.toLowerCase());
    if (own.includes(letter)) return false;
    if (own.includes('元')) return LETTER_UNITS.money.has(letter);
    // A time of its own (秒, 分钟, 天; 分 alone is points).
    return own.some((u) => u !== '分' && TIME_SCALES.some((g) => g.includes(u))) && LETTER_UNITS.time.has(letter);
  }
  const note = percentNote(text) ? '%' : unitNoteOf(text)?.toLowerCase();
  if (!note) return false;
  const own = unitsOf(input.unit);
  // A % is read as a % is typed where it is one: a percentage, a score out of 100 (90 % is 90 points). Over points of
  // another scale or a count, the column holds rates (「出勤率(%)」 1, 0.95 under 出勤率's 5 points: read as 1 and 0.95
  // points, 87 良好 for 91 优秀 at exit 0; 「处理能力(%)」 0.9 as 0.9 of 10).
  if (note === '%') return (input.type === 'number' || input.type === 'integer' || input.type === 'list') && own.length > 0 && !(own.includes('分') && input.max === 100);
  if (own.includes(note)) return false;
  // 分钟 over minutes written 分, 秒钟 over 秒: one time scale.
  if (own.some((u) => TIME_SCALES.some((g) => g.includes(u) && g.includes(note)))) return false;
  // 「(扣分)」 over points is the points taken off (奖惩分); over a count (迟到 2) it is not that count.
  // (Over a score of its own, 0 to the item's points, it is the points taken off, not that score: 2 read as 2 of 20.)
  if (note === '扣分') return !own.includes('分') || (input.type === 'number' && (input.min ?? 0) >= 0 && !/[扣减罚]/.test(text.normalize('NFKC').replace(/\([^()]*\)\s*$/, '')));
  const scale = SCORE_SCALE.exec(note)?.[1];
  if (scale !== undefined) {
    const n = scale === '百' ? 100 : scale === '十' ? 10 : Number(scale);
    return input.type === 'percent' ? n !== 100 : input.max !== n;
  }
  // A rate whose first side is the input's own unit is that unit (「次/月」 on a monthly form, 「分/次」 for each deduction,
  // 「秒/次」 for a mean response time); another (「件/小时」 for a %) is not.
  const sides = splitAround(note, /[/／每]/);
  if (sides.length === 2) {
    // Counted in another scale or time only (分钟/次 for a count, 万元/月 for 元): 人/月, 个/月 are counts a month.
    const first = sides[0]!;
    if (own.includes(first)) return false;
    if (input.type === 'percent') return first !== '分';
    return UNITS_THAT_CHANGE_MEANING.has(first) || SCALED_COUNT.test(first);
  }
  if (SCALED_COUNT.test(note)) return true;
  // A percentage counts in nothing but % (or points of 100): 「效率(件)」 95 is 95 pieces, not 95 %.
  if (input.type === 'percent') return note !== '分';
  // Without a unit of its own, an amount in 元 or points in 分 is what the input holds; a scale or a time is not.
  return own.length > 0 || UNITS_THAT_CHANGE_MEANING.has(note);
}

/**
 * A count of incidents (「表格管理·次数」, 「扣分次数」, 「表格管理(次)」) where the item takes each incident's deduction (§8
 * M2 「3,2」): the range of one deduction, to say that a count cannot be turned into points. Told to rename the column,
 * 张三's 2 incidents were read as one of 2 points — 98.00 for 20 − (4 to 10) off, at exit 0.
 */
export function incidentsCounted(text: string, item: ItemDef, input: InputDef): { min: number; max: number } | undefined {
  if (item.rule.kind !== 'incidents' || item.rule.input !== input.id || input.type !== 'list') return undefined;
  const t = text.normalize('NFKC').trim();
  const counted = /次数$/.test(withoutTrailingNote(t)) || /[(]\s*[^()]*次数?\s*[)]\s*$/.test(t);
  return counted ? { min: item.rule.minEach, max: item.rule.maxEach } : undefined;
}
