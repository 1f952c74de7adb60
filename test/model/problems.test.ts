// The problem catalogue: every code renders its message from its structured fields, every code the source uses
// is in the catalogue (and every entry is used), and the location is said once (problemText leaves it out).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  codeName,
  fsReason,
  problem,
  problemMessage,
  problemText,
  PROBLEM_CODES,
  reframe,
  severityName,
  specOf,
  type ParamsOf,
  type ProblemCode,
} from '../../src/model/problems/index.js';
import type { Location } from '../../src/model/location.js';

type Case<C extends ProblemCode> = { code: C; params: ParamsOf<C>; at?: Location; person?: string; message: string; expected?: string; actual?: string };
const c = <C extends ProblemCode>(x: Case<C>) => x as unknown as Case<ProblemCode>;

const cell = { file: 'march.xlsx', sheet: '3月', cell: 'E7' };
const integer0to5 = { type: 'integer', min: 0, max: 5 } as const;
const level = { type: 'choice', choices: [{ label: '优秀', points: 4 }, { label: '良好', points: 3 }] } as const;
const enoent = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });

// One case per code, with values as a real run gives them; the sentence is the one users have always seen.
const CASES: Case<ProblemCode>[] = [
  c({ code: 'required', params: { item: '工作纪律', input: '旷工', accepts: integer0to5, value: '' }, at: cell, message: '3月!E7:「工作纪律·旷工」为必填项,应为0到5之间的整数,实际为空', expected: '应为0到5之间的整数', actual: '' }),
  c({ code: 'not-a-number', params: { item: '工作纪律', input: '旷工', accepts: { type: 'integer', min: 0 }, value: '两次' }, at: cell, message: '3月!E7:「工作纪律·旷工」应为不小于0的整数,实际为「两次」', expected: '应为不小于0的整数', actual: '两次' }),
  c({ code: 'not-an-integer', params: { item: '出勤', accepts: integer0to5, value: '1.5' }, at: cell, message: '3月!E7:「出勤」应为0到5之间的整数,实际为「1.5」' }),
  c({ code: 'out-of-range', params: { item: '投诉', accepts: { type: 'deduction', min: 2, max: 5 }, value: '3,7' }, at: cell, message: '3月!E7:「投诉」每次扣2到5分,实际为「3,7」', expected: '每次扣2到5分', actual: '3,7' }),
  c({ code: 'unknown-choice', params: { item: '服务态度', rater: '上级', accepts: level, value: '很好' }, at: cell, message: '3月!E7:「服务态度·上级」应为以下之一:优秀 / 良好(或对应分值 4/3),实际为「很好」' }),
  // §17 专业知识 「10 熟悉并准确」: the points are 了解不深's, the words 熟悉并准确's (20).
  c({ code: 'choice-points-clash', params: { item: '专业知识', accepts: { type: 'choice', choices: [{ label: '熟悉并准确', points: 20 }, { label: '了解不深', points: 10 }] }, value: '10 熟悉并准确', words: '熟悉并准确', wordsPoints: 20, points: 10, other: '了解不深' }, at: cell, message: '3月!E7:「专业知识」填的「10 熟悉并准确」里的分值与文字不一致:按文字「熟悉并准确」是 20 分的一档,按分值 10 分是「了解不深」一档;没有计入;请改成一致的分值和文字(如「20 熟悉并准确」),或只写其中一种,改后重新评分', expected: '20 熟悉并准确', actual: '10 熟悉并准确' }),
  c({ code: 'unknown-symbol', params: { item: '工作态度', input: '应对压力', accepts: { type: 'choice', choices: [{ label: '√', points: 1 }, { label: '×', points: 0 }] }, value: 'A', font: 'Wingdings 2' }, at: cell, message: '3月!E7:「工作态度·应对压力」应为以下之一:√ / ×(或对应分值 1/0),实际是「Wingdings 2」字体显示的一个符号(输入的字母是「A」),kpi 认不出它是勾、叉还是空框;请改用普通字体填写', expected: '应为以下之一:√ / ×(或对应分值 1/0)', actual: '「Wingdings 2」字体的符号(「A」)' }),
  c({ code: 'bad-list', params: { item: '扣分', accepts: { type: 'list', min: 1, max: 5 }, value: '2;x' }, at: cell, message: '3月!E7:「扣分」应为1到5之间的数,多个用逗号分隔(如 3,2,5),实际为「2;x」' }),
  c({ code: 'not-applicable', params: { item: '卫生', input: '桌面', value: '不适用' }, at: cell, message: '3月!E7:「卫生·桌面」此项不允许填「不适用」,实际为「不适用」', expected: '此项不允许填「不适用」' }),
  c({ code: 'boolean-value', params: { item: '服务态度', accepts: level, value: 'TRUE' }, at: cell, message: '3月!E7:「服务态度」应为以下之一:优秀 / 良好(或对应分值 4/3),实际为逻辑值「TRUE」' }),
  c({ code: 'error-value', params: { item: '回访率', accepts: { type: 'percent', min: 0, max: 100 }, value: '#DIV/0!' }, at: cell, message: '3月!E7:「回访率」应为0%到100%之间的百分比(如 90% 或 0.9),实际为错误值「#DIV/0!」' }),
  c({ code: 'date-value', params: { item: '出勤', accepts: { type: 'number' }, value: '2026-03-01' }, at: cell, message: '3月!E7:「出勤」应为数字,实际为日期「2026-03-01」' }),
  c({ code: 'duration-value', params: { item: '平均响应秒数', accepts: { type: 'number' }, value: '7776000' }, at: cell, message: '3月!E7:「平均响应秒数」应为数字,实际为时长格式的「7776000」(请把单元格格式改为「常规」或「数值」后重新输入数字)' }),
  // §10 00:01:30 pasted as values (0.00104166…): read, with a warning; §6 0:30:00 in 分钟 (0.0208 as typed is 1.25 s) refused.
  c({ code: 'time-value', params: { item: '平均响应秒数', accepts: { type: 'number', min: 0 }, value: '0.00104166666666667', clock: '00:01:30', amount: 90, unit: '秒', read: true }, at: cell, message: '3月!E7:「平均响应秒数」填的是 0.00104166666666667,按 Excel 时间值 00:01:30 读作 90 秒;请把单元格格式设为时间或直接填秒数', expected: '秒数', actual: '0.00104166666666667' }),
  c({ code: 'formula-without-result', params: { item: '出勤', accepts: { type: 'number' }, value: '=A1+B1' }, at: cell, message: '3月!E7:「出勤」公式没有计算结果:请用 Excel/WPS 打开后保存(=A1+B1)', actual: '=A1+B1' }),
  c({ code: 'ambiguous-percent', params: { item: '效率', value: '1.1', percent: 110 }, at: cell, message: '3月!E7:「效率」「1.1」按 110% 计;如指 1.1% 请写成「1.1%」', expected: '百分比', actual: '110' }),
  c({ code: 'reason-required', params: { item: '奖惩', input: '原因', amount: '奖惩分', points: -3, reason: '原因' }, at: cell, message: '3月!E7:「奖惩·原因」奖惩分为 −3,须注明原因', expected: '原因', actual: '空' }),
  c({ code: 'record-check', params: { row: '第 6 行(评价部门 采购部)', check: '评价部门就是被评价部门', requires: '评价部门 与 被评价部门 不同' }, at: { sheet: '问卷答案', cell: 'B6' }, message: '问卷答案!B6:第 6 行(评价部门 采购部):评价部门就是被评价部门', expected: '评价部门 与 被评价部门 不同' }),
  // 45 ÷ 0: the denominator's cell; and a checklist whose 9 boxes are all 不适用.
  c({ code: 'zero-denominator', params: { item: '回访', input: '安装数', case: 'ratio', of: '回访率', numerator: '回访数', denominator: '安装数' }, at: cell, message: '3月!E7:「回访·安装数」为0,无法计算回访率(回访数 ÷ 安装数)', expected: '大于0', actual: '0' }),
  c({ code: 'ratio-above-one', params: { item: '回访', input: '回访数', numerator: '回访数', value: 52, denominator: '安装数', total: 50, capped: { of: '回访率', cap: 1 } }, at: cell, message: '3月!E7:「回访·回访数」回访数 52 大于 安装数 50,请核对(回访率按100%计)', expected: '不大于50', actual: '52' }),
  // §11: 目标销售额 10 (万元 typed) against 销售额 80,000 元: 80,000 ÷ 10 = 8,000 times, capped to full marks.
  c({ code: 'target-far-below', params: { item: '销售完成率', input: '目标销售额', of: '销售完成率', actual: '销售额', value: 80000, target: 10, unit: '元' }, at: cell, message: '3月!E7:「销售完成率·目标销售额」10 元 只有销售额 80000 元 的 1/8000,销售完成率按上限计;像是按「万元」等别的单位填写的,本项按「元」填写,请核对', expected: '以「元」填写', actual: '10' }),
  // §28: a satisfaction given as a percentage and as counts that disagree.
  c({ code: 'rate-or-counts', params: { item: '客户满意度', input: '满意度', case: 'mismatch', rate: '满意度', percent: 90, numerator: '满意数', value: 45, denominator: '调查数', total: 60 }, at: cell, message: '3月!E7:「客户满意度·满意度」满意度 90% 与 满意数 45 ÷ 调查数 60 不一致,请核对(只填其一即可)', expected: '满意数 ÷ 调查数', actual: '90%' }),
  // §22: a record form's own check of a computed group (GroupingDef.checks), here a warning.
  c({ code: 'group-check', params: { group: '问卷「2026-03·生产部·甲·采购部」', message: '问卷只答了部分指标,得分按已答指标的权重重新加权;请核对是否漏答', detail: '权重之和 0.7' }, at: { sheet: '答案', cell: 'A2' }, message: '答案!A2:问卷「2026-03·生产部·甲·采购部」:问卷只答了部分指标,得分按已答指标的权重重新加权;请核对是否漏答(权重之和 0.7)', actual: '权重之和 0.7' }),
  c({ code: 'pay-mismatch', params: { payFile: 'pay.csv', id: '0013', payName: '王五', name: '乙二' }, at: { sheet: 'pay', cell: 'B2' }, person: '乙二', message: 'pay!B2:工资文件 pay.csv 中工号「0013」的姓名是「王五」,名单中是「乙二」;已按工号计算绩效奖金,请核对', expected: '乙二', actual: '王五' }),
  c({ code: 'missing-rater', params: { item: '协作', raters: ['上级', '同事'], anyOf: true }, at: { sheet: '3月', cell: 'B4' }, message: '3月!B4:「协作」没有计分的评分(需要 上级/同事 至少一组)', expected: '上级/同事', actual: '空' }),
  c({ code: 'rater-spread', params: { items: ['协作', '沟通'], raters: ['间接主管'] }, at: { sheet: '3月', cell: 'B4' }, person: '许亮', message: '3月!B4:许亮:「协作」、「沟通」间接主管无人评分,其权重按比例分给其他评分人', expected: '间接主管', actual: '无人评分' }),
  // A form sheet with an item's row twice, answered two ways.
  c({ code: 'ditto-mark', params: { row: '第 5 行(订单 A1003)', item: '门店', accepts: { type: 'text' }, value: '同上' }, at: { sheet: '回访', cell: 'C5' }, message: '回访!C5:第 5 行(订单 A1003)「门店」写的是「同上」:kpi 不照抄上一行,照字面读,「同上」会被当成一个新的门店;请写出实际内容后重新评分', expected: '应为文字', actual: '同上' }),
  c({ code: 'not-a-month', params: { row: '第 4 行(评价部门 销售部)', item: '考核周期(月)', accepts: { type: 'month' }, value: '3月' }, at: { sheet: '问卷答案', cell: 'A4' }, message: '问卷答案!A4:第 4 行(评价部门 销售部)「考核周期(月)」应为年和月(如 2026-03 或 2026年3月),实际为「3月」', expected: '应为年和月(如 2026-03 或 2026年3月)', actual: '3月' }),
  c({ code: 'folder-unread', params: { folder: '考核3月', subfolders: ['同事'], others: ['客户.et'] }, at: { file: '考核3月' }, message: '文件夹 考核3月 里子文件夹 同事/ 里的表,以及客户.et(kpi 不读这种格式,请另存为 .xlsx)没有读取:只读这一层的 .xlsx、.csv 等文件,这些表里的评分没有计入;如果它们也是这次的表,请放到这一层(或另存为 .xlsx)后重新评分' }),
  c({ code: 'other-scale', params: { item: '客户反馈调查', accepts: { type: 'number', min: 0, max: 100 }, value: '4.3', scale: 5, max: 100 }, at: cell, message: '3月!E7:「客户反馈调查」填的「4.3」像是 5 分制的分数;本项按 100 分制填写(4.3 分在 5 分制下相当于 86 分),请换算后重新评分;确实只有 4.3 分(满分 100)时,请在考核表定义中去掉这一项的 otherScales', expected: '应为0到100之间的数', actual: '4.3' }),
  // §5 安装遗留问题 holding a lone 「×」: counted as a 遗留问题, as written.
  // §23 (满意 / 一般 / 不满意 / 很不满意): 「非常满意」 read as 满意, the best option, with nothing above it.
  c({ code: 'item-total', params: { sheet: '3月', heading: '话务质量(次)', item: '话务质量', kinds: 5, per: 0.5, first: '态度不温和或唉声叹气' }, at: { sheet: '3月', cell: 'F1' }, message: '3月!F1:工作表「3月」列「话务质量(次)」按「话务质量」的违反次数合计读取:本表「话务质量」的 5 类违反每次都扣 0.5 分,扣分 = 合计次数 × 0.5;要分类记录时请改填「话务质量·态度不温和或唉声叹气」等 5 列' }),
  c({ code: 'choice-above-best', params: { row: '第 3 行(车间 一车间,被服务部门 采购部,评价项目 服务)', item: '评价', value: '非常满意', read: '满意' }, at: { sheet: '服务评价', cell: 'E3' }, message: '服务评价!E3:第 3 行(车间 一车间,被服务部门 采购部,评价项目 服务)「评价」写的「非常满意」按「满意」计:本表最好的一档就是「满意」,没有更高的一档', expected: '满意', actual: '非常满意' }),
  c({ code: 'lone-mark', params: { row: '第 19 行(合同编号 H17)', item: '安装遗留问题', value: '×', hint: '没有遗留问题时留空或写「无」' }, at: { sheet: '3月', cell: 'F19' }, message: '3月!F19:第 19 行(合同编号 H17)「安装遗留问题」只写了「×」,按填了内容计(算作有安装遗留问题);「×」看不出是有还是没有:没有遗留问题时留空或写「无」,有时请写明内容,改后重新评分', expected: '没有遗留问题时留空或写「无」', actual: '×' }),
  c({ code: 'fraction-score', params: { item: '客户满意度', value: '0.9' }, at: cell, message: '3月!E7:「客户满意度」「0.9」按 0.9 分计(满分 100);如指 90 分请填 90 或 90%', expected: '0–100 分', actual: '0.9' }),
  c({ code: 'merged-entry', params: { item: '工作纪律·早退', firstItem: '工作纪律·迟到', first: 'C7', range: 'C7:C8', value: '2' }, at: { sheet: '李四', cell: 'C8' }, person: '李四', message: '李四!C8:李四:这一格与 C7 合并成了一格(C7:C8),「2」同时算作「工作纪律·迟到」和「工作纪律·早退」,不知道是哪一项的;请取消合并,每项各填一格(此人不评分)', expected: '每项一格', actual: '合并 C7:C8' }),
  c({ code: 'tick-group', params: { item: '拆包人均每小时20个', rater: '直接主管', range: 'D8:F8', labels: ['差', '低标', '达成'], chosen: ['差', '达成'] }, at: { sheet: '张三', cell: 'D8' }, person: '张三', message: '张三!D8:张三:「拆包人均每小时20个」直接主管的勾选列(D8:F8:差 / 低标 / 达成)勾了 2 格(差、达成),不知道选的是哪一个;只在选中的一列打「√」(此人不评分)', expected: '一格打勾', actual: '差、达成' }),
  c({ code: 'tick-coefficient', params: { rater: '直接主管', text: '差50分', label: '差', points: 0.6 }, at: { sheet: '孙七', cell: 'D6' }, person: '孙七', message: '孙七!D6:孙七:直接主管的勾选列表头「差50分」按「差」读,写的系数与本表不同:本表「差」的系数是 0.6,按 0.6 计分;如果本月的系数确实改了,请先改考核表定义', expected: '差 0.6', actual: '差50分' }),
  c({ code: 'duplicate-entry', params: { item: '沟通能力', first: 'F8', firstValue: '良好', value: '待改进' }, at: { sheet: '李四', cell: 'F11' }, person: '李四', message: '李四!F11:李四:「沟通能力」有两行:F8 填「良好」,这里填「待改进」,不知道取哪一个;请删去多余的一行(此人不评分)', expected: '一行', actual: '良好 / 待改进' }),
  // A row with a name only, on a form whose every input may be blank.
  c({ code: 'nothing-filled', params: {}, at: { sheet: '3月', cell: 'B6' }, person: '刘洋', message: '3月!B6:刘洋:没有填写任何一项,按全部留空计分(未勾选、无扣分);如果还没有评,请先填写再评分', expected: '填写的项目', actual: '全部留空' }),
  c({ code: 'header-missing', params: { case: 'variant', field: '岗位', values: ['客服', '组长'], value: '经理' }, at: { sheet: '表1', cell: 'B2' }, message: '表1!B2:表头「岗位」应为 客服 / 组长 之一(决定考核项目),实际为「经理」', expected: '客服 / 组长', actual: '经理' }),
  // §26 考核人员 「自评」 on a form without a 自评 group; the person's own name is a warning.
  c({ code: 'crosses-only', params: { item: '工作态度', input: '积极主动热情周到', boxes: 6, crosses: 5, mark: 'x' }, at: { sheet: '考核表', cell: 'K2' }, person: '张三', message: '考核表!K2:张三:「工作态度」的 6 条中 5 条填「x」、其余留空,没有一条勾选:「x」和留空都按不符合计,这一项 0 分;如果「x」表示符合,请改填「√」后重新评分', expected: '勾选(√)或不符合(×)', actual: '「x」和留空' }),
  c({ code: 'nothing-ticked', params: { item: '工作知识', input: '经常询问客服问题', boxes: 10, mark: '×' }, at: { sheet: '王芳', cell: 'F9' }, person: '王芳', message: '王芳!F9:王芳:「工作知识」的 10 条都没有勾选,按 0 分计;如果还没有评这一项,请先勾选;如果确实一条都不符合,请填「×」', expected: '勾选', actual: '全部留空' }),
  c({ code: 'sheet-month', params: { sheet: '钱七', field: '考核月份', said: '2026-02', typed: '2026年2月', run: '2026-03', from: 'most', most: 5, of: 6 }, at: { sheet: '钱七', cell: 'F3' }, person: '钱七', message: '钱七!F3:钱七:工作表「钱七」的考核月份是「2026年2月」(2026-02),而其他表(6 张中的 5 张)是 2026-03;像是另一个月的表,此人不评分;是本月的表请改正考核月份,是别的月的请移出这个文件后重新评分', expected: '2026-03', actual: '2026年2月' }),
  c({ code: 'name-tab-title-differ', params: { sheet: '赵六', field: '姓名', title: '王五 3月份绩效考核表', name: '王五' }, at: { sheet: '赵六', cell: 'B2' }, person: '赵六', message: '赵六!B2:赵六:工作表「赵六」的姓名没有填写,而标题「王五 3月份绩效考核表」写的是「王五」,无法确定是谁的表(此人不评分);请填上姓名(并改正标题)后重新评分', expected: '赵六', actual: '王五' }),
  c({ code: 'name-from-sheet', params: { sheet: '张三', field: '姓名' }, at: { sheet: '张三', cell: 'B2' }, person: '张三', message: '张三!B2:张三:工作表「张三」的姓名没有填写,按工作表名当作「张三」评分(各表都以姓名命名);不是此人时请填上姓名后重新评分', expected: '张三', actual: '' }),
  c({ code: 'records-sheet-month', params: { sheet: '3月', heading: '考核月份', said: ['2026-02'], named: '3月', records: '答案', counted: false }, at: { sheet: '3月', cell: 'A2' }, message: '工作表「3月」的「考核月份」列写着 2026-02,与工作表名的月份不符(复制上个月的表忘了改月份?):这张表的答案没有计入;请改正「考核月份」列或工作表名后重新评分' }),
  c({ code: 'sheet-name-differs', params: { sheet: '张三', name: '王芳', field: '被考核人', named: 2 }, at: { sheet: '张三', cell: 'F3' }, person: '王芳', message: '张三!F3:王芳:工作表「张三」的被考核人是「王芳」,而其他 2 张表都以被考核人命名;如果这张表是复制别人的表后忘了改被考核人,请改正后重新评分(现按「王芳」评分)', expected: '张三', actual: '王芳' }),
  // fx53k: 王五's 业绩 cells copied as ='李四'!G21….
  c({ code: 'marks-of-other', params: { name: '王五', formula: "='李四'!G21", other: '李四', others: ['李四'], count: 5 }, at: { sheet: '王五', cell: 'G21' }, person: '王五', message: "王五!G21:王五:王五的这一格是公式 ='李四'!G21,读的是「李四」的表(共 5 格引用李四的分数);如果这张表是复制「李四」的表后忘了改公式,请改正后重新评分(现按引用的值评分)", expected: '王五', actual: '李四' }),
  c({ code: 'records-sheet-period', params: { sheet: '2月', month: '2月', records: '订单', period: '2026-03' }, at: { sheet: '2月' }, message: '工作表「2月」是2月的订单,不是要评分的 2026-03,没有计入' }),
  c({ code: 'heading-threshold', params: { case: 'column', sheet: '3月', heading: '服务礼仪(2处以上不规范为不达标)', item: '服务礼仪', said: 2, failAt: 3, form: '客服品质检查考核标准及评分表(C2) 1.2.0' }, at: { sheet: '3月', cell: 'E2' }, message: '工作表「3月」E2:列「服务礼仪(2处以上不规范为不达标)」写的是 2 处以上不达标,而本表(客服品质检查考核标准及评分表(C2) 1.2.0)「服务礼仪」是 3 处以上不达标。按本表评分会与贵单位的标准不同,这一列没有计入,填了内容的不评分。如果贵单位就按 2 处算,请用自己的表单定义评分(复制 templates 中的定义,把这一项的 failAt 改为 2,--form 你的定义.json);否则请删去列名里的标准', expected: '3 处以上不达标', actual: '2 处以上不达标' }),
  c({ code: 'heading-points', params: { case: 'column', sheet: '3月', heading: '员工的工作效率(30分)', item: '员工的工作效率', said: 30, max: 20, form: '快递公司客服部绩效考核 1.1.0', refused: true }, at: { sheet: '3月', cell: 'B1' }, message: '工作表「3月」B1:列「员工的工作效率(30分)」写的是 30 分,而本表(快递公司客服部绩效考核 1.1.0)「员工的工作效率」满分 20 分。这一列的得分不知按哪个满分读,没有计入,填了内容的人不评分。如果贵单位的表这一项就是 30 分,请用自己的表单定义评分(复制 templates 中的定义,把「员工的工作效率」改为 30 分,--form 你的定义.json);否则请把列名改为「员工的工作效率」', expected: '20 分', actual: '30 分' }),
  c({ code: 'pay-unit', params: { payFile: 'pay.csv', heading: '绩效基数(千元)', unit: '千元' }, at: { sheet: '[pay.csv]pay', cell: 'C1' }, message: '[pay.csv]pay!C1:工资文件 pay.csv:列「绩效基数(千元)」的金额单位是「千元」,kpi 的工资按元计算,不换算单位;请把这一列的金额换成元(3 千元写 3000),并把列名改为「绩效基数」或「绩效基数(元)」', expected: '元', actual: '千元' }),
  c({ code: 'names-raters', params: { group: '职能部门「2026-03·采购部」', field: '车间', names: [{ name: '3号车间(张主任)', at: '2026年3月!B4' }, { name: '3号车间(李班长)', at: '2026年3月!B5' }], figure: '服务车间数', one: 5, apart: 6 }, at: { sheet: '2026年3月', cell: 'B5' }, message: '2026年3月!B5:职能部门「2026-03·采购部」:车间「3号车间(张主任)」(2026年3月!B4)和「3号车间(李班长)」(2026年3月!B5)像是同一个车间写上了评价人的名字,按一个车间计(服务车间数 5,分开算是 6);如果是不同的车间,请写成不同的车间名称后重新评分', expected: '一个车间一种写法', actual: '3号车间(张主任)、3号车间(李班长)' }),
  c({ code: 'names-numbered', params: { field: '车间', names: ['1号车间', '一号车间'], records: '答案' }, at: { sheet: '服务评价', cell: 'B8' }, message: '服务评价!B8:车间「1号车间」和「一号车间」只是编号的写法不同,按同一个车间统计;如果是不同的车间,请把各条答案写成不同的车间名称后重新评分', expected: '一个车间一种写法', actual: '1号车间、一号车间' }),
  c({ code: 'name-noted', params: { written: '陈晨(复试)', name: '陈晨', note: '复试' }, at: { file: '复试-赵六.xlsx', sheet: '面试评价', cell: 'B2' }, person: '陈晨', message: '面试评价!B2:姓名「陈晨(复试)」按「陈晨」计(括号里的「复试」当作备注);如果是另一个人,请改成不同的姓名后重新评分', expected: '陈晨', actual: '陈晨(复试)' }),
  c({ code: 'names-alike', params: { field: '车间', names: ['1号车间', '一号车间'], records: '答案' }, at: { sheet: '服务评价', cell: 'B31' }, message: '服务评价!B31:车间「1号车间」和「一号车间」写法不同,按两个车间分别统计;如果是同一个,请把各条答案改成一样的写法后重新评分', expected: '同一写法', actual: '1号车间、一号车间' }),
  c({ code: 'headings-reordered', params: { sheet: '考核', row: 4, headerRow: 1, moved: [{ heading: '服务单数', here: 'E', above: 'F' }, { heading: '客诉数', here: 'F', above: 'E' }], unread: ['李四', '王五', '赵六', '钱七', '孙八', '周九'] }, at: { sheet: '考核', cell: 'E4' }, message: '考核!E4:工作表「考核」第 4 行又是一行表头,但列的顺序与第 1 行不同(「服务单数」在 E 列,上面在 F 列;「客诉数」在 F 列,上面在 E 列):按上面的列读会把分数算到别的项目上,这一行以下的各行没有读取(李四、王五、赵六、钱七、孙八 等 6 人未评分);请把这一块的列排成与第 1 行相同(或移到另一张工作表)后重新评分', expected: '与第 1 行相同的列顺序', actual: '服务单数@E、客诉数@F' }),
  c({ code: 'shared-by-order', params: { sheet: '考核表', columns: [{ heading: '满意度', column: 'C', as: '业绩·满意度' }, { heading: '满意度', column: 'I', as: '行为·满意度' }] }, at: { sheet: '考核表', cell: 'C1' }, message: '考核表!C1:工作表「考核表」的列名没有写部分名称,几个部分都有这一项,按模板的先后顺序认作:C 列「满意度」→「业绩·满意度」;I 列「满意度」→「行为·满意度」;如果调整过这些列的顺序,请在列名前写上部分名称(如「业绩·满意度」)后重新评分', expected: '业绩·满意度、行为·满意度', actual: '满意度、满意度' }),
  c({ code: 'blank-choice', params: { item: '重大客诉', option: '无', points: 5 }, at: { sheet: '张三', cell: 'D18' }, person: '张三', message: '张三!D18:「重大客诉」空着,按 0 分计;如果是「无」(5 分),请填上后重新评分', expected: '无', actual: '空' }),
  // §8 奖惩分 3 beside 「扣3分(有效投诉)」: not counted, the sign the reason names said (was 77 + 3 = 80 良好 for 74 一般).
  c({ code: 'reason-sign', params: { item: '其它', input: '奖惩分', amount: '奖惩分', points: 3, reason: '原因', text: '扣3分(有效投诉)', says: 'deduction', stated: 3, named: '扣3分' }, at: { sheet: '考核表', cell: 'T5' }, person: 'D04', message: '考核表!T5:「其它·奖惩分」奖惩分为 +3,原因「扣3分(有效投诉)」说的却是扣分:正负号不符,这一项未计入;原因写的是「扣3分」:如是扣分,请把奖惩分改为 −3;如不是,请改正原因,然后重新评分', expected: '−3', actual: '+3' }),
  c({ code: 'points-missing', params: { item: '其它', input: '奖惩分', amount: '奖惩分', reason: '原因', text: '表扬信' }, at: { sheet: '张三', cell: 'F21' }, person: '张三', message: '张三!F21:「其它·奖惩分」原因写了「表扬信」,奖惩分却空着:按 0 计;如有加减分,请在奖惩分里填上分数后重新评分', expected: '奖惩分', actual: '空' }),
  c({ code: 'previous-month', params: { previous: '4月.xlsx', month: '2026-03', previousMonth: '2026-04', expected: '2026-02' }, at: { file: '4月.xlsx' }, message: '上月文件 4月.xlsx 的记录是 2026-04 的,本月是 2026-03:「比上月」列出的是与 2026-04 相比的变化,不是与上个月(2026-02)相比;如果要比上月,请用 --previous 给出 2026-02 的文件', expected: '2026-02', actual: '2026-04' }),
  c({ code: 'sheets-months', params: { sheets: ['2026年3月', '2026年2月'], months: ['2026-02', '2026-03'] }, at: { file: 'a.xlsx' }, message: '工作表「2026年3月」、「2026年2月」按表名是不同月份(2026-02、2026-03)的名单,kpi 没有按月份分开,都当作同一次考核读取(其中的人照常评分或按各自的问题不评分);要某一个月的结果,请把其他月份的表隐藏(隐藏的表不评分)或移到另一个文件后重新评分,或用 --period 指定月份', expected: '一个月的名单', actual: '2026-02、2026-03' }),
  c({ code: 'sheet-tab-month', params: { sheet: '王五(2月)', said: '2026-02', run: '2026-03', from: 'period' }, at: { sheet: '王五(2月)', cell: 'B2' }, person: '王五', message: '王五(2月)!B2:王五:工作表「王五(2月)」没有填写考核月份,表名写的是 2026-02,而 --period 指定为 2026-03;像是另一个月留下的表,此人不评分;是本月的表请改正表名或填上考核月份,是别的月的请移出这个文件后重新评分', expected: '2026-03', actual: '2026-02' }),
  c({ code: 'rater-claim', params: { field: '评分人', value: '自评', named: '自评', filled: ['主管评'] }, at: { sheet: '考核表', cell: 'F2' }, person: '甲', message: '考核表!F2:甲:「评分人」写的是「自评」,但「主管评」的列里也填了评分:不知道这些分数是谁评的,此人不评分;请把「评分人」改为实际评分的人,或把分数移到「自评」的列里(每位评分人各填一份时用 kpi template --rater,再一起评分)', expected: '自评的列', actual: '主管评' }),
  c({ code: 'self-rated', params: { field: '考核人员', value: '自评', raters: '主管' }, at: { sheet: '考核表', cell: 'E3' }, person: '李四', message: '考核表!E3:李四:「考核人员」写的是「自评」:自评只作参考、不计分,这些分数不当作主管的评分(此人不评分);请由主管评分后重新评分', expected: '主管', actual: '自评' }),
  c({ code: 'rater-copy-only', params: { rater: '主管评', others: ['同事评', '客户评'], file: '主管.xlsx' }, message: '主管.xlsx 是「主管评」一位评分人的表:其中没有「同事评」、「客户评」的评分,他们的权重按比例给了「主管评」,各人的总分只含「主管评」的评分;如果其他评分人各填了一份,请一起评分:kpi score 主管.xlsx <其他评分人的表>', expected: '各评分人的表一起评分', actual: '主管评' }),
  c({ code: 'rater-absent', params: { person: '王四', rater: '主管评', files: ['主管.xlsx'] }, at: { sheet: '考核表', cell: 'B3' }, person: '王四', message: '考核表!B3:王四:「主管评」的表(主管.xlsx)中没有此人(按工号和姓名都没有找到),所以各项缺少「主管评」的评分;如果是工号或姓名写得不一样,请改成一致后重新评分', expected: '主管评', actual: '空' }),
  c({ code: 'duplicate-person', params: { key: '工号', value: 'R01', firstAt: '3月!A3', firstName: '宋佳' }, at: { sheet: '3月', cell: 'A9' }, message: '3月!A9:工号「R01」重复,已在 3月!A3 出现(宋佳),本条不计分', expected: '工号唯一', actual: 'R01' }),
  // §9: 李四's sheet and its copy 「备份」, every value alike: the copy set aside, 李四 scored once from 「李四 3月」.
  c({ code: 'id-scientific', params: { heading: '工号', value: '2.02303E+11', count: 7 }, at: { sheet: '考核表', cell: 'A2' }, message: '考核表!A2:「工号」列有 7 个值是科学计数法(如「2.02303E+11」):Excel 另存为 CSV 时截掉了后面的位数,已分不出是谁的;本次不用这一列,按姓名区分每个人。要保留工号,请在 Excel 里把这一列设为「文本」格式后重新导出' }),
  c({ code: 'group-numbering', params: { sheet: '考核表', heading: '编号', runs: [6, 2] }, at: { sheet: '考核表', cell: 'A1' }, message: '考核表!A1:「编号」列按组从 1 起依次编号(1–6、1–2),是行号,不当作工号;要用工号区分同名的人,请另加一列「工号」' }),
  c({ code: 'sheet-copy', params: { sheet: '备份', of: '李四 3月', key: '工号', value: '1002' }, at: { sheet: '备份', cell: 'I2' }, person: '李四', message: '备份!I2:工作表「备份」与「李四 3月」(工号「1002」)填写的内容完全相同,是它的备份,没有另计;按「李四 3月」评分', expected: '李四 3月', actual: '备份' }),
  c({ code: 'duplicate-record', params: { key: '合同编号', value: 'HT01', firstAt: '回访!D4', records: '订单' }, at: { sheet: '回访', cell: 'D5' }, message: '回访!D5:合同编号「HT01」重复,已在 回访!D4 出现,这一条订单不计入;请删去多余的一条后重新评分', expected: '合同编号唯一', actual: 'HT01' }),
  // §23 原因 「作废」 on 二车间's 不满意: set aside.
  c({ code: 'record-void', params: { row: 4, text: '作废', heading: '原因', records: '答案', setAside: true }, at: { sheet: '服务评价', cell: 'F4' }, message: '服务评价!F4:第 4 行的原因写着「作废」:这一条答案已作废,不计入;如果它仍然有效,请删去「作废」后重新评分' }),
  // §3 状态 「此单作废,原单恢复」 on 宏达装饰's row: which order was restored is not guessed — the row refused.
  c({ code: 'record-void-unclear', params: { row: 5, text: '此单作废,恢复后重新提交', heading: '状态', records: '客户', case: 'restore' }, at: { sheet: '满意度记录', cell: 'G5' }, person: '第 5 行', message: '满意度记录!G5:第 5 行的状态写着「此单作废,恢复后重新提交」:既说作废又说恢复,看不出这一条客户最后算不算,这一条不计入;请在状态里只写「作废」或「有效」后重新评分', expected: '作废 或 有效', actual: '此单作废,恢复后重新提交' }),
  // 13h: the correction (row 5) says 「复评,以此为准」 beside 二车间's 很不满意 (row 4): both counted, both named.
  c({ code: 'record-replaced', params: { row: 5, text: '复评,以此为准', heading: '备注', records: '答案', other: 4 }, at: { sheet: '服务评价', cell: 'H5' }, message: '服务评价!H5:第 5 行的备注写着「复评,以此为准」:第 4 行和第 5 行两条答案都计入了,没有按这句话去掉哪一条;请删去不算的那一行(或在它的备注只写「作废」)后重新评分' }),
  c({ code: 'figure-conflict', params: { group: '职能部门「2026-03·质检部」', item: '部门月度得分', values: [88, 87], rows: '答案' }, at: { sheet: '答案', cell: 'G10' }, message: '答案!G10:职能部门「2026-03·质检部」的「部门月度得分」各答案填的不一致(88、87),无法确定用哪一个;请改成一致后重新评分', expected: '各答案相同', actual: '88、87' }),
  // 82.291666… is shown to 4 decimals.
  c({ code: 'typed-not-grade', params: { field: '部门定级', typed: '王经理', grades: ['优秀', '良好', '一般', '待改进'], computed: '优秀' }, at: { sheet: '李四', cell: 'D27' }, person: '李四', message: '李四!D27:李四:「部门定级」填写的「王经理」不是等级(优秀 / 良好 / 一般 / 待改进 之一),像是签名、日期或确认;写入按分数定的「优秀」', expected: '优秀 / 良好 / 一般 / 待改进', actual: '王经理' }),
  // §8 roster, 扣分 beside 其它·奖惩分: items lose 2 + 5 + 4 + 7 + 1 + 2 + 2 = 23, 扣分 25, no 奖惩分.
  c({ code: 'lost-points-differ', params: { column: '扣分', typed: 25, lost: 23, items: [{ item: '客户回访率', lost: 2 }, { item: '表格管理', lost: 5 }, { item: '日常服务规范', lost: 4 }, { item: '回访问题处理效率', lost: 7 }, { item: '处理能力', lost: 1 }, { item: '态度', lost: 2 }, { item: '工作纪律', lost: 2 }] }, at: { sheet: '考核表', cell: 'V2' }, person: '张三', message: '考核表!V2:张三:「扣分」填写为 25,各项目按评分规则共扣 23 分(客户回访率 2、表格管理 5、日常服务规范 4、回访问题处理效率 7、处理能力 1、态度 2、工作纪律 2);不一致,相差的分数不知是哪一项的,此人不评分;另有扣分请填在所属项目或「其它·奖惩分」(填负数并注明原因),「扣分」是各项扣分的合计时请改正,改后重新评分', expected: '23', actual: '25' }),
  c({ code: 'override', params: { field: '等级', typed: '优秀', score: 82.29, computed: '良好' }, person: '宋佳', message: '宋佳:「等级」填写为「优秀」,按分数 82.29 应为「良好」;保留填写的等级', expected: '良好', actual: '优秀' }),
  c({ code: 'pay-duplicate', params: { case: 'file', field: '工号', value: '2011', firstRow: 2 }, at: { file: 'pay.csv', sheet: 'pay', cell: 'A3' }, message: 'pay!A3:工资文件中工号「2011」出现两次(第 2 行已有),不知道用哪一行,此人不计算绩效奖金' }),
  c({ code: 'pay-sheets-repeat', params: { payFile: '工资.xlsx', sheets: ['客服一部', '客服二部'], of: ['汇总'], rows: 6 }, message: '工资文件 工资.xlsx 的工作表「客服一部」、「客服二部」重复了「汇总」里的 6 行(姓名、金额都相同),每人只读一次' }),
  c({ code: 'pay-sheets', params: { payFile: '工资.xlsx', sheets: ['2026年2月', '2026年3月'] }, message: '工资文件 工资.xlsx 有 2 张按月份命名的工资表(「2026年2月」、「2026年3月」),不知道用哪个月的金额;请把本月的一张另存为一个文件(或把其他月份的表隐藏)后,用 --pay 给出它' }),
  c({ code: 'points-not-scale', params: { case: 'value', heading: '客户满意度', item: '客户满意度', max: 20, scale: 100, value: '18' }, at: { sheet: '考核表', cell: 'H2' }, person: '张三', message: '考核表!H2:张三:这一格的「18」在列「客户满意度」里,像是「客户满意度」的得分(满分 20 分),而这里要填 0–100 的分数(三人以上填的都不超过满分),没有计入,此人不评分', expected: '0–100 的分数', actual: '18' }),
  // §13 通话利用率 of 10 holding rates (0.85, 0.6, 0.95, 0.9): read as typed, said at the heading.
  c({ code: 'rates-as-points', params: { heading: '通话利用率', item: '通话利用率', max: 10, values: ['0.85', '0.6', '0.95'], count: 4 }, at: { sheet: '考核表', cell: 'I1' }, message: '考核表!I1:列「通话利用率」填的都在 0 到 1 之间(0.85、0.6、0.95 等 4 个),像是比率,现在按得分计(0.85 就是 0.85 分,「通话利用率」满分 10 分);如果是得分请核对无误,如果是比率请写成得分 8.5(10 × 85%)这样,改后重新评分', expected: '0–10 分', actual: '0.85' }),
  // §13 the seed's 「业绩考核(20%)」 over a 0–100 rating of 90: the points are 90 × 20 % = 18.
  c({ code: 'rating-under-weight', params: { heading: '业绩考核(20%)', item: '业绩考核', max: 20, weight: 20, value: 90 }, at: { sheet: 'Sheet', cell: 'C2' }, message: 'Sheet!C2:列「业绩考核(20%)」填的像是 0–100 的评分(如 90),列名里的 20% 是这一项的权重;本表「业绩考核」直接填得分(0 到 20 分),大于 20 的数没有计入,填了的人不评分。如果是百分制评分,请按权重折算成得分后填写(90 × 20% = 18),再重新评分', expected: '0–20 分', actual: '90' }),
  c({ code: 'pay-missing', params: { payFile: 'pay.csv', who: '王芳' }, message: '工资文件 pay.csv 中没有「王芳」(按工号或姓名查找),未计算绩效奖金', actual: '王芳' }),
  c({ code: 'pay-sheets-month', params: { payFile: '工资.xlsx', month: '2026-03', used: ['3月工资'], apart: [{ sheet: '上月工资', months: ['2026-02'] }] }, message: '工资文件 工资.xlsx 的工作表「上月工资」(2026-02)是别的月份的,考核表是 2026-03:绩效基数只按「3月工资」计算,没有读别的月份的表', expected: '2026-03', actual: '2026-02' }),
  c({ code: 'pay-unused', params: { payFile: 'pay.csv', who: ['外人(99)'] }, message: '工资文件 pay.csv 中有 1 人不在考核表里,没有用到:「外人(99)」;如果其中有人漏评,请把他加进考核表' }),
  c({ code: 'pay-invalid', params: { field: '绩效基数', value: '-200' }, at: { file: 'pay.xlsx', sheet: '工资', cell: 'C4' }, message: '工资!C4:「绩效基数」应为不小于0的金额,实际为「-200」' }),
  c({ code: 'pay-columns-missing', params: { payFile: 'pay.csv' }, message: '工资文件 pay.csv:没有找到「绩效基数」列和「工号」或「姓名」列' }),
  c({ code: 'no-people', params: { case: 'blank-form', name: 'march.xlsx', form: '客服代表考核表' }, message: 'march.xlsx:「客服代表考核表」还没有填写任何人的数据(表格是空的),请填写后再评分' }),
  c({ code: 'unknown-column', params: { case: 'ignored', sheet: '3月', columns: [{ heading: '备注', cell: 'H1' }, { heading: '签字', cell: 'I1' }] }, at: { sheet: '3月' }, message: '工作表「3月」中这些列不是本考核表的项目,已忽略:「备注」(H1)、「签字」(I1)' }),
  c({ code: 'duplicate-column', params: { heading: '姓名' }, at: { sheet: '3月', cell: 'D1' }, message: '3月!D1:列「姓名」与前面的列重复,已忽略' }),
  c({ code: 'lines-added', params: { sheet: '一号楼', input: '不符合项数', items: [{ item: '员工基本标准', values: ['2', '2'], sum: 4 }, { item: '社区文化活动管理', values: ['1', '1', '1'], sum: 3 }] }, at: { sheet: '一号楼', cell: 'D4' }, person: '一号楼', message: '一号楼!D4:一号楼:工作表「一号楼」有 2 项的名称合并跨几行、每行一条内容各填了不符合项数:按各行相加计(员工基本标准 2 + 2 = 4;社区文化活动管理 1 + 1 + 1 = 3);如果每行填的是整项的数,请只在第一行填写', expected: '每行一条内容', actual: '员工基本标准 4、社区文化活动管理 3' }),
  c({ code: 'short-choice', params: { sheet: '陈晨 3月', count: 30, pairs: [{ typed: '优', label: '优秀' }, { typed: '良', label: '良好' }] }, at: { sheet: '陈晨 3月', cell: 'F9' }, person: '陈晨', message: '陈晨 3月!F9:工作表「陈晨 3月」有 30 格的等级只写了一个字,按「优」= 优秀、「良」= 良好读取;以后请写全称', expected: '优秀 / 良好', actual: '优 / 良' }),
  c({ code: 'hidden-rows', params: { sheet: '王芳', rows: [15] }, at: { sheet: '王芳', cell: 'A15' }, person: '王芳', message: '王芳!A15:工作表「王芳」的第 15 行是隐藏的(可能是上个月的数据,或被筛选掉),没有读取;如果要计入,请取消隐藏后重新评分' }),
  c({ code: 'item-not-found', params: { case: 'column', sheet: '3月', heading: '旷工', item: '工作纪律' }, at: { sheet: '3月' }, message: '工作表「3月」缺少列「旷工」,无法为「工作纪律」评分(列名可写作「旷工」)' }),
  c({ code: 'daily-rows', params: { heading: '日期', name: '张三', days: ['2026-03-01', '2026-03-02'], people: 2 }, message: '「日期」一列按天记录,2 人有多天的行(如「张三」有「2026-03-01」和「2026-03-02」两行):这是按日的明细,kpi 每人按一行评一个月,这些人都不评分;请先把每人一个月的数据汇总成一行(次数、单数相加,比率按汇总后的数重算)后重新评分' }),
  c({ code: 'skipped-row', params: { sheet: '3月', rows: [{ row: 12, text: '合计' }], count: 1 }, message: '工作表「3月」第12行「合计」是合计、表头、签字或说明行,不是人员,未评分' }),
  c({ code: 'other-table', params: { sheet: '3月', row: 9, heading: '部门 组别 考核月份', name: '姓名', column: '组别', first: 10, last: 11, names: ['销售一组', '售后一组'] }, at: { sheet: '3月', cell: 'B9' }, message: '3月!B9:工作表「3月」第 9 行「部门 组别 考核月份」是另一张表的表头(「姓名」一列写作「组别」),下面第 10–11 行(销售一组、售后一组)按组或部门统计,不是人员,未评分;如果其中有要评分的人,请把他们移到上面的名单里' }),
  c({ code: 'form-marker-differs', params: { formId: 'cs-rep', form: '客服代表考核表', version: '1.0.0' }, message: '这份表的模板是用另一份定义文件生成的:考核表 id 和版本与内置的「客服代表考核表」(cs-rep 1.0.0)相同,内容却不同(改过的副本?)。请用 --form 指定生成模板时用的定义文件;确实要按内置定义评分时加 --form cs-rep' }),
  c({ code: 'records-months', params: { sheet: '回访', heading: '月份', months: ['2026-01', '2026-02'], form: '客户满意度每月记录表', records: '客户' }, message: '工作表「回访」的「月份」列有 2 个月的客户(2026-01、2026-02),「客户满意度每月记录表」按一个月统计,这些客户已合在一起算;要每个月的结果,请每月一个文件分别评分' }),
  c({ code: 'records-sheets', params: { sheets: ['本月', '上月'], records: '客户' }, message: '客户来自 2 张工作表(「本月」、「上月」),已合在一起统计;如果其中有别的月份或旧的副本,请把它隐藏或移到另一个文件后重新评分' }),
  c({ code: 'graded-in-folder', params: { name: '三月结果.xlsx', input: '主管.xlsx、同事.xlsx' }, message: '三月结果.xlsx 是 kpi 写出的评分结果(主管.xlsx、同事.xlsx 的评分结果),不作为评分人的表读取(否则其中的评分会算两次)' }),
  c({ code: 'pay-month-column', params: { case: 'used', payFile: '工资.xlsx', heading: '绩效基数(3月)', plain: '绩效基数', month: '3月', formMonth: '2026-03' }, at: { file: '工资.xlsx', sheet: '[工资.xlsx]Sheet', cell: 'E1' }, message: '[工资.xlsx]Sheet!E1:工资文件 工资.xlsx 有「绩效基数」和「绩效基数(3月)」两列,考核表是 2026-03:按「绩效基数(3月)」计算', expected: '2026-03', actual: '3月' }),
  c({ code: 'pay-month', params: { payFile: '工资.xlsx', months: ['2026-02'], month: '2026-03' }, message: '工资文件 工资.xlsx 的表名、标题或列名写的是 2026-02,考核表是 2026-03:绩效基数按这份文件算了;如果不是本月的工资表,请换成 2026-03 的', expected: '2026-03', actual: '2026-02' }),
  c({ code: 'side-by-side-table', params: { sheet: '考核表', row: 2, from: 'O', who: '郑爽' }, at: { sheet: '考核表', cell: 'O2' }, person: '郑爽', message: '考核表!O2:工作表「考核表」第 2 行从 O 列起又是一遍同样的表头:这张工作表左右并排放了两张表,右边这张没有读取,郑爽没有评分(右边的分数也没有算给左边的人);请把右边这张表连同表头剪切到左边这张的下面(隔一空行,每人一行),或移到另一张工作表后重新评分' }),
  c({ code: 'second-form-on-sheet', params: { sheet: '王芳', row: 30, heading: '考核项目' }, at: { sheet: '王芳', cell: 'A30' }, message: '王芳!A30:工作表「王芳」第 30 行又是一份考核表的表头(「考核项目」):每张工作表只读第一份,下面这份没有读取,其中的人没有评分;请把它移到单独的工作表后重新评分' }),
  c({ code: 'export-sheet-chosen', params: { name: 'march.xlsx', sheet: '赤兔数据(3月)', month: '2026-03', from: 'header', passed: [{ sheet: '赤兔数据(2月)', months: ['2月'] }] }, at: { file: 'march.xlsx', sheet: '赤兔数据(3月)' }, message: '赤兔数据(3月):march.xlsx 里有 2 张表都像导出数据:名单的考核月份是 2026-03,使用写明是这个月的「赤兔数据(3月)」;没有使用「赤兔数据(2月)」(2月)' }),
  c({ code: 'side-file-in-folder', params: { name: '工资.xlsx', flag: '--pay' }, message: '工资.xlsx 是 --pay 给出的文件,不作为评分人的表读取' }),
  c({ code: 'kpi-report', params: { name: '季度汇总.xlsx', kind: 'rollup' }, message: '季度汇总.xlsx 是 kpi rollup 写出的期间汇总,不是考核表,不能再评分;请把各个月的考核表(原文件)交给 kpi rollup' }),
  c({ code: 'hidden-sheet', params: { sheets: ['旧表', '草稿'] }, message: '工作簿中隐藏的工作表「旧表」、「草稿」没有评分;要一并评分请加 --include-hidden' }),
  c({ code: 'level-ticks', params: { heading: '产品质量', levels: ['优秀', '良好', '一般'], ticked: ['优秀', '良好'], records: '客户' }, at: { sheet: '3月', cell: 'C4' }, person: '第 4 行(客户 A**)', message: '3月!C4:第 4 行(客户 A**):「产品质量」下分 优秀、良好、一般 几列打勾,这一行勾了 优秀、良好 2 列,分不清是哪个等级;每项只勾一列(或在一列里写等级的字)后重新评分(这条客户记录不计入统计)', expected: '勾一列', actual: '勾了 2 列' }),
  c({ code: 'row-shifted', params: { cells: 11, headings: 10, value: '表扬信', delimiter: ',' }, at: { sheet: 'r', cell: 'K2' }, person: '王芳', message: 'r!K2:王芳:这一行有 11 列,表头只有 10 列(多出的「表扬信」在这里):前面某一格里多了一个逗号,把这一格拆成了两格,后面各列都错了位(如 3,2 应写作 "3,2" 或 3、2);请改正后重新评分(此人不评分)', expected: '10 列', actual: '11 列' }),
  c({ code: 'regraded-edits', params: { sheet: '考核表', headings: ['评分说明'] }, message: '工作表「考核表」里 kpi 上次写的列(评分说明)在评分后被改过或填了内容;重新评分时这些列按新结果重写,其中改过的内容不会出现在新的评分结果里(原文件里仍在)。要保留的说明请写在 kpi 的列以外' }),
  c({ code: 'csv-quotes', params: { lines: [11], count: 1, example: '"好评"如潮' }, at: { sheet: 'march', cell: 'A11' }, message: 'march!A11:第 11 行的引号不成对(如「"好评"如潮」):这些行按原样读取,引号作为文字保留;请核对这些行的各列是否对齐' }),
  c({ code: 'cell-too-long', params: { length: 40000, limit: 32767 }, at: { sheet: '3月', cell: 'H5' }, message: '3月!H5:单元格有 40000 个字符,超过 Excel 单元格上限 32767,评分结果中只保留前 32766 个字符,末尾加「…」(原文件未改动)' }),
  c({ code: 'listed-without-sheet', params: { sheet: '汇总', people: ['赵六(A04)'] }, message: '工作表「汇总」列出的赵六(A04)没有自己的考核表,没有评分;如果要评分,请为此人加一张考核表(可复制别人的表改姓名和各项)后重新评分', expected: '每人一张考核表', actual: '赵六(A04)' }),
  c({ code: 'helper-sheet', params: { sheet: '图表数据', columns: ['态度'], most: 16 }, message: '工作表「图表数据」只有 1 列考核项目(「态度」),而名单有 16 列,像是自己加的辅助表(图表数据、对照表),没有当作名单评分;如果这张表也是名单,请把它的人移到名单里' }),
  c({ code: 'detail-truncated', params: { rows: 1050000, shown: 1048575 }, message: '「明细」有 1050000 行,超过 Excel 一张表的行数上限,只写出前 1048575 行;其余各人各项的得分和说明见 kpi score --json(汇总的总分和等级不受影响)' }),
  c({ code: 'id-ambiguous', params: { id: '1005', names: [{ name: '陈静', months: ['2026-01'] }, { name: '赵新', months: ['2026-02', '2026-03'] }] }, message: '工号「1005」在 2026-01 是「陈静」,在 2026-02、2026-03 是「赵新」:按姓名分开统计,不合并。不是同一个人时请改正工号(复制的表忘了改工号?);是同一个人(改了名)时请把姓名改成一样' }),
  c({ code: 'content-dropped', params: { sheet: '3月', charts: 2, pivots: 0, shapes: 1, controls: 0 }, message: '原表中的图表/数据透视表未能保留:工作表「3月」的2 个图表、1 个形状/文本框没有复制到评分结果中(原文件未改动,请在原文件中查看)' }),
  c({ code: 'form-unknown', params: { form: '客服代表考核表', formId: 'cs-rep' }, message: '文件没有模板标记,按表头识别为「客服代表考核表」(cs-rep);如不对请用 --form 指定' }),
  c({ code: 'form-mismatch', params: { form: '试用期客服员考核表', formId: 'probation', other: '客服代表考核表', otherId: 'cs-rep', missing: 3 }, message: '表头更像「客服代表考核表」(cs-rep),不像 --form 指定的「试用期客服员考核表」(probation):后者有 3 列必填列在表中找不到。是不是 --form 给错了?请改为 --form cs-rep,或去掉 --form 让 kpi 按表头识别' }),
  c({ code: 'form-not-recognized', params: { name: 'march.csv', candidates: [], forms: ['cs-rep', 'probation'] }, message: 'march.csv:认不出是哪种考核表(文件不是由 kpi template 生成)。请用 --form 指定,可选:cs-rep、probation' }),
  c({ code: 'form-not-found', params: { formId: 'nosuch', forms: ['cs-rep', 'probation'] }, message: '未知的考核表「nosuch」。可用的有:cs-rep、probation;也可用 --form 指定自己的定义文件(.json)' }),
  c({ code: 'form-marker-unknown', params: {}, message: '工作簿里的模板标记不是内置考核表的名称,已忽略;按表头识别考核表(如不对请用 --form 指定)' }),
  c({ code: 'form-version', params: { formId: 'cs-rep', version: '0.9.0', current: '1.0.0' }, message: '模板由「cs-rep」0.9.0 版生成,当前定义为 1.0.0 版,按当前定义评分' }),
  c({ code: 'definition-invalid', params: { case: 'not-json', definition: 'my.json', line: 3, column: 7 }, message: 'my.json:不是有效的 JSON(第 3 行第 7 列附近)' }),
  c({ code: 'limit-unknown-band', params: { form: '客服代表考核表', bands: ['卓越'], known: ['优秀', '良好'] }, message: '强制分布的等级「卓越」不在「客服代表考核表」的等级表中(可用:优秀、良好)', expected: '优秀、良好', actual: '卓越' }),
  // At most 20 % of 7 is 1 person; 2 have 优秀 (28.57 %); the lower of them is beyond the line.
  c({
    code: 'distribution-limit',
    params: {
      department: '', band: '优秀', kind: 'max', limit: 0.2, people: 7, count: 2, allowed: 1,
      boundary: [
        { id: 'R01', name: '宋佳', department: '客服部', band: '优秀', total: 95, beyond: false },
        { id: 'R02', name: '王芳', department: '客服部', band: '优秀', total: 90.66666666666667, beyond: true },
      ],
    },
    message: '强制分布:全体「优秀」2 人(28.5714%),不符合 至多 20%(7 人中至多 1 人);按精确总分,超出的:王芳(R02) 优秀 90.6666666667;限额内最后一人:宋佳(R01) 优秀 95。kpi 不改动任何人的分数和等级',
    expected: '优秀 至多 20%',
    actual: '2/7',
  }),
  c({ code: 'form-is-records', params: { case: 'shipped', form: '客服通话质检', formId: 'call-qa', records: '通话' }, message: '「客服通话质检」(call-qa)是记录表(每行一条通话,按分组统计),不能用于此命令' }),
  c({ code: 'data-not-used', params: { form: '客服代表考核表', formId: 'cs-rep' }, message: '「客服代表考核表」(cs-rep)不从导出数据取数,--data 只用于定义了导出数据(data)的考核表,如 shop-cs-monthly' }),
  c({ code: 'data-missing', params: { case: 'column', row: 1, column: '接待量', aliases: ['咨询量'] }, at: { file: 'export.xlsx', sheet: '导出' }, message: '导出:第 1 行表头中没有「接待量」列(也可写作 「咨询量」),无法取数', expected: '接待量', actual: '缺少此列' }),
  c({ code: 'data-duplicate', params: { key: '工号', value: '1001', count: 2, rows: [3, 7], who: '王芳(工号 1001)' }, at: { sheet: '导出', cell: 'A7' }, message: '导出!A7:工号「1001」在导出数据中出现 2 次(第 3、7 行),无法确定哪一行是王芳(工号 1001)', expected: '工号唯一', actual: '1001' }),
  c({ code: 'data-unmatched', params: { case: 'name-differs', key: '工号', value: '1001', listed: '王芳', exported: '王方' }, at: { sheet: '导出', cell: 'B3' }, message: '导出!B3:工号 1001 在名单中是「王芳」,导出数据中是「王方」,请核对', expected: '王芳', actual: '王方' }),
  c({ code: 'input-open', params: { name: 'march.xlsx', lock: '~$march.xlsx' }, message: 'march.xlsx 似乎正在 Excel、WPS 或 LibreOffice 中打开(旁边有锁文件 ~$march.xlsx):评分用的是最后一次保存的内容,还没保存的修改不在其中;请保存后再评分' }),
  c({ code: 'struck-text', params: { item: '话务质量', input: '推诿客户', struck: '3', kept: '2' }, at: cell, message: '3月!E7:「话务质量·推诿客户」划了删除线的「3」未计入,按「2」读', expected: '2', actual: '3' }),
  c({ code: 'struck-item', params: { item: '潜在合作挖掘', struck: '潜在合作挖掘' }, at: { sheet: '张三', cell: 'A11' }, person: '张三', message: '张三!A11:张三:项目名称「潜在合作挖掘」整格划了删除线,这一行未读取,这一项无法评分,此人不评分;不考核的项请按表的规则填(如 不适用),或去掉删除线', actual: '潜在合作挖掘' }),
  c({ code: 'struck-name', params: { name: '王五' }, at: { sheet: '考核表', cell: 'B4' }, message: '考核表!B4:「王五」的姓名划了删除线,视为已删去,不评分;要评分请去掉删除线' }),
  c({ code: 'struck-row', params: { row: 4, text: '2026-03 生产部 张主任 采购部 准确性 D', records: '答案' }, at: { sheet: '问卷答案', cell: 'A4' }, message: '问卷答案!A4:第 4 行(「2026-03 生产部 张主任 采购部 准确性 D」)整行划了删除线,视为已删去,这一条答案不计入;要计入请去掉删除线后重新评分', actual: '2026-03 生产部 张主任 采购部 准确性 D' }),
  c({ code: 'shown-rounded', params: { item: '客户信息管理', shown: '90%', stored: '89.5%', score: 10, shownScore: 20 }, message: '「客户信息管理」单元格显示「90%」,存的是 89.5%:按存的值计,得 10 分;按显示的值会得 20 分。请把单元格改成要计的数' }),
  c({ code: 'previous-ignored', params: { case: 'not-records', form: '客服代表考核表', previous: 'feb.xlsx' }, message: '--previous 只用于记录表(如客户满意度调查);「客服代表考核表」不是记录表,已忽略 feb.xlsx' }),
  c({ code: 'rater-copy-alone', params: { rater: '直接主管', others: ['间接主管'], items: 15 }, message: '这份表只有「间接主管」的评分,没有「直接主管」的评分(15 项都要有,必填),此人不评分;「直接主管」的评分在另一份表里时,请把两份表一起评分:kpi score 直接主管的表.xlsx 本表.xlsx' }),
  c({ code: 'previous-errors', params: { previous: 'feb.xlsx', errors: 1, total: 3, records: '客户', command: 'kpi score prev/feb.xlsx' }, message: '上月文件 feb.xlsx 的 3 条客户中有 1 条有错误,上月的数字不含它们,与上月的变化可能不准;请先改正上月文件(kpi score prev/feb.xlsx)' }),
  c({ code: 'month-unknown', params: { case: 'flag', name: 'a.xlsx', value: '三月' }, message: '--month a.xlsx=三月:看不懂月份(应如 2026-03)', expected: 'YYYY-MM', actual: '三月' }),
  c({ code: 'input-twice', params: { name: 'a.xlsx', times: 2 }, message: 'a.xlsx 在命令行里给了 2 次,是同一个文件,只读一次' }),
  c({ code: 'month-duplicate', params: { case: 'two-files', name: 'a.xlsx', other: 'b.xlsx', month: '2026-03' }, message: 'a.xlsx 和 b.xlsx 都是 2026-03 的考核表;每个月只能有一个文件(请合并,或去掉其中一个)', actual: '2026-03' }),
  c({ code: 'period-mixed', params: { case: 'rollup', name: 'apr.xlsx', month: '2026-04', period: '2026-Q1', kind: 'quarter', firstFile: 'jan.xlsx' }, message: 'apr.xlsx(2026-04)不在 2026-Q1 这个季度里(第一个月份来自 jan.xlsx);一次汇总一个季度', expected: '2026-Q1', actual: '2026-04' }),
  c({ code: 'period-incomplete', params: { months: ['2026-02'] }, message: '2026-02 没有考核文件:这些月份不计入任何人的期间得分,连续月份的规则在此中断', actual: '2026-02' }),
  c({ code: 'form-mixed', params: { case: 'rollup', name: 'feb.xlsx', form: '试用期考核表', formId: 'probation', firstName: 'jan.xlsx', first: 'cs-rep' }, message: 'feb.xlsx:是「试用期考核表」(probation),而 jan.xlsx 是 cs-rep;一次只能汇总同一种考核表' }),
  c({ code: 'month-missing', params: { missing: ['2026-02'], unscored: [], averaged: 2 }, person: '宋佳', message: '宋佳:2026-02 没有考核记录,期间得分按其余 2 个月平均', actual: '2026-02' }),
  c({ code: 'name-ambiguous', params: { name: '王芳', ids: ['R02', 'R09'] }, person: '王芳', message: '姓名「王芳」对应不同的工号 R02、R09:按工号分开统计,不合并;没有工号的记录无法归属,单独列出', actual: 'R02、R09' }),
  c({ code: 'rater-duplicate', params: { place: 'b.xlsx 表1!B3', person: '王芳', rater: '上级', firstPlace: 'a.xlsx 表1!B3' }, message: 'b.xlsx 表1!B3:王芳的「上级」已在 a.xlsx 表1!B3 评过,这里又评了一次;同一评分人只能有一份(王芳不评分,请去掉其中一份)', expected: '上级一份', actual: '两份' }),
  c({ code: 'rater-unknown', params: { case: 'typed', place: 'a.xlsx 表1!B3', field: '评分人', value: '老板', raters: '上级、同事' }, message: 'a.xlsx 表1!B3:「评分人」填写为「老板」,不是本表的评分人(上级、同事)', expected: '上级、同事', actual: '老板' }),
  c({ code: 'combine-unsupported', params: { form: '客服代表考核表', why: 'one-rater' }, message: '「客服代表考核表」只有一个评分人,不能把几份表合并评分;几个月、几个团队或每人一份的表请分别评分(kpi batch <文件夹>,每份写出一份评分结果),要把它们放在一张表里请用 kpi rollup 汇总(同一个月人员各不相同的几份合起来算作这个月)' }),
  c({ code: 'file-unreadable', params: { name: 'nosuch.xlsx', case: 'fs', path: 'in/nosuch.xlsx', reason: fsReason(enoent) }, message: '找不到文件 in/nosuch.xlsx,请检查路径和文件名' }),
  c({ code: 'worker-failed', params: { case: 'threw', detail: 'out of memory' }, message: '评分时出错:out of memory' }),
  c({ code: 'file-kind', params: { name: 'march.xlsx', kind: 'zip', count: 4, sample: ['a.xlsx', 'b.xlsx', 'c.csv'] }, message: 'march.xlsx 是一个压缩包(zip),不是工作簿(里面有 4 个文件,如 a.xlsx、b.xlsx、c.csv)。请先解压,再选择其中的表格文件' }),
  c({ code: 'file-empty', params: { name: 'march.csv', case: 'zero-bytes' }, message: 'march.csv 是空文件(0 字节),可能没有保存或没有下载完整。请重新保存或下载后再试' }),
  c({ code: 'file-encrypted', params: { name: 'march.xlsx', part: 'xl/workbook.xml' }, message: 'march.xlsx:压缩包内 xl/workbook.xml 有密码保护(zip 加密),无法读取。请取消密码保护后另存为 .xlsx' }),
  c({ code: 'bad-encoding', params: { name: 'march.csv', case: 'unknown-name', encoding: 'big5' }, message: 'march.csv:不认识的编码「big5」,可用 utf-8、gb18030(gbk)、utf-16le、utf-16be' }),
  c({ code: 'too-large', params: { name: 'march.xlsx', case: 'ratio', part: 'xl/worksheets/sheet1.xml', ratio: '1000:1', packed: '1 MB', size: '1000 MB', limit: 200 }, message: 'march.xlsx:压缩包内 xl/worksheets/sheet1.xml 压缩比 1000:1(1 MB 解压为 1000 MB),超过上限 200:1,疑似压缩炸弹,已拒绝读取', expected: '≤ 200:1', actual: '1000:1' }),
  c({ code: 'xml-entities', params: { name: 'march.xlsx' }, message: 'march.xlsx:工作簿的 XML 含有实体声明(可能是恶意文件),已拒绝读取' }),
  c({ code: 'output-exists', params: { case: 'exists', output: 'march.graded.xlsx' }, message: '输出文件 march.graded.xlsx 已存在。要替换它请加 --force,或用 -o 指定另一个文件' }),
  c({ code: 'output-failed', params: { case: 'write', output: 'out/march.graded.xlsx', reason: fsReason(Object.assign(new Error('no space'), { code: 'ENOSPC' })) }, message: '无法写入 out/march.graded.xlsx:磁盘已满。原始文件未改动,没有留下不完整的输出' }),
];

