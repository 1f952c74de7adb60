import { hiddenSheetProblem, sheetHoldsItems } from './sheetRater.js';
import path from 'node:path';
import { files } from './fileSystem.js';
import { copyRaterOf } from '../engine/raterCopy.js';
import { FormScorer, scoreForm } from '../engine/scoreForm.js';
import { payForMonth, payMonthProblem, readPayFile, subjectNames } from './readPay.js';
import { reportOfKeywords } from './ownWorkbook.js';
import { isDefinitionFile, listForms, listRecordForms, loadAnyForm } from '../forms/load.js';
import type { PersonResult } from '../model/result.js';
import type { RecordFormDef } from '../model/records.js';
import type { FormDef } from '../model/definition.js';
import type { Problem } from '../model/problem.js';
import { amend, problem, reframe, type ParamsOf } from '../model/problems/index.js';
import { detailTruncated } from './graded/summarySheets.js';
import { writeFileAtomic } from './atomic.js';
import { longCellProblems } from './cellLimit.js';
import { shownName } from './shownName.js';
import { checkDistribution, effectiveLimits, unknownLimitBands } from '../engine/distribution.js';
import { departmentsWrittenTwoWays } from '../engine/departmentNames.js';
import { droppedContent } from './graded/dropped.js';
import { NoRoomError } from './graded/results.js';
import { rosterMonthTabsAside, tabMonthProblems } from './tabMonths.js';
import { rosterRowMonths, rosterSheetMonths, sheetMonths, signedAfter } from './sheetMonths.js';
import { foldBareMonths, monthsOfRows, periodOf, rowMonth, prepareGradedWorkbook, rowsSheet, workbookFromRows, writeGradedWorkbook, type PreparedWorkbook } from './graded/workbook.js';
import { FAST_MIN_TABLE_ROWS, fastFromRows } from './fast/fromRows.js';
import { scoreColumnsOnly } from './missingColumns.js';
import { headerMonthIn, nextMonth, parseMonth, previousMonth } from '../engine/period.js';
import { spanHolds } from './monthAbove.js';
import { DEFAULT_MAX_SIZE } from './inputSize.js';
import type { LoadedInput } from './formats/format.js';
import { isWorkbookName } from './formats/names.js';
import { loadInput } from './loadInput.js';
import { openElsewhere } from './openElsewhere.js';
import { fsProblem } from './sniff.js';
import { applyPay, payReading, auxiliaryAsOutput, checkMark, defaultOutputPath, isFormId, formMismatch, formTheFileIs, outputClash, recordFormFitting, outputFailure, requestedFormNotes, resolveForm, unknownBandProblem } from './gradeSteps.js';
import type { GradeOptions, GradeOutcome, GradeReport } from './outcome.js';
import { readPeople, type ReadResult } from './readPeople.js';
import type { PersonEntries } from '../model/entries.js';
import { appendTo } from '../model/groups.js';
import { groupRowsOfOnePerson, raterSheetsOfOnePerson, rowRaterWatch } from './raterRows.js';
import { readWithExport, type DataInfo } from './readExport.js';
import { Unsupported, writeFastGraded, writerChoice } from './fast/index.js';
import { ResultCompactor } from './fast/compactResult.js';

export { defaultOutputPath, outputClash, outputFailure, resolveForm, unknownBandProblem, writeFailureReason } from './gradeSteps.js';

