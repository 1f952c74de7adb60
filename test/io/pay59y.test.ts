// Review of ef2d86cf (考核月份 ruling over 月份 wherever the two disagree on a row): a ledger whose rows mostly leave
// 考核月份 blank (blank | 2026-03) beside one back-pay row 2026-02 | 2026-03 was read as 考核月份's, the blank rows of no
// month, and refused whole (pay-sheets 「按月份列是 2026-02 的行,没有考核表的月份 2026-03 的行」, exit 2). A blank
// 考核月份 is 「the same as 月份」 unless 考核月份 lags 月份 by a month on every row holding both AND reading its blanks
// as 月份's would put a person on two rows of one month (a ledger paid a month late, ef2d86cf's q1 / q6).
// test/fixtures/pay59y: the reviewer's file (/tmp/rv59f/pay) and make.py's sound variant.
// f28.xlsx (§28 sales-aftersales-monthly, --period 2026-03): 张三 71.25, 李四 95.00, 王五 83.75, 赵六 72.50; 绩效工资 =
// 基数 × 分数/100 (§14, none under 60).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/pay59y', f);
const f28 = path.join(repoRoot, 'test/fixtures/pay56/f28.xlsx');
type Report = Awaited<ReturnType<typeof gradedReport>>;
const pays = (r: Report) => r.people.map((p) => [p.name, p.pay?.bonus ?? null]);
const payCodes = (r: Report) => [...new Set(r.problems.filter((p) => p.code.startsWith('pay')).map((p) => `${p.code}:${p.severity}`))].sort();
const graded = (pay: string) => gradedReport(f28, { form: 'sales-aftersales-monthly', period: '2026-03', pay: at(pay) });
// March's amounts: 张三 3000 × 0.7125 = 2137.50, 李四 2000 × 0.95 = 1900, 王五 2000 × 0.8375 = 1675,
// 赵六 2500 × 0.725 = 1812.50.
const march = [['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', 1812.5]];
const said = (r: Report, code: string) => r.problems.filter((p) => p.code === code);

describe('考核月份 blank on most rows beside one back-pay row: a blank is the same as 月份', () => {
  it('b_backpay_row.xlsx (blank | 2026-03 ×4, 赵六 2026-02 | 2026-03): March paid, 赵六\'s back-pay row set aside as February\'s (was refused whole, pay-sheets, exit 2)', async () => {
    const r = await graded('b_backpay_row.xlsx');
    // 赵六 is paid from his March row (2500 × 0.725 = 1812.50), not his back-pay row (500 × 0.725 = 362.50) nor duplicate.
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
    const [note] = said(r, 'pay-sheets-month');
    expect(note!.message).toContain('「工资表(考核月份 2026-02 的行)」(2026-02)是别的月份的');
    expect(note!.message).toContain('只按「工资表(月份 2026-03 的行)」计算');
    expect(r.problems.some((p) => p.message.includes('没有考核表的月份 2026-03 的行'))).toBe(false);
  });
});

describe('sound: a ledger paid a month late, most rows blank, stays read by 考核月份', () => {
  it('lag_feb_block_larger.xlsx (February blank | 2026-03 ×6, March 2026-03 | 2026-04 ×4): March paid, the 6 blank rows unread and said, as before', async () => {
    const r = await graded('lag_feb_block_larger.xlsx');
    // Not February's 2800 × 0.7125 = 1995.00 / 2200 × 0.95 = 2090.00 / 1800 × 0.8375 = 1507.50 / 6000 × 0.725 = 4350.00.
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-month:warning']);
    expect(said(r, 'pay-month')[0]!.message).toContain('「考核月份」空着的 6 行');
  });
});
