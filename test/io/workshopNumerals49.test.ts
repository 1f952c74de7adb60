// §23: one workshop with its number written two ways (「1号车间」 and 「一号车间」; 「1车间」, 「第一车间」, 「一车间」) was
// two workshops — 采购部 served by 6 for 5, coefficient 1.1 for 0.9, 0.91 off for 1.11 (94.09 for 93.89) at exit 0, with
// only a warning. Now one workshop, said in a note; 一车间/十一车间, 1号车间/11号车间 and 一线车间 stay apart.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';
import { numberedKey } from '../../src/engine/groups/alikeNames.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/workshopNumerals49', f);

async function dept(file: string) {
  const r = await gradedReport(at(file), { form: 'internal-satisfaction-workshop' });
  return { r, g: r.groups!.find((x) => x.grouping === 'dept')!, said: r.problems.map((p) => [p.severity, p.code, p.cell]) };
}

describe('§23 a workshop whose number is written two ways', () => {
  // The tester's file: 及时性 all 满意; 服务态度 一号车间 不满意, ３号车间 不满意, the rest 满意. Workshops 1–5 (一号车间 is
  // 1号车间; 「2号车间 」, 「３号车间」, 「4号 车间」 as before): 5 served → 0.9; u = 2 → 较差, nominal 1; 1 ÷ 0.9 = 1.11;
  // 95 − 1.11 = 93.89.
  it('「一号车间」 beside 「1号车间」: 5 workshops, 1 ÷ 0.9 = 1.11, 93.89, a note at 一号车间', async () => {
    const { r, g, said } = await dept('names.xlsx');
    expect(g.status).toBe('scored');
    expect(g.figures).toMatchObject({ served: 5, u: 2, level: '较差', coefficient: 0.9, deduction: 1.11, after: 93.89 });
    expect(said).toEqual([['info', 'names-numbered', 'B7']]);
    expect(r.problems[0]!.message).toBe('2026年3月!B7:车间「1号车间」和「一号车间」只是编号的写法不同,按同一个车间统计;如果是不同的车间,请把各条答案写成不同的车间名称后重新评分');
  });

  // 1号车间 (及时性 不满意), 1车间, 第一车间, 一车间 (响应速度 不满意), 2–5号车间: 5 served (8 apart, 1.1) → 0.9;
  // u = 2 → 较差; 1 ÷ 0.9 = 1.11; 95 − 1.11 = 93.89.
  it('「1车间」, 「第一车间」, 「一车间」 beside 「1号车间」: one workshop, one note naming all four', async () => {
    const { r, g, said } = await dept('forms.xlsx');
    expect(g.figures).toMatchObject({ served: 5, u: 2, level: '较差', coefficient: 0.9, deduction: 1.11, after: 93.89 });
    expect(said).toEqual([['info', 'names-numbered', 'B7']]);
    expect(r.problems[0]!.message).toContain('车间「1号车间」、「1车间」、「第一车间」和「一车间」只是编号的写法不同');
  });

  // 1号车间 = 一车间, 11号车间 = 十一车间, 一线车间, 2–4号车间: 6 served → 1.1 (merging 一线 into 1, or 11 into 1, would
  // be 5 → 0.9); u = 2 (1号车间, 十一车间) → 较差; 1 ÷ 1.1 = 0.909… → 0.91; 95 − 0.91 = 94.09.
  it('different numbers stay apart: 一车间/十一车间, 1号车间/11号车间, 一线车间', async () => {
    const { g, said } = await dept('apart.xlsx');
    expect(g.figures).toMatchObject({ served: 6, u: 2, level: '较差', coefficient: 1.1, deduction: 0.91, after: 94.09 });
    expect(said).toEqual([['info', 'names-numbered', 'B4'], ['info', 'names-numbered', 'B5']]);
  });

  it('a number is one with 第 before it, 号 after it or a word that numbers places after it', () => {
    const keys = (names: string[]) => names.map(numberedKey);
    expect(keys(['1号车间', '一号车间', '1车间', '第一车间', '一车间', '两号车间', '二十车间', '第十一车间'])).toEqual(['1车间', '1车间', '1车间', '1车间', '1车间', '2车间', '20车间', '11车间']);
    // Not numbers, or not one number: left as written.
    expect(keys(['一线车间', '车间一', '一二车间', '五金车间', '11号车间', '十一车间'])).toEqual(['一线车间', '车间一', '一二车间', '五金车间', '11车间', '11车间']);
  });
});