describe('every code renders its message from its fields', () => {
  it('the cases cover the whole catalogue, one each', () => {
    expect(CASES.map((x) => x.code).sort()).toEqual([...PROBLEM_CODES].sort());
  });
  for (const x of CASES) {
    it(`${x.code}: ${x.message.slice(0, 40)}…`, () => {
      const p = problem(x.code, x.params, x.at ?? {}, x.person ? { person: x.person } : {});
      expect(p.code).toBe(x.code);
      expect(p.severity).toBe(specOf(x.code).severity);
      expect(p.message).toBe(x.message);
      expect(p.params).toEqual(x.params);
      if (x.expected !== undefined) expect(p.expected).toBe(x.expected);
      if (x.actual !== undefined) expect(p.actual).toBe(x.actual);
      expect(codeName(x.code)).not.toBe(x.code);
    });
  }
});

describe('rater-unknown of a lone row (c13)', () => {
  it('names the copy\'s other rows\' group and the rater\'s own copy', () => {
    const p = problem('rater-unknown', { case: 'lone-row', place: 'peer.xlsx 考核表!F2', field: '评分人', filled: '主管评', group: '同事评', rows: 2, owner: 'sup.xlsx' }, { file: 'peer.xlsx', sheet: '考核表', cell: 'F2' }, { severity: 'warning' });
    expect(p.message).toBe('peer.xlsx 考核表!F2:这份表没有填写「评分人」,其他 2 行填的都是「同事评」的格子,只有这一行填在「主管评」一栏,而「主管评」有自己的一份(sup.xlsx):这一行是谁的评分看不出来,已按「主管评」计分,请核对。是同事评的评分请移到「同事评」一栏;确是主管评的评分请在这一行的「评分人」里写明「主管评」');
    expect([p.severity, p.expected, p.actual]).toEqual(['warning', '同事评', '主管评']);
  });
});

