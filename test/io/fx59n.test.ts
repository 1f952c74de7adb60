// Review 59: §12 express-cs counts of 20 and more under a heading that says they are counts (「话务质量(次)」 22, 1, 0, 25;
// 「话务质量(违反次数)」 24, 20, 2, 5) refused as the item's scores since db81e679; §20 quality-inspection count footers
// (达标数, 不达标项目数) scored as a fourth project at exit 0; a 达标率 footer with a 「-」 or of formulas without results
// a fourth project with 21 errors at exit 1.
// Fixtures: test/fixtures/fx59n/ (make.py, from itemTotal58/s12b1.xlsx and fx58c/q4.xlsx).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { COUNT_LINE, countFigures, rateFigures } from '../../src/io/rowKinds.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx59n', f);
const errors = (r: GradeReport) => r.problems.filter((p) => p.severity === 'error');
const scores = (r: GradeReport) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total! * 100) / 100, p.band]);

describe('§12 a count heading over counts of 20 and more beside small ones: the total, not the item’s score', () => {
  // CATALOG §12: 工作效率 as typed + 话务质量 (40 − 0.5 × violations) + 工作状况 (40 − 0.5 × violations); ≥ 90 优秀, ≥ 80 良好.
  it('「话务质量(次)」 22, 1, 0, 25 (工作状况 2, 0, 0, 6): 86 / 94.5 / 100 / 76.5 (was F1 「像是…得分」, all four unscored at exit 1)', async () => {
    const r = await gradedReport(at('s12-heavy2.xlsx'), { form: 'express-cs' });
    // 张三 18 + (40 − 11) + (40 − 1) = 86 良好; 李四 15 + 39.5 + 40 = 94.5 优秀; 王五 20 + 40 + 40 = 100 优秀;
    // 赵六 12 + (40 − 12.5) + (40 − 3) = 76.5 一般.
    expect(scores(r)).toEqual([['张三', 86, '良好'], ['李四', 94.5, '优秀'], ['王五', 100, '优秀'], ['赵六', 76.5, '一般']]);
    expect(errors(r)).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'item-total').map((p) => p.cell)).toEqual(['F1']);
  });

  it('「话务质量(违反次数)」 24, 20, 2, 5: 85 / 85 / 99 / 86.5', async () => {
    const r = await gradedReport(at('s12-weifan-heavy.xlsx'), { form: 'express-cs' });
    // 张三 18 + (40 − 12) + 39 = 85; 李四 15 + (40 − 10) + 40 = 85; 王五 20 + (40 − 1) + 40 = 99; 赵六 12 + (40 − 2.5) + 37 = 86.5.
    expect(scores(r)).toEqual([['张三', 85, '良好'], ['李四', 85, '良好'], ['王五', 99, '优秀'], ['赵六', 86.5, '良好']]);
    expect(errors(r)).toEqual([]);
  });

  it.each([
    ['s12-rule-heavy2.xlsx', '话务质量(违反一次扣0.5分)'],
    ['s12-ci-scores-low.xlsx', '话务质量(次)'],
    // One low figure among scores (40, 39, 38, 8; 38, 36, 35, 0 — the reviewer's copies of itemTotal58/s12b1) was read as
    // violations: 张三 18 + (40 − 0.5 × 40) + 39 = 77.00 一般 at exit 0 for a refusal (as scores 18 + 40 + 39 = 97).
    ['s12-ci-scores-one-8.xlsx', '话务质量(次)'],
    ['s12-ci-scores-one-0.xlsx', '话务质量(次)'],
  ])('%s: still refused as the item’s score (the rule only; or under a count’s heading three of four in the top quarter, 30–40: 40, 39, 38 beside 15, 8 or 0)', async (file, heading) => {
    const r = await gradedReport(at(file), { form: 'express-cs' });
    expect(r.people.every((p) => p.total === null)).toBe(true);
    expect(r.problems.some((p) => p.code === 'item-total')).toBe(false);
    const said = r.problems.find((p) => p.code === 'unknown-column' && p.cell === 'F1')!;
    expect(said.severity).toBe('error');
    expect(said.message).toContain(`列「${heading}」像是「话务质量」这一项的得分`);
  });
});

describe('§20 footers: count lines, a rate line with 「-」, a rate line of formulas without results', () => {
  // CATALOG §20: 达标项 ÷ 21 × 100. fx58c/q4.xlsx: 张三 21/21 = 100 优秀; 李四 16/21 = 76.19 一般; 王五 18/21 = 85.71 良好
  // (average (100 + 76.19 + 85.71) / 3 = 87.30; with the fourth project 「达标数」 2/21 = 9.52 it was 67.86).
  const projects = [['张三', 100, '优秀'], ['李四', 76.19, '一般'], ['王五', 85.71, '良好']];
  it.each([
    ['q20-dabiaoshu.xlsx', '达标数'],
    ['q20-budabiao.xlsx', '不达标项目数'],
    ['q20-rate-dash.xlsx', '达标率'],
    ['q20-formula-nocache.xlsx', '达标率'],
  ])('%s: 「%s」 on row 6 is a footer, three projects, no errors', async (file, word) => {
    const r = await gradedReport(at(file));
    expect(scores(r)).toEqual(projects);
    expect(errors(r)).toEqual([]);
    expect(r.problems.find((p) => p.code === 'skipped-row')!.message).toContain(`第6行「${word}」`);
  });

  it('a project named 达标 (0s and 1s) is still a project: 21/21 = 100 优秀', async () => {
    const r = await gradedReport(at('q20-proj-dabiao.xlsx'));
    expect(scores(r)).toEqual([...projects, ['达标', 100, '优秀']]);
  });

  it('the words and figures', () => {
    expect(['达标数', '达标项目数', '合格数', '不达标项目数', '不合格项数', '优秀人数', '合格个数'].every((t) => COUNT_LINE.test(t))).toBe(true);
    expect(['达标', '合格率提升', '达标率', '王达标数'].some((t) => COUNT_LINE.test(t))).toBe(false);
    const n = (value: number) => ({ kind: 'number' as const, value });
    expect(countFigures([n(2), n(3), { kind: 'text', value: '-' }], 4)).toBe(true);
    // More than the rows above it, or not a whole number: no count of them.
    expect(countFigures([n(2), n(5)], 4)).toBe(false);
    expect(countFigures([n(2), n(0.5)], 4)).toBe(false);
    expect(rateFigures([{ kind: 'text', value: '100%' }, { kind: 'text', value: '/' }], '达标率')).toBe(true);
    expect(rateFigures([{ kind: 'text', value: '-' }], '达标率')).toBe(false);
    expect(rateFigures([{ kind: 'formula-without-result', formula: 'COUNTIF(E2:E4,"<3")/3' }], '达标率')).toBe(true);
    expect(rateFigures([{ kind: 'formula-without-result', formula: 'COUNTIF(E2:E4,"<3")/3' }])).toBe(false);
  });
});
