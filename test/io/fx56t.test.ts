// A person's sheet whose table kpi finds but none of whose items it reads — §27 张三 with 「☑积极主动热情周到」 /
// 「□…」 written into the boxes' labels, 填写 blank — was missing from the results, 汇总 and the counts (「已评分 2/2 人」).
// Fixture: test/fixtures/fx56t/ticks_in_label.xlsx (a tester's fill of kpi template cs-checklist, 1.1.1).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

describe('a person\'s sheet without a readable item', () => {
  it('lists that person unscored, with why; the others scored', async () => {
    const r = await gradedReport(path.join(repoRoot, 'test/fixtures/fx56t/ticks_in_label.xlsx'));
    // 李四 every box ticked → 100 优秀; 王五 3/6, 2/5, 1/4, 0/4 → (50 + 40 + 25 + 0) / 4 = 28.75 待改进.
    expect(r.people.map((p) => [p.name, p.status, p.total ?? null, p.band ?? null])).toEqual([
      ['张三', 'error', null, null],
      ['李四', 'scored', 100, '优秀'],
      ['王五', 'scored', 28.75, '待改进'],
    ]);
    const zhang = r.people[0]!.problems.find((p) => p.code === 'item-not-found')!;
    expect([zhang.severity, zhang.sheet, zhang.person]).toEqual(['error', '张三', '张三']);
    expect(zhang.message).toContain('没有找到本考核表的任何项目');
  });
});
