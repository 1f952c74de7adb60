import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { monthOfLogSheetName } from '../../src/engine/period.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (name: string) => path.join(repoRoot, 'test/fixtures/fx63f', name);
const month = (r: GradeReport) => r.groups!.find((g) => g.grouping === 'month')!;
const codes = (r: GradeReport, severity: string) => r.problems.filter((p) => p.severity === severity).map((p) => p.code);

// §21 (CATALOG): 优秀 / 良好 / 一般 = 100 / 80 / 60, a customer's score the mean of five, the month's the mean of customers.
// February's 周女士 钱先生 孙七: all 优秀, 100 each. March's 王女士 (100 + 100 + 80 + 60 + 100) ÷ 5 = 88, 李先生 80, 赵六 60:
// March (88 + 80 + 60) ÷ 3 = 76 一般; both months merged (100 × 3 + 88 + 80 + 60) ÷ 6 = 528 ÷ 6 = 88 良好 (the defect).
describe('records logs by month: a sheet name saying more than its month (red-team 63, §21 / §3 / §5)', () => {
  it('reads the month of 「3月份回访」「3月回访」「三月满意度」「3.1-3.31」「Mar」, not of unclear names', () => {
    expect(['3月份回访', '3月回访', '3月份满意度', '三月满意度', '回访3月', '2026年3月回访', '3.1-3.31', '2.1-2.28', '2026.2.1-2026.2.28', '3月1日-3月31日', 'Mar', 'March', 'Feb 2026'].map(monthOfLogSheetName)).toEqual([
      { month: 3 }, { month: 3 }, { month: 3 }, { month: 3 }, { month: 3 }, { year: 2026, month: 3 }, { month: 3 }, { month: 2 },
      { year: 2026, month: 2 }, { month: 3 }, { month: 3 }, { month: 3 }, { year: 2026, month: 2 },
    ]);
    // Two months, other digits, a month of service, part of a month, a word that only starts like a month: none.
    expect(['3-5月', '1-2月回访', '2月3月', '2组3月', '3月回访 (2)', '第3月', '3.1-3.15', '2.1-2.30', 'Sheet1', 'Market', '客户满意度评分'].map(monthOfLogSheetName)).toEqual(Array(11).fill(undefined));
  });

  for (const [file, other] of [['ss-month-words.xlsx', '2月份回访'], ['ss-huifang.xlsx', '2月回访'], ['ss-day-ranges.xlsx', '2.1-2.28'], ['ss-english.xlsx', 'Feb']] as const) {
    it(`${file}: --period 2026-03 counts March's sheet alone, 76 一般 (was 88 良好 of both at exit 0); without it an error`, async () => {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect([month(r).rows, month(r).figures.score, month(r).band]).toEqual([3, 76, '一般']);
      expect(codes(r, 'error')).toEqual([]);
      const left = r.problems.filter((p) => p.code === 'records-sheet-period');
      expect(left.map((p) => [p.severity, p.sheet])).toEqual([['warning', other]]);
      expect(left[0]!.message).toContain('没有计入');
      // No --period: which month is meant is not guessed — said as for 「2月」 / 「3月」 (figures of both, 88).
      const all = await gradedReport(at(file));
      expect(codes(all, 'error')).toEqual(['records-sheet-period']);
      expect(all.problems.find((p) => p.code === 'records-sheet-period')!.message).toContain('请用 --period 指定要评分的月份');
    });
  }

  it('Sheet1 / Sheet2 titled 「(2026年2月)」 / 「(2026年3月)」: February\'s left out under --period 2026-03 (76 一般; was 88 at exit 1)', async () => {
    const r = await gradedReport(at('ss-titles.xlsx'), { period: '2026-03' });
    expect([month(r).rows, month(r).figures.score, month(r).band]).toEqual([3, 76, '一般']);
    expect(codes(r, 'error')).toEqual([]);
    const left = r.problems.find((p) => p.code === 'records-sheet-period')!;
    expect([left.severity, left.sheet]).toEqual(['warning', 'Sheet1']);
    expect(left.message).toContain('按标题是2026年2月');
    // Without --period (it was 88 at exit 0, both titles' months merged): refused as for sheets 「2月」 / 「3月」.
    const all = await gradedReport(at('ss-titles.xlsx'));
    expect(codes(all, 'error')).toEqual(['records-sheet-period']);
  });

  it('stays as before for sheets of one month or of an unclear name: counted together with a warning (88)', async () => {
    // Both titled 2026年3月; 「1-2月回访」 (two months) beside 「3月回访」; 「3月回访 (2)」 beside 「3月回访」.
    for (const file of ['ss-titles-same.xlsx', 'ss-span.xlsx', 'ss-copy.xlsx']) {
      const r = await gradedReport(at(file), { period: '2026-03' });
      expect([file, month(r).rows, month(r).figures.score, month(r).band]).toEqual([file, 6, 88, '良好']);
      expect([file, codes(r, 'error'), r.problems.filter((p) => p.code === 'records-sheet-period')]).toEqual([file, [], []]);
      expect(codes(r, 'warning')).toContain('records-sheets');
    }
  });

  it('§3 satisfaction-monthly 「2月份记录」/「3月份记录」: March alone, (9 + 7) ÷ 2 = 8 × 10 = 80 乙 (both: (10 + 10 + 9 + 7) ÷ 4 = 9 → 90 甲)', async () => {
    const r = await gradedReport(at('sm-month-words.xlsx'), { period: '2026-03' });
    expect([month(r).rows, month(r).figures.overall, month(r).figures.index, month(r).band]).toEqual([2, 8, 80, '乙']);
    expect(r.problems.filter((p) => p.code === 'records-sheet-period').map((p) => [p.severity, p.sheet])).toEqual([['warning', '2月份记录']]);
  });
});

