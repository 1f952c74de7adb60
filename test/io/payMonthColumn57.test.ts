// The pay file's month column (readPay monthRowParts / rowMonthOf): headings it was not read under, two-digit years and
// October typed 2026.10 in a 0.00 cell. test/fixtures/pay57m: the testers' files (/tmp/rt57rvC p/, t/) and make.py's.
// f28.xlsx (§28 sales-aftersales-monthly): 张三 71.25, 李四 95.00, 王五 83.75, 赵六 72.50; bonus = 绩效基数 × total / 100.
// March's 基数 3000/2000/2000/2500: 3000 × 0.7125 = 2137.50, 2000 × 0.95 = 1900.00, 2000 × 0.8375 = 1675.00,
// 2500 × 0.725 = 1812.50. February's 2800/2200/1800/6000: 1995.00, 2090.00, 1507.50, 4350.00.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/pay57m', f);
const f28 = path.join(repoRoot, 'test/fixtures/pay56/f28.xlsx');
type Report = Awaited<ReturnType<typeof gradedReport>>;
const pays = (r: Report) => r.people.map((p) => [p.name, p.pay?.bonus ?? null]);
const payCodes = (r: Report) => [...new Set(r.problems.filter((p) => p.code.startsWith('pay')).map((p) => `${p.code}:${p.severity}`))].sort();
const march = [['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', 1812.5]];
const february = [['张三', 1995], ['李四', 2090], ['王五', 1507.5], ['赵六', 4350]];
const graded = (pay: string, form = f28, period = '2026-03') => gradedReport(form, { form: 'sales-aftersales-monthly', pay: at(pay), period });

describe('the month column under other headings', () => {
  for (const tag of ['xinzi', 'xinchou', 'gongzi_suoshuqi', 'suoshuqi', 'tongji', 'jiesuan', 'yuedu', 'riqi']) {
    it(`h_${tag}_febonly (every row 2026-02): paid from it with pay-month, as under 月份 (was no word)`, async () => {
      const r = await graded(`h_${tag}_febonly.xlsx`);
      expect(pays(r)).toEqual(february);
      expect(payCodes(r)).toEqual(['pay-month:warning']);
      expect(r.problems.find((p) => p.code === 'pay-month')!.message).toContain('2026-02');
    });
  }

  it('§13 with 薪资月份 2026-02: 张三 2800 × 1.1 = 3080.00 with pay-month (was no word)', async () => {
    const r = await gradedReport(at('k13_filled.xlsx'), { pay: at('h_xinzi_febonly.xlsx'), period: '2026-03' });
    expect(r.people.find((p) => p.name === '张三')!.pay?.bonus).toBe(3080);
    expect(payCodes(r)).toContain('pay-month:warning');
  });

  it('日期 of each month\'s first day (2026-02-01, 2026-03-01): March\'s rows read, February\'s set aside', async () => {
    const r = await graded('s_riqi_first_ledger.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
  });

  it('日期 of a pay day (2026-04-10) is no month column: paid as before, no word', async () => {
    const r = await graded('s_riqi_paydate.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual([]);
  });
});

describe('a two-digit year in the month column is 20YY', () => {
  for (const tag of ['nian', 'dot', 'dash']) {
    it(`g_yy_${tag}_febonly: February's, paid with pay-month (was no word)`, async () => {
      const r = await graded(`g_yy_${tag}_febonly.xlsx`);
      expect(pays(r)).toEqual(february);
      expect(payCodes(r)).toEqual(['pay-month:warning']);
    });

    it(`t_yy_${tag} (February's rows, then March's): March's read (was pay-duplicate for everyone, exit 1)`, async () => {
      const r = await graded(`t_yy_${tag}.xlsx`);
      expect(pays(r)).toEqual(march);
      expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
    });
  }

  it('26.03 on every row of a March form: paid, no word', async () => {
    const r = await graded('s_yy_dot_march.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual([]);
  });
});

describe('a number in the month column as its format shows it', () => {
  const f28oct = at('f28oct.xlsx');
  it('2026.09 then 2026.10 under 0.00 on an October form: October\'s rows read (was pay-sheets naming 2026-01, exit 2)', async () => {
    // October's rows carry March's amounts: 2137.50, 1900.00, 1675.00, 1812.50.
    const r = await graded('v15_oct_dotnum.xlsx', f28oct, '2026-10');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
    expect(r.problems.find((p) => p.code === 'pay-sheets-month')!.message).toContain('2026-09');
  });

  it('2026.10 alone on an October form: paid, no word (was pay-month 「写的是 2026-01」)', async () => {
    const r = await graded('v15b_oct_only.xlsx', f28oct, '2026-10');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual([]);
  });
});
