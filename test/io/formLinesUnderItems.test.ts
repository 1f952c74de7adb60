// A team's own person sheets with the form's own lines under the items, named left of the item's column (a red team's
// openpyxl workbooks): 「综合评价 | | 良好 | 优秀」 (§30), 「直接主管定级 | 优秀 | | 部门定级」 (§4). Neither is the last item's
// second row.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/openpyxl/form-lines', f);

const graded = (f: string) => gradedReport(at(f));

describe('lines under the items named left of the item column', () => {
  it('§30: 「综合评价」 does not fill the last indicator\'s blank 客户评 (its overall 优秀 was read as the customer\'s)', async () => {
    const r = await graded('ability-overall-row.xlsx');
    // 张三: 上级 良好 (80) × 12, 客户 一般 (60) × 11, the last left blank. 11 indicators 0.7 × 80 + 0.3 × 60 = 74, the last
    // 上级 alone 80 (客户's 30 % spread): 服务态度 (74 + 74 + 80) / 3 = 76, total (3 × 74 + 76) / 4 = 74.5 (it was 75: 86).
    // 李四: 上级 优秀 × 12, 客户 较差 (40) × 11: 70 + 12 = 82; the last 100; (82 + 82 + 100) / 3 = 88; (3 × 82 + 88) / 4 = 83.5.
    // 王五: his 上级 left 服务思维 blank: unscored (the overall 优秀 was his 上级's: 68.33 一般).
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 74.5], ['李四', 83.5], ['王五', null]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.person, p.cell])).toEqual([['王五', 'C15']]);
  });

  it('§4: 「直接主管定级」 and 「签字日期」 lines are the form\'s own, whatever they hold (everyone was refused: 「日常行为」 twice)', async () => {
    for (const f of ['dept-grade-footer-blank.xlsx', 'dept-grade-footer.xlsx']) {
      const r = await graded(f);
      // 张三: 0.7 × 1 + 0.3 × 0.8 = 0.94 of each weight (94), 超预期 (0.7 × 8 + 0.3 × 6) / 10 × 5 × 2 = 7.4: 101.40.
      expect([f, r.people.map((p) => [p.name, p.total])]).toEqual([f, [['张三', 101.4], ['李四', 79]]]);
      expect(r.problems.filter((p) => p.code === 'unknown-column' || p.code === 'duplicate-entry')).toEqual([]);
    }
  });

  it('a 序号 left of the items (1, 1.1 … 2.6 on the 填写项 lines) is no line\'s name: each line stays its item\'s (96.50 for 95 at exit 0)', async () => {
    // §12: 工作效率 18; 话务质量 40 − 0.5 × (1 + 2 + 0 + 1 + 0) = 38; 工作状况 40 − 0.5 × 2 = 39 → 95.
    const ex = await graded('express-numbered-lines.xlsx');
    expect(ex.people.map((p) => [p.name, p.total])).toEqual([['张三', 95], ['李四', 95]]);
    expect(ex.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    // §8 with its 填写项 lines numbered: 79 and 100, as before the change (回访客户数 was 「表中没有」).
    const m = await graded('mattress-numbered-lines.xlsx');
    expect(m.people.map((p) => p.total)).toEqual([79, 100]);
  });

  it('§25: 「扣分」 in the 序号 column of an item\'s second line goes on with the item (its lapses were dropped: 97.78 for 88.89 at exit 0)', async () => {
    const r = await graded('staff-deduction-sublines.xlsx');
    // 李四: 处理技巧 (2 − 1 − 1) + 2 + 4 + (5 − 3) = 8; all else full: 40 / 45 = 88.89.
    expect(r.people.map((p) => [p.name, Math.round(p.total! * 100) / 100])).toEqual([['张三', 76.67], ['李四', 88.89]]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('§8: a sign-off line 「部门经理审核 | | | 同意」 under the items is the form\'s own, not the last item\'s second row (refused)', async () => {
    // 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77 (奖惩 blank).
    const r = await graded('mattress-approval-footer.xlsx');
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 77]]);
  });
});
