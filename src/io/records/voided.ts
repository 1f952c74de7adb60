// A row the team marked void in a remark (§23 原因 「作废」 on 二车间's 不满意, its correction 「一般」 added below) was
// counted as well as its correction: 采购部 u = 2 较差 93.89 for u = 1, g = 1 较好 94.44, at exit 0 without a word.
import type { RecordRow } from '../../engine/groups/result.js';
import type { RecordFormDef } from '../../model/records.js';
import type { Location } from '../../model/entries.js';
import { toSimplified } from '../../engine/text.js';
import { cellAddress, rawText } from '../grid.js';
import type { RecordSheet } from './read.js';
import { answerVoidsThisRow, countIns, OTHER_ROW_WORDS, readVoidEvents, voidStands, withdrawnVoid } from './voidEvents.js';

/** A remark column: the log's own (§23 原因) or one the team added (备注). */
const REMARK = /^(原因|备注|说明|批注|备考|附注)|(原因|备注|说明)$/;
// Not 「无效」: alone in a 原因 it is the reason (the repair did not work) — 设备部 u = 2 较差 93.89 was read as u = 1 较好.
// (And 不统计 / 剔除 / 删: 「不统计」「剔除」「删」「重复录入,不统计」「重复录入,已剔除」 were counted 80.00 乙 at exit 0 without a
// word, for 100.00 甲 — review 63 of 894acf16.)
const WORDS = '作废|已作废|删除|已删除|删|不计入|不计|不统计|剔除|已剔除';
const OPEN = '[(（\\[【〔「<《]';
const CLOSE = '[)）\\]】〕」>》]';
/** A remark that is only a mark of void, bracketed or not: the row is not an answer. */
// (了 / 啦 after it: 「作废了」「已作废了」「作废了。」 were counted 80.00 乙 at exit 0 with a warning, review 63.)
const VOID = new RegExp(`^${OPEN}?(${WORDS})(了|啦)?${CLOSE}?[。.!！]?$`);
/**
 * The same words among others, as a mark would be written (「缺料(不计)」, 「重复,作废」): perhaps a reason, perhaps a
 * mark — counted, asked about. Not inside a word or a sentence (「小问题不计较」, 「单据有删除线未签字」, 「不计入车间考核」,
 * 「上月作废单已补,本月又缺」 were each asked about): bracketed, or ending a remark of a few characters.
 */
const BRACKETED = new RegExp(`${OPEN}(${WORDS})${CLOSE}`);
const ENDING = new RegExp(`(${WORDS})[。.!！]?$`);
/** Longest remark whose last words can be a mark (「录入重复作废」); longer ones are sentences. */
const SHORT = 8;

/**
 * A column the team added saying whether the row counts: 13a 采购部's 二车间 很不满意 marked 状态 = 作废 under its corrected
 * 满意 was counted, w = 1 较差 1.11 at exit 0 without a word, for w = 0 优秀 0.00 (as 备注 「作废」 gives); 14a 李工's
 * questionnaire 状态 = 作废 made 生产部 (880 + 740) / 2 = 810, 采购部 84.50, for 880 / 88.00. 'valid' (是否有效) is void at
 * 「否」, 'voided' (是否作废) at 「是」; 有效 / 是 / 正常 / blank count.
 */
const STATUS: Array<[RegExp, MarkColumn['says']]> = [
  [/^(记录|数据|答案|问卷|评价|答卷)?(状态|有效状态)$/, 'status'],
  [/^(记录|数据|答案|问卷|评价|答卷)?(是否有效|有效性?|有效否|有效标记)$/, 'valid'],
  [/^(记录|数据|答案|问卷|评价|答卷)?(是否作废|作废|作废标记|作废否)$/, 'voided'],
];
/** In a column saying whether the row counts 「无效」 and 「撤销」 are marks (in a 原因 they may be the reason). */
const STATUS_WORDS = `${WORDS}|无效|撤销|已撤销|撤回|已撤回`;
const STATUS_VOID = new RegExp(`^${OPEN}?(${STATUS_WORDS})(了|啦)?${CLOSE}?[。.!！]?$`);
/** Among other words as a remark's are: bracketed (「已回访(作废)」) or ending a short cell (「重复,作废」) — not 「不计较」 or
 * 「客户已撤回投诉」, warned as void marks (review of 13eb8963). */
const STATUS_BRACKETED = new RegExp(`${OPEN}(${STATUS_WORDS})${CLOSE}`);
const STATUS_ENDING = new RegExp(`(${STATUS_WORDS})[。.!！]?$`);
/** What sets a status's first word off from its reason: a bracket, a comma, a colon, a dash, a stop, a space. */
const SET_OFF = '[(（\\[【〔「<《,，、;；:：\\-－—–~～/／。.!！\\s]';
/**
 * A 状态 that is the row's void with its reason (review of a6b46bbf): 「作废(重复录入)」, 「已撤销-客户要求」, 「无效:客户未回复」,
 * 「作废 重填」 — the void word first, set off from the rest — or a clause saying this row is void, 「重复录入,此条作废」,
 * 「客户重复提交本条作废」, 「该记录作废」, 「此单作废」, 「该笔无效」, 「此订单作废」, 「本次回访作废」, 「该评价已被撤销」, 「此问卷已经作废了」.
 * Counted without a word: §3 80.00 乙 for 100.00 甲, §23 采购部 较差 1.11 for 优秀 0.00. Not a word that only begins with
 * one (「不计较」, 「撤回投诉」: nothing sets it off) nor one inside a sentence (「客户已撤回投诉」).
 */
