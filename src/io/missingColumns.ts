import type { FormDef, InputDef, ItemDef, RaterDef } from '../model/definition.js';
import { type Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { otherWayPresent, raterGroups } from '../engine/definition.js';
import { parseRaw } from '../engine/values.js';
import { columnHeading, columnTargets, itemHeading, items, stemOf, type ColumnTarget, type RosterColumns } from './columns.js';
import { cellAddress, columnLetters, filledBelow, mostlyHolds, ownHeading, type Grid } from './grid.js';
import { parseRef } from './fast/xml.js';
import { labelKey, labelVariants, MAX_HEADING_LENGTH, notedPoints, otherPeriodNoted, PAST_NOTE, pointsNoted, withoutNumbering, withoutTrailingNote } from './normalize.js';
import { saysNothingOff, UNIT_WORDS, unitsOf } from '../engine/text.js';
import { foreignUnit, foreignUnitBelow, foreignUnitLine, incidentsCounted, unitNoteOf } from './headingUnits.js';
import { unitLineAbove } from './unitLine.js';
import { NOT_A_RATER, teamTotal, whoAlone } from './raterNames.js';
import { classifyRow, mergedDownFromHeading, subHeadingRow, SUB_SCORE } from './rowKinds.js';

// An optional input whose column is absent counts as empty (0 incidents, no deduction): a retyped heading that
// kpi does not recognise would silently raise the score. Absent optional columns are always reported; when an
// unrecognised column looks like one of them, the two are named together — as an error when the heading
// contains the input's own name (「旷工天数」 for 旷工) or is nearly the heading itself (「没报工号」 for 未报工号), a
// warning when it is only similar. The same for a rater who may be absent (间接主管, 客户评): a column of theirs that
// kpi does not recognise (「拆包人均每小时20个·间接」) would give their weight to the others; a heading that names the
// rater and nearly an item is an error (only such headings: a roster without that rater's columns is normal).

interface Missing {
  item: ItemDef;
  input: InputDef;
  rater: RaterDef | null;
  heading: string;
  /** Keys of the whole heading, compared by similarity. */
  names: string[];
  /** Keys of the input's own name and aliases: a heading containing one is taken as meant for this input. */
  own: string[];
  /** A required input's absence is already an error of its own; it only competes for the closest match. */
  required: boolean;
  /** The column of a rater who may be absent: paired only with a heading that names the rater. */
  optionalRater?: { names: string[]; item: string[]; others: string[] };
  /** Which column of the rater's group (同事评2). */
  slot?: number;
}

const MAX_COMPARED = 50;
/** Words naming someone who rates, in a heading whose rater kpi does not know. */
const RATER_WORDS = /(评|主管|领导|经理|上级|同事|同级|组员|组长|队友|客户|顾客|用户|面试官|面试人|考官|考核人|评价人)/;
export const RATER_WORD = { test: (text: string) => RATER_WORDS.test(text) && !NOT_A_RATER.test(text) };
/** A heading naming someone who rates with a remark's word (「顾客评价」, 「客户反馈」): a rater's column when it holds ratings. */
export const RATER_REMARKS = { test: (text: string) => RATER_WORDS.test(text) && NOT_A_RATER.test(text) };
/** A heading of someone's score of themself. */
const SELF_SCORE = /(自评|自我评|本人评|本人打分|员工自|个人自)/;
const SIMILAR = 0.5;
/** A heading this close to a missing one is that column retyped (「没报工号」 for 未报工号: 0.75). */
const NEARLY = 0.75;

export function shortText(s: string, max = 30): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

export function missingColumnProblems(grid: Grid, form: FormDef, layout: RosterColumns, file?: string): Problem[] {
  const present = columnTargets(layout);
  const missing: Missing[] = [];
  const has = (item: ItemDef, input: InputDef, rater: RaterDef | null, slot?: number) =>
    present.some((t) => t.kind === 'entry' && t.item === item && t.input === input && t.rater === rater && (slot === undefined || t.slot === slot));
  for (const item of form.parts.flatMap((p) => p.items)) {
    const groups = form.raters && item.raters !== 'none' ? form.raters.filter((r) => r.required && r.weight > 0) : [null];
    // Raters who may be absent, and the further slots of a required group of several (面试官2, 面试官3: 面试官1 is required).
    const mayBeAbsent = form.raters && item.raters !== 'none' ? (raterGroups(form, item) ?? []).filter((r) => r.weight > 0 && (!r.required || r.multiple)) : [];
    for (const input of item.inputs) {
      for (const rater of groups) {
        if (has(item, input, rater)) continue;
        // (An item's counts read in all from one column: none of them is missing.)
        if (layout.totals?.has(item) && input.type === 'integer') continue;
        const heading = columnHeading(item, input, rater, 1, form);
        const own = [input.label, ...(input.aliases ?? []).slice(0, 20)].map(labelKey).filter((k) => k.length >= 2);
        missing.push({ item, input, rater, heading, own, required: !input.optional, names: [...new Set([labelKey(heading), labelKey(`${item.label}${input.label}`), ...own])] });
      }
      for (const rater of mayBeAbsent) {
        // Each slot of a group of several (同事评1, 同事评2 …): one retyped among intact ones is missed too.
        // A required group's first slot is asked for too when a later one stands in for the group (面试官2, 面试官3 present):
        // 「第1题·HR」 retitled from 面试官1 was ignored, the mean of two taken for three.
        const firstAsked = rater.required && !(rater.multiple && has(item, input, rater) && !has(item, input, rater, 1));
        for (let slot = firstAsked ? 2 : 1; slot <= (rater.multiple ? (rater.slots ?? 1) : 1); slot++) {
          if (has(item, input, rater, slot)) continue;
          const heading = columnHeading(item, input, rater, slot, form);
          const itemNames = [itemHeading(form, item), item.label, ...(item.aliases ?? []).slice(0, 20), ...(item.inputs.length > 1 ? [input.label] : [])].map(labelKey).filter((k) => k.length >= 2);
          // With the short names headings use (「…·间接」 for 间接主管, as README allows): 「拆包人均每小时21个·间接」 holding 低标
          // was ignored and the 间接主管's weight given to the 直接主管.
          const raterNames = withShortNames([rater.label, ...(rater.aliases ?? [])]);
          // The form's other raters: 「日常行为·直接主管」 names one of them, and is no renamed 间接主管.
          const others = withShortNames((form.raters ?? []).filter((o) => o !== rater).flatMap((o) => [o.label, ...(o.aliases ?? [])]));
          missing.push({ item, input, rater, heading, own: [], required: false, names: [labelKey(heading)], optionalRater: { names: raterNames, item: itemNames, others }, slot });
        }
      }
    }
  }
  if (!missing.length) return signedApartProblems(grid, form, layout, missing, file, new Set());
  const at = { file, sheet: grid.name };
  const out: Problem[] = [];
  const paired = new Set<Missing>();
  const pairedColumns = new Set<number>();
  // Columns whose heading was cleared but that hold values (旷工's heading deleted, its 1s still there).
  const blanks = blankHeadedColumns(grid, layout);
  const placed = new Map(inPlaceOfMissing(layout, missing.filter((m) => !m.required && !m.optionalRater && m.input.type !== 'text'), form, blanks).map((x) => [x.col, x.m]));
  for (const u of layout.unknown.slice(0, MAX_COMPARED)) {
    if (u.text.length > MAX_HEADING_LENGTH) continue;
    // List numbering is no part of a name (「3.日常服务规范」 is 日常服务规范, as README allows): it made the look-alike weak.
    const k = labelKey(withoutNumbering(u.text));
    if (k.length < 2) continue;
    // A self-score beside the item (「员工的工作效率(自评)」, 「…·自评」) on a form that has no 自评: the team's own figure,
    // ignored as it is — not a retyped input of the item (it was taken for 电话接听量, and the person not scored).
    if (SELF_SCORE.test(u.text) && !(form.raters ?? []).some((r) => r.weight === 0)) continue;
    // Last month's figures (「…(上月)」, a 上月 group's columns): set aside as such, never another column retyped.
    if (PAST_NOTE.test(u.text.normalize('NFKC'))) continue;
    // So are another month's (「旷工(2月)」 in March's roster) and a sum over months (「旷工(1-2月累计)」): renamed to this
    // month's column, they would be read as this month's.
    if (otherPeriodNoted(u.text)) continue;
    // The score of an item kpi computes from counts (「3.日常服务规范」, 「准时出勤得分」, 「准时出勤(10分)」): never one of
    // its inputs — read as a count (11 短信漏发), or left out as a look-alike, the person's score was another.
    const whole = missing.find((m) => !m.optionalRater && itemScoreHeading(u.text, form, m.item) && !present.some((t) => t.kind === 'entry' && t.item === m.item && t.rater === m.rater)) ?? countedItemScored(grid, form, layout, u, missing, present) ?? describedItemScored(grid, form, layout, u, missing, present);
    if (whole) {
      paired.add(whole);
      pairedColumns.add(u.col);
      const counts = whole.item.inputs.filter((i) => i.type !== 'text');
      const first = counts[0]!;
      // A count's unit names what to fill (次数); a list of deductions or a score is named by its input (「每次扣分」).
      const unit = first.type === 'integer' ? (unitsOf(first.unit).find((u) => u !== '分') ?? '') : '';
      // A score on a scale of its own says the scale (「得分」 0–100 under an item of 20).
      const scale = counts.length === 1 && first.max !== undefined && first.max !== whole.item.max && first.type !== 'list' && first.type !== 'percent' ? `${first.min ?? 0}–${first.max}` : undefined;
      const ticks = whole.item.rule.kind === 'checklist' ? { ticks: true as const } : {};
      // A heading saying 扣分 (「仪容仪表扣分」, 「…(扣分)」) was told 「像是…这一项的得分」, and 乙–己's 0 refused with 甲's 1:
      // a deduction of 0 is none whatever the column means — read as the blank count it is, only other numbers refused.
      const deducts = !ticks.ticks && DEDUCTED.test(u.text.normalize('NFKC')) && counts.every((i) => i.type === 'integer' && i.optional);
      // An item computed from its counts alone (§28 客诉率 = 客诉数 ÷ 服务单数), its column holding 「1.5%」: the rate, not points
      // — it was 「像是「客诉率」这一项的得分」. Said as the rate; the counts are still what to fill (the rate is not scored).
      const rate = !ticks.ticks && !deducts && countsOnlyRate(whole.item) && percentSigned(grid, layout.headerRow, u.col);
      const fields = { case: 'looks-like', sheet: grid.name, heading: shortText(u.text), like: whole.heading, empty: emptyMeaning(whole.input, whole.item), strong: true, whole: { item: whole.item.label, inputs: counts.map((i) => i.label), unit, ...(scale ? { scale } : {}), ...ticks, ...(deducts ? { deducts: true as const } : {}), ...(rate ? { rate: true as const } : {}) }, ...(deducts ? { numeric: true as const, nonZero: true as const } : {}) } as const;
      out.push(problem('unknown-column', fields, { ...at, cell: cellAddress(layout.headerRow, u.col) }, { item: whole.item.label, severity: 'error' }));
      continue;
    }
    let best: { m: Missing; score: number; strong: boolean } | null = null;
    let tiedItems = new Set<ItemDef>();
    for (const m of missing) {
      const ratings = () => holdsRatings(grid, layout.headerRow, u.col, m.input);
      const pair = m.optionalRater ? raterPairing(k, m.optionalRater, labelKey(m.heading), ratings, m.rater?.copyOnly === true) : inputPairing(k, m, itemKeys(form, m.item));
      // Strong pairings first, the closest among them: a heading holding 旷工 goes to 旷工, not to the first input seen.
      const score = pair.strong ? 1 + pair.similarity : pair.similarity;
      if (pair.similarity <= 0) continue;
      if (best && Math.abs(score - best.score) < 1e-9) tiedItems.add(m.item);
      else if (!best || score > best.score) {
        best = { m, score, strong: pair.strong };
        tiedItems = new Set([m.item]);
      }
    }
    // A heading as close to several missing columns as to one (「备注」 beside 14 「…·备注」) names none of them for sure;
    // several inputs of one item (「话务质量·态度不好」 among 话务质量's) still name that item: its values are not read.
    if (best && tiedItems.size > 1) best = { ...best, strong: false };
    // An attendance word over small counts, away from the count's place (「考勤」 0.33, 「考勤记录」 0 like 准时出勤): the
    // count retyped — read as blank, 李四's 5 lapses were none, 80.00 良好 for 72.00 一般.
    const worded = !placed.has(u.col) && (!best || best.score < SIMILAR || best.m.required) ? byAttendanceWord(k, missing) : undefined;
    if (worded && lapseCounts(grid, layout.headerRow, u.col, worded.input, true)) {
      paired.add(worded);
      pairedColumns.add(u.col);
      const fields = { case: 'looks-like', sheet: grid.name, heading: shortText(u.text), like: worded.heading, empty: emptyMeaning(worded.input, worded.item), strong: false, valuesUnread: true, numeric: true, nonZero: true, ...(pointsBelow(grid, layout.headerRow, u.col) ? { points: true as const } : {}) } as const;
      out.push(problem('unknown-column', fields, { ...at, cell: cellAddress(layout.headerRow, u.col) }, { item: worded.item.label, severity: 'warning' }));
      continue;
    }
    // 「话务质量·次数」 over 4, 0, 10, none of 话务质量's five count columns on the sheet: closest to the record column 投诉,
    // it was read as blank — 张三 96.50 优秀 for 18 + (40 − 0.5 × 4) + 38.5 = 94.50 at exit 0, advised to rename it 投诉.
    const ofItem = !(best?.strong && best.m.input.type !== 'text') ? itemCountedApart(k, form, best) : undefined;
    const kinds = ofItem ? countColumnsAbsent(ofItem, missing, present) : [];
    // (Days, hours or a rate beside counts in 次 — 「考勤·请假天数」 — are a figure of the team's own, not these counts.)
    const rest = ofItem ? itemKeys(form, ofItem).reduce((s, n) => s.replace(n, ''), k) : '';
    const measured = kinds.length > 0 && ATTENDANCE_MEASURE.test(rest) && !unitsOf(kinds[0]!.input.unit).some((w) => rest.includes(w));
    if (kinds.length && !measured && lapseCounts(grid, layout.headerRow, u.col, kinds[0]!.input)) {
      for (const m of kinds) paired.add(m);
      pairedColumns.add(u.col);
      out.push(countsApartProblem(grid.name, u.text, kinds, { ...at, cell: cellAddress(layout.headerRow, u.col) }));
      continue;
    }
    if (!best || best.score < SIMILAR || best.m.required || (best.m.optionalRater && !best.strong)) continue;
    paired.add(best.m);
    const cell = cellAddress(layout.headerRow, u.col);
    const empty = best.m.optionalRater && best.m.rater ? `「${best.m.rater.label}」的权重按比例分给其他评分人` : emptyMeaning(best.m.input, best.m.item);
    // Only similar to a count's column (短信未发送 for 短信漏发): whoever has a small count under it is not scored (read
    // as blank, they would score higher than the sheet says). Two characters shared with the input's own name are the
    // evidence — one is none (工龄, 旷工), and the item's name is not the input's (出勤天数 beside 出勤·请假) — and only a
    // count as small as one (短信发送量 350, 工作时长 176 share as much and are figures of their own).
    // An item of one input is named by the item (「表格差错」 for 表格管理's 每次扣分, 「回复质量」 for 咨询答复质量's 问题次数);
    // not the item's name then a measure of the team's own (「出勤天数」).
    const names = best.m.item.inputs.length === 1 ? [...best.m.own, ...itemKeys(form, best.m.item).filter((n) => !(k.startsWith(n) && MEASURE_WORD.test(k.slice(n.length))))] : best.m.own;
    const shared = Math.max(0, ...names.map((n) => sharedChars(k, n)));
    // A count or list, or points within a bounded range (奖惩分 −100 to 100: 「奖罚分」 −15 would otherwise go unread).
    const input = best.m.input;
    const range = input.type === 'number' && input.min !== undefined && input.max !== undefined ? ([input.min, input.max] as [number, number]) : undefined;
    const counts = input.type === 'integer' || input.type === 'list' || range !== undefined;
    // Or where the count stood, or with an attendance word (「矿工」, IME for 旷工, sharing only 工): over small counts, its
    // 1 旷工 read as none gave 王五 82.78 优秀 for 77.78 普通.
    // (Only a heading of that kind of attendance: where the count stood, 「工龄」, 「组别」, 「试用月数」 are the team's own — review.)
    const retyped = !best.strong && !best.m.optionalRater && !(counts && shared >= 2) && namesAttendanceOf(k, best.m) && lapseCounts(grid, layout.headerRow, u.col, input, true);
    // 「扣分」 (扣分/罚分/减分 alone) closest to a subtracting adjustment's points (§11 减分项·减分): the points off retyped —
    // read as blank, 2 beside 「客户投诉」 went unread, 94 for 92 at exit 0 with a warning (review 62). Whoever filled it is
    // refused, advised to rename it (减分 takes the figure as typed, positive).
    const offAdjusting = !best.strong && best.m.item.rule.kind === 'adjustment' && best.m.item.rule.subtract === true && best.m.item.rule.input === input.id && POINTS_OFF.test(labelKey(u.text.split(/[·.]/).pop() ?? ''));
    const valuesUnread = (!best.strong && !best.m.optionalRater && counts && shared >= 2) || retyped || offAdjusting;
    // The heading is the column's own, passed over for the units under it or above the table (「(分)」 over a count).
    // Or the heading's own note is a unit of another kind (「旷工(天)」 for a count of 次): rename it and days count as times.
    const unit = best.strong && labelKey(u.text) === labelKey(best.m.heading) ? unitSaid(grid, layout.headerRow, u.col, input) : best.strong ? unitNoted(u.text, input) : undefined;
    // A strong pairing is an error: whoever filled the column is not scored (readRoster's unreadColumns). Said as 「现在按留空
    // 计分(视为 0)」 alone, §12's I3 「超30分钟未回复」 read as if 张三's 0 and 李四's 1 were blanks, yet both were refused.
    // (A count's column headed 扣分 — 「…·不准确(扣分)」 — refused 乙–己's 0 with 甲's 1: nothing taken off is no count to miss.)
    const noneOff = best.strong && input.type === 'integer' && DEDUCTED.test(u.text.normalize('NFKC'));
    // A count of incidents over an item taking each one's deduction (「表格管理·次数」 2): no rename makes it points; a 0
    // is no incident, read as the blank it is (王五's 0 was refused with 张三's 2).
    const incidents = best.strong ? incidentsCounted(u.text, best.m.item, input) : undefined;
    // A count or list of deductions whose 0 is none (「无关的事」 for 做与工作无关的事): a 0 under its stand-in reads the same
    // as the blank it is taken for — 李四's 0 left him unscored (97 优秀). Other figures are still refused, row by row.
    // Only while another of the item's inputs has its column: with all of them absent the column may be the item's own score
    // (§25 「协调能力」 0 / 1 / 0 — a 0 of 5 points read as no lapse gave 85.56 for 74.44), refused as before.
    // Or while the heading names a count or a deduction (「表格扣分」, 「不达标项目数」, 「…次数」): that is never the item's own
    // score, and an item of one input never has another column — 李四's 0 under 「表格扣分」 was refused (100 at base).
    const zeroNone = best.strong && zeroIsNone(input, best.m.item) && (present.some((t) => t.kind === 'entry' && t.item === best.m.item) || COUNT_OR_OFF_HEADING.test(labelKey(u.text)));
    // A heading ending 扣分 over a count (「用语不规范扣分」 2): points, as 「…(分)」 is — advised to rename it only, its 2 points
    // were read as 2 times (张三 72.00 for 79). Said as the unit to convert. (Bracketed 「(扣分)」 keeps its own reading.)
    const offUnit = best.strong && !unit ? pointsOffHeading(u.text, input) : undefined;
    // 「奖惩·扣分」 (奖惩 over 加分 | 扣分): renamed 「其它·奖惩分」 its 2 was +2 (王五 98 for 94) — advised 「…(扣分)」, as in place.
    const offs = POINTS_OFF.test(labelKey(u.text.split(/[·.]/).pop() ?? '')) && (input.min ?? 0) < 0;
    // 「奖惩·罚款」 (奖惩 over 罚款 | 原因): money, not points — renamed 「其它·奖惩分」 as advised, a 50 元 fine was 50 points.
    const money = best.strong && best.m.item.rule.kind === 'adjustment' && best.m.item.rule.input === input.id && MONEY_WORD.test(labelKey(u.text.split(/[·.]/).pop() ?? ''));
    const fields = { case: 'looks-like', sheet: grid.name, heading: shortText(u.text), like: offs ? `${best.m.heading}(扣分)` : best.m.heading, empty, strong: best.strong, ...(best.strong ? { refused: true as const } : {}), ...(money ? { money: true as const } : {}), ...(valuesUnread ? { valuesUnread: true as const, ...(range ? { range } : {}) } : {}), ...(retyped || noneOff || incidents || zeroNone || offUnit ? { nonZero: true as const } : {}), ...(retyped && pointsBelow(grid, layout.headerRow, u.col) ? { points: true as const } : {}), ...(numericInput(best.m.input) ? { numeric: true as const } : {}), ...(unit || offUnit ? { unit: unit ?? offUnit } : {}), ...(incidents ? { incidents } : {}) } as const;
    out.push(problem('unknown-column', fields, { ...at, cell }, { item: best.m.item.label, severity: best.strong ? 'error' : 'warning' }));
    pairedColumns.add(u.col);
  }
  // A heading renamed in place to another word (旷工 → 缺勤, 奖惩分 → 奖励/处罚): not like the missing column's name,
  // but where it stood, between the columns on either side of it in the template's order.
  // A warning only: a team's own column put where an unused one was deleted (岗位, 序号, 上月得分) stands there too.
  // (A column of another item's points lost, 「纪律扣分」, is read as that item's — compared, not advised renamed.)
  const itemLost = new Set(itemLostColumns(form, layout, grid).map((c) => c.col));
  for (const [col, m] of placed) {
    if (paired.has(m) || pairedColumns.has(col) || itemLost.has(col)) continue;
    // (Another period's column in its place is not it: renamed as advised, last month's figures would be this month's.)
    if (otherPeriodNoted(layout.unknown.find((u) => u.col === col)?.text ?? '')) continue;
    paired.add(m);
    const text = layout.unknown.find((u) => u.col === col)?.text ?? '';
    // A cleared heading over values where the missing column stood is that column: whoever has a value there is not
    // scored (read as blank, they would score higher than the sheet says). A renamed one may be the team's own column.
    // So is one headed with points (「服务规范(2分)」) where the missing column is a count: its 1 and 2 are the item's
    // points or its count, and read as neither the person scored full marks (property-cs-staff, exit 0).
    // And 「扣分」 where a signed 奖惩分 stood: points off, read as none (96 for 96 − 7 = 89 with two warnings). So with a
    // note or a word of what for (pointsOffInPlace): 「扣分(含投诉)」 2 and 3 were read as none, 77.00 一般 for 75 and 74.
    const offs = pointsOffInPlace(text, form, m.item) && (m.input.min ?? 0) < 0;
    // Where a subtracting adjustment's points stood (§11 减分项·减分): any 「…扣分」 / 「…罚分」 but an item of deductions' own
    // (itemLostColumns) — 「投诉扣分」 3 and 2 there were read as blank, 92 / 93 for 89 / 91 (review 62). So a sum (「扣分合计」,
    // 「总扣分」 beside 减分原因): read as blank, 张三 / 王五 87 at exit 0 for 87 − 2 = 85 and 87 − 3 = 84 (review 63).
    const offsSubtracted = offSubtractedHeading(text, m);
    const cleared = numericInput(m.input) && (text === '' || (pointsNoted(text) && !unitsOf(m.input.unit).includes('分')) || offs || offsSubtracted);
    // Another word over small counts where a count stood (「缺勤」 or 「出勤·旷工情况」 for 旷工, 「考勤」 for 准时出勤) is
    // that count retyped: read as blank, 李四's 2 旷工 went unread, 85.00 优秀 for 76.00 普通 with a warning. Whoever has
    // a count other than 0 there is not scored; a 0 reads the same either way.
    const counted = !cleared && namesAttendanceOf(labelKey(text), m) && lapseCounts(grid, layout.headerRow, col, m.input, true);
    // Another word sharing a word with the item (「报表提报」 for 表格管理, 「问题处理」 for 回访问题处理效率's count) over
    // values: the column retyped — read as blank, 张三's 「3,2」 and 1 拖延 were none, 84.00 良好 for 79 一般 at exit 0.
    // Whoever has a value there other than 0 is not scored; the team's own (工龄, 序号, 病假) share no word and stay a warning.
    // Only a word of the item's or input's name (review of 41fed009): the wording's 「公司」 (「遵守公司各项规章制度」) took
    // 「公司工龄」 3 / 1 / 2 for 做与工作无关的事, 「投诉」 「投诉单数」 for 拖延遗漏错误次数 — all refused, for 79 / 100 / 80 and
    // 84 / 100 / 80. A word of the wording only over deductions each in the input's own narrow range (「报表提报」 「3,2」 and 5
    // for 表格管理's 2–5 each): few of the team's own figures look so. And only over what the input takes: fractions
    // (「回访及时率」 0.98 / 1 / 0.95) or figures above a count's (「处理单量」 120 / 95 / 88) are the team's own.
    const worded = !cleared && !counted && numericInput(m.input) && standInValues(grid, layout.headerRow, col, m.input) && sharesItemWord(text, m, form, narrowRange(m.input));
    const range = worded && m.input.type === 'number' && m.input.min !== undefined && m.input.max !== undefined ? { range: [m.input.min, m.input.max] as [number, number] } : {};
    // (Renamed so, its 7 would be 7 points added: 「…(扣分)」 reads them as taken off.)
    const fields = { case: 'looks-like', sheet: grid.name, heading: text || '(没有表头)', like: offs ? `${m.heading}(扣分)` : m.heading, empty: emptyMeaning(m.input, m.item), strong: false, byPlace: true, ...(cleared || counted || worded ? { valuesUnread: true as const, numeric: true as const } : {}), ...range, ...(worded && zeroIsNone(m.input, m.item) ? { nonZero: true as const } : {}), ...(counted ? { nonZero: true as const, ...(pointsBelow(grid, layout.headerRow, col) ? { points: true as const } : {}) } : {}) } as const;
    out.push(problem('unknown-column', fields, { ...at, cell: cellAddress(layout.headerRow, col) }, { item: m.item.label, severity: 'warning' }));
  }
  // The same read as a record column (「话务质量·投诉(次)」 for 投诉, 「…·语音抽查次数」): numbers there, no count columns
  // beside them, were kept as text and every count read as none.
  for (const [col, t] of layout.columns) {
    if (t.kind !== 'entry' || t.input.type !== 'text' || pairedColumns.has(col) || REMARK_WORD.test(labelKey(`${t.input.label}${grid.text(layout.headerRow, col)}`))) continue;
    const kinds = countColumnsAbsent(t.item, missing, present);
    if (!kinds.length || !lapseCounts(grid, layout.headerRow, col, kinds[0]!.input)) continue;
    for (const m of kinds) paired.add(m);
    pairedColumns.add(col);
    out.push(countsApartProblem(grid.name, grid.text(layout.headerRow, col), kinds, { ...at, cell: cellAddress(layout.headerRow, col) }, columnHeading(t.item, t.input, t.rater, t.slot, form)));
  }
  out.push(...signedApartProblems(grid, form, layout, missing, file, new Set([...pairedColumns, ...out.map((p) => p.cell)])));
  // A rater's column whose heading was cleared (沟通能力·同事评1 emptied) between that item's other raters' columns: its
  // answers are that rater's, not read — whoever has one there is not scored (read as blank, the peer's weight went to
  // the others, 84.44 for 82, with a warning of a column without a heading).
  for (const { m, col } of blankInRaterSlot(layout, missing.filter((x) => x.optionalRater && x.input.type !== 'text' && !paired.has(x)), form, blanks, grid)) {
    if (pairedColumns.has(col)) continue;
    paired.add(m);
    pairedColumns.add(col);
    const empty = `「${m.rater!.label}」的权重按比例分给其他评分人`;
    const fields = { case: 'looks-like', sheet: grid.name, heading: '(没有表头)', like: m.heading, empty, strong: false, byPlace: true, valuesUnread: true, ...(numericInput(m.input) ? { numeric: true as const } : {}) } as const;
    out.push(problem('unknown-column', fields, { ...at, cell: cellAddress(layout.headerRow, col) }, { item: m.item.label, severity: 'warning' }));
  }
  // An item of a rate or its counts needs only one of the two ways (§28: 满意度 columns and no 满意数/调查数).
  const rest = missing.filter(
    (m) => !m.required && !m.optionalRater && !paired.has(m) && !otherWayPresent(m.item, m.input.id, (id) => !missing.some((o) => o.item === m.item && o.rater === m.rater && o.input.id === id)),
  );
  if (rest.length) {
    // Only columns of words (备注, 说明): nothing of the score is read from them — a note, not 「次数按 0、无扣分」.
    const text = rest.every((m) => m.input.type === 'text');
    out.push(problem('item-not-found', { case: 'columns-optional', sheet: grid.name, headings: rest.map((m) => m.heading), ...(text ? { text: true as const } : {}) }, at, { severity: text ? 'info' : 'warning' }));
  }
  return out;
}

/**
 * An item kpi scores from counts, none of its columns on the sheet, and a column of its points beside them: the heading
 * names the item (its name, or the catalog's wording: property-cs-staff 「具备良好的协调能力(5分)」 for 协调相关部门处理投诉
 * of 5) and says points (「(5分)」 of the item's own, 「得分」), and every figure under it is within 0…those points.
 * Ignored, the item's counts were read as none: 张三 93.33 优秀 for his 1 of 5, 38 / 45 = 84.44 良好, at exit 0.
 * Nothing else (review of a18cfdf3): a team's 「部门目标」 100/100/90 or 「投诉件数」 12/3/0 where 协调's count columns
 * would stand is a figure of its own — taken for the item's score, everyone went unscored where base scored them.
 */
function countedItemScored(grid: Grid, form: FormDef, layout: RosterColumns, u: { col: number; text: string }, missing: readonly Missing[], present: readonly ColumnTarget[]): Missing | undefined {
  // A form reporting its own scale (interview-eval's 1–4 mean) has no item of points counted down from lapses.
  if (form.combine.report === 'points') return undefined;
  const segment = u.text.split(/[·・]/).pop() ?? u.text;
  const bare = labelKey(withoutNumbering(withoutTrailingNote(segment)));
  const scoreWord = ITEM_SCORE_WORD.test(bare);
  const key = bare.replace(ITEM_SCORE_WORD, '');
  if ([...key].length < 4 || TOTAL_OR_NOTE.test(key) || teamTotal(key)) return undefined;
  // A group's name (「投诉处理(6分)」, 「处理技巧得分」) is a subtotal of several items, not one of them.
  if (form.parts.some((part) => labelKey(withoutTrailingNote(part.label)) === key)) return undefined;
  // A missing column's own heading, passed over for what is noted under it (「(分)」 over 仪容仪表's lapses): said so below.
  if (missing.some((m) => m.names.includes(labelKey(u.text)))) return undefined;
  const wording = (item: ItemDef) => (item.description ? [labelKey(item.description)] : []);
  // The item's name or wording within the heading or the heading within it, nearly its name (「准确及迅速处理咨询」: 0.86),
  // or its name shortened (「协调处理」 of 协调相关部门处理投诉).
  const naming = (item: ItemDef) =>
    Math.max(0, ...wording(item).map((n) => (n.includes(key) ? 1 : 0)), ...itemKeys(form, item).map((n) => (n.includes(key) || key.includes(n) || shortened(key, n) ? 1 : dice(key, n))));
  // Of the items of the points it says (「协调处理(5分)」 is 协调's of 5, not 按时效协调处理's of 2), the one it names.
  const points = notedPoints(u.text);
  if (points === undefined && !scoreWord) return undefined;
  const named = items(form).filter((item) => (points === undefined || item.max === points) && naming(item) >= NEARLY);
  if (named.length !== 1) return undefined;
  const item = named[0]!;
  const numeric = item.inputs.filter((i) => i.type !== 'text');
  if (!numeric.length || !numeric.every((i) => measuredNotPoints(i, item) && i.type === 'integer')) return undefined;
  if (present.some((t) => t.kind === 'entry' && t.item === item)) return undefined;
  if (!withinPoints(grid, layout.headerRow, u.col, item.max)) return undefined;
  return missing.find((m) => m.item === item && !m.optionalRater && m.input.type !== 'text');
}

/**
 * An item kpi scores from several counts, none of its columns on the sheet, under a heading made of its own wording — the
 * seed's sentence (property-cs-staff 「具备良好的协调能力,能协调相关部门积极处理好客户问题,业主投诉处理率达100%」, every
 * clause of it in 协调相关部门处理投诉's description), or a phrase of it over the item's points (「协调能力」 0 / 5 / 3). Such a
 * column names the item, not one of its counts: ignored, 0 / 5 / 3 were read as no lapses — everyone 85.56 良好 at exit 0
 * (warning and info only) for 张三 33.5/45 = 74.44 一般, 李四 38.5/45 = 85.56, 王五 36.5/45 = 81.11; and 「协调能力」 was
 * advised renamed to 「…·不能较好协调内部相关部门」, which reads the points as lapses (张三 85.56 for 74.44). Said as the
 * item's score (as its alias 「协调相关部门积极处理,业主投诉处理率100%」 is). A short phrase over what a month's lapses look
 * like (0 / 1 / 0) is left to the look-alike rules below; so is a team's own figure over more than the item's points.
 */
function describedItemScored(grid: Grid, form: FormDef, layout: RosterColumns, u: { col: number; text: string }, missing: readonly Missing[], present: readonly ColumnTarget[]): Missing | undefined {
  if (form.combine.report === 'points') return undefined;
  const clauses = withoutNumbering(u.text).normalize('NFKC').split(/[,;、。]+/).map(labelKey).filter((c) => c.length > 0);
  const key = clauses.join('');
  if ([...key].length < 4 || TOTAL_OR_NOTE.test(key) || teamTotal(key)) return undefined;
  if (form.parts.some((part) => labelKey(withoutTrailingNote(part.label)) === key)) return undefined;
  if (missing.some((m) => m.names.includes(labelKey(u.text)))) return undefined;
  const named = items(form).filter((item) => item.description && clauses.every((c) => labelKey(item.description!).includes(c)));
  if (named.length !== 1) return undefined;
  const item = named[0]!;
  const numeric = item.inputs.filter((i) => i.type !== 'text');
  if (numeric.length < 2 || !numeric.every((i) => measuredNotPoints(i, item) && i.type === 'integer')) return undefined;
  if (present.some((t) => t.kind === 'entry' && t.item === item)) return undefined;
  if ([...key].length < WORDED && !pointsUnder(grid, layout.headerRow, u.col, item.max)) return undefined;
  return missing.find((m) => m.item === item && !m.optionalRater && m.input.type !== 'text');
}

/** A heading this long made of an item's own wording is that item's sentence, not a phrase a team heads a figure with. */
const WORDED = 10;

/**
 * The figures under the heading are an item's points, not lapses: every one within 0…the points, one at least at the
 * points (or a fraction: no count is a half), and those above 0 mostly at half the points or more (0 / 5 / 3 of 5; not
 * 0 / 1 / 0, nor 0 / 3 / 0).
 */
function pointsUnder(grid: Grid, headerRow: number, col: number, max: number): boolean {
  if (!withinPoints(grid, headerRow, col, max)) return false;
  const figures = [...filledBelow(grid, headerRow, col)].map((raw) => (raw.kind === 'number' ? raw.value : raw.kind === 'text' ? Number(raw.value.trim()) : NaN));
  const nonzero = figures.filter((v) => v > 0);
  const top = figures.some((v) => v === max || !Number.isInteger(v));
  return top && nonzero.filter((v) => v >= max / 2).length * 2 > nonzero.length;
}

/** `short`'s characters in `name`, in order (「协调处理」 in 协调相关部门处理投诉). */
function shortened(short: string, name: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = name.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The score words that say a column is an item's points (not 扣分: points off). */
const ITEM_SCORE_WORD = /(得分|分数)$/;

/** Every filled cell below the heading a number from 0 to the item's points, and at least one. */
function withinPoints(grid: Grid, headerRow: number, col: number, max: number): boolean {
  let seen = 0;
  for (const raw of filledBelow(grid, headerRow, col)) {
    const value = raw.kind === 'number' ? raw.value : raw.kind === 'text' && /^\s*\d+(\.\d+)?\s*$/.test(raw.value) ? Number(raw.value) : NaN;
    if (!(value >= 0 && value <= max)) return false;
    seen++;
  }
  return seen > 0;
}

/** A team's total or note beside the items: never an item's score. */
const TOTAL_OR_NOTE = /(合计|总分|总计|小计|得分率|百分制|折合|备注|说明|原因|意见|评语|签字|签名|日期)/;

/**
 * The one unrecognised heading that nearly is a required column's name (「回答咨询准确性」 for 回答咨询的准确性: 0.77), for
 * the missing column's error to name: README promises both are named. Never a column already said to look like another.
 */
export function retypedRequired(layout: RosterColumns, names: string[], taken: ReadonlySet<number>): { text: string; col: number } | null {
  // The name itself with a note or a bare % after it (「态度%」, 「态度(百分比)」: refused for its unit), short names too —
  // the unit is then said at its cell, not a column 「态度」 missing without a word of it.
  const exact = new Set(names.map(labelKey));
  // (Not another period's: 「态度(上月)」 is never advised to be renamed this month's.)
  const noted = layout.unknown.filter((u) => !taken.has(u.col) && !otherPeriodNoted(u.text) && u.text !== withoutTrailingNote(u.text.replace(/\s*[%%]\s*$/, '')) && exact.has(labelKey(withoutTrailingNote(u.text.replace(/\s*[%%]\s*$/, '')))));
  if (noted.length === 1) return { text: noted[0]!.text, col: noted[0]!.col };
  const keys = [...new Set(names.map(labelKey).filter((k) => [...k].length >= 3))];
  let best: { text: string; col: number; score: number } | null = null;
  let tie = false;
  for (const u of layout.unknown.slice(0, MAX_COMPARED)) {
    if (taken.has(u.col) || u.text.length > MAX_HEADING_LENGTH) continue;
    const k = labelKey(u.text);
    if ([...k].length < 3) continue;
    const score = Math.max(0, ...keys.map((n) => dice(k, n)));
    if (score < NEARLY) continue;
    if (best && Math.abs(score - best.score) < 1e-9) tie = true;
    else if (!best || score > best.score) [best, tie] = [{ text: u.text, col: u.col, score }, false];
  }
  return best && !tie ? { text: best.text, col: best.col } : null;
}

/**
 * The one unrecognised heading that is this item's name shortened — its characters in order, three or more, with some
 * left out (「客户沟通」 for 客户沟通交流, 「掌握业务」 for 掌握公司业务) — and no other item's name so shortened: for the
 * missing column's error to name, as retypedRequired's. It was listed as no item of the form, the error beside it
 * linked to nothing (while 「工作日志周报」, near enough by retypedRequired, was named).
 */
export function abbreviatedRequired(layout: RosterColumns, form: FormDef, item: ItemDef, taken: ReadonlySet<number>): { text: string; col: number } | null {
  const namesOf = (i: ItemDef) => [i.label, ...(i.aliases ?? [])].map(labelKey);
  const own = namesOf(item);
  const others = items(form).filter((i) => i !== item).flatMap(namesOf);
  const found = layout.unknown.slice(0, MAX_COMPARED).filter((u) => {
    if (taken.has(u.col) || u.text.length > MAX_HEADING_LENGTH || otherPeriodNoted(u.text) || TOTAL_OR_NOTE.test(u.text)) return false;
    const k = labelKey(u.text);
    return [...k].length >= 3 && own.some((n) => n !== k && inOrder(k, n)) && !others.some((n) => inOrder(k, n));
  });
  return found.length === 1 ? { text: found[0]!.text, col: found[0]!.col } : null;
}

/** Every character of `short` in `long`, in order (a subsequence). */
function inOrder(short: string, long: string): boolean {
  const chars = [...long];
  let at = 0;
  for (const ch of short) {
    while (at < chars.length && chars[at] !== ch) at++;
    if (at++ >= chars.length) return false;
  }
  return true;
}

/**
 * An unrecognised heading against a missing input's column: strong when it holds the input's name, nearly is the
 * heading, or is the item's name and then another word for one of its inputs (「话务质量·态度不好」, 「出勤·缺勤」: a
 * retyped input of that item, whose values would otherwise count as none).
 */
function inputPairing(key: string, m: Missing, items: string[]): { strong: boolean; similarity: number } {
  // 「迟到说明」, 「旷工原因」: the team's note about a count, not the count (a column of words, 堵车).
  if (numericInput(m.input) && /(说明|原因|备注|情况|记录|意见)$/.test(key)) return { strong: false, similarity: 0 };
  const similarity = Math.max(...m.names.map((n) => dice(key, n)));
  const item = items.filter((n) => key.startsWith(n) && key.length > n.length).sort((a, b) => b.length - a.length)[0];
  // The item's name alone over a column of one of its several inputs (「回访问题处理效率」 for its 拖延遗漏错误次数):
  // which input it is the heading does not say, but it is this item's.
  const ofItem = (item !== undefined && !NOTE_WORD.test(key.slice(item.length)) && !MEASURE_WORD.test(key.slice(item.length))) || (m.item.inputs.length > 1 && items.includes(key));
  // A text column (备注, 原因) counts nothing: a look-alike of one is never more than a warning.
  const strong = m.input.type !== 'text' && (m.own.some((n) => key.includes(n)) || similarity >= NEARLY || ofItem);
  return { strong, similarity: ofItem ? Math.max(similarity, SIMILAR) : similarity };
}

/**
 * Columns with no heading of their own because an entry column's heading is merged across them (「表格管理」 over
 * H1:I1) that hold something below: what is typed there is not read, so the people with a value in one are not
 * scored (unless the column sits where a missing column would be: missingColumnProblems says that one).
 */
export function mergedHeadingProblems(grid: Grid, layout: RosterColumns, file: string | undefined, named: ReadonlySet<string | undefined>): Problem[] {
  const out: Problem[] = [];
  // Under a second heading row (填写 | 得分 under each item), the 得分 column is the team's own score beside the answer:
  // not read (kpi scores the item), listed — it was refused with advice to move the score into the answer's column.
  const subs = subHeadingRow(grid, layout.columns, layout.headerRow);
  const ownScores: Array<{ heading: string; cell: string }> = [];
  // An item merged over columns each named in the row below in words kpi does not know (「目标值 | 实际值」 under 客户信息
  // 管理, 「自评分 | 考核分」 under 业绩考核): which holds the answer the sheet does not say — the left one was read, the
  // target as the 达成率 and the self-score as the score (100 优秀 at exit 0). None of them is read.
  const saidGroups = new Set<number>();
  const below = grid.nextRow(layout.headerRow);
  const word = (col: number) => {
    const t = below <= grid.rowCount ? grid.text(below, col).normalize('NFKC').replace(/\s+/g, '') : '';
    // (Words, not a unit in brackets 「(次)」 nor a figure.)
    return t && !/\d/.test(t) && !/^[((].*[))]$/.test(t) && !UNIT_WORDS.has(t.toLowerCase()) && /\p{Script=Han}|[a-z]/iu.test(t) && !mergedDownFromHeading(grid, below, col, layout.headerRow) ? t : '';
  };
  for (const { col } of blankHeadedColumns(grid, layout)) {
    const cell = cellAddress(layout.headerRow, col);
    const from = grid.mergedInto?.(layout.headerRow, col);
    const ref = from ? parseRef(from) : null;
    if (named.has(cell)) continue;
    if (!ref || ref[0] !== layout.headerRow || layout.columns.get(ref[1])?.kind !== 'entry') {
      if (!from) out.push(...unheadedColumn(grid, layout, col, file));
      continue;
    }
    // (A remark's, a score's or an empty column beside the answer's is no rival to it: 「项数 | 备注」 read as before.)
    const rival = (c: number) => !/^(备注|说明|原因|意见|评语|得分|分数|扣分|小计|合计)/.test(word(c)) && !filledBelow(grid, layout.headerRow, c).next().done;
    if (!subs && word(ref[1]) && word(col) && rival(col)) {
      if (!saidGroups.has(ref[1])) {
        saidGroups.add(ref[1]);
        const group = [ref[1], ...blankHeadedColumns(grid, layout).map((b) => b.col).filter((c) => grid.mergedInto?.(layout.headerRow, c) === from && word(c) && rival(c))];
        const fields = { case: 'sub-words', sheet: grid.name, heading: shortText(grid.text(layout.headerRow, ref[1])), subs: group.map(word), columns: group.map(columnLetters) } as const;
        out.push(problem('unknown-column', fields, { file, sheet: grid.name, cell: cellAddress(layout.headerRow, ref[1]) }, { severity: 'error' }));
      }
      continue;
    }
    const sub = subs?.get(col);
    if (sub && SUB_SCORE.test(sub)) {
      ownScores.push({ heading: `${shortText(grid.text(layout.headerRow, ref[1]))}·${sub}`, cell });
      continue;
    }
    const fields = { case: 'merged-heading', sheet: grid.name, heading: shortText(grid.text(layout.headerRow, ref[1])), column: columnLetters(ref[1]) } as const;
    out.push(problem('unknown-column', fields, { file, sheet: grid.name, cell }, { severity: 'error' }));
  }
  if (ownScores.length) out.push(problem('unknown-column', { case: 'ignored', sheet: grid.name, columns: ownScores }, { file, sheet: grid.name }));
  return out;
}

/**
 * A column with no heading at all holding values (20次 typed one column past 工作状况): not read, said as a warning
 * with where the first value is — the person's item was scored as left blank. A column of row numbers (序号 typed
 * without its heading) is the team's own.
 */
function unheadedColumn(grid: Grid, layout: RosterColumns, col: number, file: string | undefined): Problem[] {
  const values: Array<{ row: number; text: string }> = [];
  for (let row = grid.nextRow(layout.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    if (grid.value(row, col).kind === 'empty' || !grid.text(row, col).trim()) continue;
    // Rows kpi does not read (hidden, a 合计 or signature line) are said elsewhere, their cells with them.
    if (grid.rowHidden?.(row) || classifyRow(grid, row, layout.columns, layout.headerRow)) continue;
    values.push({ row, text: grid.text(row, col).trim() });
  }
  if (!values.length || values.every((v, k) => Number(v.text) === k + 1)) return [];
  const first = values[0]!;
  const fields = { case: 'no-heading', sheet: grid.name, column: columnLetters(col), count: values.length, value: shortText(first.text) } as const;
  return [problem('unknown-column', fields, { file, sheet: grid.name, cell: cellAddress(first.row, col) }, { severity: 'warning' })];
}

/** Columns without a heading that hold a value below it: not kpi's, not the team's named ones. */
function blankHeadedColumns(grid: Grid, layout: RosterColumns): Array<{ col: number; text: string }> {
  const known = new Set([...layout.columns.keys(), ...layout.unknown.map((u) => u.col), ...layout.duplicates.map((d) => d.col)]);
  const out: Array<{ col: number; text: string }> = [];
  for (let col = 1; col <= grid.columnCount; col++) {
    if (known.has(col) || ownHeading(grid, layout.headerRow, col)) continue;
    if (!filledBelow(grid, layout.headerRow, col).next().done) out.push({ col, text: '' });
  }
  return out;
}

/**
 * Unknown columns standing alone where a missing column would be: the nearest recognised columns before and after
 * the missing one in the template's order (items, inputs, raters) are both on the sheet, in that order, with this one
 * unknown column between them and no other. A note column (备注, 说明) there is a column of the team's own.
 */
function inPlaceOfMissing(layout: RosterColumns, candidates: Missing[], form: FormDef, blanks: Array<{ col: number; text: string }> = []): Array<{ m: Missing; col: number }> {
  if (!candidates.length) return [];
  const order: Array<{ item: ItemDef; input: InputDef; rater: RaterDef | null }> = [];
  for (const item of form.parts.flatMap((p) => p.items)) {
    const groups = form.raters && item.raters !== 'none' ? form.raters.filter((r) => r.required && r.weight > 0) : [null];
    for (const input of item.inputs) for (const rater of groups) order.push({ item, input, rater });
  }
  const columnOf = (t: (typeof order)[number]) => {
    for (const [col, target] of layout.columns) if (target.kind === 'entry' && target.item === t.item && target.input === t.input && target.rater === t.rater && target.slot <= 1) return col;
    return undefined;
  };
  const cols = order.map(columnOf);
  const out: Array<{ m: Missing; col: number }> = [];
  for (const m of candidates) {
    const i = order.findIndex((t) => t.item === m.item && t.input === m.input && t.rater === m.rater);
    if (i < 0) continue;
    // The neighbours in the template's order, both on the sheet, with this missing column alone between them.
    let b = i - 1;
    while (b >= 0 && cols[b] === undefined) b--;
    let a = i + 1;
    while (a < order.length && cols[a] === undefined) a++;
    if (a >= order.length || a - b !== 2) continue;
    // The form's first column has the sheet's own fields before it (§17 「转正建议 | 考勤 | 专业知识」 for 准时出勤): the
    // count of 3 lapses under 「考勤」 was read as none, 张三 100.00 优秀 for 94.00.
    const before = b >= 0 ? cols[b]! : Math.max(0, ...[...layout.columns].filter(([c, t]) => t.kind === 'header' && c < cols[a]!).map(([c]) => c));
    const after = cols[a]!;
    if (after <= before + 1) continue;
    const between = [...layout.unknown, ...blanks].filter((u) => u.col > before && u.col < after);
    const othersBetween = [...layout.columns.keys()].some((c) => c > before && c < after);
    if (between.length !== 1 || othersBetween) continue;
    const u = between[0]!;
    // (A sum of points off — 「扣分合计」 — in a subtracting adjustment's place is its points retyped: offSubtractedHeading.)
    if ((NOTE_WORD.test(labelKey(u.text)) && !offSubtractedHeading(u.text, m)) || /(备注|说明|原因|意见|评语|日期|签字|签名)/.test(u.text)) continue;
    out.push({ m, col: u.col });
  }
  return out;
}

/**
 * Columns without a heading standing where a rater's column is missing: the one missing rater column that fits between
 * the recognised columns on either side in the template's order (items and inputs as the form lists them, then raters,
 * then their slots), with at least one of them recognised.
 */
function blankInRaterSlot(layout: RosterColumns, candidates: Missing[], form: FormDef, blanks: Array<{ col: number }>, grid: Grid): Array<{ m: Missing; col: number }> {
  if (!candidates.length || !blanks.length) return [];
  const raters = form.raters ?? [];
  const inputs = form.parts.flatMap((p) => p.items).flatMap((i) => i.inputs);
  const rank = (input: InputDef, rater: RaterDef | null, slot: number) => inputs.indexOf(input) * 1e6 + (rater ? raters.indexOf(rater) + 1 : 0) * 1000 + slot;
  const rankOf = (t: ReturnType<RosterColumns['columns']['get']>) => (t?.kind === 'entry' ? rank(t.input, t.rater, t.slot) : undefined);
  const out: Array<{ m: Missing; col: number }> = [];
  for (const { col } of blanks) {
    const [low, high] = [rankOf(layout.columns.get(col - 1)), rankOf(layout.columns.get(col + 1))];
    if (low === undefined && high === undefined) continue;
    const fits = candidates.filter((m) => {
      const r = rank(m.input, m.rater, m.slot ?? 1);
      return r > (low ?? -Infinity) && r < (high ?? Infinity);
    });
    // Several slots of one rater (a peer's copy keeps 同事评1–3): the first of them — the others are further peers. A rater
    // none of whose columns of that input is on the sheet before one that only lacks a further slot (同事评2).
    const bare = fits.filter((m) => !columnTargets(layout).some((t) => t.kind === 'entry' && t.input === m.input && t.rater === m.rater));
    const pick = (ms: Missing[]) => (ms.length && ms.every((m) => m.input === ms[0]!.input && m.rater === ms[0]!.rater) ? [...ms].sort((a, b) => (a.slot ?? 1) - (b.slot ?? 1))[0] : undefined);
    const first = pick(bare) ?? (bare.length ? undefined : pick(fits));
    // Only a column of that rater's answers (良好, 一般): the team's notes (新员工) or row numbers (1, 2, 3) there are theirs.
    if (first && answersOnly(grid, layout.headerRow, col, first.input)) out.push({ m: first, col });
  }
  return out;
}

/** An input whose values are numbers (a count, a list of deductions, points): a word under its look-alike is a note. */
function numericInput(input: InputDef): boolean {
  return input.type === 'integer' || input.type === 'number' || input.type === 'list' || input.type === 'percent';
}

/** A heading naming a count or a deduction (扣分, 次数, 不达标…数): its 0 is none, never an item's 0 points. */
const COUNT_OR_OFF_HEADING = /(扣分|扣的分|次数|(不达标|不符合|不合格)[^·]*数)/;

/** A count or a list of deductions whose blank — and 0 — is none: nothing taken off. */
function zeroIsNone(input: InputDef, item: ItemDef): boolean {
  if (!input.optional || (input.default ?? 0) !== 0) return false;
  return (input.type === 'integer' && (item.rule.kind === 'deduction' || item.rule.kind === 'incidents')) || input.type === 'list';
}

/** A heading ending 扣分 (「用语不规范扣分」, 「…扣分数」, 「…扣的分」, not bracketed) over a count in 次: its figures are points. */
function pointsOffHeading(text: string, input: InputDef): { said: string; own: string; inHeading: true } | undefined {
  const t = text.normalize('NFKC').trim();
  const own = unitsOf(input.unit)[0];
  if (input.type !== 'integer' || !own || own === '分' || /[))]$/.test(t) || !/(扣分|扣分数|扣的分)$/.test(t)) return undefined;
  return { said: '分', own, inHeading: true };
}

/** An input whose every figure lies in a range without 0 (a list of deductions 2–5 each): any small count does not fit it. */
function narrowRange(input: InputDef): boolean {
  return input.min !== undefined && input.max !== undefined && input.min > 0;
}

/**
 * The column holds what the input takes, as a stand-in would: small counts for a count (lapseCounts — not fractions, not
 * 120 / 95 / 88, not the rows' numbers); for another input every filled value is one (「3,2」 and 5 for deductions of 2–5
 * each; 0.98 is none). Blank in every row it is no stand-in either.
 */
function standInValues(grid: Grid, headerRow: number, col: number, input: InputDef): boolean {
  if (input.type === 'integer') return lapseCounts(grid, headerRow, col, input);
  let filled = false;
  for (const raw of filledBelow(grid, headerRow, col)) {
    if (raw.kind === 'text' && saysNothingOff(raw.value)) continue;
    const parsed = parseRaw(input, raw);
    if (!parsed.ok) return false;
    filled ||= !parsed.empty;
  }
  return filled;
}

/** Two characters in a row that say nothing of which item (「次数」, 「工作」). */
const GENERIC_PAIRS = new Set(['次数', '得分', '扣分', '分数', '工作', '客户', '客服', '服务', '情况', '本月', '数量', '人数', '时间']);

/** A heading ending in a quantity of things (「填写份数」, 「处理件数」): a figure of the team's own, never a list of deductions. */
const QUANTITY_END = /(份数|件数|张数|个数|单数|总数|数量)$/;

/**
 * The heading has two characters in a row of the item's or input's names (「问题」, 「表格」), or with `wording` of the item's
 * wording too (「提报」) — not of the form's title (§17 「试用月数」 shares 试用 with 准时出勤's 「…在试用期内…」: the team's
 * own, as the whole form is).
 */
function sharesItemWord(text: string, m: Missing, form: FormDef, wording: boolean): boolean {
  const key = labelKey(withoutNumbering(text));
  const title = labelKey(form.title);
  // (The wording's words not for a quantity of things: 「填写份数」 3 / 4 / 5 shares only 填写 of 表格管理's 「…表格填写及时提报…」
  // — refused all three for 84 / 100 / 85.)
  const worded = wording && !QUANTITY_END.test(key);
  const names = [m.item.label, ...(m.item.aliases ?? []).slice(0, 20), ...(worded ? [m.item.description ?? ''] : []), m.input.label, ...(m.input.aliases ?? []).slice(0, 20)].map(labelKey).filter((n) => n.length >= 2);
  const chars = [...key];
  for (let k = 0; k + 1 < chars.length; k++) {
    const pair = chars[k]! + chars[k + 1]!;
    if (!GENERIC_PAIRS.has(pair) && !title.includes(pair) && names.some((n) => n.includes(pair))) return true;
  }
  return false;
}

/** Words of attendance: a heading with one is about the count of lapses whose names have one too (考勤 and 准时出勤). */
const ATTENDANCE_WORDS = /(出勤|考勤|旷工|矿工|缺勤|旷职|缺岗|脱岗|离岗|请假|事假|病假|迟到|早退)/g;
/** Days, hours or a rate of attendance (「考勤天数」 22, 「出勤率」): a figure of the team's own, not lapses. */
const ATTENDANCE_MEASURE = /(天|日数|小时|时长|工时|率)/;
/** 矿工 is 旷工 typed by sound (kuànggōng). */
const attendanceWords = (key: string) => (key.match(ATTENDANCE_WORDS) ?? []).map((w) => (w === '矿工' ? '旷工' : w));

/**
 * The one missing count of attendance an unrecognised heading with an attendance word stands for: the count whose names
 * have that very word (「缺勤」 for 缺勤, 「矿工」 for 旷工), else the only count of attendance missing.
 */
function byAttendanceWord(key: string, missing: readonly Missing[]): Missing | undefined {
  const said = attendanceWords(key);
  if (!said.length || ATTENDANCE_MEASURE.test(key)) return undefined;
  const counts = missing.filter((m) => !m.required && !m.optionalRater && m.input.type === 'integer');
  const same = counts.filter((m) => m.own.flatMap(attendanceWords).some((w) => said.includes(w)));
  // (Else a word of the same kind — 考勤 for 迟到/早退 — never any count of attendance: 「请假」 was taken for 旷工, review.)
  const kin = same.length ? same : counts.filter((m) => ATTENDANCE_KINDS.some((k) => k.test(key) && m.own.some((n) => k.test(n))));
  return kin.length === 1 ? kin[0] : undefined;
}

/** Kinds of attendance a word names: lateness (考勤 is one of them), absence (缺勤 without leave is 旷工), leave. */
const ATTENDANCE_KINDS = [/出勤|考勤|迟到|早退/, /旷工|矿工|缺勤|旷职|缺岗|脱岗|离岗/, /请假|事假|病假/];

/** A heading naming this count's kind of attendance (「考勤记录」 for 迟到/早退/缺勤次数, 「旷工情况」 for 旷工), not a measure. */
function namesAttendanceOf(key: string, m: Missing): boolean {
  return byAttendanceWord(key, [m]) === m;
}

/**
 * The column holds counts of lapses for `input`: whole numbers 0–31, one at least not 0, not the rows' numbers
 * (1, 2, 3 …) nor a month's days attended (every one 15 or more: 22, 21).
 */
function lapseCounts(grid: Grid, headerRow: number, col: number, input: InputDef, attendance = false): boolean {
  if (input.type !== 'integer') return false;
  const values: number[] = [];
  let points = false;
  for (const raw of filledBelow(grid, headerRow, col)) {
    const parsed = parseRaw(input, raw);
    // (「全勤」 or 「正常」 for one person is no lapse: it took the column for a team's own, and 张三's 3 and 李四's 5
    // 迟到 under 「考勤」 went unread — 100 and 80 at exit 0 for 94 and 72.)
    if (!parsed.ok && raw.kind === 'text' && saysNothingOff(raw.value)) continue;
    // Under a heading of attendance (the three callers passing `attendance`): 「迟到3次」 is a count of 3; 「8分」 the
    // count's points, the column the count's all the same; other text (「全勤√」) is refused there, not the column
    // dropped — one such cell took it for a team's own and 张三's 迟到3次, 李四's 迟到5次 went unread, 100 and 80 at
    // exit 0 for 4 + 90 = 94 and 2 + 70 = 72 (review of 68c824b9 / 574e6123).
    if (!parsed.ok && raw.kind === 'text' && attendance) {
      const n = countWithWord(raw.value);
      if (n !== undefined) {
        if (n > 31) return false;
        values.push(n);
      } else if (pointsWritten(raw.value)) points = true;
      continue;
    }
    if (!parsed.ok) return false;
    if (parsed.empty) continue;
    if (typeof parsed.value !== 'number' || !Number.isInteger(parsed.value) || parsed.value < 0 || parsed.value > 31) return false;
    values.push(parsed.value);
  }
  if (points) return true;
  if (!values.some((v) => v > 0) || values.every((v) => v >= 15)) return false;
  return !(values.length > 1 && values.every((v, k) => v === k + 1));
}

/** A count written with its word of attendance: 「迟到3次」 3, 「迟到2次早退1次」 3; undefined for anything else. */
function countWithWord(text: string): number | undefined {
  const t = text.normalize('NFKC').replace(/\s/g, '');
  if (!/^((出勤|考勤|旷工|矿工|缺勤|迟到|早退)+[:]?\d+次[、,;]?)+$/.test(t)) return undefined;
  return [...t.matchAll(/(\d+)次/g)].reduce((sum, m) => sum + Number(m[1]), 0);
}

/** Points written under a count (「8分」, 「扣2分」), not none (「0分」 says nothing off). */
function pointsWritten(text: string): boolean {
  const m = /^[扣减]?(\d+(\.\d+)?)分$/.exec(text.normalize('NFKC').replace(/\s/g, ''));
  return !!m && Number(m[1]) > 0;
}

/** A column of attendance holding points (「10分」 「8分」 「0分」 where 准时出勤 stood): each figure there is refused, 0分 too. */
function pointsBelow(grid: Grid, headerRow: number, col: number): boolean {
  for (const raw of filledBelow(grid, headerRow, col)) if (raw.kind === 'text' && pointsWritten(raw.value)) return true;
  return false;
}

/** A remark's words: numbers under 「话务质量·备注」 are the team's note, not counts. */
const REMARK_WORD = /(备注|说明|原因|意见|评语|签字|签名|日期)/;

/**
 * The item an unrecognised heading is a count of, when the item counts in columns of their own: its name then another
 * word (「话务质量·次数」, 「…·合计」), or a heading nearest to one of its record columns (「投诉次数」 for 投诉).
 */
function itemCountedApart(key: string, form: FormDef, best: { m: Missing; score: number } | null): ItemDef | undefined {
  if (REMARK_WORD.test(key)) return undefined;
  const named = form.parts.flatMap((p) => p.items).find((item) => itemKeys(form, item).some((n) => key.startsWith(n) && key.length > n.length));
  if (named) return named;
  return best && best.score >= SIMILAR && best.m.input.type === 'text' && !best.m.optionalRater ? best.m.item : undefined;
}

/** The item's count columns (not reference figures), when none of them is on the sheet. */
function countColumnsAbsent(item: ItemDef, missing: readonly Missing[], present: readonly ColumnTarget[]): Missing[] {
  const counts = item.inputs.filter((i) => i.type === 'integer' && !i.reference);
  if (!counts.length || present.some((t) => t.kind === 'entry' && t.item === item && counts.includes(t.input))) return [];
  return missing.filter((m) => m.item === item && !m.optionalRater && counts.includes(m.input));
}

/** A column of an item's counts without their kind: whoever has a count other than 0 there is not scored. */
function countsApartProblem(sheet: string, heading: string, kinds: readonly Missing[], at: { file?: string; sheet: string; cell: string }, taken?: string): Problem {
  const first = kinds[0]!;
  const fields = { case: 'looks-like', sheet, heading: shortText(heading), like: first.heading, empty: emptyMeaning(first.input, first.item), strong: false, valuesUnread: true, nonZero: true, numeric: true, kinds: { item: first.item.label, columns: kinds.map((m) => m.heading), ...(taken ? { taken: labelKey(taken) === labelKey(heading) ? shortText(heading) : taken } : {}) } } as const;
  return problem('unknown-column', fields, at, { item: first.item.label, severity: 'error' });
}

/** An item's name then a measure (「出勤天数」, 「工作时长」): a figure of the team's own, not one of the item's inputs. */
const MEASURE_WORD = /^(天数|日数|时长|小时数?|次数|总数|数量|量|率|目标|指标|得分率|说明|情况|记录)$/;

/** Words for a note column beside an item's inputs (「…·备注」): no input of it. */
/**
 * Points off in a column of their own beside a signed 奖惩分 (「加分 | 扣分」 split, 「扣分」 added at the end, or
 * 「奖惩分 | 奖惩分(扣分)」): they were ignored as the team's own column (96 for 96 − 3 = 93 at exit 0). Whoever has
 * points there is not scored. With the 奖惩分 column present, points added beside it (「加分」) likewise.
 * taken: the columns (or their header cells) already said to be another.
 */
function signedApartProblems(grid: Grid, form: FormDef, layout: RosterColumns, missing: readonly Missing[], file: string | undefined, taken: ReadonlySet<number | string | undefined>): Problem[] {
  const signed = form.parts.flatMap((p) => p.items).flatMap((item) => item.inputs.filter((i) => i.type === 'number' && (i.min ?? 0) < 0).map((input) => ({ item, input })));
  if (signed.length !== 1) return [];
  const { item, input } = signed[0]!;
  const m = missing.find((x) => x.input === input && !x.rater);
  const heading = m?.heading ?? columnHeading(item, input, null, 1, form);
  // Beside the column, or beside points added (「加分 | 扣分」): said to be put together in one column. Alone, a
  // column of points off renamed 「…(扣分)」 is read as taken off.
  const merge = !m || POINTS_ON_PRESENT(layout);
  const out: Problem[] = [];
  for (const u of layout.unknown) {
    const cell = cellAddress(layout.headerRow, u.col);
    if (taken.has(u.col) || taken.has(cell) || !pointsBeside(labelKey(u.text), [item.label, input.label], !m)) continue;
    // (A bare 「扣分」 beside the team's own total, 21 beside 79: all the points the person lost, not 奖惩. Nor beside the
    // 奖惩分 column itself, filled or not: the team's sum of the items' losses — 23 beside 79 with 奖惩 +2 — is no 奖惩.
    // A 0 there refuses no one: none taken off either way.)
    if (POINTS_OFF.test(labelKey(u.text)) && (!m || lostOfTotal(grid, layout.headerRow, u.col)) && !POINTS_ON_PRESENT(layout)) continue;
    const fields = { case: 'looks-like', sheet: grid.name, heading: shortText(u.text), like: merge ? heading : `${heading}(扣分)`, empty: emptyMeaning(input, item), strong: false, valuesUnread: true, range: [0.01, Math.max(-(input.min ?? 0), input.max ?? 0)] as [number, number], numeric: true, ...(merge ? { merge: true as const } : {}) } as const;
    out.push(problem('unknown-column', fields, { file, sheet: grid.name, cell }, { item: item.label, severity: 'warning' }));
  }
  return out;
}

/**
 * The column of a bare 「扣分」 (「扣分数」, 「罚分」 …) beside the column of the form's one signed adjustment (§8 其它·奖惩分),
 * with no 「加分」 beside it: the team's own figure of the points each person lost, read to be compared with the items'
 * loss (signedApartProblems leaves it alone). It was ignored with a note, an extra deduction there dropped at exit 0.
 * So with a note after it or as a sum (lostHeading: 「扣分(含投诉)」, 「扣分(合计)」, 「扣分小计」, 「总扣分」, 「合计扣分」):
 * ignored with the same note, 张三's 25 beside items losing 23 was 77.00 一般 at exit 0. And a bare 「扣分」 where the
 * 奖惩分 column is not on the sheet, beside the team's own total (lostOfTotal: 23 beside 77): ignored as well, 王五's 25
 * beside 75 (an extra 2 the team took off) was 77.00 一般 at exit 0 with only the typed total's warning.
 */
export function pointsLostColumn(form: FormDef, layout: RosterColumns, grid: Grid): number | undefined {
  const whole = lostForm(form)?.signed ? wholeLostColumns(form, layout, grid) : [];
  return whole.length === 1 ? whole[0] : undefined;
}

/**
 * The form whose team may add up the points each person lost in a column of its own: §8 (its one signed 奖惩分, `signed`),
 * or a form of items summed (no raters) some of which take points off (§11 shop-cs-monthly, §12 express-cs: `own` its
 * subtracting adjustment 减分项, when it has one). A 「扣分」 there was compared on §8 only — §12 张三's 扣分 7 beside items
 * losing 2 + 1.5 + 1.5 = 5 was 95 优秀 at exit 0 (review 63).
 */
function lostForm(form: FormDef): { own?: ItemDef; signed: boolean } | undefined {
  const all = items(form);
  const signed = all.filter((item) => item.inputs.some((i) => i.type === 'number' && (i.min ?? 0) < 0));
  if (signed.length === 1) return { own: signed[0]!, signed: true };
  if (signed.length || form.combine.kind !== 'sum' || form.raters?.length) return undefined;
  if (!all.some((item) => item.rule.kind === 'deduction' || item.rule.kind === 'incidents')) return undefined;
  const own = all.find((item) => item.rule.kind === 'adjustment' && item.rule.subtract === true);
  return own ? { own, signed: false } : { signed: false };
}

/**
 * The columns of all the points a person lost (bare, noted or summed 「扣分」 after the items' columns, see lostHeading), each
 * compared with the items' loss. Two of them (「总扣分」 and 「扣分合计」 both 25 beside 23) were both ignored, 77 at exit 0 —
 * only one alone was read (review 63). On §8 with 奖惩分 not on the sheet, a bare one beside the team's total (lostOfTotal).
 * Where a subtracting adjustment's points column is missing (§11 减分), none: a 扣分 there stands in for it.
 */
function wholeLostColumns(form: FormDef, layout: RosterColumns, grid: Grid): number[] {
  const kind = lostForm(form);
  if (!kind || POINTS_ON_PRESENT(layout)) return [];
  const pointsOf = (item: ItemDef) => (item.rule.kind === 'adjustment' ? item.inputs.find((i) => i.id === (item.rule as { input: string }).input) : undefined);
  const input = kind.own ? pointsOf(kind.own) : undefined;
  const present = !input || [...layout.columns.values()].some((t) => t.kind === 'entry' && t.input === input);
  if (!present && !kind.signed) return [];
  const off = present
    ? layout.unknown.filter((u) => lostHeading(u.text, form, kind.own) && !amongItems(layout, u.col))
    : layout.unknown.filter((u) => POINTS_OFF.test(labelKey(u.text)) && lostOfTotal(grid, layout.headerRow, u.col));
  return off.map((u) => u.col);
}

/**
 * A column standing among the items' columns (an item's column left of it, a form column right of it), not after them:
 * 「扣分小计」 after 日常服务规范's columns, 「总扣分」 after 工作纪律's (4 / 0 / 4, 2 / 0 / 2) — an item's subtotal, refused
 * lost-points-differ against the whole 23 (review 62 of a2a2bee0; base: ignored, 77 / 100 / 79).
 */
// (Where the adjustment's own points column is missing, a column before its 原因 may stand in for it — 「扣分(含投诉)」 where
// 奖惩分 stood, pointsOffInPlace: only another item's column, or the points column present, right of it makes it "among".)
function amongItems(layout: RosterColumns, col: number): boolean {
  const entries = [...layout.columns].flatMap(([c, t]) => (t.kind === 'entry' ? [{ c, t }] : []));
  const adjusting = (t: (typeof entries)[number]['t']) => t.item.rule.kind === 'adjustment';
  const pointsOf = (t: (typeof entries)[number]['t']) => t.item.rule.kind === 'adjustment' && t.item.rule.input === t.input.id;
  return entries.some(({ c, t }) => c < col && !adjusting(t)) && entries.some(({ c, t }) => c > col && (!adjusting(t) || pointsOf(t)));
}

/**
 * Where a 扣分 among the items' columns stands: the item just left of it (`left`), the items left of it since the previous
 * such column (`since`: a subtotal of a stretch) and all the items left of it (`before`: a running subtotal). It was
 * compared with every item's loss anywhere — 「扣分」 5 after 工作纪律 losing 2 agreed with 表格管理's 5 by chance, 77 at exit 0;
 * 「扣分小计」 11 after 日常服务规范 (2 + 5 + 4 lost to its left) was refused (review 63).
 */
export interface LostPlace {
  left: string;
  since: string[];
  before: string[];
}

// (Only the items whose columns are all left of it: a 「扣分小计」 between 回访问题处理效率's 基础分 and its 拖延 count is 日常服务规范's
// 4, not that item's 7 — review 62's a01. None such: the items of the columns left of it.)
function placeAmong(layout: RosterColumns, col: number, previous: number): LostPlace | undefined {
  const all = [...layout.columns].flatMap(([c, t]) => (t.kind === 'entry' && t.item.rule.kind !== 'adjustment' ? [{ c, item: t.item.id }] : []));
  const left = all.filter((e) => e.c < col).sort((a, b) => a.c - b.c);
  const whole = left.filter((e) => !all.some((o) => o.item === e.item && o.c > col));
  const entries = whole.length ? whole : left;
  if (!entries.length) return undefined;
  const ids = (list: typeof entries) => [...new Set(list.map((e) => e.item))];
  return { left: entries.at(-1)!.item, since: ids(entries.filter((e) => e.c > previous)), before: ids(entries) };
}

/**
 * Columns of one item's points lost: 「纪律扣分」 (纪律 of 工作纪律), 「表格管理扣分」, 「扣分(日常服务规范)」 — a word before
 * 扣分 / 罚分, or a bracket after it, naming exactly one item, and that an item of deductions (deduction, incidents) with
 * its own columns on the sheet. Ignored, the team's figure there was dropped (张三's 5 for 上班玩手机 beside 工作纪律 losing
 * 2: 77.00 at exit 0); compared with that item's loss now (scoreForm itemLostDifferences). Not a sum (「扣分合计」), an
 * input's word (「迟到扣分」), a banded item's (「态度扣分」), nor a word naming several items. And a 扣分 among the items'
 * columns (amongItems): some items' subtotal, `item` left out and `among` where it stands; and the columns of the whole
 * (wholeLostColumns) but the one §8's typed.lost reads (pointsLostColumn): neither `item` nor `among`.
 */
export function itemLostColumns(form: FormDef, layout: RosterColumns, grid: Grid): Array<{ col: number; item?: ItemDef; among?: LostPlace }> {
  const lost = pointsLostColumn(form, layout, grid);
  const present = [...layout.columns.values()];
  const out: Array<{ col: number; item?: ItemDef; among?: LostPlace }> = [];
  const kind = lostForm(form);
  const whole = new Set(wholeLostColumns(form, layout, grid));
  let previous = 0;
  for (const u of [...layout.unknown].sort((a, b) => a.col - b.col)) {
    if (u.col === lost) continue;
    if (whole.has(u.col)) {
      out.push({ col: u.col });
      continue;
    }
    const key = labelKey(u.text);
    // A 扣分 (bare, noted or a sum) among the items' columns (「扣分小计」 after 日常服务规范's): some items' subtotal —
    // compared with the item left of it, the items since the previous such column or the first, and the whole.
    // Only on a form whose points lost are added up (lostForm), and only with that form's points-off column on the
    // sheet where it has one (a 扣分 in 减分's place stands in for it).
    const ownPoints = kind?.own?.rule.kind === 'adjustment' ? kind.own.inputs.find((i) => i.id === (kind.own!.rule as { input: string }).input) : undefined;
    const ownPresent = kind?.signed || !ownPoints || present.some((t) => t.kind === 'entry' && t.input === ownPoints);
    if (kind && ownPresent && lostHeading(u.text, form, kind.own) && amongItems(layout, u.col)) {
      const among = placeAmong(layout, u.col, previous);
      previous = u.col;
      out.push({ col: u.col, ...(among ? { among } : {}) });
      continue;
    }
    if (SUM_WORDS.test(key) || POINTS_OFF.test(key)) continue;
    const bare = labelKey(withoutTrailingNote(u.text));
    const before = /^(.+?)(扣分|罚分)$/.exec(bare)?.[1];
    const note = POINTS_OFF.test(bare) && key.startsWith(bare) ? key.slice(bare.length) : undefined;
    const word = before ?? note;
    if (!word || [...word].length < 2) continue;
    // Only an item of deductions (deduction, incidents: its loss is what the team adds up) named by its own name — not one
    // of its inputs (「迟到扣分」 2 for 迟到 alone beside 做无关事 2 was refused against 工作纪律's 4), nor a banded or weighted
    // item (「态度扣分」, sales-cs-kpi's 「投诉扣分」 15 on its input's 0–100) — review 62 of 5206debe.
    // (The word is judged over every item first: 「回访扣分」 names 客户回访率 and 回访问题处理效率, 「处理扣分」 处理能力 and it,
    // §12 「工作扣分」 员工的工作效率 and 工作状况 — none of them for sure; narrowed to the deduction items, each was refused
    // against the one left, 77 / 96 at base — review 62.)
    const named = items(form).filter((item) => item.rule.kind !== 'adjustment' && (itemKeys(form, item).includes(word) || (before !== undefined && itemKeys(form, item).some((n) => word.includes(n))) || itemKeys(form, item).some((n) => n.includes(word))));
    // Only beside the item's own columns: where one is missing (「表格扣分」 for 表格管理's 3,2) it is that input retyped.
    const item = named.length === 1 && (named[0]!.rule.kind === 'deduction' || named[0]!.rule.kind === 'incidents') ? named[0]! : undefined;
    const has = (input: InputDef) => present.some((t) => t.kind === 'entry' && t.item === item && t.input === input);
    if (item && item.inputs.some(has) && item.inputs.every((input) => input.optional || has(input))) out.push({ col: u.col, item });
  }
  return out;
}

/**
 * A heading of points off (「扣分」, 「投诉扣分」, 「扣分合计」, 「总扣分」, 「罚分」, 「减分」 with a note or a sum word) where a
 * subtracting adjustment's points column (§11 减分项·减分) is missing: that column retyped.
 */
function offSubtractedHeading(text: string, m: Missing): boolean {
  if (!(m.item.rule.kind === 'adjustment' && m.item.rule.subtract === true && m.item.rule.input === m.input.id)) return false;
  const key = labelKey(withoutTrailingNote(text)).replace(new RegExp(SUM_WORDS.source, 'g'), '');
  return /(扣分|罚分|减分)$/.test(key);
}

/** Every sum word in a heading of deductions (「扣分小计」, 「总扣分」, 「合计扣分」). */
const SUM_WORDS = /(合计|总计|小计|累计|汇总|共计|总)/;

/**
 * A heading of all the points a person lost: 「扣分」 bare, with a note after it (「扣分(含投诉)」, 「扣分(合计)」), or
 * with a sum word (「扣分小计」, 「总扣分」, 「合计扣分」) — not one naming another item than `own` (「扣分(态度)」; 「态度扣分」
 * is that item's), nor 「加分」 or a reason.
 */
function lostHeading(text: string, form: FormDef, own: ItemDef | undefined): boolean {
  const key = labelKey(text);
  if (POINTS_OFF.test(key)) return true;
  const bare = labelKey(withoutTrailingNote(text));
  if (!POINTS_OFF.test(bare) && !POINTS_OFF.test(bare.replace(new RegExp(SUM_WORDS, 'g'), ''))) return false;
  return !items(form).some((item) => item !== own && itemKeys(form, item).some((n) => key.includes(n)));
}

/** Every figure of the column is what a total beside it on its row lacks of 100 (21 beside 79). */
function lostOfTotal(grid: Grid, headerRow: number, col: number): boolean {
  let n = 0;
  // (A CSV's figures are text: 23 beside 77 in a .csv was no total's, both refused and advised renamed 奖惩分 — −23, review 62.)
  const figure = (row: number, c: number): number | undefined => {
    const v = grid.value(row, c);
    if (v.kind === 'number') return v.value;
    return v.kind === 'text' && /^-?\d+(\.\d+)?$/.test(v.value.trim()) ? Number(v.value.trim()) : undefined;
  };
  for (let row = grid.nextRow(headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    const v = figure(row, col);
    if (v === undefined) continue;
    let beside = false;
    for (let c = 1; c <= grid.columnCount && !beside; c++) {
      const t = c === col ? undefined : figure(row, c);
      beside = t !== undefined && Math.abs(t + v - 100) < 1e-9;
    }
    if (!beside) return false;
    n++;
  }
  return n > 0;
}

/** An amount of money (a fine, a bonus in 元) where an adjustment takes points. */
const MONEY_WORD = /(罚款|罚金|扣款|金额|奖金|奖励金)$/;
/** A column of points taken off (「扣分」, 「罚分」), not their reason or a total of the items' own. */
const POINTS_OFF = /^(扣分|扣分数|罚分|减分|扣除分数?)$/;
const POINTS_ON = /^(加分|加分数|奖分|奖励分|奖励加分)$/;

/**
 * Points taken off where the signed adjustment stood (`own`, 奖惩分): 「扣分」, 「罚分」 — so with a note after them
 * (「扣分(含投诉)」, 「扣分(投诉升级)」, 「罚分(含增值服务)」) or a word of what they were for before them (「服务升级扣分」):
 * read as none, 张三's 2 and 李四's 3 went unread, 77.00 一般 for 64 + 13 − 2 = 75 and 74 at exit 0 (review 61). Not a sum
 * of deductions, nor another item's (「表格管理扣分」): the items' own figures, counted in their columns.
 */
function pointsOffInPlace(text: string, form: FormDef, own: ItemDef): boolean {
  const key = labelKey(text);
  if (POINTS_OFF.test(key)) return true;
  // A sum of deductions (「扣分合计」, 「总扣分」, 「扣分(累计)」): the items' own, not the adjustment's.
  if (SUM_WORDS.test(key)) return false;
  const bare = labelKey(withoutTrailingNote(text));
  if (POINTS_OFF.test(bare)) return true;
  if (!/(扣分|罚分)$/.test(bare)) return false;
  // One item named (「纪律扣分」): that item's points lost, compared with it (itemLostColumns). A word of several items'
  // names (「回访扣分」: 客户回访率 and 回访问题处理效率) tells none: the figures were read as blank with a rename advice, 80 for
  // 80 − 2 = 78 at exit 0 (review 62) — whoever filled it is refused, as for a plain 扣分.
  const named = items(form).filter((item) => item !== own && (itemKeys(form, item).some((n) => bare.includes(n)) || namesItemPart(bare.replace(/(扣分|罚分)$/, ''), form, item)));
  return named.length !== 1;
}
/**
 * The word before 扣分 is part of another item's name or of one of its inputs' (「纪律扣分」: 纪律 of 工作纪律; 「迟到扣分」:
 * 迟到 of 迟到或早退), or the kind of attendance one of its inputs counts (「考勤扣分」: 考勤 is lateness, 工作纪律's 迟到或早退).
 * Those are that item's deductions, already counted in its columns: 244c0178 refused them where 奖惩分 stood, advising the
 * heading 「其它·奖惩分(扣分)」 — renamed so, 工作纪律's 迟到 1 × 2 was taken off twice, 75 for 77 (review 61 g c4).
 */
function namesItemPart(word: string, form: FormDef, item: ItemDef): boolean {
  if ([...word].length < 2) return false;
  const names = [...itemKeys(form, item), ...item.inputs.flatMap((i) => [i.label, ...(i.aliases ?? [])]).map(labelKey).filter((k) => k.length >= 2)];
  if (names.some((n) => n.includes(word))) return true;
  const kind = ATTENDANCE_MEASURE.test(word) ? undefined : ATTENDANCE_KINDS.find((k) => k.test(word));
  return kind !== undefined && item.inputs.some((i) => kind.test(labelKey(i.label)));
}
/** A column of points added (「加分」) among the unrecognised: 「加分 | 扣分」 kept apart. */
const POINTS_ON_PRESENT = (layout: RosterColumns) => layout.unknown.some((u) => POINTS_ON.test(labelKey(u.text)));

/**
 * A column of points off (or, beside the signed column itself, points added) of the one signed item: 「扣分」, or the
 * item named with it (「奖惩分(扣分)」, 「其它扣分」) — not a note that they are typed negative (「奖惩分(扣分填负数)」).
 */
function pointsBeside(key: string, names: string[], present: boolean): boolean {
  if (POINTS_OFF.test(key) || (present && POINTS_ON.test(key))) return true;
  const rest = names.map(labelKey).filter((n) => n && key.includes(n)).reduce((k, n) => k.replace(n, ''), key).replace(/奖惩|其它|其他|[··]/g, '');
  return rest !== key && POINTS_OFF.test(rest);
}
const NOTE_WORD = /^(备注|说明|原因|意见|评语|签字|签名|日期|情况说明|具体情况|得分|小计|合计|总分|分数|扣分合计)/;

/** Words after an item's name that make a heading its score (「准时出勤得分」). */
const SCORE_WORD = /(得分|分数|评分|打分|成绩|扣分)$/;
/** A heading naming the points taken off (「仪容仪表扣分」, 「…(扣分)」, 「…·扣分」), not those kept. */
const DEDUCTED = /扣分/;

/**
 * An input counting something other than points (次, 户, 项) or a measured rate (效率 110 %, 满意度 92 %): what a score
 * is never typed into (「效率(20分)」 17 was read as 17 % efficiency, 0 points).
 */
export function measuredNotPoints(input: InputDef, item: ItemDef): boolean {
  // A rate, or a list of deductions (表格管理 5 is 5 points off, not a score of 5).
  if (input.type === 'percent' || input.type === 'list') return true;
  const units = unitsOf(input.unit);
  // (Or a count written as text with its own words for none or missing: §20's 不规范处数 in 处, 「缺失」.)
  if ((input.type === 'integer' || input.type === 'text') && units.length > 0 && !units.includes('分')) return true;
  // A score on a scale of its own (a survey's 0–100 under an item of 20): 18 of 20 was read as 18 of 100.
  return (input.type === 'number' || input.type === 'integer') && input.max !== undefined && input.max !== item.max && !units.some((u) => u !== '分');
}

/**
 * A heading that is the score of an item computed from counts: its name with a score word or its points
 * (「准时出勤得分」, 「准时出勤(10分)」), or — for an item of several counts — its name alone (「3.日常服务规范」).
 * An item of one count takes its name alone as that count's column (the template's own heading).
 */
export function itemScoreHeading(text: string, form: FormDef, item: ItemDef): boolean {
  // An item of ticks (§18 工作知识's ten statements) headed with its points (「工作知识(20分)」): its score, not its first box
  // (renamed so as advised, its 16 was refused as 「应为 √ / ×」).
  if (item.rule.kind === 'checklist') {
    // Or its name alone over a roster's one column (工作知识 16, or 「7项」): no box is called so. Said as a look-alike of
    // its first box, renamed so as advised the 16 was refused (「应为 √ / ×」) or one tick read for seven (2 points).
    if (!(pointsNoted(text) || SCORE_WORD.test(labelKey(text)) || item.inputs.length > 1)) return false;
    const keys = itemKeys(form, item);
    return labelVariants(text).some((v) => keys.includes(labelKey(v).replace(SCORE_WORD, '')));
  }
  const numeric = item.inputs.filter((i) => i.type !== 'text');
  if (!numeric.length || !numeric.every((i) => measuredNotPoints(i, item))) return false;
  const decorated = pointsNoted(text) || SCORE_WORD.test(labelKey(text));
  if (numeric.length < 2 && !decorated) return false;
  const keys = itemKeys(form, item);
  return labelVariants(text).some((v) => keys.includes(labelKey(v).replace(SCORE_WORD, '')));
}

function itemKeys(form: FormDef, item: ItemDef): string[] {
  return [...new Set([itemHeading(form, item), item.label, ...(item.aliases ?? []).slice(0, 20)].map(labelKey).filter((k) => k.length >= 2))];
}

/**
 * A heading against an absent rater's column: only one that names the rater, the rest of it nearly the item.
 * `ratings`: the column holds what this input takes (良好, 80) — then 「…·顾客评价」 or 「…·客户反馈」 is that rater's
 * column renamed, not the team's remarks, whatever its heading's last word.
 */
function raterPairing(key: string, r: NonNullable<Missing['optionalRater']>, heading: string, ratings: () => boolean, copyOnly = false): { strong: boolean; similarity: number } {
  const named = r.names.filter((n) => key.includes(n)).sort((a, b) => b.length - a.length)[0];
  // One rater's own copy (kpi template --rater 同事) heads its columns with the items alone: a column over ratings whose
  // heading nearly is an item (「反馈学习能力」, 「学习能力」 for 反馈与学习能力) is that item retyped — left out, the peer's
  // marks of it were dropped and the others' averaged in their place at exit 0.
  if (!named && copyOnly && !r.others.some((n) => key.includes(n))) {
    const near = Math.max(0, ...r.item.map((n) => (n.includes(key) && ([...key].length >= 4 || key.length * 5 >= n.length * 3) ? 0.9 : dice(key, n))));
    if (near >= 0.7 && ratings()) return { strong: true, similarity: near + 0.01 * dice(key, heading) };
  }
  if (!named) {
    // The rater renamed (「拆包人均每小时20个·间接领导」 for ·间接主管, 「顾客评1」 for 客户评1): the item's own name, then
    // a word for someone who rates. A note column of the item (「…·备注」) is not one, unless it holds ratings.
    const item = r.item.filter((n) => key.startsWith(n)).sort((a, b) => b.length - a.length)[0];
    const rest = item ? key.slice(item.length) : '';
    // (The item's total, 「…·综合评分」, 「…·加权评分」, has a rater's 评 in it and is the team's own figure.)
    if (r.others.some((n) => rest.includes(n)) || teamTotal(rest)) return { strong: false, similarity: 0 };
    // Or a person's name alone (「第1题·王五」 for 面试官3) over ratings: that interviewer's column, not the team's.
    // Or a role written in letters (「第1题·HR」, 「·PM」): HR's 一般 on 15 questions was dropped, 4 for the mean of 3.
    const person = whoAlone(rest);
    const rater = item !== undefined && (RATER_WORD.test(rest) || ((RATER_WORDS.test(rest) || person) && ratings()));
    // The closest of the missing slots (顾客评1 to 客户评1, not 客户评2).
    return rater ? { strong: true, similarity: 0.6 + 0.3 * dice(key, heading) } : { strong: false, similarity: 0 };
  }
  // A rater's remarks (「沟通能力·客户意见」, 「主管点评」) are text beside the ratings, not a rater's column.
  if (NOT_A_RATER.test(key.slice(key.indexOf(named) + named.length)) && !ratings()) return { strong: false, similarity: 0 };
  const rest = key.replace(named, '');
  const similarity = Math.max(0, ...r.item.map((n) => (rest.includes(n) ? 1 : dice(rest, n))));
  // Among the slots of a group (面试官丙 for 面试官2 or 面试官3), the closest heading; equal ones stay a tie.
  return { strong: similarity >= 0.6, similarity: similarity + 0.01 * dice(key, heading) };
}

/** Raters' names as keys, with their short forms (间接主管 → 间接, 客户评 → 客户) as headings shorten them (stemOf). */
function withShortNames(names: string[]): string[] {
  const keys = names.map(labelKey);
  return [...new Set([...keys, ...keys.map(stemOf)])].filter((k) => k.length >= 2);
}

/** The column's filled cells are mostly what `input` takes: ratings, not remarks. */
/** Every value under the heading is an answer to `input`, and they are not the rows' numbers (1, 2, 3 …). */
function answersOnly(grid: Grid, headerRow: number, col: number, input: InputDef): boolean {
  const values = [...filledBelow(grid, headerRow, col)];
  if (!values.length || values.some((raw) => { const parsed = parseRaw(input, raw); return !parsed.ok || parsed.empty; })) return false;
  return !values.every((raw, k) => raw.kind === 'number' ? raw.value === k + 1 : raw.kind === 'text' && Number(raw.value.trim()) === k + 1);
}

function holdsRatings(grid: Grid, headerRow: number, col: number, input: InputDef): boolean {
  if (input.type === 'text') return false;
  return mostlyHolds(grid, headerRow, col, (raw) => {
    const parsed = parseRaw(input, raw);
    return parsed.ok && !parsed.empty;
  });
}

function emptyMeaning(input: InputDef, item: ItemDef): string {
  if (input.type === 'text') return '视为未填写';
  if (input.type === 'list') return '视为无扣分';
  // A count of lapses: 「视为 0」 alone read as 0 points (§25 「不准确」), where it is 0 lapses and nothing taken off.
  if (input.type === 'integer' && (input.default ?? 0) === 0 && (item.rule.kind === 'deduction' || item.rule.kind === 'incidents')) {
    return `视为 0 ${unitsOf(input.unit).find((u) => u !== '分') ?? '次'},不扣分`;
  }
  return `视为 ${input.default ?? 0}`;
}

/** How many characters two headings have in common (each counted as often as both have it). */
export function sharedChars(a: string, b: string): number {
  return Math.round((dice(a, b) * ([...a].length + [...b].length)) / 2);
}

/** Dice coefficient of the two keys' characters (multisets): 2·common / (|a| + |b|). */
export function dice(a: string, b: string): number {
  if (!a || !b) return 0;
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let common = 0;
  for (const ch of b) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) {
      common++;
      counts.set(ch, n - 1);
    }
  }
  return (2 * common) / ([...a].length + [...b].length);
}

