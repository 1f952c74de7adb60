// A line above a table giving its amounts' unit (「客服绩效导出(金额单位:万元)」, 「单位:万元」, a roster titled
// 「…(金额单位:万元)」): amounts there were read as 元 — 销售额 8.5 (万元) as 8.5 元, 销售完成率 0, 李四 79.00 待改进 K 0.8
// for 99.00 优秀 K 1.1 at exit 0 (§11). kpi converts nothing: the column of 元 is not read, said at the line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/units', name);

async function grade(roster: string, data: string) {
  return gradedReport(fixture(roster), { data: fixture(data) });
}

describe('a line above the table naming the amounts\' unit', () => {
  it('§11 in 元 throughout: 张三 84.00, 李四 99.00 优秀 K 1.1, 王五 62.50 (the baseline the lines below must not change)', async () => {
    const report = await grade('shop-roster.xlsx', 'export-yuan.csv');
    // 张三: 转换率 300/1200 = 25 % ÷ 20 % capped → 30; 销售 85,000.50 / 100,000 × 20 = 17.0001; 咨询 1 次 → 10 − 2 = 8;
    // 中差评率 1/100 = 1 % ÷ 2 % → (1 − 0.5) × 10 = 5; 售后 12; 主动 4; 其他 8 → 84.0001 → 84.00.
    // 李四: 90/400 = 22.5 % ÷ 25 % = 0.9 × 30 = 27; 60,000 / 50,000 capped → 20; 咨询 0 → 10; 0/50 → 10; 15; 5; 9; 加分 3 → 99.
    // 王五: 80/1000 = 8 % ÷ 10 % = 0.8 × 30 = 24; 72,000 / 80,000 × 20 = 18; 咨询 3 次 → 0; 3/200 = 1.5 % ÷ 2 % → 2.5;
    // 10; 3; 7; 减分 2 → 62.5.
    expect(report.people.map((p) => [p.name, p.total?.toFixed(2), p.band])).toEqual([
      ['张三', '84.00', '待改进'],
      ['李四', '99.00', '优秀'],
      ['王五', '62.50', '待改进'],
    ]);
  });

  it('an export titled 「客服绩效导出(金额单位:万元)」: 销售额 is not read, said at A1 — no one is scored on 8.5 元', async () => {
    const report = await grade('shop-roster.xlsx', 'export-title-wan.csv');
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.cell])).toEqual([['data-missing', 'A1']]);
    expect(errors[0]!.message).toBe('[export-title-wan.csv]export-title-wan!A1:这一格(表上方或表下的说明)写着金额单位是「万元」,「销售额」按「元」取数:这一列没有读取,无法取数;请换算成「元」后导出,或改正这一格的单位');
    expect(report.people.every((p) => p.total === null)).toBe(true);
  });

  it('an export with a line 「单位:万元」 over its headings: the same', async () => {
    const report = await grade('shop-roster.xlsx', 'export-line-wan.csv');
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([['data-missing', 'A1']]);
    expect(report.people.every((p) => p.total === null)).toBe(true);
  });

  it('an export ending with 「注:金额单位为万元」, or headed by 「销售额单位:万元」: the same, said at that cell (A5, A1)', async () => {
    const dir = path.join(repoRoot, 'test/fixtures/records42');
    for (const [file, cell] of [['export-wan-footnote.csv', 'A5'], ['export-wan-figure-line.csv', 'A1']] as const) {
      const report = await gradedReport(path.join(dir, 'shop-roster-for-wan.xlsx'), { data: path.join(dir, file) });
      expect([file, report.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])]).toEqual([file, [['data-missing', cell]]]);
      expect(report.people.every((p) => p.total === null)).toBe(true);
    }
  });

  it('a roster titled 「2026年3月店铺客服考核表(金额单位:万元)」: 目标销售额 10 (万元) is not read as 10 元 (张三 87 for 84)', async () => {
    const report = await grade('shop-roster-wan.xlsx', 'export-yuan.csv');
    const heading = report.problems.find((p) => p.code === 'item-not-found' && p.cell === 'I2')!;
    expect(heading.message).toBe('工作表「考核表」表上方 A1 写着单位是「万元」,本表的这一项按「元」填写,列「销售完成率·目标销售额」没有读取,无法为「销售完成率」评分;请换算成「元」后填写,并改正 A1 的单位');
    expect(report.people.every((p) => p.total === null)).toBe(true);
  });
});