const STATUS_LEADS = new RegExp(`^(${OPEN}(${STATUS_WORDS})${CLOSE}.|(${STATUS_WORDS})${SET_OFF}.)`);
/** The void word that leads (STATUS_LEADS), in the cell's text without spaces: what follows it may restore the row. */
const LEAD_WORD = new RegExp(`^${OPEN}?(${STATUS_WORDS})`);
const STATUS_THIS_ROW = new RegExp(`(此|本|该|这一?)(次|[条行笔单份张]|订单|记录|问卷|数据|答卷|评价|回访)(记录|数据|答案|问卷|评价|回访|订单)?(已经?|已?被)?(${STATUS_WORDS})(了|啦)?(?=[。.!！]?$|${SET_OFF})`, 'g');
/**
 * Said before the clause, it is not this row that is void: 「不是此单作废,是上一单」 (review of 8f235de3: 100.00 甲 at exit
 * 0, the row set aside, for 80.00 乙).
 */
const NOT_THIS = /(不是|并非|非)$/;
/**
 * A later clause undoing the void: 「此单作废-已恢复」, 「该单作废(已恢复)」, 「客户称此单无效,已核实为有效」, 「该单撤销,已重新启用」,
 * 「此单撤销-撤销已取消」, 「作废(已恢复)」, 「无效-已改为有效」, 「撤销(已取消)」 were set aside (100.00 甲 for 80.00 乙, review of
 * 8f235de3). Only a clause that begins so: 「作废(客户取消订单)」, 「此单作废,原单恢复」, 「此单作废,未恢复」 stay void.
 */
// (The restore word ends its clause, 有效/正常 after it at most: 「已取消订单」「恢复原单」「重新启用新单」 speak of another order
// — the void row was counted as restored, 80.00 乙 for 100.00 甲 at exit 0, review of 0de00d86.)
// What may follow it and still speak of this row: 了, 为有效, 使用, 计分, 计入, 原状, 有效订单 — 「作废(已恢复为有效)」
// 「此单作废-已恢复了」「作废(已恢复使用)」「此单作废,现已改为有效订单」「此单作废,经核实已恢复」「作废(已撤销作废)」 were set aside,
// 100.00 甲 for 80.00 乙 at exit 0 (review of cfffbfc7). Not a new object (原单, 原订单, 订单, 新单), nor 取消 + 了 (「作废(已取消了)」:
// the order, or the void, cancelled?).
// (Also 为正常/成有效, 正常使用, 为有效订单, 计算, 计入统计 — 「此单作废,已恢复为正常」「作废(已恢复成有效)」「作废(已恢复正常使用)」
// 「作废(现已恢复为有效订单)」「作废(已恢复计算)」「作废(已恢复计入统计)」 were set aside, 100.00 甲 for 80.00 乙; and 再次确认 /
// 确认 before it: 「作废,再次确认已恢复」.)
const RESTORE = '恢复|(核实|改|改回|更正)为有效(订单)?|重新启用|重新生效';
const RESTORED_TAIL = '((为|成)?(有效|正常)(订单)?)?(使用|计分|计入|计算|原状|生效)?(统计)?(了|啦)?';
const CLAUSE_END = `(?=${CLOSE}|${SET_OFF}|[。.!！]|$)`;
/** Words that put a later event after an earlier one: 「已恢复,但后来又作废」「此单作废,后来又已恢复」. */
const THEN = '后来|之后|以后|随后|然后|但是|但|后';
/**
 * Who restored it, named before 又 / 已: 「作废,客户又恢复了」「此单作废,后来客服又恢复了」 were set aside, 100.00 甲 for 80.00 乙
 * at exit 0 (review of 2915550e). Only before 又 / 已 and a restore ending its clause: 「此单作废,客户又恢复原单」 stays void.
 */