/**
 * A sheet whose headings are the items' scores only (「员工基本标准得分」, 「工作环境(10分)」 …, every item kpi computes from
 * counts): a roster of scores typed in, which kpi does not read. Its heading row and those headings, or null. Said as
 * such: the sheet was 「没有找到…的表头」, no word of why.
 */
export function scoreColumnsOnly(grids: readonly Grid[], form: FormDef): { sheet: string; row: number; cell: string; headings: string[]; inputs: string[] } | null {
  const computed = items(form).filter((item) => item.inputs.some((i) => i.type !== 'text'));
  if (computed.length < 2) return null;
  for (const grid of grids) {
    for (let row = 1; row <= Math.min(10, grid.rowCount); row++) {
      const found = new Map<ItemDef, string>();
      let firstCol = 0;
      for (let col = 1; col <= Math.min(grid.columnCount, 200); col++) {
        const text = grid.text(row, col);
        if (!text) continue;
        const item = computed.find((it) => !found.has(it) && itemScoreHeading(text, form, it));
        if (item) found.set(item, text);
        if (item && !firstCol) firstCol = col;
      }
      if (found.size >= 2 && found.size * 2 >= computed.length) {
        const first = [...found.keys()][0]!;
        return { sheet: grid.name, row, cell: cellAddress(row, firstCol), headings: [...found.values()], inputs: first.inputs.filter((i) => i.type !== 'text').map((i) => columnHeading(first, i, null, 1, form)) };
      }
    }
  }
  return null;
}

