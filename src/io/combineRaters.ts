// `kpi score a.xlsx b.xlsx …`: copies of one form and one period, each filled by one rater (its 评分人 says which),
// scored as one result per person with the definition's rater weights. The copies are read, never written.
import { saysNothing } from '../engine/slot.js';
import { Workbook } from './exceljsModules.js';
// `files` names the copies here: the file-system calls are `disk`.
import path from 'node:path';
import { scoreForm, rank } from '../engine/scoreForm.js';
import { emptyBandCounts } from '../engine/grades.js';
import { mergeRaters, nameOf, type RaterRecord } from '../engine/mergeRaters.js';
import { peopleWrittenTwoWays } from '../engine/peopleNames.js';
import { monthNumberOf, parseMonth } from '../engine/period.js';
import { monthOfName } from './monthAbove.js';
import { monthCycle } from './exportMonth.js';
import { cleanText, nameKey } from '../engine/text.js';
import { checkDistribution, effectiveLimits, unknownLimitBands } from '../engine/distribution.js';
import { departmentsWrittenTwoWays } from '../engine/departmentNames.js';
import type { PersonResult } from '../model/result.js';
import { loadAnyForm, loadForm } from '../forms/load.js';
import { listRecordForms } from '../forms/shipped.js';
import { where, type Problem } from '../model/problem.js';
import { openElsewhere } from './openElsewhere.js';
import { problem, whatIsWrong, type ParamsOf } from '../model/problems/index.js';
import { countingRater, findRater, namedInColumns, raterCopy, raterField, raterNames, raterWho, rowRater, saysSelf } from '../engine/raterCopy.js';
import { mainGrading } from '../engine/scales.js';
import type { FormDef, HeaderField, RaterDef } from '../model/definition.js';
import { raterOfKey, type Location, type PersonEntries, type RawEntry } from '../model/entries.js';
import { writeFileAtomic } from './atomic.js';
import { GradedLedger } from './graded/ledger.js';
import { addSummarySheets } from './graded/summarySheets.js';
import { VERSION } from '../version.js';
import { periodHeading, periodOf, writeGradedWorkbook } from './graded/workbook.js';
import { applyPay, payReading, outputClash, outputFailure, recordFormFitting, resolveForm, unknownBandProblem } from './gradeSteps.js';
import { payForMonth, payMonthProblem, readPayFile, subjectNames } from './readPay.js';
import type { LoadedInput } from './formats/format.js';
import { inputStem } from './formats/names.js';
import { loadInput } from './loadInput.js';
import { files } from './fileSystem.js';
import { reportOfKeywords } from './ownWorkbook.js';
import type { GradeOptions, GradeOutcome, GradeReport } from './outcome.js';
import { readPeople } from './readPeople.js';
import { marksOf, sameContent, withoutCopies } from './sameCopies.js';
import { COMBINED_KEYWORDS } from './ownWorkbook.js';
import { expandInputs } from './expandInputs.js';
import { hiddenSheetProblem, sheetHoldsItems } from './sheetRater.js';
import { appendTo } from '../model/groups.js';
import { leftOutRows } from './leftOutRows.js';
import { memberInTable } from './memberInTable.js';
import type { Grid } from './grid.js';

/** What ends the name of a workbook of raters' copies scored together. */
export const COMBINED_SUFFIX = '.combined.graded.xlsx';

/** `sup.xlsx` + others → `sup.combined.graded.xlsx` beside the first copy. */
export function combinedOutputPath(first: string): string {
  return path.join(path.dirname(first), `${inputStem(path.basename(first))}${COMBINED_SUFFIX}`);
}

export async function gradeCombined(args: readonly string[], options: GradeOptions = {}): Promise<GradeOutcome> {
  const sideFiles = [
    ...(options.pay ? [{ file: options.pay, flag: '--pay' as const }] : []),
    ...(options.data ? [{ file: options.data, flag: '--data' as const }] : []),
    ...(options.previous ? [{ file: options.previous, flag: '--previous' as const }] : []),
  ];
  const expanded = await expandInputs(args, { skipGraded: true, sideFiles });
  if (!expanded.ok) return fail(expanded.failures[0]!);
  const unique = await withoutCopies(expanded.files);
  const files = unique.files;
  const copies = await loadCopies(files, options);
  if (!copies.ok) return copies;
  const { form, inputs } = copies;
  // A copy's graded result beside it, corrected since (README's 改正后再评): skipped, the stale copy was combined at exit 0.
  for (const copy of expanded.gradedCopies) {
    const original = inputs.find((c) => c.file === copy.input);
    const differs = original ? await gradedCopyDiffers(copy, original.input, form, options) : null;
    if (differs) return fail(differs);
  }
  const notes = [...expanded.notes, ...unique.notes, ...copies.notes];
  const field = raterField(form);
  if (!form.raters || !field) {
    return fail(problem('combine-unsupported', { form: form.title, why: !form.raters ? 'one-rater' : 'no-rater-field' }, { file: files[0] }));
  }
  const read = readCopies(form, form.raters, field, inputs);
  if (!read.ok) return read;
  const alike = sameContent(form, read.records);
  if (alike.refused) return fail(alike.refused);
  read.records = alike.records;
  read.problems.push(...alike.notes);
  // A member's own copy beside a table's column of theirs (面试官李主管 in HR's copy): one interviewer, not two.
  read.records = memberInTable(form, field, read.records, read.problems);
  const mixed = mixedPeriods(read.periods, files);
  if (mixed) return fail(mixed);
  const offPeriod = options.period ? copiesAgainstPeriod(read.periods, options.period) : null;
  if (offPeriod) return fail(offPeriod);

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

  const merged = mergeRaters(form, read.records);
  leftOutRows(form, merged, read.records, read.problems, (f) => (inputs.find((c) => c.file === f)?.input as { grids?: Grid[] } | undefined)?.grids ?? []);
  const idFieldId = form.header.concat(form.footer ?? []).find((h) => h.role === 'id')?.id;
  read.problems.push(...peopleWrittenTwoWays(merged.people.map((m) => ({ name: nameOf(form, m.entries), id: cleanText(m.entries.header.get(idFieldId ?? '') ?? ''), files: m.files })), (f) => path.basename(f)));
  const people = scoreMerged(form, merged);
  const bands = emptyBandCounts(mainGrading(form).scale);
  for (const r of people) if (r.status === 'scored' && r.band !== null) bands[r.band] = (bands[r.band] ?? 0) + 1;
  const problems = [...notes, ...read.problems, ...merged.problems, ...people.flatMap((r) => r.problems)];
  // §14 for the merged people too (it was left out here without a word).
  if (options.pay) {
    const pay = await readPayFile(options.pay, { maxSize: options.maxSize, names: subjectNames(form) });
    if (!pay.ok) return fail(pay.failure);
    const period = options.period ?? periodOf(form, people);
    const monthPay = payForMonth(options.pay, pay, period);
    if (!monthPay.ok) return fail(monthPay.failure);
    const { table, problems: payProblems } = payReading(people, monthPay);
    problems.push(...payProblems, ...applyPay(form, people, table, payProblems));
    // The raters' copies' month against the pay file's, as one form graded alone is (it was never said here).
    const payMonth = payMonthProblem(options.pay, monthPay.table.months, period);
    if (payMonth) problems.push(payMonth);
  }
  const distribution = checkDistribution(form, limits, people);
  problems.push(...distribution.problems, ...departmentsWrittenTwoWays(people, 'people', { file: files[0]! }, form));

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
  // The month writeCombined labels 汇总 with, for --json's period as a file graded alone gives it.
  const period = options.period ?? periodOf(form, people);
  if (period) report.period = period;
  if (output) {
    const failure = await writeCombined(output, form, report, merged, options);
    if (failure) return fail(failure);
  }
  return { ok: true, report };
}

