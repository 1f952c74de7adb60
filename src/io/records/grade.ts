// `kpi score` for a record form: the log's rows streamed into the engine, the graded copy written beside it.
import path from 'node:path';
import { tidy } from '../../model/round.js';
import { startRecordRun } from '../../engine/groups/run.js';
import { holdsDayDate, monthNumberOf, monthOfLogSheetName, monthsOfTitle, nextMonth, parseMonth, previousMonth } from '../../engine/period.js';
import { hasMonths } from '../../forms/load.js';
import type { GroupResult, RecordFormResult, RecordRow } from '../../engine/groups/result.js';
import { cellAddress, columnLetters, rawText } from '../grid.js';
import { cellsAbove, MONTH_SPAN, spanHolds } from '../monthAbove.js';
import { monthCycle, rangeMonths, titlePeriod } from '../exportMonth.js';
import type { MovedHeading } from '../rowKinds.js';
import { parseRef } from '../fast/xml.js';
import { shortText } from '../missingColumns.js';
import type { ColumnDef, RecordFormDef } from '../../model/records.js';
import { type Problem } from '../../model/problem.js';
import { problem } from '../../model/problems/index.js';
import { shellWord } from '../../model/problems/fields.js';
import { writeFileAtomic } from '../atomic.js';
import { longCellProblems } from '../cellLimit.js';
import { droppedContent } from '../graded/dropped.js';
import { DEFAULT_MAX_SIZE } from '../inputSize.js';
import { NoRoomError } from '../graded/results.js';
import { workbookFromRows } from '../graded/workbook.js';
import { loadInput } from '../loadInput.js';
import type { LoadedInput } from '../formats/format.js';
import type { GradeOptions, GradeOutcome, GradeReport, GroupingSummary } from '../outcome.js';
import { shownName } from '../shownName.js';
import { files } from '../fileSystem.js';
import { blockOf, datedMonths, datingColumn, findRecordSheet, lateByLabel, lookAlikeColumnProblems, mixedMonthsProblems, missingColumnsProblem, monthColumnRows, monthsOfLog, otherMonthRows, recordRows, sheetMonthClash, summarySheet, type MonthBlock, type RecordSheet, type SummaryBlock, type TitleCycle } from './read.js';
export type { ReadRecords } from './types.js';
import { prepareRecordWorkbook, writeRecordWorkbook } from './workbook.js';
import { pastedCopies, type Restart } from './pasted.js';
import { remarkColumns, voidMark } from './voided.js';
import { replacedRows } from './replaced.js';
import type { ReadRecords, RowMarks } from './types.js';


