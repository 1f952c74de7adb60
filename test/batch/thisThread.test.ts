// gradeOnThisThread: the same run with the grader on the calling thread (how the CLI runs in-process).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import type { BatchEvent } from '../../src/batch/types.js';
import { listAll, options, put, readFakeOutput, reportOf, statuses, tempDir } from './helpers.js';

describe('grading on this thread', () => {
  it('gives the verdicts the worker threads give, one file at a time; a throw fails only its file', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'a-good.xlsx', { delay: 50 });
    await put(inbox, 'b-broken.csv', 'PK\u0003\u0004 half a zip');
    await put(inbox, 'c-fail.xlsx', { fail: '表头不对' });
    await put(inbox, 'd-throw.xlsx', { throw: 'boom' });
    await put(inbox, 'i-person.xlsx', { people: [{ id: 'E9', name: '错', status: 'error' }] });
    const events: BatchEvent[] = [];
    const result = await runBatch(options(inbox, { out, jobs: 3, gradeOnThisThread: true }), { onEvent: (e) => events.push(e) });
    expect(result.exitCode).toBe(1);
    const r = reportOf(result);
    expect(statuses(r)).toEqual({
      'a-good.xlsx': 'graded', 'b-broken.csv': 'failed', 'c-fail.xlsx': 'failed', 'd-throw.xlsx': 'failed', 'i-person.xlsx': 'problems',
    });
    const byFile = Object.fromEntries(r.files.map((f) => [f.file, f]));
    expect(byFile['c-fail.xlsx']!.problems[0]!.message).toBe('表头不对');
    expect(byFile['d-throw.xlsx']!.problems[0]).toMatchObject({ code: 'worker-failed', message: '评分时出错:boom' });
    await readFakeOutput(path.join(out, 'a-good.graded.xlsx'));
    await readFakeOutput(path.join(out, 'i-person.graded.xlsx'));
    expect((await listAll(out)).filter((f) => f.startsWith('.kpi-tmp-'))).toEqual([]);
    // One at a time: each file is done before the next one's grading ends (a-good waits 50 ms, the others do not).
    const done = events.filter((e) => e.type === 'file-done').map((e) => (e as { file: string }).file);
    expect(done[0]).toBe('a-good.xlsx');

    // The thrown file is tried again (not a verdict on its content); the others are remembered.
    const again = reportOf(await runBatch(options(inbox, { out, gradeOnThisThread: true })));
    expect(again.files.filter((f) => f.status !== 'skipped-unchanged').map((f) => f.file)).toEqual(['d-throw.xlsx']);
  });

  it('a grader module that cannot be loaded: the run cannot start, with the reason', async () => {
    const root = await tempDir();
    await put(root, 'a.xlsx', {});
    const result = await runBatch(options(root, { gradeModule: path.join(root, 'missing.mjs'), gradeOnThisThread: true }));
    expect(result.exitCode).toBe(2);
    expect(result.exitCode === 2 && result.reason).toMatch(/^无法加载评分模块 .*missing\.mjs/);
  });
});
