import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { loadForm } from '../src/forms/load.js';
import type { FormDef } from '../src/model/definition.js';
import { main } from '../src/cli/main.js';
import { captureOutput } from '../src/cli/output.js';
import { gradeFile } from '../src/io/grade.js';
import { gradeCombined } from '../src/io/combineRaters.js';
import type { GradeOptions, GradeReport } from '../src/io/outcome.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A fresh folder, inside the run's own folder when vitest runs the tests (test/globalSetup.ts removes it at the end). */
export function tempDir(prefix = 'kpi-test-'): string {
  return mkdtempSync(path.join(process.env.KPI_TEST_TMP ?? tmpdir(), prefix));
}

/** A copy of a bundled sample (samples/<sample>) in a fresh folder, as `name`: kpi writes its output beside it. */
export function sampleCopy(sample: string, name = sample): string {
  const dir = tempDir();
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  copyFileSync(path.join(repoRoot, 'samples', sample), file);
  return file;
}

export async function form(id: string): Promise<FormDef> {
  const f = await loadForm(id);
  if (!f.ok) throw new Error(f.problems.map((p) => p.message).join('\n'));
  return f.form;
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Rows of a sheet as plain values (row 1 = headings). */
export function sheetRows(wb: ExcelJS.Workbook, name: string): unknown[][] {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; have ${wb.worksheets.map((w) => w.name).join(', ')}`);
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as unknown[];
    // A link to a place in the workbook (问题's 单元格 column) as the text it shows.
    const plain = (v: unknown) => (v && typeof v === 'object' && 'hyperlink' in v && String((v as { hyperlink: unknown }).hyperlink).startsWith('#') ? (v as { text: unknown }).text : v);
    rows[n - 1] = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => plain(values[i + 1]) ?? null);
  });
  return rows;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

let cliQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs a kpi command line in this process: the same program as bin/kpi.js (main), its console captured,
 * `cwd` as the working folder, `env` over this process's for KPI_LANG/KPI_DEBUG, grading on this thread.
 * Whatever else writes to the console meanwhile (a library's warning) is captured too, as a spawned
 * CLI's stderr would show it. Runs one at a time (the working folder belongs to the process); use `kpi`
 * where the process boundary is what is tested (exit by signal, pipes, startup, memory).
 */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const run = async (): Promise<CliRun> => {
    const output = captureOutput();
    const restore = captureConsole(output);
    const before = process.cwd();
    process.chdir(options.cwd ?? repoRoot);
    try {
      const code = await main(args, { output, env: { ...process.env, NO_COLOR: '1', ...options.env }, gradeOnThisThread: true });
      return { code, stdout: output.stdout, stderr: output.stderr };
    } finally {
      process.chdir(before);
      restore();
    }
  };
  const result = cliQueue.then(run, run);
  cliQueue = result.catch(() => undefined);
  return result;
}

/** Sends console.* and direct writes to process.stdout/stderr into `output` until the returned function is called. */
function captureConsole(output: { stdout: string; stderr: string }): () => void {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  const savedWrite = { out: process.stdout.write, err: process.stderr.write };
  const line = (stream: 'stdout' | 'stderr') => (...args: unknown[]) => void (output[stream] += args.map(String).join(' ') + '\n');
  console.log = console.info = console.debug = line('stdout');
  console.warn = console.error = line('stderr');
  const raw = (stream: 'stdout' | 'stderr') => ((chunk: string | Uint8Array) => {
    output[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = raw('stdout');
  process.stderr.write = raw('stderr');
  return () => {
    Object.assign(console, saved);
    process.stdout.write = savedWrite.out;
    process.stderr.write = savedWrite.err;
  };
}

/** Runs the built CLI (dist/) as a user would: a new process, for what only a process shows. */
export function kpi(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin/kpi.js'), ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    input: options.input,
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs `work` and returns its result with the processor time it took (ms, this process). A bound on
 * processor time, unlike one on the clock, holds however busy the machine is.
 */
export function withCpuTime<T>(work: () => T): { result: T; cpuMs: number } {
  const before = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(before);
  return { result, cpuMs: (used.user + used.system) / 1000 };
}

/** A cell's value with links read as their text, as a person sees it. */
/**
 * Processor seconds a child has used (all its threads; Linux /proc, 100 ticks a second), or Infinity elsewhere. A
 * signal meant for the program, not for Node's start-up (which takes the default action), waits for some of it: a
 * busy machine can hold a child's start for seconds of wall time, never for its processor time.
 */
export function cpuSecondsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Infinity;
  }
}

export function shown(v: unknown): unknown {
  if (v && typeof v === 'object' && 'text' in v && 'hyperlink' in v) return (v as { text: unknown }).text;
  return v;
}

/** The per-person table of 汇总: its heading row (排名 …) and one row per person, links read as text. */
export function summaryTable(wb: ExcelJS.Workbook, name = '汇总'): unknown[][] {
  const rows = sheetRows(wb, name);
  const top = rows.findIndex((r) => r?.[0] === '排名');
  if (top < 0) throw new Error(`no 排名 heading in ${name}`);
  const out: unknown[][] = [];
  for (let i = top; i < rows.length && rows[i]?.some((v) => v !== null && v !== ''); i++) out.push(rows[i]!.map(shown));
  return out;
}

/** A file graded in memory (no output unless asked): its report, or the failure's message thrown. */
export async function gradedReport(file: string, options: GradeOptions = {}): Promise<GradeReport> {
  const outcome = await gradeFile(file, { output: null, ...options });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

/** Raters' copies graded together in memory (kpi score a.xlsx b.xlsx …): the report, or the failure's message thrown. */
export async function combinedReport(files: string[], options: GradeOptions = {}): Promise<GradeReport> {
  const outcome = await gradeCombined(files, { output: null, ...options });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

/** A file kpi refuses to grade: the failure (a problem), or an error thrown when it was graded after all. */
export async function refusal(file: string, options: GradeOptions = {}): Promise<import('../src/model/problem.js').Problem> {
  const outcome = await gradeFile(file, { output: null, ...options });
  if (outcome.ok) throw new Error(`${file} was graded, not refused`);
  return outcome.failure;
}
