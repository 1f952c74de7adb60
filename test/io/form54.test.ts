// §7 cs-specialist-monthly headed 「考核类别 | 序号 | 权分 | 考核指标 | 自评 | 主管 | 备注」, categories in A, items in D
// (review of cb45a4d5: the category heading over no item dropped the row, 许晴 unscored with advice to head 权分 「主管」).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

describe('a category column left of the items, other columns between', () => {
  it('reads 考核指标 as the item column: 能力 18.5 + 态度 28.5 + 业绩 45 = 92 优秀', async () => {
    // 能力 2 + 7.5 + 2 + 4 + 3 = 18.5; 态度 5 + 5 + 4.5 + 5 + 5 + 4 = 28.5; 业绩 9 + 10 + 8 + 9 + 9 = 45 (主管 counts).
    const r = await gradedReport(path.join(repoRoot, 'test/fixtures/form54/c7a_category_far.xlsx'), { form: 'cs-specialist-monthly' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['许晴', 92, '优秀']]);
  });
});
