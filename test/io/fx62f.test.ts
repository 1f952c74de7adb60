// §8 mattress-cs-monthly / §11 shop-cs-monthly 奖惩 reasons (engine/rules/adjustment.ts), review 62 of 763281a2: an award
// given back (补发 before it, the deduction said wrong and made up, the person's appeal) and rewards beside an award taken
// were refused beside +2 (and −2, the advice followed, counted); another party's appeal and a deduction stated beside a
// no-fault give-back refused beside −2; forms of an award taken (扣了, 取消, 全勤奖被扣, 扣3月…) counted beside +2.
// Fixtures: test/fixtures/fx62f/ (the reviewer's files; mk8.py / mk11.py make them from the *.txt beside them).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx62f', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const s8 = 'mattress-cs-monthly';
const s11 = 'shop-cs-monthly';
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band ?? null, p.problems.filter((q) => q.severity !== 'info').map((q) => [q.code, q.severity])]);
const refused = [['reason-sign', 'error']];
const ok = (n: string, total: string, band: string) => [n, total, band, []];
const no = (n: string) => [n, null, null, refused];
const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`);

// §8 (mk8.py): 回访 27/30 × 20 = 18, 表格管理 20 − 5 = 15, 服务规范 15 − 2×1 = 13, 基础分 9, 处理能力 8, 态度 12,
// 纪律 10 − 5×1 = 5 → 80 before 奖惩; 80 + 2 = 82.00 良好, 80 − 2 = 78.00 一般.
// §11 (mk11.py): 转换率 30 + 销售 20 + 答复质量 10 − 2 = 8 + 中差评 10 + 售后投诉 12 = 80, 主动性 4 + 综合 8 = 12 → 92;
// 加分 2 → 94.00 良好, 减分 2 → 90.00 一般.
describe('§8 奖惩 beside an award taken or given back', () => {
  it('f2: +2 beside the award given back is 82 each (was refused 「说的却是扣分」)', async () => {
    // 补发上月扣发的全勤奖金 / 补发上月被扣的全勤奖 / 经复核不应扣全勤奖金,本月补发 / 上月被扣全勤奖,申诉成功 /
    // 上月扣全勤奖金,经核实系打卡机故障,本月补发
    expect(people(await gradedReport(at('f2-s8-award-given-back-plus2.xlsx'), { form: s8 }))).toEqual(names('员工', 5).map((n) => ok(n, '82.00', '良好')));
  });
  it('f2b: −2 beside the same is refused reason-sign (was 78.00 at exit 0)', async () => {
    expect(people(await gradedReport(at('f2b-s8-advice-followed-minus2.xlsx'), { form: s8 }))).toEqual(names('员工', 5).map(no));
  });
  it('f3: +2 beside a reward besides the award taken, or the award said not taken, is 82 (was refused)', async () => {
    // 扣全勤奖金50元,客户感谢信 / 迟到已扣全勤奖金50元;月度服务之星 / 扣全勤奖金50元;客户送锦旗 / 超额完成回访任务(迟到扣全勤
    // 奖金另计) / 本月全勤,未被扣全勤奖 / 病假有证明,无需扣全勤奖
    expect(people(await gradedReport(at('f3-s8-reward-beside-award-taken.xlsx'), { form: s8 }))).toEqual(names('员工', 6).map((n) => ok(n, '82.00', '良好')));
  });
  it('f4: −2 beside another party\'s appeal or a deduction stated besides is 78 (was refused 「说的却是加分」)', async () => {
    // 消费者 / 业主 / 客户二次 / 客户的 申诉成功,已退还; 配件缺失非本人责任,已退还;另处理超时扣分 / …;另漏回访罚款
    expect(people(await gradedReport(at('f4-s8-nofault-overreach.xlsx'), { form: s8 }))).toEqual(names('员工', 6).map((n) => ok(n, '78.00', '一般')));
  });
  it('f5: +2 beside an award taken, and −2 beside the award made up, are refused (were 82 / 78 at exit 0)', async () => {
    // +2: 扣了全勤奖 / 扣掉全勤奖 / 迟到扣全勤50元 / 迟到扣全勤 / 取消本月全勤奖 / 全勤奖被扣 / 扣3月全勤奖金 (78 meant);
    // −2: 上月扣全勤奖金50元,本月已补发50元 / 全勤奖金上月被扣,本月已补发 / 上月扣全勤奖金,经核实系打卡机故障,本月补发
    const r = await gradedReport(at('f5-s8-near-misses.xlsx'), { form: s8 });
    expect(people(r)).toEqual(names('员工', 10).map(no));
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11']);
  });
  it('nearest sound variants stay as they were (v8-sound.txt)', async () => {
    expect(people(await gradedReport(at('v8-sound.xlsx'), { form: s8 }))).toEqual([
      ok('员工00', '78.00', '一般'), // −2 迟到扣全勤奖,已补发 (no word of the deduction wrong)
      ok('员工01', '82.00', '良好'), // +2 扣全勤奖金50元,表扬信
      ok('员工02', '82.00', '良好'), // +2 全勤奖未被扣
      ok('员工03', '82.00', '良好'), // +2 未扣全勤奖
      ok('员工04', '82.00', '良好'), // +2 客户感谢信
      no('员工05'), // +2 迟到,扣全勤奖金50元
      ok('员工06', '82.00', '良好'), // +2 取消扣全勤奖
      ok('员工07', '78.00', '一般'), // −2 客户二次申诉成功,已退还,扣2分
      no('员工08'), // −2 配件缺失非本人责任,已退还 (763281a2)
      ok('员工09', '82.00', '良好'), // +2 3月全勤奖
      ok('员工10', '78.00', '一般'), // −2 取消本月全勤奖
      ok('员工11', '78.00', '一般'), // −2 全勤奖被扣
      ok('员工12', '78.00', '一般'), // −2 扣全勤奖金50元,客户感谢信 (says both: not judged)
      ok('员工13', '82.00', '良好'), // +2 漏扣全勤奖
      ok('员工14', '82.00', '良好'), // +2 上月扣全勤奖金50元,本月已补发50元 (the award made up; was refused)
      ok('员工15', '78.00', '一般'), // −2 迟到扣全勤50元
      no('员工16'), // +2 发错货扣全勤奖,已补发 (the goods re-sent)
      ok('员工17', '78.00', '一般'), // −2 the same
      no('员工18'), // +2 操作失误,扣全勤奖金50元
      ok('员工19', '78.00', '一般'), // −2 上月被扣全勤奖,客户申诉成功 (the customer's appeal)
      no('员工20'), // +2 the same
      no('员工21'), // −2 配件缺失非本人责任,已退还;漏发短信3条 (no deduction word beside it)
      ok('员工22', '82.00', '良好'), // +2 全勤奖被扣,表扬信
      no('员工23'), // −2 扣全勤奖金50元,另奖励2分
    ]);
  });
});

describe('§11 加分 / 减分 beside an award taken or given back (92 before them)', () => {
  it('f1: 加分 2 is 94 each (was refused)', async () => {
    expect(people(await gradedReport(at('f1-s11-jiafen.xlsx'), { form: s11 }))).toEqual(names('客服', 5).map((n) => ok(n, '94.00', '良好')));
  });
  it('f1b: 减分 2 beside the award given back is refused (was 90.00 at exit 0); beside a reward and an award taken, 90 as typed', async () => {
    expect(people(await gradedReport(at('f1b-s11-advice-followed-jianfen.xlsx'), { form: s11 }))).toEqual([
      ok('客服00', '90.00', '一般'), // 超额完成销售目标(扣全勤奖金50元另计): both said, not judged
      no('客服01'), // 补发上月扣发的全勤奖金
      no('客服02'), // 经复核不应扣全勤奖金,本月补发
      no('客服03'), // 上月扣全勤奖金,经核实系打卡机故障,本月补发
      ok('客服04', '90.00', '一般'), // 扣全勤奖金50元,客户感谢信: both said, not judged
    ]);
  });
  it('c11: 减分 2 beside another party\'s appeal, or a deduction stated besides, is 90 (were refused)', async () => {
    expect(people(await gradedReport(at('c11.xlsx'), { form: s11 }))).toEqual([
      ...names('客服', 5).map((n) => ok(n, '94.00', '良好')), // 加分 2, as f1
      no('客服05'), // 减分 2 补发上月扣发的全勤奖金
      ok('客服06', '90.00', '一般'), // 减分 2 消费者申诉成功,已退还
      ok('客服07', '90.00', '一般'), // 减分 2 非本人责任的差评已申诉撤销;售前答复不清造成售后投诉扣分
      no('客服08'), // 减分 2 全勤奖金上月被扣,本月已补发
      ok('客服09', '94.00', '良好'), // 加分 2 获全勤奖
    ]);
  });
});
