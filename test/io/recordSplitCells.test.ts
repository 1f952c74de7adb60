// A comma inside an unquoted cell of a CSV log moves the rest of its row one column right. §23's 部门月度得分 「1,000」
// was read as 1: 设备部 较好 (u = 1), 2 workshops → coefficient 0.9, 实扣 0.5 ÷ 0.9 = 0.56, 扣分后得分 1 − 0.56 = 0.44 at
// exit 0 (for 1000 − 0.56 = 999.44). Such a row is in error at its extra cell and not counted, as on a roster.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/scales', name);

describe('record logs: a row split by a comma in an unquoted cell', () => {
  it('§23: 「1,000」 in the last column is refused at H2 and H3, not read as 1 (0.44 at exit 0)', async () => {
    const outcome = await gradeFile(fixture('workshop-1000.csv'), { form: 'internal-satisfaction-workshop', output: null });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const errors = outcome.report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.cell])).toEqual([['row-shifted', 'H2'], ['row-shifted', 'H3']]);
    expect(errors[0]!.message).toContain('这一格「000」和左边一格像是数字「1,000」被逗号拆成了两格');
    expect(errors[0]!.message).toContain('这条答案记录不计入统计');
    // Both rows out: 设备部 has no answer counted, so no deduction and no score after it.
    const dept = outcome.report.groups!.find((g) => g.grouping === 'dept')!;
    expect(dept.keyText).toBe('2026-03·设备部');
    expect(dept.figures).toEqual({});
    expect(dept.band).toBeNull();
  });

  it('§3: 「送货慢,希望改进」 in 建议和意见 puts the extra 「希望改进」 at G2: that customer is not counted, the other is', async () => {
    const outcome = await gradeFile(fixture('survey-comma.csv'), { output: null });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const errors = outcome.report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.cell])).toEqual([['row-shifted', 'G2']]);
    expect(errors[0]!.message).toContain('这一行有 7 列,表头只有 6 列(多出的「希望改进」在这里)');
    const month = outcome.report.groups!.find((g) => g.grouping === 'month')!;
    // Only 陈先生 counts: (10 + 9 + 9 + 8) / 4 = 9 → index 90 → 甲 (≥ 90).
    expect(month.figures).toMatchObject({ responses: 1, overall: 9, index: 90 });
    expect(month.band).toBe('甲');
  });
});