/** Finds the log's sheets and streams their rows through the engine; null when no sheet holds the log. */
export function readRecords(input: LoadedInput, def: RecordFormDef, file: string, period?: string): { ok: true; read: ReadRecords } | { ok: false; failure: Problem } {
  const problems: Problem[] = [];
  const sheets: RecordSheet[] = [];
  const partial: RecordSheet[] = [];
  for (const grid of input.grids) {
    const sheet = findRecordSheet(grid, def);
    if (!sheet) continue;
    const named = sheet.missing.length ? monthOfSheet(sheet, def, period) : undefined;
    // (Only when no tab or title names the month: as §3's, a title's month holds for every row — the catalog's §22 example
    // 「2026年3月内部客户满意度问卷」 answered 04-02, 04-03, 04-07 is 采购部 845.00 B, read by its dates 810.00 with
    // 销售部's questionnaire left out as April's.)
    const dates = sheet.missing.length && (!named || named.from === 'period') ? logDates(sheet, def) : undefined;
    const month = named ?? dates?.month;
    // A title between the rows naming a month starts its block (a §22/§23 log whose month a title or tab gives — not its
    // dates: they stay the month's, as under one title).
    const blocks = (hasMonths(def) ? named && !dates : !sheet.missing.length) ? monthBlocks(sheet, def) : undefined;
    if (blocks) sheet.blocks = blocks;
    if (dates) sheet.dates = { id: dates.column.id, col: dates.col, ...(month ? { month: month.value, from: month.from } : {}) };
    if (month) {
      sheet.missing = sheet.missing.filter((c) => c !== month.column);
      sheet.supplied = new Map([[month.column.id, month.value]]);
      // (Not when some rows are dated in another month: 「每条都算这个月的」 was the only word on February's rows counted
      // as March's — they are left out and said, or every row is and that is the error.)
      if (!named || !dates || !otherMonthRows(sheet, def, month.value)?.rows.size) {
        const fields = blocks
          ? ({ case: 'supplied', sheet: grid.name, field: month.column.label, month: [...new Set([month.value, ...blocks.map((b) => b.month)])].sort().join('、'), from: 'blocks' } as const)
          : ({ case: 'supplied', sheet: grid.name, field: month.column.label, month: month.value, from: month.from, ...(month.from === 'dates' ? { heading: dates!.heading } : {}) } as const);
        problems.push(problem('month-unknown', fields, { file, sheet: grid.name, ...(month.cell ? { cell: month.cell } : {}) }, { severity: 'info' }));
      }
    } else if (dates) {
      sheet.missing = sheet.missing.filter((c) => c !== dates.column);
      const fields = { case: 'supplied', sheet: grid.name, field: dates.column.label, month: dates.months.join('、'), from: 'dates', heading: dates.heading } as const;
      problems.push(problem('month-unknown', fields, { file, sheet: grid.name, cell: dates.cell }, { severity: 'info' }));
    }
    else if (def.records.columns.some((c) => c.month && sheet.columns.has(c.id))) {
      const year = yearOfLog(sheet, period);
      if (year) sheet.year = year;
    }
    if (sheet.missing.length) partial.push(sheet);
    else {
      sheets.push(sheet);
      problems.push(...lookAlikeColumnProblems(sheet, def, file));
    }
  }
  // Beside the log, a sheet with some of its columns (the team's notes: 客户 | 服务 | 备注) is a helper sheet of theirs,
  // as beside a roster: said, not an error (it set exit 1 and said the form could not be scored, which it was). Alone,
  // it is the log with columns missing.
  const most = Math.max(0, ...sheets.map((s) => s.columns.size));
  // Only a sheet with under half the log's required columns: 5 of 6 (售后支持 forgotten on the second half of the month)
  // is the log with a column missing, its customers not to be dropped with a warning.
  const required = def.records.columns.filter((c) => !c.optional).length;
  for (const sheet of partial) {
    const columns = [...sheet.columns.keys()].map((id) => def.records.columns.find((c) => c.id === id)?.label ?? id);
    // (A summary of the log beside it — 满意 | 一般 | 不满意 counted per department, 评定, 扣分 — has half the columns and
    // more: passed over with a note, as its rows are no answers.)
    const summary = sheets.length ? summarySheet(sheet, def) : null;
    if (summary) problems.push(problem('helper-sheet', { sheet: sheet.grid.name, columns, most, records: def.records.label, summary }, { file, sheet: sheet.grid.name }, { severity: 'info' }));
    // (Only the month missing, which --period would give: 「1月」 … under a title of no year said 「缺少必填列「考核周期(月)」」
    // alone, exit 2, --period never named.)
    else if (!sheets.length || (required - sheet.missing.length) * 2 >= required) problems.push(missingColumnsProblem(sheet, def, file, !period && !!monthOfSheet(sheet, def, ANY_PERIOD)));
    else problems.push(problem('helper-sheet', { sheet: sheet.grid.name, columns, most, records: def.records.label }, { file, sheet: sheet.grid.name }));
  }
  if (!sheets.length) {
    const why = problems[0] ?? problem('item-not-found', { case: 'no-records-table', name: shownName(file), form: def.title, formId: def.id, columns: def.records.columns.filter((c) => !c.optional).slice(0, 6).map((c) => c.label) }, { file });
    return { ok: false, failure: why };
  }
  // A copied sheet (「上月」, 「3月 (2)」) holding the same log is counted with the others: said, the statistics being
  // of every row of every sheet.
  // A sheet named for a month whose month cells say another: not counted beside the others (one alone is the log).
  const clashes = new Map(sheets.flatMap((s) => { const c = sheetMonthClash(s, def); return c ? [[s, c] as const] : []; }));
  // (Some rows of another month beside the sheet's own are counted in the month they say — a late answer, 「2月答卷迟交」 —
  // with a warning naming them; left out, the month's whole sheet went for one late answer: review.)
  // (Unless those rows repeat rows of another sheet of their month — 「3月」 copied from 「2月」, 一车间's rows not changed:
  // February's answers twice, the second differing; February 较差 for 优秀 at exit 0. Then the sheet is left out as when
  // all its rows say another month.)
  const copied = new Set([...clashes].filter(([sheet, c]) => c.partly && stale(sheet, sheets, def)).map(([sheet]) => sheet));
  const late = (s: RecordSheet) => !!clashes.get(s)?.partly && !copied.has(s);
  const left = (s: RecordSheet) => clashes.has(s) && !late(s) && clashes.size < sheets.length;
  for (const [sheet, c] of clashes) {
    const fields = { sheet: sheet.grid.name, heading: c.heading, said: c.said, named: c.named, records: def.records.label, counted: !left(sheet), ...(c.partly ? { partly: true as const } : {}), ...(copied.has(sheet) ? { copied: true as const } : {}) };
    problems.push(problem('records-sheet-month', fields, { file, sheet: sheet.grid.name, cell: c.cell }, late(sheet) ? { severity: 'warning' } : {}));
  }
  const monthly = monthSheets(sheets.filter((s) => !left(s)), def, period);
  // (Without --period one error names every sheet, at the first.)
  for (const m of monthly.period ? monthly.apart : monthly.apart.slice(0, 1)) {
    const fields = { sheet: m.sheet.grid.name, month: m.month, records: def.records.label, ...(monthly.period ? { period: monthly.period } : { sheets: monthly.named }), ...((monthly.period ? m.title : monthly.apart.some((x) => x.title)) ? { title: true as const } : {}) };
    problems.push(problem('records-sheet-period', fields, { file, sheet: m.sheet.grid.name }, monthly.period ? {} : { severity: 'error' }));
  }
  const counted = sheets.filter((s) => !left(s) && !(monthly.period && monthly.apart.some((m) => m.sheet === s)));
  if (counted.length > 1) problems.push(problem('records-sheets', { sheets: counted.map((s) => s.grid.name), records: def.records.label }, { file }));
  const run = startRecordRun(def);
  const shown = (def.derived ?? []).filter((d) => d.column);
  const marks: RowMarks = new Map();
  const flag = period && !hasMonths(def) ? parseMonth(period) : null;
  for (const sheet of counted) {
    const rows = new Map<number, { ok: boolean; values: Array<number | null> }>();
    // The month a §22/§23 log without its month column is counted in: its dates are read against it, as --period's.
    const month = sheet.dates?.month ?? flag;
    // (Not a title naming a span that holds --period — 「2026年1-3月」 is the quarter, not January; --period 2026-04 is
    // outside it and still said: review.)
    const spanned = month ? titleCells(sheet).some((t) => spanHolds(t.text, month)) : false;
    // Rows of another month beside --period's are left out, said once; every row of another month stays the error below.
    // A cycle its title states (「统计周期:2026-02-26 至 2026-03-25」) holds its rows dated inside it: --period's when of it.
    const cycle = spanned ? undefined : titleCycle(sheet, month);
    marks.set(sheet.grid.name, rows);
    // The months the log's titles name, above its heading and between its rows (「2026年4月客户满意度记录」 over a second
    // month's block pasted under the first): a form counted by the month took both as one, said only as a skipped title.
    // Each month with the cell of the first title naming it: the warning points at the second month's title.
    const titleMonths = new Map<string, string>();
    // The second month of a period over two (a cycle, 「2026-02-26~2026-03-25」): one title's, not a second block's.
    const cycleEnds = new Set<string>();
    const titleMonth = (text: string, cell: string) => {
      const { months, cycle } = logTitleMonths(text);
      if (cycle) cycleEnds.add(months[1]!);
      for (const m of months) if (!titleMonths.has(m)) titleMonths.set(m, cell);
    };
    // A title names a month; a line giving a day (填表日期:2026年4月2日, 「于2026年4月5日前交」) or a date cell does not.
    for (const t of titleCells(sheet)) if (t.isText) titleMonth(t.text, t.cell);
    // (A period over the title's cells, 「统计周期 | 2026-02-01 | 2026-02-28」: each cell alone a day.)
    const split = titleMonths.size ? undefined : titlePeriod(sheet.grid, Array.from({ length: sheet.headerRow - 1 }, (_, k) => k + 1));
    if (split) titleMonth(split.text, split.cell);
    // The log's heading row or title again inside it: where a pasted copy of it may start (pastedCopies).
    const restarts = new Map<number, Restart>();
    const titles = new Set(titleCells(sheet).map((t) => t.text.replace(/\s+/g, '')).filter(Boolean));
    const skipped = (row: number, why: string, col = 1) => {
      // (The cell's whole text: the reason shortens it, and 「统计周期:2026-02-01~2026…」 was no period — 14c's footer.)
      if (why.startsWith('标题行') || why.startsWith('只有一格')) titleMonth(sheet.grid.text(row, col) || why, cellAddress(row, col));
      if (why === '重复的表头行') restarts.set(row, 'heading');
      else if (titles.has(sheet.grid.text(row, col).replace(/\s+/g, ''))) restarts.set(row, 'title');
      problems.push(problem('skipped-row', { case: 'record', row, why, records: def.records.label }, { file, sheet: sheet.grid.name, cell: cellAddress(row, col) }));
    };
    const unread = unreadColumns(problems, sheet);
    const hiddenRows: number[] = [];
    const reordered = (row: number, moved: MovedHeading[]) => {
      const fields = { sheet: sheet.grid.name, row, headerRow: sheet.headerRow, records: def.records.label, moved: moved.map((m) => ({ heading: shortText(m.text), here: columnLetters(m.col), above: columnLetters(m.was) })) };
      problems.push(problem('headings-reordered', fields, { file, sheet: sheet.grid.name, cell: cellAddress(row, moved[0]!.col) }));
    };
    // A count table of the team's on the log's sheet (right of it past a blank column, or below it past a blank line): not
    // read, noted as one on a sheet of its own is.
    const summary = (b: SummaryBlock) => {
      const fields = { sheet: sheet.grid.name, columns: b.headings, most: sheet.columns.size, records: def.records.label, summary: b.headings, block: cellAddress(b.row, b.col) };
      problems.push(problem('helper-sheet', fields, { file, sheet: sheet.grid.name, cell: cellAddress(b.row, b.col) }, { severity: 'info' }));
    };
    if (sheet.beside) summary(sheet.beside);
    // A log with no column that must be unique counts a second copy of itself (pasted under it) unless set aside here;
    // one with (§22, §5) refuses the copy's repeated keys.
    const struck = (row: number, col: number, text: string) => problems.push(problem('struck-row', { row, text: shortText(text, 40), records: def.records.label }, { file, sheet: sheet.grid.name, cell: cellAddress(row, col) }));
    const read = [...recordRows(sheet, def, skipped, (r) => hiddenRows.push(r), reordered, summary, struck)];
    // Late answers only among the records read (lateRows): a hidden April 12th answer or a dated footer line is none.
    const records = new Set(read.map((r) => r.row));
    const others = month && !spanned ? otherMonthRows(sheet, def, month, cycle, (r) => records.has(r), monthly.beside?.filter((s) => s !== sheet)) : null;
    // (Last month's orders called back in --period's month — otherMonthRows' `earlier` — are left out with the rows of other months.)
    const leftOut = (others?.rows.size ?? 0) + (others?.earlier?.size ?? 0);
    const apart = others && leftOut > 0 && leftOut < others.dated ? others : null;
    const byColumn = ownMonthRows(sheet, def, period, (r) => records.has(r), file);
    const copies = def.records.unique?.length ? [] : pastedCopies(read, def, sheet, restarts);
    const pasted = new Set(copies.flatMap((c) => read.filter((r) => r.row >= c.from && r.row <= c.to).map((r) => r.row)));
    for (const c of copies) {
      const at = def.records.columns.map((col) => c.first.cells.get(col.id)?.at).find((a) => a?.cell) ?? c.first.at;
      problems.push(problem('duplicate-record', { case: 'pasted', from: c.from, to: c.to, sourceFrom: c.sourceFrom, sourceTo: c.sourceTo, count: c.count, records: def.records.label }, at, { severity: 'warning' }));
    }
    const remarks = remarkColumns(sheet, def);
    const considered: RecordRow[] = [];
    const marked = new Set<number>();
    const setAside = new Set<number>();
    for (const row of read) {
      if (apart?.rows.has(row.row) || apart?.earlier?.has(row.row) || pasted.has(row.row) || byColumn?.left.has(row.row)) continue;
      if (byColumn?.late.has(row.row)) asMonth(row, def, byColumn.month);
      const mark = remarks.size ? voidMark(row, sheet, remarks, file) : null;
      // A 状态 naming a void and a restore not read for sure: the row in error (run.ts), not guessed.
      if (mark?.unclear) row.voidUnclear = { fields: { row: row.row, text: shortText(mark.text, 60), heading: mark.heading, records: def.records.label, case: mark.unclear, ...(mark.answer ? { answer: mark.answer } : {}), ...(mark.against ? { against: { ...mark.against, text: shortText(mark.against.text, 60) } } : {}) }, at: mark.at };
      else if (mark) problems.push(problem('record-void', { row: row.row, text: mark.text, heading: mark.heading, records: def.records.label, ...(mark.alone ? { setAside: true as const } : {}), ...(mark.restored ? { restored: true as const } : {}) }, mark.at, mark.restored ? { severity: 'info' } : {}));
      considered.push(row);
      if (mark) marked.add(row.row);
      if (mark?.alone) {
        setAside.add(row.row);
        run.carry(row);
        continue;
      }
      for (const u of unread) {
        const raw = sheet.grid.value(row.row, u.col);
        if (raw.kind === 'empty' || (raw.kind === 'text' && !raw.value.trim())) continue;
        (row.unread ??= []).push({ heading: u.heading, like: u.like, value: shortText(rawText(raw)), at: { file, sheet: sheet.grid.name, cell: cellAddress(row.row, u.col) } });
      }
      const r = run.add(row);
      rows.set(r.row, { ok: r.status === 'ok', values: shown.map((d) => r.derived[d.id] ?? null) });
    }
    for (const r of remarks.size ? replacedRows(considered, setAside, sheet, remarks, def, file) : []) {
      if (!marked.has(r.row)) problems.push(problem('record-replaced', { row: r.row, text: r.text, heading: r.heading, records: def.records.label, ...(r.other ? { other: r.other } : {}) }, r.at));
    }
    problems.push(...mixedMonthsProblems(sheet, def, file, (r) => rows.has(r), spanned ? null : (month ?? cycle?.month), cycle));
    if (byColumn) problems.push(...byColumn.problems);
    // (Not when --period left the other months' blocks out: the rows counted are its month's.)
    if ([...titleMonths.keys()].filter((m) => !cycleEnds.has(m)).length > 1 && !hasMonths(def) && !(apart && sheet.blocks)) {
      problems.push(problem('records-months', { sheet: sheet.grid.name, heading: '', months: [...titleMonths.keys()].sort(), form: def.title, records: def.records.label, titles: true }, { file, sheet: sheet.grid.name, cell: [...titleMonths.values()][1] }));
    }
    if (apart?.rows.size) {
      const fields = { sheet: sheet.grid.name, heading: apart.title ? shortText(apart.heading, 20) : apart.heading, month: [...new Set(apart.rows.values())].sort().join('、'), count: apart.rows.size, records: def.records.label, period: month!, case: 'rows', ...(apart.title ? { title: true as const } : {}) } as const;
      problems.push(problem('records-sheet-period', fields, { file, sheet: sheet.grid.name, cell: apart.cell }));
    }
    // (Said: the next month's first days counted as this month's were not named at all, beside a warning of the rows left out.)
    if (others?.late) {
      const fields = { sheet: sheet.grid.name, heading: others.heading, month: nextMonth(month!), count: others.late, records: def.records.label, period: month!, case: 'late' } as const;
      problems.push(problem('records-sheet-period', fields, { file, sheet: sheet.grid.name, cell: others.cell }, { severity: 'info' }));
    }
    if (others?.kept) {
      const fields = { sheet: sheet.grid.name, heading: others.heading, month: month!, count: others.kept.count, records: def.records.label, period: month!, case: 'kept', by: others.kept.by, ...(others.kept.blank ? { blank: others.kept.blank } : {}) } as const;
      problems.push(problem('records-sheet-period', fields, { file, sheet: sheet.grid.name, cell: others.cell }, { severity: 'info' }));
    }
    if (apart?.earlier) {
      const fields = { sheet: sheet.grid.name, heading: apart.heading, month: [...new Set(apart.earlier.values())].sort().join('、'), count: apart.earlier.size, records: def.records.label, period: month!, case: 'earlier', by: lateByLabel(def) } as const;
      problems.push(problem('records-sheet-period', fields, { file, sheet: sheet.grid.name, cell: apart.cell }, { severity: 'info' }));
    }
    // A log whose title or dates name another month than --period (「客户满意度每月记录表 2026年2月」 scored as March's, its
    // 汇总 saying 2026-03): an error. By its dates only when every dated row is of another month (March's installs
    // called back in early April are March's: otherMonthRows).
    // (A §22/§23 log's month is its title's when the title names one: by its dates it is checked against it.)
    if (month && !spanned) {
      const byTitle = titleMonths.size > 0 && !sheet.dates;
      const dated = byTitle || !leftOut || apart ? [] : [...new Set([...others!.rows.values(), ...(others!.earlier?.values() ?? [])])];
      const said = byTitle ? [...titleMonths.keys()] : dated;
      // (A log of one sheet, no title's month nor dates, named for another month than --period — 「2月份回访」「2月」 with
      // --period 2026-03 — scored as March's at exit 0 without a word, where a title saying 2026年2月 was an error; review 63.)
      const named = !said.length && flag && counted.length === 1 && !sheet.dates ? monthOfLogSheetName(sheet.grid.name) : undefined;
      const namedOther = named !== undefined && (named.year !== undefined ? `${named.year}-${String(named.month).padStart(2, '0')}` !== flag : named.month !== Number(flag!.slice(5)));
      if (said.length && !said.includes(month)) {
        const fields = { sheet: sheet.grid.name, month: said.sort().join('、'), records: def.records.label, period: month, case: byTitle ? 'title' : 'dates' } as const;
        problems.push(problem('records-sheet-period', fields, { file, sheet: sheet.grid.name, ...(byTitle ? { cell: [...titleMonths.values()][0] } : {}) }, { severity: 'error' }));
      } else if (namedOther) {
        const shownMonth = named!.year !== undefined ? `${named!.year}-${String(named!.month).padStart(2, '0')}` : `${named!.month}月`;
        const fields = { sheet: sheet.grid.name, month: shownMonth, records: def.records.label, period: month, case: 'name' } as const;
        problems.push(problem('records-sheet-period', fields, { file, sheet: sheet.grid.name }, { severity: 'error' }));
      }
    }
    if (hiddenRows.length) problems.push(problem('hidden-rows', { sheet: sheet.grid.name, rows: hiddenRows }, { file, sheet: sheet.grid.name, cell: cellAddress(hiddenRows[0]!, Math.min(...sheet.columns.values())) }));
  }
  if (input.hiddenSheets.length) problems.push(problem('hidden-sheet', { sheets: input.hiddenSheets }, { file }));
  const result = run.finish();
  if (result.rows.total === 0) {
    return { ok: false, failure: problem('no-people', { case: 'no-records', name: shownName(file), form: def.title, records: def.records.label }, { file }) };
  }
  return { ok: true, read: { result, sheets: counted, marks, problems: [...problems, ...result.problems] } };
}

