// kpi rollup reads a file's months as kpi score does: 「3月28日」 beside 2026-03-05, and with --month a §20 检查日期 in the
// month after (both refused before: 「看不出是哪一年哪一月」, 「考核月份不一致」).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollupFiles } from '../../src/io/rollup/index.js';
import { repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/rollup54', f);
const feb = at('feb.xlsx');
const mar = at('mar.xlsx');

describe('rollup of §20 quality-inspection rosters (18 of 21 items 达标 = 85.71)', () => {
  it('--month mar.xlsx=2026-03: 金桥项目 2026-04-01 is March’s (a warning), 南湖项目 「3月28日」 March’s', async () => {
    const out = await rollupFiles([feb, mar], { output: null, months: new Map([['mar.xlsx', '2026-03'], ['feb.xlsx', '2026-02']]) });
    if (!out.ok) throw new Error(out.failures[0]!.message);
    const r = out.report;
    expect(r.files.map((f) => [path.basename(f.file), f.month])).toEqual([['feb.xlsx', '2026-02'], ['mar.xlsx', '2026-03']]);
    const people = Object.fromEntries(r.result.people.map((p) => [p.name, [Math.round(p.total! * 100) / 100, p.band]]));
    // 翠苑: Feb items 1 (3 处), 13 (2 处), 20 (1 处) 不达标 → 18/21 × 100 = 85.714; March all 达标 100 → (85.714 + 100) / 2 = 92.86.
    // 南湖: Feb 100; March item 20 (1 处) → 20/21 × 100 = 95.238 → (100 + 95.238) / 2 = 97.62.
    // 金桥: March only (item 2's 2 处 is under its 3), 100; February missing.
    expect(people).toEqual({ 翠苑项目: [92.86, '优秀'], 南湖项目: [97.62, '优秀'], 金桥项目: [100, '优秀'] });
    const month = r.problems.filter((p) => p.code === 'month-unknown');
    expect(month.map((p) => [p.severity, p.cell])).toEqual([['warning', 'B4']]);
    expect(month[0]!.message).toContain('表中的检查日期是 2026-04(金桥项目),在 --period 2026-03 的下一个月,按 2026-03 的考核评分');
    expect(month[0]!.message).not.toContain('kpi rollup 却按表头算作');
  });

  it('without --month the April date stays 考核月份不一致 (the file name says no month), named with both months', async () => {
    const out = await rollupFiles([feb, mar], { output: null });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.failures.map((p) => [p.code, (p.params as { case?: string }).case])).toEqual([['month-unknown', 'header-mixed']]);
    expect(out.failures[0]!.message).toContain('2026-03(翠苑项目、南湖项目)、2026-04(金桥项目)');
  });

  it('--month mar.xlsx=2026-02: February and April are not one month — still refused', async () => {
    const out = await rollupFiles([mar], { output: null, months: new Map([['mar.xlsx', '2026-02']]) });
    expect(out.ok).toBe(false);
  });
});
