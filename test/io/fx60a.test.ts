// Review of 2905c5be / f496dd68 (engine/rules/adjustment.ts givenBackOf): sound deduction reasons refused 「说的却是加分」
// with advice to type +2 — a wrong score if followed. A give-back is an act on POINTS (补回/退还/返还/补还/归还 + N分, 分,
// 扣分, or ending its clause after a deduction stated), not money or goods (返还运费, 退还差价, 补回差价), not negated (未归还,
// 未补, 未补上); 全勤 / 绩效 in 「扣全勤2分」 is what is deducted; and only an error of the deduction itself (有误, 误扣, 多扣,
// 重复扣…) keeps 「漏扣…补2分」 refused — not 填错, 失误, 无误. Fixtures: test/fixtures/fx60a/ (make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx60a', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total ?? null, p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const refused = [['reason-sign', 'error']];

// §8: 回访 27/30 × 20 = 18, 表格管理 20 − 5 = 15, 服务规范 15 − 2×1 = 13, 基础分 9, 处理能力 8, 态度 12, 纪律 10 − 5×1 = 5
// → 80; 奖惩 −2 → 78.00 一般 (80 + 2 = 82 良好 if the refusal's advice was followed).
const s8 = { form: 'mattress-cs-monthly' };

describe('§8 奖惩 −2 beside words of giving money or goods back, a negated 补, or a work error', () => {
  it('deduction reasons beside 未归还 / 返还运费 / 退还差价 / 未补 / 扣全勤: 80 − 2 = 78.00 一般 each, no word', async () => {
    const r = await gradedReport(at('s8-deduction-beside-refund-words.csv'), s8);
    // 「借用公司耳机未归还,扣2分」「工牌丢失未归还,扣2分」「错发商品,客户退货,返还运费,扣2分」「售前说明不清导致客户要求退还差价,
    // 扣2分」「忘记打卡未补,扣全勤2分」「漏发短信未补上,扣绩效2分」 — each refused 「请把奖惩分改为 +2」 before.
    expect(people(r)).toEqual(['00', '01', '02', '03', '04', '05'].map((n) => [`员工${n}`, 78, '一般', []]));
  });

  it('a missed deduction taken now beside 填错 / 失误 / 填写错误 / 无误: 80 − 2 = 78.00 一般 each, no word', async () => {
    const r = await gradedReport(at('s8-missed-deduction-error-words.csv'), s8);
    // 「上月工单填错1次漏扣,本月补2分」「上月漏扣操作失误1次,本月补2分」「上月漏扣工单填写错误1次,本月补2分」
    // 「上月漏扣迟到,本月补2分(已和本人确认无误)」「上月少扣,补2分,核对无误」.
    expect(people(r)).toEqual(['00', '01', '02', '03', '04'].map((n) => [`员工${n}`, 78, '一般', []]));
  });

  it('stays refused: points given back, 全勤 given late, an error of the deduction itself', async () => {
    const r = await gradedReport(at('s8-giveback-stays.csv'), s8);
    // 「扣2分,本月补回」「返还上月扣的2分」「扣全勤2分,本月补2分」「全勤奖漏发,已补」「上月漏扣迟到,核对有误,补2分」
    // 「上月漏扣,重复扣,补2分」: 80 + 2 = 82 if the reason is right.
    expect(people(r)).toEqual(['00', '01', '02', '03', '04', '05'].map((n) => [`员工${n}`, null, null, refused]));
  });
});

describe('§11 减分 2 beside 返还运费 / 退还差价 / 未归还 / 补回差价', () => {
  it('KPI 30 + 20 + (10 − 2) + 10 + 12 = 80, + 综合能力 4 + 8 = 92, − 减分 2 = 90.00 一般; 「上月减分有误,本月补回2分」 refused', async () => {
    const r = await gradedReport(at('s11-refund-reasons.xlsx'));
    expect(people(r)).toEqual([
      ['客服0', 90, '一般', []], // 「因售前对产品尺寸介绍错误造成售后投诉,客户退货,返还运费」
      ['客服1', 90, '一般', []], // 「售前说明不清,客户要求退还差价,造成售后投诉」
      ['客服2', 90, '一般', []], // 「借用店铺样品未归还」
      ['客服3', 90, '一般', []], // 「因售前对产品不了解造成售后投诉」 (counted before too)
      ['客服4', 90, '一般', []], // 「售前答复错误造成售后投诉,补偿客户后已补回差价」
      ['客服5', null, null, refused], // 「上月减分有误,本月补回2分」: 92 + 2 = 94 if the reason is right
    ]);
  });
});
