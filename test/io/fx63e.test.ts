// §8 mattress-cs-monthly 奖惩 reasons (review 63 of efbb872c / 2f6de69e; engine/rules/adjustment.ts). Fixtures: the reviewers'
// csv files in test/fixtures/fx63e/ (v-sound.csv from make.py). §8: 回访 27/30 × 20 = 18, 表格管理 20 − 5 = 15, 服务规范
// 15 − 2×1 = 13, 基础分 9, 处理能力 8, 态度 12, 纪律 10 − 5×1 = 5 → 80 before 奖惩; +2 → 82.00 良好, −2 → 78.00 一般.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx63e', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.total === null ? null : p.total.toFixed(2), p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const m8 = { form: 'mattress-cs-monthly' } as const;
const counted = (n: number, total: string, band: string) => Array(n).fill([total, band, []]);
const refused = (n: number) => Array(n).fill([null, null, [['reason-sign', 'error']]]);

describe('§8 奖惩 reasons, review 63 of efbb872c / 2f6de69e', () => {
  it('+2 beside misconduct counted none, said fewer, a colleague\'s or acted on, or a revoke granted: 80 + 2 = 82.00 良好 (was refused advising −2)', async () => {
    // 全月无一次迟到 / 迟到、早退次数均为0 / 0差评 / 迟到次数:0 / 差评清零
    expect(totals(await gradedReport(at('B1-none-counted.csv'), m8))).toEqual(counted(5, '82.00', '良好'));
    // 同事缺勤,加班顶岗 / 顶替旷工同事值班 / 举报违规行为 / 拒绝客户违规要求 / 发现并制止违规操作 / 差评转化成功 / 客户删除差评
    expect(totals(await gradedReport(at('B2-handling-praise.csv'), m8))).toEqual(counted(7, '82.00', '良好'));
    // 差评率全组最低 / 差评数全组最少 / 迟到次数由5次降到1次
    expect(totals(await gradedReport(at('B3-fewest.csv'), m8))).toEqual(counted(3, '82.00', '良好'));
    // 撤销投诉扣分:客户投诉被驳回 / 撤销差评扣分 平台已驳回差评 / 撤销上月迟到扣分、驳回原处罚 / 客户撤回投诉,拒绝了赔偿
    expect(totals(await gradedReport(at('B4-revoke-granted.csv'), m8))).toEqual(counted(4, '82.00', '良好'));
    // The 25 +2 variants (没有一次迟到早退, 迟到早退一次也没有, 迟到:无, 0迟到0早退, 差评:0 …), every one 82.
    expect(totals(await gradedReport(at('B-plus-variants.csv'), m8))).toEqual(counted(25, '82.00', '良好'));
  });

  it('+2 beside misconduct with an exemption word negated or neutral, or a praise negated: refused (was 82.00 at exit 0; 78 meant)', async () => {
    // 旷工1天,未请假 / 迟到3次,未补卡 / 迟到,工作不积极 / 迟到早退,表现差 / 上班玩手机,影响客户满意度 / 违规操作,系统记录在案 /
    // 差评1单,客户不满意 / 迟到2次,按规定处理 / 差评2单,未及时处理
    expect(totals(await gradedReport(at('A1-plus-misconduct-otherwise.csv'), m8))).toEqual(refused(9));
    // 未获客户感谢信 / 没有收到感谢信 / 未能按时超额完成任务 / 没有客户感谢信, each beside 扣绩效奖金 or 扣全勤奖金
    expect(totals(await gradedReport(at('a-A4-praise-negated-regress.csv'), m8))).toEqual(refused(4));
    // 未收到客户锦旗 / 没有被评为月度服务之星 / 未能评上本月服务之星 / 不是本月服务之星 / 无客户锦旗, beside an award taken
    expect(totals(await gradedReport(at('a-A5-praise-negated-near.csv'), m8))).toEqual(refused(5));
  });

  it('−2 beside a deduction revoked: refused (was 78.00 at exit 0); −2 beside 系 + the person\'s own fault: 78.00 (was refused advising +2)', async () => {
    // 撤销上月迟到扣分 / 客户撤回差评 / 撤销差评扣分 平台已删除差评 / 撤销投诉扣分:客户投诉被驳回
    expect(totals(await gradedReport(at('A2-minus-revoked.csv'), m8))).toEqual(refused(4));
    // 发错货扣全勤奖2分,复核后属实系本人操作错误,已补发 / 漏发配件…系本人操作失误造成的错误,已补发: 80 − 2
    expect(totals(await gradedReport(at('a-B1-xi-benren-cuowu.csv'), m8))).toEqual(counted(2, '78.00', '一般'));
    // 迟到扣全勤奖,经核实系本人问题 / …系客服填单错误 / …系本人疏忽造成的问题, each 已补发: 80 − 2
    expect(totals(await gradedReport(at('a-B2-xi-benren-open.csv'), m8))).toEqual(counted(3, '78.00', '一般'));
  });

  it('sound reasons and the nearest sound variants stay as they were', async () => {
    // The reviewers' sound reasons: ten +2 (奖励2分, 新人迟到减少, 全月无迟到早退,全勤, 主动处理差评客户 …) 82, four −2 78.
    expect(totals(await gradedReport(at('A-sound-plus.csv'), m8))).toEqual([...counted(10, '82.00', '良好'), ...counted(4, '78.00', '一般')]);
    expect(totals(await gradedReport(at('v-sound.csv'), m8))).toEqual([
      ...refused(1), // +2 迟到0次,早退1次: 早退1次 is misconduct
      ...refused(1), // +2 申请撤销迟到扣分未通过: the 申请 turned down, the deduction stands
      ['78.00', '一般', []], // −2 申请撤销迟到扣分未通过: 80 − 2
      ['78.00', '一般', []], // −2 客户撤销投诉,扣2分: 80 − 2, the 2 taken all the same
      ['82.00', '良好', []], // +2 客户撤回差评: 80 + 2
      ['82.00', '良好', []], // +2 迟到2次,已请假
      ['82.00', '良好', []], // +2 没有差错 超额完成任务,扣全勤奖金50元 (没有 of the errors)
      ['82.00', '良好', []], // +2 未迟到超额完成回访任务,扣绩效奖金 (未 of the lateness)
      ...refused(1), // −2 迟到扣全勤奖,经核实系打卡机故障,已补发: the award given back (82 meant)
      ['82.00', '良好', []], // +2 the same: 80 + 2
    ]);
  });
});
