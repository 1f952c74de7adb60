// Which files this run grades. A file still being written waits for the next run; a file the grader
// cannot even hash is failed; the rest are graded when the manifest says their content, output, form
// definition, options or kpi itself changed since they were last graded (whyGrade), else listed unchanged.
import { shellWord } from '../model/problems/fields.js';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Problem } from '../model/problem.js';
import { VERSION } from '../version.js';
import { problem } from '../model/problems/index.js';
import type { Candidate } from './discover.js';
import { fromRel } from './files.js';
import { whyGrade, type Fingerprint, type Manifest, type ManifestEntry } from './manifest.js';
import { blankReport, exists, type Run } from './run.js';
import { parseMonth } from '../engine/period.js';
import { byAge, recheckAndHash, type Settled } from './settle.js';
import type { BatchFileReport } from './types.js';

export interface Job {
  file: Candidate;
  sha256: string;
  /** When hashing began (Settled): a move to the done folder checks the file is still these bytes. */
  hashedAt: number;
  outputRel: string;
  previous: ManifestEntry | undefined;
  /** What is at the output (owned.ts claimOutputs). */
  state?: 'absent' | 'ours' | 'stranger';
  /** The output found to be kpi's, as it is on disk (owned.ts): what this grading's mark records as kpi's. */
  ours?: Fingerprint;
}

export interface Sorted {
  /** Every file after the settling checks, in discovery order. */
  checked: Settled[];
  toGrade: Job[];
  unchanged: { file: Candidate; entry: ManifestEntry; hashedAt: number }[];
  /** Reports of the files decided already: still settling, or unreadable. */
  reports: Map<string, BatchFileReport>;
}

export async function sortOut(
  run: Run,
  files: Candidate[],
  manifest: Manifest,
  plan: Map<string, string>,
  versionOf: (form: string) => Promise<string | null>,
): Promise<Sorted> {
  const { formOption, force, settleMs, recheckMs } = run.settings;
  const aged = byAge(files, run.now(), settleMs, manifest.settling);
  const { old, young } = aged;
  manifest.settling = aged.seen;
  const checked = [...young, ...(await recheckAndHash(old, recheckMs, undefined, run.options.signal))];
  const reports = new Map<string, BatchFileReport>();
  const toGrade: Job[] = [];
  const unchanged: Sorted['unchanged'] = [];
  for (const c of checked) {
    if (c.settled === false) {
      // Graded before (a file being written over): its standing result, as an unchanged file's, until it is graded again.
      const before = manifest.get(c.file.rel);
      const last = before && (before.status === 'graded' || before.status === 'problems' || before.status === 'failed') ? before : null;
      const output = last && last.status !== 'failed' && last.output ? { output: fromRel(run.outRoot, last.output) } : {};
      reports.set(c.file.rel, { ...blankReport(c.file), status: 'skipped-settling', reason: c.reason, ...(last ? { lastStatus: last.status as 'graded' | 'problems' | 'failed', ...output } : {}) });
      continue;
    }
    // Deleted or renamed since the folder was listed (a user tidying the inbox during the re-check): nothing to grade,
    // no failure (it was 「失败」 and exit 1, a cron mail for a file moved on purpose); a new name is graded next run.
    if (c.settled === 'error' && c.reason.kind === 'missing') {
      reports.set(c.file.rel, { ...blankReport(c.file), status: 'skipped-settling', reason: '文件在检查时不见了(删除或改了名),本次未评分' });
      continue;
    }
    if (c.settled === 'error') {
      const failure = problem('file-unreadable', { name: c.file.rel, case: 'changed-during-batch', reason: c.reason }, { file: c.file.abs });
      if (c.reason.kind === 'denied' && unreadableAgain(run, c.file, manifest, failure, reports)) continue;
      reports.set(c.file.rel, { ...blankReport(c.file), status: 'failed', problems: [failure] });
      continue;
    }
    const outputRel = plan.get(c.file.rel)!;
    const entry = manifest.get(c.file.rel);
    const current = {
      sha256: c.sha256, output: outputRel, formOption, outputExists: true, formVersion: entry?.formVersion ?? null,
      maxSize: run.options.maxSize ?? null, grader: VERSION,
    };
    // The cheap checks first; the output's presence and the definition's version only when they decide.
    let why = whyGrade(entry, current, force);
    if (!why) {
      current.outputExists = await exists(fromRel(run.outRoot, outputRel));
      current.formVersion = entry?.form || formOption ? await versionOf(formOption ?? entry!.form!) : null;
      why = whyGrade(entry, current, force);
    }
    if (why) toGrade.push({ file: c.file, sha256: c.sha256, hashedAt: c.hashedAt, outputRel, previous: entry });
    else unchanged.push({ file: c.file, entry: entry!, hashedAt: c.hashedAt });
  }
  return { checked, toGrade, unchanged, reports };
}

