// Review of 14fe81de (a pay table's month only from a pay title or a month alone under a 月份 label), and months of tabs and
// bracketed titles without a year. test/fixtures/pay56: the reviewers' files (/tmp/rt56rvB/cases/pay, /tmp/rt56C/f28) and
// make.py's sound variants.
// roster.xlsx (cs-scheme-100, 2026-03; K: 优秀 95 < A 1.1, 良好 90 < A ≤ 95 1.0, 一般 85 < A ≤ 90 0.9), roster-nomonth.xlsx
// the same without a month:
//   张三 20+30+10+10+5+5+10+10 = 100 优秀 K 1.1   李四 20+28+10+10+5+5+9+9 = 96 优秀 K 1.1
//   王五 19+28+9+9+5+5+10+10 = 95 良好 K 1.0     孙七 18+28+9+9+5+5+9+8.5 = 91.5 良好 K 1.0
//   周八 17+26+8+9+5+5+8+7.5 = 85.5 一般 K 0.9
// March's 基数: 张三 5000 × 1.1 = 5500, 李四 4000 × 1.1 = 4400, 王五 4000 × 1.0 = 4000, 孙七 6000 × 1.0 = 6000,
// 周八 4000 × 0.9 = 3600. February's sheet (p*): 基数 × 0.6 (张三 3000 × 1.1 = 3300 was paid from it in p7).
// f28.xlsx (§28 sales-aftersales-monthly, --period 2026-03): 张三 71.25, 李四 95.00, 王五 83.75, 赵六 72.50; 绩效工资 =
// 基数 × 分数/100 (§14, none under 60).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/pay56', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const pays = (r: Report) => r.people.map((p) => [p.name, p.pay?.bonus ?? null]);
const payCodes = (r: Report) => [...new Set(r.problems.filter((p) => p.code.startsWith('pay')).map((p) => `${p.code}:${p.severity}`))].sort();
const MARCH_PAID = [['张三', 5500], ['李四', 4400], ['王五', 4000], ['孙七', 6000], ['周八', 3600]];

describe('a month beside a department\'s name or under the table month\'s label is the table\'s month (regression of 14fe81de)', () => {
  for (const [pay, title] of [
    ['p1-title-month-dept.xlsx', '2026年2月 客服部'],
    ['p2-dept-cell-month-cell.xlsx', '客服部 | 2026年2月'],
    ['p3-jishu-title.xlsx', '2026年2月份基数表'],
    ['p4-riqi-label.xlsx', '日期 | 2026年2月'],
    ['p5-kaohe-yue.xlsx', '考核月 | 2026-02'],
    ['p6-mingxi.xlsx', '客服部2026年2月明细表'],
  ]) {
    it(`${title}: February's Sheet1 set aside, all five paid from March's (was pay-duplicate for all, exit 1)`, async () => {
      const r = await gradedReport(at('roster.xlsx'), { form: 'cs-scheme-100', pay: at(pay!) });
      expect(pays(r)).toEqual(MARCH_PAID);
      expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
    });

    it(`${title}, the form's month unknown: refused as two months' sheets (pay-sheets)`, async () => {
      const failure = await refusal(at('roster-nomonth.xlsx'), { form: 'cs-scheme-100', pay: at(pay!) });
      expect(failure.code).toBe('pay-sheets');
    });
  }
});

