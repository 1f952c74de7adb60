// `kpi rollup`: months of one form into a quarter or a year, written as a workbook. No terminal code.
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { type Problem } from '../../model/problem.js';
import { problem } from '../../model/problems/index.js';
import type { DistributionLimitDef, FormDef } from '../../model/definition.js';
import { periodOf, type PeriodKind } from '../../engine/period.js';
import { rollupMonths, type RollupResult } from '../../engine/rollup.js';
import { writeFileAtomic } from '../atomic.js';
import { fileOnPath, outputFailure, unknownBandProblem } from '../gradeSteps.js';
import { checkDistribution, effectiveLimits, unknownLimitBands, type Breach } from '../../engine/distribution.js';
import { departmentsWrittenTwoWays } from '../../engine/departmentNames.js';
import { expandInputs, readMonths, type Failed } from './readMonths.js';
import { distinctFiles } from '../expandInputs.js';
import { rollupWorkbook } from './workbook.js';
import { addLineChart } from './chart.js';

export interface RollupOptions {
  period?: PeriodKind;
  form?: string;
  months?: ReadonlyMap<string, string>;
  /** Output workbook; absent = <form>.<period>.rollup.xlsx beside the first file; null = write nothing. */
  output?: string | null;
  force?: boolean;
  maxSize?: number;
  /** Hidden sheets read too (kpi score --include-hidden). */
  includeHidden?: boolean;
  /** 强制分布 limits given on the command line, over the definition's. */
  limits?: DistributionLimitDef[];
}

export interface RollupReport {
  form: FormDef;
  /** Each month's file; `copies`: the raters' copies scored together that month (file is the first); `parts`: the files
   * of the month with nobody in common (one a person or a team), taken together as the month (file is the first). */
  files: { file: string; month: string; copies?: string[]; parts?: string[] }[];
  result: RollupResult;
  output: string | null;
  /** Every problem: the months' own (errors and warnings) and the roll-up's. */
  problems: Problem[];
  /** 强制分布 of the period bands. */
  distribution?: { limits: DistributionLimitDef[]; breaches: Breach[] };
}

export type RollupOutcome = { ok: true; report: RollupReport } | Failed;

export async function rollupFiles(args: readonly string[], options: RollupOptions = {}): Promise<RollupOutcome> {
  const expanded = await expandInputs(args);
  if (!expanded.ok) return expanded;
  // One file named twice (or named and in a folder named) is one month, with a note: not two files of one month.
  const given = await distinctFiles(expanded.files, expanded.inFolders);
  // --month for a file not among them (a typo, another case): not ignored, or the month it meant is 「unknown」.
  const months = [...(options.months ?? [])];
  for (const [key, value] of months) {
    if (!given.files.some((f) => path.resolve(f) === key || path.basename(f) === key)) {
      return { ok: false, failures: [problem('month-unknown', { case: 'flag-no-file', name: key, value, files: given.files.map((f) => path.basename(f)) }, {})] };
    }
  }
  // One file given two months under two spellings (a.xlsx and ./a.xlsx): the path's won without a word.
  for (const f of given.files) {
    const values = [...new Set(months.filter(([key]) => path.resolve(f) === key || path.basename(f) === key).map(([, v]) => v))];
    if (values.length > 1) return { ok: false, failures: [problem('month-unknown', { case: 'flag-twice', name: path.basename(f), values }, { file: f })] };
  }
  const read = await readMonths(given.files, { form: options.form, months: options.months, maxSize: options.maxSize, includeHidden: options.includeHidden, gradedCopies: expanded.gradedCopies });
  if (!read.ok) return read;
  const period = choosePeriod(read.months.map((m) => ({ file: m.file, month: m.month })), options.period);
  if (!period.ok) return period;
  const limits = effectiveLimits(read.form, options.limits);
  const unknownBands = unknownLimitBands(read.form, limits);
  if (unknownBands.length) return { ok: false, failures: [unknownBandProblem(read.form, unknownBands)] };
  const result = rollupMonths(read.form, period.period, read.months);
  // The period figures are what a quarter's 强制分布 is about; each month's own file is checked by kpi score.
  const distribution = checkDistribution(read.form, limits, result.people);
  // Each month's department as that month's file wrote it: 客服一组 in March and 客服1组 in April are two departments.
  const inMonths = result.people.flatMap((p) => [...Object.values(p.months).map((m) => m?.department ?? ''), p.department].map((department) => ({ name: p.name, department })));
  const problems = [...expanded.notes, ...given.notes, ...read.problems, ...result.problems, ...distribution.problems, ...departmentsWrittenTwoWays(inMonths, 'months', {}, read.form)];
  const files = [...read.months].sort((a, b) => a.month.localeCompare(b.month)).map((m) => ({ file: m.file, month: m.month, ...(m.copies ? { copies: m.copies } : {}), ...(m.parts ? { parts: m.parts } : {}) }));
  const output =
    options.output === null ? null : path.resolve(options.output ?? path.join(path.dirname(files[0]!.file), `${read.form.id}.${period.period}.rollup.xlsx`));
  const report: RollupReport = { form: read.form, files, result, output, problems, ...(limits.length ? { distribution: { limits, breaches: distribution.breaches } } : {}) };
  if (output) {
    const refused = await refuseOutput(output, given.files, options.force ?? false);
    if (refused) return { ok: false, failures: [refused] };
    const { workbook, chart } = rollupWorkbook(read.form, result, files, problems);
    try {
      await writeFileAtomic(output, async (tmp) => {
        const written = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
        await fs.writeFile(tmp, chart ? await addLineChart(written, chart) : Buffer.from(written));
      }, { overwrite: options.force ?? false });
    } catch (err) {
      return { ok: false, failures: [outputFailure(output, err)] };
    }
  }
  return { ok: true, report };
}

