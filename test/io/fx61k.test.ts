// Review 61: §12 express-cs 「话务质量(次)」 / 「(违反次数)」 / 「违规次数」 over heavy months (30–35 of 40) beside light ones
// (0–5), exactly half in the item's top quarter — refused as the item's scores since e179f95a, everyone unscored at exit 1
// (the base e179f95a~1 read them as counts). Exactly half in 30–40 is counts when every other figure is in the bottom eighth
// of the points (0–5 of 40: no plausible score); 40, 8 and 40, 38, 25, 22 stay refused (itemTotal60.test.ts), so does
// 35, 30, 6, 0 here, and more than half in 30–40 (38, 36, 35, 0 in fx59n.test.ts).
// Fixtures: test/fixtures/fx61k/ (the reviewer's files; make.py).
// CATALOG §12: 工作效率 as typed + 话务质量 (40 − 0.5 × violations) + 工作状况 (40 − 0.5 × violations); ≥ 90 优秀, ≥ 80 良好,
// ≥ 70 一般. 工作效率 18, 15, 20, 12, 16, 17; 工作状况(次) 2, 0, 0, 6, 1, 0 → 39, 40, 40, 37, 39.5, 40.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx61k', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const scores = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total! * 100) / 100, p.band]);

async function counted(file: string, heading: string): Promise<Report> {
  const r = await gradedReport(at(file), { form: 'express-cs' });
  expect(errors(r)).toEqual([]);
  const total = r.problems.filter((p) => p.code === 'item-total');
  expect(total.map((p) => [p.cell, p.severity])).toEqual([['F1', 'info']]);
  expect(total[0]!.message).toContain(`列「${heading}」按「话务质量」的违反次数合计读取`);
  expect(r.problems.some((p) => p.code === 'unknown-column')).toBe(false);
  return r;
}

describe('§12 a count heading, half its figures at 30–40 and the rest at 0–5: the total of violations (was refused as scores)', () => {
  it('32, 4 under 「话务质量(次)」: 81 / 93', async () => {
    // 张三 18 + (40 − 0.5 × 32) + 39 = 18 + 24 + 39 = 81 良好; 李四 15 + (40 − 0.5 × 4) + 40 = 15 + 38 + 40 = 93 优秀.
    const r = await counted('two-32-4.xlsx', '话务质量(次)');
    expect(scores(r)).toEqual([['张三', 81, '良好'], ['李四', 93, '优秀']]);
  });

  it('30, 0 under 「话务质量(违反次数)」: 82 / 95', async () => {
    // 张三 18 + (40 − 15) + 39 = 82 良好; 李四 15 + (40 − 0) + 40 = 95 优秀.
    const r = await counted('two-30-0.xlsx', '话务质量(违反次数)');
    expect(scores(r)).toEqual([['张三', 82, '良好'], ['李四', 95, '优秀']]);
  });

  it('35, 30, 3, 0 under 「话务质量(次)」: 79.5 / 80 / 98.5 / 89', async () => {
    // 张三 18 + (40 − 17.5) + 39 = 79.5 一般; 李四 15 + (40 − 15) + 40 = 80 良好; 王五 20 + (40 − 1.5) + 40 = 98.5 优秀;
    // 赵六 12 + (40 − 0) + 37 = 89 良好.
    const r = await counted('four-35-30-3-0.xlsx', '话务质量(次)');
    expect(scores(r)).toEqual([['张三', 79.5, '一般'], ['李四', 80, '良好'], ['王五', 98.5, '优秀'], ['赵六', 89, '良好']]);
  });

  it('30, 31, 32, 2, 1, 0 under 「话务质量(次)」: 82 / 79.5 / 84 / 88 / 95 / 97', async () => {
    // 张三 18 + (40 − 15) + 39 = 82 良好; 李四 15 + (40 − 15.5) + 40 = 79.5 一般; 王五 20 + (40 − 16) + 40 = 84 良好;
    // 赵六 12 + (40 − 1) + 37 = 88 良好; 孙七 16 + (40 − 0.5) + 39.5 = 95 优秀; 周八 17 + 40 + 40 = 97 优秀.
    const r = await counted('six-30-31-32-2-1-0.xlsx', '话务质量(次)');
    expect(scores(r)).toEqual([
      ['张三', 82, '良好'], ['李四', 79.5, '一般'], ['王五', 84, '良好'], ['赵六', 88, '良好'], ['孙七', 95, '优秀'], ['周八', 97, '优秀'],
    ]);
  });

  it('34, 31, 2, 5 under 「话务质量违规次数」: 80 / 79.5 / 99 / 86.5', async () => {
    // 张三 18 + (40 − 17) + 39 = 80 良好; 李四 15 + (40 − 15.5) + 40 = 79.5 一般; 王五 20 + (40 − 1) + 40 = 99 优秀;
    // 赵六 12 + (40 − 2.5) + 37 = 86.5 良好 (5 is the bottom eighth's top, 40 ÷ 8).
    const r = await counted('four-weigui-34-31-2-5.xlsx', '话务质量违规次数');
    expect(scores(r)).toEqual([['张三', 80, '良好'], ['李四', 79.5, '一般'], ['王五', 99, '优秀'], ['赵六', 86.5, '良好']]);
  });
});