/** Files among raters' copies that are none (a readme.txt in the folder): the copies cannot be combined with them. */
function strayCopies(form: FormDef, files: string[], reason: string): Problem {
  return problem('combine-unsupported', { why: 'stray', names: files.map((f) => path.basename(f)), form: form.title, reason }, { file: files[0]! });
}

function fail(p: Problem): { ok: false; failure: Problem } {
  return { ok: false, failure: p };
}

type Copy = { file: string; input: LoadedInput };

/** Every copy read through the guarded loader, all of one form (the requested one, else each copy's own). */
async function loadCopies(
  files: string[],
  options: GradeOptions,
): Promise<{ ok: true; form: FormDef; inputs: Copy[]; notes: Problem[] } | { ok: false; failure: Problem }> {
  const requested = options.form ? await loadForm(options.form) : null;
  if (requested && !requested.ok) return fail(requested.problems[0]!);
  const inputs: Copy[] = [];
  let form: FormDef | undefined;
  const notes: Problem[] = [];
  const strays: Array<{ file: string; failure: Problem }> = [];
  for (const file of files) {
    const loaded = await loadInput(file, options);
    if (!loaded.ok) return fail({ ...loaded.failure, file: loaded.failure.file ?? file });
    // kpi's own report given among the copies (last run's combined result): said as what it is, as kpi score says
    // it of the file alone — not 「认不出是哪种考核表」 with --form to try.
    const report = reportOfKeywords(loaded.input.workbook?.keywords ?? loaded.input.fast?.pkg.keywords ?? '');
    if (report === 'combined') return fail(problem('combine-unsupported', { why: 'combined-output', name: path.basename(file) }, { file }));
    if (report) return fail(problem('kpi-report', { name: path.basename(file), kind: report }, { file }));
    // A record form's file (its mark, or --form naming one): one log per run, never copies to combine.
    const recordId = options.form ?? loaded.input.metadata?.form;
    if (recordId && (await listRecordForms()).includes(recordId)) {
      const record = await loadAnyForm(recordId);
      return fail(problem('combine-unsupported', { form: record.ok ? record.form.title : recordId, why: 'records' }, { file }));
    }
    const resolved = await resolveForm(requested?.ok ? requested.form : undefined, loaded.input, file, requested?.ok ? requested.digests : undefined);
    // A log of a record form recognised by its headings (three months of §23 given at once): said as one, as with
    // --form — it was 「认不出是哪种考核表」.
    if (!resolved.ok && !requested) {
      const log = await recordFormFitting(loaded.input);
      if (log) return fail(problem('combine-unsupported', { form: log.title, why: 'records' }, { file }));
    }
    // Not a copy of any form (a readme.txt beside the copies): said once every file is looked at, as not one of them.
    if (!resolved.ok) {
      strays.push({ file, failure: { ...resolved.failure, file } });
      continue;
    }
    if (form && resolved.form.id !== form.id) {
      return fail(problem('form-mixed', { case: 'raters', name: path.basename(file), form: resolved.form.title, formId: resolved.form.id, firstName: path.basename(files[0]!), first: form.title }, { file }));
    }
    form ??= resolved.form;
    notes.push(...resolved.notes);
    // Said of each copy as of a file graded alone: one open in Excel (its unsaved marks are not in the file), and its
    // hidden sheets (a peer's sheet of 林娜 hidden: her rating was left out without a word).
    const lock = await openElsewhere(file);
    if (lock) notes.push(problem('input-open', { name: path.basename(file), lock }, { file }));
    // (A note, as for a file alone: a hidden sheet is as often a list of choices as a person's.)
    if (loaded.input.hiddenSheets.length) notes.push(hiddenSheetProblem(resolved.form, loaded.input.hiddenSheets, file, sheetHoldsItems(loaded.input.workbook, resolved.form)));
    inputs.push({ file, input: loaded.input });
  }
  // The first sentence of why (认不出是哪种考核表), not its advice to use --form: that is not what is wrong here.
  if (strays.length && form) return fail(strayCopies(form, strays.map((x) => x.file), whatIsWrong(strays[0]!.failure)));
  if (strays.length) return fail(strays[0]!.failure);
  if (!form) return fail(problem('no-people', { case: 'no-files' }));
  return { ok: true, form, inputs, notes };
}

/**
 * Each copy's people, each with the rater group its 评分人 names (an unknown or empty one is a located
 * error on that person), the problems of reading them, and which files give which period.
 */
