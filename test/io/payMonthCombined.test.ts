// §14 pay of raters' copies combined (kpi score d.xlsx i.xlsx --pay): the pay file's month is compared with the copies'.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCombined } from '../../src/io/combineRaters.js';
import { repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/pay43', name);

describe('raters\' copies graded together with --pay', () => {
  it('a pay file titled 「客服部2026年2月绩效工资表」 paying the copies of 2026-03 is said, as one copy graded alone says it', async () => {
    // cs-dept-monthly §4, 直接主管 70 % + 间接主管 30 %: 乙二 低标 0.8 and 差 0.6 → 0.7 × 0.8 + 0.3 × 0.6 = 0.74 → 74, + 5
    // (超预期) = 79; pay 2000 × 79 / 100 = 1580.00. Paid as the file says, and the month said (it was not, exit 0).
    const outcome = await gradeCombined([fixture('d.xlsx'), fixture('i.xlsx')], { output: null, pay: fixture('pay.xlsx') });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const yi = outcome.report.people.find((p) => p.name === '乙二')!;
    expect(yi.total).toBeCloseTo(79, 10);
    expect(yi.pay?.bonus).toBe(1580);
    expect(outcome.report.problems.filter((p) => p.code === 'pay-month').map((p) => p.message)).toEqual([
      '工资文件 pay.xlsx 的表名、标题或列名写的是 2026-02,考核表是 2026-03:绩效基数按这份文件算了;如果不是本月的工资表,请换成 2026-03 的',
    ]);
  });
});
