// A team's own total after the raters' columns (小计, 综合, 综合得分, 加权得分 …) on a form with a group of several raters
// (§9 同事评/客户评, §30 客户): it was taken for one more member (「像是「同事评2」」, 「像是「客户2」」) and the person not scored.
// Levels are worth 优秀 100, 良好 80, 一般 60, 待改进/较差 40.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { teamTotal } from '../../src/io/raterNames.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/raterTotals48', f);

const scored = async (file: string, options: { form?: string } = {}) => {
  const r = await gradedReport(at(file), options);
  return { people: r.people.map((p) => [p.name, p.total, p.band]), unwanted: r.problems.filter((p) => p.severity !== 'info').map((p) => [p.code, p.cell, p.message]) };
};

describe('§9 roster: each item over 自评 | 主管评 | 同事评 | 客户评 | 小计, the 小计 the team\'s 70/10/20 figure', () => {
  it('问题解决能力·小计 holding 60 (a level\'s value, 一般) is ignored with the other four: 80.40 良好 (was refused, 「改为同事评2」)', async () => {
    // 主管 优秀 良好 一般 一般 优秀, 同事 良好 良好 优秀 良好 良好, 客户 优秀 优秀 待改进 良好 良好:
    // 0.7·100 + 0.1·80 + 0.2·100 = 98; 0.7·80 + 8 + 20 = 84; 0.7·60 + 0.1·100 + 0.2·40 = 60; 42 + 8 + 16 = 66;
    // 70 + 8 + 16 = 94 → (98 + 84 + 60 + 66 + 94) / 5 = 402 / 5 = 80.40 良好. Renamed as advised it was 80.00.
    const r = await gradedReport(at('comp-roster-小计.xlsx'), { form: 'cs-competency' });
    expect(r.people.map((p) => [p.name, p.total, p.band, p.status])).toEqual([['王芳', 80.4, '良好', 'scored']]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const ignored = r.problems.find((p) => p.code === 'unknown-column')!;
    expect(ignored.message).toContain('「问题解决能力·小计」(P2)');
  });

  it('「…·综合」 the same: 主管 优秀 良好 良好 一般 优秀, 同事 良好 ×5, 客户 优秀 优秀 良好 良好 良好 → 84.40 良好', async () => {
    // 98, 56 + 8 + 20 = 84, 56 + 8 + 16 = 80, 42 + 8 + 16 = 66, 94 → 422 / 5 = 84.40 (问题解决能力·综合 holds 80 = 良好).
    expect(await scored('comp-roster-综合.xlsx')).toEqual({ people: [['王芳', 84.4, '良好']], unwanted: [] });
  });
});

describe('§9 person sheet (能力要素 | 优秀…待改进 | 自评 | 主管评 | 同事评 | 客户评 | total), one peer and one customer', () => {
  // 主管 优秀 良好 良好 一般 优秀 (100 80 80 60 100), 同事 良好 (80) ×5, 客户 优秀 优秀 良好 良好 良好 (100 100 80 80 80):
  // 70 + 8 + 20 = 98, 56 + 8 + 20 = 84, 56 + 8 + 16 = 80, 42 + 8 + 16 = 66, 70 + 8 + 16 = 94 → 422 / 5 = 84.40 良好.
  it('综合得分 as a formula: 84.40 written by openpyxl (no values) and re-saved by LibreOffice (its 98 cached; was exit 1)', async () => {
    for (const f of ['comp-sheet-formula.xlsx', 'comp-sheet-formula-lo.xlsx']) {
      expect([f, await scored(f)]).toEqual([f, { people: [['王芳', 84.4, '良好']], unwanted: [] }]);
    }
  });
  it('typed 98 84 80 66 94 under 小计, 合计, 综合, 加权得分, 项目得分: 84.40 each, no 「像是「同事评2」」 nor a comparison with 主管评', async () => {
    for (const h of ['小计', '合计', '综合', '加权得分', '项目得分']) {
      const f = `comp-sheet-${h}.xlsx`;
      expect([f, await scored(f)]).toEqual([f, { people: [['王芳', 84.4, '良好']], unwanted: [] }]);
    }
  });
});

describe('§30 person sheet: 上级评估 | 客户反馈 | the team\'s 70/30 figure', () => {
  it('综合得分 and 加权得分 typed: 80.67 良好 (was 「像是「客户2」」, exit 1)', async () => {
    // 上级 100 80 80 | 80 60 80 | 80 80 60 | 100 100 80; 客户 80 80 100 | 100 80 80 | 80 60 60 | 100 80 40:
    // 94, 80, 86 → 260/3; 86, 66, 80 → 232/3; 80, 74, 60 → 214/3; 100, 94, 68 → 262/3;
    // total (260 + 232 + 214 + 262) / 12 = 968 / 12 = 80.67 良好.
    for (const f of ['ability-综合得分.xlsx', 'ability-加权得分.xlsx']) {
      const r = await scored(f);
      expect([f, r.people.map(([name, , band]) => [name, band]), r.unwanted]).toEqual([f, [['王芳', '良好']], []]);
      expect(r.people[0]![1]).toBeCloseTo(968 / 12, 9);
    }
  });
});

describe('teamTotal: a total\'s heading, never a rater\'s', () => {
  it('小计, 合计, 综合, 综合得分, 加权得分, 项目得分, 得分, 总分, 平均分, 综合评分, 得分小计 — not 王五, 客户得分, 评分, 同事评2', () => {
    for (const h of ['小计', '合计', '综合', '综合得分', '加权得分', '项目得分', '得分', '总分', '平均分', '综合评分', '得分小计', '综合得分(70/10/20)']) expect([h, teamTotal(h)]).toEqual([h, true]);
    for (const h of ['王五', '人事', '客户得分', '评分', '同事评2', '外部']) expect([h, teamTotal(h)]).toEqual([h, false]);
  });
});