describe('rater-unknown of a group filled on a sheet of several raters and in copies of its own (fx54f)', () => {
  it('names the group and its copies, the person unscored', () => {
    const p = problem('rater-unknown', { case: 'shared-group', place: '考核表.xlsx 林娜!I4', groups: ['同事评'], owners: ['同事甲.xlsx', '同事乙.xlsx'] }, { file: '考核表.xlsx', sheet: '林娜', cell: 'I4' });
    expect(p.message).toBe('考核表.xlsx 林娜!I4:这份表填了「同事评」的格子,而「同事评」另有自己的表(同事甲.xlsx、同事乙.xlsx):这一栏是不是其中一份抄进来的看不出来,两处都计入可能算两次(此人不评分)。请清空这里的「同事评」一栏;它是另一位的评分时,请另填一份「同事评」的表(kpi template --rater)一起评分');
    expect([p.severity, p.expected, p.actual]).toEqual(['error', undefined, undefined]);
  });
});

describe('rater-unknown of a sheet named for a person beside sheets named for raters (fx56i)', () => {
  it('names the sheet and the sheets named for raters, the person unscored', () => {
    const p = problem('rater-unknown', { case: 'sheet-tab', place: 'a.xlsx 李明!B2', sheet: '李明', field: '评分人', named: ['主管评', '客户评'], raters: '主管评、同事评' }, { file: 'a.xlsx', sheet: '李明', cell: 'B2' });
    expect(p.message).toBe('a.xlsx 李明!B2:工作表「李明」的名称不是评分人,而同一工作簿的「主管评」、「客户评」是按评分人分开的表:看不出这张表是哪位评分人(主管评、同事评)的评分,此人不评分;请把工作表改名为评分人(如「主管评」「同事甲」「客户评」),或加一列「评分人」写明后重新评分');
    expect([p.severity, p.expected, p.actual]).toEqual(['error', '主管评、同事评', '李明']);
  });
});