const SUBJECT = '(客户|客服|主管|系统)(?=又|已)';
// (A restore word led by 后来 / 随后 … (「此单作废,后来又已恢复」 was set aside, 100.00 甲 for 80.00 乙, review of fdb314da), or
// followed by 后 / 但 before a void word in its clause — 「作废,恢复后不再作废」 was set aside: 恢复后 is the restore, what
// follows it says whether it is voided again (「已恢复但又作废」). Not 「恢复后重新提交」: no void word after it.)
const RESTORE_THEN = `((之|以)?后|但)(?=[^,，、;；:：。.!！]*(${STATUS_WORDS}))`;
const RESTORED = new RegExp(`(?:(^|${CLOSE}|${SET_OFF})(${STATUS_WORDS})?(经核实|经确认|(再次|已)?确认)?(${THEN})?(${SUBJECT})?(又|现|后)?(已经?)?(${RESTORE})${RESTORED_TAIL}|(^|${CLOSE}|${SET_OFF})(${STATUS_WORDS})?已经?取消(有效|正常)?|(取消(作废|无效|撤销)|撤销(作废|无效))(有效|正常)?(了|啦)?)(?=${RESTORE_THEN}|${CLOSE}|${SET_OFF}|[。.!！]|$)`, 'g');
/**
 * A negator and the few words that may stand between it and 再 / 又: 「没有再作废」「不要再」「不能再」「别再」「勿再」「未被再次」
 * 「不需要再」「不应再」 were read as a void again, 100.00 甲 for 80.00 乙 at exit 0 (review of fdb314da) — the lookbehind listed
 * only 不 / 未 / 没 / 无需 / 无须 / 不必 / 不用 / 不会 right before 再. Only these words between: 「不满,又作废」「不同意又作废」
 * are not negated.
 */
const NEGATED = '(不|未|没|无|别|勿|莫|非|甭)(有|要|能|会|应该?|需要?|须|必|用|得|可以?|曾|被|该){0,2}';
const AGAIN_WORD = '又|再次|再|重新';
/**
 * 不得不 / 不能不 / 不会不 (must) before 再 / 又 is no negation: 「此单作废,已恢复,客户不满,不得不再次作废」「…不得不又作废」 were
 * counted, 80.00 乙 for 100.00 甲 at exit 0 (review of 2915550e). 「不得再作废」 (must not) stays negated.
 */
const DOUBLE = '(?<!不[得能会])';
/** A verb between the negator and 再: 「客户没有要求再作废」 was set aside, 100.00 甲 for 80.00 乙 (review of 2915550e). */
const NEGATED_VERB = '(要求|说|让|需要)?';
/** Voided again after the restore, the void word ending its clause: the last word decides (「此单作废,已恢复,又作废了」). */
// A negated void word is never a void: 「此单作废,已恢复,不再作废」 was 100.00 甲 for 80.00 乙 at exit 0 (7a0f32e1).
const AGAIN = `(?<!${DOUBLE}${NEGATED}${NEGATED_VERB}(${AGAIN_WORD})?)(${AGAIN_WORD}){1,2}(已经?|被)?(${STATUS_WORDS})`;
/**
 * The void after a restore: 又 / 再 (「又重新作废」: two), or a clause led by 后 / 随后 / 然后 … (「已恢复,随后被作废」, counted
 * 80.00 乙 for 100.00 甲 at exit 0 without a word, review of fdb314da); not negated (「恢复后不再作废」).
 */
// (And 经核实 / 核实 … after 后: 「已恢复,后经核实作废」 was counted without a word, 80.00 乙 for 100.00 甲, review of 2915550e.)
const CHECKED = '(经(客户|客服|主管)?(核实|确认|核查|查实|审核)|经查|核实|确认)';
const VOIDED_AGAIN = new RegExp(`(${AGAIN}|(^|${CLOSE}|${SET_OFF})(但是?)?(${THEN})${CHECKED}?(已经?|被)?(${STATUS_WORDS}))(了|啦)?${CLAUSE_END}`);
/**
 * A 状态 that begins with a restore: 「恢复后再次作废」 was counted (asked about), 80.00 乙 for 100.00 甲; so 「已恢复,后又作废」,
 * 「已恢复但又作废」, and (review of fdb314da, each counted without a word) 「已恢复,但后来又作废」「已恢复,又重新作废」
 * 「已恢复,随后被作废」「已恢复,后又作废,不计」: voided when a void follows its last restore (VOIDED_AGAIN).
 */
const RESTORED_FIRST = /^(已经?)?(恢复|(核实|改|改回|更正)为有效|重新启用|重新生效)/;
/**
 * A 状态 that begins with the void and says it was not restored after: 「作废后未恢复」 was counted without a word, 80.00 乙 for
 * 100.00 甲 (review of fdb314da). A restore after it (「作废后再次恢复」) stays as it was, counted without a word.
 */
