import path from 'node:path';
import { raterGroups, sharedItemLabels, soleInput } from '../engine/definition.js';
import { splitCellCheck, thousandsSplit } from './splitCells.js';
import { unitLineAbove } from './unitLine.js';
import { itemTotalColumns, TOTAL_LABEL } from './itemTotals.js';
import { entryKey, slotLabelKey, type PersonEntries, type RawEntry, type RawValue } from '../model/entries.js';
import { dailyRows } from './dailyRows.js';
import { cleanText, isNoneWord, nameKey, saysNothingOff, parseNumberText, UNIT_WORDS, unitsOf } from '../engine/text.js';
import { findRater, raterField, saysSelf } from '../engine/raterCopy.js';
import { monthInSheetName, monthNumberOf, parseMonth } from '../engine/period.js';
import { monthLine } from './monthAbove.js';
import { raterNamedIn, sheetRater } from './sheetRater.js';
import { matchChoice, parseRaw } from '../engine/values.js';
import { judgedRate } from '../engine/rules/checklist.js';
import type { FormDef, InputDef, ItemDef, RaterDef } from '../model/definition.js';
import { type Problem } from '../model/problem.js';
import { amend, problem, type ParamsOf } from '../model/problems/index.js';
import type { CountColumns, Incidents, WholeItem } from '../model/problems/catalog.js';
import type { Location } from '../model/location.js';
import { bareHeadingRater, columnDictionary, columnHeading, columnTargets, itemNames, looserItemNames, type ColumnDictionary, type ColumnTarget, type RosterColumns } from './columns.js';
import { cellAddress, columnLetters, figureIn, mostlyHolds, ownHeading, range, rawText, type Grid } from './grid.js';
import { scientificIdColumn } from './scientificIds.js';
import { CUMULATIVE_NOTE, labelKey, labelVariants, MAX_HEADING_LENGTH, MONTH_ALONE, MONTH_NOTE, otherPeriodNoted, notedPoints, PAST_NOTE, PAST_PERIOD, pointsNoted, splitAround, THIS_MONTH_NOTE, withoutPoints, withoutTrailingNote } from './normalize.js';
import { countInput, foreignColumnLine, foreignNote, foreignUnitBelow, foreignUnitLine } from './headingUnits.js';
import { byLegend, legendAbove, legendBelow, legendOf } from './answerLegend.js';
import { foreignScale, foreignScaleOver, markedInPoints, scaleLine, scaleNamed, scaleOfOwnNote } from './scaleOver.js';
import { groupNamedWithWho, namesSlot } from './raterNames.js';
import { abbreviatedRequired, itemLostColumns, measuredNotPoints, mergedHeadingProblems, missingColumnProblems, pointsLostColumn, retypedRequired, shortText } from './missingColumns.js';
import { classifyRow, groupRowNumbers, peopleRows, headingsAgain, mergedDownFromHeading, noteInField, TOTAL, reorderedHeadings, rowFilled, skippedRowsProblem, SUB_FILL, SUB_SCORE, subHeadingRow, templateFilled, TYPED_BAND, TYPED_TOTAL, unitCell, type SkippedRow } from './rowKinds.js';
import { columnNumber, parseRef } from './fast/xml.js';
import { countsAsPointsProblem, pointsBesideBlank, pointsBesideCounts, pointStepIn, scoreLikeColumns, type StepColumn } from './scoreLikeColumns.js';
import { itemOfExtraColumn, nonZeroFigureIn } from './extraColumns.js';
import { percentWritten, pointsOnScale, pointsOnScaleRow, rateFraction, teamPointsBeside, tierPointsIn, tierRateColumns, undecidedScaleColumns } from './pointsOnScale.js';
import { ratesAsPoints } from './ratesAsPoints.js';
import { ratingsUnderWeights } from './ratingsUnderWeights.js';
import { headingPointsClashes, statedPointsClashes, typedPoints } from './headingPoints.js';
import { raterInNote } from './noteRater.js';
import { handTypedTarget, pointsUnderItem } from './handNames.js';
import { thresholdClashes } from './headingThreshold.js';
import { appendTo } from '../model/groups.js';
import { struckName } from './struckText.js';
import { rateColumnOf } from './rateColumns.js';
import { adjustmentDeductionNamed, adjustmentInputNamed, adjustmentNamed, adjustmentReasonOf, adjustmentSide, asDeduction, bareNumber, deductionHeading, otherReasonWord, pairPoints, pointsWordOnly, signedPoints } from './adjustmentWords.js';
import { criterionColumns } from './criterionColumns.js';

const HEADER_SEARCH_ROWS = 30;
/** 「X·主管」, 「X·上级评分」: the item's score as the supervisor gave it, on a form without raters. */
const SUPERVISOR = /^(直接)?(主管|上级|领导|经理|考核人|考评人)(评|评分|打分|意见分)?$/;
/** A self-rating's sub-heading beside the supervisor's (自评 | 主管 under an item). */
const SELF_SUB = /^(员工|个人|本人)?(自评|自评分|自评得分|自我评分|自我评价|自我评定)$/;

const nameKeysOf = new WeakMap<FormDef, string[]>();

/** The keys of the name field's label and aliases (姓名, 被考核人 …): a roster's headings name one of them. */
function nameHeadingKeys(form: FormDef): string[] {
  let keys = nameKeysOf.get(form);
  if (!keys) {
    const fields = form.header.concat(form.footer ?? []).filter((f) => f.role === 'name');
    nameKeysOf.set(form, (keys = [...new Set(fields.flatMap((f) => [f.label, ...(f.aliases ?? [])]).map(labelKey).filter(Boolean))]));
  }
  return keys;
}

/**
 * A heading on this row, the one over it, or the two read together (「员工」 over 「姓名」) holds a name heading's words:
 * only such a row can head a roster, which needs its 姓名 column. Every row of a person's sheet was read as a roster's
 * headings first (a tenth of grading 500 sheets); the rows skipped could never have been taken.
 */
function mayNameHere(grid: Grid, row: number, keys: string[]): boolean {
  let group = '';
  for (let col = 1; col <= grid.columnCount; col++) {
    const own = labelKey(grid.text(row, col));
    const over = row > 1 ? grid.text(row - 1, col) : '';
    if (over) group = labelKey(over);
    if (!own && !group) continue;
    for (const k of keys) {
      if (own.includes(k) || group.includes(k)) return true;
      for (let i = 1; i < k.length; i++) if (group.endsWith(k.slice(0, i)) && own.startsWith(k.slice(i))) return true;
    }
  }
  return false;
}