function readCopies(
  form: FormDef,
  raters: RaterDef[],
  field: HeaderField,
  inputs: Copy[],
): { ok: true; records: RaterRecord[]; problems: Problem[]; periods: Map<string, string[]> } | { ok: false; failure: Problem } {
  const records: RaterRecord[] = [];
  const problems: Problem[] = [];
  const periods = new Map<string, string[]>(); // period → files
  // Files with nothing of the form in them: beside copies that have, not copies (a readme.txt and --form).
  const empty: string[] = [];
  /** People whose rater was told by the cells they fill, their 评分人 naming someone (王五): checked against who is rated. */
  const byName: Array<{ file: string; person: PersonEntries; text: string; rater: RaterDef }> = [];
  /** Each unnamed copy's lone row under a one-person rater's columns (loneRow); each copy's raters (weighed) and people. */
  const lone: Array<LoneRow & { file: string }> = [];
  /** People of a copy of several raters' columns, taken as one record per rater (splitRaters). */
  const shared: Array<{ file: string; person: PersonEntries; taken: RaterRecord[] }> = [];
  const copyOf = new Map<string, { raters: Set<RaterDef>; people: Set<string> }>();
  for (const { file, input } of inputs) {
    const start = records.length;
    problems.push(...(input.notes ?? []));
    const all = readPeople(input.grids, form, file);
    if (all.tables === 0 || all.people.length === 0) {
      empty.push(file);
      continue;
    }
    const byRater = new Map<string, PersonEntries[]>();
    const rowsOf = new Map<string, number>();
    const ratedHere = new Set(all.people.filter((p) => [...p.entries.values()].some((e) => e.raw.kind !== 'empty')).map((p) => nameKey(nameOf(form, p) ?? '')));
    for (const p of all.people) rowsOf.set(nameKey(nameOf(form, p) ?? ''), (rowsOf.get(nameKey(nameOf(form, p) ?? '')) ?? 0) + 1);
    const told = all.people.map((person) => {
      const text = cleanText(person.header.get(field.id) ?? '');
      // The field names the rater (评分人 同事评); where it names none — left empty, a person's name (张经理), a signature
      // (考核人签字 张三) or the template's legend line read in its place — the copy's cells say whose it is when they are
      // one rater's only (a copy made with kpi template --rater).
      // (Or a person the row's own column for a rater names: 刘经理 under 直接主管, rowRater.)
      const named = rowRater(form, person.header);
      // A name those columns do not tell (王五 beside 直接主管 刘经理 and 间接主管 陈总, or 刘经理 in both) on a roster of a
      // row per rater: not the cells' rater — read as the 直接主管 of bare headings, 王五's marks counted at 70 % beside
      // 陈总's row (95.60 优秀 for a refusal). A rater's own copy (the person once) is still told by its cells.
      const unclear = !named && (rowsOf.get(nameKey(nameOf(form, person) ?? '')) ?? 0) > 1 && unclearName(form, person, text);
      const filled = named || unclear ? [] : filledRaters(form, person);
      return { person, text, named, unclear, filled, rater: named ?? (filled.length === 1 ? filled[0] : undefined) };
    });
    // A sheet or row of such a copy left blank (a peer who rated some of the team only) is that same rater's, not rating
    // this person: when the copy's other people say one rater, it is theirs (read as blank: absent, or missing if it must rate).
    const fileRaters = new Set(told.flatMap((t) => (t.rater ? [t.rater.id] : [])));
    // The plain template filled as meant (自评, 主管评, 客户评1 on each person's sheet) beside the peers' --rater copies: each
    // filled column is its rater's, as a copy of one rater's cells is. Refused as 「评分人未填写」, all three unscored at
    // exit 1 (c20: 林娜 82.60, 周杰 80.25, 王芳 62.00 combined).
    const splits = new Map(told.flatMap((t) => { const s = splitRaters(form, t, rowsOf); return s ? [[t.person, s] as const] : []; }));
    // Its blank sheets are the 主管's to fill, as a 主管's copy's are.
    const onlyRater = fileRaters.size === 1 ? raters.find((r) => fileRaters.has(r.id)) : splits.size && !fileRaters.size ? countingRater(form) : undefined;
    copyOf.set(file, { raters: new Set(told.flatMap((t) => (t.rater && t.rater.weight > 0 ? [t.rater] : []))), people: new Set(rowsOf.keys()) });
    const odd = loneRow(form, told.filter((t) => rowsOf.get(nameKey(nameOf(form, t.person) ?? '')) === 1));
    if (odd) lone.push({ ...odd, file });
    // People with a row of this file that names the rater that counts most (主管 | 林娜 …): their row signed with their own
    // name is theirs, a self-rating — read as a second 主管, both were refused.
    // (Or names who rated — 「王经理」 — on a row its cells tell the 主管's: not the person's own name, nor 本人.)
    const rowOfMain = (t: (typeof told)[number]) => !!t.text && (findRater(form, t.text) === countingRater(form) || (t.rater === countingRater(form) && !saysSelf(t.text) && nameKey(t.text) !== nameKey(nameOf(form, t.person) ?? '')));
    const mainRated = new Set(told.filter(rowOfMain).map((t) => nameKey(nameOf(form, t.person) ?? '')).filter(Boolean));
    for (const { person, text, named, unclear, filled, rater: own } of told) {
      const split = splits.get(person);
      if (split) {
        const taken = split.map((rater, i) => ({ file, rater, person: ownEntries(person, rater, rater === countingRater(form), i === 0) }));
        records.push(...taken);
        shared.push({ file, person, taken });
        continue;
      }
      // A sheet named for a person beside sheets named for raters (readPeople.ts personTabOfNoRater): whose marks, unknown —
      // taken as its cells' rater, a colleague's sheet was the 主管's.
      const tab = !text ? person.problems?.find((p) => p.code === 'rater-unknown' && (p.params as { case?: string }).case === 'sheet-tab') : undefined;
      if (tab) {
        if ([...person.entries.values()].some((e) => e.raw.kind !== 'empty')) records.push({ file, rater: null, person: { ...person, problems: person.problems!.filter((p) => p !== tab) }, error: tab });
        continue;
      }
      const rater = own ?? (filled.length === 0 && !unclear ? onlyRater : undefined);
      // A peer's copy (made with --people, a sheet for everyone) signed by the person on their own sheet: a self-rating,
      // set aside (it counted as a 同事评). The rater that counts most keeps its warning (a slip of the pen, scoreForm).
      const who = nameKey(nameOf(form, person) ?? '');
      const selfBesideMain = !!rater && !findRater(form, text) && !!who && nameKey(text) === who && mainRated.has(who);
      const self = rater && rater.weight > 0 ? ownRating(form, rater, text, nameOf(form, person), file, ratedHere) || selfBesideMain : false;
      const marked = [...person.entries.values()].some((e) => e.raw.kind !== 'empty');
      // (Her own sheet left blank — 同事-林娜.xlsx rating 周杰 and 王芳 only — has nothing to set aside: 「…说明评分人是被考核人
      // 本人…没有计入」 was said of an empty sheet.)
      if (rater && self) {
        if (!marked) continue;
        const { at } = raterPlace(field, person, file);
        const who = nameOf(form, person);
        const byFile = !raterWho(form, text) && fileRaterWho(form, rater, text, file, ratedHere) ? { fileName: path.basename(file) } : {};
        problems.push(problem('self-rated', { field: field.label, value: text, raters: rater.label, ownName: true, setAside: true, ...byFile }, at, { severity: 'warning', ...(who ? { person: who } : {}) }));
      } else if (rater) {
        appendTo(byRater, rater.id, person);
        if (text && !named) byName.push({ file, person, text, rater });
      }
      // A copy signed by someone who gave no marks (an interviewer who signed and left the rest blank): nothing of this
      // person is rated there, as a blank row is not — refused as signed by no rater of the form, every candidate was.
      else if (marked) records.push({ file, rater: null, person, error: unknownRater(form, field, person, text, file) });
      // Nothing read because its columns were not (HR's 「王经理 | 李主管」 for 面试官1, 面试官2): the error reading it alone
      // gives, on this person — the copy was dropped without a word, 2.60 一般 from 王经理's copy alone at exit 0.
      else {
        const unread = person.problems?.find((p) => p.code === 'unknown-column' && p.severity === 'error');
        if (unread) records.push({ file, rater: null, person, error: { ...unread, file: unread.file ?? file } });
      }
    }
    // Each rater's people read again with that rater's copy of the form: columns of other raters are not missing there.
    for (const [raterId, people] of byRater) {
      const rater = raters.find((r) => r.id === raterId)!;
      const copy = readPeople(input.grids, raterCopy(form, rater, { keepSlots: true }), file);
      const place = (p: PersonEntries) => `${p.at.sheet}!${p.at.cell ?? ''}`;
      const read = new Map(copy.people.map((p) => [place(p), p] as const));
      for (const p of people) {
        const own = read.get(place(p));
        // A 主管 copy that also fills 同事评 or 客户评 (a full template filled by one hand): combined, only each rater's own
        // copy counts, so those cells would be dropped and their weight given to the others. Which is meant cannot be told.
        const others = own && [...own.entries.values()].some((e) => e.raw.kind !== 'empty') ? filledGroups(form, p, rater, readCells(own)) : [];
        if (others.length) records.push({ file, rater: null, person: p, error: othersFilled(form, field, p, rater, others, file) });
        if (own) records.push({ file, rater, person: own });
        // A copy that says one rater and fills another's cells (a 同事评 copy marked 客户评, a 主管 form handed to a peer)
        // gives nothing its rater's copy can read: said, not dropped without a word.
        if (!own || ![...own.entries.values()].some((e) => e.raw.kind !== 'empty')) {
          const filled = filledGroups(form, p, rater);
          if (filled.length) records.push({ file, rater: null, person: p, error: raterMismatch(form, field, p, rater, filled, file) });
        }
      }
      for (const p0 of copy.problems) {
        const p = otherRatersColumnsLeftOut(p0, all.problems);
        if (p && !problems.some((q) => q.message === p.message && q.file === p.file)) problems.push({ ...p, file: p.file ?? file });
      }
    }
    // A copy of which nothing was taken (every sheet blank or unread): said, naming it — never dropped without a word.
    if (records.length === start) problems.push(problem('no-people', { case: 'copy-unused', name: path.basename(file), form: form.title }, { file }, { severity: 'warning' }));
    // (In the sheets' order: the 主管's rows read apart came after the sheets of several raters — c20b's 周杰 last.)
    if (splits.size) records.splice(start, records.length - start, ...inSheetOrder(records.slice(start), all.people));
    for (const person of all.people) notePeriods(form, person, file, periods);
    // A copy whose month is written only above its headings (「2026年2月客服岗位绩效考核表(同事评)」, 「考核月份 | 2026-02」):
    // that month, as a 考核月份 column's — February's peer marks were averaged into March's, 林娜 86.80 at exit 0.
    for (const s of all.stated ?? []) if (s.month) notePeriod(periods, s.month, file, { file, sheet: s.sheet, cell: s.cell }, s.text);
    // Or a month without its year so written (「2月份同事互评表」, 「考核月份:2月」), as a file's name 同事乙2月.xlsx is: that
    // copy merged into March's at exit 0, 张三 95.00 for 97.50 (its peer 待改进 averaged with March's 良好).
    if (![...periods.values()].some((fs) => fs.includes(file))) {
      for (const s of all.statedBare ?? []) notePeriod(periods, s.month, file, { file, sheet: s.sheet, cell: s.cell }, s.text);
    }
    // Nor there: the month its tab or its file's name gives, as a title's — a team naming its copies by month
    // (考核月份 left blank) had last month's 同事乙-2026年2月.xlsx averaged in as a second peer, 张三 74.60 一般 for 77.60 良好.
    const named = [...periods.values()].some((fs) => fs.includes(file)) ? undefined : monthOfNames(form, file, all.people.map((p) => p.at.sheet ?? ''));
    if (named) notePeriod(periods, named.month, file, named.at, named.text, named.from);
  }
  // A 评分人 naming one of the people rated (王五, rated himself on other rows) is a colleague, no supervisor: taken for the
  // rater its cells fill (the 主管 of bare item headings), his marks counted at 70 % for a person with no 主管 row.
  // Only when the person rated names someone too (王五 rates 陈一 and 陈一 rates 王五, or 李四 → 张三 → 王五 → 李四 round a
  // ring: colleagues): a team lead rating his team, rated himself by his own manager, is that team's 主管.
  const main = countingRater(form);
  const rated = new Set(records.map((r) => nameKey(nameOf(form, r.person) ?? '')).filter(Boolean));
  const namers = new Set(byName.map((b) => nameKey(b.text)));
  // And a 主管 copy signed with the person's own name beside another file's 主管 copy of them (林娜自评.xlsx made with
  // --rater 主管): her own marks, a self-rating set aside — as a second 主管, she was refused.
  const sameRow = (r: RaterRecord, b: { file: string; person: PersonEntries }) => r.file === b.file && r.person.at.sheet === b.person.at.sheet && r.person.at.cell === b.person.at.cell;
  for (const b of byName) {
    const who = nameKey(nameOf(form, b.person) ?? '');
    if (b.rater !== main || !who || nameKey(b.text) !== who) continue;
    const signedMain = records.some((r) => r.rater === main && r.file !== b.file && nameKey(nameOf(form, r.person) ?? '') === who && rowRater(form, r.person.header) === main);
    const i = records.findIndex((r) => r.rater === b.rater && sameRow(r, b));
    if (!signedMain || i < 0) continue;
    records.splice(i, 1);
    const { at } = raterPlace(field, b.person, b.file);
    problems.push(problem('self-rated', { field: field.label, value: b.text, raters: main.label, ownName: true, setAside: true }, at, { severity: 'warning', person: nameOf(form, b.person) ?? who }));
  }
  for (const b of byName) {
    const who = nameKey(nameOf(form, b.person) ?? '');
    if (b.rater !== main || !who || nameKey(b.text) === who || !rated.has(nameKey(b.text)) || !namers.has(who)) continue;
    const i = records.findIndex((r) => r.file === b.file && r.rater === b.rater && r.person.at.sheet === b.person.at.sheet && r.person.at.cell === b.person.at.cell);
    if (i >= 0) records[i] = { file: b.file, rater: null, person: records[i]!.person, error: unknownRater(form, field, b.person, b.text, b.file) };
  }
  // Refused where that rater has a copy of its own (all its rows that rater's) holding the person's row: the 主管 left
  // 张三 blank there. (Not holding him — a manager's copy of the 组长s beside a 组长's copy rating his one member as 主管评
  // and fellow 组长s as 同事评 — the lone row may be the 主管's own.) When that copy rates him too, it is said as that
  // rater twice (mergeRaters).
  const marked = (r: RaterRecord) => [...r.person.entries].some(([key, e]) => answered(form, key, e));
  for (const o of lone) {
    const who = nameKey(nameOf(form, o.person) ?? '');
    const owner = [...copyOf].find(([f, c]) => f !== o.file && c.raters.size === 1 && c.raters.has(o.rater) && c.people.has(who))?.[0];
    const i = records.findIndex((r) => r.rater === o.rater && sameRow(r, o));
    const twice = records.some((r) => r.rater === o.rater && r.file !== o.file && nameKey(nameOf(form, r.person) ?? '') === who && marked(r));
    // (A warning, the row scored as filled: a 组长's copy rating his member under 主管评 beside the manager's copy listing
    // that member blank is the same picture, and sound — review: 李四 80.00 良好 refused.)
    if (owner && i >= 0 && !twice) problems.push({ ...loneRowProblem(form, field, o, owner), severity: 'warning' });
  }
  const split = new Set(shared.flatMap((sh) => sh.taken));
  for (const sh of shared) refuseSharedGroup(form, field, sh, records, split);
  if (empty.length) {
    const first = problem('no-people', { case: 'rater-file', name: path.basename(empty[0]!), form: form.title }, { file: empty[0]! });
    if (empty.length === inputs.length) return fail(first);
    return fail(strayCopies(form, empty, '没有找到它的填写内容'));
  }
  return { ok: true, records, problems, periods };
}

