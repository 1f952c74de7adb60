// gradedMarksOf tells kpi's graded workbooks from forms (kpi batch sets the former aside). Templates carry a _kpi
// sheet too, without the graded-by key: the quick look at the sheet list, the _kpi sheet and the raw shared
// strings must turn them away, and must never turn away a graded workbook, whichever writer made it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { gradedMarksOf } from '../../src/io/graded/marks.js';
import { VERSION } from '../../src/version.js';
import { repoRoot, sampleCopy } from '../helpers.js';

const gradedAt = new Date('2026-04-02T09:00:00');

describe('gradedMarksOf', () => {
  it('null for filled templates (a _kpi sheet, no graded-by) and for a CSV', async () => {
    for (const sample of ['mattress-cs-monthly.march.roster.xlsx', 'mattress-cs-monthly.march.form.xlsx', 'cs-rep.march.roster.xlsx', 'mattress-cs-monthly.march.csv']) {
      expect(await gradedMarksOf(path.join(repoRoot, 'samples', sample))).toBeNull();
    }
  });

  it.each(['exceljs', 'package'] as const)('names the input of a workbook graded through %s', async (writer) => {
    const input = sampleCopy('mattress-cs-monthly.march.roster.xlsx', `roster-${writer}.xlsx`);
    const outcome = await gradeFile(input, { gradedAt, force: true, writer });
    expect(outcome.ok).toBe(true);
    const output = input.replace(/\.xlsx$/, '.graded.xlsx');
    expect(await gradedMarksOf(output)).toEqual({ gradedBy: `kpi ${VERSION}`, input: `roster-${writer}.xlsx` });
  });

  it('still knows a graded workbook that LibreOffice saved again', async () => {
    const file = path.join(repoRoot, 'test', 'fixtures', 'external', 'lo-regrade-column-a.xlsx');
    expect(await gradedMarksOf(file)).toEqual({ gradedBy: 'kpi 0.1.0', input: 'mattress-cs-monthly.march.form.xlsx' });
  });
});
