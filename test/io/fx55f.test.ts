// §26 person sheets made by kpi template --people --period 2026-03 (考核日期 「2026-03」 on every sheet), 孙七's left as
// last month's copy (「2026-02」): a month without its day was read as a sign-off date, so February "held" every sheet and
// the run was February's — everyone scored and paid from the pay file's 「2026年2月」 sheet (基数 2000, 基本 4000) at exit 0
// (张三 1616.67, 5616.67). The run is March's, 孙七 refused at B2; pay from 「2026年3月」 (基数 3000, 基本 4500).
// 张三 (§26): (9 + 10 + 6)/3 = 8.33, (8 + 9 + 10)/3 = 9, (7 + 8 + 9)/3 = 8, (6 + 7 + 8)/3 = 7 → 32.33 × 2.5 = 80.83 良好;
//   3000 × 0.80833 = 2425.00, + 4500 = 6925.00. Made by /tmp/rt55pf3/cases/23-kpi-template-feb-sheet.py and 06-pay-months.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx55f', f);

describe('one February sheet among March\'s, 考核日期 written as a month', () => {
  it('the run is March; the February sheet is its person\'s error; pay from March\'s sheet', async () => {
    const r = await gradedReport(at('feb-sheet.xlsx'), { pay: at('pay.xlsx') });
    expect(r.period).toBe('2026-03');
    const zhang = r.people.find((p) => p.name === '张三')!;
    expect([zhang.total, zhang.band, zhang.pay?.bonus, zhang.pay?.gross]).toEqual([expect.closeTo(80.8333, 3), '良好', 2425, 6925]);
    const sun = r.people.find((p) => p.name === '孙七')!;
    expect(sun.status).toBe('error');
    expect(sun.problems.find((p) => p.code === 'sheet-month')).toMatchObject({ severity: 'error', cell: 'B2' });
  });

  it('typed 「2026年3月」 「3月份」 「2026.03」 「二〇二六年三月」 「2026.3」 beside one 「2026年2月」: March, as above', async () => {
    const r = await gradedReport(at('typed-months.xlsx'));
    expect(r.period).toBe('2026-03');
    expect(r.people.filter((p) => p.status === 'error').map((p) => p.name)).toEqual(['孙七']);
  });

  // Review: 考核日期 typed as digits 20260331 / 20260401 / 2026-03-31 are sign-off dates of March's appraisal, as with dashes:
  // 李四 (8 + 7 + 7 + 6) × 2.5 = 70.00 一般 scored (was refused as April's sheet).
  it('20260401 typed as digits is a day: all three scored, the run March', async () => {
    const r = await gradedReport(at('num8.xlsx'));
    expect(r.period).toBe('2026-03');
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 80], ['李四', 70], ['王五', 80]]);
  });

  // Review of f7781a47: five sheets signed 2026-03-31 under 「2026年3月…」 titles, 孙七's 考核日期 blank under 「2026年2月…」:
  // the title made February hold every sheet (03-31 a sign-off of February's), all paid from February's sheet at exit 0
  // (张三 1616.67 / 5616.67). The typed sheets decide the run; 孙七's title is his own error.
  it('one February title beside five signed 03-31s: March, 孙七 refused, 张三 2425.00 / 6925.00', async () => {
    const r = await gradedReport(at('signed-one-feb-title.xlsx'), { pay: at('pay.xlsx') });
    expect(r.period).toBe('2026-03');
    const zhang = r.people.find((p) => p.name === '张三')!;
    expect([zhang.pay?.bonus, zhang.pay?.gross]).toEqual([2425, 6925]);
    expect(r.people.find((p) => p.name === '孙七')!.status).toBe('error');
  });
});
