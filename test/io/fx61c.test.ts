// §8 mattress-cs-monthly 奖惩 reasons (engine/rules/adjustment.ts): goods given back (「发错货,已退还,扣2分」), a reward
// deducted (「扣全勤奖2分」) and a money award taken away (「扣全勤奖金50元及2分」) beside −2 are deductions, not points given
// back or rewarded. Fixture: test/fixtures/fx61c/ (make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx61c', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const form = 'mattress-cs-monthly';
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const refused = [['reason-sign', 'error']];

describe('§8 奖惩 −2 beside goods given back, a reward or a money award deducted', () => {
  it('「发错货,已退还,扣2分」「扣全勤奖2分」「…扣全勤奖金50元及2分…」: 78.00 一般; points given back stay refused', async () => {
    const r = await gradedReport(at('s8-reasons.csv'), { form });
    // 回访 27/30 × 20 = 18, 表格管理 20 − 5 = 15, 服务规范 15 − 2×1 = 13, 基础分 9, 处理能力 8, 态度 12, 纪律 10 − 5×1 = 5
    // → 80; − 2 = 78.00 一般 (员工00, 01, 03, 04 refused 「说的却是加分…(如是加分填 +2)」 before: 80 + 2 = 82 if followed, wrong).
    expect(people(r)).toEqual([
      ['员工00', '78.00', '一般', []], // 发错货,已退还,扣2分
      ['员工01', '78.00', '一般', []], // 扣全勤奖2分
      ['员工02', '78.00', '一般', []], // 迟到,扣全勤奖金50元及2分 (as before)
      ['员工03', '78.00', '一般', []], // 迟到,扣全勤奖金50元及2分,打卡已补上
      ['员工04', '78.00', '一般', []], // 漏打卡已补,扣奖金50元及2分
      ['员工05', null, null, refused], // 上月漏记全勤奖,补2分: 80 + 2 = 82 if the reason is right
      ['员工06', '82.00', '良好', []], // +2 全勤奖: 80 + 2
      ['员工07', null, null, refused], // 扣2分,已退回: the 2 not taken this month
    ]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['T7', 'T9']);
  });
});
