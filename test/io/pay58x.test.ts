// Review of fe0c4a4a (the appraisal's month column — 考核月份, 考核期间 … — ranked above 月份): a higher-ranked column
// leaving rows of no month, or holding a span of months, was chosen over a 月份 that gives each row its month.
// test/fixtures/pay58x: the reviewers' files (/tmp/rv58G/pay) and make.py's sound variants.
// f28.xlsx (§28 sales-aftersales-monthly, --period 2026-03): 张三 71.25, 李四 95.00, 王五 83.75, 赵六 72.50; 绩效工资 =
// 基数 × 分数/100 (§14, none under 60).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/pay58x', f);
const f28 = path.join(repoRoot, 'test/fixtures/pay56/f28.xlsx');
type Report = Awaited<ReturnType<typeof gradedReport>>;
const pays = (r: Report) => r.people.map((p) => [p.name, p.pay?.bonus ?? null]);
const payCodes = (r: Report) => [...new Set(r.problems.filter((p) => p.code.startsWith('pay')).map((p) => `${p.code}:${p.severity}`))].sort();
const graded = (pay: string) => gradedReport(f28, { form: 'sales-aftersales-monthly', period: '2026-03', pay: at(pay) });
// March's amounts: 张三 3000 × 0.7125 = 2137.50, 李四 2000 × 0.95 = 1900, 王五 2000 × 0.8375 = 1675, 赵六 2500 × 0.725 = 1812.50
// (what fe0c4a4a~1 paid for the reviewers' files).
const march = [['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', 1812.5]];
const note = (r: Report) => r.problems.find((p) => p.code === 'pay-sheets-month')!.message;

describe('a month column is chosen among those giving every person\'s row a month', () => {
  it('p1_kaohe_only_march.xlsx (月份 on every row, 考核月份 blank on February\'s): 月份 read, March paid (was pay-duplicate for all four, exit 1)', async () => {
    const r = await graded('p1_kaohe_only_march.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
    expect(note(r)).toContain('只按「工资表(月份 2026-03 的行)」计算');
  });

  it('sound: kaohe_block_first.xlsx (考核月份 on each block\'s first row, 月份 a month later on every row): 考核月份 read, as before', async () => {
    const r = await graded('kaohe_block_first.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
    expect(note(r)).toContain('只按「工资表(考核月份 2026-03 的行)」计算');
  });
});

describe('a span of months is no month: the column holding only spans is no month column', () => {
  for (const pay of ['p2_kaoheqijian_quarter.xlsx', 'p2c_kaoheqi_range.xlsx']) {
    it(`${pay} (考核期间 a span 1-3月 beside 月份 2026-02 / 2026-03): 月份 read (was pay-duplicate for all, a warning of 2026-01, exit 1)`, async () => {
      const r = await graded(pay);
      expect(pays(r)).toEqual(march);
      expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
      expect(note(r)).toContain('只按「工资表(月份 2026-03 的行)」计算');
      expect(r.problems.some((p) => p.message.includes('2026-01'))).toBe(false);
    });
  }

  it('sound: p2b_kaoheqi_Q1.xlsx (考核期 2026Q1 beside 月份): 月份 read, as before', async () => {
    const r = await graded('p2b_kaoheqi_Q1.xlsx');
    expect(pays(r)).toEqual(march);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
  });

  it('sound: kaoheqijian_month.xlsx (考核期间 one month a row, 月份 a month later): 考核期间 read, as before', async () => {
    const r = await graded('kaoheqijian_month.xlsx');
    expect(pays(r)).toEqual(march);
    expect(note(r)).toContain('只按「工资表(考核期间 2026-03 的行)」计算');
  });
});
