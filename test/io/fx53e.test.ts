// A hand-typed layout a tester found refused or misread (round 53): §21's paper tick layout (each indicator merged over
// 优秀 | 良好 | 一般, a √ under one). (§20's sheet headed 「检查项目 | … | 不规范处数」 read as 填写 was reverted: with a 填写 or
// 「不规范处数(上月)」 column beside it, last month's column was scored — review 53.)
// Fixtures: test/fixtures/fx53e/ (the tester's cases; the .py beside a workbook writes it).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx53e', f);
const month = (r: GradeReport) => r.groups!.find((g) => g.grouping === r.groupings![0]!.id)!;
const errors = (r: GradeReport) => r.problems.filter((p) => p.severity === 'error');

describe('§21 satisfaction-standard in the paper tick layout', () => {
  it('15-std-tick: four customers read by the level ticked: 88, 80, 84, 68 → 本月 80.00 良好', async () => {
    // A 优秀 优秀 良好 一般 优秀 = (100+100+80+60+100)/5 = 88; B all 良好 = 80; C 优秀 良好 一般 良好 优秀 = 420/5 = 84;
    // D 一般 一般 良好 一般 良好 = 340/5 = 68. Month (88+80+84+68)/4 = 80 → 良好. Per indicator: 产品质量 (100+80+100+60)/4
    // = 85, 服务态度 (100+80+80+60)/4 = 80, 售后服务 (80+80+60+80)/4 = 75, 价格合理性 (60+80+80+60)/4 = 70, 交付准时性
    // (100+80+100+80)/4 = 90. Before: the 优秀|良好|一般 row a customer, B and D dropped, ten 「同名列重复」 errors.
    const r = await gradedReport(at('15-std-tick.xlsx'));
    const g = month(r);
    expect(g.figures).toMatchObject({ responses: 4, quality: 85, attitude: 80, afterSales: 75, price: 70, onTime: 90, score: 80 });
    expect(g.band).toBe('良好');
    // 产品质量 优秀 A C, 良好 B, 一般 D; 售后服务 良好 A B D, 一般 C.
    expect(g.figures).toMatchObject({ qualitySpread: { 优秀: 2, 良好: 1, 一般: 1 }, afterSalesSpread: { 优秀: 0, 良好: 3, 一般: 1 } });
    expect(g.explanation!.score).toBe('(88 + 80 + 84 + 68) ÷ 4 = 80');
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('15-std-tick-bad: two ticks (A公司 产品质量) or none (C公司 售后服务) is an error at the row; B and D → 74.00 一般', async () => {
    // Counted: B 80 and D 68 → (80 + 68) / 2 = 74 → 一般 (≥ 60, < 80). 产品质量 (80 + 60) / 2 = 70.
    const r = await gradedReport(at('15-std-tick-bad.xlsx'));
    const g = month(r);
    expect(g.figures).toMatchObject({ responses: 2, quality: 70, score: 74 });
    expect(g.band).toBe('一般');
    expect(errors(r).map((p) => [p.code, p.cell])).toEqual([['level-ticks', 'C4'], ['level-ticks', 'I6']]);
    expect(errors(r)[0]!.message).toContain('勾了 优秀、良好 2 列');
    expect(errors(r)[1]!.message).toContain('一列也没有勾');
  });
});
