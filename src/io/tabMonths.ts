// The month a sheet's tab notes (「王五(2月)」, 「张三 3月」, 「2月-王五」, 「2026年2月」, 「3月」), taken as that sheet's month
// the way a title's is. Ignored, February's sheets were scored and reported as March's at exit 0 without a word, even
// under --period 2026-03 (王五 「王五(2月)」 85.00 K 0.8 paid as March beside 张三/李四's 考核月份 2026-03).
import { CHINESE_MONTHS, headerMonthIn, monthKey, monthNotAfter, parseMonth } from '../engine/period.js';
import { personTab } from '../engine/peopleNames.js';
import { nameOf } from '../engine/mergeRaters.js';
import { idKey, nameKey } from '../engine/text.js';
import type { FormDef } from '../model/definition.js';
import type { PersonEntries } from '../model/entries.js';
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import type { ReadResult } from './readPeople.js';

const NOTE = '(?:(20\\d{2})\\s*年\\s*)?(\\d{1,2}|十[一二]|[一二三四五六七八九十])\\s*月份?';
/** The month alone, or in brackets after a name, or set off from the name by a space or a dash (either side). */
const ALONE = new RegExp(`^${NOTE}$`);
const BRACKETED = new RegExp(`^(.+?)\\s*[((]\\s*${NOTE}\\s*[))]$`);
const AFTER = new RegExp(`^(.+?)(?:\\s*[\\s\\-_—·]\\s*|(?<=[\\u4e00-\\u9fa5])(?=\\d))${NOTE}$`);
const BEFORE = new RegExp(`^${NOTE}(?:\\s*[\\s\\-_—·]\\s*|(?<=\\d月份?))([\\u4e00-\\u9fa5·]{2,5})$`);
const DASHED = /^(20\d{2})[-.](\d{1,2})$/;

/**
 * A tab's month when the tab is plainly a month note — the month alone or beside a person's name: 「2026-02」 for
 * 「2026年2月」, 「2月」 for 「王五(2月)」; null for a name or word holding 月 (「五月花」, 「张月」, 「客服部3月考核」).
 */
export function tabMonth(tab: string): string | null {
  return monthOfTab(tab, personTab);
}

/** A name of figures before or after the month (「赤兔数据」, 「客服数据」): words, no digit (「客服数据 1-3月」 is a quarter). */
const FIGURES_NAME = /^[\p{Script=Han}A-Za-z·\s]+$/u;

/**
 * An export sheet's tab month: 「赤兔数据(3月)」 beside 「赤兔数据(2月)」 is March's, as 「王五(3月)」 is — the name before the
 * month any words, not a person's (read as a person's tab, neither had a month and the workbook was refused at exit 2).
 */
export function exportTabMonth(tab: string): string | null {
  return monthOfTab(tab, (name) => FIGURES_NAME.test(name));
}

function monthOfTab(tab: string, named: (name: string) => boolean): string | null {
  const t = tab.normalize('NFKC').trim();
  const dashed = DASHED.exec(t);
  if (dashed) return parseMonth(t);
  let m = ALONE.exec(t);
  let parts: { year?: string; month: string } | null = m ? { year: m[1], month: m[2]! } : null;
  if (!parts) {
    m = BRACKETED.exec(t) ?? AFTER.exec(t);
    if (m && named(m[1]!)) parts = { year: m[2], month: m[3]! };
  }
  if (!parts) {
    m = BEFORE.exec(t);
    if (m && named(m[3]!)) parts = { year: m[1], month: m[2]! };
  }
  if (!parts) return null;
  const n = /^\d+$/.test(parts.month) ? Number(parts.month) : CHINESE_MONTHS.indexOf(parts.month);
  if (!(n >= 1 && n <= 12)) return null;
  return monthKey({ ...(parts.year ? { year: Number(parts.year) } : {}), month: n });
}

/** A tab's month in the year of the run's month `ref` (2026-03): 「2月」 is 2026-02, 「12月」 on a January run last December. */
export function inRunYear(month: string, ref: string): string {
  const bare = /^(\d{1,2})月$/.exec(month);
  if (!bare) return month;
  return monthNotAfter(Number(bare[1]), { year: Number(ref.slice(0, 4)), month: Number(ref.slice(5)) });
}

/**
 * The run's month: --period, else the one month the people's 考核月份 cells give, else the one month the titles above
 * the headings give; undefined when none (or several) — tabs disagreeing then are only said (sheets-months).
 */
