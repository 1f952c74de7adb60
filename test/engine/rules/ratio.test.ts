import { describe, expect, it } from 'vitest';
import { codes, item, runRule } from '../helpers.js';
import type { RuleDef } from '../../../src/model/definition.js';

const inputs = [
  { id: 'N', label: '本月安装(售服)客户数', type: 'integer' as const, min: 0 },
  { id: 'V', label: '回访客户数', type: 'integer' as const, min: 0 },
];
// §8 M1 as shipped: V/N × 20, capped at 100 %, V > N warned, N = 0 → 20.
const m1 = item('M1', '客户回访率', 20, inputs, {
  kind: 'ratio', name: '回访率', numerator: 'V', denominator: 'N', cap: 1, warnAbove: true,
  whenZero: { points: 20, note: '本月无安装(售服)客户,无需回访' },
});
// A ratio without a stated zero value: N = 0 is an error; no cap, no warning.
const plain = item('R', '比率', 10, inputs, { kind: 'ratio', numerator: 'V', denominator: 'N' } as RuleDef);

describe('ratio', () => {
  it.each<[string, typeof m1, number, number, number | null, string, string[]]>([
    // 45/50 = 0.9 × 20 = 18
    ['§8 worked example', m1, 50, 45, 18, '回访率 45/50 = 90% × 20 = 18', []],
    // 50/50 × 20 = 20
    ['all visited', m1, 50, 50, 20, '回访率 50/50 = 100% × 20 = 20', []],
    // 1/3 × 20 = 6.6667
    ['repeating fraction', m1, 3, 1, 20 / 3, '回访率 1/3 = 33.3333% × 20 = 6.6667', []],
    // 52/50 = 104 % → capped to 100 % → 20, with a warning
    ['V > N: warning, capped', m1, 50, 52, 20, '回访率 52/50 = 104%,超过100%按100%计 × 20 = 20', ['ratio-above-one']],
    ['N = 0, V = 0: the stated value', m1, 0, 0, 20, '本月无安装(售服)客户,无需回访 → 20', []],
    ['N = 0, V > 0: stated value and a warning', m1, 0, 3, 20, '本月无安装(售服)客户,无需回访 → 20', ['ratio-above-one']],
    ['no stated zero value: N = 0 is an error', plain, 0, 0, null, '回访客户数/本月安装(售服)客户数 0/0:本月安装(售服)客户数为0,无法计算', ['zero-denominator']],
    // 12/10 × 10 = 12: no cap given, no warning asked for
    ['no cap: above 100 % counts', plain, 10, 12, 12, '回访客户数/本月安装(售服)客户数 12/10 = 120% × 10 = 12', []],
  ])('%s', (_name, it_, n, v, score, explanation, problemCodes) => {
    const out = runRule(it_, { N: n, V: v });
    if (score === null) expect(out.score).toBeNull();
    else expect(out.score).toBeCloseTo(score, 10);
    expect(out.explanation).toBe(explanation);
    expect(codes(out.problems)).toEqual(problemCodes);
  });

  it('partOf (§31 as shipped: 解决数 are some of 问题数): 210 of 200 is an error, the item unscored; 0 of 0 with a stated value stays that value', () => {
    const part = item('V2', '问题解决率', 30, inputs, { kind: 'ratio', name: '问题解决率', numerator: 'V', denominator: 'N', cap: 1, warnAbove: true, partOf: true });
    const over = runRule(part, { N: 200, V: 210 });
    expect([over.score, over.explanation]).toEqual([null, '问题解决率 210/200 = 105%:回访客户数不能多于本月安装(售服)客户数,无法计算']);
    expect(over.problems.map((p) => [p.code, p.severity])).toEqual([['ratio-above-one', 'error']]);
    // 188/200 = 94 % × 30 = 28.2, as before.
    expect(runRule(part, { N: 200, V: 188 }).score).toBeCloseTo(28.2, 10);
    const zero = item('Z', '回访', 20, inputs, { kind: 'ratio', numerator: 'V', denominator: 'N', partOf: true, whenZero: { points: 20, note: '无需回访' } });
    expect(runRule(zero, { N: 0, V: 0 }).score).toBe(20);
    const some = runRule(zero, { N: 0, V: 3 });
    expect([some.score, some.problems.map((p) => [p.code, p.severity])]).toEqual([null, [['ratio-above-one', 'error']]]);
  });

  it('the V > N warning is located at V and says what was done', () => {
    const out = runRule(m1, { N: 50, V: 52 });
    expect(out.problems[0]).toMatchObject({
      severity: 'warning',
      cell: 'C3', // V is the second value given to runRule
      message: '3月!C3:「客户回访率·回访客户数」回访客户数 52 大于 本月安装(售服)客户数 50,请核对(回访率按100%计)',
    });
  });

  it('under a cap above 100 % (a team\'s 150 %), the warning gives the rate used, not the cap: 14/10 = 140 % × 20 = 28', () => {
    const wide = item('M1', '客户回访率', 20, inputs, { kind: 'ratio', name: '回访率', numerator: 'V', denominator: 'N', cap: 1.5, warnAbove: true } as RuleDef);
    const out = runRule(wide, { N: 10, V: 14 });
    expect(out.score).toBeCloseTo(28, 10);
    expect(out.problems[0]!.message).toBe('3月!C3:「客户回访率·回访客户数」回访客户数 14 大于 本月安装(售服)客户数 10,请核对(回访率按140%计)');
    // Past the cap: the cap (16/10 = 160 % → 150 %).
    expect(runRule(wide, { N: 10, V: 16 }).problems[0]!.message).toContain('(回访率按150%计)');
  });

  it('the zero-denominator error is located at N', () => {
    const out = runRule(plain, { N: 0, V: 0 });
    expect(out.problems[0]).toMatchObject({
      severity: 'error',
      cell: 'C2',
      code: 'zero-denominator',
      message: '3月!C2:「比率·本月安装(售服)客户数」为0,无法计算回访客户数/本月安装(售服)客户数(回访客户数 ÷ 本月安装(售服)客户数)',
    });
  });
});
