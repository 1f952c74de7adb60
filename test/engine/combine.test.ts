import { describe, expect, it } from 'vitest';
import type { FormDef, ItemDef } from '../../src/model/definition.js';
import { combine } from '../../src/engine/combine.js';
import type { ItemResult } from '../../src/model/result.js';
import { form, item } from './helpers.js';

const pts = (id: string, max: number): ItemDef => item(id, id, max, [{ id: 's', label: '得分', type: 'number', min: 0, max }], { kind: 'band', input: 's' });
const adj = item('ADJ', '奖惩', 0, [{ id: 'p', label: '分', type: 'number' }, { id: 'r', label: '原因', type: 'text', optional: true }], { kind: 'adjustment', input: 'p', reason: 'r' });
const results = (f: FormDef, scores: Record<string, number | null>): ItemResult[] =>
  f.parts.flatMap((p) => p.items.map((i) => ({ id: i.id, label: i.label, partId: p.id, max: i.max, score: scores[i.id] ?? null, explanation: '' })));

describe('combine', () => {
  it('sum over a 45-point form is reported on 100: 36/45 × 100 = 80', () => {
    const f = form([{ id: 'p', label: '考核', items: [pts('a', 20), pts('b', 25)] }]);
    const c = combine(f, results(f, { a: 16, b: 20 }));
    expect([c.total, c.total100, c.explanation]).toEqual([36, 80, '16 + 20 = 36;折合百分制 36/45 × 100 = 80']);
  });

  it('sum over several parts names the parts', () => {
    const f = form([{ id: 'p1', label: '能力', items: [pts('a', 50)] }, { id: 'p2', label: '态度', items: [pts('b', 50)] }]);
    const c = combine(f, results(f, { a: 40, b: 45 }));
    expect([c.total, c.explanation]).toEqual([85, '能力 40 + 态度 45 = 85']);
  });

  it('weighted parts: each part normalised, then weighted', () => {
    const f = form([{ id: 'A', label: '业绩', weight: 0.6, items: [pts('a', 80)] }, { id: 'B', label: '行为', weight: 0.4, items: [pts('b', 50)] }], { combine: { kind: 'weighted-parts' } });
    const c = combine(f, results(f, { a: 60, b: 40 }));
    // 60/80 = 75 × 60% = 45; 40/50 = 80 × 40% = 32; 45 + 32 = 77
    expect(c.total).toBeCloseTo(77, 10);
    expect(c.explanation).toBe('业绩 60/80 × 100 = 75;行为 40/50 × 100 = 80;业绩 75 × 60% + 行为 80 × 40% = 77');
  });

  it('mean of items on 100, and of items on 10 (reported on 100)', () => {
    const f = form([{ id: 'p', label: '能力', items: [pts('a', 100), pts('b', 100), pts('c', 100)] }], { combine: { kind: 'mean' } });
    const c = combine(f, results(f, { a: 80, b: 90, c: 100 }));
    expect([c.total, c.total100, c.explanation]).toEqual([90, 90, '(80 + 90 + 100)/3 = 90']);
    const g = form([{ id: 'p', label: '能力', items: [pts('a', 10), pts('b', 10)] }], { combine: { kind: 'mean' } });
    // (8 + 7)/2 = 7.5 of 10 → 75
    expect(combine(g, results(g, { a: 8, b: 7 })).total100).toBe(75);
  });

  it('adjustments: added before the clamp; a negative one below the floor', () => {
    const f = form([{ id: 'p', label: '考核', items: [pts('a', 100), adj] }], { clamp: { min: 0, max: 100 } });
    const c = combine(f, results(f, { a: 10, ADJ: -30 }));
    // 10 − 30 = −20 → clamped to 0
    expect([c.total, c.total100, c.explanation]).toEqual([0, 0, '10,奖惩 −30 = -20,低于下限按0计']);
    const d = form([{ id: 'p', label: '考核', items: [pts('a', 100), adj] }]);
    // no clamp: 95 + 30 = 125, total100 125
    expect(combine(d, results(d, { a: 95, ADJ: 30 })).total100).toBe(125);
  });

  it('items of 90 under a limit of 100: the limit holds on the 100-point figure (90 + 奖惩 10 = 100 → 111.11 was reported)', () => {
    const f = form([{ id: 'p', label: '考核', items: [pts('a', 90), adj] }], { clamp: { min: 0, max: 100 } });
    const c = combine(f, results(f, { a: 90, ADJ: 10 }));
    // 100/90 × 100 = 111.11 → 100 on 100, 90 points.
    expect([c.total, c.total100]).toEqual([90, 100]);
    expect(c.explanation).toBe('90,奖惩 +10 = 100;折合百分制 100/90 × 100 = 111.1111,超过上限按100计');
    // 71/90 × 100 = 78.89: within the limit, as before.
    expect(combine(f, results(f, { a: 71, ADJ: 0 })).total100).toBeCloseTo(7100 / 90, 9);
  });

  it('an unscored item leaves the part and the total unscored', () => {
    const f = form([{ id: 'p1', label: '能力', items: [pts('a', 50)] }, { id: 'p2', label: '态度', items: [pts('b', 50)] }]);
    const c = combine(f, results(f, { a: 40, b: null }));
    expect([c.parts.map((p) => p.raw), c.total, c.total100]).toEqual([[40, null], null, null]);
  });
});