function runMonth(form: FormDef, read: ReadResult, flag: string | null): { month: string; from: 'period' | 'header' } | undefined {
  if (flag) return { month: flag, from: 'period' };
  const periodId = form.header.concat(form.footer ?? []).find((f) => f.role === 'period')?.id;
  const cells = new Set(read.people.map((p) => parseMonth(periodId ? (p.header.get(periodId) ?? '') : '')).filter((m): m is string => !!m));
  const titles = new Set((read.stated ?? []).map((s) => s.month).filter((m): m is string => !!m));
  const one = cells.size ? cells : titles;
  return one.size === 1 ? { month: [...one][0]!, from: 'header' } : undefined;
}

/**
 * Sheets whose tab names another month than the run's, their own 考核月份 and title giving none: a person's own sheet
 * refuses its person (the rest are scored); a roster sheet is the file's error, as a title's other month is. With no
 * run month, tabs of people's sheets naming different months are said (rosters' are said by readPeople already).
 */
export function tabMonthProblems(form: FormDef, read: ReadResult, flag: string | null, file: string, name: string): Problem[] {
  const periodField = form.header.concat(form.footer ?? []).find((f) => f.role === 'period');
  if (!periodField || periodField.perPerson) return [];
  const titled = new Set((read.stated ?? []).map((s) => s.sheet));
  const undated = (p: PersonEntries | undefined) => !!p && !p.header.get(periodField.id)?.trim();
  const run = runMonth(form, read, flag);
  const out: Problem[] = [];
  const formTabs: Array<{ sheet: string; month: string }> = [];
  const rosterSheets = new Map<string, PersonEntries[]>();
  read.sources.forEach((s, i) => {
    const person = read.people[i];
    if (s.kind === 'form' && undated(person) && !titled.has(s.sheet)) {
      const month = tabMonth(s.sheet);
      if (!month) return;
      formTabs.push({ sheet: s.sheet, month });
      const said = run ? inRunYear(month, run.month) : undefined;
      if (run && said !== run.month) {
        const nameCell = person!.headerCells?.get(form.header.find((f) => f.role === 'name')?.id ?? '');
        const fields = { sheet: s.sheet, said: said!, run: run.month, from: run.from };
        const who = nameOf(form, person!);
        (person!.problems ??= []).push(problem('sheet-tab-month', fields, { file, sheet: s.sheet, ...(nameCell ? { cell: nameCell } : {}) }, { severity: 'error', ...(who ? { person: who } : {}) }));
      }
    }
    if (s.kind === 'roster' && person) rosterSheets.set(s.sheet, [...(rosterSheets.get(s.sheet) ?? []), person]);
  });
  for (const [sheet, people] of rosterSheets) {
    const month = tabMonth(sheet);
    if (!run || run.from !== 'period' || !month || titled.has(sheet) || !people.every(undated)) continue;
    const said = inRunYear(month, run.month);
    if (said !== run.month) out.push(problem('month-unknown', { case: 'tab-and-period', name, said, sheet, flag: run.month }, { file, sheet }, { severity: 'error' }));
  }
  const months = [...new Set(formTabs.map((t) => t.month))];
  if (!run && months.length > 1) out.push(problem('sheets-months', { sheets: formTabs.map((t) => t.sheet), months: months.sort((a, b) => parseInt(a) - parseInt(b)), people: true }, { file }));
  return out;
}

/**
 * A roster kept as month tabs (「1月」「2月」「3月」, the same roster on each) scored with --period 2026-03: the tab of
 * --period's month is the run's; a tab of another month sharing someone with it is that month's copy of the roster, set
 * aside whole — its rows (and its title) taken out of `read` before scoring — and said once (an info naming the tabs, and
 * whoever is only on them). A tab's month is what it says of itself: its 考核月份 (every row the one month), its title
 * above the headings (「2026年2月客服回访考核表」), its tab name — one month where several say it, else the tab is left as it
 * was. Everyone was refused: each tab of another month the file's 「表名写的是 2026-01…」 error (a title's 「表头上方…写的是
 * 2026-01」), everyone on two tabs 「工号重复…都不计分」 at exit 1 (王芳 79.00 一般 for March); with 考核月份 columns the
 * 2月 rows were 「重复」 of the 1月 ones and 张伟, on the 2月 tab only (left in March), a sheet-month error beside
 * 「表头的考核月份不一致」 at exit 1. A tab of another month sharing nobody with --period's (a stray sheet, 刘备 alone on
 * 「2月」) is left as before (the file's error, tab-and-period; a sheet-month error); no --period: as before (sheets-months).
 */
