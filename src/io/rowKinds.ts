import { PERSON_NAME_HEADINGS } from '../forms/fields.js';
import type { ColumnTarget } from './columns.js';
import { type Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { columnLetters, type Grid } from './grid.js';
import type { RawValue } from '../model/entries.js';
import { cleanText, parseNumberText, toSimplified } from '../engine/text.js';
import { personTab, UNIT_ENDING } from '../engine/peopleNames.js';
import { isDayDate } from '../engine/period.js';
import { withoutTrailingNote } from './normalize.js';

// Rows under the people that are not people: totals and averages (合计/平均 in the name cells), signature and
// note lines (制表人:张三 审核:李四, 注:…). Only the cells that name a person decide: a 备注 「平均每天回访30户」
// or a 部门 「审核部」 says nothing about whether the row is a person. Every row skipped is reported.

/** Words that are never a person's name: a totals line whatever else the row holds. */
const TOTAL_CORE = /^(合计|总计|小计|共计|累计|平均|均值|汇总|总分|总数|人数)/;
// (平均数, 样本数 … under a survey log were two more customers: §3 乙 for 丙.)
const STATISTIC_WORDS = '合计|总计|小计|共计|累计|统计|综合平均|综合得分|综合评分|综合满意度|平均满意度|满意度平均|平均|平均分|平均值|平均得分|平均数|平均分数|算术平均|加权平均|各项平均|均值|均分|均数|众数|汇总|总分|总得分|得分|总数|总和|总平均|人数|人均|中位数|中值|中位值|最高|最低|最高分|最低分|最高得分|最低得分|最高值|最低值|最大值|最小值|标准差|方差|样本数|样本量|有效样本|样本|份数|回收份数|有效份数|问卷数|答卷数|记录数|条数|总条数|计数';
const TOTAL_START = new RegExp(`^(${STATISTIC_WORDS})`);
/** A row of the items' full marks (§7 calls them 权分) or targets under the headings: the whole cell is the word. */
const MAX_ROW = /^(各项|本月|考核)?(满分|分值|标准分|满分值|满分标准|评分标准|基准|权重|比重|占比|权数|权分|权分值|权重分|配分|基准分|参考分|标准|标准分值|分值上限|上限|目标|目标值|目标分)(行|\d{1,3}分?)?([((][^()()]*[))])?[::]?$/;
/**
 * 部门平均, 本组平均, 月平均, 部门合计, 本组最低, 部门最高分: a statistic of a group (a group word first: 王平均 is a person).
 * The highest and lowest too: 「本组最低」 under 张三 and 李四 was scored as a third person, 91 良好, exit 0. A week's or
 * a day's (第1周小计, 本周小计, 当日合计, 3月2日小计, 上旬小计): a log's weekly averages were three more customers (§3 丙 for 乙).
 * Each item's and last month's (各项最高, 各项最低, 上月平均, 上月最低): under §3's customers 10 10 10 6 they were two more,
 * (10+10+10+6+10+6)/6 = 8.67 → 86.67 乙 for (10+10+10+6)/4 = 9.00 → 90.00 甲 at exit 0.
 */
const GROUP_STATISTIC = '(部门|科室|本组|小组|全组|组内|组|班组|团队|部|区|片区|中心|站|店|门店|公司|总体|整体|全体|全员|全部|各项|每项|本月|当月|上月|全月|月度|本期|当期|上期|\\d{1,2}月份?|(?:十[一二]|[一二三四五六七八九十])月份?|月|季度|本季度|本季|年度|全年|本年|上半年|下半年|本页|此页|当页|上页|分页|全页|以上|第\\d+页|第[\\d一二三四五六七八九十]{1,3}周|本周|上周|当周|每周|周|上旬|中旬|下旬|本旬|当日|本日|今日|每日|日|\\d{1,2}月\\d{1,2}日?|\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?)(平均|均值|合计|小计|总计|总和|得分|总得分|总分|均分|最高|最低|最高分|最低分|最大|最小|中位数)(分|值|数)?';
// 「客服一部小计」, 「东区平均」, 「部门小计:」, 「客服一部(小计)」: a group's statistic at the end of the name cell (a colon after
// it, or the word in brackets). A person's name does not end so.
/**
 * The log's own result named as a whole cell: 满意度指数, 满意率, 总体满意度, 本月满意度, 当月指数. 「本月满意度指数 | 81.25」
 * under §3's four customers was a fifth, 「本******」, with four errors at exit 1. (满意度 and 指数 alone only after a
 * period or group word: a heading retyped as 满意度 is no line of results.)
 */
const RESULT_WORD = '(?:顾客|客户)?(?:满意度指数|满意指数|满意率|满意度得分|满意度评分|满意度分值)';
const OWN_RESULT = `(?:本月|当月|全月|月度|本期|当期|本季度?|本年度?|总体|整体|全体|总)?${RESULT_WORD}|(?:本月|当月|全月|月度|本期|当期|本季度?|本年度?|总体|整体|全体)(?:满意度|指数|总指数|满意总分)`;
const TOTAL_END = new RegExp(`(${GROUP_STATISTIC}[::]?|[((](平均|合计|小计|总计)[))])$`);
/** The whole cell is a statistic's word (人均, 部门平均, 合计:, 合计(30单), 本页小计:2单), never a name that starts with one. */
// (「综合」 only as the whole cell: 综合服务组, 综合楼管理处, 综合部 are teams and offices — review.)
const STATISTIC_CELL = new RegExp(`^(${STATISTIC_WORDS}|综合|${GROUP_STATISTIC}|${OWN_RESULT})([((][^()()]*[))])?([::].{0,30})?$`);
/**
 * A group's subtotal typed in its key column after a space (「王师傅 小计」, 「1号车间 合计:5单」). Not a name that ends
 * in the word (王小计, 李合计, 家居合计 are customers).
 */
// (And Excel's 分类汇总 labels, 「销售部 汇总」「销售部 计数」「销售部 平均值」 in the grouped column: 09-a's two such rows
// were people without a name, 8 errors at exit 1.)
const SUBTOTAL_OF = /^\S.{0,29}\s+(小计|合计|总计|汇总|计数|平均值|最大值|最小值|求和)([((][^()()]*[))])?([::].{0,30})?$/;
/** A template's example row left in (示例, 填写示例, 例:张三): no record, no person. */
const EXAMPLE_WORD = '(?:示例|样例|范例|举例|例|填写示例|填表示例|示例行)\\d{0,2}';
// The word alone or bracketed (【示例】, 示例1), before a name after a bracket or a mark (（示例）张三, 示例-张三, 示例:张三),
// or after one in brackets (张三(示例)). Not a name that starts with it (示例文化传媒 is a customer).
const EXAMPLE = new RegExp(`^(?:[((\\[【]?${EXAMPLE_WORD}[))\\]】]?(?:[((][^()()]*[))])?(?:[::].{0,30})?|[((\\[【]${EXAMPLE_WORD}[))\\]】].{1,20}|${EXAMPLE_WORD}(?:[-—_·::]|\\s+).{1,20}|.{1,20}[((\\[【]${EXAMPLE_WORD}[))\\]】])$`);
/** Exports and English templates: the whole cell is the word. */
// (Not Max or Min alone: a customer is named so.)
const TOTAL_WORD = /^(total|subtotal|grand total|sum|average|avg|mean|median|maximum|minimum)[::]?$/i;

/**
 * A whole name cell naming the group itself, not one of its people: 「全员」「全部客服」「团队」, or a statistic's word in
 * brackets (「[汇总]」「(全部)」). Under 张三 and 李四 such a row (91 % 89 % 85 %) was a third person, 74.58 一般 at
 * exit 0, no message. Not in TOTAL: 「团队」 is an item of a form.
 */
const GROUP_WORD = '全组|整组|本组|小组|班组|部门|全员|全体|团队|总体|整体|全部|所有人|全部客服|所有客服|全体客服|全部员工|所有员工|全体员工|全部人员|所有人员';
const GROUP_ROW = new RegExp(`^(?:${GROUP_WORD}|[\\[【(〔<《](?:${GROUP_WORD}|${STATISTIC_WORDS})[\\]】)〕>》])[::]?$`);
const GROUP_NAME = { test: (text: string) => GROUP_ROW.test(text.normalize('NFKC').replace(/\s+/g, '')) };
/**
 * A unit's name (销售部, 售后一组, 客服中心, 东区, 一号店, 物业处): a department's or a group's row, not a person's. 张伟
 * beside 班组 张伟 (a team named after its leader) was read as the team's row, dropped with its 96 优秀 at exit 0.
 */
/**
 * The whole name cell of a heading row over another table (「部门 | 组别 | …」 over 销售一组, 售后一组). Only these: any
 * other word there (客服姓名, 姓名*, 坐席, Name, 二组成员) was a second team's heading, its 王五 96.25 and 赵六 58.75
 * dropped at exit 0 with an info.
 */
const OTHER_TABLE_NAME = /^(?:组别|组名|小组|班组|部门|部门名称|团队|科室|门店|区域|项目)$/;

/** A cell naming a row of totals or statistics (合计, 平 均, 部门平均, 中位数, 满分, Total), not a person. */
export const TOTAL = {
  test(text: string): boolean {
    const t = text.normalize('NFKC').replace(/\s+/g, '');
    return TOTAL_START.test(t) || TOTAL_END.test(t) || MAX_ROW.test(t) || TOTAL_WORD.test(text.trim());
  },
  /**
   * The cell is the word itself: a records log's first column names customers, orders, workshops — 「平均律琴行」,
   * 「人均消费餐厅」, 「总平均车间」 — which only a people form could take for totals by how they start.
   */
  whole(text: string): boolean {
    const t = text.normalize('NFKC').replace(/\s+/g, '');
    // 最高分, 满分, 本月得分 and a template's 示例 row were customers of a log (§3: 7 responses for 4, 甲 → 丁).
    return STATISTIC_CELL.test(t) || MAX_ROW.test(t) || EXAMPLE_ROW.test(text) || SUBTOTAL_OF.test(text.normalize('NFKC').trim()) || TOTAL_WORD.test(text.trim());
  },
};
/**
 * A footer line of each column's rate, named by a rate's word (达标率, 合格率, 优秀率, 满意率, 本月合格率, 百分比, 比例):
 * under §20's projects 「达标率 | 100% | 100% …」 was a fourth project with 21 errors, under §21's customers 「优秀率 |
 * 40% …」 a sixth customer 「优**」 with 5 (exit 1). Only these words before 率 (a person 李率 or 王小率 is not one), and only
 * with rateFigures beside it. (And a share of them, 「优秀占比」, 「合格项目占比」: each was a customer or a project with
 * errors at exit 1.)
 */
const RATE_STEM = '达标|不达标|合格|不合格|优秀|优良|良好|一般|较差|差评|好评|中差评|满意|不满意|非常满意|基本满意|完成|达成|通过|及格|正确|准确|符合|不符合|规范|不规范|出勤|回访|投诉|解决|整改|检查|抽查|覆盖|及时|准时|成功|有效|得分';
const RATE_SHARE = '(?:项目|项|人数|人次|客户|户数|次数|单数)?(?:占比|比例|比率|百分比)';
const PERCENT_NOTE = /[((](?:%|百分比)[))][::]?$/;
const RATE_WORD = new RegExp(`^(?:本月|当月|月度|本期|总|总体|整体|综合|平均|各项)?(?:(?:${RATE_STEM})(?:率|${RATE_SHARE})|百分比|百分率|比率|比例|占比)(?:[((](?:%|百分比)[))])?[::]?$`);
const rateKey = (text: string) => toSimplified(text.normalize('NFKC')).replace(/\s+/g, '');
export const RATE_LINE = { test: (text: string) => RATE_WORD.test(rateKey(text)) };

/**
 * The figures of a rate's line: every filled cell a percentage (「100%」, a number shown as one), a fraction from 0 to 1
 * or a share typed as one (「2/5」), one at least shown as a percentage or between 0 and 1 (a line of 0s and 1s may be
 * counts).
 *
 * word: the line's own rate word (RATE_LINE). Under it 0s and 1s are rates too — when every project passes, §20's
 * =COUNTIF(E2:E4,"<3")/3 is 1 in every column (LibreOffice saves it in General format), and that line was a fourth
 * project 「达标率」 95.24 优秀 at exit 0 — and under 「达标率(%)」 figures from 0 to 100 are its percentages (100, 66.7).
 */
export function rateFigures(values: Iterable<RawValue>, word?: string): boolean {
  const named = word !== undefined && RATE_LINE.test(word);
  const percents = named && PERCENT_NOTE.test(rateKey(word!));
  let filled = 0;
  let rate = 0;
  const fraction = (n: number) => {
    if (percents) return n >= 0 && n <= 100;
    if (!(n >= 0 && n <= 1)) return false;
    if (named || (n > 0 && n < 1)) rate++;
    return true;
  };
  for (const raw of values) {
    if (raw.kind === 'empty') continue;
    // Under its word, a check not applicable (「-」, 「/」, 「空」) among the rates: §20's 达标率 of 「100%」 with one 「-」 was
    // a fourth project with 21 errors (「不规范处数应为 0 或正整数…实际为「100%」」) at exit 1.
    if (named && raw.kind === 'text' && NO_RATE.test(raw.value.normalize('NFKC').trim())) continue;
    filled++;
    // Under its word, a formula saved without its result (openpyxl's =COUNTIF(E2:E4,"<3")/3): the line's rates, not yet
    // computed — it was a fourth project with 21 「公式没有计算结果」 errors at exit 1.
    if (named && raw.kind === 'formula-without-result') {
      rate++;
      continue;
    }
    if (raw.kind === 'number') {
      if (raw.percentFormat || raw.percentSign) rate++;
      else if (!fraction(raw.value)) return false;
      else if (percents) rate++;
      continue;
    }
    if (raw.kind !== 'text') return false;
    const t = raw.value.normalize('NFKC').trim();
    const share = /^(\d{1,5})\s*\/\s*(\d{1,5})$/.exec(t);
    if (/^\d{1,3}(\.\d+)?\s*%$/.test(t) && Number(t.replace(/\s*%$/, '')) <= 100) rate++;
    else if (share && Number(share[2]) > 0 && Number(share[1]) <= Number(share[2])) rate++;
    else if (/^(\d{1,3}(\.\d+)?|\.\d+)$/.test(t) && fraction(Number(t))) {
      if (percents) rate++;
    } else return false;
  }
  return filled > 0 && rate > 0;
}

const NO_RATE = /^(?:-+|—+|–+|\/|空)$/;

/**
 * A footer line of each column's count, named by a count's word (达标数, 合格项目数, 不达标项目数, 优秀人数): under §20's
 * projects 「达标数 | 2 | 3 | 3 …」 was a fourth project 「达标数」 9.52 待改进 (「不达标项目数 | 1 | 0 …」 100.00 优秀) at exit 0,
 * the average 67.86 or 90.48 for 87.30. Only the whole word; its figures whole numbers from 0 to the rows above it
 * (countFigures). A project named 达标 or 合格率提升 is still one.
 */
const COUNT_STEM = '达标|合格|不达标|不合格|优秀';
const COUNT_WORD = new RegExp(`^(?:本月|当月|月度|本期|总|各项)?(?:${COUNT_STEM})(?:数|项数|项目数|人数|个数)[::]?$`);
export const COUNT_LINE = { test: (text: string) => COUNT_WORD.test(rateKey(text)) };

/** The figures of a count's line: every filled cell a whole number from 0 to `most` (a 「-」 or 「/」 left out), one at least. */
export function countFigures(values: Iterable<RawValue>, most = Infinity): boolean {
  let filled = 0;
  for (const raw of values) {
    if (raw.kind === 'empty') continue;
    let n: number;
    if (raw.kind === 'number' && !raw.percentFormat && !raw.percentSign) n = raw.value;
    else if (raw.kind === 'text') {
      const t = raw.value.normalize('NFKC').trim();
      if (NO_RATE.test(t)) continue;
      if (!/^\d{1,4}$/.test(t)) return false;
      n = Number(t);
    } else return false;
    if (!Number.isInteger(n) || n < 0 || n > most) return false;
    filled++;
  }
  return filled > 0;
}

/** A template's example row (示例, 【示例】, 例:张三) in a cell that names a record or person. */
export const EXAMPLE_ROW = { test: (text: string) => EXAMPLE.test(text.normalize('NFKC').trim().replace(/\s+/g, ' ')) };

/** Headings (keys) of the team's own 总分 and 等级, typed beside the form's items: compared with kpi's. */
export const TYPED_TOTAL = /^(总分|总得分|得分合计|合计得分|考核总分|考评总分|考核得分|考评得分|绩效得分|总评分|总评得分|评分合计|最终得分|综合得分|总计得分)$/;
export const TYPED_BAND = /^(等级|考核等级|评定等级|绩效等级|评级|评估结论|考核结论)$/;
/**
 * A form's own result line (§9 绩效总结 = the five items' mean, banded): a grade or a figure typed there is the team's
 * own 等级 or 总分. Read as an item the team added, 良好 beside kpi's 86.80 良好 was told to be added to the definition.
 */
export const TYPED_RESULT = /^(绩效总结)$/;
/** A cell that is a signature line's label and nothing more: 「审核:」, 「部门负责人签字:」, 「考核人:」, 「日期:」. */
const SIGN_LABEL = /^.{0,8}(制表|审核|审批|复核|核对|批准|签字|签名|签章|填表|填报|负责人|考核人|考评人|评分人|测评人|检查人|检查|评估人|确认|日期)(人|签字|签名|日期)?:$/;
// An export's footer (导出人:admin, 导出时间:2026-04-01, 打印时间, 数据来源:…) is a note line too.
// (And the sign-off's own date, 「考核日期:2026-04-02」: beside 「考核人:王主管」 in 序号's column it left the footer a person
// without a name, 9 errors at exit 1, where the same two under 姓名 were a footer. 「考核时间:2026-04-02」, 「考核月份:2026年3月」,
// 「考核期间:…」 too, with their colon: bare, 「考核月份」 is a heading.)
const NOTE_WORD = /^(制表|审核|审批|复核|核对|批准|签字|签名|填表|填报|备注|说明|注|附注|日期|负责人|考核人|考评人|检查人|检查|评估人|确认|导出|打印|生成|查询|数据来源|统计时间|截止|(?:考核|考评|评分|评价|测评|评估|评定|打分)日期)(人|签字|日期|时间)?(\s*[::]|\s|$)|^(?:考核|考评|评分|评价|测评|评估|评定|打分)(?:时间|月份|期间)\s*[::]/;
// 「评分人:刘主管」, 「评价人:」, 「主管:刘敏」, 「评价人签名」, 「被考核人签字」 under a roster: a label, by its colon or its 签字.
// Under §7's roster 「评分人:刘主管 … 日期:2026年3月31日」 was a person 「(无姓名)」, unscored with 16 errors (exit 1). A 评分人
// column's 「刘主管」 or 「主管」 on a rater's row is no label.
const SIGNED_BY = '被?(?:评分|评价|测评|打分|评定|考核|考评|审核|评估)人';
const SIGN_LINE = new RegExp(`^(?:${SIGNED_BY}|(?:部门|直属|直接)?主管)(?:签字|签名|签章|\\s*[::])`);
const NOTE = { test: (text: string) => NOTE_WORD.test(text) || SIGN_LINE.test(text) };

/** An export's or a form's note line: 导出人:admin, 打印时间:…, 制表人:…, 注:… */
export const NOTE_LINE = {
  test(text: string): boolean {
    return NOTE.test(toSimplified(cleanText(text)).replace(/\s+/g, ' '));
  },
};

/** A printed page's footer pasted or exported with the rows: 第 1 页, 第1页 共2页, 第1页/共2页, 共2页, 1/2页, Page 1 of 2. */
export const PAGE_LINE = {
  test(text: string): boolean {
    const t = text.normalize('NFKC').replace(/\s+/g, '');
    return /^(第\d+页([,、/|;]?共\d+页)?|共\d+页([,、/|;]?第\d+页)?|第?\d+\/\d+页|page\d+((of|\/)\d+)?)$/i.test(t);
  },
};

export interface SkippedRow {
  row: number;
  kind: 'total' | 'note';
  text: string;
  /** The cell the row's text is in, where it is not column A (「待复核:」 under 考核月份, D5). */
  cell?: string;
}

const key = (s: string) => toSimplified(cleanText(s).replace(/\s+/g, ' '));

/** 「2人」「共2人」「合计3人」「二人」 where a name would be: the head count of a totals line. */
const HEAD_COUNT = /^(共|合计|总计)?[\d一二三四五六七八九十百两]+(人|名)$/;
/** A cell that is a totals line's head count (「共4人」, 「4人」, 「合计3人」), spaces and full-width digits as typed. */
export const HEAD_COUNT_CELL = { test: (text: string) => HEAD_COUNT.test(text.normalize('NFKC').replace(/\s+/g, '')) };
/** A section title in the name cell alone: 「售后组」「一、客服部」「客服一组(5人)」. */
const SECTION = /(组|部|科|室|中心|班|区|队)$|^[一二三四五六七八九十]+[、.]|[((]\d+人[))]$/;

/**
 * A section title alone on a row (nothing else filled): in the 工号 column, any text that is not a 工号 (「一、销售部」);
 * in the 姓名 column, a title by its wording (「售后组」, 「客服一组(5人)」), not a person's name.
 */
export function sectionTitleAlone(text: string, role: 'id' | 'name' | undefined): boolean {
  if (role === 'id') return !/^[A-Za-z0-9_-]+$/.test(text);
  if (role === 'name') return SECTION.test(text.normalize('NFKC'));
  return true;
}
/** A unit under a heading, bracketed or not: 「(分)」「户」「%」. */
const UNIT_WORD = /^([((][^()()]{1,6}[))]|户|次|分|%|元|万元|千元|百元|万|千|个|件|单|人|人次|天|小时|分钟|秒|处|项|条|单位)$/;

/** A hint where a name goes, on a row of hints under the headings: 「(必填)」「填写姓名」「请填写」「例:张三」. */
const HINT = /^[((]?(必填|选填|可选|填写|请填|请输入|示例|例如|例[::])/;

/** The unit a cell of a units row gives: 「(次)」, 「次」, 「单位:次」, 「(单位:次)」 → 次; null for a longer text. */
export function unitCell(text: string): string | null {
  return /^[(]?\s*(?:单位\s*[::]\s*)?([^()]{1,6}?)\s*[)]?$/.exec(text.normalize('NFKC').trim())?.[1] ?? null;
}

/** A unit row under the headings: every filled cell a unit in brackets (「(分)」「(%)」「(次)」). */
const UNIT = /^[((][^()()]{1,6}[))]$/;

/** The words a name column is headed with (the form's and PERSON_NAME_HEADINGS), as rows' names are keyed: once per sheet. */
const nameHeadings = new WeakMap<Map<number, ColumnTarget>, Set<string>>();
function nameHeadingsOf(columns: Map<number, ColumnTarget>): Set<string> {
  let words = nameHeadings.get(columns);
  if (!words) {
    const field = [...columns.values()].find((t) => t.kind === 'header' && t.field.role === 'name');
    const own = field?.kind === 'header' ? [field.field.label, ...(field.field.aliases ?? [])] : [];
    words = new Set([...PERSON_NAME_HEADINGS, ...own].map((h) => key(h).replace(/\s+/g, '')));
    nameHeadings.set(columns, words);
  }
  return words;
}

/** What layoutRow asks of a sheet's columns, once per sheet (it asked for every row of 50,000, an array each time). */
interface ColumnRoles {
  nameCol: number | undefined;
  deptCol: number | undefined;
  entryCols: number[];
}
const columnRoles = new WeakMap<Map<number, ColumnTarget>, ColumnRoles>();

function rolesOf(columns: Map<number, ColumnTarget>): ColumnRoles {
  let roles = columnRoles.get(columns);
  if (!roles) {
    const list = [...columns];
    const of = (role: string) => list.find(([, t]) => t.kind === 'header' && t.field.role === role)?.[0];
    roles = { nameCol: of('name'), deptCol: of('department'), entryCols: list.filter(([, t]) => t.kind === 'entry').map(([col]) => col) };
    columnRoles.set(columns, roles);
  }
  return roles;
}

/**
 * Rows that are part of the table's layout, not people: the headings repeated (a second block under a section title),
 * a section title alone (「售后组」 with no name and nothing filled), a row of units under the headings.
 */
function layoutRow(grid: Grid, row: number, columns: Map<number, ColumnTarget>, headerRow: number): string | null {
  const texts: Array<{ col: number; text: string }> = [];
  for (let col = 1; col <= grid.columnCount; col++) {
    const t = grid.text(row, col).trim();
    if (t) texts.push({ col, text: t });
  }
  if (!texts.length) return null;
  const unit = (t: string) => UNIT.test(t) || t.split('/').every((piece) => UNIT_WORD.test(piece)) || UNIT_WORD.test(unitCell(t) ?? '');
  if (texts.every((t) => unit(t.text.normalize('NFKC')))) return texts[0]!.text;
  // The columns' numbers under the headings (栏次 1 2 3 …, as printed forms number them): no one — read as a person 「2」
  // of 工号 1, and the real 工号 1 a duplicate of it.
  if (columnNumbersRow(grid, row, headerRow)) return texts.map((t) => t.text).slice(0, 3).join(' ');
  // The headings again (over a second block), either row of a two-row heading. Not numbers: a person's marks equal to
  // the row of full marks above the headings (20 30 10 10 …) were a full-marks person passed over as a heading.
  if (repeatsHeadings(grid, texts, headerRow)) return texts.map((t) => t.text).slice(0, 3).join(' ');
  // A row of hints under the headings (「(必填)」「填写姓名」 in the name column, 「优秀/良好/…」 under the items): it was a
  // person named 「(必填)」, unscored with nine errors.
  const { nameCol, entryCols } = rolesOf(columns);
  const nameHint = nameCol !== undefined ? grid.text(row, nameCol).trim().normalize('NFKC') : '';
  if (nameHint && HINT.test(nameHint)) return nameHint;
  // A title merged across the row shows in each of its cells.
  if (texts.length >= 2 && texts.every((t) => t.text === texts[0]!.text) && grid.value(row, texts[0]!.col).kind === 'text') return texts[0]!.text;
  const entriesFilled = entryCols.some((col) => grid.value(row, col).kind !== 'empty');
  if (entriesFilled || texts.length !== 1 || grid.value(row, texts[0]!.col).kind !== 'text') return null;
  // One text alone: a section title (「售后组」), unless it is a 工号 (「1005」: a person whose name is missing, said).
  const only = texts[0]!;
  const field = columns.get(only.col);
  const role = field?.kind === 'header' ? field.field.role : undefined;
  return sectionTitleAlone(only.text, role === 'id' || role === 'name' ? role : undefined) ? only.text : null;
}

/** Most of a row's texts are the headings above their columns (not numbers), either row of a two-row heading. */
function repeatsHeadings(grid: Grid, texts: ReadonlyArray<{ col: number; text: string }>, headerRow: number): boolean {
  const same = texts.filter((t) => !NUMBER_LIKE.test(t.text.normalize('NFKC')) && (t.text === grid.text(headerRow, t.col).trim() || (headerRow > 1 && t.text === grid.text(headerRow - 1, t.col).trim()))).length;
  return same >= 2 && same * 2 >= texts.length;
}

/**
 * The headings again over another table: the name column headed otherwise (「组别」 where 「姓名」 was, or blank). A
 * ticketing export's 「按组统计」 under its 「按客服统计」 — 销售一组 74.58 and 售后一组 77.50 were ranked among the staff
 * at exit 0. 'same' for the roster's own headings again (a page's repeated heading, a second team's 「员工姓名 | …」,
 * 「客服姓名」, 「坐席」: any name cell but a group's word, OTHER_TABLE_NAME).
 */
export function headingsAgain(grid: Grid, row: number, columns: Map<number, ColumnTarget>, headerRow: number): 'same' | 'other' | null {
  const { nameCol } = rolesOf(columns);
  if (nameCol === undefined || !headingRow(grid, row, headerRow)) return null;
  const here = grid.text(row, nameCol).trim();
  if (here === grid.text(headerRow, nameCol).trim() || (headerRow > 1 && here === grid.text(headerRow - 1, nameCol).trim())) return 'same';
  if (here) return OTHER_TABLE_NAME.test(key(here).normalize('NFKC').replace(/\s+/g, '')) ? 'other' : 'same';
  // Left blank over names (a second team's block, its 姓名 heading deleted): still people, as before. Over no names
  // (09-c: 「部门 | | 考核月份 …」 over 销售部's own figures) another table.
  return personBelow(grid, row, nameCol, headerRow) ? 'same' : 'other';
}

/**
 * A person's name in the name column of the filled rows under a heading row, before the next heading row. Past empty
 * lines and past a nameless row: one blank line, or a first row whose name was forgotten, over 王五 and 赵六 set both
 * aside (base: 王五 96.25, 赵六 58.75, the nameless row an error at exit 1).
 */
function personBelow(grid: Grid, row: number, nameCol: number, headerRow: number): boolean {
  let seen = 0;
  for (let r = grid.nextRow(row); r <= grid.rowCount && seen < 10; r = grid.nextRow(r)) {
    if (!rowFilled(grid, r)) continue;
    seen++;
    if (headingRow(grid, r, headerRow)) return false;
    const name = key(grid.text(r, nameCol)).replace(/\s+/g, '');
    if (!name) continue;
    if (!UNIT_ENDING.test(name) && !GROUP_NAME.test(name) && !TOTAL.test(name) && !SUBTOTAL_OF.test(name)) return true;
  }
  return false;
}

/** Most of the row's texts are the headings above their columns (the headings again). */
function headingRow(grid: Grid, row: number, headerRow: number): boolean {
  const texts: Array<{ col: number; text: string }> = [];
  for (let col = 1; col <= grid.columnCount; col++) {
    const t = grid.text(row, col).trim();
    if (t) texts.push({ col, text: t });
  }
  return repeatsHeadings(grid, texts, headerRow);
}

/** Any cell of the row holds a value. */
export function rowFilled(grid: Grid, row: number): boolean {
  for (let col = 1; col <= grid.columnCount; col++) if (grid.value(row, col).kind !== 'empty') return true;
  return false;
}

/**
 * A row of the columns' numbers (栏次 1 2 3 4 …): a number in every column that has a heading and in no other, each the
 * next, from 1 (or from the first column's own number). A person's or a customer's row never fills its name column so,
 * and one left half blank (客户 empty, ratings 7 8 9 10) is an incomplete answer, not this.
 */
export function columnNumbersRow(grid: Grid, row: number, headerRow: number): boolean {
  let expected: number | null = null;
  let count = 0;
  for (let col = 1; col <= grid.columnCount; col++) {
    const headed = grid.text(headerRow, col).trim() !== '';
    const text = grid.value(row, col).kind === 'empty' ? '' : grid.text(row, col).normalize('NFKC').trim();
    if (!text) {
      if (headed) return false;
      continue;
    }
    if (!headed || !/^\d{1,3}$/.test(text)) return false;
    const n = Number(text);
    if (expected === null ? n !== 1 && n !== col : n !== expected) return false;
    expected = n + 1;
    count++;
  }
  return count >= 3;
}

/** A number as a cell shows it (20, 0.5, 95%, 1,200): never a heading. */
const NUMBER_LIKE = /^[+-]?[\d,]*\.?\d+\s*[%分]?$/;

/** A heading on a repeated heading row away from its column: its text, its column there and its column above. */
export interface MovedHeading {
  text: string;
  col: number;
  was: number;
}

/**
 * The headings again under the table, in another order (a second team's block pasted with its own heading row, 应对压力
 * and 保持冷静 swapped): the headings away from their columns, or null for a row that is not the headings so moved. Read
 * with the first heading's columns, the block's marks went to each other's items (87.5 scored 91.67, exit 0).
 */
export function reorderedHeadings(grid: Grid, row: number, headerRow: number): MovedHeading[] | null {
  const exact = headingColumns(grid, headerRow);
  // A block retyped with notes (「良好的沟通能力(10分)」 under 「良好的沟通能力」) names the same headings: shifted a column
  // left, it was a person 「部门」 with 14 errors, its own person's marks read under the next items.
  const bare = headingColumns(grid, headerRow, true);
  const columnsOf = { get: (key: string) => exact.get(key) ?? bare.get(withoutTrailingNote(key)) };
  const texts: Array<{ col: number; key: string }> = [];
  let named = 0;
  for (let col = 1; col <= grid.columnCount; col++) {
    if (grid.value(row, col).kind === 'empty') continue;
    const t = grid.text(row, col).trim();
    if (!t) continue;
    const key = t.normalize('NFKC').replace(/\s+/g, '');
    if (columnsOf.get(key)) named++;
    texts.push({ col, key });
    // A person's or a record's row (1001, 张三 …) names no heading in its first two cells: no more looked at, for each
    // of 50,000 rows.
    if (texts.length === 2 && named === 0) return null;
  }
  if (texts.length < 2) return null;
  let same = 0;
  const moved: MovedHeading[] = [];
  for (const t of texts) {
    const cols = columnsOf.get(t.key);
    if (!cols) continue;
    if (cols.has(t.col)) same++;
    // A text heading one column only: where it was is known.
    else if (cols.size === 1) moved.push({ text: t.key, col: t.col, was: [...cols][0]! });
  }
  const matched = same + moved.length;
  return moved.length && matched >= 2 && matched * 2 >= texts.length ? moved : null;
}

/** Per sheet and heading row, once: the headings' columns by text (either row of a two-row heading). */
const headingColumnsOf = new WeakMap<Grid, Map<number, Map<string, Set<number>>>>();
const bareColumnsOf = new WeakMap<Grid, Map<number, Map<string, Set<number>>>>();
/** `bare`: keyed without a trailing note (「…(10分)」). */
function headingColumns(grid: Grid, headerRow: number, bare = false): Map<string, Set<number>> {
  const cache = bare ? bareColumnsOf : headingColumnsOf;
  let byRow = cache.get(grid);
  if (!byRow) cache.set(grid, (byRow = new Map()));
  let columnsOf = byRow.get(headerRow);
  if (columnsOf) return columnsOf;
  // A text under several items (上级, 客户) is in each. Numbers are no headings: a row of the items' points above them
  // (分值 20 30 10) is matched by a person's marks.
  columnsOf = new Map();
  for (const r of headerRow > 1 ? [headerRow, headerRow - 1] : [headerRow]) {
    for (let col = 1; col <= grid.columnCount; col++) {
      const t = grid.text(r, col).trim();
      if (!t || NUMBER_LIKE.test(t.normalize('NFKC'))) continue;
      const whole = t.normalize('NFKC').replace(/\s+/g, '');
      const key = bare ? withoutTrailingNote(whole) : whole;
      columnsOf.set(key, (columnsOf.get(key) ?? new Set()).add(col));
    }
  }
  byRow.set(headerRow, columnsOf);
  return columnsOf;
}

/** Whether a row under the headings is a total or a note/signature line rather than a person; null = a person. */
export function classifyRow(grid: Grid, row: number, columns: Map<number, ColumnTarget>, headerRow?: number): Omit<SkippedRow, 'row'> | null {
  if (headerRow !== undefined) {
    const layout = layoutRow(grid, row, columns, headerRow);
    if (layout) return { kind: 'note', text: layout };
  }
  // A signature line laid across the columns (审核: | 王经理 | 制表: | 李文员, 部门负责人签字: …): a cell that is only such a
  // label, its colon included, is in no person's row.
  // Not a person's row with a remark so worded: 张三 (工号 S01) with his figures and 「待复核:」 or 「主管审核:」 in 备注 was
  // dropped as a sign-off at exit 0 (§10: 张三 98.40 and 李四 97.00 unscored, 王五 alone 80.18 良好 for 97.60 优秀).
  const signed = (t: string) => t.length <= 16 && SIGN_LABEL.test(t.normalize('NFKC').replace(/\s+/g, ''));
  for (let col = 1; col <= Math.min(grid.columnCount, 60); col++) {
    const t = grid.text(row, col);
    // (Unless the row is label-then-value pairs: 「审核: | 王经理 | 制表: | 李文员 | 日期: | 20260402」 with the date under an
    // item, or 「考核人: | 王经理 | | | 参评人数: | 3」, was a person 「王经理」 with 11 errors at exit 1.)
    // (Nor one with both its name and its 工号 and nothing else filled: 005 | 孙七 | 客服部 with 「待复核:」 in 其它·原因 was
    // dropped as a sign-off at exit 0, an info only — refused for its blanks as the same row without the remark is, review 61.)
    // (Nor one with her name and no 工号: 「| 孙七 | … | 待复核:」 was dropped likewise — her name under 被考核人 with no label
    // left of it, where a footer's 「审核人: | 王五」 puts its label first; namedFirst.)
    // (But a footer whose signer's name lands under the name column is no person either: 「审核: | 王经理 | 2026.4.1」 under
    // 序号 | 被考核人 | 工号, the date under 工号, was a person 王经理 refused nothing-filled at exit 1 (review 62) — a label left
    // of the name, or a date where the 工号 goes, is a footer's; and 「1008 | 王经理 | 部门负责人签字:」, the label alone in an
    // identity field after the name, nothing else filled: labelAfterWho.)
    if (t && signed(t) && (signOffPairs(grid, row, signed) || labelAfterWho(grid, row, columns, signed) || !(personWithFigures(grid, row, columns, signed) || namedAndNumbered(grid, row, columns, signed) || namedFirst(grid, row, columns, signed)))) return { kind: 'note', text: t };
  }
  // 「客服主管 | 王五 | … 签字:」, 「主管 | 王五 | … 签名」, 「经理: | 王五 | … 2026-03-31」: a signer's title, her name and a
  // signature's word or a date, nothing else (titledSignOff).
  const titled = titledSignOff(grid, row, columns, headerRow ?? 0);
  if (titled) return { kind: 'note', text: titled };
  // 「参评人数 | 3」, 「人数 | | | 4」 under the people: a head count's label and its number, nothing else (headCountLine).
  const counted = headCountLine(grid, row);
  if (counted) return { kind: 'total', text: counted };
  let nameText = '';
  let idText = '';
  const identity: string[] = [];
  let firstEntry = Infinity;
  for (const [col, t] of columns) {
    if (t.kind === 'entry') firstEntry = Math.min(firstEntry, col);
    else if (t.field.role === 'name') nameText = key(grid.text(row, col));
    else if (t.field.role === 'id') identity.push((idText = key(grid.text(row, col))));
  }
  // A 序号 or 工号 cell saying 合计 or 人数 (or 「共2人」): a totals line, whatever the name cell holds (「2」, 「二人」).
  for (let col = 1; col < Math.min(firstEntry, grid.columnCount + 1, 60); col++) {
    if (!columns.has(col)) identity.push(key(grid.text(row, col)));
  }
  const marked = identity.find((t) => TOTAL_CORE.test(t.replace(/\s+/g, '')) || HEAD_COUNT.test(t.replace(/\s+/g, '')));
  if (marked) return { kind: 'total', text: marked };
  const name = nameText.replace(/\s+/g, '');
  if (name && !HEAD_COUNT.test(name)) {
    // 满分, 最高, 中位数, Total name a statistics row only where no 工号 says the row is a person's.
    if (TOTAL_CORE.test(name) || (TOTAL.test(nameText) && !/\d/.test(idText))) return { kind: 'total', text: nameText };
    if (!/\d/.test(idText) && (GROUP_NAME.test(nameText) || SUBTOTAL_OF.test(nameText))) return { kind: 'total', text: nameText };
    // 「达标率 | 100% | 90% …」 under the projects: each item's rate, not a project (nor a person: only by its figures).
    if (!/\d/.test(idText) && RATE_LINE.test(nameText) && rateFigures(rolesOf(columns).entryCols.map((col) => grid.value(row, col)), nameText)) return { kind: 'total', text: nameText };
    // 「达标数 | 2 | 3 | 3 …」 under them: how many projects passed each check, at most the rows above it.
    if (!/\d/.test(idText) && COUNT_LINE.test(nameText) && countFigures(rolesOf(columns).entryCols.map((col) => grid.value(row, col)), headerRow === undefined ? Infinity : row - headerRow - 1)) return { kind: 'total', text: nameText };
    // 「销售部」 under 姓名 beside 部门 「销售部」: the department's own row (09-b: a third person, 74.58 一般 at exit 0). A person
    // whose 部门 is blank is still one.
    const { deptCol } = rolesOf(columns);
    const dept = deptCol === undefined ? '' : key(grid.text(row, deptCol)).replace(/\s+/g, '');
    // (And 「销售部全员」, 「销售部(合计)」: the department and a group's or a statistic's word.)
    // (Only a unit's name: 张伟 beside 班组 张伟, 王全员 beside 部门 王 are people.)
    if (!/\d/.test(idText) && UNIT_ENDING.test(dept) && (name === dept || (name.startsWith(dept) && GROUP_NAME.test(name.slice(dept.length))))) return { kind: 'total', text: `${nameText}(部门行)` };
    if (NOTE.test(nameText) || PAGE_LINE.test(nameText)) return { kind: 'note', text: nameText };
    // A heading row again, retyped by a second team (「员工姓名 | 迟到早退缺勤(次) | …」 half way down): no one is called 员工姓名
    // (it was a person with five errors).
    if (nameHeadingsOf(columns).has(name)) return { kind: 'note', text: nameText };
    // A template's example row (「张三(示例)」, 工号 「示例」), as on a person's sheet: it was scored, one more 一般.
    if (EXAMPLE_ROW.test(nameText) || (idText && EXAMPLE_ROW.test(idText))) return { kind: 'note', text: nameText };
    // A head count under 姓名 (=COUNTA(…) → 4) on the row whose 部门 says 平均: the averages line, not a person 「4」 (91.50
    // 良好 at exit 0, one more in the band counts).
    const word = !idText && /^\d+$/.test(name) ? statisticInFields(grid, row, columns) : undefined;
    return word ? { kind: 'total', text: word } : null;
  }
  const total = identity.find((t) => TOTAL.test(t)) ?? (nameText ? nameText : undefined);
  if (total) return { kind: 'total', text: total };
  // No name and no 工号, the word alone in another field's column (合计 under 部门, 本组平均 under 考核月份): a totals line,
  // not a person without a name (two 「(无姓名)」 rows, 11 errors, 「表头「被考核人」未填写」).
  const word = idText ? undefined : statisticInFields(grid, row, columns);
  if (word) return { kind: 'total', text: word };
  // No name and no 工号, every figure under the items the item's 分值 (a row of full marks typed under the headings, its
  // label left blank): no one — read as a person's counts, its 10s were faults and made the sheet look like scores.
  // Only right under the headings (a units row may come between): between people it is a person whose name was
  // forgotten, the best of them (dropped with exit 0).
  if (!idText && headerRow !== undefined && row <= headerRow + 2 && fullMarksRow(grid, row, columns)) return { kind: 'total', text: '(各项分值)' };
  // No name and no 工号 (nor a 序号), every figure under the items the column's sum — or its mean — over the people above
  // (an AutoSum row left unlabelled, =SUM(F2:F4) …): the totals line, not a fourth person — §10 265500 | 300000 | 255 … was
  // 「(无姓名) — 未评分」 with 7 errors at exit 1, the advice to name it making a fake person.
  if (!idText && headerRow !== undefined && identity.every((t) => !/\d/.test(t))) {
    const summed = columnSumsRow(grid, row, columns, headerRow);
    if (summed) return { kind: 'total', text: summed === 'sum' ? '(无标签,各数为上面各人之和)' : '(无标签,各数为上面各人的平均)' };
  }
  // (Beside a template's pre-filled 考核月份 too: 「注:各项填等级代码,1=优秀…」 with 2026-03 under 考核月份 was a person
  // without a name, 17 errors.)
  const prefilled = templateFilled(columns);
  const texts: string[] = [];
  for (let col = 1; col <= grid.columnCount; col++) {
    if (prefilled.has(col)) continue;
    const v = grid.value(row, col);
    if (v.kind === 'empty') continue;
    if (v.kind !== 'text') return null;
    const t = key(v.value);
    if (!t) continue;
    // (And a printed page's number beside it, or alone in the last column: 「第1页」 was a person without a name, 26 errors.)
    if (!NOTE.test(t) && !PAGE_LINE.test(t)) return null;
    texts.push(t);
  }
  return texts.length ? { kind: 'note', text: texts[0]! } : null;
}

/**
 * A person's row whatever its remark says: a name (or a 工号 with a digit) that is no sign-off text, and a figure under
 * an item (a number, or one typed as text). A sign-off line laid across the columns (审核: | 王经理 | 制表: | 李文员, 日期: |
 * 20260402) is told first by its label-then-value pairs (signOffPairs); one with marks but neither name nor 工号 is no
 * person's either.
 */
function personWithFigures(grid: Grid, row: number, columns: Map<number, ColumnTarget>, signed: (t: string) => boolean): boolean {
  const who = whoOf(grid, row, columns, signed);
  return (who.name || who.id) && [...columns].some(([col, t]) => t.kind === 'entry' && typedFigure(grid.value(row, col), t.input.unit));
}

/**
 * A name and a 工号 with a digit, neither a sign-off text: a person's row even with no figure filled. Not where the 工号 is
 * a date (「审核: | 王经理 | 2026.4.1」, 「考评人签字: | 王经理 | 4月1日」 under 序号 | 被考核人 | 工号: the footer's date) or a
 * label stands left of the name (the footer's 「审核:」 under 序号): each was a person 王经理 refused nothing-filled at exit 1.
 */
function namedAndNumbered(grid: Grid, row: number, columns: Map<number, ColumnTarget>, signed: (t: string) => boolean): boolean {
  const who = whoOf(grid, row, columns, signed);
  return who.name && who.id && !datedId(grid, row, columns) && !labelLeftOfName(grid, row, columns, signed);
}

/**
 * A date where the 工号 goes (2026.4.1, 2026-04-01, 2026年4月1日, 4月1日, an Excel date cell): a footer's date, not a 工号 —
 * a 工号 is the team's code (001, S05, 1008). A date without its year or 月 (4.1, 3/31) is not taken for one.
 */
function datedId(grid: Grid, row: number, columns: Map<number, ColumnTarget>): boolean {
  for (const [col, t] of columns) {
    if (t.kind !== 'header' || t.field.role !== 'id') continue;
    const raw = grid.value(row, col);
    if (raw.kind === 'date' || (raw.kind === 'text' && isDayDate(raw.value, false))) return true;
  }
  return false;
}

/**
 * A label (审核:, 审核人:, 考评人签字:, any text ending in a colon) in the row left of the name column — or a signer's role
 * word without its colon (「负责人 | 王五 | … 日期: | 2026-03-31」, 「制表人 | 王五 | … 待复核:」: a person 王五 refused for
 * her blanks at exit 1, review 62 of e3f2d851; no 工号 or 序号 is such a word).
 */
// (A signer's role only, not a job title: 「主管 | 孙七 | … 待复核:」 — 主管 mistyped in 工号 or under a 岗位 column — is a
// person refused for her blanks, not a footer dropped at exit 0, review 62.)
const BARE_ROLE = /^(部门)?(制表|审核|审批|复核|批准|填表|考核|考评|评分)人?$|^(部门)?负责人$/;
// A job title (主管, 经理) left of the name marks a footer only beside a signature's own label on the row (签字:, 日期:):
// 「主管 | 王五 | … 签字:」 is a sign-off line (refused as a person at exit 1, review 62 of ffd32a32), 「主管 | 孙七 | … 待复核:」
// a person.
const TITLE_ROLE = /^(部门)?(主管|经理)$/;
const SIGNATURE_LABEL = /(签字|签名|签章|日期)[::]$/;
function labelLeftOfName(grid: Grid, row: number, columns: Map<number, ColumnTarget>, signed: (t: string) => boolean): boolean {
  const { nameCol } = rolesOf(columns);
  if (nameCol === undefined) return false;
  for (let col = 1; col < nameCol; col++) {
    const t = grid.text(row, col);
    const target = columns.get(col);
    const ownField = target?.kind === 'header' && (target.field.role === 'position' || target.field.role === 'department');
    const word = t.normalize('NFKC').replace(/\s+/g, '');
    if (t && (labelCell(t, signed) || (!ownField && BARE_ROLE.test(word)))) return true;
    if (t && !ownField && TITLE_ROLE.test(word) && signatureOnRow(grid, row)) return true;
  }
  return false;
}

function signatureOnRow(grid: Grid, row: number): boolean {
  for (let col = 1; col <= Math.min(grid.columnCount, 60); col++) if (SIGNATURE_LABEL.test(grid.text(row, col).normalize('NFKC').trim())) return true;
  return false;
}

/**
 * A signer's title (主管, 客服主管, 部门经理, 总经理, 组长, 总监, 主任, 负责人; its colon or not) typed left of the name.
 * Not 专员 or 客服: a staff member's own title, who is appraised on the roster, not one who signs it.
 */
const SIGNER_TITLE = /^[\u4e00-\u9fa5]{0,6}?(主管|经理|组长|班长|总监|主任|部长|店长|负责人)[::]?$/;
/** A signature's own word, its colon or not, perhaps with the date after it: 签字, 签名:, 签章, 日期, 日期:2026-03-31. */
const SIGNATURE_WORD = /^(?:签字|签名|签章|盖章|日期|签字日期|签名日期)(?:[::](.*))?$/;

/**
 * A sign-off line under the people: a signer's title left of the name (not under the person's own 岗位 or 部门), a name,
 * and a signature's word or a date (not the template's 考核月份 or 日期 filled down its rows) — every other cell empty, no
 * figure under an item, no 工号, no 部门, no remark. 「客服主管 | 王五 | … 签字:」, 「总经理 | 王五 | … 签字:」, 「组长 | 王五 |
 * … 签字:」, 「主管 | 王五 | … 签名」, 「主管 | 王五 | … 日期 | 2026-03-31」, 「经理: | 王五 | … 2026-03-31」 under §8's 张三 and
 * 李四 were each a person 王五 refused for her blanks (F4, G4, L4, N4, O4) at exit 1: only 主管/经理 beside a label with its
 * colon (签字:, 日期:) was a footer. A person 王经理 with her figures, a 主管 typed in 工号 beside full figures, 「主管 | 孙七 |
 * … 待复核:」 (a remark, no signature) are people still. The row's text for the skipped-row note, or null.
 */
function titledSignOff(grid: Grid, row: number, columns: Map<number, ColumnTarget>, headerRow: number): string | null {
  const { nameCol } = rolesOf(columns);
  if (nameCol === undefined) return null;
  const name = grid.text(row, nameCol).normalize('NFKC').replace(/\s+/g, '');
  if (!personTab(name)) return null;
  const prefilled = templateFilled(columns);
  const texts: string[] = [];
  let title = false;
  let signature = false;
  for (let col = 1; col <= grid.columnCount; col++) {
    const raw = grid.value(row, col);
    if (raw.kind === 'empty' || (raw.kind === 'text' && !raw.value.trim())) continue;
    if (prefilled.has(col) && col !== nameCol) continue;
    const text = grid.text(row, col).trim();
    const word = text.normalize('NFKC').replace(/\s+/g, '');
    const target = columns.get(col);
    const ownField = target?.kind === 'header' && (target.field.role === 'position' || target.field.role === 'department');
    const idCol = target?.kind === 'header' && target.field.role === 'id';
    // (Not from a column the scored people fill with the same kind of cell: a 岗位 column the form does not know, 「客服专员」
    // on every row, and a date column (入职日期) — a half-filled 王五 「客服组长 | 王五 | 2023-03-01」 was dropped as a footer at
    // exit 0, review 63 of f17ace55.)
    if (col === nameCol) texts.push(text);
    else if (!title && col < nameCol && !ownField && raw.kind === 'text' && SIGNER_TITLE.test(word) && (idCol || !onScoredRows(grid, row, col, columns, headerRow, 'any'))) {
      title = true;
      texts.push(text);
    } else if (title && col > nameCol && signatureCell(raw, word) && !onScoredRows(grid, row, col, columns, headerRow, 'signature')) {
      signature = true;
      texts.push(text);
    } else return null;
  }
  return title && signature ? texts.join(' ') : null;
}

/**
 * Whether another row with figures in the items' columns (a scored person's) holds a cell of this kind in this column. The
 * rows are found once per sheet, layout and column (the first two are enough to tell another from this one): a 职务 column
 * of 「客服主管」 on every row asked it for each row.
 */
function onScoredRows(grid: Grid, row: number, col: number, columns: Map<number, ColumnTarget>, headerRow: number, kind: 'any' | 'signature'): boolean {
  const ofGrid = scoredColumns.get(grid) ?? new WeakMap<Map<number, ColumnTarget>, Map<string, number[]>>();
  scoredColumns.set(grid, ofGrid);
  const known = ofGrid.get(columns) ?? new Map<string, number[]>();
  ofGrid.set(columns, known);
  const key = `${headerRow}:${col}:${kind}:${columns.size}`;
  let rows = known.get(key);
  if (rows === undefined) {
    const like = (r: RawValue) => kind === 'any' || r.kind === 'date' || (r.kind === 'text' && signatureCell(r, r.value.normalize('NFKC').replace(/\s+/g, '')));
    const entries = [...columns].filter(([, t]) => t.kind === 'entry').map(([c]) => c);
    rows = [];
    for (let r = headerRow + 1; r <= grid.rowCount && rows.length < 2; r++) {
      const raw = grid.value(r, col);
      if (raw.kind === 'empty' || !like(raw)) continue;
      if (entries.some((c) => { const v = grid.value(r, c); return v.kind === 'number' || (v.kind === 'text' && v.value.trim() !== ''); })) rows.push(r);
    }
    known.set(key, rows);
  }
  return rows.some((r) => r !== row);
}
const scoredColumns = new WeakMap<Grid, WeakMap<Map<number, ColumnTarget>, Map<string, number[]>>>();

/** A signature's word (签字, 签名:, 日期:2026-03-31) or a day's date (a date cell, 「2026-03-31」, 「3月31日」). */
function signatureCell(raw: RawValue, word: string): boolean {
  if (raw.kind === 'date') return true;
  if (raw.kind !== 'text') return false;
  if (isDayDate(word, false)) return true;
  const m = SIGNATURE_WORD.exec(word);
  return m !== null && (!m[1] || isDayDate(m[1], false));
}

/** Fields that say who and where a person is (部门, 岗位, 考核月份, 考核人, 日期): no one's remark is typed there. */
const IDENTITY_ROLES = new Set(['department', 'position', 'period', 'rater', 'date']);

/**
 * A name (and perhaps a 工号), then a sign-off label in an identity field right of the name as the row's last filled cell,
 * nothing else filled: 「1008 | 王经理 | 部门负责人签字:」 under 工号 | 被考核人 | 部门名称 — a footer's line, its label under
 * 部门. It was a person 王经理 refused nothing-filled at exit 1. A person's 「待复核:」 stands in a remark (其它·原因, 备注):
 * 1008 | 王经理 with that remark, or with her 部门 filled, is still a person refused for her blanks.
 */
function labelAfterWho(grid: Grid, row: number, columns: Map<number, ColumnTarget>, signed: (t: string) => boolean): boolean {
  const { nameCol } = rolesOf(columns);
  if (nameCol === undefined || !grid.text(row, nameCol)) return false;
  let label = 0;
  for (let col = 1; col <= grid.columnCount; col++) {
    const raw = grid.value(row, col);
    if (raw.kind === 'empty' || (raw.kind === 'text' && !raw.value.trim())) continue;
    if (label) return false;
    const target = columns.get(col);
    if (col === nameCol || (target?.kind === 'header' && target.field.role === 'id')) continue;
    // (Or under a number's column — 「| 王五 | … | 审核人签字:」 under 其它·奖惩分: no one's figure is a label, review 62.)
    const numeric = target?.kind === 'entry' && (target.input.type === 'number' || target.input.type === 'integer');
    if (col > nameCol && ((target?.kind === 'header' && IDENTITY_ROLES.has(target.field.role)) || numeric) && signed(grid.text(row, col))) label = col;
    else return false;
  }
  return label > 0;
}

/**
 * A person's name (2–5 Chinese characters, no sheet's word: personTab) in the name column, no sign-off text, and no label
 * (审核人:, 参评人数:) in the row left of it: a person's row, her remark (「待复核:」 in 其它·原因 or 备注) to its right. 孙七
 * with her name and that remark, no 工号 and nothing else filled, was dropped as a sign-off line at exit 0 with an info —
 * the same row without the remark is refused (nothing-filled). A footer names its signer after the label: 「审核人: | 王五」.
 */
function namedFirst(grid: Grid, row: number, columns: Map<number, ColumnTarget>, signed: (t: string) => boolean): boolean {
  const { nameCol } = rolesOf(columns);
  if (nameCol === undefined) return false;
  const name = grid.text(row, nameCol).normalize('NFKC').replace(/\s+/g, '');
  if (!personTab(name) || signed(name) || NOTE.test(key(name))) return false;
  // (Nor a date under 工号 left of it: 「2026-04-01 | 王经理 | … | 审核:」 is a footer's date and signer.)
  return !labelLeftOfName(grid, row, columns, signed) && !datedId(grid, row, columns);
}

/**
 * A head count's label word typed without its colon (参评人数, 人数, 合计人数, 总人数, 实到人数) and one whole number, the
 * row's only two filled cells, the label first and the number anywhere right of it (「参评人数 | 3」 with the 3 under 姓名,
 * 「总人数 | | | | | 3」 under an item): a footer, not a person 「3」 refused for her blanks at exit 1. The label's text, or
 * null. No one's name is such a word; a person's row with her figures has more than one number or no such label.
 */
// (With its colon too: 「参评人数: | 3」 was a person 「3」 — review 62.)
const HEAD_COUNT_LABEL = /^(?:参评|参考|参加|参与|考核|考评|被考核|合计|总计|共计|累计|统计|总|实到|应到|实际|在职|在岗|本月|当月|本期|有效|员工|客服|部门|本组|全组|全部)?人数(?:[((][^()()]*[))])?:?$/;
function headCountLine(grid: Grid, row: number): string | null {
  let label: string | null = null;
  let numbers = 0;
  for (let col = 1; col <= grid.columnCount; col++) {
    const raw = grid.value(row, col);
    if (raw.kind === 'empty') continue;
    const t = raw.kind === 'text' ? raw.value.normalize('NFKC').replace(/\s+/g, '') : '';
    if (raw.kind === 'text' && !t) continue;
    if (label === null && numbers === 0 && raw.kind === 'text' && HEAD_COUNT_LABEL.test(t)) label = raw.value.trim();
    else if (label !== null && numbers === 0 && ((raw.kind === 'number' && Number.isInteger(raw.value) && raw.value >= 0 && !raw.percentFormat && !raw.percentSign) || /^\d{1,6}$/.test(t))) numbers++;
    else return null;
  }
  return label !== null && numbers === 1 ? label : null;
}

/** A shared field's text (the 考核月份, 考核人 a template fills down its rows) that is a sign-off label or a note: 「待复核:」. */
export function noteInField(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  return (t.length <= 16 && SIGN_LABEL.test(t)) || NOTE_LINE.test(text);
}

/** Whether the row's name column, and its 工号 column with a digit, hold text that is no sign-off or note. */
function whoOf(grid: Grid, row: number, columns: Map<number, ColumnTarget>, signed: (t: string) => boolean): { name: boolean; id: boolean } {
  const who = { name: false, id: false };
  for (const [col, t] of columns) {
    if (t.kind !== 'header') continue;
    const text = grid.text(row, col).trim();
    if (!text || signed(text) || NOTE.test(key(text))) continue;
    if (t.field.role === 'name') who.name = true;
    else if (t.field.role === 'id' && /\d/.test(text)) who.id = true;
  }
  return who;
}

/**
 * A figure under an item: a number, or a number typed as text as the roster reader reads it (「0.92」, 「92%」, 「1,234」).
 * A CSV's or a text-formatted sheet's 张三 with 「待复核:」 in 备注 was a sign-off at exit 0 (§10: 王五 alone 80.18 良好 for
 * 张三 98.40, 李四 97.00, 王五 97.60 优秀).
 */
function typedFigure(raw: RawValue, unit: string | undefined): boolean {
  return raw.kind === 'number' || (raw.kind === 'text' && (parseNumberText(raw.value, unit) !== null || COUNTED.test(raw.value.normalize('NFKC').trim())));
}

/**
 * A whole number typed with the word it counts in (「30个」, 「30单」, 「30 次」): a person's figure whatever the reader makes
 * of it — it reads 「30个」 in §10 新客户数 as 30 (a count of no unit, values.ts countWithWord) and refuses 「30 次」 at its
 * cell. Not a figure here, 张三 with 「待复核:」 in 备注 and only his counts so typed was a sign-off at exit 0 (info), where
 * the same row without the remark is refused for its blanks.
 */
const COUNTED = /^\d+\s*(个|人|位|名|户|家|件|单|张|笔|台|条|份|次|回|处|起|宗|例|项|人次)$/;

/** A cell that labels the value right of it: a sign-off label (审核:, 制表人:), or any text ending in a colon (参评人数:). */
const labelCell = (t: string, signed: (t: string) => boolean) => signed(t) || /:$/.test(t.normalize('NFKC').trim());

/**
 * Every filled cell of the row a label or the value right beside one (审核: | 王经理 | 制表: | 李文员 | 日期: | 20260402;
 * 考核人: | 王经理 | | | 参评人数: | 3) or further right across empty cells (待复核: | | 3, 待复核: | | | 3): a sign-off line,
 * the number under an item its label's value. A person's row with 「待复核:」 in 备注 has its 工号, name and figures besides.
 */
function signOffPairs(grid: Grid, row: number, signed: (t: string) => boolean): boolean {
  const at = (col: number) => (col <= grid.columnCount ? grid.text(row, col) : '');
  for (let col = 1; col <= grid.columnCount; col++) {
    const t = grid.text(row, col);
    if (!t) continue;
    if (!labelCell(t, signed)) {
      // A label typed without its colon, its count with the word right after it (参评人数 | 3人, 共计 | 3人, 本月新客户 |
      // 30个): beside 「审核人: | 王经理」 the count under 实际销售额 (a figure to personWithFigures, COUNTED) made the row a
      // person 「王经理」 with 12 errors at exit 1. Only a count so typed and only right beside its label: a plain number
      // after a word, or anything after a name (张三 | 销售部), is no such pair.
      if (col < grid.columnCount && countedValue(grid.value(row, col + 1)) && wordLabel(grid.value(row, col))) {
        col++;
        continue;
      }
      return false;
    }
    // Its value the next filled cell, right beside it or across blanks (「待复核: | | | 3」, the 3 under 客户满意度, was a
    // person 「王经理」 at exit 1 whose 3 made the people's 0.92 read as 0.92 points: 张三 80.18 良好 for 98.40 优秀).
    let next = col + 1;
    while (next <= grid.columnCount && !at(next)) next++;
    if (next <= grid.columnCount && !labelCell(at(next), signed)) col = next;
  }
  return true;
}

/** A whole number typed as text with the word it counts in (「3人」, 「30个」). */
const countedValue = (raw: RawValue) => raw.kind === 'text' && COUNTED.test(raw.value.normalize('NFKC').trim());
/** A text that is no figure (参评人数, 共计): what may label a count beside it. */
const wordLabel = (raw: RawValue) => raw.kind === 'text' && !/\d/.test(raw.value.normalize('NFKC'));

/** Columns of the fields a template fills in down its rows (the month of --period, the 考核人 of --rater, a date). */
export function templateFilled(columns: ReadonlyMap<number, ColumnTarget>): Set<number> {
  return new Set([...columns].filter(([, t]) => t.kind === 'header' && (t.field.role === 'period' || t.field.role === 'date' || t.field.role === 'rater')).map(([col]) => col));
}

/** A statistic's word alone in a header field's cell (合计 under 部门, 本组平均 under 考核月份), or a group's total (客服部合计). */
function statisticInFields(grid: Grid, row: number, columns: Map<number, ColumnTarget>): string | undefined {
  for (const [col, t] of columns) {
    if (t.kind !== 'header') continue;
    const text = grid.text(row, col).trim();
    if (text && (TOTAL.whole(text) || /(合计|小计|总计|平均|均值)[::]?$/.test(text.normalize('NFKC').replace(/\s+/g, '')))) return text;
  }
  return undefined;
}

/**
 * At least three item columns, every number among them its item's 分值, no other value under an item, and nothing in
 * the header fields' columns: a person whose name was forgotten still has a month, a 部门 or a 考核人 there (she was
 * dropped as 「(各项分值)」 with exit 0).
 */
function fullMarksRow(grid: Grid, row: number, columns: Map<number, ColumnTarget>): boolean {
  let at = 0;
  for (const [col, t] of columns) {
    if (t.kind === 'header') {
      if (grid.value(row, col).kind !== 'empty') return false;
      continue;
    }
    const v = grid.value(row, col);
    if (v.kind === 'empty') continue;
    if (v.kind !== 'number' || t.item.max <= 0 || v.value !== t.item.max) return false;
    at++;
  }
  return at >= 3;
}

/** A figure as a number and the decimals it is shown with: a number cell, or a number typed as text (「8%」 is 0.08). */
function figureOf(raw: RawValue, unit: string | undefined): { value: number; places: number } | null {
  if (raw.kind === 'number') {
    if (!Number.isFinite(raw.value)) return null;
    const value = raw.percentSign ? raw.value / 100 : raw.value;
    const shown = Number(raw.value.toPrecision(15));
    const places = raw.places ?? (Number.isInteger(shown) ? 0 : (String(shown).split('.')[1]?.length ?? 0));
    return { value, places: places + (raw.percentFormat || raw.percentSign ? 2 : 0) };
  }
  if (raw.kind !== 'text') return null;
  const n = parseNumberText(raw.value, unit);
  if (!n) return null;
  const places = /\.(\d+)/.exec(raw.value.normalize('NFKC'))?.[1]?.length ?? 0;
  return n.percent ? { value: n.value / 100, places: places + 2 } : { value: n.value, places };
}

/** Per item column, the running count, sum, least and greatest figure over the people's rows (named, not skipped). */
interface ColumnRuns {
  rows: number[];
  cols: Map<number, { count: number[]; sum: number[]; min: number[]; max: number[] }>;
}
// By grid, then heading row and columns (a layout's columns are moved and dropped while it is read: keyed by them).
const columnRunsOf = new WeakMap<Grid, Map<string, ColumnRuns>>();

function columnRuns(grid: Grid, columns: Map<number, ColumnTarget>, headerRow: number): ColumnRuns {
  const byKey = columnRunsOf.get(grid) ?? new Map<string, ColumnRuns>();
  columnRunsOf.set(grid, byKey);
  const key = `${headerRow}|${[...columns].map(([col, t]) => `${col}${t.kind === 'entry' ? 'e' : t.field.role ?? 'h'}`).join(',')}`;
  const known = byKey.get(key);
  if (known) return known;
  const entries = [...columns].filter(([, t]) => t.kind === 'entry') as Array<[number, ColumnTarget & { kind: 'entry' }]>;
  const who = [...columns].filter(([, t]) => t.kind === 'header' && (t.field.role === 'name' || t.field.role === 'id')).map(([col]) => col);
  const runs: ColumnRuns = { rows: [], cols: new Map(entries.map(([col]) => [col, { count: [0], sum: [0], min: [Infinity], max: [-Infinity] }])) };
  for (let row = grid.nextRow(headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    // Only rows naming someone: classifyRow decides those without reaching a nameless row's sums (no circle).
    if (!who.some((col) => cleanText(grid.text(row, col)) !== '')) continue;
    if (headingRowBelow(grid, row, columns, headerRow) || classifyRow(grid, row, columns, headerRow) !== null) continue;
    runs.rows.push(row);
    for (const [col, t] of entries) {
      const r = runs.cols.get(col)!;
      const f = figureOf(grid.value(row, col), t.input.unit);
      const i = r.count.length - 1;
      r.count.push(r.count[i]! + (f ? 1 : 0));
      r.sum.push(r.sum[i]! + (f ? f.value : 0));
      r.min.push(f ? Math.min(r.min[i]!, f.value) : r.min[i]!);
      r.max.push(f ? Math.max(r.max[i]!, f.value) : r.max[i]!);
    }
  }
  byKey.set(key, runs);
  return runs;
}

/**
 * A row whose every figure under an item is that column's sum over the people's rows above it ('sum') — or every one
 * its mean ('mean', a 平均 row) — in each column with two figures or more there, as shown (333 for 1000 ÷ 3), with two
 * such columns at least and one that tells (the figures above differ, or a sum of figures not all 0): null otherwise.
 * Nothing under an item that is no figure. A person whose name was forgotten has figures of their own.
 */
function columnSumsRow(grid: Grid, row: number, columns: Map<number, ColumnTarget>, headerRow: number): 'sum' | 'mean' | null {
  // (A figure that tells a mean whatever the row shows: a count with decimals stored (39.5 formatted 0, shown 「40」) is
  // no person's, nor is =AVERAGE(F2:F5) over the rows above — such a row was refused as a nameless person, its 39.5
  // 「应为不小于0的整数」.)
  const figures: Array<{ col: number; value: number; places: number; mean: boolean; averaged: boolean; plain: boolean; same: boolean }> = [];
  const ranges = new Set<string>();
  let range: number[] | null = null;
  for (const [col, t] of columns) {
    if (t.kind !== 'entry') continue;
    const raw = grid.value(row, col);
    if (raw.kind === 'empty' || (raw.kind === 'text' && !cleanText(raw.value))) continue;
    const f = figureOf(raw, t.input.unit);
    if (!f) return null;
    const formula = grid.formula?.(row, col);
    const rows = averagedRows(formula, col, row);
    if (rows) {
      ranges.add(rows.join(','));
      range = rows;
    }
    const averaged = rows !== null;
    const mean = (t.input.type === 'integer' && !Number.isInteger(f.value)) || averaged;
    figures.push({ col, ...f, mean, averaged, plain: formula === undefined, same: false });
  }
  if (figures.length < 2) return null;
  const byFormula = figures.some((f) => f.averaged);
  // A figure typed beside the =AVERAGE formulas where every person of the formulas' rows has that same figure (0 under
  // 表格管理 where all of the group have 0): the mean of a column that does not vary, what one types instead of a formula
  // (review 61 s8) — it says nothing of a person of its own, nor does it need the mean of everyone above (a group's row).
  // Such a row with its 部门 (「客服部」 over F2:F3's =ROUND(AVERAGE), 0 typed where both have 0) was refused as a nameless
  // person 「B4/B7「被考核人」未填写」 at exit 1. A typed figure that is the mean of figures that differ (39 for 40, 38, 40,
  // 38) still is one's own.
  if (byFormula) {
    const over = ranges.size === 1 ? range : null;
    const runs = over ? null : columnRuns(grid, columns, headerRow);
    const above = runs ? runs.rows.filter((r) => r < row) : over!;
    for (const f of figures) {
      if (!f.plain) continue;
      const unit = (columns.get(f.col) as ColumnTarget & { kind: 'entry' }).input.unit;
      let count = 0;
      let same = true;
      for (const r of above) {
        const raw = grid.value(r, f.col);
        if (raw.kind === 'empty' || (raw.kind === 'text' && !cleanText(raw.value))) continue;
        const g = figureOf(raw, unit);
        if (!g || g.value !== f.value) same = false;
        count++;
      }
      f.same = same && count >= 2;
    }
  }
  // A row told by its =AVERAGE formulas with figures typed beside them (review 61): a person whose name was forgotten,
  // her own counts typed and 处理能力/态度 given the team's =ROUND(AVERAGE(N2:N5),0), was dropped as an average row at
  // exit 0 — her whole 10 sat within 0.5 of the mean 9.75. Beside such formulas a typed figure is a mean only when it is
  // the mean exactly, and a field of a person's own (部门; not the month or the 考评人 a template fills down its rows)
  // makes the row a person's. A row of formulas alone keeps its group's 部门 (「售后组」 over its own =AVERAGE(F5:F6)).
  const typed = byFormula && figures.some((f) => f.plain && !f.same);
  if (typed) {
    const prefilled = templateFilled(columns);
    for (const [col, t] of columns) {
      if (t.kind !== 'header' || t.field.role === 'name' || t.field.role === 'id' || prefilled.has(col)) continue;
      if (cleanText(grid.text(row, col)) !== '') return null;
    }
  }
  const runs = columnRuns(grid, columns, headerRow);
  // The people above: how many of runs.rows lie before this row.
  let lo = 0;
  let hi = runs.rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs.rows[mid]! < row) lo = mid + 1;
    else hi = mid;
  }
  if (lo < 2) return null;
  for (const mode of ['sum', 'mean'] as const) {
    let checked = 0;
    let tells = false;
    let fits = true;
    for (const f of figures) {
      // An =AVERAGE over the rows above in its own column is a mean whatever its result: its own range (one group's
      // people, F5:F6 under F2:F3's average; or a range not stretched over a 5th person added above) — checked against
      // everyone above, such a row was refused as a nameless person 「B7「被考核人」未填写」 at exit 1.
      if (mode === 'mean' && f.averaged) {
        checked++;
        tells = true;
        continue;
      }
      if (mode === 'mean' && f.same) {
        checked++;
        continue;
      }
      const r = runs.cols.get(f.col)!;
      const count = r.count[lo]!;
      if (count < 2) continue;
      const sum = r.sum[lo]!;
      const expected = mode === 'sum' ? sum : sum / count;
      const slack = mode === 'mean' && typed && f.plain ? 1e-9 * Math.max(1, Math.abs(expected)) : Math.max(0.5 * 10 ** -f.places, 1e-9 * Math.abs(expected));
      if (!(Math.abs(expected - f.value) <= slack + 1e-12)) {
        fits = false;
        break;
      }
      checked++;
      // A mean tells only where it has decimals and the row shows them (39.5 as 39.5): a person's own whole figures sit
      // within 0.5 of the means of a clean month (40 for 39.5, 0 for 0.5, 15 for 14.75) — a nameless 5th person was
      // dropped as an average row at exit 0.
      // (Or where the figure is no person's: a whole-number column's stored decimals, or =AVERAGE over the rows above.)
      tells ||= mode === 'sum' ? r.min[lo]! !== r.max[lo]! || sum !== 0 : (!Number.isInteger(expected) && f.places > 0) || f.mean;
    }
    if (fits && checked >= 2 && tells) return mode;
  }
  return null;
}

/**
 * The rows a cell's formula averages when it is =AVERAGE of its own column over rows above it (AVERAGE(F2:F5), $F$2:$F$5
 * too): null otherwise.
 */
function averagedRows(formula: string | undefined, col: number, row: number): number[] | null {
  // (Also =ROUND(AVERAGE(…),0), =SUBTOTAL(1, F2:F5) / (101, …) and =AVERAGE(F2,F3,F4,F5): refused as a nameless person,
  // review 60.)
  let f = formula?.replace(/\s+/g, '').replace(/^=/, '').toUpperCase() ?? '';
  // (And =IFERROR(ROUND(AVERAGE(F2:F3),0),"") — the average, a blank or a fixed value where it fails: each group's row of
  // them was refused as a nameless person 「B4/B7「被考核人」未填写」 at exit 1, review 61 s8.)
  const guarded = /^IFERROR\((.*),(?:"[^"]*"|-?\d+(?:\.\d+)?)\)$/.exec(f);
  if (guarded) f = guarded[1]!;
  const rounded = /^ROUND(?:UP|DOWN)?\((.*),-?\d+\)$/.exec(f);
  if (rounded) f = rounded[1]!;
  const letters = columnLetters(col);
  const range = /^(?:AVERAGEA?\(|SUBTOTAL\((?:1|101),)\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)\)$/.exec(f);
  if (range) {
    const [from, to] = [Number(range[2]), Number(range[4])];
    if (!(range[1] === letters && range[3] === letters && from < to && to < row)) return null;
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  const list = /^AVERAGEA?\(((?:\$?[A-Z]{1,3}\$?\d+,)+\$?[A-Z]{1,3}\$?\d+)\)$/.exec(f);
  if (!list) return null;
  const cells = list[1]!.split(',').map((c) => /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(c)!);
  if (!(cells.length >= 2 && cells.every((c) => c[1] === letters && Number(c[2]) < row))) return null;
  return [...new Set(cells.map((c) => Number(c[2])))].sort((a, b) => a - b);
}

/** Placed at the first row skipped, so the 问题 sheet's link goes to it rather than to A1. */
export function skippedRowsProblem(sheet: string, rows: SkippedRow[], file?: string): Problem {
  return problem('skipped-row', { sheet, rows: rows.slice(0, 10).map((r) => ({ row: r.row, text: r.text })), count: rows.length }, { file, sheet, cell: rows[0] ? (rows[0].cell ?? `A${rows[0].row}`) : undefined });
}

/** What a second heading row writes under an item: where to fill in, and where the team's own score goes. */
const SUB_HEADING = /^(填写|填报|实际|实际值|完成情况|完成值|考核结果|考评结果|完成结果|实际完成|数值|数据|得分|分数|评分|考核得分|考评得分|实得分|结果|备注|说明|主管评分|上级评分|领导评分|主管评|上级评|主管|上级|上月|本月|当月|\d{1,2}月份?)$/;
/** The team's own columns under an item (beside its 填写 column): its score, its remarks. */
export const SUB_SCORE = /^(得分|分数|考核得分|考评得分|实得分|结果|备注|说明)$/;
/** Where the answer goes under an item (beside the team's own score). */
export const SUB_FILL = /^(填写|填报|实际|实际值|完成情况|完成值|考核结果|考评结果|完成结果|实际完成|数值|数据)$/;

/**
 * The row under the headings when it is their second row — 填写 | 得分 under each item merged over two columns, the
 * name and 工号 cells merged down over it — not a person: it was read as one named 「姓名」 (its merged name cell), with
 * 「填写」 refused as every item's answer. Its sub-heading per column, or null.
 */
export function subHeadingRow(grid: Grid, columns: Map<number, ColumnTarget>, headerRow: number): Map<number, string> | null {
  const row = grid.nextRow(headerRow);
  if (row > grid.rowCount) return null;
  const out = new Map<number, string>();
  for (let col = 1; col <= Math.min(grid.columnCount, 200); col++) {
    const t = grid.text(row, col).normalize('NFKC').replace(/\s+/g, '');
    if (!t) continue;
    const into = grid.mergedInto?.(row, col);
    const from = into ? Number(/\d+$/.exec(into)?.[0]) : NaN;
    if (from === headerRow) continue; // a heading merged down over this row (姓名 B1:B2)
    if (!SUB_HEADING.test(t)) return null;
    out.set(col, t);
  }
  return out.size >= 2 && [...out.keys()].some((c) => columns.get(c)?.kind === 'entry') ? out : null;
}

/** The cell is the heading's own, merged down from the heading row (or above) over this row: the row is the heading's. */
export function mergedDownFromHeading(grid: Grid, row: number, col: number, headerRow: number): boolean {
  const into = grid.mergedInto?.(row, col);
  const m = into ? /^[A-Z]+(\d+)$/.exec(into) : null;
  const from = m ? Number(m[1]) : NaN;
  if (!(from < row)) return false;
  // Or from the heading repeated further down for printing (its 姓名 merged over its own 分值 row).
  return from <= headerRow || (grid.text(from, col) !== '' && grid.text(from, col) === grid.text(headerRow, col));
}

/**
 * The people's rows under the headings: none that is the heading again (headingRowBelow) nor one classifyRow skips (合计,
 * 平均, 签字, 说明). What every check weighing a whole column's figures reads: a 合计 row's =SUM of 0.92, 0.85, 0.88 (2.65)
 * made §10's 满意度 column no column of fractions, everyone 80.18 良好 for 98.40 优秀 at exit 0 (fractionsOnly).
 */
export function peopleRows(grid: Grid, columns: Map<number, ColumnTarget>, headerRow: number, kinds?: Map<number, Omit<SkippedRow, 'row'> | null>): number[] {
  const rows: number[] = [];
  const name = nameColumnOf(columns);
  for (let row = grid.nextRow(headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    if (name !== undefined && mergedDownFromHeading(grid, row, name, headerRow)) continue;
    const kind = classifyRow(grid, row, columns, headerRow);
    // (The reader classifies every row again as it reads: kept for it — half a second of 50,000 rows.)
    kinds?.set(row, kind);
    if (kind === null) rows.push(row);
  }
  return rows;
}

/** A row of the heading under it (its 姓名 cell merged down from the heading's), by the layout's name column. */
export function headingRowBelow(grid: Grid, row: number, columns: Map<number, ColumnTarget>, headerRow: number): boolean {
  const name = nameColumnOf(columns);
  return name !== undefined && mergedDownFromHeading(grid, row, name, headerRow);
}

function nameColumnOf(columns: Map<number, ColumnTarget>): number | undefined {
  for (const [col, t] of columns) if (t.kind === 'header' && t.field.role === 'name') return col;
  return undefined;
}

/**
 * The runs 1, 2, 3 … a column's numbers make, each starting again at 1: a team's 编号 1–6 for 客服一部 then 1–2 for
 * 客服二部 is [6, 2]. Null when a number is neither the next of its run nor 1 (1001, 1002 are 工号). Blanks left out.
 */
export function numberRuns(texts: Iterable<string>): number[] | null {
  const runs: number[] = [];
  for (const text of texts) {
    if (!text) continue;
    const n = Number(text);
    if (n === 1) runs.push(1);
    else if (runs.length && n === runs[runs.length - 1]! + 1) runs[runs.length - 1] = n;
    else return null;
  }
  return runs;
}

/**
 * The runs of a 编号 column that numbers each group's rows (1–6 客服一部, 1–2 客服二部: [6, 2]), from its filled rows'
 * numbers and names. Null unless two runs or more, each of two rows or more, and some number on two different names: a
 * rater's block listing 张伟(1), 吴婷(2), 张伟(3) again under 上级 repeats their ids (read as rows, the two 张伟 were merged,
 * rater-duplicate at exit 1 for 79.5625 一般 and 100 优秀), and 1 张三, 2 李四, 3 王五, 1 张山 is a typed-over 工号 (runs
 * [3, 1]: read as rows, both 「1」 scored at exit 0 where they were refused).
 */
export function groupRowNumbers(rows: ReadonlyArray<{ text: string; name: string }>): number[] | null {
  const runs = numberRuns(rows.map((r) => r.text));
  if (!runs || runs.length < 2 || runs.some((n) => n < 2)) return null;
  const nameOf = new Map<string, string>();
  let differ = false;
  for (const { text, name } of rows) {
    if (!text) continue;
    const key = String(Number(text));
    differ ||= nameOf.has(key) && nameOf.get(key) !== name;
    if (!nameOf.has(key)) nameOf.set(key, name);
  }
  return differ ? runs : null;
}
