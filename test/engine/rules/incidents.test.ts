import { describe, expect, it } from 'vitest';
import { codes, item, runRule } from '../helpers.js';

// §8 M2: each incident 2–5 points, score = max(0, 20 − Σ). The input has no bounds here, so the rule's own check shows.
const m2 = item('M2', '表格管理', 20, [{ id: 'deductions', label: '每次扣分', type: 'list', optional: true }], {
  kind: 'incidents',
  input: 'deductions',
  base: 20,
  minEach: 2,
  maxEach: 5,
  floor: 0,
});

describe('incidents', () => {
  it.each<[string, number[], number | null, string, string[]]>([
    ['§8 worked example 3,2', [3, 2], 15, '20 − (3+2) = 15', []], // 20 − 5 = 15
    ['one incident', [4], 16, '20 − 4 = 16', []],
    ['none', [], 20, '无扣分 → 20', []],
    ['limits are inclusive', [2, 5], 13, '20 − (2+5) = 13', []],
    // 20 − 25 = −5 → 0
    ['floor 0', [5, 5, 5, 5, 5], 0, '20 − (5+5+5+5+5) = -5,最低0分 → 0', []],
    ['an incident above 5 is an error', [3, 6], null, '扣分超出范围:6', ['out-of-range']],
    ['an incident below 2 is an error', [1], null, '扣分超出范围:1', ['out-of-range']],
  ])('%s', (_name, list, score, explanation, problemCodes) => {
    const out = runRule(m2, { deductions: list });
    expect([out.score, out.explanation, codes(out.problems)]).toEqual([score, explanation, problemCodes]);
  });

  it('no floor written is a floor of 0 (the item went to −5, taking points from the others)', () => {
    const noFloor = { ...m2, rule: { ...m2.rule, floor: undefined } } as typeof m2;
    // 20 − (5+5+5+5+5) = −5 → 0
    const out = runRule(noFloor, { deductions: [5, 5, 5, 5, 5] });
    expect([out.score, out.explanation]).toEqual([0, '20 − (5+5+5+5+5) = -5,最低0分 → 0']);
  });

  it('the error names the range and the list, located at the cell', () => {
    const out = runRule(m2, { deductions: [3, 6] });
    expect(out.problems[0]).toMatchObject({ cell: 'C2', message: '3月!C2:「表格管理」每次扣2到5分,实际为「3,6」', actual: '3,6' });
  });
});
