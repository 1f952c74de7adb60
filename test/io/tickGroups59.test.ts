// Review of 5fa101c1 / 137a9bad (rt59 t4, t30). Files in test/fixtures/tickGroups59 (the reviewer's, kept as made; their
// generators beside them: t4/mk1.py … mk4.py and t30/mk.py, which take their helpers from ../tickGroups58b/58c make.py).
// 1. Headings not merged, sub-headings 差 | 低标 | 达到 (达到 is not the form's: it says 达成), 直接 ticks 低标, 间接 达到 on
//    all 13 items. A 「小 计」 row counting the ticks (0 | 13 | 0 | 0 | 0 | 13, or 13 under 达到 only) or a coefficients row
//    labelled 「系数」 (60 | 80 | 100) was taken for a team's figures (a number other than 1 on a row of the table): 达到 cut,
//    间接's ticks dropped — 87.60 良好 at exit 0 (100 × 0.8 = 80 + 4.15 + 3.45, 间接's weight given to 直接). Refused naming
//    达到 again, as without those rows.
// 2. Inside a rater's merged heading over 差 | 低标 | 达成 | X, only 得分 | 备注 | 系数 … ended the group: 实际得分, 分值, 评分,
//    加权得分, 小计, 完成情况, 情况说明, 扣分原因, 备注说明 were kept in, their 9s and 按时s no ticks — both people refused with
//    52 tick-group errors. Now a complete group ends at any sub-heading that is not one of the form's labels.
// 3. A team column cut from the group inside the span holding a choice's points (§4 系数 0.6 / 0.8 / 1; §30 得分 80 / 100)
//    was read as an unread rater (§4 「请把列名改为「直接主管」」) or a copy of the rater's column (§30 12 duplicate-entry
//    errors naming C8, empty): now the team's figure, nothing said when it agrees with the ticks, a warning naming its cell
//    and the tick's when it does not.
// CATALOG §4: item points = weight × coefficient × 100, coefficient = 0.7 × 直接 + 0.3 × 间接 (差 0.6 / 低标 0.8 / 达成 1);
// part 2's two lines each (0.7 × 直接 + 0.3 × 间接) / 10 × 5. §30: each item 0.7 × 上级 + 0.3 × 客户 (优秀 100 / 良好 80 /
// 一般 60 / 较差 40), dimensions and total the average.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/tickGroups59', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total, p.band]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');
const warnings = (r: Report) => r.problems.filter((p) => p.severity === 'warning');
const items13 = Array.from({ length: 13 }, (_, k) => `G${k + 8}`);

describe('§4 差 | 低标 | 达到, headings not merged: a count row or a coefficients row does not cut 达到', () => {
  it('小 计 counting the ticks, 13 under 达到 only, 系数 60 | 80 | 100: refused naming 达到 (were 87.60 良好 at exit 0)', async () => {
    for (const f of ['t4/u0-um.xlsx', 't4/u1-count.xlsx', 't4/u1b-count-daodao.xlsx', 't4/u2-legend-pct.xlsx']) {
      const r = await gradedReport(fixture(f), { form: 'cs-dept-monthly' });
      expect(totals(r)).toEqual([['孙七', null, null]]);
      const errs = errors(r);
      expect(errs.map((p) => [p.code, p.cell])).toEqual(items13.map((c) => ['unknown-choice', c]));
      expect(errs[0]!.message).toContain('应为以下之一:差 / 低标 / 达成');
      expect(errs[0]!.message).toContain('实际为「达到」');
      expect(r.problems.filter((p) => p.code === 'rater-spread')).toEqual([]);
    }
  });

  it('nearest sound variant: 差 | 低标 | 达成 with the same count row or percent coefficients row — 93.60 优秀 as before', async () => {
    // 直接 低标, 间接 达成: (0.7 × 0.8 + 0.3 × 1) × 100 = 86 + (0.7 × 8 + 0.3 × 9) / 10 × 5 = 4.15
    // + (0.7 × 6 + 0.3 × 9) / 10 × 5 = 3.45 → 93.60 优秀.
    for (const f of ['t4/c1-complete-count.xlsx', 't4/c2-complete-legendpct.xlsx']) {
      const r = await gradedReport(fixture(f), { form: 'cs-dept-monthly' });
      expect(totals(r)).toEqual([['孙七', 93.6, '优秀']]);
      expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    }
  });
});

