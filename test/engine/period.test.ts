// A month told by a file name: one year-month is the month; none or two are not for kpi to guess, and are said.
import { describe, expect, it } from 'vitest';
import { impossibleMonth, isDayDate, monthInFileName, monthNumberOf, monthsInFileName, parseMonth } from '../../src/engine/period.js';
import { problem } from '../../src/model/problems/index.js';

describe('months in a file name', () => {
  it('reads 2026-03, 2026年3月, 202603 and full-width digits; two distinct months are both listed', () => {
    expect(['考核2026-03', '2026年3月考核', '考核_202603', '考核２０２６－０３'].map(monthInFileName)).toEqual(['2026-03', '2026-03', '2026-03', '2026-03']);
    expect(monthsInFileName('考核2026-03(2026-04-02导出)')).toEqual(['2026-03', '2026-04']);
    expect(monthInFileName('考核2026-03(2026-04-02导出)')).toBeNull();
    expect(monthsInFileName('三月考核')).toEqual([]);
  });
  it('a year with its month in Chinese numerals: 2026年二月 is 2026-02, 2026年十一月 2026-11 (a pay title said nothing)', () => {
    expect(['2026年二月工资表', '2026年十一月', '2026年十二月考核'].map(monthInFileName)).toEqual(['2026-02', '2026-11', '2026-12']);
  });
  it('the refusal names the months it found instead of saying there are none', () => {
    const two = problem('month-unknown', { case: 'none', name: 'a.xlsx', field: '考核月份', inName: ['2026-03', '2026-04'] });
    expect(two.message).toBe('a.xlsx:看不出是哪个月的考核表:表头没有填写「考核月份」,文件名里有 2 个年月(2026-03、2026-04);请填写表头,或用 --month a.xlsx=2026-03 指定');
    expect(problem('month-unknown', { case: 'none', name: 'a.xlsx', field: '考核月份' }).message).toContain('文件名里也没有年月');
  });
});

describe('a month typed in a cell', () => {
  it('a date with its time, as exports write one (2026-03-01 00:00:00, 2026/3/1 0:00), is that month; a bare 3月 or a quarter is not', () => {
    expect(['2026-03', '2026年3月', '202603', '2026-03-01', '2026-03-01T00:00:00', '2026-03-01 00:00:00', '2026/3/1 0:00', '2026/3/15 23:59:59.5', '2026-03-01 08:00+08:00'].map(parseMonth)).toEqual(Array(9).fill('2026-03'));
    expect(['3月', '2026-Q1', '03/2026', '2026-03 x', '2026-13', '2026-03-01 25'].map(parseMonth)).toEqual([null, null, null, null, null, null]);
    // 2026-03 as Excel shows it and saves it to CSV (those were no month, and --period went unchecked); 「26-Mar」 is the
    // 26th of March (d-mmm), no month of its own.
    expect(['3月-26', 'Mar-26', 'mar-2026', 'March-26', '12月-25'].map(parseMonth)).toEqual(['2026-03', '2026-03', '2026-03', '2026-03', '2025-12']);
    expect(['26-Mar', 'Mai-26', '13月-26'].map(parseMonth)).toEqual([null, null, null]);
  });
});

describe('a month number that is no month', () => {
  it('2026年13月, 2026-00, 202613 are months mistyped; 2026年3月, 三月, 第一季度 and a bare 13 are not', () => {
    expect(['2026年13月', '2026-00', '202613', '２０２６年１３月', '2026/13'].map(impossibleMonth)).toEqual([true, true, true, true, true]);
    expect(['2026年3月', '2026-12', '三月', '2026-Q1', '13', '', '1989-13'].map(impossibleMonth)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('a month a name or note gives, as numbers', () => {
  it('2026年3月 → 2026, 3; 3月, 三月份, 十二月 → the month alone; 第一季度, 13月 none', () => {
    expect(['2026年3月', '2026-03', '3月', '三月份', '十二月', '第一季度', '13月'].map(monthNumberOf)).toEqual([
      { year: 2026, month: 3 }, { year: 2026, month: 3 }, { month: 3 }, { month: 3 }, { month: 12 }, undefined, undefined,
    ]);
  });
});

describe('isDayDate (one reading of a typed day for typed grades and footers)', () => {
  it('with its year or its 月 always; bare 3.31 / 3/31 only where asked; months and days in range', () => {
    for (const t of ['2026-03-31', '2026.3.31', '2026年3月31日', '3月31日', '4月1号', '２０２６-０４-０１']) expect(isDayDate(t, false), t).toBe(true);
    for (const t of ['3.31', '3/31', '3-31']) expect([isDayDate(t, true), isDayDate(t, false)], t).toEqual([true, false]);
    for (const t of ['13.31', '3.32', '2026-13-01', '1008', 'S05', '4.1.2']) expect(isDayDate(t, true), t).toBe(false);
  });
});
