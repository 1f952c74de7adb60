// The files a command line names: files as they are, and the forms inside folders (not recursive) — for raters'
// copies scored together (combineRaters.ts) and for months rolled up (rollup).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { inputStem, isInputName } from './formats/names.js';
import { gradedMarksOf, type GradedMarks } from './graded/marks.js';
import { kpiReportOf } from './ownWorkbook.js';

/** A graded output: march.graded.xlsx, and march.graded-2.xlsx when that was graded again. */
const GRADED = /\.graded(?:-\d+)?\.xlsx$/i;
/** kpi's own outputs that are not forms to read: roll-ups, batch summaries, raters' copies scored together. */
const OWN_OUTPUT = /(\.rollup\.xlsx|\.combined\.graded\.xlsx|^batch-summary\.xlsx)$/i;

/**
 * The input a graded output was written for, as its stem: march.graded.xlsx, and the names kpi batch gives when two
 * inputs share one (march.xlsx.graded.xlsx) or an output was kept (三月.xlsx-2.graded.xlsx).
 */
function gradedStem(name: string): string {
  const base = name.replace(GRADED, '').replace(/(\.(?:xlsx|xlsm|csv|xls|txt|htm|html))-\d+$/i, '$1');
  return (/\.(?:xlsx|xlsm|csv|xls|txt|htm|html)$/i.test(base) ? inputStem(base) : base).toLowerCase();
}

/** A graded output passed over in a folder for the input beside it (march.graded.xlsx beside march.xlsx). */
export interface GradedCopy {
  graded: string;
  /** The input it was graded from, or (newer) a later grading of the same input. */
  input: string;
  newer?: true;
}

/**
 * Files named on the command line, and the forms inside folders (not recursive). `skipGraded`: a workbook in a folder
 * that kpi graded, whatever its name (a combined result saved as 三月结果.xlsx), is passed over with a note — raters'
 * copies are never graded workbooks; a roll-up of months reads those.
 */
