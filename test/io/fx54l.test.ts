// Regressions of the raters' copies commits (6623dc16, 5f95f2a3, d996267c), the reviewer's cases: a graded 主管 copy beside
// its input renamed, a roster whose 主管 row also fills 同事评1, and two false messages. Fixtures: test/fixtures/fx54l/
// (the reviewer's case_a.py, case_d.py, case_r.py and b2 built by hand: kpi score 主管.xlsx, then 主管.xlsx → 主管-3月.xlsx).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, gradedReport, repoRoot } from '../helpers.js';

const at = (...parts: string[]) => path.join(repoRoot, 'test/fixtures/fx54l', ...parts);
const scores = (r: { people: Array<{ name: string; total: number | null; band: string | null }> }) => r.people.map((p) => [p.name, p.total, p.band]);

// §9 cs-competency: 优秀 100 / 良好 80 / 一般 60 / 待改进 40; item = 70 % 主管 + 10 % 同事 (mean) + 20 % 客户, 自评 weight 0.
// No customer copy: the 20 % is spread, 主管 70/80 and 同事 10/80.
// b2 (and a2, d4): 主管 林娜 优秀 优秀 优秀 良好 优秀, 周杰 良好 ×5, 王芳 一般 ×5.
describe('§9 a folder with 主管.graded.xlsx beside its input renamed 主管-3月.xlsx, and the peers\' copies', () => {
  // 林娜: peers 一般 60 and 良好 80, mean 70 ⇒ 8.75; 100 × 70/80 + 8.75 = 96.25 (×4), 80 × 70/80 + 8.75 = 78.75
  //   ⇒ (4 × 96.25 + 78.75) / 5 = 92.75 优秀. 周杰: peers 80 and 100, mean 90 ⇒ 70 + 11.25 = 81.25 良好.
  // 王芳: peers 80 and 40, mean 60 ⇒ 52.5 + 7.5 = 60.00 一般.
  const expected = [['林娜', 92.75, '优秀'], ['周杰', 81.25, '良好'], ['王芳', 60, '一般']];
  it('passes the graded copy over (was a second 主管 copy: rater-duplicate, nobody scored, exit 1)', async () => {
    const r = await combinedReport([at('b2')]);
    expect(scores(r)).toEqual(expected);
    expect(r.inputs!.map((f) => path.basename(f))).toEqual(['主管-3月.xlsx', '同事-李四.xlsx', '同事-王五.xlsx']);
    expect(r.problems.filter((p) => p.code === 'graded-in-folder').map((p) => path.basename(p.file!))).toEqual(['主管.graded.xlsx']);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('and so when the graded copy is renamed too (主管-终.xlsx beside 主管-3月.xlsx)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fx54l-'));
    try {
      for (const f of ['主管-3月.xlsx', '同事-李四.xlsx', '同事-王五.xlsx']) await fs.copyFile(at('b2', f), path.join(dir, f));
      await fs.copyFile(at('b2', '主管.graded.xlsx'), path.join(dir, '主管-终.xlsx'));
      const r = await combinedReport([dir]);
      expect(scores(r)).toEqual(expected);
      expect(r.problems.filter((p) => p.code === 'graded-in-folder').map((p) => path.basename(p.file!))).toEqual(['主管-终.xlsx']);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('§9 one roster file, each person\'s 主管 row (评分人 blank) filling 自评, 主管评 and 同事评1, two rows signed 同事评', () => {
  it('refuses the 主管 row\'s 同事评1 as maybe one of those rows typed in (林娜 was 94.00 优秀 at exit 0, a third peer)', async () => {
    // HEAD counted 林娜's 同事评1 优秀 100 beside the rows' 良好 80 and 一般 60: mean 80 ⇒ 87.5 + 10 = 97.5 (×4),
    //   70 + 10 = 80 ⇒ (390 + 80) / 5 = 94.00 优秀 — the base refused; which of the three peers is whose cannot be told.
    const r = await gradedReport(at('r4', '考核表.xlsx'));
    expect(scores(r)).toEqual([['林娜', null, null], ['周杰', null, null], ['王芳', null, null]]);
    const shared = r.problems.filter((p) => p.code === 'rater-unknown');
    expect(shared.map((p) => [p.severity, p.sheet, p.cell, p.person])).toEqual([
      ['error', '考核表', 'F2', '林娜'],
      ['error', '考核表', 'F5', '周杰'],
      ['error', '考核表', 'F8', '王芳'],
    ]);
    expect(shared[0]!.message).toContain('「同事评」另有自己的表(考核表.xlsx 考核表!F3、考核表.xlsx 考核表!F4)');
  });
});

describe('§9 messages beside peers\' copies', () => {
  it('a2: 同事-林娜.xlsx rating 周杰 and 王芳 only, her own sheet blank — nothing to set aside, nothing said', async () => {
    const folder = at('a2');
    const r = await combinedReport(['主管.xlsx', '同事-林娜.xlsx', '同事-周杰.xlsx'].map((f) => path.join(folder, f)));
    // 林娜: her only peer 周杰's 一般 60 ⇒ 7.5; 87.5 + 7.5 = 95 (×4), 70 + 7.5 = 77.5 ⇒ (380 + 77.5) / 5 = 91.50 优秀.
    // 周杰: his only peer 林娜's 优秀 100 ⇒ 70 + 12.5 = 82.50 良好. 王芳: 待改进 40 and 良好 80, mean 60 ⇒ 60.00 一般.
    expect(scores(r)).toEqual([['林娜', 91.5, '优秀'], ['周杰', 82.5, '良好'], ['王芳', 60, '一般']]);
    expect(r.problems.filter((p) => p.code === 'self-rated')).toEqual([]);
  });
  it('d4: 王芳 in 考核表.xlsx with 自评 only is not said absent from it; she is refused for lacking 主管评', async () => {
    const r = await combinedReport([at('d4')]);
    // 林娜: 主管 as above, peers 良好 80 and 一般 60 ⇒ 92.75 优秀; 周杰: peers 优秀 100 and 良好 80 ⇒ 81.25 良好.
    expect(scores(r)).toEqual([['林娜', 92.75, '优秀'], ['周杰', 81.25, '良好'], ['王芳', null, null]]);
    expect(r.problems.filter((p) => p.code === 'rater-absent')).toEqual([]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.person])).toEqual([['rater-copy-alone', '王芳']]);
  });
});
