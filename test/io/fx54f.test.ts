// §9 cs-competency: the plain template filled as meant — 自评, 主管评 and the customers' 客户评1 on each person's sheet,
// 评分人 blank (kpi template cs-competency) — beside the peers' --rater 同事 copies. It was refused: 「表头「评分人」未填写」
// on every sheet and 「这份表只有「同事评」的评分」 at the plain file, all three 未评分 at exit 1.
// Fixtures: test/fixtures/fx54f (make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, repoRoot } from '../helpers.js';

const dir = path.join(repoRoot, 'test/fixtures/fx54f');
const at = (...names: string[]) => names.map((n) => path.join(dir, n));
const peers = ['同事甲.xlsx', '同事乙.xlsx'];
const totals = (r: Awaited<ReturnType<typeof combinedReport>>) => r.people.map((p) => [p.name, p.status, p.total, p.band]);

// Worth 优秀 100, 良好 80, 一般 60, 待改进 40; item = 70 % 主管 + 10 % 同事 (peers averaged) + 20 % 客户, a group no one
// rated spreading its weight over the others; 自评 not counted; total = mean of the five items.
// 林娜: 主管 100 80 80 60 100; 同事 (80 + 60) / 2 = 70 each; 客户 100 100 80 80 60 →
//   70 + 7 + 20 = 97, 56 + 7 + 20 = 83, 56 + 7 + 16 = 79, 42 + 7 + 16 = 65, 70 + 7 + 12 = 89; 413 / 5 = 82.60 良好.
// 周杰: 主管 80 each; no 客户 → 70/80 and 10/80; 同事 80 (乙 only) on four items → 80, and (100 + 80) / 2 = 90 on
//   人际关系协调 → 70 + 11.25 = 81.25; (4 × 80 + 81.25) / 5 = 80.25 良好.
// 王芳: 主管 60, 同事 40 (甲 only), 客户 80 → 42 + 4 + 16 = 62 each: 62.00 一般.
const expected = [
  ['林娜', 'scored', 82.6, '良好'],
  ['周杰', 'scored', 80.25, '良好'],
  ['王芳', 'scored', 62, '一般'],
];

describe('the plain template beside the peers\' copies (fx54f)', () => {
  it('combines each filled column as its rater\'s: 82.60, 80.25, 62.00, nothing refused', async () => {
    const r = await combinedReport(at('考核表-3月.xlsx', ...peers));
    expect(totals(r)).toEqual(expected);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.people[0]!.items[0]!.explanation).toBe('主管评:优秀 → 100;同事评(2人)平均 70;客户评:优秀 → 100;100 × 70% + 70 × 10% + 100 × 20% = 97(自评 100,仅供参考)');
  }, 60_000);

  it('without 自评 the same (「「主管评」的表中没有此人」 was said of the people on it)', async () => {
    const r = await combinedReport(at('考核表-无自评.xlsx', ...peers));
    expect(totals(r)).toEqual(expected);
    expect(r.problems.filter((p) => p.code === 'rater-absent' || p.severity === 'error')).toEqual([]);
  }, 60_000);

  it('评分人 「主管评」 written: the same, no 「不会计入」 refusal nor 「请把它的分数填到「主管评」列」 of 客户评1', async () => {
    const r = await combinedReport(at('考核表-主管评.xlsx', ...peers));
    expect(totals(r)).toEqual(expected);
    expect(r.problems.filter((p) => p.severity === 'error' || p.code === 'unknown-column')).toEqual([]);
  }, 60_000);

  it('同事评1 filled on 林娜\'s sheet too, the peers\' copies given: she is not scored, said once and truly', async () => {
    // Her 同事评1 column may be 同事甲's marks typed in: counted beside his copy, twice.
    const r = await combinedReport(at('考核表-同事也填.xlsx', ...peers));
    expect(totals(r)).toEqual([['林娜', 'error', null, null], expected[1], expected[2]]);
    expect(r.problems.filter((p) => p.person === '林娜' && p.severity !== 'warning').map((p) => [p.code, path.basename(p.file ?? ''), p.cell])).toEqual([['rater-unknown', '考核表-同事也填.xlsx', 'I4']]);
    expect(r.problems.find((p) => p.person === '林娜')!.message).toContain('而「同事评」另有自己的表(同事甲.xlsx、同事乙.xlsx)');
  }, 60_000);

  // (It was refused, as §7's 考核人 「陈经理」 over 主管 and 自评 was: all unscored where the copy alone scores them.)
  it('signed 张经理 (no rater group, nobody rated here): the 主管 who signed — split as the blank one is', async () => {
    const r = await combinedReport(at('考核表-张经理.xlsx', ...peers));
    expect(totals(r)).toEqual(expected);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  }, 60_000);
});