/** Looks for the row of column headings: the row among the first 30 whose cells name the most of this form's columns. */
export function findRosterHeader(grid: Grid, form: FormDef, dict = columnDictionary(form)): RosterColumns | null {
  let best: RosterColumns | null = null;
  let bestEntries = 0;
  const names = nameHeadingKeys(form);
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, grid.rowCount); row++) {
    if (!mayNameHere(grid, row, names)) continue;
    const columns = new Map<number, ColumnTarget>();
    /** Columns by what they name, and whether their heading had a note stripped to name it. */
    const claimed: Array<{ col: number; target: ColumnTarget; vague: number }> = [];
    const unknown: RosterColumns['unknown'] = [];
    const dupes: RosterColumns['duplicates'] = [];
    /** Columns of one figure noted with two months, kept as copies unless the rows' month picks one. */
    const monthPairs: Array<{ earlier: { col: number; target: ColumnTarget }; col: number; text: string }> = [];
    let group = '';
    let groupMerged = false;
    // The row above holds headings of its own (not one title over everything): headings here may be under them.
    // (Not a line of the sheet's month, 「考核月份 | 2026-02」: read as headings, 序号 was 「考核月份·序号」, said as no item.)
    const twoRow = row > 1 && twoTextsOn(grid, row - 1) && !monthLine(grid, row - 1);
    const shared = sharedItemHeadings(grid, row, form, dict, twoRow);
    // A line above giving the amounts' unit (「(金额单位:万元)」 in the title): looked for once, when needed.
    let unitLine: ReturnType<typeof unitLineAbove> | null = null;
    const unitLineHere = () => (unitLine === null ? (unitLine = unitLineAbove(grid, row)) : unitLine);
    // And one naming the marks' scale (「物业客服考核表(5分制)」), the group headings' row left out.
    let marksLine: ReturnType<typeof scaleLine> | null = null;
    const scaleLineHere = () => (marksLine === null ? (marksLine = scaleLine(grid, row, twoRow ? row - 1 : row)) : marksLine);
    // How many columns of this row carry each heading (the same items under two raters' blocks).
    const repeated = new Map<string, number>();
    // And whether any group heading above names a rater (员工自评, 上级评分): only then are the groups raters' blocks —
    // 「等级」 | 「分值」 over the items again are the team's own layout, read as before.
    let raterGroups = false;
    // Under each group, the sub-headings (填写 | 得分): the answer's column and the team's own score beside it.
    const subsOf = new Map<string, Set<string>>();
    if (twoRow) {
      let carried = '';
      for (let col = 1; col <= grid.columnCount; col++) {
        const over = grid.text(row - 1, col);
        if (over) carried = over;
        const sub = grid.text(row, col).normalize('NFKC').replace(/\s+/g, '');
        if (carried && sub) subsOf.set(carried, (subsOf.get(carried) ?? new Set()).add(sub));
      }
    }
    if (twoRow && dict.raters.length) {
      let carried = '';
      for (let col = 1; col <= grid.columnCount; col++) {
        const own = grid.text(row, col);
        const over = raterBlockName(form, grid.text(row - 1, col));
        if (over) carried = over;
        const k = labelKey(own);
        if (k) repeated.set(k, (repeated.get(k) ?? 0) + 1);
        if (own && carried && !raterGroups) raterGroups = raterAfterSpace(dict, `${own} ${carried}`) !== null;
      }
    }
    /** Columns named by a heading of this row's own (not the row above's read down over an empty cell). */
    const ownColumns = new Set<number>();
    // Columns named as the form's but refused for their unit or scale: a table still, each column said, when all are.
    let refused = 0;
    // What each claimed column's heading was read as (「对待业主友好积极(2月)」 under the group 「2月」).
    const readAs = new Map<number, string>();
    // The columns of 加分 | 扣分 under 「奖惩」 and which side each is.
    const sides = new Map<number, 'plus' | 'minus'>();
    // And the columns of 加分原因 | 扣分原因 beside them.
    const reasonSides = new Set<number>();
    // A 说明 / 事由 after 奖惩分 holding its reason where the 原因 before it is an unmerged group's (remarkHoldsReason): that
    // reason's column.
    const reasonHeld = new Map<number, NonNullable<Lookup>>();
    // Columns kpi headed as its own, beside its result columns: its output, never the team's input.
    const kpiWrote = kpiWroteColumns(grid, row);
    for (let col = 1; col <= grid.columnCount; col++) {
      if (kpiWrote.has(col)) {
        unknown.push({ col, text: grid.text(row, col) });
        continue;
      }
      // Two-row headings: 「客户回访率」 over its inputs on the row above 「回访客户数」, merged or typed in the first
      // column only (the group then runs on over the empty cells after it); 「姓名」 above an empty cell is 姓名.
      const over = row > 1 ? grid.text(row - 1, col) : '';
      // A merged group heading covers its merge only (「工作纪律」 merged N:Q, 「态度」 merged down M:M): 「奖惩分」 typed in
      // the second row right after it was 「工作纪律·奖惩分」, refused — 张三 and 王五 unscored for 79 / 94. Typed in its first
      // column only, not merged, a group still runs on over the empty cells after it.
      if (over) {
        group = over;
        groupMerged = grid.inMergedRange?.(row - 1, col) ?? false;
      } else if (groupMerged && !grid.inMergedRange?.(row - 1, col)) group = '';
      else if (group && !groupMerged) {
        // Not merged, it runs on only while the headings under it are its item's: 「奖惩分」 | 「原因」 typed right after
        // 「工作纪律」 (typed once in N2 over 迟到或早退 … 工作时间睡觉) were 「工作纪律·奖惩分」, refused — 张三 and 王五 unscored
        // at exit 1 for 79.00 一般 / 94.00 优秀 (review 60).
        const sub = shared.get(col) ?? ownHeading(grid, row, col);
        // (The headings after it: a 「原因」 with another of the adjustment's after it is the group's own.)
        const later = () => range(col + 1, grid.columnCount).map((c) => ({ col: c, text: shared.get(c) ?? ownHeading(grid, row, c) })).filter((h) => h.text);
        // (And a later bare 说明 / 事由 holding the reason where this 原因 is blank: see remarkHoldsReason.)
        const holdsReason = (remark: number, points: number) => {
          if (!remarkHoldsReason(grid, row, col, remark, points)) return false;
          // (That column is then the reason: 「说明」 names it already, 「事由」 — no name of 其它's reason — was unread and
          // 张三's +2 and 王五's −2 refused 「须注明原因」 at exit 1 for 79 / 94.)
          const hit = lookup(dict, sub);
          if (hit) reasonHeld.set(remark, hit);
          return true;
        };
        if (sub && leavesGroup(dict, form, group, sub, later, holdsReason)) group = '';
      }
      // A rater's block headed with words of its marks (「直接主管评价」, 「间接主管评价」 over the items): that rater, as the
      // form names it — read as no rater's block, everyone was refused (§4 107 优秀 in the catalog's reading).
      const above = raterBlockName(form, over || group);
      // A heading merged across from the column before (「迟到或早退」 over P1:Q1): this column has none of its own, it
      // is not a second copy of P (its 1s were taken for P's, or refused, by whether they matched).
      const own = shared.get(col) ?? ownHeading(grid, row, col);
      // Under a group of last month's figures (「上月」 over 安装(售服)客户数 | 回访客户数): read as 「回访客户数(上月)」 is —
      // it was a copy of this month's column, and filled 李四's blank 回访客户数 with last month's 20 (90 优秀, exit 0).
      const past = own && above !== own ? PAST_GROUP.exec(above.normalize('NFKC').replace(/\s+/g, ''))?.[1] : undefined;
      // And 「上月 | 本月」 under an item (centred across both, or merged over them): 「过程服务满意度(上月)」 and 「…(本月)」 —
      // the 上月 column was read as the item and every 本月 one left out (王芳 45.00 for 71.25, exit 0).
      const periodSub = !past && own && above && above !== own && PERIOD_SUB.test(own.normalize('NFKC').replace(/\s+/g, '')) && !periodGroup(above) ? own : undefined;
      // (This month's is the item itself; last month's its figure noted so, set aside as 「…(上月)」 is.)
      const subPast = periodSub ? new RegExp(`^(${PAST_PERIOD})`).exec(periodSub.normalize('NFKC'))?.[1] : undefined;
      // And a month over a block of items (「2月」 | 「3月」 over the criteria twice): 「…(2月)」 and 「…(3月)」, which the rows'
      // 考核月份 picks — read as copies, February's marks filled March's blanks (王五 scored from February, exit 0).
      const monthOver = !past && !periodSub && own && above && above !== own && MONTH_ALONE.test(above.normalize('NFKC').replace(/\s+/g, '')) && lookup(dict, own)?.target.kind === 'entry' ? above.trim() : undefined;
      const text = past ? `${own}(${past})` : monthOver ? `${own}(${monthOver})` : periodSub ? (subPast ? `${withoutTrailingNote(above) || above}(${subPast})` : above) : own || (over && (lookup(dict, over) ?? gluedDeduction(dict, form, over)) ? over : '');
      if (!text) {
        // A heading on the upper row alone, over an empty cell, of its own column (「备注」 of a two-row heading saved as
        // CSV, or not merged down): that column's heading, not an untitled one — it was said untitled, and its remark
        // called a split cell on every row that had one (张三 unscored).
        if (twoRow && over && !own && grid.text(row - 1, col - 1) !== over && grid.text(row - 1, col + 1) !== over) unknown.push({ col, text: over });
        continue;
      }
      if (text.length > MAX_HEADING_LENGTH) {
        unknown.push({ col, text });
        continue;
      }
      const under = twoRow && own && above && above !== text && !periodSub ? `${above}·${text}` : '';
      // 填写 | 得分 under an item: the answer is 填写's, the 得分 beside it the team's own (a survey score of 90 under 填写,
      // its 18 points under 得分 — read as the input named 得分, 18 of 100 became 3.6 at exit 0).
      const siblings = under ? subsOf.get(above) : undefined;
      const sub = text.normalize('NFKC').replace(/\s+/g, '');
      if (siblings && SUB_SCORE.test(sub) && [...siblings].some((x) => SUB_FILL.test(x)) && lookup(dict, above)?.target.kind === 'entry') {
        unknown.push({ col, text: under });
        continue;
      }
      // 自评 | 主管 under an item of a form without raters: the supervisor's is the score, the self-rating the team's
      // reference (mattress 处理能力's 自评 was read as the score, 主管's refused as the merged heading's second column).
      const supervisorOver = !form.raters && siblings && [...siblings].some((x) => SUPERVISOR.test(x)) && [...siblings].some((x) => SELF_SUB.test(x)) && lookup(dict, above)?.target.kind === 'entry';
      if (supervisorOver && SELF_SUB.test(sub)) {
        unknown.push({ col, text: under });
        continue;
      }
      // And a self-rating merged over the items (「员工自评」 over the eight, 「主管评分」 over them again) on a form without
      // raters: the team's reference, the other block the score — read as the items twice, 李四's self-marks alone were
      // his score (100 优秀, K 1.1, exit 0) and the blocks compared for whoever had both.
      if (!form.raters && under && SELF_SUB.test((withoutTrailingNote(above) || above).normalize('NFKC').replace(/\s+/g, '')) && lookup(dict, text)?.target.kind === 'entry') {
        unknown.push({ col, text: under });
        continue;
      }
      const fillOf = (siblings && SUB_FILL.test(sub) && [...siblings].some((x) => SUB_SCORE.test(x))) || (supervisorOver && SUPERVISOR.test(sub)) ? lookup(dict, above) : undefined;
      // A rater merged over the items (「员工自评」 over 业务知识能力 … , 「上级评分」 over them again): each column that rater's,
      // as 「业务知识能力 上级评分」 on one row is. Read as the items alone, the self-rating block was the supervisor's.
      const raterOver = under ? raterAfterSpace(dict, `${text} ${above}`) : null;
      // Items repeated under group headings naming no rater kpi knows (「主管评」 | 「客户满意度」 over the same five): each
      // block some rater's, read as 「业务知识能力·客户满意度」 on one row is — refused, said as looking like 客户评1. Read as
      // the items alone, the customers' block was a copy of the supervisor's and dropped without a word.
      // (A group of a period — 「上月」, 「本月」, 「3月」 — is last month's figures beside this month's, read as before.)
      const blockOfRater = under && raterOver === null && raterGroups && (repeated.get(labelKey(text)) ?? 0) > 1 && !lookup(dict, above) && !isPartName(form, above) && !periodGroup(above);
      if (blockOfRater && !lookup(dict, under)) {
        const asOneRow = lookup(dict, `${text}·${above}`);
        if (!asOneRow) {
          unknown.push({ col, text: `${text}·${above}` });
          continue;
        }
      }
      const plain = raterOver !== null ? undefined : blockOfRater ? lookup(dict, `${text}·${above}`) : (lookup(dict, text) ?? unitBelow(dict, grid, row, col, text) ?? pointsOfItsOwnScale(dict, grid, row, col, text) ?? gluedDeduction(dict, form, text) ?? reasonHeld.get(col));
      const grouped = under ? (lookup(dict, under) ?? (raterOver !== null ? lookup(dict, raterOver) : undefined) ?? (fillOf?.target.kind === 'entry' ? fillOf : undefined) ?? itemScoreUnder(dict, form, above, sub) ?? adjustmentUnder(dict, form, above, sub, siblings) ?? targetUnderItem(dict, form, above, text)) : undefined;
      // Under a group heading that names an item (「话务质量」), a heading is that item's: 「得分」 there is its subtotal,
      // not the input called 得分 of another item.
      const otherItem = !grouped && under && plain?.target.kind === 'entry' && namesOtherItem(form, above, plain.target.item);
      const found = otherItem ? undefined : (grouped ?? plain ?? (above && above !== text ? lookup(dict, `${above}·${text}`) : undefined) ?? (under ? groupWithWho(dict, form, under) : undefined) ?? groupWithWho(dict, form, text) ?? besideItem(dict, columns.get(col - 1), text));
      // A row of units under the headings giving this column another unit than its input's (「(万元)」 over 实际销售额 in
      // 元, 「(分钟)」 over 平均响应秒数): its values are in that unit — not this column, as 「实际销售额(万元)」 is not
      // (120 万元 was read as 120 元: 销售额 0.003 of 25, exit 0).
      // So with a line above the table giving the amounts another unit (「(金额单位:万元)」: 10 万元 of 目标销售额 read as
      // 10 元).
      // (Or naming the column alone, above or under the table: 「注:目标销售额单位为万元」.)
      const line = found?.target.kind === 'entry' ? (unitLineHere() ?? foreignColumnLine(grid, row, text, found.target.item, found.target.input)) : undefined;
      // And 「扣分」 or 「得分」 under an item counted in lapses (工作状况 over 扣分: 3 points taken off read as 3 lapses,
      // 90.50 优秀 for 89.00), as 「工作状况(扣分)」 on one row is refused.
      const pointsUnder = !!under && found?.target.kind === 'entry' && POINTS_SUB.test(sub) && countInput(found.target.input);
      // And a scale named over the marks (「服务态度(5分制)」 over its criteria, 「(5分制)」 in the title): 5 of 5 read as 5
      // of 10 (50 待改进 for full marks), as 「对待业主友好积极(5分制)」 on one row is refused.
      const groupScale = under ? scaleNamed(above, true) : undefined;
      const scaledOver = (input: InputDef) => {
        if (groupScale !== undefined) return foreignScale(groupScale, input, true);
        const marks = markedInPoints(input) ? scaleLineHere() : undefined;
        return !!marks && foreignScale(marks.n, input, false);
      };
      // Or in the heading's own note without points (「(五分制)」, 「(1-5)」): 5 of 5 read as 5 of 10 (46 待改进 for 92 %), as
      // 「(1-5分)」 there is refused.
      const ownScale = scaleOfOwnNote(text);
      const scaled = found?.target.kind === 'entry' && (scaledOver(found.target.input) || (ownScale !== undefined && foreignScale(ownScale, found.target.input, true)));
      const hit = found?.target.kind === 'entry' && (pointsUnder || foreignUnitBelow(grid, row, col, found.target.input) || (line && foreignUnitLine(line.unit, found.target.input)) || scaled) ? undefined : found;
      const read = grouped ? under : text;
      // Unknown under a group heading (「态度」 under 话务质量, 「工号」 under 话务质量 beside the 工号 column): named with it,
      // so it is paired with what that item misses.
      const claimedHeader = hit?.target.kind === 'header' && claimed.some((c) => sameEntry(c.target, hit.target));
      if (!hit || (claimedHeader && under)) {
        // (Refused for the scale above it, by its own heading: said as the column of that item.)
        unknown.push({ col, text: scaled ? text : under || text });
        if (!hit && found?.target.kind === 'entry') refused++;
        continue;
      }
      let { target } = hit;
      // 「工号 | P1」 on a person's sheet: the 工号 typed beside its label, which happens to be an item's id (P1, M5), is
      // a value, not the heading of a column of P1. Read as one, a form sheet became a roster of its labels.
      const left = col > 1 ? grid.text(row, col - 1) : '';
      if (target.kind === 'entry' && left && lookup(dict, left)?.target.kind === 'header' && namedByIdOnly(target, text)) {
        unknown.push({ col, text });
        continue;
      }
      // How surely the heading names its column, 0 the surest: the item named (「员工的工作效率·得分」), then the input's own
      // name alone (「原因」), then another of its names (「说明」), then a heading read without its note. Beside a surer one
      // the vaguer is the team's own column (a total, a remark, last month's figure), not a second copy.
      // A month's note (「熟悉产品和服务,准确清晰回答(3月)」, 「…(本月)」) names no other column: as sure as the bare heading.
      // Vaguer, it gave way to a hidden bare copy holding February's 10s (81.67 良好 for 75.00 一般 at exit 0); another
      // month than the rows' is set aside below.
      const vague = hit.noted && monthNoted(read) ? vagueness(form, target, withoutTrailingNote(read), false) : vagueness(form, target, read, hit.noted);
      let earlier = claimed.find((c) => sameEntry(c.target, target));
      // A group of several raters named twice (「同事评(张三)」「同事评(李四)」, 「面试官(张经理)」…): the next slot. A heading
      // that names its slot (「第1题·面试官1」 twice) is that slot's column copied: compared, as any heading twice.
      // (In one rater's copy a bare heading twice — 「沟通能力·同事评」 again, no one named — is that column copied: a second
      // peer who does not exist was averaged in, at exit 0.)
      const copiedInCopy = target.kind === 'entry' && target.rater?.copyOnly && !/[((]/.test(text.normalize('NFKC')) && labelKey(text) === labelKey(grid.text(row, earlier?.col ?? col));
      // (And one named member's heading twice — 「沟通能力·同事评(李四)」 again — is that peer's column copied: compared.)
      const namedAgain = !!earlier && /[((]/.test(text.normalize('NFKC')) && labelKey(text) === labelKey(readAs.get(earlier.col) ?? grid.text(row, earlier.col));
      if (earlier && target.kind === 'entry' && target.rater?.multiple && !namesSlot(text, target.rater) && !copiedInCopy && !namedAgain) {
        const next = nextSlot(dict, form, target, claimed);
        if (next) {
          target = next;
          earlier = undefined;
        }
      }
      // 加分 | 扣分 under 「奖惩」 (adjustmentUnder's side): the second of the pair is added to the first, no copy of it.
      const side = (hit as NonNullable<Lookup>).side;
      if (earlier && side && sides.size === 1 && sides.has(earlier.col) && sides.get(earlier.col) !== side) {
        dupes.push({ col, text, of: earlier.col, sum: side });
        sides.set(col, side);
        continue;
      }
      // (加分原因 | 扣分原因 beside them: the second joined to the first, no copy of it.)
      const joined = (hit as NonNullable<Lookup>).joined;
      if (earlier && joined && reasonSides.size === 1 && reasonSides.has(earlier.col)) {
        dupes.push({ col, text, of: earlier.col, join: true });
        reasonSides.add(col);
        continue;
      }
      if (earlier) {
        if (vague < earlier.vague) {
          columns.delete(earlier.col);
          unknown.push({ col: earlier.col, text: grid.text(row, earlier.col) });
          earlier.col = col;
          readAs.set(col, text);
          earlier.vague = vague;
          columns.set(col, target);
          if (own) ownColumns.add(col);
        } else if (vague > earlier.vague) unknown.push({ col, text });
        else {
          dupes.push({ col, text, of: earlier.col });
          // 「迟到早退次数(2月)」 | 「(3月)」: figures of two months, not copies of one — each blank of March was filled from
          // February (孙丽 89 良好 for 95 优秀 at exit 0). Which is this file's month, the rows' 考核月份 says (below).
          if (noteMonth(readAs.get(earlier.col) ?? grid.text(row, earlier.col)) && noteMonth(text)) monthPairs.push({ earlier, col, text });
        }
        continue;
      }
      claimed.push({ col, target, vague });
      if (side) sides.set(col, side);
      if (joined) reasonSides.add(col);
      readAs.set(col, text);
      columns.set(col, target);
      if (own) ownColumns.add(col);
    }
    for (const pair of monthPairs) {
      const month = rowsMonth(grid, row, columns);
      const first = noteMonth(readAs.get(pair.earlier.col) ?? grid.text(row, pair.earlier.col));
      const second = noteMonth(pair.text);
      const fits = (m: ReturnType<typeof noteMonth>) => !!month && !!m && m.month === month.month && (m.year === undefined || month.year === undefined || m.year === month.year);
      // Only when the rows' one month is one of the two (March's target beside April's, 考核月份 2026-03): otherwise
      // copies, compared person by person, as before — the later month was taken, April's target for March's rows.
      if (fits(first) === fits(second)) {
        // Compared person by person, a blank under one month no agreement (March's blank took February's 2 lateness).
        const dupe = dupes.find((d) => d.col === pair.col);
        if (dupe) dupe.months = true;
        continue;
      }
      const keep = fits(first) ? pair.earlier.col : pair.col;
      const drop = keep === pair.col ? pair.earlier.col : pair.col;
      dupes.splice(dupes.findIndex((d) => d.col === pair.col), 1);
      columns.delete(drop);
      columns.set(keep, pair.earlier.target);
      pair.earlier.col = keep;
      unknown.push({ col: drop, text: grid.text(row, drop) });
    }
    // One column noted with another month than the rows' (「旷工(2月)」 in March's roster), or a sum over months (「旷工
    // (1-2月累计)」): not this month's figures — read, February's 旷工 took 5 off March (91 for 96) without a word.
    const ownMonth = rowsMonth(grid, row, columns);
    const otherMonth = (heading: string) => {
      const text = heading.normalize('NFKC');
      const m = noteMonth(text);
      // (A sum over this month alone, 「(3月累计)」 in March's rows, is this month's figure; 「(1-2月累计)」, 「(截至3月累计)」 are not.)
      const note = CUMULATIVE_NOTE.exec(text)?.[1];
      const months = note ? [...note.matchAll(/(\d{1,2})\s*月/g)].map((x) => Number(x[1])) : [];
      const cumulative = note !== undefined && !(months.length === 1 && ownMonth && months[0] === ownMonth.month && !/[-~～至到—–]|截至|截止|以来/.test(note));
      return cumulative || !!(m && ownMonth && (m.month !== ownMonth.month || (m.year !== undefined && ownMonth.year !== undefined && m.year !== ownMonth.year)));
    };
    // Rows of no month of their own (no 考核月份): a heading noted with a named month beside the bare one is set aside, the
    // bare one read, as before month notes were as sure as bare headings — review: 「…(2月)」 10s beside the bare 2s were
    // compared, everyone refused (base 75.00 一般 at exit 0).
    const namesMonth = (text: string) => noteMonth(text.normalize('NFKC')) !== undefined && !THIS_MONTH_NOTE.test(text.normalize('NFKC'));
    const asideUnknown = (text: string, other: string) => !ownMonth && namesMonth(text) && !monthNoted(other);
    const headingOf = (col: number) => readAs.get(col) ?? grid.text(row, col);
    // (A copy so noted — 「…(2月)」 beside the bare heading, now as sure as it — is set aside as well, not compared with it.)
    for (const d of [...dupes]) {
      if (!(otherMonth(d.text) || asideUnknown(d.text, headingOf(d.of))) || !columns.has(d.of) || columns.get(d.of)!.kind !== 'entry') continue;
      dupes.splice(dupes.indexOf(d), 1);
      unknown.push({ col: d.col, text: grid.text(row, d.col) });
    }
    for (const [col, target] of [...columns]) {
      if (target.kind !== 'entry') continue;
      const own = headingOf(col);
      if (!otherMonth(own) && !dupes.some((d) => d.of === col && asideUnknown(own, d.text))) continue;
      columns.delete(col);
      const k = claimed.findIndex((c) => c.col === col);
      if (k >= 0) claimed.splice(k, 1);
      unknown.push({ col, text: grid.text(row, col) });
      // Its copy under the bare heading (「…(2月)」 first, 「…」 after it) is the column then.
      const copy = dupes.find((d) => d.of === col && !monthNoted(d.text)) ?? dupes.find((d) => d.of === col);
      if (!copy) continue;
      dupes.splice(dupes.indexOf(copy), 1);
      for (const d of dupes) if (d.of === col) d.of = copy.col;
      columns.set(copy.col, target);
      readAs.set(copy.col, copy.text);
      if (grid.text(row, copy.col)) ownColumns.add(copy.col);
      if (k >= 0) claimed.push({ col: copy.col, target, vague: 0 });
    }
    // 「话务质量·闲聊/未按静音」 (§12), every kind of one count named in its only column: that count. Refused as one kind of
    // it split into columns, everyone was unscored (黄丽 for 18 + (40 − 0.5×4) + (40 − 0.5×2) = 95). (Beside another
    // column of that count or of a kind of it, the kinds are split: refused as before.)
    for (const u of [...unknown]) {
      // (Not over a units row of another unit nor over 「得分」: 「仪容仪表、语气语调、接听电话」 over 「(分)」 or 「得分」 on §25 is
      // points, refused as such — read as the count it was 87.78 for a refusal, review.)
      const below = row < grid.rowCount ? grid.text(row + 1, u.col).normalize('NFKC').trim() : '';
      if ((/^[((][^()()]{1,6}[))]$/.test(below) && unitCell(below) !== '次') || POINTS_SUB.test(below)) continue;
      const count = everyKindOf(form, u.text);
      const hit = count ? lookup(dict, columnHeading(count.item, count.input, null, 1, form)) : undefined;
      if (!count || hit?.target.kind !== 'entry' || hit.target.input !== count.input) continue;
      const ofCount = (text: string) => countOfKind(form, text)?.input === count.input;
      if (claimed.some((c) => c.target.kind === 'entry' && c.target.input === count.input) || unknown.some((o) => o !== u && ofCount(o.text))) continue;
      unknown.splice(unknown.indexOf(u), 1);
      claimed.push({ col: u.col, target: hit.target, vague: 1 });
      readAs.set(u.col, u.text);
      columns.set(u.col, hit.target);
      if (grid.text(row, u.col)) ownColumns.add(u.col);
    }
    // Headings typed from the seed in the team's words, one column of the form each and most of the form named already:
    // 「客户反馈调查平均分」 (§31) was refused, both teams unscored at exit 1 for 一组 90.00 优秀, 二组 78.65 一般;
    // 「产品和业务了解程度」 (§19) likewise, for 张三 79.17 一般, 李四 54.17 待改进. And 「积极性/行动力/有效性(20分)」 under §12's
    // merged 员工的工作效率 is that item's 得分 (20 of its 20): refused, both people were unscored.
    for (const u of [...unknown]) {
      // (Not over a units row of another unit nor over 「得分」, as above: §25 「仪容仪表…」 over 「(分)」 was read as the count.)
      const below = row < grid.rowCount ? grid.text(row + 1, u.col).normalize('NFKC').trim() : '';
      if ((/^[((][^()()]{1,6}[))]$/.test(below) && unitCell(below) !== '次') || POINTS_SUB.test(below)) continue;
      const dot = u.text.search(/[·・]/);
      const taken = [...columns.values()];
      // (Under one merged heading, the one column of points: 「目标(20分) | 完成(20分)」 took the target — review.)
      const alone = dot > 0 && unknown.filter((v) => v.text.startsWith(u.text.slice(0, dot + 1))).length === 1;
      const hit = handTypedTarget(form, u.text, taken) ?? (alone ? pointsUnderItem(form, u.text.slice(0, dot), u.text.slice(dot + 1), taken) : undefined);
      if (!hit) continue;
      unknown.splice(unknown.indexOf(u), 1);
      claimed.push({ col: u.col, target: hit, vague: 1 });
      readAs.set(u.col, u.text);
      columns.set(u.col, hit);
      if (grid.text(row, u.col)) ownColumns.add(u.col);
    }
    // A criterion of several boxes headed by its own full wording (§6 「业主回访记录(…)并按月统计分析」), none of its boxes
    // with a column: the answer of each of its boxes (criterionColumns.ts).
    const alsoFor = new Map<number, ColumnTarget[]>();
    for (const c of criterionColumns(form, unknown, columns.values())) {
      unknown.splice(unknown.findIndex((u) => u.col === c.col), 1);
      const [first, ...rest] = c.targets;
      claimed.push({ col: c.col, target: first!, vague: 0 });
      readAs.set(c.col, c.text);
      columns.set(c.col, first!);
      alsoFor.set(c.col, rest);
      if (grid.text(row, c.col)) ownColumns.add(c.col);
    }
    // A form without raters: 「X·主管」 beside 「X」 (the item's score as the supervisor gave it) is a second copy of X,
    // compared person by person, not a column to ignore (a 6 there beside a 9 under X was dropped without a word).
    if (!form.raters) {
      for (const u of [...unknown]) {
        const m = /^(.+?)[·・.\-_/](.+)$/.exec(u.text);
        // The supervisor's figure only: 「X·自评」 (a self-score, for reference) or 「X·复评」 is a figure of its own.
        const hit = m && SUPERVISOR.test(m[2]!.trim()) ? lookup(dict, m[1]!) : undefined;
        const earlier = hit?.target.kind === 'entry' ? claimed.find((c) => sameEntry(c.target, hit.target)) : undefined;
        if (!earlier) continue;
        unknown.splice(unknown.indexOf(u), 1);
        dupes.push({ col: u.col, text: u.text, of: earlier.col });
      }
    }
    // Free-text columns (说明, 原因) alone do not make a sheet a roster: 明细 and 汇总 sheets have them too. A
    // checklist's boxes are entries though, even typed as text (a form made only of tick boxes, §20's counts).
    const targets = [...columns.values()];
    const entries = targets.filter((t) => t.kind === 'entry' && (t.input.type !== 'text' || t.item.rule.kind === 'checklist')).length;
    const named = targets.some((t) => t.kind === 'header' && t.field.role === 'name');
    // The second row of a two-row heading that reads as many columns as the first alone: the heading ends here (the
    // first named 员工的工作效率 and 工作状况 whole; under them 得分 and 违反次数 — the row below is the first person).
    const below = twoRow && best?.headerRow === row - 1 && entries === bestEntries && [...columns].every(([col, t]) => t.kind !== 'entry' || ownColumns.has(col));
    // (Every column refused for its unit or scale — 「(5分制)」 over them all — is that table, each column said, not
    // 「没有找到表头」 with nothing located.)
    if (named && (entries >= 1 || (refused >= 1 && !best)) && (entries > bestEntries || below || (entries === 0 && !best))) {
      unknown.sort((a, b) => a.col - b.col);
      best = { headerRow: row, columns: new Map([...columns].sort((a, b) => a[0] - b[0])), unknown, duplicates: dupes.filter((d) => columns.has(d.of)), ...(alsoFor.size ? { alsoFor } : {}) };
      bestEntries = entries;
    }
  }
  if (best) {
    raterColumnByValues(grid, form, best);
    sideTable(grid, best);
    sideBoxes(grid, best);
  }
  return best;
}

/**
 * Two teams' tables side by side (一组 in A:M, 二组 in O:AA, the same headings): the right one's headings were copies of
 * the left's — 「只填了其中一列的人取所填的值」 poured 二组's marks into 一组's people (周杰 and 吴婷 refused for two values
 * an item) and 郑爽 and 王磊 were in no result. The right table's columns are taken out of the layout; its people are
 * listed unscored (readRoster's `beside`). A table: the 姓名 heading again past the left one's, after an empty column or
 * at the left one's first heading, with two or more of its items' headings, none read as an item of its own (a second
 * rater's block).
 */
function sideTable(grid: Grid, layout: RosterColumns): void {
  const nameCol = [...layout.columns].find(([, t]) => t.kind === 'header' && t.field.role === 'name')?.[0];
  if (nameCol === undefined) return;
  const key = (col: number) => labelKey(grid.text(layout.headerRow, col).normalize('NFKC').trim());
  const first = Math.min(...layout.columns.keys());
  const last = Math.max(...layout.columns.keys(), ...layout.unknown.map((u) => u.col), ...layout.duplicates.map((d) => d.col));
  for (let from = nameCol + 1; from <= last; from++) {
    if (!key(from) || (key(from - 1) && key(from) !== key(first))) continue;
    let to = from;
    while (to < last && key(to + 1)) to++;
    const leftKeys = new Map<string, number>();
    for (let col = first; col < from; col++) if (key(col) && !leftKeys.has(key(col))) leftKeys.set(key(col), col);
    const block = Array.from({ length: to - from + 1 }, (_, k) => from + k);
    const sideName = block.find((c) => key(c) === key(nameCol));
    const again = block.filter((c) => leftKeys.has(key(c)));
    const items = again.filter((c) => layout.columns.get(leftKeys.get(key(c))!)?.kind === 'entry');
    const ownItems = block.some((c) => layout.columns.get(c)?.kind === 'entry');
    if (sideName === undefined || items.length < 2 || again.length * 2 < block.length || ownItems) continue;
    // Another team's people: a box of the same people (a 复核表 copy, a summary of their figures) is the roster's own, read
    // as base read it — review: its rows listed unscored made every one a namesake, 周杰 95 良好 refused.
    if (sameNames(grid, layout.headerRow, nameCol, sideName)) continue;
    const fields = new Map<number, string>();
    for (const c of again) {
      const t = layout.columns.get(leftKeys.get(key(c))!);
      if (t?.kind === 'header') fields.set(c, t.field.id);
    }
    for (const c of block) layout.columns.delete(c);
    layout.unknown = layout.unknown.filter((u) => u.col < from || u.col > to);
    layout.duplicates = layout.duplicates.filter((d) => d.col < from || d.col > to);
    layout.side = { from, to, nameCol: sideName, fields };
    return;
  }
}

/** Some name of the right column is also in the left one, below the headings. */
function sameNames(grid: Grid, headerRow: number, left: number, right: number): boolean {
  const names = new Set<string>();
  for (let row = grid.nextRow(headerRow); row <= grid.rowCount; row = grid.nextRow(row)) names.add(nameKey(grid.text(row, left)));
  names.delete('');
  for (let row = grid.nextRow(headerRow); row <= grid.rowCount; row = grid.nextRow(row)) if (names.has(nameKey(grid.text(row, right)))) return true;
  return false;
}

/**
 * A box of the team's beside the roster, past an empty column: a legend of a rule (「迟到/早退/缺勤次数 | 得分」 0…4 → 10…2),
 * a lookup (「分数下限 | 等级」), a list (「部门 | 主管」). Its headings read as the roster's, its rows were the first
 * people's: 迟到 counts 0–4 for people with none (李娜 83 for 85 at exit 0), a 部门, five 「手填的等级」. A box is a block
 * of columns after a column with neither heading nor figure, filled from the first row down and ending before the last
 * person, some heading of it not the form's; it is not read.
 */
function sideBoxes(grid: Grid, layout: RosterColumns): void {
  const nameCol = [...layout.columns].find(([, t]) => t.kind === 'header' && t.field.role === 'name')?.[0];
  if (nameCol === undefined) return;
  const rows: number[] = [];
  for (let row = grid.nextRow(layout.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) rows.push(row);
  const people = rows.filter((r) => grid.text(r, nameCol));
  if (people.length < 2) return;
  const lastPerson = people[people.length - 1]!;
  const headed = (col: number) => !!grid.text(layout.headerRow, col) || (layout.headerRow > 1 && !!grid.text(layout.headerRow - 1, col));
  const empty = (col: number) => !headed(col) && rows.every((r) => grid.value(r, col).kind === 'empty');
  const last = Math.max(...layout.columns.keys(), ...layout.unknown.map((u) => u.col));
  const unknownCols = new Set(layout.unknown.map((u) => u.col));
  for (let sep = nameCol + 1; sep < last; sep++) {
    if (!empty(sep)) continue;
    let end = sep + 1;
    while (end <= last && !empty(end)) end++;
    const block = Array.from({ length: end - sep - 1 }, (_, k) => sep + 1 + k);
    const filled = rows.filter((r) => block.some((c) => grid.value(r, c).kind !== 'empty'));
    // (Each column of it filled on every one of those rows: a table. The team's 原因 | 扣分 after a deleted column, filled
    // for the first three people — 扣分 3, blank, 5 — is theirs to read: review.)
    const whole = (c: number) => rows.every((r, k) => (grid.value(r, c).kind !== 'empty') === (k < filled.length));
    const fromTop = filled.length > 0 && filled.every((r, k) => r === rows[k]) && block.every((c) => !headed(c) || whole(c));
    // (Not the form's own columns after a spacer: at most one of them in a box — review: 「其它·奖惩分 | 其它·原因 | 备注」 past
    // an empty column, filled for the first two people, were dropped (张三 98 for 93); the items after one, all refused.)
    const entries = block.filter((c) => layout.columns.get(c)?.kind === 'entry').length;
    const box = fromTop && filled.length >= 3 && filled[filled.length - 1]! < lastPerson && entries <= 1 && block.length >= 2 && block.some((c) => unknownCols.has(c)) && !block.includes(nameCol);
    if (box) {
      for (const col of block) {
        if (!headed(col)) continue;
        layout.columns.delete(col);
        (layout.boxes ??= []).push({ col, text: grid.text(layout.headerRow, col) });
      }
      layout.unknown = layout.unknown.filter((u) => !block.includes(u.col));
    }
    sep = end - 1;
  }
}

/**
 * Two columns for the field saying who rated (考核人签字 left for signatures, 评估人 holding 自评 / 主管评; 考核人 刘敏
 * beside 评估人 自评): the one whose cells name raters says who rated — the first one was read, and a self-rating
 * signed by the supervisor's name was the supervisor's. The other is ignored, as before.
 */
function raterColumnByValues(grid: Grid, form: FormDef, layout: RosterColumns): void {
  const field = raterField(form);
  if (!field || !form.raters?.length) return;
  const read = [...layout.columns].find(([, t]) => t.kind === 'header' && t.field === field)?.[0];
  if (read === undefined) return;
  const others = layout.duplicates.filter((d) => d.of === read);
  if (!others.length) return;
  const naming = (col: number): number => {
    let n = 0;
    for (let r = grid.nextRow(layout.headerRow), k = 0; r <= grid.rowCount && k < 500; r = grid.nextRow(r), k++) {
      const t = grid.text(r, col);
      if (t && (findRater(form, t) || saysSelf(t))) n++;
    }
    return n;
  };
  const best = others.map((d) => ({ col: d.col, n: naming(d.col) })).reduce((b, d) => (d.n > b.n ? d : b), { col: read, n: naming(read) });
  if (best.col === read) return;
  const target = layout.columns.get(read)!;
  layout.columns.delete(read);
  layout.columns.set(best.col, target);
  layout.columns = new Map([...layout.columns].sort((a, b) => a[0] - b[0]));
  const moved = others.find((d) => d.col === best.col)!;
  layout.duplicates = layout.duplicates.map((d) => (d === moved ? { col: read, text: grid.text(layout.headerRow, read), of: best.col } : d.of === read ? { ...d, of: best.col } : d));
}

/** The row holds at least two different texts (headings of its own, not one title over everything). */
function twoTextsOn(grid: Grid, row: number): boolean {
  let first = '';
  for (let col = 1; col <= grid.columnCount; col++) {
    const t = grid.text(row, col);
    if (!t) continue;
    if (!first) first = t;
    else if (t !== first) return true;
  }
  return false;
}

/** The heading is the entry's item or input id alone (「P1」), none of the names a person reads. */
function namedByIdOnly(target: Extract<ColumnTarget, { kind: 'entry' }>, text: string): boolean {
  const key = labelKey(text);
  const ids = [target.item.id, target.input.id].map(labelKey);
  const readable = [target.item.label, ...(target.item.aliases ?? []), target.input.label, ...(target.input.aliases ?? [])].map(labelKey);
  return ids.includes(key) && !readable.includes(key);
}

/**
 * Headings that name an item two parts share without its part (§4: 「日常行为·直接主管」 for 团队/纪律's and again for
 * 超预期表现's), as many times as parts have it — or as parts whose column is not headed in full beside them: read in
 * the parts' order, as the template lays them out (「团队/纪律·日常行为·直接主管」, then 「超预期表现·日常行为·直接主管」).
 * Any other count is not guessed.
 */
function sharedItemHeadings(grid: Grid, row: number, form: FormDef, dict: ColumnDictionary, twoRow: boolean): Map<number, string> {
  const out = new Map<number, string>();
  const shared = sharedItemLabels(form);
  if (!shared.size) return out;
  // Under a two-row heading, the item named above its raters (「日常行为」 merged over 直接主管 | 间接主管): read as one
  // heading, 「日常行为·直接主管」 (§4 was 「缺少列」 for both 日常行为 under such a heading).
  // (The raters' names alone may be header fields of the form, its signature lines: under the item they are its raters.)
  const sharedKeys = new Set([...shared.keys()].map(labelKey));
  const headings: string[] = [];
  /** The heading above each column (a rater's block, 「直接主管评分」 over the items): the parts' order is each block's. */
  const blockOf: string[] = [];
  let group = '';
  for (let col = 1; col <= grid.columnCount; col++) {
    const own = ownHeading(grid, row, col);
    const over = twoRow ? raterBlockName(form, grid.text(row - 1, col)) : '';
    if (over) group = over;
    blockOf[col] = group;
    // The item above may print its points (「日常行为(6分)」): named without them.
    const item = group ? [group, withoutPoints(withoutTrailingNote(group))].find((g) => sharedKeys.has(labelKey(g))) : undefined;
    // A part merged above its items (「超预期表现」 over 工作能力 | 日常行为, placed first): the shared item is that part's,
    // whatever the order (by the template's order 超预期表现's 9 went to 团队/纪律: 「实际为「9」」).
    const groupName = labelKey(withoutPoints(withoutTrailingNote(group)) || group);
    const part = own && twoRow && group && !item && sharedKeys.has(labelKey(own)) ? form.parts.find((p) => labelKey(p.label) === groupName || labelKey(withoutTrailingNote(p.label) || p.label) === groupName) : undefined;
    headings[col] = own && twoRow && item && item !== own ? `${item}·${own}` : part ? `${part.label}·${own}` : own;
  }
  const groups = new Map<string, { parts: string[]; cols: Array<{ col: number; text: string }> }>();
  for (let col = 1; col <= grid.columnCount; col++) {
    const text = headings[col]!;
    if (!text || lookup(dict, text)) continue;
    const key = labelKey(text);
    const hit = [...shared].find(([label, parts]) => key.startsWith(labelKey(label)) && lookup(dict, `${parts[0]}·${text}`));
    if (!hit) continue;
    // Under a rater's block (日常行为 twice under 「直接主管评分」, twice again under 「间接主管评分」): counted per block.
    const block = twoRow && blockOf[col] && raterAfterSpace(dict, `${text} ${blockOf[col]}`) !== null ? blockOf[col]! : '';
    const g = groups.get(`${key}\u0000${block}`) ?? { parts: hit[1], cols: [] };
    g.cols.push({ col, text });
    groups.set(`${key}\u0000${block}`, g);
  }
  // The headings of this row as the dictionary reads them: a part named in full (「超预期表现·日常行为·直接主管」) is taken.
  const named: ColumnTarget[] = [];
  for (let col = 1; col <= grid.columnCount; col++) {
    const hit = lookup(dict, headings[col]!);
    if (hit) named.push(hit.target);
  }
  for (const { parts, cols } of groups.values()) {
    // The parts whose column has no heading of its own yet, in the template's order: as many as the bare headings.
    const open = parts.filter((part) => {
      const hit = lookup(dict, `${part}·${cols[0]!.text}`);
      return hit && !named.some((t) => sameEntry(t, hit.target));
    });
    if (cols.length !== open.length) continue;
    cols.forEach(({ col, text }, k) => out.set(col, `${open[k]}·${text}`));
  }
  return out;
}

/**
 * side: one of 加分 | 扣分 under 「奖惩」 (adjustmentUnder), the two columns summed into its one signed input; joined: one of
 * 加分原因 | 扣分原因 beside them, the two columns' texts joined into its one reason.
 */
type Lookup = { target: ColumnTarget; noted: boolean; side?: 'plus' | 'minus'; joined?: true } | undefined;
/** How kpi heads a result column of its own beside the team's of that name (「总分(kpi)」) and a further grade (「转正建议(kpi)」). */
const KPI_OWN = /\(kpi\)$/;
/** kpi's roster result columns end 「排名」「评分说明」 (graded/results.ts rosterHeadings; 「(kpi)」 when the team had one). */
const kpiResult = (text: string, heading: string) => text === heading || text === `${heading}(kpi)`;

/**
 * The columns of the heading row `row` kpi wrote as its own: a heading ending in exactly 「(kpi)」 left of kpi's result
 * columns 「排名」「评分说明」 — a graded roster copied into a new workbook without kpi's record (「转正建议(kpi)」 read as the
 * team's typed grade kept 「不通过」 over 通过). A team's own 「客户满意度(KPI)」「（KPI）」 with no such columns beside it is
 * theirs, an item's heading with a note: as never input, §10's 张三 (102.00 优秀) was refused 缺少列「客户满意度」 at exit 1.
 */
function kpiWroteColumns(grid: Grid, row: number): Set<number> {
  const own = new Set<number>();
  let end = 0;
  for (let col = grid.columnCount - 1; col >= 1 && !end; col--) if (kpiResult(grid.text(row, col).trim(), '排名') && kpiResult(grid.text(row, col + 1).trim(), '评分说明')) end = col;
  for (let col = 1; col < end; col++) if (KPI_OWN.test(grid.text(row, col).trim())) own.add(col);
  return own;
}
/** lookup's answers per dictionary: the same headings are looked up on every row tried and every sheet of a workbook. */
const lookups = new WeakMap<ColumnDictionary, Map<string, Lookup>>();
const LOOKUPS_KEPT = 20_000;

// 「回访客户数(户)」「5.处理能力」: a unit in brackets after the heading, list numbering before it. `noted`: the heading
// named it only without a note in brackets.
function lookup(dict: ColumnDictionary, text: string): Lookup {
  let known = lookups.get(dict);
  if (!known) lookups.set(dict, (known = new Map()));
  if (known.has(text)) return known.get(text);
  const found = lookupOnce(dict, text);
  if (known.size >= LOOKUPS_KEPT) known.clear();
  known.set(text, found);
  return found;
}

/** A points note after the heading or after any of its parts (「员工基本标准(10分)·不符合项数」). */
function anyPointsNoted(text: string): boolean {
  return splitAround(text, /[·・]/).some((part) => pointsNoted(part));
}

/** A heading that names a count (…次数, a note ending in 次数) over an input of points (its unit 分). */
function countOverPoints(text: string, input: { type: string; unit?: string }): boolean {
  if (input.unit !== '分' || (input.type !== 'list' && input.type !== 'number')) return false;
  const t = text.normalize('NFKC').trim();
  return /次数$/.test(withoutTrailingNote(t)) || /[(]\s*[^()]*次数\s*[)]\s*$/.test(t);
}

/** 「客户满意度(20分)·得分」: points on the item, over a column named only as a score. */
function pointsAboveAScore(text: string): boolean {
  const parts = splitAround(text, /[·・]/);
  const last = withoutTrailingNote(parts[parts.length - 1]!.normalize('NFKC').trim());
  return parts.length > 1 && /^(得分|评分|分数|打分|成绩|分)$/.test(last) && parts.slice(0, -1).some((part) => pointsNoted(part));
}

function lookupOnce(dict: ColumnDictionary, text: string, raterRead = false): Lookup {
  // 「业务知识能力 领导评分」, 「…\n员工自评」, 「…-主管」, 「…·领导评分」: the rater after a space, a line break, a dash or a
  // dot, as in brackets. Read without it, 领导评分 was taken for a second 同事评 and the advice to rename the
  // self-rating 「·主管评」 scored it so.
  const spaced = raterRead ? null : raterAfterSpace(dict, text);
  if (spaced) return lookupOnce(dict, spaced, true);
  const bracket = /[(（]/;
  for (const variant of labelVariants(text)) {
    const target = dict.get(labelKey(variant));
    if (!target) continue;
    const noted = bracket.test(text.normalize('NFKC')) && !bracket.test(variant);
    // 「实际销售额(万元)」, 「迟到或早退(分钟)」: a unit in the note the input does not count in — its numbers would be
    // read in the input's own (9 万元 as 9 元). Not this column then: the heading is said as one that looks like it.
    // So is a bare % after it (「处理能力%」), and a note on the item over 自评 | 主管 (「出勤率(%)·主管」: the rates 1,
    // 0.95 were read as points of 5, 87 良好 for 91 优秀 at exit 0).
    if (target.kind === 'entry' && !bracket.test(variant) && !/%/.test(variant) && foreignNote(text, target.input) !== undefined) return undefined;
    // 「态度(上月)」, 「旷工(上个月)」: last month's figures, never this month's — alone, they were read as this month's (93
    // for the month's own marks) while 「上月态度」 was refused.
    // (Also after a name with brackets of its own: 「潜在客户(访问)数(上月)」 was a second column of this month's.)
    if (target.kind === 'entry' && PAST_NOTE.test(text.normalize('NFKC')) && !PAST_NOTE.test(variant.normalize('NFKC'))) return undefined;
    // 「表格管理次数」, 「表格管理(延迟遗漏错误次数)」 over the points of each incident (§8 M2 「3,2,5」): a count of incidents,
    // read as one incident of that many points (4 for four incidents: 16 of 20, 91 优秀 for at most 87). Not this column.
    if (target.kind === 'entry' && countOverPoints(text, target.input)) return undefined;
    // 「准时出勤(10分)」 over a count of 次: the column gives points (8 of 10), read as 8 absences (77 for 83). Not this
    // column then: said as the item's score (missingColumns).
    // The same with the points on the item above its input (「客户满意度(20分)·得分」, a two-row heading read as one): 18
    // there is 18 of 20, and read on the input's 0–100 it scored 3.6 (sales-cs-kpi 55.78 for 94.5, exit 0).
    // (「员工基本标准(10分)·不符合项数」 names its count: the item's points there say nothing of the figures.)
    // (Points that are the input's own scale — 「客户满意度(0-100)」, 「(满分100)」 over a survey score of 0–100 — say how
    // the figures are written: read, as 「(百分制)」 is.)
    // (Only over a score in 分: 「投诉处理(3分)」 over a count of 0–3 unmet is the item's points, refused as before.)
    const ownScale = target.kind === 'entry' && target.input.max !== undefined && unitsOf(target.input.unit).includes('分') && (notedPoints(text) === target.input.max || (target.input.max === 100 && /[((]\s*0\s*[-~～至到—–]\s*100\s*(分|分制)?\s*[))]\s*$/.test(text.normalize('NFKC')))) && !pointsNoted(variant);
    if (target.kind === 'entry' && !ownScale && measuredNotPoints(target.input, target.item) && ((pointsNoted(text) && !pointsNoted(variant)) || (pointsAboveAScore(text) && !anyPointsNoted(variant)))) return undefined;
    // 「客户信息管理(个人自评)」: the note says who rated. That rater's column, or none when the form has no such rater
    // (read as the item alone, a self-rating was the supervisor's).
    // (A label of its own may hold brackets: 「工作现场(清洁、整齐)(经理)」 read as 「工作现场(清洁、整齐)」.)
    const whole = text.normalize('NFKC').trim();
    const note = whole.slice(withoutTrailingNote(whole).length).trim();
    // (A period's note, 「(上月)」, names no rater: last month's figures, set aside by how vague the heading is.)
    if (target.kind === 'entry' && note && !variant.normalize('NFKC').trim().endsWith(note) && !PAST_NOTE.test(whole) && !THIS_MONTH_NOTE.test(whole) && !MONTH_NOTE.test(whole)) {
      const named = raterInNote(note.replace(/^[(]|[)]$/g, ''), dict.raters, dict.raters.some((r) => r.copyOnly) ? undefined : bareHeadingRater({ raters: [...dict.raters] }));
      if (named === 'unknown') return undefined;
      if (named !== 'none' && named !== target.rater) {
        const again = dict.get(labelKey(`${variant}·${named.label}`));
        return again ? { target: again, noted } : undefined;
      }
    }
    return { target, noted };
  }
  return undefined;
}

/**
 * 「业务知识能力 领导评分」 as 「业务知识能力·主管评」 when the last word names a rater (by its name, alias or written
 * name: 领导, 顾客, 员工自评), with its number (「沟通能力 顾客评2」 is 客户评2); else null, and the heading is read as it
 * always was (「…·经理」 where two supervisors rate: refused there).
 */
/** A group heading naming a rater with a word of its marks after it (评价, 评分, 打分): the rater's own name; else as written. */
function raterBlockName(form: FormDef, text: string): string {
  const m = /^(.+?)(评价|评分|打分|评定|考评)$/.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  if (!m || !form.raters) return text;
  // (Not a rater named so — 同事评价, 客户评价 are aliases: kept as written. Only a rater's own name before the word: a
  // title 「客户服务评价」 over the supervisor's marks is no 客户's block.)
  const names = (r: RaterDef) => [r.label, ...(r.aliases ?? []), ...(r.writtenAs ?? [])].map(labelKey);
  const rater = form.raters.find((r) => names(r).includes(labelKey(m[1]!)));
  if (!rater || names(rater).includes(labelKey(text))) return text;
  return rater.label;
}

function raterAfterSpace(dict: ColumnDictionary, text: string): string | null {
  if (!dict.raters.length) return null;
  const m = /^(.*\S)\s*(?:\s|[-—–_·・])\s*([^\s()\-—–_·・]+)$/u.exec(text.normalize('NFKC').trim());
  if (!m || /[((]/.test(m[2]!)) return null;
  const [, item, word] = m as unknown as [string, string, string];
  // 「沟通能力·顾客评价」 may be the customers' remarks as well as their rating (missingColumns tells them by what is in it).
  // (A rater's own name ending so — 同事评价, 自我评价 — is that rater's.)
  if (/(评价|意见|反馈|建议|备注|说明)$/.test(word) && !/^(个人|员工|本人)?自我评价$/.test(word) && !dict.raters.some((r) => [r.label, ...(r.aliases ?? []), ...(r.writtenAs ?? [])].some((n) => labelKey(n) === labelKey(word)))) return null;
  const numbered = /^(.*\D)(\d{1,2}|[a-z]|[甲乙丙丁戊己庚辛壬癸])$/i.exec(word);
  const slot = numbered ? slotOf(numbered[2]!) : undefined;
  // A supervisor's word stands for the form's rater that counts (§15 「第1题·主管」 is 面试官's) — but not read through one
  // rater's copy (客户's alone, a single rater of one): 「…·上级」 is no column of 客户's. A word naming no one rater here is
  // left to the headings' own reading (refused, or not this copy's), as before.
  const copy = dict.raters.some((r) => r.copyOnly);
  const named = raterInNote(numbered && slot ? numbered[1]! : word, dict.raters, copy ? undefined : bareHeadingRater({ raters: [...dict.raters] }));
  if (named === 'none' || named === 'unknown') return null;
  // On a form of two supervisors by rank (§4 直接主管, 间接主管), 「…·直接主管」 read through 间接主管's copy is the other's
  // column, never this one's (the two were said to be one column twice). A form of one supervisor has no rank to miss.
  const names = (r: RaterDef) => [r.label, ...(r.aliases ?? []), ...(r.writtenAs ?? [])];
  const rank = /^(直接|间接|直属|隔级)/.exec(word)?.[1];
  const ranked = dict.raters.some((r) => names(r).some((n) => /^(直接|间接|直属|隔级)/.test(n)));
  if (rank && ranked && !names(named).some((n) => n.startsWith(rank))) return null;
  return `${item}·${named.label}${slot ? String(slot) : ''}`;
}

/** A slot's number as headings write it: 2, B (or b), 乙. */
function slotOf(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const stem = '甲乙丙丁戊己庚辛壬癸'.indexOf(text);
  if (stem >= 0) return stem + 1;
  return /^[a-z]$/i.test(text) ? text.toLowerCase().charCodeAt(0) - 96 : undefined;
}

/**
 * 「准时出勤(10分)」 with a row of units under the headings giving 「(次)」 there: the column holds the count, as
 * 「准时出勤(次)」 would say (a points note alone is refused by lookup: the values are likely points).
 */
function unitBelow(dict: ColumnDictionary, grid: Grid, row: number, col: number, text: string): ReturnType<typeof lookup> {
  if (!pointsNoted(text) || row >= grid.rowCount) return undefined;
  const unit = unitCell(grid.text(row + 1, col));
  if (!unit || !(UNIT_WORDS.has(unit) || unit === '%') || unit === '分') return undefined;
  return lookup(dict, `${withoutTrailingNote(text)}(${unit})`);
}

/**
 * 「客户满意度(分)」 (or 「(分数)」) over a score on a scale of its own (得分 0–100 under an item of 20): a bare 「(分)」 could be either
 * score, so lookup refuses it — unless the column holds a number past the item's full marks (95 under 20), which only
 * the 0–100 score can be. Then it is that score's column, as 「客户满意度」 alone would say. All at most 20: refused still.
 */
function pointsOfItsOwnScale(dict: ColumnDictionary, grid: Grid, row: number, col: number, text: string): ReturnType<typeof lookup> {
  const bare = /^(.+?)\s*\(\s*(?:分|分数|得分)\s*\)$/.exec(text.normalize('NFKC').trim())?.[1];
  const hit = bare ? lookup(dict, bare) : undefined;
  if (!hit || hit.target.kind !== 'entry') return undefined;
  const { input, item } = hit.target;
  if (!unitsOf(input.unit).includes('分') || input.max === undefined || input.max <= item.max) return undefined;
  // Evidence is a score only the 0–100 scale has (20.5 … 100): 150 is a slip on either scale, and 18 and 15 beside it
  // could still be points of 20 — read as 0–100, they would be 3.6 and 3 without a word.
  let past = false;
  const read = mostlyHolds(grid, row, col, (raw) => {
    const parsed = parseRaw(input, raw);
    if (parsed.ok && typeof parsed.value === 'number' && parsed.value > item.max) past = true;
    return parsed.ok && !parsed.empty;
  });
  return read && past ? { target: hit.target, noted: true } : undefined;
}


/** A sub-heading naming points (扣分, 得分, 分数): over an item counted in lapses, not that count. */
const POINTS_SUB = /^(扣分|得分|分|分数|评分|扣分数|所扣分数|实际得分)$/;

/** `group` is the name of an item other than `item`. */
/** A score's own sub-heading under an item (「主管评分」 on a form without raters is its one rater's). */
const SCORE_SUB = /^(得分|评分|分数|打分)$/;

/**
 * 「主管评分」, 「分数」 under 「员工的工作效率(20分)」 merged over it (§12): the item's points typed straight in. Said as no item
 * of the form while 「员工的工作效率·得分」 was missing, everyone was unscored (黄丽 for 18 + 38 + 39 = 95). Only an item
 * filled with its points on its own scale: 得分 under a count or a rate is the team's own figure (refused elsewhere).
 */
function itemScoreUnder(dict: ColumnDictionary, form: FormDef, above: string, sub: string): Lookup {
  if (!SCORE_SUB.test(sub) && (form.raters || !SUPERVISOR.test(sub))) return undefined;
  const hit = lookup(dict, above);
  if (hit?.target.kind !== 'entry') return undefined;
  const { item, input } = hit.target;
  return soleInput(item) === input && !input.reference && markedInPoints(input) && input.max === item.max ? hit : undefined;
}

/** Per form, once: its adjustment items and their names. */
const adjustmentsOf = new WeakMap<FormDef, Array<{ item: ItemDef; names: string[] }>>();

/**
 * 「分数」 | 「原因」 under 「奖惩」 merged over them (§8 其它's 奖惩分 and 原因): the adjustment's points and reason, the words
 * it shares with the group said once. Said as no column of the form, 张三's +2 and 王五's −2 were unread, both unscored at
 * exit 1 (79 一般, 81 良好); under 「其它」 the +2 was dropped with a warning (77 for 79, exit 0). Only the group's one column
 * of that input: beside 奖惩分 under 奖惩, a 得分 is the team's own figure, read as before. (Not 金额: money, not points.)
 */
function adjustmentUnder(dict: ColumnDictionary, form: FormDef, above: string, sub: string, siblings: ReadonlySet<string> | undefined): Lookup {
  const item = adjustmentOver(form, above);
  // (And 「扣分」 there: its points taken off, 2 → −2 as under 「奖惩(扣分)」 — deductionHeading reads 「奖惩 扣分」 so.)
  const others = [...(siblings ?? [])].filter((s) => s !== sub);
  // (And 加分 | 扣分 side by side: the two halves of the one signed 奖惩分, 加分 − 扣分 — refused both, 张三's +2 and 王五's
  // 2 off left them unscored at exit 1 for 79 一般 and 94 优秀. The second column is a `sum` duplicate of the first.)
  const side = item ? adjustmentSide(item, sub, others) : undefined;
  // (And 加分原因 | 扣分原因 beside that pair: the one reason, both columns — the second joined to the first.)
  const reason = item && !side ? adjustmentReasonOf(item, sub, others) : undefined;
  const input = item ? (adjustmentInputNamed(item, sub) ?? adjustmentDeductionNamed(item, sub, others) ?? (side ? signedPoints(item) : undefined) ?? reason) : undefined;
  if (!item || !input) return undefined;
  const sameInput = (s: string) => {
    if (side && adjustmentSide(item, s, [...others.filter((o) => o !== s), sub])) return false;
    if (reason && adjustmentReasonOf(item, s, [...others.filter((o) => o !== s), sub]) === reason) return false;
    if (adjustmentInputNamed(item, s) === input || adjustmentDeductionNamed(item, s, []) === input) return true;
    const hit = lookup(dict, `${above}·${s}`) ?? lookup(dict, s);
    return hit?.target.kind === 'entry' && hit.target.item === item && hit.target.input === input;
  };
  if (others.some(sameInput)) return undefined;
  const hit = lookup(dict, columnHeading(item, input, null, 1, form));
  return hit?.target.kind === 'entry' && hit.target.item === item && hit.target.input === input ? { ...hit, ...(side ? { side } : {}), ...(reason ? { joined: true as const } : {}) } : undefined;
}

/**
 * 「奖惩扣分」, 「奖惩减分」 (no brackets): read as 「奖惩(扣分)」 is — the adjustment's signed points, 2 taken off as −2
 * (deductionHeading). Refused as no column of the form, 王五 was unscored at exit 1 (94 优秀), and advised renamed
 * 「其它·奖惩分」, which would have made his 2 +2 (98).
 */
function gluedDeduction(dict: ColumnDictionary, form: FormDef, text: string): Lookup {
  const m = /^(.+?)(扣分|罚分|减分)$/.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  const item = m ? adjustmentOver(form, m[1]!) : undefined;
  if (!m || !item || !signedPoints(item)) return undefined;
  const hit = lookup(dict, `${m[1]}(${m[2]})`);
  return hit?.target.kind === 'entry' && hit.target.item === item && hit.target.input === signedPoints(item) ? hit : undefined;
}

/**
 * The entry key of the adjustment points a money column was refused in place of (its `like`, 「其它·奖惩分」): that item is
 * not scored for whoever typed an amount there. The form's one adjustment when the heading names none.
 */
function moneyAdjustment(form: FormDef, like: string): string | undefined {
  const items = form.parts.flatMap((p) => p.items).filter((i) => i.rule.kind === 'adjustment');
  const key = labelKey(withoutTrailingNote(like) || like);
  const named = items.filter((i) => {
    const points = i.inputs.find((x) => i.rule.kind === 'adjustment' && x.id === i.rule.input);
    return points !== undefined && labelKey(columnHeading(i, points, null, 1, form)) === key;
  });
  const item = named.length === 1 ? named[0] : items.length === 1 ? items[0] : undefined;
  return item && item.rule.kind === 'adjustment' ? entryKey(item.id, item.rule.input) : undefined;
}

/** The adjustment item a group heading names (「奖惩」, 「奖惩分」, 「其它」 → §8 其它), if any. */
function adjustmentOver(form: FormDef, above: string): ItemDef | undefined {
  let adjustments = adjustmentsOf.get(form);
  if (!adjustments) adjustmentsOf.set(form, (adjustments = form.parts.flatMap((p) => p.items).filter((i) => i.rule.kind === 'adjustment').map((item) => ({ item, names: itemNames(form, item) }))));
  return adjustments.length ? adjustmentNamed(adjustments, labelVariants(above).map(labelKey)) : undefined;
}

/**
 * 「目标时间(秒)」 under 「响应时间(10%)」 merged over 实际 | 目标 (§10): the item's 目标响应时间, the words it shares with the
 * item said once. Said as no column of the form, everyone was unscored at exit 1 (张三 98.67 优秀 read so). Only under the
 * item: 「目标时间」 alone names nothing.
 */
function targetUnderItem(dict: ColumnDictionary, form: FormDef, above: string, text: string): Lookup {
  const t = text.normalize('NFKC').trim();
  const words = withoutTrailingNote(t);
  const tail = /^目标(.{2,})$/.exec(labelKey(words))?.[1];
  if (!tail) return undefined;
  const note = t.slice(words.length);
  const item = (itemsByName(form).get(labelKey(withoutTrailingNote(above))) ?? [])[0];
  if (!item) return undefined;
  for (const n of itemNames(form, item)) {
    const k = labelKey(n);
    if (k.length <= tail.length || !k.endsWith(tail)) continue;
    const hit = lookup(dict, `${n}·目标${n}${note}`);
    if (hit?.target.kind === 'entry' && hit.target.item === item) return hit;
  }
  return undefined;
}

/**
 * A heading under an unmerged group heading that ends it: the group names an item, the heading is none of that item's
 * inputs (read under the group or alone) and names another item (「态度」) or another item's adjustment input (「奖惩分」,
 * 「原因」 of §8 其它). Headings the group's item may own (「得分」, 「扣分」, words not of the form) leave it running on.
 * So does a 「原因」 right after the group's own columns with the adjustment's own reason after it (`later`: the row's
 * headings after this one): 工作纪律 typed once over 迟到或早退 … 工作时间睡觉 | 原因, then 奖惩分 | 原因 — read as 其它·原因,
 * its 「3月5日迟到」 and the adjustment's 「表扬信」 were one input twice, 张三 and 王五 unscored at exit 1 for 79 / 94 (the
 * merged group's reading). A lone 原因 there is still 其它's, and so is one followed by a bare 说明 (原因 | 奖惩分 | 说明: a
 * remark, ignored as at 244c0178) — unless the rows show that 说明 (or 事由) holding the reason where the 原因 is blank
 * (`holdsReason`, remarkHoldsReason): then it is the reason and the 原因 the group's.
 */
function leavesGroup(dict: ColumnDictionary, form: FormDef, group: string, heading: string, later: () => ReadonlyArray<{ col: number; text: string }>, holdsReason: (remark: number, points: number) => boolean): boolean {
  const items = itemsByName(form).get(labelKey(group)) ?? itemsByName(form).get(labelKey(withoutTrailingNote(group))) ?? [];
  if (!items.length) return false;
  const ours = (hit: Lookup) => hit?.target.kind === 'entry' && items.includes(hit.target.item);
  if (ours(lookup(dict, `${group}·${heading}`)) || ours(lookup(dict, heading))) return false;
  if ((itemsByName(form).get(labelKey(heading)) ?? []).some((i) => !items.includes(i))) return true;
  const alone = lookup(dict, heading);
  if (alone?.target.kind !== 'entry' || alone.target.item.rule.kind !== 'adjustment') return false;
  const { item, input } = alone.target;
  if (item.rule.kind !== 'adjustment' || input.id !== item.rule.reason) return true;
  const after = later();
  const points = after.find((h) => {
    const hit = lookup(dict, h.text);
    return hit?.target.kind === 'entry' && hit.target.item === item && hit.target.input.id === (item.rule.kind === 'adjustment' ? item.rule.input : undefined);
  });
  const reasonAgain = (h: { col: number; text: string }) => {
    // (Not a bare 说明 / 理由 / 事由 after this 原因: 原因 | 奖惩分 | 说明 is the reason and a remark — the 原因 read as
    // 工作纪律's, 张三's +2 and 王五's −2 were refused 「须注明原因」 at exit 1 for 79 / 100 / 94, as at 244c0178 — unless
    // that 说明 after the 奖惩分 holds the reason where this 原因 is blank (remarkHoldsReason): then this 原因 is the
    // group's remark (「3月5日迟到」), and 王五's −2 beside a blank 原因 and 「客户投诉」 in 说明 was refused 「须注明原因」.)
    if (otherReasonWord(h.text, heading, input.label)) return !!points && h.col > points.col && holdsReason(h.col, points.col);
    const hit = lookup(dict, h.text);
    return (hit?.target.kind === 'entry' && hit.target.item === item && hit.target.input === input) || adjustmentInputNamed(item, h.text) === input;
  };
  return !after.some(reasonAgain);
}

/**
 * Under a two-row heading ending at `headerRow`, 原因 (`reason`) | 奖惩分 (`points`) | 说明 (`remark`) after an unmerged
 * group: the 说明 holds the adjustment's reason, not a remark, when some row with points has words in 说明 and a blank
 * 原因, and no row with points has words in 原因 and a blank 说明 (王五 −2, 原因 blank, 说明 「客户投诉」; 张三 +2 beside
 * 「3月5日迟到」 and 「表扬信」). Rows whose reasons are all in 原因 (fx61z: 说明 a remark) keep 原因 the reason.
 */
function remarkHoldsReason(grid: Grid, headerRow: number, reason: number, remark: number, points: number): boolean {
  const words = (raw: RawValue) => raw.kind === 'text' && /[\p{Script=Han}A-Za-z]/u.test(raw.value);
  let says = false;
  for (let row = headerRow + 1; row <= grid.rowCount; row++) {
    if (!pairPoints(grid.value(row, points), false)) continue;
    const [a, b] = [words(grid.value(row, reason)), words(grid.value(row, remark))];
    if (a && !b) return false;
    if (b && !a) says = true;
  }
  return says;
}

function namesOtherItem(form: FormDef, group: string, item: ItemDef): boolean {
  // With its note too (「出勤(全勤10分)」 over 请假 | 迟到 | 旷工 | 得分: that 得分 was read as 业务能力's, 66.56 for 84.56).
  const named = itemsByName(form).get(labelKey(group)) ?? itemsByName(form).get(labelKey(withoutTrailingNote(group))) ?? [];
  // So a group naming an adjustment by its points (「奖惩」 over 扣分 | 原因 names §8 其它): 「奖惩·扣分」 was read as 表格管理's
  // 每次扣分 (扣分 its alias), 王五's −2 as 表格管理's 2 and the real 扣分明细 beside it left out (张三 82 for 77, exit 0).
  const adjustment = adjustmentOver(form, group);
  return named.some((i) => i !== item) || (!!adjustment && adjustment !== item);
}

/** Per form, once: the items each name (itemNames, by labelKey) names. */
const itemsByNameOf = new WeakMap<FormDef, Map<string, ItemDef[]>>();
function itemsByName(form: FormDef): Map<string, ItemDef[]> {
  let index = itemsByNameOf.get(form);
  if (!index) {
    index = new Map();
    for (const p of form.parts) for (const i of p.items) for (const n of itemNames(form, i)) appendTo(index, labelKey(n), i);
    itemsByNameOf.set(form, index);
  }
  return index;
}

function vagueness(form: FormDef, target: ColumnTarget, text: string, noted: boolean): number {
  // Of 「目标销售额(上月)」 and 「目标销售额(本月)」 this month's, as an export's (readExport): both were refused for everyone.
  if (noted) return PAST_NOTE.test(text.normalize('NFKC')) ? 3.5 : THIS_MONTH_NOTE.test(text.normalize('NFKC')) ? 2.5 : 3;
  // A word every form's 评分人 is read by (考核人, 评估人): beside a column headed by one of the form's own names for it,
  // the team's other column (考核人 刘敏 beside 评分人 自评 — the self-rating was the supervisor's at exit 0).
  // Of the field's own names, its label is surer than an alias: 「编号」 (a row number, or the team's 1, 2, 3) beside 「工号」
  // took everybody's 工号 from it — each paid another's 绩效基数 at exit 0.
  if (target.kind !== 'entry') {
    const names = (list: readonly string[]) => list.some((a) => labelVariants(text).some((v) => labelKey(v) === labelKey(a)));
    if (names(target.field.commonAliases ?? [])) return 1;
    if (names([target.field.label])) return 0;
    // Of two aliases, the one the definition lists first: 「管理处」 beside 「部门」 on §2 (each site was named by its
    // department, 东区物业部; three sites of one 物业部 were refused as one name three times).
    // (A bare 「编号」 last of a 工号's names: beside 「员工工号」 it is the rows' numbering, 1, 2, 3 — everybody's pay was
    // another's, exit 0.)
    if (target.field.role === 'id' && labelKey(text) === '编号') return 0.89;
    const at = (target.field.aliases ?? []).findIndex((a) => names([a]));
    return 0.5 + (at < 0 ? 0.4 : Math.min(at, 38) / 100);
  }
  const key = labelKey(text);
  const names = itemNames(form, target.item).map(labelKey);
  // The item's name alone, read as its counting rater's (主管), is less sure than a heading naming the rater: beside
  // 「文档编写·主管」, a 「文档编写」 (a 自评 column retyped) is not a second copy of 主管's that fills its blanks.
  if (target.rater && names.includes(key)) return 1;
  // So is 「项目·填写项」 naming no rater (read as the counting rater's): beside 「项目·填写项·主管」 it is the team's own.
  const namesRater = (part: string) => {
    const bare = withoutTrailingNote(part) || part;
    // With its slot (主管评2, 同事评B): that rater still.
    return findRater(form, bare) !== undefined || findRater(form, bare.replace(/(\d+|[一二三四五六七八九十甲乙丙丁a-zA-Z])$/, '')) !== undefined || saysSelf(part);
  };
  if (target.rater && !splitAround(text, /[·・]/).some(namesRater)) return 1;
  if (looserItemNames(form, target.item).includes(key)) return 2;
  // A short alias of an item counted in 次 (§17 「出勤」 for 准时出勤) beside a heading naming the count itself
  // (「迟到早退缺勤次数」): the count's — 「出勤」 there was days attended (22 read as 22 lapses: 2 points, exit 0).
  if (key !== labelKey(target.item.label) && names.includes(key) && unitsOf(target.input.unit).includes('次')) return 2.5;
  if (names.some((n) => key.includes(n))) return 0;
  return labelVariants(text).some((v) => labelKey(v) === labelKey(target.input.label)) ? 1 : 2;
}

/**
 * An input named alone that several items have (「备注」 after each of §2's fourteen items, one row of headings): the
 * item's of the column just before it — 「员工基本标准, 备注, 工作环境, 备注」 as a team lays a roster out.
 */
function besideItem(dict: ColumnDictionary, before: ColumnTarget | undefined, text: string): { target: ColumnTarget; noted: boolean } | undefined {
  if (before?.kind !== 'entry') return undefined;
  const hit = lookup(dict, `${before.item.label}·${text}`);
  return hit?.target.kind === 'entry' && hit.target.item === before.item && hit.target.input !== before.input ? hit : undefined;
}

/** The first slot of the target's rater group not yet claimed (同事评2, 同事评3 …), if the group has one. */
function nextSlot(dict: ColumnDictionary, form: FormDef, target: Extract<ColumnTarget, { kind: 'entry' }>, claimed: ReadonlyArray<{ target: ColumnTarget }>): ColumnTarget | undefined {
  const rater = target.rater!;
  for (let slot = 1; slot <= (rater.slots ?? 1); slot++) {
    const taken = claimed.some((c) => c.target.kind === 'entry' && c.target.item === target.item && c.target.input === target.input && c.target.rater === rater && c.target.slot === slot);
    if (taken) continue;
    const hit = dict.get(labelKey(columnHeading(target.item, target.input, rater, slot, form)));
    if (hit?.kind === 'entry' && hit.slot === slot && hit.rater === rater) return hit;
  }
  return undefined;
}

/**
 * 「第1题·面试官王五」「第1题·外部面试官」: an item's column for a group of several raters named with who (as a person's
 * sheet reads 「面试官王五」) — the group's column, a further slot of it when its first is taken.
 */
function groupWithWho(dict: ColumnDictionary, form: FormDef, text: string): { target: ColumnTarget; noted: boolean } | undefined {
  const cut = Math.max(text.lastIndexOf('·'), text.lastIndexOf('・'));
  const group = cut > 0 ? groupNamedWithWho(form, labelKey(text.slice(cut + 1))) : undefined;
  return group ? lookup(dict, `${text.slice(0, cut)}·${group.name}`) : undefined;
}

function sameEntry(a: ColumnTarget, b: ColumnTarget): boolean {
  if (a.kind === 'header' || b.kind === 'header') return a.kind === 'header' && b.kind === 'header' && a.field.id === b.field.id;
  return a.item === b.item && a.input === b.input && a.rater === b.rater && a.slot === b.slot;
}

/** A row of one text naming a rater (「二、员工自评」, 「客服岗位的员工绩效考核表(客户评)」): that rater, and where. */
function sectionRaterOf(grid: Grid, row: number, form: FormDef): { text: string; cell: string } | null {
  let found: { text: string; col: number } | null = null;
  for (let col = 1; col <= Math.min(grid.columnCount, 60); col++) {
    const text = grid.text(row, col);
    if (!text) continue;
    // (A merged title shows in every cell it covers: the same text again is still one.)
    if (found && text !== found.text) return null;
    found ??= { text, col };
  }
  const rater = found ? raterNamedIn(form, found.text) : null;
  return rater && found ? { text: rater, cell: cellAddress(row, found.col) } : null;
}

/** One person per non-blank row under the headings. */
/** With `emit`, each person is handed over as read and not kept (`people` stays empty; `count` says how many). */
export function readRoster(grid: Grid, form: FormDef, layout: RosterColumns, file?: string, emit?: (p: PersonEntries) => void, ownTemplate = false): { people: PersonEntries[]; problems: Problem[]; count: number; beside: PersonEntries[] } {
  const problems: Problem[] = [];
  teamPointsBeside(grid, layout);
  // An item's violations in one column, every kind costing the same (itemTotals.ts): read into its first count.
  const totals = new Set<number>();
  for (const t of itemTotalColumns(grid, form, layout)) {
    layout.columns.set(t.col, { kind: 'entry', item: t.item, input: t.input, rater: null, slot: 1 });
    layout.unknown = layout.unknown.filter((u) => u.col !== t.col);
    (layout.totals ??= new Set()).add(t.item);
    totals.add(t.col);
    const kinds = t.item.rule.kind === 'deduction' ? t.item.rule.penalties.length : 0;
    problems.push(problem('item-total', { sheet: grid.name, heading: shortText(t.heading), item: t.item.label, kinds, per: t.per, first: t.input.label }, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, t.col) }));
  }
  const numbering = groupNumbering(grid, layout);
  if (numbering) problems.push(problem('group-numbering', numbering.fields, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, numbering.col) }));
  const scientific = scientificIds(grid, layout);
  if (scientific) problems.push(problem('id-scientific', scientific.fields, { file, sheet: grid.name, cell: scientific.cell }));
  // Two kinds of one count in two columns (§12 「态度不温和(次)」 | 「唉声叹气(次)」, each a name of 态度不温和或唉声叹气): not a
  // copy — equal counts were read once (4 violations for 8: 90.00 优秀 for 88 良好). Refused as a count split by kinds.
  const kindsApart = new Set<number>();
  for (const d of layout.duplicates) {
    const of = layout.columns.get(d.of);
    const counted = of?.kind === 'entry' && !d.sum && !d.join ? partOfCount(form, d.text) : undefined;
    if (!counted || of?.kind !== 'entry' || of.input.label !== counted || partOfCount(form, grid.text(layout.headerRow, d.of)) !== counted) continue;
    const key = (t: string) => labelKey(withoutTrailingNote(t) || t).replace(/(次数|次)$/, '');
    if (key(d.text) === key(grid.text(layout.headerRow, d.of))) continue;
    kindsApart.add(d.col);
    const fields = { case: 'looks-like', sheet: grid.name, heading: shortText(d.text), like: counted, empty: '没有计入', strong: true, part: true } as const;
    problems.push(problem('unknown-column', fields, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, d.col) }, { severity: 'error' }));
  }
  for (const d of layout.duplicates) {
    // Two months' columns are said person by person (「只填了其中一列的人取所填的值」 is not their rule); 加分 | 扣分 are
    // added up, 加分原因 | 扣分原因 joined (duplicateValues).
    if (d.months || d.sum || d.join || kindsApart.has(d.col)) continue;
    problems.push(
      problem('duplicate-column', {
        heading: d.text,
        ...(layout.columns.get(d.of)?.kind === 'entry' ? { entry: true as const } : {}),
        ...(grid.columnHidden?.(d.col) ? { hidden: 'this' as const } : grid.columnHidden?.(d.of) ? { hidden: 'first' as const } : {}),
      }, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, d.col) }),
    );
  }
  // A second 「间接主管」 column holding 差/低标/达成 is a rating column headed by its rater only, not the supervisor's
  // name again: which item it rates the heading does not say, and dropped, that rater's weight would go to the others.
  for (const d of layout.duplicates) {
    const of = layout.columns.get(d.of);
    if (of?.kind !== 'header' || !holdsChoices(grid, form, layout.headerRow, d.col)) continue;
    const fields = { case: 'looks-like', sheet: grid.name, heading: shortText(d.text), like: `(项目)·${d.text}`, empty: '没有计入', strong: true } as const;
    problems.push(problem('unknown-column', fields, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, d.col) }, { severity: 'error' }));
  }
  // A count of several kinds (§17 迟到/早退/缺勤次数) split into a column a kind (「迟到次数」 | 「早退次数」 | 「缺勤次数」, or
  // 「迟到」 | 「早退」 | 「旷工」): only the column named like the count was read, the others ignored — 0 lapses for 3 (80 良好
  // for 74 一般 at exit 0). Which sum is meant is the team's: the kinds' columns are refused, said at each.
  // (Beside the count's own column, the kinds are the team's breakdown of it: read as before, the total.)
  // (A column read as the count but headed by one kind — 「缺勤次数」, an alias — is no total.)
  // (Nor one headed by the item's short name — 「出勤」, days attended as often as not: the count's own name says it.)
  // (Or kpi's own template heading of it — 「客户回访率·本月安装(售服)客户数」, §25's 「仪容仪表、语气语调、接听电话」: the
  // team's 「安装客户」, 「接听电话次数」 beside it refused everyone.)
  const namesCount = (col: number, item: ItemDef, input: InputDef) => {
    const key = labelKey(withoutTrailingNote(grid.text(layout.headerRow, col)) || grid.text(layout.headerRow, col));
    const own = [input.label, ...(input.aliases ?? []), columnHeading(item, input, null, 1, form), `${item.label}·${input.label}`];
    return own.some((n) => labelKey(n) === key) && !partOfCount(form, grid.text(layout.headerRow, col));
  };
  const countColumns = new Set([...layout.columns].flatMap(([col, t]) => (t.kind === 'entry' && namesCount(col, t.item, t.input) ? [t.input.label] : [])));
  for (const u of layout.unknown) {
    const counted = partOfCount(form, u.text);
    if (!counted || countColumns.has(counted) || !columnHoldsNumbers(grid, layout.headerRow, u.col)) continue;
    const fields = { case: 'looks-like', sheet: grid.name, heading: shortText(u.text), like: counted, empty: '没有计入', strong: true, part: true } as const;
    problems.push(problem('unknown-column', fields, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, u.col) }, { severity: 'error' }));
  }
  // A column said to be one of a count's kinds (「闲聊未按静音」 of 「闲聊或请教未按静音」) is not also said unrecognised: two
  // errors a cell, one saying it is counted as 0 while the person was not scored.
  const partCells = new Set(problems.filter((p) => p.code === 'unknown-column' && (p.params as { part?: true }).part).map((p) => p.cell));
  const sheetProblems = columnProblems(grid, form, layout, file).filter((p) => !(p.code === 'unknown-column' && (p.params as { case?: string }).case === 'looks-like' && partCells.has(p.cell)));
  problems.push(...sheetProblems);
  const unread = unreadColumns(problems, layout.headerRow);
  // A column of money refused where an adjustment's points go (「奖惩」 over 罚款 | 原因): whoever has a figure there is not
  // scored, and the adjustment's reason beside no points is not 「奖惩分却空着」 — the points are the fine, refused (a
  // warning beside the error, telling the team to fill the points the refusal told them not to take from the 元).
  const moneyItems = new Map(unread.filter((u) => u.money).map((u) => [u.col, moneyAdjustment(form, u.like)] as const));
  // Per look-alike column: the figures under it no one was refused for (短信发送量 350, 420), and whether anyone was.
  const keptUnder = new Map<number, { values: string[]; people: number }>();
  const refusedUnder = new Set<number>();
  // Items' scores under headings kpi reads as their counts (scoreLikeColumns.ts): said once per column, and once per person.
  const stepColumns: StepColumn[] = [];
  const scoresTyped = scoreLikeColumns(grid, form, layout, ownTemplate, stepColumns);
  if (scoresTyped.length) {
    const [s, ...rest] = scoresTyped;
    const fields = { case: 'looks-like', sheet: grid.name, heading: shortText(s!.heading), like: s!.like, empty: '没有计入', strong: true, whole: s!.whole, others: rest.map((r) => shortText(r.heading)) } as const;
    problems.push(problem('unknown-column', fields, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, s!.col) }, { severity: 'error' }));
  }
  const pointsBeside = pointsBesideCounts(grid, form, layout);
  // The people's rows (no 合计, 平均, heading or footer row), found once for every check that weighs a column's figures:
  // a 合计 row's =SUM 2.65 under §10's 满意度 0.92, 0.85, 0.88 made it no column of fractions (80.18 良好 for 98.40 优秀).
  let peopleList: number[] | undefined;
  const rowKinds = new Map<number, ReturnType<typeof classifyRow>>();
  const peoplesRows = () => (peopleList ??= peopleRows(grid, layout.columns, layout.headerRow, rowKinds));
  // An item's points under a column of a 0–100 figure (pointsOnScale.ts): said once at the first such heading.
  const pointsColumns = pointsOnScale(grid, layout, peoplesRows);
  // Columns of too few figures to judge (a roster of one or two): each row is judged as a person's sheet is.
  const undecidedScale = undecidedScaleColumns(grid, layout, peoplesRows);
  if (pointsColumns.length) {
    const [c, ...rest] = pointsColumns;
    const fields = { case: 'column', sheet: grid.name, heading: shortText(c!.heading), item: c!.item.label, max: c!.item.max, scale: c!.scale, highest: c!.highest, ...(rest.length ? { others: rest.map((r) => shortText(r.heading)) } : {}), ...(c!.percent ? { percent: true as const } : {}), ...(c!.fractions ? { fractions: true as const } : {}) } as const;
    problems.push(problem('points-not-scale', fields, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, c!.col) }));
  }
  // Headings printing other points than the form gives their item (headingPoints.ts): said at the heading; points
  // typed under one are read on neither scale, so each person with one is not scored.
  const ownClashes = headingPointsClashes(grid, form, layout);
  const pointsClashes = [...ownClashes, ...statedPointsClashes(grid, form, layout, ownClashes)];
  for (const c of pointsClashes) {
    const fields = { case: 'column', sheet: grid.name, heading: shortText(c.heading), item: c.rater ?? c.part ?? c.item.label, said: c.said, max: c.formSays ?? (c.part ? partPoints(form, c.part) : c.item.max), form: `${form.title} ${form.version}`, refused: true, ...(c.pointsOnly ? { wordsRead: true as const } : {}), ...(c.percent ? { percent: true as const } : {}), ...(c.cols ? { weighs: true as const } : {}), ...(c.rated !== undefined ? { rated: c.rated, from: c.from ?? 0 } : {}) } as const;
    problems.push(problem('heading-points', fields, { file, sheet: grid.name, cell: cellAddress(c.row, c.col) }, { severity: 'error' }));
  }
  // 0–100 ratings under headings copying each item's weight (ratingsUnderWeights.ts): why its cells are refused, once a column.
  for (const c of ratingsUnderWeights(grid, layout, peoplesRows)) {
    const fields = { heading: shortText(c.heading), item: c.item.label, max: c.item.max, weight: c.weight, value: c.value };
    problems.push(problem('rating-under-weight', fields, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, c.col) }));
  }
  const thresholds = thresholdClashes(grid, layout);
  for (const c of thresholds) {
    const fields = { case: 'column', sheet: grid.name, heading: shortText(c.heading), item: c.item.label, said: c.said, failAt: c.failAt, form: `${form.title} ${form.version}` } as const;
    problems.push(problem('heading-threshold', fields, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, c.col) }));
  }
  const nameColumn = [...layout.columns].find(([, t]) => t.kind === 'header' && t.field.role === 'name');
  const nameCol = nameColumn?.[0];
  const nameField = nameColumn?.[1].kind === 'header' ? nameColumn[1].field.id : undefined;
  const people: PersonEntries[] = [];
  let count = 0;
  const skipped: SkippedRow[] = [];
  const hiddenRows: number[] = [];
  const mergedInto = grid.mergedInto?.bind(grid);
  const amountCols = new Set([...layout.columns].filter(([, t]) => t.kind === 'entry' && unitsOf(t.input.unit).includes('元')).map(([col]) => col));
  const splitCell = splitCellCheck(grid, layout.headerRow, Math.max(0, ...layout.columns.keys(), ...layout.unknown.map((u) => u.col)), amountCols);
  // A row holding nothing but these (the month or the rater a template made with --period or --rater) is a blank row.
  const shared = new Set(form.header.concat(form.footer ?? []).filter((f) => f.role === 'period' || f.role === 'date' || f.role === 'rater').map((f) => f.id));
  // One input cell merged down over several people (F2:F3): its value counts for each of them, which is said.
  const mergedDown = new Map<string, { item: string; value: string; rows: number[]; last: string }>();
  const typedCols = typedColumns(layout, grid, form);
  const itemLostOf = new Map(itemLostColumns(form, layout, grid).map(({ col, item, among }) => [col, { item: item?.id, among }]));
  // Columns read as numbers: a 「2,000」 split there shows as 2 beside a 「000」 (thousandsSplit).
  const numericCols = grid.delimiter === ',' ? [...layout.columns].filter(([, t]) => t.kind === 'entry' && (t.input.type === 'number' || t.input.type === 'integer')).map(([col]) => col) : [];
  // Columns of a score out of 100 headed in percent (「客户满意度(%)」, 「客户满意度%」): 0.95 there is 95 %, as in a cell
  // formatted 0% — it was 0.95 of 100 (0.19 of 20) with only a warning.
  // So is a column whose every figure is a fraction (0.92, 0.85, 0.88: a survey tool's 满意率): 0.92 of 100 scored 0.18 of 20,
  // three people a band down with a warning each (§10 80.18 良好 for 98.40 优秀).
  const scoreOf100 = (t: ColumnTarget) => t.kind === 'entry' && t.input.type === 'number' && t.input.max === 100 && (t.input.min ?? 0) >= 0;
  const fractionCols = new Set([...layout.columns].filter(([col, t]) => scoreOf100(t) && fractionsOnly(grid, col, peoplesRows())).map(([col]) => col));
  const percentCols = new Set([...layout.columns].filter(([col, t]) => scoreOf100(t) && (percentHeading(grid.text(layout.headerRow, col)) || fractionCols.has(col))).map(([col]) => col));
  // Rates where an item's points go (0.85, 0.6 of 通话利用率's 10): read as typed, said at the heading (ratesAsPoints.ts).
  for (const c of ratesAsPoints(grid, layout, percentCols, peoplesRows)) {
    const fields = { heading: shortText(c.heading), item: c.item.label, max: c.item.max, values: c.values.slice(0, 3).map(String), count: c.values.length };
    problems.push(problem('rates-as-points', fields, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, c.col) }));
  }
  // A percentage headed in percent (「目标转化率(%)」) whose column holds percents typed bare (2, 3): 0.5 there is 0.5 %, as
  // its neighbours are — read as the fraction 50 %, two people's 转化率 scored 0.09 of 15 at exit 0.
  // A signed 奖惩分 headed as points taken off (「奖惩(扣分)」, 「奖惩分(扣)」): 3 there is −3 — it was added (98 for 92).
  // (Or 「奖惩扣分」, 「奖惩减分」 unbracketed — gluedDeduction — and 「奖惩」 merged over 扣分 | 原因 (or 减分, 罚分), the column's
  // own heading 扣分 on the headings' last row: adjustmentUnder reads it as 奖惩分, its 2 taken off here. Over 加分 | 扣分
  // (either order) both are 奖惩分, 加分 − 扣分: the first of the two is this column — taken off here when it is 扣分 — and
  // the second a `sum` duplicate, added or taken off in duplicateValues by its side.)
  const secondRow = subHeadingRow(grid, layout.columns, layout.headerRow) ? grid.nextRow(layout.headerRow) : 0;
  // (Or typed in the first of two heading rows, the second left blank and not merged — 「奖惩(扣分)」 over nothing: read from
  // the row above the headings' last, its 2 was +2, 王五 98 for 94 at exit 0.)
  // (Or over 「分数」 (分值, 得分) in the second, not merged: the 扣分 of the row above was not read, the cell's own word
  // saying nothing of the sign — 王五's 2 was +2, 98 for 94 at exit 0 with a sign warning only.)
  const ownSaysNoSign = (col: number) => !cleanText(grid.text(layout.headerRow, col)) || pointsWordOnly(grid.text(layout.headerRow, col));
  const above = (col: number) => (layout.headerRow > 1 && ownSaysNoSign(col) ? grid.text(layout.headerRow - 1, col) : '');
  const headingOf = (col: number) => `${above(col)} ${grid.text(layout.headerRow, col)} ${secondRow ? grid.text(secondRow, col) : ''}`;
  const deductionCols = new Set([...layout.columns].filter(([col, t]) => t.kind === 'entry' && t.item.rule.kind === 'adjustment' && t.item.rule.input === t.input.id && (t.input.min ?? 0) < 0 && deductionHeading(headingOf(col))).map(([col]) => col));
  // Headed so or not (「转化率·目标转化率」 of 10, 5, 0.5, 1.5): 员3's 0.5 was 50 %, 0.5 % ÷ 50 % → 0.15 of 15, 79.15 一般 for
  // 94.00 优秀 at exit 0, without a word. Unheaded, the cell says 50 % could have been meant (a note). Value: noted or not.
  const percentTyped = new Map<number, boolean>();
  for (const [col, t] of layout.columns) {
    const rate = t.kind === 'entry' && judgedRate(t.item, t.input);
    if (t.kind !== 'entry' || !((t.input.type === 'percent' && (t.input.max ?? 100) <= 100) || rate)) continue;
    // (A checklist's rate headed with its bar, 「入户维修回访率≥30%」「投诉回访率100%」: the % is the bar's, no unit of the column.)
    const heading = grid.text(layout.headerRow, col);
    const headed = percentHeading(rate ? heading.normalize('NFKC').trim().replace(/[≥≤<>=]?\s*\d+(\.\d+)?\s*%$/, '') : heading);
    if (barePercentsIn(grid, col, peoplesRows(), headed, t.input.otherScales)) percentTyped.set(col, !headed);
  }
  // Points columns of a rate whose bare fractions the engine reads as the rate (1.05 → 105 %), unless the column reads
  // its bare figures as percents (percentTyped: 0.5 beside 20 is 0.5 %).
  const fractionRate = (col: number, raw: RawValue) => {
    const t = layout.columns.get(col);
    const value = raw.kind === 'number' && !raw.percentFormat && !raw.percentSign ? raw.value : raw.kind === 'text' ? figureIn(raw) : null;
    return t?.kind === 'entry' && !percentTyped.has(col) && value !== null && rateFraction(t.input, value);
  };
  const percentWrittenAt = (col: number, raw: RawValue) => {
    const t = layout.columns.get(col);
    return t?.kind === 'entry' && percentWritten(raw, t.input);
  };
  const tierRates = tierRateColumns(grid, layout);
  // The 工号 and 姓名 columns as the sheet heads them (「编号」), for messages: 「工号「1」重复」 named no column of the sheet.
  const headedAs = new Map<string, string>();
  for (const [col, t] of layout.columns) if (t.kind === 'header' && labelKey(grid.text(layout.headerRow, col)) !== labelKey(t.field.label)) headedAs.set(t.field.id, grid.text(layout.headerRow, col));
  // Each column's letters and entry key, made once: per cell they were 1.5 million strings for 50,000 people.
  const lettersOf = new Map<number, string>();
  const keyOf = new Map<number, string>();
  for (const [col, target] of layout.columns) {
    lettersOf.set(col, columnLetters(col));
    if (target.kind === 'entry') keyOf.set(col, entryKey(target.item.id, target.input.id, target.rater?.id ?? '', target.slot));
  }
  // One map for every row: a copy of one customer headed 「…·客户」 was named 「…·客户1」 in its messages.
  const slotLabels = bareSlotLabels(layout.columns.values());
  // A sheet named or titled for a rater, without a 评分人 column: each row is that rater's (sheetRater.ts).
  const raterId = raterField(form)?.id;
  const entryColumns = new Set([...layout.columns].filter(([, t]) => t.kind === 'entry').map(([col]) => col));
  // With a 评分人 column too (kpi's own template, tab renamed 「员工自评」): each row whose cell is blank, or names the person
  // themself — a self-assessment scored 100 优秀 as the supervisor's at exit 0.
  const bySheet = raterId ? sheetRater(grid, form, layout.headerRow, entryColumns) : null;
  let bySection: { text: string; cell?: string } | null = null;
  // The headings' second row (填写 | 得分 under the items, 姓名 merged down over it): no one.
  const subHeadings = subHeadingRow(grid, layout.columns, layout.headerRow) ? grid.nextRow(layout.headerRow) : 0;
  // Numbers standing for a choice's answers, by a legend in its heading or on a line above (a survey export's
  // 「评分代码:1=优秀 2=良好 3=一般 4=较差」): 1 read as the answer of 1 point was 较差 for 优秀 (§15 1.50 不予以考虑 for 3.50).
  const legends = new Map<number, Map<number, string>>();
  const prefilled = templateFilled(layout.columns);
  // A hidden item column with no visible copy (16b: 「…·客户1」 hidden, 优秀 in it for everyone): not read, as on a person's
  // sheet — read quietly, a column kept out of sight scored everyone 86.00 at exit 0, whoever's marks they were.
  const hiddenAlone = loneHiddenColumns(grid, layout);
  const hiddenFilled = new Set<number>();
  for (const [col, t] of layout.columns) {
    if (t.kind !== 'entry' || t.input.type !== 'choice' || !t.input.choices?.length) continue;
    const legend = legendOf(grid.text(layout.headerRow, col), t.input) ?? legendAbove(grid, layout.headerRow, t.input) ?? legendBelow(grid, layout.headerRow, t.input, prefilled);
    if (legend) legends.set(col, legend);
  }
  // The rows under a heading row of another table (headingsAgain 'other'), until the roster's own headings come again.
  let aside: OtherTable | null = null;
  // A per-day export: nobody on several days is scored from one of them.
  // (Not on a form of raters — a row per rater or per customer, each dated the day it was filled, is no day of one
  // person; nor two namesakes told apart by 工号 — review: 林娜 98.00, 黄磊 82.00, 周杰 79.56 / 100.00 were unscored.
  // A day with its 工号 left blank is still its name's one 工号: dailyRows.)
  const idColumns = [...layout.columns].filter(([, t]) => t.kind === 'header' && t.field.role === 'id').map(([c]) => c);
  const rowKey = (r: number) => {
    const ids = idColumns.map((c) => nameKey(grid.text(r, c)));
    return { name: nameKey(grid.text(r, nameCol!)), id: ids.some(Boolean) ? ids.join('\u0000') : '' };
  };
  const daily = nameCol === undefined || form.raters?.length ? null : dailyRows(grid, layout.headerRow, nameCol, rowKey);
  if (daily) {
    const { name, days } = daily.names.values().next().value!;
    problems.push(problem('daily-rows', { heading: daily.heading, name, days, people: daily.names.size }, { file, sheet: grid.name, cell: daily.cell }));
  }
  // (A heading with nothing under it is only a skipped line.)
  const setAside = (t: OtherTable) => (t.rows.length ? problems.push(otherTableProblem(grid, t, file)) : skipped.push({ row: t.row, kind: 'note', text: t.heading }));
  for (let row = grid.nextRow(layout.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    if (row === subHeadings) continue;
    if (aside) {
      if (headingsAgain(grid, row, layout.columns, layout.headerRow) !== 'same') {
        asideRow(grid, aside, row);
        continue;
      }
      setAside(aside);
      aside = null;
    }
    // A row under the headings whose 姓名 cell is the heading's, merged down over it (a 分值 row 20 30 10 …, a units row
    // 「% 人 件」, the items' legend): part of the heading. It was a person named 「姓名」 with full marks, 100 优秀 at exit 0.
    if (nameCol !== undefined && mergedDownFromHeading(grid, row, nameCol, layout.headerRow)) continue;
    const header = new Map<string, string>();
    const headerCells = new Map<string, string>();
    const entries = new Map<string, RawEntry>();
    let anything = false;
    let merged: Array<{ fields: ParamsOf<'merged-entry'>; at: Location }> | undefined;
    let byRaters: Map<string, { item: string; value: string; raters: string[]; last: string }> | undefined;
    for (const [col, target] of layout.columns) {
      let raw = grid.value(row, col);
      const at = { file, sheet: grid.name, cell: `${lettersOf.get(col)!}${row}` };
      // One cell merged across two inputs' columns of a person (F2:G2): it shows its value under both, meant for one.
      const into = mergedInto && target.kind === 'entry' && raw.kind !== 'empty' ? mergedInto(row, col) : undefined;
      const master = into ? parseRef(into) : null;
      const masterTarget = master && master[0] === row ? layout.columns.get(master[1]) : undefined;
      if (masterTarget?.kind === 'entry' && target.kind === 'entry' && otherRater(masterTarget, target)) {
        // One item's cell merged across its raters' columns (L2:M2 「达成」 under 拆包·直接主管 | ·间接主管): each rater's
        // answer, as Excel shows it — refused as two items, 张三 was unscored for 103.60 优秀 (both 达成).
        const both = (byRaters ??= new Map()).get(into!) ?? { item: entryLabel(target), value: rawText(raw).trim(), raters: [raterText(masterTarget)], last: at.cell };
        both.raters.push(raterText(target));
        both.last = at.cell;
        byRaters.set(into!, both);
      } else if (masterTarget?.kind === 'entry' && target.kind === 'entry') {
        // (Each with its rater: 「拆包人均每小时20个」 and 「拆包人均每小时20个」 named one item twice.)
        (merged ??= []).push({ fields: { item: withRater(target), firstItem: withRater(masterTarget), first: into!, range: `${into}:${at.cell}`, value: rawText(raw).trim() }, at });
        raw = { kind: 'empty' };
      } else if (master && master[0] !== row && target.kind === 'entry') {
        const down = mergedDown.get(into!) ?? { item: entryLabel(target), value: rawText(raw).trim(), rows: [master[0]], last: at.cell };
        if (!down.rows.includes(row)) down.rows.push(row);
        down.last = at.cell;
        mergedDown.set(into!, down);
      }
      // (Not read: a rater's of no weight left blank; another's withheld below, its item neither scored from it nor said
      // 「缺少」 at the cell besides the refusal.)
      if (hiddenAlone.get(col) === true) raw = { kind: 'empty' };
      if (legends.has(col)) raw = byLegend(raw, legends.get(col)!);
      // (In a column of fractions its 1 is all of it, 100 %: a survey tool writes 100 % so — review, 王五 77.20 for 97.)
      if (target.kind === 'entry' && percentCols.has(col)) raw = fractionUnderPercent(raw, fractionCols.has(col));
      if (target.kind === 'entry' && percentTyped.has(col)) raw = percentAsTyped(raw, percentTyped.get(col)!);
      if (target.kind === 'entry' && deductionCols.has(col)) raw = asDeduction(raw);
      if (target.kind === 'entry') entries.set(keyOf.get(col)!, totals.has(col) ? { raw, at, total: TOTAL_LABEL } : { raw, at });
      // (A criterion's column answers each of its boxes: the same cell.)
      for (const also of layout.alsoFor?.get(col) ?? []) if (also.kind === 'entry') entries.set(entryKey(also.item.id, also.input.id, also.rater?.id ?? '', also.slot), { raw, at });
      // (Its cell even when blank: 「表头「评分人」未填写」 was said at the 姓名 cell.)
      if (target.kind === 'header') headerCells.set(target.field.id, at.cell);
      if (raw.kind === 'empty') continue;
      anything = true;
      if (target.kind === 'header') header.set(target.field.id, rawText(raw).trim());
    }
    // A name struck through whole, as a row is for someone who left (王五, 备注 「3月15日离职」): crossed out, not scored —
    // it was scored and ranked among the rest without a word. (Read as blank, the row was one of nobody's.)
    const crossed = nameCol !== undefined && !grid.rowHidden?.(row) ? struckName(grid.value(row, nameCol)) : undefined;
    if (crossed !== undefined) {
      problems.push(problem('struck-name', { name: crossed }, { file, sheet: grid.name, cell: cellAddress(row, nameCol!) }, { person: crossed }));
      continue;
    }
    const twice = duplicateValues(grid, layout, row, entries, file, nameField ? header.get(nameField) : undefined);
    if (twice.filled) anything = true;
    if (!anything) continue;
    // Not a person — nor a line of notes to list (its 「主管评」 was listed as 28 合计/签字 lines).
    if ([...entries.values()].every((e) => e.raw.kind === 'empty' || e.raw.kind === 'formula-without-result') && [...header.keys()].every((k) => shared.has(k))) {
      // (But a footer's label there — 「待复核:」 alone under 考核月份 — is a line of notes, listed as one: it was dropped
      // without a word.)
      const note = [...header].find(([, text]) => noteInField(text));
      if (note) skipped.push({ row, kind: 'note', text: note[1], cell: headerCells.get(note[0]) });
      continue;
    }
    // The headings again in another order: the rows below are not this table's columns. Said, and not read.
    const moved = reorderedHeadings(grid, row, layout.headerRow);
    if (moved) {
      // Who is in that block: they are in no result (汇总 lists people read), so the error names them.
      // (By the block's own 姓名 column: shifted right a column, its people were named by their 工号, 「200、201 共 2 人」.)
      const blockNameCol = moved.find((m) => m.was === nameCol)?.col ?? nameCol;
      const unread = blockNameCol === undefined ? [] : namesBelow(grid, row, blockNameCol, (r) => !classifyRow(grid, r, layout.columns, layout.headerRow));
      const fields = { sheet: grid.name, row, headerRow: layout.headerRow, moved: moved.map((m) => ({ heading: shortText(m.text), here: columnLetters(m.col), above: columnLetters(m.was) })), ...(unread.length ? { unread } : {}) };
      problems.push(problem('headings-reordered', fields, { file, sheet: grid.name, cell: cellAddress(row, moved[0]!.col) }));
      break;
    }
    // A person's name cell merged down over a row holding only words (钱七 over B8:B9, row 9 「续:需加强学习」 in 评语): the
    // rest of the row above, not 钱七 again — it was a second 钱七 「with different marks」, both unscored.
    if (nameCol !== undefined && continuationRow(grid, row, nameCol, layout)) {
      skipped.push({ row, kind: 'note', text: `${grid.text(row, nameCol)}(续行)` });
      continue;
    }
    const known = rowKinds.get(row);
    const kind = known !== undefined ? known : classifyRow(grid, row, layout.columns, layout.headerRow);
    if (kind?.kind === 'note' && headingsAgain(grid, row, layout.columns, layout.headerRow) === 'other') {
      // (headingsAgain 'other' only with a name column.)
      aside = { row, heading: kind.text, col: nameCol!, column: grid.text(row, nameCol!).trim(), name: grid.text(layout.headerRow, nameCol!).trim(), rows: [], names: [] };
      continue;
    }
    if (kind) {
      // A section's title naming a rater (「二、员工自评」, 「…考核表(客户评)」 over a second block): the rows below are
      // that rater's, as a sheet so titled is — read as the supervisor's, a self-rating scored 100 优秀 at exit 0.
      const section = raterId ? sectionRaterOf(grid, row, form) : null;
      if (section) bySection = section;
      skipped.push({ row, ...kind });
      continue;
    }
    // A hidden row (last month's figures kept out of sight, someone who left, rows a filter hides) is not read, as on a
    // person's sheet: scored, an old hidden copy of a person took the place of the visible one, which was refused.
    if (grid.rowHidden?.(row)) {
      hiddenRows.push(row);
      continue;
    }
    const ownRater = raterId ? cleanText(header.get(raterId) ?? '') : '';
    const byTitle = bySection ?? bySheet;
    if (byTitle && raterId && (!ownRater || (nameField !== undefined && nameKey(ownRater) === nameKey(header.get(nameField) ?? '')))) {
      header.set(raterId, byTitle.text);
      if (byTitle.cell) headerCells.set(raterId, byTitle.cell);
    } else if (byTitle && raterId && ownRater && !findRater(form, ownRater) && !saysSelf(ownRater) && findRater(form, byTitle.text)?.multiple) {
      // A sheet of a group of several (同事评.csv, a survey's export) whose 评分人 names each member (张伟, 李娜) or none
      // (匿名): that group's members — read as the 主管 of a bare name, every person was rated twice by the 主管.
      header.set(raterId, /^(匿名|无名|无|未署名|-+)$/.test(ownRater.normalize('NFKC')) ? byTitle.text : `${byTitle.text}(${ownRater})`);
    }
    const person: PersonEntries = { header, headerCells, entries, at: { file, sheet: grid.name, cell: cellAddress(row, nameCol ?? 1) }, inRow: true };
    if (slotLabels) person.slotLabels = slotLabels;
    if (headedAs.size) person.headedAs = headedAs;
    if (twice.problems.length) person.problems = twice.problems;
    if (twice.withheld.size) person.withheld = twice.withheld;
    const who = nameField ? header.get(nameField) : undefined;
    const onDays = daily?.rows.get(row);
    if (onDays) (person.problems ??= []).push(problem('daily-rows', { case: 'person', heading: daily!.heading, days: onDays.days }, { file, sheet: grid.name, cell: cellAddress(row, nameCol!) }, { severity: 'error', ...(who ? { person: who } : {}) }));
    for (const m of merged ?? []) (person.problems ??= []).push(problem('merged-entry', m.fields, m.at, who ? { person: who } : {}));
    for (const [first, m] of byRaters ?? []) {
      const fields = { case: 'raters', item: m.item, range: `${first}:${m.last}`, value: m.value, raters: m.raters } as const;
      (person.problems ??= []).push(problem('merged-entry', fields, { file, sheet: grid.name, cell: first }, { severity: 'warning', ...(who ? { person: who } : {}) }));
    }
    for (const [col, reference] of hiddenAlone) {
      // (A 0 reads as the blank does — the team's unused 加分/减分 columns hidden with 0s refused everyone, review.)
      const held = grid.value(row, col);
      if (held.kind === 'empty' || (held.kind === 'number' && held.value === 0) || /^0+(\.0+)?$/.test(grid.text(row, col).trim())) continue;
      hiddenFilled.add(col);
      // (A rater of no weight, 自评: nothing of the score is theirs — said, the person scored, as on a person's sheet.)
      const fields = { heading: grid.text(layout.headerRow, col), hidden: 'only', answered: true, ...(reference ? { reference: true as const } : {}) } as const;
      (person.problems ??= []).push(problem('duplicate-column', fields, { file, sheet: grid.name, cell: cellAddress(row, col) }, { ...(reference ? {} : { severity: 'error' as const }), ...(who ? { person: who } : {}) }));
      if (!reference) person.withheld = new Set([...(person.withheld ?? []), keyOf.get(col)!]);
    }
    for (const [what, col] of typedCols) {
      const raw = grid.value(row, col);
      if (raw.kind === 'empty') continue;
      const entry = { raw, at: { file, sheet: grid.name, cell: cellAddress(row, col) } };
      if (what === 'itemLost') ((person.typed ??= {}).itemLost ??= []).push({ item: itemLostOf.get(col)?.item, field: cleanText(grid.text(layout.headerRow, col)), entry, ...(itemLostOf.get(col)?.among ? { among: itemLostOf.get(col)!.among! } : {}) });
      else (person.typed ??= {})[what] = entry;
      if (what === 'lost') person.typed!.lostField = cleanText(grid.text(layout.headerRow, col));
    }
    const split = splitCell?.(row) ?? (numericCols.length ? thousandsSplit(grid, row, numericCols) : null);
    if (split) (person.problems ??= []).push(problem('row-shifted', split.fields, { file, sheet: grid.name, cell: split.cell }, who ? { person: who } : {}));
    // A value under a heading taken for a missing column is one the score leaves out: the person is not scored.
    for (const u of unread) {
      const raw = grid.value(row, u.col);
      if (raw.kind === 'empty') continue;
      if (!countsAsUnread(u, raw)) {
        keepUnder(keptUnder, u, raw);
        continue;
      }
      refusedUnder.add(u.col);
      const value = shortText(rawText(raw));
      const fields = u.merged !== undefined ? ({ case: 'value-merged', heading: u.heading, column: u.merged, value } as const) : ({ case: 'value-unread', heading: u.heading, like: u.like, value, ...(u.whole ? { whole: u.whole } : {}), ...(u.unit ? { unit: true as const } : {}), ...(u.part ? { part: true as const } : {}), ...(u.merge ? { merge: true as const } : {}), ...(u.money ? { money: true as const } : {}), ...(u.kinds ? { kinds: u.kinds } : {}), ...(u.extra ? { extra: true as const } : {}), ...(u.incidents ? { incidents: u.incidents } : {}), ...(u.nonZero && (u.points || (raw.kind === 'text' && POINTS_TYPED.test(raw.value.normalize('NFKC').replace(/\s/g, '')))) ? { points: true as const } : {}) } as const);
      (person.problems ??= []).push(problem('unknown-column', fields, { file, sheet: grid.name, cell: cellAddress(row, u.col) }, { severity: 'error', ...(who ? { person: who } : {}) }));
      const money = moneyItems.get(u.col);
      if (money) person.withheld = new Set([...(person.withheld ?? []), money]);
    }
    for (const c of pointsClashes) {
      const col = (c.cols ?? [c.col]).find((x) => grid.value(row, x).kind !== 'empty');
      const raw = col === undefined ? undefined : grid.value(row, col);
      if (col === undefined || !raw || (c.pointsOnly && !typedPoints(rawText(raw)))) continue;
      const fields = { case: 'value', heading: shortText(c.heading), item: c.rater ?? c.part ?? c.item.label, said: c.said, max: c.formSays ?? (c.part ? partPoints(form, c.part) : c.item.max), value: shortText(rawText(raw)), ...(c.percent ? { percent: true as const } : {}), ...(c.cols ? { weighs: true as const } : {}), ...(c.rated !== undefined ? { rated: c.rated, from: c.from ?? 0 } : {}) } as const;
      (person.problems ??= []).push(problem('heading-points', fields, { file, sheet: grid.name, cell: cellAddress(row, col) }, { severity: 'error', ...(who ? { person: who } : {}) }));
    }
    for (const c of thresholds) {
      const raw = grid.value(row, c.col);
      if (raw.kind === 'empty') continue;
      const fields = { case: 'value', heading: shortText(c.heading), item: c.item.label, said: c.said, failAt: c.failAt, value: shortText(rawText(raw)) } as const;
      (person.problems ??= []).push(problem('heading-threshold', fields, { file, sheet: grid.name, cell: cellAddress(row, c.col) }, who ? { person: who } : {}));
    }
    // One error a person, at the first figure (five columns of points made five errors for one mistake). A bare fraction
    // the rate is read from (§18 效率 1.05 → 105 % beside a 17) is no point: that person is scored.
    // Nor is a rate written with % (「95%」, a cell formatted 0%): §18 赵六's 95 % beside 17, 1.05, 0.98 is 14 ⇒ 89.00 优秀.
    const onScale = pointsColumns.find((c) => grid.value(row, c.col).kind !== 'empty' && !fractionRate(c.col, grid.value(row, c.col)) && !percentWrittenAt(c.col, grid.value(row, c.col)));
    if (onScale) {
      const fields = { case: 'value', heading: shortText(onScale.heading), item: onScale.item.label, max: onScale.item.max, scale: onScale.scale, value: shortText(rawText(grid.value(row, onScale.col))), ...(onScale.percent ? { percent: true as const } : {}) } as const;
      (person.problems ??= []).push(problem('points-not-scale', fields, { file, sheet: grid.name, cell: cellAddress(row, onScale.col) }, who ? { person: who } : {}));
    }
    // One or two people: the row's own figures, three items or more all within their points (pointsOnScaleRow).
    const rowPoints = onScale ? null : pointsOnScaleRow(grid, undecidedScale, row);
    if (rowPoints) {
      const c = rowPoints.column;
      const fields = { case: 'value', heading: shortText(c.heading), item: c.item.label, max: c.item.max, scale: c.input.max ?? 100, value: shortText(rawText(grid.value(row, c.col))), items: rowPoints.items, ...(c.input.type === 'percent' ? { percent: true as const } : {}) } as const;
      (person.problems ??= []).push(problem('points-not-scale', fields, { file, sheet: grid.name, cell: cellAddress(row, c.col) }, who ? { person: who } : {}));
    }
    // However few people: a bare rate that is one of its tiers' points, below every tier (§18 效率 17, 14), as on a sheet.
    const tierTyped = onScale || rowPoints ? undefined : tierRates.find((c) => tierPointsIn(grid, c, row) !== null);
    if (tierTyped) {
      const fields = { case: 'value', heading: shortText(tierTyped.heading), item: tierTyped.item.label, max: tierTyped.item.max, scale: tierTyped.input.max ?? 100, value: shortText(rawText(grid.value(row, tierTyped.col))), percent: true, own: true } as const;
      (person.problems ??= []).push(problem('points-not-scale', fields, { file, sheet: grid.name, cell: cellAddress(row, tierTyped.col) }, who ? { person: who } : {}));
    }
    // (Or one person's figure there that is one of the item's points no month's count is likely to be: 准时出勤 10, 8.)
    const typedScore = scoresTyped.find((s) => grid.value(row, s.col).kind !== 'empty') ?? stepColumns.find((s) => pointStepIn(grid, s, row) !== null);
    // The row's counts each at least half its item's 分值, half of them at it (pointsForCounts, as on a person's sheet):
    // the items' points under kpi's own headings too — §2 一号管理处 10, 5, 15 … read as faults, 0.00 待改进 at exit 0.
    const asPoints = onScale || rowPoints ? null : countsAsPointsProblem(form, entries, { file, sheet: grid.name }, who, figureIn, row);
    if (typedScore) {
      // (Renamed to the count as advised, such a row is refused again: the advice is to type the counts.)
      const whole = asPoints ? { ...typedScore.whole, points: true as const } : typedScore.whole;
      const fields = { case: 'value-unread', heading: shortText(typedScore.heading), like: typedScore.like, value: shortText(rawText(grid.value(row, typedScore.col))), whole } as const;
      (person.problems ??= []).push(problem('unknown-column', fields, { file, sheet: grid.name, cell: cellAddress(row, typedScore.col) }, { severity: 'error', ...(who ? { person: who } : {}) }));
      // Not read, so not also checked as a count: §25 王五's 1.5 points was told 「应为不小于0的整数」 beside this error.
      person.withheld = new Set([...(person.withheld ?? []), keyOf.get(typedScore.col)!]);
    } else if (asPoints) (person.problems ??= []).push(asPoints);
    const beside = pointsBesideBlank(grid, pointsBeside, row);
    if (beside) {
      const fields = { case: 'value-unread', heading: shortText(beside.heading), like: beside.like, value: shortText(rawText(grid.value(row, beside.col))), whole: beside.whole, beside: true } as const;
      (person.problems ??= []).push(problem('unknown-column', fields, { file, sheet: grid.name, cell: cellAddress(row, beside.col) }, { severity: 'error', ...(who ? { person: who } : {}) }));
    }
    count++;
    if (emit) emit(person);
    else people.push(person);
  }
  if (aside) setAside(aside);
  keptColumnsSaid(problems, layout.headerRow, keptUnder, refusedUnder);
  if (skipped.length) problems.push(skippedRowsProblem(grid.name, skipped, file));
  if (hiddenRows.length) problems.push(problem('hidden-rows', { sheet: grid.name, rows: hiddenRows }, { file, sheet: grid.name, cell: cellAddress(hiddenRows[0]!, nameCol ?? 1) }));
  for (const col of hiddenAlone.keys()) {
    if (!hiddenFilled.has(col)) problems.push(problem('duplicate-column', { heading: grid.text(layout.headerRow, col), hidden: 'only' }, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, col) }));
  }
  // Only over people: a heading row repeated for printing (its 表格管理 merged over its two rows) is no one's.
  const notPeople = new Set([...skipped.map((x) => x.row), ...hiddenRows]);
  for (const [first, d] of mergedDown) {
    if (d.rows.filter((r) => !notPeople.has(r)).length < 2) continue;
    const names = d.rows.map((r) => (nameCol ? grid.text(r, nameCol) : '') || `第 ${r} 行`);
    problems.push(problem('merged-entry', { case: 'rows', item: d.item, range: `${first}:${d.last}`, value: d.value, people: names }, { file, sheet: grid.name, cell: first }, { severity: 'warning' }));
  }
  return { people, problems, count, beside: layout.side ? sideTablePeople(grid, layout, layout.side, file) : [] };
}

