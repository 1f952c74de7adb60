// A folder of §9 copies: the 主管's, scored once as 考核表.xlsx, kept only as its graded copy (考核表.graded.xlsx, or renamed
// 考核表-终.xlsx), beside the peers' 考核表-同事-李四.xlsx and 考核表-同事-王五.xlsx. A peer's copy was taken for the graded copy's
// renamed input (its name adds 「-同事-李四」 to 考核表), so the graded 主管 copy was passed over and everyone refused for lacking
// 主管评 at exit 1. Made by /tmp/rt55rvd/cases/raters/make.sh (from fx54l/b2).
// §9: item = 70 % 主管 + 10 % 同事 + 20 % 客户; no customer copy, the 20 % spread: 主管 70/80, 同事 10/80.
//   林娜: peers 60 and 80, mean 70 → 8.75; items 87.5 + 8.75 = 96.25 (×4) and 70 + 8.75 = 78.75: (4 × 96.25 + 78.75)/5 = 92.75 优秀
//   周杰: peers 80 and 100, mean 90 → 70 + 11.25 = 81.25 良好;   王芳: peers 80 and 40, mean 60 → 52.5 + 7.5 = 60.00 一般
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx55k', f);

describe('peers\' copies named after the 主管\'s input (考核表-同事-李四.xlsx)', () => {
  for (const dir of ['R7b-graded-not-renamed', 'R7-peer-copies-prefixed']) {
    it(`${dir}: the graded copy is the 主管's; a peer's copy is no renamed input`, async () => {
      const r = await combinedReport([at(dir)]);
      expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['林娜', 92.75, '优秀'], ['周杰', 81.25, '良好'], ['王芳', 60, '一般']]);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }

  // Review: the 主管's input renamed 主管-张经理.xlsx beside 主管.graded.xlsx adds the 主管's own kind of name — it is the
  // renamed input (the graded copy passed over), not another rater's copy: 林娜 (188 + 240)/5 = 85.60, 周杰 82.00 (fx55c).
  it('主管-张经理.xlsx beside 主管.graded.xlsx and the peers\' 同事-*.xlsx: the input renamed, scored once', async () => {
    const r = await combinedReport([at('ren-D')]);
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['林娜', 85.6], ['周杰', 82], ['王芳', 53.2]]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
