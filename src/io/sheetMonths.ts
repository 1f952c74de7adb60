// People's own sheets whose header month (考核月份, 考核日期) differs from sheet to sheet. Said once for the file, every
// person was scored as one month: 03-months (钱七's 「2026年2月」 beside five March sheets) scored 钱七 89.00 and paid him
// 1800 for March at exit 0 but for one file-level error; 19-two-feb with --period 2026-03 scored the two February sheets
// as March's and pointed at 李四!F3, the one sheet of March. Each sheet of another month is now its person's error.
import path from 'node:path';
import { nameOf } from '../engine/mergeRaters.js';
import { idKey, nameKey } from '../engine/text.js';
import { bareDayMonth, dayOfDate, headerMonthIn, monthNotAfter, monthNumberOf, monthOfFileName, nextMonth, parseMonth, previousMonth } from '../engine/period.js';
import type { FormDef } from '../model/definition.js';
import type { PersonEntries } from '../model/entries.js';
import { where, type Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import type { PersonResult } from '../model/result.js';
import { foldBareMonths } from './graded/workbook.js';
import type { ReadResult } from './readPeople.js';
import { shownName } from './shownName.js';

type Sheet = { person: PersonEntries; sheet: string; typed: string; month: string; signed: boolean; day?: number; title?: string; own?: string };

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
    // (A month without its day — 「2026-03」 as kpi template --period writes it, 「2026年3月」 — is the month appraised, no
    // sign-off: five March sheets beside one February copy were all taken as signed in March for February, and everyone
    // was scored and paid from February's pay sheet at exit 0. 20260401 typed as digits is a day: review.)
    const day = typed && dated ? signOffDay(typed) : undefined;
    const month = typed ? (parseMonth(typed) ?? (day ? parseMonth(typed.replace(/号\s*$/, '日')) ?? bareDayMonth(typed) : null) ?? typed) : '';
    if (month && s.kind === 'form') return [{ person: person!, sheet: s.sheet, typed, month, signed: day !== undefined, ...(day !== undefined ? { day } : {}) }];
    const title = s.kind === 'form' && person && !typed ? titles.get(s.sheet) : undefined;
    return title && person ? [{ person, sheet: s.sheet, typed: title.text, month: title.month, signed: false, title: title.cell }] : [];
  });
  const fold = foldBareMonths(sheets.map((s) => s.month));
  for (const s of sheets) s.month = flag ? (headerMonthIn(s.month, flag)?.month ?? s.month) : fold.get(s.month)!;
  // A sign-off day without its year (「4月1日」) is in the month the others give or the month after (not a month of its own).
  for (const s of sheets.filter((x) => x.signed && !/^\d{4}-/.test(x.month))) {
    const n = Number(/^(\d{1,2})月$/.exec(s.month)?.[1]);
    const full = [...new Set(sheets.map((x) => x.month).filter((m) => /^\d{4}-\d{2}$/.test(m)))].flatMap((m) => [m, nextMonth(m)]).filter((m) => Number(m.slice(5)) === n);
    if (new Set(full).size === 1) s.month = full[0]!;
  }
  // A typed sheet whose own title gives the month its date does (考核日期 2026-03-31 under 「2026年3月…」) is that month's
  // beyond doubt: no other month holds it. Four 「2026年2月…」 titles (考核日期 blank) beside two such March sheets made the
  // run February's, its 03-31s held as February's sign-off: all six paid from February's pay sheet (张三 1616.67) at exit 0.
  // A title without its year (「3月份…」「…考核表(3月)」) takes the sign-off's year: the same file was February's at exit 0.
  const titledTyped = new Map((read.titledTyped ?? []).map((x) => [x.sheet, x.month]));
  for (const s of sheets) {
    const title = s.title ? undefined : titledTyped.get(s.sheet);
    if (!title || !/^\d{4}-\d{2}$/.test(s.month)) continue;
    const signs = signsOff(s);
    const n = /^\d{4}-/.test(title) ? undefined : monthNumberOf(title);
    const own = n && !n.year ? (s.signed ? `${signs.slice(0, 4)}-${String(n.month).padStart(2, '0')}` : undefined) : title;
    if (own === signs) s.own = own;
  }
  // (All sheets of one month, or two February sheets — title and sign-off 2026-03-02 — beside four 「2026年3月…」 titles,
  // 考核日期 blank: the dates' March alone was seen, the file went on as February's sign-off and all six were paid from
  // February at exit 0.)
  const sureBeside = sheets.some((t) => t.title && sheets.some((o) => o.own && o.own !== t.month));
  if (new Set(sheets.map((s) => s.month)).size < 2 && !sureBeside) return undefined;
  const holds = (s: Sheet, m: string) => (s.own ? s.own === m : s.month === m || (s.signed && s.month === nextMonth(m)));
  // Titles beside typed sheets: the month most sheets say, titles and typed together, a sign-off date saying the month it
  // signs off (03-31 March's, 04-01 March's: a day early in the next month signs the month off). One February title beside
  // five signed 03-31s made February hold every sheet (all paid from February's pay sheet at exit 0); the typed sheets
  // alone then let one sheet signed 04-01 (or typed 2026-02) beside five 「2026年3月…」 titles make the run April's
  // (February's), the five refused. Else the month every typed sheet holds, as before.
  const typed = sheets.filter((x) => !x.title);
  const pool = typed.length ? typed : sheets;
  // (Titles of a month before the one every such sheet gives are stale copies, not counted: a typed date is deliberate.)
  const sure = new Set(sheets.flatMap((s) => (s.own ? [s.own] : [])));
  // (A stale title without its year, 「2月份…」, in the year of the sheets that agree: 2026-02 beside 2026-03.)
  const withYear = (m: string) => {
    const n = /^\d{4}-\d{2}$/.test(m) ? undefined : monthNumberOf(m);
    return n && !n.year && sure.size === 1 ? `${[...sure][0]!.slice(0, 4)}-${String(n.month).padStart(2, '0')}` : m;
  };
  const stale = (s: Sheet) => sure.size === 1 && !!s.title && /^\d{4}-\d{2}$/.test(withYear(s.month)) && withYear(s.month) < [...sure][0]!;
  const said = typed.length && typed.length < sheets.length ? mostOf(sheets.filter((s) => !stale(s)).map((s) => ({ ...s, month: s.own ?? signsOff(s) }))) : undefined;
  const fits = pool.map((s) => s.month).find((m) => pool.every((s) => holds(s, m))) ?? pool.map((s) => s.month).filter((m) => /^\d{4}-\d{2}$/.test(m)).map(previousMonth).find((m) => pool.every((s) => holds(s, m)));
  const run = flag ?? said ?? fits ?? mostOf(sheets);
  if (!run) return undefined;
  const most = sheets.filter((s) => holds(s, run)).length;
  for (const s of sheets) {
    if (holds(s, run) && !(flag && s.month !== run)) continue;
    const warn = flag !== null && holds(s, run);
    const cell = s.title ?? s.person.headerCells?.get(field.id);
    const who = nameOf(form, s.person);
    const fields = { sheet: s.sheet, field: s.title ? '标题' : field.label, said: s.own ?? s.month, typed: s.typed, run, from: flag ? 'period' as const : 'most' as const, most, of: sheets.length, ...(warn ? { next: true as const } : {}) };
    (s.person.problems ??= []).push(problem('sheet-month', fields, { file, sheet: s.sheet, ...(cell ? { cell } : {}) }, { ...(warn ? { severity: 'warning' as const } : {}), ...(who ? { person: who } : {}) }));
  }
  return run;
}

