// Record logs kept a sheet a month, one copied from the month before with its month cells never changed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/records44', f);

describe('a sheet named for a month (「3月」) whose month cells all say another (2026-02, copied from 「2月」)', () => {
  it('§23: is an error at its month heading, its answers not counted (they were February\'s: 较好, −0.56, March missing)', async () => {
    const r = await gradedReport(at('workshop-quarter-copied-sheet.xlsx'));
    // 1月 and 2月: 一车间 and 二车间 满意 for 物流部 → u = 0 → 优秀, 扣 0 each month. With 3月's 不满意 folded into February:
    // 4 answers, u = 1 → 较好, 0.5 ÷ 0.9 = 0.56 taken from February.
    const groups = r.groups!.filter((g) => g.grouping === r.groupings![0]!.id);
    expect(groups.map((g) => [g.keyText, g.band])).toEqual([['2026-01·物流部', '优秀(46–50分)'], ['2026-02·物流部', '优秀(46–50分)']]);
    // (The fixture's template is of 1.4.0: its form-version warning is not what this is about.)
    expect(r.problems.filter((p) => p.severity !== 'info' && p.code !== 'form-version').map((p) => [p.severity, p.code, p.sheet ?? '', p.cell ?? ''])).toEqual([
      ['error', 'records-sheet-month', '3月', 'A2'],
      ['warning', 'records-sheets', '', ''],
    ]);
    expect(r.problems.find((p) => p.code === 'records-sheet-month')!.message).toBe('工作表「3月」的「考核月份」列写着 2026-02,与工作表名的月份不符(复制上个月的表忘了改月份?):这张表的答案没有计入;请改正「考核月份」列或工作表名后重新评分');
  });

  it('§22: the same — February 生产部 rates 采购部 A, A, A: 1000 → A, 100 (with March\'s C, C, C: (1000 + 600) / 2 = 800 → B)', async () => {
    const r = await gradedReport(at('peer-depts-copied-sheet.xlsx'));
    const main = r.groups!.filter((g) => g.grouping === r.groupings!.find((x) => x.band)!.id);
    expect(main.map((g) => [g.keyText, g.band])).toEqual([['2026-02·采购部', 'A 优秀']]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.sheet])).toEqual([['records-sheet-month', '3月']]);
  });
});

describe('§5 sheets named for the install month (review): the visit dates of the next month are no clash', () => {
  it('「2月」 and 「3月」 with calls into the next month: all 6 orders counted — 王师傅 2 of 4 satisfied = 50 %, 李师傅 1 of 2', async () => {
    const r = await gradedReport(at('install-feb-mar-sheets.xlsx'));
    expect(r.problems.filter((p) => p.code === 'records-sheet-month')).toEqual([]);
    expect(r.records!.total).toBe(6);
  });
});