/**
 * A rater's reading calls the other raters' columns (a full template's 同事评, 客户评, left empty for their own
 * copies) not this form's items: only the columns the whole form does not know either are said.
 */
function otherRatersColumnsLeftOut(p: Problem, whole: readonly Problem[]): Problem | null {
  const ignored = (q: Problem) => {
    const params = q.params as { case?: string; sheet?: string; columns?: Array<{ heading: string; cell: string }> } | undefined;
    return q.code === 'unknown-column' && params?.case === 'ignored' && params.columns ? (params as ParamsOf<'unknown-column'> & { case: 'ignored' }) : null;
  };
  const mine = ignored(p);
  if (!mine) return p;
  const unknown = new Set(whole.flatMap((q) => (ignored(q)?.sheet === mine.sheet ? ignored(q)!.columns.map((c) => c.cell) : [])));
  const columns = mine.columns.filter((c) => unknown.has(c.cell));
  if (columns.length === 0) return null;
  if (columns.length === mine.columns.length) return p;
  return problem('unknown-column', { ...mine, columns }, { ...(p.file ? { file: p.file } : {}), ...(p.sheet ? { sheet: p.sheet } : {}), cell: columns[0]!.cell }, { severity: p.severity });
}

/** An entry holding an answer: not empty, nor 「无」 for a rater who did not rate (engine/slot.ts). */
function answered(form: FormDef, key: string, entry: RawEntry): boolean {
  if (entry.raw.kind === 'empty') return false;
  const [itemId, inputId] = key.split('\u0000');
  const item = form.parts.flatMap((p) => p.items).find((i) => i.id === itemId);
  return !item || !saysNothing(item, inputId!, entry);
}