interface OtherTable {
  row: number;
  heading: string;
  /** The name column, what its heading says and what it says on the other table's heading row. */
  col: number;
  name: string;
  column: string;
  rows: number[];
  names: string[];
}

/** A filled row under another table's heading: set aside, named by its name column's cell (销售一组) if it has one. */
function asideRow(grid: Grid, aside: OtherTable, row: number): void {
  if (!rowFilled(grid, row)) return;
  aside.rows.push(row);
  const name = grid.text(row, aside.col).trim();
  if (name) aside.names.push(shortText(name));
}

function otherTableProblem(grid: Grid, aside: OtherTable, file?: string): Problem {
  const fields = { sheet: grid.name, row: aside.row, heading: shortText(aside.heading), name: aside.name || '姓名', ...(aside.column ? { column: shortText(aside.column) } : {}), first: aside.rows[0] ?? aside.row, last: aside.rows.at(-1) ?? aside.row, names: aside.names };
  return problem('other-table', fields, { file, sheet: grid.name, cell: cellAddress(aside.row, aside.col) });
}

/** The people of a table beside the roster (sideTable), unread: each with the error saying why and how to lay it out. */
function sideTablePeople(grid: Grid, layout: RosterColumns, side: NonNullable<RosterColumns['side']>, file?: string): PersonEntries[] {
  const out: PersonEntries[] = [];
  const heading = grid.text(layout.headerRow, side.nameCol).trim();
  for (let row = grid.nextRow(layout.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    const who = grid.text(row, side.nameCol).trim();
    if (!who || who === heading || TOTAL.test(who) || grid.rowHidden?.(row)) continue;
    const header = new Map<string, string>();
    const headerCells = new Map<string, string>();
    for (const [col, id] of side.fields) {
      headerCells.set(id, cellAddress(row, col));
      const text = grid.text(row, col).trim();
      if (text) header.set(id, text);
    }
    const at = { file, sheet: grid.name, cell: cellAddress(row, side.nameCol) };
    const said = problem('side-by-side-table', { sheet: grid.name, row: layout.headerRow, from: columnLetters(side.from), who }, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, side.from) }, { person: who });
    out.push({ header, headerCells, entries: new Map(), at, problems: [said], unread: true });
  }
  return out;
}

