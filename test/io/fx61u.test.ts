// Review 61 s10 on §10 sales-cs-kpi's sign-off footers (classifyRow: signOffPairs, personWithFigures). Fixtures:
// test/fixtures/fx61u/ (make.py: `kpi template sales-cs-kpi --layout roster` + openpyxl).
// 1. A label typed without its colon and its count with the word right after it (「审核人: | 王经理 | | | 参评人数 | 3人」,
//    「… 共计 | 3人」, 「… 本月新客户 | 30个」, the count under 实际销售额): since d9b4eb87 counted 「3人」 as a figure
//    (COUNTED), the footer was a person 「王经理」 with 12 errors at exit 1 (before it, the footer skipped with an info).
// 2. A label's value three columns away (「审核: | 王经理 | | | 待复核: | | | 3」, the 3 under 客户满意度): a person 「王经理」
//    whose 3 made the people's 0.92 read as 0.92 points — 张三 80.18 良好 for 98.40 优秀, a fraction-score warning each, exit 1.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx61u', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const scores = (r: Report) => r.people.map((p) => (p.status === 'scored' ? [p.name, p.status, Math.round(p.total! * 100) / 100, p.band ?? null] : [p.name, p.status]));
const skipped = (r: Report) => r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.message);
const notInfo = (r: Report) => [...r.problems, ...r.people.flatMap((p) => p.problems)].filter((p) => p.severity !== 'info');
const errorsOf = (r: Report, name: string) => r.people.find((p) => p.name === name)!.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell]);

// §10 (CATALOG): 销售额 100000 ÷ 100000 × 25 = 25; 客户满意度 as fractions of the column (0.92 → 92 %) × 20 = 18.4 / 17 / 17.6;
// 转化率 10/100 = 10 % ÷ 10 % × 15 = 15; 响应时间 30 ÷ 30 × 10 = 10; 投诉处理 100 % × 10 = 10; 产品知识 10, 团队协作 5, 个人素质 5 (100 of 100).
// 张三 25 + 20 × 0.92 + 15 + 10 + 10 + 10 + 5 + 5 = 98.40 优秀; 李四 25 + 17 + 55 = 97.00 优秀; 王五 25 + 17.6 + 55 = 97.60 优秀.
const sales = [
  ['张三', 'scored', 98.4, '优秀'],
  ['李四', 'scored', 97, '优秀'],
  ['王五', 'scored', 97.6, '优秀'],
];

describe('§10 sign-off footers under the three people: skipped with an info, the three scored at exit 0', () => {
  for (const [file, label] of [
    ['F02.xlsx', '审核人:'], // 审核人: | 王经理 | | | 参评人数 | 3人 (the count under 实际销售额) — was 王经理 with 12 errors
    ['F03.xlsx', '审核:'], // 审核: | 王经理 | | | 共计 | 3人 — likewise
    ['F13.xlsx', '审核人:'], // 审核人: | 王经理 | | | 本月新客户 | 30个 — likewise
    ['F09.xlsx', '审核:'], // 审核: | 王经理 | | | 待复核: | | | 3 (the 3 under 客户满意度) — was 张三 80.18 良好, exit 1
    // As before:
    ['F01.xlsx', '审核:'], // 审核: | | | 王经理
    ['F04.xlsx', '审核:'], // 审核: | | 王经理 | | 日期: | | 2026-03-31
    ['F05.xlsx', '审核:'], // 审核: | 王经理 | 参评: | | 3人
    ['F06.xlsx', '审核:'], // 审核: | | 王经理 | 日期: | | | 2026-03-31
    ['F07.xlsx', '制表人:'], // 制表人: | | 张三
    ['F08.xlsx', '制表人:'], // 制表人: | | 张三 | | | 100000
    ['F10.xlsx', '审核:'], // 审核: | 王经理 | | | 参评人数: | | 3人
    ['F11.xlsx', '审核:'], // 审核: | 王经理 | | | 日期: | | (a date)
    ['F12.xlsx', '审核:'], // 审核: | 王经理 | | 人数 | 3 (the 3 under 考核人)
  ] as const) {
    it(`${file}: the footer row 5 is skipped as a sign-off`, async () => {
      const r = await gradedReport(fixture(file), { form: 'sales-cs-kpi' });
      expect(scores(r)).toEqual(sales);
      expect(skipped(r)).toHaveLength(1);
      expect(skipped(r)[0]).toContain(`第5行「${label}」`);
      expect(notInfo(r)).toEqual([]);
    });
  }

  it('P01.xlsx: 张三 without his 工号 is still a person, no footer', async () => {
    const r = await gradedReport(fixture('P01.xlsx'), { form: 'sales-cs-kpi' });
    expect(scores(r)).toEqual(sales);
    expect(skipped(r)).toEqual([]);
  });
});

describe('§10 the nearest sound variant: a person with his counts typed with their word', () => {
  // 张三 half filled in, 工号 blank, 「待复核:」 in 备注: 「| 张三 | 销售部 | 2026-03 | 刘 | | | | 30个 | 100个 | …」. A name
  // followed by a department is no label-then-count pair: a person, refused for his blanks as without the remark.
  // 李四 and 王五 as above (their 0.85 and 0.88 still the column's fractions): 97.00 and 97.60 优秀.
  it('half-blank-id-remark.xlsx: 张三 refused like half-blank-id.xlsx, not skipped', async () => {
    const [remark, plain] = [await gradedReport(fixture('half-blank-id-remark.xlsx'), { form: 'sales-cs-kpi' }), await gradedReport(fixture('half-blank-id.xlsx'), { form: 'sales-cs-kpi' })];
    expect(scores(remark)).toEqual([['张三', 'error'], sales[1], sales[2]]);
    expect(skipped(remark)).toEqual([]);
    expect(errorsOf(remark, '张三')).toEqual(errorsOf(plain, '张三'));
    expect(errorsOf(remark, '张三').map(([, cell]) => cell)).toEqual(['F2', 'G2', 'H2', 'K2', 'L2', 'M2', 'N2', 'O2', 'P2', 'Q2']);
  });
});