describe('§12 a figure above the item\'s 40 points beside one in the bottom eighth: counts (review 62)', () => {
  it('45, 32, 35, 2 under 「话务质量(次)」: 74.5 / 79 / 82.5 / 88', async () => {
    // 张三 18 + (40 − 0.5 × 45) + 39 = 18 + 17.5 + 39 = 74.5 一般; 李四 15 + (40 − 16) + 40 = 79 一般;
    // 王五 20 + (40 − 17.5) + 40 = 82.5 良好; 赵六 12 + (40 − 1) + 37 = 88 良好.
    const r = await counted('four-45-32-35-2.xlsx', '话务质量(次)');
    expect(scores(r)).toEqual([['张三', 74.5, '一般'], ['李四', 79, '一般'], ['王五', 82.5, '良好'], ['赵六', 88, '良好']]);
  });

  it('39, 37, 41, 5 under 「话务质量(违反一次扣0.5分)」 (the rule only, no count heading): the team\'s scores, one mistyped — refused', async () => {
    const r = await gradedReport(at('rule-scores-39-37-41-5.xlsx'), { form: 'express-cs' });
    expect(r.people.every((p) => p.total === null)).toBe(true);
    expect(r.problems.some((p) => p.code === 'item-total')).toBe(false);
  });

  it('41, 40, 39, 38 (no light month): may be scores with one mistyped — refused as before', async () => {
    const r = await gradedReport(at('four-41-40-39-38.xlsx'), { form: 'express-cs' });
    expect(r.people.every((p) => p.total === null)).toBe(true);
    expect(r.problems.some((p) => p.code === 'item-total')).toBe(false);
  });
});

describe('§12 as before', () => {
  it('35, 30, 6, 0 under 「话务质量(次)」 (6 above the bottom eighth, 5 of 40): may be the item\'s scores, refused', async () => {
    // As counts 张三 18 + (40 − 17.5) + 39 = 79.5 一般; as scores 18 + 35 + 39 = 92 优秀 — not guessed.
    const r = await gradedReport(at('four-35-30-6-0.xlsx'), { form: 'express-cs' });
    expect(r.people.every((p) => p.total === null)).toBe(true);
    expect(r.problems.some((p) => p.code === 'item-total')).toBe(false);
    const said = r.problems.find((p) => p.code === 'unknown-column' && p.cell === 'F1')!;
    expect(said.severity).toBe('error');
    expect(said.message).toContain('列「话务质量(次)」像是「话务质量」这一项的得分');
  });
});
