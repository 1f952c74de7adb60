import type { FormDef, ItemDef } from '../model/definition.js';
import { parseNumberText } from '../engine/text.js';
import { itemNames } from './columns.js';
import { rawText, type Grid } from './grid.js';
import { labelKey, otherPeriodNoted, withoutNumbering, withoutTrailingNote } from './normalize.js';

// §12 express-cs: a team adds its own kind of violation beside the seed's cut-off list, 「话务质量·服务用语不规范」; 张三's 6
// there were ignored with a 提示 — 97.50 优秀 for 18 + (40 − 0.5 × 7) + 40 = 94.50 at exit 0 — while the person-sheet
// layout refuses the same row as not one of 话务质量's 填写项.

/** Between the item's name and the team's word: 「·」, 「-」, 「—」 or a space. */
const SEPARATOR = /[\s\u00b7\u30fb\-—–]+/g;
/** Lapses no workload is called by. */
const CLEAR_LAPSE = /(迟到|早退|旷工|缺勤|漏接|漏单|差评|不规范|违规|违纪|推诿|脱岗|离岗|串岗|睡岗|玩手机|闲聊)/;
/** How far into a heading an item's or part's name (with a note in brackets) may reach. */
const NAME_ROOM = 80;
/** Words the team keeps beside an item that are no kind of its counts: notes, its own score or total, a target. */
const OWN_FIGURE = /(备注|说明|原因|意见|评语|点评|留言|签字|签名|日期|记录|情况|描述|明细|详情|证据|依据|得分|分数|扣分|加分|小计|合计|总计|累计|总数|总分|满分|分值|权重|目标|计划|标准|基数|上月|去年|同比|环比|排名|金额|奖金)/;
/** A count of the item's violations in general (「违反次数」, 「次数」): the team's total of them, not a kind of its own. */
const ANY_KIND = /^(违反|违规|违纪|问题|差错|扣分)?(总)?(次数|次|项数|数)?$/;
/** A rater's column (「…·自评」, 「…·主管」): said, if at all, as a rater's. */
const RATER_ALONE = /^(自评|他评|互评|本人|员工|主管|上级|领导|经理|组长|同事|客户|顾客)(评|评分|打分|评价)?\d*$/;
/** Words of a lapse (「服务用语不规范」, 「上班玩手机」, 「漏单」): what a team counts to take points off. */
const LAPSE = /(不|未|没|违|玩|迟到|早退|缺|旷|错|漏|投诉|差评|推诿|推脱|闲聊|聊天|脱岗|离岗|串岗|睡|私|顶撞|态度|辱|骂|吵|争执|怠|拖延|延误|超时|失误|遗失|丢|敷衍|擅自|无故|抱怨|冷漠|喧哗|挂机|抢话)/;
/**
 * A figure the team keeps for reference beside the item (「抽查条数」, 「出勤天数」, 「投诉件数」, 「处理时长」, 「咨询量」),
 * even with a lapse's word in it: how much was checked or worked, not a kind of its lapses.
 */
const REFERENCE = /((?<![项次])数$|量$|天数|小时|时长|时间$|分钟|人数|金额|额$|率$|比例|占比|平均|出勤|加班|抽查|抽检|^应(?!答|对)|^实际)/;
/** What a team counts that is no lapse (「来电(次)」, 「回访次数」): such a word before 「(次)」 is a figure too. */
const ACTIVITY = /(来电|接听|呼入|呼出|外呼|通话|接待|咨询|回访|培训|会议|成交|订单|工单|上班|值班|请假|休假)/;

/**
 * The item a heading names, followed by a word that is none of its inputs (「话务质量·服务用语不规范」, 「工作状况·上班玩手机
 * (次)」): a kind of the counts the item takes off that the form does not have. Only an item that counts (a violation, a
 * lapse, a deduction) — a figure beside a supervisor's score is the team's reference — or a part of such items.
 */
