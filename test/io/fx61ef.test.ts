// Review 61 of ef767ab4 (§3 satisfaction-monthly 状态 notes). Fixtures: test/fixtures/fx61ef (the review's make.py /
// make2.py; 宏达装饰 row 5 scores 2 on every item, three others 10). Counted: (10 + 10 + 2 + 10) / 4 = 8 → 80.00 乙; set aside:
// (10 + 10 + 10) / 3 = 10 → 100.00 甲.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx61ef', f + '.xlsx');
const figures = (r: GradeReport) => r.groups!.map((g) => [g.figures.responses, g.figures.index, g.band]);
const serious = (r: GradeReport) => r.problems.filter((p) => p.severity !== 'info').map((p) => [p.code, p.cell]);

describe('a restore naming THIS order in other words: the row is restored, counted (was set aside, 100.00 甲 at exit 0)', () => {
  for (const [file, note] of [
    ['t03', '此单作废,客户的这个订单已恢复'], ['t15', '作废,这条订单已恢复'], ['t21', '此单作废,此条订单已恢复'], ['t20', '…本笔订单…'],
    ['t19', '…当前订单…'], ['t17', '…其订单…'], ['f12', '作废,客户这单已恢复'],
  ] as const) {
    it(`${file} 「${note}」: 4 responses, 80.00 乙`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([[4, 80, '乙']]);
      expect(serious(r)).toEqual([]);
    });
  }
  it('t06 「此单作废,宏达装饰的订单已恢复」 (the customer by name: on neither list) is not guessed — refused, 3 counted', async () => {
    const r = await gradedReport(at('t06'), { period: '2026-03' });
    expect(figures(r)).toEqual([[3, 100, '甲']]);
    expect(serious(r)).toEqual([['record-void-unclear', 'G5']]);
  });
});

describe('「作废后」 then the void overturned: counted as before ef767ab4 (was set aside, 100.00 甲 at exit 0)', () => {
  for (const [file, note] of [
    ['v09', '作废后经主管核实仍计入'], ['v15', '作废后经核实为误判,计入统计'], ['v18', '作废后主管要求保留'], ['v14', '作废后已还原'],
    ['v12', '作废后主管驳回'], ['f15', '作废后复核保留'], ['f17', '作废后核实计入'],
  ] as const) {
    it(`${file} 「${note}」: 4 responses, 80.00 乙`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect(figures(r)).toEqual([[4, 80, '乙']]);
    });
  }
});
