import { adjustmentInputNamed, adjustmentSide, asDeduction, deductionHeading, pairPoints, signedPoints } from './adjustmentWords.js';
import { shortenedInput } from './handNames.js';
import { pointsRead, reasonedPairs, saysNoPoints, type AdjustmentRow, type ReasonedPairs } from './adjustmentRows.js';
import { otherWayPresent, raterGroups } from '../engine/definition.js';
import { isEmptyRaw, parseRaw, shortChoice } from '../engine/values.js';
import { blankScore } from '../engine/slot.js';
import { blanksReach, deductedFrom, type Figure } from '../engine/blankReach.js';
import { decimalsOf, round2 } from '../model/round.js';
import { entryKey, slotLabelKey, type Location, type PersonEntries, type RawEntry, type RawValue } from '../model/entries.js';
import type { FormDef, HeaderField, InputDef, ItemDef, PartDef, RaterDef } from '../model/definition.js';
import type { Problem } from '../model/problem.js';
import { problem, type ParamsOf } from '../model/problems/index.js';
import type { Incidents, WholeItem } from '../model/problems/catalog.js';
import { itemNameKeys, items, slotNames, stemOf } from './columns.js';
import { byLegend, codesIn, legendAbove, legendBelow, legendOf } from './answerLegend.js';
import { foreignScale, markedInPoints, scaleLine, scaleLineBelow, scaleNamed, scaleOfOwnNote } from './scaleOver.js';
import { countsAsPointsProblem } from './scoreLikeColumns.js';
import { dice, itemScoreHeading, measuredNotPoints, RATER_REMARKS, RATER_WORD, sharedChars, shortText } from './missingColumns.js';
import { cellAddress, columnLetters, figureIn, range, rawText, type Grid } from './grid.js';
import { labelKey, labelVariants, MONTH_ALONE, MONTH_NOTE, numberForcedOff, otherPeriodNoted, PAST_NOTE, PAST_PERIOD, THIS_MONTH_NOTE, withoutNumbering, withoutTrailingNote } from './normalize.js';
import { monthNumberOf, parseMonth } from '../engine/period.js';
import { monthAbove } from './monthAbove.js';
import { groupNamedWithWho, namesSlot, raterNamedWithSurname, ROLE_LETTERS, teamTotal } from './raterNames.js';
import { TOTAL, TYPED_BAND, TYPED_RESULT, TYPED_TOTAL } from './rowKinds.js';
import { parseRef } from './fast/xml.js';
import { struckName } from './struckText.js';
import { foreignUnit, incidentsCounted, unitNoteOf } from './headingUnits.js';
import { formPointsClashes, raterWeightClash } from './headingPoints.js';
import { sheetRater } from './sheetRater.js';
import { readTicks, tickGroups, type TickGroup } from './tickGroups.js';
import { raterInNote, selfScore } from './noteRater.js';
import { findRater, raterField, saysSelf } from '../engine/raterCopy.js';
import { cleanText, halfWidth, isNoneWord, matchKey, nameKey, parseNumberText, unitsOf } from '../engine/text.js';
import { mainGrading } from '../engine/scales.js';

// Headings of the item table in a form-layout sheet (one sheet per person, like the paper form).
/** 「主管评分」, 「上级打分」: the one supervisor's column of a form rated by one (README), read as 评分 is. */
const SUPERVISOR_RATINGS = ['主管', '上级', '领导', '经理', '组长', '直接上级', '直属上级', '部门主管', '部门经理', '考核人', '考评人'].flatMap((w) => ['评分', '打分', '评定', '考评', '评', '评价'].map((s) => w + s));

export const FORM_HEADINGS = {
  item: ['项目', '考核项目', '项目名称', '考核指标', '绩效考核指标', '绩效指标', '指标名称', '指标类别', '指标', '考核维度', '评价指标', '评价项目', '测评项目', '测评指标', '考核要素', '能力要素', '评估项目', '评分项目', '能力项目', 'KPI指标', 'KPI', '考核类型', '考核方面', '评价方面'],
  input: ['填写项', '输入项', '填写内容', '输入', '数据项'],
  value: ['填写', '填写值', '填写栏', '填写处', '实际值', '数值', '实际', '输入值', '数据', '评分', '考核评分', '考评人评分', '考评', '打分', '评定', '填报', '勾选', '打勾', '打√', '是否符合', '符合情况'],
  /** The words of 填写 itself: another column so headed beside it is a second column to fill (last month's, 「填写(上月)」). */
  fill: ['填写', '填写值', '填写栏', '填写处', '填报'],
  /**
   * Value headings that say a score was given (the paper form's 项目 | 内容 | 分值 | 评分 | 备注): read only on a form whose
   * every item is a score typed in. On §2, whose items count 不符合项, 评分 9 was read as 9 不符合项 (10 − 9 = 1; 14
   * 待改进 for 86 良好, exit 0).
   */
  rating: ['评分', '考核评分', '考评人评分', '考评', '打分', '评定', ...SUPERVISOR_RATINGS],
  score: ['得分', '结果', '评分结果'],
  explanation: ['说明', '得分说明', '计算说明'],
};

/**
 * Headings a team writes over what was achieved (the figures an item is computed from), read as the column to fill only
 * where no 填写 heading stands on the row: 完成情况, 实际完成, 完成值, 考核数据 (实际值, 实际, 数据 are FORM_HEADINGS.value).
 */
export const ACHIEVED_HEADINGS = ['完成情况', '实际完成', '完成值', '考核数据', '实际完成值', '完成数据'];

/**
 * The column listing the form's items: the one headed 考核项目 — or, when that one lists none of them (the parts, merged
 * down: 服务态度 over its 评分点), the next column or two that lists them (§16 as the catalog reads it: 考核项目 | 评分点
 * | 分值 | 得分). It was 「没有找到本考核表的任何项目」.
 */
/** A heading of a column to fill (填写, or a rater's) on the row, within eight columns right of `col`. */
/** On a form whose every item is a level chosen (§29 优秀/良好/一般/差): a column of them is headed so too (§29's 评价). */
const LEVEL_VALUE_HEADINGS = new Set(['评价', '评价等级', '等级', '评定等级', '评级', '评价结果'].map(labelKey));

/** The one 评价/等级 column right of the item column, its heading bare, when no 填写 heading stands on the row. */
function levelValueColumn(grid: Grid, row: number, itemCol: number, lastCol: number): number | undefined {
  // (A 评分/打分 column beside it holds the levels' points, never read on these forms: it blocks nothing.)
  const rating = new Set(FORM_HEADINGS.rating.map(labelKey));
  const fill = new Set(FORM_HEADINGS.value.map(labelKey).filter((k) => !rating.has(k)));
  let found: number | undefined;
  for (let col = itemCol + 1; col <= lastCol; col++) {
    const text = grid.text(row, col).normalize('NFKC').trim();
    if (fill.has(labelKey(text)) || fill.has(labelKey(withoutTrailingNote(text)))) return undefined;
    if (LEVEL_VALUE_HEADINGS.has(labelKey(text))) {
      if (found !== undefined) return undefined;
      found = col;
    }
  }
  return found;
}

function fillColumnAfter(grid: Grid, form: FormDef, row: number, col: number): boolean {
  return firstFillColumn(grid, form, row, col) !== undefined;
}

/** The first column to fill (填写 or a rater's) within eight right of `col`. */
function firstFillColumn(grid: Grid, form: FormDef, row: number, col: number): number | undefined {
  const keys = new Set([...FORM_HEADINGS.value, ...(form.raters ?? []).flatMap((r) => [r.label, ...(r.aliases ?? [])])].map(labelKey));
  for (let c = col + 1; c <= Math.min(grid.columnCount, col + 8); c++) {
    const k = labelKey(grid.text(row, c));
    if (k && (keys.has(k) || keys.has(labelKey(withoutTrailingNote(grid.text(row, c)))))) return c;
  }
  return undefined;
}

/** The headings right of `second` repeat those right of `first`, two or more of them filled (a form pasted beside). */
function sameHeadingsAfter(grid: Grid, row: number, first: number, second: number): boolean {
  let same = 0;
  for (let k = 1; k <= 6 && first + k < second; k++) {
    const a = labelKey(grid.text(row, first + k));
    if (!a) break;
    if (a !== labelKey(grid.text(row, second + k))) return false;
    same++;
  }
  return same >= 2;
}

/** How many of the 80 lines below the row name one of the form's items in this column (counting stops at `enough`). */
function itemsListed(grid: Grid, form: FormDef, row: number, col: number, enough = Infinity): number {
  return itemLines(grid, form, row, col, enough).length;
}

/** The lines below the row naming one of the form's items in this column, with the name's key (stops at `enough`). */
function itemLines(grid: Grid, form: FormDef, row: number, col: number, enough = Infinity): Array<{ r: number; key: string }> {
  const names = itemNameKeys(form);
  const found: Array<{ r: number; key: string }> = [];
  for (let r = row + 1; r <= Math.min(grid.rowCount, row + 80) && found.length < enough; r++) {
    // The table's 总分 line, or a 说明/评估结论 line, ends it: the seed's text of the items in a 说明 block under it
    // (「对待业主的态度是否友好和积极」 in column B) made B the item column, the table's rows refused (or scored 100).
    if (r > row + 1 && (tableEndsAt(grid, r, col) || headsNextTable(grid, form, row, r))) break;
    const key = labelVariants(grid.text(r, col)).map(labelKey).find((k) => names.has(k));
    if (key !== undefined) found.push({ r, key });
  }
  return found;
}

/**
 * The headings of another table at `r` (an item or category heading, and two more as on `row` in the same columns): the
 * table of `row` ends there. §4's 第二部分 under 「项目 | 表现 | 权重 | 直接主管评分 | 间接主管评分」 lists 工作能力 in A: counted
 * for the first table's 「指标类别」, A was taken for its items — the part-1 ratings read as subtotals, every part-1 item
 * 「缺少直接主管的评分」 (张三 unscored at exit 1, for 101.69 优秀).
 */
function headsNextTable(grid: Grid, form: FormDef, row: number, r: number): boolean {
  const last = Math.min(grid.columnCount, 30);
  const headed = range(1, last).find((c) => TABLE_HEADING_KEYS.has(labelKey(grid.text(r, c))));
  if (headed === undefined) return false;
  // (A rater's column named in other words counts as the same: 「直接主管」 over part 1, 「直接主管评分」 over part 2.)
  const raterOf = raterHeadings(form);
  const rater = (text: string) => headingRater(form, raterOf, text)?.rater;
  const same = (a: string, b: string) => labelKey(a) === labelKey(b) || (rater(a) !== undefined && rater(a) === rater(b));
  return range(1, last).filter((c) => c !== headed && grid.text(r, c) && same(grid.text(r, c), grid.text(row, c))).length >= 2;
}

/** A 总分, 说明 or 结论 line in the columns up to `col`: the item table ends there. */
function tableEndsAt(grid: Grid, row: number, col: number): boolean {
  for (let c = 1; c <= col; c++) if (/^(总分|合计|总计|说明|注[::]|备注[::]|评估结论|考核结论|评语[::]|签字|签名)/.test(grid.text(row, c).normalize('NFKC').replace(/\s+/g, ''))) return true;
  return false;
}

function itemColumnOf(grid: Grid, form: FormDef, row: number, headed: number, category = false): number {
  // Every column up to the first one to fill: 「项目 | 序号 | 权分 | 考核指标 | 自评 | 主管」 (§7) has its items three on, the
  // merged 能力/态度/业绩 under 项目 — looking two on only, the row was no heading: 许晴 unscored at exit 1 for 92 优秀.
  const last = Math.min(grid.columnCount, (firstFillColumn(grid, form, row, headed) ?? headed + 3) - 1);
  const columns = range(headed, Math.max(headed, last)).map((col) => {
    const lines = itemLines(grid, form, row, col);
    return { col, n: new Set(lines.map((l) => l.key)).size, first: lines[0]?.r ?? Infinity };
  });
  const own = columns[0]!;
  // The heading's own column keeps the items unless one to its right names more of them (a category's merged or repeated
  // names under 「项目」 count once) — or it heads categories (类别 | 绩效指标).
  if (!category && own.n > 0 && columns.every((c) => c.n <= own.n)) return headed;
  // Of the rest, the one whose items start first: the category column of §4's two tables lists part 2's items too (its
  // raters one column left, so no next heading row is seen) — counted most, or as many, it was taken for the items, 15
  // (or 5) of B unread at exit 2 「没有找到本考核表的任何项目」.
  const best = columns.filter((c) => c.n >= (category ? 1 : 2)).sort((a, b) => a.first - b.first || b.n - a.n || a.col - b.col)[0];
  return best ? best.col : headed;
}

/** Headings of a column that may list the inputs line by line, when its lines name them. */
const DESCRIBED_INPUTS = new Set(['评价内容', '内容', '考核内容', '具体内容', '检查内容', '细则', '评分细则', '考核细则', '考核要点', '评价要点'].map(labelKey));

/** Headings of a column of remarks beside the ratings. */
const NOTE_HEADING = /^(备注|附注|备考|注|注释|批注|说明|备注说明|情况说明|原因|理由|事实依据|具体事例|事例|评语)$/;

export interface FormTable {
  headerRow: number;
  itemCol: number;
  inputCol: number | null;
  /** Value columns: one per rater slot, or a single one with rater null. */
  valueCols: Array<{ col: number; rater: RaterDef | null; slot: number; copy?: true }>;
  scoreCol: number | null;
  explanationCol: number | null;
  /** Rows of each item's inputs, filled by readFormSheet. */
  itemRows: Map<string, number[]>;
  /** The input each of those rows is for. */
  rowInputs?: Map<number, InputDef>;
  /** Hidden columns headed for a rater or 填写: not read. */
  hiddenCols?: Array<{ col: number; text: string }>;
  lastRow: number;
  /** Headings of the table that name someone who rates but no rater of the form (「间接领导」): checked for values. */
  raterLike?: Array<{ col: number; text: string; remarks?: true; inBlock?: true }>;
  /** Other columns of scores (「主管评分」, 「复评」) beside the one read: their differing answers are said as not counted. */
  /** later: a second column to fill naming a month after the sheet's (that month): whose answers they are is not told. */
  otherScores?: Array<{ col: number; text: string; fill?: true; later?: string }>;
  /** The 填写项 are read from a column of criteria (考核内容, 评分标准): a line may be a rule naming its input. */
  criteriaInputs?: true;
  /** The column of a second form's 项目 heading on the table's heading row (another person's, pasted beside): not read. */
  besideForm?: number;
  /** The form beside was told by its headings alone (no 填写 there): naming no one, it is a reference copy, said only. */
  besideCopy?: true;
  /** The one column of marks (得分, 评分, 分数, 实得分) read as the one counted rater's, no rater's heading on the row: said. */
  loneScore?: number;
  /** Beside it, kpi's 得分 | 说明 of an earlier grading headed plain, copied without _kpi: kpi's columns, not read, said. */
  staleOutput?: number;
}

/** Headings of a sheet's one column of marks: whose they are is not written (readable as the one counted rater's). */
const LONE_SCORE = new Set(['得分', '评分', '分数', '实得分'].map(labelKey));

/**
 * The one column of the row headed 得分 / 评分 / 分数 / 实得分 (visible), with no other column of scores or of someone who
 * rates beside it (「评分 | 复评」, 「得分 | 结果」: whose is which is not told). Undefined otherwise.
 */
function loneScoreColumn(grid: Grid, row: number, itemCol: number, lastCol: number, table: FormTable): { col: number; stale?: number } | undefined {
  // (Headed 「得分(KPI)」 and not kpi's own (kpiOwnScore): the team's one column of marks, as 「得分」 alone is — it was refused,
  // 「请把要填写的那一列的表头改为「主管」」 naming no column, for 88.00 良好 / 70.50 一般.)
  const marks = range(1, lastCol).filter((col) => col !== itemCol && !grid.columnHidden?.(col) && (LONE_SCORE.has(labelKey(grid.text(row, col))) || (KPI_SCORE_HEADING.test(headingText(grid, row, col)) && !kpiOwnScore(grid, row, col, itemCol))));
  // (Not kpi's own 「得分 | 说明」 of an earlier grading, written plain beside the lone column and copied without its _kpi:
  // read as a second column of marks, 张三 was refused and told to head it 「主管」 — kpi's stale 88.00 then scored for the
  // 87.00 the 主管 had corrected under 评分.)
  const stale = marks.length === 2 && staleOutputPair(grid, row, marks[1]!, lastCol) ? marks[1] : undefined;
  const found = marks.filter((col) => col !== stale);
  if (found.length !== 1 || table.hiddenCols?.length) return undefined;
  const lone = found[0]!;
  if (table.scoreCol !== null && table.scoreCol !== lone && table.scoreCol !== stale) return undefined;
  // (Nor a column kpi headed as its own, 「得分(kpi)」 with its 「说明(kpi)」 beside: a graded copy's output, never a second
  // rater's marks.)
  if ((table.otherScores ?? []).some((o) => o.col !== lone && !kpiOwnScore(grid, row, o.col, itemCol, lone)) || (table.raterLike ?? []).some((u) => !u.remarks && u.col !== lone)) return undefined;
  return { col: lone, ...(stale !== undefined ? { stale } : {}) };
}

/** A heading as kpi matches its own: full-width folded, spaces dropped, in lower case (「得分(KPI)」 is 「得分(kpi)」). */
function headingText(grid: Grid, row: number, col: number): string {
  return grid.text(row, col).normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** The heading kpi gives its own score column beside a lone column of marks, in any case or width. */
const KPI_SCORE_HEADING = /^得分\(kpi\)$/;

/**
 * kpi's own 「得分(kpi)」 as it writes it beside a lone column of marks (the graded sheet copied without _kpi): headed so
 * (in any case), and told by what kpi wrote — its 「说明(kpi)」 right of it (a column inserted between, 「确认」),
 * its values the lone column's marks item by item (the weighted points kpi wrote: 说明(kpi) deleted), or its result lines
 * below the items (总分 with a number under it, 等级 with a band: a mark corrected after grading, 说明(kpi) deleted —
 * 张三's 文档编写 2 → 1 re-scores 87.00). Without those a 「得分(KPI)」 is the team's (§7 评分 | 得分(KPI) | 备注, the 主管's
 * marks under 得分(KPI), the 自评's full marks under 评分: 张三 and 李四 100.00 优秀 at exit 0 for 88.00 / 70.50): two
 * columns of marks whose is which is not told, refused. (Every one of fdd48438's 「得分(kpi) then 说明(kpi)」 only was a
 * refusal of kpi's own graded copies re-scored: 88.00 / 70.50 / 87.00 at base.)
 * The result lines are kpi's sign only as kpi writes them (ownResultLines): a team's own 总分 | 等级 lines under its
 * 得分(KPI) are its total and band — read as kpi's, the 自评's 评分 scored 100.00 优秀 at exit 0, and a lone 得分(KPI) so
 * totalled was refused with advice to head 考核面 「主管」.
 */
function kpiOwnScore(grid: Grid, row: number, col: number, itemCol: number, lone?: number): boolean {
  if (!KPI_SCORE_HEADING.test(headingText(grid, row, col))) return false;
  // (Its own 说明(kpi): the first right of it, with no other 「得分(kpi)」 between — the team's lone 「得分(KPI)」 graded has
  // kpi's 得分(kpi) | 说明(kpi) beside it, and stays the marks.)
  const said = range(col + 1, grid.columnCount).find((c) => headingText(grid, row, c) === '说明(kpi)');
  if (said !== undefined && !range(col + 1, said - 1).some((c) => KPI_SCORE_HEADING.test(headingText(grid, row, c)))) return true;
  // (Its values against the lone column's, item by item: the rows down to the first 总分 or 等级 line.)
  const lineOf = (r: number) => range(1, Math.min(itemCol, col - 1)).map((c) => labelKey(grid.text(r, c))).find((k) => RESULT_LINE.has(k));
  let same = 0;
  let differs = 0;
  for (let r = grid.nextRow(row), n = 0; lone !== undefined && r <= grid.rowCount && n < 200; r = grid.nextRow(r), n++) {
    if (lineOf(r) !== undefined) break;
    const [a, b] = [grid.value(r, lone), grid.value(r, col)];
    if (a.kind === 'empty' && b.kind === 'empty') continue;
    if (a.kind === 'number' && b.kind === 'number' && Math.abs(a.value - b.value) < 0.005) same++;
    else differs++;
  }
  // (Its 总分 | 等级 lines as kpi writes them, told from a team's: and its values mostly the marks — a mark or two
  // corrected after grading — where a second rater's differ at most items: the 自评's 2, 8, 2, 5 … beside the 主管's
  // 2, 7, 2, 4 ….)
  if (ownResultLines(grid, row, col, itemCol)) return lone === undefined || same > differs || (KPI_SCORE_HEADING.test(headingText(grid, row, lone)) && sumsToOwnTotal(grid, row, col, itemCol));
  return lone !== undefined && same > 0 && !differs;
}

/**
 * Beside a lone column itself headed 「得分(KPI)」 (the team's, graded — kpi heads its own the same, in lower case), a
 * 「得分(kpi)」 with kpi's result lines is kpi's output however many marks differ: the 主管 re-marked 9 of 16 items under
 * 得分(KPI) in the graded copy (张三 88 − 9 = 79.00 一般) and the sheet was refused as having no column of marks. Unless its
 * values no longer add up to its 总分 line (88 under 7 + … re-typed to 79): then they were typed over after grading, and
 * whose the marks are is not told (the team's 评分 | 得分(kpi) of fx59t, lone column 评分, is refused as before).
 */
function sumsToOwnTotal(grid: Grid, row: number, col: number, itemCol: number): boolean {
  let sum = 0;
  for (let r = grid.nextRow(row), n = 0; r <= grid.rowCount && n < 200; r = grid.nextRow(r), n++) {
    const line = labelKey(grid.text(r, itemCol));
    const v = grid.value(r, col);
    if (line === labelKey('总分')) return v.kind === 'number' && Math.abs(v.value - sum) < 0.005;
    if (RESULT_LINE.has(line)) return false;
    if (v.kind === 'number') sum += v.value;
  }
  return false;
}

/**
 * The result lines under a 「得分(kpi)」 as only kpi writes them (its 说明(kpi) deleted): headed 「得分(kpi)」 in lower case,
 * the last heading of its row (kpi adds its two columns after the table), and its 总分 and 等级 labelled in the item column
 * (kpi writes them there, or on the form's own lines found there). The team's 「得分(KPI)」 | 备注, its 总分 and 等级 in
 * the 考核面 column (A20, A21), are none of these.
 */
function ownResultLines(grid: Grid, row: number, col: number, itemCol: number): boolean {
  if (grid.text(row, col).normalize('NFKC').replace(/\s+/g, '') !== '得分(kpi)') return false;
  // (A column of the team's typed after it — 「确认签字」 with the person's name, notes — holding no number below is no
  // column of marks: kpi's graded copy so signed was refused as two raters' 「得分(KPI)」 and 「得分(kpi)」, 88.00 良好.)
  const marked = (c: number) => range(row + 1, Math.min(grid.rowCount, row + 200)).some((r) => grid.value(r, c).kind === 'number');
  if (range(col + 1, grid.columnCount).some((c) => grid.text(row, c).trim() && marked(c))) return false;
  let total = false;
  for (let r = grid.nextRow(row), n = 0; r <= grid.rowCount && n < 200; r = grid.nextRow(r), n++) {
    const line = labelKey(grid.text(r, itemCol));
    if (line === labelKey('总分')) total = grid.value(r, col).kind === 'number';
    else if (line === labelKey('等级')) return total && grid.value(r, col).kind === 'text';
  }
  return false;
}

/** The lines kpi writes its total and band on below the items (or finds there). */
const RESULT_LINE = new Set(['总分', '等级'].map(labelKey));

/**
 * kpi's output as it wrote it beside a lone column of marks before it headed it as its own: 「得分」 and 「说明」 the last two
 * headings of the row, and below the items a 总分 line with a number under that 得分 and kpi's sum under 说明
 * (「能力(20) 18 + 态度(30) 27 + 业绩(50) 43 = 88 → 良好」). A 得分 | 说明 of the team's, without that line, is none.
 */
function staleOutputPair(grid: Grid, row: number, col: number, lastCol: number): boolean {
  if (labelKey(grid.text(row, col)) !== labelKey('得分') || labelKey(grid.text(row, col + 1)) !== labelKey('说明')) return false;
  if (range(col + 2, lastCol).some((c) => grid.text(row, c).trim())) return false;
  for (let r = grid.nextRow(row), n = 0; r <= grid.rowCount && n < 80; r = grid.nextRow(r), n++) {
    if (!range(1, col - 1).some((c) => labelKey(grid.text(r, c)) === labelKey('总分'))) continue;
    return grid.value(r, col).kind === 'number' && /=\s*-?\d+(?:\.\d+)?\s*→\s*\S/.test(grid.text(r, col + 1));
  }
  return false;
}

const HEADER_SEARCH_ROWS = 60;
/** Headings of a column of categories left of the items (§4's 「类别 | 关键行动」): a table's heading as 项目 is. */
const CATEGORY_HEADINGS = ['类别', '考核类别', '指标类别'];
const TABLE_HEADING_KEYS = new Set([...FORM_HEADINGS.item, ...CATEGORY_HEADINGS].map(labelKey));
/** A heading of a column of scores other than the form's own (主管评分, 复评, 考核人打分), not of its text (评分标准). */
const OTHER_SCORE = { test: (t: string) => /(评分|打分|分数|评定|考评|复评|复核|自评|得分|评)/.test(t) && !/(标准|内容|说明|意见|评语|备注|分值|满分|权重|方法|依据|细则|要求|签字|签名|日期|建议|点评|反馈|留言|看法|感想|等级)/.test(t) };

/** A line in the item column that ends the item table: a grade, remark, signature or method line, not an item. */
const TABLE_END = /^(绩效总结|等级|等第|级别|评级|定级|评语|总评|评价|结论|考核结果|考核等级|计分方法|评分方法|等级标准|评分标准|备注|说明|注|签字|签名|审核|审批|日期|考核人|考评人|测评人|评分人|被考核人)/;

const CONTENT_HEADING = labelKey('考核内容');

/** A part's ordinal that withoutNumbering leaves (「第六部分 综合评价」). */
const PART_ORDINAL = /^第[\d一二三四五六七八九十]{1,3}(?:部分|节|项|章)?[、.:]?/;

/** A footer line's label as typed (「【综合评价】」, 「- [ ] 业务能力:」, 「□ 服务质量:」, 「6. 综合评价」): its words only, keyed. */
function footerLineKey(text: string): string {
  // A section's number (「6. 综合评价」, 「六、」, 「(六)」): the seed's numbered heading was no heading, its five lines refused
  // as the areas' rows (§27, 78.33 / 100 / 46.25 unscored at exit 1).
  const t = withoutNumbering(text.normalize('NFKC').replace(/\s+/g, '').replace(/^(?:[-*•·]?\[[xX✓√]?\]|[-*•·□☐☑■])+/, '')).replace(PART_ORDINAL, '').replace(/[::].*$/, '').replace(/[【】\[\]〔〕「」『』《》]/g, '');
  return labelKey(withoutTrailingNote(t) || t);
}

/**
 * The form's footer fields named as lines of one heading (「综合评价·业务能力」 … 「综合评价·问题解决能力」): heading → its lines.
 */
function footerLineGroups(form: FormDef): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const f of form.footer ?? []) {
    const parts = f.label.split(/[·・]/);
    if (parts.length !== 2 || !parts[0] || !parts[1]) continue;
    const head = footerLineKey(parts[0]);
    const lines = groups.get(head) ?? new Set<string>();
    lines.add(footerLineKey(parts[1]));
    groups.set(head, lines);
  }
  return groups;
}

