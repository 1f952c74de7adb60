// Rows that are not people under a §28 roster (round 53): a ticketing export's per-group table under its per-agent one,
// a group's or a department's row under 姓名, Excel's 分类汇总 rows. Fixtures: test/fixtures/fx53f/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx53f', name);
const form = 'sales-aftersales-monthly';
const rows = async (name: string) => {
  const report = await gradedReport(fixture(name), { form });
  return { report, people: report.people.map((p) => [p.name, p.total, p.band, p.status]) };
};

// §28, 25 % each; 客诉率 scored (1 − 率 ÷ 2 %) × 25; default bands 90 / 80 / 60.
// 张三: 92 % × 25 = 23; 88 % × 25 = 22; 3/200 = 1.5 % → (1 − 0.75) × 25 = 6.25; 80 % × 25 = 20 → 71.25 一般.
// 李四: 22.5 + 22.5 + 1/100 = 1 % → 0.5 × 25 = 12.5 + 22.5 → 80 良好.
// 王五: 23.75 × 3 + 0 % → 25 → 96.25 优秀.  赵六: 21.25 + 20 + 2/100 = 2 % → 0 + 17.5 → 58.75 待改进.
const 张三 = ['张三', 71.25, '一般', 'scored'];
const 李四 = ['李四', 80, '良好', 'scored'];
const 王五 = ['王五', 96.25, '优秀', 'scored'];
const 赵六 = ['赵六', 58.75, '待改进', 'scored'];

describe('a second table under the roster', () => {
  it('「部门 | 组别 | …」 over 销售一组 and 售后一组: the groups set aside with an info, not ranked among the staff', async () => {
    const { report, people } = await rows('pergroup.xlsx');
    // Before: six people at exit 0, 销售一组 74.58 and 售后一组 77.50 among them.
    expect(people).toEqual([张三, 李四, 王五, 赵六]);
    const aside = report.problems.filter((p) => p.code === 'other-table');
    expect(aside.map((p) => [p.severity, p.sheet, p.cell])).toEqual([['info', '3月客诉统计', 'B9']]);
    expect(aside[0]!.message).toContain('第 9 行「部门 组别 考核月份」是另一张表的表头(「姓名」一列写作「组别」),下面第 10–11 行(销售一组、售后一组)按组或部门统计,不是人员,未评分');
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('the roster\'s heading repeated exactly (a second page): the people under it are read', async () => {
    const { report, people } = await rows('repeated.xlsx');
    expect(people).toEqual([张三, 李四, 王五, 赵六]);
    expect(report.problems.map((p) => p.code)).toEqual(['skipped-row']);
  });

  it('a heading whose 姓名 cell is blank: over rows without a name another table, over names still people', async () => {
    const blank = await rows('blankhead.csv');
    // Before: a person without a name, an error at B6 (exit 1).
    expect(blank.people).toEqual([张三, 李四]);
    expect(blank.report.problems.map((p) => [p.code, p.cell])).toEqual([['other-table', 'B5']]);
    expect(blank.report.problems[0]!.message).toContain('(「姓名」一列是空的),下面第 6 行按组或部门统计');
    const named = await rows('blankpeople.csv');
    expect(named.people).toEqual([张三, 李四, 王五]);
  });
});

describe('subtotal rows among the people', () => {
  it('a group\'s word under 姓名 (全员, [汇总], (全部), 全部客服 …) or the row\'s own 部门: not people', async () => {
    const { report, people } = await rows('grouprows.csv');
    // Before: each was a third person, 91 % 89 % 85 % with 4 / 300 → 22.75 + 22.25 + (1 − 0.667) × 25 + 21.25 = 74.58 一般, exit 0.
    expect(people).toEqual([张三, 李四]);
    expect(report.problems.map((p) => [p.code, p.severity])).toEqual([['skipped-row', 'info']]);
    expect(report.problems[0]!.message).toContain('第4行「销售部(部门行)」、第5行「[汇总]」、第6行「(全部)」');
    expect(report.problems[0]!.message).toContain('等 13 行');
  });

  it('Excel\'s 分类汇总 (「销售部 汇总」「售后部 计数」「售后部 平均值」 in 部门, 姓名 blank): totals, not nameless people', async () => {
    const { report, people } = await rows('subtotals.csv');
    // Before: two people without a name, 8 errors at exit 1.
    expect(people).toEqual([张三, 李四, 王五]);
    expect(report.problems.map((p) => p.code)).toEqual(['skipped-row']);
    expect(report.problems[0]!.message).toContain('第4行「销售部 汇总」、第6行「售后部 计数」、第7行「售后部 平均值」、第8行「总计」');
  });

  it('people stay people: 部门 blank (「销售部」 named so), 「张组长」, 「全」', async () => {
    const { report, people } = await rows('kept.csv');
    // 张组长, 全: 95 % × 3 → 71.25 + 0 客诉 → 25 → 96.25 优秀. The one with 部门 blank is a person refused for it (部门 is required).
    expect(people).toEqual([张三, 李四, ['销售部', null, null, 'error'], ['张组长', 96.25, '优秀', 'scored'], ['全', 96.25, '优秀', 'scored']]);
    expect(report.problems.map((p) => [p.code, p.cell])).toEqual([['header-missing', 'A4']]);
  });
});
