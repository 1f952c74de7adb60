// The closing steps of a batch run: forget what is gone, write batch-summary.xlsx and batch-report.json,
// and decide the exit code.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Candidate } from './discover.js';
import { doneName, fromRel } from './files.js';
import type { Results } from './grading.js';
import { lastResultOf, saveManifest } from './grading.js';
import { isMovedKey, reportedVersion, type Manifest } from './manifest.js';
import { reportPath } from './ownFiles.js';
import { REPORT_NAME, SUMMARY_NAME, totalsOf, writeReportJson } from './report.js';
import { blankReport, exists, type Run } from './run.js';
import { sha256Of } from './settle.js';
import { writeSummaryWorkbook, type SummaryFile } from './summaryWorkbook.js';
import type { BatchFileReport, BatchReport } from './types.js';

/** Entries whose input and output are both gone are forgotten; the manifest is written. */
export async function forgetGone(run: Run, manifest: Manifest, files: Candidate[]): Promise<void> {
  const seen = new Set(files.map((f) => f.rel));
  for (const rel of manifest.keys()) {
    const e = manifest.get(rel)!;
    if (seen.has(rel)) continue;
    const inputThere = !isMovedKey(rel) && (await exists(fromRel(run.folder, rel)));
    const outputThere = !!e.output && (await exists(fromRel(run.outRoot, e.output)));
    if (!inputThere && !outputThere) manifest.delete(rel);
    else if (!inputThere && !e.movedTo && !isMovedKey(rel)) {
      // Moved by a run killed before it could record the move: found in the done folder by its content.
      const movedTo = await movedThere(run, rel, e.sha256);
      if (movedTo) manifest.set(rel, { ...e, movedTo });
    }
  }
  await saveManifest(run, manifest, true);
}

/** Where in the done folder an input of these bytes went (moveDone's name, or one of its -1, -2 … names), if anywhere. */
async function movedThere(run: Run, rel: string, sha256: string): Promise<string | undefined> {
  if (!run.doneRoot) return undefined;
  for (let n = 0; n < 100; n++) {
    const candidate = doneName(run.doneRoot, rel, n);
    if (!(await exists(candidate))) {
      if (n > 0) return undefined;
      continue;
    }
    if ((await sha256Of(candidate).catch(() => '')) === sha256) return candidate;
  }
  return undefined;
}

/** The run's report, written as batch-summary.xlsx and batch-report.json (a warning for each that cannot be). */
export async function writeRunReport(run: Run, found: Candidate[], results: Results, manifest: Manifest, versionOf?: (form: string) => Promise<string | null>): Promise<BatchReport> {
  const { recursive, formOption, force, jobs, settleMs, recheckMs } = run.settings;
  const files = found.map((f) => results.reports.get(f.rel)).filter((r): r is BatchFileReport => !!r);
  const reportFile = await ownReportFile(run, REPORT_NAME);
  const summaryFile = await ownReportFile(run, SUMMARY_NAME);
  const report: BatchReport = {
    tool: 'kpi', kind: 'batch-report', version: 1, folder: run.folder, out: run.outRoot, startedAt: run.startedAt,
    finishedAt: new Date(run.now()).toISOString(), durationMs: Math.round(performance.now() - run.t0),
    options: { recursive, form: formOption, force, jobs, settleMs, recheckMs, moveDone: run.doneRoot },
    totals: totalsOf(files), files, warnings: run.warnings, interrupted: run.aborted,
    reportFile, summaryFile,
  };
  // The definition each file would be graded with now: this run's --form, else the one it was graded with.
  const listed = await summaryList(files, results.summaries, manifest, run.folder, recursive, versionOf && ((form: string) => versionOf(run.settings.formOption ?? form)));
  try {
    await writeSummaryWorkbook(summaryFile, listed);
  } catch (err) {
    report.summaryFile = null;
    run.warn(`无法写入 ${summaryFile}(${(err as NodeJS.ErrnoException).code ?? err})`, true);
  }
  try {
    await writeReportJson(reportFile, report);
  } catch (err) {
    report.reportFile = null;
    run.warn(`无法写入 ${reportFile}(${(err as NodeJS.ErrnoException).code ?? err})`, true);
  }
  return report;
}

/** Where a report of the run goes; a warning when a user's file of that name is in the way (it is kept). */
async function ownReportFile(run: Run, name: string): Promise<string> {
  const { file, displaced } = await reportPath(run.outRoot, name);
  if (displaced) run.warn(`${displaced} 不是 kpi 写出的文件,未覆盖;本次的${name.endsWith('.json') ? '报告' : '汇总'}写到 ${file}`, false);
  return file;
}

/**
 * Exit code: what THIS run found. 1 when a file graded in this run has problems or failed, a run-level
 * trouble occurred (manifest/report not written, input not moved) or the run was interrupted; else 0.
 * Files skipped as unchanged count only when the run that graded them was killed before its report (their result is
 * reported for the first time now). Otherwise they never count, whatever their last status: a folder still holding last
 * night's broken or problem file exits 0 when nothing new came in, so cron does not mail the same
 * old problem every night. Those files are still listed in batch-report.json (status
 * 'skipped-unchanged', lastStatus, reason, problems) and in batch-summary.xlsx until fixed or removed.
 */
export function exitCodeOf(run: Run, report: BatchReport): 0 | 1 {
  // A result a killed run never reported is this run's to report (the file is unchanged, its problems are news).
  const late = (f: BatchFileReport) => f.status === 'skipped-unchanged' && f.unreported === true && (f.lastStatus === 'problems' || f.lastStatus === 'failed');
  const bad = report.files.some((f) => f.status === 'problems' || f.status === 'failed' || late(f));
  return bad || run.trouble || run.aborted ? 1 : 0;
}

