// Numbers standing for a choice's answers, as a legend says (「评价(1满意 2一般 3不满意 4很不满意)」 in the heading, an
// export's 「评价填写代码:1=满意 2=一般…」 or 「说明:是否类字段 0=是 1=否」 on a line above): a digit under it is that answer,
// not the answer of those points. Shared by record logs and rosters.
import type { ChoiceDef } from '../model/definition.js';
import type { RawValue } from '../model/entries.js';
import { matchKey } from '../engine/text.js';
import type { Grid } from './grid.js';
import { withoutTrailingNote } from './normalize.js';

/** A column of answers: its choices, or a yes/no question and its words. */
export interface Answers {
  type: string;
  choices?: ReadonlyArray<Pick<ChoiceDef, 'label' | 'aliases'> & { points?: number }>;
  words?: readonly string[];
}

/**
 * The numbers a heading gives a choice column's answers (「评价(1满意 2一般 3不满意 4很不满意)」, 「(1=满意,2=一般)」): two
 * or more of its answers, each after its own number. undefined when it gives none.
 */
export function legendOf(heading: string, col: Answers, line = false): Map<number, string> | undefined {
  const note = line ? heading.normalize('NFKC') : heading.normalize('NFKC').slice(withoutTrailingNote(heading.normalize('NFKC')).length);
  if (!note) return undefined;
  const answers = new Map<string, string>();
  for (const c of col.choices ?? []) for (const n of [c.label, ...(c.aliases ?? [])]) answers.set(matchKey(n), c.label);
  // A yes/no question coded in its heading (「是否一次安装成功(0是1否)」): 0 is 是 there — read as 否, a rate of 0 % for
  // 100 %. Its words, and 是/否 whatever words the template offers.
  if (col.type === 'yesno') for (const n of [...(col.words ?? []), '是', '否']) answers.set(matchKey(n), n);
  // Which comes first says how it pairs: 「1满意 2一般」 (after a lead-in: 「请填数字:1满意…」, 「1为满意,2为一般」) numbers the
  // answers after the numbers; 「满意4 一般3」, 「优秀=100 良好=80」 give each answer its number after it (its points, or the
  // team's own). Read the other way, 4 was 一般 (§23 two departments rated 优秀 and 较好 came out 较好 and 较差).
  const words = [...answers.keys()].sort((a, b) => b.length - a.length);
  const tokens: Array<{ n: number } | { w: string | null }> = [];
  const text = matchKey(note);
  for (let i = 0; i < text.length; ) {
    const digits = /^\d{1,4}/.exec(text.slice(i))?.[0];
    if (digits) {
      // A count or a bound (「不满意4次以上」, 「2人」): no answer's number.
      // (And a bound of points or a head count: 「优秀3.5分以上」, 「优秀:1名」 — cut points and quotas, no codes.)
      const counted = /^(次|以上|以下|个|项|人|名|位|天|%|分以|分及|分\(含|\.\d)/.test(text.slice(i + digits.length)) || /\d\.$/.test(text.slice(0, i));
      tokens.push(counted ? { w: null } : { n: Number(digits) });
      i += digits.length;
      continue;
    }
    const word = words.find((w) => text.startsWith(w, i));
    if (word) {
      tokens.push({ w: answers.get(word)! });
      i += word.length;
      continue;
    }
    // Another word between a number and the next (「0未接触」, 「为」, 「代码」): it ends a pair unless it is a joiner.
    if (!/[为是=:.、\-—~～,;/()\s]/.test(text[i]!)) tokens.push({ w: null });
    i++;
  }
  const first = tokens.findIndex((t) => 'n' in t || t.w !== null);
  if (first < 0) return undefined;
  const numberFirst = 'n' in tokens[first]!;
  const out = new Map<number, string>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const [a, b] = numberFirst ? [tokens[k]!, tokens[k + 1]!] : [tokens[k + 1]!, tokens[k]!];
    if ('n' in a && 'w' in b && b.w !== null && !out.has(a.n)) out.set(a.n, b.w);
  }
  // (A rule's note 「不满意4次以上或很不满意2次以上为很差」 pairs nothing: its numbers are counts. A legend may leave out an
  // answer the team never uses: 「1满意 2一般 3不满意」, 「1=A 2=B 3=C」.)
  return out.size >= 2 && new Set(out.values()).size === out.size ? out : undefined;
}