// (Also with 仍 / 一直 / 至今 … before the negator, 尚未 / 并未, and a bare 再: 「作废后仍未恢复」「作废后未再恢复」「作废后一直没有恢复」
// 「作废后至今未恢复」 were counted without a word, 80.00 乙 for 100.00 甲, review of 2915550e.)
const STILL = '(仍然|仍|一直|至今|还|也|始终)?(尚|并)?';
const VOID_THEN_NOT_RESTORED = new RegExp(`^(已经?)?(${STATUS_WORDS})(之|以)?后${STILL}${NEGATED}(再次|又|重新|再)?(${RESTORE})`);
// (And 补录 / 补填 / 补交 / 重录 / 重填 after 后: 「作废后补录」 was counted without a word, review 60.)
// One rule whatever stands between (review 61): 「作废 重填」「作废(重新录入)」「作废-重新录入」「作废,重填」「作废(补录)」 were set
// aside (100.00 甲, a warning) and 「作废重填」 counted without a word (80.00 乙) while 「作废,重新录入」「作废后补录」 were refused —
// each a void then a re-entry word, with only punctuation, 后 or 已 / 并 between. The void word leading the note, or 作废
// anywhere (「此单作废,重新录入」); the re-entry before it (「重新录入后作废」「重复录入,此条作废」) or negated
// (「作废,无需重新录入」) is none.
// (Not where the note says the new entry is elsewhere: 「作废,另行登记」「作废,重新录入见第6行」 were refused — this row is the
// voided one, the new entry another row; set aside, 100.00 甲, as 「作废,已在下一行重新录入」 was, review 61.)
const REENTRY = '(重新|再次?)(提交|录入|填写|填报|下单|登记|回访|评价)|补录|补填|补交|补报|重录|重填|重报';
const PUNCT = `(${SET_OFF}|${OPEN}|${CLOSE})*`;
// (Not another order's void: 「有效(原单作废后重新录入)」「原单作废,重新录入此单」「上一单作废后重新录入」 (and 备注 「原单作废,
// 重新录入」 beside 状态 有效) were refused since 54023f17 — this row is the re-entry of a voided order: counted, 80.00 乙, as
// before it, review 61.)
const VOID_THEN_NEW = new RegExp(`(^(已经?)?(${STATUS_WORDS})|(?<!${OTHER_ROW_WORDS}(已经?|已?被)?)作废)${PUNCT}((之|以)?后)?${PUNCT}(已经?|并)?(${REENTRY})`);
/**
 * A reason, then the void alone in a clause of its own: 「录入错误,已作废」「重复录入,已作废」「信息有误,作废」, and a
 * re-entry before 后 (「重新录入后作废」) — counted with a warning, 80.00 乙, for 100.00 甲 (review of 54023f17): the void word
 * ending a short 状态 (STATUS_ENDING) is asked about for a void negated or pending before it (「不作废」, fx57v), which has
 * no clause of its own. Only 作废 / 删除 / 不计 (撤销 / 撤回 may be a complaint's, 「投诉,已撤回」), set off by a comma, a
 * colon, a dash, a stop or a space (not brackets: 「已回访(作废)」 stays asked about), in a short cell (SHORT); and a
 * reason naming no void, restore, 有效 / 正常 or another order (「有效,作废」「上一单重复,作废」 stay asked about).
 */
// (Any length where the void's clause is set off by punctuation, 了 / 啦 after it: 「客户信息录入错误,已作废」「重复录入了两次,
// 已作废」「客户信息有误,作废」「电话号码录入错误,删除」「客户重复提交 已作废」「客户要求取消,作废」「录入错误,已作废了」
// 「重复录入,已删除了」 were counted without a word, 80.00 乙 at exit 0 for 100.00 甲, review 61. A longer reason naming any
// order (单 / 订单 / 单据 / 记录 other than 此单 …, 「之前的订单重复,作废」) stays as it was: whose void?)
const CLAUSE_OFF = '[,，、;；:：\\-－—–~～/／。.!！\\s]';
const REASON_THEN_VOID = new RegExp(`(${CLAUSE_OFF}+|(?<re>${REENTRY})(之|以)?后)(已经?)?(${WORDS})(了|啦)?[。.!！]?$`);
const NOT_A_REASON = new RegExp(`${STATUS_WORDS}|恢复|重新启用|重新生效|有效|正常|(原|新|另一?|上一?|下一?|其他|别的)(订)?单`);
// (单 as an order, not in 名单 / 单位 / 清单 …; 记录 only as another's (OTHER_ROW_WORDS: 原记录, 上一条记录); a number of
// four digits or more, not a date or a count: 「客户名单重复录入,已作废」「回访记录填写错误,已作废」「3月5日重复录入,已作废」
// 「电话号码少填1位,已作废」「客户单位名称填错,已作废」 were counted without a word, 80.00 乙 at exit 0 for 100.00 甲, review 62.)
const NAMES_AN_ORDER = new RegExp(`${OTHER_ROW_WORDS}|订单|单据|(?<![名清菜简传账])单(?![位独价元])|\\d{4,}`);
const THIS_ORDER = /(此|本|该|这一?)(张|笔|份)?(订单|单据|单|记录|条|笔)/g;
function reasonThenVoid(text: string): boolean {
  const m = REASON_THEN_VOID.exec(text);
  if (!m) return false;
  const reason = (text.slice(0, m.index) + (m.groups?.re ?? '')).replace(/\s+/g, '');
  if (reason === '' || NOT_A_REASON.test(reason)) return false;
  if ([...text.replace(/\s+/g, '')].length <= SHORT) return true;
  return m.groups?.re === undefined && !NAMES_AN_ORDER.test(reason.replace(THIS_ORDER, ''));
}
const ELSEWHERE = /另行|见第?\d+行|第\d+行|[上下另新]一?[行条]|别处/;
/**
 * A 状态 that begins with the void and 后, then what was done after it, no restore: 「作废后补发」「作废后已退款」「作废后已通知
 * 客户」 were counted without a word, 80.00 乙 for 100.00 甲 (review 61). A re-entry after it is VOID_THEN_NEW's, a restore
 * the events' (voidEvents.ts); 有效 / 正常 / 取消 … after it (「作废后经核实有效」) stay as they were.
 */
