// A scale named over a column from further off than its own heading: the group heading it stands under (「服务态度
// (5分制)」 merged over its three criteria) or a line above the table (「物业客服考核表(5分制)」, 「评分标准:每项1-5分」).
// Marks of 1–5 under it were read as marks of 1–10 (every 5 half marks: 50 待改进 for a team's full marks, exit 0), as
// 「对待业主友好积极(5分制)」 in the heading itself is refused.
import type { InputDef } from '../model/definition.js';
import { unitsOf } from '../engine/text.js';
import { cellAddress, type Grid } from './grid.js';
import { CHINESE_SCALE } from './normalize.js';

/** 「5分制」, 「五分制」: a scale named so. */
const SCALE_WORD = /(\d{1,3}|[三五七十百])\s*分制/;
/** 「1-5分」, 「1～5分」 after words of marking (每项, 评分, 打分, 按): the marks' range. */
const RANGE_CLAUSE = /(?:每项|每个|各项|评分|打分|按|采用|实行)(?:标准)?\s*[::]?[^,,。;;::扣]{0,8}?[01]\s*[-~～至到—–]\s*(\d{1,3})\s*分(?!钟)/;

/** The scale a text names: 「(5分制)」, 「五分制」, 「每项1-5分」 → 5; a bare 「(30分)」 or 「满分5分」 (an item's points) none. */
export function scaleNamed(text: string, inHeading = false): number | undefined {
  const t = text.normalize('NFKC');
  // 「百分制」 is the total's scale (「每项1-10分,总分百分制」), not each mark's; two scales (「按5分制折算为10分制后填写」)
  // say no one scale of the marks.
  const words = [...new Set([...t.matchAll(new RegExp(SCALE_WORD.source, 'g'))].map((m) => CHINESE_SCALE[m[1]!] ?? Number(m[1])).filter((n) => n !== 100))];
  if (words.length) return words.length === 1 ? words[0] : undefined;
  if (!inHeading) {
    // 「各项满分5分」, 「每项满分为5分」: each mark's full marks (a bare 「满分5分」 may be one item's points).
    const each = /(?:每项|各项|每个项目|每个指标|每一项|每条)\s*(?:均|都)?\s*(?:满分|最高)\s*(?:为|是)?\s*(\d{1,2})\s*分/.exec(t)?.[1];
    if (each !== undefined) return Number(each);
    // 「(5分为最高分)」, 「最高5分」 in a line of marking, 「评分标准:满分5分」: the marks' top.
    const top = /(\d{1,2})\s*分\s*(?:为|是)\s*最高分?/.exec(t)?.[1] ?? /(?:评分|打分|评分标准|打分标准)\s*[::]?\s*(?:满分|最高)\s*(?:为|是)?\s*(\d{1,2})\s*分/.exec(t)?.[1];
    if (top !== undefined) return Number(top);
    // A legend of the marks (「5分=优秀,4分=良好,…,1分=差」): its highest mark, when it runs down to 1.
    const legend = [...new Set([...t.matchAll(/(?<![\d.])(\d{1,2})\s*分\s*[=＝::为]/g)].map((m) => Number(m[1])))];
    // (Of 4 marks or more: 「2分=完全做到,1分=基本做到,0分=未做到」 over §25's criteria of 2 is how each is marked.)
    if (legend.length >= 4 && legend.includes(1) && Math.max(...legend) >= 4 && Math.max(...legend) <= 10) return Math.max(...legend);
  }
  // In a group heading a range alone names the scale (「服务态度(1-5分)」) — of ten or less: 「(0-30分)」 over a part's
  // criteria is its points; in a line, a range only after words of marking, and only one (「1-4分差,5-7分一般,8-10分好」
  // are bands of the marks).
  if (!inHeading && [...t.matchAll(/\d\s*[-~～至到—–]\s*\d{1,3}\s*分(?!钟)/g)].length > 1) return undefined;
  const range = inHeading ? /[((]\s*[01]\s*[-~～至到—–]\s*(\d{1,2})\s*分?\s*[))]\s*$/.exec(t)?.[1] : RANGE_CLAUSE.exec(t)?.[1];
  return range !== undefined && (!inHeading || Number(range) <= 10) ? Number(range) : undefined;
}