describe('record-void of a 状态 that voids its row and restores it (fx57v)', () => {
  it('says the row is counted, as an info', () => {
    const p = problem('record-void', { row: 5, text: '此单作废-已恢复', heading: '状态', records: '客户', restored: true }, { sheet: '满意度记录', cell: 'G5' }, { severity: 'info' });
    expect(p.message).toBe('满意度记录!G5:第 5 行的状态写着「此单作废-已恢复」:说了作废又说已恢复有效,这一条客户照常计入了;如果它不算,请在状态里只写「作废」后重新评分');
    expect(p.severity).toBe('info');
  });
});

describe('record-void-unclear says what the 状态 says (review of 54023f17: 「既说作废又说恢复」 for every case)', () => {
  const at = { sheet: '满意度记录', cell: 'G5' };
  it('re-entry: a void then a new entry (「作废后重新提交」)', () => {
    const p = problem('record-void-unclear', { row: 5, text: '作废后重新提交', heading: '状态', records: '客户', case: 're-entry' }, at);
    expect(p.message).toBe('满意度记录!G5:第 5 行的状态写着「作废后重新提交」:说了作废又说重新录入,看不出这一条客户是作废的那一条,还是重新录入后算数的那一条,这一条不计入;请在状态里只写「作废」或「有效」后重新评分');
  });
  it('withdrawn: a void then 不用作废 (「此单作废,客户说不用再作废」)', () => {
    const p = problem('record-void-unclear', { row: 5, text: '此单作废,客户说不用再作废', heading: '状态', records: '客户', case: 'withdrawn' }, at);
    expect(p.message).toBe('满意度记录!G5:第 5 行的状态写着「此单作废,客户说不用再作废」:说了作废又说不用作废,看不出这一条客户最后作废了没有,这一条不计入;请在状态里只写「作废」或「有效」后重新评分');
  });
  it('remark: the 备注 and the 状态 it disagrees with, both cells named', () => {
    const p = problem('record-void-unclear', { row: 5, text: '此单作废', heading: '备注', records: '客户', case: 'remark', against: { heading: '状态', text: '', cell: 'G5' } }, { sheet: '满意度记录', cell: 'H5' });
    expect(p.message).toBe('满意度记录!H5:第 5 行的备注写着「此单作废」,状态(G5)却空着:看不出这一条客户算不算,这一条不计入;请在状态里只写「作废」或「有效」后重新评分');
  });
  // Review 63: a 是否有效 / 是否作废 answered 是 / 否 and a reason saying the opposite was said 「既说作废又说恢复」.
  it('answer: 是否有效 「是,但无效」 — the answer said valid, the reason void', () => {
    const p = problem('record-void-unclear', { row: 5, text: '是,但无效', heading: '是否有效', records: '客户', case: 'answer', answer: { word: '是', valid: true } }, at);
    expect(p.message).toBe('满意度记录!G5:第 5 行的是否有效写着「是,但无效」:答的是「是」(有效),后面的话却说作废或不计,看不出这一条客户算不算,这一条不计入;请在是否有效里只写「作废」或「有效」后重新评分');
  });
  it('answer: 是否作废 「是,已恢复」 — the answer said void, the reason valid', () => {
    const p = problem('record-void-unclear', { row: 5, text: '是,已恢复', heading: '是否作废', records: '客户', case: 'answer', answer: { word: '是', valid: false } }, at);
    expect(p.message).toContain(':答的是「是」(作废),后面的话却说有效或已恢复,看不出这一条客户算不算,');
  });
  it('asked: a void then a question whether it counts (「作废后是否还要计入?」)', () => {
    const p = problem('record-void-unclear', { row: 5, text: '作废后是否还要计入?', heading: '状态', records: '客户', case: 'asked' }, at);
    expect(p.message).toContain(':说了作废,又问还算不算,看不出这一条客户最后算不算,这一条不计入;');
  });
  it('no case (an older run): a void and a restore, as it was', () => {
    const p = problem('record-void-unclear', { row: 5, text: '此单作废,原单恢复', heading: '状态', records: '客户' }, at);
    expect(p.message).toContain(':既说作废又说恢复,看不出这一条客户最后算不算,');
  });
});