export function findFormTable(grid: Grid, form: FormDef): FormTable | null {
  const keys = (words: string[]) => new Set(words.map(labelKey));
  const itemKeys = keys(FORM_HEADINGS.item);
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, grid.rowCount); row++) {
    let itemCol = 0;
    for (let col = 1; col <= grid.columnCount && !itemCol; col++) if (TABLE_HEADING_KEYS.has(labelKey(grid.text(row, col)))) itemCol = col;
    // The seeds' 「序号 | 考核内容 | 满分 | 得分」 (§26, §16): 考核内容 heads the items where no other heading does — only
    // there: kpi's own 「项目 | 考核内容 | …」 and its second table's 「行为考核 | 考核内容 | …」 list descriptions under it
    // (read as the items' column, that table's raters were swapped: 84.06 良好 for 79.56 一般 at exit 0).
    for (let col = 1; col <= grid.columnCount && !itemCol; col++) if (labelKey(grid.text(row, col)) === CONTENT_HEADING && itemsListed(grid, form, row, col, 1) > 0) itemCol = col;
    if (!itemCol) continue;
    // 「类别 | 关键行动」 (or 考核内容) over §4's part 1: the items beside the category — that row was no heading, the
    // second table's 「项目」 taken for the only one, part 1 all 「缺少直接主管的评分」. A category heading over no item is none.
    const category = !itemKeys.has(labelKey(grid.text(row, itemCol)));
    itemCol = itemColumnOf(grid, form, row, itemCol, category);
    if (category && itemsListed(grid, form, row, itemCol, 1) === 0) {
      // (A real item heading further right — §7's 「考核类别 | 序号 | 权分 | 考核指标」 — is the table's: the row was dropped,
      // 许晴 unscored for 92 优秀 with advice to head 权分 「主管」 — review of cb45a4d5.)
      let item = 0;
      for (let col = itemCol + 1; col <= grid.columnCount && !item; col++) if (itemKeys.has(labelKey(grid.text(row, col)))) item = col;
      if (!item) continue;
      itemCol = itemColumnOf(grid, form, row, item);
    }
    // A second 项目 heading further right on the row: another person's form pasted beside this one (two to a printed
    // page). Its 填写 column was read as a second column of this person's, the other person dropped at exit 0.
    // (Only a heading with the form's items under it, three columns on or more: 「考核指标」 beside 「考核项目」 is its criteria.)
    // (And a column to fill after it, 填写 or a rater's: a table of criteria beside the form — 项目 | 评分标准 — is none.)
    let beside = 0;
    // (Or the same headings after it as after this one's: 「考核类型 | 分值 | 得分」 twice, the scores typed under 得分 — 李四
    // beside 张三 was dropped at exit 0.)
    let besideByHeadings = false;
    // (Where this table's items stand under 「考核内容」 — the seeds' 「序号 | 考核内容 | 满分 | 得分」 — a 考核内容 beside heads the
    // copy's items as well: since 781fa2d4 it was no item heading there, 李四's copy in G–J dropped, 张三 alone 80.00 良好 at
    // exit 0 and no word.)
    const contentItems = labelKey(grid.text(row, itemCol)) === CONTENT_HEADING;
    const headsItems = (col: number) => itemKeys.has(labelKey(grid.text(row, col))) || (contentItems && labelKey(grid.text(row, col)) === CONTENT_HEADING);
    for (let col = itemCol + 3; col <= grid.columnCount && !beside; col++) {
      if (!headsItems(col) || itemsListed(grid, form, row, col, 2) < 2) continue;
      if (fillColumnAfter(grid, form, row, col)) beside = col;
      else if (sameHeadingsAfter(grid, row, itemCol, col)) [beside, besideByHeadings] = [col, true];
    }
    const lastCol = beside ? beside - 1 : grid.columnCount;
    // On a form of levels alone, a 「评价」/「等级」 column is the one to fill only where no 填写 stands on the row, and never
    // one noted as another period's (「等级(上月)」 left of 填写 was scored, 73.96 for 63.54).
    const levelColumn = !form.raters && levelsOnly(form) ? levelValueColumn(grid, row, itemCol, lastCol) : undefined;
    const table: FormTable = { headerRow: row, itemCol, inputCol: null, valueCols: [], scoreCol: null, explanationCol: null, itemRows: new Map(), lastRow: row, ...(beside ? { besideForm: beside } : {}), ...(besideByHeadings ? { besideCopy: true as const } : {}) };
    const raterOf = raterHeadings(form);
    /** Value columns whose heading named their rater only without a note (「上级(初评)」). */
    const noted = new Set<number>();
    const scoredByCols: Array<{ col: number; text: string; rater: RaterDef; slot: number }> = [];
    /** The column to fill was told by the measure's own name (§2's 不符合项数), no 填写 or 填写项 on the row. */
    let byMeasure = false;
    const counted = (form.raters ?? []).filter((r) => r.weight > 0);
    const blended = counted.length > 1 || counted.some((r) => r.multiple);
    for (let col = 1; col <= lastCol; col++) {
      if (col === itemCol) continue;
      const text = grid.text(row, col);
      const key = labelKey(text);
      if (!key) continue;
      // A hidden column (last month's 上级, kept out of sight) is not read: said once per sheet (readFormSheet).
      // (Noted or not: 「填写(2月)」 hidden left of 填写 was read as the column to fill — 李四, March left blank, 90.00 优秀 from
      // February's ten 9s at exit 0, where a blank required item is an error.)
      if (grid.columnHidden?.(col) && (raterOf.has(key) || raterOf.has(labelKey(withoutTrailingNote(text))) || keys(FORM_HEADINGS.value).has(key) || keys(FORM_HEADINGS.value).has(labelKey(withoutTrailingNote(text))))) {
        (table.hiddenCols ??= []).push({ col, text });
        continue;
      }
      // 「同事评(小王)」: a rater's heading with a note is that rater's; one more of a group of several takes its next slot.
      // So is a group of several named with who (「面试官王五」, 「外部面试官」): §15's fourth interviewer was dropped.
      const group = groupNamedWithWho(form, key);
      const heads = headingRater(form, raterOf, text);
      const rater = heads && !heads.scored ? { rater: heads.rater, slot: heads.slot } : undefined;
      // (「主管评分」, 「上级打分」 are taken once the row is read, so that beside the rater's own heading (主管评 | 主管评分)
      // it stays another column of scores.)
      const scoredBy = heads?.scored ? { rater: heads.rater, slot: heads.slot } : undefined;
      if (scoredBy) {
        scoredByCols.push({ col, text, ...scoredBy });
        continue;
      }
      const taken = (slot: number) => table.valueCols.some((v) => rater && v.rater === rater.rater && v.slot === slot);
      // (「主管王」 names the rater as 「主管评」 does: beside it, a copy of his column compared, not a figure set aside.)
      const exact = raterOf.has(key) || (!!rater && !rater.rater.multiple && raterNamedWithSurname(form, key) === rater.rater);
      const holder = rater ? table.valueCols.find((v) => v.rater === rater.rater && v.slot === rater.slot) : undefined;
      // (In one rater's copy the group's bare heading twice is that rater's column copied, not a second peer: counted as
      // one, 林娜's 沟通能力 weighed a peer who does not exist — 83.75 at exit 0 for an error.)
      const copied = rater?.rater.copyOnly && exact && (table.valueCols.filter((v) => v.rater === rater.rater).length === 1);
      // One named member's heading twice (「同事评(李四)」 in H and I): that peer's column copied, compared — not a second
      // peer (李四 counted twice, 80.00 at exit 0 where his two columns disagree).
      const sameNamed = rater?.rater.multiple && (group || withoutTrailingNote(text) !== text) ? table.valueCols.find((v) => v.rater === rater.rater && !v.copy && labelKey(grid.text(row, v.col)) === key) : undefined;
      if (sameNamed) table.valueCols.push({ col, rater: sameNamed.rater, slot: sameNamed.slot, copy: true });
      else if (rater && taken(rater.slot) && rater.rater.multiple && !namesSlot(text, rater.rater) && !copied) {
        // 「同事评」 beside 同事评1 and 同事评2 (or after them) is one more peer, whichever slot its heading names.
        let slot = rater.slot;
        while (taken(slot) && slot < 20) slot++;
        if (!taken(slot)) table.valueCols.push({ col, rater: rater.rater, slot });
      } else if (rater && !taken(rater.slot)) {
        table.valueCols.push({ col, ...rater });
        if (!exact) noted.add(col);
      } else if (rater && exact && holder && noted.has(holder.col)) {
        // The heading as it is beats one read without its note: 「上级(初评)」 before 「上级」 is another figure.
        noted.delete(holder.col);
        holder.col = col;
      } else if (rater && exact && holder) {
        // The rater's heading twice (a column copied): an answer under either counts, two different ones are an error.
        table.valueCols.push({ col, rater: rater.rater, slot: rater.slot, copy: true });
      }
      // 「填写(不符合项数)」 with a note, and 「填写内容」 after the 填写项 column (it names the inputs there): the values.
      else if (!form.raters && !table.valueCols.length && keys(FORM_HEADINGS.rating).has(labelKey(withoutTrailingNote(text))) && !typedScoresOnly(form)) {
        // A 评分 column on a form of counts holds scores: not the values (unreadFormSheet says so for the person).
      } else if (!form.raters && !table.valueCols.length && (keys(FORM_HEADINGS.value).has(key) || keys(FORM_HEADINGS.value).has(labelKey(withoutTrailingNote(text))) || (levelColumn !== undefined && col === levelColumn) || (table.inputCol !== null && keys(FORM_HEADINGS.input).has(key)) || (table.inputCol !== null && col > table.inputCol && inputLabels(form).has(labelKey(withoutTrailingNote(text) || text))) || (table.inputCol === null && namesEveryMeasure(form, text) && !fillOnRow(grid, row, lastCol, !typedScoresOnly(form))))) {
        // (The input's own name over the column to fill, right of 填写项 — 「评价」, 「不符合项数」 — says what is typed there.)
        table.valueCols.push({ col, rater: null, slot: 1 });
        if (table.inputCol === null && namesEveryMeasure(form, text)) byMeasure = true;
      }
      else if (keys(FORM_HEADINGS.input).has(key) && table.inputCol === null) table.inputCol = col;
      // (「得分(分)」, 「得分(满分10分)」 as the seed prints its 「(得分:__分)」 — not kpi's own 「得分(kpi)」 of a graded copy.)
      else if ((keys(FORM_HEADINGS.score).has(key) || (keys(FORM_HEADINGS.score).has(labelKey(withoutTrailingNote(text))) && !/kpi/i.test(text))) && table.scoreCol === null) table.scoreCol = col;
      else if (keys(FORM_HEADINGS.explanation).has(key) && table.explanationCol === null) table.explanationCol = col;
      else if (!rater && form.raters && RATER_WORD.test(text)) (table.raterLike ??= []).push({ col, text });
      else if (!rater && form.raters && RATER_REMARKS.test(text)) (table.raterLike ??= []).push({ col, text, remarks: true });
      // (An item's total over several raters, 「综合得分」 98 = 0.7·100 + 0.1·80 + 0.2·100, is no other score of the first
      // rater's: compared with 主管评's 优秀 it was 「请把它的分数填到「主管评」列」.)
      if (!rater && col > itemCol && OTHER_SCORE.test(text) && !keys([...FORM_HEADINGS.input, ...FORM_HEADINGS.score, ...FORM_HEADINGS.explanation, ...FORM_HEADINGS.value]).has(key) && !(blended && teamTotal(text))) {
        (table.otherScores ??= []).push({ col, text });
      }
    }
    // A team's own heading over the figures typed in, no 填写 on the row (seed 004's 序号 | 考核项目 | 权重 | 完成情况 | 得分):
    // that column — 张三's 92 %, 88 %, 3 / 200, 80 % were 「只有「得分」列…按填写的次数、等级计算」 for 71.25 一般. Not on a form
    // of points typed in or of raters, where such a column describes the work rather than holds what is scored.
    if (!form.raters && !table.valueCols.length && !typedScoresOnly(form)) {
      const achieved = range(itemCol + 1, lastCol).find((c) => !grid.columnHidden?.(c) && (keys(ACHIEVED_HEADINGS).has(labelKey(grid.text(row, c))) || keys(ACHIEVED_HEADINGS).has(labelKey(withoutTrailingNote(grid.text(row, c))))));
      if (achieved !== undefined) {
        table.valueCols.push({ col: achieved, rater: null, slot: 1 });
        if (table.otherScores) table.otherScores = table.otherScores.filter((o) => o.col !== achieved);
      }
    }
    // §2's 「不符合项数 | 评分」 (or 不符合项 | 评分): the counts read under the measure's own name, 评分 beside them is the
    // team's score column, as 得分 is — each 管理处 was unscored (「只有「评分」列,没有「填写」列」) where 不符合项数 | 得分
    // scored 96 / 93 / 95.
    if (byMeasure && table.scoreCol === null) {
      const rated = range(1, lastCol).find((col) => col !== itemCol && !table.valueCols.some((v) => v.col === col) && !grid.columnHidden?.(col) && keys(FORM_HEADINGS.rating).has(labelKey(withoutTrailingNote(grid.text(row, col)) || grid.text(row, col))));
      if (rated !== undefined) {
        table.scoreCol = rated;
        if (table.otherScores) table.otherScores = table.otherScores.filter((o) => o.col !== rated);
      }
    }
    for (const c of scoredByCols) {
      const taken = (slot: number) => table.valueCols.some((v) => v.rater === c.rater && v.slot === slot);
      let slot = c.slot;
      while (c.rater.multiple && taken(slot) && slot < 20) slot++;
      if (!taken(slot)) table.valueCols.push({ col: c.col, rater: c.rater, slot });
      else (table.otherScores ??= []).push({ col: c.col, text: c.text });
    }
    // No 填写项 column, but a 「评价内容」 one whose lines name the inputs (§27's 「积极主动,热情周到」 … ): that is the 填写项.
    // (A 评价内容 describing the criteria, beside a 填写项 column or not, is no such column.)
    if (table.inputCol === null) {
      // (Or headed 「内容」, 「考核内容」, 「细则」 …: §18's tick statements under 「项目 | 内容 | 勾选」 were 「没写填写项」.)
      const described = [...Array(grid.columnCount).keys()].map((i) => i + 1).find((c) => c !== itemCol && DESCRIBED_INPUTS.has(labelKey(grid.text(row, c))) && namesInputsBelow(grid, form, row, c));
      // (Or, no such column, kpi's own 「评分标准」 over them: §18's 「经常询问客服问题」 … in B were 19 rows 「没写填写项」, 王芳
      // unscored for 83.78 优秀 — the same sheet headed 「考核内容」 read them.)
      const rules = described ?? [...Array(grid.columnCount).keys()].map((i) => i + 1).find((c) => c !== itemCol && labelKey(grid.text(row, c)) === labelKey('评分标准') && namesInputsBelow(grid, form, row, c));
      if (rules !== undefined) [table.inputCol, table.criteriaInputs] = [rules, true];
    }
    // No 填写 column but the one supervisor's (「主管评分」) on a form of points typed in: that is the column to fill. Beside
    // a 填写 it stays another column of scores, compared (otherScoreColumns) — taken first, whichever came first won.
    if (!table.valueCols.length && !form.raters && (typedScoresOnly(form) || levelsOnly(form))) {
      const supervisor = (table.otherScores ?? []).find((o) => keys(SUPERVISOR_RATINGS).has(labelKey(withoutTrailingNote(o.text))));
      if (supervisor) {
        table.valueCols.push({ col: supervisor.col, rater: null, slot: 1 });
        table.otherScores = table.otherScores!.filter((o) => o !== supervisor);
      }
    }
    // 「自评 | 得分」 on a form of points whose one counted rater has no column: 得分 beside the self-rating is that rater's
    // marks (§7: 张三 refused as having only 自评, for 82.50 under 得分).
    const oneCounted = onlyCounted(form);
    const self = table.valueCols.find((v) => v.rater && v.rater.weight === 0);
    if (oneCounted && self && table.scoreCol !== null && table.scoreCol > self.col && !table.valueCols.some((v) => v.rater === oneCounted) && typedScoresOnly(form)) {
      table.valueCols.push({ col: table.scoreCol, rater: oneCounted, slot: 1 });
      table.scoreCol = null;
    }
    // The seed's one column of marks (考核面 | 序号 | 指标 | 权分 | 评分 | 备注), no rater's column at all, on a form of points
    // typed in whose counted rater is one (§7's 主管): that rater's marks, said (readFormSheet). 评分 and 分数 were refused
    // with advice to rename 考核面, 得分 and 实得分 as 「按填写的次数、等级计算」 — 张三 unscored for 88.00 良好.
    // (Read with one rater's copy of the form — a sheet whose 考核人, title or tab says 自评 (「考核人:本人」, 「…(员工自评)」,
    // 「张三自评」) — the lone column is that rater's: read with none, the sheet was refused with empty names, 「没有列…改为后
    // 重新评分」, and beside the 主管's own sheets both people were unscored for 88.00 良好 / 70.50 一般.)
    const loneRater = oneCounted ?? copyRaterAlone(form);
    const found = loneRater && !table.valueCols.length && table.inputCol === null && typedScoresOnly(form) ? loneScoreColumn(grid, row, itemCol, lastCol, table) : undefined;
    if (found !== undefined) {
      const lone = found.col;
      table.valueCols.push({ col: lone, rater: loneRater!, slot: 1 });
      if (table.scoreCol === lone) table.scoreCol = null;
      // (kpi's own 「得分(kpi)」 of a graded copy is not compared as another's marks: its 「2.00」 was 「没有计入」 beside 2.)
      if (table.otherScores) table.otherScores = table.otherScores.filter((o) => o.col !== lone && !kpiOwnScore(grid, row, o.col, itemCol, lone));
      table.loneScore = lone;
      // kpi's stale 得分 | 说明 (a graded copy without its _kpi): its own columns, not read — said (readFormSheet).
      if (found.stale !== undefined) [table.scoreCol, table.explanationCol, table.staleOutput] = [null, null, found.stale];
    }
    // A paper form of the team's own: 序号 | 考核项目 | 分值 | 评分标准 | 得分, the score typed under 得分 (there is no 填写
    // column: kpi's own sheets always have one). Its 得分 is what was filled in; kpi's score goes beside it.
    // Only where every item is a score typed in (cs-scheme-100, property-cs-rating): a count's or a level's item read
    // from 得分 took 8 points for 8 absences (林晓 77 for 83), a 0 for 0 不规范处 (达标, reversed).
    if (!table.valueCols.length && !form.raters && table.scoreCol !== null && table.inputCol === null && typedScoresOnly(form)) {
      table.valueCols.push({ col: table.scoreCol, rater: null, slot: 1 });
      table.scoreCol = null;
    }
    if (table.valueCols.length === 1 && !form.raters) secondFill(grid, table, itemCol, lastCol, sheetMonth(grid, form, row));
    if (table.valueCols.length) {
      // A rater's heading cleared (G7 empty beside 直接主管): its column, between the rater columns and 得分, has no name.
      if (form.raters) {
        const first = Math.min(...table.valueCols.map((v) => v.col));
        const last = table.scoreCol ?? Math.max(...table.valueCols.map((v) => v.col)) + 2;
        const classified = new Set([table.inputCol, table.scoreCol, table.explanationCol, ...table.valueCols.map((v) => v.col), ...(table.raterLike ?? []).map((u) => u.col)]);
        // Left of the first rater's column too (自评 before 上级), where only a cleared heading can be a rater's.
        const from = Math.max(itemCol, table.inputCol ?? itemCol) + 1;
        for (let col = from; col < last; col++) {
          const text = grid.text(row, col);
          // Left of the first, a role in letters too (「HR」 for 面试官1 beside 面试官2, 面试官3 was dropped without a word) —
          // no word of the team's: 「目标」, 「任务」, 「关键事件」 there hold their own notes (a name can't be told from them).
          const who = !!text && ROLE_LETTERS.test(labelKey(text));
          if (classified.has(col) || grid.columnHidden?.(col) || (col < first && text && !who)) continue;
          // Cleared, or renamed to a name (「王五」 for 面试官3): among the raters' columns, what it holds is a rater's.
          // A remark's column (§7's own 自评 | 主管 | 备注): its 「5」 or 「请假1天」 is a note, not an unread rater's score.
          if (text && NOTE_HEADING.test(labelKey(withoutTrailingNote(text)))) continue;
          (table.raterLike ??= []).push({ col, text, ...(text ? { inBlock: true as const } : {}) });
        }
      }
      return table;
    }
  }
  return null;
}

/**
 * A person's sheet (a name filled in above the table) that lists this form's items under a 项目 heading (half of them
 * or more) but has no column to fill in: the heading of that column was renamed (「评分」 for 填写) or cleared. Its row,
 * or null. A sheet of the items without a person (a 评分标准 sheet kept for reference) is none.
 */
export function formSheetWithoutValues(grid: Grid, form: FormDef): number | null {
  const itemKeys = new Set(FORM_HEADINGS.item.map(labelKey));
  const names = itemNameKeys(form);
  const total = items(form).length;
  // The table's other headings (填写项, 得分, 说明): a row naming more of them is the table's heading row, not a line of
  // header fields above it whose label is also an item heading's (§20's 「项目名称 | 阳光花园」 over 「项目 | 考核内容 …」:
  // read as the table, its 项目 was named 「考核内容」 on every sheet, three projects taken for one person).
  const otherKeys = new Set([...FORM_HEADINGS.input, ...FORM_HEADINGS.score, ...FORM_HEADINGS.explanation].map(labelKey));
  let best: { row: number; others: number } | null = null;
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, grid.rowCount); row++) {
    let itemCol = 0;
    for (let col = 1; col <= grid.columnCount && !itemCol; col++) if (itemKeys.has(labelKey(grid.text(row, col)))) itemCol = col;
    // (「考核内容」 where no other heading is, as findFormTable reads the seeds' 「序号 | 考核内容 | 满分 | 实得」: since 781fa2d4
    // its renamed 得分 was said as a heading row missing — 「表头行删掉了」 — for 「请把…「实得」列的表头改为…」.)
    for (let col = 1; col <= grid.columnCount && !itemCol; col++) if (labelKey(grid.text(row, col)) === CONTENT_HEADING) itemCol = col;
    if (!itemCol) continue;
    const found = new Set<string>();
    for (let r = grid.nextRow(row); r <= grid.rowCount && found.size < total; r = grid.nextRow(r)) {
      for (const v of labelVariants(grid.text(r, itemCol))) if (names.has(labelKey(v))) found.add(labelKey(v));
    }
    if (found.size < Math.max(2, Math.ceil(total / 2)) || !namesSomeone(grid, form, row)) continue;
    let others = 0;
    for (let col = 1; col <= grid.columnCount; col++) if (otherKeys.has(labelKey(grid.text(row, col)))) others++;
    if (!best || others > best.others) best = { row, others };
  }
  return best?.row ?? null;
}

/**
 * A person's sheet listing this form's items (half of them or more) in one column with no heading over them that kpi
 * knows — the heading row deleted to save paper, or its 「项目」 cleared or retyped (「项目/考核内容」): the first item's
 * row, or null. The person vanished from the results at exit 0; now listed unscored, with why.
 */
export function formSheetWithoutHeading(grid: Grid, form: FormDef): number | null {
  const names = itemNameKeys(form);
  const total = items(form).length;
  const lastRow = Math.min(grid.rowCount, 120);
  for (let col = 1; col <= Math.min(grid.columnCount, 10); col++) {
    const found = new Set<string>();
    let first = 0;
    for (let r = 1; r <= lastRow && found.size < total; r = grid.nextRow(r)) {
      const hit = labelVariants(grid.text(r, col)).map(labelKey).find((k) => names.has(k));
      if (!hit) continue;
      found.add(hit);
      first ||= r;
    }
    if (first > 1 && found.size >= Math.max(2, Math.ceil(total / 2)) && namesSomeone(grid, form, first - 1) && answersBeside(grid, form, col, first, lastRow)) return first;
  }
  return null;
}

/**
 * Answers right of the item column on its lines: a number, or one of the item's choices, on half the lines naming an
 * item at least. Remarks or criteria texts beside the items (a 评语 sheet) are none.
 */
function answersBeside(grid: Grid, form: FormDef, col: number, from: number, to: number): boolean {
  const byKey = new Map(items(form).flatMap((i) => [i.label, ...(i.aliases ?? [])].map((n) => [labelKey(n), i] as const)));
  let lines = 0;
  let answered = 0;
  for (let r = from; r <= to; r = grid.nextRow(r)) {
    const item = labelVariants(grid.text(r, col)).map((v) => byKey.get(labelKey(v))).find(Boolean);
    if (!item) continue;
    lines++;
    const choices = new Set(item.inputs.flatMap((i) => (i.choices ?? []).flatMap((c) => [c.label, ...(c.aliases ?? [])])).map(labelKey));
    for (let c = col + 1; c <= Math.min(grid.columnCount, col + 15); c++) {
      const v = grid.value(r, c);
      if (v.kind === 'number' || (v.kind === 'text' && (/^\s*\d+(\.\d+)?\s*%?\s*$/.test(v.value) || choices.has(labelKey(v.value))))) {
        answered++;
        break;
      }
    }
  }
  return lines > 0 && answered * 2 >= lines;
}

/**
 * The person of a sheet formSheetWithoutValues found (`row`: its table's heading row): their name and other header
 * fields, no entries, and the error that says why — they are listed unscored, never left out of the results.
 */
/** A heading of an earlier period (「上月」, 「上月评分」): last month's figures, no rater's column (「本月自评」 is one). */
function periodWord(text: string): boolean {
  return new RegExp(PAST_PERIOD).test(text.normalize('NFKC'));
}

/** Lines below the heading in this column naming an input of the form (two at least, among the first twenty). */
function namesInputsBelow(grid: Grid, form: FormDef, headerRow: number, col: number): boolean {
  const names = new Set(items(form).flatMap((i) => i.inputs.flatMap((x) => [x.label, ...(x.aliases ?? [])])).map((n) => labelKey(n)));
  let found = 0;
  for (let r = grid.nextRow(headerRow), n = 0; r <= grid.rowCount && n < 20 && found < 2; r = grid.nextRow(r), n++) {
    // Numbered (「1、积极主动热情周到」) or noted as the 填写项 column reads them.
    if (labelVariants(grid.text(r, col)).some((v) => names.has(labelKey(v)))) found++;
  }
  return found >= 2;
}

/** Every item a level chosen (§29's 优秀/良好/一般/不符合要求): words no count can be taken for. */
function levelsOnly(form: FormDef): boolean {
  return form.parts.every((p) => p.items.every((i) => i.inputs.filter((x) => x.type !== 'text').every((x) => x.type === 'choice')));
}

/** A figure typed in 得分 beside the required input of its row left empty. */
interface ScoreTyped {
  item: ItemDef;
  input: InputDef;
  raw: RawValue;
  row: number;
}

/**
 * The figures typed in 得分 that are the sheet's answers: on a form whose items are all scores typed in, with one column to
 * fill (no raters), every input of the sheet left blank and each item's one score in 得分 (a plain figure within its range,
 * no formula) — and nothing else typed outside the column to fill. Null otherwise.
 */
function scoresTypedInScore(form: FormDef, table: FormTable, strays: ReadonlyArray<{ cell: string; entry?: ScoreTyped }>, entries: ReadonlyMap<string, RawEntry>, withheld: ReadonlySet<string>): Array<{ cell: string; entry?: ScoreTyped }> | null {
  if (form.raters || !typedScoresOnly(form) || table.scoreCol === null || table.valueCols.length !== 1 || table.valueCols[0]!.rater) return null;
  if (!strays.length || strays.some((s) => !s.entry) || withheld.size) return null;
  const measured = items(form).flatMap((item) => item.inputs.filter((x) => x.type !== 'text').map((input) => ({ item, input })));
  const textInputs = new Set(items(form).flatMap((item) => item.inputs.filter((x) => x.type === 'text').map((x) => entryKey(item.id, x.id))));
  for (const [key, e] of entries) {
    const [itemId, inputId] = key.split('\u0000');
    if (!textInputs.has(entryKey(itemId!, inputId!)) && !isEmptyRaw(e.raw)) return null;
  }
  for (const { item, input } of measured) {
    const own = strays.filter((s) => s.entry!.item === item && s.entry!.input === input);
    const cells = [...entries.keys()].filter((k) => k.startsWith(`${item.id}\u0000${input.id}\u0000`));
    if (own.length !== 1 || cells.length !== 1 || !parseRaw(input, own[0]!.entry!.raw).ok) return null;
  }
  return strays.length === measured.length ? [...strays] : null;
}

/** Every item of the form is one score typed in (a band rule): what a team's own 得分 column can hold. */
function typedScoresOnly(form: FormDef): boolean {
  return form.parts.every((p) => p.items.every((i) => i.rule.kind === 'band' && i.inputs.filter((x) => x.type !== 'text').length === 1));
}

/**
 * A team's own score column beside no 填写项 (「考核得分」, 「实际得分」 for the seed's 得分): said as 「得分」 is. It was
 * 「请把该列的表头改回原样」 (应为「填写」), and so renamed, 准时出勤's 8 points were read as 1 lateness (8) and 专业知识's 15
 * as 15 faults: 王芳 77.00 for 83.00, exit 0.
 */
function ownScoreHeading(grid: Grid, row: number, withInputs: boolean): string | undefined {
  if (withInputs) return undefined;
  for (let col = 1; col <= grid.columnCount; col++) {
    const text = grid.text(row, col);
    if (/得分$/.test(labelKey(withoutTrailingNote(text))) && !/kpi/i.test(text)) return text.trim();
  }
  return undefined;
}

