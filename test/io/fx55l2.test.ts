// §7 cs-specialist-monthly, 许晴, with a column of categories (能力/态度/业绩, merged) left of the items. Fixtures:
// test/fixtures/fx55l2/make.py. Hand, 主管's points (the one counted rater):
//   能力 2 + 7 + 2 + 4 + 3 = 18, 态度 5 + 5 + 4 + 5 + 5 + 4 = 28, 业绩 9 + 10 + 8 + 10 + 9 = 46
//   total 18 + 28 + 46 = 92 → 优秀 (≥ 90).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fx = (name: string) => path.join(repoRoot, 'test/fixtures/fx55l2', name);

async function read(name: string) {
  const r = await gradedReport(fx(name), { form: 'cs-specialist-monthly' });
  return { people: r.people.map((x) => [x.name, x.total, x.band, x.status]), errors: r.problems.filter((x) => x.severity !== 'info').map((x) => [x.code, x.cell]), r };
}

describe('a category column headed as items, the items three columns on', () => {
  // 「项目 | 序号 | 权分 | 考核指标 | 自评 | 主管」: A lists no item (its merged cells say 能力(20)…), D lists all 16 — looking
  // two columns on only, the row was no heading: unscored at exit 1, 「…上面没有认得出的表头行…」.
  it.each(['xiangmu.xlsx', 'kaohexiangmu.xlsx', 'kaohelei.xlsx'])('%s: 许晴 92 优秀', async (name) => {
    const r = await read(name);
    expect(r.people).toEqual([['许晴', 92, '优秀', 'scored']]);
    expect(r.errors).toEqual([]);
  });
});

describe('§7 in the §4 seed\'s two tables: the category column lists part 2\'s items as well', () => {
  // Part 1 under 「类别 | 考核指标 | …」 (items in B), part 2 under 「考核指标 | 权分 | 自评 | 主管」 one column left (items in
  // A). A lists part 2's 5 (or 11) items, B part 1's 5: on a tie A won, with more in part 2 too — no item found at exit 2.
  // Now B, whose items start on the first line, is part 1's; part 2's shifted headings are refused as in the 11-and-5 case.
  // (Only items outside part 1 are 「缺少「主管」的评分」: 16 − 11 = 5, or 16 − 5 = 11 — part 2's unread, and 态度's 6 left off
  // the 5-and-5 sheet.)
  it.each([['two_11_5.xlsx', 'C19', 5], ['two_5_5.xlsx', 'C13', 11], ['two_5_11.xlsx', 'C13', 11]] as const)('%s: items of part 1 read from B, part 2\'s headings refused at %s', async (name, cell, unread) => {
    const r = await read(name);
    expect(r.errors[0]).toEqual(['headings-reordered', cell]);
    expect(r.errors.filter(([code]) => code === 'missing-rater').length).toBe(unread);
    expect(r.r.problems.some((p) => /文档编写|掌握公司业务/.test(p.message))).toBe(false);
  });
});
