// How a heading names one rater of a group of several (§15's 面试官, §9's 同事评): by its slot (「面试官2」), or by who
// (「面试官王五」, 「外部面试官」). Read alike on a person's sheet (readFormSheet) and on a roster (readRoster).
import type { FormDef, RaterDef } from '../model/definition.js';
import { slotNames } from './columns.js';
import { labelKey, withoutTrailingNote } from './normalize.js';
import { COMMON_SURNAMES } from '../engine/surnames.js';
import { KIND_OF_MEMBER } from '../engine/mergeRaters.js';

/** Words of a remark's or a total's heading, never who rated (「面试官评语」, 「面试官签字」). */
const REMARK_WORDS = /(评语|意见|备注|说明|签字|签名|建议|日期|总分|得分|平均|合计)/;

const TOTAL_BEFORE = '综合|加权|项目|本项|单项|各项|最终|实得|实|总|平均|考核|考评|得分|评分|合计|小计';
const TOTAL_LAST = '得分|分数|分|成绩|小计|合计|总计|共计|累计|汇总|平均分|平均|均分|均值';
const TOTAL_KEY = new RegExp(`^((${TOTAL_BEFORE})(${TOTAL_LAST}|评分)|${TOTAL_LAST}|综合)$`);

/**
 * A heading (or what follows the item's name in it) of a total the team works out beside the raters' columns — 小计,
 * 合计, 综合, 综合得分, 加权得分, 项目得分, 总分, 平均分 — never one more member of a group: §9's 「问题解决能力·小计」
 * holding 60 (= 一般) was 「像是同事评2」 and 王芳 not scored, and a person's sheet's 综合得分 re-saved with its 98 the same
 * (84.40 良好 refused, exit 1). 「得分」 alone was read as the score column already.
 */
export function teamTotal(text: string): boolean {
  return TOTAL_KEY.test(labelKey(withoutTrailingNote(text) || text));
}

/** Who, beside a group's name or alone (王五, 外部, 人事): two to four characters that are no remark's words (「顾客评价」's 价). */
export function isWho(rest: string): boolean {
  // (Nor a total's: 「小计」, 「综合」 have neither 评 nor 分.)
  return /^\p{Script=Han}{2,4}$/u.test(rest) && !/[评价意见反馈打分议语注]/u.test(rest) && !teamTotal(rest);
}

/** Headings with a rater's word that are a form's own text columns (评分标准, 评价意见, 评语, 客户意见). */
export const NOT_A_RATER = /(标准|内容|说明|意见|评语|备注|分值|权重|方法|依据|细则|要求|等级|签字|签名|日期|建议|点评|反馈|留言|评价|看法|感想)/;

/** A heading that is someone's name or role alone (王五, 人事, HR), as a rater's column is retitled. */
export function whoAlone(key: string): boolean {
  return (isWho(key) && !NOT_A_RATER.test(key)) || ROLE_LETTERS.test(key);
}

/** A role written in letters, as teams head a rater's column (HR, PM, GM …): not a unit or a code (No, pts, KPI). */
export const ROLE_LETTERS = /^(hr|hrbp|pm|gm|ceo|cto|coo|cfo|vp|tl|qa|qc|boss|leader|manager|mgr|supervisor|sup|lead)\d?$/i;

/**
 * The name (a key) of the group of several raters a heading's key names with who — 「面试官王五」, 「外部面试官」 → 面试官 —
 * or undefined (a remark's heading, 「面试官评语」, or a text that is not a name).
 */
export function groupNamedWithWho(form: FormDef, key: string): { rater: RaterDef; name: string } | undefined {
  if (REMARK_WORDS.test(key)) return undefined;
  for (const rater of form.raters ?? []) {
    if (!rater.multiple) continue;
    for (const name of [rater.label, ...(rater.aliases ?? [])].map(labelKey)) {
      const rest = key.startsWith(name) ? key.slice(name.length) : key.endsWith(name) ? key.slice(0, -name.length) : null;
      // Or a surname alone (「面试官王」, 「王面试官」), as a 评分人 is signed (mergeRaters' surnamedMember): HR's 「面试官王 |
      // 面试官李」 was 「请改为面试官1」 alone and, combined with 赵总's copy, dropped without a word — 4.00 优秀 for 3.20 良好.
      if (rest && (isWho(rest) || (surnameAlone(rest) && !CUSTOMERS.test(name)))) return { rater, name };
    }
  }
  return undefined;
}

/**
 * The one rater (not of a group of several) a heading names with a surname alone beside its name — §9's 「主管王」,
 * 「王主管」 — as a group's 「面试官王」 is that group's: the supervisor's column was unread, his 良好 「像是「主管评」」 and each
 * person refused as having only 自评、同事评、客户评 (「请把两份表一起评分」) though his marks were on the sheet.
 */
export function raterNamedWithSurname(form: FormDef, key: string): RaterDef | undefined {
  if (REMARK_WORDS.test(key)) return undefined;
  for (const rater of form.raters ?? []) {
    if (rater.multiple) continue;
    for (const name of [rater.label, ...(rater.aliases ?? [])].map(labelKey)) {
      const rest = key.startsWith(name) ? key.slice(name.length) : key.endsWith(name) ? key.slice(0, -name.length) : null;
      if (rest && surnameAlone(rest)) return rater;
      // Or a full name after it (「主管王五」, 「主管王经理」), as its mirror 王五主管 is read: unread, 「像是「主管评」」 and each
      // person refused as having only 自评、同事评、客户评 for 82.00 良好. (Before it, 王五主管 is findRater's already.)
      if (key.startsWith(name) && fullName(key.slice(name.length))) return rater;
    }
  }
  return undefined;
}

/**
 * Two or three characters starting with a common surname, no remark's, total's or kind's words: 王五, 王经理 — not 高级,
 * nor words that begin with a surname's character (主管单位, 主管方面, 主管时间).
 */
function fullName(rest: string): boolean {
  return /^\p{Script=Han}{2,3}$/u.test(rest) && COMMON_SURNAMES.includes(rest[0]!) && isWho(rest) && !NOT_A_RATER.test(rest) && !KIND_OF_MEMBER.test(rest) && !NOT_A_NAME.test(rest);
}

const NOT_A_NAME = /^(单位|方面|方式|方向|方法|时间|时段|明细|成绩|全部|全体|全年)/;

/** A group of customers: 「客户方」 is the customers' side, not a 方 — a surname alone names no customer here. */
const CUSTOMERS = /客户|顾客|用户|买家|业主/;

/** One character of the common surnames (王, 李), as a heading names an interviewer beside the group's name. */
function surnameAlone(rest: string): boolean {
  return rest.length === 1 && COMMON_SURNAMES.includes(rest);
}

/**
 * The heading names a slot of `rater` (「面试官1」「第1题·面试官B」「同事评二」), as slotNames numbers them: a second column of
 * that heading is the slot's column copied, not one more rater. 「面试官王五」 names who, not a slot.
 */
export function namesSlot(text: string, rater: RaterDef): boolean {
  const key = labelKey(withoutTrailingNote(text));
  const names = [rater.label, ...(rater.aliases ?? [])].map(labelKey);
  for (let slot = 1; slot <= (rater.slots ?? 20); slot++) {
    if (slotNames(slot).some((s) => names.some((n) => key.endsWith(`${n}${s}`)))) return true;
  }
  return false;
}