describe('sheets-months of a roster\'s month tabs under --period (fx60p)', () => {
  it('names the tabs set aside, the tab scored and whoever is only on the others, as an info', () => {
    const p = problem('sheets-months', { sheets: ['1月', '2月'], months: ['2026-01', '2026-02'], period: '2026-03', kept: ['3月'], only: ['张伟'] }, { file: 'a.xlsx' }, { severity: 'info' });
    expect(p.message).toBe('工作表「1月」、「2月」按表名是 2026-01、2026-02 的名单,不是 --period 指定的 2026-03,没有计入;按工作表「3月」评分(只在这些表上的「张伟」不在 2026-03 的名单上,没有评分)');
    expect(p.severity).toBe('info');
  });

  it('by: the tabs\' months said by their titles or 考核月份, not their names (fx60p follow-up)', () => {
    const p = problem('sheets-months', { sheets: ['Sheet1', 'Sheet2'], months: ['2026-01', '2026-02'], period: '2026-03', kept: ['Sheet3'], by: '考核月份' }, { file: 'a.xlsx' }, { severity: 'info' });
    expect(p.message).toBe('工作表「Sheet1」、「Sheet2」按考核月份是 2026-01、2026-02 的名单,不是 --period 指定的 2026-03,没有计入;按工作表「Sheet3」评分');
  });
});

