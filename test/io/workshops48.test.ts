// §23: one workshop written with its two raters' names (「3号车间(张主任)」, 「3号车间(李班长)」) was two workshops —
// 6 served, coefficient 1.1, 采购部 94.09 at exit 0 for 5 served, 0.9, 93.89.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';
import { alikeNames, raterNote } from '../../src/engine/groups/alikeNames.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/workshops48', f);
const opts = { form: 'internal-satisfaction-workshop' };

async function dept(file: string) {
  const r = await gradedReport(at(file), opts);
  const g = r.groups!.find((x) => x.grouping === 'dept')!;
  return { r, g, said: r.problems.filter((p) => p.code === 'names-raters' || p.code === 'names-alike') };
}

describe('§23 a workshop written with its raters\' names', () => {
  // 1号 不满意, 2号 不满意, 3号 (twice) 满意, 4号, 5号 满意: 5 workshops, u = 2 → 较差, nominal 1; 5 ≤ 5 → 0.9;
  // 1 ÷ 0.9 = 1.11; 95 − 1.11 = 93.89.
  for (const file of ['brackets.xlsx', 'space.xlsx', 'dash.xlsx']) {
    it(`${file}: one workshop, 5 served, 较差 1 ÷ 0.9 = 1.11, 93.89, said naming both cells`, async () => {
      const { g, said } = await dept(file);
      expect(g.status).toBe('scored');
      expect(g.figures).toMatchObject({ served: 5, u: 2, level: '较差', coefficient: 0.9, deduction: 1.11, after: 93.89 });
      expect(said).toHaveLength(1);
      expect(said[0]).toMatchObject({ code: 'names-raters', severity: 'warning', cell: 'B5' });
      expect(said[0]!.message).toContain('(2026年3月!B4)和');
      expect(said[0]!.message).toContain('像是同一个车间写上了评价人的名字,按一个车间计(服务车间数 5,分开算是 6)');
    });
  }

  // 3号车间 满意 and 不满意: as one, 5 served, u = 3 → 差, 2 ÷ 0.9 = 2.22 (92.78); as two, 6, 2 ÷ 1.1 = 1.82 (93.18).
  it('answering two ways where one or two workshops changes the coefficient: an error, not scored', async () => {
    const { g, said } = await dept('differ.xlsx');
    expect(g.status).toBe('error');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ code: 'names-raters', severity: 'error', cell: 'B5' });
    expect(said[0]!.message).toContain('服务车间数 5 / 6,系数 0.9 / 1.1,实扣分 2.22 / 1.82,扣分后得分 92.78 / 93.18');
  });

  // 1号, 11号, 装配车间, 装配二车间, 一车间, 二车间: only 1号车间/一车间 is one workshop, its number written two ways
  // (workshopNumerals49): 5 served → 0.9; u = 2 → 较差, 1 ÷ 0.9 = 1.11; 95 − 1.11 = 93.89.
  it('different workshops stay apart: 1号/11号, 装配车间/装配二车间, 一车间/二车间', async () => {
    const { r, g, said } = await dept('apart.xlsx');
    expect(g.figures).toMatchObject({ served: 5, coefficient: 0.9, deduction: 1.11, after: 93.89 });
    expect(said).toEqual([]);
    expect(r.problems.map((p) => [p.code, p.message])).toEqual([['names-numbered', '2026年3月!B6:车间「1号车间」和「一车间」只是编号的写法不同,按同一个车间统计;如果是不同的车间,请把各条答案写成不同的车间名称后重新评分']]);
  });

  it('a note is a rater\'s only when it is a person after a place: not 「东店(总店)」, 「西店(分)」, 「装配车间-二楼」, 「王 芳」', () => {
    expect(raterNote('3号车间(张主任)')).toEqual({ name: '3号车间', note: '张主任' });
    expect(raterNote('3号车间-张')).toEqual({ name: '3号车间', note: '张' });
    for (const n of ['东店(总店)', '西店(分)', '装配车间-二楼', '一车间(3线)', '王 芳', '张三(组长)', '1号车间']) expect(raterNote(n)).toBeNull();
    // §22's 评价部门 (grouped by it, not counted as one): still warned, counted apart.
    expect(alikeNames(['生产部(张主任)', '生产部(李班长)', '销售部'])).toEqual([['生产部(张主任)', '生产部(李班长)']]);
  });
});
