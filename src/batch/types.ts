import type { Problem } from '../model/problem.js';
import type { GradeOptions, GradeOutcome } from '../io/outcome.js';

/** The batch's manifest, in its output folder (discover.ts passes over a folder holding one). */
export const MANIFEST_NAME = '.kpi-manifest.json';

/** BatchOptions' defaults (`--settle` and `--recheck` show theirs in the help). */
export const DEFAULT_SETTLE_MS = 30_000;
export const DEFAULT_RECHECK_MS = 1_000;
export const DEFAULT_FILE_TIMEOUT_MS = 10 * 60_000;

export interface BatchOptions {
  /** The folder to grade (inbox). */
  folder: string;
  /** Where graded workbooks, reports, manifest and lock go; absent = beside the inputs / in `folder`. */
  out?: string;
  /** Also grade subfolders (mirrored under `out` and `moveDone`). Default false. */
  recursive?: boolean;
  /** Form id or definition path passed to every gradeFile call; absent = each workbook's metadata. */
  form?: string;
  /** Regrade every file, ignoring the manifest. Default false. */
  force?: boolean;
  /** A file modified less than this long ago is left for the next run. Default 30 000 ms. */
  settleMs?: number;
  /** The short re-check: size/mtime are read again after this pause. Default 1000 ms (one pause per run). */
  recheckMs?: number;
  /** Worker threads. Default os.availableParallelism(). */
  jobs?: number;
  /** A folder where inputs are moved once their output is complete. Absent = inputs are never touched. */
  moveDone?: string;
  /** How long to wait for another run's lock before giving up (exit 2). Default 0. */
  waitMs?: number;
  /** Passed to gradeFile (largest workbook part / text file, bytes). */
  maxSize?: number;
  /** Passed to gradeFile: grade hidden sheets too. */
  includeHidden?: boolean;
  /** Module exporting `gradeFile`; default dist/io/grade.js beside the worker. */
  gradeModule?: string | URL;
  /** Current definition version of a form (id or path); null = unknown (the file is regraded). Default loads it from templates/. */
  formVersion?: (form: string) => Promise<string | null>;
  /**
   * Grade on the calling thread, one file at a time, instead of `jobs` worker threads (the CLI run
   * in-process, as the tests run it). No file timeout then; an abort waits for the file in progress.
   */
  gradeOnThisThread?: boolean;
  /** A file whose grading takes longer than this is failed and its worker replaced. Default 10 min. */
  fileTimeoutMs?: number;
  /** Stops dispatching, terminates workers; in-flight files are reported failed. */
  signal?: AbortSignal;
  /** Clock, ms since epoch (tests). */
  now?: () => number;
}

export type FileStatus = 'graded' | 'problems' | 'failed' | 'skipped-unchanged' | 'skipped-settling';

export interface BatchFileReport {
  /** Path relative to the input folder, '/'-separated. */
  file: string;
  status: FileStatus;
  form: string | null;
  formVersion: string | null;
  people: number;
  bands: Record<string, number>;
  problems: Problem[];
  /** Absolute path of the graded workbook, null when none was written. */
  output: string | null;
  durationMs: number;
  /** Where the input was moved (moveDone). */
  movedTo?: string;
  /** For skipped files: why, in Chinese. */
  reason?: string;
  /**
   * skipped-unchanged only: the status of the run that last graded this content. Its `problems`,
   * `people`, `bands` and `output` are that run's too (the file is listed with its standing result).
   */
  lastStatus?: 'graded' | 'problems' | 'failed';
  /**
   * The run that graded it was interrupted before writing its report, so this is the first report of that result — a
   * problem or failure in it counts in this run's exit code. On skipped-unchanged (the file still there, unchanged), or
   * on the result itself when the file is gone since (deleted, moved by --move-done).
   */
  unreported?: boolean;
  /** Record forms (one row a record, no people): the records read, and each banded group's line (its figure and band). */
  records?: number;
  groups?: BatchGroupLine[];
}

/** One group of a record form as batch reports it: 「本月」 of 本月, 满意度指数 83.13, band 乙. */
export interface BatchGroupLine {
  grouping: string;
  key: string;
  figure: string;
  value: number | null;
  band: string | null;
}

export interface BatchTotals {
  files: number;
  graded: number;
  problems: number;
  failed: number;
  skippedUnchanged: number;
  skippedSettling: number;
  people: number;
  bands: Record<string, number>;
  /** People of the files graded in this run who have errors and got no score (未评分). */
  notScored: number;
}

export interface BatchReport {
  tool: 'kpi';
  kind: 'batch-report';
  version: 1;
  folder: string;
  out: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  options: { recursive: boolean; form: string | null; force: boolean; jobs: number; settleMs: number; recheckMs: number; moveDone: string | null };
  totals: BatchTotals;
  files: BatchFileReport[];
  /** Run-level troubles that are not one file's (manifest unreadable, report not written …). */
  warnings: string[];
  interrupted: boolean;
  /** Absolute paths of batch-report.json and batch-summary.xlsx (null when writing failed). */
  reportFile: string | null;
  summaryFile: string | null;
}

export type BatchResult =
  | { exitCode: 0 | 1; report: BatchReport }
  | { exitCode: 2; reason: string; report: null };

export type BatchEvent =
  | { type: 'start'; folder: string; out: string; files: number; jobs: number }
  | { type: 'waiting-lock'; holder: string }
  | { type: 'file-start'; file: string; index: number; total: number }
  | { type: 'file-done'; file: string; status: FileStatus; durationMs: number; people: number; records?: number; problems: number; output: string | null; reason?: string }
  /** late: a result a killed run never reported, reported now (its last status), as this run's own. */
  | { type: 'file-skipped'; file: string; status: 'skipped-unchanged' | 'skipped-settling'; reason: string; late?: 'graded' | 'problems' | 'failed' }
  /** serious: about this run (it makes the exit code 1); else about files unchanged since a run that said it. */
  /** loud: not serious (the exit code stays), but said with the serious ones: it explains them. */
  | { type: 'warning'; message: string; serious?: boolean; loud?: boolean }
  | { type: 'done'; report: BatchReport; exitCode: 0 | 1 };

export interface BatchEvents {
  onEvent(e: BatchEvent): void;
}

/**
 * What the pool returns for one file. `transient`: the grader gave no verdict on the file's content
 * (interrupted, timed out, worker crashed, grader threw or could not load): the next run tries again.
 * `gradingMs`: the time a worker thread spent on the file, not counting its wait in the queue.
 */
export type PoolOutcome = GradeOutcome & { transient?: true; gradingMs?: number; jsonWritten?: true };

/** Messages between the pool and a worker thread. */
export type ToWorker = { id: number; input: string; options: GradeOptions; json?: JsonByWorker };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'init-error'; message: string }
  | { type: 'json'; id: number; text: string }
  /** The graded workbook is in place (GradeOptions.onWritten). */
  | { type: 'written'; id: number }
  | { type: 'result'; id: number; outcome: PoolOutcome };

/**
 * `kpi score --json`: the worker writes the report's JSON itself, piece by piece, before its result, which then
 * carries no people (`jsonWritten`). Cloning 50,000 people's results to the main thread to write them there kept two
 * copies alive at once: 640 MB instead of 380.
 */
export interface JsonByWorker {
  /** Problems the command line found before grading, listed first (as the main thread would list them). */
  notes: Problem[];
}