/** The rater groups whose cells hold something in a person's full reading. */
function filledRaters(form: FormDef, person: PersonEntries): RaterDef[] {
  const ids = new Set<string>();
  for (const [key, entry] of person.entries) {
    const group = raterOfKey(key);
    if (group && answered(form, key, entry)) ids.add(group);
  }
  return (form.raters ?? []).filter((r) => ids.has(r.id));
}

/**
 * The raters of a sheet or row whose filled columns are several raters' (自评 | 主管评 | 客户评1 of the plain template), the
 * 主管's among them, when its 评分人 is blank or names the 主管: the columns say who rated each (rater-claim, scoreForm,
 * says a sheet signed by another). Undefined otherwise (one rater's copy, or whose marks they are is not told).
 */
function splitRaters(form: FormDef, t: { person: PersonEntries; text: string; named?: RaterDef; unclear: boolean }, people: ReadonlyMap<string, number>): RaterDef[] | undefined {
  const main = countingRater(form);
  // (Or signed by a name of no rater group and of nobody rated in the file — a colleague filling a 主管's columns is no
  // 主管: §7's 考核人 「陈经理」 over 主管 and 自评 filled was refused as 「不是本表的评分人」, all three unscored, where the copy
  // alone scores them.)
  const signed = !!t.text && !t.named && !findRater(form, t.text) && !saysSelf(t.text) && !people.has(nameKey(t.text));
  if (!main || t.unclear || (t.text && t.named !== main && !signed)) return undefined;
  const filled = filledRaters(form, t.person);
  return filled.length > 1 && filled.includes(main) ? [main, ...filled.filter((r) => r !== main)] : undefined;
}

function inSheetOrder(records: RaterRecord[], people: readonly PersonEntries[]): RaterRecord[] {
  const place = (p: PersonEntries) => `${p.at.sheet}!${p.at.cell ?? ''}`;
  const order = new Map(people.map((p, i) => [place(p), i] as const));
  return records.map((r, i) => ({ r, i })).sort((a, b) => (order.get(place(a.r.person)) ?? 0) - (order.get(place(b.r.person)) ?? 0) || a.i - b.i).map((x) => x.r);
}

/** A person's entries of one rater (with the items no rater rates, for the 主管); the reading's problems once, on the first. */
function ownEntries(person: PersonEntries, rater: RaterDef, main: boolean, first: boolean): PersonEntries {
  const entries = new Map([...person.entries].filter(([key]) => raterOfKey(key) === rater.id || (main && raterOfKey(key) === '')));
  const { problems, ...rest } = person;
  return { ...rest, entries, ...(first && problems ? { problems } : {}) };
}

/**
 * A group of several (同事评) filled on a sheet of several raters' columns while copies of that group's own are given too:
 * the column may be one of those copies typed in, counted twice — not for kpi to guess. That sheet's records give way to
 * an error (the person is not scored).
 */
function refuseSharedGroup(form: FormDef, field: HeaderField, sh: { file: string; person: PersonEntries; taken: RaterRecord[] }, records: RaterRecord[], split: ReadonlySet<RaterRecord>): void {
  // The person's rows of the same file signed by the group are its own copies too (r4: 林娜's 主管 row with 同事评1 优秀
  // beside two rows signed 同事评, 良好 and 一般: counted as a third peer, 94.00 优秀 at exit 0) — named by their place.
  const who = nameKey(nameOf(form, sh.person) ?? '');
  const own = (r: RaterRecord) => (r.file !== sh.file ? path.basename(r.file) : split.has(r) || nameKey(nameOf(form, r.person) ?? '') !== who ? null : raterPlace(field, r.person, r.file).place);
  const owners = (g: RaterDef) => [...new Set(records.filter((r) => r.rater === g).flatMap((r) => own(r) ?? []))];
  const groups = sh.taken.map((r) => r.rater!).filter((g) => g.multiple && owners(g).length);
  if (!groups.length) return;
  const { at, place } = raterPlace(field, sh.person, sh.file);
  const owner = [...new Set(groups.flatMap(owners))];
  const error = raterProblem(form, sh.person, { case: 'shared-group', place, groups: groups.map((g) => g.label), owners: owner }, at);
  records.splice(records.indexOf(sh.taken[0]!), 1, { file: sh.file, rater: null, person: sh.person, error });
  for (const r of sh.taken.slice(1)) records.splice(records.indexOf(r), 1);
}

/** The cells a reading took its entries from. */
function readCells(person: PersonEntries): Set<string> {
  return new Set([...person.entries.values()].map((e) => `${e.at.sheet}!${e.at.cell}`));
}

/**
 * The rater groups other than `rater` whose cells hold something in a person's full reading; `besides`: cells the
 * rater's own reading took (under headings naming no rater, the full reading gives them to the rater that counts).
 */
function filledGroups(form: FormDef, person: PersonEntries, rater: RaterDef, besides: ReadonlySet<string> = new Set()): string[] {
  const ids = new Set<string>();
  for (const [key, entry] of person.entries) {
    const group = raterOfKey(key);
    if (group && group !== rater.id && answered(form, key, entry) && !besides.has(`${entry.at.sheet}!${entry.at.cell}`)) ids.add(group);
  }
  return (form.raters ?? []).filter((r) => ids.has(r.id)).map((r) => r.label);
}

/**
 * A 评分人 naming the person rated: 「周杰」 on 周杰's sheet of a 同事评 copy, or 「同事评(周杰)」. The group's own name
 * alone, or the person's name in a copy of the rater that counts most (a supervisor sharing the name), is not.
 */
function ownRating(form: FormDef, rater: RaterDef, text: string, name: string | undefined, file: string, ratedHere: ReadonlySet<string>): boolean {
  if (!name) return false;
  // (评分人 left blank on the plain template, the peer named by the file alone: 同事-林娜.xlsx's 同事评1 on 林娜's own sheet
  // was counted as a peer's — 林娜 86.60 良好 for 85.60, 周杰 84.00 for 82.00, at exit 0.)
  if (!text) {
    const byFile = fileRaterWho(form, rater, text, file, ratedHere);
    return !!byFile && nameKey(byFile) === nameKey(name);
  }
  const who = raterWho(form, text) ?? fileRaterWho(form, rater, text, file, ratedHere);
  if (who) return nameKey(who) === nameKey(name);
  if (findRater(form, text)) return false;
  const main = countingRater(form);
  return rater !== main && nameKey(text) === nameKey(name);
}

