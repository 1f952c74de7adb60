import { readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { defaultGradeModule, GradePool, type JsonOut } from '../batch/pool.js';
import { removePendingTemporaryFiles } from '../io/atomic.js';
import { hardStopCleanups } from '../io/pendingFiles.js';
import type { PoolOutcome } from '../batch/types.js';
import type { GradeOptions } from '../io/outcome.js';
import { delegateSignals, signalExitCode } from './signals.js';

// `kpi score` grades in a worker thread. Reading and writing a workbook is long synchronous work
// (exceljs), and a signal handler on the thread doing it would run only when it is done: minutes late
// for a large file. Here the main thread stays idle while the worker works, so Ctrl+C or SIGTERM is
// handled at once: the worker is terminated, the half-written output (a `.kpi-tmp-<pid>-…` file beside
// the output) is removed, and the process exits 130 (SIGINT) or 143 (SIGTERM).

/** setTimeout's largest delay: a single score run has no time limit of its own. */
const NO_TIMEOUT_MS = 2 ** 31 - 1;

/** With `json`, the worker writes --json itself (its pieces go to json.write) and the outcome has no people (jsonWritten). */
export async function gradeInWorker(input: string, options: GradeOptions, onStop: (signal: NodeJS.Signals, removed: boolean) => void, json?: JsonOut): Promise<PoolOutcome> {
  const pool = new GradePool({ size: 1, gradeModule: defaultGradeModule(), timeoutMs: NO_TIMEOUT_MS });
  // The default output is beside the input (<name>.graded.xlsx).
  const outputDir = options.output === null ? null : path.dirname(path.resolve(options.output ?? input));
  let stopping = false;
  // A second signal ends the process at once (signals.ts), the worker still writing: its half-written output is removed
  // then and there. `timeout -s INT` sends its signal twice, to kpi and to kpi's process group, a millisecond apart:
  // the second ended kpi before the first had stopped the worker, and the output was left (.kpi-tmp-…, exit 130).
  const hardStop = () => removeOwnTemporaries(outputDir);
  hardStopCleanups.add(hardStop);
  let done = false;
  // Once finished, a signal is let pass (the summary is printed and the process ends by itself), each one re-arming this.
  const finished = () => delegateSignals(finished);
  delegateSignals((signal) => {
    // The workbook is in place, or --json's result has begun (a signal in the last moment): finished, not 「已停止」 with
    // exit 143 — which left the complete workbook (a rerun refused: 「已存在」) and could print an error document after
    // the result, two documents on stdout.
    if (done) {
      finished();
      return;
    }
    stopping = true;
    void pool.close('评分被中断').finally(() => {
      const removed = removeOwnTemporaries(outputDir) + removePendingTemporaryFiles();
      onStop(signal, removed > 0);
      process.exit(signalExitCode(signal));
    });
  });
  try {
    await pool.start();
    // Once --json's result has begun on stdout, it is finished (a signal then cut it short, and an error document after it
    // made two, neither parsed).
    const streaming = json ? { ...json, write: (text: string) => ((done = true), json.write(text)) } : undefined;
    const outcome = await pool.run(input, options, streaming, () => (done = true));
    if (stopping) await new Promise(() => undefined); // the signal handler ends the process
    done = true;
    return outcome;
  } finally {
    if (!stopping) {
      // (Not the plain handler while the pool closes and the summary prints: it would exit 143 after the result.)
      finished();
      await pool.close();
      hardStopCleanups.delete(hardStop);
    }
  }
}

/** Removes the `.kpi-tmp-<this pid>-…` files in `dir` (what the terminated worker was writing); how many. */
function removeOwnTemporaries(dir: string | null): number {
  if (!dir) return 0;
  const prefix = `.kpi-tmp-${process.pid}-`;
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    try {
      unlinkSync(path.join(dir, name));
      removed++;
    } catch {
      // already gone
    }
  }
  return removed;
}
