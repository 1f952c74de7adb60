// §8 mattress-cs-monthly 奖惩 reasons whose words and the figure's sign disagree (engine/rules/adjustment.ts): an award
// taken away beside +2 (「扣全勤奖50元」), the person not at fault and something given back beside −2 (「配件缺失非本人责任,
// 已退还」), and a money award taken away then made up beside −2 (「取消全勤奖金,已补」) were counted at exit 0 without a
// word. Fixture: test/fixtures/fx62a/ (make.py: `kpi template mattress-cs-monthly --layout roster` + openpyxl).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx62a', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const form = 'mattress-cs-monthly';
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const refused = [['reason-sign', 'error']];

describe('§8 奖惩 reasons whose words and the figure\'s sign disagree', () => {
  it('refused at the points\' cell; the sound reasons beside them stay 78 / 82', async () => {
    const r = await gradedReport(at('s8-signs.xlsx'), { form });
    // 回访 27/30 × 20 = 18, 表格管理 20 − 5 = 15, 服务规范 15 − 2×1 = 13, 基础分 9, 处理能力 8, 态度 12, 纪律 10 − 5×1 = 5
    // → 80; − 2 = 78.00 一般, + 2 = 82.00 良好. 员工00–02 were 82.00 良好 at exit 0 (78 meant), 员工03–06 78.00 一般 at
    // exit 0 (82 if the reason is right): now refused, the sheet to say which.
    expect(people(r)).toEqual([
      ['员工00', null, null, refused], // +2 扣全勤奖50元
      ['员工01', null, null, refused], // +2 扣全勤奖金50元
      ['员工02', null, null, refused], // +2 迟到扣全勤奖
      ['员工03', null, null, refused], // −2 配件缺失非本人责任,已退还
      ['员工04', null, null, refused], // −2 商品差评申诉成功,已退还
      ['员工05', null, null, refused], // −2 取消全勤奖金,已补
      ['员工06', null, null, refused], // −2 上月扣全勤奖金,本月已补上
      // As before:
      ['员工07', '78.00', '一般', []], // −2 发错货,已退还,扣2分
      ['员工08', '78.00', '一般', []], // −2 扣全勤奖2分
      ['员工09', '78.00', '一般', []], // −2 操作错误扣全勤奖金50元,已补上 (错误 the work's)
      ['员工10', '78.00', '一般', []], // −2 迟到,扣全勤奖金50元及2分,打卡已补上
      ['员工11', '82.00', '良好', []], // +2 误扣全勤奖,补发2分
      // Nearest sound variants, as before:
      ['员工12', '82.00', '良好', []], // +2 扣全勤奖金50元,表扬信 (the +2 is the 表扬)
      ['员工13', '78.00', '一般', []], // −2 配件缺失,已退还 (no word of no fault: the goods returned)
      ['员工14', '78.00', '一般', []], // −2 客户申诉成功,已退还,扣2分 (the customer's appeal, 2 taken)
      ['员工15', '78.00', '一般', []], // −2 迟到扣全勤奖金,打卡已补上 (the clock-in made up)
      ['员工16', '82.00', '良好', []], // +2 上月扣全勤奖金,本月已补上 (the award made up: a reward)
    ]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);
  });
});