/**
 * Who a copy's file's name says rated it, its 评分人 saying the group only (「同事评」, as kpi template --rater 同事 leaves
 * it): 同事-林娜.xlsx → 林娜. Her own sheet there was counted as a peer's 优秀 — 林娜 92.75 优秀 for 89.00 良好 at exit 0.
 * Only where the copy rates others too (`ratedHere`): a copy rating 林娜 alone may be named for whom it rates. Not for the
 * rater that counts most (a supervisor may share the name of one rated).
 */
function fileRaterWho(form: FormDef, rater: RaterDef, text: string, file: string, ratedHere: ReadonlySet<string>): string | undefined {
  const stem = raterPart(form, rater, inputStem(path.basename(file)));
  if (rater === countingRater(form) || (text && findRater(form, text) !== rater) || !stem) return undefined;
  const who = stemRaterWho(form, rater, stem);
  return who && [...ratedHere].some((k) => k && k !== nameKey(who)) ? who : undefined;
}

/**
 * The part of a file's name that names its rater: all of it, or after the form's title — 考核表-同事-林娜 (review: her own
 * sheet there counted as a peer's, 林娜 86.60 for 85.60 at exit 0, where 同事-林娜.xlsx set it aside).
 */
function raterPart(form: FormDef, rater: RaterDef, stem: string): string | undefined {
  if (findRater(form, stem) === rater) return stem;
  // (A title naming another group — 客户评价表-同事-林娜 — is no rater's: the part after it is.)
  const parts = stem.split(/[\s\-_—–－]+/u);
  for (let i = 1; i < parts.length; i++) {
    const tail = parts.slice(i).join('-');
    if (findRater(form, tail) === rater) return tail;
  }
  return undefined;
}

/** A month after the name in a file's name: 「-3月」「_2026-03」「 202603」「(3月)」. */
const STEM_MONTH = /[\s\-_—–－((]*(?:\d{4}\s*[-年._]?\s*)?\d{1,2}\s*月?(?:份)?[))]?$|[\s\-_—–－]*\d{6}$/u;

/**
 * Who a file's name says rated the copy: 「同事-林娜」, and as teams name copies 「同事-林娜-3月」 (the month after the name)
 * or 「林娜-同事评」 (the name first) — those two were no one, and 林娜's own sheet in them was counted as a peer's.
 */
function stemRaterWho(form: FormDef, rater: RaterDef, stem: string): string | undefined {
  const plain = stem.replace(STEM_MONTH, '');
  const who = raterWho(form, stem) ?? (plain && plain !== stem ? raterWho(form, plain) : undefined);
  if (who) return who;
  const nameFirst = /^(\p{Script=Han}{2,4})[\s\-_—–－]+(.+)$/u.exec(plain);
  return nameFirst && findRater(form, nameFirst[2]!) === rater && !findRater(form, nameFirst[1]!) ? nameFirst[1] : undefined;
}

/** Where a person's 评分人 is (its cell, else the person's place) and how a message names it: 「同事甲.xlsx 张三!F4」. */
function raterPlace(field: HeaderField, person: PersonEntries, file: string): { at: Location; place: string } {
  const cell = person.headerCells?.get(field.id);
  const at = { ...person.at, ...(cell ? { cell } : {}), file };
  return { at, place: `${path.basename(file)}${where(at) ? ` ${where(at)}` : ''}` };
}

function raterProblem(form: FormDef, person: PersonEntries, fields: ParamsOf<'rater-unknown'>, at: Location): Problem {
  const p = problem('rater-unknown', fields, at);
  const name = nameOf(form, person);
  if (name) p.person = name;
  return p;
}

function raterMismatch(form: FormDef, field: HeaderField, person: PersonEntries, rater: RaterDef, filled: string[], file: string): Problem {
  const { at, place } = raterPlace(field, person, file);
  return raterProblem(form, person, { case: 'mismatch', place, field: field.label, value: rater.label, filled }, at);
}

function othersFilled(form: FormDef, field: HeaderField, person: PersonEntries, rater: RaterDef, filled: string[], file: string): Problem {
  const { at, place } = raterPlace(field, person, file);
  return raterProblem(form, person, { case: 'others-filled', place, field: field.label, value: rater.label, filled }, at);
}

function unknownRater(form: FormDef, field: HeaderField, person: PersonEntries, text: string, file: string): Problem {
  const { at, place } = raterPlace(field, person, file);
  const columns = unclearName(form, person, text) ? namedInColumns(form, person.header).map((c) => `${c.label}「${c.name}」`) : [];
  const fields = text ? { case: 'typed', place, field: field.label, value: text, raters: raterNames(form), ...(columns.length ? { columns } : {}) } as const : { case: 'empty', place, field: field.label, raters: raterNames(form) } as const;
  return raterProblem(form, person, fields, at);
}

/** A copy's one row under a one-person rater's columns (`rater`) beside `rows` rows of one group of several (`group`). */
type LoneRow = { person: PersonEntries; text: string; rater: RaterDef; group: RaterDef; rows: number };

/**
 * The one row of a copy naming no rater that fills a one-person rater's columns (主管评) while its other rows, two or more,
 * fill one group's of several (同事评1): a peer's copy typed 张三's 待改进 under 主管评, and it was his supervisor score —
 * 42.50 = (70·40 + 10·60)/80 at exit 0, where his 主管's copy left him blank. Review of the first try, which refused any
 * row unlike the copy's most: a manager 间接主管 to most and 直接主管 to a 组长 (王五 108.00 unscored), a 组长's 主管评 rows
 * beside a fellow 组长's 同事评, and ties are one hand rating in two roles — none of them is a lone row beside a group's.
 */
function loneRow(form: FormDef, told: ReadonlyArray<{ person: PersonEntries; text: string; named?: RaterDef; unclear: boolean; rater?: RaterDef }>): LoneRow | undefined {
  if (told.some((t) => t.named || t.unclear || findRater(form, t.text))) return undefined;
  const rated = told.filter((t) => t.rater && t.rater.weight > 0);
  const single = rated.filter((t) => !t.rater!.multiple);
  const rest = rated.filter((t) => t !== single[0]);
  const group = rest[0]?.rater;
  if (single.length !== 1 || rest.length < 2 || !group?.multiple || rest.some((t) => t.rater !== group)) return undefined;
  const { person, text, rater } = single[0]!;
  return { person, text, rater: rater!, group, rows: rest.length };
}

/** A lone row (loneRow) refused at its first filled cell of its rater's; `owner`: that rater's own copy. */
function loneRowProblem(form: FormDef, field: HeaderField, o: LoneRow & { file: string }, owner: string): Problem {
  const first = [...o.person.entries].find(([key, e]) => raterOfKey(key) === o.rater.id && answered(form, key, e))?.[1].at;
  const at = { ...o.person.at, ...(first ?? {}), file: o.file };
  const place = `${path.basename(o.file)}${where(at) ? ` ${where(at)}` : ''}`;
  return raterProblem(form, o.person, { case: 'lone-row', place, field: field.label, ...(o.text ? { value: o.text } : {}), filled: o.rater.label, group: o.group.label, rows: o.rows, owner: path.basename(owner) }, at);
}

/** A 评分人 that is someone's name (not the person's own, not 自评) on a row whose columns name its raters, which it is none of. */
function unclearName(form: FormDef, person: PersonEntries, text: string): boolean {
  if (!text || rowRater(form, person.header) || saysSelf(text) || nameKey(text) === nameKey(nameOf(form, person) ?? '')) return false;
  return namedInColumns(form, person.header).length > 0;
}

