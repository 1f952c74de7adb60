// The files of a roll-up: folders expanded, each file scored (a graded output is rescored from the input sheets
// it keeps: the same engine, nothing trusted that a user may have retyped in 汇总), and its month told.
import path from 'node:path';
import { monthsAdvice, loadAnyForm, loadForm } from '../../forms/load.js';
import { type Problem } from '../../model/problem.js';
import { amend, problem, reframe, whatIsWrong, type ParamsOf } from '../../model/problems/index.js';
import type { FormDef } from '../../model/definition.js';
import type { MonthScores } from '../../engine/rollup.js';
import { bareDayMonth, monthsInFileName, nextMonth, parseMonth } from '../../engine/period.js';
import { gradeFile, peopleOfSeveral } from '../grade.js';
import { COMBINED_SUFFIX, gradeCombined } from '../combineRaters.js';
import { raterField } from '../../engine/raterCopy.js';
import { idKey, nameKey } from '../../engine/text.js';
import { looseNameKey } from '../../engine/groups/alikeNames.js';
import type { GradeReport } from '../outcome.js';

export { expandInputs } from '../expandInputs.js';
import type { GradedCopy } from '../expandInputs.js';
import { appendTo } from '../../model/groups.js';
import { monthOfName } from '../monthAbove.js';
import { fileLabels, inputStem } from '../formats/names.js';

export type Failed = { ok: false; failures: Problem[] };

export interface ReadMonthsOptions {
  form?: string;
  /** --month FILE=YYYY-MM: by path or by file name. */
  months?: ReadonlyMap<string, string>;
  maxSize?: number;
  includeHidden?: boolean;
  /** Graded outputs passed over for their inputs in a folder: compared with them. */
  gradedCopies?: readonly GradedCopy[];
}

export interface ReadMonths {
  ok: true;
  form: FormDef;
  months: MonthScores[];
  reports: GradeReport[];
  problems: Problem[];
}

