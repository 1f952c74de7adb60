// §8 mattress-cs-monthly 奖惩 reasons (engine/rules/adjustment.ts), review 61 of 93981227 / c020cdb0: a money award taken
// away in error then given back (「上月误扣全勤奖金,已补」), an award deducted with its points then 已退回 (「扣全勤奖2分,已退回」)
// beside −2, and +2 beside the award's points after its money (「迟到,扣全勤奖金50元及2分」). Fixture: test/fixtures/fx61s/
// (make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx61s', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const form = 'mattress-cs-monthly';
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const refused = [['reason-sign', 'error']];

describe('§8 奖惩: an award deducted in error or given back, and +2 beside an award docked with money and points', () => {
  it('refused at the points as 「扣2分,已退回」 and +2 「扣2分」 are; the sound variants 78.00 / 82.00 as before', async () => {
    const r = await gradedReport(at('s8-award-undone.csv'), { form });
    // 回访 27/30 × 20 = 18, 表格管理 20 − 5 = 15, 服务规范 15 − 2×1 = 13, 基础分 9, 处理能力 8, 态度 12, 纪律 10 − 5×1 = 5
    // → 80. 员工00–07 were 80 − 2 = 78.00 一般 at exit 0 without a word and 员工08 80 + 2 = 82.00 良好; the sheet is to say
    // which of 78 and 82 is meant.
    expect(people(r)).toEqual([
      ['员工00', null, null, refused], // −2 上月误扣全勤奖金,已补: 80 + 2 = 82 if the reason is right
      ['员工01', null, null, refused], // −2 上月多扣绩效奖金,本月补上
      ['员工02', null, null, refused], // −2 扣发绩效奖金有误,已补
      ['员工03', null, null, refused], // −2 无全勤奖金系考勤记错,已补上
      ['员工04', null, null, refused], // −2 扣绩效奖金系误判,已补给
      ['员工05', null, null, refused], // −2 扣全勤奖2分,已退回: the 2 not taken this month
      ['员工06', null, null, refused], // −2 扣全勤2分,已退回
      ['员工07', null, null, refused], // −2 扣绩效2分,已退回
      ['员工08', null, null, refused], // +2 迟到,扣全勤奖金50元及2分: 80 − 2 = 78 if the reason is right
      ['员工09', null, null, refused], // +2 扣绩效2分 (c020cdb0)
      ['员工10', null, null, refused], // +2 迟到扣本月全勤奖2分 (c020cdb0)
      ['员工11', null, null, refused], // −2 扣2分,已退回 (as before)
      ['员工12', '78.00', '一般', []], // −2 迟到,扣全勤奖金50元及2分,打卡已补上: 80 − 2
      ['员工13', '78.00', '一般', []], // −2 发错货,已退还,扣2分
      ['员工14', '78.00', '一般', []], // −2 操作失误,扣全勤奖金50元,已补上 (失误: the work, no error of the deduction)
      ['员工15', '82.00', '良好', []], // +2 全勤奖: 80 + 2
      ['员工16', '82.00', '良好', []], // +2 全勤奖2分
    ]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'T13']);
  });
});