/** The unit in the heading's brackets, when it is not the input's (「旷工(天)」 over a count in 次). */
function unitNoted(text: string, input: InputDef): { said: string; own: string; inHeading: true } | undefined {
  const own = unitsOf(input.unit)[0];
  const said = unitNoteOf(text);
  return own && said && said !== '扣分' && foreignUnit(text, input) ? { said, own, inHeading: true } : undefined;
}

/** The unit a units row under the heading, or a line above the table, gives a column whose input counts in another. */
function unitSaid(grid: Grid, headerRow: number, col: number, input: InputDef): { said: string; own: string; lineAt?: string } | undefined {
  const own = unitsOf(input.unit)[0] ?? '';
  if (headerRow < grid.rowCount && foreignUnitBelow(grid, headerRow, col, input)) return { said: grid.text(headerRow + 1, col).trim(), own };
  const line = unitLineAbove(grid, headerRow);
  return line && foreignUnitLine(line.unit, input) ? { said: line.unit, own, lineAt: line.cell } : undefined;
}

/** An item scored from a numerator ÷ denominator with no rate input of its own (§28 客诉率). */
function countsOnlyRate(item: ItemDef): boolean {
  const rule = item.rule;
  return rule.kind === 'achievement' && typeof rule.actual === 'object' && rule.actual.rate === undefined;
}

/** Some cell below the heading holds a figure written with a % sign (「1.5%」, or a cell formatted as a percentage). */
function percentSigned(grid: Grid, headerRow: number, col: number): boolean {
  for (let row = headerRow + 1; row <= Math.min(grid.rowCount, headerRow + 500); row++) {
    if (/^\s*[-+]?\d+(\.\d+)?\s*[%%]\s*$/.test(grid.text(row, col).normalize('NFKC'))) return true;
  }
  return false;
}
