// A worker thread of the batch pool: loads the grader module once, grades one file per message.
// It runs from dist/batch/worker.js (tsc output); the module path comes in workerData as a file URL.
import { setFlagsFromString } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { problem } from '../model/problems/index.js';
import { problemsCut, reportForCaller, type GradeOptions, type GradeOutcome } from '../io/outcome.js';
import { writeScoreJson } from '../io/reportJson.js';
import type { FromWorker, PoolOutcome, ToWorker } from './types.js';

type GradeFn = (input: string, options: GradeOptions) => Promise<GradeOutcome>;

// Between full collections V8 lets the heap grow to several times the data alive. Grading a large roster makes
// mostly short-lived garbage (XML text, exceljs's row models), so a 50,000-person roster took 3 × its live data,
// over 600 MB. Growing by 30 % at most keeps it under 400 MB at the same speed (npm run bench, roster-50000).
// For other files it only means more full collections: a batch of 30-person files took 35–50 % more CPU time
// with it, and a workbook of 500 person sheets 15–25 % more. So it is set when the grader takes the fast path
// (a large roster or table: GradeOptions.onLargeInput), and kept (V8 reads it at each collection; the flags
// are the process's).
let heapKeptTight = false;

function keepHeapTight(): void {
  if (heapKeptTight) return;
  setFlagsFromString('--heap-growing-percent=30');
  heapKeptTight = true;
}

// V8 optimises a function once it has run a while (its interrupt budget, 132 KB of bytecode by default). A batch
// runs much of exceljs's code briefly, file after file: most optimisations were compiled for code soon dropped
// or deoptimised, and compiling took the second core. With 8 × the budget, a batch of 200 files × 30 people took
// 12-14.5 s of CPU instead of 15-18.5 s (V8's compiler threads 2 s instead of 5 s; the grading thread itself
// unchanged), which is what lets `kpi batch --jobs 2` use both cores for grading. One file (`kpi score`) keeps
// V8's default: there the compiler threads use a core that is idle anyway (a workbook of 500 sheets took 1 s
// less CPU with the larger budget, but no less time). Set before the grader loads, so its functions get it.
if ((workerData as { manyFiles?: boolean }).manyFiles) setFlagsFromString('--interrupt-budget=1081344');

const port = parentPort;
if (!port) throw new Error('worker.js must run as a worker thread');

function send(message: FromWorker): void {
  port!.postMessage(message);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function main(): Promise<void> {
  let gradeFile: GradeFn;
  try {
    const mod = (await import(String((workerData as { gradeModule: string }).gradeModule))) as { gradeFile?: unknown };
    if (typeof mod.gradeFile !== 'function') throw new Error('模块没有导出 gradeFile');
    gradeFile = mod.gradeFile as GradeFn;
  } catch (err) {
    send({ type: 'init-error', message: messageOf(err) });
    return;
  }
  port!.on('message', async (msg: ToWorker) => {
    let outcome: PoolOutcome;
    const t = performance.now();
    try {
      outcome = await gradeFile(msg.input, { ...msg.options, onLargeInput: keepHeapTight, onWritten: () => send({ type: 'written', id: msg.id }) });
      if (outcome.ok && msg.json) {
        const { report } = outcome;
        const listed = msg.json.notes.length ? { ...report, problems: [...msg.json.notes, ...report.problems] } : report;
        writeScoreJson((text) => send({ type: 'json', id: msg.id, text }), listed);
        // The caller needs only whether there are errors (its exit code): the problems are counted, not copied.
        outcome = { ok: true, report: { ...problemsCut(report, 0), people: [] }, jsonWritten: true };
      } else if (outcome.ok) outcome = { ok: true, report: reportForCaller(outcome.report, msg.options) };
    } catch (err) {
      // gradeFile never throws on bad input: a throw is a bug or the machine (memory), not a verdict.
      outcome = { ok: false, failure: problem('worker-failed', { case: 'threw', detail: messageOf(err) }, { file: msg.input }), transient: true };
    }
    outcome.gradingMs = performance.now() - t;
    try {
      send({ type: 'result', id: msg.id, outcome });
    } catch (err) {
      // A result that cannot be cloned to the main thread.
      send({ type: 'result', id: msg.id, outcome: { ok: false, failure: problem('worker-failed', { case: 'unsendable', detail: messageOf(err) }, { file: msg.input }), transient: true } });
    }
  });
  send({ type: 'ready' });
}

void main();
