// §4 cs-dept-monthly typed in the seed's own two-table layout (the tester's c04 cases): part 1 under 「指标类别 | 关键行动 |
// 权重 | 直接主管评分 | 间接主管评分」, its categories in A and its items in B; part 2 under 「项目 | 表现 | …」, its items in A.
// Part 2's 工作能力 in A made A the item column of the whole sheet: the part-1 ratings were read as the categories'
// subtotals, every part-1 item 「缺少直接主管的评分」 at B3 — 张三 unscored at exit 1. Fixtures: test/fixtures/fx54b/make.py.
// Hand (coefficient 0.7 × 直接 + 0.3 × 间接, points = weight × coefficient):
//   工作效率 拆包 15 × 1 = 15, 紧急 15 × 0.8 = 12 → 27.00
//   工作质量 签收 7, 质量 8, 反馈 8 × (0.56 + 0.3) = 6.88, 残次 7 → 28.88
//   团队/纪律 配合 6, 团队 6, 执行 6 × 0.86 = 5.16, 纪律 6, 日常 6 → 29.16
//   6S管理 值日 5, 现场 5 × (0.42 + 0.24) = 3.30 → 8.30
//   超预期表现 工作能力 (5.6 + 2.1) / 10 × 5 = 3.85, 日常行为 9 / 10 × 5 = 4.50 → 8.35
//   total 27 + 28.88 + 29.16 + 8.30 + 8.35 = 101.69, banded on min(101.69, 100) → 优秀.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fx = (name: string) => path.join(repoRoot, 'test/fixtures/fx54b', name);
const PARTS = [27, 28.88, 29.16, 8.3, 8.35];

async function read(name: string) {
  const r = await gradedReport(fx(name), { form: 'cs-dept-monthly' });
  const p = r.people[0]!;
  return { people: r.people.map((x) => [x.name, x.total, x.band, x.status]), parts: p.parts.map((x) => x.raw), errors: r.problems.filter((x) => x.severity !== 'info').map((x) => [x.code, x.cell]), infos: r.problems.filter((x) => x.severity === 'info').map((x) => x.code) };
}

describe('§4 in the seed\'s two tables: each heading row its own item column', () => {
  it('「指标类别 | 关键行动」 with the 0.6/0.8/1 legend row: part 1 read from B, part 2 from A — 101.69 优秀', async () => {
    const r = await read('seed.xlsx');
    expect(r.people).toEqual([['张三', 101.69, '优秀', 'scored']]);
    expect(r.parts.map((x) => Math.round(x! * 100) / 100)).toEqual(PARTS);
    // Not the categories' 「当作自己算的小计」 infos, nor 「缺少直接主管的评分」 at B3, nor part 2's 日常行为 as 团队/纪律's.
    expect(r.errors).toEqual([]);
    expect(r.infos).toEqual([]);
  });

  it('the same rated in words (达成 / 低标 / 差): 101.69 优秀', async () => {
    expect((await read('words.xlsx')).people).toEqual([['张三', 101.69, '优秀', 'scored']]);
  });

  it('「类别 | 关键行动」 (no heading kpi knows for items): the row is the table\'s heading, items beside the category', async () => {
    const r = await read('category.xlsx');
    expect(r.people).toEqual([['张三', 101.69, '优秀', 'scored']]);
    expect(r.errors).toEqual([]);
  });

  it('「项目 | 指标」, the items in B: 项目 over the categories is not the item column for the first table', async () => {
    const r = await read('project.xlsx');
    expect(r.people).toEqual([['张三', 101.69, '优秀', 'scored']]);
    expect(r.errors).toEqual([]);
  });

  it('part 1 headed 「直接主管 | 间接主管」, part 2 「直接主管评分 | 间接主管评分」: still the next table', async () => {
    const r = await read('raters.xlsx');
    expect(r.people).toEqual([['张三', 101.69, '优秀', 'scored']]);
    expect(r.errors).toEqual([]);
  });
});