const VOID_THEN_DONE = new RegExp(`^(已经?)?(${STATUS_WORDS})(之|以)?后.`);
// (And 计入 / 保留 / 还原 / 驳回 / 仍: 「作废后经主管核实仍计入」「作废后主管要求保留」「作废后已还原」「作废后主管驳回」 were set
// aside, 100.00 甲 for 80.00 乙 at exit 0 — review 61 of ef767ab4; read as before it, counted.)
// (Only phrases that undo it: a lone 仍 / 保留 / 计入 — 「作废后仍需回访」「作废后保留原件备查」「作废后计入下月」「作废后客户仍
// 不满意」「作废后主管保留意见」「作废后仍按原价退款」, §5's 「作废后仍需回访」 — counted them, 80.00 乙 at exit 0 without a word
// for 100.00 甲, review 62 of f6c2fbe2.)
// (Also 又 / 还 / 仍 / 要 / 需 before 计入 and 计入 / 保留 ending the note: 「作废后又计入了」「作废后保留了」「作废后主管说仍需
// 计入」「作废后还要计入」 were set aside at exit 0, 100.00 甲 for 80.00 乙 — review 62 of 3fa39445. 「作废后计入下月」 stays void.)
// (Not negated nor another month's: 「作废后不再计入」「不要计入」「无需计入」「不需要计入」「不计入了」「需计入下月」「还需计入4月」, and
// a 保留 of something else (「作废后纸质单保留。」) were counted at exit 0 for set aside 100.00 甲, review 62 of 894acf16.)
const RESTORE_LIKE = /恢复|(?<!无)有效|正常|启用|生效|取消|撤销|撤回|(仍然?|照常|照样|重新|还是|核实|确认)(计入|计分|计算|算)|(?<![不无没别勿毋非需要再必应])(又|还|仍|要|需)(要|需|需要|应)?(计入|计分)(?!下|\d|[一二三四五六七八九十]+月)|(?<![不无没别勿毋非需要再必应])计入(了|啦)?[。.!！]?$|计入本月|(要求|决定|同意)保留|保留(此|本|该|这|原单)|(?<=[后核实认管求定意])保留(了|啦)?[。.!！]?$|还原|驳回|误判/;
/**
 * The note as RESTORE_LIKE reads it: each 计入 that puts nothing back — negated in its clause or another period's
 * (voidEvents.ts countIns: 「作废后不用计入」「未计入」「不予计入」「并未计入」「不再计入本月」「需计入次月」「还需计入上月」) —
 * and a 保留 of a thing handed over (「作废后原件交主管保留」「作废后录音由主管保留」) blanked: each was read as the void put
 * back, counted 80.00 乙 at exit 0 for set aside 100.00 甲 (review 63 of 894acf16). 「作废后经核实保留」「作废后重新计入」
 * 「作废后主管确认仍计入」 stay put back, counted.
 */
function putBackRead(flat: string): string {
  let out = flat;
  for (const c of countIns(flat).reverse()) {
    if (c.reads === 'negated' || c.reads === 'other') out = out.slice(0, c.at) + '□'.repeat(c.end - c.at) + out.slice(c.end);
    // 不得不 / 不能不 / 不会不 (must) is no negation (「作废后主管说不得不计入」 was set aside, 100.00 甲 for 80.00 乙): read as 必须.
    else if (c.reads === 'counted') out = out.slice(0, c.at).replace(/不[得能会]不$/, '必须') + out.slice(c.at);
  }
  return out.replace(/((交|由|给|送|存放?|放)[^,，、;；:：。.!！]{0,6})保留/g, '$1□□');
}
/** A note led by its void then asking whether it still counts (「作废后是否还要计入?」): not guessed, refused (review 63). */
const askedCountIn = (flat: string) => VOID_THEN_DONE.test(flat) && countIns(flat).some((c) => c.reads === 'asked');
/** A remark led by the same (「作废后已退款」 in 备注): read as a 状态 is. Not a 原因: there it may be the reason. */
const REMARK_VOID_THEN = /^(已经?)?作废(之|以)?后./;
/**
 * A 是否有效 / 是否作废 answered 是 / 否 and a reason (「否,重新录入」「是(重复录入)」「是,已重新录入」 were counted without a
 * word, 80.00 乙 for 100.00 甲; 「否(已作废)」 counted with a warning, review 61): the answer answers the column's question.
 */
const ANSWERED = new RegExp(`^(是|否)(${SET_OFF}|${OPEN})+(.+?)${CLOSE}?$`);
const ANSWER: Record<'valid' | 'voided', RegExp> = { valid: /^(否|不|N|NO|×|✗|✘)$/i, voided: /^(是|Y|YES|√|✓|✔)$/i };

