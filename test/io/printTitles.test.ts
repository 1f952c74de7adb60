// A wide graded roster repeats its 工号/name columns on every printed page, whatever the form calls the name
// column: §26 heads it 被考核人员, not 姓名, and its pages after the first printed scores without names.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { readWorkbook, repoRoot, tempDir } from '../helpers.js';

describe('print titles of a wide graded roster', () => {
  it('cs-work-review (被考核人员 in column B): columns A:B and heading row 1 repeat on each page', async () => {
    const dir = tempDir();
    const output = path.join(dir, 'r.graded.xlsx');
    const out = await gradeFile(path.join(repoRoot, 'samples', 'cs-work-review.march.roster.xlsx'), { output });
    if (!out.ok) throw new Error(out.failure.message);
    const ws = (await readWorkbook(output)).getWorksheet('考核表')!;
    expect(ws.getCell('B1').value).toBe('被考核人员');
    expect(ws.pageSetup.printTitlesColumn).toBe('A:B');
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
  });
});

describe('a wide roster template', () => {
  it('prints several pages across with 工号 and 姓名 repeated (cs-competency: 46 columns were squeezed onto one page)', async () => {
    const { buildTemplate } = await import('../../src/io/template/index.js');
    const { form } = await import('../helpers.js');
    const wb = await buildTemplate(await form('cs-competency'), { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    expect(ws.pageSetup.fitToWidth).toBeGreaterThan(1);
    expect(ws.pageSetup.printTitlesColumn).toBe('A:B');
    // A narrow one (§13: eight items) keeps one page across.
    const narrow = await buildTemplate(await form('cs-scheme-100'), { layout: 'roster', generator: 'test' });
    expect(narrow.worksheets.find((w) => w.state === 'visible')!.pageSetup.fitToWidth).toBe(1);
  });
});
