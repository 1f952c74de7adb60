// The pay file's month against the form's (readPay payMonthsOfSheet / sheetsOfMonth), its amounts' period (foreignMoneyUnit's
// neighbour perPeriodUnit), and a year's summary sheet. test/fixtures/pay57p: the testers' files (/tmp/rt57P fx/, t/) and
// make.py's sound variants.
// sa_filled.xlsx (§28 sales-aftersales-monthly, 考核月份 2026-03): 张三 71.25, 李四 96.25, 王五 37.50 (under 60: × 0.7, §14/§28).
// March's 基数 3000/2500/2000: 3000 × 0.7125 = 2137.50, 2500 × 0.9625 = 2406.25, 2000 × 0.375 × 0.7 = 525.00.
// February's 2900/2400/1900: 2900 × 0.7125 = 2066.25, 2400 × 0.9625 = 2310.00, 1900 × 0.375 × 0.7 = 498.75.
// Last year's (2025) 2500/2000/1500: 2500 × 0.7125 = 1781.25, 2000 × 0.9625 = 1925.00, 1500 × 0.375 × 0.7 = 393.75.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/pay57p', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const pays = (r: Report) => r.people.map((p) => [p.name, p.pay?.bonus ?? null]);
const payCodes = (r: Report) => [...new Set(r.problems.filter((p) => p.code.startsWith('pay')).map((p) => `${p.code}:${p.severity}`))].sort();
const march = [['张三', 2137.5], ['李四', 2406.25], ['王五', 525]];
const february = [['张三', 2066.25], ['李四', 2310], ['王五', 498.75]];
const lastYear = [['张三', 1781.25], ['李四', 1925], ['王五', 393.75]];
const graded = (pay: string, form = 'sa_filled.xlsx') => gradedReport(at(form), { pay: at(pay) });

describe('a bare month of the tab or the file name beside a title of one full month: the title\'s', () => {
  for (const pay of ['pay_tab3_feb.xlsx', '3月工资.csv']) {
    it(`${pay} (「3月」 titled 「2026年2月工资表…」): February's, paid with pay-month as tab 「2026年2月」 is (was 2066.25 with no word)`, async () => {
      const r = await graded(pay);
      expect(pays(r)[0]).toEqual(february[0]);
      expect(payCodes(r)).toEqual(['pay-month:warning']);
      expect(r.problems.find((p) => p.code === 'pay-month')!.message).toContain('写的是 2026-02,考核表是 2026-03');
    });
  }

  it('pay_tabfeb_title.xlsx (tab 「2026年2月」): the same, as before', async () => {
    const r = await graded('pay_tabfeb_title.xlsx');
    expect(pays(r)).toEqual(february);
    expect(payCodes(r)).toEqual(['pay-month:warning']);
  });

  for (const pay of ['tab3_title_mar.xlsx', 'tab3_title_year.xlsx', 'tab3_notitle.xlsx', 'pay1.csv']) {
    it(`sound: ${pay} (「3月」 under 2026年3月, 2026年 or no title): March's, no word`, async () => {
      const r = await graded(pay);
      expect(pays(r)).toEqual(march);
      expect(payCodes(r)).toEqual([]);
    });
  }
});

