// §11 scored with an export (--data): the export's month against a roster whose 考核月份 has no year (「3月」, 「三月」)
// or is blank, and dates or months stored as numbers (20260228, 202602). Each let February's export, or half of
// March's, score at exit 0.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/exports48', f);

// §11, 王芳 target 20 % and 100,000, 答复 1 time, 售后 12, 综合 4 + 8; 李强 20 %, 100,000, 0, 14, 5 + 9; 张敏 25 %,
// 80,000, 2 times, 10, 3 + 7; 中差评 allowed 2 %.
// March's figures:
// 王芳 90/500 = 18 % ÷ 20 % × 30 = 27; 95,000/100,000 × 20 = 19; 10 − 2 = 8; 1/200 = 0.5 % → (1 − 0.25) × 10 = 7.5;
//      12; 4 + 8 = 12 → 85.50 一般
// 李强 300/1234 = 24.3 % capped 30; 1,234,567 capped 20; 10; 2/1000 = 0.2 % → 9; 14; 14 → 97.00 优秀
// 张敏 80/400 = 20 % ÷ 25 % × 30 = 24; 60,000/80,000 × 20 = 15; 10 − 4 = 6; 3/300 = 1 % → 5; 10; 10 → 70.00 待改进
const march = [['王芳', 85.5, '一般'], ['李强', 97, '优秀'], ['张敏', 70, '待改进']];
// February's (what was scored at exit 0): 王芳 30/300 = 10 % → 15; 40,000 → 8; 8; 4/100 = 4 % → 0; 12; 12 → 55.00.
// Half of March's: 王芳 45/250 = 18 % → 27; 47,500 → 9.5; 8; 1/100 = 1 % → 5; 12; 12 → 73.50.
const shown = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band]);

describe('a roster whose 考核月份 is written without a year: the export compared by the month\'s number', () => {
  it('「3月」 under the title 「…2026年3月」, February\'s export: refused as for 2026-03 (王芳 55.00 for 85.50 at exit 0)', async () => {
    const failure = await refusal(at('roster-3yue-titled.xlsx'), { data: at('export-feb.csv') });
    expect(failure).toMatchObject({ code: 'data-missing', cell: 'A1' });
    expect(failure.message).toContain('的标题是 2026-02 的,本表的考核月份是 2026-03');
  });

  it('「3月」 under the title 「…2026年3月」: March 2025\'s export is refused, the year taken from the title', async () => {
    const failure = await refusal(at('roster-3yue-titled.xlsx'), { data: at('export-march-2025.csv') });
    expect(failure.message).toContain('的标题是 2025-03 的,本表的考核月份是 2026-03');
  });

  it('「三月」 without a title, February\'s export: refused, the month said as written', async () => {
    const failure = await refusal(at('roster-sanyue.xlsx'), { data: at('export-feb.csv') });
    expect(failure.message).toContain('的标题是 2026-02 的,本表的考核月份是 3月');
  });

  it('「三月」 with --period 2026-03: the year is --period\'s', async () => {
    const failure = await refusal(at('roster-sanyue.xlsx'), { data: at('export-feb.csv'), period: '2026-03' });
    expect(failure.message).toContain('本表的考核月份是 2026-03');
  });

  it.each(['roster-3yue-titled.xlsx', 'roster-sanyue.xlsx'])('%s with March\'s export: joined, 85.50, 97.00, 70.00', async (roster) => {
    const r = await gradedReport(at(roster), { data: at('export-march.csv') });
    expect(shown(r)).toEqual(march);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('a roster whose 考核月份 is blank', () => {
  it('with --period 2026-03, February\'s export: refused as for 2026-03', async () => {
    const failure = await refusal(at('roster-blank.xlsx'), { data: at('export-feb.csv'), period: '2026-03' });
    expect(failure.message).toContain('的标题是 2026-02 的,本表的考核月份是 2026-03');
  });

  it('without --period, February\'s export: its month is what it is — joined (王芳 55.00)', async () => {
    const r = await gradedReport(at('roster-blank.xlsx'), { data: at('export-feb.csv') });
    expect(r.people[0]).toMatchObject({ name: '王芳', total: 55 });
  });

  it('without --period, half of March (2026-03-01 ~ 2026-03-15): refused (王芳 73.50 at exit 0)', async () => {
    const failure = await refusal(at('roster-blank.xlsx'), { data: at('export-half.csv') });
    expect(failure).toMatchObject({ code: 'data-missing', cell: 'A1' });
    expect(failure.message).toContain('统计周期是 2026-03-01 ~ 2026-03-15(15 天),不是一个月的数据:本表按月考核,用不满一个月的数据');
    expect(failure.message).toContain('请给出整月的导出数据');
  });

  it('「3月」 under a dated title, half of March: refused as with 2026-03', async () => {
    const failure = await refusal(at('roster-3yue-titled.xlsx'), { data: at('export-half.csv') });
    expect(failure.message).toContain('本表按月考核(2026-03)');
  });
});

describe('an .xlsx export whose dates or months are numbers (a BI tool\'s 20260228, 202602)', () => {
  it.each([
    ['feb-date-number.xlsx', 'A2'],
    ['feb-month-number.xlsx', 'A2'],
  ])('%s for a roster of 2026-03: refused as its CSV is (王芳 55.00 at exit 0)', async (file, cell) => {
    const failure = await refusal(at('shop-roster.xlsx'), { data: at(file) });
    expect(failure).toMatchObject({ code: 'data-missing', cell });
    expect(failure.message).toContain('的日期是 2026-02 的,本表的考核月份是 2026-03');
  });

  it.each(['march-date-number.xlsx', 'march-month-number.xlsx', 'march-made-0401.xlsx'])('%s (20260331, 202603, or 20260401, the day after): joined, 85.50, 97.00, 70.00', async (file) => {
    const r = await gradedReport(at('shop-roster.xlsx'), { data: at(file) });
    expect(shown(r)).toEqual(march);
  });
});