/**
 * What batch-summary.xlsx lists: this run's result of every file, and the last result of every file
 * still there that this run did not grade (still being written, or in a sub-folder a run without -r
 * does not enter), marked as from an earlier run. A file's rows go only when the file is gone.
 */
async function summaryList(
  files: BatchFileReport[],
  summaries: Map<string, SummaryFile>,
  manifest: Manifest,
  folder: string,
  recursive: boolean,
  versionNow?: (form: string) => Promise<string | null>,
): Promise<SummaryFile[]> {
  const out: SummaryFile[] = [];
  const listed = new Set<string>();
  // A result of an earlier run graded under another definition (a weight changed since; the file moved to the done
  // folder, never to be regraded): said beside it, or the summary mixed two definitions' scores without a word.
  const definition = async (entry: ReturnType<Manifest['get']>): Promise<string> => {
    const then = entry?.formVersion ?? null;
    const form = entry?.form ?? entry?.formOption ?? null;
    if (!versionNow || then === null || form === null) return '';
    const now = await versionNow(form);
    if (now === null || now === then) return '';
    const [v, d] = [reportedVersion(then), reportedVersion(now)];
    return v === d ? `;当时的考核表定义(${v} 版)后来改过,这一行按改之前的定义评分` : `;当时按考核表定义 ${v} 版评分,现在是 ${d} 版`;
  };
  const earlier = async (rel: string, why: string): Promise<SummaryFile | null> => {
    // A failure stays listed too, with its reason (a night when every file was still settling dropped the failed ones).
    const e = lastResultOf(manifest.get(rel));
    if (!e) return null;
    const at = e.at.replace('T', ' ').slice(0, 16);
    return { file: rel, status: e.status, people: e.summary.people, problems: e.summary.problems, note: `${why};这是 ${at} UTC 那次运行的结果${await definition(manifest.get(rel))}` };
  };
  for (const f of files) {
    const s = summaries.get(f.file) ?? (f.status === 'skipped-settling' ? await earlier(f.file, '文件仍在写入,本次未评分') : null);
    if (s) {
      out.push(s);
      listed.add(f.file);
    }
  }
  const seen = new Set(files.map((f) => f.file));
  for (const rel of manifest.keys().sort()) {
    if (seen.has(rel) || listed.has(rel)) continue;
    // Moved to the done folder (--move-done) by kpi, not deleted: its result stays listed while the moved file is there
    // (an idle night's summary had lost the 1,388 people graded the night before).
    const moved = manifest.get(rel)?.movedTo;
    if (moved) {
      const s = (await exists(moved)) ? await earlier(rel, `已移到 ${moved}`) : null;
      if (s) out.push(isMovedKey(rel) ? { ...s, file: path.basename(moved) } : s);
      continue;
    }
    if (isMovedKey(rel) || !(await exists(fromRel(folder, rel)))) continue;
    const s = await earlier(rel, rel.includes('/') && !recursive ? '在子文件夹中,本次未加 -r' : '本次未评分');
    if (s) out.push(s);
  }
  return out;
}

/**
 * Files a killed run graded (and moved to the done folder) before it could report them: listed in this run's report
 * and summary with the result they got then, so no one's result goes unreported. The inputs still in the inbox are
 * listed anyway (as unchanged); these are the others.
 */
export function lateResults(run: Run, manifest: Manifest, found: Candidate[], results: Results): Candidate[] {
  const present = new Set(found.map((f) => f.rel));
  // The same content in the inbox under another name (renamed after the kill): reported there, its people once — listed
  // by both names they were counted twice (共 1528 人 for 1522, no word).
  const presentContent = new Set(found.map((f) => manifest.get(f.rel)?.sha256).filter((h): h is string => !!h));
  const late: Candidate[] = [];
  for (const rel of manifest.keys().sort()) {
    const e = manifest.get(rel)!;
    if (!e.unreported || present.has(rel) || isMovedKey(rel) || e.status === 'grading' || presentContent.has(e.sha256)) continue;
    const status = e.status as 'graded' | 'problems' | 'failed';
    const file: Candidate = { abs: fromRel(run.folder, rel), rel, size: e.size, mtimeMs: 0 };
    const at = e.at.replace('T', ' ').slice(0, 16);
    results.reports.set(rel, {
      ...blankReport(file), status, form: e.form, formVersion: reportedVersion(e.formVersion), people: e.people, bands: e.bands,
      problems: e.summary?.problems ?? [], output: e.output ? fromRel(run.outRoot, e.output) : null,
      ...(e.records !== undefined ? { records: e.records, groups: e.groups ?? [] } : {}),
      reason: `${at} UTC 那次运行在写出报告前被中断,这是那次的评分结果`, unreported: true, ...(e.movedTo ? { movedTo: e.movedTo } : {}),
    });
    if (e.summary && status !== 'failed') results.summaries.set(rel, { file: rel, status, ...e.summary, note: `上次运行被中断,这是 ${at} UTC 那次的结果` });
    late.push(file);
  }
  return late;
}

/** Every result is in a report now: the marks of the unreported go (saved with the manifest). */
export async function markReported(run: Run, manifest: Manifest): Promise<void> {
  let changed = false;
  for (const rel of manifest.keys()) {
    const e = manifest.get(rel)!;
    if (!e.unreported) continue;
    const { unreported: _done, ...rest } = e;
    manifest.set(rel, rest);
    changed = true;
  }
  if (changed) await saveManifest(run, manifest, true);
}
