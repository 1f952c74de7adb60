// Review 58 (class A): §8 reason-sign's make-up words (1d3b2d2a, 12b0d341) matched anywhere in the 原因 — 补 in 补录 /
// 补发 / 补扣, 重复 in 重复投诉, 取消 in 取消评优资格, 退回 in 工单被退回 — so a reason naming these very points the other
// way was counted as typed: 「重复投诉,扣3分」 beside +3 was 80.00 良好 at exit 0 (a warning only) for refused, as 「扣3分」
// beside +3 is. A make-up word now counts only as the act on the points (补上, 补2分, 取消扣3分, 扣分已退回, 重复扣分);
// 补扣 N 分 is a deduction, 补加 N 分 a reward; 「上月多扣2分,本月补上」 names a reward of 2. Never flipped.
// The other items as the catalog's worked example: 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77 (reasons.xlsx: gen.py; keep.xlsx: make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx58e', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total, p.band, p.problems.map((q) => [q.code, q.severity])]);
const refused = [['reason-sign', 'error']];
const warned = [['reason-sign', 'warning']];

describe('§8 奖惩分 beside a reason with a make-up word that does not act on the points', () => {
  it('refused where the reason names these very points the other way; 74 and 80 stay', async () => {
    const r = await gradedReport(at('reasons.xlsx'));
    expect(people(r)).toEqual([
      ['员工00', null, null, refused], // +2 「回访记录未及时补录,扣2分」: was 77 + 2 = 79 (warned), meant 77 − 2 = 75
      ['员工01', null, null, refused], // +2 「补扣2分」: was 79
      ['员工02', null, null, refused], // +3 「重复投诉,扣3分」: was 80.00 良好, meant 77 − 3 = 74 一般
      ['员工03', null, null, refused], // +3 「取消评优资格,扣3分」: was 80.00 良好
      ['员工04', null, null, refused], // +2 「工单被退回,扣2分」: was 79
      ['员工05', 74, '一般', []], // −3 「扣3分」: 77 − 3
      ['员工06', 80, '良好', []], // +3 「+3(原扣3分已撤销)」: 77 + 3
      ['员工07', null, null, refused], // −3 「奖3分」: refused as before
      ['员工08', null, null, refused], // −2 「上月多扣2分,本月补上」 (means +2): was 77 − 2 = 75 without a word
      ['员工09', null, null, refused], // +2 「短信补发不及时,扣2分」: was 79
      ['员工10', null, null, refused], // +3 「扣3分(有效投诉)」: refused as before
      ['员工11', null, null, refused], // −2 「补发表扬信加2分」: was 77 − 2 = 75, meant 77 + 2 = 79
      ['员工12', null, null, refused], // +2 「客户重复来电投诉,罚2分」: was 79
      ['员工13', null, null, refused], // −2 「补加2分」: was 75 without a word
      ['员工14', null, null, refused], // +2 「补扣上月2分」: was 79 without a word
    ]);
  });

  it('the message names the points the reason means: 「上月多扣2分,本月补上」 is +2', async () => {
    const r = await gradedReport(at('reasons.xlsx'));
    const p = (name: string) => r.people.find((x) => x.name === name)!.problems[0]!;
    expect(p('员工08').message).toBe('考核表!T10:「其它·奖惩分」奖惩分为 −2,原因「上月多扣2分,本月补上」说的却是加分:正负号不符,这一项未计入;原因写的是「多扣2分,本月补上」:如是加分,请把奖惩分改为 +2;如不是,请改正原因,然后重新评分');
    expect([p('员工02').expected, p('员工02').actual]).toEqual(['−3', '+3']);
    expect([p('员工14').expected, p('员工14').actual]).toEqual(['−2', '+2']);
  });

  it('stays: the same words with the sign they mean, and make-ups acting on the points — as before this change', async () => {
    const r = await gradedReport(at('keep.xlsx'));
    expect(people(r)).toEqual([
      ['K00', 79, '一般', warned], // +2 「上月多扣2分,本月补上」: 77 + 2, warned as before
      ['K01', 80, '良好', []], // +3 「+3(原扣3分已撤销)」: 77 + 3
      ['K02', 74, '一般', []], // −3 「扣3分」: 77 − 3
      ['K03', 79, '一般', warned], // +2 「全月零扣分」: 77 + 2
      ['K04', 79, '一般', warned], // +2 「投诉回访工作突出」: 77 + 2
      ['K05', 79, '一般', []], // +2 「补加2分」: 77 + 2
      ['K06', 75, '一般', []], // −2 「补扣2分」: 77 − 2
      ['K07', 75, '一般', []], // −2 「回访记录未及时补录,扣2分」: 77 − 2
      ['K08', 79, '一般', []], // +2 「补发表扬信加2分」: 77 + 2
      ['K09', 80, '良好', warned], // +3 「取消上月扣3分」 (取消 acting on the points): 77 + 3
      ['K10', 79, '一般', warned], // +2 「重复扣2分,本月退回」: 77 + 2
      ['K11', 79, '一般', warned], // +2 「扣2分已退回」: 77 + 2
      ['K12', 75, '一般', []], // −2 「迟到多扣2分」 (nothing made up): 77 − 2
      ['K13', 75, '一般', []], // −2 「重复投诉,扣2分」: 77 − 2
    ]);
  });
});

