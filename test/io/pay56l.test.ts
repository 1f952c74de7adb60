// A 月份 column in the pay file compared with the form's month, and one amount under 100 among amounts in the thousands.
// test/fixtures/pay56l: the testers' files (/tmp/rt56C/f28 payG, payF; /tmp/rt56D/t1 b_utf8_nobom.csv as form.csv,
// pay_outlier.csv, pay_trunc.csv) and make.py's sound variants.
// f28.xlsx (§28 sales-aftersales-monthly, --period 2026-03): 张三 71.25, 李四 95.00, 王五 83.75, 赵六 72.50; 绩效工资 =
// 基数 × 分数/100 (§14, none under 60).
// form.csv (mattress-cs-monthly, no month): 王芳 79, 李强 100, 张敏 85, 刘洋 59 (under 60: bonus × 0.7), 陈静 92, 孙丽 87.5.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/pay56l', f);
const f28 = path.join(repoRoot, 'test/fixtures/pay56/f28.xlsx');
type Report = Awaited<ReturnType<typeof gradedReport>>;
const pays = (r: Report) => r.people.map((p) => [p.name, p.pay?.bonus ?? null]);
const payCodes = (r: Report) => [...new Set(r.problems.filter((p) => p.code.startsWith('pay')).map((p) => `${p.code}:${p.severity}`))].sort();

describe('a 月份 column is compared with the form\'s month', () => {
  const graded = (pay: string, period: string | undefined = '2026-03') => gradedReport(f28, { form: 'sales-aftersales-monthly', pay: at(pay), ...(period ? { period } : {}) });

  it('every row 2026-02 (payG): paid from it with pay-month, as a title 「2026年2月」 is (was no word)', async () => {
    // February's: 张三 2800 × 0.7125 = 1995, 李四 2000 × 0.95 = 1900, 王五 2000 × 0.8375 = 1675, 赵六 6000 × 0.725 = 4350.
    const r = await graded('f28-payG.xlsx');
    expect(pays(r)).toEqual([['张三', 1995], ['李四', 1900], ['王五', 1675], ['赵六', 4350]]);
    expect(payCodes(r)).toEqual(['pay-month:warning']);
  });

  it('a ledger of February\'s and March\'s rows (payF): March\'s read, 赵六 (February\'s row only) pay-missing', async () => {
    // Was 张三, 李四, 王五 pay-duplicate (unpaid) and 赵六 4350.00 from February's row at exit 0. March's: 张三 3000 × 0.7125
    // = 2137.50, 李四 2000 × 0.95 = 1900, 王五 2000 × 0.8375 = 1675.
    const r = await graded('f28-payF.xlsx');
    expect(pays(r)).toEqual([['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', null]]);
    expect(payCodes(r)).toEqual(['pay-missing:error', 'pay-sheets-month:info']);
    const missing = r.problems.find((p) => p.code === 'pay-missing')!;
    expect(missing.message).toContain('2026-02');
  });

  it('every row 2026-03: paid, no word (张三 3000 × 0.7125 = 2137.50, 赵六 2500 × 0.725 = 1812.50)', async () => {
    const r = await graded('f28-m1-march.xlsx');
    expect(pays(r)).toEqual([['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', 1812.5]]);
    expect(payCodes(r)).toEqual([]);
  });

  it('a 发放月份 column (2026-04) is no month: paid as before, no word', async () => {
    const r = await graded('f28-m2-fafang.xlsx');
    expect(pays(r)).toEqual([['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', 1812.5]]);
    expect(payCodes(r)).toEqual([]);
  });

  it('a row with its 月份 blank is read beside March\'s rows (赵六 2500 × 0.725 = 1812.50); February\'s (基数 − 200) set aside', async () => {
    const r = await graded('f28-m3-blank.xlsx');
    expect(pays(r)).toEqual([['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', 1812.5]]);
    expect(payCodes(r)).toEqual(['pay-sheets-month:info']);
  });
});

