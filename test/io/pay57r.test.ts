// Review of 00c226ce / 198e2cf7 (the pay 月份 column; one amount under 100 among thousands): a tab copied from last
// month's with its 月份 column left, and a 合计 row labelled in 序号 or 部门 with a head count under 姓名.
// test/fixtures/pay57r: the reviewers' files (/tmp/rt57rvC/p) and make.py's sound variants.
// f28.xlsx (§28 sales-aftersales-monthly, --period 2026-03): 张三 71.25, 李四 95.00, 王五 83.75, 赵六 72.50; 绩效工资 =
// 基数 × 分数/100 (§14, none under 60).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/pay57r', f);
const f28 = path.join(repoRoot, 'test/fixtures/pay56/f28.xlsx');
type Report = Awaited<ReturnType<typeof gradedReport>>;
const pays = (r: Report) => r.people.map((p) => [p.name, p.pay?.bonus ?? null]);
const payCodes = (r: Report) => [...new Set(r.problems.filter((p) => p.code.startsWith('pay')).map((p) => `${p.code}:${p.severity}`))].sort();
const graded = (pay: string, period = '2026-03') => gradedReport(f28, { form: 'sales-aftersales-monthly', period, pay: at(pay) });
// March's amounts: 张三 3000 × 0.7125 = 2137.50, 李四 2000 × 0.95 = 1900, 王五 2000 × 0.8375 = 1675, 赵六 2500 × 0.725 = 1812.50.
const march = [['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', 1812.5]];

describe('a tab naming a month whose 月份 column says another on every row is the tab\'s month (a copied sheet)', () => {
  it('w3: 「2月」 (2026-02) and 「3月」 copied from it, 月份 still 2026-02 — 3月 read with a warning at its 月份 heading (was exit 2 pay-sheets)', async () => {
    const r = await graded('w3_copied_tab_stale_col.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-month:warning', 'pay-sheets-month:info']);
    const stale = r.problems.find((p) => p.code === 'pay-month')!;
    expect(stale.cell).toBe('A1');
    expect(stale.sheet).toContain('3月');
    expect(stale.message).toContain('工作表「3月」表名是 3月,「月份」一列却每行都写着 2026-02');
    expect(r.problems.find((p) => p.code === 'pay-sheets-month')!.message).toContain('只按「3月」计算');
  });

  it('w3 with --period 2026-02: February\'s tab read (张三 2800 × 0.7125 = 1995, 赵六 6000 × 0.725 = 4350), no word of 3月\'s column', async () => {
    // 李四 2200 × 0.95 = 2090, 王五 1800 × 0.8375 = 1507.50.
    const r = await graded('w3_copied_tab_stale_col.xlsx', '2026-02');
    expect(pays(r)).toEqual([['张三', 1995], ['李四', 2090], ['王五', 1507.5], ['赵六', 4350]]);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
  });

  it('w3b: the 「3月」 sheet alone — paid its amounts with the pay-month warning, as before (no copy beside it to say it is one)', async () => {
    // Review of 5b64f96e: the column is taken as stale only when another sheet's column gives its month too — tabs named
    // by the month paid out (「3月」 over 工资所属期 2026-02 beside 「4月」 over 2026-03) paid February's for March.
    const r = await graded('w3b_only_march_tab_stale_col.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-month:warning']);
    expect(r.problems.find((p) => p.code === 'pay-month')!.message).toContain('写的是 2026-02,考核表是 2026-03');
  });

  it('w1 (sound): tabs 2月 / 3月 each with its own 月份 — March\'s rows read, February\'s set aside, as before', async () => {
    const r = await graded('w1_two_tabs_with_col.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
  });

  it('tab3_ledger (sound): one tab 「3月」 of February\'s and March\'s rows is a ledger — March\'s rows read, no stale-column word', async () => {
    const r = await graded('tab3_ledger.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
    expect(r.problems.find((p) => p.code === 'pay-sheets-month')!.message).toContain('「3月(月份 2026-02 的行)」');
  });
});

describe('a 合计 row labelled in 序号 or 部门, a head count under 姓名, is no one\'s', () => {
  // Bases 900 / 950 / 80 / 800, total 2730: 张三 900 × 0.7125 = 641.25, 李四 950 × 0.95 = 902.50, 王五 80 × 0.8375 = 67.00,
  // 赵六 800 × 0.725 = 580.00.
  const hundreds = [['张三', 641.25], ['李四', 902.5], ['王五', 67], ['赵六', 580]];
  for (const file of ['P8c_total_in_dept_count_in_name.xlsx', 'P8f_seq_total_name_count.xlsx', 'P8d_total_in_id_col.xlsx']) {
    it(`${file}: 王五 80 × 0.8375 = 67.00, no pay-invalid 「最大 2730」, the count not a person unused`, async () => {
      const r = await graded(file);
      expect(pays(r)).toEqual(hundreds);
      expect(payCodes(r)).toEqual([]);
    });
  }

  it('thousands_total_dept (sound): 王五\'s 80 among 2000–3000 still refused, the largest 3000 (not the 合计 7580)', async () => {
    const r = await graded('thousands_total_dept.xlsx');
    expect(pays(r)).toEqual([['张三', 2137.5], ['李四', 1900], ['王五', null], ['赵六', 1812.5]]);
    const said = r.problems.filter((p) => p.code === 'pay-invalid');
    expect(said.map((p) => [p.severity, p.cell])).toEqual([['error', 'D5']]);
    expect(said[0]!.message).toContain('(最大 3000)');
    expect(payCodes(r)).toEqual(['pay-invalid:error']);
  });
});

// Reviews of s57 (the reviewers' files kept as made; f28's March bases 3000/2000/2000/2500 pay 2137.50 / 1900 / 1675 /
// 1812.50, February's 2800/2200/1800/6000 would pay 1995 / 2090 / 1507.50 / 4350).
describe('month columns a reviewer found read wrong', () => {
  it('tabs named by the month paid out (「3月」 over 工资所属期 2026-02, 「4月」 over 2026-03): March\'s rows paid', async () => {
    expect(pays(await graded('payout_tabs.xlsx'))).toEqual(march);
  });
  it('所属期 (a tax period, a month later) left of 月份: 月份 is the month column — March paid, not February', async () => {
    expect(pays(await graded('m_suoshuqi_tax_before_yuefen.xlsx'))).toEqual(march);
  });
  it('a 月度 column of words left of 月份 hides nothing: March paid (was pay-duplicate for everyone)', async () => {
    expect(pays(await graded('m_yuedu_before_yuefen.xlsx'))).toEqual(march);
  });
  it('2026.2 / 2026.3 typed under 0.00 (shown 2026.20 / 2026.30) are February and March: March paid', async () => {
    expect(pays(await graded('n_0dot00_feb_mar.xlsx'))).toEqual(march);
  });
});

