// max / min in a record form's formulas: the larger or smaller of the terms, nothing when a term has no value.
import { describe, expect, it } from 'vitest';
import { describeExpr, evalExpr, type Scope } from '../../src/engine/groups/expr.js';

const scope = (values: Record<string, number | null>): Scope => ({ get: (f) => values[f] ?? null, label: (f) => f });
const after = { max: [0, { sum: [{ field: 'score' }, { product: [-1, { field: 'cut' }] }] }] };

describe('max and min', () => {
  it('max(0, score − cut): 2 − 3.33 → 0, 92 − 1.11 → 90.89; min(100, x): 120 → 100', () => {
    expect(evalExpr(after, scope({ score: 2, cut: 3.33 }))).toBe(0);
    expect(evalExpr(after, scope({ score: 92, cut: 1.11 }))).toBeCloseTo(90.89, 10);
    expect(evalExpr({ min: [100, { field: 'x' }] }, scope({ x: 120 }))).toBe(100);
  });
  it('a term without a value gives no value (score missing: product of −1 and an empty cut is empty too)', () => {
    expect(evalExpr({ min: [100, { field: 'x' }] }, scope({ x: null }))).toBeNull();
  });
  it('reads as 取 …中较大者, a sum in brackets', () => {
    expect(describeExpr(after, (f) => ({ score: '得分', cut: '扣分' })[f]!)).toBe('取 0、(得分 + -1 × 扣分) 中较大者');
    expect(describeExpr({ min: [100, { field: 'x' }] }, () => '达成率')).toBe('取 100、达成率 中较小者');
  });
});