/**
 * A line above the heading numbering a choice column's answers (an export's 「评价填写代码:1=满意 2=一般 3=不满意 4=很不满意」,
 * 「说明:是否类字段 0=是 1=否」): as that legend in the heading is. Unread, 1 was read as the answer of 1 point — 很不满意
 * for 满意 (§23 较好 came out 很差), 否 for 是 (§5 25 % for 75 %), at exit 0. The first such line is taken.
 */
export function legendAbove(grid: Grid, headerRow: number, col: Answers): Map<number, string> | undefined {
  for (let row = 1; row < headerRow; row++) {
    for (let c = 1; c <= Math.min(grid.columnCount, 30); c++) {
      const legend = legendIn(grid.text(row, c), col);
      if (legend) return legend;
    }
  }
  return undefined;
}

/** Lines a footer may hold under the table (「注:1=优秀,2=良好…」): the last ones holding anything. */
const FOOTER_ROWS = 20;

/**
 * A legend in a note under the table (「注:各项填等级代码,1=优秀,2=良好,3=一般,4=需改进。」), a line of one cell: as one above
 * the headings is read — 1 read as the answer of 1 point was 需改进 for 优秀 (§19 25 待改进 for 100 优秀 at exit 0).
 * `prefilled`: columns a template fills in down its rows (the 考核月份 of a --period template), no part of the line.
 */
export function legendBelow(grid: Grid, headerRow: number, col: Answers, prefilled: ReadonlySet<number> = new Set()): Map<number, string> | undefined {
  for (const row of footerRows(grid, headerRow, prefilled)) {
    const filled: string[] = [];
    for (let c = 1; c <= Math.min(grid.columnCount, 30) && filled.length < 2; c++) {
      const text = prefilled.has(c) ? '' : grid.text(row, c);
      if (text) filled.push(text);
    }
    // Codes given as such (「1=优秀」, 「1为优秀」): not a numbered list of the grades (「1、优秀(4分) 2、良好(3分)」), nor one
    // that gives points — read as codes, every 4 of points was 需改进 (§19 30.21 for 94.79 at exit 0).
    const text = filled.length === 1 ? filled[0]! : '';
    const legend = codesIn(text, col);
    if (legend) return legend;
  }
  return undefined;
}

const footersOf = new WeakMap<Grid, Map<string, number[]>>();

/**
 * The last FOOTER_ROWS rows under the headings that hold a cell outside the pre-filled columns: where the people end, not
 * where the sheet's extent does. kpi's roster template is styled down to row 501 (and a --period one fills 考核月份 down
 * 30 rows): the last 20 rows of that extent missed a note on row 4 right under 张三 and 李四, its codes read as points
 * (§29 张三 50.00 一般 for 75.00 良好, 李四 37.50 一般 for 87.50 优秀, at exit 0). Once a sheet: asked for each column.
 */