/** The month a sheet says: its own, a sign-off date on the 1st to the 5th the month before (下月 1–5 日 as elsewhere). */
function signsOff(s: Sheet): string {
  return s.signed && s.day !== undefined && s.day <= 5 && /^\d{4}-\d{2}$/.test(s.month) ? previousMonth(s.month) : s.month;
}

/**
 * The day a 考核日期 gives: 2026-04-01, 2026年4月1日 (or 1号), 4月1日 without its year, digits 20260401 — full-width
 * (２０２６０４０１) or spaced (2026 04 01) as parseMonth reads them; undefined for a month without its day (2026-03).
 */
function signOffDay(typed: string): number | undefined {
  const digits = typed.normalize('NFKC').replace(/\s+/g, '');
  if (/^\d{8}$/.test(digits)) return Number(digits.slice(6));
  const day = dayOfDate(typed);
  if (day !== undefined) return day;
  return bareDayMonth(typed) ? Number(/(\d{1,2})\s*[日号]?\s*$/.exec(typed.normalize('NFKC'))?.[1]) || undefined : undefined;
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

/**
 * Every dated sheet or row signed on one day early in the month after the appraised one (评估日期 2026-04-03 on each of
 * March's sheets, 「2026年4月2日」, a roster's 2026-04-02): the file was scored as April's and paid from the pay file's
 * 「2026年4月」 (张三 3000 × 0.87 = 2610.00 for 2000 × 0.87 = 1740.00) at exit 0, 「pcr-3月.xlsx」's own 「3月」 never
 * compared, though sheetMonths read the same dates as March's sign-off beside one sheet dated 03-31. A 日期 field's days
 * all on the 2nd–5th of month M+1 are M's sign-off when the file's name or the titles say M (said as a note), or when
 * nothing else says a month (a warning naming the month taken and --period for the other); a sign-off's (考核日期,
 * 评估日期, 评价日期), not an inspection's 检查日期 or a bare 日期. The 1st alone stays its month
 * (a 考核月份 typed 「2026-04」 is the date 2026-04-01 in Excel), as do later days (04-20). A month in the file's name or
 * the titles other than the month taken is said as a warning either way: never silent. Without --period only.
 */
export function signedAfter(form: FormDef, people: readonly PersonResult[], read: ReadResult, file: string): { month?: string; problems: Problem[] } {
  const none = { problems: [] };
  const field = form.header.find((f) => f.role === 'period');
  if (!field || field.perPerson || !/日期$/.test(field.label)) return none;
  const typed = people.map((p) => p.header[field.id]?.trim() ?? '').filter(Boolean);
  const months = new Set(typed.map((t) => parseMonth(t)));
  if (!typed.length || months.size !== 1 || months.has(null)) return none;
  const dated = [...months][0]!;
  const name = shownName(file);
  const at = dateCell(field.id, read, file);
  // What else says a month: the file's name (with its year or without), the titles above dated tables (one month).
  const inName = monthOfFileName(path.basename(file).replace(/\.[^.]+$/, ''));
  const titled = [...new Set((read.titledTyped ?? []).map((x) => x.month))];
  const said = [
    ...(inName ? [{ from: 'name' as const, month: inName, text: path.basename(file) }] : []),
    ...(titled.length === 1 ? [{ from: 'title' as const, month: titled[0]!, text: read.titledTyped![0]!.sheet }] : []),
  ];
  const says = (s: { month: string }, m: string) => (/^\d{4}-\d{2}$/.test(s.month) ? s.month === m : Number(/^(\d{1,2})月$/.exec(s.month)?.[1]) === Number(m.slice(5)));
  const days = typed.map(signOffDay);
  const before = previousMonth(dated);
  // (A sign-off — 考核日期, 评估日期, 评价日期 — only: an inspection's 检查日期 or a bare 日期 is the day itself, said below.)
  const early = /(考核|评估|评价)日期$/.test(field.label) && days.every((d) => d !== undefined && d >= 2 && d <= 5);
  const shownTyped = [...new Set(typed)].slice(0, 2).join('、');
  if (early && said.every((s) => says(s, before)) && titled.length <= 1) {
    const by = said[0];
    const fields = { case: 'signed-after' as const, name, field: field.label, typed: shownTyped, header: dated, month: before, from: by?.from ?? 'day' as const, ...(by ? { said: by.month } : {}) };
    return { month: before, problems: [problem('month-unknown', fields, at, { severity: by ? 'info' : 'warning' })] };
  }
  // A title with its year naming the month before every date (「2026年2月…」 above 2026-03-10 on every sheet): that month's
  // sign-off on any day of the next, said as a note. It was scored as March's and paid from 「2026年3月」 (张三 3000 × 0.80833 =
  // 2425.00 for 2000 × 0.80833 = 1616.67) at exit 0 with a warning. (A title 「2026年3月…」 above 03-31 stays March; dates
  // 04-10 with no title or name saying a month stay April.)
  const title = titled.length === 1 && /^\d{4}-\d{2}$/.test(titled[0]!) ? titled[0]! : undefined;
  if (title === before && days.every((d) => d !== undefined) && said.every((s) => says(s, before))) {
    const fields = { case: 'signed-after' as const, name, field: field.label, typed: shownTyped, header: dated, month: before, from: 'title' as const, said: title, late: true as const };
    return { month: before, problems: [problem('month-unknown', fields, at, { severity: 'info' })] };
  }
  // The date's month taken, the name or a title saying another: said (the month may be the name's, the date a slip).
  const other = said.find((s) => !says(s, dated));
  if (!other) return none;
  const year = Number(dated.slice(0, 4));
  const month = /^\d{4}-\d{2}$/.test(other.month) ? other.month : monthNotAfter(Number(/^(\d{1,2})月$/.exec(other.month)![1]), { year, month: Number(dated.slice(5)) });
  const fields = { case: 'date-and-name' as const, name, field: field.label, typed: shownTyped, header: dated, from: other.from, said: other.month, month, ...(other.from === 'title' ? { sheet: other.text } : {}) };
  return { problems: [problem('month-unknown', fields, at, { severity: 'warning' })] };
}

/** Where the dates are: the first dated person's 日期 cell, else the file. */
function dateCell(id: string, read: ReadResult, file: string): { file: string; sheet?: string; cell?: string } {
  const p = read.people.find((x) => x.header.get(id)?.trim());
  const cell = p?.headerCells?.get(id);
  return { file, ...(p?.at.sheet ? { sheet: p.at.sheet } : {}), ...(cell ? { cell } : {}) };
}

/**
 * A roster workbook of month tabs (2月 / 3月 / 1月, each row's 考核月份 its tab's month) scored with --period: every row
 * of a sheet whose rows all give another month, beside a sheet whose rows all give --period's, is that month's row — an
 * error at its month cell, as a person's own sheet of another month is (sheetMonths); the person's row of --period's
 * month is then the one scored, this one set aside (scoreForm). Both were 「工号重复…都不计分」 at exit 1, --period
 * changing nothing. True when any row was so marked (the file's 「kpi 没有按月份分开」 warning is then untrue).
 */
export function rosterSheetMonths(form: FormDef, read: ReadResult, flag: string | null, file: string): boolean {
  const field = form.header.find((f) => f.role === 'period');
  if (!flag || !field || field.perPerson) return false;
  const sheets = new Map<string, Array<{ person: PersonEntries; typed: string; month: string | null }>>();
  read.sources.forEach((s, i) => {
    const person = read.people[i];
    if (s.kind !== 'roster' || !person || !s.sheet) return;
    const typed = person.header.get(field.id)?.trim() ?? '';
    if (!typed) return;
    const month = parseMonth(typed);
    sheets.set(s.sheet, [...(sheets.get(s.sheet) ?? []), { person, typed, month: month ? (headerMonthIn(month, flag)?.month ?? month) : null }]);
  });
  const one = (rows: Array<{ month: string | null }>) => (rows.length && rows.every((r) => r.month && r.month === rows[0]!.month) ? rows[0]!.month : null);
  if (![...sheets.values()].some((rows) => one(rows) === flag)) return false;
  let marked = false;
  for (const [sheet, rows] of sheets) {
    const month = one(rows);
    if (!month || month === flag) continue;
    for (const r of rows) {
      const cell = r.person.headerCells?.get(field.id);
      const who = nameOf(form, r.person);
      const fields = { sheet, field: field.label, said: month, typed: r.typed, run: flag, from: 'period' as const, most: 0, of: sheets.size };
      (r.person.problems ??= []).push(problem('sheet-month', fields, { file, sheet, ...(cell ? { cell } : {}) }, { ...(who ? { person: who } : {}) }));
      marked = true;
    }
  }
  return marked;
}

/**
 * A roster's rows of several months (考核期间 2026-02 and 2026-03 on one sheet, a team or person on a row of each) scored
 * with --period: each row of another month whose team or person (by 工号, else name) has a row of --period's month is
 * taken out of `read` before scoring, a warning at its month cell naming the row counted — as one person's sheets of two
 * months are in the form layout (sheet-month's countedAt). §31's 一组 on a February and a March row was 「团队「一组」
 * 重复…都不计分」 twice beside 「表头的考核月份不一致」 at exit 1, --period changing nothing (by hand 90 优秀 for March).
 * A row of another month alone, beside rows of --period's month, is its own error at its month cell (the row unscored;
 * no row of --period's month at all: the file's error, as before). Left as before: rows dated by
 * a day (考核日期: a sign-off may be in the month after), a row already marked (rosterSheetMonths' month tabs).
 */
export function rosterRowMonths(form: FormDef, read: ReadResult, flag: string | null, file: string): boolean {
  const field = form.header.find((f) => f.role === 'period');
  if (!flag || !field || field.perPerson || /日期$/.test(field.label)) return false;
  const idId = form.header.concat(form.footer ?? []).find((f) => f.role === 'id')?.id;
  const rows = read.sources.flatMap((s, i) => {
    const person = read.people[i];
    if (s.kind !== 'roster' || !person || !s.sheet || person.problems?.some((p) => p.code === 'sheet-month')) return [];
    const typed = person.header.get(field.id)?.trim() ?? '';
    // (A bare 「2月」 is no parseMonth month: read as the header's is, in --period's year — m3's 2月 / 3月 rows were left be.)
    const m = typed ? (parseMonth(typed) ?? headerMonthIn(typed, flag)?.month ?? null) : null;
    const month = m ? (headerMonthIn(m, flag)?.month ?? m) : null;
    const id = idId ? idKey(person.header.get(idId) ?? '') : '';
    const name = nameKey(nameOf(form, person));
    const key = id ? `id:${id}` : name ? `name:${name}` : '';
    return month && key ? [{ i, person, sheet: s.sheet, typed, month, key }] : [];
  });
  const ours = new Map<string, PersonEntries>();
  for (const r of rows) if (r.month === flag && !ours.has(r.key)) ours.set(r.key, r.person);
  const out = new Set<number>();
  let lone = 0;
  for (const r of rows) {
    const kept = ours.get(r.key);
    if (r.month === flag) continue;
    // (A row of another month alone, beside rows of --period's: its own error at its month cell, the row unscored — m7's
    // 张三 on a February row only was scored 100 优秀 at exit 1 with the file's error at 李四's March cell.)
    if (!kept) {
      if (!ours.size) continue;
      const cell = r.person.headerCells?.get(field.id);
      const who = nameOf(form, r.person);
      const fields = { sheet: r.sheet, field: field.label, said: r.month, typed: r.typed, run: flag, from: 'period' as const, most: 0, of: 1, row: true as const };
      (r.person.problems ??= []).push(problem('sheet-month', fields, { file, sheet: r.sheet, ...(cell ? { cell } : {}) }, who ? { person: who } : {}));
      lone++;
      continue;
    }
    const cell = r.person.headerCells?.get(field.id);
    const who = nameOf(form, r.person);
    const fields = { sheet: r.sheet, field: field.label, said: r.month, typed: r.typed, run: flag, from: 'period' as const, most: 0, of: 1, countedAt: where(kept.at) || r.sheet, row: true as const };
    read.problems.push(problem('sheet-month', fields, { file, sheet: r.sheet, ...(cell ? { cell } : {}) }, { severity: 'warning', ...(who ? { person: who } : {}) }));
    out.add(r.i);
  }
  if (out.size) {
    read.people = read.people.filter((_, i) => !out.has(i));
    read.sources = read.sources.filter((_, i) => !out.has(i));
    if (read.count !== undefined) read.count -= out.size;
  }
  return lone > 0;
}
