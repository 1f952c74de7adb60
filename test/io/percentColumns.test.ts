// §10 「目标转化率(%)」 holding 0.5, 0.5, 2, 3 (web-shop conversion targets; a red team's openpyxl roster).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot } from '../helpers.js';

describe('a percentage headed in percent whose column holds percents typed bare', () => {
  it.each(['exceljs', 'package'] as const)('reads 0.5 there as 0.5 %, as its neighbours 2 and 3 are (it was 50 %: 77.09 一般 for 86 良好) — reader %s', async (writer) => {
    const r = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl/percent-target-column.xlsx'), { output: null, writer });
    if (!r.ok) throw new Error(r.failure.message);
    // Everything else 77 (销售额 25, 满意度 18, 响应 10, 投诉/产品 8 + 8, 团队/个人 4 + 4). 转化率 = (新客户 ÷ 访问) ÷ 目标 × 15, capped at 120 %:
    // 甲一 0.3 % ÷ 0.5 % = 60 % → 9 → 86; 乙二 0.6 % ÷ 0.5 % = 120 % → 18 → 95; 丙三 3 % ÷ 2 % = 150 % → 120 % → 18 → 95;
    // 丁四 3 % ÷ 3 % = 100 % → 15 → 92.
    expect(r.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['甲一', 86, '良好'], ['乙二', 95, '优秀'], ['丙三', 95, '优秀'], ['丁四', 92, '优秀']]);
  });
});

describe('a heading naming a count over the points of each incident (§8 M2 表格管理: 「3,2,5」)', () => {
  it('「表格管理次数」 of 2, 3, 4 is no list of points (read as one incident of 4 points: 16 of 20, 91 优秀 for at most 87): refused at its cells', async () => {
    const r = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl/mattress-incident-count-heading.xlsx'), { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    const refused = r.report.problems.filter((p) => p.severity === 'error' && p.cell?.startsWith('E')).map((p) => p.cell);
    expect(refused).toEqual(['E1', 'E2', 'E3', 'E4']);
    expect(r.report.people.every((p) => p.total === null || !p.items.some((i) => i.id === 'M2' && i.score !== null && i.score < 20))).toBe(true);
  });
});

describe('columns of fractions the bare-percent reading leaves alone (review)', () => {
  it('§18 平均效率(%) of 1.15, 0.95, 0.85 (it may exceed 100 %): fractions, 95 / 89 / 85 (0.95 was read as 0.95 %: 75)', async () => {
    const r = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl/percent-efficiency-fractions.xlsx'), { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    // 25 + 20 + 20 + 10 + 效率 (≥110 % → 20, ≥90 % → 14, ≥80 % → 10).
    expect(r.report.people.map((p) => p.total)).toEqual([95, 89, 85]);
  });
  it('§10 目标转化率(%) of 0.1, 0.08 and one bare 10: alike as 10 %, 8 %, 10 % — 张三 10 % ÷ 10 % × 15 = 15 → 95 (it was 0.1 %: 98)', async () => {
    const r = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl/percent-target-one-bare.xlsx'), { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => p.total)).toEqual([95, 98, 95]);
  });
});

describe('§8 M8 奖惩 headed as points taken off', () => {
  it('「奖惩(扣分)」 of 3 and 6 is −3 and −6: 95 − 3 = 92, 95 − 6 = 89 良好 (they were added: 98, 100)', async () => {
    const r = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl/mattress-deductions-heading.xlsx'), { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => [p.total, p.band])).toEqual([[92, '优秀'], [95, '优秀'], [89, '良好']]);
  });
});

describe('a group of last month\'s figures beside this month\'s (两行表头:「本月」|「上月」 over the same inputs)', () => {
  it('is last month\'s, not a copy: 李四\'s blank 回访客户数 is not filled with last month\'s 20 (90 优秀), nor his 处理能力 with 6 (96)', async () => {
    for (const f of ['mattress-last-month-block.xlsx', 'mattress-last-month-scores.xlsx']) {
      const r = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl', f), { output: null });
      if (!r.ok) throw new Error(r.failure.message);
      // 张三 as before: 79; 李四 refused at his blank cell (it is required).
      expect([f, r.report.people.map((p) => p.total)]).toEqual([f, [79, null]]);
      expect(r.report.problems.filter((p) => p.severity === 'error').map((p) => p.person)).toEqual(['李四']);
    }
  });
});

describe('§20 check columns headed with their points (「仪容仪表(1分)」) holding 1 for 达标 and 0 for 不达标', () => {
  it('are no counts of 不规范处 (every 0/1 passed: 100 优秀 for 16/21 = 76.19): not read, nothing scored', async () => {
    const r = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl/quality-points-headings.xlsx'), { output: null });
    expect(r.ok).toBe(false);
  });
});

describe('a 奖惩 heading telling how the sign is written (「奖惩分(扣分填负数)」)', () => {
  it('keeps the figures as signed: 张三\'s 2 (表扬信) is +2, §8\'s worked example 79 (read as −2: 75, exit 0)', async () => {
    const r = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl/mattress-sign-rule-heading.xlsx'), { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => p.total)).toEqual([79, 100]);
  });
});
