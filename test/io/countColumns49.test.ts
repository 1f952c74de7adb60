// §12 express-cs: one column of 话务质量's violations (「话务质量·次数」 4 / 0 / 10) on a roster without any of its five
// count columns was closest to the record column 投诉: read as blank, every person had 40 of 40 for 话务质量 (张三 96.50
// 优秀 for 94.50) at exit 0, with advice to rename it 投诉 — whose numbers are text, the 40 points stayed.
// Fixtures: test/fixtures/countColumns49/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (name: string) => path.join(repoRoot, 'test/fixtures/countColumns49', name);
const KINDS = ['态度不温和或唉声叹气', '推诿客户', '闲聊或请教未按静音', '未在30分钟内回复客户', '未报工号'].map((k) => `「话务质量·${k}」`);

async function graded(name: string) {
  const r = await gradedReport(at(name), { form: 'express-cs' });
  const person = (who: string) => r.people.find((p) => p.name === who)!;
  return { r, person };
}

describe('a column of an item’s counts without their kind (express-cs 话务质量)', () => {
  it.each([
    ['heji.xlsx', '话务质量·合计'],
    ['tousu-ci.xlsx', '话务质量·投诉(次)'],
    ['voice-ci.xlsx', '话务质量·语音抽查次数'],
  ])('%s: whoever has a count other than 0 under 「%s」 is not scored, the five count columns named', async (name, heading) => {
    const { r, person } = await graded(name);
    // 张三 4 and 王五 10 are not read: not scored (they were 96.50 and 99.00 优秀 for 94.50 and 94.00).
    expect(person('张三').status).not.toBe('scored');
    expect(person('张三').total).toBeNull();
    expect(person('王五').total).toBeNull();
    // 李四's 0 reads as the blank it is taken for: 17 + 40 + (40 − 0.5 × 1) = 96.50, 优秀 (≥ 90).
    expect(person('李四').total).toBeCloseTo(96.5, 9);
    expect(person('李四').band).toBe('优秀');
    const errors = r.problems.filter((p) => p.code === 'unknown-column' && p.severity === 'error');
    expect(errors.map((p) => [p.cell, p.person ?? null])).toEqual([['G1', null], ['G2', '张三'], ['G4', '王五']]);
    for (const p of errors) {
      expect(p.message).toContain(`「${heading}」`);
      for (const k of KINDS) expect(p.message).toContain(k);
      // Never advice to rename it to a record column (its numbers would be text again).
      expect(p.message).not.toContain('请把列名改为「话务质量·投诉」');
      expect(p.message).not.toContain('请把列名改为「话务质量·语音抽查」');
    }
    expect(errors[1]!.message).toContain('这一格的「4」');
  });

  it('「话务质量·次数」 is the item’s total of violations, every kind costing 0.5: read as such (itemTotal58)', async () => {
    const { r, person } = await graded('ci.xlsx');
    // The same counts as by-kind.xlsx: 张三 18 + (40 − 0.5 × 4) + 38.5 = 94.50; 李四 96.50; 王五 19 + 35 + 40 = 94.00.
    expect(['张三', '李四', '王五'].map((w) => person(w).total)).toEqual([94.5, 96.5, 94]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'item-total').map((p) => p.cell)).toEqual(['G1']);
  });

  it('the counts in one kind’s column, as advised, are taken off (§12: base 40 − 0.5 a violation, floor 0)', async () => {
    const { r, person } = await graded('by-kind.xlsx');
    // 张三 18 + (40 − 0.5 × 4) + (40 − 0.5 × 3) = 18 + 38 + 38.5 = 94.50 优秀.
    expect(person('张三').total).toBeCloseTo(94.5, 9);
    // 李四 17 + (40 − 0) + (40 − 0.5 × 1) = 96.50.
    expect(person('李四').total).toBeCloseTo(96.5, 9);
    // 王五 19 + (40 − 0.5 × 10) + (40 − 0) = 19 + 35 + 40 = 94.00.
    expect(person('王五').total).toBeCloseTo(94, 9);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('the team’s own figures (序号 1–3, 电话, 投诉 in words) beside a roster without the counts refuse no one', async () => {
    const { r, person } = await graded('extra.xlsx');
    // No 话务质量 counts: 40 each. 张三 18 + 40 + (40 − 1.5) = 96.50; 李四 17 + 40 + 39.5 = 96.50; 王五 19 + 40 + 40 = 99.00.
    expect(['张三', '李四', '王五'].map((w) => person(w).total)).toEqual([96.5, 96.5, 99]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
