import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planOutputs } from '../../src/batch/files.js';
import { fsReason, problem } from '../../src/model/problems/index.js';
import { runBatch } from '../../src/batch/runBatch.js';
import { assertBuilt, batchFolders, listAll, options, put, readFakeOutput, reportOf, statuses, tempDir } from './helpers.js';

beforeAll(assertBuilt);

// Outputs of different inputs never share a name, and an input keeps its output from run to run.
describe('batch output names', () => {
  it('march.csv graded alone keeps march.graded.xlsx when march.xlsx arrives; neither overwrites the other', async () => {
    const { root, inbox, out } = await batchFolders();
    await put(inbox, 'march.csv', { people: [{ id: 'C1', name: '表格', total: 80, band: '良好' }] });
    const first = reportOf(await runBatch(options(inbox, { out })));
    expect(statuses(first)).toEqual({ 'march.csv': 'graded' });

    await put(inbox, 'march.xlsx', { people: [{ id: 'X1', name: '工作簿', total: 90, band: '优秀' }] });
    const second = await runBatch(options(inbox, { out }));
    expect(second.exitCode).toBe(0);
    expect(statuses(reportOf(second))).toEqual({ 'march.csv': 'skipped-unchanged', 'march.xlsx': 'graded' });
    expect((await readFakeOutput(path.join(out, 'march.graded.xlsx'))).report.people[0].id).toBe('C1');
    expect((await readFakeOutput(path.join(out, 'march.xlsx.graded.xlsx'))).report.people[0].id).toBe('X1');

    // Stable: the third run changes nothing, and the manifest keeps both names.
    const third = await runBatch(options(inbox, { out }));
    expect(third.exitCode).toBe(0);
    expect(statuses(reportOf(third))).toEqual({ 'march.csv': 'skipped-unchanged', 'march.xlsx': 'skipped-unchanged' });
    const manifest = JSON.parse(await fs.readFile(path.join(out, '.kpi-manifest.json'), 'utf8'));
    expect(manifest.files['march.csv'].output).toBe('march.graded.xlsx');
    expect(manifest.files['march.xlsx'].output).toBe('march.xlsx.graded.xlsx');
    expect((await listAll(out)).filter((f) => f.endsWith('.graded.xlsx'))).toEqual(['march.graded.xlsx', 'march.xlsx.graded.xlsx']);
  });

  it('the output of an input moved away is not given to a newcomer of the same stem', async () => {
    const { root, inbox, out } = await batchFolders();
    const done = path.join(root, 'done');
    await put(inbox, 'april.xlsx', { people: [{ id: 'A1', name: '旧', total: 70, band: '合格' }] });
    reportOf(await runBatch(options(inbox, { out, moveDone: done })));
    await put(inbox, 'april.csv', { people: [{ id: 'A2', name: '新', total: 60, band: '合格' }] });
    const r = reportOf(await runBatch(options(inbox, { out, moveDone: done })));
    expect(statuses(r)).toEqual({ 'april.csv': 'graded' });
    expect((await readFakeOutput(path.join(out, 'april.graded.xlsx'))).report.people[0].id).toBe('A1');
    expect((await readFakeOutput(path.join(out, 'april.csv.graded.xlsx'))).report.people[0].id).toBe('A2');
  });

  it('planOutputs: a held name stays with its input, whatever the order; new inputs avoid held names', () => {
    const f = (rel: string) => ({ rel, abs: rel, size: 0, mtimeMs: 0 });
    const held = new Map([['a.csv', 'a.graded.xlsx'], ['gone.csv', 'b.graded.xlsx']]);
    expect(Object.fromEntries(planOutputs([f('a.csv'), f('a.xlsx'), f('b.xlsx')], held))).toEqual({
      'a.csv': 'a.graded.xlsx',
      'a.xlsx': 'a.xlsx.graded.xlsx',
      'b.xlsx': 'b.xlsx.graded.xlsx',
    });
    // Without history, the .xlsx is preferred for the plain name (unchanged behaviour).
    expect(Object.fromEntries(planOutputs([f('a.csv'), f('a.xlsx')]))).toEqual({ 'a.xlsx': 'a.graded.xlsx', 'a.csv': 'a.csv.graded.xlsx' });
    // A name held case-insensitively is held: A.GRADED.XLSX on a Windows share is a.graded.xlsx.
    expect(planOutputs([f('a.xlsx')], new Map([['x.csv', 'A.GRADED.XLSX']])).get('a.xlsx')).toBe('a.xlsx.graded.xlsx');
  });
  it('a legal input name too long for `.graded.xlsx` gets a shorter output name, kept from run to run', async () => {
    const { inbox, out } = await batchFolders();
    // 客服部 is 9 bytes in UTF-8: 27 × 9 + 2 + 5 (.xlsx) = 250 bytes, legal; + .graded = 257, too long for a name (255).
    const name = `${'客服部'.repeat(27)}aa.xlsx`;
    expect(Buffer.byteLength(name)).toBe(250);
    await put(inbox, name, { people: [{ id: '1', name: '甲' }] });
    const first = await runBatch(options(inbox, { out }));
    expect(statuses(reportOf(first))).toEqual({ [name]: 'graded' });
    expect(first.exitCode).toBe(0);
    const output = reportOf(first).files[0]!.output!;
    // 255 − 9 (~ and 8 hex digits of the stem's sha256) − 12 (.graded.xlsx) = 234 bytes of the stem = 26 × 9: 26 × 客服部.
    expect(path.basename(output)).toMatch(new RegExp(`^(客服部){26}~[0-9a-f]{8}\\.graded\\.xlsx$`));
    expect(Buffer.byteLength(path.basename(output))).toBe(234 + 9 + 12);
    expect((await readFakeOutput(output)).report.people[0]!.name).toBe('甲');
    const again = await runBatch(options(inbox, { out }));
    expect(statuses(reportOf(again))).toEqual({ [name]: 'skipped-unchanged' });
    expect(again.exitCode).toBe(0);
  });
  it('an output path still too long fails once, with advice batch can follow; the unchanged file does not fail again', async () => {
    const { inbox, out } = await batchFolders();
    const tooLong = problem('output-failed', { case: 'write', output: '/x/a.graded.xlsx', reason: fsReason(Object.assign(new Error('x'), { code: 'ENAMETOOLONG' })) });
    expect(tooLong.message).toContain('请用 -o 指定较短的文件名'); // kpi score's advice
    await put(inbox, 'a.xlsx', { failure: tooLong });
    const first = await runBatch(options(inbox, { out }));
    expect(first.exitCode).toBe(1);
    const said = reportOf(first).files[0]!.problems[0]!.message;
    expect(said).toContain('文件名或路径太长,请把输入文件改用较短的名字,或换一个路径较短的 --out 文件夹');
    expect(said).not.toContain('-o ');
    const again = await runBatch(options(inbox, { out }));
    expect(reportOf(again).files[0]).toMatchObject({ status: 'skipped-unchanged', lastStatus: 'failed' });
    expect(again.exitCode).toBe(0);
  });
});
