// People's own sheets whose header month (考核月份, 考核日期) differs from sheet to sheet. Said once for the file, every
// person was scored as one month: 03-months (钱七's 「2026年2月」 beside five March sheets) scored 钱七 89.00 and paid him
// 1800 for March at exit 0 but for one file-level error; 19-two-feb with --period 2026-03 scored the two February sheets
// as March's and pointed at 李四!F3, the one sheet of March. Each sheet of another month is now its person's error.
import { nameOf } from '../engine/mergeRaters.js';
import { dayOfDate, headerMonthIn, nextMonth, parseMonth, previousMonth } from '../engine/period.js';
import type { FormDef } from '../model/definition.js';
import type { PersonEntries } from '../model/entries.js';
import { problem } from '../model/problems/index.js';
import { foldBareMonths } from './graded/workbook.js';
import type { ReadResult } from './readPeople.js';

type Sheet = { person: PersonEntries; sheet: string; typed: string; month: string; signed: boolean; title?: string };

/**
 * The file's month when the sheets' months differ and one is the file's: --period (`flag`), else the month strictly more
 * than half the sheets give; each sheet of another month an error at its month cell (its person unscored). A 考核日期 is
 * a sign-off date, anywhere in the appraised month or the month after (15-dates: 2026-03-31, 04-01 and 「2026年4月2日」
 * were 「表头的考核月份不一致」 at exit 1; d1's 04-11 beside 03-31 too under a ten-day rule, base exit 0): of the month
 * before, said as a warning only against --period. Undefined when the months agree, or no month holds most sheets (the file's error stays).
 */
export function sheetMonths(form: FormDef, read: ReadResult, flag: string | null, file: string): string | undefined {
  const field = form.header.find((f) => f.role === 'period');
  if (!field || field.perPerson) return undefined;
  const dated = /日期$/.test(field.label);
  const titles = titleMonths(read);
  const sheets: Sheet[] = read.sources.flatMap((s, i) => {
    const person = read.people[i];
    const typed = s.kind === 'form' && person ? (person.header.get(field.id)?.trim() ?? '') : '';
    const month = typed ? (parseMonth(typed) ?? typed) : '';
    // (A month without its day — 「2026-03」 as kpi template --period writes it, 「2026年3月」 — is the month appraised, no
    // sign-off: five March sheets beside one February copy were all taken as signed in March for February, and everyone
    // was scored and paid from February's pay sheet at exit 0. 20260401 typed as digits is a day: review.)
    if (month && s.kind === 'form') return [{ person: person!, sheet: s.sheet, typed, month, signed: dated && (dayOfDate(typed) !== undefined || /^\d{8}$/.test(typed)) }];
    const title = s.kind === 'form' && person && !typed ? titles.get(s.sheet) : undefined;
    return title && person ? [{ person, sheet: s.sheet, typed: title.text, month: title.month, signed: false, title: title.cell }] : [];
  });
  const fold = foldBareMonths(sheets.map((s) => s.month));
  for (const s of sheets) s.month = flag ? (headerMonthIn(s.month, flag)?.month ?? s.month) : fold.get(s.month)!;
  if (new Set(sheets.map((s) => s.month)).size < 2) return undefined;
  const holds = (s: Sheet, m: string) => s.month === m || (s.signed && s.month === nextMonth(m));
  // The run's month by the typed sheets where there are any; a title only tests its own sheet against it (one February
  // title beside five signed 03-31s made February hold every sheet, all paid from February's pay sheet at exit 0).
  const typed = sheets.filter((x) => !x.title);
  const pool = typed.length ? typed : sheets;
  const fits = pool.map((s) => s.month).find((m) => pool.every((s) => holds(s, m))) ?? pool.map((s) => s.month).filter((m) => /^\d{4}-\d{2}$/.test(m)).map(previousMonth).find((m) => pool.every((s) => holds(s, m)));
  const run = flag ?? fits ?? mostOf(sheets);
  if (!run) return undefined;
  const most = sheets.filter((s) => holds(s, run)).length;
  for (const s of sheets) {
    if (holds(s, run) && !(flag && s.month !== run)) continue;
    const warn = flag !== null && holds(s, run);
    const cell = s.title ?? s.person.headerCells?.get(field.id);
    const who = nameOf(form, s.person);
    const fields = { sheet: s.sheet, field: s.title ? '标题' : field.label, said: s.month, typed: s.typed, run, from: flag ? 'period' as const : 'most' as const, most, of: sheets.length, ...(warn ? { next: true as const } : {}) };
    (s.person.problems ??= []).push(problem('sheet-month', fields, { file, sheet: s.sheet, ...(cell ? { cell } : {}) }, { ...(warn ? { severity: 'warning' as const } : {}), ...(who ? { person: who } : {}) }));
  }
  return run;
}

/** The month strictly more than half the sheets give (5 of 6); undefined for 1 against 1, 2 against 2. */
function mostOf(sheets: readonly Sheet[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of sheets) counts.set(s.month, (counts.get(s.month) ?? 0) + 1);
  return [...counts].find(([, n]) => n * 2 > sheets.length)?.[0];
}

/**
 * The month each sheet's title above the headings gives (read.stated, read.statedBare), its 考核月份 cell blank: 07b's
 * five 「2026年3月…」 titles beside 孙七's 「2026年2月…」 with --period 2026-03 scored 孙七 79.17 at exit 1 for one file-level
 * 「表头的考核月份不一致」, as typed months were before. None when a title names a span (「2026年1-3月」: said for the file).
 */
function titleMonths(read: ReadResult): Map<string, { month: string; cell: string; text: string }> {
  const stated = read.stated ?? [];
  if (stated.some((x) => x.span)) return new Map();
  return new Map([...stated, ...(read.statedBare ?? [])].map((x) => [x.sheet, { month: x.month!, cell: x.cell, text: x.text }]));
}
