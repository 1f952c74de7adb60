// Review of f5b9d2f6 (the pay month column chosen by MONTH_COLUMN rank): a column of the appraisal's month (考核月份,
// 绩效月份) ranked under the pay month's (月份, 工资月份), and a 年度 column beside a bare 月份 unread.
// test/fixtures/pay58m: the reviewers' files (/tmp/rv58B/pay) and make.py's sound variants.
// f28.xlsx (§28 sales-aftersales-monthly, --period 2026-03): 张三 71.25, 李四 95.00, 王五 83.75, 赵六 72.50; 绩效工资 =
// 基数 × 分数/100 (§14, none under 60).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/pay58m', f);
const f28 = path.join(repoRoot, 'test/fixtures/pay56/f28.xlsx');
type Report = Awaited<ReturnType<typeof gradedReport>>;
const pays = (r: Report) => r.people.map((p) => [p.name, p.pay?.bonus ?? null]);
const payCodes = (r: Report) => [...new Set(r.problems.filter((p) => p.code.startsWith('pay')).map((p) => `${p.code}:${p.severity}`))].sort();
const options = { form: 'sales-aftersales-monthly', period: '2026-03' };
const graded = (pay: string) => gradedReport(f28, { ...options, pay: at(pay) });
// March's amounts: 张三 3000 × 0.7125 = 2137.50, 李四 2000 × 0.95 = 1900, 王五 2000 × 0.8375 = 1675, 赵六 2500 × 0.725 = 1812.50.
// (February's 2800/2200/1800/6000 would pay 1995.00 / 2090.00 / 1507.50 / 4350.00.)
const march = [['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', 1812.5]];

describe('a column of the appraisal\'s month is the form\'s period: it ranks above a pay month\'s', () => {
  for (const [pay, heading] of [['a2_kaohe_yuefen.xlsx', '考核月份'], ['a_jixiao_gongzi.xlsx', '绩效月份'], ['a3_yuefen_kaohe.xlsx', '考核月份']] as const) {
    it(`${pay} (${heading} 2026-03 on the rows whose pay month is 2026-04): those rows read (was February's, 1995.00 … at exit 0), the note naming ${heading}`, async () => {
      const r = await graded(pay);
      expect(pays(r)).toEqual(march);
      expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
      const note = r.problems.find((p) => p.code === 'pay-sheets-month')!.message;
      expect(note).toContain(`「工资表(${heading} 2026-02 的行)」(2026-02)是别的月份的`);
      expect(note).toContain(`只按「工资表(${heading} 2026-03 的行)」计算`);
    });
  }

  it('sound: kaohe_equal_yuefen.xlsx (考核月份 and 月份 the same month on each row): March\'s rows read, as before', async () => {
    const r = await graded('kaohe_equal_yuefen.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
  });
});

describe('a bare month takes its year from a 年度 column beside it', () => {
  for (const pay of ['c10_niandu_2025_only_feb_mar.xlsx', 'niandu2025_text.xlsx']) {
    it(`${pay} (年度 2025 | 月份 2 / 3): refused as 「2025年工资台账」 is, no row of 2026-03 (was 2025's 3 rows paid as March's at exit 0)`, async () => {
      const failure = await refusal(f28, { ...options, pay: at(pay) });
      expect([failure.code, failure.message]).toEqual(['pay-sheets', `工资文件 ${pay} 的工作表「工资表」按月份列是 2025-02、2025-03 的行,没有考核表的月份 2026-03 的行;请给出 2026-03 的工资表后重新评分`]);
    });
  }

  for (const pay of ['c4_niandu.xlsx', 'c5_niandu_text.xlsx']) {
    it(`sound: ${pay} (年度 2026 | 月份 2 / 3): March's rows read, as before (the parts now 2026-02 / 2026-03)`, async () => {
      const r = await graded(pay);
      expect(pays(r)).toEqual(march);
      expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
      expect(r.problems.find((p) => p.code === 'pay-sheets-month')!.message).toContain('「工资表(月份 2026-02 的行)」(2026-02)是别的月份的');
    });
  }

  for (const pay of ['c9_niandu_2025_2026.xlsx', 'niandu_block_first.xlsx']) {
    it(`${pay} (年度 2025 rows then 2026 rows, 月份 3 on all): 2026's read, 2025's set aside (was pay-duplicate for everyone, exit 1)`, async () => {
      const r = await graded(pay);
      expect(pays(r)).toEqual(march);
      expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
      expect(r.problems.find((p) => p.code === 'pay-sheets-month')!.message).toContain('「工资表(月份 2025-03 的行)」(2025-03)是别的月份的');
    });
  }
});