// Bonus items add to a part and to the total, never to what they are out of (README: 加分计入总分但不计入满分). In a
// part with 「outOf」 they were counted in its full marks, averaged in by a mean, and left out of a form-level mean.
describe('bonus items beside averaged or rescaled items', () => {
  const bonusOf = (id: string, max: number): ItemDef => ({ ...pts(id, max), role: 'bonus' });

  it('a sum part out of 100 (「outOf」): (48 + 32 + 5)/100 × 100 = 85, not 85/110 × 100 = 77.27', () => {
    const f = form([{ id: 'p', label: '考核', outOf: 100, items: [pts('q', 60), pts('e', 40), bonusOf('x', 10)] }]);
    const c = combine(f, results(f, { q: 48, e: 32, x: 5 }));
    expect([c.total, c.total100, c.parts[0]!.max]).toEqual([85, 85, 100]);
  });

  it('a weighted part with a bonus item: (50 + 5)/100 × 100 × 60 % + 40 = 73, its explanation out of 100, not 105', () => {
    const f = form([
      { id: 'A', label: '业绩', weight: 0.6, outOf: 100, items: [pts('a', 100), bonusOf('x', 5)] },
      { id: 'B', label: '行为', weight: 0.4, items: [pts('b', 100)] },
    ], { combine: { kind: 'weighted-parts' } });
    const c = combine(f, results(f, { a: 50, x: 5, b: 100 }));
    // 业绩 55 × 60 % = 33; 行为 100 × 40 % = 40; 33 + 40 = 73.
    expect(c.total).toBeCloseTo(73, 10);
    expect(c.explanation).toBe('业绩 55 × 60% + 行为 100 × 40% = 73');
  });

  it('a part that averages its items adds a bonus to the mean: (80 + 80)/2 + 5 = 85, not (80 + 80 + 5)/3 = 55', () => {
    const f = form([{ id: 'p', label: '能力', combine: 'mean', items: [pts('a', 100), pts('b', 100), bonusOf('x', 10)] }]);
    const c = combine(f, results(f, { a: 80, b: 80, x: 5 }));
    expect([c.total, c.total100]).toEqual([85, 85]);
  });

  it('a form that averages its items adds a bonus to the mean: (40 + 40)/2 + 5 = 45 of 50 → 90, not 80', () => {
    const f = form([{ id: 'p', label: '能力', items: [pts('a', 50), pts('b', 50), bonusOf('x', 10)] }], { combine: { kind: 'mean' } });
    const c = combine(f, results(f, { a: 40, b: 40, x: 5 }));
    expect([c.total, c.total100, c.explanation]).toEqual([45, 90, '(40 + 40)/2 = 40,x(加分) +5 = 45;折合百分制 45/50 × 100 = 90']);
  });

  it('a mean of parts adds a part of bonus items: (80 + 90)/2 + 3 = 88', () => {
    const f = form([
      { id: 'A', label: '甲', items: [pts('a', 100)] },
      { id: 'B', label: '乙', items: [pts('b', 100)] },
      { id: 'X', label: '超预期', role: 'bonus', items: [pts('x', 5)] },
    ], { combine: { kind: 'mean-of-parts' } });
    const c = combine(f, results(f, { a: 80, b: 90, x: 3 }));
    expect([c.total, c.explanation]).toEqual([88, '(甲 80 + 乙 90)/2 = 85,超预期(加分) +3 = 88']);
  });

  it('a mean of parts adds a bonus item inside a part to the mean: (80 + 90)/2 + 3 = 88, not (83 + 90)/2 = 86.5', () => {
    const f = form([
      { id: 'A', label: '甲', items: [pts('a', 100), bonusOf('x', 5)] },
      { id: 'B', label: '乙', items: [pts('b', 100)] },
    ], { combine: { kind: 'mean-of-parts' } });
    const c = combine(f, results(f, { a: 80, b: 90, x: 3 }));
    expect([c.total, c.explanation]).toEqual([88, '(甲 80 + 乙 90)/2 = 85,甲加分 +3 = 88']);
    // The part itself still shows its points with the bonus: 80 + 3 = 83.
    expect(c.parts[0]!.score).toBe(83);
    // Parts that average their items (§30's shape): (80 + 70)/2 = 75 and 90; (75 + 90)/2 = 82.5, + 2 = 84.5.
    const g = form([
      { id: 'A', label: '甲', combine: 'mean', items: [pts('a', 100), pts('c', 100), bonusOf('x', 5)] },
      { id: 'B', label: '乙', combine: 'mean', items: [pts('b', 100)] },
    ], { combine: { kind: 'mean-of-parts' } });
    expect(combine(g, results(g, { a: 80, c: 70, b: 90, x: 2 })).total).toBe(84.5);
  });
});