/** Adds the periods a person's header gives (2026-03, 2026年3月 … as one month) to `periods`. */
function notePeriods(form: FormDef, person: PersonEntries, file: string, periods: Map<string, string[]>): void {
  for (const f of form.header.concat(form.footer ?? []).filter((h) => h.role === 'period' && !h.perRater)) {
    const v = cleanText(person.header.get(f.id) ?? '');
    if (!v) continue;
    const cell = person.headerCells?.get(f.id);
    // A 26th-to-25th cycle (「2026-02-26至2026-03-25」) is the month it ends in: beside a copy saying 2026-03 it was refused
    // as another month.
    notePeriod(periods, parseMonth(v) ?? monthCycle(v)?.month ?? v, file, { ...person.at, ...(cell ? { cell } : {}), file }, undefined, undefined, v);
  }
}

/**
 * Adds `file` under the period `key`; `title`: the text above the headings it was read from, when not a 考核月份 cell
 * (`from`: or the sheet's tab, the file's name); `typed`: that cell's text.
 */
function notePeriod(periods: Map<string, string[]>, key: string, file: string, place: Location, title?: string, from?: MonthFrom, typed?: string): void {
  const list = periods.get(key) ?? [];
  if (!list.includes(file)) list.push(file);
  periods.set(key, list);
  // Where each file first gives it: the refusal points at the copy of the odd month, at its cell.
  const at = periodPlaces.get(periods) ?? new Map<string, PeriodPlace>();
  periodPlaces.set(periods, at);
  if (!at.has(`${key}\u0000${file}`)) at.set(`${key}\u0000${file}`, { at: place, ...(title ? { title } : {}), ...(from ? { from } : {}), ...(typed ? { typed } : {}) });
}

/** Where a copy's month was read when none of its cells gives it. */
type MonthFrom = 'sheet' | 'file';

/**
 * The month a copy's names give: the tab its people are on (「2月同事评」, 「2026年2月」), else its file's name
 * (同事乙-2026年2月.xlsx, 同事甲-3月.xlsx). None for a form whose raters each date their own copy (perRater: §15's 初试
 * and 复试 may be in two months). Never its folder's: a folder is named when the copies are collected (2026年4月/ with the
 * 主管's 2026-03 and two blank copies was refused as 2026-04 at exit 2, for 张三 86 良好).
 */
function monthOfNames(form: FormDef, file: string, sheets: readonly string[]): { month: string; at: Location; text: string; from: MonthFrom } | undefined {
  if (form.header.concat(form.footer ?? []).some((h) => h.role === 'period' && h.perRater)) return undefined;
  const tabs = [...new Set(sheets)].filter((t) => monthOfName(t));
  const months = new Set(tabs.map(monthOfName));
  if (months.size === 1) return { month: [...months][0]!, at: { file, sheet: tabs[0]! }, text: tabs[0]!, from: 'sheet' };
  if (months.size > 1) return undefined;
  const name = monthOfName(inputStem(path.basename(file)));
  return name ? { month: name, at: { file }, text: path.basename(file), from: 'file' } : undefined;
}

/** Where a copy's month was read: a 考核月份 cell (`typed`, its text), else the text above its headings or its names (`title`). */
type PeriodPlace = { at: Location; title?: string; from?: MonthFrom; typed?: string };

/** The first place each (period, file) was read, by the periods map it was noted in. */
const periodPlaces = new WeakMap<Map<string, string[]>, Map<string, PeriodPlace>>();

/**
 * The copies' one month (mixedPeriods has let them through) against --period, as a file graded alone is: every copy
 * February's (考核月份 2026-02, 「2026年2月…」 above the headings, 主管-2月.xlsx) combined with --period 2026-03 was labelled
 * and graded March's at exit 0 — 张三 97.50 优秀 under 「考核月份:2026-03」. A month without its year (「2月」) is
 * compared by its number, --period giving the year; text that names no month, and copies naming none, take --period.
 */
function copiesAgainstPeriod(periods: Map<string, string[]>, period: string): Problem | null {
  const flag = parseMonth(period);
  const [month, fs] = [...periods][0] ?? [];
  if (!flag || !month || !fs || periods.size !== 1) return null;
  const full = parseMonth(month) === month ? month : undefined;
  const bare = full ? undefined : monthNumberOf(month);
  const said = full ?? (bare?.year !== undefined ? `${bare.year}-${String(bare.month).padStart(2, '0')}` : undefined);
  if (said ? said === flag : !bare || bare.month === Number(flag.slice(5))) return null;
  const places = periodPlaces.get(periods);
  const copies = fs.map((f) => copyPlace(f, places?.get(`${month}\u0000${f}`)));
  const first = places?.get(`${month}\u0000${fs[0]}`)?.at ?? { file: fs[0]! };
  return problem('month-unknown', { case: 'copies-and-period', month, flag, copies }, first, { severity: 'error' });
}

/** A copy and where its month was read, as a message names them. */
function copyPlace(file: string, place: PeriodPlace | undefined): Extract<ParamsOf<'month-unknown'>, { case: 'copies-and-period' }>['copies'][number] {
  const name = path.basename(file);
  if (place?.from) return { name, from: place.from, text: place.title ?? '' };
  if (place?.title) return { name, from: 'title', place: where(place.at), text: place.title };
  return { name, from: 'cell', place: where(place?.at ?? {}), text: place?.typed ?? '' };
}

/** Copies of different periods cannot be one person's result. */
function mixedPeriods(periods: Map<string, string[]>, files: string[]): Problem | null {
  // 「3月」 without its year in one copy beside 2026-03 in the others is that month (README reads a bare month so too).
  const full = [...periods.keys()].filter((k) => parseMonth(k) === k);
  for (const key of [...periods.keys()]) {
    const bare = parseMonth(key) === null ? monthNumberOf(key) : undefined;
    if (!bare || bare.year !== undefined) continue;
    // (Or, with no full month of it, a bare one written another way: 「三月」 in a cell, 「3月」 in a file's name.)
    const bareSame = [...periods.keys()].filter((k) => k !== key && parseMonth(k) === null && monthNumberOf(k)?.year === undefined && monthNumberOf(k)?.month === bare.month);
    const same = full.some((k) => Number(k.slice(5)) === bare.month) ? full.filter((k) => Number(k.slice(5)) === bare.month) : bareSame.slice(0, 1);
    if (same.length !== 1) continue;
    periods.set(same[0]!, [...new Set([...periods.get(same[0]!)!, ...periods.get(key)!])]);
    periods.delete(key);
  }
  if (periods.size <= 1) return null;
  const list = [...periods.entries()].map(([period, fs]) => ({ period, files: fs.map((f) => path.basename(f)) }));
  // At the copy of the month fewest copies give (同事丙-2月.xlsx among two of March), where its month is written.
  // (Of two copies, one month each: the one whose month is written above its headings only, not in a 考核月份 cell.)
  const places = periodPlaces.get(periods);
  const titled = ([period, fs]: [string, string[]]) => !!places?.get(`${period}\u0000${fs[0]}`)?.title;
  const [oddPeriod, oddFiles] = [...periods.entries()].reduce((a, b) => (b[1].length < a[1].length || (b[1].length === a[1].length && titled(b) && !titled(a)) ? b : a));
  const odd = places?.get(`${oddPeriod}\u0000${oddFiles[0]}`);
  // (Its month written above the headings only: where, as the copy shows no 考核月份 to look at. Or, the odd copy's month
  // in a cell, another's so written or read from its names: the 主管's 2026-03 beside two peers' tabs 「2月同事评」
  // 「2026年2月」 was refused with no word of where 2026-02 came from.)
  const noted = [...periods.entries()].flatMap(([p, fs]) => fs.map((f) => ({ file: f, place: places?.get(`${p}\u0000${f}`) })));
  const shown = odd?.title ? { file: oddFiles[0]!, place: odd } : noted.find((n) => n.place?.title);
  const title = shown?.place?.title ? { title: { name: path.basename(shown.file), place: where(shown.place.at), text: shown.place.title, ...(shown.place.from ? { from: shown.place.from } : {}) } } : {};
  return problem('period-mixed', { case: 'raters', periods: list, ...title }, odd?.at ?? { file: files[0] });
}