describe('a month under a label of when the sheet was made, printed or paid is not the table\'s', () => {
  for (const [pay, label] of [['d2-zhibiao.xlsx', '制表月份'], ['d2-dayin.xlsx', '打印月份'], ['d2-fafang.xlsx', '发放月份']]) {
    for (const roster of ['roster.xlsx', 'roster-nomonth.xlsx']) {
      it(`客服三组工资表 | ${label} | 2026年4月 with ${roster}: 孙七 6000.00, 周八 3600.00 (were unpaid, exit 1)`, async () => {
        const r = await gradedReport(at(roster), { form: 'cs-scheme-100', pay: at(pay!) });
        expect(pays(r)).toEqual(MARCH_PAID);
        expect(payCodes(r)).toEqual([]);
      });
    }
  }

  it('「发放月份 | 2026年3月」 over February\'s table is no March table: both sheets read, everyone on both pay-duplicate (was 张三 3300 at exit 0)', async () => {
    // README: a month paid out names no month — neither sheet names one, so both are read and each 工号 is on two rows.
    const r = await gradedReport(at('roster.xlsx'), { form: 'cs-scheme-100', pay: at('p7-fafang-label.xlsx') });
    expect(pays(r)).toEqual(MARCH_PAID.map(([name]) => [name, null]));
    expect(payCodes(r)).toEqual(['pay-duplicate:error']);
    expect(r.problems.filter((p) => p.code === 'pay-duplicate')).toHaveLength(5);
  });

  it('titles 「2026年2月工资表」/「2026年3月工资表」 with 「发放月份 | 2026年3月」/「2026年4月」 beside them: March\'s read (was pay-duplicate, both holding 2026-03)', async () => {
    const r = await gradedReport(at('roster.xlsx'), { form: 'cs-scheme-100', pay: at('v1-title-and-payout.xlsx') });
    expect(pays(r)).toEqual(MARCH_PAID);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
  });
});

describe('§28: a month without its year beside a pay word in a tab, or bracketed after a pay title, is a month', () => {
  const graded = (pay: string) => gradedReport(at('f28.xlsx'), { form: 'sales-aftersales-monthly', pay: at(pay), period: '2026-03' });
  // March's sheet: 张三 3000 × 0.7125 = 2137.50, 李四 2000 × 0.95 = 1900, 王五 2000 × 0.8375 = 1675; 赵六 on February's only.
  for (const [pay, what] of [
    ['f28-payL5.xlsx', 'tabs 3月工资 / 2月工资'],
    ['f28-payL3.xlsx', 'tabs 3月绩效 / 2月绩效'],
    ['f28-payL4.xlsx', 'tabs 绩效3月 / 绩效2月'],
    ['f28-payL1.xlsx', 'tabs 3月份绩效 / 2月份绩效'],
    ['f28-payL2.xlsx', 'titles 绩效工资表(3月) / (2月)'],
  ]) {
    it(`${what}: 赵六 pay-missing (was 6000 × 0.725 = 4350.00 from February's at exit 0)`, async () => {
      const r = await graded(pay!);
      expect(pays(r)).toEqual([['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', null]]);
      expect(payCodes(r)).toEqual(['pay-missing:error', 'pay-sheets-month:info']);
    });
  }

  // February's one sheet: 张三 2800 × 0.7125 = 1995, 李四 1900, 王五 1675, 赵六 6000 × 0.725 = 4350 — paid, and warned.
  for (const [pay, what] of [
    ['f28-payJ2.xlsx', 'title 绩效工资表(2月份) (was no warning)'],
    ['f28-payJ3.xlsx', 'title XX公司绩效工资表(2月) (was no warning)'],
    ['f28-payK3.xlsx', 'tab 2月份绩效 (was no warning)'],
    ['f28-payJ1.xlsx', 'title 绩效工资表(2026年2月) (as before)'],
    ['f28-payK1.xlsx', 'title 2月份绩效工资表 (as before)'],
  ]) {
    it(`one sheet, ${what}: paid from it with pay-month`, async () => {
      const r = await graded(pay!);
      expect(pays(r)).toEqual([['张三', 1995], ['李四', 1900], ['王五', 1675], ['赵六', 4350]]);
      expect(payCodes(r)).toEqual(['pay-month:warning']);
    });
  }

  it('tabs 3月工资 and 绩效工资 (no month): both read, 赵六 6000 × 0.725 = 4350 from the second, no warning (as before)', async () => {
    const r = await graded('f28-v2-tab-no-month.xlsx');
    expect(pays(r)).toEqual([['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', 4350]]);
    expect(payCodes(r)).toEqual([]);
  });
});
