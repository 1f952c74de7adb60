import { describe, expect, it } from 'vitest';
import { item, runRule } from '../helpers.js';

// §1 A1 as the definition states it: ≥ 90 → 20; ≥ 80 → 10; otherwise 0 with the source's gap noted.
const a1 = item('A1', '客户信息管理', 20, [{ id: 'rate', label: '达成率', type: 'percent', min: 0, max: 100 }], {
  kind: 'tiers',
  input: 'rate',
  tiers: [
    { min: 80, points: 10 }, // out of order on purpose: the rule sorts
    { min: 90, points: 20 },
  ],
  otherwise: { points: 0, label: '低于80%(源表75%–80%未定义,按0分)' },
});
const bare = item('T', '效率', 20, [{ id: 'eff', label: '平均效率', type: 'number', min: 0, unit: '次' }], {
  kind: 'tiers',
  input: 'eff',
  tiers: [{ min: 110, points: 20 }, { min: 100, points: 17 }],
  otherwise: { points: 0 },
});

// §1 A1 as shipped since 1.1.0: the source's gap is a tier of its own, so 74 % is said as the source says it.
const a1Gap = item('A1', '客户信息管理', 20, [{ id: 'rate', label: '达成率', type: 'percent', min: 0, max: 100 }], {
  kind: 'tiers',
  input: 'rate',
  tiers: [{ min: 90, points: 20 }, { min: 80, points: 10 }, { min: 75, points: 0, label: '达到75%(源表75%–80%未定义,按0分)' }],
  otherwise: { points: 0, label: '低于75%' },
});

describe('tiers', () => {
  it.each<[string, typeof a1, number, number, string]>([
    ['92% reaches 90', a1, 92, 20, '达成率 92% ≥ 90% → 20'],
    ['exactly 90 is inclusive', a1, 90, 20, '达成率 90% ≥ 90% → 20'],
    ['89.99 falls to the next tier', a1, 89.99, 10, '达成率 89.99% ≥ 80% → 10'],
    ['89.99999 is shown as it is, not as the 90 it rounds to', a1, 89.99999, 10, '达成率 89.99999% ≥ 80% → 10'],
    ['79.999 under the lowest limit too', a1, 79.999, 0, '达成率 79.999% 低于80% → 0(源表75%–80%未定义,按0分)'],
    ['77%: the source gap, otherwise label with its note after the points', a1, 77, 0, '达成率 77% 低于80% → 0(源表75%–80%未定义,按0分)'],
    ['no otherwise label: the lowest limit is named', bare, 95, 0, '平均效率 95次 < 100次 → 0'],
    ['a number input with a unit', bare, 112, 20, '平均效率 112次 ≥ 110次 → 20'],
    ['a tier\'s own note after its points: 77 % in the source\'s gap', a1Gap, 77, 0, '达成率 77% ≥ 75% → 0(源表75%–80%未定义,按0分)'],
    ['under the gap the source\'s own 0, without the note (it said 「75%–80%未定义」 of 0 %)', a1Gap, 0, 0, '达成率 0% 低于75% → 0'],
    ['a tier label without a note adds nothing: 85 %', a1Gap, 85, 10, '达成率 85% ≥ 80% → 10'],
  ])('%s', (_name, it_, v, score, explanation) => {
    const out = runRule(it_, { [it_.rule.kind === 'tiers' ? it_.rule.input : '']: v });
    expect([out.score, out.explanation]).toEqual([score, explanation]);
  });
});