/** The merged entries scored; a person with a merge error (unknown rater, same rater twice) is not scored. */
function scoreMerged(form: FormDef, merged: ReturnType<typeof mergeRaters>): PersonResult[] {
  const scored = scoreForm(form, merged.people.map((m) => m.entries));
  const people: PersonResult[] = scored.people.map((r, i) => {
    const errors = merged.people[i]!.errors;
    if (errors.length === 0) return r;
    const { bandData: _d, grades: _g, rank: _r, ...rest } = r;
    // Nothing was spread to other raters' weights for a person not scored: that note would mislead. Nor, a copy of theirs
    // refused (its 评分人 張经理, a column maybe counted twice), is 「这份表只有「同事评」的评分…请把两份表一起评分」 true:
    // it was said at the first file, of copies scored together, the refused copy holding the 主管评 it said was missing.
    const refused = errors.some((p) => p.code === 'rater-unknown');
    // (Nor 「还没有填写任何一项」 of a person whose only sheet was set aside for its tab naming no rater: it was filled.)
    const tabbed = errors.some((p) => p.code === 'rater-unknown' && (p.params as { case?: string }).case === 'sheet-tab');
    const problems = [...errors, ...r.problems.filter((p) => p.code !== 'rater-spread' && !(refused && p.code === 'rater-copy-alone') && !(tabbed && p.code === 'nothing-filled'))];
    const n = problems.filter((p) => p.severity === 'error').length;
    return { ...rest, status: 'error', total: null, total100: null, points: null, band: null, problems, explanation: `有 ${n} 个错误,未计算总分` };
  });
  return rank(people);
}

/**
 * Where a person's result came from, as 汇总 shows it: one-person raters' files by name (主管.xlsx), peers' as a count
 * (同事评 1 份) — named, a lone peer's file beside 明细's 同事评 level would say who gave it.
 */
function sourcesShown(m: ReturnType<typeof mergeRaters>['people'][number]): string {
  const named: string[] = [];
  const counted = new Map<string, number>();
  for (const f of m.files) {
    const rater = m.raterOf.get(f);
    if (rater?.multiple) counted.set(rater.label, (counted.get(rater.label) ?? 0) + 1);
    else named.push(path.basename(f));
  }
  return [...named, ...[...counted].map(([label, n]) => `${label} ${n} 份`)].join('、');
}

/** The combined result: the summary sheets only (the copies stay as they are); the failure when it cannot be written. */
async function writeCombined(output: string, form: FormDef, report: GradeReport, merged: ReturnType<typeof mergeRaters>, options: GradeOptions): Promise<Problem | null> {
  const files = report.inputs ?? [report.input];
  const wb = new Workbook();
  wb.creator = 'kpi';
  wb.keywords = COMBINED_KEYWORDS;
  const period = options.period ?? periodOf(form, report.people);
  const added = addSummarySheets(wb, {
    formTitle: form.title,
    period,
    ...periodHeading(form, period),
    inputName: files.map((f) => path.basename(f)).join('、'),
    gradedAt: options.gradedAt ?? new Date(),
    people: report.people,
    // Where each person came from: the files, not a sheet of this workbook (shown as text, not linked).
    places: merged.people.map((m) => ({ sheet: sourcesShown(m), cell: 'A1' })),
    bands: report.bands,
    // The copies' sheets are not in this workbook: each is named with its file (「[同事乙.xlsx]考核表」), not linked.
    problems: report.problems.map((p) => (p.file && p.sheet ? { ...p, sheet: `[${path.basename(p.file)}]${p.sheet}` } : p)),
  });
  // kpi's marks (a hidden _kpi sheet), as on every graded workbook: saved under a name of the user's into a folder of
  // copies, it is told as kpi's result and not read as one more rater's copy.
  const ledger = new GradedLedger();
  for (const name of Object.values(added.names)) ledger.addedSheet(name);
  ledger.save(wb, VERSION, options.gradedAt ?? new Date(), files.map((f) => path.basename(f)).join('、'), period ?? undefined);
  const prepared = { charts: added.charts, linkSheets: [added.names.summary, added.names.problems] };
  try {
    await writeFileAtomic(output, (tmp) => writeGradedWorkbook(wb, prepared, tmp), { overwrite: options.force ?? false });
    return null;
  } catch (err) {
    return outputFailure(output, err);
  }
}

/**
 * A copy's graded workbook whose marks are not the copy's own (corrected since it was graded): the first person whose
 * marks differ, said as the roll-up says a corrected month; null when they agree (or it cannot be read).
 */
async function gradedCopyDiffers(copy: { graded: string; input: string }, original: LoadedInput, form: FormDef, options: GradeOptions): Promise<Problem | null> {
  // The copy saved after its result (corrected in the copy itself, as README's first way): the copy is what counts.
  const mtime = (f: string) => files.stat(f).then((s) => s.mtimeMs, () => 0);
  if ((await mtime(copy.input)) >= (await mtime(copy.graded))) return null;
  const loaded = await loadInput(copy.graded, options);
  if (!loaded.ok) return null;
  const periodField = form.header.find((h) => h.role === 'period');
  const byPerson = (input: LoadedInput, file: string) => {
    const out = new Map<string, { name: string; marks: string; period: string }>();
    for (const p of readPeople(input.grids, form, file).people) {
      const name = nameOf(form, p);
      out.set(name, { name, marks: marksOf(p), period: periodField ? (p.header.get(periodField.id) ?? '').trim() : '' });
    }
    return out;
  };
  const mine = byPerson(original, copy.input);
  const theirs = byPerson(loaded.input, copy.graded);
  // Last month's result under this month's copy's name (the same file names every month): not a result of this copy.
  const months = (m: Map<string, { period: string }>) => new Set([...m.values()].map((x) => x.period).filter(Boolean));
  const [a, b] = [months(mine), months(theirs)];
  if (a.size && b.size && ![...a].some((x) => b.has(x))) return null;
  for (const k of new Set([...mine.keys(), ...theirs.keys()])) {
    if (mine.get(k)?.marks === theirs.get(k)?.marks) continue;
    const said = (x: { marks: string } | undefined) => (x ? '有' : '没有此人');
    return problem('month-duplicate', { case: 'graded-differs', name: path.basename(copy.graded), other: path.basename(copy.input), person: k, here: said(theirs.get(k)), there: said(mine.get(k)), combine: true }, { file: copy.graded });
  }
  return null;
}
