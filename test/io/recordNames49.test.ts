// §23: workshop names written as factories write them were counted as more workshops. 「1#车间」 beside 「1号车间」 (「#」 is
// 号): 采购部 served by 7 for 5, coefficient 1.1 for 0.9, 0.91 off for 1.11 (94.09 for 93.89) at exit 0, nothing said.
// 「3号车间/张主任」, 「3号车间:张主任」, 「3号车间【张主任】」, 「3号车间张主任」 beside 「3号车间」: 6 for 5, 94.09 for 93.89,
// nothing said, where 「3号车间(张主任)」 was one workshop with its rater named.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';
import { numberedKey, raterNote } from '../../src/engine/groups/alikeNames.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/recordNames49', f);

async function depts(file: string) {
  const r = await gradedReport(at(file), { form: 'internal-satisfaction-workshop' });
  return { r, g: r.groups!.filter((x) => x.grouping === 'dept'), said: r.problems.map((p) => [p.severity, p.code, p.cell]) };
}

describe('§23 「#」 for 号 in a workshop name', () => {
  // 1号车间 及时性 不满意, 1#车间 质量 满意; 2号车间 不满意, 2#车间 满意; 3号车间, 3＃车间, 4号车间, 5号车间 满意. Workshops 1–5:
  // 5 served → 0.9; u = 2 → 较差, nominal 1; 1 ÷ 0.9 = 1.11; 95 − 1.11 = 93.89 (8 apart would be 1.1: 1 ÷ 1.1 = 0.91, 94.09).
  it('「1#车间」, 「2#车间」, 「3＃车间」 beside 「1号车间」…: 5 workshops, 93.89, a note for each as for 一号车间', async () => {
    const { r, g, said } = await depts('hash.xlsx');
    expect(g[0]!.status).toBe('scored');
    expect(g[0]!.figures).toMatchObject({ served: 5, u: 2, level: '较差', coefficient: 0.9, deduction: 1.11, after: 93.89 });
    expect(said).toEqual([['info', 'names-numbered', 'B4'], ['info', 'names-numbered', 'B6'], ['info', 'names-numbered', 'B8']]);
    expect(r.problems[0]!.message).toContain('车间「1号车间」和「1#车间」只是编号的写法不同,按同一个车间统计');
  });

  it('「#」 and 「＃」 after a number are 号; 1#车间 and 11#车间 stay two', () => {
    expect(['1#车间', '1号车间', '2#车间', '11#车间', '1#'].map(numberedKey)).toEqual(['1车间', '1车间', '2车间', '11车间', '1']);
  });
});

describe('§23 a rater written after the workshop with 「/」, 「:」, 【】 or nothing between', () => {
  // Each of January–April: 1号车间, 2号车间 不满意; 3号车间 and 3号车间 as 张主任 wrote it (/, :, 【】, 「3号车间张主任」),
  // 4号车间, 5号车间 满意. 5 served → 0.9; u = 2 → 较差, nominal 1; 1 ÷ 0.9 = 1.11; 95 − 1.11 = 93.89.
  // May: 3号车间, 3号车间二组 (a workshop of its own) and 3号车间二组组长 (its 组长) beside 1,2 (不满意), 4, 5: 6 served → 1.1;
  // u = 2 → 较差; 1 ÷ 1.1 = 0.909… → 0.91; 95 − 0.91 = 94.09 (merging 二组 into 3号车间 would be 5 → 93.89).
  it('one workshop each month, named by its rater in a warning; 3号车间二组 stays apart from 3号车间', async () => {
    const { g, said } = await depts('raters.xlsx');
    expect(g.map((x) => x.key.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    for (const x of g.slice(0, 4)) expect(x.figures).toMatchObject({ served: 5, u: 2, level: '较差', coefficient: 0.9, deduction: 1.11, after: 93.89 });
    expect(g[4]!.figures).toMatchObject({ served: 6, u: 2, level: '较差', coefficient: 1.1, deduction: 0.91, after: 94.09 });
    expect(said).toEqual([
      ['warning', 'names-raters', 'B6'],
      ['warning', 'names-raters', 'B12'],
      ['warning', 'names-raters', 'B18'],
      ['warning', 'names-raters', 'B24'],
      ['warning', 'names-raters', 'B31'],
    ]);
  });

  it('reads the rater as the bracket form does; a title is needed with nothing between', () => {
    const name = (w: string) => raterNote(w)?.name ?? null;
    expect(['3号车间/张主任', '3号车间:张主任', '3号车间：张主任', '3号车间【张主任】', '3号车间张主任', '3号车间(张主任)', '3号车间/张'].map(name)).toEqual(Array(7).fill('3号车间'));
    expect(raterNote('3号车间二组组长')).toEqual({ name: '3号车间二组', note: '组长' });
    // Not raters: a part of the workshop, another workshop, a surname with nothing between, a person's own name.
    expect(['3号车间二组', '3号车间/二组', '1号车间/2号车间', '装配车间王', '装配车间【电机】', '王芳', '采购部/财务部'].map(name)).toEqual(Array(7).fill(null));
  });
});