// §31 (CATALOG): 0.3 × survey + 0.3 × 解决率 + 0.25 × rating × 20 + 0.15 × 保留率; 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60.
// 一组 March: 0.3 × 86 + 0.3 × 94 + 0.25 × 90 + 0.15 × 90 = 25.8 + 28.2 + 22.5 + 13.5 = 90 优秀.
// 二组 March: 0.3 × 92 + 0.3 × 95 + 0.25 × 96 + 0.15 × 90 = 27.6 + 28.5 + 24 + 13.5 = 93.6 优秀.
// 二组 February: 0.3 × 70 + 0.3 × 75 + 0.25 × 80 + 0.15 × 80 = 21 + 22.5 + 20 + 12 = 75.5 一般.
describe('§31 satisfaction-scorecard roster: rows of other months than --period\'s (red-team 63)', () => {
  const byName = (r: GradeReport) => Object.fromEntries(r.people.map((p) => [p.name, [p.status, p.total, p.band]]));

  it('一组 on a February and a March row: the February row left out with a warning, 一组 90 优秀 (was unscored, exit 1)', async () => {
    const r = await gradedReport(at('sc-roster-months.xlsx'), { period: '2026-03' });
    expect(byName(r)).toEqual({ 一组: ['scored', 90, '优秀'], 二组: ['scored', 93.6, '优秀'] });
    expect(codes(r, 'error')).toEqual([]);
    const left = r.problems.filter((p) => p.code === 'sheet-month');
    expect(left.map((p) => [p.severity, p.cell])).toEqual([['warning', 'B2']]);
    expect(left[0]!.message).toContain('按 考核表!A3 那一行(2026-03)评分');
  });

  it('both teams on rows of two months: each February row left out, 90 and 93.6 优秀', async () => {
    const r = await gradedReport(at('sc-roster-two-months.xlsx'), { period: '2026-03' });
    expect(byName(r)).toEqual({ 一组: ['scored', 90, '优秀'], 二组: ['scored', 93.6, '优秀'] });
    expect(codes(r, 'error')).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'sheet-month').map((p) => [p.severity, p.cell])).toEqual([['warning', 'B2'], ['warning', 'B3']]);
  });

  it('stays as before without --period (duplicates and the file\'s month error), and for a month\'s row alone', async () => {
    const all = await gradedReport(at('sc-roster-months.xlsx'));
    expect(codes(all, 'error').sort()).toEqual(['duplicate-person', 'duplicate-person', 'month-unknown']);
    // 二组 on a February row only, 一组 on March's: no row of 二组's of March — its own error at its month cell, unscored
    // (review of 50cc36a1, fx63l: it was scored 75.5 一般 beside the file's error at 一组's cell).
    const lone = await gradedReport(at('sc-roster-lone.xlsx'), { period: '2026-03' });
    expect(byName(lone)).toEqual({ 一组: ['scored', 90, '优秀'], 二组: ['error', null, null] });
    expect(codes(lone, 'error')).toEqual(['sheet-month']);
    expect(lone.problems.filter((p) => p.code === 'sheet-month').map((p) => [p.severity, p.person])).toEqual([['error', '二组']]);
  });
});
