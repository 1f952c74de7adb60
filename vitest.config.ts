import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest (processor time, or waiting on child processes and timers), longest first.
 * Two workers take files one at a time from one queue: started first, these overlap the many short files
 * instead of being the last one or two left running on an otherwise idle machine. vitest orders a fresh
 * clone by file size, having no timings yet. A file missing here only runs later; keep the list short.
 */
const LONGEST_FIRST = [
  'test/io/combineRaters.test.ts',
  'test/io/fastPath.test.ts',
  'test/cli/batch.test.ts',
  'test/io/rollup.test.ts',
  'test/batch/failures.test.ts',
  'test/io/csvProperty.test.ts',
  'test/catalog/payMatching.test.ts',
  'test/batch/kill.test.ts',
  'test/io/guessForm.test.ts',
  'test/io/copies52.test.ts',
  'test/catalog/salesCsKpi.test.ts',
  'test/catalog/payFileShapes.test.ts',
  'test/io/fx57b.test.ts',
  'test/batch/lock.test.ts',
  'test/io/regrade.test.ts',
  'test/cli/pipe.test.ts',
  'test/io/redteam/workbooks.test.ts',
  'test/cli/batchUnreadable.test.ts',
  'test/cli/hostile.test.ts',
  'test/batch/move.test.ts',
  'test/io/gradedLook.test.ts',
  'test/catalog/interviewEval.test.ts',
  'test/catalog/csWorkReview.test.ts',
  'test/cli/outputFaults.test.ts',
  'test/io/render.test.ts',
  'test/batch/earlier.test.ts',
  'test/cli/score.test.ts',
  'test/batch/earlyStart.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const i = LONGEST_FIRST.indexOf(path.relative(spec.project.config.root, spec.moduleId).split(path.sep).join('/'));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    return sorted.map((spec, i) => ({ spec, i, rank: rank(spec) })).sort((a, b) => a.rank - b.rank || a.i - b.i).map((x) => x.spec);
  }
}

export default defineConfig({
  // src/cli/quick.cts (CommonJS TypeScript, for bin/kpi.js) is TypeScript too: vite's default leaves .cts untransformed.
  oxc: { include: /\.(m?ts|cts|[jt]sx)$/ },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Child processes, not threads: runCli (test/helpers.ts) sets the working folder, which a worker thread cannot.
    pool: 'forks',
    // vitest's default on a 2-core machine is one worker (cores - 1): every file would wait for the one before.
    // One more than the cores: a quarter of the suite waits on child processes, signals and timers (kill,
    // signals, lock, batch), and a third worker fills those waits (fresh clone, 2 cores, idle: 61–64 s → 55–56 s).
    maxWorkers: os.availableParallelism() + 1,
    // Files share their worker's loaded modules (exceljs, ajv, the grader): loading them again for each of
    // ~100 files cost more than the tests themselves. Tests leave no global state behind (spies and stubs are
    // restored in afterEach; runCli restores the working folder and the console).
    isolate: false,
    // Most tests write and read workbooks: exceljs makes a great deal of short-lived garbage, and with V8's default
    // young generation (16 MB semi-spaces) much of it is copied and promoted before it dies. 64 MB semi-spaces took
    // the suite's processor time in the test workers from 102 s to 86-88 s (three runs, 2 cores, same load).
    execArgv: ['--max-semi-space-size=64'],
    sequence: { sequencer: LongestFirst },
  },
});
