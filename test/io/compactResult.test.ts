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

  it('keeps one item result for the people whose item has the same fields, and its own for any other', () => {
    const compactor = new ResultCompactor();
    const people = [person({ name: '张三' }, [['a.s', 45], ['b.s', 45]]), person({ name: '李四' }, [['a.s', 45], ['b.s', 30]])];
    const [a, b] = people.map((p) => compactor.compact(scorePerson(f, p)));
    // 出勤 45 of 50 for both: one object. 态度 45 and 30: two.
    expect(a!.items[0]).toBe(b!.items[0]);
    expect(a!.items[1]).not.toBe(b!.items[1]);
    expect([b!.items[1]!.score, b!.total]).toEqual([30, 75]);
    // Same id, score and explanation but another full mark (a field the key leaves out): not taken for the same.
    const other = scorePerson(f, people[0]!);
    other.items[0] = { ...other.items[0]!, max: 60 };
    const c = compactor.compact(other);
    expect(c.items[0]).not.toBe(a!.items[0]);
    expect(c.items[0]!.max).toBe(60);
    // An item with raters' scores is kept as it is.
    const rated = scorePerson(f, people[0]!);
    rated.items[0] = { ...rated.items[0]!, raters: [{ rater: 'boss', label: '上级', slot: 1, score: 45 }] };
    const d = compactor.compact(rated);
    expect(d.items[0]!.raters).toHaveLength(1);
    expect(d.items[0]).not.toBe(a!.items[0]);
  });
});
