import { describe, expect, it } from 'vitest';
import { formatPercent, formatScore, formatSigned, round2 } from '../../src/model/round.js';

describe('round2: half away from zero, immune to float noise', () => {
  it.each([
    [89.995, 90], // shown 90.00
    [79.5625, 79.56], // …25 → down
    [79.565, 79.57], // half → away from zero
    [-2.345, -2.35], // negative half → away from zero
    [1.005, 1.01], // 1.005 × 100 = 100.49999999999999 in binary: a plain Math.round gives 1.00
    [4.355, 4.36],
    [0.285, 0.29], // 0.285 × 100 = 28.499999999999996
    [0.1 + 0.2, 0.3],
    [79.999, 80],
    [-0.001, 0], // no -0
    [100, 100],
  ])('%s → %s', (x, want) => {
    expect(round2(x)).toBe(want);
    expect(Object.is(round2(x), -0)).toBe(false);
  });
});

describe('formatScore: up to 4 decimals, trailing zeros dropped', () => {
  it.each([
    [18, '18'],
    [15.5, '15.5'],
    [79.5625, '79.5625'],
    [82.22222222, '82.2222'],
    [0.1 + 0.2, '0.3'],
    [7.000000000000001, '7'],
    [-3, '-3'],
  ])('%s → %s', (x, want) => expect(formatScore(x)).toBe(want));

  it('signed and percent forms', () => {
    expect(formatSigned(2)).toBe('+2');
    expect(formatSigned(-3.5)).toBe('−3.5');
    expect(formatSigned(0)).toBe('0');
    expect(formatPercent(0.9)).toBe('90%');
    expect(formatPercent(0.07)).toBe('7%'); // 0.07 × 100 = 7.000000000000001
    expect(formatPercent(52 / 50)).toBe('104%');
  });
});
