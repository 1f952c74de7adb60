// §11: two 赤兔 export sheets beside the roster, 「赤兔数据(2月)」 and 「赤兔数据(3月)」 (the red team's c10-shop2): refused at
// exit 2 though the tabs tell which is which. The one whose tab is the run's month is read, said.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportTabMonth, tabMonth } from '../../src/io/tabMonths.js';
import { gradedReport, refusal, repoRoot } from '../helpers.js';

const dir = path.join(repoRoot, 'test/fixtures/fx53a');
const rounded = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band]);

describe('two export sheets told apart by their tab months', () => {
  it('考核月份 2026-03 reads 「赤兔数据(3月)」: 陈静 98 优秀, 孙丽 84 待改进, 周杰 93.17 良好', async () => {
    const r = await gradedReport(path.join(dir, 'c10-shop2.xlsx'));
    // March (目标转换率 20 %, 允许中差评率 2 %, K bands of §13):
    // 陈静 66/300 = 22 % ÷ 20 % → capped 30; 132000/120000 → capped 20; 答复 0 次 10; 中差评 2/200 = 1 % ÷ 2 % → (1 − 0.5) × 10 = 5;
    //   售后 14 ⇒ KPI 79; 综合 5 + 9 = 14; 加分 5 ⇒ 98 (> 95 优秀).
    // 孙丽 40/250 = 16 % → 0.8 × 30 = 24; 90000/100000 → 18; 答复 1 次 10 − 2 = 8; 0/120 → 10; 售后 12 ⇒ 72; 4 + 8 = 12 ⇒ 84 (≤ 85 待改进).
    // 周杰 38/200 = 19 % → 0.95 × 30 = 28.5; 95000/100000 → 19; 答复 10; 1/150 ÷ 2 % = 1/3 → 6.67; 售后 15 ⇒ 79.17; 5 + 9 = 14 ⇒ 93.17 (良好).
    // (February's sheet would give 68, 54, 54.5: see the --period 2026-02 case below.)
    expect(rounded(r)).toEqual([['陈静', 98, '优秀'], ['孙丽', 84, '待改进'], ['周杰', 93.17, '良好']]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const said = r.problems.find((p) => p.code === 'export-sheet-chosen')!;
    expect([said.sheet, said.message]).toEqual(['赤兔数据(3月)', '赤兔数据(3月):c10-shop2.xlsx 里有 2 张表都像导出数据:名单的考核月份是 2026-03,使用写明是这个月的「赤兔数据(3月)」;没有使用「赤兔数据(2月)」(2月)']);
  });

  it('no 考核月份, --period 2026-02 reads 「赤兔数据(2月)」: 陈静 68, 孙丽 54, 周杰 54.5, all 待改进', async () => {
    const r = await gradedReport(path.join(dir, 'c10-shop2-nomonth.xlsx'), { period: '2026-02' });
    // February: 陈静 30/300 = 10 % → 0.5 × 30 = 15; 60000/120000 → 10; 答复 10; 8/200 = 4 % ÷ 2 % = 2 → clamp 0; 售后 14 ⇒ 49; 14; +5 ⇒ 68.
    // 孙丽 20/250 = 8 % → 0.4 × 30 = 12; 50000/100000 → 10; 答复 8; 6/120 = 5 % → 0; 售后 12 ⇒ 42; 12 ⇒ 54.
    // 周杰 10/200 = 5 % → 0.25 × 30 = 7.5; 40000/100000 → 8; 答复 10; 5/150 → 0; 售后 15 ⇒ 40.5; 14 ⇒ 54.5. All ≤ 85: 待改进.
    expect(rounded(r)).toEqual([['陈静', 68, '待改进'], ['孙丽', 54, '待改进'], ['周杰', 54.5, '待改进']]);
    expect(r.problems.find((p) => p.code === 'export-sheet-chosen')!.message).toBe('赤兔数据(2月):c10-shop2-nomonth.xlsx 里有 2 张表都像导出数据:--period 指定 2026-02,使用写明是这个月的「赤兔数据(2月)」;没有使用「赤兔数据(3月)」(3月)');
  });

  it('no month anywhere: still refused, saying a tab month and --period would choose', async () => {
    const failure = await refusal(path.join(dir, 'c10-shop2-nomonth.xlsx'));
    expect(failure.message).toBe('c10-shop2-nomonth.xlsx 里有 2 张表都像导出数据(「赤兔数据(2月)」、「赤兔数据(3月)」),不知道该用哪一张;请只留本月的一张(其他的删去、移到别的文件或隐藏)后重新评分;或在表名中写明月份(如「赤兔数据(3月)」)并填写考核月份或加 --period,kpi 就用写明是那个月的一张');
  });

  it('a month neither tab says: refused, saying so', async () => {
    const failure = await refusal(path.join(dir, 'c10-shop2-nomonth.xlsx'), { period: '2026-04' });
    expect(failure.message).toBe('c10-shop2-nomonth.xlsx 里有 2 张表都像导出数据(「赤兔数据(2月)」、「赤兔数据(3月)」),不知道该用哪一张(没有一张写明是考核月份 2026-04 的);请只留本月的一张(其他的删去、移到别的文件或隐藏)后重新评分');
  });

  it('February\'s sheet alone beside March\'s roster: refused by its tab (68, 54, 54.5 scored as March at exit 0)', async () => {
    const failure = await refusal(path.join(dir, 'c10-lone-feb.xlsx'));
    expect(failure.message).toBe('导出数据 c10-lone-feb.xlsx 的工作表名是 2月 的,本表的考核月份是 2026-03:用别的月份的数据评分会算错,没有评分。请给出 2026-03 的导出数据;如果它就是 2026-03 的,请改正工作表名里的月份');
  });

  it("an export tab's month is read beside any words, a person tab's only beside a name", () => {
    expect(['赤兔数据(3月)', '赤兔数据 2月', '3月赤兔数据', '数据-2026年3月', '赤兔数据', '客服数据 1-3月', '数据(环比3月)'].map((t) => exportTabMonth(t))).toEqual(['3月', '2月', '3月', '2026-03', null, null, null]);
    expect(tabMonth('赤兔数据(3月)')).toBeNull();
  });
});
