// February's pay sheet told from March's by its title only, read again as March's (regressions of 62d6ee3a): a title
// voided whole for its 「(3月10日发放)」 / 「(含2月入职人员)」 / 「(已扣离职人员)」 / 「(含12-2月季度奖)」, a cell holding just the
// month, a title without a pay word. test/fixtures/fx55j/make.py writes the files (the reviewer's). roster.xlsx
// (cs-scheme-100, 2026-03; K: 优秀 95 < A 1.1, 良好 90 < A ≤ 95 1.0, 一般 85 < A ≤ 90 0.9), roster-nomonth.xlsx the same
// without a month:
//   张三 20+30+10+10+5+5+10+10 = 100 优秀 K 1.1   李四 20+28+10+10+5+5+9+9 = 96 优秀 K 1.1
//   王五 19+28+9+9+5+5+10+10 = 95 良好 K 1.0     孙七 18+28+9+9+5+5+9+8.5 = 91.5 良好 K 1.0
//   周八 17+26+8+9+5+5+8+7.5 = 85.5 一般 K 0.9
// Sheet1 (March): 张三 5000, 李四 4000, 王五 4000, 周八 4000. Sheet2 (February): 张三 4800, 李四 4000, 王五 4000, 孙七 6000
// (P*), or March's four rows again with 孙七 6000 besides (Q*, R1). 基本工资 3000 each.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx55j', f);
const graded = (pay: string) => gradedReport(at('roster.xlsx'), { form: 'cs-scheme-100', pay: at(pay) });
const pays = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.pay?.bonus ?? null, p.pay?.gross ?? null]);
const payCodes = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code.startsWith('pay')).map((p) => `${p.code}:${p.severity}`).sort();
// From March's sheet only: 张三 5000 × 1.1 = 5500, + 3000 = 8500 (not February's 4800 × 1.1 = 5280); 李四 4000 × 1.1 = 4400,
// 7400; 王五 4000 × 1.0 = 4000, 7000; 周八 4000 × 0.9 = 3600, 6600; 孙七 on February's only: unpaid (not 6000 × 1.0 = 6000, 9000).
const MARCH_PAID = [['张三', 5500, 8500], ['李四', 4400, 7400], ['王五', 4000, 7000], ['孙七', null, null], ['周八', 3600, 6600]];
const SET_ASIDE = ['pay-missing:error', 'pay-sheets-month:info'];

describe('February\'s sheet told by its title beside March\'s: set aside with the part naming another month blanked', () => {
  for (const [pay, title] of [
    ['Q1-payout-day.xlsx', '2026年2月工资表(3月10日发放)'],
    ['Q3-newhires.xlsx', '2026年2月工资表(含2月入职人员)'],
    ['Q2-month-alone.xlsx', '2026年2月 (a cell of the month alone)'],
  ]) {
    it(`${title}: 孙七, only there, pay-missing at exit 1 (was 6000 × 1.0 = 6000.00, 9000.00 at exit 0)`, async () => {
      const r = await graded(pay!);
      expect(pays(r)).toEqual(MARCH_PAID);
      expect(payCodes(r)).toEqual(SET_ASIDE);
      expect(r.problems.find((p) => p.code === 'pay-missing')!.message).toBe(
        `工资文件 ${pay} 中没有「孙七(1007)」(按工号或姓名查找),未计算绩效奖金;此人只在工作表「Sheet2」里,那是 2026-02 的工资表,考核表是 2026-03,没有用它的绩效基数;请在本月的工资表里补上此人后重新评分`,
      );
      expect(r.problems.find((p) => p.code === 'pay-sheets-month')!.message).toBe(`工资文件 ${pay} 的工作表「Sheet2」(2026-02)是别的月份的,考核表是 2026-03:绩效基数只按「Sheet1」计算,没有读别的月份的表`);
    });
  }

  for (const [pay, title] of [
    ['P2-two-cells.xlsx', '工资月份 | 2026年2月'],
    ['P2c-no-payword.xlsx', '客服部2026年2月收入明细'],
    ['P3b-leavers.xlsx', '2026年2月工资表(已扣离职人员)'],
    ['P4-span-bonus.xlsx', '2026年2月绩效工资(含12-2月季度奖)'],
  ]) {
    it(`${title}: 张三 paid 5500, 8500 from March's (was pay-duplicate with February's 4800, unpaid)`, async () => {
      const r = await graded(pay!);
      expect(pays(r)).toEqual(MARCH_PAID);
      expect(payCodes(r)).toEqual(SET_ASIDE);
    });
  }

  it('one sheet 「2026年3月工资表(1-2月补发已含)」: March\'s, no pay-month 「写的是 1月、2月」 (孙七 not on it: pay-missing)', async () => {
    const r = await graded('S1-single-span-note.xlsx');
    expect(pays(r)).toEqual(MARCH_PAID);
    expect(payCodes(r)).toEqual(['pay-missing:error']);
  });
});

describe('the form\'s month unknown (no 考核月份, no month in its title), titles of two months: refused as before 62d6ee3a', () => {
  for (const pay of ['R1-titles-full.xlsx', 'P6f-title-cn.xlsx', 'Q2-month-alone.xlsx']) {
    it(`${pay}: pay-sheets (was 孙七 paid 6000 from February's at exit 0 in R1, Q2)`, async () => {
      const failure = await refusal(at('roster-nomonth.xlsx'), { form: 'cs-scheme-100', pay: at(pay) });
      expect([failure.code, failure.message]).toEqual(['pay-sheets', `工资文件 ${pay} 有 2 张按月份命名的工资表(「Sheet1」、「Sheet2」),不知道用哪个月的金额;请把本月的一张另存为一个文件(或把其他月份的表隐藏)后,用 --pay 给出它;或用 --period 给出考核月份`]);
    });
  }

  it('with --period 2026-03 R1 reads Sheet1: 孙七 pay-missing, the others paid from March\'s', async () => {
    const r = await gradedReport(at('roster-nomonth.xlsx'), { form: 'cs-scheme-100', pay: at('R1-titles-full.xlsx'), period: '2026-03' });
    expect(pays(r)).toEqual(MARCH_PAID);
    expect(payCodes(r)).toEqual(SET_ASIDE);
  });
});
