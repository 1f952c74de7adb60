// A chart sheet before the others (kept out by exceljs, as README says): the print titles of each sheet after it were
// matched one sheet too far to the left — the team's 「统计」 lost its 打印标题, the hidden _kpi got the roster's.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { readWorkbook, repoRoot, tempDir } from '../helpers.js';

describe('a chart sheet first in the workbook', () => {
  it('leaves every other sheet its own print titles in the graded copy', async () => {
    const output = path.join(tempDir(), 'graded.xlsx');
    const r = await gradeFile(path.join(repoRoot, 'test/fixtures/sheets/chart-sheet-first.xlsx'), { output });
    if (!r.ok) throw new Error(r.failure.message);
    const wb = await readWorkbook(output);
    expect(wb.getWorksheet('统计')!.pageSetup.printTitlesRow).toBe('1:1');
    expect(wb.getWorksheet('_kpi')!.pageSetup.printTitlesRow).toBeUndefined();
    expect(wb.getWorksheet('考核表')!.pageSetup.printTitlesRow).toBe('1:1');
  });
});
