// §26 cs-work-review person sheets paid from the wrong month at exit 0. Review of 68555a3c / a9873c40 (class A; files
// /tmp/rt57rvB/c26, remade by test/fixtures/fx57s/make.py), --pay pay3.xlsx (「2026年2月」 基数 2000 / 基本 4000,
// 「2026年3月」 3000 / 4500, 「2026年4月」 3500 / 5000):
//   (1) 张三, 李四 titled 「3月份…」 (「3月…」, 「…考核表(3月)」: no year) signed 2026-03-31 beside four 「2026年2月…」 titles,
//       考核日期 blank: February, all six paid from 「2026年2月」 at exit 0 — the title's month was read only with a year.
//   (2) 张三, 李四 「2026年3月…」 signed 03-31 beside four 「2月份…」 titles: exit 1, no month, 张三 and 李四 refused and the
//       four paid from February (王五 2000 × 0.80 = 1600.00) — a stale title was one with a year only.
//   (3) 张三, 李四 「2026年2月…」 signed 2026-03-02 (February's sign-off) beside four 「2026年3月…」 titles, blank: the dates'
//       March alone was compared, February taken from the sign-off and all six paid from it at exit 0.
//   (4) every sheet 「2026年2月…」 signed 2026-03-10: March, paid from 「2026年3月」 (张三 2425.00) with a warning.
// Now a bare title month takes the sign-off's year (2026-03 beside 03-31), a bare stale title the year of the sheets that
// agree (「2月份」 → 2026-02, before 2026-03), a title-only sheet of another month beside such sheets is compared, and a
// title with its year naming month M above dates all in M+1 is M's sign-off (a note).
// 张三: (9 + 10 + 6)/3 = 8.33, (8 + 9 + 10)/3 = 9, (7 + 8 + 9)/3 = 8, (6 + 7 + 8)/3 = 7 → 32.33 × 2.5 = 80.83 良好;
//   March 3000 × 0.80833 = 2425.00 (+ 4500 = 6925.00), February 2000 × 0.80833 = 1616.67 (+ 4000 = 5616.67),
//   April 3500 × 0.80833 = 2829.17.
// 王五: 80.00 良好 → March 3000 × 0.80 = 2400.00, February 1600.00.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx57s', f);
const pay = at('pay3.xlsx');
type Report = Awaited<ReturnType<typeof gradedReport>>;
const refused = (r: Report) => r.people.filter((p) => p.status === 'error').map((p) => p.name);
const person = (r: Report, name: string) => r.people.find((p) => p.name === name)!;
const paid = (r: Report, name: string) => [person(r, name).total, person(r, name).band, person(r, name).pay?.bonus, person(r, name).pay?.gross];
const monthNotes = (r: Report) => r.problems.filter((p) => p.code === 'month-unknown').map((p) => [(p.params as { case: string }).case, p.severity]);
const zhangMarch = [expect.closeTo(80.8333, 3), '良好', 2425, 6925];
const zhangFeb = [expect.closeTo(80.8333, 3), '良好', 1616.67, 5616.67];

