// Grading on the calling thread instead of worker threads (BatchOptions.gradeOnThisThread), for a caller
// that runs kpi inside a process of its own, as the test suite runs the CLI: each worker thread loads
// exceljs and the grader afresh and grades with a cold JIT, which costs more than grading the samples.
// The same grader gives the same outcomes, one file at a time. What threads give and this cannot: a hung
// file is not stopped (no file timeout), and an abort takes effect after the file in progress.
import { problem } from '../model/problems/index.js';
import { reportForCaller, type GradeOptions, type GradeOutcome } from '../io/outcome.js';
import { failure, INTERRUPTED, type FileGrader } from './pool.js';
import type { PoolOutcome } from './types.js';

type GradeFn = (input: string, options: GradeOptions) => Promise<GradeOutcome>;

export class ThisThreadGrader implements FileGrader {
  private grade: GradeFn | null = null;
  /** The file in progress and those waiting, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed: string | null = null;

  /** `gradeModule`: a module exporting gradeFile; absent = kpi's own (io/grade). */
  constructor(private readonly gradeModule?: URL) {}

  async start(): Promise<void> {
    const where = this.gradeModule?.href ?? '../io/grade.js';
    try {
      const mod = (await (this.gradeModule ? import(this.gradeModule.href) : import('../io/grade.js'))) as { gradeFile?: unknown };
      if (typeof mod.gradeFile !== 'function') throw new Error('模块没有导出 gradeFile');
      this.grade = mod.gradeFile as GradeFn;
    } catch (err) {
      throw new Error(`无法加载评分模块 ${where}:${err instanceof Error ? err.message : String(err)}`);
    }
  }

  run(input: string, options: GradeOptions): Promise<PoolOutcome> {
    const next = this.queue.then(() => this.gradeNow(input, options));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async gradeNow(input: string, options: GradeOptions): Promise<PoolOutcome> {
    if (this.closed !== null) return failure(input, this.closed);
    if (!this.grade) return failure(input, '评分模块尚未加载,此文件未评分');
    try {
      const outcome = await this.grade(input, options);
      // As the worker does (worker.ts): the ends of the ranking only, or no items, when asked.
      return outcome.ok ? { ok: true, report: reportForCaller(outcome.report, options) } : outcome;
    } catch (err) {
      // gradeFile never throws on bad input: a throw is a bug or the machine (memory), not a verdict.
      const detail = err instanceof Error ? err.message : String(err);
      return { ok: false, failure: problem('worker-failed', { case: 'threw', detail }, { file: input }), transient: true };
    }
  }

  async close(reason = INTERRUPTED): Promise<void> {
    this.closed ??= reason;
    await this.queue;
  }
}
