// The grading steps of a batch run: start the worker pool, list what is settling or unchanged, grade the
// rest `jobs` files at a time (the manifest rewritten around each file), and move finished inputs away.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { VERSION } from '../version.js';
import { fsReason, problem } from '../model/problems/index.js';
import type { Job, RaterCopy, Sorted } from './changes.js';
import { isInside, type Candidate } from './discover.js';
import { fromRel, makeDirs, moveDone } from './files.js';
import { reportedVersion, type Manifest, type ManifestEntry } from './manifest.js';
import { defaultGradeModule, failure, GradePool, INTERRUPTED, toModuleUrl, type FileGrader } from './pool.js';
import { fingerprintOf } from './owned.js';
import { groupLines } from './recordGroups.js';
import { forBatch, isTooLong, statusOf } from './report.js';
import { stillAsHashed } from './settle.js';
import { blankReport, exists, firstSerious, type Run } from './run.js';
import { ThisThreadGrader } from './thisThread.js';
import type { SummaryFile } from './summaryWorkbook.js';
import { DEFAULT_FILE_TIMEOUT_MS, type BatchFileReport, type PoolOutcome } from './types.js';

/** What the grading steps fill in: each file's report, and its rows for batch-summary.xlsx. */
export interface Results {
  reports: Map<string, BatchFileReport>;
  summaries: Map<string, SummaryFile>;
  /** Files graded this run that are one rater's copy of a form rated by several (GradeReport.raterCopy). */
  raterCopies?: RaterCopy[];
}