/** Reads, checks, scores and writes one file. Bad input never throws: it comes back as a failure. */
export async function gradeFile(input: string, options: GradeOptions = {}): Promise<GradeOutcome> {
  const output = options.output === null ? null : path.resolve(options.output ?? defaultOutputPath(input));
  const fail = (p: Problem): GradeOutcome => ({ ok: false, failure: { ...p, file: p.file ?? input } });
  // The arguments first (the form asked for, then the input), the output last: a wrong --form or a
  // missing input is what the user must hear about, not that last run's output is in the way.
  const requestedAny = options.form ? await loadAnyForm(options.form) : null;
  if (requestedAny && !requestedAny.ok) return fail(requestedAny.problems[0]!);
  const requested = requestedAny?.ok && requestedAny.kind === 'people' ? requestedAny : null;
  const loaded = await loadInput(input, { ...options, writer: writerChoice(options.writer) });
  if (!loaded.ok) return fail(loaded.failure);
  const lock = await openElsewhere(input);
  const openNote = lock ? problem('input-open', { name: path.basename(input), lock }, { file: input }) : null;
  // The export (--data), the pay file and last month's log are inputs too: never written over, --force or not.
  const aux = output ? await auxiliaryAsOutput(options, output) : null;
  if (aux) return fail(aux);
  // kpi's own reports (raters' copies scored together, a roll-up, a batch summary), saved under a name of the user's:
  // said as what they are — not a form kpi cannot tell, nor one guessed from their headings (汇总's 姓名, 部门 …).
  const ownReport = reportOfKeywords(loaded.input.workbook?.keywords ?? loaded.input.fast?.pkg.keywords ?? '');
  if (ownReport === 'combined') return fail(problem('combine-unsupported', { why: 'combined-output', name: path.basename(input) }, { file: input }));
  if (ownReport) return fail(problem('kpi-report', { name: path.basename(input), kind: ownReport }, { file: input }));
  // Rows are records (an order log, a survey): the form asked for, the template's mark, or the log's headings.
  const records = requestedAny?.ok && requestedAny.kind === 'records' ? { form: requestedAny.form, notes: await requestedFormNotes(requestedAny.form, loaded.input, input, requestedAny.digests) } : requestedAny ? null : await recordFormOf(loaded.input, input);
  if (records && 'failure' in records) return fail(records.failure);
  if (records) {
    if (openNote) records.notes.unshift(openNote);
    if (output) {
      const clash = await outputClash(input, output, options.force ?? false);
      if (clash) return fail(clash);
    }
    // Options that only mean something for people: refused, not ignored (--previous is a record form's own).
    const notForRecords = options.pay ? '--pay' : options.limits?.length ? '--limit' : options.data ? '--data' : null;
    if (notForRecords) return fail(problem('data-not-used', { case: 'records', form: records.form.title, formId: records.form.id, option: notForRecords }, { file: input }));
    const { gradeRecordInput } = await import('./records/grade.js');
    // Records are written by exceljs: a large log read by the fast reader is read again with it.
    if (loaded.input.fast) return gradeFile(input, { ...options, writer: 'exceljs' });
    const graded = await gradeRecordInput(input, loaded.input, records.form, options, output, records.notes, outputFailure);
    // --form naming a log the file is not (a roster of people, another log): the form the file is named, as for people.
    if (!graded.ok && requestedAny && (graded.failure.params as { case?: string } | undefined)?.case === 'no-records-table') {
      const other = await formTheFileIs(loaded.input, records.form.id);
      if (other) return fail(amend(graded.failure, { fits: other }));
    }
    return graded;
  }
  const resolved = await resolveForm(requested?.ok ? requested.form : undefined, loaded.input, input, requested?.ok ? requested.digests : undefined);
  if (!resolved.ok) return fail(withDisguise(resolved.failure, loaded.input, input));
  const { form, notes } = resolved;
  if (openNote) notes.unshift(openNote);
  if (options.previous) notes.push(problem('previous-ignored', { case: 'not-records', form: form.title, previous: shownName(options.previous) }, { file: input }));
  // The files named by options before the output: a missing --pay file is what the user must hear about, not that
  // last run's output is in the way.
  if (options.data && !form.data) return fail(problem('data-not-used', { form: form.title, formId: form.id }, { file: input }));
  if (options.data) {
    const missing = await files.stat(options.data).then(() => null, (err: unknown) => fsProblem(options.data!, err));
    if (missing) return fail(missing);
  }
  const pay = options.pay ? await readPayFile(options.pay, { maxSize: options.maxSize, names: subjectNames(form) }) : null;
  if (pay && !pay.ok) return fail(pay.failure);
  if (output) {
    const clash = await outputClash(input, output, options.force ?? false);
    if (clash) return fail(clash);
  }

  let read: ReadResult;
  let data: DataInfo | undefined;
  let scorer: FormScorer | null = null;
  // People whose row names a rater the sheet has no column for (raterRows.ts); a large roster's noticed as it passes.
  const watch = rowRaterWatch(form);
  let copiesInRows = false;
  if (form.data) {
    const joined = await readWithExport(loaded.input.grids, form, input, { dataFile: options.data, maxSize: options.maxSize, hiddenSheets: loaded.input.hiddenSheets, ...(options.includeHidden ? { includeHidden: true } : {}), ...(options.period ? { period: options.period } : {}) });
    if (!joined.ok) {
      // --form shop-cs-monthly given for another form's workbook: no export sheet in it, and the form it is named.
      const notFound = !options.data && requested?.ok && (joined.failure.params as { case?: string } | undefined)?.case === 'not-found';
      const other = notFound ? await formTheFileIs(loaded.input, form.id) : null;
      return fail(other ? amend(joined.failure, { fits: other }) : joined.failure);
    }
    ({ read } = joined);
    data = joined.info;
  } else {
    // A large roster (the fast path) is scored person by person as read, each person's entries dropped once
    // scored: 50,000 people's entries and results are never held at once (issue 10). Same rules, same order.
    // So is a large CSV or HTML table (its rows stay: they are copied into the graded workbook).
    const large = !!loaded.input.fast || tableTakesFastPath(loaded.input, options);
    scorer = large ? new FormScorer(form) : null;
    if (large) options.onLargeInput?.();
    const compactor = new ResultCompactor();
    read = readPeople(loaded.input.grids, form, input, scorer ? (p) => {
      if (watch && !copiesInRows && watch(p)) copiesInRows = true;
      compactor.compact(scorer!.add(p));
    } : undefined, loaded.input.metadata?.form === form.id && loaded.input.metadata.layout !== undefined);
  }
  // A roster kept as month tabs (「1月」「2月」「3月」, the month in the tab name only) with --period: the other months' tabs set aside.
  const monthTabs = scorer ? null : rosterMonthTabsAside(form, read, options.period ? parseMonth(options.period) : null, input);
  if (monthTabs) read.problems.push(monthTabs);
  // A sheet's tab naming another month than the run's (「王五(2月)」 in March's workbook): said as a title's month is.
  if (!scorer) read.problems.push(...tabMonthProblems(form, read, options.period ? parseMonth(options.period) : null, input, shownName(input)));
  // People's sheets of several header months: the file's month, each sheet of another said at its month cell (sheetMonths.ts).
  const sheetsMonth = scorer ? undefined : sheetMonths(form, read, options.period ? parseMonth(options.period) : null, input);
  // A roster's month tabs with --period: the other months' rows said one by one, the person's row of --period's month scored.
  if (!scorer && rosterSheetMonths(form, read, options.period ? parseMonth(options.period) : null, input)) read.problems = read.problems.filter((p) => p.code !== 'sheets-months');
  // A roster's rows of several months, one team's or person's on a row of each, with --period: the other months' rows set aside.
  // (A row of another month alone is its own error, said at its cell: not the file's months beside.)
  const loneRows = !scorer && rosterRowMonths(form, read, options.period ? parseMonth(options.period) : null, input);
  // --form given and its required columns missing: the headings may be another form's (said before the cells go).
  if (requested?.ok && !loaded.input.fast) {
    const mismatch = await formMismatch(form, read, loaded.input, input);
    if (mismatch) read.problems.unshift(mismatch);
  }
  // Headings that are the items' scores (「员工基本标准得分」 in every column): why no table was found, said as such.
  const scores = read.tables === 0 ? scoreColumnsOnly(loaded.input.grids, form) : null;
  // A large roster read by the fast path: its cells are no longer needed once its people are read.
  if (loaded.input.fast) loaded.input.grids = loaded.input.fast.grids = [];
  const hidden = loaded.input.hiddenSheets;
  if (read.tables === 0) {
    // --form naming another form than the file is (its mark, or headings that clearly fit another): that form named.
    const other = requested?.ok ? await formTheFileIs(loaded.input, form.id) : null;
    const fits = other ? { fits: other } : {};
    if (scores && !other) {
      const { cell, ...fields } = scores;
      return fail(problem('item-not-found', { case: 'score-columns', name: shownName(input), form: form.title, formId: form.id, ...fields }, { file: input, sheet: scores.sheet, cell }));
    }
    return fail(withDisguise(
      problem('item-not-found', { case: 'no-table', name: shownName(input), form: form.title, formId: form.id, hidden, ...(options.form && isDefinitionFile(options.form) ? { definition: options.form } : {}), ...fits }, { file: input }),
      loaded.input,
      input,
    ));
  }
  if ((scorer ? read.count ?? 0 : read.people.length) === 0) {
    // Say why no one was found: a table without recognisable items says so; otherwise the form is blank.
    const why = read.problems.find((p) => p.severity === 'error' && p.code !== 'no-people');
    // --form naming another form than the file (a person-sheet workbook): that form named, as for a roster.
    const other = why && requested?.ok && (why.params as { case?: string } | undefined)?.case === 'table-without-items' ? await formTheFileIs(loaded.input, form.id) : null;
    if (why) return fail(reframe(other ? amend(why, { fits: other }) : why, { source: { name: shownName(input) } }));
    return fail(problem('no-people', { case: 'blank-form', name: shownName(input), form: form.title }, { file: input }));
  }
  // Rows whose 评分人 names another rater than the one bare headings stand for, under headings that name none: each
  // row is that rater's copy (raterRows.ts), read and merged per person as separate raters' files are.
  if ((watch && (copiesInRows || read.people.some(watch))) || (!scorer && (groupRowsOfOnePerson(form, read.people) || raterSheetsOfOnePerson(form, read.people)))) {
    const { gradeCombined } = await import('./combineRaters.js');
    return gradeCombined([input], { ...options, output });
  }
  const scored = scorer ? scorer.finish() : scoreForm(form, read.people);
  if (scorer) read.people.length = 0; // the entries of a large roster, no longer needed
  if (scored.asides) {
    // A 自评 row set aside beside the person's counted row is no one's: no result is written beside it.
    const aside = new Set(scored.asides);
    read.sources = read.sources.filter((_, i) => !aside.has(i));
    if (!scorer) read.people = read.people.filter((_, i) => !aside.has(i));
  }
  if (hidden.length) {
    notes.push(hiddenSheetProblem(form, hidden, input, sheetHoldsItems(loaded.input.workbook, form)));
  }
  const problems = [...(loaded.input.notes ?? []), ...notes, ...read.problems, ...scored.problems];
  // Rows of several months in one file (last month's rows kept, a month mistyped): 汇总 names one of them.
  const flag = options.period ? parseMonth(options.period) : null;
  // (Sheets of other months already said one by one: the file is of the month they were told from.)
  const { months, after } = sheetsMonth ? { months: [{ month: sheetsMonth, people: [] as string[] }], after: undefined } : daysAfterRun(form, monthsOfRows(form, loneRows ? scored.people.filter((p) => !p.problems.some((q) => q.code === 'sheet-month' && q.severity === 'error')) : scored.people), flag);
  // The month written above the headings only (「2026年2月客服岗位绩效考核表(主管评)」), the rows giving none: the file's.
  const stated = months.length ? [] : (read.stated ?? []);
  const statedMonths = new Set(stated.map((s) => s.month ?? ''));
  const titled = statedMonths.size === 1 && !statedMonths.has('') ? stated[0]!.month : undefined;
  // A graded workbook graded again keeps the month it was titled with (--period, when its forms give none).
  // Every 评估日期 early in the month after (2026-04-03 on each of 「pcr-3月.xlsx」's sheets): that month's sign-off (sheetMonths.ts).
  // (A graded copy made with --period of the dated month, 2026-04 as that warning advises, stays that month when graded again:
  // it was March's again, 张三 paid 2000 × 0.87 = 1740.00 for 3000 × 0.87 = 2610.00, 「…都没有写考核月份」 said falsely.)
  // Only a recorded month that is the dates' own (April beside 2026-04-03) wins: a copy graded as February's (dated 03-03),
  // its dates then changed to 2026-04-03, was paid from April, 3000 × 0.87 = 2610.00 for March's sign-off 2000 × 0.87 =
  // 1740.00, at exit 0 with a note only. Its recorded month, neither, is said beside the sign-off reading.
  const recorded = loaded.input.regraded?.period;
  const recordedMonth = recorded ? parseMonth(recorded) : null;
  const signOff = options.period || sheetsMonth || months.length !== 1 ? undefined : signedAfter(form, scored.people, read, input);
  const signed = signOff?.month && recordedMonth === nextMonth(signOff.month) ? undefined : signOff;
  if (signed?.month && recordedMonth && recordedMonth !== signed.month) {
    problems.push(...signed.problems.map((q) => (q.code === 'month-unknown' && (q.params as { case?: string }).case === 'signed-after' ? { ...amend(q, { recorded: recordedMonth }), severity: 'warning' as const } : q)));
  } else if (signed) problems.push(...signed.problems);
  const period = options.period ?? sheetsMonth ?? signed?.month ?? periodOf(form, scored.people) ?? recorded ?? titled;
  // (The form's month chooses between 「绩效基数」 and 「绩效基数(3月)」, and between sheets of two months: the plain one, and
  // February's sheet, were paid for March's.)
  const monthPay = pay?.ok ? payForMonth(options.pay!, pay, period) : null;
  if (monthPay && !monthPay.ok) return fail(monthPay.failure);
  if (monthPay) {
    const { table, problems: payProblems } = payReading(scored.people, monthPay);
    problems.push(...payProblems, ...applyPay(form, scored.people, table, payProblems));
  }
  const limits = effectiveLimits(form, options.limits);
  const unknownBands = unknownLimitBands(form, limits);
  if (unknownBands.length) return fail(unknownBandProblem(form, unknownBands));
  const distribution = checkDistribution(form, limits, scored.people);
  problems.push(...distribution.problems, ...departmentsWrittenTwoWays(scored.people, 'people', { file: input }, form));
  const cut = output ? detailTruncated(scored.people) : null;
  if (cut) problems.push({ ...cut, file: input });
  const rosterHeader = read.sources.find((x) => x.kind === 'roster');
  const headerRow = rosterHeader?.kind === 'roster' ? rosterHeader.headerRow : null;
  // A large CSV or HTML table: its sheet is written by exceljs's streaming writer and graded by the fast path.
  const table = output && !loaded.input.fast && !loaded.input.workbook && tableTakesFastPath(loaded.input, options) ? rowsSheet(loaded.input, headerRow) : null;
  const wb = output && !loaded.input.fast && !table ? (loaded.input.workbook ?? workbookFromRows(loaded.input, headerRow)) : null;
  // What exceljs cannot carry into the graded copy is said, not dropped silently.
  if (wb && !(wb instanceof NoRoomError) && loaded.input.package) {
    const userSheets = wb.worksheets.map((w) => w.name).filter((n) => !loaded.input.regraded?.sheets.includes(n));
    problems.push(...(await droppedContent(loaded.input.package, userSheets, options.maxSize ?? DEFAULT_MAX_SIZE, input)));
  }
  // A pay sheet of another month (「2026年2月」, 「客服部2026年2月绩效工资表」) paying March: said, February's 基数 may differ.
  const payMonth = monthPay ? payMonthProblem(options.pay!, monthPay.table.months, period) : null;
  if (payMonth) problems.push(payMonth);
  // An error, with --period too: the people of the other month are scored for this one (王五's February sheet left in
  // March's workbook, 89.00 良好 at exit 0 and, with --period, nothing said).
  // (One person's sheets of several months, no --period: the way out is --period or a file per month, named.)
  const same = flag ? [] : peopleOfSeveral(months);
  if (months.length > 1) problems.push(problem('month-unknown', { case: 'header-mixed', name: shownName(input), months, ...(same.length ? { same } : {}) }, otherMonthAt(form, read, months, input), { severity: 'error' }));
  // So when the 考核月份 cells are blank and the sheets' titles differ (李四's 「2026年2月…考核表」 beside March's, 「客服专员2月份
  // 绩效考核表」 beside 「…3月份…」): 91.00, 78.00, 99.00 for March at exit 0, 汇总 saying 「考核月份:未填写」.
  const titles = months.length ? null : titleMonthsMixed(form, read);
  if (titles) problems.push(problem('month-unknown', { case: 'header-mixed', name: shownName(input), months: titles.months }, { file: input, ...titles.at }, { severity: 'error' }));
  // --period against the header's one month: an error, as a title's other month is and raters' copies' is — a March
  // roster (考核月份 2026-03 on every row) scored with --period 2026-04 was a warning at exit 0, 汇总 saying
  // 考核月份:2026-04 while kpi rollup files it under 2026-03 (a cron job's stale file passed unnoticed). People still scored.
  // (Said as a day after the month, not as 「kpi rollup 却按表头算作 2026-04」: rollup --month files it under --period's.)
  if (after) problems.push(problem('month-unknown', { case: 'header-and-period', name: shownName(input), header: nextMonth(flag!), flag: flag!, typed: `${after.month}(${after.people.slice(0, 3).join('、')}${after.people.length > 3 ? ' 等' : ''})`, date: form.header.find((f) => f.role === 'period')!.label, next: true }, otherMonthAt(form, read, [after], input, after.month), { severity: 'warning' }));
  const header = flag && months.length === 1 ? headerMonthIn(months[0]!.month, flag) : undefined;
  if (flag && header && header.month !== flag) {
    // (A day the form was filled — 评价日期, 日期 — in the month after: March's appraisal done on 2026-04-02 is March's, said
    // as before — review: an error there made every early-April evaluation exit 1.)
    const dayAfter = /日期$/.test(form.header.find((f) => f.role === 'period')?.label ?? '') && header.month === nextMonth(flag);
    // (Said as a day after the month, as `after` is: kpi rollup --month files every such date under --period's month now.)
    const label = form.header.find((f) => f.role === 'period')!.label;
    const signed = dayAfter ? { typed: `${header.typed ?? header.month}(${months[0]!.people.slice(0, 3).join('、')}${months[0]!.people.length > 3 ? ' 等' : ''})`, date: label, next: true as const } : header.typed ? { typed: header.typed } : {};
    problems.push(problem('month-unknown', { case: 'header-and-period', name: shownName(input), header: header.month, flag, ...signed }, { file: input }, { severity: dayAfter ? 'warning' : 'error' }));
  }
  // And that month against --period: an error — February's table scored alone as March's, 汇总 saying 「考核月份:2026-03」
  // over 「2026年2月…考核表」 at exit 0. (A title naming a span that holds --period, 「2026年1-3月」, is no other month.)
  // (A title's month without its year, 「客服专员2月份绩效考核表」, is February's in any year: said too.)
  const bare = months.length ? [] : (read.statedBare ?? []);
  const other = flag ? (stated.find((s) => (s.span ? !spanHolds(s.text, flag) : s.month !== flag)) ?? bare.find((s) => headerMonthIn(s.month, flag)?.month !== flag)) : undefined;
  if (other) {
    const fields = { case: 'title-and-period', name: shownName(input), said: other.month ?? other.span!, text: other.text, place: `${other.sheet}!${other.cell}`, flag: flag! } as const;
    problems.push(problem('month-unknown', fields, { file: input, sheet: other.sheet, cell: other.cell }, { severity: 'error' }));
  }
  // 考核日期 on people's own sheets, 考核月份 blank: 李四's 2026-02-27 among March's 2026-03-31 was February's sheet scored
  // as March's at exit 0. A date in the month after is the appraisal done once the month was over, as 评价日期's is.
  const dated = months.length ? null : datesElsewhere(form, read, flag ?? titled, !!flag);
  const dateField = form.header.find((f) => f.role === 'date' && !f.perPerson)?.label;
  if (dated && (dated.months.length > 1 || !flag)) problems.push(problem('month-unknown', { case: 'header-mixed', name: shownName(input), months: dated.months }, { file: input, ...dated.at }, { severity: 'error' }));
  else if (dated && flag) {
    const next = dated.months[0]!.month === nextMonth(flag);
    problems.push(problem('month-unknown', { case: 'header-and-period', name: shownName(input), header: dated.months[0]!.month, flag, ...(dateField ? { date: dateField } : {}), ...(next ? { next: true as const } : {}) }, { file: input, ...dated.at }, { severity: next ? 'warning' : 'error' }));
  }
  duplicatesOfAMonth(problems, scored.people);
  if (options.form && isDefinitionFile(options.form)) ownDefinitionNamed(problems, scored.people, path.basename(options.form));
  const raterCopy = copyRaterOf(form, scored.people);
  // One rater's copy graded alone, every other group's weight spread to it (batch grades copies one by one): said in the
  // graded workbook too — its 汇总 showed the supervisor's marks alone as final totals, 已评分, with only a note.
  // Only when no one else rated anyone here: every scored person's every item had the others' weight spread.
  if (raterCopy) {
    const others = (form.raters ?? []).filter((r) => r !== raterCopy && r.weight > 0).map((r) => r.label);
    const scoredPeople = scored.people.filter((p) => p.status === 'scored');
    const spreadAll = (p: PersonResult) => p.problems.some((x) => x.code === 'rater-spread' && (x.params as { items?: unknown }).items === 'all' && others.every((o) => ((x.params as { raters?: string[] }).raters ?? []).includes(o)));
    if (others.length && scoredPeople.length && scoredPeople.every(spreadAll)) problems.push(problem('rater-copy-only', { rater: raterCopy.label, others, file: path.basename(input) }, { file: input }, { severity: 'warning' }));
  }
  // The definition --form gave, remembered when it is not the built-in itself (--form mattress-cs-monthly, or the shipped
  // file's own path): a built-in's result stays the built-in's when its version is raised later.
  const builtIn = requested?.ok && requested.digest && (await listForms()).includes(requested.form.id) ? await loadAnyForm(requested.form.id) : null;
  const ownDefinition = requested?.ok && requested.digest && !(builtIn?.ok && (builtIn.digests ?? []).includes(requested.digest)) ? requested.digest : undefined;
  const report: GradeReport = {
    form: form.id,
    formVersion: form.version,
    formTitle: form.title,
    ...(ownDefinition ? { formDigest: ownDefinition } : {}),
    ...(form.subject?.kind && form.subject.kind !== 'person' ? { subject: form.subject.label } : {}),
    input,
    output,
    people: scored.people,
    bands: scored.bands,
    problems,
    layout: loaded.input.kind === 'xlsx' ? read.layout : loaded.input.kind,
    ...(loaded.input.encoding ? { encoding: loaded.input.encoding } : {}),
    ...(loaded.input.delimiter ? { delimiter: loaded.input.delimiter } : {}),
    ...(limits.length ? { distribution: { limits, breaches: distribution.breaches } } : {}),
    ...(period ? { period } : {}),
    ...(loaded.input.regraded ? { regraded: true } : {}),
    ...(data ? { data } : {}),
    ...(raterCopy ? { raterCopy: raterCopy.label, ...(raterCopy.multiple ? { raterCopyOfSeveral: true as const } : {}) } : {}),
  };
  const noRoom = (err: NoRoomError) => fail(problem('output-failed', { case: 'no-room', name: shownName(input), detail: err.message }, { file: input, sheet: err.sheet }));
  if (table instanceof NoRoomError) return noRoom(table);
  let fast = loaded.input.fast;
  if (table) {
    try {
      fast = await fastFromRows(table, options.maxSize ?? DEFAULT_MAX_SIZE);
      // The table's rows are in its package now; its people were read from them already.
      table.rows = [];
      loaded.input.rows = null;
      loaded.input.grids = [];
    } catch {
      // The sheet is written in memory only: whatever goes wrong there, exceljs writes the file instead.
      return gradeFile(input, { ...options, writer: 'exceljs' });
    }
  }
  if (output && fast) {
    try {
      await writeFileAtomic(output, (tmp) => writeFastGraded(fast, report, read.sources, form, options.gradedAt ?? new Date(), tmp, options.problemNotes), { overwrite: options.force ?? false, ...(options.onWritten ? { beforeRename: options.onWritten } : {}) });
    } catch (err) {
      // What the fast path cannot write the same way, exceljs writes (reading the file again). So does any
      // other fault of the fast writer when it was chosen by size: a file system error is said as it is.
      const chosen = writerChoice(options.writer) === 'auto';
      if (err instanceof Unsupported || (chosen && !(err instanceof NoRoomError) && (err as NodeJS.ErrnoException).code === undefined)) {
        return gradeFile(input, { ...options, writer: 'exceljs' });
      }
      if (err instanceof NoRoomError) return noRoom(err);
      return fail(outputFailure(output, err));
    }
  }
  if (output && wb) {
    if (wb instanceof NoRoomError) return noRoom(wb);
    problems.push(...longCellProblems(wb, input));
    let prepared: PreparedWorkbook;
    try {
      prepared = prepareGradedWorkbook(wb, report, read.sources, form, options.gradedAt ?? new Date(), options.problemNotes);
    } catch (err) {
      if (!(err instanceof NoRoomError)) throw err;
      return noRoom(err);
    }
    try {
      const source = loaded.input.package ? { package: loaded.input.package, maxSize: options.maxSize ?? DEFAULT_MAX_SIZE } : undefined;
      await writeFileAtomic(output, (tmp) => writeGradedWorkbook(wb, prepared, tmp, source), { overwrite: options.force ?? false, ...(options.onWritten ? { beforeRename: options.onWritten } : {}) });
    } catch (err) {
      return fail(outputFailure(output, err));
    }
  }
  return { ok: true, report };
}

