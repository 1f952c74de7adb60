// Per-column checks read a 合计 / 平均 row as one of the people's figures (fixtures: test/fixtures/fx58s/make.py, LibreOffice
// re-saves: =SUM / =AVERAGE with cached values). bedd0f6a made the weight-heading ratings check read only the people's
// rows; fractionsOnly, barePercentsIn and ratesAsPoints still read every row under the headings. They now share one
// selection (peopleRows in rowKinds.ts) with ratingsUnderWeights and pointsOnScale.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx58s', name);
const scores = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band]);
const said = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity !== 'info' || p.code === 'ambiguous-percent');

describe('§10 a 合计 row under a column of fractions (客户满意度 0.92, 0.85, 0.88)', () => {
  // 销售额 100000/100000 × 25 = 25, 满意度 92 % × 20 = 18.4, 转化率 10/100 = 10 % ÷ 10 % × 15 = 15, 响应 30/30 × 10 = 10,
  // 100 × (10 + 10 + 5 + 5) % = 30: 25 + 18.4 + 15 + 10 + 30 = 98.40; 85 % → 17 → 97.00; 88 % → 17.6 → 97.60.
  // Its cached =SUM 2.65 (over 1) made the column no fractions': 0.92 of 100 → 0.184, 80.18 良好 (80.17, 80.18) at exit 0.
  it('is no one\'s figure: 98.40, 97.00, 97.60 优秀 as without it, no warning (was 80.18 良好 ×3, three warnings)', async () => {
    const r = await gradedReport(fixture('sales-fractions-total.xlsx'), { form: 'sales-cs-kpi' });
    expect(scores(r)).toEqual([['张三', 98.4, '优秀'], ['李四', 97, '优秀'], ['王五', 97.6, '优秀']]);
    expect(said(r)).toEqual([]);
    expect(r.problems.find((p) => p.code === 'skipped-row')!.message).toContain('第5行「合计」、第6行「平均」');
  });
});

describe('§10 a 合计 row under 目标转化率 typed bare', () => {
  // 张三 10 %, 李四 0.5: two people, 0.5 left to its own reading (50 %): 10 % ÷ 50 % = 0.2 × 15 = 3, 满意度 85 → 17:
  // 25 + 17 + 3 + 10 + 30 = 85.00 良好. The 合计 10.5 made a second percent beside 0.5 (0.5 %: 10 ÷ 0.5 capped 1.2 × 15
  // = 18 → 100.00 优秀, with a note) — the sum decided how 李四's cell was read.
  it('does not make 0.5 a bare 0.5 %: 李四 85.00 良好 as without it (was 100.00 优秀)', async () => {
    const r = await gradedReport(fixture('sales-goal-total.xlsx'), { form: 'sales-cs-kpi' });
    expect(scores(r)).toEqual([['张三', 98.4, '优秀'], ['李四', 85, '良好']]);
    expect(said(r)).toEqual([]);
  });
  // The people's own 10, 5, 0.5 say 0.5 % (50 % > 2 × 10 %): 王五 10 % ÷ 0.5 % capped 1.2 × 15 = 18, 满意度 88 → 17.6:
  // 25 + 17.6 + 18 + 10 + 30 = 100.60; 李四 10 ÷ 5 capped 1.2 → 18, 17 → 100.00.
  it('three people\'s 10, 5, 0.5 are still read as 0.5 % with the 合计 under them: 98.40, 100.00, 100.60, noted at K4', async () => {
    const r = await gradedReport(fixture('sales-goal-apart-total.xlsx'), { form: 'sales-cs-kpi' });
    expect(scores(r)).toEqual([['张三', 98.4, '优秀'], ['李四', 100, '优秀'], ['王五', 100.6, '优秀']]);
    expect(said(r).map((p) => [p.code, p.cell])).toEqual([['ambiguous-percent', 'K4']]);
  });
});

describe('§13 a 合计 row under rates typed in a points column (通话利用率 0.85, 0.6, 0.95, 0.9 of 10)', () => {
  // Read as typed: 18 + 27 + 9 + 0.85 + 5 + 5 + 9 + 9 = 82.85 待改进 (82.6, 82.95, 82.9); the 合计 3.3 (over 1) hid the warning.
  it('still says the column looks like rates (was no word)', async () => {
    const r = await gradedReport(fixture('scheme-rates-total.xlsx'), { form: 'cs-scheme-100' });
    expect(scores(r)).toEqual([['甲', 82.85, '待改进'], ['乙', 82.6, '待改进'], ['丙', 82.95, '待改进'], ['丁', 82.9, '待改进']]);
    expect(said(r).map((p) => [p.code, p.cell])).toEqual([['rates-as-points', 'H1']]);
  });
});