export async function expandInputs(
  args: readonly string[],
  /** sideFiles: files given by --pay, --data or --previous, passed over in a folder (said) and kept when named alone. */
  options: { skipGraded?: boolean; sideFiles?: ReadonlyArray<{ file: string; flag: '--pay' | '--data' | '--previous' }> } = {},
): Promise<{ ok: true; files: string[]; notes: Problem[]; gradedCopies: GradedCopy[]; inFolders: Set<string> } | { ok: false; failures: Problem[] }> {
  const files: string[] = [];
  const inFolders = new Set<string>();
  const notes: Problem[] = [];
  const gradedCopies: GradedCopy[] = [];
  const failures: Problem[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (!stat) {
      failures.push(problem('file-unreadable', { name: arg, case: 'path-missing' }, { file: arg }));
      continue;
    }
    if (!stat.isDirectory()) {
      // kpi's own graded results among several files named (`kpi score *.xlsx` again): passed over as in a folder — read as
      // a second 主管's copy, everyone was refused; a combined result stopped the run (exit 2).
      const name = path.basename(arg);
      // (A graded copy whose input is not named is that rater's copy, read — review: 同事.graded.xlsx sent alone was dropped,
      // the 同事's 10 % spread to the 主管: 88.00 for 86.50.)
      const inputNamed = GRADED.test(name) && args.some((a) => a !== arg && !GRADED.test(path.basename(a)) && path.dirname(path.resolve(a)) === path.dirname(path.resolve(arg)) && inputStem(path.basename(a)).toLowerCase() === gradedStem(name));
      if (options.skipGraded && args.length > 1 && (OWN_OUTPUT.test(name) || inputNamed)) {
        notes.push(problem('graded-in-folder', { name, input: null }, { file: arg }));
        continue;
      }
      files.push(arg);
      continue;
    }
    const sides = await Promise.all((options.sideFiles ?? []).map(async (x) => ({ ...x, real: await fs.realpath(x.file).catch(() => path.resolve(x.file)) })));
    const entries = await fs.readdir(arg, { withFileTypes: true });
    const all = entries.filter((e) => !e.isDirectory()).map((e) => e.name).filter((n) => isInputName(n) && !n.startsWith('.') && !n.startsWith('~$')).sort();
    // Copies kpi would not read, said (the peers' copies in a subfolder 同事/, a copy saved as .ods or .et were left out
    // without a word, their weight spread to the other raters at exit 0): an error among raters' copies.
    const unread = await unreadInFolder(arg, entries);
    if (unread) notes.push(problem('folder-unread', { folder: path.basename(path.resolve(arg)), ...unread }, { file: arg }, { severity: options.skipGraded ? 'error' : 'warning' }));
    // kpi's own combined result among the raters' copies: passed over, and said (README: 给出提示), as a renamed one is.
    if (options.skipGraded) for (const n of all.filter((x) => /\.combined\.graded\.xlsx$/i.test(x))) notes.push(problem('graded-in-folder', { name: n, input: null }, { file: path.join(arg, n) }));
    const names = all.filter((n) => !OWN_OUTPUT.test(n));
    const stems = new Set(names.filter((n) => !GRADED.test(n)).map((n) => inputStem(n).toLowerCase()));
    const graded = new Map<string, GradedMarks>();
    if (options.skipGraded) for (const n of names.filter((x) => /\.xlsx$/i.test(x))) {
      const marks = await gradedMarksOf(path.join(arg, n));
      if (marks) graded.set(n, marks);
    }
    const latest = latestRegrades(names.filter((n) => GRADED.test(n) && !stems.has(gradedStem(n))));
    for (const n of names) {
      const real = sides.length ? await fs.realpath(path.join(arg, n)).catch(() => path.resolve(arg, n)) : '';
      const side = sides.find((x) => x.real === real);
      if (side) {
        notes.push(problem('side-file-in-folder', { name: n, flag: side.flag }, { file: path.join(arg, n) }));
        continue;
      }
      // A roll-up or batch summary kpi wrote under a name of the user's (-o): told by its keywords, passed over.
      // (A combined result is said below, by its marks: it may have been taken for a rater's copy.)
      const report = /\.xlsx$/i.test(n) && !GRADED.test(n) ? await kpiReportOf(path.join(arg, n)) : null;
      if (report && report !== 'combined') continue;
      const marks = graded.get(n) ?? null;
      const input = marks?.input ? names.find((x) => x === marks.input && x !== n) ?? renamedInput(marks.input, names.filter((x) => x !== n && !graded.has(x))) : undefined;
      // A rater's graded copy whose input is not in the folder (主管-张经理-终.xlsx, corrected in the result and renamed,
      // the original kept elsewhere) is that rater's copy, read as when named: passed over, everyone was refused for
      // lacking 主管评 — by name 林娜 78.75 良好. A combined result never is a copy.
      const combinedResult = marks && !input ? (report ?? (await kpiReportOf(path.join(arg, n)))) === 'combined' : false;
      if (marks && (input || combinedResult)) {
        notes.push(problem('graded-in-folder', { name: n, input: marks.input }, { file: path.join(arg, n) }));
        // Beside the copy it is the result of: compared by the caller (a result corrected since is not that copy's).
        if (input) gradedCopies.push({ graded: path.join(arg, n), input: path.join(arg, input) });
        continue;
      }
      // march.xlsx beside march.graded.xlsx: the same month twice; the input is the one to trust.
      if (GRADED.test(n) && stems.has(gradedStem(n))) {
        notes.push(problem('month-duplicate', { case: 'graded-copy', name: n }, { file: path.join(arg, n) }, { severity: 'info' }));
        const input = names.find((x) => !GRADED.test(x) && inputStem(x).toLowerCase() === gradedStem(n));
        if (input) gradedCopies.push({ graded: path.join(arg, n), input: path.join(arg, input) });
        continue;
      }
      // march.graded.xlsx beside march.graded-2.xlsx (the result corrected and graded again, its input moved away): one
      // month graded twice, not two files of it; the latest is used, the earlier compared with it by the caller.
      const newer = latest.get(regradeStem(n));
      if (GRADED.test(n) && newer && newer !== n) {
        notes.push(problem('month-duplicate', { case: 'graded-copy', name: n, newer }, { file: path.join(arg, n) }, { severity: 'info' }));
        gradedCopies.push({ graded: path.join(arg, n), input: path.join(arg, newer), newer: true });
        continue;
      }
      files.push(path.join(arg, n));
      inFolders.add(path.join(arg, n));
    }
    if (names.length === 0) failures.push(problem('file-unreadable', { name: arg, case: 'folder-without-forms' }, { file: arg }));
  }
  if (failures.length) return { ok: false, failures };
  return { ok: true, files, notes, gradedCopies, inFolders };
}


