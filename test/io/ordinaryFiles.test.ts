// Correctly filled files made the ordinary way, by openpyxl (test/fixtures/openpyxl, from a black-box sweep of this
// session's new checks): each must be scored whole, with no error. Each once left people unscored or failed the run:
// a team's own column where an unused one was deleted (岗位), a 工作时长 column, 「X·自评」 beside X, a remark typed in
// 说明, a signature line across the roster, a footnote under a log, a 复评 column equal to the rater's, 直接上级.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot } from '../helpers.js';

const CASES: Array<[file: string, form: string, scored: number]> = [
  ['own-column-in-deleted-slot.xlsx', 'mattress-cs-monthly', 6],
  ['work-hours-column.xlsx', 'mattress-cs-monthly', 6],
  ['self-score-beside-item.xlsx', 'cs-scheme-100', 4],
  ['note-in-explanation.xlsx', 'property-cs-monthly', 5],
  ['signature-footer.xlsx', 'mattress-cs-monthly', 6],
  ['review-equal-rater.xlsx', 'after-sales-monthly', 6],
  ['direct-superior.xlsx', 'cs-dept-monthly', 4],
];

describe('ordinary files, filled correctly', () => {
  for (const [file, form, scored] of CASES) {
    it(`${file}: ${form}, ${scored} scored, no error`, async () => {
      const out = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl', file), { output: null });
      if (!out.ok) throw new Error(out.failure.message);
      expect(out.report.form).toBe(form);
      expect(out.report.people.filter((p) => p.status === 'scored')).toHaveLength(scored);
      expect(out.report.people).toHaveLength(scored);
      expect(out.report.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([]);
    });
  }

  it('record-footnote.xlsx: the footnote under the answers is a line skipped, every answer is counted', async () => {
    const out = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl/record-footnote.xlsx'), { output: null });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.form).toBe('internal-satisfaction-dept');
    expect(out.report.records?.error).toBe(0);
    expect(out.report.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([]);
    expect(out.report.problems.some((p) => p.code === 'skipped-row')).toBe(true);
  });
});
