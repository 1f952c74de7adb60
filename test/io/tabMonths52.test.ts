// A month written in a sheet's tab (「王五(2月)」, 「2月」) is that sheet's month, as a title's is: February's sheet was
// scored and reported as March's at exit 0 without a word, even under --period 2026-03.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inRunYear, tabMonth } from '../../src/io/tabMonths.js';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/tabMonths52', name);
const people = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band, p.status]);
const codes = (r: Awaited<ReturnType<typeof gradedReport>>, code: string) => r.problems.filter((p) => p.code === code);

describe('tab months', () => {
  it('reads a month only where the tab is plainly a month note', () => {
    expect(['王五(2月)', '王五 2月', '2月-王五', '2026年2月', '3月', '王五(二月)', '2026-02', '张三 3月份'].map(tabMonth)).toEqual(['2月', '2月', '2月', '2026-02', '3月', '2月', '2026-02', '3月']);
    // Names and words holding 月, people's tabs without a month, teams, notes: no month.
    expect(['张月', '五月花', '王一月', '张三(已离职)', '一组', '二组', '说明', '客服部3月考核', '张三'].map(tabMonth)).toEqual(Array(9).fill(null));
  });

  it('puts a month without its year in the run year, December before a January run', () => {
    expect([inRunYear('2月', '2026-03'), inRunYear('12月', '2026-01'), inRunYear('3月', '2026-03'), inRunYear('2025-12', '2026-01')]).toEqual(['2026-02', '2025-12', '2026-03', '2025-12']);
  });

  // §13 person sheets: 张三/李四 考核月份 2026-03, 王五's tab 「王五(2月)」 with the month cell blank. Was 王五 85.00 待改进
  // K 0.8 paid as March at exit 0. 张三 95.50 (> 95: 优秀 K 1.1) and 李四 95.00 (95 is 良好 K 1.0, left-open) as before.
  it('refuses a person whose tab names another month than the others\' 考核月份, the rest scored', async () => {
    for (const options of [{}, { period: '2026-03' }]) {
      const r = await gradedReport(fixture('c24b-leftover-tab.xlsx'), options);
      expect(people(r)).toEqual([['张三', 95.5, '优秀', 'scored'], ['李四', 95, '良好', 'scored'], ['王五', null, null, 'error']]);
      expect(codes(r, 'sheet-tab-month').map((p) => [p.severity, p.sheet, (p.params as { said: string }).said])).toEqual([['error', '王五(2月)', '2026-02']]);
    }
  });

  // Tabs 「张三 3月」「李四 3月」「王五 2月」, no month cell: under --period 2026-03 王五 is refused (was 85.00 at exit 0);
  // without a run month the tabs only disagree among themselves: all three scored, said once, in words that are true.
  it('refuses the other month under --period, and only warns without one', async () => {
    const march = await gradedReport(fixture('c25-tabmonth.xlsx'), { period: '2026-03' });
    expect(people(march)).toEqual([['张三', 95.5, '优秀', 'scored'], ['李四', 95, '良好', 'scored'], ['王五', null, null, 'error']]);
    const plain = await gradedReport(fixture('c25-tabmonth.xlsx'));
    expect(people(plain).map((p) => p[3])).toEqual(['scored', 'scored', 'scored']);
    expect(codes(plain, 'sheets-months').map((p) => [p.severity, p.params])).toEqual([['warning', { sheets: ['张三 3月', '李四 3月', '王五 2月'], months: ['2月', '3月'], people: true }]]);
    expect(codes(plain, 'sheets-months')[0]!.message).not.toContain('都已评分');
  });

  // §26 roster sheets 「3月」 and 「2月」 (刘备 only on 2月), no 考核日期: under --period 2026-03 the 2月 sheet is the
  // file's error, as a title 「2026年2月…」 is (people still scored, exit 1); was only the warning, at exit 0.
  it('gives a roster sheet tabbed for another month the title month\'s error', async () => {
    const r = await gradedReport(fixture('09-cwr-feb-other-nodate.xlsx'), { period: '2026-03' });
    const errors = r.problems.filter((p) => p.code === 'month-unknown');
    expect(errors.map((p) => [p.severity, p.sheet, (p.params as { case: string; said: string }).case, (p.params as { said: string }).said])).toEqual([['error', '2月', 'tab-and-period', '2026-02']]);
    const plain = await gradedReport(fixture('09-cwr-feb-other-nodate.xlsx'));
    expect(plain.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