/**
 * A file kpi may not read (its permissions) fails alike every night: remembered as failed under a stamp of its
 * listing (it cannot be hashed), so that while it stays as it is it is listed as an unchanged failure — reported
 * once, not each night with exit 1 (cron mailed it every night). true when it was listed unchanged.
 */
function unreadableAgain(run: Run, file: Candidate, manifest: Manifest, failure: Problem, reports: Map<string, BatchFileReport>): boolean {
  const stamp = createHash('sha256').update(`unreadable\u0000${file.size}\u0000${file.mtimeMs}\u0000${file.ctimeMs ?? ''}`).digest('hex');
  const entry = manifest.get(file.rel);
  const { formOption, force } = run.settings;
  if (!force && entry?.status === 'failed' && entry.sha256 === stamp && entry.grader === VERSION && entry.formOption === formOption) {
    const reason = `上次评分失败,文件未变化:${entry.reason ?? failure.message}`;
    reports.set(file.rel, { ...blankReport(file), status: 'skipped-unchanged', lastStatus: 'failed', reason, problems: [failure] });
    run.emit({ type: 'file-skipped', file: file.rel, status: 'skipped-unchanged', reason });
    return true;
  }
  // Its output stays its own (a file graded before, unreadable for a night): readable again, it is written over, not
  // kept as a stranger's with a -2 copy beside it.
  const owned = entry?.output ? { output: entry.output, ...(entry.written ? { written: entry.written } : {}) } : { output: null };
  manifest.set(file.rel, {
    sha256: stamp, size: file.size, form: null, formVersion: null, formOption, status: 'failed', people: 0, bands: {},
    at: new Date(run.now()).toISOString(), reason: failure.message, grader: VERSION, ...owned,
  });
  return false;
}

/**
 * Whether some file is sure to be graded, judged before the re-check pause and the hashing (not young, and new
 * to the manifest, not the size it was, left unfinished, to be retried, graded by another kpi, or --force). The worker threads take a
 * second or more to load the grader: runBatch starts them meanwhile when this says so, and only then.
 */
export function someSurelyGraded(run: Run, files: Candidate[], manifest: Manifest): boolean {
  const { force, settleMs } = run.settings;
  const now = run.now();
  return files.some((f) => {
    if (settleMs > 0 && now - f.mtimeMs < settleMs) return false;
    const e = manifest.get(f.rel);
    return force || !e || e.size !== f.size || e.status === 'grading' || (e.status === 'failed' && e.retry === true) || e.grader !== VERSION;
  });
}

/**
 * Byte-identical files (「m - 副本.xlsx」 beside m.xlsx) are each graded, so their people are counted twice in the
 * totals and batch-summary.xlsx: said once per set of copies, as `kpi score` says it. Serious (exit 1) when one of
 * them is graded in this run; an old set skipped as unchanged is still listed, without changing the exit code.
 */
