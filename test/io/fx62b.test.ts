// §8 mattress-cs-monthly / §11 shop-cs-monthly 奖惩 reasons and headings (review 62; engine/rules/adjustment.ts,
// io/adjustmentWords.ts deductionHeading). Fixtures: test/fixtures/fx62b/ (the reviewer's files; make.py writes the sound
// variants). §8: 回访 27/30 × 20 = 18, 表格管理 20 − 5 = 15, 服务规范 15 − 2×1 = 13, 基础分 9, 处理能力 8, 态度 12, 纪律
// 10 − 5×1 = 5 → 80 before 奖惩. §11: 94 before 加分 / 减分.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deductionHeading } from '../../src/io/adjustmentWords.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx62b', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const refused = [['reason-sign', 'error']];
const m8 = { form: 'mattress-cs-monthly' } as const;

describe('§8 奖惩 reasons: goods re-sent, the work\'s error, points given back, misconduct', () => {
  it('补发 of goods is no give-back; 错误扣 / the customer\'s appeal are no wrong deduction', async () => {
    expect(people(await gradedReport(at('f1-award-resent.csv'), m8))).toEqual([
      ['员工00', '78.00', '一般', []], // −2 发错货扣全勤奖2分,已补发: 80 − 2 (was refused advising +2)
      ['员工01', null, null, refused], // +2 the same: 2 taken off (was 82.00 良好 at exit 0)
      ['员工02', '78.00', '一般', []], // −2 地址错误扣全勤奖2分,已补发 (was refused)
      ['员工03', null, null, refused], // +2 漏发配件扣全勤奖2分,已补发 (was 82.00 at exit 0)
      ['员工04', '78.00', '一般', []], // −2 操作错误扣绩效2分,已补上 (错误扣 was read as 误扣: refused)
      ['员工05', '78.00', '一般', []], // −2 扣全勤奖2分,客户已申诉成功 (the customer's appeal: was refused)
    ]);
    expect(people(await gradedReport(at('f1-sheets.xlsx'), m8))).toEqual([
      ['张三', '78.00', '一般', []], // −2 发错货扣全勤奖2分,已补发
      ['李四', null, null, refused], // +2 the same (was 82.00)
      ['王五', null, null, refused], // −2 加回2分 (was 78.00 at exit 0; 82 if the reason is right)
    ]);
  });

  it('the deduction wrong by the system, or points given back, beside −2: refused (each was 78.00 at exit 0)', async () => {
    expect(people(await gradedReport(at('f2-system-error.csv'), m8)).map((p) => p[3])).toEqual([refused, refused, refused]);
    // 加回2分 / 申诉成功,加回2分 / 申诉成功,撤销投诉扣分 / 上月误扣2分,本月补发 (78.00 at exit 0) and 补发2分 (refused before).
    expect(people(await gradedReport(at('f3-giveback-minus.csv'), m8)).map((p) => p[3])).toEqual([refused, refused, refused, refused, refused]);
  });

  it('出错扣2分,已补 / 差错扣2分,已补 −2: 80 − 2 = 78 (were refused quoting 「错扣2分」)', async () => {
    expect(people(await gradedReport(at('f6-chucuo.csv'), m8))).toEqual([['员工00', '78.00', '一般', []], ['员工01', '78.00', '一般', []]]);
  });

  it('misconduct beside positive points: refused (迟到三次 +3, 工单延误 +3, 旷工一天 +2 were 83 / 83 / 82 at exit 0)', async () => {
    const r = await gradedReport(at('f7-penalty-plus.csv'), m8);
    expect(people(r)).toEqual([['员工00', null, null, refused], ['员工01', null, null, refused], ['员工02', null, null, refused]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['T2', 'T3', 'T4']);
  });

  it('nearest sound variants stay as they were', async () => {
    expect(people(await gradedReport(at('f9-sound.csv'), m8))).toEqual([
      ['员工00', '82.00', '良好', []], // +2 上月扣全勤2分,经核实为系统故障,本月补发: 80 + 2
      ['员工01', '78.00', '一般', []], // −2 迟到扣全勤奖,已补发: 80 − 2
      ['员工02', '78.00', '一般', []], // −2 短信漏发,已补发
      ['员工03', '82.00', '良好', []], // +2 全月无迟到
      ['员工04', '77.00', '一般', []], // −3 迟到三次: 80 − 3
      ['员工05', '82.00', '良好', []], // +2 申诉成功,加回2分
      ['员工06', '78.00', '一般', []], // −2 客户撤销投诉,扣2分
      ['员工07', '78.00', '一般', []], // −2 扣全勤奖2分,客户申诉成功
    ]);
  });
});

describe('§8 奖惩 headings: 增 inside 新增 / 递增 / 增派, and 增分 said apart, are no pair', () => {
  for (const f of ['f5-heading-xinzeng.csv', 'f5-heading-dizeng.csv', 'f5-heading-zengpai.csv', 'f5-heading-lingji.csv', 'f5-heading-buhan.csv']) {
    it(`${f}: 3 is taken off — 80 − 3 = 77 (was 83.00 良好 at exit 0)`, async () => {
      const r = await gradedReport(at(f), m8);
      expect(r.people.map((p) => p.total)).toEqual([77, 77, 77]);
      expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    });
  }

  it('「奖惩分(扣分,含增分)」 stays either-signed: +3 → 83, −3 → 77', async () => {
    expect(people(await gradedReport(at('f9-heading-hanzengfen.csv'), m8))).toEqual([['员工00', '83.00', '良好', []], ['员工01', '77.00', '一般', []]]);
  });

  it('the words, one by one', () => {
    for (const h of ['奖惩分(新增扣分)', '奖惩分(递增扣分)', '奖惩分(扣分、增派)', '奖惩分(扣分,增分另计)', '奖惩分(扣分,不含增分)', '奖惩分(扣分,除增分外)'])
      expect([h, deductionHeading(h)]).toEqual([h, true]);
    for (const h of ['奖惩分(扣分,含增分)', '奖惩分(扣分、增分)', '奖惩分(增/扣)', '奖惩分(增分,扣分)', '奖惩分(增减)'])
      expect([h, deductionHeading(h)]).toEqual([h, false]);
  });
});

describe('§11 加分 / 减分 (94 before them)', () => {
  it('减分 2 beside goods re-sent or a work error is 92; 加分 2 beside 2 taken and 减分 2 beside points given back refused', async () => {
    expect(people(await gradedReport(at('f1-s11.xlsx'), { form: 'shop-cs-monthly' }))).toEqual([
      ['员工00', '92.00', '良好', []], // 减分 2 发错货扣全勤奖2分,已补发: 94 − 2 (was refused)
      ['员工01', null, null, refused], // 加分 2 the same (was 96.00 优秀 at exit 0)
      ['员工02', null, null, refused], // 减分 2 加回2分 (was 92.00 at exit 0)
      ['员工03', null, null, refused], // 减分 2 申诉成功,撤销投诉扣分 (was 92.00 at exit 0)
      ['员工04', '92.00', '良好', []], // 减分 2 出错扣2分,已补 (was refused)
      ['员工05', '94.00', '良好', []], // none
    ]);
  });
});
