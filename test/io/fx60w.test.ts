// Review 60 (class A): §8 奖惩 reasons that give points back, typed −2, were counted at exit 0 — 「上月漏记全勤奖,补2分」
// (漏记 read as a deduction missed), 「上月考勤记错扣了2分,本月补回」「系统算错扣了2分,本月退还」 (记错/算错 read as the work
// done wrong), 「扣分有误已退回2分」「迟到记错,已补2分」 — and 「上月漏计加分,补2分」 only warned: 王五 78.00 一般 for 82.00 良好.
// A give-back on points beside a negative figure is counted only where the reason plainly says a deduction missed is taken
// now, with no reward word and no error word; else refused, both readings said. The other items as 王五's:
// 18 + 15 + 13 + 9 + 8 + 12 + 5 = 80 (giveback.xlsx: make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx60w', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total, p.band, p.problems.map((q) => [q.code, q.severity])]);
const refused = [['reason-sign', 'error']];

describe('§8 奖惩分 −2 beside a reason that gives points back', () => {
  it('refused unless a deduction missed is taken now; the give-back with +2 counted without a word', async () => {
    const r = await gradedReport(at('giveback.xlsx'));
    expect(people(r)).toEqual([
      // Each was 80 − 2 = 78 一般 at exit 0 (silent, or warned 「像是加分」); 80 + 2 = 82 良好 if the reason is right.
      ['员工00', null, null, refused], // 「上月漏记全勤奖,补2分」
      ['员工01', null, null, refused], // 「上个月漏计好评,补2分」
      ['员工02', null, null, refused], // 「上月漏计绩效分,补2分」
      ['员工03', null, null, refused], // 「上月考勤记错扣了2分,本月补回」
      ['员工04', null, null, refused], // 「系统算错扣了2分,本月退还」
      ['员工05', null, null, refused], // 「扣分有误已退回2分」
      ['员工06', null, null, refused], // 「迟到记错,已补2分」
      ['员工07', null, null, refused], // 「上月漏计加分,补2分」 (was warned)
      ['员工08', null, null, refused], // 「上月漏计表扬,补2分」 (was warned)
      ['员工09', null, null, refused], // 「奖励漏记,本月补2分」 (was warned)
      ['员工10', null, null, refused], // 「上月加分漏计,本月补2分」 (was warned)
      // Stays: a deduction missed last month taken now, 80 − 2 = 78 一般, no word.
      ['员工11', 78, '一般', []], // 「上月少扣2分,本月补扣」
      ['员工12', 78, '一般', []], // 「上月迟到漏计,本月补扣2分」
      ['员工13', 78, '一般', []], // 「上月漏扣,补2分」
      ['员工14', 78, '一般', []], // 「上月漏计1次迟到,本月补2分」
      // The give-back with the sign it means: 80 + 2 = 82 良好, no word (the first was warned 「像是扣分」).
      ['员工15', 82, '良好', []], // +2 「扣分有误已退回2分」
      ['员工16', 82, '良好', []], // +2 「上月考勤记错扣了2分,本月补回」
    ]);
  });

  it('the message gives both readings: +2 if the points are given back (82), else the reason to correct', async () => {
    const r = await gradedReport(at('giveback.xlsx'));
    const p = (name: string) => r.people.find((x) => x.name === name)!.problems[0]!;
    expect(p('员工00').message).toBe('考核表!T2:「其它·奖惩分」奖惩分为 −2,原因「上月漏记全勤奖,补2分」说的却是加分:正负号不符,这一项未计入;原因写的是「补2分」:如是加分,请把奖惩分改为 +2;如不是,请改正原因,然后重新评分');
    expect(p('员工03').message).toBe('考核表!T5:「其它·奖惩分」奖惩分为 −2,原因「上月考勤记错扣了2分,本月补回」说的却是加分:正负号不符,这一项未计入;原因写的是「扣了2分,本月补回」:如是加分,请把奖惩分改为 +2;如不是,请改正原因,然后重新评分');
    expect([p('员工05').expected, p('员工05').actual]).toEqual(['+2', '−2']);
  });
});
