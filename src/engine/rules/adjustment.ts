// adjustment: signed points added to the total, with a reason ("+2(表扬信)"); subtract: the points typed are taken
// off (a 减分 column where 3 means −3).
import { formatSigned } from '../../model/round.js';
import { cleanText, saysNoReason, toSimplified } from '../text.js';
import { IDENT, ruleSchema } from './schemaBits.js';
import { inputName, NUMERIC, type RuleKind } from './types.js';

/** A reason saying there was no adjustment: 「本月无奖惩」, 「无加分」, 「没有」, 「不扣分」, 「0」. */
const SAYS_NONE = /无|没有|没|未|不|零|^\s*[+-]?[0０](\.0+)?\s*分?\s*$/;

// What a reason says of the points' sign. A deduction: 扣/罚/减 N分, 扣分, 罚款, 处罚…, or a complaint (投诉) not handled
// or absent. A reward: 加/奖 N分, 加分, 表扬, 奖励, 嘉奖, 表彰. Negated words say neither (不扣分, 无投诉, 不加分); a reason
// saying both (「处理投诉及时,奖励2分」, 「投诉转表扬」) or undoing an earlier one (撤销, 返还, 误扣) is not judged.
const NUMBER = '([0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十]{1,3})';
const NOT = '(?<!不|未|免|无|没|勿|不予|未予|免予|免于|取消)';
// (「补扣上月2分」: the month between 扣 and its points.)
const DEDUCT_POINTS = new RegExp(`${NOT}(?:扣除?|罚|减)(?:上个?月|本月|当月)?\\s*${NUMBER}\\s*分`);
const DEDUCT_WORDS = new RegExp(`${NOT}(?:扣分|扣除|扣款|罚分|罚款|减分|处罚|惩罚)`);
// 「无客户投诉」, 「零投诉」, 「投诉为0」: no complaint; taken out before a complaint is looked for.
const NO_COMPLAINT = /(?:无|零|没有|没|未|未有|不|杜绝|0)(?:被)?(?:任何)?(?:客户|顾客)?(?:的)?(?:有效)?投诉|投诉(?:数|量|次数)?(?:为)?(?:0|零|无)/g;
const COMPLAINT_HANDLED = /处理|解决|化解|妥善|平息|挽回|安抚|减少|下降|降低/;
const REWARD_POINTS = new RegExp(`${NOT}(?:加|奖励?)\\s*${NUMBER}\\s*分`);
/** Words of a reward: REWARD_WORDS (not negated) and REWARD_ANY (any mention, with more words) share them. */
const REWARD_WORD_LIST = '加分|奖分|表扬|奖励|嘉奖|表彰';
const REWARD_WORDS = new RegExp(`${NOT}(?:${REWARD_WORD_LIST})`);
// (补加 before its own points — 「补加2分」 — is a reward of those points, not an undoing.)
const POINTS_AFTER = '\\s*(?:[0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十]{1,3})\\s*分';
// (退回 with its points — 「扣分有误已退回2分」 — gives them back: beside +2 it was warned 「像是扣分」. Not 退回 alone: 「工单被退回,
// 扣2分」 is the work order sent back.)
// (Not money or goods given back — 「退还差价,扣2分」「客户退货,返还运费,扣2分」「扣2分,差价已退还」 +2 were counted 82 at exit 0
// as a deduction undone, for refused (80 − 2 = 78 meant), review 60.)
const MONEY = '(?:运费|差价|货款|款项|退款|押金|定金|保证金|样品|商品|货品|现金|红包|返现|费用|[0-9.]+元)';
const UNDONE = new RegExp(`撤销|撤回|(?<!${MONEY}(?:已经?|均|全部)?)(?:返还|退还|补回)(?!给?客户?${MONEY}|${MONEY})|补加(?!${POINTS_AFTER})|退回${POINTS_AFTER}|恢复|误扣|误罚|不成立|更正|冲抵|抵消`);

// A 撤销 asked for and turned down — 驳回 / 未通过 / 被拒 in its clause or opening the next (「申请撤销投诉扣分被驳回,扣2分」
// 「申请撤销投诉扣分,被驳回」), or 不予撤销 — undoes nothing: +2 beside the first was 82.00 at exit 0 (any 撤销 skipped the sign
// check) and −2 beside the second refused advising +2, for 80 − 2 = 78 (review 63). The revoke and its refusal are taken out
// of the words matched; what it was of (投诉扣分) stays, a deduction.
// (Review 63 of efbb872c: only a refusal whose object is the revoke itself or its 申请 — ending its clause, nothing after it
// — turns it down. 「撤销投诉扣分:客户投诉被驳回」「撤销差评扣分 平台已驳回差评」「撤销上月迟到扣分、驳回原处罚」「客户撤回投诉,
// 拒绝了赔偿」: the complaint, the review, the penalty or the payment refused, the revoke granted — +2 was refused 「说的却是
// 扣分」 for 80 + 2 = 82. A colon, a space or another party (客户, 平台 …) between the revoke and the refusal ends what it was of.)
const TURNED_DOWN_WORDS = '(?:被|遭|已被|予以|均被)?(?:驳回|未通过|没通过|没有通过|不通过|未获批准?|未批准|不予批准|不予通过|被拒绝?|拒绝)';
const OTHER_PARTY = '(?:客户|顾客|用户|买家|消费者|业主|平台|对方|商家)';
// (Or a bracket, 、, a colon, a slash or a dash after it: 「…被驳回(证据不足)」「…被驳回、维持原扣分」 were read as granted, review 63.)
const REFUSAL_ENDS = '了?(?=$|[,;。.!)\\] (、:/—\\-])';
const TURNED_DOWN = new RegExp(
  `(?:撤销|撤回)((?:(?!${OTHER_PARTY})[^,;。(: ])*?)(?:[,; ](?:申请|但|但是|然而|结果|最终|经复核|复核后|已经?|均)*)?${TURNED_DOWN_WORDS}${REFUSAL_ENDS}` +
    '|(?:不予|未予|拒绝|不同意)(?:撤销|撤回)',
  'g',
);
/** Simplified, spaces kept as one: a space parts clauses (「撤销差评扣分 平台已驳回差评」). */
const spaced = (reason: string) => toSimplified(cleanText(reason)).trim().replace(/\s+/g, ' ');
/** A reason as its words are matched: simplified, without spaces, a 撤销 turned down taken out. */
const plain = (reason: string) => spaced(reason).replace(TURNED_DOWN, '$1').replace(/ /g, '');
/** The same, its clauses apart (split on ,;。!? brackets and spaces; not on 、 or a colon: 「迟到、早退次数均为0」「迟到:无」). */
const clausesOf = (reason: string) => spaced(reason).replace(TURNED_DOWN, '$1').split(/[,;。!?()\[\]【】〔〕 ]+/).filter((c) => c !== '');

/** The sign a reason states, with the points it names (扣3分 → 3), or undefined when it says none or both. */
export function reasonSays(reason: string, rewardDeducted = true): { says: 'deduction' | 'reward'; stated?: number; named?: string } | undefined {
  const t = plain(reason);
  if (UNDONE.test(t)) return undefined;
  const returned = awardReturnedOf(t);
  if (returned) return { says: 'reward', stated: returned.stated, named: returned.named };
  // (Not a reward deducted — 「扣全勤奖2分」 is 2 off the attendance award: its 奖2分 was a reward of 2, −2 refused for
  // 80 − 2 = 78. It is a deduction of those points: +2 beside 「扣全勤奖2分」「扣全勤2分」 was counted 82.00 without a word, as
  // 「迟到扣2分」 +2 is not.)
  // (`rewardDeducted` false: not so for a make-up's sureness — 「扣全勤2分,本月补2分」 −2 stays refused, madeUpOf.)
  const deductPoints = DEDUCT_POINTS.exec(t) ?? (rewardDeducted ? DEDUCTED_REWARD_POINTS.exec(t) : null);
  const deduction = deductPoints !== null || DEDUCT_WORDS.test(t) || (t.replace(NO_COMPLAINT, '').includes('投诉') && !COMPLAINT_HANDLED.test(t));
  const r = t.replace(DEDUCTED_REWARD, '');
  const rewardPoints = REWARD_POINTS.exec(r);
  const reward = rewardPoints !== null || REWARD_WORDS.test(r);
  if (deduction === reward) return undefined;
  const points = deduction ? deductPoints : rewardPoints;
  const stated = numberOf(points?.[1]);
  return { says: deduction ? 'deduction' : 'reward', ...(stated !== undefined ? { stated, named: points![0] } : {}) };
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 3, 2.5, 三, 两, 十, 十二, 二十 → the number; undefined for none or a form not read (十十). */
function numberOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^[0-9]/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || (!m[2] && m[3])) return undefined;
  if (!m[2]) return m[1] ? DIGITS[m[1]] : undefined;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
}

