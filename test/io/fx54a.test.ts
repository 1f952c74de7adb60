// A pay workbook keeping last month's sheet beside this month's: February's bases are not paid for March.
// test/fixtures/fx54a/make.py writes the files. roster.xlsx (cs-scheme-100, 2026-03; K: 优秀 95 < A 1.1, 良好 90 < A ≤ 95
// 1.0, 一般 85 < A ≤ 90 0.9):
//   张三 20+30+10+10+5+5+10+10 = 100 优秀 K 1.1   李四 20+28+10+10+5+5+9+9 = 96 优秀 K 1.1
//   王五 19+28+9+9+5+5+10+10 = 95 良好 K 1.0     孙七 18+28+9+9+5+5+9+8.5 = 91.5 良好 K 1.0
//   周八 17+26+8+9+5+5+8+7.5 = 85.5 一般 K 0.9
// March's sheet: 张三 5000, 李四 4000, 王五 4000, 周八 4000, 基本工资 3000 each. February's: 张三 9000, 孙七 6000, 钱九 4000.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx54a', f);
const graded = (pay: string) => gradedReport(at('roster.xlsx'), { form: 'cs-scheme-100', pay: at(pay) });
const pays = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.pay?.bonus ?? null, p.pay?.gross ?? null]);
// From March's sheet: 张三 5000 × 1.1 = 5500, + 3000 = 8500; 李四 4000 × 1.1 = 4400, 7400; 王五 4000 × 1.0 = 4000, 7000;
// 周八 4000 × 0.9 = 3600, 6600 (张三's February 9000 × 1.1 = 9900 is not paid).
const MARCH_PAID = [['张三', 5500, 8500], ['李四', 4400, 7400], ['王五', 4000, 7000], ['周八', 3600, 6600]];

describe('a sheet titled 2026年2月 beside one titled 2026年3月 (tabs 「3月工资」 「上月工资」)', () => {
  it('February\'s is set aside: 孙七, only there, is pay-missing (was 6000 × 1.0 = 6000.00, 工资总额 9000.00 at exit 0)', async () => {
    const r = await graded('titles.xlsx');
    expect(pays(r).filter(([n]) => n !== '孙七')).toEqual(MARCH_PAID);
    expect(pays(r).find(([n]) => n === '孙七')).toEqual(['孙七', null, null]);
    const missing = r.problems.find((p) => p.code === 'pay-missing')!;
    expect([missing.severity, missing.person, missing.message]).toEqual([
      'error',
      '孙七',
      '工资文件 titles.xlsx 中没有「孙七(1007)」(按工号或姓名查找),未计算绩效奖金;此人只在工作表「上月工资」里,那是 2026-02 的工资表,考核表是 2026-03,没有用它的绩效基数;请在本月的工资表里补上此人后重新评分',
    ]);
    const aside = r.problems.find((p) => p.code === 'pay-sheets-month')!;
    expect([aside.severity, aside.message]).toEqual(['info', '工资文件 titles.xlsx 的工作表「上月工资」(2026-02)是别的月份的,考核表是 2026-03:绩效基数只按「3月工资」计算,没有读别的月份的表']);
    // Nor its other rows: 钱九 (February only) is no unused row of this month's, 张三 no repeat; no warning of the month.
    expect(r.problems.map((p) => p.code).filter((c) => c.startsWith('pay')).sort()).toEqual(['pay-missing', 'pay-sheets-month']);
  });

  it('titles without the year (「3月份工资表」, 「2月份工资表」 on Sheet1, Sheet2): the same', async () => {
    const r = await graded('titles-noyear.xlsx');
    expect(pays(r).filter(([n]) => n !== '孙七')).toEqual(MARCH_PAID);
    expect(r.problems.find((p) => p.code === 'pay-missing')!.message).toContain('此人只在工作表「Sheet2」里,那是 2月 的工资表');
  });
});

describe('tabs 「2026年2月」 「2026年3月」 (refused before as sheets of two months) and a tab 「新员工」 naming none', () => {
  it('February\'s set aside, the tab naming no month read: 孙七 from 「新员工」 3000 × 1.0 = 3000, + 2500 = 5500', async () => {
    const r = await graded('tabs-and-plain.xlsx');
    expect(pays(r)).toEqual([...MARCH_PAID.slice(0, 3), ['孙七', 3000, 5500], MARCH_PAID[3]]);
    expect(r.problems.find((p) => p.code === 'pay-sheets-month')!.message).toContain('绩效基数只按「2026年3月」、「新员工」计算');
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });
});

describe('no sheet of the form\'s month (titles 2026年1月, 2026年2月 for March)', () => {
  it('refused as sheets of several months, as tabs were', async () => {
    const failure = await refusal(at('roster.xlsx'), { form: 'cs-scheme-100', pay: at('jan-feb.xlsx') });
    expect([failure.code, failure.message]).toEqual(['pay-sheets', '工资文件 jan-feb.xlsx 有 2 张按月份命名的工资表(「Sheet1」、「Sheet2」),不知道用哪个月的金额;请把本月的一张另存为一个文件(或把其他月份的表隐藏)后,用 --pay 给出它']);
  });
});
