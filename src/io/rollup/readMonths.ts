// The files of a roll-up: folders expanded, each file scored (a graded output is rescored from the input sheets
// it keeps: the same engine, nothing trusted that a user may have retyped in 汇总), and its month told.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadForm } from '../../forms/load.js';
import { problem, type Problem } from '../../model/problem.js';
import type { FormDef } from '../../model/definition.js';
import type { MonthScores } from '../../engine/rollup.js';
import { monthInFileName, parseMonth } from '../../engine/period.js';
import { gradeFile } from '../grade.js';
import type { GradeReport } from '../outcome.js';

const INPUT_EXT = /\.(xlsx|xlsm|xls|csv|txt|html?)$/i;
const GRADED = /\.graded\.xlsx$/i;
/** kpi's own outputs that are not monthly forms. */
const OWN_OUTPUT = /(\.rollup\.xlsx|^batch-summary\.xlsx)$/i;

export type Failed = { ok: false; failures: Problem[] };

/** Files named on the command line, and the forms inside folders (not recursive). */
export async function expandInputs(args: readonly string[]): Promise<{ ok: true; files: string[]; notes: Problem[] } | Failed> {
  const files: string[] = [];
  const notes: Problem[] = [];
  const failures: Problem[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (!stat) {
      failures.push(problem('error', 'file-unreadable', `${arg}:文件或文件夹不存在`, { file: arg }));
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(arg);
      continue;
    }
    const names = (await fs.readdir(arg)).filter((n) => INPUT_EXT.test(n) && !n.startsWith('.') && !n.startsWith('~$') && !OWN_OUTPUT.test(n)).sort();
    const stems = new Set(names.filter((n) => !GRADED.test(n)).map((n) => n.replace(INPUT_EXT, '').toLowerCase()));
    for (const n of names) {
      // march.xlsx beside march.graded.xlsx: the same month twice; the input is the one to trust.
      if (GRADED.test(n) && stems.has(n.replace(GRADED, '').toLowerCase())) {
        notes.push(problem('info', 'month-duplicate', `${n}:同一文件夹里有它的原始文件,按原始文件汇总,跳过评分后的副本`, { file: path.join(arg, n) }));
        continue;
      }
      files.push(path.join(arg, n));
    }
    if (names.length === 0) failures.push(problem('error', 'file-unreadable', `${arg}:文件夹里没有考核表文件(.xlsx/.csv)`, { file: arg }));
  }
  if (failures.length) return { ok: false, failures };
  return { ok: true, files, notes };
}

export interface ReadMonthsOptions {
  form?: string;
  /** --month FILE=YYYY-MM: by path or by file name. */
  months?: ReadonlyMap<string, string>;
  maxSize?: number;
}

export interface ReadMonths {
  ok: true;
  form: FormDef;
  months: MonthScores[];
  reports: GradeReport[];
  problems: Problem[];
}

