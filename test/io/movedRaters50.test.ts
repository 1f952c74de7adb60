// A second table on a person's sheet under its own heading row naming the raters in other words and another order
// (test/fixtures/movedRaters50/make.py, on kpi's own templates). Matched by their exact text only, those headings were
// never found: the rows read in the first table's columns, the raters swapped at exit 0 — §1 84.06 良好 for 79.56 一般,
// §4 78.40 一般 for 81.60 良好 — the heading row itself 「不是本考核表的项目」. Now read as the first heading row reads them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/movedRaters50', name);

describe('a lower heading row naming the raters in its own words and order', () => {
  it('§1 行为考核 under 「上级评价 | 员工自评」, 「上级评分 | 自评分」, 「上级评 | 自我评价」: 79.56 一般 for each', async () => {
    // CATALOG §1, 上级 100 %: part A 客户信息管理 92% → 20; 客户档案管理 有部分不完整 → 10; 客户回访 完成 → 20;
    // 投诉处理 1 项未满足 → 20 − 5 = 15: 65 / 80 × 100 = 81.25. Part B 上级 (F under the lower heading) 4级 40 + 3级 30
    // = 70 / 100 → 70 (自评's 5级 5级, in G, would be 100). 81.25 × 0.85 + 70 × 0.15 = 69.0625 + 10.5 = 79.5625 → 一般.
    const report = await gradedReport(fixture('after-sales-part2-raters-swapped.xlsx'));
    expect(report.people.map((p) => [p.name, p.total, p.band, p.status])).toEqual([
      ['张三', 79.5625, '一般', 'scored'],
      ['李四', 79.5625, '一般', 'scored'],
      ['王五', 79.5625, '一般', 'scored'],
    ]);
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('§4 part 2 under 「间接主管评分 | 直接主管评分」 (and 「间接主管评 | 直接主管评」, 「间接上级 | 直接上级」): 81.60 良好', async () => {
    // CATALOG §4, 直接主管 70 % + 间接主管 30 %. Part 1, 直接 低标 0.8 and 间接 差 0.6 on every item: 0.7 × 0.8 + 0.3 × 0.6
    // = 0.74 of the 100 points → 74.00. Part 2 (rating / 10 × 5), 直接 10 (G under the lower heading), 间接 2 (F):
    // (0.7 × 10 + 0.3 × 2) / 10 × 5 = 7.6 / 10 × 5 = 3.8 per item, two items → 7.60 (read swapped: 4.40).
    // 74.00 + 7.60 = 81.60 → 良好.
    const report = await gradedReport(fixture('dept-part2-raters-swapped.xlsx'));
    expect(report.people.map((p) => [p.name, p.total, p.band, p.status])).toEqual([
      ['张三', 81.6, '良好', 'scored'],
      ['李四', 81.6, '良好', 'scored'],
      ['王五', 81.6, '良好', 'scored'],
    ]);
    // (王五's 「超预期表现 | … | 间接上级」 is a heading row, not the part's subtotal 「不必改动」. form-version: the fixture
    // was made from cs-dept-monthly 1.2.0, before 直接领导 was read as 直接主管.)
    expect(report.problems.filter((p) => p.code !== 'form-version')).toEqual([]);
  });

  it('§4 part 2 named 「间接上级 | 直接上级」 one column right (G, H of F, G): an error at H25, not read in F, G', async () => {
    const report = await gradedReport(fixture('dept-part2-raters-moved.xlsx'));
    expect(report.people.map((p) => [p.name, p.total, p.status])).toEqual([['张三', null, 'error']]);
    const said = report.problems.find((p) => p.code === 'headings-reordered')!;
    expect([said.severity, said.cell]).toEqual(['error', 'H25']);
    expect(said.message).toContain('第 25 行又是一行表头,但列的顺序与第 7 行不同(「直接主管」在 H 列,上面在 F 列)');
  });
});
