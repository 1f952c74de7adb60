import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import { HEAD, LI, WANG, withCells } from '../io/redteam/helpers.js';
import { options, reportOf, tempDir } from './helpers.js';

// Issue 9 item 3 in batch runs: a hidden sheet of last month is not graded unless --include-hidden.
describe('kpi batch and hidden sheets', () => {
  it('left out by default (said in the problems), graded with includeHidden', async () => {
    const inbox = path.join(await tempDir(), 'in');
    await fs.mkdir(inbox, { recursive: true });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('3月');
    [HEAD, WANG, LI].forEach((r) => ws.addRow(r));
    const old = wb.addWorksheet('2月', { state: 'hidden' });
    [HEAD, withCells(WANG, { 工号: '1003', 姓名: '赵六' })].forEach((r) => old.addRow(r));
    const file = path.join(inbox, 'march.xlsx');
    await wb.xlsx.writeFile(file);
    const past = new Date(Date.now() - 3_600_000);
    await fs.utimes(file, past, past);
    // The real grader, on this thread: what is checked is includeHidden reaching it, not the worker threads
    // (each would load exceljs and the grader again, a second of processor time for the two runs).
    const run = async (extra: object) =>
      reportOf(await runBatch(options(inbox, { gradeModule: undefined, gradeOnThisThread: true, form: 'mattress-cs-monthly', out: path.join(inbox, '..', `out${Object.keys(extra).length}`), ...extra })));
    const plain = await run({});
    expect(plain.files[0]!.people).toBe(2);
    expect(plain.files[0]!.problems.some((p) => p.code === 'hidden-sheet')).toBe(true);
    const all = await run({ includeHidden: true });
    expect(all.files[0]!.people).toBe(3);
  }, 60_000);
});