/**
 * The row continues the person above: its name shown only through a cell merged down from a row above, its other cells
 * of the person (工号 and any number, level or tick) empty but for words.
 */
function continuationRow(grid: Grid, row: number, nameCol: number, layout: RosterColumns): boolean {
  const from = grid.mergedInto?.(row, nameCol);
  const master = from ? parseRef(from) : null;
  if (!master || master[0] >= row) return false;
  for (const [col, t] of layout.columns) {
    if (col === nameCol) continue;
    const raw = grid.value(row, col);
    if (raw.kind === 'empty' || (grid.mergedInto?.(row, col) && parseRef(grid.mergedInto(row, col)!)?.[0] !== row)) continue;
    // Words only: a remark (评语, a signature's field) or a text input; never the 工号, 部门 or a mark.
    if (t.kind === 'header' ? t.field.role !== 'other' : t.input.type !== 'text') return false;
  }
  return true;
}

/** Hidden columns of items' marks with no visible copy, each with whether its rater weighs nothing (自评). */
function loneHiddenColumns(grid: Grid, layout: RosterColumns): Map<number, boolean> {
  const out = new Map<number, boolean>();
  if (!grid.columnHidden) return out;
  for (const [col, t] of layout.columns) {
    if (t.kind !== 'entry' || t.input.type === 'text' || !grid.columnHidden(col)) continue;
    if (layout.duplicates.some((d) => d.of === col && !grid.columnHidden!(d.col))) continue;
    out.set(col, t.rater?.weight === 0);
  }
  return out;
}

