import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { problem } from '../model/problems/index.js';
import type { FromWorker, JsonByWorker, PoolOutcome, ToWorker } from './types.js';

/**
 * The worker must be JavaScript: dist/batch/worker.js beside this file once compiled; when this file
 * runs from src/ (vitest), the compiled copy in dist/ (build first).
 */
export function defaultWorkerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  return new URL('../../dist/batch/worker.js', import.meta.url);
}

/** dist/io/grade.js, relative to the worker script. */
export function defaultGradeModule(workerScript: URL = defaultWorkerScript()): URL {
  return new URL('../io/grade.js', workerScript);
}

export function toModuleUrl(module: string | URL): URL {
  if (module instanceof URL) return module;
  return /^file:/i.test(module) ? new URL(module) : pathToFileURL(module);
}

/** What a batch run grades with: worker threads (GradePool) or the calling thread (ThisThreadGrader). */
export interface FileGrader {
  /** Loads the grader; rejects with a message when it cannot be loaded. */
  start(): Promise<void>;
  /** Grades one file; never rejects. */
  run(input: string, options: ToWorker['options'], json?: JsonOut, onWritten?: () => void): Promise<PoolOutcome>;
  /** Files not started yet are reported as interrupted with `reason`. */
  close(reason?: string): Promise<void>;
}

/** `kpi score --json` written by the worker: what to list first, and where its pieces go, in order. */
export type JsonOut = JsonByWorker & { write: (text: string) => void };

type Task = { id: number; message: ToWorker; resolve: (o: PoolOutcome) => void; onJson?: (text: string) => void; onWritten?: () => void };

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  /** Why the worker is being terminated while busy (timeout, abort). */
  ending: string | null;
  stderr: string;
  /** 1, 2, … in the order started: names a worker in a warning. */
  number: number;
}

export interface PoolOptions {
  size: number;
  gradeModule: URL;
  workerScript?: URL;
  timeoutMs: number;
  /** Many files, one after another (kpi batch): the workers are tuned for throughput (worker.ts). */
  manyFiles?: boolean;
  /** Told when a worker that could not load the grader is dropped and the others go on without it. */
  onWorkerDropped?: (message: string) => void;
}

/** A fixed number of worker threads, each grading one file at a time; a crashed or hung worker is replaced. */
export class GradePool implements FileGrader {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  /** The reason close() gave: the files it stopped are said with it as it is. */
  private stoppedWith: string | undefined;
  private broken: string | null = null;
  private readonly script: URL;
  private started = 0;
  /** Workers dropped before any other was ready: said once one is (if none ever is, the run cannot start). */
  private droppedEarly: string[] = [];
  private anyReady = false;

  constructor(private readonly options: PoolOptions) {
    this.script = options.workerScript ?? defaultWorkerScript();
  }

  /**
   * Starts the workers and resolves once one is ready: the others take files as they come up (two workers loading
   * the grader at once on two cores were ready 0.3-0.5 s after one alone). Rejects with the first worker's reason
   * when none can load the grader module.
   */
  async start(): Promise<void> {
    if (!existsSync(fileURLToPath(this.script))) {
      throw new Error(`找不到工作线程脚本 ${fileURLToPath(this.script)}(请先运行 npm run build)`);
    }
    const spawns = Array.from({ length: Math.max(1, this.options.size) }, () => this.spawn());
    for (const s of spawns) s.catch(() => undefined);
    await Promise.any(spawns).catch((err: AggregateError) => {
      throw err.errors[0];
    });
  }

