// Review 60 of 737ebe90: §12 express-cs 「话务质量(次)」 / 「(违反次数)」 / 「违规次数」 over heavy months beside a light one —
// 22, 25, 21, 3; 5, 12, 25, 30; 26, 21, 0, 24, 3, 22; 20, 24, 30, 2, 1; 8, 15, 20, 26 — refused as the item's scores (half
// or more at half its points, fewer than half below a quarter), everyone unscored at exit 1; the base read them as counts.
// The item's scores are those with more than half of the figures in the top quarter of its points (30–40 of 40).
// Fixtures: test/fixtures/itemTotal60/ (make.py, from itemTotal58/s12b1.xlsx, after the reviewer's s12.py).
// CATALOG §12: 工作效率 as typed + 话务质量 (40 − 0.5 × violations) + 工作状况 (40 − 0.5 × violations); ≥ 90 优秀, ≥ 80 良好,
// ≥ 70 一般. 工作效率 18, 15, 20, 12, 16, 17; 工作状况(次) 2, 0, 0, 6, 1, 0 → 39, 40, 40, 37, 39.5, 40.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/itemTotal60', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const scores = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total! * 100) / 100, p.band]);

describe('§12 a count heading over heavy months beside light ones: the total of violations (was refused as scores)', () => {
  it.each([
    ['s12-heavy-one-light.xlsx', '话务质量(次)'],
    ['s12-weifan-heavy-one-light.xlsx', '话务质量(违反次数)'],
  ])('%s: 22, 25, 21, 3 under 「%s」: 86 / 82.5 / 89.5 / 87.5', async (file, heading) => {
    // 张三 18 + (40 − 11) + 39 = 86; 李四 15 + (40 − 12.5) + 40 = 82.5; 王五 20 + (40 − 10.5) + 40 = 89.5;
    // 赵六 12 + (40 − 1.5) + 37 = 87.5 — all 良好.
    const r = await gradedReport(at(file), { form: 'express-cs' });
    expect(scores(r)).toEqual([['张三', 86, '良好'], ['李四', 82.5, '良好'], ['王五', 89.5, '良好'], ['赵六', 87.5, '良好']]);
    expect(errors(r)).toEqual([]);
    const total = r.problems.filter((p) => p.code === 'item-total');
    expect(total.map((p) => [p.cell, p.severity])).toEqual([['F1', 'info']]);
    expect(total[0]!.message).toContain(`列「${heading}」按「话务质量」的违反次数合计读取`);
  });

  it('5, 12, 25, 30: 94.5 / 89 / 87.5 / 74', async () => {
    // 张三 18 + (40 − 2.5) + 39 = 94.5 优秀; 李四 15 + (40 − 6) + 40 = 89 良好; 王五 20 + (40 − 12.5) + 40 = 87.5 良好;
    // 赵六 12 + (40 − 15) + 37 = 74 一般. (One of four in the top quarter, 30.)
    const r = await gradedReport(at('s12-mixed-5-12-25-30.xlsx'), { form: 'express-cs' });
    expect(scores(r)).toEqual([['张三', 94.5, '优秀'], ['李四', 89, '良好'], ['王五', 87.5, '良好'], ['赵六', 74, '一般']]);
    expect(errors(r)).toEqual([]);
  });

  it('26, 21, 0, 24, 3, 22: 84 / 84.5 / 100 / 77 / 94 / 86', async () => {
    // 张三 18 + 27 + 39 = 84; 李四 15 + 29.5 + 40 = 84.5; 王五 20 + 40 + 40 = 100; 赵六 12 + 28 + 37 = 77;
    // 孙七 16 + 38.5 + 39.5 = 94; 周八 17 + 29 + 40 = 86.
    const r = await gradedReport(at('s12-counts-6.xlsx'), { form: 'express-cs' });
    expect(scores(r)).toEqual([['张三', 84, '良好'], ['李四', 84.5, '良好'], ['王五', 100, '优秀'], ['赵六', 77, '一般'], ['孙七', 94, '优秀'], ['周八', 86, '良好']]);
    expect(errors(r)).toEqual([]);
  });

  it('20, 24, 30, 2, 1: 87 / 83 / 85 / 88 / 95', async () => {
    // 张三 18 + 30 + 39 = 87; 李四 15 + 28 + 40 = 83; 王五 20 + 25 + 40 = 85; 赵六 12 + 39 + 37 = 88; 孙七 16 + 39.5 + 39.5 = 95.
    const r = await gradedReport(at('s12-heavy5.xlsx'), { form: 'express-cs' });
    expect(scores(r)).toEqual([['张三', 87, '良好'], ['李四', 83, '良好'], ['王五', 85, '良好'], ['赵六', 88, '良好'], ['孙七', 95, '优秀']]);
    expect(errors(r)).toEqual([]);
  });

  it('「话务质量违规次数」 8, 15, 20, 26: the total, 93 / 87.5 / 90 / 76 (was advised renamed to one kind)', async () => {
    // 张三 18 + 36 + 39 = 93 优秀; 李四 15 + 32.5 + 40 = 87.5 良好; 王五 20 + 30 + 40 = 90 优秀; 赵六 12 + 27 + 37 = 76 一般.
    const r = await gradedReport(at('s12-mixed-8-15-20-26.xlsx'), { form: 'express-cs' });
    expect(scores(r)).toEqual([['张三', 93, '优秀'], ['李四', 87.5, '良好'], ['王五', 90, '优秀'], ['赵六', 76, '一般']]);
    expect(errors(r)).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'item-total').map((p) => [p.cell, p.severity])).toEqual([['F1', 'info']]);
    expect(r.problems.some((p) => p.code === 'unknown-column')).toBe(false);
  });
});

describe('§12 as before', () => {
  for (const [file, figures] of [['s12-two-40-8.xlsx', '40, 8'], ['s12-scores-40-38-25-22.xlsx', '40, 38, 25, 22']] as const) {
    it(`${figures} under 「话务质量(次)」 (half in the top quarter): may be the item's scores, refused`, async () => {
      // As counts 张三 18 + (40 − 0.5 × 40) + 39 = 77 一般; as scores 18 + 40 + 39 = 97 优秀 — not guessed (review 60: the
      // counts were taken at exit 0).
      const r = await gradedReport(at(file), { form: 'express-cs' });
      expect(r.people.every((p) => p.total === null)).toBe(true);
      const said = r.problems.find((p) => p.code === 'unknown-column' && p.cell === 'F1')!;
      expect(said.severity).toBe('error');
      expect(said.message).toContain('列「话务质量(次)」像是「话务质量」这一项的得分');
    });
  }

  it('40, 39, 38, 15, 0 under 「话务质量(次)」 (three of five at 30–40): the item’s scores, refused', async () => {
    const r = await gradedReport(at('s12-scores-two-low.xlsx'), { form: 'express-cs' });
    expect(r.people.every((p) => p.total === null)).toBe(true);
    expect(r.problems.some((p) => p.code === 'item-total')).toBe(false);
    const said = r.problems.find((p) => p.code === 'unknown-column' && p.cell === 'F1')!;
    expect(said.severity).toBe('error');
    expect(said.message).toContain('列「话务质量(次)」像是「话务质量」这一项的得分');
  });
});