/**
 * A §22/§23 log's own month column (考核周期, 考核月份) read against --period, else the one month its title names: the
 * month column was never compared with either — 「2026年3月…」 answered 2026-04-01 by 销售部 made a month of its own
 * (采购部 March 810, April 880, 84.50 of two months), and a log of April's rows only scored under --period 2026-03 at
 * exit 0. As the other logs' dates (otherMonthRows): the next month's 1st–5th in a log of the month are its late answers
 * (info; 采购部 (810 + 880) / 2 = 845 B in March, §23 采购部 u = 1, g = 1 较好 94.44); with --period, the rows of a later
 * month are left out (a warning; earlier months stay, §23's 连续优秀 reads them), and no row of it is an error; a title
 * over rows of another month only, a warning.
 */
function ownMonthRows(sheet: RecordSheet, def: RecordFormDef, period: string | undefined, counted: (row: number) => boolean, file: string): { month: string; late: Set<number>; left: Set<number>; problems: Problem[] } | null {
  if (!hasMonths(def) || sheet.dates || sheet.supplied) return null;
  const flag = period ? parseMonth(period) : null;
  const titled = titleMonthOf(sheet);
  const month = flag ?? titled?.month;
  const rows = month ? monthColumnRows(sheet, def, month, counted) : null;
  if (!month || !rows) return null;
  const problems: Problem[] = [];
  const at = { file, sheet: sheet.grid.name, cell: rows.cell };
  const base = { sheet: sheet.grid.name, heading: rows.heading, records: def.records.label, period: month };
  if (rows.late.size) problems.push(problem('records-sheet-period', { ...base, month: nextMonth(month), count: rows.late.size, case: 'late' }, at, { severity: 'info' }));
  const none = flag && !rows.of && rows.months.length > 0;
  if (none) problems.push(problem('records-sheet-period', { ...base, month: rows.months.join('、'), case: 'dates' }, at, { severity: 'error' }));
  const left = flag && !none && rows.later.size ? rows.later : new Map<number, string>();
  if (left.size) {
    const before = rows.months.some((m) => m < month) ? { before: true as const } : {};
    problems.push(problem('records-sheet-period', { ...base, month: [...new Set(left.values())].sort().join('、'), count: left.size, case: 'rows', ...before }, at));
  }
  // (Not when the error above says it: the title's month is --period's.)
  const ofTitle = titled && !(none && titled.month === flag) ? (titled.month === month ? rows : monthColumnRows(sheet, def, titled.month, counted)) : null;
  if (titled && ofTitle && !ofTitle.of && ofTitle.months.length) {
    problems.push(problem('records-sheet-period', { ...base, period: titled.month, month: ofTitle.months.join('、'), case: 'column' }, { file, sheet: sheet.grid.name, cell: titled.cell }));
  }
  return { month, late: rows.late, left: new Set(left.keys()), problems };
}

