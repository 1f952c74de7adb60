// §26 cs-work-review person sheets: a sheet whose own title and own 考核日期 agree on a month is that month's. Review of
// 374b793d (/tmp/rt56rvE/cases/s1-two-signed-four-feb-titles.xlsx; test/fixtures/fx56u/make.py): 张三 and 李四 signed
// 2026-03-31 under 「2026年3月…」 titles, 王五, 赵六, 孙七, 周八 blank under titles left at 「2026年2月…」: the four titles
// outvoted the two (4 of 6 February), a 03-31 sign-off let February hold the March sheets, and all six were paid from
// February's pay sheet at exit 0 (张三 2000 × 0.80833 = 1616.67, + 4000 = 5616.67). Now the titles older than the month the
// titled-and-signed sheets agree on are stale copies: March, the four refused (as before 374b793d), 张三 paid from March.
// 张三: (9 + 10 + 6)/3 = 8.33, (8 + 9 + 10)/3 = 9, (7 + 8 + 9)/3 = 8, (6 + 7 + 8)/3 = 7 → 32.33 × 2.5 = 80.83 良好;
//   pay.xlsx 「2026年3月」 基数 3000, 基本 4500: 3000 × 0.80833 = 2425.00, + 4500 = 6925.00.
// 孙七: (9 + 8 + 7 + 7.67) × 2.5 = 79.17 一般; 3000 × 0.79167 = 2375.00, + 4500 = 6875.00.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx56u', f);
const pay = path.join(repoRoot, 'test/fixtures/fx55f/pay.xlsx');
const refused = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.filter((p) => p.status === 'error').map((p) => p.name);

describe('a sheet whose title and 考核日期 agree is its month\'s', () => {
  it('two signed 03-31 under March titles beside four February titles: March, the four refused, 张三 2425.00 / 6925.00', async () => {
    const r = await gradedReport(at('two-signed-four-feb.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(refused(r)).toEqual(['王五', '赵六', '孙七', '周八']);
    const zhang = r.people.find((p) => p.name === '张三')!;
    expect([zhang.total, zhang.band, zhang.pay?.bonus, zhang.pay?.gross]).toEqual([expect.closeTo(80.8333, 3), '良好', 2425, 6925]);
    expect(r.people.find((p) => p.name === '王五')!.problems.find((p) => p.code === 'sheet-month')).toMatchObject({ severity: 'error', cell: 'A1' });
  });

  it('with --period 2026-02 the two March sheets are refused (a 03-31 under a March title is no February sign-off)', async () => {
    const r = await gradedReport(at('two-signed-four-feb.xlsx'), { period: '2026-02' });
    expect(r.period).toBe('2026-02');
    expect(refused(r)).toEqual(['张三', '李四']);
    expect(r.people.find((p) => p.name === '张三')!.problems.find((p) => p.code === 'sheet-month')).toMatchObject({ severity: 'error', cell: 'B2' });
  });

  // Must stay (base): three against three is March, the three February titles refused.
  it('three signed beside three February titles: March, the three refused', async () => {
    const r = await gradedReport(at('three-signed-three-feb.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(refused(r)).toEqual(['赵六', '孙七', '周八']);
  });

  // Must stay: a late sign-off under the month's own title is March's (title March, date April: they do not agree).
  it('孙七 signed 2026-04-08 under a March title beside five 03-31s: March, all six paid, 孙七 2375.00 / 6875.00', async () => {
    const r = await gradedReport(at('signed-0408-march.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(refused(r)).toEqual([]);
    const sun = r.people.find((p) => p.name === '孙七')!;
    expect([sun.total, sun.band, sun.pay?.bonus, sun.pay?.gross]).toEqual([expect.closeTo(79.1667, 3), '一般', 2375, 6875]);
  });

  // New: title 「2026年4月…」 and 2026-04-08 agree on April — April's sheet, refused, not held as March's sign-off.
  it('孙七 signed 2026-04-08 under an April title beside five 03-31s: March, 孙七 refused at B2', async () => {
    const r = await gradedReport(at('signed-0408-april.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(refused(r)).toEqual(['孙七']);
    expect(r.people.find((p) => p.name === '孙七')!.problems.find((p) => p.code === 'sheet-month')).toMatchObject({ severity: 'error', cell: 'B2' });
  });
});