export function unreadFormSheet(grid: Grid, form: FormDef, row: number, file?: string, noHeading = false): PersonEntries {
  const table: FormTable = { headerRow: row, itemCol: 1, inputCol: null, valueCols: [], scoreCol: null, explanationCol: null, itemRows: new Map(), lastRow: row };
  const fields = form.header.concat(form.footer ?? []);
  const header = readHeaderFields(grid, fields, table, new Set(form.header.map((f) => f.id)), new Set());
  const nameField = fields.find((h) => h.role === 'name');
  const name = nameField ? header.values.get(nameField.id) : undefined;
  const headings = form.raters ? form.raters.filter((r) => r.weight > 0).map((r) => r.label) : [FORM_HEADINGS.value[0]!];
  // The column is there but hidden (last month's copy hidden and this month's deleted, or hidden by mistake).
  const valueKeys = new Set([...FORM_HEADINGS.value, ...(form.raters ?? []).flatMap((r) => [r.label, ...(r.aliases ?? [])])].map(labelKey));
  let hidden: { column: string; heading: string } | undefined;
  for (let col = 1; col <= grid.columnCount && !hidden; col++) {
    const text = grid.text(row, col);
    if (grid.columnHidden?.(col) && (valueKeys.has(labelKey(text)) || valueKeys.has(labelKey(withoutTrailingNote(text))))) hidden = { column: columnLetters(col), heading: text };
  }
  // The paper form's 较差 | 一般 | 良好 | 优秀 columns, one tick per row (§15): said as that layout, not as a heading renamed.
  const options = hidden ? undefined : optionHeadings(grid, form, row);
  const at = { file, sheet: grid.name, cell: `${hidden?.column ?? options?.column ?? 'A'}${row}` };
  // A team's paper form with a 得分 column only: nothing was renamed; its items are not scores typed in.
  // (kpi's own sheets have 填写项 beside 得分: there a 填写 heading was retyped, said as before.)
  const headingKeys = Array.from({ length: grid.columnCount }, (_, k) => labelKey(grid.text(row, k + 1)));
  const has = (words: string[]) => words.map(labelKey).some((w) => headingKeys.includes(w));
  // Or with a 评分 column, where a score was given: not read as the form's counts (readFormTable).
  const rating = form.raters || typedScoresOnly(form) ? undefined : headingKeys.findIndex((k) => FORM_HEADINGS.rating.map(labelKey).includes(k));
  // (Or the score heading as it stands, 「结果」: it was said as 「只有「得分」列」.)
  const scoreAt = headingKeys.findIndex((k) => FORM_HEADINGS.score.map(labelKey).includes(k));
  const scoreHeading = rating !== undefined && rating >= 0 ? grid.text(row, rating + 1) : ownScoreHeading(grid, row, has(FORM_HEADINGS.input));
  // A form of raters whose items are all points typed in (§7): the column's marks can't be told as a rater's — not
  // 「本表的项目按填写的次数、等级计算」, which they are not.
  const typed = Boolean(form.raters) && typedScoresOnly(form);
  const measure = form.raters ? undefined : everyMeasureLabel(form);
  // On a form of one measure (§2's 不符合项数), the answers filled under a heading of the team's beside its scores
  // (「扣分 | 得分」): said as that column, not as 「只有「得分」列」 — the column is there, under another name.
  const ratingKeys = new Set([...FORM_HEADINGS.rating, ...FORM_HEADINGS.score].map(labelKey));
  const besideScores = !hidden && !options && measure ? answeredHeading(grid, form, row) : undefined;
  const answersBesideScores = besideScores !== undefined && !ratingKeys.has(labelKey(withoutTrailingNote(besideScores) || besideScores)) && besideScores !== scoreHeading;
  const scoreOnly = !hidden && !answersBesideScores && ((has(FORM_HEADINGS.score) && !has(FORM_HEADINGS.input)) || scoreHeading !== undefined);
  // Two columns of marks on a form of raters' points (§7 评分 | 得分(KPI), neither kpi's own): both named, neither guessed.
  const marks = hidden || options || scoreOnly || !typed ? undefined : twoMarkColumns(grid, row);
  const other = marks ? form.raters!.find((r) => r.weight === 0)?.label : undefined;
  const column = hidden || options || scoreOnly || marks ? undefined : answeredHeading(grid, form, row);
  const params = noHeading
    ? ({ case: 'no-value-column', sheet: grid.name, row: row + 1, headings, noHeading: true } as const)
    : ({ case: 'no-value-column', sheet: grid.name, row, headings, ...(hidden ? { hidden } : {}), ...(scoreOnly ? { scoreOnly: true as const } : {}), ...(scoreOnly && (scoreHeading ?? scoreAt >= 0) ? { scoreHeading: scoreHeading ?? grid.text(row, scoreAt + 1).trim() } : {}), ...(scoreOnly && typed ? { typed: true as const } : {}), ...(scoreOnly && !typed && statedBasis(form) ? { basis: statedBasis(form)! } : {}), ...(options && !scoreOnly ? { options: options.labels } : {}), ...(column ? { column } : {}), ...(marks ? { marks } : {}), ...(other ? { other } : {}), ...(measure ? { measure } : {}) } as const);
  const error = problem('item-not-found', params, noHeading ? { ...at, cell: `A${row + 1}` } : at, name ? { person: name } : {});
  return { header: header.values, headerCells: header.cells, entries: new Map(), at: { file, sheet: grid.name, cell: nameField ? header.cells.get(nameField.id) : undefined }, problems: [error], unread: true };
}

/**
 * The two visible columns of marks on the row headed as a lone column is (得分, 评分, 分数, 实得分) or 「得分(KPI)」 not kpi's
 * own, each with a number below: their headings, or undefined when there are not exactly two.
 */
function twoMarkColumns(grid: Grid, row: number): [string, string] | undefined {
  // (A 「得分(kpi)」 told against the one plain column of marks, as loneScoreColumn tells it: told alone, the team's
  // 评分 | 得分(kpi) with its 总分 | 等级 lines was advised to head 评分 — the 自评's full marks — 「主管」.)
  const plain = range(1, grid.columnCount).filter((col) => !grid.columnHidden?.(col) && LONE_SCORE.has(labelKey(grid.text(row, col))));
  const lone = plain.length === 1 ? plain[0] : undefined;
  const cols = range(1, grid.columnCount).filter((col) => {
    if (grid.columnHidden?.(col)) return false;
    if (!LONE_SCORE.has(labelKey(grid.text(row, col))) && !(KPI_SCORE_HEADING.test(headingText(grid, row, col)) && !kpiOwnScore(grid, row, col, itemColumnLeftOf(grid, row, col), lone))) return false;
    for (let r = grid.nextRow(row), n = 0; r <= grid.rowCount && n < 60; r = grid.nextRow(r), n++) if (grid.value(r, col).kind === 'number') return true;
    return false;
  });
  return cols.length === 2 ? [grid.text(row, cols[0]!).trim(), grid.text(row, cols[1]!).trim()] : undefined;
}

/** The item column of a heading row left of col (its last 项目 / 指标 heading), or the column just left of it. */
function itemColumnLeftOf(grid: Grid, row: number, col: number): number {
  const itemKeys = new Set(FORM_HEADINGS.item.map(labelKey));
  return range(1, col - 1).filter((c) => itemKeys.has(labelKey(grid.text(row, c)))).pop() ?? col - 1;
}

/**
 * What a form's items are computed from, in words, where it is more than counts and levels (§28's percentages: its sheet
 * with only 得分 was told 「按填写的次数、等级计算」, which it is not). Undefined for a form of counts and levels alone.
 */
function statedBasis(form: FormDef): string | undefined {
  const types = new Set(items(form).flatMap((i) => i.inputs.map((x) => x.type)));
  if (!types.has('percent') && !types.has('number')) return undefined;
  const words = [types.has('percent') ? '百分比' : '', types.has('number') ? '数值' : '', types.has('integer') ? '数量' : '', types.has('choice') || types.has('list') ? '等级' : ''].filter(Boolean);
  return words.join('、');
}

/**
 * Headings on the row that are the options of the form's choices (较差 | 一般 | 良好 | 优秀): a paper form ticked
 * under its grades (three or more: 是 | 否 are no grades). Refused as 「没有填写分数的列…请把该列的表头改回原样」, which no heading renamed could satisfy (§15 c26).
 */
function optionHeadings(grid: Grid, form: FormDef, row: number): { labels: string[]; column: string } | undefined {
  const options = new Set(items(form).flatMap((i) => i.inputs.flatMap((x) => (x.type === 'choice' ? (x.choices ?? []).map((c) => labelKey(c.label)) : []))));
  const found: Array<{ label: string; col: number }> = [];
  for (let col = 1; col <= grid.columnCount; col++) {
    const text = grid.text(row, col).normalize('NFKC').trim();
    if (options.has(labelKey(text))) found.push({ label: text, col });
  }
  return found.length >= 3 ? { labels: found.map((f) => f.label), column: columnLetters(found[0]!.col) } : undefined;
}

/** A name field's label above the table with a value beside it (「姓名 | 王芳」, 「被考核人:王芳」). */
function namesSomeone(grid: Grid, form: FormDef, tableRow: number): boolean {
  const nameField = form.header.concat(form.footer ?? []).find((f) => f.role === 'name');
  if (!nameField) return false;
  const table: FormTable = { headerRow: tableRow, itemCol: 1, inputCol: null, valueCols: [], scoreCol: null, explanationCol: null, itemRows: new Map(), lastRow: tableRow };
  return Boolean(readHeaderFields(grid, [nameField], table, new Set([nameField.id]), new Set()).values.get(nameField.id));
}

/**
 * The rater a column's heading names, as the table's heading row reads it: 「同事评(小王)」 with a note, a group named with
 * who (「外部面试官」), and 「员工自评」, 「直属上级评价」 — one rater's words with more around them (findRater, as a 评分人
 * cell is read): alone that was taken for the one rater column missing, beside another unknown one advised to be renamed
 * 「客户评1」. `scored` when named only with 评分 after it (「主管评分」, as rosters and notes read it).
 */
function headingRater(form: FormDef, raterOf: Map<string, { rater: RaterDef; slot: number }>, text: string): { rater: RaterDef; slot: number; scored?: true } | undefined {
  const key = labelKey(text);
  if (!key) return undefined;
  const group = groupNamedWithWho(form, key);
  const named = raterOf.get(key) ?? raterOf.get(labelKey(withoutTrailingNote(text))) ?? (group ? raterOf.get(group.name) : undefined);
  if (named) return named;
  const surnamed = raterNamedWithSurname(form, labelKey(withoutTrailingNote(text) || text));
  if (surnamed) return { rater: surnamed, slot: 1 };
  const worded = form.raters ? findRater(form, text) : undefined;
  if (worded && !worded.multiple && !raterScoring(text, form, raterOf) && !periodWord(text)) return { rater: worded, slot: 1 };
  const scoredBy = raterScoring(text, form, raterOf);
  return scoredBy ? { ...scoredBy, scored: true } : undefined;
}

/** The rater a heading names with 评分 or 打分 after it (「主管评分」, 「同事打分2」, 「领导评分」 where one supervisor rates). */
function raterScoring(text: string, form: FormDef, raterOf: Map<string, { rater: RaterDef; slot: number }>): { rater: RaterDef; slot: number } | undefined {
  if (!form.raters) return undefined;
  const key = labelKey(withoutTrailingNote(text) || text);
  // 「自评 | 考评分」: the appraiser's marks are the one rater's who counts (§7's 主管). Unread, 张三 (82.50) was refused
  // as having only 自评.
  const appraiser = APPRAISER.test(key) ? onlyCounted(form) : undefined;
  if (appraiser) return { rater: appraiser, slot: 1 };
  // (得分 as well as 评分: 「自评 | 主管得分」 and 「上级得分」 were refused, 「请把列名改为「主管」」 and 「只有「自评」的
  // 评分」 for 82.50; 「自评得分 | 主管评分」 advised moving the self-rating into 主管评分, scoring it.)
  const m = /^(.+?)(评分|打分|得分)(\d*)$/.exec(key);
  if (!m) return undefined;
  const named = raterOf.get(`${m[1]}${m[3]}`);
  if (named) return named;
  const inNote = raterInNote(`${m[1]}${m[2]}`, form.raters, undefined);
  return typeof inNote === 'object' && !m[3] ? { rater: inNote, slot: 1 } : undefined;
}

/** The appraiser's marks named without who: 考评分, 考评得分, 考核评分, 考评人打分. */
const APPRAISER = /^(考评(分|得分|评分|打分)?|(考核|考评人|考核人)(评分|打分|得分))$/;

/** The one rater of a rater's copy of the form whose marks do not count (raterCopy: 自评's), not a group of several. */
function copyRaterAlone(form: FormDef): RaterDef | undefined {
  const raters = form.raters ?? [];
  return raters.length === 1 && raters[0]!.copyOnly && raters[0]!.weight === 0 && !raters[0]!.multiple ? raters[0] : undefined;
}

/** The form's one rater whose marks count, when there is one (not a group of several). */
function onlyCounted(form: FormDef): RaterDef | undefined {
  const counted = (form.raters ?? []).filter((r) => r.weight > 0);
  return counted.length === 1 && !counted[0]!.multiple ? counted[0] : undefined;
}

/** Every input's label of the form (keys), but a note's. */
/**
 * An item's one input that is no text (§2's 不符合项数 beside its 备注): what a 填写 column holds on a sheet without a
 * 填写项 column. Such a sheet was refused at exit 2 for its 「填写项」 column, though each row can hold nothing else.
 */
function soleMeasure(item: ItemDef): InputDef | null {
  const measures = item.inputs.filter((x) => x.type !== 'text');
  return measures.length === 1 ? measures[0]! : null;
}

/**
 * A heading naming the one measure every item has (「不符合项数」, 「不符合项」 on §2): the column to fill, with no 填写项
 * column beside it. It was 「第 3 行表头里没有填写分数的列(应为「填写」)…请把该列的表头改回原样」, for the input's own name.
 */
function namesEveryMeasure(form: FormDef, text: string): boolean {
  // (Not a word of the table's own columns: 「得分」 is kpi's score column, 「评分」 on §2 a score given — see FORM_HEADINGS.)
  // (考核内容 too, an items' heading where no other is — CONTENT_HEADING — as it was before 781fa2d4.)
  const own = new Set([...[...FORM_HEADINGS.item, ...FORM_HEADINGS.input, ...FORM_HEADINGS.score, ...FORM_HEADINGS.explanation, ...FORM_HEADINGS.rating].map(labelKey), CONTENT_HEADING]);
  // Nor with a note (「不符合项数(上月)」), nor on a form of levels, whose 评价 column levelValueColumn tells.
  const key = labelKey(text);
  const all = items(form).map(soleMeasure);
  return !own.has(key) && !levelsOnly(form) && all.length > 0 && all.every((m) => m !== null && [m.label, ...(m.aliases ?? [])].some((n) => labelKey(n) === key));
}

/** The label of the one measure every item has (§2's 不符合项数), a heading the column to fill may have. */
function everyMeasureLabel(form: FormDef): string | undefined {
  const labels = new Set(items(form).map((i) => soleMeasure(i)?.label));
  const [label] = labels;
  return labels.size === 1 && label && !labelKey(label).startsWith(labelKey(FORM_HEADINGS.value[0]!)) ? label : undefined;
}

/**
 * The heading of the column holding the answers on a sheet with none kpi reads (「扣分」 on §2, 「评价(符合打√)」 on
 * §27): the one filled most under it, among headings that are no item, criteria, points or remark column.
 */
function answeredHeading(grid: Grid, form: FormDef, row: number): string | undefined {
  // Not the form's parts (§7's 考核面, 「能力(20)」 merged down over its five items): counted once per merged cell, 考核面
  // came first of as many and was named as the column of answers, the 评分 beside it holding them.
  const parts = new Set(form.parts.flatMap((p) => [p.label, withoutTrailingNote(p.label)]).map(labelKey));
  const known = new Set([...FORM_HEADINGS.item, ...FORM_HEADINGS.input, ...FORM_HEADINGS.score, ...FORM_HEADINGS.explanation, '序号', '编号', '分值', '满分', '标准分', '配分', '权分', '权分值', '权重分', '满分值', '权重', '评分标准', '考核标准'].map(labelKey));
  let best: { text: string; filled: number } | undefined;
  for (let col = 1; col <= grid.columnCount; col++) {
    const text = grid.text(row, col).trim();
    const key = labelKey(withoutTrailingNote(text) || text);
    if (!text || known.has(key) || DESCRIBED_INPUTS.has(key) || NOTE_HEADING.test(key) || grid.columnHidden?.(col)) continue;
    let filled = 0;
    for (let r = grid.nextRow(row), n = 0; r <= grid.rowCount && n < 60; r = grid.nextRow(r), n++) {
      if (grid.value(r, col).kind !== 'empty' && !grid.mergedInto?.(r, col) && !parts.has(labelKey(grid.text(r, col))) && !parts.has(labelKey(withoutTrailingNote(grid.text(r, col))))) filled++;
    }
    if (filled && (!best || filled > best.filled)) best = { text, filled };
  }
  return best?.text;
}

/** A 填写 heading on the row: the column to fill, wherever it stands, before a heading naming the measure. */
function fillOnRow(grid: Grid, row: number, lastCol: number, notRatings = false): boolean {
  // (notRatings: on a form of counts or levels a 评分 column holds scores, never read as the column to fill — 「不符合项数 |
  // 评分」 is the counts beside the team's scores.)
  const ratings = new Set(notRatings ? FORM_HEADINGS.rating.map(labelKey) : []);
  const fill = new Set(FORM_HEADINGS.value.map(labelKey).filter((k) => !ratings.has(k)));
  for (let col = 1; col <= lastCol; col++) if (fill.has(labelKey(grid.text(row, col)))) return true;
  return false;
}

function inputLabels(form: FormDef): Set<string> {
  // (Not a note's: 「备注」 right of 填写项 is the team's remarks column.)
  // Nor a word of the table's own columns (「得分」, an input's label on several forms, is kpi's score column).
  const table = new Set([...[...FORM_HEADINGS.score, ...FORM_HEADINGS.explanation, ...FORM_HEADINGS.item, ...FORM_HEADINGS.input].map(labelKey), CONTENT_HEADING]);
  return new Set(items(form).flatMap((i) => i.inputs.filter((x) => x.type !== 'text').map((x) => labelKey(x.label))).filter((k) => !table.has(k)));
}

function raterHeadings(form: FormDef): Map<string, { rater: RaterDef; slot: number }> {
  const out = new Map<string, { rater: RaterDef; slot: number }>();
  // A rater's name as headings shorten it (「间接」 for 间接主管), as a roster's are read (columns.ts stemOf); two
  // raters shortened alike name neither.
  const stems = new Map<string, RaterDef | null>();
  for (const rater of form.raters ?? []) {
    for (const name of [rater.label, ...(rater.aliases ?? [])]) {
      const stem = stemOf(labelKey(name));
      if (stem) stems.set(stem, stems.has(stem) && stems.get(stem) !== rater ? null : rater);
    }
  }
  // And as the team writes the rater (同级, 顾客: `writtenAs`), with 评 after it (「同级评1」, 「顾客评2」), as rosters read them.
  const written = (rater: RaterDef) => (rater.writtenAs ?? []).flatMap((w) => (w.endsWith('评') ? [w] : [w, `${w}评`]));
  const names = (rater: RaterDef) => [rater.label, ...(rater.aliases ?? []), ...written(rater), ...[...stems].filter(([, r]) => r === rater).map(([stem]) => stem)];
  for (const rater of form.raters ?? []) {
    for (const name of names(rater)) {
      if (!rater.multiple) {
        // 「客户2」 beside 「客户」: one more column of a rater of one, read as a copy of it (two answers differing: an error).
        for (const key of [name, `${name}1`, `${name}2`, `${name}3`]) out.set(labelKey(key), { rater, slot: 1 });
        continue;
      }
      out.set(labelKey(name), { rater, slot: 1 });
      for (let slot = 1; slot <= 20; slot++) for (const n of slotNames(slot)) out.set(labelKey(`${name}${n}`), { rater, slot });
    }
  }
  return out;
}

/** The labels of the form's name fields (姓名, 被评估人员 …), as keys. */
function nameLabelsOf(form: FormDef): Set<string> {
  return new Set(form.header.concat(form.footer ?? []).filter((h) => h.role === 'name').flatMap((h) => [h.label, ...(h.aliases ?? [])]).map(labelKey));
}

/**
 * A name field's label on the row within columns `from`–`to` (「被评估人员: 李四」, or 「姓名」 | 「李四」): the label as written,
 * the name ('' when none is written) and its cell.
 */
function nameLabelOnRow(grid: Grid, row: number, from: number, to: number, nameLabels: ReadonlySet<string>): { label: string; name: string; cell: string } | undefined {
  for (let col = from; col <= to; col++) {
    const text = grid.text(row, col).normalize('NFKC').trim();
    if (!text) continue;
    const m = /^([^::]+)[::]\s*(.*)$/.exec(text);
    const label = m ? m[1]!.trim() : text;
    if (!nameLabels.has(labelKey(label))) continue;
    if (m?.[2]?.trim()) return { label, name: m[2].trim(), cell: cellAddress(row, col) };
    return { label, name: grid.text(row, col + 1).trim(), cell: cellAddress(row, col + 1) };
  }
  return undefined;
}

/** The 姓名 of a form pasted right of the table, read from its header rows (「姓名:李四」, or 「姓名」 | 「李四」). */
function besideFormPerson(grid: Grid, form: FormDef, headerRow: number, from: number): { name: string; cell: string } | undefined {
  const nameLabels = nameLabelsOf(form);
  for (let row = 1; row < headerRow; row++) {
    const hit = nameLabelOnRow(grid, row, from, grid.columnCount, nameLabels);
    if (!hit) continue;
    return namesPerson(form, hit) ? { name: hit.name, cell: hit.cell } : undefined;
  }
  return undefined;
}

/** A name line's value that is someone: not left empty, nor another label beside it (「工号」 of a blank copy's next field). */
function namesPerson(form: FormDef, hit: { name: string }): boolean {
  const fieldLabels = new Set(form.header.concat(form.footer ?? []).flatMap((f) => [f.label, ...(f.aliases ?? [])]).map(labelKey));
  return hit.name !== '' && !fieldLabels.has(labelKey(hit.name.replace(/[::]\s*$/, ''))) && !/[::]/.test(hit.name);
}

/**
 * The person of a form stacked below the first, found by its 项目 heading again at `headingRow`: the nearest name line
 * above that heading (its own header, 「被考核人 | 李四」 in E35:F35), no higher than the first table's last row `after`.
 */
function stackedFormPerson(grid: Grid, form: FormDef, headingRow: number, after: number): { row: number; text: string; name: string; cell: string } | undefined {
  const nameLabels = nameLabelsOf(form);
  for (let row = headingRow - 1; row > after; row--) {
    const hit = nameLabelOnRow(grid, row, 1, Math.min(grid.columnCount, 40), nameLabels);
    if (hit && namesPerson(form, hit)) return { row, text: `${hit.label}:${hit.name}`, name: hit.name, cell: hit.cell };
  }
  return undefined;
}