describe('§26 a title without its year, a stale title without its year, a stale title of the later month', () => {
  for (const file of ['bare-title-3yuefen.xlsx', 'bare-title-3yue.xlsx', 'bare-title-paren.xlsx']) {
    it(`${file}: two signed 03-31 under a bare March title beside four 「2026年2月…」: March, the four refused, 张三 2425.00`, async () => {
      const r = await gradedReport(at(file), { pay });
      expect(r.period).toBe('2026-03');
      expect(refused(r)).toEqual(['王五', '赵六', '孙七', '周八']);
      expect(paid(r, '张三')).toEqual(zhangMarch);
      expect(person(r, '王五').problems.find((p) => p.code === 'sheet-month')).toMatchObject({ severity: 'error', cell: 'A1' });
    });
  }

  it('two 「2026年3月…」 signed 03-31 beside four 「2月份…」 titles: March, the four refused at A1, 张三 2425.00', async () => {
    const r = await gradedReport(at('year-signed-bare-stale.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(refused(r)).toEqual(['王五', '赵六', '孙七', '周八']);
    expect(paid(r, '张三')).toEqual(zhangMarch);
    expect(person(r, '王五').problems.find((p) => p.code === 'sheet-month')).toMatchObject({ severity: 'error', cell: 'A1' });
  });

  it('two 「2026年2月…」 signed 03-02 beside four 「2026年3月…」 titles: March, 张三 and 李四 refused at B2, 王五 2400.00', async () => {
    const r = await gradedReport(at('two-feb0302-four-mar.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(refused(r)).toEqual(['张三', '李四']);
    const month = person(r, '张三').problems.find((p) => p.code === 'sheet-month')!;
    expect(month).toMatchObject({ severity: 'error', cell: 'B2' });
    expect(month.message).toContain('「2026-03-02」(2026-02)');
    expect(person(r, '王五').pay?.bonus).toBe(2400);
  });

  // Must stay: the two February sign-offs beside four February titles are February's, all six paid.
  it('two 「2026年2月…」 signed 03-02 beside four 「2026年2月…」 titles: February, all paid, 张三 1616.67', async () => {
    const r = await gradedReport(at('two-feb0302-four-feb.xlsx'), { pay });
    expect(r.period).toBe('2026-02');
    expect(refused(r)).toEqual([]);
    expect(paid(r, '张三')).toEqual(zhangFeb);
  });

  // Must stay: every sheet 「3月份…」 signed 03-31 is March, all paid, nothing said.
  it('all six 「3月份…」 signed 03-31: March, all paid, 张三 2425.00', async () => {
    const r = await gradedReport(at('all-bare3-0331.xlsx'), { pay });
    expect(r.period).toBe('2026-03-31'); // (the dates' own, as before)
    expect(refused(r)).toEqual([]);
    expect(paid(r, '张三')).toEqual(zhangMarch);
    expect(monthNotes(r)).toEqual([]);
  });
});

describe('§26 a title with its year naming the month before every 考核日期', () => {
  it('all 「2026年2月…」 signed 2026-03-10: February with a note, 张三 1616.67 / 5616.67', async () => {
    const r = await gradedReport(at('all-feb-0310.xlsx'), { pay });
    expect(r.period).toBe('2026-02');
    expect(refused(r)).toEqual([]);
    expect(paid(r, '张三')).toEqual(zhangFeb);
    expect(monthNotes(r)).toEqual([['signed-after', 'info']]);
    expect(r.problems.find((p) => p.code === 'month-unknown')!.message).toContain('标题写的是 2026-02,按 2026-02 的考核评分');
  });

  // Must stay as they were.
  it('all 「2026年2月…」 signed 03-03: February, 张三 1616.67', async () => {
    const r = await gradedReport(at('all-feb-0303.xlsx'), { pay });
    expect(r.period).toBe('2026-02');
    expect(paid(r, '张三')).toEqual(zhangFeb);
  });

  it('all 「2026年3月…」 signed 04-02: March, 张三 2425.00', async () => {
    const r = await gradedReport(at('all-mar-0402.xlsx'), { pay });
    expect(r.period).toBe('2026-03');
    expect(paid(r, '张三')).toEqual(zhangMarch);
  });

  it('all 「2026年3月…」 signed 03-31: March, no note, 张三 2425.00', async () => {
    const r = await gradedReport(at('all-mar-0331.xlsx'), { pay });
    expect(r.period).toBe('2026-03-31'); // (the dates' own, as before)
    expect(paid(r, '张三')).toEqual(zhangMarch);
    expect(monthNotes(r)).toEqual([]);
  });

  it('no month in the title, all signed 04-10: April, 张三 3500 × 0.80833 = 2829.17', async () => {
    const r = await gradedReport(at('untitled-0410.xlsx'), { pay });
    expect(r.period).toBe('2026-04-10'); // (the dates' own, as before)
    expect(person(r, '张三').pay?.bonus).toBe(2829.17);
    expect(monthNotes(r)).toEqual([]);
  });
});