/** A CSV or HTML table of FAST_MIN_TABLE_ROWS rows or more (any size with writer 'package'), unless 'exceljs'. */
function tableTakesFastPath(input: LoadedInput, options: GradeOptions): boolean {
  if (input.kind !== 'csv' && input.kind !== 'html') return false;
  const choice = writerChoice(options.writer);
  return choice === 'package' || (choice === 'auto' && (input.rows?.length ?? 0) >= FAST_MIN_TABLE_ROWS);
}

/**
 * The record form of a file without --form: the one its template mark names, or the one whose every required
 * column a sheet's heading has (a person form is never taken for a log: its roster has none of these columns).
 */
async function recordFormOf(input: LoadedInput, file: string): Promise<{ form: RecordFormDef; notes: Problem[] } | { failure: Problem } | null> {
  const ids = await listRecordForms();
  if (!ids.length) return null;
  const marked = input.metadata?.form;
  if (marked !== undefined && ids.includes(marked)) {
    const loaded = await loadAnyForm(marked);
    if (loaded.ok && loaded.kind === 'records') {
      // Made from a team's edited copy of this log (its rule, its bands): not scored by the built-in.
      const mark = checkMark(loaded, input.metadata, file);
      return mark.failure ? { failure: mark.failure } : { form: loaded.form, notes: mark.notes };
    }
  }
  if (marked !== undefined && (await listForms()).includes(marked)) return null;
  // A mark naming a form of the team's own (install-team): the person path says so (form-marker-unknown), not a
  // built-in log guessed from the headings and scored by its rules.
  if (marked !== undefined && isFormId(marked)) return null;
  const best = await recordFormFitting(input);
  if (!best) return null;
  const note = problem('form-unknown', { form: best.title, formId: best.id }, { file });
  return { form: best, notes: [note] };
}