/** Reads one person's sheet: header fields around the table, one row per (item, input). */
export function readFormSheet(sheet: Grid, form: FormDef, table: FormTable, file?: string): PersonEntries {
  // A rater's heading merged over the choice labels (差 | 低标 | 达成): the column ticked is the rater's answer (tickGroups.ts).
  const tickRaters = raterHeadings(form);
  const ticks = tickGroups(sheet, form, table, (row) => rowHeadsTable(sheet, form, table, tickRaters, row));
  const ticked = ticks.length ? readTicks(sheet, ticks) : undefined;
  const grid = ticked?.grid ?? sheet;
  if (ticked && table.raterLike) {
    const inGroups = new Set(ticks.flatMap((g) => g.cols.slice(1)));
    table.raterLike = table.raterLike.filter((u) => !inGroups.has(u.col));
  }
  // A column under a rater's merged heading that his group ends before (a team's 得分 of 80, 系数 of 0.6): the team's
  // figure, compared with the ticks as another score is (otherScoreColumns) — not a copy of the rater's column (§30: 12
  // 「C8 填「良好」,这里填「80」,不知道取哪一个」, C8 empty, for 86.00 良好) nor an unread rater's (§4 G8 「0.6」
  // 「请把列名改为「直接主管」」 under 直接主管评分 itself, for 66.00 一般).
  if (ticked) {
    const cut = new Set<number>();
    for (const g of ticks) {
      const master = cellAddress(table.headerRow, g.cols[0]!);
      for (let col = g.cols[0]! + 1; col <= sheet.columnCount && sheet.mergedInto?.(table.headerRow, col) === master; col++) if (!g.cols.includes(col)) cut.add(col);
    }
    // (Nor another slot of a rater of several: §30's 客户 得分 80 beside 优秀's √ was a second customer's 良好, 83.00 for 86.00
    // at exit 0 with no word.)
    const own = new Set(ticks.map((g) => g.cols[0]!));
    for (const col of cut) {
      if (own.has(col)) continue;
      table.valueCols = table.valueCols.filter((v) => v.col !== col);
      if (table.raterLike) table.raterLike = table.raterLike.filter((u) => u.col !== col);
      if (!table.otherScores?.some((o) => o.col === col)) (table.otherScores ??= []).push({ col, text: sheet.text(table.headerRow, col) });
    }
  }
  const entries = new Map<string, RawEntry>();
  // Item names are unique within a part only: a name two parts share goes to the first of them not yet read.
  const itemByKey = new Map<string, ItemDef[]>();
  for (const item of items(form)) {
    for (const n of [item.label, ...(item.aliases ?? []), item.id]) {
      const list = itemByKey.get(labelKey(n)) ?? [];
      if (!list.includes(item)) list.push(item);
      itemByKey.set(labelKey(n), list);
    }
  }
  const twice: Array<{ fields: ParamsOf<'duplicate-entry'>; at: Location }> = [];
  /** Counts on the lines of one item merged over several rows, added up (linesOfOneItem): by entry, what each row held. */
  const lineSums = new Map<string, { item: string; input: string; values: string[]; first: number; sum: number; cell: string }>();
  // Their entries: the items are not scored from the first answer (parts of 94 for a person not scored).
  const withheld = new Set<string>();
  // The entries read from 加分 | 扣分 rows under 其它 (adjustmentSide): the second of the pair is added to the first.
  const pairKeys = new Set<string>();
  // And each side's first filled row, by entry and side: a second 扣分 (or 加分) row is that side twice, not the pair.
  const pairRows = new Map<string, { value: string; cell: string; points: number | null }>();
  /** The filled rows of an adjustment's 奖惩分 and 原因, by item and value column (reasonedPairs). */
  const adjustmentRows = new Map<string, AdjustmentRow[]>();
  /** The refusals of an adjustment's row twice, with their entry: taken back where the rows are pairs each with its reason. */
  const adjustmentTwice = new Map<(typeof twice)[number], string>();
  /** Entries of rates whose row is labelled in % (PersonEntries.percentLabelled). */
  const percentLabelled = new Set<string>();
  /** Every rater's entry of the input: not scored from what the sheet shows for it. */
  const withhold = (item: ItemDef, input: InputDef) => {
    const groups = raterGroups(form, item);
    for (const v of table.valueCols) withheld.add(entryKey(item.id, input.id, groups === null ? '' : v.rater?.id ?? '', v.slot));
  };
  const merged: Array<{ fields: ParamsOf<'merged-entry'>; at: Location }> = [];
  /** The cells read as entries, each with its item's label: a merged cell over two of them is said. */
  const readCells = new Map<string, { label: string; key: string; input: string; rater: string }>();
  /** A cell merged across one item's raters' columns, by its range: each rater's answer, said once. */
  const byRaters = new Map<string, { item: string; value: string; raters: string[]; at: Location }>();
  /** entry: a figure typed in 得分 (no formula) beside a required input left empty — its item, input and what it holds. */
  const strayAnswers: Array<{ heading: string; value: string; cell: string; whole?: WholeItem; entry?: ScoreTyped }> = [];
  const pointsBesideBlank: HandFigure[] = [];
  const labelAnswers: Array<{ label: string; value: string; input: string; cell: string; key: string }> = [];
  /** Grades typed as one character (「优」 for 优秀), read as the option: said once for the sheet. */
  const shorts: Array<{ typed: string; label: string; cell: string }> = [];
  // The part whose title row (or merged cell left of the items) was passed last: a name two parts share is that part's
  // item. Read in the template's order, a team that moved §4's 超预期表现 above 团队/纪律 had each 日常行为 scored on the other's
  // answer.
  const partOfItem = new Map(form.parts.flatMap((p) => p.items.map((i) => [i.id, p] as const)));
  const partByKey = new Map(form.parts.map((p) => [labelKey(p.label), p] as const));
  const partNamed = (text: string) => (text ? labelVariants(text.replace(/[((]\s*权重[^))]*[))]\s*$/, '')).map((v) => partByKey.get(labelKey(v))).find(Boolean) : undefined);
  let currentPart: PartDef | undefined;
  const pick = (list: ItemDef[] | undefined) => {
    if (!list) return undefined;
    const inPart = list.length > 1 && currentPart ? list.find((i) => partOfItem.get(i.id) === currentPart) : undefined;
    return inPart ?? list.find((i) => !table.itemRows.has(i.id)) ?? list[list.length - 1]!;
  };
  let current: ItemDef | null = null;
  /** The row naming the current item: a 「(得分:9分)」 line right under it is its figure (paperScoreLine). */
  let criterionRow = 0;
  /** The text left of the current item's name (its 维度): a row with another there and no item is another line. */
  let currentBeside = '';
  // An item whose name is struck through whole, and its rows: not read (see below, after the rows).
  const struckItems: Array<{ item: ItemDef; label: string; cell: string; rows: number[]; filled?: true }> = [];
  let struckItem: (typeof struckItems)[number] | undefined;
  // Rows holding a value that no item or input of the form takes (a label retyped): said below, never dropped silently.
  const unread: Array<{ row: number; label: string; item: ItemDef | null; sub?: string; value: string; cell: string; raw?: RawValue }> = [];
  /** The name of the unknown item whose rows are being read ('' once a known item or the table's end is reached). */
  let unknownItem = '';
  // A fill cell merged down from the row above shows that row's value: it is not this row's own.
  const mergedFromAbove = (row: number, col: number) => {
    const into = grid.mergedInto?.(row, col);
    const from = into === undefined ? null : parseRef(into);
    return from !== null && from[0] < row;
  };
  const valueIn = (row: number) => {
    for (const v of table.valueCols) {
      if (mergedFromAbove(row, v.col)) continue;
      const raw = grid.value(row, v.col);
      if (raw.kind !== 'empty') return { value: rawText(raw).trim(), cell: cellAddress(row, v.col), raw };
    }
    return null;
  };
  // The item table ends at its first total, grade, signature or footer line (总分, 等级, 测评人): a filled row of an
  // unknown name above it is an item the team added, said as not counted; the lines below are the form's own.
  const fieldNames = new Set(form.header.concat(form.footer ?? []).flatMap((f) => [f.label, ...(f.aliases ?? [])]).map(labelKey));
  let tableEnded = false;
  const hiddenRows: number[] = [];
  // Items whose row is hidden, and items seen on a visible row: an item only on a hidden row is said there.
  const hiddenItems = new Map<string, { label: string; row: number }>();
  const visibleItems = new Set<string>();
  const hiddenInputs: Array<{ item: ItemDef; input: InputDef; row: number }> = [];
  const added: Array<{ label: string; value: string; cell: string; raw?: RawValue; scoreLine?: true }> = [];
  const foreignUnits: Array<{ label: string; like: string; value: string; cell: string; unit?: { said: string; own: string }; score?: { input: string }; incidents?: Incidents; key: string }> = [];
  // A second form below the first (a block copied under it for another person, its 项目 heading again): not read into
  // this person's answers — it was one person, the second dropped without a word (李强 not in 汇总, exit 0).
  const headingKey = labelKey(grid.text(table.headerRow, table.itemCol));
  let secondForm = 0;
  let secondFormText = '';
  /** The person of the form below (its name line, or the nearest one above its heading): listed unscored by name. */
  let stacked: { row: number; text: string; name: string; cell: string } | undefined;
  const nameLabels = nameLabelsOf(form);
  // The sheet's own person's name above the table: the same name again below (a signature line, a second page) is hers.
  // Wherever it stands on its line (「被考核人 | 张三」 in E2:F2): her footer's 「被考核人:张三」 over 李四's form below was
  // taken for a second person, 张三 left 未评分 and 李四 in no list.
  let ownName = '';
  for (let r = 1; r < table.headerRow && !ownName; r++) ownName = nameLabelOnRow(grid, r, 1, Math.min(grid.columnCount, 40), nameLabels)?.name ?? '';
  /** A heading row with the table's columns to fill headed as the table's are (not 「项目 | 扣分举例」, a reference list). */
  const sameValueHeadings = (row: number) => table.valueCols.length > 0 && table.valueCols.every((v) => labelKey(grid.text(row, v.col)) === labelKey(grid.text(table.headerRow, v.col)));
  /** Whether the first item named below `row` (in column `col`) is one not read yet (a second table's items). */
  const itemsFollow = (row: number, col = table.itemCol): boolean => {
    for (let r = grid.nextRow(row); r <= grid.rowCount && r <= row + 10; r = grid.nextRow(r)) {
      const text = grid.text(r, col);
      const item = text ? labelVariants(text).map((v) => pick(itemByKey.get(labelKey(v)))).find(Boolean) : undefined;
      if (item) return !visibleItems.has(item.id);
    }
    return false;
  };
  /** Whether the first item named below `row` is one read above it (the items start again: another person's form). */
  const itemsAgain = (row: number): boolean => {
    for (let r = grid.nextRow(row); r <= grid.rowCount && r <= row + 10; r = grid.nextRow(r)) {
      const text = grid.text(r, table.itemCol);
      const item = text ? labelVariants(text).map((v) => pick(itemByKey.get(labelKey(v)))).find(Boolean) : undefined;
      if (item) return visibleItems.has(item.id);
    }
    return false;
  };
  // The table's headings again lower down (a second table — the seed's 行为考核 under 业绩考核 — with 主管 | 自评 the other
  // way round, or a column more): its rows read with the first heading's columns scored the self-rating as the 主管's
  // (93.50 优秀 for 77.50, exit 0). Said there, the rows below not read.
  const tableHeadings = [table.itemCol, table.inputCol, table.scoreCol, ...table.valueCols.map((v) => v.col)].filter((c): c is number => c !== null).map((col) => ({ col, key: labelKey(grid.text(table.headerRow, col)) })).filter((h) => h.key);
  const headingKeys = new Set(tableHeadings.map((h) => h.key));
  const movedHeadings = (row: number) => {
    // (Looked at whole only where one of the table's own columns holds a heading: an item's row does not.)
    if (!tableHeadings.some((h) => headingKeys.has(labelKey(grid.text(row, h.col))))) return [];
    const here = new Map<string, number>();
    for (let col = 1; col <= Math.min(grid.columnCount, 60); col++) {
      const k = labelKey(grid.text(row, col));
      if (k && !here.has(k)) here.set(k, col);
    }
    if (tableHeadings.filter((h) => here.has(h.key)).length < 2) return [];
    return table.valueCols.map((v) => ({ v, key: labelKey(grid.text(table.headerRow, v.col)) })).filter((x) => x.key && here.has(x.key) && here.get(x.key) !== x.v.col)
      .map((x) => ({ heading: grid.text(table.headerRow, x.v.col), here: columnLetters(here.get(x.key)!), above: columnLetters(x.v.col) }));
  };
  const contentHeaded = labelKey(grid.text(table.headerRow, table.itemCol)) === CONTENT_HEADING;
  /**
   * The column of the items under a heading row lower down that heads a table of its own (a 项目 heading left of the
   * values), wherever they stand: §4's 第二部分 under 「项目 | 表现 | 权重 | 直接主管评分 | 间接主管评分」 lists 工作能力 in A,
   * where the first table's items are in B. Undefined for any other row.
   */
  const ownTableItems = (row: number): number | undefined => {
    const itemKeys = new Set(FORM_HEADINGS.item.map(labelKey));
    // (「考核内容」 heads a part's items too where it heads the table's own — the seeds' 「序号 | 考核内容 | 满分 | 得分」, read by
    // the CONTENT_HEADING fallback — not beside kpi's own 「项目 | 考核内容 | …」, whose 考核内容 describes them.)
    if (contentHeaded) itemKeys.add(CONTENT_HEADING);
    const firstValue = Math.min(...table.valueCols.map((v) => v.col));
    const headed = range(1, firstValue - 1).find((col) => itemKeys.has(labelKey(grid.text(row, col))));
    return headed === undefined ? undefined : itemColumnOf(grid, form, row, headed);
  };
  const ownItemCol = table.itemCol;
  // A heading row lower down naming the raters in words of its own (「上级评价 | 员工自评」, 「间接上级 | 直接上级」) is read as
  // the table's heading row reads them: matched by their exact text only, §1's 行为考核 under 「上级评分 | 自评分」 (the first
  // table 「自评 | 上级」) was read in the first table's order — 自评's 5级 scored as the 上级's, 84.06 良好 for 79.56 一般 —
  // and §4's part 2 under 「间接主管评分 | 直接主管评分」 78.40 一般 for 81.60 良好, at exit 0.
  const raterOf = raterHeadings(form);
  const ownValueCols = table.valueCols;
  /** Each rater column of the table where `row` names its rater, every one found once; undefined if not so named. */
  const ratersNamedAt = (row: number): Array<{ v: FormTable['valueCols'][number]; col: number }> | undefined => {
    // (Two raters at least: one rater's name alone is a signature line as well as a heading.)
    if (table.valueCols.length < 2 || table.valueCols.some((v) => !v.rater || v.copy)) return undefined;
    const heads = range(1, Math.min(grid.columnCount, 60)).filter((col) => !grid.columnHidden?.(col)).map((col) => ({ col, r: headingRater(form, raterOf, grid.text(row, col)) }));
    const found = table.valueCols.map((v) => {
      const named = heads.filter((h) => h.r?.rater === v.rater && h.r.slot === v.slot);
      // (「主管」 beside 「主管评分」 is the rater's column, the other one more column of scores — as on the first heading.)
      const plain = named.filter((h) => !h.r!.scored);
      return { v, cols: (plain.length ? plain : named).map((h) => h.col) };
    });
    if (found.some((f) => f.cols.length !== 1) || new Set(found.map((f) => f.cols[0])).size !== found.length) return undefined;
    return found.map((f) => ({ v: f.v, col: f.cols[0]! }));
  };
  /** The heading row the rater columns are read under now (a lower one that put them in another order). */
  let valueHeadRow = table.headerRow;
  let reheaded: { row: number; moved: ReturnType<typeof movedHeadings> } | undefined;
  /** The row the next part's subtotal sums from: the heading row, then the last subtotal's. */
  let sinceSubtotal = table.headerRow;
  // The criteria column's texts, read once: a criterion typed short is not read as one another row names (resolveInput).
  let inputTexts: string[] | undefined;
  // No 填写项 column, every item of one measure (§2's 不符合项数 beside 备注): each item's row holds that measure. (Where some
  // item has two, the sheet is refused whole for its 填写项 column, not read half.)
  const oneMeasureEach = table.inputCol === null && items(form).every((i) => soleMeasure(i) !== null);
  // The form's own footer lines written as a heading row and its lines (§27's 「综合评价」, then 业务能力 … 问题解决能力 one a
  // line, the comment beside): those lines named as the areas were read as the areas' rows — each comment (or a tick there)
  // 「不是「服务质量」的填写项」, all three unscored at exit 1 for 78.33 一般, 100 优秀, 46.25 待改进. Only the form's footer
  // fields named 「综合评价·业务能力」 make such a group; only under its heading row are its lines not read as items.
  const footerGroups = footerLineGroups(form);
  let footerGroup: Set<string> | undefined;
  /** The next row naming something in the item column (within five), and that text. */
  const nextNamed = (row: number) => {
    for (let r = grid.nextRow(row); r <= Math.min(grid.rowCount, row + 5); r = grid.nextRow(r)) {
      const t = grid.text(r, table.itemCol);
      if (t) return { r, t };
    }
    return undefined;
  };
  /**
   * `row` names an item of the form (`text`) and its criteria are on it or right under it (「服务质量 | 语言表达准确…」) — or,
   * in whatever wording, a row of it below (the name merged down over it, or none) has its criterion typed beside: the
   * group's lines are one a row, each its own name. 服务质量's five retyped (「…善于倾听客户需求」, 「…善于和客户建立良好关系」)
   * under 「综合评价 | | 良好」 between 工作态度 and 服务质量: the table ended there, 张三 20.83 待改进 at exit 0 for 78.33 一般.
   */
  const areaWithChecks = (row: number, text: string, group?: Set<string>) => {
    const named = labelVariants(text).flatMap((v) => itemByKey.get(labelKey(v)) ?? []);
    const criterion = (t: string) => t !== '' && named.some((i) => i.inputs.some((x) => namesInput(x, t)));
    const retyped = (t: string) => t !== '' && named.some((i) => i.inputs.length > 1) && !group?.has(footerLineKey(t)) && !footerGroups.has(footerLineKey(t));
    for (let r = row, n = 0; r <= grid.rowCount && n < 3; r = grid.nextRow(r), n++) {
      const it = r === row ? '' : grid.text(r, table.itemCol);
      const typed = table.inputCol ? grid.text(r, table.inputCol) : '';
      if (criterion(typed) || criterion(it)) return true;
      if (r !== row && (!it || it === text) && retyped(typed)) return true;
      // (The area's name merged down over its rows shows on each of them.)
      if (it && it !== text) return false;
    }
    return false;
  };
  for (let row = grid.nextRow(table.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    // The item column's heading merged down over this row (绩效指标 in B5:B6, over 差 | 低标 | 达成): a heading row too — its
    // 「绩效指标」 was 「不是本考核表的项目」, 41 errors at exit 1 for 108.70 / 91.40 / 73.00.
    const mergedFrom = grid.mergedInto?.(row, table.itemCol);
    if (mergedFrom !== undefined && [table.headerRow, valueHeadRow].some((h) => h < row && mergedFrom === cellAddress(h, table.itemCol))) continue;
    /** The input this row names in the item's column, no 填写项 column (seed 004's 「客诉数 | | 3」 under 客户满意度). */
    let rowInput: InputDef | undefined;
    // The same columns, in the same order or another: read by what they name (the row itself no item: 「考核项目 | … |
    // 员工自评 | 上级评价」 over 行为考核 was 「不是本考核表的项目」). Columns elsewhere (a column more, or one into 权重's) are
    // said as headings moved, the rows below not read.
    const named = grid.rowHidden?.(row) ? undefined : ratersNamedAt(row);
    if (named && itemsFollow(row, ownTableItems(row) ?? table.itemCol)) {
      // (Or within the columns the heading above gave its raters, merged over their choices: part 1's 直接主管评分 over
      // D:F's 差 | 低标 | 达成, part 2's 「直接主管评分 | 间接主管评分」 in D, E — refused as 「列的顺序不同」 at exit 1.)
      const spanned = (col: number) => table.valueCols.some((v) => v.col === col || grid.mergedInto?.(valueHeadRow, col) === cellAddress(valueHeadRow, v.col));
      if (named.every((n) => spanned(n.col))) {
        table.itemCol = ownTableItems(row) ?? table.itemCol;
        table.valueCols = named.map((n) => ({ ...n.v, col: n.col }));
        valueHeadRow = row;
        current = null;
        continue;
      }
      reheaded = { row, moved: named.filter((n) => n.col !== n.v.col).map((n) => ({ heading: grid.text(valueHeadRow, n.v.col), here: columnLetters(n.col), above: columnLetters(n.v.col) })) };
      break;
    }
    // (Only where items not yet read follow it: a signature line 「签字 | 自评 | … | 上级」 or a note of the team's under
    // the table heads nothing. They are looked for where that heading's own items stand: §4's part 2 in A, its raters
    // one column left, was passed over — 张三 refused for 工作能力's blank 「直接主管」 at D2, his marks at C22:D22.)
    const moved = grid.rowHidden?.(row) ? [] : movedHeadings(row);
    if (moved.length && itemsFollow(row, ownTableItems(row) ?? table.itemCol)) {
      reheaded = { row, moved };
      break;
    }
    // A part's own table, its raters in the first one's columns and its items in another column: read from that column
    // on. Looked for in B, the first table's, §4's 工作能力 8/6 and 日常行为 9/9 in A were passed over without a word —
    // 张三 unscored for a 「直接主管」 mark missing 「at D2」, for 102.62 优秀.
    const partItems = grid.rowHidden?.(row) || !sameValueHeadings(row) ? undefined : ownTableItems(row);
    if (partItems !== undefined && partItems !== table.itemCol && itemsFollow(row, partItems)) {
      table.itemCol = partItems;
      current = null;
      continue;
    }
    // Another person's name line with the items again after it (the seed's two forms stacked under one heading row,
    // 「被评估人员: 李四」 at row 24): another form — read as the first's rows, 李四 vanished (both all 10s: exit 0).
    // (「被评估人员: 李四」, or the label, then the name beside it, in the first columns of the row.)
    const nameLine = grid.rowHidden?.(row) ? undefined : nameLabelOnRow(grid, row, 1, Math.min(grid.columnCount, 4), nameLabels);
    if (nameLine?.name && nameKey(nameLine.name) !== nameKey(ownName) && itemsAgain(row)) {
      secondForm = row;
      secondFormText = `${nameLine.label}:${nameLine.name}`;
      stacked = { row, text: secondFormText, name: nameLine.name, cell: nameLine.cell };
      break;
    }
    if (headingKey && labelKey(grid.text(row, table.itemCol)) === headingKey && !grid.rowHidden?.(row) && sameValueHeadings(row)) {
      // The heading printed again on a second page, the items going on, is the same form: passed over.
      if (!itemsAgain(row)) continue;
      secondForm = row;
      stacked = stackedFormPerson(grid, form, row, table.lastRow);
      // The lines of its header above it (「考核月份 | 2026-03 | … | 被考核人 | 李四」) are that person's, not unread rows of this one.
      if (stacked) unread.splice(0, unread.length, ...unread.filter((u) => u.row < stacked!.row));
      break;
    }
    // A hidden row (a copy of an item's row with last month's answer) is not read, as a hidden column is not.
    if (grid.rowHidden?.(row)) {
      if (grid.text(row, table.itemCol) || table.valueCols.some((v) => grid.value(row, v.col).kind !== 'empty')) hiddenRows.push(row);
      const hiddenText = grid.text(row, table.itemCol);
      const hiddenItem = hiddenText ? labelVariants(hiddenText).map((v) => pick(itemByKey.get(labelKey(v)))).find(Boolean) : undefined;
      if (hiddenItem && !hiddenItems.has(hiddenItem.id)) hiddenItems.set(hiddenItem.id, { label: hiddenItem.label, row });
      // A hidden row of one of the current item's inputs holding an answer (express-cs 推诿客户 4, hidden): unless the input
      // has a visible row too, it is that answer's only place — read as blank, 97 for 95 with a warning that said nothing of it.
      const sub = table.inputCol ? grid.text(row, table.inputCol) : '';
      // (Its item's name shows there too when merged down over the item's rows.)
      const owner = hiddenItem ?? current;
      const hiddenInput = owner && sub && owner.inputs.length > 1 ? owner.inputs.find((i) => namesInput(i, sub)) : undefined;
      if (owner && hiddenInput && table.valueCols.some((v) => grid.value(row, v.col).kind !== 'empty')) hiddenInputs.push({ item: owner, input: hiddenInput, row });
      continue;
    }
    // An item's name struck through whole reads as blank: the row went on as the item above's — §7 张三's struck
    // 「潜在合作挖掘」 5 / 4 was 「客服计划制定」 twice, on its 0–2 scale, and 潜在合作挖掘 missing. Its name still says whose row it is.
    const struckLabel = grid.text(row, table.itemCol) ? undefined : struckName(grid.value(row, table.itemCol));
    const itemText = grid.text(row, table.itemCol) || (struckLabel ?? '');
    if (form.parts.length > 1) {
      for (let col = 1; col <= table.itemCol; col++) {
        const part = partNamed(grid.text(row, col));
        if (part) currentPart = part;
      }
    }
    const beside = textBeside(grid, row, table);
    if (footerGroups.size && itemText) {
      const key = footerLineKey(itemText);
      const group = footerGroups.get(key);
      const filled = valueIn(row);
      // The heading row: the group's name alone (or merged across the row), no item of the form so named. Or with a value
      // beside it (「良好」, a √, 「请综合评价员工的综合表现:」) over its lines: the five were refused as the areas' rows (§27,
      // 78.33 / 100 / 46.25 unscored at exit 1); the value is said as not counted, as an added row's is.
      // Not over an area of the form with its criteria (「服务质量 | 语言表达准确…」): four of §27's five lines are its areas'
      // names too, and 「综合评价 | | 良好」 between 工作态度 and 服务质量 ended the table there — 张三 20.83 待改进 at exit 0
      // for 78.33 一般 (a bare 「综合评价」 row alike); right under the table heading, 「没有找到…任何项目」 at exit 2.
      const next = group ? nextNamed(row) : undefined;
      const headed = !(next && areaWithChecks(next.r, next.t, group)) && (filled === null || footerLineKey(filled.value) === key || (next !== undefined && group!.has(footerLineKey(next.t))));
      if (group && !labelVariants(itemText).some((v) => itemByKey.has(labelKey(v))) && headed) {
        if (filled && footerLineKey(filled.value) !== key) added.push({ label: itemText, ...filled });
        footerGroup = group;
        current = null;
        tableEnded = true;
        unknownItem = '';
        continue;
      }
      if (footerGroup?.has(key)) {
        current = null;
        continue;
      }
    }
    if (!tableEnded && subtotalLabel(itemText || beside, partNamed) && subtotalFigures(grid, table, row, sinceSubtotal)) {
      current = null;
      sinceSubtotal = row;
      continue;
    }
    // §26's paper line under a criterion, 「(得分:9分)」 or 「(得分: | 9 | 分)」: that criterion's figure. Read as a line of
    // no item, 张三's twelve were 「必填的 12 项都是空的」 (or 「(得分:」 「不是本考核表的项目」 twelve times), unscored at exit 1
    // for (9 + 8 + 8 + 7) × 2.5 = 80.00 良好. (Only right under a criterion of one input, on a sheet of one column to fill.)
    const paper = current && row === criterionRow + 1 && current.inputs.length === 1 && table.valueCols.length === 1 ? paperScoreLine(grid, row, table.itemCol) : undefined;
    if (paper) {
      criterionRow = 0;
    } else if (itemText) {
      // An item's row noted as last month's (「客户沟通交流(上月)」 under this month's, for comparison): no second row of it
      // — the person was refused as answering the item twice. Not read, as the roster's 「…(上月)」 column is not.
      const before: ItemDef | null = current;
      current = PAST_NOTE.test(itemText.normalize('NFKC')) ? null : (labelVariants(itemText).map((v) => pick(itemByKey.get(labelKey(v)))).find(Boolean) ?? null);
      // No 填写项 column: a row named by one input of an item of several (「客诉数」, 「服务单数」 of 客诉率, each on its own
      // line of seed 004's sheet) is that input — the item above's if it has one, else the one item that has it.
      const owned: { item: ItemDef; input: InputDef } | undefined = !current && !tableEnded && table.inputCol === null && table.valueCols.length === 1 && !PAST_NOTE.test(itemText.normalize('NFKC')) ? inputNamedByRow(form, before, itemText) : undefined;
      if (owned) [current, rowInput] = [owned.item, owned.input];
      currentBeside = beside;
      criterionRow = current ? row : 0;
      struckItem = struckLabel && current ? { item: current, label: struckLabel, cell: cellAddress(row, table.itemCol), rows: [] } : undefined;
      if (struckItem) struckItems.push(struckItem);
    }
    // 「合计」 in a column before the item's (考核面 | 指标 with 合计 under 考核面): the table's total line, not the last item again.
    else if (totalBeside(grid, row, table)) {
      current = null;
      tableEnded = true;
      continue;
    } else if (current && beside && beside !== currentBeside && partNamed(beside) && !partNamed(beside)!.items.includes(current)) {
      // Another part's heading line, its subtotal beside it (§26 「2. 服务态度与效率(满分:10分) | | 10 | 8」): the last item
      // ends. Read as its second row, the 8 filled 团队合作精神 left blank (80.83 at exit 0 for an error).
      current = null;
      continue;
    } else if (current && beside && beside !== currentBeside && !partNamed(beside) && formsOwnLine(beside, fieldNames)) {
      // Another line's own name there, the item's cell empty (「综合评价 | | 良好 | 优秀」, 「直接主管定级 | | | 部门定级」 under
      // the items): not the last item's second row — its overall 优秀 filled the last item's blank 客户评 at exit 0.
      // (Only a line of the form's own — 「扣分」 or 「•」 in a 序号 column, 「处理技巧类」 on a sub-line, go on with the item.)
      current = null;
      tableEnded = true;
      unknownItem = '';
      const filled = valueIn(row);
      if (filled && filled.value !== beside) unread.push({ row, label: beside, item: null, sub: '', ...filled });
      continue;
    }
    if (current) visibleItems.add(current.id);
    if (itemText && !current && (fieldNames.has(labelKey(withoutTrailingNote(itemText.replace(/[::].*$/, '')))) || TABLE_END.test(itemText.normalize('NFKC').replace(/\s+/g, '')) || TOTAL.test(itemText) || TYPED_TOTAL.test(labelKey(itemText)))) tableEnded = true;
    // The form's own line named left of the item's column, its answer in the item's (「直接主管定级 | 优秀 | | 部门定级」).
    if (itemText && !current && beside && !partNamed(beside) && formsOwnLine(beside, fieldNames)) tableEnded = true;
    // A part's title merged across the row (「问题解决能力」 over A17:H17) shows in every cell of it: not a value.
    const title = (f: { value: string } | null) => f !== null && (f.value === itemText || f.value === grid.text(row, table.inputCol ?? table.itemCol));
    if (!current) {
      // The rows under an unknown item's name (its 填写项 below, the name merged or written once) are that item's too.
      const sub = table.inputCol ? grid.text(row, table.inputCol) : '';
      if (itemText) unknownItem = tableEnded ? '' : itemText;
      const label = itemText || (sub ? unknownItem : '');
      const filled = label ? valueIn(row) : null;
      // A 「(得分:10分)」 line under no criterion (a part's heading): not read, said as a score line — 「请在考核表定义文件里
      // 加上这一项」 was the advice for it, and its figure in its own text went unsaid.
      const line = itemText && !tableEnded ? paperScoreLine(grid, row, table.itemCol) : undefined;
      if (filled && !title(filled)) {
        unread.push({ row, label, item: null, sub, ...filled });
        if (!tableEnded) added.push({ label, ...filled, ...(line ? { scoreLine: true as const } : {}) });
      } else if (line?.figure) added.push({ label, value: rawText(line.figure.raw), cell: line.figure.cell, raw: line.figure.raw, scoreLine: true });
      continue;
    }
    unknownItem = '';
    if (struckItem) {
      struckItem.rows.push(row);
      if (valueIn(row)) struckItem.filled = true;
      continue;
    }
    const inputText = table.inputCol ? grid.text(row, table.inputCol) : '';
    // In a column of criteria, a rule naming one input of its item (「每请假一次扣1分」 of 出勤's 请假, §18 under 评分标准): that
    // input — 1 请假 and 2 迟到 were 「没写填写项」 rows, 王芳 unscored for 26 + 16 + 17 + 7 + 17.78 = 83.78.
    inputTexts ??= table.inputCol ? range(table.headerRow + 1, Math.min(grid.rowCount, table.headerRow + 500)).map((r) => grid.text(r, table.inputCol!)).filter(Boolean) : [];
    let input = rowInput ?? resolveInput(current, inputText, inputTexts) ?? (table.criteriaInputs ? inputInRule(current, inputText) : oneMeasureEach ? soleMeasure(current) : null) ?? (table.inputCol === null && table.valueCols.length === 1 && itemText ? statedRate(current) : null);
    // A unit in brackets other than the input's own (「实际销售额(万元)」 12 for 元, 「迟到或早退(分钟)」 30 for 次): not
    // read as the input — 12 元 of 150,000 scored 0.002 of 25 at exit 0. As a roster's column so headed is not.
    // An item of one input takes any retyped 填写项 (「迟到/早退/缺勤(分钟)」 for its 次数): its unit is looked at too.
    const otherUnit = input && inputText ? foreignUnitNote(inputText, input) : null;
    // Or retyped as a score word (「得分」, 「扣分」) over an item computed from a count: its 39 is points, read as 39 违反
    // (express-cs 工作状况 20.5 for 39, 78.50 一般 for 97 优秀 at exit 0), as a roster's 「工作状况·得分」 is not read.
    // So is the item's name with a score word (「准时出勤得分」, 「工作状况(得分)」): 8 was read as 8 lapses (52 不通过 for 58).
    // (Not over an input that is a score itself, 0–100 under an item of 20: 「客户满意度得分」 names it.)
    // (Not 「分数」 under an adjustment, its own points in plain words: resolveInput.)
    // (Nor 「扣分」 under 其它: its signed 奖惩分 taken off, deductionRow — advised renamed 「奖惩分」, its 2 would be +2.)
    const adjustmentWord = !!input && !!inputText && (adjustmentInputNamed(current, inputText) ?? deductionRow(current, inputText)) === input;
    const scoreWord = !otherUnit && !adjustmentWord && input && inputText && !namesInput(input, inputText) && measuredNotPoints(input, current) && namesAScore(form, current, input, inputText);
    // Or over points the points taken off (「扣分」 for 业绩考核's 得分: 2 off read as 2 of 20, 77 for 93 at exit 0); or an
    // item of one input retyped as another measure (「出勤天数」 22 for 迟到/早退/缺勤次数, 「差错次数」 3 for 表格管理's
    // 每次扣分, 「达标项数」 for 不达标项数): each read as the input, scored at exit 0.
    const otherMeasure = !otherUnit && !scoreWord && !adjustmentWord && input && inputText && current.inputs.length === 1 && !namesInput(input, inputText) && (pointsOff(input, inputText) || otherMeasureLabel(input, inputText));
    if (otherUnit || scoreWord || otherMeasure) {
      const filled = valueIn(row);
      if (filled && !title(filled)) {
        const like = otherMeasure ? input!.label : current.inputs.length > 1 ? `${current.label}·${input!.label}` : current.label;
        // (「次数」 2 over 每次扣分: renamed as told, it was one incident of 2 points, 18 for 20 − 4 to 10.)
        const incidents = incidentsCounted(inputText, current, input!);
        foreignUnits.push({ label: inputText, like, value: filled.value, cell: filled.cell, ...(otherUnit ? { unit: otherUnit } : scoreWord ? { score: { input: input!.label } } : {}), ...(incidents ? { incidents } : {}), key: `${current.id}\u0000${input!.id}` });
        // Nor is the item scored as if the row were blank (「10,无扣分 → 10」 beside the refused 30 minutes).
        withhold(current, input!);
      }
      continue;
    }
    // An item of one input takes a row whose 填写项 is retyped — unless its input is filled already: then the row is
    // something else (a 备注 row added under it), said as a row not read rather than as the item answered twice.
    if (input && inputText && current.inputs.length === 1 && !namesInput(input, inputText)) {
      const filledAlready = [...entries].some(([k, e]) => k.startsWith(`${current!.id}\u0000${input!.id}\u0000`) && e.raw.kind !== 'empty');
      if (filledAlready) input = null;
    }
    // The answer typed after the input's name in its 填写项 cell (「旷工(次) 1」「整洁习惯良好 √」), the 填写 cells empty:
    // read as a row not found, the item scored as if blank (79 for 74, exit 0). Said at the cell; the person not scored.
    const inLabel = inputText && !valueIn(row) && (!input || !namesInput(input, inputText)) ? answerInLabel(current, inputText) : null;
    if (inLabel && table.inputCol !== null) {
      labelAnswers.push({ label: inputText, value: inLabel.value, input: inLabel.input.label, cell: cellAddress(row, table.inputCol), key: `${current.id}\u0000${inLabel.input.id}` });
      continue;
    }
    if (!input) {
      // A row inserted under an item of several inputs with its 填写项 left empty (a second 迟到 typed below it) is not read
      // either: said, as a retyped one is.
      const filled = inputText || current.inputs.length > 1 ? valueIn(row) : null;
      if (filled && !title(filled)) unread.push({ row, label: inputText || '(没写填写项)', item: current, ...filled });
      continue;
    }
    // The answer typed one column over, into 得分 or 说明 (kpi's own columns, rewritten in the graded workbook), with the
    // 填写 cells empty: not read, and said — it would be lost twice, from the score and from the graded copy.
    // A number beside an optional input left empty may be the team's own formula in 得分 (10 for no lateness): only a
    // required input's, or a word (√, 良好), is taken for a misplaced answer.
    // Only an answer this input takes (良好 for a choice, 2 for a count): a remark in 说明 (主管已核对), a text shown in a
    // cell merged down from the row above, or anything beside a text input is the team's own, kept in the graded copy.
    // (A text a checklist counts — §20's 不规范处数, 0, 1, 2 … or 达标 / 不达标 — is an answer too: 1 and 0 typed in 得分 beside
    // every blank 填写 were 「还没有填写任何一项」 alone, the 得分 column unsaid, where §18's ticks' figures there are named.)
    if (!paper?.figure && !valueIn(row) && (input.type !== 'text' || countedText(current, input))) {
      for (const col of [table.scoreCol, table.explanationCol]) {
        const raw = col === null || mergedFromAbove(row, col) ? null : grid.value(row, col);
        const text = raw ? rawText(raw).trim() : '';
        const answer: boolean = raw !== null && text !== '' && parseRaw(input, raw).ok;
        // A bare number in 说明, kpi's column for its explanation, is no remark either: the graded copy would lose it, and
        // the count it likely is went unread (express-cs 3 there: 40 of 40 at exit 0).
        // (A 0 there is what the empty count reads as anyway: nothing lost.)
        const nothing = raw?.kind === 'number' && raw.value === (input.default ?? 0);
        // Or the answer after the input's name (「迟到1次」 in 说明, as in 填写项): 10 for the 8 the row says, at exit 0.
        const named: { input: InputDef; value: string } | null = col !== null && !answer && col === table.explanationCol && text !== '' ? answerInLabel(current, text) : null;
        // (「旷工:无」, 「了解客户需求 否」, 「迟到0次」: what the empty cells read as anyway — nothing lost.)
        if (col !== null && named?.input === input && parseRaw(input, { kind: 'text', value: named.value }).ok && !isNoneWord(named.value) && !/^([0０]\D*|[否×✗✘])$/.test(named.value)) {
          strayAnswers.push({ heading: grid.text(table.headerRow, col), value: text, cell: cellAddress(row, col) });
          break;
        }
        // But a figure typed in 得分 (no formula there) beside a count left empty is the item's points typed by hand: §17
        // 准时出勤 8 (one lapse) in G7, 填写 blank, was scored 10 (张三 100 优秀 for 8 + 90 = 98, a warning only). Judged
        // once the item's rows are read: a figure the blank scores (10) is the team's total agreeing.
        // So are an item's ticks' (§18 工作知识 20 in G9:G18, its ten boxes blank: scored 0, 张三 75.00 普通 for the 95.00
        // 特别优秀 its ticks give, a warning only) — a box is no measure, but its blank scores 0 all the same.
        // Typed as text too (「1.5」, 「1.5分」, 「扣0.5分」, 「-0.5」 beside 仪容仪表's blank 不达标项数): only the number was
        // refused — the text was a warning, 2 scored for the 1.5 meant, 张三 90.00 优秀 for 88.89 良好 at exit 0.
        const measured = measuredNotPoints(input, current) || current.rule.kind === 'checklist';
        const figure = col !== null && col === table.scoreCol && raw ? typedPoints(raw) : null;
        if (col !== null && figure && (input.optional || countedText(current, input)) && measured && grid.formula?.(row, col) === undefined) {
          pointsBesideBlank.push({ item: current, input, heading: grid.text(table.headerRow, col), value: text, ...figure, cell: cellAddress(row, col), ...(raw!.kind === 'text' && answer ? { answer: true as const } : {}) });
          continue;
        }
        if (col !== null && answer && text.length <= 12 && (!input.optional || raw!.kind === 'text' || (col === table.explanationCol && !nothing))) {
          const heading = grid.text(table.headerRow, col);
          const typed = col === table.scoreCol && grid.formula?.(row, col) === undefined ? { entry: { item: current, input, raw: raw!, row } } : {};
          strayAnswers.push({ heading, value: text, cell: cellAddress(row, col), ...typed });
          break;
        }
      }
    }
    const rows = table.itemRows.get(current.id) ?? [];
    rows.push(row);
    table.itemRows.set(current.id, rows);
    (table.rowInputs ??= new Map()).set(row, input);
    table.lastRow = row;
    const groups = raterGroups(form, current);
    // A rate whose row's label gives its unit in % (§18 「平均效率(%)」): a bare 17 there is 17 %, as a roster's column
    // headed so is read — refused as the item's points (「17 正好是这一项能得的分,又没有写 %」) it left 张三 unscored for
    // 75.00 普通 (17 % below every tier → 0).
    const percentRow = input.type === 'percent' && [inputText, itemText].some((t) => /(?<![\d.]\s*)%|百分比/.test(t.normalize('NFKC')));
    for (const v of table.valueCols) {
      if (groups && v.rater && !groups.includes(v.rater)) continue; // a group that does not rate this item
      const legend = legendFor(grid, table, row, v.col, input);
      // The figure of a 「(得分:9分)」 line typed outside the column to fill (in its own text, or between 「(得分:」 and 「分)」).
      const line = paper?.figure && paper.figure.cell !== cellAddress(row, v.col) ? paper.figure : undefined;
      const own = grid.value(row, v.col);
      if (line && own.kind !== 'empty' && rawText(own).trim() !== rawText(line.raw).trim()) {
        const label = current.inputs.length > 1 ? `${current.label}·${input.label}` : current.label;
        twice.push({ fields: { item: label, first: line.cell, firstValue: rawText(line.raw).trim(), value: rawText(own).trim(), scoreLine: true }, at: { file, sheet: grid.name, cell: cellAddress(row, v.col) } });
        withheld.add(entryKey(current.id, input.id, groups === null ? '' : v.rater?.id ?? '', v.slot));
        continue;
      }
      const base = line && own.kind === 'empty' ? line.raw : own;
      const typed = legend ? byLegend(base, legend) : base;
      const short = legend ? undefined : shortAnswer(typed, input);
      if (short) shorts.push({ ...short, cell: cellAddress(row, v.col) });
      const shortened: RawValue = short && typed.kind === 'text' ? { ...typed, value: short.label } : typed;
      const raw = signedDeduction(current, input, inputText) ? asDeduction(shortened) : shortened;
      const key = entryKey(current.id, input.id, groups === null ? '' : v.rater?.id ?? '', v.slot);
      if (percentRow) percentLabelled.add(key);
      // Empty cells are kept too, so a missing entry is reported at the cell to fill in.
      const existing = entries.get(key);
      const at = { file, sheet: grid.name, cell: base === line?.raw ? line.cell : cellAddress(row, v.col) };
      const itemLabel = current.inputs.length > 1 ? `${current.label}·${input.label}` : current.label;
      // With several raters' columns, each its heading too (「第1题·面试官2」): a cell merged across two of them named
      // the same question twice.
      const heading = table.valueCols.filter((x) => !x.copy).length > 1 ? grid.text(valueHeadRow, v.col) : '';
      const label = heading ? `${itemLabel}·${heading}` : itemLabel;
      // One cell merged over two inputs' rows, or two raters' columns (迟到 and 早退 under one 2): whose is it?
      const into = grid.mergedInto?.(row, v.col);
      // The same entry's cell merged down over its own second row (an item's label and answer over two rows) is one answer.
      const master = into === undefined ? undefined : readCells.get(into);
      const inputKey = entryKey(current.id, input.id);
      // The same item's cell merged across its raters' columns (F10:G10 「达成」 under 直接主管 | 间接主管): each rater's
      // answer, as Excel shows it — refused as two items, 张三 was unscored for 103.60 优秀 (both 达成).
      if (master && master.key !== key && master.input === inputKey && master.rater && heading) {
        if (raw.kind !== 'empty') {
          const range = `${into}:${mergeEnd(grid, into!)}`;
          const both = byRaters.get(range) ?? { item: itemLabel, value: rawText(raw).trim(), raters: [master.rater], at: { file, sheet: grid.name, cell: into! } };
          both.raters.push(heading);
          byRaters.set(range, both);
        }
      } else if (master) {
        if (raw.kind !== 'empty' && master.key !== key) {
          // Said once for the whole merged range (F9:H9), at its first cell after the one it shows.
          const range = `${into}:${mergeEnd(grid, into!)}`;
          if (!merged.some((m) => m.fields.range === range)) merged.push({ fields: { item: label, firstItem: master.label, first: into!, range, value: rawText(raw).trim() }, at });
          // Kept as a blank at its own cell, so that whatever else is said of this entry points here.
          if (!entries.has(key)) entries.set(key, { raw: { kind: 'empty' }, at });
        }
        // An empty cell merged into another entry's (G13:G14 left blank): still this entry's place — a missing answer
        // is said here, not at the person's name (F2).
        if (raw.kind === 'empty' && master.key !== key && !entries.has(key)) entries.set(key, { raw: { kind: 'empty' }, at });
        continue;
      }
      readCells.set(at.cell, { label, key, input: inputKey, rater: heading });
      // A count or a list of deductions given on two rows, even the same on both (迟到 1 and 1, 每次扣分 3 and 3), may be
      // one figure copied or two to add up: as with two different answers, which one is meant is not for kpi to guess.
      const adds = input.type === 'list' || (input.type === 'integer' && input.unit === '次');
      if (v.copy && existing && existing.raw.kind !== 'empty' && raw.kind !== 'empty') {
        const [a, b] = [rawText(existing.raw).trim(), rawText(raw).trim()];
        if (a !== b) {
          // Two columns of one rater headed otherwise (主管王 | 主管李): both named, as one 主管's two columns — 「「业务知识能力·
          // 主管李」有两列」 named the second alone, as if 主管李 were a rater with a column twice.
          const holder = table.valueCols.find((x) => !x.copy && x.rater === v.rater && x.slot === v.slot);
          const [firstHead, ownHead] = [holder ? grid.text(valueHeadRow, holder.col).trim() : '', grid.text(valueHeadRow, v.col).trim()];
          const columns = v.rater && !v.rater.multiple && firstHead && ownHead && labelKey(firstHead) !== labelKey(ownHead) ? { columns: [firstHead, ownHead] as [string, string], rater: v.rater.label } : undefined;
          twice.push({ fields: { item: columns ? itemLabel : label, first: existing.at.cell ?? '', firstValue: a, value: b, column: true, ...(columns ? { columns } : {}) }, at });
          withheld.add(key);
        }
        continue;
      }
      // The item's name (and 分值) merged down over its lines, 内容 one line a row and a count on each (the seed's §2 layout:
      // 员工基本标准 over 「仪容仪表、规范操作」 2 and 「工作状态、考勤」 2): each row counts its own line's findings, and the
      // item's are their sum. Two equal counts were read once (kpi deducted 9 of 19: 91.00 优秀 for 81.00 良好 at exit 0),
      // two unequal ones refused. Said once for the sheet.
      if (!adds && !v.copy && existing && existing.raw.kind !== 'empty' && raw.kind !== 'empty' && table.inputCol === null && countedPerFinding(current, input)) {
        const firstRow = parseRef(existing.at.cell ?? '')?.[0];
        const [a, b] = [parseRaw(input, existing.raw), parseRaw(input, raw)];
        if (firstRow !== undefined && linesOfOneItem(grid, table, firstRow, row, v.col) && a.ok && b.ok && typeof a.value === 'number' && typeof b.value === 'number') {
          const sum = a.value + b.value;
          const said = lineSums.get(key) ?? { item: current.label, input: input.label, values: [rawText(existing.raw).trim()], first: a.value, sum: a.value, cell: existing.at.cell ?? '' };
          said.values.push(rawText(raw).trim());
          said.sum = sum;
          lineSums.set(key, said);
          entries.set(key, { raw: { kind: 'number', value: sum }, at: existing.at });
          continue;
        }
      }
      // 加分 | 扣分 rows under 其它 (§8's signed 奖惩分 split as a roster's 「奖惩」 over 加分 | 扣分 is): 加分 − 扣分. Read as no
      // 填写项, the 加分 row was refused with advice to delete it, and deleted the +1 went with it (76.00 for 77 + 1 − 1 = 77).
      const side = inputText && input === signedPoints(current) ? adjustmentSide(current, inputText, otherRowTexts(inputTexts, inputText)) : undefined;
      const pairSide = side !== undefined;
      // A side's second filled row (加分 +2, 扣分 「1分」, 扣分 「1分」): one deduction typed twice, or two to add up, is not for
      // kpi to guess — refused at that row naming the side's first. Read as no pair, the 加分 row was refused 「不是「其它」
      // 的填写项…请删去这一行」 at F21, and deleted the +2 went with it (76 for 77 + 2 − 1 − 1 = 77).
      const sideRow = side && raw.kind !== 'empty' ? pairRows.get(`${key}\u0000${side}`) : undefined;
      if (side && sideRow) {
        // (Both to count: the side's one row holds their sum, 扣分 「2」 for 「1分」 and 「1分」.)
        const y = pairPoints(raw, side === 'minus');
        const sum = sideRow.points !== null && y !== null ? (side === 'minus' ? -1 : 1) * (sideRow.points + y) : null;
        const both = sum === null ? undefined : { kind: 'sum' as const, value: String(+sum.toFixed(6)) };
        twice.push({ fields: { item: `${current.label}·${inputText.trim()}`, first: sideRow.cell, firstValue: sideRow.value, value: rawText(shortened).trim(), ...(both ? { both } : {}) }, at });
        withheld.add(key);
        continue;
      }
      if (side && raw.kind !== 'empty') pairRows.set(`${key}\u0000${side}`, { value: rawText(shortened).trim(), cell: at.cell ?? '', points: pairPoints(raw, side === 'minus') });
      if (pairSide && existing && existing.raw.kind !== 'empty' && raw.kind !== 'empty' && pairKeys.has(key)) {
        // (A sign or 分 typed — 加分 「+2」, 扣分 「-1」, 「2分」 / 「1分」 — is the number there: refused as words, 张三 was
        // unscored for 77 + 2 − 1 = 78.00. The first row is the other side of the pair.)
        const [a, b] = [pairPoints(existing.raw, side === 'plus'), pairPoints(raw, side === 'minus')];
        if (a !== null && b !== null) entries.set(key, { raw: { kind: 'number', value: Math.round((a + b) * 1e9) / 1e9 }, at: existing.at });
        else {
          // (A word in either — 「扣2分」 beside a 1 — adds up to nothing: refused, the person not scored.)
          twice.push({ fields: { item: itemLabel, first: existing.at.cell ?? '', firstValue: rawText(existing.raw).trim(), value: rawText(shortened).trim(), added: true }, at });
          withheld.add(key);
        }
        continue;
      }
      if (pairSide && (!existing || existing.raw.kind === 'empty')) pairKeys.add(key);
      // (Also the signed 奖惩分 twice with the same figure — two 扣分 rows 「1分」 | 「1分」 beside 「迟到两次」 were read once,
      // 76 at exit 0 for 77 − 1 − 1 = 75, review 62: a copy or two deductions is not for kpi to guess.)
      const signedTwice = input === signedPoints(current);
      // The adjustment's filled rows, column by column (奖惩分 and 原因 alike): two (奖惩分, 原因) pairs are added up below.
      if (current.rule.kind === 'adjustment' && signedPoints(current) && !pairSide && raw.kind !== 'empty' && (input.id === current.rule.input || input.id === current.rule.reason)) {
        const column = entryKey(current.id, '', groups === null ? '' : v.rater?.id ?? '', v.slot);
        adjustmentRows.set(column, [...(adjustmentRows.get(column) ?? []), { side: input.id === current.rule.input ? 'points' : 'reason', row, key, raw, at }]);
      }
      // (Two rows of the signed 奖惩分 that both say nothing — 0 | 0, 无 | 无, - | - — say the same nothing: refused
      // duplicate-entry, 张三 was unscored for 77.00 一般, review 63. The first row kept.)
      if (signedTwice && existing && existing.raw.kind !== 'empty' && raw.kind !== 'empty' && saysNoPoints(input, existing.raw) && saysNoPoints(input, raw)) continue;
      if (existing && existing.raw.kind !== 'empty' && raw.kind !== 'empty' && (adds || signedTwice || rawText(existing.raw).trim() !== rawText(raw).trim())) {
        // The item's row twice (a row inserted and filled, the old one left), with two different answers: which one
        // counts is not for kpi to guess (the first used to win, whatever order the rows were in).
        const [a, b] = [rawText(existing.raw).trim(), rawText(raw).trim()];
        const both = bothRows(current, input, a, b, existing.raw, raw);
        const said = { fields: { item: label, first: existing.at.cell ?? '', firstValue: a, value: b, ...(both ? { both } : {}) }, at };
        twice.push(said);
        if (current.rule.kind === 'adjustment' && signedPoints(current)) adjustmentTwice.set(said, key);
        withheld.add(key);
        continue;
      }
      if (existing && (existing.raw.kind !== 'empty' || raw.kind === 'empty')) continue;
      entries.set(key, { raw, at });
    }
  }
  // Two or more (奖惩分, 原因) pairs, each row of points with its own reason: each counts, added up (reasonedPairs).
  const pairsAdded: Array<{ pairs: ReasonedPairs; item: string }> = [];
  for (const rows of adjustmentRows.values()) {
    const item = items(form).find((i) => rows[0] && rows[0].key.startsWith(`${i.id}\u0000`));
    const pairs = item ? reasonedPairs(item, rows, rawText) : undefined;
    if (!item || !pairs) continue;
    const keys = new Set([pairs.points.key, pairs.reason.key]);
    const cells = new Set(rows.map((r) => r.at.cell));
    // (Only where nothing else of these entries was refused: another column's copy, a merged cell.)
    const said = [...adjustmentTwice].filter(([, k]) => keys.has(k)).map(([t]) => t);
    const itemRows = table.itemRows.get(item.id) ?? [];
    const onItem = (t: { at: Location }) => t.at.sheet === grid.name && itemRows.includes(parseRef(t.at.cell ?? '')?.[0] ?? -1);
    if (!said.length || said.some((t) => !cells.has(t.at.cell)) || twice.some((t) => !said.includes(t) && onItem(t)) || merged.some((m) => onItem(m))) continue;
    for (const t of said) twice.splice(twice.indexOf(t), 1);
    for (const k of keys) withheld.delete(k);
    entries.set(pairs.points.key, { raw: pairs.points.raw, at: pairs.points.at });
    entries.set(pairs.reason.key, { raw: pairs.reason.raw, at: pairs.reason.at });
    pairsAdded.push({ pairs, item: item.label });
  }
  // (The first table's item column again for what follows: the graded sheet writes 总分 and 等级 under it.)
  table.itemCol = ownItemCol;
  table.valueCols = ownValueCols;
  // Every 填写 cell blank and every item's score typed in 得分 instead, on a form whose items are all scores typed in
  // (cs-scheme-100, cs-work-review): those figures are what was filled in. Each was refused as a misplaced answer, and
  // every item again as blank — §13 张三 19 + 29 + … = 96 优秀, §26 张三 80 良好 were left unscored at exit 1. Read as the
  // inputs, said once for the sheet. (Some items only, or 填写 filled too, or a form of counts or levels: as before.)
  const inScore = scoresTypedInScore(form, table, strayAnswers, entries, withheld);
  if (inScore) {
    for (const s of inScore) {
      const key = [...entries.keys()].find((k) => k.startsWith(`${s.entry!.item.id}\u0000${s.entry!.input.id}\u0000`))!;
      entries.set(key, { raw: s.entry!.raw, at: { file, sheet: grid.name, cell: s.cell } });
    }
    strayAnswers.length = 0;
  }
  const asItems = partRowsAsItems(form, table, added, entries, { file, sheet: grid.name });
  const scaled = scaledRows(grid, form, table, secondForm ? (stacked?.row ?? secondForm) - 1 : grid.rowCount);
  for (const s of scaled) withhold(s.item, s.input);
  const raterNames = new Set((form.raters ?? []).flatMap((r) => [r.label, r.id, ...(r.aliases ?? [])]).map(labelKey));
  // (Not from the header of a form stacked below: its 考核人, 考核日期 are that person's.)
  const header = readHeaderFields(grid, form.header.concat(form.footer ?? []), table, new Set(form.header.map((f) => f.id)), raterNames, secondForm ? (stacked?.row ?? secondForm) - 1 : undefined);
  const nameField = form.header.concat(form.footer ?? []).find((h) => h.role === 'name');
  const nameAt = nameField ? header.cells.get(nameField.id) : undefined;
  const name = nameField ? header.values.get(nameField.id) : undefined;
  // 考核人 left blank on a sheet named or titled for a rater (「李强自评」, 「…考核表(员工自评)」): that rater's marks, as on a
  // roster sheet so named — two self-assessments scored 100 优秀 as the supervisor's at exit 0.
  const raterId = raterField(form)?.id;
  /** What said the rater when it was not the 考核人 field: the title (its cell) or the tab. */
  let raterBy: { cell?: string } | undefined;
  if (raterId && !header.values.get(raterId)) {
    const bySheet = sheetRater(grid, form, table.headerRow, new Set(table.valueCols.map((v) => v.col)), name);
    if (bySheet) {
      raterBy = bySheet.cell ? { cell: bySheet.cell } : {};
      header.values.set(raterId, bySheet.text);
      const at = bySheet.cell ?? header.cells.get(raterId);
      if (at) header.cells.set(raterId, at);
    }
  }
  const problems: Problem[] = twice.map((t) => problem('duplicate-entry', t.fields, t.at, name ? { person: name } : {}));
  if (lineSums.size) {
    // (Not an entry refused after all, a later row of it twice: no sum was taken. Nor lines that add nothing, 0 + 0 or 2 + 0:
    // read once, as before, they came to the same.)
    const sums = [...lineSums].filter(([k, s]) => !withheld.has(k) && s.sum !== s.first).map(([, s]) => s);
    if (sums.length) problems.push(problem('lines-added', { sheet: grid.name, input: sums[0]!.input, items: sums.map((s) => ({ item: s.item, values: s.values, sum: s.sum })) }, { file, sheet: grid.name, cell: sums[0]!.cell }, name ? { person: name } : {}));
  }
  for (const { pairs, item } of pairsAdded) {
    const values = pairs.lines.map((l) => `${l.value}(${l.reason})`);
    problems.push(problem('lines-added', { sheet: grid.name, input: pairs.input, items: [{ item, values, sum: pairs.sum }], reasons: true }, pairs.points.at, name ? { person: name } : {}));
  }
  // A tick group's row of two marks, or of something that is no mark: that rater's answer to the item is not guessed.
  for (const c of ticked?.conflicts ?? []) {
    const at = cellAddress(c.row, c.group.cols[0]!);
    const keys = [...entries].filter(([, e]) => e.at.cell === at && e.at.sheet === grid.name).map(([k]) => k);
    if (!keys.length) continue;
    for (const k of keys) withheld.add(k);
    const itemId = [...table.itemRows].find(([, rows]) => rows.includes(c.row))?.[0];
    const item = items(form).find((i) => i.id === itemId);
    const range = `${cellAddress(c.row, c.group.cols[0]!)}:${cellAddress(c.row, c.group.cols[c.group.cols.length - 1]!)}`;
    const fields = { item: item?.label ?? grid.text(c.row, table.itemCol), rater: c.group.rater.label, range, labels: c.group.labels, ...(c.stray !== undefined ? { stray: c.stray } : { chosen: c.chosen }) };
    problems.push(problem('tick-group', fields, { file, sheet: grid.name, cell: c.cells[0]! }, name ? { person: name } : {}));
  }
  // A coefficient printed beside a group's label that is not the form's: read as the label, the form's counts — said.
  for (const g of ticks) for (const m of g.misprinted ?? []) {
    problems.push(problem('tick-coefficient', { rater: g.rater.label, text: m.text, label: m.label, points: m.points }, { file, sheet: grid.name, cell: m.cell }, name ? { person: name } : {}));
  }
  if (inScore) {
    const cells = inScore.map((s) => s.entry!.row);
    const col = columnLetters(table.scoreCol!);
    const fields = { case: 'scores-in-score', sheet: grid.name, heading: grid.text(table.headerRow, table.scoreCol!), like: grid.text(table.headerRow, table.valueCols[0]!.col), range: `${col}${Math.min(...cells)}:${col}${Math.max(...cells)}`, count: inScore.length } as const;
    problems.push(problem('unknown-column', fields, { file, sheet: grid.name, cell: `${col}${Math.min(...cells)}` }, { severity: 'warning', ...(name ? { person: name } : {}) }));
  }
  for (const x of scaled) {
    const label = x.item.inputs.length > 1 ? `${x.item.label}·${x.input.label}` : x.item.label;
    const scale = { said: shortText(x.said), at: x.cell, own: x.input.type === 'percent' ? '百分比' : `${x.input.min ?? 0}–${x.input.max} 分` };
    const fields = { case: 'column', sheet: grid.name, heading: label, item: x.item.label, like: grid.text(table.headerRow, x.col), scale } as const;
    problems.push(problem('item-not-found', fields, { file, sheet: grid.name, cell: x.cell }, { item: x.item.label, ...(name ? { person: name } : {}) }));
  }
  problems.push(...struckItemProblems(form, table, struckItems, entries, withhold, { file, sheet: grid.name }, name));
  problems.push(...headerFormulas(grid, form, header.cells, { file, sheet: grid.name }));
  const besides: NonNullable<PersonEntries['beside']> = [];
  for (const m of merged) problems.push(problem('merged-entry', m.fields, m.at, name ? { person: name } : {}));
  if (shorts.length) problems.push(problem('short-choice', { sheet: grid.name, count: shorts.length, pairs: shortPairs(shorts) }, { file, sheet: grid.name, cell: shorts[0]!.cell }, name ? { person: name } : {}));
  for (const [range, m] of byRaters) problems.push(problem('merged-entry', { case: 'raters', item: m.item, range, value: m.value, raters: m.raters }, m.at, { severity: 'warning', ...(name ? { person: name } : {}) }));
  // Rows of inputs that may be left blank, deleted from the sheet: read as blank (0 次, 无扣分), as a roster's missing
  // optional columns are — and said, as those are.
  const absent: string[] = [];
  let absentText = true;
  // A row whose answer sits in its 填写项 cell is there (said above), not missing.
  // So is one in another unit (said as such, not also as a row deleted and read as blank).
  const hasRow = (item: ItemDef, inputId: string) => hiddenInputs.some((h) => h.item === item && h.input.id === inputId) || (hiddenItems.has(item.id) && item.inputs.length === 1) || labelAnswers.some((a) => a.key === `${item.id}\u0000${inputId}`) || foreignUnits.some((u) => u.key === `${item.id}\u0000${inputId}`) || [...entries.keys()].some((k) => k.startsWith(`${item.id}\u0000${inputId}\u0000`));
  for (const item of items(form)) {
    if (!table.itemRows.has(item.id) && item.inputs.every((i) => !i.optional)) continue;
    for (const input of item.inputs.filter((i) => i.optional)) {
      // With no 填写项 column no row is a remark's (§2's 备注 is a column of its own): none is missing.
      if (table.inputCol === null && input.type === 'text' && soleMeasure(item)) continue;
      // An item of a rate or its counts needs one of the two ways only (§28: 满意度 rows and no 满意数/调查数).
      if (!hasRow(item, input.id) && !otherWayPresent(item, input.id, (id) => hasRow(item, id))) {
        absent.push(item.inputs.length > 1 ? `${item.label}·${input.label}` : item.label);
        if (input.type !== 'text') absentText = false;
      }
    }
  }
  if (absent.length && table.itemRows.size) {
    // Only rows of words (备注): a note, not 「次数按 0、无扣分」.
    const fields = { case: 'rows-optional', sheet: grid.name, headings: absent, ...(absentText ? { text: true as const } : {}) } as const;
    problems.push(problem('item-not-found', fields, { file, sheet: grid.name }, { severity: absentText ? 'info' : 'warning', ...(name ? { person: name } : {}) }));
  }
  // Every count filled with its item's points (the source form's 评分 column filled in kpi's 填写): said, not scored.
  const asPoints = countsAsPointsProblem(form, entries, { file, sheet: grid.name }, name);
  if (asPoints) problems.push(asPoints);
  if (table.besideForm) {
    const col = table.besideForm;
    // The person of the form pasted beside (李四's A1:H18 copied to J1:Q18): named, and listed unscored — they were in no
    // list, and the sheet's own person was left unscored for them.
    // Its header from where its table starts: as many columns left of its item column as this one's (「姓名:李四」 over
    // its 序号, left of 考核类型).
    let start = table.itemCol;
    while (start > 1 && grid.text(table.headerRow, start - 1)) start--;
    const beside = besideFormPerson(grid, form, table.headerRow, Math.max(table.itemCol + 1, col - (table.itemCol - start)));
    const other = beside && beside.name !== name ? beside : undefined;
    const at = { file, sheet: grid.name, cell: cellAddress(table.headerRow, col) };
    // (A copy of the table naming no one beside a seed's 得分 table, told by its headings alone: a reference, not a person
    // left out — the sheet's own person was left unscored for it. Said as a warning — review.)
    const reference = !other && !beside && table.besideCopy === true;
    const said = problem('second-form-on-sheet', { sheet: grid.name, row: table.headerRow, heading: grid.text(table.headerRow, col), beside: true, ...(other ? { who: other.name } : {}) }, at, other ? { person: other.name } : reference ? { severity: 'warning' } : {});
    if (other) besides.push({ name: other.name, cell: other.cell, problem: said });
    else problems.push(said);
  }
  if (reheaded) {
    const fields = { sheet: grid.name, row: reheaded.row, headerRow: table.headerRow, moved: reheaded.moved, records: '各项' };
    problems.push(problem('headings-reordered', fields, { file, sheet: grid.name, cell: `${reheaded.moved[0]!.here}${reheaded.row}` }, name ? { person: name } : {}));
  }
  // The form stacked below naming someone else: that person listed unscored, the error at their name — this sheet's own
  // person, complete above it, scored (张三 was left 未评分 for it, no problem naming him, 李四 in no list: 90.00 优秀 lost).
  const below = secondForm && stacked && nameKey(stacked.name) !== nameKey(name ?? '') ? stacked : undefined;
  if (below) {
    const said = problem('second-form-on-sheet', { sheet: grid.name, row: below.row, heading: below.text, person: true, who: below.name }, { file, sheet: grid.name, cell: below.cell }, { person: below.name });
    besides.push({ name: below.name, cell: below.cell, problem: said });
  } else if (secondForm) {
    const heading = secondFormText || grid.text(secondForm, table.itemCol);
    problems.push(problem('second-form-on-sheet', { sheet: grid.name, row: secondForm, heading, ...(secondFormText ? { person: true as const } : {}) }, { file, sheet: grid.name, cell: cellAddress(secondForm, secondFormText ? 1 : table.itemCol) }, name ? { person: name } : {}));
  }
  if (table.loneScore !== undefined) {
    const rater = table.valueCols.find((v) => v.col === table.loneScore)!.rater!;
    // (Read as a rater's whose marks do not count — a 自评 sheet, read with its copy of the form — it is said whose by
    // the sheet, and that they are not counted: not 「没有写明是谁评的:本表只计「自评」的评分」.)
    const field = raterId ? form.header.concat(form.footer ?? []).find((f) => f.id === raterId) : undefined;
    const typed = field && !raterBy ? header.values.get(field.id)?.trim() : undefined;
    const by = rater.weight > 0 ? undefined : raterBy?.cell ? { title: grid.text(...(parseRef(raterBy.cell)! as [number, number])).trim() } : raterBy ? { tab: true as const } : field && typed ? { field: field.label, value: typed } : undefined;
    const fields = { case: 'lone-score', sheet: grid.name, heading: grid.text(table.headerRow, table.loneScore), rater: rater.label, ...(by ? { uncounted: by } : {}) } as const;
    problems.push(problem('unknown-column', fields, { file, sheet: grid.name, cell: cellAddress(table.headerRow, table.loneScore) }, name ? { person: name } : {}));
    if (table.staleOutput !== undefined) {
      const stale = { case: 'stale-output', sheet: grid.name, columns: `${columnLetters(table.staleOutput)}、${columnLetters(table.staleOutput + 1)}`, like: fields.heading } as const;
      problems.push(problem('unknown-column', stale, { file, sheet: grid.name, cell: cellAddress(table.headerRow, table.staleOutput) }, name ? { person: name } : {}));
    }
  }
  const unreadRaters = unreadRaterColumns(grid, form, table, file, name);
  problems.push(...unreadRaters);
  const raterHeadingsOf = raterHeadings(form);
  for (const h of table.hiddenCols ?? []) {
    // Beside a visible column of its heading it is that column's copy; alone (同事评3 hidden), only hidden.
    // (A note of another period taken off: 「主管评(上月)」 hidden beside 主管评 is last month's copy — everyone was refused as
    // holding a hidden rater's answers, 100.00 优秀 each lost.)
    const twin = table.valueCols.some((v) => labelKey(withoutPeriodNote(grid.text(table.headerRow, v.col))) === labelKey(withoutPeriodNote(h.text)));
    // Alone and holding answers (客户评 hidden with this month's 一般 in it): left unread, that rater's weight would go to
    // the others without a word that counts — whose answers they are is for the team to say (此人不评分).
    const answered = !twin && [...table.itemRows.values()].flat().some((row) => grid.value(row, h.col).kind !== 'empty');
    // A rater of no weight (自评, 仅供参考) hidden with answers: nothing of the score is theirs, the person is scored (as on a
    // roster); the answers are not listed, said.
    const rater = raterHeadingsOf.get(labelKey(h.text)) ?? raterHeadingsOf.get(labelKey(withoutTrailingNote(h.text)));
    const reference = answered && rater !== undefined && rater.rater.weight === 0;
    const at = { file, sheet: grid.name, cell: cellAddress(table.headerRow, h.col) };
    problems.push(problem('duplicate-column', { heading: h.text, hidden: twin ? 'this' : 'only', ...(answered ? { answered: true as const } : {}), ...(reference ? { reference: true as const } : {}) }, at, { ...(answered && !reference ? { severity: 'error' as const } : {}), ...(name ? { person: name } : {}) }));
  }
  if (hiddenRows.length) {
    // An item whose only row is hidden (态度 hidden on 王芳's sheet): said at that row, not only as 「表中没有这一项」 at the
    // person's name.
    const only = [
      ...[...hiddenItems].filter(([id]) => !visibleItems.has(id)).map(([, h]) => h),
      // (Not an input kept for reference, that does not count: §12's 电话接听量, 出港/进港问题件 collapsed in a group left 王五
      // unscored for figures no score reads.)
      ...hiddenInputs.filter((h) => !(h.input.reference && h.input.optional) && ![...entries.keys()].some((k) => k.startsWith(`${h.item.id}\u0000${h.input.id}\u0000`))).map((h) => ({ label: `${h.item.label}·${h.input.label}`, row: h.row })),
    ];
    const at = { file, sheet: grid.name, cell: cellAddress(only[0]?.row ?? hiddenRows[0]!, table.itemCol) };
    problems.push(problem('hidden-rows', { sheet: grid.name, rows: hiddenRows, ...(only.length ? { items: only.map((h) => h.label) } : {}) }, at, { ...(name ? { person: name } : {}), ...(only.length ? { severity: 'error' as const } : {}) }));
  }
  // (A column headed by a rater whose answer is ticked in a group is that rater's, not another figure of the first.)
  const groupOf = (text: string) => {
    const rater = headingRater(form, tickRaters, text)?.rater;
    return rater ? ticks.find((g) => g.rater === rater) : undefined;
  };
  problems.push(...otherScoreColumns(grid, table, entries, unreadRaters, file, name, groupOf));
  const valueHeading = table.valueCols.length === 1 ? grid.text(table.headerRow, table.valueCols[0]!.col) : table.valueCols.map((v) => grid.text(table.headerRow, v.col)).join('/');
  for (const a of labelAnswers) {
    problems.push(problem('unknown-column', { case: 'in-label', label: a.label, value: a.value, input: a.input, like: valueHeading }, { file, sheet: grid.name, cell: a.cell }, { severity: 'error', ...(name ? { person: name } : {}) }));
  }
  for (const s of [...strayAnswers, ...handPoints(pointsBesideBlank, entries, withhold)]) {
    problems.push(problem('unknown-column', { case: 'wrong-column', heading: s.heading, like: valueHeading, value: s.value, ...(s.whole ? { whole: s.whole } : {}) }, { file, sheet: grid.name, cell: s.cell }, { severity: 'error', ...(name ? { person: name } : {}) }));
  }
  // A rater's column noted with another weight than the form's (「主管评(60%)」 | 「同事A(20%)」 for 70 % and 10 %): scored on
  // the form's without a word. Its answers are not read; said once at the heading.
  for (const v of table.valueCols) {
    const heading = grid.text(table.headerRow, v.col);
    const clash = v.rater ? raterWeightClash(heading, v.rater, true) : null;
    if (!clash || !v.rater) continue;
    // 「直接主管评分(100%)」 with no other counting rater's column filled on the sheet: the form's own rule when the others are
    // absent (their weight goes to it) — refused, review.
    const rows = [...table.itemRows.values()].flat();
    const othersFilled = table.valueCols.some((x) => x.rater && x.rater !== v.rater && x.rater.weight > 0 && rows.some((r) => grid.text(r, x.col) !== ''));
    if (clash.said === 100 && !othersFilled) continue;
    const fields = { case: 'column', sheet: grid.name, heading, item: v.rater.label, said: clash.said, max: clash.weight, form: `${form.title} ${form.version}`, refused: true, percent: true, weighs: true } as const;
    problems.push(problem('heading-points', fields, { file, sheet: grid.name, cell: cellAddress(table.headerRow, v.col) }, { severity: 'error', ...(name ? { person: name } : {}) }));
    for (const item of form.parts.flatMap((p) => p.items)) for (const input of item.inputs) withheld.add(entryKey(item.id, input.id, v.rater.id, v.slot));
  }
  // An item printed with other points than the form's (分值 retyped 30 for 20): points typed for it are read on neither.
  for (const c of formPointsClashes(grid, form, table)) {
    const v = c.values[0]!;
    // (A 分值 cell is said with where it is: 「分值 C9」.)
    const heading = c.printed.col === table.itemCol ? grid.text(c.printed.row, c.printed.col) : c.figures || c.percent ? `${grid.text(table.headerRow, c.printed.col)} ${cellAddress(c.printed.row, c.printed.col)}` : grid.text(table.headerRow, c.printed.col);
    const fields = c.part
      ? ({ case: 'value', heading, item: c.part.label, said: c.said, max: c.part.formSays, value: v.text, weighs: true, ...(c.part.percent ? { percent: true as const } : {}) } as const)
      : c.figures || c.percent
        ? ({ case: 'value', heading, item: c.item.label, said: c.said, max: c.formSays ?? c.item.max, value: v.text, weighs: true, ...(c.percent ? { percent: true as const } : {}) } as const)
        : ({ case: 'value', heading, item: c.item.label, said: c.said, max: c.item.max, value: v.text, printed: cellAddress(c.printed.row, c.printed.col) } as const);
    problems.push(problem('heading-points', fields, { file, sheet: grid.name, cell: cellAddress(v.row, v.col) }, { severity: 'error', ...(name ? { person: name } : {}) }));
    for (const x of c.part?.inputs ?? [{ item: c.item, input: c.input }]) withhold(x.item, x.input);
  }
  for (const e of answersInTexts(grid, form, table, entries)) {
    problems.push(problem('unknown-column', { case: 'in-text', item: e.item, heading: e.heading, value: e.value, like: valueHeading }, { file, sheet: grid.name, cell: e.cell }, { severity: 'error', ...(name ? { person: name } : {}) }));
  }
  const unreadFound = unreadRows(form, unread, entries);
  for (const a of added.filter((x) => !unreadFound.some((u) => u.cell === x.cell))) {
    // A part's own row with the team's subtotal (「1. 服务态度(30分)」 28): told to add it as an item, it was counted twice.
    const part = partOfRow(form, a.label);
    const item = asItems.get(a.cell);
    problems.push(problem('unknown-column', { case: 'row-ignored', label: a.label, value: a.value, ...(part ? { part: part.label } : {}), ...(item ? { item: item.label } : {}), ...(a.scoreLine && !part ? { scoreLine: true as const } : {}) }, { file, sheet: grid.name, cell: a.cell }, { severity: part ? 'info' : 'warning', ...(name ? { person: name } : {}) }));
  }
  for (const u of foreignUnits) {
    problems.push(problem('unknown-column', { case: 'row-unread', label: u.label, like: u.like, value: u.value, ...(u.unit ? { unit: u.unit } : {}), ...(u.score ? { score: u.score } : {}), ...(u.incidents ? { incidents: u.incidents } : {}) }, { file, sheet: grid.name, cell: u.cell }, { severity: 'error', ...(name ? { person: name } : {}) }));
  }
  for (const u of unreadFound) {
    problems.push(problem('unknown-column', { case: 'row-unread', label: u.label, like: u.like, value: u.value, ...(u.item ? { item: u.item } : {}) }, { file, sheet: grid.name, cell: u.cell }, { severity: 'error', ...(name ? { person: name } : {}) }));
  }
  const typed = typedSummary(grid, table, file, form);
  const typedItems = typedItemScores(grid, table, file);
  const typedAll = typedItems.size ? { ...typed, items: typedItems } : typed;
  const scoreHeaded = table.headerRow > 1 && table.valueCols.length > 0 && table.valueCols.every((v) => /^(得分|分数|评分|打分|评分结果)$/.test(labelKey(grid.text(table.headerRow - 1, v.col))));
  // Each column of a group of several as headed (「面试官李主管」): who it names, beside that member's own copy.
  const slotHeadings = new Map(table.valueCols.filter((v) => v.rater?.multiple && !v.copy).map((v) => [slotLabelKey(v.rater!.id, v.slot), grid.text(table.headerRow, v.col)] as const));
  return { header: header.values, headerCells: header.cells, entries, at: { file, sheet: grid.name, cell: nameAt }, ...(problems.length ? { problems } : {}), ...(typedAll ? { typed: typedAll } : {}), ...(withheld.size ? { withheld } : {}), ...(scoreHeaded ? { scoreHeaded: true as const } : {}), ...(percentLabelled.size ? { percentLabelled } : {}), ...(besides.length ? { beside: besides } : {}), ...(slotHeadings.size ? { slotHeadings } : {}) };
}

