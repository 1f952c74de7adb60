// §8 mattress-cs-monthly 奖惩 reasons whose words and the figure's sign disagree (review 63; engine/rules/adjustment.ts).
// Fixtures: test/fixtures/fx63a/ (make.py). §8: 回访 27/30 × 20 = 18, 表格管理 20 − 5 = 15, 服务规范 15 − 2×1 = 13, 基础分 9,
// 处理能力 8, 态度 12, 纪律 10 − 5×1 = 5 → 80 before 奖惩.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx63a', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const refused = [['reason-sign', 'error']];
const m8 = { form: 'mattress-cs-monthly' } as const;

describe('§8 奖惩 reasons, review 63', () => {
  it('+2 beside misconduct or an award taken, nothing given back: refused (was 80 + 2 = 82.00 at exit 0; 78 meant)', async () => {
    // 本月全勤奖取消 / 全勤奖扣发 / 上班迟到2次 / 3次迟到 / 迟到(3次) / 迟到1次早退1次 / 工作时间玩手机2次 / 迟到被投诉 / 上班玩手机
    expect(people(await gradedReport(at('plus-misconduct.csv'), m8)).map((p) => [p[1], p[3]])).toEqual(Array(9).fill([null, refused]));
  });

  it('a 撤销 turned down is no give-back; the award made up after the clock\'s fault is', async () => {
    expect(people(await gradedReport(at('revoke-clock.csv'), m8))).toEqual([
      ['员工00', null, null, refused], // +2 申请撤销投诉扣分被驳回,扣2分 (was 82.00 at exit 0)
      ['员工01', '78.00', '一般', []], // −2 申请撤销投诉扣分,被驳回: 80 − 2 (was refused advising +2)
      ['员工02', '82.00', '良好', []], // +2 迟到扣全勤奖,经核实系打卡机故障,另补发全勤奖金: 80 + 2 (was refused)
    ]);
  });

  it('nearest sound variants stay as they were', async () => {
    expect(people(await gradedReport(at('v-sound.csv'), m8))).toEqual([
      ['员工00', '78.00', '一般', []], // −2 发错货,已退还,扣2分: 80 − 2
      ['员工01', '78.00', '一般', []], // −2 扣全勤奖2分
      ['员工02', '78.00', '一般', []], // −2 操作错误扣全勤奖金50元,已补上
      ['员工03', '82.00', '良好', []], // +2 误扣全勤奖,补发2分: 80 + 2
      ['员工04', '82.00', '良好', []], // +2 未迟到超额完成回访任务 (a negated misconduct is praise)
      ['员工05', '82.00', '良好', []], // +2 无投诉,获表扬信
      ['员工06', '82.00', '良好', []], // +2 迟到扣全勤奖,复核后属实但系打卡机故障,已补发
      ['员工07', '82.00', '良好', []], // +2 全月无迟到早退
      ['员工08', '82.00', '良好', []], // +2 迟到次数减少
      ['员工09', '82.00', '良好', []], // +2 撤销投诉扣分
      ['员工10', '78.00', '一般', []], // −2 全勤奖扣发: 80 − 2
    ]);
  });
});