/** 'answer': a 是否有效 / 是否作废 answered 是 / 否 and a reason saying the opposite (valid: whether the answer says the row
 * counts); 'asked': a void then a question whether it counts (「作废后是否还要计入?」) — review 63. */
export type VoidUnclear = 'restore' | 're-entry' | 'withdrawn' | 'remark' | 'asked' | 'answer';
/** What a 状态 says of its row: void, restored, not read for sure (and why), or nothing. */
type Leads = 'void' | 'restored' | { unclear: Exclude<VoidUnclear, 'remark'> } | null;

export interface MarkColumn {
  heading: string;
  /** A remark (a void word among its words), or a column saying whether the row counts. */
  says: 'remark' | 'status' | 'valid' | 'voided';
}

export interface VoidMark {
  text: string;
  heading: string;
  at: Location;
  /** The remark is the mark alone: the row is set aside. */
  alone: boolean;
  /** A 状态 saying this row is void and then that it is restored (「此单作废-已恢复」): counted, said as an info. */
  restored?: true;
  /**
   * A 状态 whose void is not read for sure: the row is refused. 'restore': a void and a restore whose order is not sure
   * (voidEvents.ts); 're-entry': a void then a re-entry (「作废后重新提交」); 'withdrawn': a void then 「不用作废」;
   * 'remark': a 备注 reading void beside a 状态 that does not (against); 'answer', 'asked': VoidUnclear's.
   */
  unclear?: VoidUnclear;
  /** case 'answer': the answer (是 / 否) and whether it says the row counts. */
  answer?: { word: string; valid: boolean };
  /** The row's 状态 (its cell, as it reads) when this remark says void and it does not: the row is refused. */
  against?: { heading: string; text: string; cell: string };
}

/** The remark and status columns of a log's sheet: 1-based column → heading and what it says. */
export function remarkColumns(sheet: RecordSheet, def: RecordFormDef): Map<number, MarkColumn> {
  const out = new Map<number, MarkColumn>();
  for (const c of def.records.columns) {
    const col = sheet.columns.get(c.id);
    if (col !== undefined && [c.label, ...(c.aliases ?? [])].some((l) => REMARK.test(l))) out.set(col, { heading: c.label, says: 'remark' });
  }
  for (const u of [...sheet.unknown, ...headingsAbove(sheet)]) {
    const heading = u.text.replace(/\s+/g, '');
    const status = STATUS.find(([re]) => re.test(heading));
    if (status) out.set(u.col, { heading, says: status[1] });
    else if (REMARK.test(heading)) out.set(u.col, { heading, says: 'remark' });
  }
  return out;
}

/**
 * Headings of a two-row heading's upper row over an empty cell of no column of the log: §5's 状态 added right of 回访内容's
 * 得分 (heading row 3 under row 2) was not read, its 作废 order counted — 李军 7 orders for 6.
 */
function headingsAbove(sheet: RecordSheet): Array<{ col: number; text: string }> {
  if (sheet.headerRow < 2) return [];
  const read = new Set([...sheet.columns.values(), ...sheet.unknown.map((u) => u.col)]);
  const out: Array<{ col: number; text: string }> = [];
  for (let col = 1; col <= sheet.grid.columnCount; col++) {
    const text = sheet.grid.text(sheet.headerRow - 1, col);
    if (text && !read.has(col) && !sheet.grid.text(sheet.headerRow, col)) out.push({ col, text });
  }
  return out;
}

/**
 * The first remark or status of the row saying void, alone or among other words. A remark that reads void as a 状态 would
 * (「此单作废」「已作废」) beside a 状态 saying nothing of void (blank, 有效, 正常): the row is refused, both cells named — 备注
 * 「客户来电说此单作废」 with 状态 有效 was counted at exit 0 without a word (review 61). A remark of the void word alone
 * beside a blank 状态 is set aside as it was (README: 备注 only 「作废」, the row not counted).
 */
export function voidMark(row: RecordRow, sheet: RecordSheet, columns: Map<number, MarkColumn>, file: string): VoidMark | null {
  const read = readMark(row, sheet, columns, file);
  if (read !== null) return read;
  // The safety net (review 62): a note whose void word stands (voidEvents.ts voidStands) is never counted without a word —
  // counted with the warning a void word among others gets (「…里有作废、不计一类的字样,这一条…照常计入了」).
  for (const [col, c] of columns) {
    const text = cellText(sheet, row.row, col);
    if (text !== '' && voidStands(text, c.says === 'remark')) return { text: shownText(sheet, row.row, col), heading: c.heading, at: { file, sheet: sheet.grid.name, cell: cellAddress(row.row, col) }, alone: false };
  }
  return null;
}

