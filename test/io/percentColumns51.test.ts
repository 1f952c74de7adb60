// §10 客户满意度 (a score out of 100) whose column mixes cells carrying a % with bare fractions and a bare 1: the % cells are
// the column's fraction evidence, so its bare 1 is 100 % (fixtures: test/fixtures/percentColumns51/make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/percentColumns51', f);
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band]);
const warned = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity !== 'info').map((p) => [p.severity, p.cell, p.person]);

// Everyone's other figures (CATALOG §10): 销售额 95000/100000 × 25 = 23.75; 转化率 30/200 = 15 % ÷ 10 % = 1.5, capped 1.2,
// × 15 = 18; 响应 30/40 × 10 = 7.5; 投诉 80 → 8; 产品 90 → 9; 团队 100 → 5; 个人 80 → 4: 75.25 before 满意度 (× 20 / 100).
// 100 % → 20 → 95.25 优秀; 92 % → 18.4 → 93.65; 90 % → 18 → 93.25; 88 % → 17.6 → 92.85; 85 % → 17 → 92.25;
// a 1 read as one point → 0.2 → 75.45 一般.
describe('a column of cells carrying a % with a bare 1 among them', () => {
  it('0.92 and 0.88 formatted 0.00 % beside 王五\'s bare 1: 1 is 100 %, 95.25 优秀 (it was 1 point: 75.45 一般, a warning, exit 0)', async () => {
    const r = await gradedReport(at('pct-format-one.xlsx'), { form: 'sales-cs-kpi' });
    expect(totals(r)).toEqual([['张三', 93.65, '优秀'], ['李四', 92.85, '优秀'], ['王五', 95.25, '优秀']]);
    expect(warned(r)).toEqual([]);
  });

  it('a CSV\'s 「92%」, 1, 0.85: 李四 100 % → 95.25 and 王五 85 % → 92.25 (they were 75.45 and 75.42, two warnings)', async () => {
    const r = await gradedReport(at('pct-text-one.csv'), { form: 'sales-cs-kpi' });
    expect(totals(r)).toEqual([['张三', 93.65, '优秀'], ['李四', 95.25, '优秀'], ['王五', 92.25, '优秀']]);
    expect(warned(r)).toEqual([]);
  });

  it('bare 1, 1 beside one 0.9 formatted 0 %: the 1s are 100 % → 95.25, 95.25, 93.25 (they were 75.45 each)', async () => {
    const r = await gradedReport(at('ones-beside-pct.xlsx'), { form: 'sales-cs-kpi' });
    expect(totals(r)).toEqual([['张三', 95.25, '优秀'], ['李四', 95.25, '优秀'], ['王五', 93.25, '优秀']]);
    expect(warned(r)).toEqual([]);
  });

  it('92 formatted 0"%" (the % typed into the format) beside a bare 1: 92 % → 93.65, 1 is 100 % → 95.25 (it was 75.45)', async () => {
    const r = await gradedReport(at('literal-pct-one.xlsx'), { form: 'sales-cs-kpi' });
    expect(totals(r)).toEqual([['张三', 93.65, '优秀'], ['李四', 95.25, '优秀']]);
    expect(warned(r)).toEqual([]);
  });

  it('stays points where another figure is one (「92%」, 1, 85): 85 → 17 → 92.25, the 1 one point → 75.45 with its warning', async () => {
    const r = await gradedReport(at('pct-text-points.csv'), { form: 'sales-cs-kpi' });
    expect(totals(r)).toEqual([['张三', 93.65, '优秀'], ['李四', 75.45, '一般'], ['王五', 92.25, '优秀']]);
    expect(warned(r)).toEqual([['warning', 'F3', '李四']]);
  });
});
