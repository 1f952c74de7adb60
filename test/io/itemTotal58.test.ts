// §12 express-cs: 话务质量 in ONE column of violations in all (every kind costs 0.5, CATALOG §12), headed 「话务质量(次)」,
// 「话务质量违反次数」, 「话务质量(违反一次扣0.5分)」 or 「话务质量」: all four people were unscored at exit 1, the (次) column
// called the item's score (「像是…得分」) and b2 advised to rename it 「话务质量·态度不温和或唉声叹气」.
// Fixtures: test/fixtures/itemTotal58 (the red team's s12b1–4, the reviewer's s12-q-scores-w-counts and s12-ci-scores;
// make.py makes scores.xlsx and heavy.xlsx).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (name: string) => path.join(repoRoot, 'test/fixtures/itemTotal58', name);

describe('one column of an item’s violations in all (express-cs 话务质量)', () => {
  it.each([
    ['s12b1.xlsx', '话务质量(次)'],
    ['s12b2.xlsx', '话务质量违反次数'],
    ['s12b3.xlsx', '话务质量(违反一次扣0.5分)'],
    ['s12b4.xlsx', '话务质量'],
  ])('%s: 「%s」 is read as the total, 工作状况(次) beside it', async (name, heading) => {
    const r = await gradedReport(at(name), { form: 'express-cs' });
    const person = (who: string) => r.people.find((p) => p.name === who)!;
    // 张三 18 + (40 − 3 × 0.5) + (40 − 2 × 0.5) = 18 + 38.5 + 39 = 95.50 优秀 (≥ 90).
    expect(person('张三').total).toBeCloseTo(95.5, 9);
    expect(person('张三').band).toBe('优秀');
    // 李四 15 + (40 − 0.5) + 40 = 94.50; 王五 20 + 40 + 40 = 100; 赵六 12 + (40 − 8 × 0.5) + (40 − 6 × 0.5) = 12 + 36 + 37 = 85 良好.
    expect(['李四', '王五', '赵六'].map((w) => person(w).total)).toEqual([94.5, 100, 85]);
    expect(person('赵六').band).toBe('良好');
    const q = person('张三').items.find((i) => i.label === '话务质量')!;
    expect(q.explanation).toBe('40 − 0.5×3(违反次数合计) = 38.5');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const info = r.problems.filter((p) => p.code === 'item-total');
    expect(info.map((p) => [p.cell, p.severity])).toEqual([['F1', 'info']]);
    expect(info[0]!.message).toContain(`列「${heading}」按「话务质量」的违反次数合计读取`);
    // Its kinds are not said missing (「按留空计分」) beside the total; never called a score.
    expect(r.problems.some((p) => p.message.includes('「话务质量·推诿客户」'))).toBe(false);
    expect(r.problems.some((p) => p.message.includes('得分'))).toBe(false);
  });

  it('a bare 「话务质量」 over its scores (38.5, 39, 40, 36) is still no count: refused as before', async () => {
    const r = await gradedReport(at('scores.xlsx'), { form: 'express-cs' });
    expect(r.people.every((p) => p.total === null)).toBe(true);
    expect(r.problems.some((p) => p.code === 'item-total')).toBe(false);
    expect(r.problems.find((p) => p.code === 'unknown-column' && p.cell === 'F1')?.severity).toBe('error');
  });

  // Review of 43cc2225: a heading that says 次 skipped the values' guard, so the team's scores under it were read as
  // violations — 张三 18 + (40 − 0.5 × 40) + 40 = 78.00 一般 at exit 0 (李四 75, 王五 81, 赵六 72.5) for the base's refusal.
  it.each([
    ['s12-q-scores-w-counts.xlsx', '话务质量(违反一次扣0.5分)'],
    ['s12-ci-scores.xlsx', '话务质量(次)'],
  ])('%s: 40, 39, 38, 36 under 「%s」 are the scores (all ≥ 20, half of 40): refused as before, not read as violations', async (name) => {
    const r = await gradedReport(at(name), { form: 'express-cs' });
    expect(r.people.map((p) => [p.name, p.total, p.status])).toEqual([['张三', null, 'error'], ['李四', null, 'error'], ['王五', null, 'error'], ['赵六', null, 'error']]);
    expect(r.problems.some((p) => p.code === 'item-total')).toBe(false);
    const said = r.problems.find((p) => p.code === 'unknown-column' && p.cell === 'F1')!;
    expect(said.severity).toBe('error');
    expect(said.message).toContain('像是「话务质量」这一项的得分');
  });

  it('one heavy month among counts (3, 1, 0, 25 under 「话务质量(次)」) is still the total: 赵六 12 + (40 − 0.5 × 25) + (40 − 6 × 0.5) = 76.50', async () => {
    const r = await gradedReport(at('heavy.xlsx'), { form: 'express-cs' });
    // 12 + 27.5 + 37 = 76.5; the others as s12b1 (95.5, 94.5, 100).
    expect(r.people.map((p) => p.total)).toEqual([95.5, 94.5, 100, 76.5]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'item-total').map((p) => p.cell)).toEqual(['F1']);
  });
});