/** Scores each file and tells its month; every file that cannot be used is reported, together. */
/** One refusal per records form, however many of its logs were given. */
function dedupeRecords(failures: Problem[]): Problem[] {
  const seen = new Set<string>();
  return failures.filter((p) => {
    if (p.code !== 'form-is-records') return true;
    const key = `${(p.params as { formId?: string } | undefined)?.formId ?? p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A records form refused with the way its months are rolled up (one log graded). */
const forRollup = (p: Problem): Problem => (p.code === 'form-is-records' ? amend(p, { rollup: true }) : p);

export async function readMonths(files: readonly string[], options: ReadMonthsOptions): Promise<ReadMonths | Failed> {
  // A --form that cannot be loaded is said once, not once per file.
  if (options.form) {
    const given = await loadForm(options.form);
    if (!given.ok) return { ok: false, failures: given.problems.map(forRollup) };
  }
  const failures: Problem[] = [];
  const reports: { file: string; report: GradeReport }[] = [];
  for (const file of files) {
    // --month is that file's --period: its sheets and dates are read as `kpi score --period` reads them (a §20 检查日期
    // 2026-04-01 beside 2026-03-05 is March's, done once it was over; without it the roll-up refused what score accepts).
    const given = options.months?.get(path.resolve(file)) ?? options.months?.get(path.basename(file));
    const period = given !== undefined ? parseMonth(given) : null;
    const outcome = await gradeFile(file, { form: options.form, output: null, maxSize: options.maxSize, includeHidden: options.includeHidden, ...(period ? { period } : {}) });
    // `kpi score a b c` writes only its result sheets: nothing to score again.
    if (!outcome.ok && file.toLowerCase().endsWith(COMBINED_SUFFIX)) failures.push(problem('combine-unsupported', { why: 'combined-output', name: path.basename(file) }, { file }));
    else if (!outcome.ok) failures.push({ ...outcome.failure, file });
    else reports.push({ file, report: outcome.report });
  }
  // A file that is no form at all (a readme.txt in the folder) beside months that are: named as what to move out —
  // 「请用 --form 指定」 sent the user after the wrong fix.
  if (reports.length) {
    for (let i = 0; i < failures.length; i++) {
      const f = failures[i]!;
      // Not with --form: a file of another form then has no table of the one named, and 「检查 --form」 is the right word.
      if (f.code === 'form-not-recognized') {
        failures[i] = problem('form-mixed', { case: 'stray', name: path.basename(f.file ?? ''), reason: whatIsWrong(f) }, { file: f.file });
      }
    }
  }
  for (const copy of options.gradedCopies ?? []) {
    const input = reports.find((r) => r.file === copy.input);
    // An earlier grading of another month under the same name (march.xlsx reused for April, graded again): a month of
    // its own, not a stale copy of the later one.
    if (input && copy.newer) {
      const other = await otherMonth(copy, input.report, options);
      if (other && 'failure' in other) {
        failures.push(other.failure);
        continue;
      }
      if (other) {
        reports.push(other);
        continue;
      }
    }
    const differs = input ? await gradedCopyDiffers(copy, input.report, options) : null;
    if (differs) failures.push(differs);
  }
  // A log among the files (a records form): said as such, whichever place it has (after a person form it was 「一次只能
  // 汇总同一种考核表」 and 「看不出是哪个月」, and --month led to 「每个月只能有一个文件」).
  for (const { file, report } of reports) {
    if (!report.records) continue;
    // A log whose rows name their months (§22, §23) holds several months in one file: that is said, not 「one a month」.
    const loaded = await loadAnyForm(report.form).catch(() => null);
    const advice = loaded?.ok && loaded.kind === 'records' ? monthsAdvice(loaded.form) : { months: false };
    failures.push(forRollup(problem('form-is-records', { case: 'shipped', form: report.formTitle, formId: report.form, records: report.records.label, name: path.basename(file), ...(advice.months ? { months: true } : {}), ...(advice.compares ? { compares: true } : {}) }, { file })));
  }
  if (failures.length) return { ok: false, failures: dedupeRecords(failures) };
  if (reports.length === 0) return { ok: false, failures: [problem('no-people', { case: 'no-files' })] };

  // The form most files are (the first of those when as many are of another): one odd file is named, not the others
  // (a stray CSV of another form made every month's file 「not the same form」).
  const counts = new Map<string, number>();
  for (const { report } of reports) counts.set(report.form, (counts.get(report.form) ?? 0) + 1);
  const formId = options.form ?? [...counts].reduce((best, x) => (x[1] > best[1] ? x : best))[0];
  const firstOfForm = reports.find((r) => r.report.form === formId)?.file ?? reports[0]!.file;
  for (const { file, report } of reports) {
    if (!options.form && report.form !== formId) {
      failures.push(problem('form-mixed', { case: 'rollup', name: path.basename(file), form: report.formTitle, formId: report.form, firstName: path.basename(firstOfForm), first: formId }, { file }));
    }
  }
  const loaded = await loadForm(formId);
  // A log's months are rolled up by grading them as one file: said where rollup refuses it (a bare refusal).
  if (!loaded.ok) return { ok: false, failures: loaded.problems.map(forRollup) };
  const form = loaded.form;

  const byMonth = new Map<string, { file: string; report: GradeReport }[]>();
  /** Months known only from a file's name (or --month): a table saved under another month's name is told by its figures. */
  const unstated = new Set<string>();
  for (const { file, report } of reports) {
    // A file of another form is said above: its month is no second file of a month of this one.
    if (!options.form && report.form !== formId) continue;
    const told = monthOf(form, file, report, options.months);
    if (!told.ok) failures.push(told.failure);
    else {
      appendTo(byMonth, told.month, { file, report });
      if (!told.stated) unstated.add(told.month);
    }
  }
  const months: MonthScores[] = [];
  const problems: Problem[] = [];
  const used: GradeReport[] = [];
  // Files of a month named as the user can find them: 客服部/王芳-2026-01.xlsx beside 售后组/王芳-2026-01.xlsx, where the bare
  // names said 「王芳-2026-01.xlsx 和 王芳-2026-01.xlsx」 (review 61).
  const label = fileLabels(reports.map((r) => r.file));
  // A form rated in separate copies (主管's, 同事's): a month's copies are scored together, as `kpi score a b c` does.
  const copies = !!form.raters && !!raterField(form);
  for (const [month, inMonth] of byMonth) {
    let file = inMonth[0]!.file;
    let report = inMonth[0]!.report;
    // Raters' copies rate the same people; files of one month naming nobody in common are two departments' rosters
    // (each scored alone fine), not copies: combined, each person would lack the raters of the other file.
    if (inMonth.length > 1 && copies && !peopleInCommon(inMonth.map((x) => x.report))) {
      for (const other of inMonth.slice(1)) failures.push(problem('month-duplicate', { case: 'no-common', name: label(other.file), other: label(file), month }, { file: other.file }));
      continue;
    }
    if (inMonth.length > 1 && copies) {
      const combined = await gradeCombined(inMonth.map((x) => x.file), { form: formId, output: null, maxSize: options.maxSize, includeHidden: options.includeHidden });
      if (!combined.ok) {
        failures.push({ ...combined.failure, file: combined.failure.file ?? file });
        continue;
      }
      report = combined.report;
    } else if (inMonth.length > 1) {
      // One of them taken for this month by its sign-off date early in the next (三 dated 2026-04-03 beside 二's 03-01): said,
      // with --month to file it under the dated month; it was 「请合并,或去掉其中一个」, advice to drop a sound month.
      // Only when the other is of this month by its own reading, no sign-off date of its own: two copies both dated 2026-04-03
      // (物业客服考核 and its (修改)) are one month's twice, and --month for one of them, as advised, counted April twice at
      // exit 0 (张三 (70 + 72) / 2 = 71.00): said as before, 「请合并,或去掉其中一个」.
      const signedOf = (other: { file: string; report: GradeReport }) => {
        const pair = [other, inMonth[0]!].map((x) => ({ x, q: signedAfterOf(x.report) }));
        const signed = pair.filter((s) => s.q).length === 1 ? pair.find((s) => s.q?.month === month) : undefined;
        return signed ? { signed: { name: path.basename(signed.x.file), field: signed.q!.field, typed: signed.q!.typed, header: signed.q!.header } } : {};
      };
      // Files of one month with nobody in common (by 工号, else by name; each rep's form as its own file, one file a team):
      // the month's parts, taken together as the month (as one workbook of them all is). They were refused 「每个月只能有一个
      // 文件(请合并,或去掉其中一个)」, and 王芳-2026-01 … 张敏-2026-03 could not be rolled up (78.00 一般 in one workbook a month).
      const shared = (a: number, b: number) => sharedPeople(inMonth[a]!.report, inMonth[b]!.report);
      const overlap = inMonth.some((_, b) => inMonth.slice(0, b).some((__, a) => shared(a, b).names.length > 0));
      const anySigned = inMonth.slice(1).some((other) => 'signed' in signedOf(other));
      if (!overlap && !anySigned) {
        const parts = inMonth.map((x) => x.file);
        for (const x of inMonth) {
          used.push(x.report);
          for (const p of x.report.problems) if ((p.severity !== 'info' || p.code === 'hidden-sheet') && p.code !== 'distribution-limit') problems.push({ ...reframe(p, { source: { name: path.basename(p.file ?? x.file), month } }), file: p.file ?? x.file });
        }
        months.push({ month, file, people: inMonth.flatMap((x) => x.report.people), parts });
        continue;
      }
      for (let b = 1; b < inMonth.length; b++) {
        const other = inMonth[b]!;
        const said = signedOf(other);
        if ('signed' in said) {
          failures.push(problem('month-duplicate', { case: 'two-files', name: label(other.file), other: label(file), month, ...said }, { file: other.file }));
          continue;
        }
        // Paired with the first file it shares people with; one that shares nobody is a sound part of the month, not named.
        const a = inMonth.slice(0, b).findIndex((_, k) => shared(k, b).names.length > 0);
        if (a < 0) continue;
        const { names: both, ids } = shared(a, b);
        const first = inMonth[a]!;
        // The same people in both (a copy, a corrected copy): one of them is to go. Otherwise each has people the other lacks,
        // and dropping a file would drop them: the people in both are named, to be kept in one of the two.
        const same = both.length === first.report.people.length && both.length === other.report.people.length;
        // Named alike under two 工号 (the 部门 not parting them): said, with the way to keep two namesakes — 「去掉其中一个」
        // alone dropped a person where they were two (review 61).
        failures.push(problem('month-duplicate', { case: 'two-files', name: label(other.file), other: label(first.file), month, ...(same && !ids.length ? {} : { both }), ...(ids.length ? { ids, ...(same ? { same: true as const } : {}) } : {}) }, { file: other.file }));
      }
      continue;
    }
    used.push(report);
    months.push({ month, file, people: report.people, ...(inMonth.length > 1 ? { copies: inMonth.map((x) => x.file) } : {}) });
    // The month's own problems, with the file named; notes (ignored columns of a graded copy, guessed forms) and
    // each month's 强制分布 (the period's is checked on the period figures) stay out.
    // A hidden sheet passed over is said though only a note: the people on it show as months missing.
    for (const p of report.problems) if ((p.severity !== 'info' || p.code === 'hidden-sheet') && p.code !== 'distribution-limit') problems.push({ ...reframe(p, { source: { name: path.basename(p.file ?? file), month } }), file: p.file ?? file });
  }
  failures.push(...sameFigures(months, unstated));
  if (failures.length) return { ok: false, failures };
  return { ok: true, form, months, reports: used, problems };
}

/** Fewest people scored alike before two months are taken for one month's table twice. */
const SAME_FIGURES_MIN = 3;

/**
 * Two months in which the same people (three or more, not all alike) have the same scores item by item, to the last decimal: one
 * month's table saved under two months' names (March's sheet sent as 202602.csv, then renamed) — the period's mean
 * counted March twice (93.33 良好 for 90.00 一般 at exit 0). Only where a month is known from a file's name alone: months
 * the files state in their own cells are theirs (a §2 checklist near full marks two months running is so).
 */
function sameFigures(months: readonly MonthScores[], unstated: ReadonlySet<string>): Problem[] {
  const key = (p: MonthScores['people'][number]) => p.id || p.name;
  // (People scored alike within the month — everyone at full marks, a test's copied rows — may well be so twice: only a
  // month of differing people, the same again, is one table twice.)
  const figures = (m: MonthScores) => {
    const scored = m.people.filter((p) => p.total !== null);
    const marks = scored.map((p) => p.items.map((i) => `${i.id}:${i.score}`).join(','));
    return scored.length < SAME_FIGURES_MIN || new Set(marks).size < 2 ? null : scored.map((p, k) => `${key(p)}\u0000${marks[k]}`).sort().join('\n');
  };
  const seen = new Map<string, MonthScores>();
  const out: Problem[] = [];
  for (const m of months) {
    const f = figures(m);
    if (f === null) continue;
    const first = seen.get(f);
    if (!first) {
      seen.set(f, m);
      continue;
    }
    // (Months each file states in its own 考核月份 cells are theirs: a team at full marks two months running is so.)
    if (!unstated.has(m.month) && !unstated.has(first.month)) continue;
    const people = m.people.filter((p) => p.total !== null).length;
    out.push(problem('month-duplicate', { case: 'same-figures', name: path.basename(m.file), other: path.basename(first.file), month: m.month, otherMonth: first.month, people }, { file: m.file }));
  }
  return out;
}

/**
 * A graded output beside its input, scored again: corrected in the graded workbook (as README's 改正后再评 says one
 * may), its results differ from the input's, and which of the two the month is cannot be told.
 */
async function gradedCopyDiffers(copy: GradedCopy, input: GradeReport, options: ReadMonthsOptions): Promise<Problem | null> {
  const outcome = await gradeFile(copy.graded, { form: options.form, output: null, maxSize: options.maxSize, includeHidden: options.includeHidden });
  if (!outcome.ok) return null;
  const key = (p: GradeReport['people'][number]) => p.id || p.name;
  const mine = new Map(input.people.map((p) => [key(p), p]));
  const theirs = new Map(outcome.report.people.map((p) => [key(p), p]));
  const shown = (p: GradeReport['people'][number] | undefined) => (!p ? '没有此人' : p.total === null ? '未评分' : String(Math.round(p.total * 100) / 100));
  // Its department and its items too: a 部门 corrected in the result (王芳 moved to 客服一组) rolled up under the stale one,
  // as would points moved between items (失分最多的项目) — compared as the roll-up uses them.
  const items = (p: GradeReport['people'][number]) => p.items.map((i) => `${i.id}:${i.score}`).join(',');
  for (const k of new Set([...mine.keys(), ...theirs.keys()])) {
    const p = mine.get(k);
    const q = theirs.get(k);
    if (p && q && q.total === p.total && q.band === p.band && q.department === p.department && items(q) === items(p)) continue;
    // Unscored in both (an entry corrected, another error left): the roll-up has no figures of theirs from either.
    if (p && q && p.total === null && q.total === null && q.department === p.department) continue;
    const dept = p && q && q.department !== p.department;
    const fields = { case: 'graded-differs', name: path.basename(copy.graded), other: path.basename(copy.input), person: (p ?? q)!.name || k, here: dept ? `部门 ${q.department || '(空)'}` : shown(q), there: dept ? `部门 ${p.department || '(空)'}` : shown(p), ...(copy.newer ? { newer: true as const } : {}) } as const;
    return problem('month-duplicate', fields, { file: copy.graded });
  }
  return null;
}

/** The earlier grading, graded, when its month is not the later one's; null when it is (or either cannot be told). */
async function otherMonth(copy: GradedCopy, later: GradeReport, options: ReadMonthsOptions): Promise<{ file: string; report: GradeReport } | { failure: Problem } | null> {
  const outcome = await gradeFile(copy.graded, { form: options.form, output: null, maxSize: options.maxSize, includeHidden: options.includeHidden });
  if (!outcome.ok || outcome.report.form !== later.form) return null;
  const loaded = await loadForm(later.form).catch(() => null);
  if (!loaded?.ok) return null;
  const a = monthOf(loaded.form, copy.graded, outcome.report, options.months);
  const b = monthOf(loaded.form, copy.input, later, options.months);
  // The later one's header another month than the earlier's, its name the earlier's month (三月.graded-2.xlsx headed
  // 2026-04): that disagreement is said — 「请移走过时的一份」 sent the user to move March's result away.
  if (a.ok && !b.ok && b.failure.params?.case === 'header-and-name' && (b.failure.params as { header: string }).header !== a.month) {
    return { failure: b.failure };
  }
  return a.ok && b.ok && a.month !== b.month ? { file: copy.graded, report: outcome.report } : null;
}

/** The 工号 of a person named in both files that differ between them: where each file has which. */
type IdsDiffer = { person: string; here: string; there: string };

/**
 * The people (as the second report names them) who are in both reports: the same 工号, or the same name (with or without
 * 工号 — which of 王芳 S01 and 王芳 S07 is a corrected copy a file cannot say) unless both the 工号 and the 部门 tell them apart.
 * ids: those of them named alike whose 工号 differ (a corrected 工号, or namesakes the 部门 does not part), to be said.
 */
function sharedPeople(a: GradeReport, b: GradeReport): { names: string[]; ids: IdsDiffer[] } {
  const ids = new Set<string>();
  const names = new Map<string, GradeReport['people'][number][]>();
  for (const p of a.people) {
    if (p.id) ids.add(idKey(p.id));
    const n = nameKey(p.name);
    if (n) appendTo(names, n, p);
  }
  const dept = (p: GradeReport['people'][number]) => looseNameKey(p.department ?? '');
  const out: string[] = [];
  const differ: IdsDiffer[] = [];
  for (const p of b.people) {
    const n = nameKey(p.name);
    if (p.id && ids.has(idKey(p.id))) {
      out.push(p.name || p.id);
      continue;
    }
    // The same name under two 工号 counts too: a corrected copy whose 工号 was corrected (王芳 S10 → S01) was taken as a second
    // part, a phantom 王芳(S10) with January only at exit 0 (review 60). Two 工号 and two 部门 (both filled: 王芳 S01 客服部,
    // 王芳 S07 售后组, each team's file) are two people, the month's parts with the roll-up's name-ambiguous warning: they were
    // refused, and the advice 「从另一份里删去他们」 dropped 王芳 S07 at exit 0 (review 61).
    const alike = (n ? names.get(n) ?? [] : []).filter((q) => !(p.id && q.id && idKey(p.id) !== idKey(q.id) && dept(p) && dept(q) && dept(p) !== dept(q)));
    if (!alike.length) continue;
    out.push(p.name || p.id);
    const other = alike.find((q) => p.id && q.id && idKey(p.id) !== idKey(q.id));
    if (other) differ.push({ person: p.name, here: p.id, there: other.id });
  }
  return { names: [...new Set(out)], ids: differ.filter((x, k) => differ.findIndex((y) => y.person === x.person) === k) };
}

/** Whether some person (工号, else name) is in more than one of the reports. */
function peopleInCommon(reports: readonly GradeReport[]): boolean {
  const seen = new Map<string, number>();
  reports.forEach((r, i) => {
    for (const p of r.people) {
      const key = p.id ? `id:${idKey(p.id)}` : `name:${nameKey(p.name)}`;
      const first = seen.get(key);
      if (first !== undefined && first !== i) seen.set(key, -1);
      else if (first === undefined) seen.set(key, i);
    }
  });
  return [...seen.values()].includes(-1);
}

/** stated: the month is written in the file's own cells (考核月份), not only in its name or --month. */
type Told = { ok: true; month: string; stated: boolean } | { ok: false; failure: Problem };

/** What the file's scoring said of a sign-off date early in the month after (month-unknown signed-after), if anything. */
function signedAfterOf(report: GradeReport): (ParamsOf<'month-unknown'> & { case: 'signed-after' }) | undefined {
  const q = report.problems.find((x) => x.code === 'month-unknown' && (x.params as { case?: string }).case === 'signed-after');
  return q ? (q.params as ParamsOf<'month-unknown'> & { case: 'signed-after' }) : undefined;
}

/** The header's 考核月份 (role period), else --month, else a year-month in the file name. */
function monthOf(form: FormDef, file: string, report: GradeReport, given: ReadonlyMap<string, string> | undefined): Told {
  const name = path.basename(file);
  const fields = form.header.concat(form.footer ?? []).filter((f) => f.role === 'period');
  const found = new Map<string, string[]>(); // month → people
  const bareMonths: { month: number; person: string; field: string; value: string }[] = [];
  const givenText = given?.get(path.resolve(file)) ?? given?.get(name);
  const inName = monthsInFileName(name.replace(/\.[^.]+$/, ''));
  // 「3月」 without its year (the year in the sheet's title): the year from --month or the file's name, when they say March.
  const elsewhere = (givenText !== undefined ? parseMonth(givenText) : null) ?? (inName.length === 1 ? inName[0]! : null);
  for (const p of report.people) {
    for (const f of fields) {
      const value = (p.header[f.id] ?? '').trim();
      if (!value) continue;
      // 「3月28日」 (a §20 检查日期 without its year) is 「3月」 as the rule below reads it, as kpi score does.
      const bare = /^0?(\d{1,2})\s*月份?$/.exec(bareDayMonth(value) ?? value);
      // 「3月」 where --month or the name says April: the two disagree (it was 「看不出是哪一年」).
      if (bare && elsewhere && Number(elsewhere.slice(5)) !== Number(bare[1]) && Number(bare[1]) >= 1 && Number(bare[1]) <= 12) {
        const header = `${elsewhere.slice(0, 4)}-${bare[1]!.padStart(2, '0')}`;
        return givenText !== undefined
          ? fail(file, { case: 'header-and-flag', name, header, flag: elsewhere, typed: value })
          : fail(file, { case: 'header-and-name', name, header, inName: elsewhere, typed: value });
      }
      const m = parseMonth(value) ?? (bare && elsewhere && Number(elsewhere.slice(5)) === Number(bare[1]) ? elsewhere : null);
      if (!m && bare) {
        bareMonths.push({ month: Number(bare[1]), person: p.name || p.id, field: f.label, value });
        continue;
      }
      if (!m) {
        return fail(file, { case: 'header', name, ...(p.name ? { person: p.name } : {}), field: f.label, value });
      }
      appendTo(found, m, p.name || p.id);
    }
  }
  // 「3月28日」 beside 2026-03-05: the March of the year the other cells give (kpi score folds them alike); alone, no year.
  for (const b of bareMonths) {
    const same = [...found.keys()].filter((m) => Number(m.slice(5)) === b.month);
    if (same.length !== 1) return fail(file, { case: 'header', name, ...(b.person ? { person: b.person } : {}), field: b.field, value: b.value });
    appendTo(found, same[0]!, b.person);
  }
  const givenMonth = givenText !== undefined ? parseMonth(givenText) : null;
  // A sign-off or inspection date in the month after --month's: kpi score --period warns and scores it as that month; the
  // file's scoring (graded with that period above) said so, or refused it as an error.
  // (Every date in the month after: the same — 评估日期 2026-04-03 throughout with --month …=2026-03 was 「请改正其中一个」.)
  if (givenMonth && found.size <= 2 && found.has(nextMonth(givenMonth)) && [...found.keys()].every((m) => m === givenMonth || m === nextMonth(givenMonth))
    && !report.problems.some((q) => q.code === 'month-unknown' && q.severity === 'error')) {
    found.set(givenMonth, [...(found.get(givenMonth) ?? []), ...found.get(nextMonth(givenMonth))!]);
    found.delete(nextMonth(givenMonth));
  }
  // Every 评估日期 early in the month after the month kpi score took them for (2026-04-03 on 「pcr-3月.xlsx」: March's sign-off,
  // said by the file's scoring): that month, as kpi score files it (rollup filed it under April, a month with no file of its own).
  const signedMonth = givenMonth ? undefined : signedAfterOf(report)?.month;
  // (A graded copy's recorded month wins: graded with --period 2026-04, it is April's, not the sign-off's March.)
  const recorded = report.regraded && report.period ? parseMonth(report.period) : null;
  if (signedMonth && (!recorded || recorded === signedMonth) && found.size === 1 && found.has(nextMonth(signedMonth))) {
    found.set(signedMonth, found.get(nextMonth(signedMonth))!);
    found.delete(nextMonth(signedMonth));
  }
  if (found.size > 1) {
    const months = [...found.entries()].map(([month, people]) => ({ month, people }));
    // One person's month tabs (王芳 2月 / 3月 / 1月): a file is one month here; split into files, said as such.
    const same = peopleOfSeveral(months);
    return fail(file, { case: 'header-mixed', name, months, ...(same.length ? { same, rollup: true as const } : {}) });
  }
  const fromHeader = found.size === 1 ? [...found.keys()][0]! : null;
  const fromFlag = givenText !== undefined ? parseMonth(givenText) : null;
  if (givenText !== undefined && !fromFlag) return fail(file, { case: 'flag', name, value: givenText });
  if (fromHeader && fromFlag && fromHeader !== fromFlag) {
    return fail(file, { case: 'header-and-flag', name, header: fromHeader, flag: fromFlag });
  }
  // April's workbook copied from March's, its header not changed: the period would lose April and gain a second March.
  if (fromHeader && !fromFlag && inName.length === 1 && inName[0] !== fromHeader) {
    return fail(file, { case: 'header-and-name', name, header: fromHeader, inName: inName[0]! });
  }
  // The same with the name's month bare (同事乙-3月.xlsx, 同事乙-三月.xlsx), the year the header's: February's copy so named
  // was rolled into February as a third rater, 林娜 96.25 / 82.50 for 97.50 / 80.00 at exit 0, where 同事乙-2026年3月.xlsx was refused.
  const bareInName = fromHeader && !fromFlag && inName.length === 0 ? bareMonthInName(name) : undefined;
  if (bareInName !== undefined && bareInName !== Number(fromHeader!.slice(5))) {
    return fail(file, { case: 'header-and-name', name, header: fromHeader!, inName: `${bareInName}月` });
  }
  // A graded workbook whose forms give no month: the month it was graded for (kpi score --period 2026-03).
  const fromGraded = report.regraded && report.period ? parseMonth(report.period) : null;
  const month = fromHeader ?? fromFlag ?? fromGraded ?? (inName.length === 1 ? inName[0]! : null);
  if (!month) {
    return fail(file, { case: 'none', name, field: fields[0]?.label ?? '考核月份', ...(inName.length > 1 ? { inName } : {}) });
  }
  return { ok: true, month, stated: fromHeader !== null };
}

/**
 * The one month a file's name gives without its year (「同事乙-3月」, 「同事乙-三月」, 「三月份」), as a number; undefined for a
 * name with none, with a year-month, a day (「-4月2日」), a span (「1-3月」), two months, the month it was collected in
 * (「4月回收」), or a Chinese month that runs into a word (「五月花客服」, 「一月一评」, 「统一月度」: no month at all).
 */
function bareMonthInName(name: string): number | undefined {
  const stem = inputStem(name);
  const m = monthOfName(stem);
  if (!m || parseMonth(m)) return undefined;
  const n = Number(/^(\d{1,2})月$/.exec(m)?.[1]);
  if (!(n >= 1 && n <= 12)) return undefined;
  const t = stem.normalize('NFKC');
  return BARE_NAME_MONTH.test(t) ? n : undefined;
}

/** A month written alone in a name: digits not 月度 nor a day, or a Chinese month ending there or before 份 / a non-Han mark. */
const BARE_NAME_MONTH = /(?<!\d)\d{1,2}\s*月(?!度|\d)|(?<![一二三四五六七八九十双])(?:十[一二]|[一二三四五六七八九十])月(?=份|$|[^\p{Script=Han}])/u;

function fail(file: string, fields: ParamsOf<'month-unknown'>): Told {
  return { ok: false, failure: problem('month-unknown', fields, { file }) };
}
