// Pay ledgers whose rows' order decided their months (review 60 of the back-pay rules, /tmp/rv60c/pay, /tmp/rv60g/pay):
//  - a back-pay row (考核月份 written, another month than 月份) first in its block, or right under another back-pay row,
//    was taken for a block's heading and its month filled down the blank 考核月份 below: 赵六's 2026-02 | 2026-03 first
//    made everyone February's (赵六 pay-duplicate, exit 1); 张三's second back-pay row made 李四/王五/赵六 January's or
//    February's (pay-missing, exit 1); two back-pay rows at a running ledger's end read the ledger by 考核月份 alone
//    (refused 「没有…2026-03 的行」, exit 2).
//  - 考核月份 written only on each block's first row (filled straight down as the only month column) carried 张三's
//    back-pay row's 2026-02 down March's block (pay-missing, exit 1).
//  - a late-paid ledger with March's block (2026-03 | 2026-04) first filled 2026-03 down February's blank | 2026-03 rows:
//    everyone twice in March, all four pay-duplicate at exit 1.
// Now a row of another 考核月份 in a 月份 where the same person has his own row (考核月份 blank or that month) is back pay
// wherever it stands, a back-pay row is passed over as the row above, and a blank 考核月份 is filled from its own 月份's
// block only. test/fixtures/fx61e: the reviewers' files and make.py's variants.
// f28.xlsx (§28 sales-aftersales-monthly, --period 2026-03): 张三 71.25, 李四 95.00, 王五 83.75, 赵六 72.50; 绩效工资 =
// 基数 × 分数/100 (§14, none under 60).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx61e', f);
const f28 = path.join(repoRoot, 'test/fixtures/pay56/f28.xlsx');
type Report = Awaited<ReturnType<typeof gradedReport>>;
const pays = (r: Report) => r.people.map((p) => [p.name, p.pay?.bonus ?? null]);
const payCodes = (r: Report) => [...new Set(r.problems.filter((p) => p.code.startsWith('pay')).map((p) => `${p.code}:${p.severity}`))].sort();
const graded = (pay: string) => gradedReport(f28, { form: 'sales-aftersales-monthly', period: '2026-03', pay: at(pay) });
const said = (r: Report, code: string) => r.problems.filter((p) => p.code === code);
// March's amounts: 张三 3000 × 0.7125 = 2137.50, 李四 2000 × 0.95 = 1900, 王五 2000 × 0.8375 = 1675,
// 赵六 2500 × 0.725 = 1812.50. (February's would be 2800 × 0.7125 = 1995.00, 2200 × 0.95 = 2090.00,
// 1800 × 0.8375 = 1507.50, 6000 × 0.725 = 4350.00; a 500 back pay 500 × 0.725 = 362.50 / 500 × 0.7125 = 356.25.)
const march = [['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', 1812.5]];

describe('a back-pay row is one row wherever it stands', () => {
  const cases: Array<[string, string, string]> = [
    ['v2_backpay_first.xlsx', '赵六 2026-02 | 2026-03 first over blank | 2026-03 ×4 (was 赵六 pay-duplicate, exit 1)', '2026-02'],
    ['r1_two_backpay_end.xlsx', 'running ledger, 张三 and 李四 2026-02 | 2026-03 at the end (was refused, exit 2)', '2026-02'],
    ['h4_running_two_backpay_end_swapped.xlsx', 'r1 with 月份 | 考核月份 (was refused, exit 2)', '2026-02'],
    ['r2_two_backpay_same_middle.xlsx', '张三 2026-02 and 2026-01 | 2026-03 under his own row (was 3 pay-missing, exit 1)', '2026-01'],
    ['r3_two_backpay_same_lag_middle.xlsx', '张三 2026-02 | 2026-03 twice under his own row (was 3 pay-missing, exit 1)', '2026-02'],
  ];
  for (const [file, what, month] of cases) {
    it(`${file}: ${what} — March's four paid`, async () => {
      const r = await graded(file);
      // Each back-pay row another month's (not read); everyone's own row of 月份 2026-03 read: 张三 3000, not 500.
      expect(pays(r)).toEqual(march);
      expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
      const [note] = said(r, 'pay-sheets-month');
      expect(note!.message).toContain(`「工资表(考核月份 ${month} 的行)」(${month})`);
      expect(note!.message).toContain('只按「工资表(月份 2026-03 的行)」计算');
    });
  }

  it('r7_block_heads.xlsx (考核月份 on each block\'s first row, 张三\'s back pay under March\'s heading): March\'s four paid (was 3 pay-missing, exit 1)', async () => {
    const r = await graded('r7_block_heads.xlsx');
    // 2026-03 | 2026-03 张三 fills 李四/王五/赵六's blank | 2026-03 rows past his back-pay row 2026-02 | 2026-03.
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
    expect(said(r, 'pay-sheets-month')[0]!.message).toContain('只按「工资表(考核月份 2026-03 的行)」计算');
  });
});

describe('a blank 考核月份 is filled from its own 月份\'s block only', () => {
  for (const file of ['v10_late_reversed.xlsx', 'late_heads_reversed.xlsx']) {
    it(`${file} (paid a month late, March's 2026-03 | 2026-04 block first, February's blank | 2026-03 after): March paid, the 4 blank rows said (was all four pay-duplicate, exit 1)`, async () => {
      const r = await graded(file);
      // As the same ledger in the usual order (pay60y's q1): March's rows by 考核月份; February's rows of no appraisal month.
      expect(pays(r)).toEqual(march);
      expect(payCodes(r)).toEqual(['pay-month:warning']);
      expect(said(r, 'pay-month')[0]!.message).toContain('「考核月份」空着的 4 行');
    });
  }
});

describe('as before', () => {
  it('heads_no_backpay.xlsx (考核月份 on each block\'s first row, no back pay): March paid', async () => {
    const r = await graded('heads_no_backpay.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
  });

  // (head_first_alone.xlsx — 张三 2026-02 | 2026-03 first, no row of his own in 2026-03 — was read as February's and paid
  // with pay-month; the form's month the rows' 月份, it is refused now: test/io/fx62c.test.ts.)

  it('r8_no_march.xlsx (February\'s rows and 张三\'s January back pay, no March): still refused', async () => {
    const failure = await refusal(f28, { form: 'sales-aftersales-monthly', period: '2026-03', pay: at('r8_no_march.xlsx') });
    expect(failure.code).toBe('pay-sheets');
    expect(failure.message).toContain('没有考核表的月份 2026-03 的行');
  });
});
