import { describe, expect, it } from 'vitest';
import type { GradeScale } from '../../src/model/definition.js';
import { bandOf, emptyBandCounts, gradeOf } from '../../src/engine/grades.js';

const defaults: GradeScale = { bands: [{ min: 90, label: '优秀' }, { min: 80, label: '良好' }, { min: 60, label: '一般' }, { label: '待改进' }] };
// §13: left-open bands, 95 itself is 良好
const k: GradeScale = { inclusive: 'upper', bands: [{ min: 95, label: '优秀' }, { min: 90, label: '良好' }, { min: 85, label: '一般' }, { label: '待改进' }] };

describe('gradeOf: bands on the total as shown (2 decimals), capped at 100', () => {
  it.each<[string, GradeScale, number, string]>([
    ['89.995 shows as 90.00 → 优秀', defaults, 89.995, '优秀'],
    ['89.994 shows as 89.99 → 良好', defaults, 89.994, '良好'],
    ['79.999 shows as 80.00 → 良好', defaults, 79.999, '良好'],
    ['79.5625 shows as 79.56 → 一般', defaults, 79.5625, '一般'],
    ['exactly 60 → 一般 (lower limit inclusive)', defaults, 60, '一般'],
    ['59.99 → 待改进', defaults, 59.99, '待改进'],
    ['a bonus total of 108 grades as 100', defaults, 108, '优秀'],
    ['negative → the catch-all', defaults, -5, '待改进'],
    ['left-open: 95 is 良好', k, 95, '良好'],
    ['left-open: 95.01 is 优秀', k, 95.01, '优秀'],
    ['left-open: 95.004 shows as 95.00 → 良好', k, 95.004, '良好'],
    ['left-open: 85 is 待改进', k, 85, '待改进'],
  ])('%s', (_name, scale, total, want) => expect(gradeOf(scale, total)).toBe(want));

  it('band order in the definition does not matter', () => {
    expect(bandOf([{ label: '待改进' }, { min: 80, label: '良好' }, { min: 90, label: '优秀' }], 85)).toBe('良好');
  });
  it('a scale without a catch-all leaves low totals unbanded', () => {
    expect(gradeOf({ bands: [{ min: 60, label: '合格' }] }, 59)).toBeNull();
  });
  it('counts start with every label at 0, in the scale order', () => {
    expect(Object.entries(emptyBandCounts(defaults))).toEqual([['优秀', 0], ['良好', 0], ['一般', 0], ['待改进', 0]]);
  });
});