/**
 * A row heading a table of its own under the first (§4's part 2 「项目 | 表现 | 权重 | 直接主管评分 | … | 间接主管评分」): a
 * rater named in one of the table's rater columns, or an item heading left of them. Where a tick group's rows end.
 */
function rowHeadsTable(grid: Grid, form: FormDef, table: FormTable, raterOf: Map<string, { rater: RaterDef; slot: number }>, row: number): boolean {
  if (table.valueCols.some((v) => headingRater(form, raterOf, grid.text(row, v.col)))) return true;
  const itemKeys = new Set(FORM_HEADINGS.item.map(labelKey));
  const first = Math.min(...table.valueCols.map((v) => v.col));
  return range(1, first - 1).some((col) => itemKeys.has(labelKey(grid.text(row, col))));
}

/** 「(得分:9分)」, 「(得分:____分)」 in one cell. */
const PAPER_SCORE = /^[(]?得分:(.*?)(分[)]?|[)])?$/;

/**
 * The seed's line under each criterion (§26: 「(得分:____分)」) filled in: undefined for any other line; else its figure,
 * typed in the line's own text (「(得分:9分)」) or in the cell between 「(得分:」 and 「分)」 — none where it was left blank.
 */
function paperScoreLine(grid: Grid, row: number, col: number): { figure?: { raw: RawValue; cell: string } } | undefined {
  const m = PAPER_SCORE.exec(grid.text(row, col).normalize('NFKC').replace(/\s+/g, ''));
  if (!m) return undefined;
  const after = range(col + 1, Math.min(grid.columnCount, col + 4)).filter((c) => grid.value(row, c).kind !== 'empty');
  const inner = m[1]!.replace(/_+/g, '');
  if (m[2] || inner) {
    // Closed in its own cell: the figure is in it — or, left 「____」, typed in the column to fill and read there.
    if (!inner) return {};
    // (A figure only: 「得分:按各项平均计算」 under a criterion is a note, not its answer.)
    if (!/^\d+(\.\d+)?$/.test(inner)) return undefined;
    return { figure: { raw: { kind: 'number', value: Number(inner) }, cell: cellAddress(row, col) } };
  }
  // 「(得分:」 | 9 | 「分)」, or 「(得分:」 | | 「分)」 left blank.
  const closes = (c: number) => /^分?[)]?$/.test(grid.text(row, c).normalize('NFKC').replace(/\s+/g, '')) && grid.text(row, c).trim() !== '';
  const [first, second] = after;
  if (first === undefined) return {};
  if (closes(first)) return after.length === 1 ? {} : undefined;
  if (after.length > 2 || (second !== undefined && !closes(second))) return undefined;
  return { figure: { raw: grid.value(row, first), cell: cellAddress(row, first) } };
}

