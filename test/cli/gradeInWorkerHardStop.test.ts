import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeInWorker } from '../../src/cli/gradeInWorker.js';
import { hardStopCleanups, removePendingTemporaryFiles } from '../../src/io/pendingFiles.js';
import { repoRoot, tempDir } from '../helpers.js';

// A second SIGINT ends kpi at once (signals.ts: removePendingTemporaryFiles, then exit). `timeout -s INT` sends its
// signal twice, a millisecond apart: the second came while the first was still stopping the worker, and the worker's
// half-written .kpi-tmp-<pid>-… output stayed beside the output (exit 130). gradeInWorker now gives the hard stop its
// output folder to tidy. Here the hard stop's cleanup is run as the second signal runs it, without the exit.
describe('kpi score stopped by a second signal while the worker writes', () => {
  it('removes this process\'s half-written outputs from the output folder; a run that ends takes its cleanup back', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'march.xlsx');
    copyFileSync(path.join(repoRoot, 'samples', 'cs-rep.march.roster.xlsx'), input);
    const before = hardStopCleanups.size;
    const running = gradeInWorker(input, { output: path.join(dir, 'march.graded.xlsx') }, () => undefined);
    expect(hardStopCleanups.size).toBe(before + 1);
    // What the worker would be writing, and another process's (left alone: it may still be writing).
    const ours = path.join(dir, `.kpi-tmp-${process.pid}-0a1b2c3d-march.graded.xlsx`);
    const theirs = path.join(dir, '.kpi-tmp-1-0a1b2c3d-march.graded.xlsx');
    writeFileSync(ours, 'PK half');
    writeFileSync(theirs, 'PK half');
    expect(removePendingTemporaryFiles()).toBeGreaterThanOrEqual(1);
    expect([existsSync(ours), existsSync(theirs)]).toEqual([false, true]);
    const outcome = await running;
    expect(outcome.ok).toBe(true);
    expect(hardStopCleanups.size).toBe(before);
  });
});
