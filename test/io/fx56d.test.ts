// §26 cs-work-review person sheets, 考核日期 (a sign-off date: the appraised month or the month after). Review of 715fb04a and
// cfe13565 (/tmp/rt56rvB/cases/titles, /tmp/rt56rvB/cases/num8; test/fixtures/fx56d/make.py).
// Titles: five sheets with 考核日期 blank under 「2026年3月客服人员工作考核表」, 孙七's signed 2026-04-01 (or 20260401): the
// typed sheet alone decided the run, April — exit 2 with --pay (two month sheets, which?), without it the five refused. 04-01
// signs March off, so March holds every sheet. 孙七 typed 「2026-02」 under a February title made the run February (the five
// March people refused, 孙七 paid 1583.33 / 5583.33); the month of most sheets (5 of 6) is March, 孙七 refused.
// 张三: (9 + 10 + 6)/3 = 8.33, (8 + 9 + 10)/3 = 9, (7 + 8 + 9)/3 = 8, (6 + 7 + 8)/3 = 7 → 32.33 × 2.5 = 80.83 良好;
//   pay.xlsx 「2026年3月」 基数 3000, 基本 4500: 3000 × 0.80833 = 2425.00, + 4500 = 6925.00.
// num8: 张三 20260331, 王五 2026-03-31, 李四 ２０２６０４０１ / 2026年4月1号 / 4月1日 / 2026 04 01 were refused as April's sheet;
//   each is a day, April 1st signs March off: 李四 (8 + 7 + 7 + 6) × 2.5 = 70.00 一般; 张三, 王五 80.00.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx56d', f);
const pay = path.join(repoRoot, 'test/fixtures/fx55f/pay.xlsx');

describe('titles and typed 考核日期 weighed together', () => {
  for (const file of ['signed-0401.xlsx', 'digits-0401.xlsx']) {
    it(`${file}: five March titles beside 孙七 signed 04-01 — March, all six paid, 张三 2425.00 / 6925.00`, async () => {
      const r = await gradedReport(at(file), { pay });
      expect(r.period).toBe('2026-03');
      expect(r.people.every((p) => p.status === 'scored')).toBe(true);
      const zhang = r.people.find((p) => p.name === '张三')!;
      expect([zhang.total, zhang.band, zhang.pay?.bonus, zhang.pay?.gross]).toEqual([expect.closeTo(80.8333, 3), '良好', 2425, 6925]);
      expect(r.problems.filter((p) => p.code === 'sheet-month')).toEqual([]);
    });
  }

  it('three March titles beside three signed 04-01: the three sign off March — March, all six scored', async () => {
    const r = await gradedReport(at('three-signed-0401.xlsx'));
    expect(r.period).toBe('2026-03');
    expect(r.people.every((p) => p.status === 'scored')).toBe(true);
  });

  // Must stay: a month typed without its day is the month appraised — 孙七's 「2026-02」 is his own error (base).
  it('孙七 typed 2026-02 under a February title beside five March titles: March, 孙七 refused, 张三 2425.00 / 6925.00', async () => {
    const r = await gradedReport(at('typed-feb.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(r.people.filter((p) => p.status === 'error').map((p) => p.name)).toEqual(['孙七']);
    const zhang = r.people.find((p) => p.name === '张三')!;
    expect([zhang.pay?.bonus, zhang.pay?.gross]).toEqual([2425, 6925]);
    expect(r.people.find((p) => p.name === '孙七')!.problems.find((p) => p.code === 'sheet-month')).toMatchObject({ severity: 'error', cell: 'B2' });
  });
});

describe('考核日期 days written otherwise', () => {
  for (const file of ['num8-fw.xlsx', 'num8-cn.xlsx', 'num8-bare.xlsx', 'num8-sp.xlsx']) {
    it(`${file}: 李四 signed April 1st — March, 李四 70.00 一般`, async () => {
      const r = await gradedReport(at(file));
      expect(r.period).toBe('2026-03');
      expect(r.people.map((p) => [p.name, p.status, p.total])).toEqual([['张三', 'scored', 80], ['李四', 'scored', 70], ['王五', 'scored', 80]]);
    });
  }

  // Must stay: 「2026年4月」 (no day) is April's sheet, not a sign-off.
  it('李四 「2026年4月」 beside 03-31s: March, 李四 refused at B2', async () => {
    const r = await gradedReport(at('num8-month.xlsx'));
    expect(r.period).toBe('2026-03');
    expect(r.people.filter((p) => p.status === 'error').map((p) => p.name)).toEqual(['李四']);
  });
});
