// Review 59 findings on 9c2f30ce (classifyRow / personWithFigures). Fixtures: test/fixtures/fx59b/ (make.py).
// 1. §10 sales-cs-kpi with its figures typed as text (a CSV, a text-formatted sheet) and 「待复核:」「主管审核:」 in 备注: only a
//    number cell was a figure, so 张三 and 李四 were sign-off lines — 王五 alone 80.18 良好 (his 0.88 read as 0.88 %) at exit 0.
// 2. A sign-off line of label-then-value pairs with a number under an item (审核: | 王经理 | 制表: | 李文员 | 日期: | 20260402,
//    考核人: | 王经理 | | | 参评人数: | 3): a person 「王经理」 (or a second 「张三」) with 11 「为必填项…实际为空」 errors at exit 1.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx59b', name);
const scores = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.status, p.total === undefined ? null : Math.round(p.total * 100) / 100, p.band ?? null]);
const skipped = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.message);
const notInfo = (r: Awaited<ReturnType<typeof gradedReport>>) => [...r.problems, ...r.people.flatMap((p) => p.problems)].filter((p) => p.severity !== 'info');

// §10 (CATALOG): 销售额 100000 ÷ 100000 × 25 = 25; 客户满意度 as fractions of the column (0.92 → 92 %) × 20 = 18.4 / 17 / 17.6;
// 转化率 10/100 = 10 % ÷ 10 % × 15 = 15; 响应时间 30 ÷ 30 × 10 = 10; 投诉处理 100 % × 10 = 10; 产品知识/团队协作/个人素质 → 30.
// 张三 25 + 18.4 + 15 + 10 + 30 = 98.40 优秀; 李四 25 + 17 + 55 = 97.00 优秀; 王五 25 + 17.6 + 55 = 97.60 优秀.
const sales = [
  ['张三', 'scored', 98.4, '优秀'],
  ['李四', 'scored', 97, '优秀'],
  ['王五', 'scored', 97.6, '优秀'],
];

describe('§10 figures typed as text beside a 备注 worded like a sign-off label', () => {
  for (const file of ['text-figures-remark.xlsx', 'text-figures-remark.csv']) {
    it(`${file}: 「0.92」「100000」 as text are figures — the people are scored, nothing skipped`, async () => {
      const r = await gradedReport(fixture(file), { form: 'sales-cs-kpi' });
      expect(scores(r)).toEqual(sales);
      expect(skipped(r)).toEqual([]);
      expect(notInfo(r)).toEqual([]);
    });
  }

  // The nearest sound variant: 备注 right before the first item, so 「待复核:」 has a figure right of it. The row has its 工号,
  // name and other figures besides: no label-then-value line, a person (as 9c2f30ce made it), numbers or text.
  for (const file of ['remark-before-item.xlsx', 'remark-before-item-text.xlsx']) {
    it(`${file}: 「待复核:」 left of the first figure — still the people`, async () => {
      const r = await gradedReport(fixture(file), { form: 'sales-cs-kpi' });
      expect(scores(r)).toEqual(sales);
      expect(skipped(r)).toEqual([]);
      expect(notInfo(r)).toEqual([]);
    });
  }
});

describe('§10 a sign-off line of label-then-value pairs with a number under an item', () => {
  for (const [file, label] of [
    ['signoff-numdate.xlsx', '审核:'], // 日期: | 20260402 (a number) under 实际销售额
    ['signoff-exceldate.xlsx', '审核:'], // 日期: | a date cell
    ['signoff-maker-person.xlsx', '制表人:'], // 制表人: | 张三 (a person above too) | 审核人: | 李经理 | 日期: | 20260402
    ['signoff-count.xlsx', '考核人:'], // 考核人: | 王经理 | | | 参评人数: | 3
    ['signoff-text-count.xlsx', '考核人:'], // 参评人数: | 「3」 typed as text, now a figure as text: still the label's value
  ] as const) {
    it(`${file}: the row is the footer, skipped as a sign-off; the three scored as before`, async () => {
      const r = await gradedReport(fixture(file), { form: 'sales-cs-kpi' });
      expect(scores(r)).toEqual(sales);
      expect(skipped(r)).toHaveLength(1);
      expect(skipped(r)[0]).toContain(`第5行「${label}」`);
      expect(notInfo(r)).toEqual([]);
    });
  }
});
