import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { VERSION } from '../version.js';
import { loadForm } from '../forms/load.js';
import type { Problem } from '../model/problem.js';
import { fsReason, problem } from '../model/problems/index.js';
import { discover, isInside, type Candidate } from './discover.js';
import { fromRel, moveDone, planOutputs, removeStaleTemporaries } from './files.js';
import { acquireLock } from './lock.js';
import { MANIFEST_NAME, Manifest, whyGrade, type ManifestEntry } from './manifest.js';
import { defaultGradeModule, GradePool, toModuleUrl } from './pool.js';
import { REPORT_NAME, SUMMARY_NAME, statusOf, totalsOf, writeReportJson } from './report.js';
import { byAge, recheckAndHash } from './settle.js';
import { writeSummaryWorkbook, type SummaryFile } from './summaryWorkbook.js';
import {
  DEFAULT_FILE_TIMEOUT_MS,
  DEFAULT_RECHECK_MS,
  DEFAULT_SETTLE_MS,
  type BatchEvent,
  type BatchEvents,
  type BatchFileReport,
  type BatchOptions,
  type BatchReport,
  type BatchResult,
  type PoolOutcome,
} from './types.js';


type Folders = { folder: string; outRoot: string; doneRoot: string | null };

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(() => true, () => false);
}

/** Resolves and checks the folders; a Chinese one-line reason when the run cannot start. */
async function prepareFolders(options: BatchOptions): Promise<Folders | string> {
  const folderArg = path.resolve(options.folder);
  const stat = await fs.stat(folderArg).catch((err: NodeJS.ErrnoException) => err);
  if (stat instanceof Error) {
    return stat.code === 'ENOENT' ? `找不到文件夹 ${folderArg}` : `无法访问文件夹 ${folderArg}(${stat.code ?? stat.message})`;
  }
  if (!stat.isDirectory()) return `${folderArg} 不是文件夹`;
  const folder = await fs.realpath(folderArg);
  const ensureDir = async (p: string, what: string): Promise<string> => {
    const abs = path.resolve(p);
    const s = await fs.stat(abs).catch(() => null);
    if (s && !s.isDirectory()) throw new Error(`${what} ${abs} 已存在且不是文件夹`);
    try {
      await fs.mkdir(abs, { recursive: true });
    } catch (err) {
      throw new Error(`无法创建${what} ${abs}(${(err as NodeJS.ErrnoException).code ?? err})`);
    }
    return fs.realpath(abs);
  };
  try {
    const outRoot = options.out ? await ensureDir(options.out, '输出文件夹') : folder;
    const doneRoot = options.moveDone ? await ensureDir(options.moveDone, '归档文件夹') : null;
    if (doneRoot === folder) return `归档文件夹不能是输入文件夹本身(${folder})`;
    return { folder, outRoot, doneRoot };
  } catch (err) {
    return (err as Error).message;
  }
}

function versionResolver(options: BatchOptions): (form: string) => Promise<string | null> {
  const cache = new Map<string, Promise<string | null>>();
  const resolve =
    options.formVersion ??
    (async (form: string) => {
      const loaded = await loadForm(form);
      return loaded.ok ? loaded.form.version : null;
    });
  return (form) => {
    let v = cache.get(form);
    if (!v) {
      v = resolve(form).catch(() => null);
      cache.set(form, v);
    }
    return v;
  };
}

interface Job {
  file: Candidate;
  sha256: string;
  outputRel: string;
  previous: ManifestEntry | undefined;
}

