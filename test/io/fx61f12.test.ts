// fx61f (2): §12 express-cs, 话务质量's violations in one column (item-total) over a 合计 row of =SUM formulas written
// without cached results (openpyxl): the 合计 cell, no count, made the column the item's scores — 3, 1, 0, 2 refused
// 「像是「话务质量」这一项的得分」, all four unscored at exit 1. The 合计 row is skipped, as every check weighing a column
// does (peopleRows). Fixtures: test/fixtures/fx61f (make.py).
// CATALOG §12: 工作效率 0–20 + 话务质量 40 − 0.5 × violations + 工作状况 40 − 0.5 × violations.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx61f', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total, p.band]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');

// 张三 18 + (40 − 3 × 0.5) + (40 − 2 × 0.5) = 95.50; 李四 15 + 39.5 + 40 = 94.50; 王五 20 + 40 + 40 = 100.00;
// 赵六 12 + (40 − 1) + (40 − 3) = 88.00 良好.
const SCORED = [['张三', 95.5, '优秀'], ['李四', 94.5, '优秀'], ['王五', 100, '优秀'], ['赵六', 88, '良好']];

describe('§12 话务质量 counts over a 合计 row of formulas without results', () => {
  for (const f of ['s12-sum-count.xlsx', 's12-sum-bare.xlsx']) {
    it(`${f}: the counts in all (item-total), the 合计 row skipped`, async () => {
      const r = await gradedReport(fixture(f), { form: 'express-cs' });
      expect(totals(r)).toEqual(SCORED);
      expect(errors(r)).toEqual([]);
      expect(r.problems.some((p) => p.code === 'item-total')).toBe(true);
      expect(r.problems.some((p) => p.cell === 'A6' || p.cell === 'B6')).toBe(true);
    });
  }

  it('still refused: the team\'s scores 40, 39, 38, 36 over the same 合计 row — the item\'s scores, not counts', async () => {
    const r = await gradedReport(fixture('s12-sum-scores.xlsx'), { form: 'express-cs' });
    expect(r.people.every((p) => p.status === 'error')).toBe(true);
    expect(errors(r).map((p) => p.cell)).toEqual(['F1', 'F2', 'F3', 'F4', 'F5']);
  });
});
