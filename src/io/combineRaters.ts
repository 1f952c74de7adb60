// `kpi score a.xlsx b.xlsx …`: copies of one form and one period, each filled by one rater (its 评分人 says which),
// scored as one result per person with the definition's rater weights. The copies are read, never written.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { scoreForm, rank } from '../engine/scoreForm.js';
import { emptyBandCounts } from '../engine/grades.js';
import { mergeRaters, type RaterRecord } from '../engine/mergeRaters.js';
import { parseMonth } from '../engine/period.js';
import { cleanText } from '../engine/text.js';
import { checkDistribution, effectiveLimits, unknownLimitBands } from '../engine/distribution.js';
import type { PersonResult } from '../model/result.js';
import { loadForm } from '../forms/load.js';
import { where, type Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { findRater, raterCopy, raterField, raterNames } from '../engine/raterCopy.js';
import { mainGrading } from '../engine/scales.js';
import type { FormDef } from '../model/definition.js';
import type { PersonEntries } from '../model/entries.js';
import { writeFileAtomic } from './atomic.js';
import { addSummarySheets } from './graded/summarySheets.js';
import { periodOf, writeGradedWorkbook } from './graded/workbook.js';
import { outputClash, outputFailure, resolveForm, unknownBandProblem } from './grade.js';
import { loadInput, type LoadedInput } from './loadInput.js';
import type { GradeOptions, GradeOutcome, GradeReport } from './outcome.js';
import { readPeople } from './readPeople.js';
import { expandInputs } from './rollup/readMonths.js';

/** `sup.xlsx` + others → `sup.combined.graded.xlsx` beside the first copy. */
export function combinedOutputPath(first: string): string {
  const base = path.basename(first).replace(/\.(xlsx|xlsm|xls|csv|txt|html?)$/i, '');
  return path.join(path.dirname(first), `${base}.combined.graded.xlsx`);
}

export async function gradeCombined(args: readonly string[], options: GradeOptions = {}): Promise<GradeOutcome> {
  const expanded = await expandInputs(args);
  if (!expanded.ok) return { ok: false, failure: expanded.failures[0]! };
  const files = expanded.files;
  const fail = (p: Problem): GradeOutcome => ({ ok: false, failure: p });
  const requested = options.form ? await loadForm(options.form) : null;
  if (requested && !requested.ok) return fail(requested.problems[0]!);

  const inputs: { file: string; input: LoadedInput }[] = [];
  let form: FormDef | undefined;
  const notes: Problem[] = [];
  for (const file of files) {
    const loaded = await loadInput(file, options);
    if (!loaded.ok) return fail({ ...loaded.failure, file: loaded.failure.file ?? file });
    const resolved = await resolveForm(requested?.ok ? requested.form : undefined, loaded.input, file);
    if (!resolved.ok) return fail({ ...resolved.failure, file });
    if (form && resolved.form.id !== form.id) {
      return fail(problem('form-mixed', { case: 'raters', name: path.basename(file), form: resolved.form.title, formId: resolved.form.id, firstName: path.basename(files[0]!), first: form.title }, { file }));
    }
    form ??= resolved.form;
    notes.push(...resolved.notes);
    inputs.push({ file, input: loaded.input });
  }
  if (!form) return fail(problem('no-people', { case: 'no-files' }));
  const field = raterField(form);
  if (!form.raters || !field) {
    return fail(problem('combine-unsupported', { form: form.title, why: !form.raters ? 'one-rater' : 'no-rater-field' }, { file: files[0] }));
  }

  const records: RaterRecord[] = [];
  const readProblems: Problem[] = [];
  const periods = new Map<string, string[]>(); // period → files
  for (const { file, input } of inputs) {
    const all = readPeople(input.grids, form, file);
    if (all.tables === 0 || all.people.length === 0) {
      return fail(problem('no-people', { case: 'rater-file', name: path.basename(file), form: form.title }, { file }));
    }
    const byRater = new Map<string, PersonEntries[]>();
    for (const person of all.people) {
      const text = cleanText(person.header.get(field.id) ?? '');
      const rater = text ? findRater(form, text) : undefined;
      if (!rater) {
        const cell = person.headerCells?.get(field.id);
        const at = { ...person.at, ...(cell ? { cell } : {}), file };
        const place = `${path.basename(file)}${where(at) ? ` ${where(at)}` : ''}`;
        const fields = text ? { case: 'typed', place, field: field.label, value: text, raters: raterNames(form) } as const : { case: 'empty', place, field: field.label, raters: raterNames(form) } as const;
        const p = problem('rater-unknown', fields, at);
        const name = nameOf(form, person);
        if (name) p.person = name;
        records.push({ file, rater: null, person, error: p });
        continue;
      }
      byRater.set(rater.id, [...(byRater.get(rater.id) ?? []), person]);
    }
    // Each rater's people read again with that rater's copy of the form: columns of other raters are not missing there.
    for (const [raterId, people] of byRater) {
      const rater = form.raters.find((r) => r.id === raterId)!;
      const copy = readPeople(input.grids, raterCopy(form, rater, { keepSlots: true }), file);
      const want = new Set(people.map((p) => `${p.at.sheet}!${p.at.cell ?? ''}`));
      for (const person of copy.people) if (want.has(`${person.at.sheet}!${person.at.cell ?? ''}`)) records.push({ file, rater, person });
      for (const p of copy.problems) if (!readProblems.some((q) => q.message === p.message && q.file === p.file)) readProblems.push({ ...p, file: p.file ?? file });
    }
    for (const person of all.people) {
      for (const f of form.header.concat(form.footer ?? []).filter((h) => h.role === 'period')) {
        const v = cleanText(person.header.get(f.id) ?? '');
        if (!v) continue;
        const key = parseMonth(v) ?? v;
        const list = periods.get(key) ?? [];
        if (!list.includes(file)) list.push(file);
        periods.set(key, list);
      }
    }
  }
  if (periods.size > 1) {
    const list = [...periods.entries()].map(([period, fs]) => ({ period, files: fs.map((f) => path.basename(f)) }));
    return fail(problem('period-mixed', { case: 'raters', periods: list }, { file: files[0] }));
  }

  const limits = effectiveLimits(form, options.limits);
  const unknownBands = unknownLimitBands(form, limits);
  if (unknownBands.length) return fail(unknownBandProblem(form, unknownBands));
  const output = options.output === null ? null : path.resolve(options.output ?? combinedOutputPath(files[0]!));
  if (output) {
    for (const f of files) {
      const clash = await outputClash(f, output, options.force ?? false);
      if (clash) return fail(clash);
    }
  }

  const merged = mergeRaters(form, records);
  const scored = scoreForm(form, merged.people.map((m) => m.entries));
  let people: PersonResult[] = scored.people.map((r, i) => {
    const errors = merged.people[i]!.errors;
    if (errors.length === 0) return r;
    const { bandData: _d, grades: _g, rank: _r, ...rest } = r;
    const problems = [...errors, ...r.problems];
    const n = problems.filter((p) => p.severity === 'error').length;
    return { ...rest, status: 'error', total: null, total100: null, points: null, band: null, problems, explanation: `有 ${n} 个错误,未计算总分` };
  });
  people = rank(people);
  const bands = emptyBandCounts(mainGrading(form).scale);
  for (const r of people) if (r.status === 'scored' && r.band !== null) bands[r.band] = (bands[r.band] ?? 0) + 1;
  const problems = [...notes, ...readProblems, ...merged.problems, ...people.flatMap((r) => r.problems)];
  const distribution = checkDistribution(form, limits, people);
  problems.push(...distribution.problems);

  const report: GradeReport = {
    form: form.id,
    formVersion: form.version,
    formTitle: form.title,
    ...(form.subject?.kind && form.subject.kind !== 'person' ? { subject: form.subject.label } : {}),
    input: files[0]!,
    inputs: files,
    output,
    people,
    bands,
    problems,
    layout: inputs[0]!.input.kind === 'xlsx' ? readPeople(inputs[0]!.input.grids, form).layout : inputs[0]!.input.kind,
    ...(limits.length ? { distribution: { limits, breaches: distribution.breaches } } : {}),
  };
  if (output) {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'kpi';
    const added = addSummarySheets(wb, {
      formTitle: form.title,
      period: options.period ?? periodOf(form, people),
      inputName: files.map((f) => path.basename(f)).join('、'),
      gradedAt: options.gradedAt ?? new Date(),
      people,
      // Where each person came from: the files, not a sheet of this workbook (shown as text, not linked).
      places: merged.people.map((m) => ({ sheet: m.files.map((f) => path.basename(f)).join('、'), cell: 'A1' })),
      bands,
      problems,
    });
    const prepared = { charts: added.charts, linkSheets: [added.names.summary, added.names.problems] };
    try {
      await writeFileAtomic(output, (tmp) => writeGradedWorkbook(wb, prepared, tmp), { overwrite: options.force ?? false });
    } catch (err) {
      return fail(outputFailure(output, err));
    }
  }
  return { ok: true, report };
}

function nameOf(form: FormDef, p: PersonEntries): string {
  const f = form.header.concat(form.footer ?? []).find((h) => h.role === 'name');
  return f ? cleanText(p.header.get(f.id) ?? '') : '';
}
