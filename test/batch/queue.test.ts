// Each worker thread has a second file waiting in the pool's queue (gradeAll: two lanes a worker), so that it starts
// the next file the moment it posts a result. A file's durationMs must still be its own grading, not its wait.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import { assertBuilt, graderModule, options, put, reportOf, statuses, tempDir } from './helpers.js';

beforeAll(assertBuilt);

describe('batch: the queue ahead of each worker', () => {
  it('one worker, files queued behind each other: every file graded, and their times do not overlap', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    // 150 ms a file. Counted from when a file was handed to the pool, the second of two queued files would report
    // about 300 ms (its wait behind the first plus its own): the four durations would add up to more than the run.
    const module = await graderModule(
      root,
      'slow.mjs',
      `export async function gradeFile(input, options) { await new Promise((r) => setTimeout(r, 150)); return fake(input, options); }\n`,
    );
    const names = ['a', 'b', 'c', 'd'];
    for (const n of names) await put(inbox, `${n}.xlsx`, { people: [{ id: n, name: n }] });
    const t = performance.now();
    const result = await runBatch(options(inbox, { out, jobs: 1, gradeModule: module }));
    const wall = performance.now() - t;
    const r = reportOf(result);
    expect(statuses(r)).toEqual(Object.fromEntries(names.map((n) => [`${n}.xlsx`, 'graded'])));
    const durations = r.files.map((f: { durationMs: number }) => f.durationMs);
    for (const d of durations) expect(d).toBeGreaterThanOrEqual(150);
    // One worker grades one file at a time: its files' own times fit in the run, one after the other.
    expect(durations.reduce((a: number, b: number) => a + b, 0)).toBeLessThanOrEqual(wall);
  });
});
