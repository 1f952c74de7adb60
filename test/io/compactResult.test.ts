import { describe, expect, it } from 'vitest';
import { scorePerson } from '../../src/engine/scoreForm.js';
import { ResultCompactor } from '../../src/io/fast/compactResult.js';
import { form, item, person } from '../engine/helpers.js';

const f = form([
  {
    id: 'p',
    label: '考核',
    items: [
      item('a', '出勤', 50, [{ id: 's', label: '得分', type: 'number', min: 0, max: 50 }], { kind: 'band', input: 's' }),
      item('b', '态度', 50, [{ id: 's', label: '得分', type: 'number', min: 0, max: 50 }], { kind: 'band', input: 's' }),
    ],
  },
]);

describe('ResultCompactor (large rosters keep their results compactly)', () => {
  it('changes no value: scores, explanations and problems read as before', () => {
    const compactor = new ResultCompactor();
    // 45 + 45 = 90 and 45 + 30 = 75: the item explanation of 出勤 45 repeats from one person to the next.
    const people = [person({ name: '张三' }, [['a.s', 45], ['b.s', 45]]), person({ name: '李四' }, [['a.s', 45], ['b.s', 30]]), person({}, [['a.s', 45]])];
    for (const p of people) {
      const before = scorePerson(f, p);
      const copy = structuredClone(before);
      const after = compactor.compact(before);
      expect(after).toBe(before);
      expect(after).toEqual(copy);
    }
    const [a, b] = [compactor.compact(scorePerson(f, people[0]!)), compactor.compact(scorePerson(f, people[1]!))];
    expect([a.total, b.total]).toEqual([90, 75]);
    expect(a.items[0]!.explanation).toBe(b.items[0]!.explanation);
  });
});