/** voidMark's reading of the row, before its safety net. */
function readMark(row: RecordRow, sheet: RecordSheet, columns: Map<number, MarkColumn>, file: string): VoidMark | null {
  const marks = [...columns].map(([col, c]) => ({ col, ...c, mark: columnMark(row, sheet, col, c.heading, c.says, file) }));
  const first = marks.find((m) => m.mark)?.mark ?? null;
  const statuses = marks.filter((m) => m.says !== 'remark');
  // No 状态, or one saying something of void: its reading decides, as before.
  if (statuses.length === 0 || statuses.some((m) => m.mark)) return first;
  const status = { heading: statuses[0]!.heading, text: shownText(sheet, row.row, statuses[0]!.col), cell: cellAddress(row.row, statuses[0]!.col) };
  for (const { col, heading, says } of marks) {
    if (says !== 'remark') continue;
    const text = cellText(sheet, row.row, col);
    const alone = VOID.test(text);
    // (A reason then the void, longer than a mark (SHORT), reads void as a 状态's: 备注 「客户信息录入错误,已作废」 beside 状态
    // 有效 or blank was counted without a word, 80.00 乙 at exit 0, review 62; the short 「录入错误,已作废」 stays asked about.)
    if (!alone && !(REMARK_VOID.test(text) && readsVoid(statusLeads(sheet, row.row, col, [...text].length > SHORT)))) continue;
    if (alone && status.text === '') break;
    return { text: shownText(sheet, row.row, col), heading, at: { file, sheet: sheet.grid.name, cell: cellAddress(row.row, col) }, alone: false, unclear: 'remark', against: status };
  }
  return first;
}

/** The remark's own void words (not 无效 / 撤销: in a 原因 they may be the reason). */
const REMARK_VOID = new RegExp(WORDS);
const readsVoid = (r: Leads) => r === 'void' || (r !== null && typeof r === 'object');

/** What one remark or status cell of the row says of void, or null. */
function columnMark(row: RecordRow, sheet: RecordSheet, col: number, heading: string, says: MarkColumn['says'], file: string): VoidMark | null {
  // Read through toSimplified (「作廢」「已刪除」「無效」「是,但已作廢」 were counted 80.00 乙 at exit 0 without a word, review
  // 63); said as written.
  const read = cellText(sheet, row.row, col);
  const text = shownText(sheet, row.row, col);
  const at = { file, sheet: sheet.grid.name, cell: cellAddress(row.row, col) };
  // (Its spaces kept, one each: 「否 重复」 under 是否有效 was read as 「否重复」 and counted, 80.00 乙 for 100.00 甲, review 61.)
  const spaced = says === 'valid' || says === 'voided' ? cellSpaced(sheet, row.row, col) : '';
  const answered = says === 'valid' || says === 'voided' ? ANSWERED.exec(spaced) : null;
  if (answered) {
    const reason = answered[3]!.replace(/\s+/g, '');
    const counts = (says === 'valid') === (answered[1] === '是');
    // A reason saying otherwise (「是,已恢复」 under 是否作废, 「否(已作废)」 under 是否作废): not guessed, refused.
    const restored = readVoidEvents(`作废,${reason}`);
    // (And a reason whose void word stands: 是否有效 「是 但已作废」「是,但已作废」「是 后来作废了」 were counted without a
    // word, 80.00 乙 at exit 0, review 62.)
    // (Only a void of this row: what its clause names before or after the void word decides (voidEvents.ts
    // answerVoidsThisRow) — 「是,重复的已删除」「是,之前的作废了」「是,已删除客户电话」「是,客户撤销了投诉」「否,重复的已作废」
    // were refused at exit 1 for counted 80.00 乙, and 「是,但无效」「是,但不计入」「是,但这条与上一单重复,已作废」 counted at
    // exit 0 (a warning) — review 63 of 894acf16 / 6f215afb.)
    const against = counts ? STATUS_VOID.test(reason) || regexReading(reason) === 'void' || answerVoidsThisRow(reason) : restored !== null || /^(已经?)?(有效|正常)/.test(reason);
    if (against) return { text, heading, at, alone: false, unclear: 'answer', answer: { word: answered[1]!, valid: counts } };
    return counts ? null : { text, heading, at, alone: true };
  }
  const remarkLeads = says === 'remark' && !/原因/.test(heading) && REMARK_VOID_THEN.test(read) ? statusLeads(sheet, row.row, col) : null;
  if (remarkLeads === 'void') return { text, heading, at, alone: true };
  if (remarkLeads !== null && typeof remarkLeads === 'object') return { text, heading, at, alone: false, unclear: remarkLeads.unclear };
  const leads = says === 'remark' ? null : statusLeads(sheet, row.row, col);
  if (leads === 'restored') return { text, heading, at, alone: false, restored: true };
  if (leads !== null && typeof leads === 'object') return { text, heading, at, alone: false, unclear: leads.unclear };
  const alone = says === 'remark' ? VOID.test(read) : STATUS_VOID.test(read) || (says !== 'status' && ANSWER[says].test(read)) || leads === 'void';
  const among = says === 'remark' ? BRACKETED.test(read) || ([...read].length <= SHORT && ENDING.test(read)) : STATUS_BRACKETED.test(read) || ([...read].length <= SHORT && STATUS_ENDING.test(read));
  if (!alone && !among) return null;
  return { text, heading, at, alone };
}

