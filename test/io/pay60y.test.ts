// Review of 260bd517 (考核月份 rules the whole ledger only when it lags 月份 steadily and its blanks read as 月份's put a
// person twice in a month; else row by row):
//  - a late-paid ledger (February's rows blank | 2026-03, March's 2026-03 | 2026-04) with one back-pay row of another lag
//    (赵六 2026-01 | 2026-04 or 2026-02 | 2026-04) was judged unsteady: read row by row, everyone twice in March —
//    all four pay-duplicate at exit 1. A row of another lag is an exception, not an unsteady lag.
//  - a back-pay row (张三 2026-02 | 2026-03) sorted under his own blank | 2026-03 row filled its 2026-02 down the blank
//    考核月份 below: 李四, 王五, 赵六 pay-missing at exit 1 (「此人只在工作表「工资表(考核月份 2026-02 的行)」里」). A back-pay
//    row inside a block of 月份's is one row, not a block heading.
//  - a running ledger (blank | 2026-02, blank | 2026-03) with 张三's back pay 2026-02 | 2026-03 at the end: the back-pay
//    row put 张三 twice in February and the ledger was read by 考核月份 alone — refused (「没有…2026-03 的行」, exit 2).
// test/fixtures/pay60y: the reviewer's files (/tmp/rv60c/pay) and make.py's sound variants.
// f28.xlsx (§28 sales-aftersales-monthly, --period 2026-03): 张三 71.25, 李四 95.00, 王五 83.75, 赵六 72.50; 绩效工资 =
// 基数 × 分数/100 (§14, none under 60).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/pay60y', f);
const f28 = path.join(repoRoot, 'test/fixtures/pay56/f28.xlsx');
type Report = Awaited<ReturnType<typeof gradedReport>>;
const pays = (r: Report) => r.people.map((p) => [p.name, p.pay?.bonus ?? null]);
const payCodes = (r: Report) => [...new Set(r.problems.filter((p) => p.code.startsWith('pay')).map((p) => `${p.code}:${p.severity}`))].sort();
const graded = (pay: string) => gradedReport(f28, { form: 'sales-aftersales-monthly', period: '2026-03', pay: at(pay) });
// March's amounts: 张三 3000 × 0.7125 = 2137.50, 李四 2000 × 0.95 = 1900, 王五 2000 × 0.8375 = 1675,
// 赵六 2500 × 0.725 = 1812.50. (February's would be 2800 × 0.7125 = 1995.00, 2200 × 0.95 = 2090.00,
// 1800 × 0.8375 = 1507.50, 6000 × 0.725 = 4350.00; a 500 back pay 500 × 0.725 = 362.50 / 500 × 0.7125 = 356.25.)
const march = [['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', 1812.5]];
const said = (r: Report, code: string) => r.problems.filter((p) => p.code === code);

describe('a late-paid ledger with a back-pay row of another lag stays read by 考核月份', () => {
  for (const [file, month] of [['v3_late_plus_backpay.xlsx', '2026-01'], ['v8_late_backpay_lag2.xlsx', '2026-02']] as const) {
    it(`${file} (blank | 2026-03 ×4, 2026-03 | 2026-04 ×4, 赵六 ${month} | 2026-04): March paid, the 4 blank rows said (was all four pay-duplicate, exit 1)`, async () => {
      const r = await graded(file);
      // Lags on rows holding both: 4 of one month, 1 of two or three — the ledger's usual lag is one month.
      expect(pays(r)).toEqual(march);
      expect(payCodes(r)).toEqual(['pay-month:warning', 'pay-sheets-month:info']);
      expect(said(r, 'pay-month')[0]!.message).toContain('「考核月份」空着的 4 行');
      expect(said(r, 'pay-sheets-month')[0]!.message).toContain(`「工资表(考核月份 ${month} 的行)」(${month})是别的月份的`);
    });
  }
});

describe('a back-pay row inside a block of 月份\'s is one row, not a block heading', () => {
  for (const file of ['v1_backpay_middle.xlsx', 'v5_order_swapped.xlsx']) {
    it(`${file} (张三's 2026-02 | 2026-03 under his blank | 2026-03): all four paid March's (was 李四/王五/赵六 pay-missing, exit 1)`, async () => {
      const r = await graded(file);
      // 张三 from his March row 3000 × 0.7125 = 2137.50, not his back pay 500 × 0.7125 = 356.25.
      expect(pays(r)).toEqual(march);
      expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
      const [note] = said(r, 'pay-sheets-month');
      expect(note!.message).toContain('「工资表(考核月份 2026-02 的行)」(2026-02)是别的月份的');
      expect(note!.message).toContain('只按「工资表(月份 2026-03 的行)」计算');
    });
  }

  it('v9_running_backpay_end.xlsx (blank | 2026-02 ×4, blank | 2026-03 ×4, 张三 2026-02 | 2026-03): March paid (was refused, 「没有…2026-03 的行」, exit 2)', async () => {
    const r = await graded('v9_running_backpay_end.xlsx');
    // 张三 twice in February only with his back-pay row: no sign of a late-paid ledger; row by row, March's four.
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
    expect(r.problems.some((p) => p.message.includes('没有考核表的月份 2026-03 的行'))).toBe(false);
  });
});

describe('sound: as read before', () => {
  it('late_block_heading.xlsx (blank | 2026-03 ×4, 张三 2026-03 | 2026-04 over blank | 2026-04 ×3): a block heading still fills its block — March paid, the 4 February rows said', async () => {
    const r = await graded('late_block_heading.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-month:warning']);
    expect(said(r, 'pay-month')[0]!.message).toContain('「考核月份」空着的 4 行');
  });

  it('running_written_backpay.xlsx (blank | 2026-02 ×4, 2026-03 | 2026-03 ×4, 张三 2026-02 | 2026-03): most rows lag none — row by row, March paid', async () => {
    const r = await graded('running_written_backpay.xlsx');
    // Lags on rows holding both: 4 of none, 1 of one month — no late-paid ledger.
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
    expect(said(r, 'pay-sheets-month')[0]!.message).toContain('只按「工资表(考核月份 2026-03 的行)」计算');
  });
});