/** The one month a log's titles above its headings name (「2026年3月内部客户满意度问卷」), not a cycle's or a span's. */
function titleMonthOf(sheet: RecordSheet): { month: string; cell: string } | undefined {
  const named = new Map<string, string>();
  for (const t of titleCells(sheet)) {
    if (!t.isText || MONTH_SPAN.test(t.text.normalize('NFKC'))) continue;
    const { months, cycle } = logTitleMonths(t.text);
    if (cycle) return undefined;
    for (const m of months) if (!named.has(m)) named.set(m, t.cell);
  }
  if (named.size !== 1) return undefined;
  const [month, cell] = [...named][0]!;
  return { month, cell };
}

/** A late answer's row counted in `month`: its month cell (2026-04-01) read as the month's. */
function asMonth(row: RecordRow, def: RecordFormDef, month: string): void {
  const id = def.records.columns.find((c) => c.month)?.id;
  const cell = id ? row.cells.get(id) : undefined;
  if (cell) row.cells.set(id!, { ...cell, raw: { kind: 'text', value: month } });
}

/** Some row of `sheet` has its month and record (车间, 部门, 项目) on another sheet too: copied from it, not changed. */
function stale(sheet: RecordSheet, sheets: readonly RecordSheet[], def: RecordFormDef): boolean {
  const month = def.records.columns.find((c) => c.month);
  // The record's names both sheets have (an optional 评价项目 left out of one: the others still name it — review), and a
  // row's answer filled (a pre-listed row left blank is no answer to repeat).
  const labels = (def.records.rowLabel ?? []).filter((id) => id !== month?.id && sheet.columns.has(id));
  const answers = def.records.columns.filter((c) => !c.optional && !c.month && !labels.includes(c.id) && sheet.columns.has(c.id)).map((c) => c.id);
  const keys = (s: RecordSheet) => {
    const col = month ? s.columns.get(month.id) : undefined;
    const out = new Set<string>();
    if (col === undefined || labels.length < 2 || !labels.every((id) => s.columns.has(id))) return out;
    for (let r = s.grid.nextRow(s.headerRow); r <= s.grid.rowCount; r = s.grid.nextRow(r)) {
      const m = parseMonth(s.grid.text(r, col));
      const named = labels.map((id) => s.grid.text(r, s.columns.get(id)!).trim());
      const answered = answers.every((id) => { const c = s.columns.get(id); return c === undefined || s.grid.text(r, c).trim() !== ''; });
      if (m && answered && named.every(Boolean)) out.add(`${m}\u0000${named.join('\u0000')}`);
    }
    return out;
  };
  const own = keys(sheet);
  return sheets.some((o) => o !== sheet && [...keys(o)].some((k) => own.has(k)));
}