/** Starts `min(jobs, files)` workers (or the grader on this thread); the reason when they cannot start. */
export async function startPool(run: Run, files: number): Promise<string | null> {
  const { gradeModule } = run.options;
  run.pool = run.options.gradeOnThisThread
    ? new ThisThreadGrader(gradeModule ? toModuleUrl(gradeModule) : undefined)
    : new GradePool({
        size: Math.min(run.settings.jobs, files),
        gradeModule: gradeModule ? toModuleUrl(gradeModule) : defaultGradeModule(),
        timeoutMs: run.options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS,
        manyFiles: true,
        // Every file is still graded, by fewer threads: said, but not a trouble of the run (exit code unchanged).
        onWorkerDropped: (message) => run.warn(message, false),
      });
  try {
    await run.pool.start();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

/**
 * Moves an input whose output is complete to the done folder; a warning (exit 1) when it cannot. An input that is
 * no longer the bytes hashed (replaced while it was graded) stays, with a note: the next run grades the new bytes.
 */
async function moveInput(run: Run, file: Candidate, sha256: string, hashedAt: number): Promise<string | undefined> {
  if (!run.doneRoot) return undefined;
  if (!(await stillAsHashed(file, sha256, hashedAt))) {
    run.warn(`${file.rel} 在本次运行读取之后被修改或替换,本次的结果是修改前的内容;它没有移到 ${run.doneRoot},下次运行评分新的内容`, false);
    return undefined;
  }
  try {
    return await moveDone(file.abs, file.rel, run.doneRoot);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A move writes in both folders: without permission, either may be the one (it named the done folder, writable,
    // while the inbox was not).
    const why = code === 'EACCES' || code === 'EPERM' ? `没有权限:移动要能写入它所在的文件夹 ${path.dirname(file.abs)} 和 ${run.doneRoot} 两处` : (code ?? String(err));
    run.warn(`无法把 ${file.rel} 移到 ${run.doneRoot}(${why})`, true);
    return undefined;
  }
}

export function reportSettling(run: Run, sorted: Sorted): void {
  for (const c of sorted.checked) {
    const r = sorted.reports.get(c.file.rel);
    if (r && r.status === 'skipped-settling') run.emit({ type: 'file-skipped', file: r.file, status: 'skipped-settling', reason: r.reason! });
    // A file that could not be read to be hashed (its permissions): in the log like any failure (it was only in the summary).
    if (r && r.status === 'failed') run.emit({ type: 'file-done', file: r.file, status: 'failed', durationMs: 0, people: 0, problems: r.problems.length, output: null, ...(r.problems[0] ? { reason: r.problems[0].message } : {}) });
  }
}

/** Unchanged files are listed with their standing result (last status, problems, rows in the summary). */
export async function listUnchanged(run: Run, unchanged: Sorted['unchanged'], manifest: Manifest, results: Results): Promise<void> {
  for (const { file, entry, hashedAt } of unchanged) {
    const lastStatus = entry.status as 'graded' | 'problems' | 'failed';
    const failed = lastStatus === 'failed';
    // Graded by a run killed before its report: this is the first report of that result (it went unreported, exit 0).
    const late = entry.unreported === true ? `${entry.at.replace('T', ' ').slice(0, 16)} UTC 那次运行在写出报告前被中断,这是那次的结果;` : '';
    const reason = late + (failed
      ? `上次评分失败,文件未变化:${entry.reason ?? '原因未知'}`
      : `内容与考核表定义均未变化,结果文件仍在${lastStatus === 'problems' && entry.reason ? `;上次评分有问题:${entry.reason}` : ''}`);
    const r: BatchFileReport = {
      ...blankReport(file), status: 'skipped-unchanged', lastStatus, reason, ...(late ? { unreported: true } : {}), form: entry.form, formVersion: reportedVersion(entry.formVersion),
      people: entry.people, bands: entry.bands, problems: entry.summary?.problems ?? [],
      ...(entry.records !== undefined ? { records: entry.records, groups: entry.groups ?? [] } : {}),
      output: failed || !entry.output ? null : fromRel(run.outRoot, entry.output),
    };
    run.emit({ type: 'file-skipped', file: file.rel, status: 'skipped-unchanged', reason, ...(late ? { late: lastStatus } : {}) });
    // A file whose last verdict was "cannot be graded" stays in the inbox for someone to look at.
    if (run.doneRoot && r.output && (await exists(r.output))) {
      r.movedTo = await moveInput(run, file, entry.sha256, hashedAt);
      if (r.movedTo) manifest.set(file.rel, { ...entry, movedTo: r.movedTo });
    }
    if (entry.summary) results.summaries.set(file.rel, { file: file.rel, status: lastStatus, ...entry.summary });
    results.reports.set(file.rel, r);
  }
}

/**
 * The manifest's changes on disk (its journal); `whole`: the whole manifest, journal folded in (a run's end).
 * False, with a warning, when they could not be written.
 */
export function saveManifest(run: Run, manifest: Manifest, whole = false): Promise<boolean> {
  return (whole ? manifest.compact() : manifest.save()).then(
    () => true,
    (err) => {
      run.warn(`无法写入清单 ${manifest.file}(${(err as NodeJS.ErrnoException).code ?? err})`, true);
      return false;
    },
  );
}

/**
 * Grades the jobs, `jobs` files at a time, until done or aborted. Each job's output was claimed before
 * (owned.ts claimOutputs: whether what is there is kpi's to overwrite).
 *
 * A file is marked in the manifest as being graded (its output ours) and that is on disk before its output can
 * be: a killed run's output is then known to be ours and is overwritten next time. Each lane marks the file it
 * will grade next while it grades the current one, so that the mark's write (an fsync) overlaps grading
 * instead of holding the worker up between files; a run stopped early gives that file its entry back.
 */
export async function gradeAll(
  run: Run,
  toGrade: Job[],
  manifest: Manifest,
  versionOf: (form: string) => Promise<string | null>,
  results: Results,
): Promise<void> {
  const pool = run.pool;
  if (!pool) return;
  let started = 0;
  // Numbered as they start (after their mark is written), which is not always the order they were taken in.
  const startIndex = () => ++started;
  // One queue the lanes take from in turn; an abort stops them taking more.
  const queue = toGrade.values();
  const take = async (): Promise<{ job: Job; marked: Promise<boolean> } | null> => {
    const next = run.aborted ? null : queue.next();
    if (!next || next.done) return null;
    const job = next.value;
    manifest.set(job.file.rel, gradingEntry(run, job));
    return { job, marked: saveManifest(run, manifest) };
  };
  const lane = async () => {
    let current = await take();
    while (current) {
      const marked = await current.marked;
      if (run.aborted) {
        unmark(manifest, current.job);
        return;
      }
      // A file whose mark is not on disk is not graded: a run killed meanwhile would leave an output no manifest
      // calls ours, which every later run would refuse to overwrite. It is tried again next run.
      const refused = marked ? undefined : failure(current.job.file.abs, `无法写入清单 ${manifest.file},此文件未评分`);
      const following = take();
      await gradeOne(run, pool, current.job, { startIndex, total: toGrade.length }, manifest, versionOf, results, refused);
      current = await following;
    }
  };
  // Two lanes a worker: the next file waits in the pool's queue and starts the moment a worker posts its result,
  // not after this thread has filed that result (the manifest, the output's stamp, the console): a worker sat idle
  // that long between files. 200 files x 30 people: --jobs 1 9.2 -> 8.3 s, --jobs 2 7.5 -> 6.8 s.
  await Promise.all(Array.from({ length: Math.min(run.settings.jobs * 2, toGrade.length) }, lane));
  // Files a stopped run did not reach are listed (the run's start counted them), to be graded next run.
  if (run.aborted) {
    for (const job of toGrade) {
      if (results.reports.has(job.file.rel)) continue;
      const problems = [problem('worker-failed', { case: 'pool', reason: INTERRUPTED }, { file: job.file.abs })];
      results.reports.set(job.file.rel, { ...blankReport(job.file), status: 'failed', problems, ...(await lastOutput(run, job)) });
      keepLastResult(job, results, '本次运行被中断,未评分');
    }
  }
  await saveManifest(run, manifest);
}

/**
 * The entry of a file about to be graded. Its output is marked ours only when it is (see outputState) or when
 * nothing is there yet: a stranger's file in the way is refused, and a run killed meanwhile must not leave it
 * marked as ours for the next run to overwrite.
 */
function gradingEntry(run: Run, job: Job): ManifestEntry {
  const base = job.previous;
  const output = job.state !== 'stranger' ? job.outputRel : (base?.output ?? null);
  return {
    sha256: job.sha256, size: job.file.size, form: base?.form ?? null, formVersion: base?.formVersion ?? null,
    formOption: run.settings.formOption, output, status: 'grading', people: 0, bands: {},
    at: new Date(run.now()).toISOString(),
    // What kpi last wrote there: a run killed before it wrote again leaves the output as kpi's. The output as found now
    // when it was found to be kpi's: a killed run's output (written after its mark) is kpi's, and a second run killed
    // before it wrote must not leave the first run's fingerprint beside its own later mark — the next run took the
    // output, written before that mark and unlike that fingerprint, for one edited by hand, and regraded to -2 for good.
    ...(output !== null && job.state === 'ours' && job.ours ? { written: job.ours } : base?.written && output !== null && base.output === output ? { written: base.written } : {}),
    // And the result it had, for the summary while this grading is not done (dropped when it is: gradeOne).
    ...lastOf(base),
  };
}

/** `last` for an entry replacing `base` before a grading completes: base's last complete graded result, if any. */
function lastOf(base: ManifestEntry | undefined): Pick<ManifestEntry, 'last'> {
  const last = lastResultOf(base);
  return last && last.status !== 'failed' ? { last: { status: last.status, at: last.at, summary: last.summary } } : {};
}

/**
 * A file a stopped run did not grade: its rows in batch-summary.xlsx are its last result, marked as such. The summary
 * had lost them (17 of 120 files left after a SIGTERM during a regrade), though every graded output was still there.
 */
function keepLastResult(job: Job, results: Results, why: string): void {
  const e = lastResultOf(job.previous);
  if (!e) return;
  const at = e.at.replace('T', ' ').slice(0, 16);
  results.summaries.set(job.file.rel, { file: job.file.rel, status: e.status, people: e.summary.people, problems: e.summary.problems, note: `${why};这是 ${at} UTC 那次运行的结果` });
}

/** An entry's last complete result: its own, or the one kept while a stopped grading is retried (ManifestEntry.last). */
export function lastResultOf(e: ManifestEntry | undefined): { status: 'graded' | 'problems' | 'failed'; at: string; summary: NonNullable<ManifestEntry['summary']> } | null {
  if (e?.last) return e.last;
  if (!e?.summary || (e.status !== 'graded' && e.status !== 'problems' && e.status !== 'failed')) return null;
  return { status: e.status, at: e.at, summary: e.summary };
}

/** The graded output a file's last run wrote, when it is still there: the report names it (it said null). */
async function lastOutput(run: Run, job: Job): Promise<{ output?: string }> {
  const rel = job.previous?.output;
  const last = lastResultOf(job.previous);
  if (!rel || !last || last.status === 'failed') return {};
  const abs = fromRel(run.outRoot, rel);
  return (await exists(abs)) ? { output: abs } : {};
}

/** The hash of a file whose bytes changed while it was graded: no content has it, so the next run grades it again. */
const CHANGED_WHILE_GRADED = '0'.repeat(64);

/** A file marked but never started (the run was stopped): its entry is what it was. */
function unmark(manifest: Manifest, job: Job): void {
  if (job.previous) manifest.set(job.file.rel, job.previous);
  else manifest.delete(job.file.rel);
}

/** The grader's outcome for one file, its output folder made first. */
async function runOne(run: Run, pool: FileGrader, job: Job): Promise<PoolOutcome> {
  const { file } = job;
  const { formOption } = run.settings;
  const outputAbs = fromRel(run.outRoot, job.outputRel);
  if (job.state === 'stranger') return { ok: false, failure: problem('output-exists', { case: 'not-kpis', output: outputAbs }, { file: file.abs }) };
  try {
    await makeDirs(path.dirname(outputAbs));
  } catch (err) {
    return { ok: false, transient: true, failure: problem('output-failed', { case: 'make-folder', folder: path.dirname(outputAbs), reason: fsReason(err) }, { file: file.abs }) };
  }
  // A folder of the output that is a link out of the output folder (made by hand) is not written through.
  const folderReal = await fs.realpath(path.dirname(outputAbs)).catch(() => null);
  if (folderReal === null || !isInside(folderReal, run.outRoot)) {
    return failure(file.abs, `输出位置 ${outputAbs} 不在输出文件夹 ${run.outRoot} 内(经链接指向别处),此文件未评分`);
  }
  return pool.run(file.abs, {
    ...(formOption !== null ? { form: formOption } : {}),
    output: outputAbs,
    force: job.state === 'ours',
    ...(run.options.maxSize !== undefined ? { maxSize: run.options.maxSize } : {}),
    ...(run.options.includeHidden ? { includeHidden: true } : {}),
    withoutItems: true,
  });
}

async function gradeOne(
  run: Run,
  pool: FileGrader,
  job: Job,
  position: { startIndex: () => number; total: number },
  manifest: Manifest,
  versionOf: (form: string) => Promise<string | null>,
  results: Results,
  refused?: PoolOutcome,
): Promise<void> {
  const { file } = job;
  const { formOption } = run.settings;
  const outputAbs = fromRel(run.outRoot, job.outputRel);
  const base = job.previous;
  const marked = manifest.get(file.rel)!;
  run.emit({ type: 'file-start', file: file.rel, index: position.startIndex(), total: position.total });
  const t = performance.now();
  const raw = refused ?? (await runOne(run, pool, job));
  const outcome: PoolOutcome = raw.ok ? { ...raw, report: { ...raw.report, problems: raw.report.problems.map(forBatch) } } : { ...raw, failure: forBatch(raw.failure) };
  // The worker's own time: a file waits in the pool's queue while the one before it is graded (gradeAll).
  const durationMs = Math.round(raw.gradingMs ?? performance.now() - t);
  const status = statusOf(outcome);
  const r: BatchFileReport = { ...blankReport(file), status, durationMs };
  const entry: ManifestEntry = { ...marked };
  let written: string | null = null;
  if (outcome.ok) {
    delete entry.last;
    const g = outcome.report;
    written = g.output ?? outputAbs;
    Object.assign(r, { form: g.form, formVersion: g.formVersion, people: g.people.length, bands: g.bands, problems: g.problems, output: written });
    const people = g.people.map((p) => ({ id: p.id, name: p.name, department: p.department, total: p.total, band: p.band, status: p.status, ...(p.bandData ? { bandData: p.bandData } : {}) }));
    if (g.records) {
      const groups = groupLines(g);
      Object.assign(r, { records: g.records.total, groups: groups.lines });
      people.push(...groups.rows);
    }
    // Kept for the nights it stays unchanged (they listed it without its records and groups).
    if (r.records !== undefined) Object.assign(entry, { records: r.records, groups: r.groups });
    else {
      delete entry.records;
      delete entry.groups;
    }
    // As the next run will compare it: the version with a digest of the definition's content.
    const formVersion = (await versionOf(formOption ?? g.form)) ?? g.formVersion;
    Object.assign(entry, { form: g.form, formVersion, grader: VERSION, output: job.outputRel, people: g.people.length, bands: g.bands, summary: { people, problems: g.problems } });
    const stamp = await fingerprintOf(written);
    if (stamp) entry.written = stamp;
    else delete entry.written;
    if (status === 'problems') entry.reason = firstSerious(g.problems)?.message ?? '有人未能评分';
    results.summaries.set(file.rel, { file: file.rel, status, problems: g.problems, people });
    if (g.period) entry.period = g.period;
    if (g.raterCopy) {
      entry.raterCopy = { rater: g.raterCopy, period: g.period ?? '', ...(g.raterCopyOfSeveral ? { several: true } : {}) };
      (results.raterCopies ??= []).push({ rel: file.rel, form: g.form, rater: g.raterCopy, period: g.period ?? '', ...(g.raterCopyOfSeveral ? { several: true } : {}) });
    }
  } else {
    r.problems = [outcome.failure];
    // The grader's verdict on this content is remembered; a failure that is not a verdict on the
    // content (see PoolOutcome; an output in the way or not writable) is tried again next run.
    // A name too long fails the same way every night: reported once, like a file that cannot be graded.
    const retry = outcome.transient === true || outcome.failure.code === 'output-exists' || (outcome.failure.code === 'output-failed' && !isTooLong(outcome.failure));
    Object.assign(entry, {
      form: formOption, formVersion: formOption !== null ? await versionOf(formOption) : null,
      reason: outcome.failure.message, retry, maxSize: run.options.maxSize ?? null, grader: VERSION,
      summary: { people: [], problems: [outcome.failure] },
      // Nothing was written: the output is ours only if it already was (never take over a stranger's file) — or the
      // run was stopped while grading it, when the worker may have put the output in place just before it was
      // stopped: marked ours before it started, it stays ours (it was refused next run as a stranger's, a -2 copy).
      // A killed run's claim (status grading) holds only if its output is there: else a failure kept the name of an output
      // never written, and a workbook of that name added later went to 「notes.xlsx.graded.xlsx」.
      output: (base?.output === job.outputRel && (base.status !== 'grading' || (await exists(fromRel(run.outRoot, job.outputRel))))) || (run.aborted && outcome.transient === true && marked.output === job.outputRel) ? job.outputRel : null,
    });
    if (entry.output === null) delete entry.written;
    results.summaries.set(file.rel, { file: file.rel, status, problems: r.problems, people: [] });
    // Stopped while grading it (SIGTERM at shutdown, a regrade after an upgrade): its last result stays in the summary,
    // as for the files the run did not reach; the next run grades it again.
    if (run.aborted && outcome.transient === true) {
      keepLastResult(job, results, '本次运行被中断,未评完');
      Object.assign(r, await lastOutput(run, job));
      // Kept in the manifest too (gradingEntry put it there), until a grading of this content completes: a second stop
      // lost the rows.
    } else delete entry.last;
  }
  entry.status = status;
  entry.at = new Date(run.now()).toISOString();
  entry.unreported = true;
  // Replaced while it was graded (same size and time, new bytes): the result may be of the new bytes, so the hash
  // taken before is not this result's. Remembered as changed: the next run grades the file as it then is — also
  // when the old bytes are put back (they were then 「unchanged」 and kept the other content's result).
  // Gone meanwhile (deleted, moved): its failure says so; nothing was graded to be 「not what the file now is」.
  const intact = run.aborted || (await stillAsHashed(file, job.sha256, job.hashedAt)) || !(await exists(file.abs));
  if (!intact) {
    entry.sha256 = CHANGED_WHILE_GRADED;
    const kept = run.doneRoot ? `;它没有移到 ${run.doneRoot}` : '';
    run.warn(`${file.rel} 在本次运行读取之后被修改或替换,本次的结果可能不是现在的内容${kept};下次运行重新评分`, false);
  }
  manifest.set(file.rel, entry);
  // Written with the next file's mark; a move to the done folder waits for it (the result is on disk first).
  const saved = saveManifest(run, manifest);
  if (intact && written && run.doneRoot && !run.aborted && (await exists(written))) {
    await saved;
    r.movedTo = await moveInput(run, file, job.sha256, job.hashedAt);
    // Saved at once: a run killed between the move and the next save left a moved input its manifest did not know,
    // whose rows left the summary and whose output the next file of that name wrote over.
    if (r.movedTo) {
      manifest.set(file.rel, { ...entry, movedTo: r.movedTo });
      await saveManifest(run, manifest);
    }
  }
  results.reports.set(file.rel, r);
  run.emit({ type: 'file-done', file: file.rel, status, durationMs, people: r.people, ...(r.records !== undefined ? { records: r.records } : {}), problems: r.problems.length, output: r.output, ...(status === 'failed' && r.problems[0] ? { reason: r.problems[0].message } : {}) });
}
