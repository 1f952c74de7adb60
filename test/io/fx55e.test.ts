// §1 A1's 达成率 typed as the item's points on one or two people's sheets (the form's layout sent round as one person's
// file): 20 of 客户信息管理's 20 was read as 20 % → 0 and scored 75.75 一般 at exit 0, while three sheets of it were refused.
// Each sheet below: A2/A3 完成目标值要求 (20 each), A4 0 unmet (20 − 5 × 0 = 20), B1/B2 4级 (40 each) ⇒ part B 80/100 = 80.
//   A1 as a rate ≥ 90 % → 20: part A 80/80 = 100; total 100 × 0.85 + 80 × 0.15 = 85 + 12 = 97.00 优秀.
//   A1 20 % (< 75 %) → 0:   part A 60/80 = 75;   total 75 × 0.85 + 80 × 0.15 = 63.75 + 12 = 75.75 一般.
// The bands differ, so a bare 20 (or 10) is refused at its cell, asking for 「20%」 or the rate.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const dir = path.join(repoRoot, 'test/fixtures/fx55e');
const scored = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.status === 'scored' ? Math.round(p.total! * 100) / 100 : p.status, p.status === 'scored' ? p.band : null]);
const errors = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity !== 'info').map((p) => [p.code, p.severity, p.sheet, p.cell, p.person]);

describe('§1 达成率 typed as A1\'s points on one or two sheets', () => {
  it('one sheet, 上级 20 under 达成率: refused at G8 (was 75.75 一般 at exit 0; as points it is 97.00 优秀)', async () => {
    const r = await gradedReport(path.join(dir, 'single-20.xlsx'));
    expect(scored(r)).toEqual([['周杰', 'error', null]]);
    expect(errors(r)).toEqual([['points-not-scale', 'error', '周杰', 'G8', '周杰']]);
    expect(r.problems[0]!.message).toBe('周杰!G8:周杰:这一格的「20」在「客户信息管理·达成率」这一行里,像是「客户信息管理」的得分(满分 20 分),而这里要填百分比(20 正好是这一项能得的分,又没有写 %),会读作 20%,没有计入,此人不评分;如果就是 20%,请写成「20%」');
  });

  it('one sheet, 「20%」 typed as such: read as 20 % → 0, 75.75 一般, no word', async () => {
    const r = await gradedReport(path.join(dir, 'single-20pct.xlsx'));
    // 20 % < 75 % → 0: 60/80 = 75; 75 × 0.85 + 80 × 0.15 = 75.75.
    expect(scored(r)).toEqual([['周杰', 75.75, '一般']]);
    expect(errors(r)).toEqual([]);
  });

  it('two sheets, 周杰 20 beside 吴婷 95: 周杰 refused at G8, 吴婷 97.00 优秀', async () => {
    const r = await gradedReport(path.join(dir, 'two-20-95.xlsx'));
    // 吴婷 95 % ≥ 90 → 20: 80/80 = 100; 100 × 0.85 + 80 × 0.15 = 97.
    expect(scored(r)).toEqual([['周杰', 'error', null], ['吴婷', 97, '优秀']]);
    expect(errors(r)).toEqual([['points-not-scale', 'error', '周杰', 'G8', '周杰']]);
  });

  it('real rates kept, whatever the number of sheets: 95, 100, 0.95 as 95%, 0.2 as 20%, a 自评 of 20; a bare 10 refused', async () => {
    const r = await gradedReport(path.join(dir, 'mixed.xlsx'));
    // 周杰 95, 吴婷 100, 郑浩 0.95 formatted 0% (95 %): ≥ 90 → 20 ⇒ 97.00 优秀 each.
    // 冯雪 0.2 formatted 0% (20 %) < 75 → 0 ⇒ 75.75 一般. 何静 上级 95 ⇒ 97.00 (自评 20 counts for nothing, not said).
    // 许亮 bare 10 (A1's 80–90 % tier gives 10): as 10 % it is 0 ⇒ 75.75, as points 70/80 = 87.5 × 0.85 + 12 = 86.38 良好.
    expect(scored(r)).toEqual([['周杰', 97, '优秀'], ['吴婷', 97, '优秀'], ['郑浩', 97, '优秀'], ['冯雪', 75.75, '一般'], ['何静', 97, '优秀'], ['许亮', 'error', null]]);
    expect(errors(r)).toEqual([['points-not-scale', 'error', '许亮', 'G8', '许亮']]);
  });

  it("kpi's sample of the form is read as before: no points-not-scale at G8", async () => {
    const r = await gradedReport(path.join(repoRoot, 'samples/after-sales-monthly.march.form.xlsx'));
    expect(r.problems.filter((p) => p.code === 'points-not-scale' && p.cell === 'G8')).toEqual([]);
  });
});
