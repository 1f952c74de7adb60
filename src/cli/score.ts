import path from 'node:path';
import { gradeInWorker } from './gradeInWorker.js';
import { distinctFiles } from '../io/expandInputs.js';
import { countProblems, type GradeOptions, type GradeReport } from '../io/outcome.js';
import type { Problem } from '../model/problem.js';
import { CONSOLE_PROBLEM_LIMIT } from './renderProblems.js';
import { problemJson, writeScoreJson } from './json.js';
import { MESSAGES, type Messages } from './messages.js';
import { EXIT, type Output } from './output.js';
import { parseLimits } from './limits.js';
import { checkXlsxOutput } from './outputPath.js';
import { CONSOLE_ENDS, CONSOLE_PEOPLE_LIMIT, renderScore } from './renderScore.js';
import type { RunMode } from './options.js';
import { interruptedJson, stoppedLine } from './signals.js';

export interface ScoreFlags {
  form?: string;
  output?: string;
  force?: boolean;
  json?: boolean;
  /** Bytes (parsed by options.ts). */
  maxSize?: number;
  encoding?: string;
  dryRun?: boolean;
  verbose?: boolean;
  all?: boolean;
  pay?: string;
  includeHidden?: boolean;
  limit?: string[];
  combine?: boolean;
  period?: string;
  data?: string;
  previous?: string;
}

export async function scoreCommand(
  o: Output,
  fileOrFiles: string | string[],
  flags: ScoreFlags,
  t: Messages = MESSAGES.zh,
  mode: RunMode = { gradeOnThisThread: false },
): Promise<number> {
  // The same file named twice is one input (with a note), not two raters' copies.
  const given = await distinctFiles(Array.isArray(fileOrFiles) ? fileOrFiles : [fileOrFiles]);
  const files = given.files;
  const file = files[0]!;
  checkXlsxOutput(flags.output, t);
  const limits = parseLimits(flags.limit, t);
  const options: GradeOptions = {
    form: flags.form,
    output: flags.dryRun ? null : flags.output,
    force: flags.force,
    maxSize: flags.maxSize,
    encoding: flags.encoding,
    pay: flags.pay,
    ...(flags.data ? { data: flags.data } : {}),
    includeHidden: flags.includeHidden,
    limits,
    ...(flags.period?.trim() ? { period: flags.period.trim() } : {}),
    ...(flags.previous ? { previous: flags.previous } : {}),
  };
  // Several files (or a folder with --combine): copies of one form filled by different raters, one result per person.
  const outcome =
    files.length > 1 || flags.combine
      ? await import('../io/combineRaters.js').then((m) => m.gradeCombined(files, options))
      : mode.gradeOnThisThread
        ? await import('../io/grade.js').then((m) => m.gradeFile(file, options))
        : await gradeInWorker(
            file,
            flags.json || flags.all ? options : { ...options, digest: { limit: CONSOLE_PEOPLE_LIMIT, ends: CONSOLE_ENDS, problems: CONSOLE_PROBLEM_LIMIT } },
            (signal, removed) => {
              o.err(stoppedLine(signal, removed));
              if (flags.json) o.out(interruptedJson(signal, removed));
            },
            flags.json ? { notes: given.notes, write: (text) => o.write('out', text) } : undefined,
          );
  if (!outcome.ok) {
    // A --form definition with mistakes: all of them, as `kpi forms my.json` lists them (the first alone hid the
    // 「lable(拼写错误?)」 behind the 「缺少必填字段 label」 it causes).
    const all =
      outcome.failure.code === 'definition-invalid' && flags.form
        ? await import('../forms/load.js').then(async (m) => {
            const loaded = await m.loadAnyForm(flags.form!);
            return loaded.ok ? [outcome.failure] : loaded.problems;
          })
        : [outcome.failure];
    // A folder given alone: what kpi does with folders is another option or command — said, not just 「不是文件」 (in
    // --json's message too: scripts show it to someone).
    // Not a folder given as --pay, --data or --previous: the advice is the input's.
    const folder = files.length === 1 && !flags.combine && (all[0]!.params as { reason?: { kind?: string } } | undefined)?.reason?.kind === 'folder' && (!all[0]!.file || path.resolve(all[0]!.file) === path.resolve(files[0]!));
    const hint = folder ? '(文件夹里几份评分人表要合并评分请加 --combine;给文件夹里每个文件分别评分请用 kpi batch <文件夹>)' : '';
    const said = all.map((p) => (hint ? { ...p, message: `${p.message}${hint}` } : p));
    if (flags.json) o.out(JSON.stringify({ error: problemJson(said[0]!), ...(said.length > 1 ? { errors: said.map(problemJson) } : {}) }, null, 2));
    for (const p of said) o.err(`kpi: ${p.message}`);
    return EXIT.cannotRun;
  }
  const report = given.notes.length ? withNotes(outcome.report, given.notes) : outcome.report;
  // The worker wrote --json itself when it graded (gradeInWorker).
  const written = 'jsonWritten' in outcome && outcome.jsonWritten;
  if (flags.json) {
    if (!written) writeScoreJson((text) => o.write('out', text), report);
  } else renderScore(o, report, { verbose: flags.verbose ?? false, all: flags.all ?? false });
  return (report.problemsCut?.errors ?? 0) > 0 || report.problems.some((p) => p.severity === 'error') ? EXIT.problems : EXIT.ok;
}

/** The report with the command line's notes before its problems, counted with them when the worker sent only the first. */
function withNotes(report: GradeReport, notes: Problem[]): GradeReport {
  const cut = report.problemsCut;
  const added = countProblems(notes);
  return {
    ...report,
    problems: [...notes, ...report.problems],
    ...(cut ? { problemsCut: { total: cut.total + added.total, errors: cut.errors + added.errors, warnings: cut.warnings + added.warnings } } : {}),
  };
}
