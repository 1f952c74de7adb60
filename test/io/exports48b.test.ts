// §11 scored with an export (--data): a period written over the title's cells, with a shortened second date, or of part
// of a month (per-row 开始日期/结束日期, a week). Each was read as no period and scored at exit 0.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/exports48b', f);
const roster = at('roster.xlsx');

// 张三: target 20 %, 100,000; 答复 1 time, 售后 13, 主动 4 + 其他 9; 中差评 allowed 2 %.
// March's figures: 200 inquiries, 36 deals, 90,000, 1 bad of 100:
//   36/200 = 18 % ÷ 20 % × 30 = 27; 90,000/100,000 × 20 = 18; 10 − 2 × 1 = 8; 1/100 = 1 % → (1 − 0.5) × 10 = 5; 13; 4 + 9 = 13
//   → 84.00. February's (scored at exit 0): 68.50; half of March's: 80.00.
describe('a period over the title\'s cells or shortened, of another month: refused as the single-cell forms are', () => {
  it('March 「开始时间:2026-03-01 00:00:00 | 结束时间:2026-03-31 23:59:59」 with an 导出时间 line: read, 张三 84.00', async () => {
    const report = await gradedReport(roster, { data: at('march-split.xlsx') });
    const zhang = report.people.find((p) => p.name === '张三')!;
    expect(zhang.total).toBeCloseTo(84, 2);
  });

  it.each([
    ['feb-split.xlsx', 'A2'],
    ['feb-kv-dates.xlsx', 'B1'],
    ['feb-short.xlsx', 'A1'],
    ['feb-yearless.xlsx', 'A1'],
  ])('February\'s %s: refused at %s (张三 68.50 for 84.00 at exit 0)', async (file, cell) => {
    const failure = await refusal(roster, { data: at(file) });
    expect(failure).toMatchObject({ code: 'data-missing', cell });
    expect(failure.message).toMatch(/的标题是 (2026-02|2月) 的/);
  });

  it.each([
    ['half-split.xlsx', '2026-03-01 00:00:00 ~ 2026-03-15 23:59:59(15 天)'],
    ['half-cols.xlsx', '15 天'],
    ['week-title.xlsx', '7 天'],
  ])('part of March %s: refused (张三 80.00 on half a month at exit 0)', async (file, days) => {
    const failure = await refusal(roster, { data: at(file) });
    expect(failure.code).toBe('data-missing');
    expect(failure.message).toContain(days);
  });
});

describe('a period 「至今」 (to the day of pulling)', () => {
  it('「统计周期:2026-03-22至今」: refused, at most 10 days of March (31 − 22 + 1) — 张三 80.00 on part of a month at exit 0', async () => {
    const failure = await refusal(roster, { data: at('since-22.xlsx') });
    expect(failure).toMatchObject({ code: 'data-missing', cell: 'A1' });
    expect(failure.message).toContain('2026-03-22至今(到月底也只有 10 天)');
  });

  it('「统计周期:2026-03-01至今」: read as the month (pulled on its last day), 张三 84.00', async () => {
    const report = await gradedReport(roster, { data: at('since-1.xlsx') });
    expect(report.people.find((p) => p.name === '张三')!.total).toBeCloseTo(84, 2);
  });
});
