// fx62k (review 62): §11 shop-cs-monthly's 减分项·减分 column retyped. 「扣分」 / 「罚分」 there was read as blank with a
// warning — 员工00 / 员工01's 2 dropped, 94.00 at exit 0 for 94 − 2 = 92 — now whoever filled it is refused at the cell,
// advised to rename it 「减分项·减分」 (a positive figure, taken off). 「投诉扣分」 names 售后投诉关联 (one item): compared with its
// loss (12 of 15: 3), 2 differs — refused lost-points-differ, advised to put another deduction in 减分项·减分 (positive).
// CATALOG §11: every person here 30 + 20 + 10 + 10 + 12 + 4 + 8 = 94 before 加分 / 减分. Fixtures: test/fixtures/fx62k.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx62k', f);
const FORM = { form: 'shop-cs-monthly' } as const;
type Report = Awaited<ReturnType<typeof gradedReport>>;
const first3 = (r: Report) => r.people.slice(0, 3).map((p) => [p.name, p.total]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');

describe('§11 减分 retyped', () => {
  for (const [file, heading] of [['s11-kou.xlsx', '扣分'], ['s11-fafen.xlsx', '罚分']] as const) {
    it(`「${heading}」 2 / 2 / empty: 员工00, 员工01 refused at P2 / P3, 员工02 94 (was 94 / 94 / 94 at exit 0)`, async () => {
      const r = await gradedReport(at(file), FORM);
      expect(first3(r)).toEqual([['员工00', null], ['员工01', null], ['员工02', 94]]);
      expect(errors(r).map((p) => [p.code, p.cell])).toEqual([['unknown-column', 'P2'], ['unknown-column', 'P3']]);
      expect(errors(r)[0]!.message).toContain('请把列名改为「减分项·减分」');
    });
  }

  it('「投诉扣分」 (售后投诉关联 loses 15 − 12 = 3): 2 differs — refused, advised to 减分项·减分 (positive)', async () => {
    const r = await gradedReport(at('s11-tousu-kou.xlsx'), FORM);
    expect(first3(r)).toEqual([['员工00', null], ['员工01', null], ['员工02', 94]]);
    expect(errors(r).map((p) => [p.code, p.cell])).toEqual([['lost-points-differ', 'P2'], ['lost-points-differ', 'P3']]);
    expect(errors(r)[0]!.message).toContain('「投诉扣分」填写为 2,「售后投诉关联」按评分规则扣 3 分');
    expect(errors(r)[0]!.message).toContain('另有扣分请填在「减分项·减分」(填正数并注明原因)');
  });
});