describe('last year\'s month is another month', () => {
  it('pay_lastyear.xlsx (tabs 1月…12月 titled 2025年N月工资表): refused, no sheet of 2026-03 (was 1781.25 … at exit 0, 「3月」 read)', async () => {
    const failure = await refusal(at('sa_filled.xlsx'), { pay: at('pay_lastyear.xlsx') });
    expect(failure.code).toBe('pay-sheets');
    expect(failure.message).toBe('工资文件 pay_lastyear.xlsx 有 12 张按月份命名的工资表(「1月」、「2月」、「3月」、「4月」、「5月」、「6月」),不知道用哪个月的金额;请把本月的一张另存为一个文件(或把其他月份的表隐藏)后,用 --pay 给出它');
  });

  it('pay_lastyear_single.xlsx (one sheet 「3月」 titled 2025年3月工资表): paid with pay-month 2025-03, as one sheet of another month is (was no word)', async () => {
    const r = await graded('pay_lastyear_single.xlsx');
    expect(pays(r)).toEqual(lastYear);
    expect(payCodes(r)).toEqual(['pay-month:warning']);
    expect(r.problems.find((p) => p.code === 'pay-month')!.message).toContain('写的是 2025-03,考核表是 2026-03');
  });

  it('pay_ledger2025_bare.xlsx (月份 1月…12月 under 「2025年工资台账」): refused, no row of 2026-03 (was paid from 2025\'s 3月 rows)', async () => {
    const failure = await refusal(at('sa_filled.xlsx'), { pay: at('pay_ledger2025_bare.xlsx') });
    expect(failure.code).toBe('pay-sheets');
    expect(failure.message).toBe('工资文件 pay_ledger2025_bare.xlsx 的工作表「工资台账」按月份列是 2025-01、2025-02、2025-03、2025-04、2025-05、2025-06 等 12 个月 的行,没有考核表的月份 2026-03 的行;请给出 2026-03 的工资表后重新评分');
  });

  it('sound: ledger2026_bare.xlsx (月份 2月, 3月 under 「2026年工资台账」): March\'s rows read, February\'s set aside', async () => {
    const r = await graded('ledger2026_bare.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
    expect(r.problems.find((p) => p.code === 'pay-sheets-month')!.message).toContain('(2026-02)是别的月份的');
  });

  for (const pay of ['pay_12tabs.xlsx', 'pay_year.xlsx']) {
    it(`sound: ${pay} (tabs 1月…12月 titled 2026年N月 / under 「2026年度工资表」): March's read, the others set aside`, async () => {
      const r = await graded(pay);
      expect(pays(r)).toEqual(march);
      expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
    });
  }
});

describe('a ledger of one sheet without the form\'s month is said as one (it was 「12 张按月份命名的工资表…另存为」)', () => {
  it('pay_ledger2025.xlsx (月份 2025-01…2025-12): no row of 2026-03', async () => {
    const failure = await refusal(at('sa_filled.xlsx'), { pay: at('pay_ledger2025.xlsx') });
    expect([failure.code, failure.message]).toEqual(['pay-sheets', '工资文件 pay_ledger2025.xlsx 的工作表「工资台账」按月份列是 2025-01、2025-02、2025-03、2025-04、2025-05、2025-06 等 12 个月 的行,没有考核表的月份 2026-03 的行;请给出 2026-03 的工资表后重新评分']);
  });

  it('the form\'s month unknown (noperiod.xlsx): --period suggested; for sheets of months too', async () => {
    const ledger = await refusal(at('noperiod.xlsx'), { pay: at('pay_ledger2025.xlsx') });
    expect(ledger.message).toBe('工资文件 pay_ledger2025.xlsx 的工作表「工资台账」按月份列有 12 个月的行(2025-01、2025-02、2025-03、2025-04、2025-05、2025-06 等),看不出考核表是哪个月的,不知道用哪个月的金额;请用 --period 给出考核月份后重新评分');
    const tabs = await refusal(at('noperiod.xlsx'), { pay: at('pay_12tabs.xlsx') });
    expect([tabs.code, tabs.message]).toEqual(['pay-sheets', '工资文件 pay_12tabs.xlsx 有 12 张按月份命名的工资表(「1月」、「2月」、「3月」、「4月」、「5月」、「6月」),不知道用哪个月的金额;请把本月的一张另存为一个文件(或把其他月份的表隐藏)后,用 --pay 给出它;或用 --period 给出考核月份']);
  });

  it('with --period 2026-03 noperiod.xlsx reads pay_12tabs.xlsx\'s 3月', async () => {
    const r = await gradedReport(at('noperiod.xlsx'), { pay: at('pay_12tabs.xlsx'), period: '2026-03' });
    expect(pays(r)).toEqual(march);
  });
});

describe('amounts per year, quarter or day are not the month\'s (pay-unit)', () => {
  for (const [pay, heading, unit, per, cell] of [
    ['pay_base_per_year.xlsx', '绩效基数(元/年)', '元/年', '每年', 'E2'],
    ['pay_base_per_quarter.xlsx', '绩效基数(元/季)', '元/季', '每季度', 'E2'],
    ['base_per_day.xlsx', '绩效基数(元/天)', '元/天', '每天', 'F2'],
    ['base_day.xlsx', '绩效基数(日)', '日', '每天', 'F2'],
  ] as const) {
    it(`${pay} 「${heading}」: refused at its heading (36000 was paid as the month's: 张三 25650.00 for 2137.50 at exit 0)`, async () => {
      const failure = await refusal(at('sa_filled.xlsx'), { pay: at(pay) });
      expect([failure.code, failure.cell]).toEqual(['pay-unit', cell]);
      expect(failure.message).toContain(`工资文件 ${pay}:列「${heading}」的金额单位是「${unit}」(${per}的金额),kpi 的绩效基数、基本工资按每月的金额(元/月)计算,不换算;请把这一列换成每月的金额(元),并把列名改为「绩效基数」或「绩效基数(元)」后重新评分`);
    });
  }

  it('pay_basic_per_year.csv 「基本工资(元/年)」: refused (工资总额 was 48000 + 2137.50 = 50137.50)', async () => {
    const failure = await refusal(at('sa_filled.xlsx'), { pay: at('pay_basic_per_year.csv') });
    expect([failure.code, failure.cell]).toEqual(['pay-unit', 'C1']);
    expect(failure.message).toContain('列「基本工资(元/年)」的金额单位是「元/年」(每年的金额)');
  });

  for (const pay of ['base_per_month.xlsx', 'base_per_person_month.xlsx']) {
    it(`sound: ${pay} (「(元/月)」, 「(元/人/月)」): the month's, paid`, async () => {
      const r = await graded(pay);
      expect(pays(r)).toEqual(march);
      expect(payCodes(r)).toEqual([]);
    });
  }
});

describe('a year\'s summary sheet beside sheets of months', () => {
  it('pay_sum.xlsx (1月–3月 and 全年汇总 titled 「2026年度工资汇总」): set aside, March paid (was pay-duplicate for all, exit 1)', async () => {
    const r = await graded('pay_sum.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
    expect(r.problems.find((p) => p.code === 'pay-sheets-month')!.message).toBe('工资文件 pay_sum.xlsx 的工作表「1月」(2026-01)、「2月」(2026-02)是别的月份的,工作表「全年汇总」(2026年度工资汇总)是全年或几个月的汇总,考核表是 2026-03:绩效基数只按「3月」计算,没有读别的月份的表和汇总表');
  });

  it('sound: dept_summary.xlsx (汇总 beside department sheets, no month anywhere): read with them, the repeat said', async () => {
    const r = await graded('dept_summary.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-repeat:info']);
  });
});