describe('one amount under 100 among amounts in the thousands is refused at its cell', () => {
  // Others: 王芳 2000 × 0.79 = 1580, 李强 2000 × 1.00 = 2000, 张敏 1500 × 0.85 = 1275, 刘洋 2000 × 0.59 × 0.7 = 826,
  // 陈静 2000 × 0.92 = 1840.
  const others = [['王芳', 1580], ['李强', 2000], ['张敏', 1275], ['刘洋', 826], ['陈静', 1840]];
  it('pay_trunc.csv (cut inside 「3000」, no line ending, 4 fields of 6): the pay file is refused as incomplete', async () => {
    await expect(gradedReport(at('form.csv'), { pay: at('pay_trunc.csv') })).rejects.toThrow(/pay_trunc\.csv:文件不完整\(最后一行只有 4 列,表头有 6 列/);
  });

  for (const pay of ['pay_outlier.csv']) {
    it(`${pay}: 孙丽's 30 (was 30 × 0.875 = 26.25, gross 4026.25 at exit 0) — not paid, pay-invalid at D7`, async () => {
      const r = await gradedReport(at('form.csv'), { pay: at(pay) });
      expect(pays(r)).toEqual([...others, ['孙丽', null]]);
      const said = r.problems.filter((p) => p.code === 'pay-invalid');
      expect(said).toHaveLength(1);
      expect(said[0]!.severity).toBe('error');
      expect(said[0]!.cell).toBe('D7');
      expect(said[0]!.message).toContain('「孙丽(1007)」的「绩效基数」是 30');
    });
  }

  it('a 0 among them is paid 0, no word', async () => {
    const r = await gradedReport(at('form.csv'), { pay: at('pay_zero.csv') });
    expect(pays(r)).toEqual([...others, ['孙丽', 0]]);
    expect(payCodes(r)).toEqual([]);
  });

  it('30 among amounts in the hundreds (500–900) is paid as before: 孙丽 30 × 0.875 = 26.25', async () => {
    // 王芳 800 × 0.79 = 632, 李强 800, 张敏 500 × 0.85 = 425, 刘洋 900 × 0.59 × 0.7 = 371.70, 陈静 800 × 0.92 = 736.
    const r = await gradedReport(at('form.csv'), { pay: at('pay_hundreds.csv') });
    expect(pays(r)).toEqual([['王芳', 632], ['李强', 800], ['张敏', 425], ['刘洋', 371.7], ['陈静', 736], ['孙丽', 26.25]]);
    expect(payCodes(r)).toEqual([]);
  });
});

describe('two departments\' pay tables side by side on one sheet (销售部 A:E, 售后部 G:K)', () => {
  it('each row said as two tables side by side, no pay — the advice is to split them, never to delete one column', async () => {
    // Deleting one 绩效基数 column as the old advice said paid 张三 from 王五's cell: 2000 × 0.7125 = 1425.00 for 2137.50.
    const r = await gradedReport(f28, { period: '2026-03', pay: at('payC.xlsx') });
    expect(pays(r)).toEqual([['张三', null], ['李四', null], ['王五', null], ['赵六', null]]);
    const said = r.problems.filter((p) => p.code === 'pay-duplicate');
    expect(said.map((p) => p.cell)).toEqual(['I3', 'I4']);
    expect(said[0]!.message).toContain('像是两张表并排放在一张工作表上');
    expect(said[0]!.message).toContain('不要只删去其中一列');
  });
});

describe('a 月份 column written on a block\'s first row only, or left blank on one row (review)', () => {
  // March's rows: 张三 3000 × 0.7125 = 2137.50, 李四 2000 × 0.95 = 1900, 王五 2000 × 0.8375 = 1675.
  it('P2c: 赵六\'s February row with its 月份 blank is February\'s — pay-missing (was paid 6000 × 0.725 = 4350.00 at exit 0)', async () => {
    const r = await gradedReport(f28, { period: '2026-03', pay: at('P2c_one_blank_month.xlsx') });
    expect(pays(r)).toEqual([['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', null]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['pay-missing']);
  });

  it('P2b / P2: the month on each block\'s first row — March read; 赵六 pay-missing, or 3200 × 0.725 = 2320 from his March row', async () => {
    const b = await gradedReport(f28, { period: '2026-03', pay: at('P2b_first_only_leaver.xlsx') });
    expect(pays(b)).toEqual([['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', null]]);
    const a = await gradedReport(f28, { period: '2026-03', pay: at('P2_first_only.xlsx') });
    expect(pays(a)).toEqual([['张三', 2137.5], ['李四', 1900], ['王五', 1675], ['赵六', 2320]]);
  });

  it('P8b: a 合计 row (2730) is no amount of anyone\'s — 王五\'s 80 among 800–950 is paid, 80 × 0.8375 = 67.00', async () => {
    const r = await gradedReport(f28, { period: '2026-03', pay: at('P8b_hundreds_total_value.xlsx') });
    expect(pays(r).find(([n]) => n === '王五')).toEqual(['王五', 67]);
    expect(r.problems.filter((p) => p.code === 'pay-invalid')).toEqual([]);
  });
});