/**
 * A heading given twice (a column copied, 「表格管理」 beside 「表格管理」): a value under the second where the first is
 * empty is the entry's; two different values are an error (which one counts is not for kpi to guess).
 */
function duplicateValues(grid: Grid, layout: RosterColumns, row: number, entries: Map<string, RawEntry>, file: string | undefined, who: string | undefined): { filled: boolean; problems: Problem[]; withheld: Set<string> } {
  const problems: Problem[] = [];
  // The entries of two answers: their items are not scored from the first (parts of 94 for a person not scored).
  const withheld = new Set<string>();
  let filled = false;
  for (const d of layout.duplicates) {
    const target = layout.columns.get(d.of);
    // A hidden copy of a column (last month's values kept out of sight) is not read; a hidden first column gives way
    // to the visible copy, blank or not.
    if (!target || target.kind !== 'entry' || grid.columnHidden?.(d.col)) continue;
    const raw = grid.value(row, d.col);
    const key = entryKey(target.item.id, target.input.id, target.rater?.id ?? '', target.slot);
    const at = { file, sheet: grid.name, cell: cellAddress(row, d.col) };
    if (grid.columnHidden?.(d.of)) {
      entries.set(key, { raw, at });
      if (raw.kind !== 'empty') filled = true;
      continue;
    }
    if (d.sum) {
      // 加分 | 扣分 under 「奖惩」: 加分 − 扣分 (扣分 2 or −2 both 2 taken off; `of`'s own 扣分 is made negative as read).
      const own = d.sum === 'minus' ? asDeduction(raw) : raw;
      if (own.kind === 'empty') continue;
      filled = true;
      const first = entries.get(key);
      if (!first || first.raw.kind === 'empty') {
        entries.set(key, { raw: own, at });
        continue;
      }
      // (A sign or 分 typed — 加分 「+2」, 扣分 「1分」 / 「-1」 — is the number there, as on a person's sheet (pairPoints):
      // refused 「不是两个数,加不出来」, 张三 was unscored for 77 + 2 − 1 = 78. `of` is the other side of the pair.)
      const [a, b] = [pairPoints(first.raw, d.sum === 'plus'), pairPoints(own, d.sum === 'minus')];
      if (a !== null && b !== null) {
        entries.set(key, { raw: { kind: 'number', value: Math.round((a + b) * 1e9) / 1e9 }, at: first.at });
        continue;
      }
      // (A word in either — 「扣2分」 beside a 1, 「(3)」 — adds up to nothing: refused, the person not scored.)
      const item = columnHeading(target.item, target.input, target.rater, target.slot);
      problems.push(problem('duplicate-entry', { item, first: first.at.cell ?? '', firstValue: rawText(first.raw).trim(), value: rawText(raw).trim(), column: true, added: true }, at, who ? { person: who } : {}));
      withheld.add(key);
      continue;
    }
    if (d.join) {
      // 加分原因 | 扣分原因 under 「奖惩」: one reason, both texts (表扬信 beside +2, 迟到被投诉 beside 3 off).
      const text = raw.kind === 'empty' ? '' : rawText(raw).trim();
      if (!text) continue;
      filled = true;
      const first = entries.get(key);
      const had = first && first.raw.kind !== 'empty' ? rawText(first.raw).trim() : '';
      entries.set(key, had ? { raw: { kind: 'text', value: `${had};${text}` }, at: first!.at } : { raw: { kind: 'text', value: text }, at });
      continue;
    }
    if (d.months) {
      const first = entries.get(key);
      const [a, b] = [first && first.raw.kind !== 'empty' ? rawText(first.raw).trim() : '', raw.kind !== 'empty' ? rawText(raw).trim() : ''];
      if (a === b) continue;
      const item = columnHeading(target.item, target.input, target.rater, target.slot);
      problems.push(problem('duplicate-entry', { item, first: first?.at.cell ?? cellAddress(row, d.of), firstValue: a, value: b, column: true, months: true }, at, who ? { person: who } : {}));
      withheld.add(key);
      continue;
    }
    if (raw.kind === 'empty') continue;
    const first = entries.get(key);
    if (!first || first.raw.kind === 'empty') {
      entries.set(key, { raw, at });
      filled = true;
      continue;
    }
    const [a, b] = [rawText(first.raw).trim(), rawText(raw).trim()];
    if (a === b) continue;
    const item = columnHeading(target.item, target.input, target.rater, target.slot);
    problems.push(problem('duplicate-entry', { item, first: first.at.cell ?? '', firstValue: a, value: b, column: true }, at, who ? { person: who } : {}));
    withheld.add(key);
  }
  return { filled, problems, withheld };
}