export function itemOfExtraColumn(form: FormDef, heading: string): string | undefined {
  const text = withoutNumbering(heading.normalize('NFKC').trim());
  // Only a separator after a name's length at most: each one slices and keys the heading, and 「 (」 written 100,000 times
  // was quadratic (the suite's 1 MB heading test hung).
  const longest = NAME_ROOM;
  for (const m of text.matchAll(SEPARATOR)) {
    if (m.index > longest) break;
    const before = labelKey(withoutTrailingNote(text.slice(0, m.index)) || text.slice(0, m.index));
    const rest = text.slice(m.index + m[0].length);
    const word = labelKey(withoutTrailingNote(rest) || rest);
    if (before.length < 2 || word.length < 2 || !teamWord(form, word, rest) || !lapseWord(rest)) continue;
    const part = form.parts.find((p) => labelKey(withoutTrailingNote(p.label) || p.label) === before);
    if (part && part.items.some(counts) && !part.items.some((i) => namesInput(i, word))) return part.label;
    const item = form.parts.flatMap((p) => p.items).find((i) => counts(i) && itemNames(form, i).some((n) => labelKey(n) === before));
    if (item && !namesInput(item, word)) return item.label;
  }
  return undefined;
}

/** Some figure of the column is a number other than 0 (「6」, 「4次」); notes (「抽查10条无问题」) are none. */
export function nonZeroFigureIn(grid: Grid, headerRow: number, col: number): boolean {
  for (let r = grid.nextRow(headerRow); r <= grid.rowCount; r = grid.nextRow(r)) {
    const v = grid.value(r, col);
    const n = v.kind === 'number' ? v.value : v.kind === 'text' ? parseNumberText(rawText(v), '次')?.value : undefined;
    if (n !== undefined && Number.isFinite(n) && n !== 0) return true;
  }
  return false;
}

/** An item taking points off each count (deduction, incidents); a rate's counts (客诉率, 转化率, 问题解决率) are figures. */
function counts(item: ItemDef): boolean {
  if (item.rule.kind !== 'deduction' && item.rule.kind !== 'incidents') return false;
  return item.inputs.some((i) => !i.reference && (i.type === 'integer' || i.type === 'list'));
}

/**
 * The team's word reads as a kind of lapse: a lapse's word, or a count 「(次)」/「次数」 of something that is no activity —
 * never a reference figure. 「话务质量·抽查条数」 20 on every row refused all six of express-cs' march roster (base: 刘婷
 * 96 优秀 … at exit 0, the column ignored with a 提示).
 */
function lapseWord(rest: string): boolean {
  const whole = labelKey(rest);
  const kind = whole.replace(/次数?$/, '');
  // A clear lapse counted (「迟到天数」, 「旷工天数」, 「漏接数」, 「差评数」, 「不规范用语条数」): its count, whatever the 数 after it —
  // ignored as a reference figure, each was scored as 0 lapses at exit 0 (review). 「投诉件数」 stays a workload.
  const stem = kind.replace(/(天数|条数|件数|起数|个数|数)$/, '');
  if (stem !== kind && stem.length >= 2 && CLEAR_LAPSE.test(stem) && !/出勤|加班|抽查|抽检|^应|^实际/.test(stem)) return true;
  if (kind.length < 2 || REFERENCE.test(kind)) return false;
  return LAPSE.test(kind) || (kind !== whole && !ACTIVITY.test(kind));
}

function namesInput(item: ItemDef, word: string): boolean {
  return item.inputs.some((i) => [i.label, ...(i.aliases ?? [])].some((n) => labelKey(withoutTrailingNote(n) || n) === word));
}

function teamWord(form: FormDef, word: string, rest: string): boolean {
  if (OWN_FIGURE.test(word) || ANY_KIND.test(word) || RATER_ALONE.test(word) || otherPeriodNoted(rest)) return false;
  return !(form.raters ?? []).some((r) => [r.label, ...(r.aliases ?? [])].some((n) => labelKey(n) === word));
}
