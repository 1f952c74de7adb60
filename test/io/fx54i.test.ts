// Bare rates read wrong at exit 0 (fixtures: test/fixtures/fx54i/make.py). §10 people's own sheets of one workbook read a
// bare 0.5 目标转化率 on its own (50 %) where a roster's column reads it beside 10, 5, 8 as 0.5 %; §13 rates typed into a
// points column read as points without a word; §13 0–100 ratings under the seed's weight headings refused cell by cell
// without saying why.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx54i', name);
const scores = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band]);

// §10 every sheet alike but 目标转化率: 销售额 25 × 90000/100000 = 22.5, 满意度 20 × 90/100 = 18, 响应 10 × min(30/30, 1)
// = 10, 投诉/产品 10 × 0.8 = 8 + 8, 团队/素质 5 × 0.8 = 4 + 4: 74.5 before 转化率 = 15 × min((9/100) ÷ 目标, 1.2).
describe('§10 a percentage typed bare on people\'s own sheets, read as the same cell of the other sheets', () => {
  it('0.5 beside 10, 5, 8 is 0.5 %: 王五 74.5 + 15 × 1.2 = 92.50 优秀 (was 50 %: 15 × 0.18 = 2.7, 77.20 一般), with a note', async () => {
    const r = await gradedReport(fixture('sales-half.xlsx'));
    // 张三 9 % ÷ 10 % = 0.9 → 13.5 → 88; 李四 9 ÷ 5 = 1.8 → cap 1.2 → 18 → 92.5; 赵六 9 ÷ 8 = 1.125 → 16.875 → 91.375.
    expect(scores(r)).toEqual([['张三', 88, '良好'], ['李四', 92.5, '优秀'], ['王五', 92.5, '优秀'], ['赵六', 91.375, '优秀']]);
    const notes = r.problems.filter((p) => p.code === 'ambiguous-percent');
    expect(notes.map((p) => [p.severity, p.sheet, p.cell, p.person])).toEqual([['info', '王五', 'F11', '王五']]);
    expect(notes[0]!.message).toBe('王五!F11:「转化率·目标转化率」「0.5」按 0.5% 计(其他人表里这一格按百分数填写);如指 50% 请写成「50%」');
  });
  it('1 beside 10, 5, 8 is 1 %: 王五 9 ÷ 1 → cap 1.2 → 92.50 (was 100 %: 15 × 0.09 = 1.35, 75.85 一般 with a warning)', async () => {
    const r = await gradedReport(fixture('sales-one.xlsx'));
    expect(scores(r).find((s) => s[0] === '王五')).toEqual(['王五', 92.5, '优秀']);
    expect(r.problems.filter((p) => p.code === 'ambiguous-percent').map((p) => [p.severity, p.message])).toEqual([['info', '王五!F11:「转化率·目标转化率」「1」按 1% 计(其他人表里这一格按百分数填写);如指 100% 请写成「100%」']]);
  });
  it('fractions 0.1, 0.05, 0.08 beside one 10 are left as they are: 10 %, 5 %, 8 %, 10 % — 88, 92.5, 91.375, 88', async () => {
    const r = await gradedReport(fixture('sales-fractions.xlsx'));
    expect(scores(r)).toEqual([['张三', 88, '良好'], ['李四', 92.5, '优秀'], ['王五', 91.375, '优秀'], ['赵六', 88, '良好']]);
    expect(r.problems.filter((p) => p.code === 'ambiguous-percent')).toEqual([]);
  });
});

describe('§13 rates typed in a points column', () => {
  it('通话利用率 0.85, 0.6, 0.95, 0.9 of 10 is read as typed (18 + 27 + 9 + 0.85 + 5 + 5 + 9 + 9 = 82.85 待改进) and said at its heading', async () => {
    const r = await gradedReport(fixture('scheme-frac.xlsx'));
    // 乙 82.6, 丙 82.95, 丁 82.9: all ≤ 85, 待改进 K 0.8; as rates (× 10) they would be 90.5, 88, 91.5, 91.
    expect(scores(r)).toEqual([['甲', 82.85, '待改进'], ['乙', 82.6, '待改进'], ['丙', 82.95, '待改进'], ['丁', 82.9, '待改进']]);
    const said = r.problems.filter((p) => p.code === 'rates-as-points');
    expect(said.map((p) => [p.severity, p.cell, p.person])).toEqual([['warning', 'I1', undefined]]);
    expect(said[0]!.message).toBe('考核表!I1:列「通话利用率」填的都在 0 到 1 之间(0.85、0.6、0.95 等 4 个),像是比率,现在按得分计(0.85 就是 0.85 分,「通话利用率」满分 10 分);如果是得分请核对无误,如果是比率请写成得分 8.5(10 × 85%)这样,改后重新评分');
  });
});

describe('§13 0–100 ratings under headings copying each item\'s weight', () => {
  it('「业绩考核(20%)」 over 90: said once a column (90 × 20 % = 18), the cells still refused', async () => {
    const r = await gradedReport(fixture('scheme-pcthead.xlsx'), { form: 'cs-scheme-100' });
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['甲', 'error'], ['丙', 'error']]);
    const said = r.problems.filter((p) => p.code === 'rating-under-weight');
    expect(said.map((p) => p.cell)).toEqual(['C2', 'D2', 'E2', 'F2', 'G2', 'H2', 'I2', 'J2']);
    expect(said[0]!.message).toBe('Sheet!C2:列「业绩考核(20%)」填的像是 0–100 的评分(如 90),列名里的 20% 是这一项的权重;本表「业绩考核」直接填得分(0 到 20 分),大于 20 的数没有计入,填了的人不评分。如果是百分制评分,请按权重折算成得分后填写(90 × 20% = 18),再重新评分');
    // 质量考核 85 × 30 % = 25.5.
    expect(said[1]!.message).toContain('(85 × 30% = 25.5)');
    expect(r.problems.filter((p) => p.code === 'out-of-range')).toHaveLength(16);
  });
});
