// The fiftieth session's findings (fixtures: test/fixtures/rt50/make.py, and rt49's).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { readWorkbook, repoRoot, tempDir } from '../helpers.js';

const at = (f: string, dir = 'rt50') => path.join(repoRoot, 'test/fixtures', dir, f);

describe('汇总 of a perPerson form reviewed over two months', () => {
  it('§17 考核日期 2026-03-20, 04-03, 04-10: 汇总 names the days spanned under 考核日期 (it said 「考核月份:未填写」)', async () => {
    const out = path.join(tempDir(), 'p.graded.xlsx');
    const outcome = await gradeFile(at('probation-dates.xlsx', 'rt49'), { form: 'probation', output: out });
    expect(outcome.ok).toBe(true);
    // Still no month of the file: the report (and kpi's record of it) keeps period null.
    if (outcome.ok) expect(outcome.report.period ?? null).toBeNull();
    const wb = await readWorkbook(out);
    const title = String(wb.getWorksheet('汇总')!.getRow(2).getCell(1).value);
    expect(title.startsWith('考核日期:2026-03-20 至 2026-04-10')).toBe(true);
  });
});
