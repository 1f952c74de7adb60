// What the steps of one batch run share: the options, the folders, the clock, the event sink, the
// warnings and whether the run was interrupted. runBatch.ts creates it and calls the steps in order.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Problem } from '../model/problem.js';
import type { Candidate } from './discover.js';
import type { FileGrader } from './pool.js';
import { DEFAULT_RECHECK_MS, DEFAULT_SETTLE_MS, type BatchEvent, type BatchEvents, type BatchFileReport, type BatchOptions } from './types.js';

export type Folders = { folder: string; outRoot: string; doneRoot: string | null };

export interface Settings {
  recursive: boolean;
  force: boolean;
  settleMs: number;
  recheckMs: number;
  jobs: number;
  formOption: string | null;
}

export interface Run extends Folders {
  options: BatchOptions;
  settings: Settings;
  now: () => number;
  startedAt: string;
  /** performance.now() at the start, for the run's duration. */
  t0: number;
  emit: (e: BatchEvent) => void;
  /**
   * A run-level trouble (not one file's); `serious` ones make the exit code 1. `loud`: said with the serious ones (under
   * the summary, under -q) though the exit code stays — it explains the warnings that follow.
   */
  warn: (message: string, serious: boolean, loud?: boolean) => void;
  warnings: string[];
  trouble: boolean;
  aborted: boolean;
  pool: FileGrader | null;
}

/** When the run started, read before anything else is done. */
export function startClock(options: BatchOptions): Pick<Run, 'now' | 'startedAt' | 't0'> {
  const now = options.now ?? Date.now;
  return { now, startedAt: new Date(now()).toISOString(), t0: performance.now() };
}

export function newRun(options: BatchOptions, events: BatchEvents | undefined, clock: Pick<Run, 'now' | 'startedAt' | 't0'>, folders: Folders): Run {
  const run: Run = {
    ...clock,
    ...folders,
    options,
    settings: {
      recursive: options.recursive ?? false,
      force: options.force ?? false,
      settleMs: options.settleMs ?? DEFAULT_SETTLE_MS,
      recheckMs: options.recheckMs ?? DEFAULT_RECHECK_MS,
      jobs: Math.max(1, Math.floor(options.jobs ?? os.availableParallelism())),
      formOption: options.form ?? null,
    },
    emit: (e) => {
      try {
        events?.onEvent(e);
      } catch {
        // a broken progress display never stops the batch
      }
    },
    warn: (message, serious, loud = false) => {
      run.trouble ||= serious;
      // Said once: a manifest that cannot be written fails every save, twice per file.
      if (run.warnings.includes(message)) return;
      run.warnings.push(message);
      run.emit({ type: 'warning', message, serious, ...(loud && !serious ? { loud } : {}) });
    },
    warnings: [],
    trouble: false,
    aborted: false,
    pool: null,
  };
  return run;
}

export async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(() => true, () => false);
}

export function firstSerious(problems: Problem[]): Problem | undefined {
  return problems.find((p) => p.severity === 'error') ?? problems.find((p) => p.severity === 'warning');
}

/** A file's line in the report before anything is known of it. */
export function blankReport(f: Candidate): Omit<BatchFileReport, 'status'> {
  return { file: f.rel, form: null, formVersion: null, people: 0, bands: {}, problems: [], output: null, durationMs: 0 };
}
