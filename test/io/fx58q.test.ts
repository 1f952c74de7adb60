// §13 footers under a roster (fixtures: test/fixtures/fx58q/, make.py). A 合计 row skipped as no one's still fed the check of
// 0–100 ratings under weight headings (its cached =SUM 73.5 refused a sheet of points at exit 1); a sign-off 「考核日期:…」
// in an item's column beside 「考核人:…」 in 序号's left the footer a person without a name (9 errors at exit 1).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx58q', name);
const scores = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band, p.status]);
const errors = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity === 'error');

// The four people of both red-team files, points as typed (八项 of 20/30/10/10/5/5/10/10):
// 张三 19.5 + 29 + 10 + 10 + 5 + 5 + 9 + 9 = 96.5 优秀 (> 95); 李四 19 + 28 + 9.5 + 9.5 + 4.5 + 5 + 9 + 9.5 = 94 良好 (85–95];
// 王五 17 + 25 + 9 + 8 + 5 + 4 + 9 + 9 = 86 一般; 赵六 18 + 26 + 8 + 8 + 4 + 4 + 8 + 9 = 85 待改进 (left-open: 85 is not 一般).
const FOUR = [['张三', 96.5, '优秀', 'scored'], ['李四', 94, '良好', 'scored'], ['王五', 86, '一般', 'scored'], ['赵六', 85, '待改进', 'scored']];

describe('§13 a 合计 row under weight headings is no one\'s figure', () => {
  it('LibreOffice\'s cached =SUM(F3:F6) 73.5 under 「业绩考核(20%)」 no longer says the column holds 0–100 ratings (was exit 1)', async () => {
    const r = await gradedReport(fixture('weights-total-cached.xlsx'), { form: 'cs-scheme-100' });
    expect(scores(r)).toEqual(FOUR);
    expect(r.problems.filter((p) => p.code === 'rating-under-weight')).toEqual([]);
    expect(errors(r)).toEqual([]);
    // Still skipped and said: 73.5 = 19.5 + 19 + 17 + 18 is the 合计 row, 18.375 its 平均.
    const skipped = r.problems.filter((p) => p.code === 'skipped-row');
    expect(skipped.map((p) => [p.severity, p.cell])).toEqual([['info', 'A7']]);
    expect(skipped[0]!.message).toContain('第7行「合计」、第8行「平均」');
  });
  it('0–100 ratings under the same headings with a 合计 and a 平均 row are still said at every heading and refused', async () => {
    const r = await gradedReport(fixture('ratings-total.xlsx'), { form: 'cs-scheme-100' });
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['张三', 'error'], ['李四', 'error']]);
    // F2 too: 业绩考核 90, 95 of the people (the 合计 185 = 90 + 95 no longer hides them — it is over 100, no rating).
    const said = r.problems.filter((p) => p.code === 'rating-under-weight');
    expect(said.map((p) => p.cell)).toEqual(['F2', 'G2', 'H2', 'I2', 'J2', 'K2', 'L2', 'M2']);
    // 90 × 20 % = 18.
    expect(said[0]!.message).toContain('(90 × 20% = 18)');
    // Eight items a person, each over its points: 16 cells refused.
    expect(r.problems.filter((p) => p.code === 'out-of-range')).toHaveLength(16);
    expect(r.problems.find((p) => p.code === 'skipped-row')!.message).toContain('第5行「合计」、第6行「平均」');
  });
});

describe('§13 a sign-off footer whose cells sit in other columns', () => {
  it('「考核人:王主管」 in A10 and 「考核日期:2026-04-02」 in F10 (业绩考核) are the footer, skipped as 「考核人:王主管」 (was 9 errors)', async () => {
    const r = await gradedReport(fixture('footer-item-column.xlsx'), { form: 'cs-scheme-100' });
    expect(scores(r)).toEqual(FOUR);
    expect(errors(r)).toEqual([]);
    const skipped = r.problems.filter((p) => p.code === 'skipped-row');
    expect(skipped[0]!.message).toContain('第7行「合计」、第8行「平均」、第10行「考核人:王主管」');
  });
  it('a person with marks and no name is still refused, and so is one whose 备注 says 「考核日期:2026-03-31」', async () => {
    const r = await gradedReport(fixture('blank-name-footer.xlsx'), { form: 'cs-scheme-100' });
    expect(scores(r).slice(0, 4)).toEqual(FOUR);
    expect(r.people.slice(4).map((p) => p.status)).toEqual(['error', 'error']);
    expect(errors(r).map((p) => [p.code, p.cell])).toEqual([['header-missing', 'C7'], ['header-missing', 'C8']]);
    expect(r.problems.find((p) => p.code === 'skipped-row')!.message).toContain('第9行「合计」、第11行「考核人:王主管」');
  });

  // Review of bedd0f6a: the sign-off's date written 「考核时间:…」 or its month 「考核月份:…」 was no note word, so the footer
  // was again a person without a name, 9 errors at exit 1 (as 「考核日期:…」 was before bedd0f6a).
  it.each([
    ['ft-kaoheshijian.xlsx', '考核时间:2026-04-02'],
    ['ft-yuefen.xlsx', '考核月份:2026年3月'],
  ])('%s: 「考核人:王主管」 in A10 and 「%s」 in F10 are the footer (was 9 errors)', async (name) => {
    const r = await gradedReport(fixture(name), { form: 'cs-scheme-100' });
    expect(scores(r)).toEqual(FOUR);
    expect(errors(r)).toEqual([]);
    expect(r.problems.find((p) => p.code === 'skipped-row')!.message).toContain('第7行「合计」、第8行「平均」、第10行「考核人:王主管」');
  });
  it.each([
    // Row 7: marks, no name, 「评分日期:2026-03-31」 in 备注.
    ['ft-nameless-marks.xlsx', [['header-missing', 'C7']]],
    // Rows 7 and 8: marks, no name, row 8's 备注 「考核月份:2026年3月」; the footer's 「考核时间:2026-04-02」 skipped.
    ['blank-name-yuefen.xlsx', [['header-missing', 'C7'], ['header-missing', 'C8']]],
  ])('%s: a row of marks without a name is still refused, whatever sign-off word its 备注 holds', async (name, said) => {
    const r = await gradedReport(fixture(name), { form: 'cs-scheme-100' });
    expect(scores(r).slice(0, 4)).toEqual(FOUR);
    expect(r.people.slice(4).map((p) => p.status)).toEqual(said.map(() => 'error'));
    expect(errors(r).map((p) => [p.code, p.cell])).toEqual(said);
    expect(r.problems.find((p) => p.code === 'skipped-row')!.message).toContain('「考核人:王主管」');
  });
});
