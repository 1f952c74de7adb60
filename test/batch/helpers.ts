import { existsSync, statSync, readdirSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { onTestFinished } from 'vitest';
import type { BatchOptions, BatchReport, BatchResult } from '../../src/batch/types.js';

export const FAKE_GRADER = fileURLToPath(new URL('./fixtures/fake-grade.mjs', import.meta.url));

/**
 * A grader module for the worker threads, written to `dir/name`: `body` follows a prelude that imports the fake
 * grader as `fake`, `appendFileSync`, `threadId`, and sets `first` in the one worker that loads the module first
 * (an exclusive create of `dir/first`), so that tests can make the workers differ.
 */
export async function graderModule(dir: string, name: string, body: string): Promise<string> {
  const module = path.join(dir, name);
  const prelude =
    `import { appendFileSync, openSync } from 'node:fs';\nimport { threadId } from 'node:worker_threads';\n` +
    `import { gradeFile as fake } from ${JSON.stringify(pathToFileURL(FAKE_GRADER).href)};\n` +
    `let first = true;\ntry { openSync(${JSON.stringify(path.join(dir, 'first'))}, 'wx'); } catch { first = false; }\n`;
  await fs.writeFile(module, prelude + body);
  return module;
}
export const RUN_CHILD = fileURLToPath(new URL('./fixtures/run-child.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The worker thread runs dist/batch/worker.js: refuse to test a missing or older build. */
export function assertBuilt(): void {
  const dist = path.join(ROOT, 'dist/batch');
  const src = path.join(ROOT, 'src/batch');
  if (!existsSync(path.join(dist, 'worker.js'))) throw new Error('dist/batch/worker.js missing: run `npm run build` first');
  for (const name of readdirSync(src)) {
    const js = path.join(dist, name.replace(/\.ts$/, '.js'));
    if (!existsSync(js) || statSync(js).mtimeMs < statSync(path.join(src, name)).mtimeMs) {
      throw new Error(`dist/batch/${path.basename(js)} is older than src/batch/${name}: rebuild first`);
    }
  }
}

/** A fresh folder, removed when the calling test ends (test files share this module: a module-level afterAll would run for the first file only). */
export async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kpi-batch-'));
  onTestFinished(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh root with the inbox and the --out folder a batch run uses (created by the run or by `put`). */
export async function batchFolders(): Promise<{ root: string; inbox: string; out: string }> {
  const root = await tempDir();
  return { root, inbox: path.join(root, 'inbox'), out: path.join(root, 'graded') };
}

/** One file `<name>.xlsx` a name, each of one person (id and name `name`), for the fake grader. */
export async function putOnePersonFiles(dir: string, names: string[]): Promise<void> {
  for (const n of names) await put(dir, `${n}.xlsx`, { people: [{ id: n, name: n }] });
}

/** What statuses() gives when every one of putOnePersonFiles's files was graded. */
export const allGraded = (names: string[]): Record<string, string> => Object.fromEntries(names.map((n) => [`${n}.xlsx`, 'graded']));

/** Writes an input (a spec object → JSON for the fake grader, or raw text), an hour old unless `ageMs`. */
export async function put(dir: string, rel: string, content: string | object, ageMs = 3_600_000): Promise<string> {
  const abs = path.join(dir, ...rel.split('/'));
  await fs.mkdir(path.dirname(abs), { recursive: true });
  await fs.writeFile(abs, typeof content === 'string' ? content : JSON.stringify(content));
  const t = new Date(Date.now() - ageMs);
  await fs.utimes(abs, t, t);
  return abs;
}

/**
 * Waits until files written before it are older than a settle time of 1 s on the real clock: the one way a test
 * makes a file older than one written after it (their status change times cannot be set back).
 */
export const olderThanOneSecond = (): Promise<void> => new Promise((r) => setTimeout(r, 1_200));

export function options(folder: string, extra: Partial<BatchOptions> = {}): BatchOptions {
  return {
    folder,
    gradeModule: FAKE_GRADER,
    formVersion: async () => '1.0.0',
    recheckMs: 0,
    settleMs: 1000,
    jobs: 2,
    // Files are made old by their mtime (put); their status change time is now, and a file is as young as the later
    // of the two. The run's clock is ahead by more than the settle time, so they are settled, as an hour-old file is.
    now: () => Date.now() + 1_500,
    ...extra,
  };
}

export function reportOf(result: BatchResult): BatchReport {
  if (result.exitCode === 2) throw new Error(`batch could not start: ${result.reason}`);
  return result.report;
}

export function statuses(report: BatchReport): Record<string, string> {
  return Object.fromEntries(report.files.map((f) => [f.file, f.status]));
}

/** Every file under dir (hidden ones too), '/'-separated, sorted. */
export async function listAll(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string, rel: string): Promise<void> {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(d, e.name), r);
      else out.push(r);
    }
  }
  await walk(dir, '');
  return out.sort();
}

/** A fake output: complete JSON written by fixtures/fake-grade.mjs for this input's current content. */
export async function readFakeOutput(file: string): Promise<{ input: string; content: string; end: string; report: { people: { name: string }[] } }> {
  const data = JSON.parse(await fs.readFile(file, 'utf8'));
  if (data.end !== 'complete') throw new Error(`${file} is incomplete`);
  return data;
}

/**
 * The clock stopped at the moment it is called (right after a file was written): a file's age is then what the test
 * made it, not what a loaded machine adds before the run looks at it (1.2 s on a busy host made a fresh file settled).
 */
export function frozenNow(): () => number {
  const t = Date.now();
  return () => t;
}
