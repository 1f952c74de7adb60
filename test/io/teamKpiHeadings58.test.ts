// Review 58 of 7e73b9fd: a roster heading ending 「(kpi)」 was never read as input, so a team's own 「客户满意度(KPI)」
// (「（KPI）」, 「(kpi)」) lost its column — 缺少列「客户满意度」, everyone refused at exit 1. Only the columns kpi wrote are its
// output: 「(kpi)」 exactly, left of kpi's result columns 「排名」「评分说明」 (a graded roster copied without its record,
// test/io/furtherGradesShown57.test.ts). Fixtures in test/fixtures/fx58o, made by make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fx = (name: string) => path.join(repoRoot, 'test/fixtures/fx58o', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total, p.band, p.status]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error').map((p) => p.code);

// §10 sales-cs-kpi: weight × achievement, 销售额 and 转化率 capped at 120 %, 响应时间 target / actual capped at 100 %.
// 张三 25 × min(120000 / 100000, 1.2) + 20 × 90/100 + 15 × min((30/200 = 15 %) / 10 %, 1.2) + 10 × 30/30 + 10 × 0.8 + 10 × 0.9
//   + 5 × 1.0 + 5 × 0.8 = 30 + 18 + 18 + 10 + 8 + 9 + 5 + 4 = 102.00 优秀 (bands on min(102, 100))
// 李四 25 × 0.8 + 20 × 0.7 + 15 × ((10/200 = 5 %) / 10 %) + 10 × 30/60 + 10 × 0.6 + 10 × 0.7 + 5 × 0.8 + 5 × 0.6
//   = 20 + 14 + 7.5 + 5 + 6 + 7 + 4 + 3 = 66.50 一般
const SCK = [['张三', 102, '优秀', 'scored'], ['李四', 66.5, '一般', 'scored']];

describe('a team\'s 「(KPI)」 after an item\'s heading is its heading, with no column of kpi\'s beside it', () => {
  it('§10 客户满意度(KPI), 投诉处理(KPI), 产品知识(KPI), 团队协作(KPI), 个人素质(KPI): read as the items', async () => {
    const r = await gradedReport(fx('sck-KPI-suffix.xlsx'));
    expect(people(r)).toEqual(SCK);
    expect(errors(r)).toEqual([]);
  });
  it('§10 客户满意度（KPI） in full-width brackets: the same', async () => {
    const r = await gradedReport(fx('sck-KPI-fullwidth.xlsx'));
    expect(people(r)).toEqual(SCK);
    expect(errors(r)).toEqual([]);
  });
  it('§10 客户满意度(kpi) typed lower-case, no 排名 | 评分说明 of kpi\'s on the row: the team\'s heading too', async () => {
    const r = await gradedReport(fx('sck-kpi-lower.xlsx'));
    expect(people(r)).toEqual(SCK);
    expect(errors(r)).toEqual([]);
  });
  it('§11 咨询答复质量(KPI) of 3 times: 0 of 10, 张三 79.00 as with the plain heading', async () => {
    // 日常询盘转换率 30 × min((40/200 = 20 %) / 20 %, 1) = 30; 销售完成率 20 × 100000/100000 = 20; 咨询答复质量 3 times → 0;
    // 客服中差评率 10 × (1 − (2/200 = 1 %) / 2 %) = 5; 售后投诉关联 12: KPI 67; 综合能力 4 + 8 = 12; 67 + 12 = 79 → 待改进 (§13).
    const r = await gradedReport(fx('shop-KPI-suffix.xlsx'));
    expect(people(r)).toEqual([['张三', 79, '待改进', 'scored']]);
    expect(errors(r)).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'unknown-column')).toEqual([]);
  });
});