/**
 * Items whose name is struck through whole, their rows not read. Crossed out may mean 「not assessed this month」 or 「not
 * this row」: with another row of the item read, the struck one is that row's old copy (a note). Alone, the item is an
 * error at its name, not scored from its cells (the person not scored) — unless every input of it may be left empty and
 * its cells are: then read as empty, as a deleted row of such an item is (a warning). Figures in them (工作状况 3) would
 * be dropped unseen: an error as well.
 */
function struckItemProblems(
  form: FormDef,
  table: FormTable,
  struck: ReadonlyArray<{ item: ItemDef; label: string; cell: string; rows: number[]; filled?: true }>,
  entries: Map<string, RawEntry>,
  withhold: (item: ItemDef, input: InputDef) => void,
  where: Location,
  name: string | undefined,
): Problem[] {
  return struck.map((s) => {
    // (Struck rows are not among the item's rows.)
    const other = table.itemRows.get(s.item.id)?.[0];
    const optional = !s.filled && s.item.inputs.every((i) => i.optional);
    if (other === undefined) {
      const groups = raterGroups(form, s.item);
      for (const input of s.item.inputs) {
        if (!optional) withhold(s.item, input);
        // (Each entry kept, empty, at the struck row: nothing else says it is missing — 「没有这些行」 at the person's name.)
        for (const v of table.valueCols) entries.set(entryKey(s.item.id, input.id, groups === null ? '' : v.rater?.id ?? '', v.slot), { raw: { kind: 'empty' }, at: { ...where, cell: cellAddress(s.rows[0] ?? parseRef(s.cell)![0], v.col) } });
      }
    }
    const fields = other !== undefined ? { item: s.item.label, struck: s.label, kept: cellAddress(other, table.itemCol) } : { item: s.item.label, struck: s.label, ...(optional ? { optional: true as const } : {}) };
    const severity = other !== undefined ? 'info' : optional ? 'warning' : 'error';
    return problem('struck-item', fields, { ...where, cell: s.cell }, { severity, item: s.item.label, ...(name ? { person: name } : {}) });
  });
}

/**
 * A figure typed in 得分 beside a blank input; off: taken off the item's points (「扣0.5分」, -0.5), `typed` then its size.
 * answer: text the input reads as its own answer (「2」 for 2 不达标项数).
 */
type HandFigure = { item: ItemDef; input: InputDef; heading: string; value: string; typed: number; off: boolean; cell: string; answer?: true };

/** The figure a 得分 cell holds, a number or one typed as text (「1.5」, 「1.5分」, 「扣0.5分」, 「-0.5」); null for anything else. */
function typedPoints(raw: RawValue): { typed: number; off: boolean } | null {
  if (raw.kind === 'number') return { typed: Math.abs(raw.value), off: raw.value < 0 };
  if (raw.kind !== 'text') return null;
  const t = halfWidth(raw.value).replace(/\s+/g, '');
  const said = /^(扣除|扣|减)/.exec(t)?.[0] ?? '';
  const n = parseNumberText(t.slice(said.length), '分');
  if (!n || n.percent || !Number.isFinite(n.value) || (said && n.value < 0)) return null;
  return { typed: Math.abs(n.value), off: said !== '' || n.value < 0 };
}

/**
 * The figures typed in 得分 beside an input left empty, other than what the item scores with its other inputs as typed
 * (or all blank): the item's points, not a count — refused as a misplaced answer, the item not scored from the blank
 * either. A 0 in another input does not make the blank one 0: 协调相关部门处理投诉's 3 in G39, 不能较好协调 blank and
 * 造成服务投诉 0, was a warning only, 5 scored for the 3 meant (张三 90.00 优秀 for 85.56 良好 at exit 0).
 */
function handPoints(found: readonly HandFigure[], entries: ReadonlyMap<string, RawEntry>, withhold: (item: ItemDef, input: InputDef) => void): Array<{ heading: string; value: string; cell: string; whole?: WholeItem }> {
  const out: Array<{ heading: string; value: string; cell: string; whole?: WholeItem }> = [];
  for (const f of found) {
    const slots = [...typedBySlot(f.item, entries).values()].map((cells) => ({ cells, figure: figureOf(f, cells) }));
    // (A required count a checklist judges — §20's 不规范处数 — has no blank score: its 1 or 0 in 得分 is the item's point,
    // never its count; said as §18's ticks' figures are.)
    const counted = !f.input.optional && countedText(f.item, f.input) && slots.every(({ cells }) => cells.size === 0);
    if (!counted && slots.some(({ cells, figure }) => { const s = blankScore(f.item, cells); return s === null || round2(s) === round2(figure.points); })) {
      // Text that reads as the count itself (「2」 beside 仪容仪表's blank, its 2 points or 2 lapses) stays refused as a
      // misplaced answer, as before: agreeing with the points does not tell which it is.
      if (f.answer) out.push({ heading: f.heading, value: f.value, cell: f.cell });
      continue;
    }
    // Some of the item's inputs typed: refused only where filling the blank ones gives the figure (§25 协调 3 = 5 − 2 × 1
    // beside 扩大影响 0) — review: a rate left blank beside its counts (§28 满意度 by 46/47), a list's boxes (§27 83.3 for
    // 5/6, §18 13.3), a figure no count reaches (§8 M3 12 = 15 − 2 − 0.5 × 2) were refused, base's warning lost.
    if (slots.some(({ cells }) => cells.size > 0) && !slots.some(({ cells, figure }) => cells.size > 0 && blanksReach(f.item, cells, figure))) continue;
    withhold(f.item, f.input);
    const unit = unitsOf(f.input.unit).find((u) => u !== '分') ?? '';
    // (§20's count of irregularities: its count, or 达标 / 不达标, is what 填写 takes.)
    if (counted) {
      out.push({ heading: f.heading, value: f.value, cell: f.cell, whole: { item: f.item.label, inputs: [f.input.label], unit: unitsOf(f.input.unit)[0] ?? '', counted: true } });
      continue;
    }
    const ticks = f.item.rule.kind === 'checklist' ? { ticks: true as const } : {};
    const off = f.off ? { off: true as const } : {};
    out.push({ heading: f.heading, value: f.value, cell: f.cell, whole: { item: f.item.label, inputs: f.item.inputs.filter((i) => i.type !== 'text').map((i) => i.label), unit, ...ticks, ...off } });
  }
  return out;
}

/** A text input a checklist judges by its count (failAt: §20's 不规范处数), not a remark. */
function countedText(item: ItemDef, input: InputDef): boolean {
  return item.rule.kind === 'checklist' && item.rule.inputs.some((b) => typeof b !== 'string' && b.input === input.id && b.failAt !== undefined);
}

/** The points a hand figure says beside one rater's cells: 「扣5分」 taken from the rule's base for them (M4's 基础分 8 → 3). */
function figureOf(f: HandFigure, cells: ReadonlyMap<string, RawEntry>): Figure {
  const places = Math.min(2, decimalsOf(f.typed));
  return { points: f.off ? deductedFrom(f.item, cells) - f.typed : f.typed, places };
}

/** The item's inputs typed, by input id, for each rater's slot holding any (one slot of none when all are blank). */
function typedBySlot(item: ItemDef, entries: ReadonlyMap<string, RawEntry>): Map<string, Map<string, RawEntry>> {
  const out = new Map<string, Map<string, RawEntry>>();
  for (const [key, e] of entries) {
    const [itemId, inputId, rater, slot] = key.split('\u0000');
    if (itemId !== item.id || isEmptyRaw(e.raw)) continue;
    const cells = out.get(`${rater}\u0000${slot}`) ?? new Map<string, RawEntry>();
    out.set(`${rater}\u0000${slot}`, cells.set(inputId!, e));
  }
  if (!out.size) out.set('', new Map());
  return out;
}

/** The part a row's label names (「1. 服务态度(30分)」, numbered or not), if any. */
function partOfRow(form: FormDef, label: string): PartDef | undefined {
  const key = labelKey(withoutTrailingNote(withoutNumbering(label)) || label);
  return form.parts.find((p) => labelKey(withoutTrailingNote(p.label) || p.label) === key);
}

/**
 * A part of one item whose item has no row of its own, a number within the item's points on the part's row: that
 * number is the item's. §16's 「4. 文件处理(10分) | 10」 (no 「资料整理和文件记录的准确性」 row under it) was both a subtotal
 * 「不必改动」 and 「表中没有」 that item, 周敏 unscored for 81 良好. Entered as the item's answer (said in a note); the cells
 * taken, each with its item.
 */
function partRowsAsItems(form: FormDef, table: FormTable, added: ReadonlyArray<{ label: string; cell: string; raw?: RawValue }>, entries: Map<string, RawEntry>, where: Location): Map<string, ItemDef> {
  const taken = new Map<string, ItemDef>();
  const columns = table.valueCols.filter((v) => !v.copy);
  if (columns.length !== 1) return taken;
  for (const a of added) {
    const part = partOfRow(form, a.label);
    const item = part?.items.length === 1 ? part.items[0]! : undefined;
    const input = item?.inputs.length === 1 ? item.inputs[0]! : undefined;
    if (!item || !input || table.itemRows.has(item.id) || a.raw?.kind !== 'number') continue;
    if (a.raw.value < (input.min ?? 0) || a.raw.value > (input.max ?? item.max) || !parseRaw(input, a.raw).ok) continue;
    const v = columns[0]!;
    const key = entryKey(item.id, input.id, raterGroups(form, item) === null ? '' : v.rater?.id ?? '', v.slot);
    if (entries.has(key)) continue;
    entries.set(key, { raw: a.raw, at: { ...where, cell: a.cell } });
    const row = parseRef(a.cell)?.[0];
    if (row !== undefined) {
      table.itemRows.set(item.id, [row]);
      (table.rowInputs ??= new Map()).set(row, input);
    }
    taken.set(a.cell, item);
  }
  return taken;
}