function footerRows(grid: Grid, headerRow: number, prefilled: ReadonlySet<number>): number[] {
  let byKey = footersOf.get(grid);
  if (!byKey) footersOf.set(grid, (byKey = new Map()));
  const key = `${headerRow}:${[...prefilled].join(',')}`;
  let rows = byKey.get(key);
  if (rows) return rows;
  rows = [];
  for (let row = grid.nextRow(headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    let held = false;
    for (let c = 1; c <= Math.min(grid.columnCount, 30) && !held; c++) held = !prefilled.has(c) && grid.value(row, c).kind !== 'empty';
    if (!held) continue;
    rows.push(row);
    if (rows.length > FOOTER_ROWS) rows.shift();
  }
  byKey.set(key, rows);
  return rows;
}

/**
 * A legend on the heading row itself, in a cell that heads no column read (「注:1=满意,2=一般…」 typed in H1 beside a log's
 * headings): as one above them. Codes given as such only, as below the table.
 */
export function legendBeside(grid: Grid, headerRow: number, read: ReadonlySet<number>, col: Answers): Map<number, string> | undefined {
  for (let c = 1; c <= Math.min(grid.columnCount, 60); c++) {
    if (read.has(c)) continue;
    const legend = codesIn(grid.text(headerRow, c), col);
    if (legend) return legend;
  }
  return undefined;
}

/**
 * A legend in one cell giving codes as such (a person's sheet's 评分标准 retyped 「1=优秀,2=良好,3=一般,4=不符合要求」): not
 * the form's own 「选项得分:优秀 4 / 良好 3 / …」, which gives each answer's points.
 */
export function codesIn(text: string, col: Answers): Map<number, string> | undefined {
  if (saysCodes(text)) return legendIn(text, col);
  // Numbers joined to the answers by a dash, a colon or a point (「1-优秀 2-良好 3-一般」, 「1:优秀;2:良好」, 「1.优秀 2.良好」)
  // are codes where no answer is worth them: unread, every 1/2/3 of §21 (100 / 80 / 60) was refused. Where the answers
  // are worth 1–4 they are a numbered list of the grades (§19 「1.优秀;2.良好;3.一般;4.需改进。各项填分数」: 优秀 is 4).
  const legend = joinsCodes(text) ? legendIn(text, col) : undefined;
  return legend && ![...legend].some(([n, label]) => col.choices?.some((c) => c.points === n && c.label !== label)) ? legend : undefined;
}

/** Two or more numbers each joined to a word by a dash, a colon or a point: not a decimal's (「1.5」). */
function joinsCodes(text: string): boolean {
  const t = text.normalize('NFKC');
  return !/\d\s*分/.test(t) && (t.match(/(?<![\d.、])\d{1,2}\s*[-–—~:.]\s*(?=\p{Script=Han})/gu)?.length ?? 0) >= 2;
}

/**
 * A line giving codes as such: 「1=优秀」, 「1为优秀」, or each number run into its answer (「注:1满意 2一般 3不满意」, as kpi's
 * own message advises writing them) — not a numbered list of the grades (「1、优秀(4分) 2、良好(3分)」), nor one giving
 * points.
 */
function saysCodes(text: string): boolean {
  const t = text.normalize('NFKC');
  if (/\d\s*分/.test(t)) return false;
  return /\d\s*[=＝为]\s*\D/.test(t) || (t.match(/(?<![\d.、])\d{1,2}(?=\p{Script=Han})/gu)?.length ?? 0) >= 2;
}

function legendIn(text: string, col: Answers): Map<number, string> | undefined {
  if (!text || !/\d\s*[=为::.、]?\s*\D/.test(text)) return undefined;
  // Words before the first number may name the field (「是否类字段 0=是 1=否」: 是否 read as the answers' order) — or be
  // the first answer of 「满意=4,一般=3」: the reading that pairs more answers.
  const whole = legendOf(text, col, true);
  const fromNumber = legendOf(text.slice(/\d/.exec(text)!.index), col, true);
  return (fromNumber?.size ?? 0) > (whole?.size ?? 0) ? fromNumber : whole;
}

/** A cell holding one of a legend's numbers (a number, or a digit typed as text): that answer, as words. */
export function byLegend(raw: RawValue, legend: Map<number, string>): RawValue {
  const n = raw.kind === 'number' ? raw.value : raw.kind === 'text' && /^\s*\d{1,2}\s*$/.test(raw.value.normalize('NFKC')) ? Number(raw.value.normalize('NFKC')) : undefined;
  const label = n === undefined ? undefined : legend.get(n);
  return label ? { kind: 'text', value: label } : raw;
}
