// Review 61 of a0da503d and a2a2bee0 (§8 mattress-cs-monthly). Fixtures: test/fixtures/fx61j2 (the review's a0*.py / a2.py).
// Every person: 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77 before 奖惩; the items lose 2 + 5 + 4 + 7 + 1 + 2 + 2 = 23.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx61j2', f);
const FORM = { form: 'mattress-cs-monthly' } as const;
const total = (r: Awaited<ReturnType<typeof gradedReport>>, name: string) => r.people.find((p) => p.name === name)?.total;

describe('a work error named before an award taken off is the reason, not a deduction said wrong', () => {
  it('−2 「操作错误扣全勤奖金50元,已补上」, 「差错扣绩效奖金50元,单据已补」, 「报价错误扣全勤奖金50元,已补上」: 77 − 2 = 75 (were refused 「说的却是加分」)', async () => {
    const r = await gradedReport(at('a0-reasons.xlsx'), FORM);
    expect([total(r, '员工5'), total(r, '员工14')]).toEqual([75, 75]);
    expect(total(await gradedReport(at('a0-reasons2.xlsx'), FORM), '员工10')).toBe(75);
  });
});

describe('「扣分(含投诉)」 typed as negative figures is the same points off', () => {
  it('张三 −23 (23 lost) → 77, 李四 blank → 100, 王五 −25 beside 奖惩 −2 → 75 (were refused lost-points-differ)', async () => {
    const r = await gradedReport(at('a2-neg-han.xlsx'), FORM);
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 77], ['李四', 100], ['王五', 75]]);
    expect(r.problems.filter((p) => p.code === 'lost-points-differ')).toEqual([]);
  });
});

describe('a person with a name and a 工号 and 「待复核:」 in a remark is a person, not a sign-off line', () => {
  it('005 | 孙七 | 客服部 with no figures and 「待复核:」 in 其它·原因: refused for her blanks (was dropped at exit 0, an info)', async () => {
    const r = await gradedReport(at('s74-p4.xlsx'), FORM);
    // 张三 77, 李四 100, 王五 77 + 2 = 79, 赵六 100 as before; 孙七 unscored, her required inputs named.
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 77], ['李四', 100], ['王五', 79], ['赵六', 100], ['孙七', null]]);
    expect(r.problems.some((p) => p.severity === 'error' && p.person === '孙七' && p.cell === 'F6')).toBe(true);
  });
});

describe('points given back by 补发', () => {
  it('−2 beside 「上月误扣全勤奖金,本月补发2分」 is refused reason-sign (was 77 − 2 = 75 at exit 0 without a word)', async () => {
    const r = await gradedReport(at('a0-reasons2.xlsx'), FORM);
    expect(total(r, '员工1')).toBeNull();
    expect(r.problems.filter((p) => p.cell === 'T2').map((p) => p.code)).toEqual(['reason-sign']);
  });
});
