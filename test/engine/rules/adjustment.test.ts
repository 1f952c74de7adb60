import { describe, expect, it } from 'vitest';
import { codes, item, runRule } from '../helpers.js';

// §8 M8: signed points and a reason; a non-zero adjustment without a reason is an error.
const m8 = item(
  'M8',
  '其它',
  0,
  [
    { id: 'points', label: '奖惩分', type: 'number', min: -100, max: 100, optional: true, default: 0 },
    { id: 'reason', label: '原因', type: 'text', optional: true },
  ],
  { kind: 'adjustment', input: 'points', reason: 'reason' },
);

describe('adjustment', () => {
  it.each<[string, number | null, string | null, number | null, string, string[]]>([
    ['§8 worked example +2 表扬信', 2, '表扬信', 2, '+2(表扬信)', []],
    ['a penalty', -3, '客户投诉', -3, '−3(客户投诉)', []],
    ['nothing', 0, null, 0, '无奖惩 → 0', []],
    ['zero with a note', 0, '无', 0, '0(无)', []],
    // Not counted until the reason is given: 未评分 as any item with an error (得分·其它 showed 5.00 for an unscored person).
    ['no reason: error, points shown but not counted', 5, null, null, '+5(未注明原因,未计入)', ['reason-required']],
    // A reason with the points left blank: 0 as written, said (it was 0 without a word; a +2 表扬信 was meant).
    ['a reason, the points blank: 0, said', null, '表扬信', 0, '0(奖惩分空着,「表扬信」未计分)', ['points-missing']],
    // A reason that says there was none is that.
    ['「本月无奖惩」, the points blank: 0, nothing said', null, '本月无奖惩', 0, '0(本月无奖惩)', []],
    ['「0」 as the reason, the points blank: 0, nothing said', null, '0', 0, '0(0)', []],
  ])('%s', (_name, points, reason, score, explanation, problemCodes) => {
    const out = runRule(m8, { points, reason });
    expect([out.score, out.explanation, codes(out.problems)]).toEqual([score, explanation, problemCodes]);
  });

  it('reason-required is located at the reason cell', () => {
    const out = runRule(m8, { points: 5, reason: null });
    expect(out.problems[0]).toMatchObject({ severity: 'error', cell: 'C3', message: '3月!C3:「其它·原因」奖惩分为 +5,须注明原因' });
  });
});

// §11 减分项: a positive number typed under 减分 is taken off; its reason is required the same way.
const b2 = item(
  'B2',
  '减分项',
  0,
  [
    { id: 'points', label: '减分', type: 'number', min: 0, max: 10, optional: true, default: 0 },
    { id: 'reason', label: '减分原因', type: 'text', optional: true },
  ],
  { kind: 'adjustment', input: 'points', reason: 'reason', subtract: true },
);

describe('adjustment with subtract (§11 减分)', () => {
  it.each<[string, number, string | null, number, string, string[]]>([
    ['3 typed is −3', 3, '售前介绍错误', -3, '−3(售前介绍错误)', []],
    ['nothing', 0, null, 0, '无奖惩 → 0', []],
    ['no reason: error', 2, null, null, '−2(未注明原因,未计入)', ['reason-required']],
  ])('%s', (_name, points, reason, score, explanation, problemCodes) => {
    const out = runRule(b2, { points, reason });
    expect([out.score, out.explanation, codes(out.problems)]).toEqual([score, explanation, problemCodes]);
  });
});

describe('a reason written as 「无」', () => {
  it('is no reason, said as written: --json actual 「无」, not 「空」 for a cell that holds a word', async () => {
    const { scorePerson } = await import('../../../src/engine/scoreForm.js');
    const { person, form } = await import('../helpers.js');
    const f = form([{ id: 'A', label: '奖惩', items: [m8] }]);
    const r = scorePerson(f, person({ name: '王芳' }, [['M8.points', -3, 'P5'], ['M8.reason', '无', 'Q5']]));
    const p = r.problems.find((x) => x.code === 'reason-required')!;
    expect([p.cell, p.actual, p.expected]).toEqual(['Q5', '无', '原因']);
    // Left empty: 空, as before.
    const blank = scorePerson(f, person({ name: '王芳' }, [['M8.points', -3, 'P5']])).problems.find((x) => x.code === 'reason-required')!;
    expect(blank.actual).toBe('空');
  });
});