describe('struck-text of a required input', () => {
  it('asks for the changed figure only: 「不算请删去这个数」 led to 「为必填项…实际为空」', () => {
    const p = problem('struck-text', { item: '回访问题处理效率', input: '基础分', struck: '8', required: { type: 'number', min: 6, max: 10 } }, { sheet: '考核表', cell: 'L3' }, { severity: 'error' });
    expect(p.message).toBe('考核表!L3:「回访问题处理效率·基础分」的「8」整格划了删除线,按空白读,此人不评分;改了请在这一格填改后的数(本项必填,应为6到10之间的数),没改请去掉删除线');
    expect(p.severity).toBe('error');
    const choice = problem('struck-text', { item: '态度', struck: '良好', required: level }, { sheet: '考核表', cell: 'P4' }, { severity: 'error' });
    expect(choice.message).toBe('考核表!P4:「态度」的「良好」整格划了删除线,按空白读,此人不评分;改了请在这一格填改后的内容(本项必填,应为以下之一:优秀 / 良好(或对应分值 4/3)),没改请去掉删除线');
  });
});

describe('the location is said once', () => {
  it('problemText leaves out the sheet!cell and the person that the sheet and console show in their own columns', () => {
    const p = problem('rater-spread', { items: 'all', raters: ['同事'] }, { sheet: '3月', cell: 'B4' }, { person: '许亮', severity: 'warning' });
    expect(p.message).toBe('3月!B4:许亮:各项同事无人评分,其权重按比例分给其他评分人');
    expect(problemText(p)).toBe('各项同事无人评分,其权重按比例分给其他评分人');
    expect(p.severity).toBe('warning');
  });
  it('a problem of a rater who does not count is a warning saying so, rendered again from its fields', () => {
    const p = problem('not-a-number', { item: '协作', rater: '自评', accepts: integer0to5, value: 'x' }, cell);
    const q = reframe(p, { notCounted: '自评' }, 'warning');
    expect(q.message).toBe('3月!E7:「协作·自评」应为0到5之间的整数,实际为「x」(自评不计分)');
    expect(q.severity).toBe('warning');
  });
  it('a month of a roll-up names its file and month before the location', () => {
    const p = problem('required', { item: '出勤', accepts: { type: 'number' }, value: '' }, cell);
    expect(reframe(p, { source: { name: 'mar.xlsx', month: '2026-03' } }).message).toBe('mar.xlsx(2026-03):3月!E7:「出勤」为必填项,应为数字,实际为空');
  });
  it('a problem without fields (an older manifest) keeps its sentence; the text drops its leading location', () => {
    const old = { severity: 'error' as const, code: 'required' as const, message: '3月!E7:「出勤」为必填项', sheet: '3月', cell: 'E7' };
    expect(problemMessage(old)).toBe(old.message);
    expect(problemText(old)).toBe('「出勤」为必填项');
  });
  it('a count table on the log\'s own sheet is a note naming where it starts (helper-sheet, block)', () => {
    const p = problem('helper-sheet', { sheet: '2026年3月', columns: ['满意', '一般', '评定'], most: 4, records: '答案', summary: ['满意', '一般', '评定'], block: 'H2' }, { sheet: '2026年3月', cell: 'H2' }, { severity: 'info' });
    expect(p.message).toBe('工作表「2026年3月」H2 起的表有列「满意」、「一般」、「评定」,是自己做的汇总表,不是逐条的答案,没有读取;结果按记录表里的答案计算。如果其中也有要统计的答案,请把它们移到记录表里');
  });

  it('a 汇总 of formulas over people\'s own sheets is a note naming the sheets it reads (helper-sheet, formulas)', () => {
    const p = problem('helper-sheet', { sheet: '汇总', columns: ['业绩考核'], most: 8, formulas: ['张三', '李四', '王五', '赵六'] }, { sheet: '汇总' }, { severity: 'info' });
    expect(p.message).toBe('工作表「汇总」的分数是引用「张三」、「李四」、「王五」等 4 张表的公式,是自己做的汇总表,没有当作名单评分;各人按自己的考核表评分');
    expect(p.severity).toBe('info');
  });
  it('a peer\'s copy whose file\'s name says the person rated it (self-rated, fileName) names the file, not 「即被考核人本人」 of 「同事评」', () => {
    const p = problem('self-rated', { field: '评分人', value: '同事评', raters: '同事评', ownName: true, setAside: true, fileName: '同事-林娜.xlsx' }, { file: '同事-林娜.xlsx', sheet: '林娜', cell: 'F4' }, { person: '林娜', severity: 'warning' });
    expect(p.message).toBe('林娜!F4:林娜:「评分人」写的是「同事评」,文件名「同事-林娜.xlsx」说明评分人是被考核人本人:这份同事评是本人给自己的评分,自评只作参考、不计分,没有计入同事评;如果不是,请核对');
  });
  it('a self-rating beside the column read is a note that it does not count, with nothing to move (unknown-column, self-ignored)', () => {
    const p = problem('unknown-column', { case: 'self-ignored', heading: '自评', value: '优秀', read: '良好', like: '填写' }, { sheet: '张三', cell: 'G8' }, { person: '张三', severity: 'info' });
    expect(p.message).toBe('张三!G8:张三:列「自评」是本人的自评,只作参考、不计分,没有计入:这一格填「优秀」,评分按「填写」列的「良好」;不必改动');
    expect(p.severity).toBe('info');
  });
  it('「1:30」 in a number of seconds says why it is refused and how to write it (not-a-number, hours and minutes)', () => {
    const p = problem('not-a-number', { item: '平均响应秒数', accepts: { type: 'number', min: 0 }, value: '1:30', hours: '1', minutes: '30', amount: 90, unit: '秒' }, cell);
    expect(p.message).toBe('3月!E7:「平均响应秒数」应为不小于0的数,实际为「1:30」:分不清是 1 小时 30 分还是 1 分 30 秒;1 分 30 秒请写 00:01:30 或 90(秒),1 小时 30 分请写 01:30:00');
  });
  it('an Excel time in 分钟 that may be meant as typed is refused with the advice (time-value, not read)', () => {
    const p = problem('time-value', { item: '到场', accepts: { type: 'number', min: 0 }, value: '0.0208333333333333', clock: '00:30:00', amount: 30, unit: '分钟' }, cell);
    expect(p.message).toBe('3月!E7:「到场」填的 0.0208333333333333 可能是丢了时间格式的 Excel 时间值 00:30:00(30 分钟),也可能就是 0.0208333333333333 分钟,没有读取;请把单元格格式设为时间,或直接填分钟数');
    expect(p.severity).toBe('error');
  });
  it('a bare 0.5 its column reads as 0.5 % (目标转化率 10, 5, 0.5) is a note naming the column (ambiguous-percent, column)', () => {
    const p = problem('ambiguous-percent', { item: '转化率', input: '目标转化率', value: '0.5', percent: 0.5, other: 50, column: true }, { sheet: 'KPI', cell: 'K4' }, { person: '员3', severity: 'info' });
    expect(p.message).toBe('KPI!K4:「转化率·目标转化率」「0.5」按 0.5% 计(同列其他数按百分数填写);如指 50% 请写成「50%」');
    expect(p.severity).toBe('info');
  });
  it('a bare 0.5 the same cell of the other people\'s sheets reads as 0.5 % (目标转化率 10, 5, 0.5, 8) says so (ambiguous-percent, sheets)', () => {
    const p = problem('ambiguous-percent', { item: '转化率', input: '目标转化率', value: '0.5', percent: 0.5, other: 50, column: true, sheets: true }, { sheet: '王五', cell: 'F11' }, { person: '王五', severity: 'info' });
    expect(p.message).toBe('王五!F11:「转化率·目标转化率」「0.5」按 0.5% 计(其他人表里这一格按百分数填写);如指 50% 请写成「50%」');
  });
  it('every item\'s score typed in 得分, 填写 blank, on a form of scores typed in: read, one warning (unknown-column, scores-in-score)', () => {
    const p = problem('unknown-column', { case: 'scores-in-score', sheet: '张三', heading: '得分', like: '填写', range: 'G7:G14', count: 8 }, { sheet: '张三', cell: 'G7' }, { person: '张三', severity: 'warning' });
    expect(p.message).toBe('张三!G7:张三:工作表「张三」的「填写」列都是空的,8 项的分数都填在了「得分」列(G7:G14,kpi 写评分结果的列):本表各项直接填写得分,已按这些分数评分;请核对,以后请填在「填写」列');
  });
  it('one column of marks, no rater named, read as the one counted rater\'s: said, an info (unknown-column, lone-score)', () => {
    const p = problem('unknown-column', { case: 'lone-score', sheet: '张三', heading: '评分', rater: '主管' }, { sheet: '张三', cell: 'E3' }, { person: '张三' });
    expect(p.severity).toBe('info');
    expect(p.message).toBe('张三!E3:张三:工作表「张三」只有一列分数「评分」,没有写明是谁评的:本表只计「主管」的评分,已按「主管」的评分读取;不是「主管」的评分时请改正列名后重新评分');
  });

  it('a log\'s heading shortened to one column\'s stem, read as it: a warning naming both (unknown-column, shortened)', () => {
    const p = problem('unknown-column', { case: 'shortened', sheet: '满意度评分', heading: '服务', like: '服务态度' }, { sheet: '满意度评分', cell: 'D2' }, { severity: 'warning' });
    expect(p.message).toBe('满意度评分!D2:工作表「满意度评分」D2:列「服务」不是本表的列名,按最接近的「服务态度」读取(本表没有别的列与它相近);不是「服务态度」时请改正列名后重新评分');
  });

  it('kpi\'s plain 得分 | 说明 of an earlier grading beside a lone column of marks, copied without _kpi: not read, an info (unknown-column, stale-output)', () => {
    const p = problem('unknown-column', { case: 'stale-output', sheet: '张三', columns: 'H、I', like: '评分' }, { sheet: '张三', cell: 'H3' }, { person: '张三' });
    expect(p.severity).toBe('info');
    expect(p.message).toBe('张三!H3:张三:工作表「张三」的「得分」「说明」列(H、I 列)是 kpi 以前评分写的结果(复制时没有带上 kpi 的评分记录),没有读取:已按「评分」列的分数重新评分,结果写在「得分(kpi)」列');
  });

  it('a second column to fill naming a month after the sheet\'s is refused, not compared (unknown-column, later-month)', () => {
    const p = problem('unknown-column', { case: 'later-month', heading: '填写(4月)', value: '8', month: '2026-03' }, { sheet: '张三', cell: 'G8' }, { person: '张三', severity: 'error' });
    expect(p.message).toBe('张三!G8:张三:列「填写(4月)」写的月份在本表的考核月份 2026-03 之后,不是本月的也不是上月的,没有计入(这一格填「8」),此人不评分;请改正列名或表头的考核月份后重新评分');
    expect(p.severity).toBe('error');
  });
  it('the item\'s own points over its rating, every mark within them, says both readings (heading-points, rated: fx55d)', () => {
    // §4 「工作能力(5分)·直接主管」 over 4: as the 1–10 rating 4 ÷ 10 × 5 = 2, as points 4.
    const p = problem('heading-points', { case: 'value', heading: '工作能力(5分)·直接主管', item: '工作能力', said: 5, max: 5, value: '4', weighs: true, rated: 10, from: 1 }, { sheet: '考核表', cell: 'AL2' }, { person: '张三', severity: 'error' });
    expect(p.message).toBe('考核表!AL2:张三:这一格的「4」在「工作能力(5分)·直接主管」下:列名写的是「工作能力」的 5 分,按本表的评分读是 4 ÷ 10 × 5 = 2 分,按得分读是 4 分,不知按哪种读,没有计入,此人不评分');
    expect([p.expected, p.actual]).toEqual(['1–10 的评分', '5 分']);
  });
  it('a ledger\'s rows of no 考核月份 beside a 月份 of the month paid in are said as not read (pay-month, unmonthed: fx59p)', () => {
    const p = problem('pay-month', { case: 'unmonthed', payFile: '工资.xlsx', sheet: '工资表', heading: '考核月份', payHeading: '月份', who: ['张三(1001)', '李四(1002)'] }, { file: '工资.xlsx', sheet: '[工资.xlsx]工资表', cell: 'A1' }, { severity: 'warning' });
    expect(p.message).toBe('[工资.xlsx]工资表!A1:工资文件 工资.xlsx 的工作表「工资表」里「月份」与「考核月份」都写了的行月份不同(「月份」像是发放的月份),绩效基数按「考核月份」的月份读;「考核月份」空着的 2 行(「张三(1001)」、「李四(1002)」)看不出是哪个月的考核,没有读;如果其中有考核表这个月的,请填上「考核月份」后重新评分');
    expect([p.severity, p.expected, p.actual]).toEqual(['warning', '考核月份', '空着']);
  });
  it('severity names come from one table', () => {
    expect([severityName('error'), severityName('warning'), severityName('info')]).toEqual(['错误', '警告', '提示']);
  });
});