export function warnCopies(run: Run, sorted: Sorted, reports: ReadonlyMap<string, BatchFileReport>): void {
  const bySha = new Map<string, string[]>();
  const graded = new Set(sorted.toGrade.map((j) => j.file.rel));
  // Copies that could not be graded (two identical .et files) put nobody in the totals twice.
  const counted = (rel: string) => {
    const r = reports.get(rel);
    return !r || (r.status !== 'failed' && !(r.status === 'skipped-unchanged' && r.lastStatus === 'failed'));
  };
  for (const c of sorted.checked) {
    if (c.settled !== true || !counted(c.file.rel)) continue;
    const same = bySha.get(c.sha256);
    if (same) same.push(c.file.rel);
    else bySha.set(c.sha256, [c.file.rel]);
  }
  for (const files of bySha.values()) {
    if (files.length < 2) continue;
    const named = files.length === 2 ? `${files[0]} 和 ${files[1]}` : `${files.slice(0, 5).join('、')}${files.length > 5 ? ` 等 ${files.length} 个文件` : ''}`;
    const what = files.length === 2 ? '两份都评了分' : `${files.length} 份都评了分`;
    run.warn(`${named} 内容完全相同(同一份表复制了${files.length === 2 ? '两' : '多'}份?),${what},汇总和人数里这些人算了不止一次;请只留一份`, files.some((f) => graded.has(f)));
  }
}

export interface RaterCopy {
  rel: string;
  form: string;
  rater: string;
  period: string;
  /** The rater is a group several people fill (同事评, 面试官): two copies of it are two ratings. */
  several?: boolean;
}

/**
 * Copies of one form and month that different raters filled (主管评's, 同事评's), side by side in a folder: batch
 * grades each file alone, so each total has only its own rater's marks. Said, with the command that combines them.
 * `earlier`: copies graded by earlier runs and still in the folder (unchanged): copies arrive on different nights,
 * and a 主管's copy graded alone beside its peers' must not pass at exit 0. Serious when a copy was graded this run.
 */
export function warnRaterCopies(run: Run, copies: readonly RaterCopy[], earlier: readonly RaterCopy[] = []): void {
  const sets = new Map<string, { copy: RaterCopy; now: boolean }[]>();
  for (const [list, now] of [[copies, true], [earlier, false]] as const) {
    for (const c of list) {
      // (「2026年3月」 beside 「2026-03」 is one month, as kpi score combines them.)
      const key = [path.posix.dirname(c.rel), c.form, c.period ? (parseMonth(c.period) ?? c.period) : c.period].join('\u0000');
      sets.set(key, [...(sets.get(key) ?? []), { copy: c, now }]);
    }
  }
  for (const unsorted of sets.values()) {
    // Several raters' copies: of two groups or more, or two of a group several people fill (two 面试官).
    const several = unsorted.length > 1 && unsorted.some((c) => c.copy.several);
    if (new Set(unsorted.map((c) => c.copy.rater)).size < 2 && !several) continue;
    // In the order of the folder, not of the workers that finished them.
    const set = [...unsorted].sort((a, b) => (a.copy.rel < b.copy.rel ? -1 : a.copy.rel > b.copy.rel ? 1 : 0));
    const names = set.map(({ copy: c, now }) => `${c.rel}(${c.rater}${now ? '' : ',以前评过'})`).join('、');
    // A rater who is one person with two copies (a roster and its CSV, both 主管评): combined as they are, every person
    // would be refused as rated twice — said first, the command after.
    const twice = [...new Set(set.filter(({ copy: c }) => !c.several && set.filter((x) => x.copy.rater === c.rater).length > 1).map(({ copy: c }) => c.rater))];
    const advice = twice.length
      ? `请先让${twice.map((r) => `「${r}」`).join('、')}只留一份,再合并评分:kpi score <各份>(或把它们放在一个文件夹里用 kpi score 文件夹 --combine)`
      : `请合并评分:kpi score ${set.map((c) => shellWord(path.posix.basename(c.copy.rel))).join(' ')}`;
    run.warn(`${names} 是同一个月几位评分人各填的一份,批量评分逐个评分、不合并:各份的总分只含本份评分人的评分。${advice}`, set.some((c) => c.now));
  }
}

/** Rater copies among the files listed unchanged (their entries say so). */
export function earlierRaterCopies(sorted: Sorted): RaterCopy[] {
  return sorted.unchanged.flatMap(({ file, entry }) =>
    entry.raterCopy && entry.form && entry.status !== 'failed' ? [{ rel: file.rel, form: entry.form, ...entry.raterCopy }] : [],
  );
}