/**
 * The month of a log that lacks only its month column (§22's 考核周期, §23's 考核月份): the sheet's name (「2026年3月」), the
 * one month a title above the headings names, or --period — a month's log without the column was refused (exit 2) even
 * with --period.
 */
function monthOfSheet(sheet: RecordSheet, def: RecordFormDef, period: string | undefined): { column: ColumnDef; value: string; from: 'sheet' | 'sheet-title' | 'title' | 'period'; cell?: string } | undefined {
  const column = def.records.columns.find((c) => c.month);
  if (!column || sheet.missing.length !== 1 || sheet.missing[0] !== column) return undefined;
  const flag = period ? parseMonth(period) : null;
  const two = (n: number) => String(n).padStart(2, '0');
  // A name or title naming a span of months (「2026年3月-4月」, 「2026年1-3月」, 「1月-3月」) or a day is no one month:
  // refused as before, not taken as its first month (review: a quarter's answers read as January's).
  const spans = (t: string) => MONTH_SPAN.test(t.normalize('NFKC'));
  const name = sheet.grid.name;
  if ((spans(name) || holdsDayDate(name)) && /月/.test(name)) return undefined;
  const named = monthNumberOf(name);
  if (named?.year) return { column, value: `${named.year}-${two(named.month)}`, from: 'sheet' };
  const titles = new Map<string, string>();
  const years = new Set<number>();
  let spanned = false;
  for (const { text, cell } of titleCells(sheet)) {
    const months = monthsOfTitle(text);
    if (months.length && spans(text)) spanned = true;
    for (const m of months) if (!titles.has(m)) titles.set(m, cell);
    const year = yearIn(text);
    if (year) years.add(year);
  }
  // 「1月」, 「2月」 … one a month: the year from the title's month of the same number, else from --period — the latest
  // such month not after it (「12月」 beside 「1月」 with --period 2026-01 is 2025-12; each sheet its own month — review).
  if (named) {
    const titled = [...titles.keys()].find((m) => Number(m.slice(5)) === named.month);
    if (titled) return { column, value: titled, from: 'sheet' };
    // Or the title's one year, as for a 「3月」 cell (yearOfLog): 「1月」 「2月」 「3月」 under 「2026年第一季度内部客户满意度问卷」
    // were refused (exit 2) without --period.
    if (years.size === 1) return { column, value: `${[...years][0]}-${two(named.month)}`, from: 'sheet-title' };
    if (!flag) return undefined;
    const year = Number(flag.slice(0, 4)) - (named.month > Number(flag.slice(5)) ? 1 : 0);
    return { column, value: `${year}-${two(named.month)}`, from: 'sheet' };
  }
  if (spanned || titles.size > 1) return undefined;
  if (titles.size === 1) {
    const [value, cell] = [...titles][0]!;
    return { column, value, from: 'title', cell };
  }
  return flag ? { column, value: flag, from: 'period' } : undefined;
}

/**
 * A log lacking only its month column whose date column of the team's (提交时间, 日期) dates its rows: §23's export of
 * late February and late March scored for March counted all six answers as March's (采购部 差 2.22 for 优秀 0.00).
 * The months the dates give, and as `month` the one month when they give one (an answer of the next month's first
 * days is the month's late answer, as otherMonthRows counts it).
 */
function logDates(sheet: RecordSheet, def: RecordFormDef): { column: ColumnDef; col: number; heading: string; cell: string; months: string[]; month?: { column: ColumnDef; value: string; from: 'dates'; cell: string } } | undefined {
  const column = def.records.columns.find((c) => c.month);
  if (!column || sheet.missing.length !== 1 || sheet.missing[0] !== column) return undefined;
  const u = datingColumn(sheet, def);
  const { months } = u ? datedMonths(sheet, u.col, def) : { months: [] };
  if (!u || !months.length) return undefined;
  const one = months.length === 1 || otherMonthRows(sheet, def, months[0]!)?.rows.size === 0;
  const dates = { column, col: u.col, heading: u.text, cell: u.cell, months };
  return one ? { ...dates, month: { column, value: months[0]!, from: 'dates', cell: u.cell } } : dates;
}

/**
 * The year a log's month cells without one (「3月」) are of: its sheet's name (「2026年3月」, 「2026年」), the one month or
 * year its title names, else --period; with the month they name, when they name one.
 */
function yearOfLog(sheet: RecordSheet, period: string | undefined): { year: number; month?: number } | undefined {
  const of = (m: string) => ({ year: Number(m.slice(0, 4)), month: Number(m.slice(5, 7)) });
  const named = monthNumberOf(sheet.grid.name);
  if (named?.year) return { year: named.year, month: named.month };
  const titles = new Set<string>();
  const years = new Set<number>();
  const ownYear = yearIn(sheet.grid.name);
  for (const { text } of titleCells(sheet)) {
    if (MONTH_SPAN.test(text.normalize('NFKC'))) continue;
    for (const m of monthsOfTitle(text)) titles.add(m);
    const y = yearIn(text);
    if (y) years.add(y);
  }
  if (titles.size === 1) return of([...titles][0]!);
  if (ownYear) return { year: ownYear };
  if (years.size === 1 && titles.size === 0) return { year: [...years][0]! };
  const flag = period ? parseMonth(period) : null;
  return flag ? of(flag) : undefined;
}