/** The columns of an item's own texts, left of the values (考核内容, 评分标准, 填写项): where a team retypes how to fill it. */
function rowTextColumns(table: FormTable): number[] {
  const firstValue = Math.min(...table.valueCols.map((v) => v.col));
  const out: number[] = [];
  for (let col = table.itemCol + 1; col < firstValue; col++) out.push(col);
  return out;
}

/** A choice's answer typed as a grade's one character (「优」 for 优秀): what was typed and the option it reads as. */
function shortAnswer(raw: RawValue, input: InputDef): { typed: string; label: string } | undefined {
  if (input.type !== 'choice' || raw.kind !== 'text') return undefined;
  const typed = cleanText(raw.value);
  const option = shortChoice(input.choices ?? [], typed);
  return option ? { typed, label: option.label } : undefined;
}

/** Each short form typed once, with its option, in the order first met. */
function shortPairs(shorts: ReadonlyArray<{ typed: string; label: string }>): Array<{ typed: string; label: string }> {
  const seen = new Map<string, string>();
  for (const s of shorts) if (!seen.has(s.typed)) seen.set(s.typed, s.label);
  return [...seen].map(([typed, label]) => ({ typed, label }));
}

/**
 * The legend numbering a choice's answers in the cell at (`row`, `col`): in the row's own texts (评分标准 retyped 「1=优秀,
 * 2=良好,3=一般,4=不符合要求」), the heading of its column (「填写(1优秀 2良好 3一般 4不符合要求)」), a title or note above
 * the table, or a note under it — as a roster's are read. Unread, §29's 1 = 优秀 was 不符合要求: 张三 50.00 一般 for 75.00
 * 良好 at exit 0.
 */
function legendFor(grid: Grid, table: FormTable, row: number, col: number, input: InputDef): Map<number, string> | undefined {
  if (input.type !== 'choice') return undefined;
  for (const c of rowTextColumns(table)) {
    const legend = codesIn(grid.text(row, c), input);
    if (legend) return legend;
  }
  return legendOf(grid.text(table.headerRow, col), input) ?? legendAbove(grid, table.headerRow, input) ?? legendBelow(grid, table.headerRow, input);
}

/**
 * The rows of marks whose scale the sheet states other than the form's: in the row's own texts (「按5分制打分(0–5分)」 in
 * 评分标准), the heading of the column to fill (「填写(5分制)」), a title or note above the table, or a note under the
 * items (up to `lastRow`). Read as marks of 10, §26's marks of 5 were 40.00 待改进 for 80.00 良好 at exit 0, where a roster
 * under such a note is refused. The row's own text says first: 「按表现打 0–2 分」 over §25's item of 2 is its scale.
 */
function scaledRows(grid: Grid, form: FormDef, table: FormTable, lastRow: number): Array<{ item: ItemDef; input: InputDef; col: number; said: string; cell: string }> {
  const out: Array<{ item: ItemDef; input: InputDef; col: number; said: string; cell: string }> = [];
  const byId = new Map(items(form).map((i) => [i.id, i]));
  const itemOfRow = new Map<number, ItemDef>();
  for (const [id, rows] of table.itemRows) for (const r of rows) if (byId.has(id)) itemOfRow.set(r, byId.get(id)!);
  let above: ReturnType<typeof scaleLine> | null = null;
  let below: ReturnType<typeof scaleLine> | null = null;
  for (const [row, input] of table.rowInputs ?? []) {
    const item = itemOfRow.get(row);
    if (!item) continue;
    for (const v of table.valueCols.filter((x) => !x.copy)) {
      const hit = scaleOver(grid, table, row, v.col, input, () => (above === null ? (above = scaleLine(grid, table.headerRow)) : above), () => (below === null ? (below = scaleLineBelow(grid, table.lastRow + 1, lastRow)) : below), (said) => lineIsAbout(form, item, said));
      if (hit) {
        out.push({ item, input, col: v.col, ...hit });
        break;
      }
    }
  }
  return out;
}

/** The scale stated for the marks in (`row`, `col`) when it is not `input`'s own; undefined when none, or its own. */
function scaleOver(grid: Grid, table: FormTable, row: number, col: number, input: InputDef, above: () => ReturnType<typeof scaleLine>, below: () => ReturnType<typeof scaleLine>, about: (said: string) => boolean): { said: string; cell: string } | undefined {
  if (markedInPoints(input)) {
    for (const c of rowTextColumns(table)) {
      const said = grid.text(row, c);
      const n = said.includes('分') ? scaleNamed(said) : undefined;
      if (n !== undefined && n !== 100) return foreignScale(n, input, false) ? { said, cell: cellAddress(row, c) } : undefined;
    }
  }
  const heading = grid.text(table.headerRow, col);
  const own = scaleOfOwnNote(heading);
  if (own !== undefined) return foreignScale(own, input, true) ? { said: heading, cell: cellAddress(table.headerRow, col) } : undefined;
  if (!markedInPoints(input)) return undefined;
  const line = above() ?? below();
  return line && about(line.said) && foreignScale(line.n, input, false) ? { said: line.said, cell: line.cell } : undefined;
}

/**
 * A title or note line's scale is every item's only when it names none of them, or this one (「注:服务质量评分采用5分制」
 * is 服务质量评分's own — 客户反馈调查 of 0–100 was refused beside it), and not when it says the marks are converted
 * (「5分制,折算成百分制后填写」: the figures typed are of 100).
 */
function lineIsAbout(form: FormDef, item: ItemDef, said: string): boolean {
  const text = said.normalize('NFKC');
  if (/百分制|折算|换算/.test(text)) return false;
  const names = (i: ItemDef) => [i.label, ...(i.aliases ?? [])].filter((n) => n.length >= 2);
  const named = items(form).filter((i) => names(i).some((n) => text.includes(n)));
  return named.length === 0 || named.includes(item);
}

/** The ids of the items with a cell filled. */
function filledItems(entries: Map<string, RawEntry>): Set<string> {
  return new Set([...entries].filter(([, e]) => e.raw.kind !== 'empty').map(([k]) => k.slice(0, k.indexOf('\u0000'))));
}

/**
 * An item's score the team typed in the 得分 column beside its filled 填写 (§18: 业务能力 填写 25, 得分 30): compared with
 * kpi's, whose score the graded copy writes there. A 得分 with the 填写 empty is a misplaced answer, said while reading.
 */
function typedItemScores(grid: Grid, table: FormTable, file: string | undefined): Map<string, RawEntry> {
  const out = new Map<string, RawEntry>();
  if (table.scoreCol === null) return out;
  // Items left empty too: a figure in 得分 beside an empty count (3 beside 违反次数) is compared with kpi's (40) and
  // said where it differs; a team's formula there (10 for no lateness) agrees.
  // A 填写 cell merged across 得分 (a long choice text, F7:G7) shows its answer there: the answer, not a score typed.
  const fromLeft = (r: number) => {
    const from = grid.mergedInto?.(r, table.scoreCol!);
    const at = from ? parseRef(from) : null;
    return at !== null && at[1] < table.scoreCol!;
  };
  for (const [item, rows] of table.itemRows) {
    const row = rows.find((r) => grid.value(r, table.scoreCol!).kind !== 'empty' && !fromLeft(r));
    if (row === undefined) continue;
    // The seed's 结果 beside its raters' columns (自评 | 上级), holding a rater's answer again (「4级」 under 上级 and 结果): the result is that
    // answer, not a score typed to compare (six warnings a person, 「4级」 against 40).
    const text = grid.text(row, table.scoreCol).trim();
    if (text && table.valueCols.length > 1 && table.valueCols.some((v) => grid.text(row, v.col).trim() === text)) continue;
    out.set(item, { raw: grid.value(row, table.scoreCol), at: { file, sheet: grid.name, cell: cellAddress(row, table.scoreCol) } });
  }
  return out;
}

/** The team's own 总分 and 等级 typed in the form's 得分 column, on the lines under the items (compared with kpi's). */
function typedSummary(grid: Grid, table: FormTable, file: string | undefined, form: FormDef): PersonEntries['typed'] {
  // A team's own sheet whose 得分 is the column filled (序号 | 考核项目 | 分值 | 评分标准 | 得分): its 总分 line there too (95
  // typed beside kpi's 92 went unsaid).
  const scoreCol = table.scoreCol ?? (table.valueCols.length === 1 && !table.valueCols[0]!.rater ? table.valueCols[0]!.col : null);
  // Raters' columns (§9 自评 | 主管评 | 同事评 | 客户评): a grade line's in the column of the rater that weighs most — 良好
  // under 主管评 on 绩效总结 is the sheet's grade. A 总分 there is that rater's own sum, not kpi's weighted one: not read.
  const raterCols = scoreCol === null ? table.valueCols.filter((v) => v.rater && v.rater.weight > 0).sort((a, b) => b.rater!.weight - a.rater!.weight).map((v) => v.col) : [];
  if (scoreCol === null && !raterCols.length) return undefined;
  const bands = new Set(mainGrading(form).scale.bands.map((b) => matchKey(b.label)));
  let typed: PersonEntries['typed'];
  for (let row = table.lastRow + 1; row <= Math.min(grid.rowCount, table.lastRow + 10); row++) {
    // (Or written left of the items, in the parts' column: §16's 「总分 | | 88」.)
    const key = labelKey(grid.text(row, table.itemCol) || textBeside(grid, row, table));
    const result = TYPED_RESULT.test(key);
    const named = TYPED_TOTAL.test(key) ? 'total' : TYPED_BAND.test(key) ? 'band' : null;
    if (!named && !result) continue;
    let col = scoreCol ?? raterCols.find((c) => grid.value(row, c).kind !== 'empty');
    if (col === undefined || (scoreCol === null && named === 'total')) continue;
    // In the 得分 column, else the first filled cell right of the word (§16's 「总分 | 95」 typed beside it, in B) — not on a
    // sheet whose 得分 is the column filled: the cells between are its 分值 and 评分标准 (「总分 | 100」, the item maxima).
    if (table.scoreCol !== null) for (let c = table.itemCol + 1; c < col && grid.value(row, col).kind === 'empty'; c++) if (grid.value(row, c).kind !== 'empty') col = c;
    const raw = grid.value(row, col);
    // A result line holds a grade of the form's scale or a figure; other words there (「表现稳定,继续保持」) are a comment.
    const what = named ?? (raw.kind === 'number' && scoreCol !== null ? 'total' : raw.kind === 'text' && bands.has(matchKey(raw.value)) ? 'band' : null);
    if (!what || typed?.[what] || raw.kind === 'empty') continue;
    (typed ??= {})[what] = { raw, at: { file, sheet: grid.name, cell: cellAddress(row, col) } };
    if (result && what === 'band') typed.bandField = grid.text(row, table.itemCol) || textBeside(grid, row, table);
  }
  return typed;
}

/** A count of findings each taking points off the item (§2's 不符合项数, 1 point each): what a line of the item counts. */
function countedPerFinding(item: ItemDef, input: InputDef): boolean {
  return input.type === 'integer' && item.rule.kind === 'deduction' && item.rule.penalties.some((p) => p.input === input.id);
}

/**
 * Whether `row` is another line of the item named at `first`: the item's cell merged down over both (its name shown once,
 * 项目 merged A4:A5), and `row` with a line of its own left of the column to fill (a 内容 text not merged from above, other
 * than the first row's). A row inserted under an item (its name typed again, or no merge), or one whose only text is the
 * merged name and 分值, is no line: as before, two counts there are the item's row twice.
 */
function linesOfOneItem(grid: Grid, table: FormTable, first: number, row: number, valueCol: number): boolean {
  const master = grid.mergedInto?.(row, table.itemCol);
  const from = master === undefined ? null : parseRef(master);
  if (!from || from[1] !== table.itemCol || from[0] > first || first >= row) return false;
  if (first !== from[0] && grid.mergedInto?.(first, table.itemCol) !== master) return false;
  for (let col = table.itemCol + 1; col < valueCol; col++) {
    if (col === table.scoreCol || col === table.explanationCol || grid.mergedInto?.(row, col) !== undefined) continue;
    const text = grid.text(row, col).trim();
    if (text && /[^\d\s.,]/.test(text) && text !== grid.text(first, col).trim()) return true;
  }
  return false;
}

/**
 * What one row would hold if both rows of an entry count: a list's deductions joined (每次扣分 3 and 2 → 「3,2」), counts
 * or a signed adjustment added (奖惩 2 and −3 → −1), an adjustment's reasons joined. Deleting one as told left 张三's
 * second incident out, 17 for 20 − 5 = 15. Said only: which the rows are (a copy or two) is the team's to say.
 */
function bothRows(item: ItemDef, input: InputDef, a: string, b: string, rawA: RawValue, rawB: RawValue): ParamsOf<'duplicate-entry'>['both'] {
  const rule = item.rule;
  if (input.type === 'list') return { kind: 'list', value: `${a},${b}` };
  if (rule.kind === 'adjustment' && rule.reason === input.id) return { kind: 'reasons', value: `${a};${b}` };
  const signed = rule.kind === 'adjustment' && rule.input === input.id;
  // (The signed points read as the reader reads them — 「-1分」, 「－１」, 「1分」: Number() took none, and 「-1分」 | 「-1分」
  // was told only to delete a row, 76 for 77 − 1 − 1 = 75, review 63.)
  const [x, y] = signed ? [pointsRead(input, rawA) ?? NaN, pointsRead(input, rawB) ?? NaN] : [Number(a), Number(b)];
  if (!(signed || (input.type === 'integer' && input.unit === '次')) || !a || !b || !Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  return { kind: 'sum', value: String(+(x + y).toFixed(6)), ...(signed ? { signed: true as const } : {}) };
}

/**
 * The unread rows that matter, each with what it looks like: a filled row under a known item whose 填写项 is none of its
 * inputs (「愿意帮助新同事」 for 愿意协助新同事) always — its value belongs to that item; a filled row whose item is unknown
 * only when it nearly names an item none of whose rows was found (a 合计 or 备注 row is not an item).
 */
function unreadRows(form: FormDef, unread: ReadonlyArray<{ label: string; item: ItemDef | null; sub?: string; value: string; cell: string; raw?: RawValue }>, entries: Map<string, RawEntry>) {
  const read = new Set([...entries.entries()].filter(([, e]) => e.raw.kind !== 'empty').map(([k]) => k.split('\u0000').slice(0, 2).join('\u0000')));
  const out: Array<{ label: string; like: string; item?: string; value: string; cell: string }> = [];
  const unanswered = items(form).filter((i) => ![...read].some((k) => k.startsWith(`${i.id}\u0000`)));
  for (const u of unread) {
    const key = labelKey(u.label);
    const candidates = u.item
      ? // (The row's 填写项 cell is to hold the input's own label: advised 「服务质量检查·建立业主档案…」, renamed so it was the
        // same error — the item's name goes in 项目, not here.)
        u.item.inputs.filter((i) => !read.has(`${u.item!.id}\u0000${i.id}`)).map((i) => ({ heading: i.label, names: [i.label, ...(i.aliases ?? [])] }))
      : unanswered.map((i) => ({ heading: i.label, names: [i.label, ...(i.aliases ?? [])] }));
    let best: { heading: string; score: number } | null = null;
    for (const c of candidates) {
      const score = Math.max(...c.names.map((n) => dice(key, labelKey(n))));
      if (!best || score > best.score) best = { heading: c.heading, score };
    }
    if (u.item) out.push({ label: u.label, like: best && best.score >= 0.5 ? best.heading : '', item: u.item.label, value: u.value, cell: u.cell });
    else if (best && best.score >= 0.6) out.push({ label: u.label, like: best.heading, value: u.value, cell: u.cell });
    else {
      const retyped = retypedItem(unanswered, u, u.raw);
      if (retyped) out.push({ label: u.label, like: retyped.label, value: u.value, cell: u.cell });
    }
  }
  return out;
}

/**
 * The item left unanswered whose name was retyped (「表格管理」 → 「表格差错」, 「工作纪律」 → 「劳动纪律」, 「其它」 → 「奖惩」):
 * scored as blank — 20 of 20 for 「3,2」 deducted, exit 0 — where the roster's column so renamed is not read. The row's
 * 填写项 still naming one of the item's inputs (迟到或早退(次)), or its name sharing two characters with the item's or
 * an input's name, and the value one that input takes — a count, a list of deductions, points within bounds — as the
 * roster's rule for a column close to a missing one's (missingColumns). One such item, or none: two are not guessed.
 */
function retypedItem(unanswered: readonly ItemDef[], u: { label: string; sub?: string }, raw: RawValue | undefined): ItemDef | null {
  if (!raw) return null;
  const key = labelKey(withoutTrailingNote(u.label));
  // And small: a count of lapses at most the item's points (工作时长 176, 回访单数 320, 工作日志 22 beside an unanswered
  // 工作纪律 of 10 are figures of the team's own, as the roster's rule has it).
  const takes = (i: InputDef, item: ItemDef) => {
    const bounded = i.type === 'number' && i.min !== undefined && i.max !== undefined;
    if (i.type !== 'integer' && i.type !== 'list' && !bounded) return false;
    const parsed = parseRaw(i, raw);
    if (!parsed.ok || parsed.empty) return false;
    return i.type !== 'integer' || i.max !== undefined || (typeof parsed.value === 'number' && parsed.value <= item.max);
  };
  const named = unanswered.filter((item) => u.sub && item.inputs.some((i) => namesInput(i, u.sub!) && takes(i, item)));
  if (named.length === 1) return named[0]!;
  if (named.length > 1) return null;
  const close = unanswered.filter((item) =>
    item.inputs.some((i) => takes(i, item) && [item.label, ...(item.aliases ?? []), i.label, ...(i.aliases ?? [])].some((n) => sharedChars(key, labelKey(n)) >= 2)),
  );
  return close.length === 1 ? close[0]! : null;
}

/**
 * A column headed for a rater the form does not know (「间接领导」 for 间接主管) while one of its raters has no column:
 * its answers would be dropped and that rater's weight given to the others. Said at its first filled cell; the
 * person is not scored.
 */
function unreadRaterColumns(grid: Grid, form: FormDef, table: FormTable, file: string | undefined, name: string | undefined): Problem[] {
  // Raters with no column, or a group of several with fewer columns than it has (面试官丙 beside 面试官1, 面试官2).
  const absent = (form.raters ?? []).filter((r) => {
    const columns = table.valueCols.filter((v) => v.rater === r && !v.copy).length;
    return r.weight > 0 && (columns === 0 || (r.multiple === true && columns < (r.slots ?? 1)));
  });
  if (!table.raterLike?.length) return [];
  // A rater of weight 0 (自评) without a column: its heading cleared, its answers went unread without a word.
  const reference = (form.raters ?? []).filter((r) => r.weight === 0 && !table.valueCols.some((v) => v.rater === r));
  const out: Problem[] = [];
  // A rating, not a remark, under a heading such as 「顾客评价」: an answer the row's input takes.
  const rating = (r: number, col: number) => {
    const input = table.rowInputs?.get(r);
    if (!input || input.type === 'text') return false;
    const parsed = parseRaw(input, grid.value(r, col));
    return parsed.ok && !parsed.empty;
  };
  // With every rater's column there, a column among them still holding ratings (a 「王五」 beside 面试官1–3) was
  // dropped without a word: it is an error too, when what it holds is what the items take.
  const raters = absent.length ? absent : (form.raters ?? []).filter((r) => r.weight > 0);
  const selfRated = (form.raters ?? []).some((r) => saysSelf(r.label));
  /** Columns of the team's own set aside (「上级(上月)」 beside 上级): listed, as a roster's are. */
  const set: Array<{ heading: string; cell: string }> = [];
  for (const u of table.raterLike) {
    // A 自评 column on a form without one is the team's own self-rating, not read (said as another score beside the
    // rater's): never an absent rater renamed — 「改为「客户」」 made the self-rating count as the customers' 30 %.
    if (!selfRated && u.text && saysSelf(u.text)) continue;
    // The item's total after the raters' columns (综合得分, 小计, 加权得分 …) is the team's, as 「得分」 is: its cached 98
    // (a re-saved formula) was 「像是「同事评2」」 and the person not scored, 84.40 良好 refused at exit 1.
    if (u.text && teamTotal(u.text)) continue;
    // A rater's heading with a note beside the plain one (「上级(上月)」, 「上级(初评)」 beside 上级), or an earlier period's
    // alone (「上月」, 「2月」): another figure of the team's, listed as not read — never that rater renamed (README).
    const plain = u.text ? withoutTrailingNote(u.text) : '';
    const noted = plain && plain !== u.text ? findRater(form, plain) : undefined;
    if ((noted && table.valueCols.some((v) => v.rater === noted && !v.copy)) || (u.text && (periodWord(u.text) || MONTH_ALONE.test(u.text.normalize('NFKC').replace(/\s+/g, ''))))) {
      set.push({ heading: u.text, cell: cellAddress(table.headerRow, u.col) });
      continue;
    }
    if (!absent.length && !u.inBlock) {
      const row = u.text ? undefined : [...table.itemRows.values()].flat().sort((a, b) => a - b).find((r) => rating(r, u.col));
      if (row !== undefined && reference.length) {
        const value = rawText(grid.value(row, u.col)).trim();
        out.push(problem('unknown-column', { case: 'value-unread', heading: '(没有表头)', like: reference[0]!.label, value, reference: true }, { file, sheet: grid.name, cell: cellAddress(row, u.col) }, { severity: 'warning', ...(name ? { person: name } : {}) }));
      }
      continue;
    }
    // A rater's answer is short (良好, 8, 92%): a column of sentences is the form's text, not a rater's. Under a remark's
    // heading (「顾客评价」), or a name among full raters' columns, only an answer the item takes is a rating.
    const strict = u.remarks || !absent.length;
    const row = [...table.itemRows.values()].flat().sort((a, b) => a - b).find((r) => grid.value(r, u.col).kind !== 'empty' && rawText(grid.value(r, u.col)).trim().length <= 12 && (!strict || rating(r, u.col)));
    if (row === undefined || !raters.length) continue;
    const closest = raters.map((r) => ({ r, s: dice(labelKey(u.text), labelKey(r.label)) })).sort((a, b) => b.s - a.s)[0]!.r;
    // A group's slot by its number (「面试官1」), as the template heads it: 「面试官」 alone would be read as its first.
    const freeSlot = closest.multiple ? [...Array(closest.slots ?? 1).keys()].map((k) => k + 1).find((k) => !table.valueCols.some((v) => v.rater === closest && v.slot === k)) : undefined;
    const like = freeSlot !== undefined ? `${closest.label}${freeSlot}` : closest.label;
    const value = rawText(grid.value(row, u.col)).trim();
    out.push(problem('unknown-column', { case: 'value-unread', heading: u.text || '(没有表头)', like, value }, { file, sheet: grid.name, cell: cellAddress(row, u.col) }, { severity: 'error', ...(name ? { person: name } : {}) }));
  }
  if (set.length) out.push(problem('unknown-column', { case: 'ignored', sheet: grid.name, columns: set }, { file, sheet: grid.name }, name ? { person: name } : {}));
  return out;
}

/** Words a line under the items ends with when it is the form's own (综合评价, 直接主管定级, 上级签字, 考核日期). */
const END_WORD = /(评价|评定|定级|评级|等级|级别|结论|签字|签名|意见|评语|总评|日期|确认|审核|审批|批准|核准|复核|签收)$/;

/** The first text in a column left of the item's name (a 维度, a part, 合计 or the form's own line), '' for none. */
function textBeside(grid: Grid, row: number, table: FormTable): string {
  const firstValue = Math.min(...table.valueCols.map((v) => v.col));
  for (let col = 1; col < Math.min(firstValue, table.itemCol); col++) {
    if (col === table.inputCol) continue;
    const text = grid.text(row, col).trim();
    // A 序号 (1, 1.1, 2.3, 一、, (二)) numbers the lines: no line's name (sub-lines numbered 2.1 … were cut from their item).
    if (text && !/^[\s\d.、,,::)(()\-一二三四五六七八九十]+$/.test(text.normalize('NFKC'))) return text;
  }
  return '';
}

/** The form's own line named left of the items or in their column: a field's name (考核人签字:), or a word such lines end with. */
function formsOwnLine(text: string, fieldNames: ReadonlySet<string>): boolean {
  return END_WORD.test(text.normalize('NFKC').replace(/[\s:]+/g, '')) || fieldNames.has(labelKey(withoutTrailingNote(text.replace(/[::].*$/, ''))));
}

/**
 * A part's subtotal line (「能力小计」, 「小计」, 「能力合计」) in the item's column or left of it. Left of it, with 指标
 * blank, 「能力小计 | | 20 | =SUM(D4:D8) | =SUM(E4:E8)」 was read as 掌握公司业务's second row: six 「有两行」 errors, 张三
 * unscored for 82.50. In the item column it was an item to add to the definition — counted twice if followed.
 * (A bare 合计 is the table's total, which ends it.)
 */
function subtotalLabel(text: string, partNamed: (text: string) => PartDef | undefined): boolean {
  const t = withoutNumbering(text.normalize('NFKC').replace(/\s+/g, '')).replace(/[::]$/, '');
  if (/小计$/.test(t)) return true;
  const m = /^(.+?)合计$/.exec(t);
  return !!m && !!partNamed(m[1]!);
}

/**
 * The subtotal line's figures are the team's sum: each a formula (LibreOffice keeps 15.5 with it), or equal to the sum of
 * the column since the last subtotal (2 + 6 + 1.5 + 4 + 2 = 15.5), or blank.
 */
function subtotalFigures(grid: Grid, table: FormTable, row: number, since: number): boolean {
  return table.valueCols.every((v) => {
    const raw = grid.value(row, v.col);
    if (raw.kind === 'empty' || raw.kind === 'formula-without-result' || grid.formula?.(row, v.col)) return true;
    const figure = figureIn(raw);
    if (figure === null) return false;
    let sum = 0;
    for (let r = since + 1; r < row; r++) sum += figureIn(grid.value(r, v.col)) ?? 0;
    return Math.abs(sum - figure) < 1e-9;
  });
}

/** A total or grade line whose word stands in a column left of the values other than the item column's. */
function totalBeside(grid: Grid, row: number, table: FormTable): boolean {
  const firstValue = Math.min(...table.valueCols.map((v) => v.col));
  for (let col = 1; col < firstValue; col++) {
    if (col === table.itemCol || col === table.inputCol) continue;
    const text = grid.text(row, col);
    if (text && (TOTAL.test(text) || TABLE_END.test(text.normalize('NFKC').replace(/\s+/g, '')))) return true;
  }
  return false;
}

/**
 * A column of other scores beside the one read (「主管评分」 with 6 where 填写 says 9): which is meant is the team's to
 * say, and the form's own column is the one read. Said once, at its first answer that differs from the read one.
 */
/**
 * A second column to fill beside 填写 (「填写(上月) | 填写(本月)」, 「2月 | 3月」 over two 填写, 「填写 | 3月」): last month's
 * figures kept beside this month's. The left one was read (100 优秀 from February's for 79 一般, at exit 0). One noted as
 * another period (上月) gives way to the other; otherwise each is compared, and an answer that differs is an error there.
 */
function secondFill(grid: Grid, table: FormTable, itemCol: number, lastCol: number, month: string | null): void {
  const row = table.headerRow;
  const chosen = table.valueCols[0]!;
  const taken = new Set([itemCol, table.inputCol, table.scoreCol, table.explanationCol, chosen.col, ...(table.otherScores ?? []).map((o) => o.col)]);
  // (The words of 填写 only: a 评分 beside 评价 holds the level's points, 实际值 or 数据 beside 填写 the team's own figures
  // 「销售额 52万」 — compared elsewhere, not another month's answers.)
  const fillKeys = new Set(FORM_HEADINGS.fill.map(labelKey));
  const period = (text: string) => /^(本月|当月|上月|(\d{4}年)?\d{1,2}月份?)$/.test(text.normalize('NFKC').replace(/\s+/g, ''));
  const heading = (col: number) => [grid.text(row, col), row > 1 ? grid.text(row - 1, col) : ''].filter(Boolean).join(' ');
  const fills: number[] = [];
  for (let col = itemCol + 1; col <= lastCol; col++) {
    const text = grid.text(row, col);
    if (taken.has(col) || grid.columnHidden?.(col) || !text) continue;
    if (fillKeys.has(labelKey(withoutTrailingNote(text))) || period(text)) fills.push(col);
  }
  if (!fills.length) return;
  // A month named against the sheet's own (评估日期 2026-03): 「填写(2月) | 填写(3月)」 was compared, everyone refused with
  // advice to move March's 8s under February's heading — February's is last month's, March's read (80.00 良好 each).
  const named = (col: number) => monthAgainst(grid.text(row, col), month) ?? (row > 1 ? monthAgainst(grid.text(row - 1, col), month) : undefined);
  // Only when one column names the sheet's own month or none: an 评估日期 of 2026-04-02 (rated early in the next month) over
  // 「填写(2月) | 填写(3月)」 made both 'past', and February's 3s were read silently (30.00 待改进 for 80.00 at exit 0, review).
  const anchored = [chosen.col, ...fills].some((c) => named(c) === 'now' || named(c) === undefined);
  const said = (col: number) => (anchored ? named(col) : undefined);
  const past = (col: number) => PAST_NOTE.test(grid.text(row, col).normalize('NFKC')) || /^上月/.test(grid.text(row, col).trim()) || (row > 1 && /^(上月|上个月)$/.test(grid.text(row - 1, col).trim())) || said(col) === 'past';
  const later = (col: number) => said(col) === 'later';
  // Last month's (or a later month's) on the left, this month's beside it: this month's is the column to fill.
  const now = past(chosen.col) || later(chosen.col) ? fills.find((c) => !past(c) && !later(c)) : undefined;
  if (now !== undefined) {
    (table.otherScores ??= []).push({ col: chosen.col, text: heading(chosen.col), ...(later(chosen.col) ? { fill: true as const, later: month! } : {}) });
    chosen.col = now;
  }
  for (const col of fills) if (col !== chosen.col && !past(col)) (table.otherScores ??= []).push({ col, text: heading(col), fill: true, ...(later(col) ? { later: month! } : {}) });
}

/**
 * A heading naming a month (「填写(2月)」, 「2月」, 「2026年4月」) against the sheet's month: an earlier one ('past'), the
 * sheet's own ('now'), or one after it ('later'); undefined when it names none or the sheet's month is not known.
 */
function monthAgainst(text: string, month: string | null): 'past' | 'now' | 'later' | undefined {
  if (!month || !text) return undefined;
  const t = text.normalize('NFKC').trim();
  const note = MONTH_NOTE.test(t) ? t.slice(Math.max(t.lastIndexOf('('), t.lastIndexOf('（')) + 1, -1) : MONTH_ALONE.test(t.replace(/\s+/g, '')) ? t : undefined;
  const named = note === undefined ? undefined : monthNumberOf(note.replace(/\s+/g, ''));
  if (!named) return undefined;
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5))];
  // Without a year, the nearest such month: 「12月」 on a January sheet is last December, not eleven months on.
  const bare = named.month - m;
  const diff = named.year === undefined ? (bare > 6 ? bare - 12 : bare < -6 ? bare + 12 : bare) : (named.year - year) * 12 + named.month - m;
  return diff === 0 ? 'now' : diff < 0 ? 'past' : 'later';
}

