// Review 58 findings. Fixtures: test/fixtures/fx58x/ (make.py).
// 1. §10 sales-cs-kpi: a 备注 worded like a sign-off label (「待复核:」「主管审核:」「审核:」) on a person's row made the row a
//    sign-off — 张三 and 李四 dropped with an info at exit 0, 王五 alone 80.18 良好 (his 0.88 read as 0.88 %).
// 2. §27 cs-checklist: a numbered 「综合评价」 heading (「6. 综合评价」「六、综合评价」), or one with a value beside it, was no
//    heading: the five lines under it refused as the areas' rows, all three unscored at exit 1.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx58x', name);
const scores = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.status, p.total === undefined ? null : Math.round(p.total * 100) / 100, p.band ?? null]);
const skipped = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.message);

// §10 (CATALOG): 销售额 100000 ÷ 100000 × 25 = 25; 客户满意度 as fractions of the column (0.92 → 92 %) × 20; 转化率 10/100 =
// 10 % ÷ 10 % × 15 = 15; 响应时间 30 ÷ 30 × 10 = 10; 投诉处理 100 % × 10 = 10; 产品知识/团队协作/个人素质 100 % → 30.
// 张三 25 + 18.4 + 15 + 10 + 30 = 98.40 优秀; 李四 25 + 17 + 55 = 97.00 优秀; 王五 25 + 17.6 + 55 = 97.60 优秀.
const sales = [
  ['张三', 'scored', 98.4, '优秀'],
  ['李四', 'scored', 97, '优秀'],
  ['王五', 'scored', 97.6, '优秀'],
];

describe('§10 a 备注 worded like a sign-off label on a person\'s row', () => {
  it('「待复核:」「主管审核:」 in 备注 beside 工号, name and figures: the people are scored', async () => {
    const r = await gradedReport(fixture('remark-colon.xlsx'), { form: 'sales-cs-kpi' });
    expect(scores(r)).toEqual(sales);
    expect(skipped(r)).toEqual([]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('「审核:」 in 王五\'s 备注 likewise', async () => {
    const r = await gradedReport(fixture('remark-audit.xlsx'), { form: 'sales-cs-kpi' });
    expect(scores(r)).toEqual(sales);
    expect(skipped(r)).toEqual([]);
  });

  it('the sign-off laid across the columns (审核: | 王经理 | 制表: | 李文员 | 日期: | 2026-04-02 under an item) is still the footer', async () => {
    const r = await gradedReport(fixture('signoff-across.xlsx'), { form: 'sales-cs-kpi' });
    expect(scores(r)).toEqual(sales);
    expect(skipped(r)).toHaveLength(1);
    expect(skipped(r)[0]).toContain('第5行「审核:」');
  });
});

// §27: ticks per area (工作态度 6, 服务质量 5, 工作效率 4, 问题解决能力 4), area = ticks ÷ boxes × 100, total = mean of the four:
// 张三 5/6, 4/5, 4/4, 2/4 → 83.33, 80, 100, 50 → 313.33 / 4 = 78.33 一般; 李四 all 19 → 100 优秀;
// 王五 3/6, 3/5, 2/4, 1/4 → 50, 60, 50, 25 → 185 / 4 = 46.25 待改进.
const checklist = [
  ['张三', 'scored', 78.33, '一般'],
  ['李四', 'scored', 100, '优秀'],
  ['王五', 'scored', 46.25, '待改进'],
];
const notInfo = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.flatMap((p) => p.problems).filter((p) => p.severity !== 'info');

describe('§27 a numbered 「综合评价」 heading row, or one with a value', () => {
  for (const file of ['numbered-heading.xlsx', 'cn-numbered-heading.xlsx', 'numbered-all.xlsx']) {
    it(`${file}: 「6. 综合评价」 / 「六、综合评价」 ends the table, its lines are the footer`, async () => {
      const r = await gradedReport(fixture(file), { form: 'cs-checklist' });
      expect(scores(r)).toEqual(checklist);
      expect(notInfo(r)).toEqual([]);
    });
  }

  for (const [file, value] of [['heading-grade.xlsx', '良好'], ['heading-tick.xlsx', '√']] as const) {
    it(`${file}: 「${value}」 beside the heading over its lines — the same scores, the value warned as not counted`, async () => {
      const r = await gradedReport(fixture(file), { form: 'cs-checklist' });
      expect(scores(r)).toEqual(checklist);
      const said = notInfo(r);
      expect(said.map((p) => [p.severity, p.cell])).toEqual([['warning', 'C25'], ['warning', 'C25'], ['warning', 'C25']]);
      expect(said[0]!.message).toContain(`这一行「综合评价」不是本考核表的项目,填的「${value}」没有计入总分`);
    });
  }

  it('a 「综合评价 | 良好」 row with no lines under it is the team\'s added row, warned as before', async () => {
    const r = await gradedReport(fixture('heading-grade-no-lines.xlsx'), { form: 'cs-checklist' });
    expect(scores(r)).toEqual(checklist);
    expect(notInfo(r).map((p) => [p.severity, p.cell])).toEqual([['warning', 'C25'], ['warning', 'C25'], ['warning', 'C25']]);
  });
});
