import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

// The footer says 「第 &P 页,共 &N 页」 over the whole print; exceljs wrote each sheet back as 「first page number 1」,
// so a printed workbook counted 1, 1, 1 … of 12 (LibreOffice, whole-workbook print).
describe('page numbers of a graded workbook', () => {
  it('run on across its sheets: no sheet starts again at page 1', async () => {
    const out = path.join(tempDir(), 'g.xlsx');
    const graded = await gradeFile(path.join(repoRoot, 'samples/after-sales-monthly.march.form.xlsx'), { output: out });
    if (!graded.ok) throw new Error(graded.failure.message);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBeGreaterThan(8);
    for (const n of sheets) expect(await zip.file(n)!.async('string'), n).not.toMatch(/useFirstPageNumber="1"/);
  });
});
