import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

// A workbook saved as Excel's 「Strict Open XML 电子表格」 (purl.oclc.org namespaces, conformance="strict"). The fast path
// kept its parts as they were beside kpi's Transitional ones — a package of both, with new <sheet>s declaring their own
// r: namespace. Both paths now write it Transitional throughout, with the scores of the same roster saved plainly.

describe('a Strict Open XML workbook', () => {
  it('is graded on either path into a Transitional package; §13 100 优秀, 95 良好 (left-open), 90.5 良好, 80 待改进', async () => {
    const dir = tempDir();
    const plain = await gradeFile(path.join(repoRoot, 'test/fixtures/odd45/plain.xlsx'), { output: null });
    if (!plain.ok) throw new Error(plain.failure.message);
    expect(plain.report.people.map((p) => [p.total, p.band])).toEqual([[100, '优秀'], [95, '良好'], [90.5, '良好'], [80, '待改进']]);
    for (const writer of ['package', 'exceljs'] as const) {
      const output = path.join(dir, `strict-${writer}.graded.xlsx`);
      const r = await gradeFile(path.join(repoRoot, 'test/fixtures/odd45/strict.xlsx'), { output, writer });
      if (!r.ok) throw new Error(r.failure.message);
      expect(r.report.people.map((p) => [p.name, p.total, p.band]), writer).toEqual(plain.report.people.map((p) => [p.name, p.total, p.band]));
      const zip = await JSZip.loadAsync(readFileSync(output));
      for (const part of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/styles.xml']) {
        expect(await zip.file(part)!.async('string'), `${writer} ${part}`).not.toMatch(/purl\.oclc\.org|conformance="strict"/);
      }
    }
  });
});
