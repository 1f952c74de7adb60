// §8 奖惩 headings (review 60 b): 「奖惩(扣分)」 typed in the first heading row over 「分数」 in the second, not merged — the
// 扣分 above was not read, 王五's 2 counted +2; 「奖惩」 over 罚款 | 原因 — beside the money refused, a 「奖惩分却空着」
// warning for the same person. Fixtures: test/fixtures/fx60s/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx60s', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band]);
const said = (r: Report) => r.problems.filter((p) => p.severity !== 'info');
const form = 'mattress-cs-monthly';

// §8 before 奖惩, by the catalog:
// 张三 18 (45/50 × 20) + 15 (20 − 3 − 2) + 11 (15 − 2×1 − 1×2) + 3 (8 − 5×1) + 9 + 13 + 8 (10 − 2×1) = 77;
// 李四 20 (40/40) + 20 + 15 + 10 + 10 + 15 + 10 = 100;
// 王五 20 (30/30) + 18 (20 − 2) + 14 (15 − 1×1) + 10 + 10 + 14 + 10 = 96.
// Bands: ≥ 90 优秀, ≥ 80 良好, ≥ 60 一般.
const ZHANG = ['张三', '77.00', '一般'];
const LI = ['李四', '100.00', '优秀'];

describe('§8 「奖惩(扣分)」 in the first heading row over 「分数」 in the second, not merged', () => {
  it('王五 2 is taken off: 96 − 2 = 94 优秀 (was +2, 98.00 at exit 0 with a sign warning only)', async () => {
    for (const f of ['jcfen.xlsx', 'jcfen_fenzhi.xlsx']) {
      const r = await gradedReport(fixture(f), { form });
      expect(people(r), f).toEqual([ZHANG, LI, ['王五', '94.00', '优秀']]);
      expect(said(r), f).toEqual([]);
    }
  });

  it('「奖惩」 over 「分数」 (no deduction word): signed as typed — 张三 77 + 2 = 79 一般, 王五 96 − 2 = 94 优秀', async () => {
    const r = await gradedReport(fixture('jc_fen.xlsx'), { form });
    expect(people(r)).toEqual([['张三', '79.00', '一般'], LI, ['王五', '94.00', '优秀']]);
    expect(said(r)).toEqual([]);
  });

  it('「奖惩(扣分填负数)」 over 「分数」: a note that the figures are signed — 王五 −2 stays −2, 96 − 2 = 94 (not −(−2), 98)', async () => {
    const r = await gradedReport(fixture('jcfu_fen.xlsx'), { form });
    expect(people(r)).toEqual([ZHANG, LI, ['王五', '94.00', '优秀']]);
    expect(said(r)).toEqual([]);
  });
});

describe('§8 「奖惩」 over 罚款 | 原因: the reason beside the refused money is no 「奖惩分却空着」', () => {
  it('王五 (50 元, 客户投诉) refused without the warning; 张三 (表扬信, no figure anywhere) keeps it, 77 一般', async () => {
    const r = await gradedReport(fixture('jc_fakuan_reason.xlsx'), { form });
    expect(people(r)).toEqual([ZHANG, LI, ['王五', null, null]]);
    expect(said(r).map((p) => [p.severity, p.code, p.cell])).toEqual([
      ['error', 'unknown-column', 'R2'],
      ['warning', 'points-missing', 'S3'],
      ['error', 'unknown-column', 'R5'],
    ]);
    expect(said(r).find((p) => p.code === 'points-missing')!.message).toContain('「表扬信」');
  });
});
