// Review of aafdf2a3 (an appraisal-month column — 考核月份 — that leaves rows of no month ranks under 月份): where 月份 names
// another month than 考核月份 on a row holding both (the month paid in, a month late), 考核月份 rules, and its blank rows are
// of no appraisal month — not read, said once; no row of 考核月份 of the form's month is refused, never paid by 月份.
// test/fixtures/pay59x: the reviewers' files (/tmp/rv59a/pay) and make.py's sound variants.
// f28.xlsx (§28 sales-aftersales-monthly, --period 2026-03): 张三 71.25, 李四 95.00, 王五 83.75, 赵六 72.50; 绩效工资 =
// 基数 × 分数/100 (§14, none under 60).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/pay59x', f);
const f28 = path.join(repoRoot, 'test/fixtures/pay56/f28.xlsx');
type Report = Awaited<ReturnType<typeof gradedReport>>;
const pays = (r: Report) => r.people.map((p) => [p.name, p.pay?.bonus ?? null]);
const payCodes = (r: Report) => [...new Set(r.problems.filter((p) => p.code.startsWith('pay')).map((p) => `${p.code}:${p.severity}`))].sort();
const options = (pay: string, period = '2026-03') => ({ form: 'sales-aftersales-monthly', period, pay: at(pay) });
const graded = (pay: string) => gradedReport(f28, options(pay));
// March's amounts (the rows whose 考核月份 is 2026-03): 张三 3000 × 0.7125 = 2137.50, 李四 2000 × 0.95 = 1900,
// 王五 2000 × 0.8375 = 1675, 赵六 2500 × 0.725 = 1812.50. February's (paid before): 张三 2800 × 0.7125 = 1995.00,
// 李四 2200 × 0.95 = 2090.00, 王五 1800 × 0.8375 = 1507.50, 赵六 6000 × 0.725 = 4350.00.
const march = [['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', 1812.5]];
const said = (r: Report, code: string) => r.problems.filter((p) => p.code === code);

describe('考核月份 and 月份 naming different months on a row: 考核月份 rules, its blank rows are of no month', () => {
  it('q1_kaohe_from_march_paid_later.xlsx (February: blank | 2026-03, March: 2026-03 | 2026-04): March paid (was February\'s 1995.00 / 2090.00 / 1507.50 / 4350.00 at exit 0)', async () => {
    const r = await graded('q1_kaohe_from_march_paid_later.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-month:warning']);
    const [w] = said(r, 'pay-month');
    expect(said(r, 'pay-month')).toHaveLength(1);
    expect(w).toMatchObject({ sheet: '[q1_kaohe_from_march_paid_later.xlsx]工资表', cell: 'A1' });
    expect(w!.message).toContain('「考核月份」空着的 4 行(「张三(1001)」、「李四(1002)」、「王五(1003)」、「赵六(1004)」)看不出是哪个月的考核,没有读');
  });

  it('q6_kaohe_first_blank.xlsx (考核月份 blank on 张三\'s February row only, 月份 a month later): March paid (was February\'s to all four at exit 0)', async () => {
    const r = await graded('q6_kaohe_first_blank.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-month:warning', 'pay-sheets-month:info']);
    expect(said(r, 'pay-month')[0]!.message).toContain('「考核月份」空着的 1 行(「张三(1001)」)');
    expect(said(r, 'pay-sheets-month')[0]!.message).toContain('只按「工资表(考核月份 2026-03 的行)」计算');
  });

  for (const period of ['2026-02', '2026-04']) {
    it(`q1 for ${period}: no row of 考核月份 ${period} — refused (pay-sheets), not paid by 月份 ${period}'s rows (2026-04 paid March's 2137.50 … as April's)`, async () => {
      const p = await refusal(f28, options('q1_kaohe_from_march_paid_later.xlsx', period));
      expect(p.code).toBe('pay-sheets');
      expect(p.message).toContain(`按月份列是 2026-03 的行,没有考核表的月份 ${period} 的行`);
    });
  }

  it('kaohe_march_one_typo.xlsx (月份 = 考核月份 but 赵六\'s March 考核月份 typed 2026-02): 考核月份 rules — 赵六 unpaid (pay-missing, his row is 2026-02\'s), the others March', async () => {
    const r = await graded('kaohe_march_one_typo.xlsx');
    // 赵六's only row of 考核月份 2026-02 is set aside; 张三 / 李四 / 王五 as March: 2137.50 / 1900 / 1675.
    expect(pays(r)).toEqual([...march.slice(0, 3), ['赵六', null]]);
    const missing = said(r, 'pay-missing');
    expect(missing.map((p) => p.person ?? p.message)).toHaveLength(1);
    expect(missing[0]!.message).toContain('赵六');
    expect(missing[0]!.message).toContain('2026-02');
  });
});

describe('sound: where the two agree, 月份 stays read', () => {
  it('kaohe_march_yuefen_bare.xlsx (月份 「2月」 | blank, 「3月」 | 2026-03: the same month written bare): 月份 read, March paid, as before', async () => {
    const r = await graded('kaohe_march_yuefen_bare.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
    expect(said(r, 'pay-sheets-month')[0]!.message).toContain('只按「工资表(月份 3月 的行)」计算');
  });
});
