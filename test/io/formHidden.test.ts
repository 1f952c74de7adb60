// A person's sheet with last month's answer kept out of sight — in a hidden column headed 上级, or a hidden copy of
// an item's row — and this month's 投诉处理 left empty: the hidden answer is not read (it scored 68.9375 at exit 0),
// the empty required cell is the error it is, as on a roster.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

async function grade(fixture: string) {
  const input = path.join(tempDir(), fixture);
  copyFileSync(path.join(repoRoot, 'test/fixtures/external', fixture), input);
  const outcome = await gradeFile(input, { output: null });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

describe('hidden on a person\'s sheet (scripts/make-hidden-fixtures.py)', () => {
  it('a hidden column headed 上级: not read, said at its heading; 王芳 not scored for her empty 投诉处理', async () => {
    const r = await grade('openpyxl-form-hidden-column.xlsx');
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['王芳', 'error']]);
    expect(r.problems.map((p) => [p.severity, p.code, p.cell])).toEqual([['warning', 'duplicate-column', 'J6'], ['error', 'missing-rater', 'G11']]);
  });

  it('a hidden copy of 投诉处理\'s row: not read, said at its row; 王芳 not scored for her empty 投诉处理', async () => {
    const r = await grade('openpyxl-form-hidden-row.xlsx');
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['王芳', 'error']]);
    expect(r.problems.map((p) => [p.severity, p.code, p.cell])).toEqual([['warning', 'hidden-rows', 'A15'], ['error', 'missing-rater', 'G11']]);
  });
});
