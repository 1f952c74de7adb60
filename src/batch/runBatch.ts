import { promises as fs } from 'node:fs';
import { folderReasonZh, fsReason, writeReasonZh } from '../model/problems/fsReason.js';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { isDefinitionFile, loadAnyForm, shippedForms } from '../forms/load.js';
import { earlierRaterCopies, someSurelyGraded, sortOut, warnCopies, warnRaterCopies } from './changes.js';
import { discover, isInside, type Candidate, type DiscoverOptions } from './discover.js';
import { fromRel, makeDirs, planOutputs, removeOwnTemporariesSync, removeStaleTemporaries } from './files.js';
import { hardStopCleanups } from '../io/pendingFiles.js';
import { exitCodeOf, forgetGone, lateResults, markReported, writeRunReport } from './finish.js';
import { gradeAll, listUnchanged, reportSettling, startPool, type Results } from './grading.js';
import { acquireLock } from './lock.js';
import { MANIFEST_NAME, Manifest } from './manifest.js';
import { claimOutputs } from './owned.js';
import { isOwnReport } from './ownFiles.js';
import { setAsideGradedWorkbooks, warnSamePeople } from './samePeople.js';
import { exists, newRun, startClock, type Folders, type Run } from './run.js';
import type { BatchEvents, BatchOptions, BatchResult } from './types.js';

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
      await makeDirs(abs);
    } catch (err) {
      const reason = fsReason(err);
      throw new Error(`无法创建${what} ${abs}:${folderReasonZh(reason)}${reason.code ? `(${reason.code})` : ''}`);
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

/**
 * What a result was graded under: the definition's version and a digest of its content, for a shipped form as for
 * a team's own file. Rules are data: whoever edits templates/*.json (a band's minimum) seldom changes its version,
 * and the results of the old rules must not stand.
 */
export function versionResolver(options: Pick<BatchOptions, 'formVersion'>): (form: string) => Promise<string | null> {
  const cache = new Map<string, Promise<string | null>>();
  const resolve =
    options.formVersion ??
    (async (form: string) => {
      const loaded = await loadAnyForm(form);
      if (!loaded.ok) return null;
      const digest = createHash('sha256').update(await fs.readFile(loaded.path)).digest('hex').slice(0, 16);
      return `${loaded.form.version}#${digest}`;
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

/**
 * Grades every new or changed file of a folder, once per content: the steps below in order, under the
 * folder's lock. Exit code 2 (with a reason) only when the run cannot start.
 */
export async function runBatch(options: BatchOptions, events?: BatchEvents): Promise<BatchResult> {
  const clock = startClock(options);
  // A --form that names no form, or a definition with mistakes, is the command's mistake (exit 2), not every file's:
  // each was listed 失败 with exit 1, and the next night's run, nothing having changed, exited 0. Said before --out is
  // made (an empty folder was left behind).
  if (options.form) {
    const form = await loadAnyForm(options.form);
    if (!form.ok) return cannotRun(form.problems.map((p) => p.message).join(';'));
  }
  const folders = await prepareFolders(options);
  if (typeof folders === 'string') return cannotRun(folders);
  if (options.signal?.aborted) return cannotRun('批量评分在开始前被取消');
  const run = newRun(options, events, clock, folders);

  let lock;
  try {
    lock = await acquireLock(run.outRoot, { waitMs: options.waitMs, now: run.now, onWait: (holder) => run.emit({ type: 'waiting-lock', holder }), ...(options.signal ? { signal: options.signal } : {}) });
  } catch (err) {
    // In words (「没有写入权限…」), not an errno: cron mails it to someone who did not write the code.
    const reason = fsReason(err);
    const why = reason.kind === 'denied' || reason.kind === 'read-only' ? '没有写入权限,请检查这个文件夹的权限,或用 --out 换一个运行 kpi 的用户可以写入的文件夹' : writeReasonZh(reason);
    return cannotRun(`无法在输出文件夹 ${run.outRoot} 创建锁文件:${why}`);
  }
  if (!lock.ok) return cannotRun(lock.reason);
  // Said, not silent: whatever that run graded and did not report is reported by this one (listUnchanged).
  if (lock.tookOver) run.warn(`上次的批量评分(${lock.tookOver})没有正常结束(进程被结束或机器重启过),已接管它留下的锁`, false);

  const onAbort = () => {
    run.aborted = true;
    void run.pool?.close();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  // A second signal ends the process at once: its workers' half-written outputs and its lock go with it (they were
  // left for the next run to find).
  const hardStop = () => {
    const removed = removeOwnTemporariesSync(run.outRoot, run.settings.recursive || run.outRoot !== run.folder);
    lock.releaseSync();
    return removed;
  };
  hardStopCleanups.add(hardStop);
  const { folder, outRoot, doneRoot } = run;
  const { recursive } = run.settings;
  try {
    await removeStaleTemporaries(outRoot, recursive || outRoot !== folder);
    if (doneRoot) await removeStaleTemporaries(doneRoot, true);
    const loaded = await Manifest.load(path.join(outRoot, MANIFEST_NAME), run.now);
    const manifest = loaded.manifest;
    if (manifest.inbox !== null && manifest.inbox !== folder) {
      return cannotRun(
        `输出文件夹 ${outRoot} 存放的是文件夹 ${manifest.inbox} 的评分结果,不能再用于 ${folder}(两个文件夹里的同名文件会互相覆盖结果)。` +
          `请给每个输入文件夹用单独的 --out;如果是原来的文件夹改了名或换了位置,删除 ${manifest.file} 后重新运行(所有文件将重新评分)`,
      );
    }
    manifest.inbox = folder;
    // A lost manifest is why every file is graded again, into -2 outputs warned of file by file: said with them.
    if (loaded.warning) run.warn(loaded.warning, false, loaded.lost === true);
    for (const message of loaded.ignored ?? []) run.warn(message, true);

    const found = await findInputs(run);
    if (!found) return cannotRun(`无法读取文件夹 ${folder}`);
    // A sub-folder kpi may not read (-r): its forms are not graded, and its earlier results leave the summary — said.
    for (const sub of found.ignored.filter((x) => x.reason === 'unreadable-folder')) {
      run.warn(`无法读取子文件夹 ${sub.rel}(没有权限?),其中的考核表本次没有评分;请检查它的权限`, true);
    }
    // Sub-folders holding forms, not entered without -r: said even with -q (cron mails it), the exit code kept — a folder
    // kept aside on purpose (「归档」) is no fault.
    const subfolders = found.ignored.filter((x) => x.reason === 'subfolder');
    if (subfolders.length) {
      const list = subfolders.map((x) => `${x.rel}(${x.files} 个文件)`).join('、');
      run.warn(`子文件夹 ${list} 里的考核表没有评分:不加 -r 时只评分 ${folder} 本层的文件;要连子文件夹一起评分,请加 -r`, false, true);
    }
    // Links kpi does not follow: a folder linked in (-r; it could loop), a link to a file that is gone.
    for (const link of [...found.ignored].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
      if (link.reason === 'linked-folder' && run.settings.recursive) run.warn(`${link.rel} 是指向文件夹的链接,kpi 不进入链接的文件夹(可能循环),其中的考核表没有评分;请把它指向的文件夹单独评分,或改为真实的子文件夹`, true);
      if (link.reason === 'broken-link') run.warn(`${link.rel} 是链接,指向的文件不存在,没有评分;请修复或删除这个链接`, true);
    }
    run.emit({ type: 'start', folder, out: outRoot, files: found.files.length, jobs: run.settings.jobs });

    const plan = planOutputs(found.files, await heldOutputs(manifest, found.files, outRoot));
    const versionOf = versionResolver(options);
    // Started during the re-check pause and the hashing when some file is sure to be graded, else once known.
    const early = someSurelyGraded(run, found.files, manifest) ? startPool(run, found.files.length) : null;
    const sorted = await sortOut(run, found.files, manifest, plan, versionOf);
    await setAsideGradedWorkbooks(run, sorted, found.files);
    const taken = new Set([...plan.values(), ...manifest.keys().map((rel) => manifest.get(rel)!.output)].filter((o): o is string => o !== null).map((o) => o.toLowerCase()));
    await claimOutputs(run, sorted.toGrade, manifest, taken);
    if (sorted.toGrade.length) {
      const failed = await (early ?? startPool(run, sorted.toGrade.length));
      // Stopped while the workers were loading: not a grader that cannot load; the run reports the interruption.
      if (failed !== null && !run.aborted) return cannotRun(failed);
    } else if (early) {
      // Nothing to grade after all: the workers are stopped, still loading most likely.
      const pool = run.pool;
      run.pool = null;
      await pool?.close();
      await early;
    }
    reportSettling(run, sorted);
    const results: Results = { reports: sorted.reports, summaries: new Map() };
    await listUnchanged(run, sorted.unchanged, manifest, results);
    await gradeAll(run, sorted.toGrade, manifest, versionOf, results);
    warnCopies(run, sorted, results.reports);
    warnSamePeople(run, sorted, manifest);
    warnRaterCopies(run, results.raterCopies ?? [], earlierRaterCopies(sorted));
    const late = lateResults(run, manifest, found.files, results);
    await forgetGone(run, manifest, found.files);

    const report = await writeRunReport(run, [...found.files, ...late], results, manifest, versionOf);
    if (report.reportFile !== null) await markReported(run, manifest);
    const exitCode = exitCodeOf(run, report);
    run.emit({ type: 'done', report, exitCode });
    return { exitCode, report };
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    hardStopCleanups.delete(hardStop);
    if (run.pool) {
      await run.pool.close().catch(() => undefined);
      await removeStaleTemporaries(outRoot, recursive || outRoot !== folder, true).catch(() => undefined);
    }
    await lock.release().catch(() => undefined);
  }
}

function cannotRun(reason: string): BatchResult {
  return { exitCode: 2, reason, report: null };
}

/** The files of the folder (and its sub-folders with -r), never the run's own output and done folders; null when the folder cannot be read. */
async function findInputs(run: Run): Promise<Awaited<ReturnType<typeof discover>> | null> {
  const { folder, outRoot, doneRoot } = run;
  const exclude: NonNullable<DiscoverOptions['exclude']> = [];
  if (outRoot !== folder && isInside(outRoot, folder)) exclude.push({ path: outRoot, reason: 'output-folder' });
  if (doneRoot && isInside(doneRoot, folder)) exclude.push({ path: doneRoot, reason: 'done-folder' });
  // The --form definition kept with the forms: no form to grade (it failed every night, sent to its own template). Known
  // by the file itself (a link to it, under another name, is it too); not when --form names a shipped form.
  const definition = await definitionFile(run.settings.formOption);
  try {
    // kpi's own reports by content, with --out too: a folder graded in place before holds them (batch-report.json was
    // graded as a form that failed, exit 1).
    return await discover(folder, { recursive: run.settings.recursive, exclude, ownReport: isOwnReport, ...(definition ? { definition } : {}) });
  } catch {
    return null;
  }
}

/** The --form file as the file system knows it (device and inode), or null when --form is a shipped id or no file. */
async function definitionFile(form: string | null): Promise<{ dev: number; ino: number } | null> {
  if (form === null || (!isDefinitionFile(form) && (await shippedForms()).has(form))) return null;
  const stat = await fs.stat(form).catch(() => null);
  return stat?.isFile() ? { dev: stat.dev, ino: stat.ino } : null;
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
