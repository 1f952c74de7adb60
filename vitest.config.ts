import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Child processes, not threads: runCli (test/helpers.ts) sets the working folder, which a worker thread cannot.
    pool: 'forks',
    // vitest's default on a 2-core machine is one worker (cores - 1): every file would wait for the one before.
    maxWorkers: Math.max(2, os.availableParallelism()),
    // Files share their worker's loaded modules (exceljs, ajv, the grader): loading them again for each of
    // ~100 files cost more than the tests themselves. Tests leave no global state behind (spies and stubs are
    // restored in afterEach; runCli restores the working folder and the console).
    isolate: false,
  },
});
