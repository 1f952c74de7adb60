import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

// cs-scheme-100 (§13): total = sum of the eight marks in F7:F14; bands left-open: 优秀 > 95 (K 1.1), 良好 > 90 (K 1.0),
// 一般 > 85 (K 0.9), 待改进 at 85 or below (K 0.8).
const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx53n', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const said = (r: Report, code: string) => r.problems.filter((p) => p.code === code).map((p) => [p.severity, p.sheet, p.cell, p.person]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');

describe('a person\'s sheet whose tab and title name two people, 姓名 blank', () => {
  it('07: tab 赵六 under title 「王五 3月份绩效考核表」: an error at B2, 赵六 unscored (not 王五 86.00)', async () => {
    // 赵六's marks 16+26+8+8+5+5+9+9 = 86 were scored as 王五's; the others as read:
    //   张三 18+27+9+8+5+4+9+9 = 89 一般, 李四 20+29+10+10+5+5+10+9 = 98 优秀, 钱七 19+28+9+9+5+5+9+10 = 94 良好,
    //   孙八 12+20+6+6+3+3+6+6 = 62 待改进.
    const r = await gradedReport(fixture('07-stale-title.xlsx'));
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['张三', 'scored'], ['李四', 'scored'], ['赵六', 'error'], ['钱七', 'scored'], ['孙八', 'scored']]);
    expect(r.people.filter((p) => p.status === 'scored').map((p) => [p.total, p.band])).toEqual([[89, '一般'], [98, '优秀'], [94, '良好'], [62, '待改进']]);
    expect(said(r, 'name-tab-title-differ')).toEqual([['error', '赵六', 'B2', '赵六']]);
    expect(r.problems.filter((p) => p.code === 'sheet-name-differs' || p.code === 'name-from-sheet')).toEqual([]);
  });
});

describe('header cells holding a formula without its result', () => {
  it('16-nc: 姓名/工号/部门 =基础数据!B2… unscored at each cell, with the advice to save in Excel/WPS', async () => {
    const r = await gradedReport(fixture('16-nameformula-nc.xlsx'));
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error', 'error']);
    const f = r.problems.filter((p) => p.code === 'formula-without-result');
    expect(f.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['1!B2', '1!F2', '1!B3', '2!B2', '2!F2', '2!B3', '3!B2', '3!F2', '3!B3']);
    expect(f[0]!.message).toContain('「姓名」公式没有计算结果:请用 Excel/WPS 打开后保存(=基础数据!B2)');
  });

  it('16-lo: the same workbook saved by LibreOffice reads the values', async () => {
    // 张三 18+27+9+8+5+4+9+9 = 89 一般, 李四 20+29+10+10+5+5+10+9 = 98 优秀, 王五 15+25+8+7+4+5+8+8 = 80 待改进.
    const r = await gradedReport(fixture('16-nameformula-lo.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.status])).toEqual([['张三', 89, 'scored'], ['李四', 98, 'scored'], ['王五', 80, 'scored']]);
    expect(errors(r)).toEqual([]);
  });
});

describe('people\'s sheets of several header months', () => {
  it('03: 钱七 「2026年2月」 beside five March sheets: his error at F3, unscored and not paid; the five 89.00 paid 1800', async () => {
    // Every sheet 18+27+9+8+5+4+9+9 = 89 一般 (K 0.9); 绩效奖金 2000 × 0.9 = 1800. 5 of 6 sheets March: more than half.
    const r = await gradedReport(fixture('03-months.xlsx'), { pay: fixture('pay6.csv') });
    expect(r.people.map((p) => [p.name, p.total, p.status, p.pay?.bonus ?? null])).toEqual([
      ['张三', 89, 'scored', 1800], ['李四', 89, 'scored', 1800], ['王五', 89, 'scored', 1800], ['赵六', 89, 'scored', 1800], ['钱七', null, 'error', null], ['孙八', 89, 'scored', 1800],
    ]);
    expect(errors(r).map((p) => [p.code, p.sheet, p.cell])).toEqual([['sheet-month', '钱七', 'F3']]);
  });

  it('19 --period 2026-03: the two February sheets refused at their F3, 李四 (March) scored', async () => {
    const r = await gradedReport(fixture('19-two-feb.xlsx'), { period: '2026-03' });
    expect(r.people.map((p) => [p.name, p.total, p.status])).toEqual([['张三', null, 'error'], ['李四', 89, 'scored'], ['王五', null, 'error']]);
    expect(errors(r).map((p) => [p.code, p.sheet, p.cell])).toEqual([['sheet-month', '张三', 'F3'], ['sheet-month', '王五', 'F3']]);
  });

  it('19 without --period: February holds 2 of 3 sheets, so 李四\'s March sheet is the odd one', async () => {
    const r = await gradedReport(fixture('19-two-feb.xlsx'));
    expect(errors(r).map((p) => [p.code, p.sheet, p.cell])).toEqual([['sheet-month', '李四', 'F3']]);
  });

  it('15 (§26 cs-work-review): 考核日期 2026-03-31, 04-01, 「2026年4月2日」 are March\'s: no error, 80.00 良好 each', async () => {
    // Marks 9+8+10, 8+8+8, 7+9+8, 6+7+8 → area means 9, 8, 8, 7 → 总分 32 × 2.5 = 80.00 良好.
    const r = await gradedReport(fixture('15-dates.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 80, '良好'], ['李四', 80, '良好'], ['王五', 80, '良好']]);
    expect(errors(r)).toEqual([]);
    const withPeriod = await gradedReport(fixture('15-dates.xlsx'), { period: '2026-03' });
    expect(errors(withPeriod)).toEqual([]);
    expect(said(withPeriod, 'sheet-month')).toEqual([['warning', '李四', 'B2', '李四'], ['warning', '王五', 'B2', '王五']]);
    expect(withPeriod.problems.find((p) => p.code === 'sheet-month')!.message).toContain('的考核日期是「2026-04-01」');
  });
});
