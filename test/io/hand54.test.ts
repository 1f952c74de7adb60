// A hand 得分 beside an item whose other inputs are typed (review of b089ff2a): refused only where a whole count in a
// blank input gives the figure; otherwise the hand total's warning, as before, and the computed score counts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/hand54', f);
const one = async (f: string) => {
  const r = await gradedReport(at(f));
  const p = r.people[0]!;
  return { status: p.status, total: p.total === undefined ? undefined : Math.round(p.total * 100) / 100, errors: [...r.problems, ...p.problems].filter((q) => q.severity === 'error').length };
};

describe('typed inputs beside a hand 得分 that no whole count explains', () => {
  it('§28 满意度 blank, 满意数 46 / 调查数 47, 得分 24.5: scored 72.72 一般 (46/47 × 25 = 24.468 + 22 + 6.25 + 20)', async () => {
    expect(await one('s28-g245.xlsx')).toEqual({ status: 'scored', total: 72.72, errors: 0 });
  });
  it('§27 工作态度 first box unticked, 5 of 6 → 83.33, 得分 83.3 (the team’s rounding): 78.33 一般, the worked example', async () => {
    expect(await one('c27b-g7-833.xlsx')).toEqual({ status: 'scored', total: 78.33, errors: 0 });
  });
  it('§18 合作精神 6 of 9 boxes × 20/9 = 13.33, 得分 13.3: 86.33 优秀', async () => {
    expect(await one('b18-g23-133.xlsx')).toEqual({ status: 'scored', total: 86.33, errors: 0 });
  });
  it('§8 M3 短信 2, 用语 and 跟踪 blank, 得分 12: no whole count gives 12 (15 − 2 − 2u needs u = 0.5) — 15 − 2 = 13, total 81', async () => {
    expect(await one('m8-m3-g12.xlsx')).toEqual({ status: 'scored', total: 81, errors: 0 });
  });
});