/** A text file named .xlsx/.xls that is not a form either: say what it really is, the likelier fix. */
function withDisguise(p: Problem, input: LoadedInput, file: string): Problem {
  const ext = path.extname(file).toLowerCase();
  if (input.kind === 'xlsx' || !isWorkbookName(file)) return p;
  return reframe(p, { disguised: { ext, content: input.kind === 'html' ? 'html' : 'text' } });
}

/**
 * People's own sheets whose titles (or month lines) above the headings name different months, compared as header
 * months are (「3月份」 beside 「2026年3月」 is March): the months with the people of their sheets, and the title cell of
 * the first sheet of a month other than most sheets'. Null when they agree.
 */
function titleMonthsMixed(form: FormDef, read: ReadResult): { months: Array<{ month: string; people: string[] }>; at: { sheet: string; cell: string } } | null {
  const own = new Set(read.sources.filter((x) => x.kind === 'form').map((x) => x.sheet));
  const said = [...(read.stated ?? []).filter((x) => x.month), ...(read.statedBare ?? [])].filter((x) => own.has(x.sheet)) as Array<{ month: string; sheet: string; cell: string }>;
  const fold = foldBareMonths(said.map((x) => x.month));
  const nameId = form.header.find((f) => f.role === 'name')?.id;
  const months = new Map<string, string[]>();
  for (const x of said) {
    const people = read.people.filter((p) => p.at.sheet === x.sheet).map((p) => p.header.get(nameId ?? '')?.trim() || x.sheet);
    months.set(fold.get(x.month)!, [...(months.get(fold.get(x.month)!) ?? []), ...(people.length ? people : [x.sheet])]);
  }
  if (months.size < 2) return null;
  const most = [...months].sort((a, b) => b[1].length - a[1].length)[0]![0];
  const odd = said.find((x) => fold.get(x.month) !== most)!;
  return { months: [...months].map(([month, people]) => ({ month, people })), at: { sheet: odd.sheet, cell: odd.cell } };
}

