// The seeds' own headings over a person's table — 「序号 | 考核内容 | 满分 | 得分」 (§26), 「序号 | 考核内容 | 得分」 (§16) —
// were no heading row: everyone 「从第 6 行起列出了本考核表的项目,但它们上面没有认得出的表头行」 (exit 1). 考核内容 heads
// the items' column as 考核项目 does. Fixtures: test/fixtures/fx56h/ (a tester's openpyxl fills of the seeds' layouts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx56h', name);
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total, p.band]);

describe('考核内容 heading the items\' column', () => {
  it('§26: the catalog\'s example 9, 8, 10 → 9; 8, 8, 8 → 8; 7, 9, 8 → 8; 6, 7, 8 → 7 ⇒ 32 × 2.5 = 80 良好', async () => {
    const r = await gradedReport(fixture('work_review.xlsx'), { form: 'cs-work-review' });
    expect(totals(r)[0]).toEqual(['张三', 80, '良好']);
    expect(r.people.every((p) => p.status === 'scored')).toBe(true);
  });

  it('§16: Σ of ten 1–10 marks — 张三 9+8+9+8+8+9+7+8+9+10 = 85 良好, 李四 10+10+9+9+9+9+9+8+9+9 = 91 优秀, 王五 6+7+6+7+5+6+6+7+8+6 = 64 一般', async () => {
    const r = await gradedReport(fixture('cs_rating.xlsx'), { form: 'property-cs-rating' });
    expect(totals(r)).toEqual([['张三', 85, '良好'], ['李四', 91, '优秀'], ['王五', 64, '一般']]);
  });
});
