// §8 mattress-cs-monthly / §11 shop-cs-monthly 奖惩 reasons and a heading (review 62 of 55a86c17 / 3a00f380;
// engine/rules/adjustment.ts, io/adjustmentWords.ts deductionHeading). Fixtures: test/fixtures/fx62l/ (the reviewer's
// files; make.py writes v-sound.csv). §8: 回访 27/30 × 20 = 18, 表格管理 20 − 5 = 15, 服务规范 15 − 2×1 = 13, 基础分 9,
// 处理能力 8, 态度 12, 纪律 10 − 5×1 = 5 → 80 before 奖惩. §11: 80 + 12 = 92 before 加分 / 减分.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deductionHeading } from '../../src/io/adjustmentWords.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx62l', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const refused = [['reason-sign', 'error']];
const m8 = { form: 'mattress-cs-monthly' } as const;
const s11 = { form: 'shop-cs-monthly' } as const;

describe('§8 / §11 奖惩 reasons, review 62 of 55a86c17 / 3a00f380', () => {
  it('a negated reward beside an award taken is no reward: +2 refused (was 82.00 良好 at exit 0)', async () => {
    // 未能超额完成回访任务,扣绩效奖金 / 未能超额完成任务,扣全勤奖金50元 / 回访任务没有超额完成,扣绩效奖 / 迟到扣全勤奖金,不是服务之星
    expect(people(await gradedReport(at('F1-praise-negated.csv'), m8)).map((p) => p[3])).toEqual([refused, refused, refused, refused]);
  });

  it('a zero count is no misconduct: +2 → 80 + 2 = 82 (was refused)', async () => {
    // 本月迟到0次 / 迟到0次 / 迟到、早退0次 / 旷工0天 / 本月旷工0次
    expect(people(await gradedReport(at('F2-misconduct-zero.csv'), m8)).map((p) => [p[1], p[2], p[3]])).toEqual(Array(5).fill(['82.00', '良好', []]));
  });

  it('补发 negated, 核实…属实, a deduction apart after 另: −2 → 80 − 2 = 78 (was refused advising +2)', async () => {
    // 迟到扣全勤奖金,经核实不予补发 / 经核实迟到属实,扣全勤奖金,无需补发 / …,不再补发 / 经复核,申诉成功的差评不计,另迟到扣全勤奖2分
    expect(people(await gradedReport(at('F3-not-given-back.csv'), m8)).map((p) => [p[1], p[2], p[3]])).toEqual(Array(4).fill(['78.00', '一般', []]));
  });

  it('a 撤销 turned down is no give-back: −2 → 78 (was refused)', async () => {
    // 申请撤销投诉扣分被驳回,扣2分 / 撤销投诉扣分申请未通过,扣2分
    expect(people(await gradedReport(at('F4-revoke-refused.csv'), m8)).map((p) => [p[1], p[2], p[3]])).toEqual(Array(2).fill(['78.00', '一般', []]));
  });

  it('考勤统计错误 is the deduction\'s error, not goods re-sent: +2 → 82 with or without the comma (was refused with it)', async () => {
    expect(people(await gradedReport(at('F5-stat-error-resent.csv'), m8)).map((p) => [p[1], p[2], p[3]])).toEqual(Array(2).fill(['82.00', '良好', []]));
  });

  it('heading 奖惩分(新增/扣减) is either-signed: 表扬信 3 → 80 + 3 = 83 (was 77.00 一般)', async () => {
    expect(people(await gradedReport(at('F7-heading-xinzeng-koujian.csv'), m8))[0]).toEqual(['员工00', '83.00', '良好', []]);
    expect(deductionHeading('奖惩分(新增/扣减)')).toBe(false);
    expect(deductionHeading('奖惩分(扣减/新增)')).toBe(false);
    expect(deductionHeading('奖惩分(新增扣分)')).toBe(true); // still points taken off (fx62b)
  });

  it('the reviewer\'s workbooks: §11 shop roster and §8 person sheets', async () => {
    expect(people(await gradedReport(at('s11-shop.xlsx'), s11))).toEqual([
      ['客服00', '94.00', '良好', []], // 加分 2 本月迟到0次: 92 + 2 (was refused)
      ['客服01', '94.00', '良好', []], // 加分 2 旷工0天
      ['客服02', '90.00', '一般', []], // 减分 2 申请撤销投诉扣分被驳回,扣2分: 92 − 2 (was refused)
      ['客服03', '90.00', '一般', []], // 减分 2 迟到扣全勤奖金,经核实不予补发
      ['客服04', null, null, refused], // 加分 2 未能超额完成销售目标,扣绩效奖金 (was 94.00 at exit 0)
      ['客服05', '90.00', '一般', []], // 减分 2 客户投诉
      ['客服06', '94.00', '良好', []], // 加分 2 表扬
    ]);
    expect(people(await gradedReport(at('m8-sheets.xlsx'), m8))).toEqual([
      ['张三', '82.00', '良好', []], // F21 +2 本月迟到0次 (was refused)
      ['李四', '78.00', '一般', []], // F21 −2 迟到扣全勤奖金,经核实不予补发 (was refused)
      ['王五', null, null, refused], // F21 +2 未能超额完成回访任务,扣绩效奖金 (was 82.00 at exit 0)
    ]);
  });

  it('nearest sound variants stay as they were', async () => {
    expect(people(await gradedReport(at('v-sound.csv'), m8))).toEqual([
      ['员工00', '82.00', '良好', []], // +2 超额完成回访任务,扣全勤奖金50元: 80 + 2
      ['员工01', '82.00', '良好', []], // +2 迟到扣全勤奖金,服务之星
      ['员工02', null, null, refused], // +2 迟到1次
      ['员工03', null, null, refused], // +2 迟到0次,早退1次
      ['员工04', '82.00', '良好', []], // +2 上月扣全勤奖金,经核实系打卡机故障,本月补发
      ['员工05', '78.00', '一般', []], // −2 迟到扣全勤奖,已补发: 80 − 2
      ['员工06', null, null, refused], // −2 申诉成功,撤销投诉扣分
      ['员工07', null, null, refused], // +2 发错货扣全勤奖2分,已补发
      ['员工08', null, null, refused], // −2 考勤统计错误,扣全勤奖2分,已补发 (the award given back; was 78.00)
      ['员工09', null, null, refused], // −2 经复核不应扣全勤奖金,本月补发
    ]);
  });
});

