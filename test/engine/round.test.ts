import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { formatPercent, formatScore, formatSigned, round2, tidy, tidyOrNull } from '../../src/model/round.js';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot } from '../helpers.js';

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

describe('tidy: scores without binary noise', () => {
  it('takes off the noise of float arithmetic, keeps every real digit', () => {
    expect(7 * 0.8).toBe(5.6000000000000005);
    expect(tidy(7 * 0.8)).toBe(5.6);
    expect(tidy(6 * 0.8)).toBe(4.8); // 4.800000000000001
    expect(tidy((0.15 / 0.2) * 30)).toBe(22.5); // 22.499999999999996 (§11's ratio)
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    // A repeating decimal is its fraction divided once: 797/9 reached by sums is 88.55555555555557, 797/9 is …556.
    expect(tidy(500 / 6)).toBe(500 / 6);
    expect(tidy(88.55555555555557)).toBe(797 / 9);
    expect(tidy(95.83333333333331)).toBe(1150 / 12); // §27 庚: (5/6·100 + 300)/4 summed as it is, 1150/12 divided once
    expect(tidy(86.66666666666669)).toBe(1300 / 15);
    // A fraction of a larger denominator, or a value near none, is kept as computed.
    expect(tidy(1 / 10007)).toBe(1 / 10007);
    expect(tidy(Math.PI)).toBe(Math.PI);
    expect(tidy(-0.1 - 0.2)).toBe(-0.3);
    expect(tidy(1e-20)).toBe(1e-20);
    expect(tidy(79.5625)).toBe(79.5625);
    expect(tidy(100)).toBe(100);
    expect(tidyOrNull(null)).toBeNull();
  });

  it('every item score, part score and total a graded sample gives is already tidy', async () => {
    const outcome = await gradeFile(path.join(repoRoot, 'samples/cs-dept-monthly.march.form.xlsx'), { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const figures = outcome.report.people.flatMap((p) => [p.total, p.total100, p.points, ...p.items.map((i) => i.score), ...p.parts.map((x) => x.score)]);
    const numbers = figures.filter((x): x is number => typeof x === 'number');
    expect(numbers.length).toBeGreaterThan(50);
    expect(numbers.filter((x) => tidy(x) !== x)).toEqual([]);
    // 差 0.6 × 7 = 4.2 for the sample's Q1; 6 × 0.8 and 7 × 0.8 elsewhere in it came out 4.800000000000001, 5.6000000000000005.
    expect(outcome.report.people.flatMap((p) => p.items.filter((i) => i.id === 'Q1').map((i) => i.score))).toContain(4.2);
  });
});

// roundTo skips making a string when the figure is far from a half: it must give exactly what rounding through 12
// significant digits gives, for any figure and number of decimals.
describe('roundTo without a string, far from a half', () => {
  it('agrees with rounding through toPrecision(12) on 400,000 figures, halves and their noise included', async () => {
    const { roundTo } = await import('../../src/model/round.js');
    const reference = (x: number, digits: number) => {
      if (Number.isInteger(x)) return x === 0 ? 0 : x;
      const f = 10 ** digits;
      const r = (Math.sign(x) * Math.round(Number((Math.abs(x) * f).toPrecision(12)))) / f;
      return r === 0 ? 0 : r;
    };
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const figures: number[] = [];
    for (let i = 0; i < 50_000; i++) figures.push((random() - 0.3) * 10 ** Math.floor(random() * 9));
    // Sums of entries with few decimals, halves of every scale (1.005, 0.285, 12345.675), thirds and sevenths.
    for (let a = 0; a < 5_000; a++) figures.push(a * 0.1 + 0.005, a * 1.005, a / 3, a / 7, a + 0.5, a * 100.125 + 0.00005);
    const wrong = [];
    for (const x of figures) for (const d of [0, 1, 2, 4]) if (roundTo(x, d) !== reference(x, d)) wrong.push([x, d]);
    expect(wrong.slice(0, 5)).toEqual([]);
    // The known halves: 1.005 → 1.01, 0.285 → 0.29 (binary 100.49999999999999 and 28.499999999999996).
    expect([roundTo(1.005, 2), roundTo(0.285, 2), roundTo(-2.345, 2)]).toEqual([1.01, 0.29, -2.35]);
  });
});
