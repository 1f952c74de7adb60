// Each worker thread has a second file waiting in the pool's queue (gradeAll: two lanes a worker), so that it starts
// the next file the moment it posts a result. A file's durationMs must still be its own grading, not its wait.
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import { allGraded, assertBuilt, batchFolders, graderModule, options, putOnePersonFiles, reportOf, statuses } from './helpers.js';

beforeAll(assertBuilt);

describe('batch: the queue ahead of each worker', () => {
  it('one worker, files queued behind each other: every file graded, and their times do not overlap', async () => {
    const { root, inbox, out } = await batchFolders();
    // 150 ms a file. Counted from when a file was handed to the pool, the second of two queued files would report
    // about 300 ms (its wait behind the first plus its own): the four durations would add up to more than the run.
    const module = await graderModule(
      root,
      'slow.mjs',
      `export async function gradeFile(input, options) { await new Promise((r) => setTimeout(r, 150)); return fake(input, options); }\n`,
    );
    const names = ['a', 'b', 'c', 'd'];
    await putOnePersonFiles(inbox, names);
    const t = performance.now();
    const result = await runBatch(options(inbox, { out, jobs: 1, gradeModule: module }));
    const wall = performance.now() - t;
    const r = reportOf(result);
    expect(statuses(r)).toEqual(allGraded(names));
    const durations = r.files.map((f: { durationMs: number }) => f.durationMs);
    for (const d of durations) expect(d).toBeGreaterThanOrEqual(150);
    // One worker grades one file at a time: its files' own times fit in the run, one after the other.
    expect(durations.reduce((a: number, b: number) => a + b, 0)).toBeLessThanOrEqual(wall);
  });
});