/** Scores each file and tells its month; every file that cannot be used is reported, together. */
export async function readMonths(files: readonly string[], options: ReadMonthsOptions): Promise<ReadMonths | Failed> {
  const failures: Problem[] = [];
  const reports: { file: string; report: GradeReport }[] = [];
  for (const file of files) {
    const outcome = await gradeFile(file, { form: options.form, output: null, maxSize: options.maxSize });
    if (!outcome.ok) failures.push({ ...outcome.failure, file });
    else reports.push({ file, report: outcome.report });
  }
  if (failures.length) return { ok: false, failures };
  if (reports.length === 0) return { ok: false, failures: [problem('error', 'no-people', '没有给出任何考核表文件')] };

  const formId = options.form ?? reports[0]!.report.form;
  for (const { file, report } of reports) {
    if (!options.form && report.form !== formId) {
      failures.push(problem('error', 'form-mixed', `${path.basename(file)}:是「${report.formTitle}」(${report.form}),而 ${path.basename(reports[0]!.file)} 是 ${formId};一次只能汇总同一种考核表`, { file }));
    }
  }
  const loaded = await loadForm(formId);
  if (!loaded.ok) return { ok: false, failures: loaded.problems };
  const form = loaded.form;

  const months: MonthScores[] = [];
  const problems: Problem[] = [];
  const fileOfMonth = new Map<string, string>();
  for (const { file, report } of reports) {
    const told = monthOf(form, file, report, options.months);
    if (!told.ok) {
      failures.push(told.failure);
      continue;
    }
    const other = fileOfMonth.get(told.month);
    if (other) {
      failures.push(problem('error', 'month-duplicate', `${path.basename(file)} 和 ${path.basename(other)} 都是 ${told.month} 的考核表;每个月只能有一个文件(请合并,或去掉其中一个)`, { file }, { actual: told.month }));
      continue;
    }
    fileOfMonth.set(told.month, file);
    months.push({ month: told.month, file, people: report.people });
    // The month's own problems, with the file named; notes (ignored columns of a graded copy, guessed forms) and
    // each month's 强制分布 (the period's is checked on the period figures) stay out.
    for (const p of report.problems) if (p.severity !== 'info' && p.code !== 'distribution-limit') problems.push({ ...p, file: p.file ?? file, message: `${path.basename(file)}(${told.month}):${p.message}` });
  }
  if (failures.length) return { ok: false, failures };
  return { ok: true, form, months, reports: reports.map((r) => r.report), problems };
}

type Told = { ok: true; month: string } | { ok: false; failure: Problem };

/** The header's 考核月份 (role period), else --month, else a year-month in the file name. */
function monthOf(form: FormDef, file: string, report: GradeReport, given: ReadonlyMap<string, string> | undefined): Told {
  const name = path.basename(file);
  const fields = form.header.concat(form.footer ?? []).filter((f) => f.role === 'period');
  const found = new Map<string, string[]>(); // month → people
  for (const p of report.people) {
    for (const f of fields) {
      const value = (p.header[f.id] ?? '').trim();
      if (!value) continue;
      const m = parseMonth(value);
      if (!m) {
        return fail(file, `${name}:${p.name ? `${p.name}的` : ''}表头「${f.label}」填写为「${value}」,看不出是哪一年哪一月(应如 2026-03、2026年3月)`, value);
      }
      found.set(m, [...(found.get(m) ?? []), p.name || p.id]);
    }
  }
  if (found.size > 1) {
    const list = [...found.entries()].map(([m, who]) => `${m}(${who.slice(0, 3).join('、')}${who.length > 3 ? ' 等' : ''})`).join('、');
    return fail(file, `${name}:表头的考核月份不一致:${list};一个文件只能是一个月`, [...found.keys()].join('、'));
  }
  const fromHeader = found.size === 1 ? [...found.keys()][0]! : null;
  const givenText = given?.get(path.resolve(file)) ?? given?.get(name);
  const fromFlag = givenText !== undefined ? parseMonth(givenText) : null;
  if (givenText !== undefined && !fromFlag) return fail(file, `--month ${name}=${givenText}:看不懂月份(应如 2026-03)`, givenText);
  if (fromHeader && fromFlag && fromHeader !== fromFlag) {
    return fail(file, `${name}:表头的考核月份是 ${fromHeader},而 --month 指定为 ${fromFlag};请改正其中一个`, fromFlag);
  }
  const month = fromHeader ?? fromFlag ?? monthInFileName(name.replace(/\.[^.]+$/, ''));
  if (!month) {
    const label = fields[0]?.label ?? '考核月份';
    return fail(file, `${name}:看不出是哪个月的考核表:表头没有填写「${label}」,文件名里也没有年月(如 2026-03);请填写表头,或用 --month ${name}=2026-03 指定`, '');
  }
  return { ok: true, month };
}

function fail(file: string, message: string, actual: string): Told {
  return { ok: false, failure: problem('error', 'month-unknown', message, { file }, { expected: 'YYYY-MM', actual }) };
}
