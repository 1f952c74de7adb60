// 工号 of twelve digits saved by Excel to CSV in scientific notation (「2.02303E+11」): seven different people shared one
// 工号 — all refused as 「工号重复」 at exit 1, every name different. Fixture: test/fixtures/fx56s/sci_roster.csv (GBK, a
// tester's §8 roster as Excel writes 202303150001… into CSV).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

describe('工号 in scientific notation', () => {
  it('the column is set aside with a warning saying how to keep it; people told apart by name and scored', async () => {
    const r = await gradedReport(path.join(repoRoot, 'test/fixtures/fx56s/sci_roster.csv'));
    expect(r.people.map((p) => p.status)).toEqual(Array(7).fill('scored'));
    expect(r.problems.filter((p) => p.code === 'duplicate-person')).toEqual([]);
    // 刘洋 (§8): M1 28/30 × 20 = 18.67, M2 20 − (5 + 5 + 4) = 6, M3 15 − 2 × 2 = 11, M4 7 − 5 × 1 = 2, M5 6, M6 9,
    // M7 10 − 5 × 1 (旷工) = 5 ⇒ 57.67 待改进.
    const liu = r.people.find((p) => p.name === '刘洋')!;
    expect(liu.total).toBeCloseTo(57.67, 2);
    expect(liu.band).toBe('待改进');
    const said = r.problems.filter((p) => p.code === 'id-scientific');
    expect(said.map((p) => [p.severity, p.cell])).toEqual([['warning', 'A2']]);
    expect(said[0]!.message).toContain('「工号」列有 7 个值是科学计数法(如「2.02303E+11」)');
  });

  it('three of seven so written beside short 工号 (s3_mixed.csv): set aside too — 王芳 79, 李强 100, 王伟 100 as with the whole column', async () => {
    // (Two people sharing 「2.02303E+11」 were refused as one, 「请改正不对的工号」, without a word of the notation.)
    const r = await gradedReport(path.join(repoRoot, 'test/fixtures/fx56s/s3_mixed.csv'));
    expect(r.people.map((p) => p.status)).toEqual(Array(7).fill('scored'));
    expect(r.people.slice(0, 3).map((p) => [p.name, p.total])).toEqual([['王芳', 79], ['李强', 100], ['王伟', 100]]);
    expect(r.problems.filter((p) => p.code === 'id-scientific').map((p) => p.cell)).toEqual(['A2']);
  });
});