/**
 * Sheets named for different months (「2月」, 「3月」) of a log whose figures are not kept by the month (§5's orders, §3's
 * customers): one month's statistics of two (王师傅 75 一般 of February's and March's orders for March's 50 待改进, with a
 * note only). With --period, the other months' sheets are left out; without it, which month is meant is not for kpi to
 * guess: said as an error beside each, every sheet still counted (the figures are of all of them).
 */
function monthSheets(sheets: RecordSheet[], def: RecordFormDef, period: string | undefined): { apart: Array<{ sheet: RecordSheet; month: string; title?: true }>; period?: string; named: string[]; beside?: RecordSheet[] } {
  const monthIds = new Set(def.records.columns.filter((c) => c.month).map((c) => c.id));
  if (sheets.length < 2 || def.groupings.some((g) => g.by.some((id) => monthIds.has(id)))) return { apart: [], named: [] };
  // A name saying more than its month (「3月份回访」, 「3.1-3.31」, 「Mar」) names it too; a name naming none (Sheet1, Sheet2),
  // the one month its title above the headings names (「客户满意度评分(2026年2月)」): both were counted as one month's.
  const months = sheets.map((sheet) => ({ sheet, ...sheetMonthOfLog(sheet) }));
  // (「2026年3月」 beside 「3月」 with --period 2026-03 is one month: the bare one takes --period's year — review. Not a dated
  // sheet's: 「2025年3月」 kept for the year before is another month, its 5s were March's at exit 0.)
  const flagged = period ? parseMonth(period) : null;
  // (Not without --period: 「3月」 beside 「2025年3月」 (kept for the year before) may be this year's March or that one's — a
  // bare one taking the other's year merged last year's into this month at exit 0. Refused, --period says; review48.)
  const yearOf = (n: { year?: number; month: number }) => n.year ?? (flagged && Number(flagged.slice(5)) === n.month ? Number(flagged.slice(0, 4)) : '');
  if (months.some((m) => !m.named) || new Set(months.map((m) => `${yearOf(m.named!)}-${m.named!.month}`)).size < 2) return { apart: [], named: [] };
  const shown = (n: { year?: number; month: number }) => (n.year ? `${n.year}年${n.month}月` : `${n.month}月`);
  const flag = period ? parseMonth(period) : null;
  const [year, month] = flag ? [Number(flag.slice(0, 4)), Number(flag.slice(5))] : [0, 0];
  const of = (n: { year?: number; month: number }) => n.month === month && (n.year === undefined || n.year === year);
  // (--period naming none of the sheets' months picks none: said as without it.)
  const apart = (m: (typeof months)[number]) => ({ sheet: m.sheet, month: shown(m.named!), ...(m.title ? { title: true as const } : {}) });
  if (!flag || !months.some((m) => of(m.named!))) return { apart: months.map(apart), named: months.map((m) => m.sheet.grid.name) };
  // A log whose rows carry their own dates (§5 客服回访时间, records.dated) is dated by them: a sheet of another month's name
  // is left out only when none of its rows is --period's by those dates, the others' sheets telling which months the log
  // holds (otherMonthRows' `beside`). HT0003 finished 3/30, called back 4/2 on 「4月回访」, is March's by lateBy: the sheet
  // left whole made March 1/2 = 50 % 待改进 at exit 0 for 2/3 = 66.67 % 一般.
  if (months.every((m) => datingColumn(m.sheet, def)?.own)) {
    const none = (m: (typeof months)[number]) => {
      const o = otherMonthRows(m.sheet, def, flag, undefined, undefined, sheets.filter((x) => x !== m.sheet));
      return !o || o.dated === 0 || o.rows.size + (o.earlier?.size ?? 0) >= o.dated;
    };
    return { apart: months.filter((m) => !of(m.named!) && none(m)).map(apart), period: flag, named: [], beside: sheets };
  }
  return { apart: months.filter((m) => !of(m.named!)).map(apart), period: flag, named: [] };
}

/** The month a log's sheet is of (monthSheets): its name's (monthOfLogSheetName), else its title's one month (`title`). */
function sheetMonthOfLog(sheet: RecordSheet): { named?: { year?: number; month: number }; title?: true } {
  const named = monthOfLogSheetName(sheet.grid.name);
  if (named) return { named };
  const titled = titleMonthOf(sheet)?.month;
  return titled ? { named: { year: Number(titled.slice(0, 4)), month: Number(titled.slice(5, 7)) }, title: true } : {};
}

/**
 * The blocks of a log kept as one sheet of several months, each under its title (RecordSheet.blocks): the titles between
 * its rows naming one month, and the title above its headings when it names one; undefined when no title between the
 * rows names a month (a log of one title is read as before).
 */
function monthBlocks(sheet: RecordSheet, def: RecordFormDef): MonthBlock[] | undefined {
  // (Rows dated by their own 回访时间 are of their dates' month: a banner 「2026年2月签约订单」 names the orders' month, and
  // §5's undated rows under it were left out as February's — review.)
  if (def.records.dated && sheet.columns.has(def.records.dated)) return undefined;
  if (!monthBelow(sheet)) return undefined;
  // A block's title stands left, where the log's first column of words is (a remark in 建议和意见 or 原因 —
  // 「(接上)2026年2月的单也未交」 — moved every row below it to February: §23 设备部 scored as February's), and reads as a
  // title: the month first, or last in brackets (「下次回访安排在2026年4月」 dropped three customers as April's).
  const firstWords = def.records.columns.find((c) => c.type === 'text' && !c.month && sheet.columns.has(c.id));
  const leftmost = Math.min(...sheet.columns.values(), firstWords ? sheet.columns.get(firstWords.id)! : Infinity);
  const lastLeft = Math.max(leftmost, firstWords ? sheet.columns.get(firstWords.id)! : leftmost);
  const blocks: MonthBlock[] = [];
  const title = (row: number, why: string, col = 1) => {
    if (!why.startsWith('标题行') && !why.startsWith('只有一格')) return;
    if (why.startsWith('只有一格') && col > lastLeft) return;
    const text = sheet.grid.text(row, col);
    if (!blockTitle(text)) return;
    const month = blockMonth(text);
    if (month) blocks.push({ row, month, cell: cellAddress(row, col), text, rows: new Set() });
  };
  const rows = [...recordRows(sheet, def, title)].map((r) => r.row);
  if (!blocks.length) return undefined;
  const above = titleCells(sheet).filter((t) => t.isText).flatMap((t) => { const month = blockMonth(t.text); return month ? [{ ...t, month }] : []; });
  const top = new Set(above.map((t) => t.month)).size === 1 ? above[0] : undefined;
  if (top) blocks.unshift({ row: sheet.headerRow, month: top.month, cell: top.cell, text: top.text, rows: new Set() });
  for (const r of rows) blockOf(sheet, r, blocks)?.rows.add(r);
  return blocks;
}