/**
 * The 考核日期 on people's own sheets when one is of another month than the run's. A 考核日期 is a sign-off date: it may
 * fall anywhere in the appraised month or the month after (d1: 2026-03-31, 04-11, 04-13 were 「表头的考核月份不一致」 at
 * exit 1 under the old ten-day rule; base and now exit 0). With a known month (`known`: --period, or the title's), a date
 * in neither it nor the next is another month's (with --period the next month is a warning, as 评价日期's); without, the
 * dates are one run when some month M holds every date in M or M+1 (2026-02-27 beside 2026-03-31 is February's run).
 * The months with their people and the first odd date's cell; null when all agree.
 */
function datesElsewhere(form: FormDef, read: ReadResult, known: string | undefined, flag: boolean): { months: Array<{ month: string; people: string[] }>; at: { sheet: string; cell?: string } } | null {
  const field = form.header.find((f) => f.role === 'date' && !f.perPerson);
  const own = new Set(read.sources.filter((x) => x.kind === 'form').map((x) => x.sheet));
  const nameId = form.header.find((f) => f.role === 'name')?.id;
  const dated = (field ? read.people : []).flatMap((p) => {
    const text = p.header.get(field!.id) ?? '';
    const month = p.at.sheet && own.has(p.at.sheet) ? parseMonth(text) : null;
    return month ? [{ p, month }] : [];
  });
  const holds = (d: (typeof dated)[number], m: string) => d.month === m || d.month === nextMonth(m);
  const run = known ?? dated.map((d) => d.month).flatMap((m) => [previousMonth(m), m]).find((m) => dated.every((d) => holds(d, m)));
  const counts = new Map<string, number>();
  for (const d of dated) counts.set(d.month, (counts.get(d.month) ?? 0) + 1);
  const most = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const odd = run ? (dated.find((d) => !holds(d, run)) ?? (flag ? dated.find((d) => d.month !== run) : undefined)) : dated.find((d) => !holds(d, most!));
  if (!odd) return null;
  const months = new Map<string, string[]>();
  const shown = (d: (typeof dated)[number]) => (known && !flag && holds(d, known) ? known : d.month);
  for (const d of flag ? dated.filter((d) => d.month === odd.month) : dated) appendTo(months, shown(d), d.p.header.get(nameId ?? '')?.trim() || d.p.at.sheet!);
  const cell = odd.p.headerCells?.get(field!.id);
  return { months: [...months].map(([month, people]) => ({ month, people })), at: { sheet: odd.p.at.sheet!, ...(cell ? { cell } : {}) } };
}

