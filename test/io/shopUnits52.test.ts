// §11 shop-cs-monthly: 目标销售额 typed in 万元 (10 = 100,000 元) with the unit said only outside its heading — a footer
// 「注:目标销售额单位为万元」, a title 「…(目标销售额单位:万元)」 — was read as 10 元: 张三 80,000 ÷ 10 capped to 100 %, 销售完成率
// 20 points, 86.50 一般 K 0.9 at exit 0. Fixtures: test/fixtures/shopUnits52/make.py.
//
// The right reading (catalog §11; bands and K of §13, left-open: 待改进 A ≤ 85 K 0.8), 赤兔数据 beside the roster:
//   张三: 询单 500, 付款 100 → 0.2 ÷ 目标转换率 0.25 = 0.8 × 30 = 24; 销售额 80,000 ÷ 100,000 = 0.8 × 20 = 16;
//         咨询答复 1 time → 10 − 2 = 8; 中差评 1/200 = 0.5 % ÷ 2 % = 0.25 → (1 − 0.25) × 10 = 7.5; 售后投诉关联 13;
//         KPI 24 + 16 + 8 + 7.5 + 13 = 68.5; 综合能力 4 + 8 = 12; 加分 2 → 82.50 待改进, K 0.8.
//   李四: 120/400 = 0.3 ÷ 0.25 = 1.2 → capped 30; 120,000 ÷ 100,000 = 1.2 → capped 20; 3 times → 0; 5/100 = 5 % ÷ 2 % →
//         clamped 0; 15; KPI 65; 综合能力 5 + 10 = 15; 减分 3 → 77.00 待改进.
// Read as 元 (10): 张三's 销售完成率 20 for 16 → 72.5 + 12 + 2 = 86.50 一般 K 0.9 — the wrong figure.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/shopUnits52', f);
const FORM = { form: 'shop-cs-monthly' };
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band]);

describe('a unit line naming 目标销售额 refuses the column as 「金额单位:万元」 does', () => {
  it.each([
    ['wan-footer.xlsx', '表下方 A8 写着单位是「万元」'],
    ['wan-title.xlsx', '表上方 A1 写着单位是「万元」'],
    ['wan-title-bracket.xlsx', '表上方 A1 写着单位是「万元」'],
  ])('%s: said at D2 (%s), nobody scored — not 张三 86.50 一般', async (file, said) => {
    const report = await gradedReport(at(file), FORM);
    const refusal = report.problems.find((p) => p.code === 'item-not-found' && p.cell === 'D2');
    expect(refusal?.severity).toBe('error');
    expect(refusal?.message).toContain(said);
    expect(refusal?.message).toContain('请换算成「元」后填写');
    expect(report.people.map((p) => p.total)).toEqual([null, null]);
  });

  it('「目标销售额(万元)」 as the heading: said with its unit (convert to 元), not as no item of the form advised renamed 销售完成率', async () => {
    const report = await gradedReport(at('wan-heading.xlsx'), FORM);
    const said = report.problems.find((p) => p.code === 'item-not-found' && p.cell === 'D2');
    expect(said?.message).toBe('工作表「3月考核」的列「目标销售额(万元)」写的单位是「万元」,本表「销售完成率」按「元」填写,这一列没有读取,无法为「销售完成率」评分;请换算成「元」后填写,并把列名改回「销售完成率」');
    expect(report.problems.some((p) => p.code === 'unknown-column' && p.message.includes('目标销售额(万元)'))).toBe(false);
  });
});

describe('targets in 元 are read as before', () => {
  it.each(['yuan-heading.xlsx', 'yuan-title.xlsx', 'yuan-remark.xlsx'])('%s: 张三 82.50 待改进, 李四 77.00 待改进, no error or warning', async (file) => {
    // 「目标销售额(元)」, a title 「(单位:元)」, a 备注 「本月活动销售额约1万元」 in the table and under it: 100,000 元 targets.
    const report = await gradedReport(at(file), FORM);
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(totals(report)).toEqual([['张三', 82.5, '待改进'], ['李四', 77, '待改进']]);
  });
});

describe('a target a hundred times below the sales is said at its cell', () => {
  it('销售完成率 10 (万元 meant) against 80,000: scored as typed (86.50), warned at D3 and D4 that it looks like another unit', async () => {
    // 80,000 ÷ 10 = 8,000 times; 120,000 ÷ 10 = 12,000 times — both ≥ 100, capped to 20 as the catalog says.
    const report = await gradedReport(at('wan-bare.xlsx'), FORM);
    expect(totals(report)).toEqual([['张三', 86.5, '一般'], ['李四', 77, '待改进']]);
    const warned = report.problems.filter((p) => p.code === 'target-far-below');
    expect(warned.map((p) => [p.severity, p.cell, p.person])).toEqual([['warning', 'D3', '张三'], ['warning', 'D4', '李四']]);
    expect(warned[0]!.message).toContain('10 元 只有销售额 80000 元 的 1/8000');
  });
});