/** A title naming its month first (「2026年3月客户满意度记录」, 「3月」, 「2026-02-26~2026-03-25」) or last in brackets. */
const BLOCK_TITLE = /^[\s【\[(<《]*(?:(?:20\d{2}|\d{2})\s*[年.\-/]\s*)?(?:\d{1,2}|[一二三四五六七八九十]|十[一二])\s*月|^[\s【\[(]*20\d{2}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}|[(【\[]\s*(?:20\d{2}\s*年\s*)?\d{1,2}\s*月份?\s*[)】\]]\s*$/;

/**
 * A line reading as a block's title: the month alone, or with a title's words (记录, 调查, 问卷 …) and no sentence's
 * (「2026年2月的投诉已处理」 in 客户 left three March customers out as February's — review).
 */
function blockTitle(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  // (Nor a banner grouping customers by another month of theirs: 「2026年2月新签客户」, 「2026年2月订单」, 「2026年4月初收回问卷」
  // left March's customers out under --period — review.)
  if (!BLOCK_TITLE.test(t) || /已|未|了|安排|下次|接上|请|说|处理|补|签|单|货|投诉|老|新|收|购|买|初|底|中旬|上旬|下旬/.test(t)) return false;
  const rest = t.replace(/(20\d{2}|\d{2})[年.\-/]|\d{1,2}[.\-/]\d{1,2}|(\d{1,2}|[一二三四五六七八九十]|十[一二])月份?|[~～至到\-()【】\[\]<>《》::]/g, '');
  return rest === '' || /记录|表|调查|问卷|回访|评价|满意|统计|考核|数据|汇总|明细|清单|名单|情况/.test(rest);
}

/** Some text cell of the log's columns below its headings names a month (a block's title may): else no row is read twice. */
function monthBelow(sheet: RecordSheet): boolean {
  const { grid } = sheet;
  for (let r = grid.nextRow(sheet.headerRow); r <= grid.rowCount; r = grid.nextRow(r)) {
    for (const col of sheet.columns.values()) {
      const v = grid.value(r, col);
      if (v.kind === 'text' && /[\d０-９]{4}/.test(v.value) && blockMonth(v.value)) return true;
    }
  }
  return false;
}

/** The one month a block's title names (「2026年3月客户满意度记录」; a cycle's, 「2026-02-26~2026-03-25」 March's), if it names one. */
function blockMonth(text: string): string | undefined {
  const { months, cycle } = logTitleMonths(text);
  if (cycle) return monthCycle(text, yearIn(text))?.month;
  return months.length === 1 && !MONTH_SPAN.test(text.normalize('NFKC')) ? months[0] : undefined;
}

/**
 * The months a log's title names: a period of days as an export's title is read (exportMonth's rangeMonths) — February's
 * log titled 「统计周期:2026-02-01 00:00 至 2026-02-28 23:59」 scored for March was 82.50 乙 at exit 0, its days no month
 * to monthsOfTitle, where 「2026年2月…」 is the error. Only months with their year: 「02.01-02.28」 is left unread.
 */
function logTitleMonths(text: string): { months: string[]; cycle: boolean } {
  const days = rangeMonths(text)?.filter((m) => /^\d{4}-/.test(m));
  return days?.length ? { months: days, cycle: days.length === 2 } : { months: monthsOfTitle(text), cycle: false };
}

/**
 * The period of days of one month a log's title states (「统计周期:2026-02-26 至 2026-03-25」, 「2026年3月…(2月26日-3月25日)」,
 * README's 26th-to-25th cycle), when it is `month`'s (any month's without --period); a range without its year takes the
 * title's year, else --period's.
 */
function titleCycle(sheet: RecordSheet, month: string | null | undefined): TitleCycle | undefined {
  const flagYear = month ? Number(month.slice(0, 4)) : undefined;
  const lines = Array.from({ length: sheet.headerRow - 1 }, (_, k) => k + 1);
  const texts = [...titleCells(sheet).filter((t) => t.isText).map((t) => t.text), titlePeriod(sheet.grid, lines)?.text ?? ''];
  for (const text of texts) {
    const cycle = monthCycle(text, yearIn(text) ?? flagYear);
    if (cycle && (!month || cycle.month === month)) return cycle;
  }
  return undefined;
}

/** The filled cells above a log's headings, in its first twelve columns: where its titles name a month or a period. */
function titleCells(sheet: RecordSheet): Array<{ text: string; cell: string; isText: boolean }> {
  return cellsAbove(sheet.grid, sheet.headerRow);
}

/** The year a text names (「2026年第一季度…」, 「2026年」). */
function yearIn(text: string): number | undefined {
  const y = /(20\d{2})\s*年/.exec(text.normalize('NFKC'))?.[1];
  return y ? Number(y) : undefined;
}

/** Any month, for asking whether --period would give a log its month (monthOfSheet). */
const ANY_PERIOD = '2000-01';

/** The columns an error of this sheet says are one of the log's retyped (lookAlikeColumnProblems). */
function unreadColumns(problems: readonly Problem[], sheet: RecordSheet): Array<{ col: number; heading: string; like: string }> {
  const out: Array<{ col: number; heading: string; like: string }> = [];
  for (const p of problems) {
    const params = p.params as { case?: string; heading?: string; like?: string } | undefined;
    if (p.code !== 'unknown-column' || params?.case !== 'looks-like' || p.sheet !== sheet.grid.name || !p.cell) continue;
    const ref = parseRef(p.cell);
    if (ref && ref[0] === sheet.headerRow) out.push({ col: ref[1], heading: params.heading ?? '', like: params.like ?? '' });
  }
  return out;
}


/** Groupings as --json and the console describe them: labels, figure names and formats, band counts. */
export function groupingSummaries(def: RecordFormDef, result: RecordFormResult): GroupingSummary[] {
  return def.groupings.map((g, i) => ({
    id: g.id,
    label: g.label,
    hidden: g.hidden ?? false,
    by: g.by,
    figures: g.figures.map((f) => ({ id: f.id, label: f.label, agg: f.agg, ...(f.format ? { format: f.format } : {}) })),
    ...(g.band ? { band: { figure: g.band.figure, scale: g.band.scale } } : {}),
    ...(result.groupings[i]!.bands ? { bands: result.groupings[i]!.bands } : {}),
  }));
}

/** Every group with the same figures in both (this month's file given again, as its graded copy or a re-save). */
function sameFigures(current: readonly GroupResult[], previous: readonly GroupResult[]): boolean {
  if (!current.length || current.length !== previous.length) return false;
  return current.every((g) => {
    const p = previous.find((x) => x.grouping === g.grouping && x.keyText === g.keyText);
    return p !== undefined && p.rows === g.rows && JSON.stringify(p.figures) === JSON.stringify(g.figures);
  });
}

/** The two paths are one file, or two copies of the same bytes. */
async function sameContent(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([files.stat(a).catch(() => null), files.stat(b).catch(() => null)]);
  if (!sa || !sb) return false;
  if (sa.dev === sb.dev && sa.ino === sb.ino) return true;
  if (sa.size !== sb.size) return false;
  const [ba, bb] = await Promise.all([files.readFile(a), files.readFile(b)]);
  return ba.equals(bb);
}

/** Last month's figures (a filled or a graded file: kpi's additions are stripped when it is read). */
async function previousFigures(file: string, def: RecordFormDef, options: GradeOptions): Promise<{ ok: true; groups: GroupResult[]; rows: { total: number; ok: number; error: number }; months: string[] } | { ok: false; failure: Problem }> {
  const loaded = await loadInput(file, options);
  if (!loaded.ok) return loaded;
  const read = readRecords(loaded.input, def, file);
  if (!read.ok) return { ok: false, failure: { ...read.failure, message: `上月文件 ${shownName(file)}:${read.failure.message.replace(`${shownName(file)}:`, '')}` } };
  return { ok: true, groups: read.read.result.groupings.flatMap((g) => g.groups), rows: read.read.result.rows, months: monthsOfLog(read.read.sheets, def) };
}

function addChanges(current: GroupResult[], previous: GroupResult[], def: RecordFormDef): void {
  for (const g of current) {
    const compare = def.groupings.find((x) => x.id === g.grouping)?.compare;
    if (!compare?.length) continue;
    const before = previous.find((p) => p.grouping === g.grouping && p.keyText === g.keyText);
    const change: Record<string, number | null> = {};
    for (const id of compare) {
      const now = g.figures[id];
      const then = before?.figures[id];
      // Without binary noise: 8.25 − 8.329545… is −0.079545454545455 (14 digits), not −0.07954545454545503.
      change[id] = typeof now === 'number' && typeof then === 'number' ? tidy(Number((now - then).toPrecision(14))) : null;
    }
    g.change = change;
  }
}

export async function gradeRecordInput(
  input: string,
  loaded: LoadedInput,
  def: RecordFormDef,
  options: GradeOptions,
  output: string | null,
  notes: Problem[],
  /** How a failed write is said (io/grade.ts's wording, passed in so the modules do not import each other). */
  writeFailure: (output: string, err: unknown) => Problem,
): Promise<GradeOutcome> {
  const fail = (p: Problem): GradeOutcome => ({ ok: false, failure: { ...p, file: p.file ?? input } });
  const read = readRecords(loaded, def, input, options.period);
  if (!read.ok) return fail(read.failure);
  const { result } = read.read;
  const problems = [...(loaded.notes ?? []), ...notes, ...read.read.problems];
  const groups = result.groupings.flatMap((g) => g.groups);
  const compared = options.previous !== undefined && def.groupings.some((g) => g.compare?.length);
  if (options.previous && !compared) {
    problems.push(problem('previous-ignored', { case: 'no-compare', form: def.title, previous: shownName(options.previous) }, { file: input }));
  } else if (options.previous && (await sameContent(input, options.previous))) {
    // This month's file given as last month's too: every change ±0, as if nothing had moved. Said, and not compared.
    problems.push(problem('previous-ignored', { case: 'same-file', form: def.title, previous: shownName(options.previous) }, { file: input }));
  } else if (options.previous) {
    const prev = await previousFigures(options.previous, def, options);
    if (!prev.ok) return fail(prev.failure);
    // This month's figures again (its graded copy, a re-save of it): every change ±0. Said, and not compared.
    if (sameFigures(groups, prev.groups) && prev.rows.total === result.rows.total) {
      problems.push(problem('previous-ignored', { case: 'same-file', form: def.title, previous: shownName(options.previous) }, { file: input }));
    } else {
    // Last month's rows with errors are not in its figures: said, or 回收份数 +30 read as a month of no answers.
    if (prev.rows.error > 0) {
      // The command names the file as it was given (prev/2月.xlsx): run from here, it finds it.
      // With the --form it was read by (a team's own definition): scored alone it would be read by the built-in.
      const command = ['kpi', 'score', shellWord(options.previous), ...(options.form ? ['--form', shellWord(options.form)] : [])].join(' ');
      problems.push(problem('previous-errors', { previous: shownName(options.previous), errors: prev.rows.error, total: prev.rows.total, records: def.records.label, command }, { file: options.previous }));
    }
    // Its rows of another month than the one before this log's (April given as March's previous, or January): the
    // changes were printed as 比上月 without a word (−10 against the month after). Said; compared as asked.
    const now = monthsOfLog(read.read.sheets, def);
    if (now.length === 1 && prev.months.length === 1 && prev.months[0] !== previousMonth(now[0]!)) {
      problems.push(problem('previous-month', { previous: shownName(options.previous), month: now[0]!, previousMonth: prev.months[0]!, expected: previousMonth(now[0]!) }, { file: options.previous }));
    }
    // None usable: there is nothing to compare with (each change is —, not this month's figure against 0).
    addChanges(groups, prev.rows.ok > 0 ? prev.groups : [], def);
    }
  }
  const groupings = groupingSummaries(def, result);
  const wb = output ? (loaded.workbook ?? workbookFromRows(loaded, read.read.sheets[0]?.headerRow ?? null)) : null;
  if (wb && !(wb instanceof NoRoomError) && loaded.package) problems.push(...(await droppedContent(loaded.package, wb.worksheets.map((w) => w.name), options.maxSize ?? DEFAULT_MAX_SIZE, input)));
  const report: GradeReport = {
    form: def.id,
    formVersion: def.version,
    formTitle: def.title,
    input,
    output,
    people: [],
    // Band counts are per grouping (groupings[].bands): a batch adding up people's bands must not count groups.
    bands: {},
    problems,
    layout: loaded.kind === 'xlsx' ? 'roster' : loaded.kind,
    ...(loaded.encoding ? { encoding: loaded.encoding } : {}),
    ...(loaded.delimiter ? { delimiter: loaded.delimiter } : {}),
    ...(options.period ? { period: options.period } : {}),
    ...(loaded.regraded ? { regraded: true } : {}),
    records: { label: def.records.label, ...result.rows },
    groupings,
    groups,
    // Ignored (nothing of the form is compared), it is no 「上月对比」 of the report: said once, as the warning.
    // Only when compared: an ignored one (the same file again) printed 「上月对比」 above the warning that it was not.
    ...(options.previous && compared && !problems.some((p) => p.code === 'previous-ignored') ? { previous: options.previous } : {}),
  };
  if (output && wb) {
    if (wb instanceof NoRoomError) return fail(problem('output-failed', { case: 'no-room', name: shownName(input), detail: wb.message }, { file: input, sheet: wb.sheet }));
    problems.push(...longCellProblems(wb, input));
    const prepared = prepareRecordWorkbook(wb, report, def, read.read, options.gradedAt ?? new Date(), path.basename(input), options.problemNotes);
    try {
      const source = loaded.package ? { package: loaded.package, maxSize: options.maxSize ?? DEFAULT_MAX_SIZE } : undefined;
      await writeFileAtomic(output, (tmp) => writeRecordWorkbook(wb, prepared, tmp, source), { overwrite: options.force ?? false, ...(options.onWritten ? { beforeRename: options.onWritten } : {}) });
    } catch (err) {
      return fail(writeFailure(output, err));
    }
  }
  return { ok: true, report };
}