/** The period the months make: --period, else a quarter when they fit in one, else their year. */
function choosePeriod(months: { file: string; month: string }[], kind: PeriodKind | undefined): { ok: true; period: string } | Failed {
  const sorted = [...months].sort((a, b) => a.month.localeCompare(b.month));
  const kinds: PeriodKind[] = kind ? [kind] : ['quarter', 'year'];
  for (const k of kinds) {
    const first = periodOf(sorted[0]!.month, k);
    if (sorted.every((m) => periodOf(m.month, k) === first)) return { ok: true, period: first };
  }
  const k = kind ?? 'year';
  const first = periodOf(sorted[0]!.month, k);
  const outside = sorted.filter((m) => periodOf(m.month, k) !== first);
  return {
    ok: false,
    failures: outside.map((m) =>
      problem('period-mixed', { case: 'rollup', name: path.basename(m.file), month: m.month, period: first, kind: k, firstFile: path.basename(sorted[0]!.file) }, { file: m.file }),
    ),
  };
}

async function refuseOutput(output: string, inputs: string[], force: boolean): Promise<Problem | null> {
  const real = async (f: string) => fs.realpath(f).catch(() => path.resolve(f));
  const out = await real(output);
  for (const f of inputs) {
    if ((await real(f)) === out) return problem('output-exists', { case: 'is-an-input', output }, { file: output });
  }
  const stat = await fs.lstat(output).catch(() => null);
  if (stat?.isDirectory()) return problem('output-exists', { case: 'is-folder', output }, { file: output });
  if (stat && !force) return problem('output-exists', { case: 'exists', output }, { file: output });
  const dir = await fs.stat(path.dirname(output)).catch(() => null);
  // A path through a file (ok.csv/x.xlsx) is said so, not as a folder that does not exist (as kpi score says it).
  if (dir && !dir.isDirectory()) return problem('output-failed', { case: 'folder-is-file', output, folder: path.dirname(output) }, { file: output });
  const file = dir ? null : await fileOnPath(path.dirname(output));
  if (file) return problem('output-failed', { case: 'folder-is-file', output, folder: file }, { file: output });
  if (!dir) return problem('output-failed', { case: 'no-folder', output, folder: path.dirname(output), hint: true }, { file: output });
  return null;
}