// Review of 0e26a805: a cancel / return word after the deduction, in its clause or a bracket right after, acts on it —
// 「扣2分(已取消)」 +2 and its kind were refused (exit 1, 「请把奖惩分改为 −2」) where the base counted 77 + 2 = 79 一般 and
// warned; and make-ups written otherwise beside −2 were 77 − 2 = 75 without a word for refused (review.xlsx: review.py).
describe('§8 review of 0e26a805: a cancel after the deduction; make-ups of last month\'s points', () => {
  it('counted and warned, refused, or as before', async () => {
    const r = await gradedReport(at('review.xlsx'));
    expect(people(r)).toEqual([
      ['V00', 79, '一般', warned], // +2 「扣2分(已取消)」: 77 + 2
      ['V01', 79, '一般', warned], // +2 「扣2分,已取消」
      ['V02', 79, '一般', warned], // +2 「原扣2分,现取消」
      ['V03', 79, '一般', warned], // +2 「上月扣2分现已退回」
      ['V04', 79, '一般', warned], // +2 「扣2分后取消」
      ['V05', 79, '一般', warned], // +2 「扣2分(已退回)」
      ['V06', 79, '一般', warned], // +2 「补上月扣2分」
      ['V07', null, null, refused], // −2 「上月多扣2分,本月补2分」: was 75, 77 + 2 = 79 meant
      ['V08', null, null, refused], // −2 「上月多扣的2分本月补上」
      ['V09', null, null, refused], // −2 「本月补上上月多扣的2分」
      ['V10', null, null, refused], // −2 「返还上月多扣2分」
      ['V11', null, null, refused], // −2 「上月错扣2分,本月补」
      ['V12', null, null, refused], // −2 「补2分」
      ['V13', null, null, refused], // +2 「扣2分,取消评优资格」: stays refused (77 − 2 = 75 meant)
      ['V14', 75, '一般', []], // −2 「客户重复投诉,补扣2分」: 77 − 2, stays
    ]);
    // No advice to change the sign where the points were cancelled: counted as typed, the sign to check.
    expect(r.people[0]!.problems[0]!.message).toBe('考核表!T2:「其它·奖惩分」奖惩分为 +2,原因「扣2分(已取消)」像是扣分:已按填写的 +2 计入;请核对正负号(扣分填负数、加分填正数)');
    expect([r.people[7]!.problems[0]!.expected, r.people[7]!.problems[0]!.actual]).toEqual(['+2', '−2']);
  });
});
