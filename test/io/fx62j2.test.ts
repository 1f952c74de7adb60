// fx62j2 (review 62 of 813ea737): §17 probation 转正建议 with a department's or the employee's caption — 「人事部确认」
// 「财务签字」 alone were kept as the grade (override) in place of kpi's 通过; 「通过 人事部确认」 said to differ from 通过;
// 「不予转正 HR确认」 kept whole. Captions are sign-offs now. 张三 10 + 20 + 25 + 15 + 15 = 85 ≥ 60 → 通过.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx62j2', f);
const read = async (f: string) => {
  const r = await gradedReport(at(f), { form: 'probation' });
  return { total: r.people[0]!.total, value: r.people[0]!.grades?.find((g) => g.label === '转正建议')?.value, said: r.problems.filter((p) => p.severity !== 'info').map((p) => p.code) };
};

describe('§17 转正建议 with a department caption', () => {
  it('「人事部确认」 / 「财务签字」 alone: kpi\'s 通过, nothing said', async () => {
    for (const f of ['pb-renshi-queren.xlsx', 'pb-caiwu-qianzi.xlsx']) expect(await read(f)).toEqual({ total: 85, value: '通过', said: [] });
  });
  it('「通过 人事部确认」: 通过, nothing said', async () => {
    expect(await read('pb-tongguo-renshi.xlsx')).toEqual({ total: 85, value: '通过', said: [] });
  });
  it('「不通过 本人确认」: the decision kept, the override said', async () => {
    expect(await read('pb-butongguo-benren.xlsx')).toEqual({ total: 85, value: '不通过', said: ['override'] });
  });
  it('「不予转正 HR确认」: kept as typed with the override (the decision never dropped)', async () => {
    const r = await read('pb-buyu-hr.xlsx');
    expect(r.said).toEqual(['override']);
    expect(String(r.value)).toContain('不予转正');
  });
});