/**
 * A reason that makes up for an earlier entry (「上月多扣2分,本月补上」): its 扣2分 is not this month's sign, so never
 * refused — UNDONE's words (no sign judged at all) and these, which still leave a sign to check. A make-up word counts
 * only as the act on points (补上, 补2分, 退回扣分, 取消扣3分, 扣分已取消, 重复扣分), not inside another word: 补录, 补发,
 * 重复投诉, 取消评优资格, 工单被退回 beside 扣2分 made +2 counted (79.00 for refused); 补扣 is a deduction.
 */
const ON_POINTS = `(?:上个?月|本月|当月|原|此前|之前|的)*(?:扣分|扣除|扣款|罚款|罚分|减分|处罚|(?:扣除?|罚|减)?${POINTS_AFTER})`;
// (A cancel word after the deduction, in its clause or a bracket right after and ending it, acts on it: 「扣2分(已取消)」
// 「扣2分,已取消」「原扣2分,现取消」「上月扣2分现已退回」「扣2分后取消」「扣2分(已退回)」 +2 were refused (0e26a805), base
// counted 79 and warned. 「补上月扣2分」 makes up last month's 2, as 「补上月2分」 does. Not 「扣2分,取消评优资格」: the cancel
// word has its own object.)
// An award deducted with its points (「扣全勤奖2分」「扣绩效2分」「扣本月全勤奖2分」, with its money 「扣全勤奖金50元及2分」) is
// a deduction of those points (DEDUCTED_REWARD). Its points may follow the money docked with them.
const AWARD_DEDUCTED = `扣除?(?:上个?月|本月|当月)?的?(?:全勤|绩效)(?:奖金?|分)?(?:[0-9]+(?:\\.[0-9]+)?元(?:及|和|并|、|外加|另扣)?)?`;
// (「扣全勤2分,已退回」「扣绩效2分,已退回」「扣全勤奖2分,已退回」 are 「扣2分,已退回」: beside −2 they were 78 without a word while
// 「扣2分,已退回」 is refused — 80 − 2 = 78 or 80 + 2 = 82 is the sheet's to say.)
const DEDUCTED = `(?:扣分|扣除?${POINTS_AFTER}|${AWARD_DEDUCTED}${POINTS_AFTER}|罚款?${POINTS_AFTER}|减${POINTS_AFTER}|处罚|罚款)`;
const CANCELLED_AFTER = `${DEDUCTED}[(\\[【〔,、;]?(?:现|后|之后|随后|又)?(?:已经?|予以|被|均)*(?:退回|取消)了?(?=$|[)\\]】〕,、;。.!])`;
const MAKES_UP = new RegExp(
  `${UNDONE.source}|多扣|误判|扣回|重复(?:扣|罚|计)|补(?:上(?!个?月)|足|齐|给|还)|补(?:上个?月|本月|的)*${POINTS_AFTER}` +
    `|补(?:上个?月|当月)的?(?:扣除?|罚|减)的?${POINTS_AFTER}` +
    `|(?:退回|取消)${ON_POINTS}|(?:扣分|扣除?${POINTS_AFTER}|罚${POINTS_AFTER}|处罚|罚款)(?:已经?|予以|被|均)?(?:退回|取消)|${CANCELLED_AFTER}`,
);

/**
 * A make-up of these very points (「上月多扣2分,本月补上」): a reward of them — beside −2 the sign is the other way
 * (counted 75 for refused). The points it names, or undefined.
 */
// (Also 「上月多扣的2分本月补上」「上月多扣2分,本月补2分」「上月错扣2分,本月补」, the make-up first — 「本月补上上月多扣的2分」
// 「返还上月多扣2分」 — and a clause that is only 「补2分」: beside −2 each was 75 without a word, for refused.)
// (补发 too, ending its clause: −2 beside 「上月误扣2分,本月补发」 was 78.00 at exit 0 without a word — review 62.)
const MADE_UP_ACTS = `(?:补上|补回|补给|补足|补还|补加|返还|退还|退回|补发?(?=${POINTS_AFTER}|[,;。.!)]|$))`;
// (错扣 is a wrong deduction, not 错 ending a verb — 填错/写错/录错/输错/打错/算错/选错/发错/做错/弄错/记错/报错:
// 「报表填错扣2分,已补上」「工单填错扣2分,退回重填」「报价算错扣2分,已退回重算」 −2 were refused: the work was wrong and 2
// taken off; 已补/退回 is the work done again, 77 − 2 = 75.)
// (Review 62: nor 出错 / 差错 — 「出错扣2分,已补」「差错扣2分,已补」 −2 were refused quoting 「错扣2分」 with advice +2, for
// 80 − 2 = 78 — unless the system's: 「系统出错扣2分,已补」 is the deduction wrong.)
const ERR_AFTER_VERB = '(?:(?<![填写录输打算选发做弄记报出差])|(?<=系统[出差]))错';
// (误 not of 错误 / 失误 / 耽误 / 延误: 「操作错误扣绩效2分,已补上」 −2 was refused quoting 「误扣绩效2分,已补」, for 78 — review 62.)
const MIS = '(?<![失无耽延错])误';
const WRONGLY = `(?:多|${ERR_AFTER_VERB}|${MIS}|重复)`;
const MADE_UP = [
  new RegExp(`${WRONGLY}扣除?[了的]?${NUMBER}分.*?${MADE_UP_ACTS}`),
  new RegExp(`(?:补上|补回|补给|补足|补还|返还|退还|退回|补)(?:上个?月|本月|当月)?${WRONGLY}扣除?[了的]?${NUMBER}分`),
  new RegExp(`(?<=^|[,;(])(?:本月)?补(?:回|上|给|足)?${NUMBER}分(?=$|[,;。.!)])`),
];
// A clause that is only 「补2分」 after a deduction missed (漏扣, 少扣, 未扣, 应扣未扣, 漏罚) is the points then taken, not
// returned: 「上月漏扣,本月补2分」「上月应扣未扣,补2分」「上月漏罚,补2分」 −2 were refused (「请把奖惩分改为 +2」) for
// 77 − 2 = 75, as at base. Beside a deduction the reason states (「客户投诉,补2分」) it says both: counted as typed and
// warned, not refused.
// (漏计/漏记 too: 「上月漏计1次迟到,本月补2分」.)
const MISSED = /(?:漏|少|未)(?:扣|罚|减)|漏[计记]/;
const BARE = MADE_UP.length - 1;
// …unless the reason says the deduction was in error (「上月扣分有误,补2分」): then 补2分 returns it, −2 refused as before.
// It is looked at first: 「上月扣分有误(病假未扣除),补2分」 has 未扣 too (−2 was 75 without a word).
// 扣分算错 / 扣分弄错: the deduction itself was wrong (算错 after 扣分, not before it as in 「报价算错扣2分」).
// Not the 扣 of 漏扣 / 少扣 / 未扣: its 报错, 记错, 算错, 弄错, 计错, 搞错 is the work the rep did wrong, what the missed
// deduction was for — 「上月漏扣报错1次,本月补2分」 −2 was refused 「请把奖惩分改为 +2」 for 77 − 2 = 75.
const MISSED_FOR = '[漏少未]扣';
const ERRED = new RegExp(`有误|(?<!${MISSED_FOR}[计搞])${ERR_AFTER_VERB}|(?<![漏少未])扣分?[算弄记报搞计]错|${MIS}扣|多扣|误判`);