/**
 * The input a graded copy was written for, renamed since: 主管.xlsx kept as 主管-3月.xlsx (or 主管_终, 主管(1)) beside its
 * 主管.graded.xlsx. Read as a second 主管's copy, the graded one refused everyone (rater-duplicate, exit 1) where the
 * copies give 林娜 92.75 优秀. Only a name that adds to the recorded one: 同事-王五.xlsx is not 同事-李四.xlsx renamed, and a
 * renamed graded copy with no such file (主管-张经理-终.xlsx, its 主管-张经理.xlsx elsewhere) is read as that rater's.
 */
function renamedInput(recorded: string, others: readonly string[]): string | undefined {
  const stem = inputStem(recorded).toLowerCase();
  // (Not a name adding a rater — 考核表-同事-李四.xlsx beside the 主管's 考核表.graded.xlsx is a peer's copy, and taken for the
  // 主管's renamed input the graded copy was passed over, everyone refused for lacking 主管评 — nor one of several such.)
  const found = others.filter((x) => {
    const other = inputStem(x).toLowerCase();
    const added = other.slice(stem.length);
    return other.length > stem.length && other.startsWith(stem) && /^[-_\s.(（【\[·—]/.test(added) && !otherRaterAdded(stem, added);
  });
  return found.length === 1 ? found[0] : undefined;
}

/** Words naming a rater group in a file's name: 主管 (经理, 上级 …), 同事, 客户, 自评, 面试官. */
const RATER_GROUPS = [/(主管|上级|领导|经理|组长)/, /(同事|互评|他评)/, /(客户|顾客)/, /(自评|本人|员工)/, /面试官/];

/**
 * The name adds a rater group other than the recorded input's own: 「-同事-李四」 after 考核表 is a peer's copy; 「-经理审核」
 * or 「-张主管」 after 主管 is the 主管's still (review: such a renamed input refused everyone, the graded copy read as a
 * second 主管's).
 */
function otherRaterAdded(stem: string, added: string): boolean {
  const own = raterGroupsNamed(stem);
  return [...raterGroupsNamed(added)].some((g) => !own.has(g));
}

/**
 * The rater groups a file's name names: by a part of it (between dashes, brackets, spaces) that is the group's word with at
 * most a few characters more — 「主管」, 「张主管」, 「客户评」, 「经理审核」. Words inside a form's title are not: 客户 in
 * 「客户服务考核表」, 员工 in 「员工绩效考核表」 (review: the 主管's 客户服务考核表.graded.xlsx took 「-客户评」 for its
 * own group, the customer's copy for its renamed input, and refused everyone).
 */
function raterGroupsNamed(name: string): Set<number> {
  const groups = new Set<number>();
  for (const part of name.split(/[-_\s.(（)）【】\[\]·—]+/u)) {
    RATER_GROUPS.forEach((g, i) => {
      const m = g.exec(part);
      // (Not a title's: 员工考核表, 客户评价表 — the rest a kind of 表.)
      if (m && part.length - m[0].length <= 3 && !part.endsWith('表')) groups.add(i);
    });
  }
  return groups;
}

/**
 * What `kpi score` grades again names alike: march.graded.xlsx, march.graded-2.xlsx. Not kpi batch's names for the next
 * month's result of an input of the same name (考核表.xlsx-2.graded.xlsx): those are other months, each rolled up.
 */
function regradeStem(name: string): string {
  return name.replace(/\.graded(?:-\d+)?\.xlsx$/i, '').toLowerCase();
}

/** Of graded outputs without their input, the latest of each input's (march.graded-3 over march.graded-2 over march.graded). */
function latestRegrades(graded: readonly string[]): Map<string, string> {
  const number = (n: string) => Number(/\.graded-(\d+)\.xlsx$/i.exec(n)?.[1] ?? 1);
  const latest = new Map<string, string>();
  for (const n of graded) {
    const stem = regradeStem(n);
    const was = latest.get(stem);
    if (!was || number(n) > number(was)) latest.set(stem, n);
  }
  return latest;
}

/**
 * The files named on a command line, each once: `kpi score a.xlsx a.xlsx` (or ./a.xlsx and a link to it) is one input,
 * not two raters' copies — read as two, a one-rater form could not be combined and a form of several raters found
 * every person short of raters. Files are the same when their real paths are; those that do not exist are kept
 * as given (the reader says so).
 */
export async function distinctFiles(args: readonly string[], inFolders: ReadonlySet<string> = new Set()): Promise<{ files: string[]; notes: Problem[] }> {
  const first = new Map<string, { arg: string; times: number; folder: boolean }>();
  const files: string[] = [];
  for (const arg of args) {
    const key = await fs.realpath(arg).catch(() => path.resolve(arg));
    const seen = first.get(key);
    if (seen) {
      seen.times++;
      // Named once and found again in a folder named too: not 「given twice on the command line」.
      seen.folder ||= inFolders.has(arg);
      continue;
    }
    first.set(key, { arg, times: 1, folder: inFolders.has(arg) });
    files.push(arg);
  }
  const notes = [...first.values()]
    .filter((f) => f.times > 1)
    .map((f) => problem('input-twice', { name: f.arg, times: f.times, ...(f.folder ? { folder: true as const } : {}) }, { file: f.arg }));
  return { files, notes };
}

const ARCHIVE = /^(归档|存档|备份|旧|旧表|历史|往月|上月|已完成|已评分|old|archive|archived|backup|bak|done|history)/i;

/** Spreadsheets of formats kpi does not read (saved from LibreOffice, WPS, Numbers). */
const OTHER_SHEETS = /\.(ods|et|ett|numbers|xlsb|wps|fods)$/i;

/** Subfolders holding forms (one level down), and spreadsheets kpi does not read, in a folder; null when none. */
async function unreadInFolder(folder: string, entries: ReadonlyArray<{ name: string; isDirectory(): boolean }>): Promise<{ subfolders: string[]; others: string[] } | null> {
  const others = entries.filter((e) => !e.isDirectory() && OTHER_SHEETS.test(e.name) && !e.name.startsWith('.') && !e.name.startsWith('~$')).map((e) => e.name).sort();
  const subfolders: string[] = [];
  for (const e of entries) {
    // (An archive of earlier months — 归档/, old/, 备份/ — is where copies go when done with.)
    if (!e.isDirectory() || e.name.startsWith('.') || ARCHIVE.test(e.name)) continue;
    const inside = await fs.readdir(path.join(folder, e.name)).catch(() => [] as string[]);
    if (inside.some((n) => (isInputName(n) || OTHER_SHEETS.test(n)) && !n.startsWith('.') && !n.startsWith('~$') && !GRADED.test(n) && !OWN_OUTPUT.test(n))) subfolders.push(e.name);
  }
  subfolders.sort();
  return subfolders.length || others.length ? { subfolders, others } : null;
}