export async function runBatch(options: BatchOptions, events?: BatchEvents): Promise<BatchResult> {
  const now = options.now ?? Date.now;
  const emit = (e: BatchEvent) => {
    try {
      events?.onEvent(e);
    } catch {
      // a broken progress display never stops the batch
    }
  };
  const startedAt = new Date(now()).toISOString();
  const t0 = performance.now();
  const recursive = options.recursive ?? false;
  const force = options.force ?? false;
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  const jobs = Math.max(1, Math.floor(options.jobs ?? os.availableParallelism()));
  const formOption = options.form ?? null;

  const folders = await prepareFolders(options);
  if (typeof folders === 'string') return { exitCode: 2, reason: folders, report: null };
  const { folder, outRoot, doneRoot } = folders;
  if (options.signal?.aborted) return { exitCode: 2, reason: '批量评分在开始前被取消', report: null };

  let lock;
  try {
    lock = await acquireLock(outRoot, { waitMs: options.waitMs, now, onWait: (holder) => emit({ type: 'waiting-lock', holder }) });
  } catch (err) {
    return { exitCode: 2, reason: `无法在 ${outRoot} 创建锁文件(${(err as NodeJS.ErrnoException).code ?? err})`, report: null };
  }
  if (!lock.ok) return { exitCode: 2, reason: lock.reason, report: null };

  let pool: GradePool | null = null;
  let aborted = false;
  const onAbort = () => {
    aborted = true;
    void pool?.close();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const warnings: string[] = [];
  let trouble = false;
  const warn = (message: string, serious: boolean) => {
    warnings.push(message);
    trouble ||= serious;
    emit({ type: 'warning', message });
  };

  try {
    await removeStaleTemporaries(outRoot, recursive || outRoot !== folder);
    if (doneRoot) await removeStaleTemporaries(doneRoot, true);
    const loaded = await Manifest.load(path.join(outRoot, MANIFEST_NAME), now);
    const manifest = loaded.manifest;
    if (loaded.warning) warn(loaded.warning, false);

    const exclude: { path: string; reason: 'output-folder' | 'done-folder' }[] = [];
    if (outRoot !== folder && isInside(outRoot, folder)) exclude.push({ path: outRoot, reason: 'output-folder' });
    if (doneRoot && isInside(doneRoot, folder)) exclude.push({ path: doneRoot, reason: 'done-folder' });
    let found;
    try {
      found = await discover(folder, { recursive, exclude, topLevelReports: outRoot === folder ? [SUMMARY_NAME, REPORT_NAME] : [] });
    } catch {
      return { exitCode: 2, reason: `无法读取文件夹 ${folder}`, report: null };
    }
    emit({ type: 'start', folder, out: outRoot, files: found.files.length, jobs });

    const plan = planOutputs(found.files, await heldOutputs(manifest, found.files, outRoot));
    const reports = new Map<string, BatchFileReport>();
    const blank = (f: Candidate): Omit<BatchFileReport, 'status'> => ({
      file: f.rel, form: null, formVersion: null, people: 0, bands: {}, problems: [], output: null, durationMs: 0,
    });

    // Settling, hashing, and what the manifest says.
    const aged = byAge(found.files, now(), settleMs, manifest.settling);
    const { old, young } = aged;
    manifest.settling = aged.seen;
    const checked = [...young, ...(await recheckAndHash(old, options.recheckMs ?? DEFAULT_RECHECK_MS))];
    const versionOf = versionResolver(options);
    const toGrade: Job[] = [];
    const unchanged: { file: Candidate; entry: ManifestEntry }[] = [];
    for (const c of checked) {
      if (c.settled === false) {
        reports.set(c.file.rel, { ...blank(c.file), status: 'skipped-settling', reason: c.reason });
        continue;
      }
      if (c.settled === 'error') {
        const failure = problem('file-unreadable', { name: c.file.rel, case: 'changed-during-batch', reason: c.reason }, { file: c.file.abs });
        reports.set(c.file.rel, { ...blank(c.file), status: 'failed', problems: [failure] });
        continue;
      }
      const outputRel = plan.get(c.file.rel)!;
      const entry = manifest.get(c.file.rel);
      const current = {
        sha256: c.sha256, output: outputRel, formOption, outputExists: true, formVersion: entry?.formVersion ?? null,
        maxSize: options.maxSize ?? null, grader: VERSION,
      };
      let why = whyGrade(entry, current, force);
      if (!why) {
        current.outputExists = await exists(fromRel(outRoot, outputRel));
        current.formVersion = entry?.form || formOption ? await versionOf(formOption ?? entry!.form!) : null;
        why = whyGrade(entry, current, force);
      }
      if (why) toGrade.push({ file: c.file, sha256: c.sha256, outputRel, previous: entry });
      else unchanged.push({ file: c.file, entry: entry! });
    }

    if (toGrade.length) {
      pool = new GradePool({
        size: Math.min(jobs, toGrade.length),
        gradeModule: options.gradeModule ? toModuleUrl(options.gradeModule) : defaultGradeModule(),
        timeoutMs: options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS,
      });
      try {
        await pool.start();
      } catch (err) {
        return { exitCode: 2, reason: (err as Error).message, report: null };
      }
    }

    const moveInput = async (file: Candidate): Promise<string | undefined> => {
      if (!doneRoot) return undefined;
      try {
        return await moveDone(file.abs, file.rel, doneRoot);
      } catch (err) {
        warn(`无法把 ${file.rel} 移到 ${doneRoot}(${(err as NodeJS.ErrnoException).code ?? err})`, true);
        return undefined;
      }
    };

    for (const c of checked) {
      const r = reports.get(c.file.rel);
      if (r && r.status === 'skipped-settling') emit({ type: 'file-skipped', file: r.file, status: 'skipped-settling', reason: r.reason! });
    }
    // Unchanged files are listed with their standing result (last status, problems, rows in the summary).
    const summaries = new Map<string, SummaryFile>();
    for (const { file, entry } of unchanged) {
      const lastStatus = entry.status as 'graded' | 'problems' | 'failed';
      const failed = lastStatus === 'failed';
      const reason = failed
        ? `上次评分失败,文件未变化:${entry.reason ?? '原因未知'}`
        : `内容与考核表定义均未变化,结果文件仍在${lastStatus === 'problems' && entry.reason ? `;上次评分有问题:${entry.reason}` : ''}`;
      const r: BatchFileReport = {
        ...blank(file), status: 'skipped-unchanged', lastStatus, reason, form: entry.form, formVersion: entry.formVersion,
        people: entry.people, bands: entry.bands, problems: entry.summary?.problems ?? [],
        output: failed || !entry.output ? null : fromRel(outRoot, entry.output),
      };
      emit({ type: 'file-skipped', file: file.rel, status: 'skipped-unchanged', reason });
      // A file whose last verdict was "cannot be graded" stays in the inbox for someone to look at.
      if (doneRoot && r.output && (await exists(r.output))) r.movedTo = await moveInput(file);
      if (entry.summary) summaries.set(file.rel, { file: file.rel, status: lastStatus, ...entry.summary });
      reports.set(file.rel, r);
    }

    // Grading, `jobs` files at a time; the manifest is rewritten after each file.
    const saveManifest = () =>
      manifest.save().catch((err) => warn(`无法写入清单 ${manifest.file}(${(err as NodeJS.ErrnoException).code ?? err})`, true));
    let next = 0;
    let started = 0;
    const gradeOne = async (job: Job): Promise<void> => {
      const { file } = job;
      const outputAbs = fromRel(outRoot, job.outputRel);
      const base = job.previous;
      const entry: ManifestEntry = {
        sha256: job.sha256, size: file.size, form: base?.form ?? null, formVersion: base?.formVersion ?? null,
        formOption, output: job.outputRel, status: 'grading', people: 0, bands: {}, at: new Date(now()).toISOString(),
      };
      // Written before grading: a killed run's output is known to be ours and is overwritten next time.
      manifest.set(file.rel, entry);
      await saveManifest();
      emit({ type: 'file-start', file: file.rel, index: ++started, total: toGrade.length });
      const t = performance.now();
      let outcome: PoolOutcome;
      try {
        await fs.mkdir(path.dirname(outputAbs), { recursive: true });
        outcome = await pool!.run(file.abs, {
          ...(formOption !== null ? { form: formOption } : {}),
          output: outputAbs,
          force: force || loaded.lost === true || base?.output === job.outputRel,
          ...(options.maxSize !== undefined ? { maxSize: options.maxSize } : {}),
          ...(options.includeHidden ? { includeHidden: true } : {}),
        });
      } catch (err) {
        outcome = { ok: false, transient: true, failure: problem('output-failed', { case: 'make-folder', folder: path.dirname(outputAbs), reason: fsReason(err) }, { file: file.abs }) };
      }
      const durationMs = Math.round(performance.now() - t);
      const status = statusOf(outcome);
      const r: BatchFileReport = { ...blank(file), status, durationMs };
      if (outcome.ok) {
        const g = outcome.report;
        Object.assign(r, { form: g.form, formVersion: g.formVersion, people: g.people.length, bands: g.bands, problems: g.problems, output: g.output ?? outputAbs });
        const people = g.people.map((p) => ({ id: p.id, name: p.name, department: p.department, total: p.total, band: p.band, status: p.status }));
        Object.assign(entry, { form: g.form, formVersion: g.formVersion, people: g.people.length, bands: g.bands, summary: { people, problems: g.problems } });
        if (status === 'problems') entry.reason = firstSerious(g.problems)?.message ?? '有人未能评分';
        summaries.set(file.rel, { file: file.rel, status, problems: g.problems, people });
      } else {
        r.problems = [outcome.failure];
        // The grader's verdict on this content is remembered; a failure that is not a verdict on the
        // content (see PoolOutcome; an output in the way or not writable) is tried again next run.
        const retry = outcome.transient === true || outcome.failure.code === 'output-exists' || outcome.failure.code === 'output-failed';
        Object.assign(entry, {
          form: formOption, formVersion: formOption !== null ? await versionOf(formOption) : null,
          reason: outcome.failure.message, retry, maxSize: options.maxSize ?? null, grader: VERSION,
          summary: { people: [], problems: [outcome.failure] },
          // Nothing was written: the output is ours only if it already was (never take over a stranger's file).
          output: base?.output === job.outputRel ? job.outputRel : null,
        });
        summaries.set(file.rel, { file: file.rel, status, problems: r.problems, people: [] });
      }
      entry.status = status;
      entry.at = new Date(now()).toISOString();
      await saveManifest();
      if (outcome.ok && doneRoot && !aborted && (await exists(r.output!))) r.movedTo = await moveInput(file);
      reports.set(file.rel, r);
      emit({ type: 'file-done', file: file.rel, status, durationMs, people: r.people, problems: r.problems.length, output: r.output, ...(status === 'failed' && r.problems[0] ? { reason: r.problems[0].message } : {}) });
    };
    const lane = async () => {
      while (!aborted && next < toGrade.length) await gradeOne(toGrade[next++]);
    };
    await Promise.all(Array.from({ length: pool ? Math.min(jobs, toGrade.length) : 0 }, lane));

    // Entries whose input and output are both gone are forgotten.
    const seen = new Set(found.files.map((f) => f.rel));
    for (const rel of manifest.keys()) {
      const e = manifest.get(rel)!;
      if (seen.has(rel)) continue;
      const gone = !(await exists(fromRel(folder, rel))) && !(e.output && (await exists(fromRel(outRoot, e.output))));
      if (gone) manifest.delete(rel);
    }
    await saveManifest();

    const files = found.files.map((f) => reports.get(f.rel)).filter((r): r is BatchFileReport => !!r);
    const report: BatchReport = {
      tool: 'kpi', kind: 'batch-report', version: 1, folder, out: outRoot, startedAt,
      finishedAt: new Date(now()).toISOString(), durationMs: Math.round(performance.now() - t0),
      options: { recursive, form: formOption, force, jobs, settleMs, moveDone: doneRoot },
      totals: totalsOf(files), files, warnings, interrupted: aborted,
      reportFile: path.join(outRoot, REPORT_NAME), summaryFile: path.join(outRoot, SUMMARY_NAME),
    };
    const listed = await summaryList(files, summaries, manifest, folder, recursive);
    try {
      await writeSummaryWorkbook(report.summaryFile!, listed);
    } catch (err) {
      report.summaryFile = null;
      warn(`无法写入 ${path.join(outRoot, SUMMARY_NAME)}(${(err as NodeJS.ErrnoException).code ?? err})`, true);
    }
    try {
      await writeReportJson(report.reportFile!, report);
    } catch (err) {
      report.reportFile = null;
      warn(`无法写入 ${path.join(outRoot, REPORT_NAME)}(${(err as NodeJS.ErrnoException).code ?? err})`, true);
    }
    // Exit code: what THIS run found. 1 when a file graded in this run has problems or failed, a run-level
    // trouble occurred (manifest/report not written, input not moved) or the run was interrupted; else 0.
    // Files skipped as unchanged never count, whatever their last status: a folder still holding last
    // night's broken or problem file exits 0 when nothing new came in, so cron does not mail the same
    // old problem every night. Those files are still listed in batch-report.json (status
    // 'skipped-unchanged', lastStatus, reason, problems) and in batch-summary.xlsx until fixed or removed.
    const bad = files.some((f) => f.status === 'problems' || f.status === 'failed');
    const exitCode: 0 | 1 = bad || trouble || aborted ? 1 : 0;
    emit({ type: 'done', report, exitCode });
    return { exitCode, report };
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    if (pool) {
      await pool.close().catch(() => undefined);
      await removeStaleTemporaries(outRoot, recursive || outRoot !== folder, true).catch(() => undefined);
    }
    await lock.release().catch(() => undefined);
  }
}

/**
 * What batch-summary.xlsx lists: this run's result of every file, and the last good result of every file
 * still there that this run did not grade (still being written, or in a sub-folder a run without -r
 * does not enter), marked as from an earlier run. A file's rows go only when the file is gone.
 */
async function summaryList(
  files: BatchFileReport[],
  summaries: Map<string, SummaryFile>,
  manifest: Manifest,
  folder: string,
  recursive: boolean,
): Promise<SummaryFile[]> {
  const out: SummaryFile[] = [];
  const listed = new Set<string>();
  const earlier = (rel: string, why: string): SummaryFile | null => {
    const e = manifest.get(rel);
    if (!e?.summary || (e.status !== 'graded' && e.status !== 'problems')) return null;
    const at = e.at.replace('T', ' ').slice(0, 16);
    return { file: rel, status: e.status, people: e.summary.people, problems: e.summary.problems, note: `${why};这是 ${at} UTC 那次运行的结果` };
  };
  for (const f of files) {
    const s = summaries.get(f.file) ?? (f.status === 'skipped-settling' ? earlier(f.file, '文件仍在写入,本次未评分') : null);
    if (s) {
      out.push(s);
      listed.add(f.file);
    }
  }
  const seen = new Set(files.map((f) => f.file));
  for (const rel of manifest.keys().sort()) {
    if (seen.has(rel) || listed.has(rel) || !(await exists(fromRel(folder, rel)))) continue;
    const s = earlier(rel, rel.includes('/') && !recursive ? '在子文件夹中,本次未加 -r' : '本次未评分');
    if (s) out.push(s);
  }
  return out;
}

/** Outputs the manifest gives to inputs still here, or to inputs gone whose output is still there. */
async function heldOutputs(manifest: Manifest, files: Candidate[], outRoot: string): Promise<Map<string, string>> {
  const present = new Set(files.map((f) => f.rel));
  const held = new Map<string, string>();
  for (const rel of manifest.keys()) {
    const output = manifest.get(rel)!.output;
    if (output && (present.has(rel) || (await exists(fromRel(outRoot, output))))) held.set(rel, output);
  }
  return held;
}

function firstSerious(problems: Problem[]): Problem | undefined {
  return problems.find((p) => p.severity === 'error') ?? problems.find((p) => p.severity === 'warning');
}