/**
 * The sheet's month: its 考核月份/评估日期 (the form's period field) above the table, else a month its title names.
 */
function sheetMonth(grid: Grid, form: FormDef, headerRow: number): string | null {
  const labels = new Set(form.header.concat(form.footer ?? []).filter((f) => f.role === 'period' && !f.perPerson).flatMap((f) => [f.label, ...(f.aliases ?? [])]).map(labelKey));
  for (let r = 1; r < headerRow; r++) {
    for (let c = 1; c <= grid.columnCount; c++) {
      if (!labels.has(labelKey(grid.text(r, c).replace(/[::]\s*$/, '')))) continue;
      for (let k = c + 1; k <= Math.min(grid.columnCount, c + 3); k++) if (grid.text(r, k)) return parseMonth(grid.text(r, k));
    }
  }
  return monthAbove(grid, headerRow)?.month ?? null;
}

/** 「主管评(上月)」, 「填写(2月)」, 「填写(本月)」 → 主管评, 填写, 填写: a heading without its note of a period. */
function withoutPeriodNote(text: string): string {
  return otherPeriodNoted(text) || THIS_MONTH_NOTE.test(text.normalize('NFKC')) ? withoutTrailingNote(text) : text;
}

function otherScoreColumns(grid: Grid, table: FormTable, entries: Map<string, RawEntry>, already: Problem[], file: string | undefined, name: string | undefined, groupOf: (heading: string) => TickGroup | undefined): Problem[] {
  const out: Problem[] = [];
  const saidCols = new Set(already.map((p) => p.cell?.replace(/\d+$/, '')));
  const readAt = new Map([...entries.values()].filter((e) => e.raw.kind !== 'empty' && e.at.cell).map((e) => [e.at.cell!, rawText(e.raw).trim()]));
  const rows = [...table.itemRows.values()].flat().sort((a, b) => a - b);
  for (const o of table.otherScores ?? []) {
    if (saidCols.has(columnLetters(o.col))) continue;
    for (const row of rows) {
      // (A cell read as an entry under a lower heading naming the raters anew — §4's part 2 间接主管评分 in E, inside part 1's
      // 直接主管评分 D:F — is that entry, not another score.)
      if (readAt.has(cellAddress(row, o.col))) continue;
      const raw = grid.value(row, o.col);
      const value = rawText(raw).trim();
      if (!value || value.length > 12) continue;
      if (o.later) {
        out.push(problem('unknown-column', { case: 'later-month', heading: o.text, value, month: o.later }, { file, sheet: grid.name, cell: cellAddress(row, o.col) }, { severity: 'error', ...(name ? { person: name } : {}) }));
        break;
      }
      // Against the columns that count (not 自评, a rater of weight 0): the same answer as one of them is nothing to say.
      const counted = table.valueCols.filter((v) => !v.rater || v.rater.weight > 0).map((v) => ({ v, text: readAt.get(cellAddress(row, v.col)) })).filter((x) => x.text !== undefined);
      const read = counted[0];
      if (!read || counted.some((x) => x.text === value)) continue;
      const like = grid.text(table.headerRow, read.v.col);
      // The person's own marks never count unless a form says so (§19 自评 beside 填写): advised to move them into 填写,
      // everyone scored their own 优秀 — 100 for 75.00 一般.
      if (!o.fill && selfScore(withoutTrailingNote(o.text) || o.text)) {
        out.push(problem('unknown-column', { case: 'self-ignored', heading: o.text, value, read: read.text!, like }, { file, sheet: grid.name, cell: cellAddress(row, o.col) }, { severity: 'info', ...(name ? { person: name } : {}) }));
        break;
      }
      // The column's rater answers by ticking a group of his own (§4's 「间接主管评分」 over 差 | 低标 | 达成, a 1 right of it):
      // told to tick it there — not to type it over 「直接主管评分」, the other rater's answer.
      const group = groupOf(o.text);
      const chosen = group ? readAt.get(cellAddress(row, group.cols[0]!)) : undefined;
      const at = group && chosen !== undefined ? group.labels.indexOf(chosen) : -1;
      // The team's figure of the label ticked — its points or coefficient (§30 得分 80 beside 良好's √, §4 系数 0.6 beside 差's
      // 1) — agrees with the ticks: nothing to say.
      if (group && at >= 0 && tickFigure(group, group.points[at]!, raw)) continue;
      const ticks = group && {
        rater: group.rater.label,
        range: `${cellAddress(row, group.cols[0]!)}:${cellAddress(row, group.cols[group.cols.length - 1]!)}`,
        labels: group.labels,
        ...(chosen !== undefined ? { chosen } : {}),
        ...(at >= 0 ? { cell: cellAddress(row, group.cols[at]!) } : {}),
      };
      // (A second column to fill holding another answer: which is this month's the sheet does not say — the person is not scored.)
      out.push(problem('unknown-column', { case: 'value-ignored', heading: o.text, value, read: read.text!, like, ...(ticks ? { ticks } : {}) }, { file, sheet: grid.name, cell: cellAddress(row, o.col) }, { severity: o.fill ? 'error' : 'warning', ...(name ? { person: name } : {}) }));
      break;
    }
  }
  return out;
}

/**
 * A number that is the points of a group's label on the form's scale: as they are, a percent of them, or a fraction of
 * the top choice's (0.8 for §30's 80 of 100; 60 for §4's 0.6).
 */
function tickFigure(group: TickGroup, points: number, raw: RawValue): boolean {
  const n = raw.kind === 'number' ? raw.value : raw.kind === 'text' && raw.value.trim() ? Number(raw.value.normalize('NFKC').trim().replace(/%$/, '')) : NaN;
  if (!Number.isFinite(n) || !Number.isFinite(points)) return false;
  const top = Math.max(...group.points.filter(Number.isFinite));
  return [n, n / 100, n * top, (n / 100) * top].some((x) => Math.abs(x - points) < 1e-9);
}

/** The unit in the 填写项's brackets when it is not the input's own (「(万元)」 for 元), with the input's own. */
function foreignUnitNote(text: string, input: InputDef): { said: string; own: string } | null {
  if (!foreignUnit(text, input)) return null;
  return { said: unitNoteOf(text) ?? '', own: unitsOf(input.unit)[0] ?? '' };
}

/** The text is one of the words the input's name joins with 「/」「、」「或」 (迟到 of 「迟到/早退/缺勤次数」), 次数 or not. */
function namesPartOf(input: InputDef, text: string): boolean {
  const key = labelKey(withoutTrailingNote(text)).replace(/(次数|次)$/, '');
  if ([...key].length < 2) return false;
  const parts = withoutTrailingNote(input.label).normalize('NFKC').split(/[/、或及和]/).map((p) => labelKey(p).replace(/(次数|次)$/, ''));
  return parts.length > 1 && parts.some((p) => p === key);
}

/** The 填写项 text names this input (its label, an alias or its id, with or without a note in brackets). */
function namesInput(input: InputDef, text: string): boolean {
  // Numbered as a list (「1、积极主动热情周到」, 「(1)态度不温和…」), or with a note after kpi's own unit (「…(次)(含客户反馈)」,
  // 「…【含客户反馈】」): the input's name still — each was refused as a row of no input.
  // (「1 回访客户数」: also with the number forced off where withoutNumbering kept it before a quantity word.)
  const full = labelKey(text);
  const names = [input.label, ...(input.aliases ?? []), input.id].map(labelKey);
  return [withoutNumbering(text), numberForcedOff(text)].some((unnumbered) => {
    if (unnumbered === undefined) return false;
    const bare = unnumbered.replace(/\s*【[^【】]*】\s*$/, '');
    const key = labelKey(withoutTrailingNote(bare));
    const twice = labelKey(withoutTrailingNote(withoutTrailingNote(bare)));
    return names.some((n) => n === key || n === full || n === twice || n === labelKey(bare));
  });
}

/**
 * An answer typed over an item's 考核内容 or 评分标准 (kpi's template wrote the definition's words there), every 填写 cell
 * of the item empty: §8 「迟到1次」 in 工作纪律's 评分标准 scored 10 for 8, 81 良好 for 79 一般, exit 0; §17 the same. Only on
 * a sheet whose other items still show the definition's words (a team's own form has its own) and only for a text with
 * a figure or a tick in it (an answer, not a rewording).
 */
function answersInTexts(grid: Grid, form: FormDef, table: FormTable, entries: Map<string, RawEntry>): Array<{ item: string; heading: string; value: string; cell: string }> {
  const firstValue = Math.min(...table.valueCols.map((v) => v.col));
  const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const byId = new Map(items(form).map((i) => [i.id, i]));
  const filled = filledItems(entries);
  let matching = 0;
  const edited: Array<{ item: string; heading: string; value: string; cell: string }> = [];
  for (const [id, rows] of table.itemRows) {
    const item = byId.get(id);
    const row = rows[0];
    if (!item || row === undefined) continue;
    const own = [item.description, item.criteria].filter((t): t is string => !!t).map(squash);
    if (!own.length) continue;
    let matched = false;
    for (let col = table.itemCol + 1; col < firstValue; col++) {
      if (col === table.inputCol) continue;
      const text = grid.text(row, col);
      if (!text || /^\d+(\.\d+)?$/.test(text.trim())) continue; // 分值
      if (own.includes(squash(text))) {
        matched = true;
        continue;
      }
      // Short (an answer typed over the text), or the definition's words with an answer added to them (「…(本月迟到1次)」
      // after §17's long 评分标准: read as 0 absences, 90 for 88 at exit 0).
      const typed = squash(text);
      const added = own.map((o) => (typed.startsWith(o) ? typed.slice(o.length) : typed.endsWith(o) ? typed.slice(0, -o.length) : null)).find((x) => x !== null);
      const answer = added ?? text;
      if (!filled.has(id) && item.inputs.some((i) => i.optional) && /[0-9０-９√✓✔×✗]/.test(answer) && (added !== undefined || text.length <= 40)) {
        edited.push({ item: item.label, heading: grid.text(table.headerRow, col), value: text.trim(), cell: cellAddress(row, col) });
      }
    }
    if (matched) matching++;
  }
  return matching >= 2 ? edited : [];
}

/** 「旷工(次) 1」「整洁习惯良好 √」: an input's name with an answer after it (a figure, or a tick or cross), typed in 填写项. */
function answerInLabel(item: ItemDef, text: string): { input: InputDef; value: string } | null {
  const m = /^(.*[^\s\d0-9０-９.::])[\s::]*([0-9０-９]+(?:\.[0-9]+)?\s*[次项处个件分]?|[√✓✔☑×✗✘是否有无])$/u.exec(text.trim());
  if (!m) return null;
  // Or one of the words an input's name joins (「迟到」 of 迟到/早退/缺勤次数, 「缺勤次数」): 「迟到1次」 in 说明 was read as none.
  const input = item.inputs.find((i) => namesInput(i, m[1]!)) ?? item.inputs.find((i) => i.type === 'integer' && namesPartOf(i, m[1]!));
  return input ? { input, value: m[2]!.trim() } : null;
}

/** A 填写项 naming a score rather than what is counted (得分, 扣分, 分数, 评分, 「该项得分」, 「扣分后得分」, 「10分」). */
const SCORE_LABEL = /^(得分|扣分|分数|分值|评分|打分|实得分|应扣分|实扣分|扣分数|扣分值|本项得分|考核得分|该项得分|此项得分|扣分后得分|扣后得分|最后得分|评分结果|考评得分|得分情况|实际分数|应得分|所得分|得分值|考核分|考评分|\d+(\.\d+)?分)$/;

/** Over an input of points, a word of points taken off (「扣分」, 「应扣分」, 「罚分」): the figure is no score. */
function pointsOff(input: InputDef, text: string): boolean {
  return unitsOf(input.unit).includes('分') && !(input.min !== undefined && input.min < 0) && /^(扣分|扣分数|扣分值|应扣分|实扣分|扣除分数?|罚分|减分)$/.test(labelKey(withoutTrailingNote(text)));
}

/**
 * A 填写项 naming another measure than its one input: a unit of another kind in the word (「出勤天数」 over a count in 次,
 * 「差错次数」 over points), or the input's name without its 不/未 (「达标项数」 for 不达标项数).
 */
function otherMeasureLabel(input: InputDef, text: string): boolean {
  const key = labelKey(withoutTrailingNote(text));
  const own = unitsOf(input.unit);
  // (「扣分/次」, 「分/次」: points each time — a rate whose first side is the input's own unit.)
  if (/[/／每]/.test(text) && own.some((u) => text.normalize('NFKC').split(/[/／每]/)[0]!.endsWith(u))) return false;
  const unit = /(天|小时|分钟|秒|人|户|元|次)数?$/.exec(key)?.[1];
  const counts = (u: string) => ['次', '项', '个', '件', '处'].includes(u);
  if (unit && own.length && !own.includes(unit) && !(counts(unit) && own.some(counts)) && !(unit === '次' && !own.includes('分'))) return true;
  const label = labelKey(withoutTrailingNote(input.label));
  return /[不未没无]/.test(label) && [...label].length > 2 && label.replace(/[不未没无]/, '') === key;
}
/** More words of an item's score, over a count only. */
const ITEM_SCORE_LABEL = /^(实际得分|最终得分)$/;

/**
 * A 填写项 retyped as a score: a score word (「得分」), or over a count the item's name with one (「准时出勤得分」,
 * 「准时出勤(得分)」, 「实际得分」). (Not over an input that is a score itself, 0–100 under an item of 20: 「客户满意度得分」 names it.)
 */
function namesAScore(form: FormDef, item: ItemDef, input: InputDef, text: string): boolean {
  const key = labelKey(withoutTrailingNote(text));
  if (SCORE_LABEL.test(key)) return true;
  if (unitsOf(input.unit).includes('分')) return false;
  return ITEM_SCORE_LABEL.test(key) || (item.inputs.length === 1 && itemScoreHeading(text, form, item));
}

/** The one input of `item` whose name a rule's text holds (「每旷工一日扣5分」: 旷工); none when it names two or none. */
function inputInRule(item: ItemDef, text: string): InputDef | null {
  const key = labelKey(text);
  const named = item.inputs.filter((i) => [i.label, ...(i.aliases ?? [])].some((n) => labelKey(n).length >= 2 && key.includes(labelKey(n))));
  return key && named.length === 1 ? named[0]! : null;
}

/** The input a 填写项 text names; an item of one input takes any text (a retyped 填写项). */
/**
 * The input a row's own name gives, on a sheet without a 填写项 column: of `current` (the item above) when it has an input
 * so named, else of the one item of several inputs that has it (满意数 of three satisfaction items names none).
 */
function inputNamedByRow(form: FormDef, current: ItemDef | null, text: string): { item: ItemDef; input: InputDef } | undefined {
  const own = current && current.inputs.length > 1 ? current.inputs.find((i) => namesInput(i, text)) : undefined;
  if (current && own) return { item: current, input: own };
  const found = items(form).filter((i) => i.inputs.length > 1).flatMap((item) => item.inputs.filter((i) => namesInput(i, text)).map((input) => ({ item, input })));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * An item's own row on a sheet without a 填写项 column, the item computed from a rate or its counts (§28 满意度, or 满意数
 * and 调查数): the rate is what its line holds (「销售过程服务满意度 | 25% | 92%」). None for an item of counts alone.
 */
function statedRate(item: ItemDef): InputDef | null {
  const actual = item.rule.kind === 'achievement' ? item.rule.actual : undefined;
  const rate = actual && typeof actual === 'object' ? actual.rate : undefined;
  return (rate ? item.inputs.find((i) => i.id === rate) : undefined) ?? null;
}

function resolveInput(item: ItemDef, text: string, rowTexts: readonly string[] = []): InputDef | null {
  const found = text ? item.inputs.find((i) => namesInput(i, text)) : undefined;
  // §27 typed with 、 for , and 能够 left out (「处理多任务、保持工作质量」): five ticks refused one by one, each advised to be
  // renamed to the one criterion it nearly is — 张三 unscored at exit 1 for 5/6, 4/5, 4/4, 2/4 → 78.33 一般.
  // (Not when another row names that criterion itself: a team's row 「积极主动完成工作」 ticked beside the unticked
  // 「积极主动地完成工作任务」 gave it 100 — review: 78.33 at exit 0 where base refused the extra row.)
  const shortened = !found && text && item.inputs.length > 1 ? shortenedInput(item, text) : undefined;
  const short = shortened && !rowTexts.some((t) => t !== text && namesInput(shortened, t)) ? shortened : undefined;
  // 「分数」 | 「事由」 under 其它 (§8's 奖惩分 and 原因 in plain words): the adjustment's points and reason — refused as rows
  // of no input, 张三's +2 was unread and he was unscored at exit 1 (79 一般). Not beside a row naming that input itself.
  const worded = !found && !short && text ? (adjustmentInputNamed(item, text) ?? deductionRow(item, text)) : undefined;
  // (And 「加分」 beside a 「扣分」 row: the pair's plus side, 加分 − 扣分 — adjustmentSide, summed where the rows are read.)
  const side = !found && !short && !worded && text && adjustmentSide(item, text, otherRowTexts(rowTexts, text)) ? signedPoints(item) : undefined;
  const adjusted = worded && !rowTexts.some((t) => t !== text && namesInput(worded, t)) ? worded : side && !rowTexts.some((t) => t !== text && namesInput(side, t)) ? side : undefined;
  return found ?? short ?? adjusted ?? (item.inputs.length === 1 ? item.inputs[0]! : null);
}

/**
 * The other rows' 填写项, each word once: two 扣分 rows beside one 加分 are still that pair's two sides (the second 扣分
 * refused where it is read) — as two words of the other side, 加分 was no pair's and refused as no 填写项.
 */
function otherRowTexts(rowTexts: readonly string[], text: string): string[] {
  return [...new Set(rowTexts)].filter((t) => t !== text);
}

/**
 * 「扣分」, 「减分」, 「罚分」 under 其它, or 「奖惩扣分」 (its points' name glued to the word): §8's signed 奖惩分 typed as points
 * taken off, 2 → −2 (signedDeduction) — as a roster's 「奖惩」 over 「减分」 or 「奖惩扣分」 reads. Refused as rows of no input
 * and advised renamed 「其它·奖惩分」, which made the 2 +2 (张三 79 for 64 + 13 − 2 = 75).
 */
function deductionRow(item: ItemDef, text: string): InputDef | undefined {
  const points = signedPoints(item);
  const m = /^(.*?)(扣分|罚分|减分)$/.exec(withoutTrailingNote(text).normalize('NFKC').replace(/\s+/g, ''));
  if (!points || !m) return undefined;
  return m[1] === '' || namesInput(points, m[1]!) ? points : undefined;
}

/**
 * A row of an adjustment's signed points whose 填写项 says they are taken off (「奖惩分(扣分)」, 「奖惩扣分」, 「减分」): a
 * positive figure there is points off — 2 was +2, silent or with a sign warning (张三 79 for 75 at exit 0), where a roster's
 * column so headed reads −2. Not a note that they are typed negative (「奖惩分(扣分填负数)」) nor one of both signs.
 */
function signedDeduction(item: ItemDef, input: InputDef, text: string): boolean {
  return !!text && signedPoints(item) === input && deductionHeading(text);
}

/**
 * 「被考核人:张三」 in one cell, or 「被考核人」 followed by the value in a cell to its right. `raterNames`: what the
 * 评分人 field may hold even where it is also a field's label (§4: 评分人 直接主管, beside the field 直接主管).
 */
function readHeaderFields(grid: Grid, fields: HeaderField[], table: FormTable, headerIds: ReadonlySet<string>, raterNames: ReadonlySet<string>, lastRow = grid.rowCount) {
  const byKey = new Map<string, HeaderField>();
  for (const f of fields) for (const n of [f.label, ...(f.aliases ?? [])]) byKey.set(labelKey(n), f);
  const values = new Map<string, string>();
  const cells = new Map<string, string>();
  const rows = [...range(1, table.headerRow - 1), ...range(table.lastRow + 1, Math.min(grid.rowCount, table.lastRow + 20, lastRow))];
  for (const row of rows) {
    const below = row > table.lastRow;
    for (let col = 1; col <= Math.min(grid.columnCount, 40); col++) {
      const text = grid.text(row, col);
      if (!text) continue;
      // Several fields typed in one cell (「被考核人:张三    部门名称:客服部」): each its own (the name was 「张三 部门名称:客服部」).
      const several = fieldsInOneCell(text, byKey);
      if (several) {
        for (const { field, value } of several) {
          if (values.has(field.id) || (below && headerIds.has(field.id) && cells.has(field.id))) continue;
          cells.set(field.id, cellAddress(row, col));
          if (value) values.set(field.id, value);
        }
        continue;
      }
      // (A semicolon for the colon, as seed 004 types 「部门;销售部」, when what stands before it is a field's label.)
      const colon = /^([^::]+)[::]\s*(.*)$/.exec(text.normalize('NFKC'));
      const semi = colon ? null : /^([^;]+);\s*(.+)$/.exec(text.normalize('NFKC'));
      const m = colon ?? (semi && byKey.has(labelKey(semi[1]!)) ? semi : null);
      const field = byKey.get(labelKey(m ? m[1]! : text));
      if (!field || values.has(field.id)) continue;
      // A header field left empty above the table stays empty: a line below it that starts with its label is a note
      // (the template's 「评分人:同事评 10%,…」 legend), not the value.
      if (below && headerIds.has(field.id) && cells.has(field.id)) continue;
      if (m && blankLine(m[2]!)) {
        values.set(field.id, blankLine(m[2]!));
        cells.set(field.id, cellAddress(row, col));
        continue;
      }
      for (let c = col + 1; c <= Math.min(grid.columnCount, col + 4); c++) {
        const t = grid.text(row, c);
        if (!t || t === text) continue;
        const next = labelKey(t.replace(/[::].*$/, ''));
        if (byKey.has(next) && !(field.role === 'rater' && raterNames.has(next))) break;
        // Another label of the seed's label | value | label | value line (「岗位:」, 「入职日期:」, 「制表人」), the value left
        // blank: no value — it was 李四's 部门 「岗位:」 (a department of one in 汇总), everyone's 工号 「入职日期:」.
        if (anotherLabel(t)) break;
        // The template's legend under the table (「评分人 | 自评 仅供参考,不计分;上级 100%」): no one's name — the form's
        // 考核人签字 further down is (it was never read, and a self-rating signed 员工本人 was the supervisor's).
        if (field.role === 'rater' && raterLegend(t)) break;
        values.set(field.id, rawText(grid.value(row, c)).trim());
        cells.set(field.id, cellAddress(row, c));
        break;
      }
      // Left empty: the cell beside the label is where it is filled in, and where a problem points.
      if (!values.has(field.id) && !cells.has(field.id)) cells.set(field.id, cellAddress(row, col + 1));
    }
  }
  return { values, cells };
}

/**
 * Header cells holding a formula no program has computed (openpyxl writes =基础数据!B2 with no value): their text was the
 * formula — 16-nameformula-nc scored people named 「=基础数据!B2」 (89 / 98 / 80 at exit 0). Refused as such item cells are.
 */
function headerFormulas(grid: Grid, form: FormDef, cells: ReadonlyMap<string, string>, at: Location): Problem[] {
  return form.header.concat(form.footer ?? []).flatMap((f) => {
    const cell = cells.get(f.id);
    const ref = cell ? parseRef(cell) : null;
    const raw = ref ? grid.value(ref[0], ref[1]) : undefined;
    if (raw?.kind !== 'formula-without-result') return [];
    return [problem('formula-without-result', { item: f.label, accepts: { type: 'text' }, value: rawText(raw).trim() }, { ...at, cell })];
  });
}

/** A label of a form's header line, not a value: words ending in a colon (「岗位:」), or a usual label word alone. */
function anotherLabel(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  return /^[^:\d]{1,10}:$/.test(t) || /^(岗位|职位|职务|岗位名称|入职日期|入职时间|制表人|制表|审核人|审核|填表人|填表日期|考核日期|日期|签字|签名|负责人)$/.test(t);
}

/** A line saying how raters count (仅供参考, 不计分, a weight in %): the form's legend, not who rated. */
function raterLegend(text: string): boolean {
  const t = text.normalize('NFKC');
  return /仅供参考|不计分|\d\s*%/.test(t);
}

/** A value written on the form's fill-in line (「___张三___」): the line's underscores are not part of it. */
function blankLine(value: string): string {
  return value.replace(/^[\s_＿]+|[\s_＿]+$/g, '');
}

/** 「考核月份:2026年3月  被考核人:张三」: two or more known labels, each followed by a colon, in one cell; null otherwise. */
function fieldsInOneCell(text: string, byKey: ReadonlyMap<string, HeaderField>): Array<{ field: HeaderField; value: string }> | null {
  const t = text.normalize('NFKC');
  const starts: Array<{ at: number; end: number; field: HeaderField }> = [];
  for (const m of t.matchAll(/(^|[\s,;/、])([^\s:,;/、]{1,12}):/g)) {
    const field = byKey.get(labelKey(m[2]!));
    if (field) starts.push({ at: m.index! + m[1]!.length, end: m.index! + m[0].length, field });
  }
  if (starts.length < 2) return null;
  // A value ends where the next label starts, its separator (「王芳,部门名称:…」) not part of it.
  return starts.map((s, k) => ({ field: s.field, value: blankLine(t.slice(s.end, starts[k + 1]?.at ?? t.length).replace(/[,;/、]\s*$/, '')) }));
}

/** The last cell of the merged range whose first cell is `master` (F9 → H9 for F9:H9). */
function mergeEnd(grid: Grid, master: string): string {
  const [r0, c0] = parseRef(master)!;
  let [r1, c1] = [r0, c0];
  while (grid.mergedInto?.(r0, c1 + 1) === master) c1++;
  while (grid.mergedInto?.(r1 + 1, c0) === master) r1++;
  return cellAddress(r1, c1);
}