/** Marks on a scale of `n` are not this input's: a rating of 1–10 (its own max), or a % under a group's named scale. */
export function foreignScale(n: number, input: InputDef, percentToo: boolean): boolean {
  if (input.type === 'percent') return percentToo && n !== 100;
  return markedInPoints(input) && input.max !== n;
}

/** A mark in points up to a maximum (1–10 分): what a scale named over it may disagree with. */
export function markedInPoints(input: InputDef): boolean {
  return (input.type === 'number' || input.type === 'integer') && unitsOf(input.unit).includes('分') && input.max !== undefined;
}

/**
 * A line above the headings (a title or a note; rows before `below`, the row of group headings left out) naming one
 * scale for every mark of the table. 「百分制」 there is the
 * total's scale, not each item's: not taken. (A footnote under the table is not looked for: the fast path reads the
 * headings before the rows below them.)
 */
export function scaleLine(grid: Grid, headerRow: number, below = headerRow): { n: number; said: string; cell: string } | undefined {
  for (let row = 1; row < below; row++) {
    const hit = scaleOnRow(grid, row);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * A note under a person's sheet's items (rows `from`–`to`) naming one scale for every mark (「说明:每项按5分制评分」): as a
 * line above the table is read. (A person's sheet is read whole; a roster's fast path never reaches its footer.)
 */
export function scaleLineBelow(grid: Grid, from: number, to: number): { n: number; said: string; cell: string } | undefined {
  for (let row = from; row <= to; row++) {
    const hit = scaleOnRow(grid, row);
    if (hit) return hit;
  }
  return undefined;
}

/** The marks' scale a heading's own note names without points: 「(五分制)」, 「(5分制)」, 「(1-5)」, 「(1~5)」 → 5. */
export function scaleOfOwnNote(text: string): number | undefined {
  const m = /[(\[【]\s*(?:[01]\s*[-~～至到—–]\s*(\d{1,2})|(\d{1,3}|[三五七十百])\s*分制)\s*[)\]】]\s*$/.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  const n = m[1] !== undefined ? Number(m[1]) : (CHINESE_SCALE[m[2]!] ?? Number(m[2]));
  return n >= 2 && n !== 100 ? n : undefined;
}

/** Each row's scale line, once per sheet: a sheet's heading is looked for on 30 rows, each asking of the rows above. */
const rowsSeen = new WeakMap<Grid, Map<number, { n: number; said: string; cell: string } | null>>();

function scaleOnRow(grid: Grid, row: number): { n: number; said: string; cell: string } | undefined {
  let seen = rowsSeen.get(grid);
  if (!seen) rowsSeen.set(grid, (seen = new Map()));
  const known = seen.get(row);
  if (known !== undefined) return known ?? undefined;
  let hit: { n: number; said: string; cell: string } | null = null;
  for (let col = 1; col <= Math.min(grid.columnCount, 60) && !hit; col++) {
    const said = grid.text(row, col);
    // (Only a text with 分 in it can name points.)
    const n = said && said.includes('分') ? scaleNamed(said) : undefined;
    if (n !== undefined && n !== 100) hit = { n, said, cell: cellAddress(row, col) };
  }
  seen.set(row, hit);
  return hit ?? undefined;
}

/**
 * The scale named over the column at (`headerRow`, `col`) that is not its input's: by the group heading on the row above
 * (typed in its first column, carried over the empty ones after it) when `twoRow`, else by a line above the table.
 */
export function foreignScaleOver(grid: Grid, headerRow: number, col: number, input: InputDef, twoRow: boolean): { said: string; cell: string } | undefined {
  if (twoRow && headerRow > 1) {
    let from = col;
    while (from > 1 && !grid.text(headerRow - 1, from)) from--;
    const group = grid.text(headerRow - 1, from);
    const own = grid.text(headerRow, col);
    const n = group && own && group !== own ? scaleNamed(group, true) : undefined;
    if (n !== undefined) return foreignScale(n, input, true) ? { said: group, cell: cellAddress(headerRow - 1, from) } : undefined;
  }
  const line = scaleLine(grid, headerRow, twoRow ? headerRow - 1 : headerRow);
  return line && foreignScale(line.n, input, false) ? line : undefined;
}