// Points given back beside a NEGATIVE figure (review 60: 「上月漏记全勤奖,补2分」「上月考勤记错扣了2分,本月补回」「扣分有误已
// 退回2分」「迟到记错,已补2分」 −2 counted 78 at exit 0, 「上月漏计加分,补2分」 only warned — 80 + 2 = 82 meant). Word-by-word
// readings of what was missed or wrong kept failing, so the safe rule: a give-back act on points (补回, 退还, 返还, 补还, 归还,
// 补/退回/还 + N分) beside a negative figure is counted as typed only where the reason plainly says a deduction missed is
// taken now (漏扣, 少扣, 未扣, 应扣未扣, 漏罚, 补扣; 漏计/漏记 beside what is deducted for: 迟到, 旷工, 投诉 …), with 补 as its act,
// no reward word and no word of an error; otherwise refused, both readings said (「如是加分,请把奖惩分改为 +2」). And a
// reward word beside any 补 (补上, 补给, 补足, a clause-ending 补) is the reward given late: refused too.
// (And a deduction said cancelled or returned after it, 「上月扣2分现已退回」「扣2分(已退回)」「扣2分,已取消」: beside −2 each was
// 77 − 2 = 75 without a word — the 2 is not taken this month; refused, both readings said.)
// (Review of 2905c5be: a give-back word is one on POINTS — 补回/退还/返还/补还/归还 + (上月/本月) N分, 分, 扣分, or ending
// a clause of its own right after a deduction or error stated before it (「扣了2分,本月补回」「系统算错扣了2分,本月退还」
// 「上月漏扣,本月补回」). Money or goods given back are not points: 「客户退货,返还运费」「客户要求退还差价」「已补回差价」;
// nor a negated one: 「借用店铺样品未归还」「忘记打卡未补」「漏发短信未补上」 — each −2 was refused 「说的却是加分」 with advice
// to type +2, for 80 − 2 = 78 (§8) / 92 − 2 = 90 (§11 减分) as the reason says.)
// (And 不予 / 无需 / 不再 …: 「迟到扣全勤奖金,经核实不予补发」「…,无需补发」「…,不再补发」 −2 were refused 「说的却是加分」 for
// 80 − 2 = 78 — review 62 of 3a00f380.)
const NOT_BACK = '(?<!未|没|没有|不|无|无法|尚未|还未|仍未|不予|未予|无需|无须|不需要?|不再|不用|不必|暂不)';
const BACK_WORDS = '(?:补回|退还|返还|补还|归还)';
const ON_POINTS_BACK = `(?:上个?月|本月|当月|原|此前|之前|的)*(?:(?:多|误|错|重复)?扣[了的除]?)?(?:${POINTS_AFTER}|分)`;
const CLAUSE_ADVERBS = '(?:上个?月|本月|当月|次月|下月|现|后|之后|随后|又|已经?|予以|均|全部|全额|已全部)*';
const CLAUSE_END = '了?(?=$|[,;。.!)\\]】〕、])';
const AFTER_STATED = `(?<=(?:[扣罚减错误].*[,;(]|[扣罚减][了除]?${POINTS_AFTER})${CLAUSE_ADVERBS})`;
// (Not right after a clause naming goods and no deduction: 「发错货,已退还,扣2分」 is the goods returned — −2 was refused
// 「说的却是加分」 for 80 − 2 = 78. 「客户退货,扣2分,已退还」 still has the deduction in the clause before: not judged so.)
const GOODS = '(?:货|商品|样品|配件|赠品|包裹)';
const AFTER_GOODS = `(?<!(?:^|[,;(])[^,;(扣罚减误]*${GOODS}[^,;(扣罚减误]*[,;(]${CLAUSE_ADVERBS})`;
const BACK_ON_POINTS = `${NOT_BACK}${BACK_WORDS}(?=${ON_POINTS_BACK})|${AFTER_STATED}${AFTER_GOODS}${NOT_BACK}${BACK_WORDS}${CLAUSE_END}`;
// (补发 too: −2 beside 「上月误扣全勤奖金,本月补发2分」 was counted 75 at exit 0 without a word — review 61.)
// (加回 N分, and a deduction revoked — 撤销 / 撤回 + 扣分 or its points: 「加回2分」「申诉成功,加回2分」「申诉成功,撤销投诉扣分」
// −2 were 78.00 at exit 0 without a word, for 80 + 2 = 82 if the reason is right — review 62.)
// (What was deducted for may stand between — 「撤销上月迟到扣分」「撤销差评扣分 平台已删除差评」 −2 were 78.00 at exit 0, for
// refused: the reason gives the points back, review 63 of efbb872c.)
const REVOKED_FOR = '(?:迟到|早退|旷工|缺勤|脱岗|离岗|串岗|睡岗|玩手机|未打卡|漏打卡|缺卡|违纪|违规|差评|投诉|延误|超时)';
const REVOKED = `(?:撤销|撤回)(?:上个?月|本月|当月|原|此前|之前|的|该|此|客户|${REVOKED_FOR})*(?:扣分|扣除|罚分|(?:${WRONGLY})?扣[了的除]?${POINTS_AFTER})`;
// (Not a 撤销 asked for and turned down in its clause — 「申请撤销投诉扣分被驳回,扣2分」「撤销投诉扣分申请未通过,扣2分」 −2 were
// refused 「说的却是加分」 for 80 − 2 = 78, review 62 of 55a86c17 — the refusal ending its clause, as TURNED_DOWN reads it.)
const REJECTED = `(?:(?!${OTHER_PARTY})[^,;。(:])*?${TURNED_DOWN_WORDS}${REFUSAL_ENDS}|[^,;。(:]*?不予撤销`;
const GIVEN_BACK = new RegExp(
  `${BACK_ON_POINTS}|${NOT_BACK}(?:补[上给足发]?|退回|加回|(?<![补归])还)(?:上个?月|本月|当月)?${POINTS_AFTER}|${CANCELLED_AFTER}|${NOT_BACK}${REVOKED}(?!${REJECTED})`,
);
// (And the customer's complaint or bad review withdrawn, no deduction stated beside it — 「客户撤回差评」 −2 was 78.00 at exit
// 0, for refused; 「客户撤销投诉,扣2分」 −2 is the 2 taken all the same, counted as before.)
const WITHDRAWN = new RegExp(`${NOT_BACK}${OTHER_PARTY}(?:已经?|主动|自行|也)*(?:撤回|撤销|删除|删掉|取消)了?(?:其|该|此|这条|那条)?的?(?:差评|投诉)(?!${REJECTED})`);
const withdrawnOf = (t: string) => (DEDUCT_POINTS.test(t) || DEDUCT_WORDS.test(t) || DEDUCTED_REWARD_POINTS.test(t) ? null : WITHDRAWN.exec(t));
// (With a reward word a bare 补上/补给/补足 or clause-ending 补 is the reward given late — but not a negated one: 未补, 没补,
// 未补上.)
const GIVEN_BACK_LATE = new RegExp(`${GIVEN_BACK.source}|${NOT_BACK}补[上给足](?!个?月)|${NOT_BACK}补(?=[,;。.!)]|$)`);
// …and a clause-ending 补发 where the deduction is said wrong or none is named: 「上月全勤奖扣发错误,本月已补发」 −2 was 78.00
// at exit 0 without a word (review 62); 「全勤奖漏发,已补发」 is 「全勤奖金漏发,已补」. (「迟到扣全勤奖,已补发」: as before.)
const RESENT_LATE = new RegExp(`${NOT_BACK}补发(?=[,;。.!)]|$)`);
/** A deduction said missed and so taken now; 漏计 / 漏记 only beside what is deducted for. */
const TAKEN_NOW = /(?:漏|少|未)(?:扣|罚|减)|补(?:扣|罚|减)|漏[计记].*?(?:迟到|早退|旷工|缺勤|脱岗|离岗|违纪|违规|投诉|差评|扣分|罚|处罚|未打卡|缺卡|睡觉)|(?:迟到|早退|旷工|缺勤|脱岗|离岗|违纪|违规|投诉|差评|扣分|处罚|未打卡|缺卡|睡觉).*?漏[计记]/;
/** The take-now act: 补 (N分), not a word of returning points. */
const RETURNED = new RegExp(`${BACK_ON_POINTS}|${NOT_BACK}退回${POINTS_AFTER}|${NOT_BACK}(?<![补归])还${POINTS_AFTER}`);
const REWARD_ANY = new RegExp(`奖(?!惩)|${REWARD_WORD_LIST}|好评|全勤|绩效|漏加|少加|未加`);
// (全勤 / 绩效 as what is deducted — 「忘记打卡未补,扣全勤2分」「扣绩效2分」「扣全勤奖2分」 — is no reward: taken out before
// REWARD_ANY, and before reasonSays looks for a reward. Not 漏扣全勤: a missed 全勤 deduction, refused as 2905c5be refused it.)
// (With the money docked beside the points — 「迟到,扣全勤奖金50元及2分」 +2 was 82.00 at exit 0 without a word, for refused
// as +2 「扣2分」 is: 80 − 2 = 78 meant.)
const DEDUCTED_REWARD = new RegExp(`${NOT}(?<![漏少])${AWARD_DEDUCTED}${POINTS_AFTER}`, 'g');
/** The same, its points captured (reasonSays: the deduction it states). */
const DEDUCTED_REWARD_POINTS = new RegExp(`${NOT}(?<![漏少])${AWARD_DEDUCTED}\\s*${NUMBER}\\s*分`);
// An award's points deducted and given back (review 61 of c020cdb0 / a0da503d): 「上月扣全勤奖2分有误,本月补发」「上月被扣
// 全勤奖2分,申诉成功」「上月扣全勤2分,经核实为系统故障,本月补发」「上月扣绩效2分,复核后补发」「补发上月扣除的全勤奖2分」「上月被扣
// 全勤奖2分,经复核不应扣,本月加回2分」 +2 were refused 「说的却是扣分…改为 −2」 (80 + 2 = 82 meant, as base 244c0178 counted)
// and −2 (the advice followed) 78.00 at exit 0 without a word. A reward of those points: +2 counted, −2 refused.
// The give-back: 补发 / 补回 / 加回 opening a clause of its own after the deduction (only time, review or 已 words before it:
// 「本月补发」「复核后补发」, not 「漏发短信已补发」 — the message sent), 退回 / 返还 + N分, 申诉成功 (not the customer's), 不应扣,
// or 有误 / 误扣 with a clause-opening 补; or 补发 / 补回 / 加回 / 返还 / 退回 right before the deduction.
const BACK_CLAUSE = '(?<=(?:^|[,;(、])(?:上个?月|本月|当月|次月|现|后|之后|随后|又|已经?|予以|均|全部|全额|经|核实|复核|审核|核查|确认|领导|主管|公司)*)';
// (The customer's appeal with a word between — 「扣全勤奖2分,客户已申诉成功」 — is the customer's too: −2 was refused, for
// 80 − 2 = 78, review 62.)
// (And another party's — 「消费者申诉成功」「业主申诉成功」「客户二次申诉成功」 −2 were refused 「说的却是加分」, for 80 − 2 = 78;
// review 62 of 763281a2.)
const CUSTOMERS_APPEAL = '(?<!(?:客户|顾客|用户|买家|消费者|业主|客人|会员|住户|租户|家属|对方)(?:已经?|的|也|又|再次|二次|第二次|多次)*)申诉成功';
const AWARD_GIVEN_AFTER = new RegExp(
  `^(?:.*?(?:${BACK_CLAUSE}(?:补发|补回|加回)(?:${POINTS_AFTER}|(?=[,;。.!)]|$))|(?:退回|返还)${POINTS_AFTER}|${CUSTOMERS_APPEAL}|不应扣))`,
);
const AWARD_GIVEN_BEFORE = new RegExp(`(?:补发|补回|加回|返还|退回)(?:上个?月|本月|当月)?的?被?$`);
const AWARD_ERRED_BACK = new RegExp(`(?:有误|${MIS}扣).*${BACK_CLAUSE}补`);
// A bare 补发 (no points) beside goods or the work done wrong (「发错货扣全勤奖2分,已补发」「漏发配件…」「地址错误…」) is the
// goods sent again, not the award's points: +2 was 82.00 at exit 0 and −2 refused advising +2, for 80 − 2 = 78 (review 62)
// — unless the reason says the deduction itself wrong (有误, 误扣, 多扣, 不应扣, the person's 申诉成功, the system's error,
// 复核 / 核实), as 「上月扣全勤2分,经核实为系统故障,本月补发」 does.
const RESENT_FOR = /货|商品|样品|配件|赠品|包裹|订单|快递|(?<!系统|扣|扣发|扣除)(?:错误|差错|出错)|发错|错发/;
// (Review 62 of 55a86c17 / 3a00f380: the attendance count wrong is the deduction's — 「考勤统计错误,扣全勤奖2分,已补发」 +2 was
// refused as goods re-sent, for 80 + 2 = 82 as the comma-less reason and base gave; a check that found the fault true
// (「经核实迟到属实」) says the deduction right, not wrong — not 「不属实」 / 「并非属实」: +2 beside 「…经核实不属实,本月补发」
// was refused for 82.)
// (Review 63 of 2f6de69e: 系 + the person — 本人, 客服, 员工, 填单, 操作, 疏忽 … — is the person's own fault, the deduction
// stands: 「发错货扣全勤奖2分,复核后属实系本人操作错误,已补发」「迟到扣全勤奖,经核实系本人问题,已补发」 −2 were refused
// advising +2, for 80 − 2 = 78. Only 系 + a cause outside the person (打卡机 / 系统 故障, 客户原因 …) says it wrong.)
// (Not 客服部 / 工作 …: 「经核实是客服部排班错误」「为工作排班失误」 are no fault of the person's, review 63.)
const OWN_FAULT = '(?:系|是|属于?|为)(?:其|该)?(?:本人|客服(?!部|中心|主管)|员工|个人|自身|自己|该员工|填单|操作|疏忽|失误)';
const DEDUCTION_WRONG = new RegExp(
  `有误|${MIS}扣|多扣|不应扣|${CUSTOMERS_APPEAL}|系统(?:出错|差错|错误|故障|问题)|扣(?:发|除)?(?:错误|出错|错了)|考勤(?:统计|记录)?(?:出错|差错|错误)` +
    `|(?:复核|核实|审核)(?![^,;。(]*?(?:(?<![不非])(?:属实|无误)|${OWN_FAULT}))|(?:复核|核实|审核)[^,;。]*?(?:但|不过)?系(?!(?:其|该)?(?:本人|客服(?!部|中心|主管)|员工|个人|自身|自己|该员工|填单|操作|疏忽|失误))[^,;。]{0,6}(?:故障|问题|错误)`,
);
const goodsResent = (t: string, back: string) => /补发$/.test(back) && RESENT_FOR.test(t) && !DEDUCTION_WRONG.test(t);
/** An award's points deducted then given back: the deduction it names, its points. */
function awardReturnedOf(t: string): { named: string; stated: number } | undefined {
  const m = new RegExp(DEDUCTED_REWARD_POINTS.source, 'g');
  for (let d = m.exec(t); d; d = m.exec(t)) {
    const stated = numberOf(d[1]);
    if (stated === undefined) continue;
    const end = d.index + d[0].length;
    const before = AWARD_GIVEN_BEFORE.exec(t.slice(0, d.index));
    if (before) return { named: before[0] + d[0], stated };
    const given = AWARD_GIVEN_AFTER.exec(t.slice(end));
    const after = (given && !goodsResent(t, given[0]) ? given : null) ?? AWARD_ERRED_BACK.exec(t.slice(end));
    if (after) return { named: d[0] + after[0], stated };
    const erred = AWARD_ERRED_BACK.exec(t);
    if (erred) return { named: t.slice(Math.min(erred.index, d.index), Math.max(end, erred.index + erred[0].length)), stated };
  }
  return undefined;
}
// 好评返现 / 好评红包 / 好评返5元 is money paid to a customer for a good review, no reward to the rep: 「漏发好评返现,已补上,
// 扣2分」「好评返现漏发,已补,扣2分」 −2 were refused 「说的却是加分」 (advice +2: 80 + 2 = 82, wrong) for 80 − 2 = 78 (review 60).
// Taken out before REWARD_ANY; 好评 alone (「上个月漏计好评,补2分」) is still a reward.
const MONEY_REWARD = new RegExp(`好评(?:返|送|给)?${MONEY}`, 'g');
// A money award taken away (扣/扣除/扣发/罚/停发/取消/无 + (全勤|绩效)奖金) is money, no reward of points: 「迟到,扣全勤奖金50元及2分,
// 打卡已补上」「漏打卡已补,扣奖金50元及2分」 −2 were refused 「说的却是加分」 (advice +2: 80 + 2 = 82, wrong) for 80 − 2 = 78.
// Taken out before REWARD_ANY; 全勤奖 (points) and a 奖金 given (「全勤奖金漏发,已补」) are still rewards.
const DEDUCTED_MONEY_AWARD = new RegExp(`${NOT}(?<![漏少])(?:扣(?:除|发|罚)?|罚|停发|取消|无|没有)(?:上个?月|本月|当月)?的?(?:全勤|绩效)?奖金`, 'g');
// …but not where its clause says that deduction was itself wrong (误扣, 多扣, 有误, 记错, 误判, 错): 「上月误扣全勤奖金,已补」
// 「上月多扣绩效奖金,本月补上」「扣发绩效奖金有误,已补」「无全勤奖金系考勤记错,已补上」「扣绩效奖金系误判,已补给」 −2 were 78.00
// at exit 0 without a word (refused before 93981227): the award is given back, a reward — 80 + 2 = 82 or 80 − 2 = 78 is the
// sheet's to say. Not 失误/无误/耽误/延误, nor 错 after a work verb (填错, 算错, 发错 …: the work, what was docked for).
// (Not 错误 / 差错 / 出错 — a work error, the reason for the deduction: 「操作错误扣全勤奖金50元,已补上」「差错扣绩效奖金50元,单据已
// 补」 −2 were refused 「说的却是加分」, 75 at base; review 61 of a0da503d.)
// (The system's error is the deduction's: 「扣全勤奖金50元系系统出错,已补上」「系统差错扣全勤奖金,已补上」 −2 were 78.00 at
// exit 0 without a word, for refused — review 62.)
const AWARD_ERRED = /(?<![失无耽延错])误|多扣|有误|(?<![填写录输打算选发做弄报作差出价])错(?!误)|系统(?:出错|差错|错误|故障)/;
const CLAUSES = /([,;。!?(\[【〔])/;
const withoutMoneyAward = (t: string) => t.split(CLAUSES).map((c) => (AWARD_ERRED.test(c) ? c : c.replace(DEDUCTED_MONEY_AWARD, ''))).join('');
// A money award taken away and, in a clause of its own, made up (「取消全勤奖金,已补」「上月扣全勤奖金,本月已补上」), nothing
// else said: the award given back — −2 beside them was 80 − 2 = 78.00 at exit 0 without a word (DEDUCTED_MONEY_AWARD took
// the award out, so 已补 read as nothing given back; refused before 93981227). Only the whole reason: a cause beside it
// (「操作失误,扣全勤奖金50元,已补上」) or an object of the make-up (「迟到扣全勤奖金,打卡已补上」) is the work made up, counted.
// (Also 「上月扣了全勤奖金,本月补上」, the award first — 「全勤奖金上月被扣,本月已补发」 — and the money made up: 「上月扣全勤奖金50元,
// 本月已补发50元」 −2 were 78.00 at exit 0 without a word; review 62 of 763281a2.)
const MONEY_AWARD = '(?:(?:全勤|绩效)奖金?|奖金)';
const AWARD_MADE_UP = new RegExp(
  `^(?:(?:上个?月|本月|当月)?被?(?:扣[了掉]?(?:除|发|罚)?|罚|停发|取消|无|没有)(?:上个?月|本月|当月)?的?${MONEY_AWARD}|${MONEY_AWARD}(?:上个?月|本月|当月)?被?(?:扣[了掉]?(?:除|发|罚)?|罚|取消))` +
    `(?:[0-9]+(?:\\.[0-9]+)?元)?[,;](?:上个?月|本月|当月|次月|现|后|之后|已经?|均|全部|全额)*(?:补上|补发|补回|补给|补足|补齐|补)(?:[0-9]+(?:\\.[0-9]+)?元)?了?[。.!]?$`,
);
// The person said not at fault (非本人责任, 申诉成功 — not the customer's) and something given back in a clause of its own
// (「配件缺失非本人责任,已退还」「商品差评申诉成功,已退还」), no points said taken: nothing to deduct — −2 beside them was
// 80 − 2 = 78.00 at exit 0 without a word (已退还 after a clause naming goods read as the goods returned, AFTER_GOODS).
const NO_FAULT = new RegExp(`(?:非|不是|并非|不属于?)(?:其?本人|个人|员工|客服|其)的?(?:责任|原因|过错|过失)|${CUSTOMERS_APPEAL}`);
const BACK_CLAUSE_END = new RegExp(`${NOT_BACK}(?:退还|返还|补回|退回|归还|补上|补发|撤销|撤回|恢复)${CLAUSE_END}`);
// (Nor a deduction stated in a clause of its own — 「配件缺失非本人责任,已退还;另处理超时扣分」「…;另漏回访罚款」 −2 were refused
// 「说的却是加分」, for 80 − 2 = 78; review 62 of 763281a2.)
const deductionBeside = (t: string) =>
  t.split(CLAUSES).some((c) => !NO_FAULT.test(c) && !new RegExp(BACK_CLAUSE_END.source).test(c) && DEDUCT_WORDS.test(c));
/** No fault and something given back, no points taken: what it names, or undefined. */
function noFaultBackOf(t: string): string | undefined {
  const fault = NO_FAULT.exec(t);
  const back = fault ? BACK_CLAUSE_END.exec(t) : null;
  if (!fault || !back || DEDUCT_POINTS.test(t) || DEDUCTED_REWARD_POINTS.test(t) || deductionBeside(t)) return undefined;
  return t.slice(Math.min(fault.index, back.index), Math.max(fault.index + fault[0].length, back.index + back[0].length));
}
// An award taken away (「扣全勤奖50元」「扣全勤奖金50元」「迟到扣全勤奖」) is a deduction: +2 beside it was 80 + 2 = 82.00 at exit 0
// without a word, for 78 meant (it names no points, so reasonSays says neither). Refused — unless the reason says the
// deduction undone or wrong and given back (UNDONE: 「误扣全勤奖,补发2分」; an error in the award's clause: 「上月多扣全勤奖金,
// 本月补上」; AWARD_MADE_UP; an award's points given back) or names a reward besides (「扣全勤奖金50元,表扬信」).
// (Review 62 of 763281a2: 扣了 / 扣掉, 取消, a month by number (「扣3月全勤奖金」), 全勤 alone with its money or ending its clause
// (「迟到扣全勤50元」「迟到扣全勤」), and the award first (「全勤奖被扣」) — +2 beside each was 82.00 at exit 0, for 78. Not
// negated with 被 or a modal between: 「未被扣全勤奖」「无需扣全勤奖」 (+2 refused, 82 meant).)
const NOT_TAKEN = '(?<!(?:不|未|没有?|无|免)(?:需要?|须|用|必|应该?|该|要|曾)?被?)';
const AWARD_MONTH = '(?:上个?月|本月|当月|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?)';
const AWARD_OBJECT = `(?:全勤|绩效)(?:奖金?|(?=[0-9]+(?:\\.[0-9]+)?元)|(?=$|[,;。.!)]))`;
const AWARD_TAKEN = new RegExp(
  `${NOT}${NOT_TAKEN}(?<![漏少])(?:扣[了掉]?(?:除|发|罚)?|罚|停发|取消)${AWARD_MONTH}?的?${AWARD_OBJECT}` +
    `|(?:全勤|绩效)奖金?${AWARD_MONTH}?${NOT_TAKEN}被?(?:扣[了掉]?(?:除|发|罚)?|罚|取消)`,
  'g',
);
// The award given back (review 62 of 763281a2): 补发 / 补回 / 加回 / 返还 / 退还 right before it (「补发上月扣发的全勤奖金」「补发
// 上月被扣的全勤奖」), or the deduction said wrong (DEDUCTION_WRONG: 不应扣, 复核 / 核实, the person's 申诉成功 …) and a
// make-up ending its clause or the appeal itself (「经复核不应扣全勤奖金,本月补发」「上月扣全勤奖金,经核实系打卡机故障,本月
// 补发」「上月被扣全勤奖,申诉成功」). +2 beside them was refused 「说的却是扣分」 (80 + 2 = 82 meant) and −2 78.00 at exit 0.
const AWARD_NAMED = `(?:扣[了掉]?(?:除|发|罚)?|罚|停发|取消)${AWARD_MONTH}?的?(?:全勤|绩效)|(?:全勤|绩效)奖金?${AWARD_MONTH}?被?(?:扣|罚|取消)|(?:全勤|绩效)${AWARD_MONTH}?被(?:扣|罚|取消)`;
const AWARD_BACK_BEFORE = new RegExp(`${NOT_BACK}(?:补发|补回|加回|返还|退还)${AWARD_MONTH}?的?被?(?:扣[了掉]?(?:除|发|罚)?|罚|停发|取消)${AWARD_MONTH}?的?(?:全勤|绩效)`);
const AWARD_BACK_CLAUSE = new RegExp(`${NOT_BACK}(?:补发|补回|补上|补给|补足|补齐|加回|补)(?:${AWARD_MONTH}?的?(?:(?:全勤|绩效)奖?金?|奖金))?(?:[0-9]+(?:\\.[0-9]+)?元)?了?(?=$|[,;。.!)])`);
// (The award taken in a clause of its own opened by 另 / 另外 / 此外 is a deduction apart: a review or appeal before it is of
// something else — 「经复核,申诉成功的差评不计,另迟到扣全勤奖2分」 −2 was refused 「说的却是加分」 for 80 − 2 = 78, review 62
// of 3a00f380. Only what follows that clause's opening is read.)
const APART = /(?:^|[,;。])(?:另外?|此外)(?![^,;。]*?(?:补发|补回|补上|补给|补足|补齐|加回|返还|退还))(?=[^,;。]*?(?:扣|罚|停发|取消|全勤|绩效))/g;
function awardGivenBackOf(whole: string): string | undefined {
  const before = AWARD_BACK_BEFORE.exec(whole);
  if (before) return before[0];
  const apart = [...whole.matchAll(APART)].pop();
  const t = apart ? whole.slice(apart.index) : whole;
  if (!new RegExp(AWARD_NAMED).test(t) || !DEDUCTION_WRONG.test(t)) return undefined;
  const back = AWARD_BACK_CLAUSE.exec(t) ?? new RegExp(CUSTOMERS_APPEAL).exec(t);
  return back ? back[0] : undefined;
}
// Rewards beside it besides REWARD_WORDS (「扣全勤奖金50元,客户感谢信」「迟到已扣全勤奖金50元;月度服务之星」「扣全勤奖金50元;客户
// 送锦旗」「超额完成回访任务(迟到扣全勤奖金另计)」: +2 refused, 82 meant — review 62 of 763281a2).
// (Not negated — 未能 / 没有 / 不是 … right before it, or up to two characters before: 「未能超额完成回访任务,扣绩效奖金」「回访任务
// 没有超额完成,扣绩效奖」「迟到扣全勤奖金,不是服务之星」 +2 were 82.00 良好 at exit 0, for refused as base refused them (80 − 2 =
// 78 meant); review 62 of 3a00f380.)
// (Only the praise's own words between: 「未迟到超额完成回访任务」「没有差错 超额完成任务」 — 未 / 没有 of the lateness or the
// errors — read the praise negated, +2 refused for 82, review 62 of 08051a75.)
// (Review 63 of 2f6de69e: a negator anywhere before the praise in its clause negates it, whatever few words stand between —
// 「未获客户感谢信,扣绩效奖金」「没有收到感谢信,扣全勤奖金」「未能按时超额完成任务,扣绩效奖金」「没有被评为月度服务之星,扣绩效奖金」
// 「无客户锦旗,迟到扣全勤奖」 +2 were 82.00 at exit 0, for refused (80 − 2 = 78 meant) — unless the negator has an object of
// its own, misconduct or an error (negatedAt): 「未迟到超额完成回访任务」 stays praise.)
const PRAISE = new RegExp(`${NOT}(?:感谢信|感谢|锦旗|之星|标兵|服务明星|超额完成)`, 'g');
const praised = (t: string) => t.split(CLAUSES).some((c) => [...c.matchAll(PRAISE)].some((m) => !negatedAt(c, m.index)));
/** An award taken away beside positive points, nothing given back and no reward named: the words, or undefined. */
function awardTakenOf(t: string): string | undefined {
  if (UNDONE.test(t) || AWARD_MADE_UP.test(t) || awardReturnedOf(t) || awardGivenBackOf(t)) return undefined;
  const clause = t.split(CLAUSES).find((c) => new RegExp(AWARD_TAKEN.source).test(c) && !AWARD_ERRED.test(c));
  if (clause === undefined) return undefined;
  const rest = t.replace(AWARD_TAKEN, '');
  if (REWARD_POINTS.test(rest) || REWARD_WORDS.test(rest) || praised(rest)) return undefined;
  return new RegExp(AWARD_TAKEN.source).exec(clause)![0];
}
// Misconduct beside positive points, nothing given back and nothing praised: plainly a penalty. Review 62 refused a reason
// that was only misconduct (「迟到三次」「工单延误」「旷工一天」「早退1次,旷工半天」: 83 / 83 / 82 at exit 0 for 77 / 77 / 78);
// review 63 found the same with the count first or bracketed, two in one clause, a word of time before, or other misconduct
// — 「上班迟到2次」「3次迟到」「迟到(3次)」「迟到1次早退1次」「工作时间玩手机2次」「上班玩手机」 +2 were 82.00 at exit 0, and
// 「迟到被投诉」 only warned, for 80 − 2 = 78. Read generally: a misconduct word anywhere, not negated and not counted none,
// in a reason with no word of a reward, praise, improvement, handling, give-back, undoing or review (OTHERWISE) — with any
// of those it says nothing here, as before (「迟到三次,表扬信」「处理延误工单及时」「迟到次数减少」「迟到系打卡机故障,已补」).
// (投诉 alone is not among them: reasonSays reads it, 「被客户投诉」 +5 counted and warned as before.)
const MISCONDUCT_WORD =
  '(?:迟到|早退|旷工|缺勤|脱岗|离岗|串岗|睡岗|睡觉|玩手机|玩游戏|未打卡|漏打卡|缺卡|违纪|违规|差评|(?:工单|订单|回访)?延误|(?:工单|回访)(?:拖延|超时))';
const MISCONDUCT_RUN = `(?:${MISCONDUCT_WORD}[、和及与或/]?)+`;
// Negated (「全月无迟到早退」「未迟到超额完成回访任务」「杜绝迟到」) or counted none (「迟到0次」「迟到、早退0次」「0次迟到」「迟到次数为
// 0」): taken out before misconduct is looked for. 「迟到0次,早退1次」 is still misconduct.
// (Review 63 of efbb872c: also 「全月无一次迟到」「没有一次迟到早退」「迟到早退一次也没有」「迟到早退均无」「迟到:无」「迟到、早退次数
// 均为0」「迟到次数:0」「差评:0」「0迟到0早退」「0差评」「差评清零」 — +2 beside each was refused advising −2, for 80 + 2 = 82.)
const MISCONDUCT_COUNT = '(?:次数|天数|单数|数量|数|率|情况|记录)?(?:均|都|全|全部)?(?:为|是|:)?';
const MISCONDUCT_NONE = new RegExp(
  `(?:无|未|没有?|不|零|杜绝|从未|从不|未曾|并未|免)(?:出现|发生|有|任何|过|曾|被|再|一次|一起|一例)*${MISCONDUCT_RUN}` +
    `|${MISCONDUCT_RUN}${MISCONDUCT_COUNT}(?<![0-9.])[0零](?:\\.0+)?%?(?![0-9.])(?:次|天|日|小时|个小时|分钟|单|回|起|例)?` +
    `|${MISCONDUCT_RUN}${MISCONDUCT_COUNT}(?:无(?!故|理由|原因|正当)|没有|为零|清零|归零|(?:一次|一起|一单)(?:也|都)?(?:没有|没|无))(?=$|[,;。.!)])` +
    `|(?<![0-9.])[0零](?:次|天|日|起|例|个|单)?${MISCONDUCT_RUN}`,
  'g',
);
// Misconduct said fewer (「差评率全组最低」「差评数全组最少」「迟到次数由5次降到1次」) — not what it caused (「迟到导致满意度下降」) nor
// negated (「差评率未下降」) — and a colleague's (「同事缺勤,加班顶岗」「顶替旷工同事值班」): no misconduct of the person's.
const MISCONDUCT_FEWER = new RegExp(
  // (The measure named: 「旷工一天全勤奖减半」「迟到3次绩效降为C级」「上班玩手机本月绩效最低」 are what the misconduct cost, review 63.)
  `${MISCONDUCT_RUN}(?:率|数|数量|次数|量|天数|单数)(?:(?!导致|造成|影响|引起|使|被|未|没|不|绩效|奖|评分|分数|工资|等级)[^,;。]){0,8}?(?:最低|最少|降到|降至|降为|降低|下降|减少)` +
    `|(?<!被)同事[^,;。]{0,2}?${MISCONDUCT_RUN}|${MISCONDUCT_RUN}的?同事`,
  'g',
);
// Misconduct acted on by the person (「举报违规行为」「拒绝客户违规要求」「发现并制止违规操作」「客户删除差评」「差评转化成功」
// 「差评回访及时」): the object of a deed, not a fault — unless the deed is negated (「未及时处理差评」「差评处理不及时」).
const HANDLED_MISCONDUCT = new RegExp(
  `(?<!被)(?:举报|制止|纠正|拒绝|劝阻|阻止|防止|避免|减少|降低|处理|解决|化解|转化|删除|撤回|撤销|消除|挽回|整改|查处|监督|回访|跟进)[^,;。]{0,6}?${MISCONDUCT_RUN}` +
    `|${MISCONDUCT_RUN}(?:客户|订单|工单|问题|行为)?(?:转化|处理|回访|跟进|挽回|化解|解决|删除|撤回|撤销|消除)`,
  'g',
);
// A negator — not 不断, 不错, 不仅 …, 无私, 非常 — and what it may take as its own object so that it does not reach past it:
// misconduct or an error (「未迟到超额完成回访任务」「没有差错 超额完成任务」).
const NEGATOR = /未能|没能|没有|不是|并非|无法|不能|未|没|不(?!断|错|仅|但|少|同|辞|厌|管|论|怕|计较|懈)|无(?!私|论|微不至)|非(?!常)/g;
const OWN_OBJECT = new RegExp(`^(?:出现|发生|有|任何|过|曾|被|再|一次)*(?:${MISCONDUCT_WORD}|差错|出错|错误|失误|投诉|扣分|问题|事故)`);
/** Whether a word at `at` is negated in its clause: a negator before it (a few words between or none) not taking its own object. */
function negatedAt(clause: string, at: number): boolean {
  return [...clause.slice(0, at).matchAll(NEGATOR)].some((m) => !OWN_OBJECT.test(clause.slice(m.index + m[0].length)));
}
/** A word negated right after it: 「处理不当」「处理不及时」「积极性差」「及时率低」. */
const NEG_AFTER = /^(?:性|率|度|程度)?(?:不|未|没|差|欠|较差|很差|太差|一般|低|偏低)/;
/** Whether a clause says misconduct of the person's, not negated, counted none, said fewer, a colleague's or acted on. */
function clauseMisconduct(clause: string): boolean {
  const rest = clause.replace(MISCONDUCT_NONE, '').replace(MISCONDUCT_FEWER, '');
  // (Not where the person is acted on — 「被同事举报迟到」.)
  const left = rest.replace(HANDLED_MISCONDUCT, (m: string, at: number) =>
    negatedAt(rest, at) || NEG_AFTER.test(rest.slice(at + m.length)) || rest.slice(0, at).includes('被') ? m : '');
  return new RegExp(MISCONDUCT_WORD).test(left);
}
// (Review 63 of efbb872c: a word of OTHERWISE counts only where its clause does not negate it — 「旷工1天,未请假」「迟到3次,未补卡」
// 「迟到,工作不积极」「差评1单,客户不满意」「差评2单,未及时处理」 — nor say it the other way or plainly of the penalty: 「迟到早退,表现
// 差」「上班玩手机,影响客户满意度」「违规操作,系统记录在案」「迟到2次,按规定处理」. +2 beside each was 82.00 at exit 0, for 80 − 2 =
// 78. 表现 / 满意度 / 系统 count only with their good word (表现突出, 满意度提升, 系统故障).)
const OTHERWISE = new RegExp(
  `${REWARD_WORD_LIST}|加[0-9一二两三四五六七八九十]|感谢|锦旗|之星|标兵|明星|超额|好评|优秀|满意(?!度)|满意度(?:有所|明显|大幅)?(?:提升|提高|上升|增长|第一|最高|高|达标)` +
    `|积极|主动|认真|突出|及时|进步|改进|改善|好转|表现(?:突出|优秀|良好|好|出色|佳|积极|不错|优异)` +
    `|减少|下降|降低|处理|解决|化解|妥善|平息|挽回|安抚|补|退还|返还|退回|归还|加回|撤销|撤回|恢复|取消(?!评优|评先|资格|晋|全勤|绩效|奖)|免|不扣|未扣|不计|不算` +
    `|${MIS}|错|多扣|扣回|重复|核实|复核|审核|申诉|故障|系统(?:出错|差错|错误|故障|问题|原因|异常|误|延迟|卡顿|崩溃|升级)|请假|病假|事假|调休|批准|同意`,
  'g',
);
/** Words of the penalty itself, taken out before OTHERWISE is read: 「按规定处理」「主管已处理」「严肃处理」. */
const PENALTY_HANDLING = new RegExp(
  '(?:按|依|依照|按照|根据|遵照)(?:公司|部门|相关|有关|考勤|考核|管理)?(?:规定|制度|规章|章程|流程|要求|规则|办法)(?:予以|进行|已|已经)?(?:处理|处罚)' +
    '|(?:主管|领导|上级|公司|部门|经理|组长|人事|班长)(?:已经?|已予|予以|进行了?)?(?:批评|处罚|警告|罚款)*(?:处理|批评|处罚)|(?:予以|严肃|从严|通报|批评|罚款|扣分|处罚|记过|警告)处理',
  'g',
);
/** Whether some clause says a reward, praise, handling, give-back, undoing or review (OTHERWISE), not negated. */
function saysOtherwise(clauses: string[]): boolean {
  return clauses.some((whole) => {
    const c = whole.replace(PENALTY_HANDLING, '');
    return [...c.matchAll(OTHERWISE)].some((m) => /^(?:免|不扣|未扣|不计|不算)$/.test(m[0]) || (!NEG_AFTER.test(c.slice(m.index + m[0].length)) && !negatedAt(c, m.index)));
  });
}
/** Misconduct or a 撤销 turned down, nothing given back or praised: the deduction stands. */
const penaltyStands = (reason: string) => {
  const t = plain(reason);
  return misconductSaid(reason) || (new RegExp(TURNED_DOWN.source).test(spaced(reason)) && !saysOtherwise(clausesOf(reason)) && !UNDONE.test(t) && !MAKES_UP.test(t));
};
const misconductSaid = (reason: string) => {
  const t = plain(reason);
  const clauses = clausesOf(reason);
  return clauses.some(clauseMisconduct) && !saysOtherwise(clauses) && !UNDONE.test(t) && !MAKES_UP.test(t);
};

/** The work error a missed deduction was for (「上月漏扣报错1次」「少扣算错账单的分」): no error of the deduction itself. */
const MISSED_FOR_WORK = /[漏少未]扣[^,，;；。.!！]{0,4}?[填写录输打算选发做弄记报搞计]错/g;
// An error OF THE DEDUCTION (ERRED: 有误, 错 not after a work verb, 扣分算错, 误扣, 多扣, 误判; and 重复扣) — not 无误 (「已和本人
// 确认无误」「核对无误」), 失误 or 填写错误 (the work done wrong, what the missed deduction was for): 「上月漏扣操作失误1次,本月补
// 2分」「上月工单填错1次漏扣,本月补2分」 −2 were refused for 80 − 2 = 78.
const WORK_ERROR = /失误|(?<=[填写录输打算选发做弄记报])错误/g;
const DEDUCTION_ERRED = new RegExp(`${ERRED.source}|重复扣`);
// (The points the refusal names: the give-back's own, else the deduction or reward before a give-back without points —
// 「扣了2分,本月补回」.)
const GIVEN_NAMED = new RegExp(`(?:扣除?|加分?)[了的]?${NUMBER}分.*?(?:补回|退还|返还|补还|归还|补[上给足]|补(?=[,;。.!)]|$))`);
/** A give-back beside negative points that is not plainly a missed deduction taken now: what it names, or undefined. */
function givenBackOf(reason: string): { named: string; stated?: number } | undefined {
  const t = plain(reason);
  const returned = awardReturnedOf(t);
  if (returned) return returned;
  const madeUp = AWARD_MADE_UP.exec(t) ?? undefined;
  if (madeUp) return { named: madeUp[0] };
  const noFault = noFaultBackOf(t);
  if (noFault) return { named: noFault };
  const awardBack = awardGivenBackOf(t);
  if (awardBack) return { named: awardBack };
  const reward = REWARD_ANY.test(withoutMoneyAward(t.replace(DEDUCTED_REWARD, '')).replace(MONEY_REWARD, ''));
  const back = (reward ? GIVEN_BACK_LATE : GIVEN_BACK).exec(t) ?? (reward && (DEDUCTION_WRONG.test(t) || !/[扣罚减]/.test(t)) ? RESENT_LATE.exec(t) : null) ?? withdrawnOf(t);
  if (!back || goodsResent(t, back[0])) return undefined;
  if (!reward && !DEDUCTION_ERRED.test(t.replace(MISSED_FOR_WORK, '').replace(WORK_ERROR, '')) && TAKEN_NOW.test(t) && !RETURNED.test(t)) return undefined;
  const own = new RegExp(`${NUMBER}分`).exec(back[0]);
  const named = own ? { match: back[0], n: own[1] } : ((m) => (m ? { match: m[0], n: m[1] } : undefined))(GIVEN_NAMED.exec(t));
  const stated = numberOf(named?.n);
  return stated !== undefined ? { named: named!.match, stated } : { named: back[0] };
}

/** The make-up a reason names, and whether it is the reason's only sign (else counted as typed and warned). */
function madeUpOf(reason: string): { match: RegExpExecArray; sure: boolean } | null {
  const t = plain(reason);
  for (const [i, re] of MADE_UP.entries()) {
    if (i === BARE && MISSED.test(t) && !ERRED.test(t)) continue;
    const match = re.exec(t);
    if (match) return { match, sure: i !== BARE || ERRED.test(t) || reasonSays(reason, false)?.says !== 'deduction' };
  }
  return null;
}

export const adjustmentKind: RuleKind<'adjustment'> = {
  kind: 'adjustment',
  title: '奖惩(加减分)',
  schema: ruleSchema('adjustment', { input: IDENT, reason: IDENT, subtract: { type: 'boolean' } }, ['input', 'reason']),
  inputs: (rule) => [[rule.input, NUMERIC], [rule.reason, ['text']]],
  score: ({ rule, values, report }) => {
    const typed = values.number(rule.input);
    const points = rule.subtract ? -typed : typed;
    // (A 3 typed under 「奖惩分(扣分)」, read −3: the messages say the 3 typed and how it was read — 「已按填写的 −3 计入」
    // named a figure nobody typed, review 63 of f8a6fb83.)
    const typedAs = !rule.subtract && points < 0 && values.deducted(rule.input) ? { typed: -points } : {};
    const reason = values.text(rule.reason);
    // A reason beside points left blank (奖惩原因 「表扬信」, 奖惩分 empty): the points meant are not on the sheet. Scored
    // as written, 0 — said, as the reason says there was something (it was 0 without a word).
    // (A reason that says there was none — 「本月无奖惩」, 「无加分」, 「0」 — is that, not points forgotten.)
    if (points === 0 && reason && !values.filled(rule.input) && !SAYS_NONE.test(reason)) {
      const problem = report('points-missing', rule.input, { amount: values.def(rule.input).label, reason: values.def(rule.reason).label, text: reason }, 'warning');
      return { score: 0, explanation: `0(${values.def(rule.input).label}空着,「${reason}」未计分)`, problems: [problem] };
    }
    if (points === 0) return { score: 0, explanation: reason ? `0(${reason})` : '无奖惩 → 0', problems: [] };
    // (「无理由」, 「无原因」, 「略」, 「同上」 give none: 102 优秀 K 1.1 on a 加分 of 3 「同上」 under an empty reason.)
    if (!reason || saysNoReason(reason)) {
      // 「无」「/」 written as the reason (read as empty): said as written, not as 「空」.
      const written = reason || values.emptyWord(rule.reason);
      const problem = report('reason-required', rule.reason, { amount: values.def(rule.input).label, points, reason: values.def(rule.reason).label, ...(written ? { written } : {}) });
      // Not counted until a reason is given: the item is 未评分 as any other item with an error (得分·其它 showed 5.00
      // for a person not scored).
      return { score: null, explanation: `${formatSigned(points)}(未注明原因,未计入)`, problems: [problem] };
    }
    // A reason that says the other sign (+3 beside 「扣3分(有效投诉)」): 80.00 良好 for 74 一般 at exit 0. Not counted,
    // said at the points' cell with what the reason says — never flipped (which of the two is wrong is the sheet's to say).
    const madeUp = madeUpOf(reason);
    const madeUpPoints = numberOf(madeUp?.match[1]);
    if (madeUp && points < 0 && madeUpPoints === -points) {
      const def = values.def(rule.input);
      const unsigned = !rule.subtract && def.min !== undefined && def.min >= 0;
      const fields = {
        amount: def.label, points, reason: values.def(rule.reason).label, text: reason, says: 'reward' as const, stated: madeUpPoints, named: madeUp.match[0],
        ...(rule.subtract ? { subtract: true as const } : {}), ...(unsigned ? { unsigned: true as const } : {}), ...typedAs,
      };
      if (!madeUp.sure) return { score: points, explanation: `${formatSigned(points)}(${reason};原因像是加分,请核对正负号)`, problems: [report('reason-sign', rule.input, { ...fields, counted: true }, 'warning')] };
      return { score: null, explanation: `${formatSigned(points)}(原因「${reason}」说的是加分,正负号不符,未计入)`, problems: [report('reason-sign', rule.input, fields)] };
    }
    const given = points < 0 ? givenBackOf(reason) : undefined;
    if (given) {
      const def = values.def(rule.input);
      const unsigned = !rule.subtract && def.min !== undefined && def.min >= 0;
      const fields = {
        amount: def.label, points, reason: values.def(rule.reason).label, text: reason, says: 'reward' as const,
        ...(given.stated !== undefined ? { stated: given.stated, named: given.named } : {}),
        ...(rule.subtract ? { subtract: true as const } : {}), ...(unsigned ? { unsigned: true as const } : {}), ...typedAs,
      };
      return { score: null, explanation: `${formatSigned(points)}(原因「${reason}」说的是加分,正负号不符,未计入)`, problems: [report('reason-sign', rule.input, fields)] };
    }
    const said = reasonSays(reason);
    if (said && (said.says === 'deduction') !== (points < 0)) {
      const def = values.def(rule.input);
      const unsigned = !rule.subtract && def.min !== undefined && def.min >= 0;
      // Refused only where the reason names these very points the other way (「扣3分(有效投诉)」 beside +3) and undoes
      // nothing; a reason that only sounds like the other sign (「全月零扣分」 +2, 「投诉回访工作突出」 +2, 「上月多扣2分,本月补上」)
      // is counted as typed and said — refusing them failed about twenty sound reasons (review of c6d70aba).
      // (Sure too where positive points stand beside a deduction naming no points and misconduct or a 撤销 turned down, nothing
      // given back: 「迟到被投诉」「申请撤销投诉扣分被驳回」 +2 were counted 82 and warned, for 80 − 2 = 78 — review 63.)
      const sure = (said.stated !== undefined && said.stated === Math.abs(points) && !MAKES_UP.test(plain(reason))) ||
        (points > 0 && said.says === 'deduction' && said.stated === undefined && penaltyStands(reason));
      const fields = {
        amount: def.label, points, reason: values.def(rule.reason).label, text: reason, says: said.says,
        ...(said.stated !== undefined ? { stated: said.stated, named: said.named! } : {}), ...(rule.subtract ? { subtract: true as const } : {}), ...(unsigned ? { unsigned: true as const } : {}), ...typedAs,
        ...(sure ? {} : { counted: true as const }),
      };
      if (!sure) return { score: points, explanation: `${formatSigned(points)}(${reason};原因像是${said.says === 'deduction' ? '扣分' : '加分'},请核对正负号)`, problems: [report('reason-sign', rule.input, fields, 'warning')] };
      const problem = report('reason-sign', rule.input, fields);
      return { score: null, explanation: `${formatSigned(points)}(原因「${reason}」说的是${said.says === 'deduction' ? '扣分' : '加分'},正负号不符,未计入)`, problems: [problem] };
    }
    const taken = points > 0 && !said ? (awardTakenOf(plain(reason)) ?? (misconductSaid(reason) ? plain(reason) : undefined)) : undefined;
    if (taken) {
      const def = values.def(rule.input);
      const unsigned = !rule.subtract && def.min !== undefined && def.min >= 0;
      const fields = { amount: def.label, points, reason: values.def(rule.reason).label, text: reason, says: 'deduction' as const, ...(unsigned ? { unsigned: true as const } : {}), ...typedAs };
      return { score: null, explanation: `${formatSigned(points)}(原因「${reason}」说的是扣分,正负号不符,未计入)`, problems: [report('reason-sign', rule.input, fields)] };
    }
    return { score: points, explanation: `${formatSigned(points)}(${reason})`, problems: [] };
  },
  describe: (rule, item) => {
    const input = item.inputs.find((i) => i.id === rule.input);
    // 「可为负」 only where the input takes a negative number (§11's 加分 is 0–10; its 减分 is an item of its own).
    const signed = input?.min === undefined || input.min < 0;
    return rule.subtract
      ? `「${inputName(item, rule.input)}」从总分中减去(填正数),须注明「${inputName(item, rule.reason)}」`
      : `「${inputName(item, rule.input)}」${signed ? '加减分(可为负)' : '加分'},直接计入总分,须注明「${inputName(item, rule.reason)}」`;
  },
  codes: ['reason-required', 'points-missing', 'reason-sign'],
};

export const adjustment = adjustmentKind.score;
