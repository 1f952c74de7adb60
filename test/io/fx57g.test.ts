// Red team 57 (class A): §8 奖惩's sign was never checked against its 原因. The other items as the catalog's worked
// example make 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77; D04's 奖惩分 3 beside 「扣3分(有效投诉)」 was added, 80.00 良好 at
// exit 0, for 77 − 3 = 74 一般. Now a reason naming these very points the other way (「扣3分」 beside +3) is refused at the
// 奖惩分 cell, saying both; one that only sounds like the other sign (「被客户投诉」 +5) is counted as typed and warned
// (review of c6d70aba: refusing those failed sound reasons — 「全月零扣分」 +2, 「上月多扣2分,本月补上」 +2). Never flipped.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx57g', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total, p.band, p.problems.map((q) => [q.code, q.cell])]);

describe('§8 奖惩分 whose sign contradicts its 原因 (roster)', () => {
  it('named points the other way refused at T; a reason only sounding so counted as typed with a warning', async () => {
    const r = await gradedReport(at('m8r_sign.xlsx'));
    expect(people(r)).toEqual([
      ['D01', null, null, [['reason-sign', 'T2']]], // 2 「客户投诉扣2分」: was 77 + 2 = 79, meant 77 − 2 = 75
      ['D02', null, null, [['reason-sign', 'T3']]], // 2 「处罚:上班玩手机」: misconduct and a penalty, nothing given back — refused (was 77 + 2 = 79 warned; 77 − 2 = 75 meant), review 63
      ['D03', null, null, [['reason-sign', 'T4']]], // −2 「表扬信加2分」: was 77 − 2 = 75, meant 77 + 2 = 79
      ['D04', null, null, [['reason-sign', 'T5']]], // 3 「扣3分(有效投诉)」: was 80 良好, meant 77 − 3 = 74 一般
      ['D05', null, null, [['reason-sign', 'T6']]], // 2 「罚2分」
      ['D06', 79, '一般', [['reason-sign', 'T7']]], // 2 「减分:漏回访」: 77 + 2, warned
      ['D07', 82, '良好', [['reason-sign', 'T8']]], // 5 「被客户投诉」: 77 + 5, warned
    ]);
    expect(r.people.find((p) => p.name === 'D07')!.problems[0]!.severity).toBe('warning');
  });

  it('the message says both and the sign to fix; where the reason names the same points, which sign they mean', async () => {
    const r = await gradedReport(at('m8r_sign.xlsx'));
    const d04 = r.people.find((p) => p.name === 'D04')!.problems[0]!;
    expect(d04.message).toBe('考核表!T5:「其它·奖惩分」奖惩分为 +3,原因「扣3分(有效投诉)」说的却是扣分:正负号不符,这一项未计入;原因写的是「扣3分」:如是扣分,请把奖惩分改为 −3;如不是,请改正原因,然后重新评分');
    expect([d04.expected, d04.actual]).toEqual(['−3', '+3']);
    const d07 = r.people.find((p) => p.name === 'D07')!.problems[0]!;
    expect(d07.message).toContain('原因「被客户投诉」像是扣分:已按填写的 +5 计入;请核对正负号(扣分填负数、加分填正数)');
    const d03 = r.people.find((p) => p.name === 'D03')!;
    expect(d03.items.find((i) => i.id === 'M8')!.explanation).toBe('−2(原因「表扬信加2分」说的是加分,正负号不符,未计入)');
  });

  it('stays: sound reasons of either sign — 79, 77, 79, 74, (no reason: refused as before), 75, 80', async () => {
    const r = await gradedReport(at('m8r_keep.xlsx'));
    expect(people(r)).toEqual([
      ['K01', 79, '一般', []], // 2 「客户表扬,加2分」: 77 + 2
      ['K02', 77, '一般', []], // 0 「投诉已撤销,不扣分」: 77 + 0
      ['K03', 79, '一般', []], // 2 「处理投诉及时,奖励2分」 (a reward about a complaint): 77 + 2
      ['K04', 74, '一般', []], // −3 「扣3分(有效投诉)」: 77 − 3
      ['K05', null, null, [['reason-required', 'U6']]], // 3 without a reason: already refused
      ['K06', 75, '一般', []], // −2 「客户投诉」: 77 − 2
      ['K07', 80, '良好', []], // 3 「全月无客户投诉」 (no complaint is no deduction): 77 + 3
    ]);
  });
});

describe('§8 form layout: 张三 F21 = 2, F22 「扣分:客户投诉」 (was 77 + 2 = 79 at exit 0)', () => {
  it('「扣分:客户投诉」 names no points: counted as typed, warned at F21; 李四 +5 「客户锦旗」 and 王五 −10 「有效投诉」 as before', async () => {
    const r = await gradedReport(at('m8f_x5.xlsx'));
    // 李四: 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100, + 5 clamped to 100. 王五: 20 + 0 + 0 + 0 + 3 + 4 + 0 = 27, − 10 = 17.
    expect(people(r)).toEqual([
      ['张三', 79, '一般', [['reason-sign', 'F21']]], // 77 + 2, warned
      ['李四', 100, '优秀', []],
      ['王五', 17, '待改进', []],
    ]);
  });
});