describe('the catalogue and the source agree', () => {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  const code = files(src)
    .filter((f) => !f.includes(`${path.sep}model${path.sep}problems${path.sep}`))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  // A code named where a problem is made (problem, report, scopedProblem, refuse, fail) or compared.
  const CALL = /\b(?:problem|report|refuse|fail)\(\s*'([a-z]+(?:-[a-z]+)*)'|scopedProblem\([^,]+,\s*'([a-z]+(?:-[a-z]+)*)'|(?<!typeof\s+[\w.]+)\bcode\s*[!=]==\s*'([a-z]+(?:-[a-z]+)*)'/g;
  const used = new Set([...code.matchAll(CALL)].map((m) => m[1] ?? m[2] ?? m[3]!));

  it('every code used in src/ has a catalogue entry', () => {
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((u) => !(PROBLEM_CODES as string[]).includes(u))).toEqual([]);
  });
  it('every entry of the catalogue is used somewhere in src/', () => {
    expect(PROBLEM_CODES.filter((k) => !code.includes(`'${k}'`))).toEqual([]);
  });
});

describe('shellWord', () => {
  it('quotes a name a shell would split or read, and puts 「./」 before one starting with 「-」 (pasted bare it was an option)', async () => {
    const { shellWord } = await import('../../src/model/problems/fields.js');
    expect(['-同事.xlsx', '主管 (3月).xlsx', 'a.xlsx', '同事评(二).xlsx', "王's.xlsx"].map(shellWord)).toEqual(['./-同事.xlsx', "'主管 (3月).xlsx'", 'a.xlsx', "'同事评(二).xlsx'", "'王'\\''s.xlsx'"]);
  });
});