describe('§4 a complete group inside the rater\'s merged heading ends at any sub-heading not the form\'s', () => {
  it('实际得分, 分值, 评分, 加权得分, 小计 (points), 完成情况, 情况说明, 扣分原因, 备注说明 (text): 66.00 一般, 94.20 优秀 (were 52 errors)', async () => {
    // 孙七 差 | 差: 100 × 0.6 = 60 + (0.7 × 6 + 0.3 × 6) / 10 × 5 × 2 = 3 + 3 → 66.00 一般.
    // 张三 低标 | 达成: (0.7 × 0.8 + 0.3 × 1) × 100 = 86 + (0.7 × 8 + 0.3 × 6) / 2 = 3.7 + (0.7 × 9 + 0.3 × 9) / 2 = 4.5
    // → 94.20 优秀 — as 「得分(分)」 (a team word already) gives.
    const words = ['实际得分', '分值', '评分', '加权得分', '小计', '完成情况', '情况说明', '扣分原因', '备注说明', '得分(分)'];
    for (const w of words) {
      const r = await gradedReport(fixture(`t4/span-${w}.xlsx`), { form: 'cs-dept-monthly' });
      expect(totals(r), w).toEqual([['孙七', 66, '一般'], ['张三', 94.2, '优秀']]);
      expect(errors(r), w).toEqual([]);
      // The team's column not counted, said once a column (G 直接's, K 间接's), as 得分's is.
      expect(warnings(r).map((p) => [p.person, p.code, p.cell]), w).toEqual([
        ['孙七', 'unknown-column', 'G8'], ['孙七', 'unknown-column', 'K8'], ['张三', 'unknown-column', 'G8'], ['张三', 'unknown-column', 'K8'],
      ]);
      expect(warnings(r)[0]!.message).toContain('直接主管的勾选列(D8:F8:差 / 低标 / 达成)');
    }
  });
});

describe('a team column cut from the group inside the span holding a choice\'s points agrees with the ticks', () => {
  it('§4 系数 of each rater\'s own 0.6 / 0.8 / 1: 66.00 一般, 94.20 优秀, nothing said (was 「请把列名改为「直接主管」」, exit 1)', async () => {
    const r = await gradedReport(fixture('t4/span-xishu-own.xlsx'), { form: 'cs-dept-monthly' });
    expect(totals(r)).toEqual([['孙七', 66, '一般'], ['张三', 94.2, '优秀']]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('§4 系数 of the combined 0.7 × 直接 + 0.3 × 间接: 孙七 0.6 agrees; 张三 0.86 is neither rater\'s — warned, scored from the ticks', async () => {
    // 张三: 0.7 × 0.8 + 0.3 × 1 = 0.86, not 低标's 0.8 nor 达成's 1.
    const r = await gradedReport(fixture('t4/span-xishu-combined.xlsx'), { form: 'cs-dept-monthly' });
    expect(totals(r)).toEqual([['孙七', 66, '一般'], ['张三', 94.2, '优秀']]);
    expect(errors(r)).toEqual([]);
    expect(warnings(r).map((p) => [p.person, p.code, p.cell])).toEqual([['张三', 'unknown-column', 'G8'], ['张三', 'unknown-column', 'K8']]);
    expect(warnings(r)[0]!.message).toContain('这一格「0.86」没有计入');
    expect(warnings(r)[0]!.message).toContain('按勾选列的「低标」评分(勾在 E8)');
  });

  it('§30 上级 / 客户 each over 优秀 | 良好 | 一般 | 较差 | 得分 (or 分数), 得分 80 / 100 as ticked: 86.00 良好, nothing said (were 12 duplicate-entry errors)', async () => {
    // 上级 良好 (80), 客户 优秀 (100) on all 12 items: 0.7 × 80 + 0.3 × 100 = 86 each → 86.00 良好.
    for (const f of ['t30/a6-defen-consistent.xlsx', 't30/a7-beizhu-num.xlsx']) {
      const r = await gradedReport(fixture(f), { form: 'cs-ability' });
      expect(totals(r)).toEqual([['王五', 86, '良好']]);
      expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    }
  });

  it('§30 a team 得分 that disagrees (80 beside 客户\'s √ under 优秀): warned naming both cells, scored from the ticks — not a second customer', async () => {
    // Read as a second customer's 良好 it would be 0.7 × 80 + 0.3 × (100 + 80) / 2 = 83; the ticks give 86.00 良好.
    for (const f of ['t30/a3-defen.xlsx', 't30/a4-shiji.xlsx']) {
      const r = await gradedReport(fixture(f), { form: 'cs-ability' });
      expect(totals(r)).toEqual([['王五', 86, '良好']]);
      expect(errors(r)).toEqual([]);
      expect(warnings(r).map((p) => [p.code, p.cell])).toEqual([['unknown-column', 'L8']]);
      expect(warnings(r)[0]!.message).toContain('这一格「80」没有计入');
      expect(warnings(r)[0]!.message).toContain('客户这一项按勾选列的「优秀」评分(勾在 H8)');
    }
  });
});