/** Points typed under a count's look-alike (「5分」, 「扣5分」): the advice is to fill the count, not the points. */
const POINTS_TYPED = /^[扣减]?\d+(\.\d+)?分$/;

/**
 * A value under a look-alike column that would have counted: a number for a numeric input (「堵车」 under 迟到说明 is a
 * note), and for a column only similar to a count's, a count as small as one (短信发送量 350 is a figure of its own).
 */
function countsAsUnread(u: UnreadColumn, raw: RawValue): boolean {
  if (!u.numeric) return true;
  // A column of attendance holding points (「10分」 「8分」 「0分」 where 准时出勤 stood): every figure is points, 「0分」 the
  // count's lowest, not none — read as blank, 李四's 8分 scored 80.00 良好 at exit 0 for 8 + 70 = 78 一般.
  if (u.points && /\d/.test(rawText(raw).normalize('NFKC'))) return true;
  // A list of deductions (「5,5,5」 under 「表格差错」) counts as its numbers do.
  const texts = raw.kind === 'text' ? raw.value.split(/[,,、;;\s]+/).filter((t) => t !== '') : [];
  const numbers = raw.kind === 'number' ? [raw.value] : texts.map((t) => parseNumberText(t, '次')?.value);
  // (Under a 扣分 heading — nonZero — text that is no count and no 「无」 is a deduction written out: 「扣2分」「2分」 were read
  // as blank, 甲 92.22 优秀 with 仪容仪表 at full marks for 87.78 良好: review of 55a5d565.)
  // (Nor text saying nothing off — 「0分」「扣0分」「未扣分」「无违规」「合格」: refused, review of 04a88e9b, base read it as 0.)
  if (!numbers.length || numbers.some((n) => n === undefined || !Number.isFinite(n))) return !!u.nonZero && raw.kind === 'text' && !isNoneWord(raw.value.trim()) && !saysNothingOff(raw.value);
  // Nothing in any unit is nothing (0 天 旷工 is 0 次): read as blank, the person scores what the sheet says.
  // So under a retyped count (「考勤」 for 准时出勤): 王五's 0 scores as the blank it is read as.
  if ((u.unit || u.nonZero) && numbers.every((n) => n === 0)) return false;
  return (numbers as number[]).every((n) => {
    if (u.range) return n >= u.range[0] && n <= u.range[1];
    return !u.small || (Number.isInteger(n) && n >= 0 && n <= 31);
  });
}