/**
 * A day field's rows (§20 检查日期, 评价日期) in --period's month and the month after: one run's, those after it done once
 * the month was over (`after`, a warning as a lone 评价日期 2026-04-02 is) — 翠苑项目 2026-03-05 beside 金桥项目 2026-04-01
 * with --period 2026-03 was 考核月份不一致 at exit 1, both 100.00 优秀. Other forms' months, and without --period, as read.
 */
function daysAfterRun(form: FormDef, months: Array<{ month: string; people: string[] }>, flag: string | null): { months: Array<{ month: string; people: string[] }>; after?: { month: string; people: string[] } } {
  if (!flag || !/日期$/.test(form.header.find((f) => f.role === 'period')?.label ?? '')) return { months };
  const run = months.find((m) => headerMonthIn(m.month, flag)?.month === flag);
  const after = months.find((m) => headerMonthIn(m.month, flag)?.month === nextMonth(flag));
  if (!run || !after) return { months };
  return { months: months.filter((m) => m !== after).map((m) => (m === run ? { month: m.month, people: [...m.people, ...after.people] } : m)), after };
}

/** Who is listed under more than one of the months (one person's month tabs in one workbook). */
export function peopleOfSeveral(months: ReadonlyArray<{ month: string; people: readonly string[] }>): string[] {
  const seen = new Map<string, number>();
  for (const m of months) for (const who of new Set(m.people.filter(Boolean))) seen.set(who, (seen.get(who) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([who]) => who);
}

/**
 * Points or a threshold printed on the sheet other than the definition's, the definition being the team's own file: its
 * advice names that file (it said 「请用自己的表单定义评分(--form 你的定义.json)」 to a user who had given exactly that).
 */
function ownDefinitionNamed(problems: readonly Problem[], people: readonly PersonResult[], own: string): void {
  for (const p of [...problems, ...people.flatMap((x) => x.problems)]) {
    if (p.code === 'heading-points' || p.code === 'heading-threshold') Object.assign(p, amend(p, { own }));
  }
}

/**
 * A person's sheet kept beside last month's copy of it (钱七 (2), 2026-02, beside March's 钱七): the month check found
 * 钱七 (2) the other month's, yet its duplicate said 「如果工作表「钱七」是另一个月的…」 at 钱七 (2). That sheet is named.
 */
function duplicatesOfAMonth(problems: readonly Problem[], people: readonly PersonResult[]): void {
  const all = [...problems, ...people.flatMap((x) => x.problems)];
  // (Told one by one since sheetMonths — a sheet-month error — or for the file at the odd sheet's cell.)
  const mixed = all.filter((p) => (p.code === 'month-unknown' && (p.params as { case?: string } | undefined)?.case === 'header-mixed' && p.cell) || (p.code === 'sheet-month' && p.severity === 'error'));
  const odd = new Set(mixed.map((p) => p.sheet).filter((s): s is string => !!s));
  if (!odd.size) return;
  for (const p of new Set(all)) {
    const other = p.code === 'duplicate-person' ? (p.params as ParamsOf<'duplicate-person'>).otherSheet : undefined;
    const month = [p.sheet, other].find((s) => s !== undefined && odd.has(s));
    if (other && month) Object.assign(p, amend(p, { monthSheet: month }));
  }
}

/**
 * Where a file of several header months is said: the month cell of the first person of a month other than most people's
 * — of month `of`, when given — (or the first sheet read, when a large roster's entries are gone).
 */
function otherMonthAt(form: FormDef, read: ReadResult, months: ReadonlyArray<{ month: string; people: string[] }>, file: string, of?: string): { file: string; sheet?: string; cell?: string } {
  const field = form.header.find((f) => f.role === 'period');
  const most = [...months].sort((a, b) => b.people.length - a.people.length)[0]!.month;
  // (Compared as monthsOfRows counted them: 「3月份」 beside 「2026.03」 is March — 李四!B2 was pointed at for 王五's 「2026年2月」.)
  const monthOf = (p: PersonEntries) => { const v = p.header.get(field!.id)?.trim(); return v ? rowMonth(v) : undefined; };
  const fold = foldBareMonths(read.people.map(monthOf).filter((m): m is string => !!m));
  const other = field ? read.people.find((p) => { const m = monthOf(p); return !!m && (of !== undefined ? (fold.get(m) ?? m) === of : (fold.get(m) ?? m) !== most); }) : undefined;
  const cell = other && field ? other.headerCells?.get(field.id) : undefined;
  if (other?.at.sheet) return { file, sheet: other.at.sheet, ...(cell ? { cell } : {}) };
  const sheet = read.sources.find((x) => 'sheet' in x && x.sheet)?.sheet;
  return { file, ...(sheet ? { sheet } : {}) };
}

