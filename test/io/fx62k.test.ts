// fx62k (review 62): §11 shop-cs-monthly's 减分项·减分 column retyped. 「扣分」 / 「罚分」 there was read as blank with a
// warning — 员工00 / 员工01's 2 dropped, 94.00 at exit 0 for 94 − 2 = 92 — now whoever filled it is refused at the cell,
// advised to rename it 「减分项·减分」 (a positive figure, taken off); so is 「投诉扣分」 there (售后投诉关联 is banded: no item
// of deductions whose loss it could be).
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

  it('「投诉扣分」 where 减分项·减分 stood (售后投诉关联 is banded, no item of deductions): whoever filled it refused at P2 / P3, advised 「减分项·减分」', async () => {
    const r = await gradedReport(at('s11-tousu-kou.xlsx'), FORM);
    expect(first3(r)).toEqual([['员工00', null], ['员工01', null], ['员工02', 94]]);
    expect(errors(r).map((p) => [p.code, p.cell])).toEqual([['unknown-column', 'P2'], ['unknown-column', 'P3']]);
    expect(errors(r)[0]!.message).toContain('请把列名改为「减分项·减分」');
  });
});
