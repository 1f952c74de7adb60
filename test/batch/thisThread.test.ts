// gradeOnThisThread: the same run with the grader on the calling thread (how the CLI runs in-process).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import { FAKE_GRADER, listAll, options, put, readFakeOutput, reportOf, statuses, tempDir } from './helpers.js';

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
    // The fake grader, wrapped to count the gradings in progress at once (on this thread: one global).
    const counting = path.join(root, 'counting-grade.mjs');
    await fs.writeFile(counting, [
      `import { gradeFile as fake } from ${JSON.stringify(pathToFileURL(FAKE_GRADER).href)};`,
      'export async function gradeFile(input, options) {',
      '  const g = (globalThis.__kpiGrading ??= { now: 0, most: 0 });',
      '  g.most = Math.max(g.most, ++g.now);',
      '  try { return await fake(input, options); } finally { g.now--; }',
      '}',
    ].join('\n'));
    const result = await runBatch(options(inbox, { out, jobs: 3, gradeModule: counting, gradeOnThisThread: true }));
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
    // One at a time, although three lanes take files (a-good's grading waits 50 ms: the others would overlap it).
    expect((globalThis as { __kpiGrading?: { most: number } }).__kpiGrading).toEqual({ now: 0, most: 1 });
    delete (globalThis as { __kpiGrading?: unknown }).__kpiGrading;

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