// Review 62 of 08051a75 (/tmp/rv62l): 「奖惩分(新增、扣减)」「(新增和扣减)」 read deduction-only — 「表扬信」 3 was −3, 77.00 at
// exit 0 for 80 + 3 = 83; +2 beside 「上月迟到扣全勤奖金,经核实迟到不属实,已补发」 refused (不属实 read as 属实) for 82.
describe('review 62 of 08051a75', () => {
  for (const file of ['heading-xinzeng-dun-koujian.csv', 'heading-xinzeng-he-koujian.csv']) {
    it(`${file}: 新增 and 扣减 a pair — 表扬信 3 → 83.00 良好`, async () => {
      const r = await gradedReport(at(file), m8);
      expect(r.people[0]!.total).toBe(83);
    });
  }
  it('「…经核实迟到不属实,已补发」 +2: the award given back — 82.00 良好', async () => {
    const r = await gradedReport(at('bushushi-plus.csv'), m8);
    expect(people(r)).toEqual([['员工00', '82.00', '良好', []]]);
  });
});

// Review 62 of 08051a75, more: 「未迟到超额完成回访任务,扣绩效奖金」「没有差错 超额完成任务,扣全勤奖金50元」 (未 / 没有 of the
// lateness / the errors, not the praise) and 「迟到扣全勤奖,复核后属实但系打卡机故障,已补发」 (the fault the clock's) +2 were
// refused — 80 + 2 = 82.00 良好 each. F1's negated praise (「不是服务之星」, 「未能超额完成」) stays refused.
describe('review 62 of 08051a75, near variants', () => {
  for (const [file, name] of [['wei-chidao-chaoe.csv', '员工09'], ['meiyou-chacuo-chaoe.csv', '员工10'], ['shushi-dan-guzhang.csv', '员工15']] as const) {
    it(`${file}: +2 → 82.00 良好`, async () => {
      const r = await gradedReport(at(file), m8);
      expect(people(r)).toEqual([[name, '82.00', '良好', []]]);
    });
  }
});