/** The column's filled cells are mostly options of the form's choices (差, 达成, 良好): ratings. */
function holdsChoices(grid: Grid, form: FormDef, headerRow: number, col: number): boolean {
  const choices = form.parts.flatMap((p) => p.items.flatMap((i) => i.inputs)).filter((i) => i.type === 'choice');
  return choices.length > 0 && mostlyHolds(grid, headerRow, col, (raw) => choices.some((i) => matchChoice(i.choices ?? [], rawText(raw).trim())));
}

/** A total said to be on 100: 「百分制得分」, 「折合百分制」. */
const HUNDRED_TOTAL = /^(百分制|百分制得分|百分制总分|折合百分制|折合百分制得分|折算百分制|折合得分)$/;

/** The team's own 总分 and 等级 columns (not the form's), and §8's bare 扣分: compared with kpi's, person by person. */
function typedColumns(layout: RosterColumns, grid: Grid, form: FormDef): Array<['total' | 'band' | 'lost' | 'itemLost', number]> {
  const out: Array<['total' | 'band' | 'lost' | 'itemLost', number]> = [];
  // A bare 「扣分」 beside §8's 其它·奖惩分 (or a noted or summed one, or a bare one beside the team's total where 奖惩分 is not
  // on the sheet): the points lost as the team counts them, compared with the items' (scoreForm).
  const lost = pointsLostColumn(form, layout, grid);
  if (lost !== undefined) out.push(['lost', lost]);
  // One item's points lost (「纪律扣分」, 「态度扣分」): compared with that item's loss.
  for (const { col } of itemLostColumns(form, layout, grid)) out.push(['itemLost', col]);
  for (const u of layout.unknown) {
    const key = labelKey(u.text).replace(/[((][^))]*[))]$/, '');
    // 「合计」 is the team's total only where its figures are a total's (75, 88), not a sum of counts (4, 1, 0).
    // 「百分制得分」 beside a 「合计」 of the form's own points (§25 Σ / 45 × 100): the team's total on 100, compared as 总分 is
    // (it was ignored without a word, the team's 84.44 beside kpi's 93.33). Not on a form reporting its own scale: interview-eval's
    // 百分制得分 75 was said to differ from its total 3.00 (the same 3 of 4).
    const hundred = HUNDRED_TOTAL.test(key) && form.combine.report !== 'points';
    const total = TYPED_TOTAL.test(key) || hundred || (/^合计分?$/.test(key) && totalsIn(grid, layout.headerRow, u.col));
    if (out.some(([, col]) => col === u.col)) continue;
    if (total && !out.some(([w]) => w === 'total')) out.push(['total', u.col]);
    else if (TYPED_BAND.test(key) && !out.some(([w]) => w === 'band')) out.push(['band', u.col]);
  }
  return out;
}

/** Every figure of the column is 30 or more (of three rows or more): totals out of 100, not a count's sum. */
function totalsIn(grid: Grid, headerRow: number, col: number): boolean {
  let n = 0;
  for (let row = grid.nextRow(headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    const v = grid.value(row, col);
    if (v.kind !== 'number') continue;
    if (v.value < 30) return false;
    n++;
  }
  return n >= 3;
}

/** An entry column as messages name it: the item, and its input where it has several (工作纪律·迟到或早退). */
function entryLabel(t: Extract<ColumnTarget, { kind: 'entry' }>): string {
  return t.item.inputs.length > 1 ? `${t.item.label}·${t.input.label}` : t.item.label;
}

/** The rater of a column as its heading names it (「直接主管」, 「面试官2」); '' for an item without raters. */
function raterText(t: Extract<ColumnTarget, { kind: 'entry' }>): string {
  return t.rater ? (t.rater.multiple ? `${t.rater.label}${t.slot}` : t.rater.label) : '';
}

function withRater(t: Extract<ColumnTarget, { kind: 'entry' }>): string {
  return t.rater ? `${entryLabel(t)}·${raterText(t)}` : entryLabel(t);
}

/** The same input of the same item, another rater's (or another slot's) column. */
function otherRater(a: Extract<ColumnTarget, { kind: 'entry' }>, b: Extract<ColumnTarget, { kind: 'entry' }>): boolean {
  return a.item === b.item && a.input === b.input && a.rater !== null && b.rater !== null && (a.rater !== b.rater || a.slot !== b.slot);
}

type UnreadColumn = { col: number; heading: string; like: string; numeric: boolean; small: boolean; nonZero?: true; points?: true; range?: [number, number]; merged?: string; whole?: WholeItem; unit?: true; part?: true; merge?: true; kinds?: CountColumns; extra?: true; incidents?: Incidents; money?: true };

/**
 * The label of a count input of several kinds (「迟到/早退/缺勤次数」) one kind of which a heading names (「迟到次数」, 「旷工」).
 * The kinds are in its label or an alias split at / 、 或 (「拖延/遗漏/明显错误」), in its item's label when the item counts
 * one thing (§25 「仪容仪表、语气语调、接听电话」), or in brackets where aliases name each (「本月安装(售服)客户数」 with
 * 安装客户数 and 售服客户数 among its aliases — 「潜在客户(访问)数」 names one thing twice).
 */
function partOfCount(form: FormDef, heading: string): string | undefined {
  return countOfKind(form, heading)?.input.label;
}

/** The count (its item and input) whose kind `heading` names. */
function countOfKind(form: FormDef, heading: string): { item: ItemDef; input: InputDef } | undefined {
  // Another period's column (「潜在客户数(上月)」 beside this month's) is no kind of this month's count: set aside as such,
  // it refused everyone as split into kinds.
  if (otherPeriodNoted(heading)) return undefined;
  const key = labelKey(withoutTrailingNote(heading) || heading).replace(/(次数|次)$/, '');
  if (!key) return undefined;
  for (const part of form.parts) {
    for (const item of part.items) {
      for (const input of item.inputs) {
        if (!unitsOf(input.unit).includes('次') && input.type !== 'integer') continue;
        for (const kinds of countKinds(item, input)) {
          // 旷工 is 缺勤 as attendance sheets write it.
          // (A kind by its last words too: 「未按静音」 of 「请教未按静音」.)
          const kind = kinds.includes(key) || (key.length >= 2 && kinds.some((k) => k.length > key.length && k.endsWith(key)));
          if (kind || (key === '旷工' && kinds.includes('缺勤')) || someKinds(key, kinds) || kindWithOwnWords(key, kinds, item, input)) return { item, input };
        }
      }
    }
  }
  return undefined;
}

/**
 * 「闲聊/未按静音」, 「态度不温和/唉声叹气」: every kind of one count, each named (as its definition or by its last words),
 * in one heading — the count itself, not one of its kinds.
 */
function everyKindOf(form: FormDef, heading: string): { item: ItemDef; input: InputDef } | undefined {
  const cut = Math.max(heading.lastIndexOf('·'), heading.lastIndexOf('・'));
  const group = cut > 0 ? heading.slice(0, cut) : '';
  const pieces = heading.slice(cut + 1).normalize('NFKC').split(/[\/、,,]|或/).map((k) => labelKey(k)).filter(Boolean);
  if (pieces.length < 2) return undefined;
  const counts = pieces.map((k) => countOfKind(form, k));
  const count = counts[0];
  if (!count || counts.some((c) => c?.input !== count.input) || (group && namesOtherItem(form, group, count.item))) return undefined;
  const named = (kind: string) => pieces.some((k) => k === kind || (k.length >= 2 && kind.endsWith(k)));
  return countKinds(count.item, count.input).some((kinds) => kinds.every(named)) ? count : undefined;
}

/** The ways the kinds of a count are written in its definition (each list of two or more). */
function countKinds(item: ItemDef, input: InputDef): string[][] {
  const split = (text: string) => text.normalize('NFKC').replace(/次数$/, '').split(/[\/、]|或/).map((k) => labelKey(k)).filter(Boolean);
  // (Split at / 、 or 或 only: 和 is inside words — 态度不温和.)
  const out = [input.label, ...(input.aliases ?? [])].map(split).filter((k) => k.length >= 2);
  if (item.inputs.filter((i) => i.type === 'integer').length === 1 && /[\/、]/.test(item.label)) out.push(split(item.label));
  const bracket = /^(.*?)\(([^()]{2,})\)(.+)$/.exec(input.label.normalize('NFKC'));
  if (bracket) {
    const [before, other, after] = bracket.slice(1).map(labelKey) as [string, string, string];
    const one = before.slice(-other.length);
    const names = new Set((input.aliases ?? []).map(labelKey));
    const named = (k: string) => [...names].some((n) => n.includes(k) && !n.includes(k === one ? other : one) && n.endsWith(after.slice(-2)));
    if (one && named(one) && named(other)) out.push([one, other]);
  }
  return out;
}

/**
 * 「语气语调不达标」, 「本月售服客户数」: one kind and words of the count's own (不达标 of 不达标项数; 本月…客户数 of 本月安装(售服)
 * 客户数) — not one kind and other words (「售服工单」).
 */
function kindWithOwnWords(key: string, kinds: readonly string[], item: ItemDef, input: InputDef): boolean {
  const found = kinds.filter((k) => key.includes(k));
  if (found.length !== 1) return false;
  const rest = key.replace(found[0]!, '');
  if (rest.length < 2) return false;
  const own = [input.label, item.label].map((t) => kinds.reduce((x, k) => x.replace(k, ''), labelKey(t)).replace(/[()、\/]/g, '').replace(/(项数|次数|数)$/, ''));
  return own.some((o) => o.length >= 2 && (o.includes(rest.replace(/(项数|次数|数)$/, '')) || rest.includes(o)));
}

/** 「迟到早退」: some of the kinds written one after another (not all: that is the count itself, read as its alias). */
function someKinds(key: string, kinds: readonly string[]): boolean {
  let rest = key;
  let used = 0;
  for (const k of kinds) {
    if (rest.startsWith(k)) {
      rest = rest.slice(k.length);
      used++;
    }
  }
  return rest === '' && used >= 2 && used < kinds.length;
}

function columnHoldsNumbers(grid: Grid, headerRow: number, col: number): boolean {
  for (let r = grid.nextRow(headerRow); r <= grid.rowCount; r = grid.nextRow(r)) {
    const v = grid.value(r, col);
    if (v.kind === 'number' || (v.kind === 'text' && /^\s*\d+\s*次?\s*$/.test(v.value.normalize('NFKC')))) return true;
  }
  return false;
}

/** A figure under a look-alike column no one is refused for: kept for the column's warning (a 0 reads as the blank it is taken for). */
function keepUnder(kept: Map<number, { values: string[]; people: number }>, u: UnreadColumn, raw: RawValue): void {
  if (u.merged !== undefined || !u.small) return;
  const text = shortText(rawText(raw));
  if (/^\s*0+(\.0+)?\s*$/.test(text.normalize('NFKC'))) return;
  const k = kept.get(u.col) ?? { values: [], people: 0 };
  k.people++;
  if (k.values.length < 3 && !k.values.includes(text)) k.values.push(text);
  kept.set(u.col, k);
}

/**
 * A look-alike column (短信发送量 where 短信漏发 stood) whose figures left no one out — none is a count of it (350, 420):
 * its warning said whoever filled it is not scored, with everyone scored. Said as it went: the figures, not read, no one
 * left out for them. (A column some were refused for keeps its words.)
 */
function keptColumnsSaid(problems: Problem[], headerRow: number, kept: ReadonlyMap<number, { values: string[]; people: number }>, refused: ReadonlySet<number>): void {
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i]!;
    const params = p.params as { case?: string; valuesUnread?: boolean; strong?: boolean } | undefined;
    if (p.code !== 'unknown-column' || p.severity !== 'warning' || params?.case !== 'looks-like' || !params.valuesUnread || params.strong) continue;
    const ref = p.cell ? parseRef(p.cell) : null;
    if (!ref || ref[0] !== headerRow || refused.has(ref[1])) continue;
    const k = kept.get(ref[1]);
    if (k) problems[i] = amend(p, { kept: { values: k.values, people: k.people } });
  }
}

function unreadColumns(problems: readonly Problem[], headerRow: number): UnreadColumn[] {
  const out: UnreadColumn[] = [];
  for (const p of problems) {
    const params = p.params as { case?: string; heading?: string; like?: string; strong?: boolean; valuesUnread?: boolean; nonZero?: true; numeric?: boolean; range?: [number, number]; column?: string; whole?: UnreadColumn['whole']; unit?: unknown; part?: true; merge?: true; kinds?: CountColumns; extra?: true; incidents?: Incidents; points?: true; money?: true } | undefined;
    const ref = p.code === 'unknown-column' && p.cell ? parseRef(p.cell) : null;
    if (!ref || ref[0] !== headerRow || !params) continue;
    const heading = params.heading ?? '';
    // A second column under a merged heading: what is typed there is not read.
    if (params.case === 'merged-heading') out.push({ col: ref[1], heading, like: heading, numeric: false, small: false, merged: params.column ?? '' });
    // Every column of an item split below into columns of words kpi does not know: none read.
    else if (params.case === 'sub-words') {
      const { subs = [], columns = [] } = params as { subs?: string[]; columns?: string[] };
      columns.forEach((letters, k) => out.push({ col: columnNumber(letters), heading: `${heading}·${subs[k] ?? ''}`, like: heading, numeric: false, small: false }));
    }
    else if (params.case === 'looks-like' && (p.severity === 'error' || params.valuesUnread)) {
      out.push({ col: ref[1], heading, like: params.like ?? '', numeric: params.numeric === true, small: params.valuesUnread === true, ...(params.nonZero ? { nonZero: true as const } : {}), ...(params.range ? { range: params.range } : {}), ...(params.whole ? { whole: params.whole } : {}), ...(params.unit ? { unit: true as const } : {}), ...(params.part ? { part: true as const } : {}), ...(params.merge ? { merge: true as const } : {}), ...(params.money ? { money: true as const } : {}), ...(params.kinds ? { kinds: params.kinds } : {}), ...(params.extra ? { extra: true as const } : {}), ...(params.incidents ? { incidents: params.incidents } : {}), ...(params.points ? { points: true as const } : {}) });
    }
  }
  return out;
}

/**
 * Columns of an item two parts share, headed without their part (「满意度」 twice for 业绩's and 行为's): read in the
 * template's order, which a team that moved one of them cannot tell from the result — each item then scored the other's
 * answers without a word (74.47 for 91.10). Said, once a sheet, with how each was read.
 */
function byOrderProblems(grid: Grid, form: FormDef, layout: RosterColumns, file?: string): Problem[] {
  const shared = sharedItemLabels(form);
  if (!shared.size) return [];
  // Bare columns by what they name but the part (满意度 · 评分人 · slot): two or more parts' there were read in order. One
  // alone is the part not headed in full beside it: no order to go by.
  const bare = new Map<string, Array<{ heading: string; column: string; as: string }>>();
  for (const [col, t] of layout.columns) {
    if (t.kind !== 'entry') continue;
    const parts = shared.get(t.item.label);
    if (!parts) continue;
    const text = [grid.text(layout.headerRow, col), layout.headerRow > 1 ? grid.text(layout.headerRow - 1, col) : ''].join(' ');
    if (parts.some((label) => labelKey(text).includes(labelKey(label)))) continue;
    const part = form.parts.find((p) => p.items.includes(t.item))!;
    // (The parts' items may take different inputs: 团队/纪律's 日常行为 a level, 超预期表现's a rating.)
    appendTo(bare, `${t.item.label}\u0000${t.rater?.id ?? ''}\u0000${t.slot}`, { heading: shortText(grid.text(layout.headerRow, col)), column: columnLetters(col), as: `${part.label}·${t.item.label}` });
  }
  const read = [...bare.values()].filter((cols) => new Set(cols.map((c) => c.as)).size > 1).flat().sort((a, b) => columnNumber(a.column) - columnNumber(b.column));
  if (!read.length) return [];
  return [problem('shared-by-order', { sheet: grid.name, columns: read }, { file, sheet: grid.name, cell: `${read[0]!.column}${layout.headerRow}` })];
}

