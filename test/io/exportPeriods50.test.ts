// §11 scored with an export (--data) whose period is not in a title line: in a footer line under the table, in cells
// after a label (「统计周期 | 2026-02-01 | 2026-02-28」), or ending at midnight of the next month's 1st. February's export
// was scored on March's targets at exit 0, half of March's as a month, and March's own refused as 32 days.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/exportPeriods50', f);
const roster = at('shop-roster.xlsx');

// §11, roster of 2026-03: 王芳 target 20 % and 100,000, 答复 1 time, 售后 12, 综合 4 + 8; 李强 20 %, 100,000, 0, 14,
// 5 + 9; 张敏 25 %, 80,000, 2 times, 10, 3 + 7; 中差评 allowed 2 %.
// March's figures:
// 王芳 90/500 = 18 % ÷ 20 % × 30 = 27; 95,000/100,000 × 20 = 19; 10 − 2 = 8; 1/200 = 0.5 % → (1 − 0.25) × 10 = 7.5;
//      12 → KPI 73.50; 综合 4 + 8 = 12 → 85.50 一般
// 李强 300/1234 = 24.3 % capped 30; 1,234,567 capped 20; 10; 2/1000 = 0.2 % → (1 − 0.1) × 10 = 9; 14 → 83; 5 + 9 = 14
//      → 97.00 优秀
// 张敏 80/400 = 20 % ÷ 25 % × 30 = 24; 60,000/80,000 × 20 = 15; 10 − 4 = 6; 3/300 = 1 % → (1 − 0.5) × 10 = 5; 10 → 60;
//      3 + 7 = 10 → 70.00 待改进
const march = [['王芳', 85.5, '一般'], ['李强', 97, '优秀'], ['张敏', 70, '待改进']];
// February's, what was scored at exit 0: 王芳 30/300 = 10 % → 15; 40,000 → 8; 8; 4/100 = 4 % → 0; 12; 12 → 55.00.
// Half of March's: 王芳 45/250 = 18 % → 27; 47,500 → 9.5; 8; 1/100 = 1 % → 5; 12; 12 → 73.50.
const shown = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band]);

describe('a period in a footer line under the export\'s table', () => {
  it('「统计时间:2026-02-01 00:00:00 ~ 2026-02-28 23:59:59」 under February\'s CSV: refused at A6 (王芳 55.00 at exit 0)', async () => {
    const failure = await refusal(roster, { data: at('feb-footer.csv') });
    expect(failure).toMatchObject({ code: 'data-missing', cell: 'A6' });
    expect(failure.message).toContain('的表格下方说明是 2026-02 的,本表的考核月份是 2026-03');
    expect(failure.message).toContain('请改正表格下方说明里的月份');
  });

  it('March\'s footer (and 导出时间 2026-04-01 under it): joined, 85.50, 97.00, 70.00', async () => {
    const r = await gradedReport(roster, { data: at('march-footer.csv') });
    expect(shown(r)).toEqual(march);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('「统计周期:2026-03-01~2026-03-15」 in the footer: refused as 15 days (王芳 73.50 at exit 0)', async () => {
    const failure = await refusal(roster, { data: at('half-footer.xlsx') });
    expect(failure).toMatchObject({ code: 'data-missing', cell: 'A5' });
    expect(failure.message).toContain('统计周期是 2026-03-01~2026-03-15(15 天),不是一个月的数据');
  });
});

describe('a period in the cells after its label', () => {
  it('「统计周期 | 2026-02-01 | 2026-02-28」 as text: refused as February\'s at B1', async () => {
    const failure = await refusal(roster, { data: at('feb-label-text.xlsx') });
    expect(failure).toMatchObject({ code: 'data-missing', cell: 'B1' });
    expect(failure.message).toContain('的标题是 2026-02 的,本表的考核月份是 2026-03');
  });

  it('「查询时间段 | date | date」 (2026-02-01, 2026-02-28 23:59:59 as date cells): refused as February\'s', async () => {
    const failure = await refusal(roster, { data: at('feb-label-dates.xlsx') });
    expect(failure).toMatchObject({ code: 'data-missing', cell: 'B1' });
    expect(failure.message).toContain('的标题是 2026-02 的');
  });

  it('「统计周期 | 2026-03-01 | 2026-03-15」 as date cells: refused as 15 days', async () => {
    const failure = await refusal(roster, { data: at('half-label-dates.xlsx') });
    expect(failure.message).toContain('统计周期是 2026-03-01 ~ 2026-03-15(15 天),不是一个月的数据:本表按月考核(2026-03),用不满一个月的数据');
  });

  it('「统计周期 | 2026-03-01 | 2026-03-31」: March\'s, joined (85.50, 97.00, 70.00)', async () => {
    const r = await gradedReport(roster, { data: at('march-label-text.xlsx') });
    expect(shown(r)).toEqual(march);
  });
});

describe('a period ending at midnight of the next month\'s 1st', () => {
  it('「2026-03-01 00:00:00 ~ 2026-04-01 00:00:00」 is March exactly (31 days): joined, 85.50, 97.00, 70.00 — it was refused as 32 days', async () => {
    const r = await gradedReport(roster, { data: at('march-exclusive.xlsx') });
    expect(shown(r)).toEqual(march);
  });

  it('「2026-02-01 00:00:00 ~ 2026-03-01 00:00:00」 is February\'s alone: refused (it named March too)', async () => {
    const failure = await refusal(roster, { data: at('feb-exclusive.xlsx') });
    expect(failure.message).toContain('的标题是 2026-02 的,本表的考核月份是 2026-03');
  });

  it('「2026-03-01 ~ 2026-04-01」 without a time: 32 days, said as more than a month, not 「几个月」', async () => {
    const failure = await refusal(roster, { data: at('march-to-apr1.xlsx') });
    expect(failure.message).toContain('(32 天),不是一个月的数据:本表按月考核(2026-03),用多于一个月的数据对月度目标评分会算错');
    expect(failure.message).not.toContain('几个月');
  });
});

// A footer note only mentions a month: read as the export's period it refused March's export (exit 2) — the footer is
// read for a period stated as one (统计周期:, 查询时间 | a | b), never for a note's months (备注, 说明) nor bare month words.
describe('a note under the export\'s table (March\'s export, march-footer\'s with one line added)', () => {
  it('「备注:自2026年4月起中差评按新口径统计」: joined, 85.50, 97.00, 70.00 (refused as April\'s)', async () => {
    const r = await gradedReport(roster, { data: at('f3.xlsx') });
    expect(shown(r)).toEqual(march);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('「上月(2月)数据已于2026-03-02另行发送」: joined, 85.50, 97.00, 70.00 (refused as 2月\'s)', async () => {
    const r = await gradedReport(roster, { data: at('f16.xlsx') });
    expect(shown(r)).toEqual(march);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('a period\'s end at midnight of the 1st in a date cell', () => {
  // 2026-03-01 00:00:00 to 2026-04-01 00:00:00 is March's 31 days, as the same written as text (g2.xlsx).
  it('「查询时间 | 2026-03-01 00:00:00 | 2026-04-01 00:00:00」 as date cells (yyyy-mm-dd hh:mm:ss): March, 85.50, 97.00, 70.00 — refused as 32 days', async () => {
    const r = await gradedReport(roster, { data: at('g1.xlsx') });
    expect(shown(r)).toEqual(march);
  });

  it('the same as text: March, 85.50, 97.00, 70.00', async () => {
    const r = await gradedReport(roster, { data: at('g2.xlsx') });
    expect(shown(r)).toEqual(march);
  });
});
