// Rosters a team built with each item's name over its score, where kpi's heading of the item is its count.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/rosters44', f);

describe('scores under the items\' bare names, read as counts at exit 0 before', () => {
  it.each([
    // §2 阳光花园 9, 4, 13 … beside 合计 85 (each row's sum): read as faults, (10 − 9) + (5 − 4) + (15 − 13) + … = 15 待改进.
    ['property-heji.xlsx', 2],
    // The same with 「总分」 and one 管理处: 14 figures summing to it on its one row.
    ['property-one-row-zongfen.xlsx', 1],
    // §12 工作状况 39, 36, 38, 37 with nobody at 40: read as violations, 张三 18 + 39.5 + (40 − 0.5 × 39) = 78 for 96.5.
    ['express-points-no-40.xlsx', 4],
    // The same with a bad month (40, 36, 18, 39): 18 is no count of a month either when everyone is above 5.
    ['express-points-bad-month.xlsx', 4],
    // §17 准时出勤 8, 8, 6 (tier points): read as lapses, 王五 2 + 15 + 20 + 10 + 10 = 57 不通过 for 61 通过.
    ['probation-attendance-points.xlsx', 3],
  ])('%s: refused, no one scored', async (file, people) => {
    const r = await gradedReport(at(file));
    expect(r.people.length).toBe(people);
    expect(r.people.every((p) => p.total === null)).toBe(true);
    expect(r.problems.some((p) => p.severity === 'error' && p.code === 'unknown-column')).toBe(true);
  });
});

describe('§7 rows by rater under 「评分类别」 (本人自评 / 上级评分), the name merged over both', () => {
  it('both rows: read as the rater column — 张三 91.00, 李四 82.00 (refused as the same person twice)', async () => {
    const r = await gradedReport(at('specialist-category-rows.xlsx'));
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 91], ['李四', 82]]);
  });

  it('the self-ratings alone are no supervisor\'s: not scored (both 100.00 优秀 at exit 0)', async () => {
    const r = await gradedReport(at('specialist-self-only-category.xlsx'));
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', null], ['李四', null]]);
    expect(r.problems.find((p) => p.severity === 'error')!.message).toContain('这份表只有「自评」的评分,没有「主管」的评分');
  });
});

describe('§28 satisfactions typed as a survey\'s 5-point means (sales-aftersales-monthly 1.3.2 otherScales [5])', () => {
  it('4.6, 4.5, 4.2 are refused at each cell (read as 4.6 %: 1.15 + 1.125 + 12.5 + 1.05 = 15.83 待改进 at exit 0)', async () => {
    const r = await gradedReport(at('sales-aftersales-5point-means.xlsx'));
    // The others as typed: 张三 71.25, 李四 96.25.
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 71.25], ['李四', 96.25], ['赵六', null]]);
    expect(r.problems.filter((p) => p.code === 'other-scale').map((p) => p.cell)).toEqual(['D4', 'E4', 'H4']);
    expect(r.problems.find((p) => p.code === 'other-scale')!.message).toContain('4.6 分在 5 分制下相当于 92%');
  });
});

describe('a two-row heading whose lower row the team wrote its own way, and a heading row retyped half way down', () => {
  it('§1 「考核结果 | 得分」 under each item: read as 完成情况 | 得分 is — 王芳 81.25 × 0.85 + 70 × 0.15 = 79.56 (a nameless person, everyone refused)', async () => {
    const r = await gradedReport(at('after-sales-kaoheJieguo-defen.xlsx'), { form: 'after-sales-monthly' });
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100])).toEqual([['王芳', 79.56], ['李强', 87.88], ['张敏', 72.75]]);
  });

  it('§2 「考评得分 | 备注」 and §17 「2月 | 3月」: no person 「(无姓名)」 made of the lower heading row', async () => {
    for (const [file, form] of [['property-kaopingDefen-beizhu.xlsx', 'property-cs-monthly'], ['probation-2yue-3yue.xlsx', 'probation']] as const) {
      const r = await gradedReport(at(file), { form });
      expect(r.people.map((p) => p.name).filter((n) => !n), file).toEqual([]);
      expect(r.people.length, file).toBe(2);
    }
  });

  it('§17 「员工姓名 | 迟到早退缺勤(次) | …」 retyped as a second heading: skipped, not a person — 张敏 6 + 10 + 20 + 10 + 10 = 56, 刘洋 85', async () => {
    const r = await gradedReport(at('probation-second-heading-retyped.xlsx'), { form: 'probation' });
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['王芳', 100], ['李强', 78], ['张敏', 56], ['刘洋', 85]]);
  });
});

describe('§8 「拖延遗漏错误(次)」 beside the other 「…(次)」 counts', () => {
  it('is the 拖延遗漏错误次数 column: the catalog\'s worked example 张三 79, 李四 100 (「没有认出」, everyone refused)', async () => {
    const r = await gradedReport(at('mattress-tuoyan-times.xlsx'));
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 79], ['李四', 100]]);
  });
});

describe('§10 a units row 「万元 | 万元 | 分 | 人 | … | 分钟 | 秒」 under the headings', () => {
  it('is refused for its 万元 and 分钟 and is no person 「(无姓名)」 (12 bogus errors: 「实际为「分」」)', async () => {
    const r = await gradedReport(at('sales-kpi-wanyuan-unit-row.xlsx'));
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', null], ['李四', null]]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    // 万元 under 实际销售额 and 目标销售额, 分钟 under 平均响应时间: refused at their units cells (D2, E2, J2), no error of the row as a person.
    expect(errors.some((p) => p.cell === 'D2' && p.message.includes('下面的单位行写着「万元」'))).toBe(true);
    expect(errors.filter((p) => /实际为「(分|人|万元|%|秒)」/.test(p.message))).toEqual([]);
  });
});

describe('§18 「工作知识(20分)」 over the item\'s score (16), its ten statements ticked in none', () => {
  it('is said as the item\'s score, advising its ticks — not renamed to the first statement (then 16 was 「应为 √ / ×」)', async () => {
    const r = await gradedReport(at('bao-lun-item-points-column.xlsx'));
    expect(r.people.every((p) => p.total === null)).toBe(true);
    const said = r.problems.find((p) => p.cell === 'E1')!;
    // (The ticks said as such since signatures49: box by box, its points or count not read.)
    expect(said.message).toContain('列「工作知识(20分)」像是「工作知识」这一项的分数或勾选的条数;本表这一项逐条勾选');
    expect(said.message).toContain('请在「工作知识·经常询问客服问题」等10列逐条勾选');
  });
});
