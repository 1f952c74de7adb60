// A 「仪容仪表扣分」 column of §25 property-cs-staff (review of 55a5d565): 0 and 「无」 are nothing off, a deduction written
// out (「扣2分」「2分」「扣1分」「1分」) refuses the person — it was read as blank, full marks on the item.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

describe('text deductions under a 扣分 heading', () => {
  it('甲–丁 (扣2分, 2分, 扣1分, 1分) unscored; 戊 and 己 (0 / nothing) 45/45 = 100 优秀', async () => {
    const r = await gradedReport(path.join(repoRoot, 'test/fixtures/kou54/pcs-kou-text.xlsx'), { form: 'property-cs-staff' });
    // 甲 was 92.22 优秀 with 仪容仪表 2 of 2; by the sheet 扣2分 leaves 0: (45 − 3.5 − 2)/45 = 87.78 — kpi cannot tell, so refuses.
    expect(r.people.map((p) => [p.name, p.status, p.total ?? null])).toEqual([['甲', 'error', null], ['乙', 'error', null], ['丙', 'error', null], ['丁', 'error', null], ['戊', 'scored', 100], ['己', 'scored', 100]]);
  });
});