  private spawn(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.script, {
        workerData: { gradeModule: this.options.gradeModule.href, manyFiles: this.options.manyFiles === true },
        stdout: true,
        stderr: true,
      });
      const slot: Slot = { worker, ready: false, task: null, timer: null, ending: null, stderr: '', number: ++this.started };
      this.slots.add(slot);
      worker.stdout.resume();
      worker.stderr.setEncoding('utf8');
      // Kept for a crash's message; passed on under KPI_DEBUG (why the fast path was declined: README promises it).
      const debug = !!process.env.KPI_DEBUG;
      worker.stderr.on('data', (chunk: string) => {
        slot.stderr = (slot.stderr + chunk).slice(-500);
        if (debug) process.stderr.write(chunk);
      });
      worker.on('message', (msg: FromWorker) => {
        if (msg.type === 'ready') {
          slot.ready = true;
          this.anyReady = true;
          for (const message of this.droppedEarly.splice(0)) this.options.onWorkerDropped?.(message);
          resolve();
          this.pump();
        } else if (msg.type === 'init-error') {
          const why = `无法加载评分模块 ${this.options.gradeModule.href}:${msg.message}`;
          reject(new Error(why));
          slot.ending = why;
          // Another worker grading or still loading the same module: the pool goes on without this one (start()
          // rejects once every worker has failed to load). Only the last one standing fails the pool.
          if (![...this.slots].some((s) => s !== slot && !s.ending)) this.fail(why);
          else this.dropped(slot, why);
          void worker.terminate();
        } else if (msg.type === 'json' && slot.task && msg.id === slot.task.id) {
          slot.task.onJson?.(msg.text);
        } else if (msg.type === 'written' && slot.task && msg.id === slot.task.id) {
          slot.task.onWritten?.();
        } else if (msg.type === 'result' && slot.task && msg.id === slot.task.id) {
          this.finish(slot, msg.outcome);
        }
      });
      worker.on('error', (err) => {
        slot.stderr = `${slot.stderr}\n${err.message}`.slice(-500);
        if (!slot.ready) reject(err);
      });
      worker.on('exit', (code) => {
        this.slots.delete(slot);
        if (!slot.ready) reject(new Error(`工作线程启动失败(退出码 ${code})`));
        const task = slot.task;
        if (task) {
          const why = slot.ending ?? `评分线程异常退出(退出码 ${code}${slot.stderr.trim() ? `:${slot.stderr.trim().split('\n').pop()}` : ''})`;
          // Stopped by close(): its reason as given, which says 此文件未评分 already (it was said twice: 「…下次运行时评分,此文件未评分」).
          this.finish(slot, failure(task.message.input, slot.ending !== undefined && slot.ending === this.stoppedWith ? why : `${why},此文件未评分`));
        }
        if (this.closed || this.broken) return;
        if (slot.ready) {
          this.spawn().catch(() => undefined);
        } else if (this.slots.size === 0) {
          // A replacement could not start and no worker is left to take the queue.
          this.fail(`评分线程无法启动(退出码 ${code})`);
        } else if (!slot.ending) {
          // Ended while loading without saying why (out of memory, process.exit in the grader): as one that could not load.
          this.dropped(slot, `启动失败(退出码 ${code})`);
        }
      });
    });
  }

  /** A worker that could not start, while others go on: said once one of them is ready (else the run cannot start). */
  private dropped(slot: Slot, why: string): void {
    const message = `评分线程 ${slot.number} ${why},本次少用一个线程继续`;
    if (this.anyReady) this.options.onWorkerDropped?.(message);
    else this.droppedEarly.push(message);
  }

  private finish(slot: Slot, outcome: PoolOutcome): void {
    const task = slot.task;
    if (!task) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    task.resolve(outcome);
    this.pump();
  }

  /** The grader cannot be loaded any more: every waiting task fails. */
  private fail(why: string): void {
    this.broken = why;
    for (const task of this.queue.splice(0)) task.resolve(failure(task.message.input, why));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (!slot.ready || slot.task || slot.ending) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => {
        slot.ending = `评分超过 ${Math.round(this.options.timeoutMs / 1000)} 秒仍未完成`;
        void slot.worker.terminate();
      }, this.options.timeoutMs);
      slot.worker.postMessage(task.message);
    }
  }

  /** Grades one file; never rejects. Failures of the pool itself (not the grader's verdict) are `transient`. */
  run(input: string, options: ToWorker['options'], json?: JsonOut, onWritten?: () => void): Promise<PoolOutcome> {
    if (this.closed) return Promise.resolve(failure(input, this.stoppedWith ?? INTERRUPTED));
    if (this.broken) return Promise.resolve(failure(input, this.broken));
    return new Promise((resolve) => {
      const id = this.nextId++;
      const message: ToWorker = json ? { id, input, options, json: { notes: json.notes } } : { id, input, options };
      this.queue.push({ id, message, resolve, ...(json ? { onJson: json.write } : {}), ...(onWritten ? { onWritten } : {}) });
      this.pump();
    });
  }

  /** Terminates every worker; files in progress are reported as interrupted. */
  async close(reason = INTERRUPTED): Promise<void> {
    this.closed = true;
    this.stoppedWith = reason;
    for (const task of this.queue.splice(0)) task.resolve(failure(task.message.input, reason));
    const ending = [...this.slots].map((slot) => {
      slot.ending = slot.ending ?? reason;
      return slot.worker.terminate();
    });
    await Promise.allSettled(ending);
  }
}

/** Why a file a stopped run did not grade is failed: in progress, waiting, or never reached. */
export const INTERRUPTED = '批量评分被中断,此文件未评分,下次运行时评分';

/** A file the pool could not grade (stopped, not loaded): not a verdict on its content. */
export function failure(input: string, message: string): PoolOutcome {
  return { ok: false, failure: problem('worker-failed', { case: 'pool', reason: message }, { file: input }), transient: true };
}