/** Once per sheet: headings that name nothing of this form (a typo hides an item), and required columns missing. */
function columnProblems(grid: Grid, form: FormDef, layout: RosterColumns, file?: string): Problem[] {
  const out: Problem[] = [];
  const at = { file, sheet: grid.name };
  const lookAlikes = missingColumnProblems(grid, form, layout, file);
  // Columns named with a missing one they look like are said there, not again among the ignored ones.
  const named = new Set(lookAlikes.map((p) => p.cell).filter(Boolean));
  // The team's own 总分/等级 are read to be compared with kpi's: not ignored.
  const typed = new Set(typedColumns(layout, grid, form).map(([, col]) => col));
  // Required columns the headings lack: each an error, naming the one heading that nearly is its name when there is one.
  const present = columnTargets(layout);
  // Items whose score a column holds (「效率(20分)」): said there, with how to fill them, not again as a column missing.
  const wholeItems = new Set(lookAlikes.filter((p) => (p.params as { whole?: unknown }).whole).map((p) => p.item));
  const missing = form.parts.flatMap((p) => p.items).filter((item) => !wholeItems.has(item.label)).flatMap((item) => {
    const own = raterGroups(form, item);
    return item.inputs.filter((i) => !i.optional).flatMap((input) =>
      (own ? own.filter((r) => r.required && r.weight > 0) : [null])
        .filter((rater) => !present.some((t) => t.kind === 'entry' && t.item === item && t.input === input && t.rater === rater))
        .map((rater) => ({ item, input, rater, heading: columnHeading(item, input, rater, 1, form) })),
    );
  });
  const takenCols = new Set([...typed, ...layout.unknown.filter((u) => named.has(cellAddress(layout.headerRow, u.col))).map((u) => u.col)]);
  const rateCols = new Map<ItemDef, { text: string; col: number }>();
  for (const { item } of missing) {
    const rates = rateCols.has(item) ? null : rateColumnOf(grid, layout, item, takenCols);
    if (rates) [rateCols.set(item, rates), takenCols.add(rates.col)];
  }
  const retyped = missing.map(({ item, input, rater, heading }) => {
    // (A one-input item's input by its own label too: 「目标销售额(万元)」 was said as no item of the form, advised renamed
    // 「销售完成率」 — 10 万元 then read as 10 元, 张三 86.50 一般 for 82.50 待改进 — where 「(万元)」 is to be said.)
    const names = [heading, `${item.label}${input.label}`, ...(item.inputs.length === 1 && !rater ? [item.label, ...(item.aliases ?? []), input.label] : []), ...(input.aliases ?? [])];
    const near = retypedRequired(layout, names, takenCols);
    if (near) takenCols.add(near.col);
    return near;
  });
  // Then a heading that is the item's name shortened (「客户沟通」 for 客户沟通交流), where the item lacks one column only
  // (one input, one counted rater: which of several the heading is, it does not say) — after the near ones took theirs.
  missing.forEach(({ item }, k) => {
    if (retyped[k] || missing.filter((m) => m.item === item).length !== 1) return;
    const short = abbreviatedRequired(layout, form, item, takenCols);
    if (!short) return;
    retyped[k] = short;
    takenCols.add(short.col);
  });
  out.push(...byOrderProblems(grid, form, layout, file));
  const unclaimed = layout.unknown.filter((u) => !named.has(cellAddress(layout.headerRow, u.col)) && !typed.has(u.col) && !retyped.some((r) => r?.col === u.col) && ![...rateCols.values()].some((r) => r.col === u.col));
  // A kind of an item's counts the form lacks (「话务质量·服务用语不规范」 over 6, extraColumns.ts): an error where a number
  // other than 0 is typed, each such person not scored; over notes or 0s only, ignored as before.
  const extras = unclaimed.flatMap((u) => {
    const item = itemOfExtraColumn(form, u.text);
    return item && nonZeroFigureIn(grid, layout.headerRow, u.col) ? [{ ...u, item }] : [];
  });
  for (const x of extras) {
    const fields = { case: 'looks-like', sheet: grid.name, heading: shortText(x.text), like: x.item, empty: '没有计入', strong: true, numeric: true, nonZero: true, extra: true } as const;
    out.push(problem('unknown-column', fields, { ...at, cell: cellAddress(layout.headerRow, x.col) }, { severity: 'error' }));
  }
  const ignored = [...unclaimed.filter((u) => !extras.some((x) => x.col === u.col)), ...(layout.boxes ?? [])].sort((a, b) => a.col - b.col);
  if (ignored.length) {
    const columns = ignored.slice(0, 20).map((u) => ({ heading: shortText(u.text), cell: cellAddress(layout.headerRow, u.col) }));
    out.push(problem('unknown-column', { case: 'ignored', sheet: grid.name, columns }, at));
  }
  // A required rater none of whose columns is here, beside another rater's (a 间接主管's copy scored alone): one error
  // saying so, not one a column, each inviting a rename that would pass one rater's ratings off as the other's.
  const absentRaters = new Set<RaterDef>();
  for (const r of form.raters ?? []) {
    const theirs = missing.filter((m) => m.rater === r);
    const hasColumns = (o: RaterDef) => present.some((t) => t.kind === 'entry' && t.rater === o);
    const others = (form.raters ?? []).filter((o) => o !== r && hasColumns(o));
    if (theirs.length > 1 && !hasColumns(r) && others.length && !retyped.some((near, k) => near && missing[k]!.rater === r)) {
      absentRaters.add(r);
      const named = file ? path.basename(file) : undefined;
      out.push(problem('item-not-found', { case: 'rater-columns', sheet: grid.name, rater: r.label, count: theirs.length, others: others.map((o) => o.label), ...(named ? { file: named } : {}) }, at));
    }
  }
  const ratesSaid = new Set<ItemDef>();
  missing.forEach(({ item, heading, rater }, k) => {
    if (rater && absentRaters.has(rater)) return;
    const rates = rateCols.get(item);
    if (rates) {
      if (!ratesSaid.has(item)) out.push(problem('item-not-found', { case: 'column', sheet: grid.name, heading, item: item.label, like: shortText(rates.text), counts: item.inputs.map((i) => columnHeading(item, i, rater, 1, form)) }, { ...at, cell: cellAddress(layout.headerRow, rates.col) }, { item: item.label }));
      ratesSaid.add(item);
      return;
    }
    const near = retyped[k];
    // The heading is right but the units row under it gives another unit (「(万元)」 over 实际销售额): said so.
    const input = missing[k]!.input;
    const below = near && layout.headerRow < grid.rowCount && foreignUnitBelow(grid, layout.headerRow, near.col, input) ? unitCell(grid.text(layout.headerRow + 1, near.col)) ?? undefined : undefined;
    // Or the heading's own note gives it (「实际销售额(USD)」, 「平均响应秒数(ms)」).
    const noted = !below && near ? foreignNote(near.text, input) : undefined;
    // Or a line above the table (「(金额单位:万元)」) gives the amounts' unit.
    const above = !below && !noted && near ? unitLineAbove(grid, layout.headerRow) : undefined;
    const line = above && foreignUnitLine(above.unit, input) ? above : !below && !noted && near ? foreignColumnLine(grid, layout.headerRow, near.text, item, input) : undefined;
    // A scale in the units row (「满分5分」, 「(1-5)」 under marks of 1–10) is said as a scale, not as a unit to convert to 「分」.
    const scaleBelow = below !== undefined && markedInPoints(input) && /分|^\(?\s*[01]\s*[-~～至到—–]/.test(below) ? below : undefined;
    const unit = scaleBelow ? undefined : (below ?? noted ?? line?.unit);
    // Or a group heading over it, or a line above the table, names another scale (「服务态度(5分制)」).
    const ownScale = !unit && near ? scaleOfOwnNote(near.text) : undefined;
    const scaled = !unit && near ? (foreignScaleOver(grid, layout.headerRow, near.col, input, layout.headerRow > 1 && twoTextsOn(grid, layout.headerRow - 1)) ?? (ownScale !== undefined && foreignScale(ownScale, input, true) ? { said: near.text, cell: cellAddress(layout.headerRow, near.col) } : undefined)) : undefined;
    const scaledAt = scaled ?? (scaleBelow && near ? { said: scaleBelow, cell: cellAddress(layout.headerRow + 1, near.col) } : undefined);
    const scale = scaledAt ? { said: shortText(scaledAt.said), at: scaledAt.cell, own: input.type === 'percent' ? '百分比' : `${input.min ?? 0}–${input.max} 分` } : undefined;
    const fields = { case: 'column', sheet: grid.name, heading, item: item.label, ...(near ? { like: shortText(near.text) } : {}), ...(unit ? { unit, own: unitsOf(input.unit)[0] ?? '', ...(noted ? { noted: true as const } : {}), ...(line ? { lineAt: line.cell, ...('below' in line && line.below ? { lineBelow: true as const } : {}) } : {}) } : {}), ...(scale ? { scale } : {}) } as const;
    out.push(problem('item-not-found', fields, near ? { ...at, cell: cellAddress(layout.headerRow, near.col) } : at, { item: item.label }));
  });
  out.push(...lookAlikes, ...mergedHeadingProblems(grid, layout, file, named));
  return out;
}

/**
 * A bare 「编号」 read as 工号 whose numbers run 1, 2, 3 … and start again at 1 (1–6 for 客服一部, 1–2 for 客服二部): the
 * team's row numbers of each group, taken out of the layout. Read as 工号, 李四 and 张三(二部) were both 「1」 and refused
 * as one person, four unscored at exit 1. Numbers never starting again (1–8, or 1001, 1002) stay 工号: they may be either.
 * So do numbers repeated per rater's block on the same names, and a run of one row (groupRowNumbers).
 */
function groupNumbering(grid: Grid, layout: RosterColumns): { col: number; fields: ParamsOf<'group-numbering'> } | null {
  const col = [...layout.columns].find(([, t]) => t.kind === 'header' && t.field.role === 'id')?.[0];
  const nameCol = [...layout.columns].find(([, t]) => t.kind === 'header' && t.field.role === 'name')?.[0];
  const heading = col === undefined ? '' : grid.text(layout.headerRow, col);
  if (col === undefined || nameCol === undefined || labelKey(heading) !== '编号') return null;
  const rows: { text: string; name: string }[] = [];
  // (People's rows only: a note under the table typed in the 编号 column is no number of theirs.)
  for (let row = grid.nextRow(layout.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    const name = grid.text(row, nameCol).trim();
    if (name) rows.push({ text: rawText(grid.value(row, col)).trim(), name });
  }
  const runs = groupRowNumbers(rows);
  if (!runs) return null;
  layout.columns.delete(col);
  return { col, fields: { sheet: grid.name, heading, runs } };
}

/**
 * 工号 in scientific notation (scientificIdColumn): all seven people of a roster with different 工号 were refused as
 * 「工号重复」 at exit 1, every name different. The column is taken out of the layout (people told apart by name) and said,
 * with how to keep it.
 */
function scientificIds(grid: Grid, layout: RosterColumns): { cell: string; fields: ParamsOf<'id-scientific'> } | null {
  const col = [...layout.columns].find(([, t]) => t.kind === 'header' && t.field.role === 'id')?.[0];
  const nameCol = [...layout.columns].find(([, t]) => t.kind === 'header' && t.field.role === 'name')?.[0];
  if (col === undefined || nameCol === undefined) return null;
  const spoilt = scientificIdColumn(grid, layout.headerRow, col, nameCol);
  if (!spoilt) return null;
  layout.columns.delete(col);
  return { cell: cellAddress(spoilt.first.row, col), fields: { heading: grid.text(layout.headerRow, col).trim(), value: spoilt.first.text, count: spoilt.count } };
}

/** The names in a column below a row (the people of a block not read), in order, each once; headings, totals and notes left out. */
function namesBelow(grid: Grid, row: number, col: number, isPerson: (row: number) => boolean): string[] {
  const heading = grid.text(row, col);
  const out = new Set<string>();
  for (let r = grid.nextRow(row); r <= grid.rowCount; r = grid.nextRow(r)) {
    const name = grid.text(r, col).trim();
    if (name && name !== heading && isPerson(r)) out.add(name);
  }
  return [...out];
}

/** A part's title (「团队/纪律」, 「工作业绩(60%)」) over its items: a group of items, not of a rater. */
function isPartName(form: FormDef, text: string): boolean {
  const key = labelKey(withoutTrailingNote(text.normalize('NFKC').trim()) || text);
  return form.parts.some((p) => labelKey(p.label) === key || labelKey(withoutTrailingNote(p.label) || p.label) === key);
}

/** A heading whose unit is percent: 「客户满意度(%)」, 「客户满意度%」, 「满意度(百分比)」. */
function percentHeading(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  return /%$/.test(t) || /[(]\s*(%|百分比)\s*[)]$/.test(t);
}

/**
 * The column's plain numbers are percents typed bare, those up to 1 too. Headed in percent: read so, they are alike (0.5,
 * 0.5, 2, 3 — targets of 0.5 % to 3 %) where read as fractions they are not (50 %, 50 %, 2 %, 3 %). Headed or not: read as
 * fractions, every one of those up to 1 would be more than twice the largest percent — 20, 15, 0.5: 50 % is no target
 * beside 20 % and 15 %, whoever typed 20 for 20 % typed 0.5 for 0.5 % (§11 周杰 64.97 待改进 for 94.67 良好). A column
 * of fractions with one percent typed bare (0.1, 0.08, 10: 10 % and 8 % beside 10) is alike the other way, and so are a
 * survey's 92, 88, 0.95 (95 %) and 92, 88, 0.3 (30 %, a bad month, not 0.3 % satisfied): left to each cell's own
 * reading. A figure the input reads as a mark on another scale (4.6 of 5 for a 满意度) is no percent.
 */
function barePercentsIn(grid: Grid, col: number, rows: readonly number[], headed: boolean, otherScales: readonly number[] = []): boolean {
  // (The people's rows: a 合计 row's 10.5 under 10 and 0.5 made 0.5 a bare 0.5 % — 李四 100.00 for 85.00 at exit 0.)
  return barePercentsAmong(rows.map((row) => grid.value(row, col)), headed, otherScales);
}

/** barePercentsIn over any set of cells alike: a roster's column, or one cell of people's own sheets (sheetPercents.ts). */
export function barePercentsAmong(cells: readonly RawValue[], headed: boolean, otherScales: readonly number[] = []): boolean {
  const plain: number[] = [];
  for (const raw of cells) {
    const n = bareNumber(raw);
    if (n !== null && n > 0 && n <= 100) plain.push(n);
  }
  const percents = plain.filter((n) => n > 1 && !otherScales.some((s) => n <= s));
  const small = plain.filter((n) => n <= 1);
  if (!percents.length || !small.length) return false;
  const most = Math.max(...percents);
  // (And the percents typed bare are most of the column: 0.92, 0.88 beside one bad month's 40 are fractions — review, §28
  // 87.75 良好 read as 0.92 %, 19.44 待改进 at exit 0.)
  const apart = percents.length > small.length && small.every((n) => n * 100 > most * 2);
  if (apart || !headed) return apart;
  const spread = (xs: number[]) => Math.max(...xs) / Math.min(...xs);
  return spread(plain) < spread(plain.map((n) => (n <= 1 ? n * 100 : n)));
}

/**
 * Two or more figures in the column, every one of them from 0 to 1 (or 0 % to 100 %), one at least a fraction between or a
 * cell shown as a percentage (1, 1, 0.85: 1 is all of it). Cells carrying a % (a 平均 row formatted 0.00 %, one person's
 * cell, a typed 「92%」) are of the column's fractions — review: they made the column no fractions' (73.18 一般 for 91.40
 * 优秀); counted for nothing, 0.92 and 0.88 formatted 0.00 % beside a bare 1 left that 1 one point (王五 75.45 一般 for
 * 95.25 优秀), and 「92%」 beside 1 and 0.85 left both points (75.45 for 95.25, 75.42 for 92.25).
 */
function fractionsOnly(grid: Grid, col: number, rows: readonly number[]): boolean {
  let fractions = 0;
  let figures = 0;
  // (The people's rows: a 合计 row's =SUM 2.65 under 0.92, 0.85, 0.88 made them 0.92 of 100 — 80.18 良好 for 98.40 优秀.)
  for (const row of rows) {
    const raw = grid.value(row, col);
    // (Nor is a formula saved without its result: =AVERAGE(F2:F4) under them is no figure.)
    if (raw.kind === 'empty' || raw.kind === 'formula-without-result') continue;
    const shown = percentShown(raw);
    const n = shown ?? bareNumber(raw);
    if (n === null) {
      if (raw.kind === 'number' || /\d/.test(rawText(raw))) return false;
      continue;
    }
    if (n < 0 || n > 1) return false;
    figures++;
    if (shown !== null || (n > 0 && n < 1)) fractions++;
  }
  return fractions >= 1 && figures >= 2;
}

/** A cell carrying a % — formatted 0 %, a % typed into its format, a text 「92%」 — as the fraction shown (0.92); else null. */
function percentShown(raw: RawValue): number | null {
  if (raw.kind === 'number') return raw.percentFormat ? raw.value : raw.percentSign ? raw.value / 100 : null;
  const n = raw.kind === 'text' ? parseNumberText(raw.value) : null;
  return n?.percent ? n.value / 100 : null;
}

/** A plain figure up to 1 in such a column as the percent typed (0.5 → 0.5 %); noted: said at the cell. */
export function percentAsTyped(raw: RawValue, noted: boolean | 'sheets'): RawValue {
  const byColumn = noted ? { percentByColumn: noted === 'sheets' ? ('sheets' as const) : (true as const) } : {};
  if (raw.kind === 'number' && !raw.percentFormat && !raw.percentSign && raw.value > 0 && raw.value <= 1) return { ...raw, percentSign: true, ...byColumn };
  if (raw.kind === 'text') {
    const t = raw.value.normalize('NFKC').trim();
    if (/^(0?\.\d+|1(\.0*)?)$/.test(t) && Number(t) > 0) return { kind: 'number', value: Number(t), percentSign: true, ...byColumn };
  }
  return raw;
}

/** A plain figure between 0 and 1 under a percent heading as the fraction it is (0.95 → 95 %); 1 and up as typed. */
function fractionUnderPercent(raw: RawValue, withOne = false): RawValue {
  const top = withOne ? 1 : 1 - Number.EPSILON;
  if (raw.kind === 'number' && !raw.percentFormat && !raw.percentSign && raw.value > 0 && raw.value <= top) return { ...raw, percentFormat: true };
  if (raw.kind === 'text') {
    const t = raw.value.normalize('NFKC').trim();
    if (/^(0?\.\d+|1(\.0*)?)$/.test(t) && Number(t) > 0 && Number(t) <= top) return { kind: 'number', value: Number(t), percentFormat: true };
  }
  return raw;
}

/** A heading noted with this month or one month (「(本月)」, 「(3月)」, 「(2026年3月)」), not a sum over months. */
function monthNoted(text: string): boolean {
  const t = text.normalize('NFKC');
  return THIS_MONTH_NOTE.test(t) || (!CUMULATIVE_NOTE.test(t) && noteMonth(t) !== undefined);
}

/** The month a heading's note names (「…(3月)」, 「…(2026年3月)」), or undefined. */
function noteMonth(text: string): { year?: number; month: number } | undefined {
  const note = /[((]([^()()]+)[))]\s*$/.exec(text.normalize('NFKC'))?.[1];
  return note ? monthNumberOf(note) : undefined;
}

/** The one month the rows' 考核月份 column gives (every filled cell the same: 「2026-03」, or a bare 「3月」), or undefined. */
function rowsMonth(grid: Grid, headerRow: number, columns: ReadonlyMap<number, ColumnTarget>): { year?: number; month: number } | undefined {
  const col = [...columns].find(([, t]) => t.kind === 'header' && t.field.role === 'period')?.[0];
  if (col === undefined) return undefined;
  const seen = new Map<string, { year?: number; month: number }>();
  for (let r = grid.nextRow(headerRow), n = 0; r <= grid.rowCount && n < 500; r = grid.nextRow(r), n++) {
    const text = grid.text(r, col);
    const full = text ? parseMonth(text) : null;
    const m = full ? monthNumberOf(full) : text ? monthNumberOf(text) : undefined;
    if (m) seen.set(`${m.year ?? ''}-${m.month}`, m);
  }
  return seen.size === 1 ? [...seen.values()][0] : undefined;
}

/** A group heading of an earlier period's figures (上月, 上月评分, 去年同期): the word PAST_NOTE knows, captured. */
const PAST_GROUP = new RegExp(`^(${PAST_PERIOD})(?:得分|评分|分数|数据|情况|考核|实际)?$`);

/** A sub-heading naming the month of the figures under an item (上月 | 本月). */
const PERIOD_SUB = new RegExp(`^(${PAST_PERIOD}|本月|当月|本期)(数据|实际|完成|情况)?$`);

/** A group heading naming a period (上月, 本月, 2月, 第一季度): figures of another month, not a rater's block. */
function periodGroup(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  return monthInSheetName(t) !== undefined || /^(上月|本月|当月|上期|本期|去年|上年|今年|上月得分|本月得分|第?[一二三四1-4]季度)$/.test(t);
}

/** A part's points (its items' full marks), as the form gives them: what a group heading over it is compared with. */
function partPoints(form: FormDef, label: string): number {
  const part = form.parts.find((p) => p.label === label);
  return (part?.items ?? []).filter((i) => i.role !== 'adjustment' && i.role !== 'veto').reduce((n, i) => n + i.max, 0);
}

/** The slots of groups of several headed with the group's name alone (「客户」), as PersonEntries.slotLabels; none: undefined. */
function bareSlotLabels(targets: Iterable<ColumnTarget>): Map<string, string> | undefined {
  let out: Map<string, string> | undefined;
  for (const t of targets) if (t.kind === 'entry' && t.bare && t.rater?.multiple) (out ??= new Map()).set(slotLabelKey(t.rater.id, t.slot), t.rater.label);
  return out;
}