/**
 * A 状态 (是否有效, 是否作废) cell giving the row's void and its reason (STATUS_LEADS), or saying this row is void
 * (STATUS_THIS_ROW, not negated before it): 'void', or 'restored' when a later clause undoes it (RESTORED).
 */
// (reasoned: a reason then the void (REASON_THEN_VOID) read as void — a 状态's; a 备注's 「重复,作废」 stays asked about,
// counted with a warning as README says, not refused beside a blank 状态.)
function statusLeads(sheet: RecordSheet, row: number, col: number, reasoned = true): Leads {
  const raw = sheet.grid.value(row, col);
  const text = raw.kind === 'empty' ? '' : toSimplified(rawText(raw).trim());
  // A void then a question whether it still counts (「作废后是否还要计入?」): not guessed, refused (review 63).
  if (askedCountIn(text.replace(/\s+/g, ''))) return { unclear: 'asked' };
  // A void then a new entry (「作废后重新提交」「作废,重新录入」): this row the voided one, or the one entered again? Counted
  // without a word before (80.00 乙, where the voided row set aside gives 100.00 甲) — not guessed, refused (review 60).
  if (VOID_THEN_NEW.test(text.replace(/\s+/g, '')) && !ELSEWHERE.test(text.replace(/\s+/g, ''))) return { unclear: 're-entry' };
  const byRegex = regexReading(text);
  const events = readVoidEvents(text.replace(/\s+/g, ''));
  // A void withdrawn after it (「此单作废,客户说不用再作废」): void or not? Not guessed (review 61; was set aside, 100.00 甲).
  if (events === null && withdrawnVoid(text.replace(/\s+/g, ''))) return { unclear: 'withdrawn' };
  // A reason, then the void in a clause of its own (「录入错误,已作废」): void, not asked about (REASON_THEN_VOID).
  if (events === null) return byRegex ?? (reasoned && reasonThenVoid(text) ? 'void' : null);
  // Both a void and a restore named: the events in order decide (voidEvents.ts). Not sure (a negator or failure tied to
  // no event, another order, a request or a question deciding and the regexes reading otherwise): not guessed, refused.
  const counted = (r: 'void' | 'restored' | null) => r !== 'void';
  if (events.unclear === 'hedged' && counted(byRegex) === (events.reads === 'restored')) return byRegex;
  if (events.unclear) return { unclear: 'restore' };
  if (events.reads === 'void') return 'void';
  // Restored where the regexes saw no void of this row (「作废单已恢复」): counted, nothing said, as before.
  return byRegex === null ? null : 'restored';
}

/** The reading by the regexes above (before voidEvents.ts); the second opinion where the events leave it open. */
function regexReading(text: string): 'void' | 'restored' | null {
  // (Its spaces kept: 「作废 重填」's space sets the void word off.)
  const flat = text.replace(/\s+/g, '');
  let after: number | null = null;
  if (STATUS_LEADS.test(text)) after = LEAD_WORD.exec(flat)?.[0].length ?? null;
  else {
    for (const m of flat.matchAll(STATUS_THIS_ROW)) {
      if (NOT_THIS.test(flat.slice(0, m.index))) continue;
      after = m.index + m[0].length;
      break;
    }
  }
  if (after === null) {
    if (VOID_THEN_NOT_RESTORED.test(flat)) return 'void';
    if (VOID_THEN_DONE.test(flat) && !RESTORE_LIKE.test(putBackRead(flat))) return 'void';
    // Begins with a restore: the void after its last restore sets the row aside; otherwise nothing to say.
    if (!RESTORED_FIRST.test(flat) || flat.matchAll(RESTORED).next().value?.index !== 0) return null;
    return voidedAfterRestore(flat) === 'void' ? 'void' : null;
  }
  return voidedAfterRestore(flat.slice(after)) ?? 'void';
}

/** What follows a void: 'restored' when its last restore (RESTORED) is not voided again (VOIDED_AGAIN), 'void' when it is. */
function voidedAfterRestore(rest: string): 'void' | 'restored' | null {
  const last = [...rest.matchAll(RESTORED)].at(-1);
  if (last === undefined) return null;
  return VOIDED_AGAIN.test(rest.slice(last.index + last[0].length)) ? 'void' : 'restored';
}

/** A cell's text trimmed, each run of spaces one space, traditional characters read as simplified ('' when empty). */
function cellSpaced(sheet: RecordSheet, row: number, col: number): string {
  const raw = sheet.grid.value(row, col);
  return raw.kind === 'empty' ? '' : toSimplified(rawText(raw).trim().replace(/\s+/g, ' '));
}

/** A cell's text without spaces, traditional characters read as simplified (「作廢」 as 「作废」; '' when empty). */
export function cellText(sheet: RecordSheet, row: number, col: number): string {
  return toSimplified(shownText(sheet, row, col));
}

/** A cell's text without spaces, as written: what a message quotes ('' when empty). */
function shownText(sheet: RecordSheet, row: number, col: number): string {
  const raw = sheet.grid.value(row, col);
  return raw.kind === 'empty' ? '' : rawText(raw).replace(/\s+/g, '');
}