export function rosterMonthTabsAside(form: FormDef, read: ReadResult, flag: string | null, file: string): Problem | null {
  const periodField = form.header.concat(form.footer ?? []).find((f) => f.role === 'period');
  if (!flag || !periodField || periodField.perPerson) return null;
  // (A title naming a span, 「2026年1-3月」, says no one month: no tab's title is read then, as sheetMonths does.)
  const spans = (read.stated ?? []).some((x) => x.span);
  const titles = new Map<string, string>(spans ? [] : [...(read.stated ?? []), ...(read.statedBare ?? [])].flatMap((x) => (x.month ? [[x.sheet, x.month] as [string, string]] : [])));
  const sheets = new Map<string, number[]>();
  read.sources.forEach((s, i) => {
    if (s.kind === 'roster' && read.people[i]) sheets.set(s.sheet, [...(sheets.get(s.sheet) ?? []), i]);
  });
  const months = new Map<string, { month: string; by: 'tab' | 'title' | 'cell' }>();
  for (const [sheet, rows] of sheets) {
    const typed = rows.map((i) => read.people[i]!.header.get(periodField.id)?.trim() ?? '');
    const cells = typed.some(Boolean) ? typed.map((t) => { const m = parseMonth(t); return m ? (headerMonthIn(m, flag)?.month ?? null) : null; }) : [];
    if (cells.some((m) => m !== cells[0])) continue;
    const said = [
      ...(cells.length && cells[0] ? [{ month: cells[0], by: 'cell' as const }] : []),
      ...(titles.has(sheet) ? [{ month: inRunYear(titles.get(sheet)!, flag), by: 'title' as const }] : []),
      ...(tabMonth(sheet) ? [{ month: inRunYear(tabMonth(sheet)!, flag), by: 'tab' as const }] : []),
    ];
    // (A 考核月份 that is no month, or a tab, title and 考核月份 saying different months: left as it was.)
    if (!said.length || (cells.length && !cells[0]) || said.some((x) => x.month !== said[0]!.month) || !/^\d{4}-\d{2}$/.test(said[0]!.month)) continue;
    months.set(sheet, said[0]!);
  }
  const kept = [...months].filter(([, m]) => m.month === flag).map(([sheet]) => sheet);
  if (!kept.length) return null;
  const idId = form.header.concat(form.footer ?? []).find((f) => f.role === 'id')?.id;
  const keys = (i: number) => {
    const p = read.people[i]!;
    const id = idId ? idKey(p.header.get(idId) ?? '') : '';
    const name = nameKey(nameOf(form, p));
    return [id ? `id:${id}` : '', name ? `name:${name}` : ''].filter(Boolean);
  };
  const ours = new Set(kept.flatMap((sheet) => sheets.get(sheet)!.flatMap(keys)));
  const aside = [...months].filter(([sheet, m]) => m.month !== flag && sheets.get(sheet)!.some((i) => keys(i).some((k) => ours.has(k)))).sort(([, a], [, b]) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0)).map(([sheet]) => sheet);
  if (!aside.length) return null;
  const out = new Set(aside.flatMap((sheet) => sheets.get(sheet)!));
  const only = [...new Set([...out].filter((i) => !keys(i).some((k) => ours.has(k))).map((i) => nameOf(form, read.people[i]!)).filter(Boolean))];
  read.people = read.people.filter((_, i) => !out.has(i));
  read.sources = read.sources.filter((_, i) => !out.has(i));
  if (read.count !== undefined) read.count -= out.size;
  // Their titles go with them (a title of another month was the file's error against --period).
  const gone = (x: { sheet: string }) => !aside.includes(x.sheet);
  if (read.stated) read.stated = read.stated.filter(gone);
  if (read.statedBare) read.statedBare = read.statedBare.filter(gone);
  if (read.titledTyped) read.titledTyped = read.titledTyped.filter(gone);
  // The tabs' 「kpi 没有按月份分开」 warning is answered when no other month's tab is left.
  const left = (p: Problem) => ((p.params as { sheets?: string[] } | undefined)?.sheets ?? []).filter((s) => !aside.includes(s));
  read.problems = read.problems.filter((p) => p.code !== 'sheets-months' || left(p).some((s) => months.has(s) && months.get(s)!.month !== flag));
  const said = [...new Set(aside.map((sheet) => months.get(sheet)!.month))].sort();
  // What said the tabs' months, when not their names alone: 「按考核月份」「按标题」.
  const words = { tab: '表名', title: '标题', cell: periodField.label };
  const by = [...new Set(aside.map((sheet) => words[months.get(sheet)!.by]))].join('、');
  return problem('sheets-months', { sheets: aside, months: said, period: flag, kept, ...(by !== '表名' ? { by } : {}), ...(only.length ? { only } : {}) }, { file }, { severity: 'info' });
}
