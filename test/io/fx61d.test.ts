// Review findings on §10 sales-cs-kpi's sign-off test (classifyRow: signOffPairs, personWithFigures). Fixtures:
// test/fixtures/fx61d/ (make.py: `kpi template sales-cs-kpi --layout roster` + openpyxl).
// 1. A label-then-value footer with a label's value two columns away (「审核: | 王经理 | | | 待复核: | | 3」, the 3 under
//    目标销售额): a person 「王经理」 (or a second 「张三」 beside 「制表人:」) with 11 「为必填项…实际为空」 errors at exit 1.
// 2. Counts typed as text with their word (「30个」「30单」「30 次」): read as the rest of kpi reads them in a count of no unit
//    (30个, 30单 → 30, no warning; 30 次 refused at its cell, values.ts countWithWord), but no figure to the sign-off test:
//    张三 with only such counts and 「待复核:」 in 备注 was dropped as a sign-off at exit 0.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx61d', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const scores = (r: Report) => r.people.map((p) => (p.status === 'scored' ? [p.name, p.status, Math.round(p.total! * 100) / 100, p.band ?? null] : [p.name, p.status]));
const skipped = (r: Report) => r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.message);
const notInfo = (r: Report) => [...r.problems, ...r.people.flatMap((p) => p.problems)].filter((p) => p.severity !== 'info');
const errorsOf = (r: Report, name: string) => r.people.find((p) => p.name === name)!.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell]);

// §10 (CATALOG): 销售额 100000 ÷ 100000 × 25 = 25; 客户满意度 as fractions of the column (0.92 → 92 %) × 20 = 18.4 / 17 / 17.6;
// 转化率 10/100 = 10 % ÷ 10 % × 15 = 15; 响应时间 30 ÷ 30 × 10 = 10; 投诉处理 100 % × 10 = 10; 产品知识/团队协作/个人素质 → 30.
// 张三 25 + 18.4 + 15 + 10 + 30 = 98.40 优秀; 李四 25 + 17 + 55 = 97.00 优秀; 王五 25 + 17.6 + 55 = 97.60 优秀.
const sales = [
  ['张三', 'scored', 98.4, '优秀'],
  ['李四', 'scored', 97, '优秀'],
  ['王五', 'scored', 97.6, '优秀'],
];

describe('§10 a sign-off label with its value two columns away', () => {
  for (const [file, label] of [
    ['footer-gap.xlsx', '审核:'], // 审核: | 王经理 | | | 待复核: | | 3 (a number under 目标销售额)
    ['footer-gap-text.xlsx', '审核:'], // the same, 「3」 typed as text
    ['footer-gap-maker.xlsx', '制表人:'], // 制表人: | 张三 | 审核人: | 李经理 | 待复核: | | 3 (张三 is a person above too)
    ['footer-adjacent.xlsx', '审核:'], // 审核: | 王经理 | | | 待复核: | 3 — the adjacent pair, as before
  ] as const) {
    it(`${file}: the row is the footer, skipped as a sign-off; the three scored as before`, async () => {
      const r = await gradedReport(fixture(file), { form: 'sales-cs-kpi' });
      expect(scores(r)).toEqual(sales);
      expect(skipped(r)).toHaveLength(1);
      expect(skipped(r)[0]).toContain(`第5行「${label}」`);
      expect(notInfo(r)).toEqual([]);
    });
  }

  // The nearest sound variant: 备注 first and 工号 blank, so 「待复核:」 has 张三's name two columns right of it. His row has
  // his figures besides — no label-then-value line: the people, scored as without the remarks.
  it('remark-gap-name.xlsx: 「待复核: | | 张三 | 销售部 | … figures」 — still the people', async () => {
    const r = await gradedReport(fixture('remark-gap-name.xlsx'), { form: 'sales-cs-kpi' });
    expect(scores(r)).toEqual(sales);
    expect(skipped(r)).toEqual([]);
    expect(notInfo(r)).toEqual([]);
  });
});

describe('§10 counts typed as text with the word they count in', () => {
  // 张三's 新客户数 30 (the others' typed 30): 30/100 = 30 % ÷ 10 % = 300 %, capped at 120 % × 15 = 18.
  // 张三 25 + 18.4 + 18 + 10 + 30 = 101.40 (定级按 100: 优秀); 李四 25 + 17 + 18 + 10 + 30 = 100.00; 王五 25 + 17.6 + 58 = 100.60.
  const thirty = [
    ['张三', 'scored', 101.4, '优秀'],
    ['李四', 'scored', 100, '优秀'],
    ['王五', 'scored', 100.6, '优秀'],
  ];
  for (const file of ['count-ge.xlsx', 'count-dan.xlsx']) {
    it(`${file}: 「30个」 / 「30单」 in 新客户数 (a count of no unit) is 30, as in every form — no warning`, async () => {
      const r = await gradedReport(fixture(file), { form: 'sales-cs-kpi' });
      expect(scores(r)).toEqual(thirty);
      expect(notInfo(r)).toEqual([]);
    });
  }

  it('count-ci.xlsx: 「30 次」 (times, not customers) is refused at I2, the others scored', async () => {
    const r = await gradedReport(fixture('count-ci.xlsx'), { form: 'sales-cs-kpi' });
    expect(scores(r)).toEqual([['张三', 'error'], thirty[1], thirty[2]]);
    const said = r.people[0]!.problems.filter((p) => p.severity === 'error');
    expect(said.map((p) => [p.code, p.cell])).toEqual([['not-a-number', 'I2']]);
    expect(said[0]!.message).toContain('实际为「30 次」');
  });

  // 张三's row half filled in: only 新客户数 (「30个」「30单」「30 次」) and 访问数 「100个」. With 「待复核:」 in 备注 he was a
  // sign-off line at exit 0 (info, 李四 and 王五 alone); now a person, refused for his blanks as without the remark.
  for (const tag of ['ge', 'dan', 'ci']) {
    it(`half-${tag}-remark.xlsx: 张三 with 「待复核:」 and his counts typed with their word is refused like half-${tag}.xlsx`, async () => {
      const [remark, plain] = [await gradedReport(fixture(`half-${tag}-remark.xlsx`), { form: 'sales-cs-kpi' }), await gradedReport(fixture(`half-${tag}.xlsx`), { form: 'sales-cs-kpi' })];
      expect(scores(remark)).toEqual([['张三', 'error'], thirty[1], thirty[2]]);
      expect(skipped(remark)).toEqual([]);
      expect(errorsOf(remark, '张三')).toEqual(errorsOf(plain, '张三'));
      expect(errorsOf(remark, '张三').map(([, cell]) => cell)).toContain('F2');
      expect(errorsOf(remark, '张三').some(([, cell]) => cell === 'I2')).toBe(tag === 'ci');
    });
  }
});
