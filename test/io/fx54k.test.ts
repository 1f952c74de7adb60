// Pay workbooks of ONE month read as of two (regressions of 370aea1a): a month written above a sheet's headings that is
// no pay table's month, or a span 「2026年1-3月」 read as January, set March's sheets aside — pay-missing at exit 1 where
// all five were paid at exit 0. test/fixtures/fx54k/make.py writes the files (the reviewer's). roster.xlsx (cs-scheme-100,
// 2026-03; K: 优秀 95 < A 1.1, 良好 90 < A ≤ 95 1.0, 一般 85 < A ≤ 90 0.9), roster-nomonth.xlsx the same without a month:
//   张三 20+30+10+10+5+5+10+10 = 100 优秀 K 1.1   李四 20+28+10+10+5+5+9+9 = 96 优秀 K 1.1
//   王五 19+28+9+9+5+5+10+10 = 95 良好 K 1.0     孙七 18+28+9+9+5+5+9+8.5 = 91.5 良好 K 1.0
//   周八 17+26+8+9+5+5+8+7.5 = 85.5 一般 K 0.9
// Every sheet: 张三 5000, 李四 4000, 王五 4000, 孙七 6000, 周八 4000 (绩效基数), 基本工资 3000 each.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx54k', f);
const graded = (pay: string, roster = 'roster.xlsx') => gradedReport(at(roster), { form: 'cs-scheme-100', pay: at(pay) });
const pays = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.pay?.bonus ?? null, p.pay?.gross ?? null]);
const payCodes = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code.startsWith('pay') || p.severity === 'error').map((p) => p.code);
// 张三 5000 × 1.1 = 5500, + 3000 = 8500; 李四 4000 × 1.1 = 4400, 7400; 王五 4000 × 1.0 = 4000, 7000;
// 孙七 6000 × 1.0 = 6000, 9000; 周八 4000 × 0.9 = 3600, 6600.
const ALL_PAID = [['张三', 5500, 8500], ['李四', 4400, 7400], ['王五', 4000, 7000], ['孙七', 6000, 9000], ['周八', 3600, 6600]];

describe('a month above a pay sheet\'s headings that is not its pay table\'s month', () => {
  it('「新员工」 titled 「2026年2月入职人员」: 周八 there paid 4000 × 0.9 = 3600, 6600 (was pay-missing at exit 1)', async () => {
    const r = await graded('C-new-hires.xlsx');
    expect(pays(r)).toEqual(ALL_PAID);
    expect(payCodes(r)).toEqual([]);
  });

  it('售后部 under only 「注:2026年2月离职人员已删除」: 王五 4000, 孙七 6000, 周八 3600 paid (all three were pay-missing)', async () => {
    const r = await graded('B2-note-only.xlsx');
    expect(pays(r)).toEqual(ALL_PAID);
    expect(payCodes(r)).toEqual([]);
  });

  it('「售后部绩效工资(2026年4月发放)」 is the month it is paid out: 售后部 read for March', async () => {
    const r = await graded('D-payout.xlsx');
    expect(pays(r)).toEqual(ALL_PAID);
    expect(payCodes(r)).toEqual([]);
  });
});

describe('a span 「2026年1-3月」 holds March (it was read as January)', () => {
  it('a tab 「2026年1-3月」 holding 孙七 only: 6000 × 1.0 = 6000, 9000 (was pay-missing 「那是 2026-01 的工资表」)', async () => {
    const r = await graded('G-q1-sheet-person.xlsx');
    expect(pays(r)).toEqual(ALL_PAID);
    expect(payCodes(r)).toEqual([]);
  });

  it('「汇总」 titled 「2026年1-3月绩效工资汇总」 repeating the departments: read with them, the repeat said (not set aside as 2026-01)', async () => {
    const r = await graded('A-dept-summary-q1.xlsx');
    expect(pays(r)).toEqual(ALL_PAID);
    expect(payCodes(r)).toEqual(['pay-sheets-repeat']);
    expect(r.problems.find((p) => p.code === 'pay-sheets-repeat')!.message).toBe('工资文件 A-dept-summary-q1.xlsx 的工作表「汇总」重复了「销售部」、「售后部」里的 5 行(姓名、金额都相同),每人只读一次');
  });
});

describe('the form\'s month unknown (no 考核月份, no month in the title): the tabs alone tell, as before', () => {
  it('A (titles 2026年3月 ×2 and 2026年1-3月) and C (3月工资 and 新员工): all five paid at exit 0 (were refused, exit 2)', async () => {
    for (const pay of ['A-dept-summary-q1.xlsx', 'C-new-hires.xlsx']) {
      const r = await graded(pay, 'roster-nomonth.xlsx');
      expect(pays(r)).toEqual(ALL_PAID);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    }
  });
});
