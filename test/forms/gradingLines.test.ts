// A form template prints each further grading's scale under the table. That line must not be read back as the
// grade a person typed: 「部门定级」 filled with the scale text became an override on every person (§4, §15, §17).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot } from '../helpers.js';

describe('scale lines of further gradings on a form template', () => {
  for (const id of ['cs-dept-monthly', 'interview-eval', 'probation']) {
    it(`${id}: no typed grade is read from the printed scale`, async () => {
      const out = await gradeFile(path.join(repoRoot, 'samples', `${id}.march.form.xlsx`), { output: null });
      expect(out.ok).toBe(true);
      if (!out.ok) return;
      const typed = out.report.problems.filter((p) => p.code === 'override').map((p) => p.actual);
      // The samples type grades by hand only as words (良好, 推荐 …), never a scale such as 「优秀 ≥ 90 / …」.
      for (const t of typed) expect(t).not.toMatch(/≥|\//);
    });
  }
  it('cs-dept-monthly: the one grade typed by hand (王芳 部门定级 良好 at 92.2) is the only override', async () => {
    const out = await gradeFile(path.join(repoRoot, 'samples', 'cs-dept-monthly.march.form.xlsx'), { output: null });
    if (!out.ok) throw new Error(out.failure.message);
    const overrides = out.report.problems.filter((p) => p.code === 'override');
    expect(overrides.map((p) => [p.person, p.actual, p.expected])).toEqual([['王芳', '良好', '优秀']]);
  });
});
