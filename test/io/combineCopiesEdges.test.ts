// Raters' copies combined (cs-competency §9: 主管 70 / 同事 10 / 客户 20, no customer here → 70/80 and 10/80):
// - a row or sheet of marks without 姓名 or 工号 was dropped without a word (scored alone it is an error), the person
//   scored on the other raters at exit 0 — now an error at its cell;
// - a peer's copy with a second 「沟通能力·同事评」 column was counted as a second peer (「同事评(3人)」 from two files):
//   林娜 83.58 良好 at exit 0 for an error (优秀 in H2, 待改进 in L2), 王芳 58.83 for 58.75.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCombined } from '../../src/io/combineRaters.js';
import { repoRoot } from '../helpers.js';

const dir = (name: string) => path.join(repoRoot, 'test/fixtures/combine41', name);
const files = (name: string, ...f: string[]) => f.map((x) => path.join(dir(name), x));

async function combine(name: string, ...f: string[]) {
  const outcome = await gradeCombined(files(name, ...f), { output: null });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

const errors = (r: Awaited<ReturnType<typeof combine>>) => r.problems.filter((p) => p.severity === 'error').map((p) => [p.file ? path.basename(p.file) : '', p.cell, p.code]);

describe('raters\' copies combined: rows no one can pair, a column twice', () => {
  it('a peer\'s roster row with 工号 and 姓名 cleared: an error at peer-a.xlsx B4, not dropped', async () => {
    const r = await combine('nameless-roster', 'main.xlsx', 'peer-a.xlsx', 'peer-b.xlsx');
    expect(errors(r)).toEqual([['peer-a.xlsx', 'B4', 'header-missing']]);
  });

  it('a peer\'s sheets never given a 姓名, each named after its person: the tab taken, said at B2 — not 15 ratings dropped', async () => {
    const r = await combine('nameless-form', 'main.xlsx', 'peer-a.xlsx');
    expect(errors(r)).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'name-from-sheet').map((p) => [p.sheet, p.cell])).toEqual([['林娜', 'B2'], ['周杰', 'B2'], ['王芳', 'B2']]);
    // 林娜: 主管 优秀/良好/良好/一般/优秀, the peer 良好/优秀/良好/优秀/良好, no 客户 (70/80, 10/80):
    // 97.5, 82.5, 80, 65, 97.5 → 422.5 / 5 = 84.5.
    expect(r.people.find((p) => p.name === '林娜')!.total).toBe(84.5);
  });

  it('the 主管\'s row without a name: an error (王芳 vanished from 汇总 at exit 0)', async () => {
    const r = await combine('nameless-main', 'main.xlsx', 'peer-b.xlsx');
    expect(errors(r)).toEqual([['main.xlsx', 'B4', 'header-missing']]);
  });

  it('「沟通能力·同事评」 twice in one peer\'s copy: 林娜 (优秀 / 待改进) unscored at L2; 王芳 (一般 twice) one peer: 58.75', async () => {
    const r = await combine('dup-roster', 'main.xlsx', 'peer-a.xlsx', 'peer-b.xlsx');
    expect(errors(r)).toEqual([['peer-a.xlsx', 'L2', 'duplicate-entry']]);
    // 王芳: peers 一般 60 (peer-a) and 待改进 40 (peer-b) → 50 on each item; 主管 60, 60, 80, 40, 60:
    // (60·70 + 50·10)/80 = 58.75; 58.75; (80·70 + 500)/80 = 76.25; (40·70 + 500)/80 = 41.25; 58.75 → 293.75 / 5 = 58.75.
    expect(r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2)])).toEqual([['林娜', null], ['周杰', '81.75'], ['王芳', '58.75']]);
  });

  it('per-person sheets with 「同事评」 inserted beside 「同事评」: 林娜 (F8 优秀, G8 待改进) unscored at G8, no second peer', async () => {
    const r = await combine('dup-form', 'main.xlsx', 'peer-a.xlsx');
    expect(errors(r)).toEqual([['peer-a.xlsx', 'G8', 'duplicate-entry']]);
    expect(r.people.find((p) => p.name === '林娜')!.total).toBeNull();
  });
});
