// Review of a9873c40 / ce7d4357 (red-team rt57rvE; fixtures test/fixtures/fx57t copied from its files, pay from fx57a).
// §16 property-cs-rating, every 评估日期 2026-04-03 (pcr-roster-0403.xlsx). pay34.xlsx: 「2026年3月」 基数 2000, 「2026年4月」 3000.
//   张三 9 + 8 + 10 + 9 + 9 + 8 + 7 + 9 + 8 + 10 = 87 良好; April 3000 × 0.87 = 2610.00, March 2000 × 0.87 = 1740.00
//   李四 70 → April 3000 × 0.70 = 2100.00; 王五 97 → 3000 × 0.97 = 2910.00
// (1) 考核表.graded.xlsx, graded with --period 2026-04 (as kpi's warning advises; _kpi graded-period 2026-04), graded again
//     without --period was March's again: 1740.00 at exit 0 and 「表中、标题和文件名都没有写考核月份」. Its recorded month wins.
//     Q2 rollup with 五月 (05-28) and 六月 (06-29): 张三 (87 + 80 + 90) / 3 = 85.67 良好 (was 「…不在 2026-Q1 这个季度里」).
// (2) §17 probation copies named by month of service (张三-试用期第1/2/3月, 考核日期 02-27 / 03-30 / 04-28) were refused
//     「表头的考核月份是 2026-02,文件名却是 1月…」: now (100 + 78 + 90) / 3 = 89.33 良好 as before ce7d4357.
// (3) q1: 三 dated 04-03 taken as March's sign-off beside 二 (03-01): the refusal names that and --month 三=2026-04.
import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rollupFiles } from '../../src/io/rollup/index.js';
import { gradeFile } from '../../src/io/grade.js';
import { monthOfFileName } from '../../src/engine/period.js';
import { monthOfName } from '../../src/io/monthAbove.js';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx57t', f);
const pay = path.join(repoRoot, 'test/fixtures/fx57a/pay34.xlsx');
const bonuses = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.pay?.bonus]);
const cases = (r: Awaited<ReturnType<typeof gradedReport>>) =>
  r.problems.filter((p) => p.code === 'month-unknown').map((p) => [(p.params as { case: string }).case, p.severity]);

describe('a graded copy keeps the month it was graded for', () => {
  it('graded with --period 2026-04, graded again: April, 张三 3000 × 0.87 = 2610.00, no signed-after warning', async () => {
    const r = await gradedReport(at('考核表.graded.xlsx'), { pay });
    expect(r.period?.slice(0, 7)).toBe('2026-04'); // (the rows' date, 2026-04-03, as before a9873c40)
    expect(bonuses(r)).toEqual([['张三', 2610], ['李四', 2100], ['王五', 2910]]);
    expect(cases(r)).toEqual([]);
  });

  it('kpi rollup --period quarter with 五月 / 六月: Q2, 张三 (87 + 80 + 90) / 3 = 85.67 良好', async () => {
    const out = await rollupFiles([at('考核表.graded.xlsx'), at('物业客服-五月.xlsx'), at('物业客服-六月.xlsx')], { output: null, period: 'quarter' });
    if (!out.ok) throw new Error(out.failures[0]!.message);
    expect(out.report.files.map((f) => f.month)).toEqual(['2026-04', '2026-05', '2026-06']);
    const z = out.report.result.people.find((p) => p.name === '张三')!;
    expect(z.total).toBeCloseTo(85.667, 2);
    expect(z.band).toBe('良好');
  });

  it('must stay: graded without --period (recorded 2026-03, the sign-off taken), graded again: March, 1740.00, the warning', async () => {
    const dir = tempDir();
    const copy = path.join(dir, '考核表.graded.xlsx');
    const first = await gradeFile(at('pcr-roster-0403.xlsx'), { output: copy });
    expect(first.ok).toBe(true);
    expect(fs.existsSync(copy)).toBe(true);
    const r = await gradedReport(copy, { pay });
    expect(r.period).toBe('2026-03');
    expect(bonuses(r)).toEqual([['张三', 1740], ['李四', 1400], ['王五', 1940]]);
    expect(cases(r)).toEqual([['signed-after', 'warning']]);
    const out = await rollupFiles([copy], { output: null });
    if (!out.ok) throw new Error(out.failures[0]!.message);
    expect(out.report.files.map((f) => f.month)).toEqual(['2026-03']);
  });
});

describe('a month of service in a name is no calendar month', () => {
  it('kpi rollup of 张三-试用期第1/2/3月: 2026-02 / 03 / 04, (100 + 78 + 90) / 3 = 89.33 良好', async () => {
    const files = ['张三-试用期第1月.xlsx', '张三-试用期第2月.xlsx', '张三-试用期第3月.xlsx'].map(at);
    const out = await rollupFiles(files, { output: null });
    if (!out.ok) throw new Error(out.failures[0]!.message);
    expect(out.report.files.map((f) => f.month)).toEqual(['2026-02', '2026-03', '2026-04']);
    const z = out.report.result.people.find((p) => p.name === '张三')!;
    expect(z.total).toBeCloseTo(89.333, 2);
    expect(z.band).toBe('良好');
  });

  it('kpi score of 张三-试用期第1月.xlsx: 2026-02, nothing said of the name', async () => {
    const r = await gradedReport(at('张三-试用期第1月.xlsx'));
    expect(r.period?.slice(0, 7)).toBe('2026-02');
    expect(cases(r)).toEqual([]);
  });

  it('第N月, 试用N月, 试用期N月, 入职第N月 name no month; a calendar month beside them still does', () => {
    for (const n of ['张三-试用期第1月', '试用2月', '试用期3月', '入职第3月', '试用期第二月']) {
      expect([n, monthOfName(n), monthOfFileName(n)]).toEqual([n, undefined, undefined]);
    }
    expect(monthOfName('张三-3月')).toBe('3月');
    expect(monthOfName('试用期-3月')).toBe('3月'); // (not run together: a calendar month)
    expect(monthOfFileName('张三-试用期第1月-2026年3月')).toBe('2026-03');
  });
});

describe('two files of one month, one by its sign-off date', () => {
  it('q1: 二 (03-01) and 三 (04-03 taken as March): said, with --month 物业客服考核-三.xlsx=2026-04, no advice to remove one', async () => {
    const files = ['物业客服考核-一.xlsx', '物业客服考核-二.xlsx', '物业客服考核-三.xlsx'].map(at);
    const out = await rollupFiles(files, { output: null });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    const dup = out.failures.find((p) => p.code === 'month-duplicate')!;
    expect(dup.message).toContain('物业客服考核-三.xlsx 的评估日期 2026-04-03');
    expect(dup.message).toContain('--month 物业客服考核-三.xlsx=2026-04');
    expect(dup.message).not.toContain('去掉');
    const again = await rollupFiles(files, { output: null, months: new Map([['物业客服考核-三.xlsx', '2026-04']]) });
    if (!again.ok) throw new Error(again.failures[0]!.message);
    expect(again.report.files.map((f) => f.month)).toEqual(['2026-01', '2026-03', '2026-04']);
  });
});
