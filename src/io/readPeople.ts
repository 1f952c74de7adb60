import { countingRater, findRater, groupDepartment, memberTail, raterClaimProblems, raterField, raterNames } from '../engine/raterCopy.js';
import { raterNamedIn } from './sheetRater.js';
import { raterGroups } from '../engine/definition.js';
import { nameOf } from '../engine/mergeRaters.js';
import { cleanText, nameKey } from '../engine/text.js';
import { COMMON_SURNAMES } from '../engine/surnames.js';
import { MONTH_NAMES, parseMonth } from '../engine/period.js';
import type { FormDef, ItemDef } from '../model/definition.js';
import type { PersonEntries } from '../model/entries.js';
import { type Problem } from '../model/problem.js';
import { problem, type ParamsOf } from '../model/problems/index.js';
import { columnDictionary, columnTargets, items, type RosterColumns } from './columns.js';
import { labelKey } from './normalize.js';
import type { Grid } from './grid.js';
import { findFormTable, formSheetWithoutHeading, formSheetWithoutValues, readFormSheet, unreadFormSheet, type FormTable } from './readFormSheet.js';
import { findRosterHeader, readRoster } from './readRoster.js';
import { EXAMPLE_ROW, skippedRowsProblem } from './rowKinds.js';
import { numeralsAsDigits } from '../engine/groups/alikeNames.js';
import { pointsOnScaleSheets } from './pointsOnScale.js';
import { pointsForCountsSheets, pointsForBoundedCounts } from './scoreLikeColumns.js';
import { sheetsNamed } from './graded/staleFormulas.js';
import { listedNames, listedWithoutSheet } from './listedPeople.js';
import { idKey } from '../engine/text.js';
import { PERSON_TAB, personLikeName, personTab, tabOfUnit } from '../engine/peopleNames.js';
import { bareMonthAbove, monthAbove, type MonthAbove } from './monthAbove.js';
import { struckName } from './struckText.js';
import { parseRef } from './fast/xml.js';
import { marksOfOthers } from './othersMarks.js';
import { titleName } from './titleName.js';
import { sheetsFedBy, type PersonSheet } from './sourceSheet.js';
import { percentsTypedBareOnSheets } from './sheetPercents.js';

/** Where a person was read from, so the graded workbook can put the scores back beside the entries. */
export type PersonSource =
  | { kind: 'form'; sheet: string; table: FormTable }
  | {
      kind: 'roster';
      sheet: string;
      row: number;
      headerRow: number;
      /**
       * On the table's last person only: the last row of the team's own lines right under the table (合计, 主管签字,
       * 说明), which print with it. The print area ended at the last person and left them off the page.
       */
      through?: number;
    }
  /** A person's sheet none of whose entries could be read: nothing is written into it. */
  | { kind: 'unread'; sheet: string };

export interface ReadResult {
  people: PersonEntries[];
  sources: PersonSource[];
  problems: Problem[];
  /** Sheets that held a table of this form; 0 means the file is not this form at all. */
  tables: number;
  layout: 'form' | 'roster';
  /** How many people were read: with a sink (readPeople's `sink`) `people` stays empty. */
  count?: number;
  /**
   * The month each sheet of people states above its headings (its title 「2026年2月…考核表」, a line 「考核月份:2026年2月」)
   * where none of its people gives one: the sheet's month (monthAbove.ts).
   */
  stated?: Array<MonthAbove & { sheet: string }>;
  /**
   * A month without its year a sheet's title or month line so states where it states none with its year (「2月份同事互评表」):
   * 「2月」, for raters' copies compared with each other (combineRaters). Alone, its year is not known.
   */
  statedBare?: Array<{ month: string; cell: string; text: string; sheet: string }>;
  /**
   * The month a sheet's title states where its people give one too (考核日期 2026-03-31 under 「2026年3月…考核表」): not the
   * sheet's month (its typed one is), only whether the two agree (sheetMonths: such a sheet is its month's beyond doubt).
   * A title without its year gives 「3月」.
   */
  titledTyped?: Array<{ month: string; sheet: string }>;
}

/**
 * A workbook of a sheet per rater (「主管评」, 「同事甲」, 「客户评」) on a form of several raters, one of whose roster sheets
 * is named for a person (「李明」) and says no rater: whose marks they are is unknown. Read as the form's default rater, a
 * colleague's sheet was the 主管's — 周杰 40.00 待改进 paid at exit 0 with no 主管评. Each of its rows that names no rater
 * of its own (no 评分人, no title saying one) is an error: not scored.
 */
function personTabOfNoRater(grids: Grid[], rosters: ReadonlyArray<RosterColumns | null>, form: FormDef, file?: string): ((grid: Grid, p: PersonEntries) => void) | null {
  const field = raterField(form);
  if (!field || (form.raters?.length ?? 0) < 2) return null;
  const named = grids.filter((g, k) => rosters[k] && raterNamedIn(form, g.name) !== null).map((g) => g.name);
  const namedRaters = new Set(named.map((n) => findRater(form, raterNamedIn(form, n)!)?.id));
  // (And a rater of one named with who — 「主管王」 beside 「主管评」: read as no rater's it was a second 主管评,林娜 and 周杰
  // refused as rated twice, 「请去掉其中一份」 deleting what may be a colleague's marks.)
  // (「王主管」 the same: a surname before the word — it was still a second 主管评, 「请去掉其中一份」.)
  const secondOfOne = (name: string) => (form.raters ?? []).some((r) => !r.multiple && namedRaters.has(r.id) && [r.label, ...(r.aliases ?? []), ...(r.writtenAs ?? [])].some((w) => name.length > w.length && ((name.startsWith(w) && memberTail(name.slice(w.length))) || (name.endsWith(w) && SURNAME_BEFORE.test(name.slice(0, name.length - w.length))))));
  const unnamed = new Set(grids.filter((g, k) => rosters[k] && raterNamedIn(form, g.name) === null && (personLikeName(g.name.trim()) || secondOfOne(g.name.normalize('NFKC').trim()))).map((g) => g.name));
  // A group's department (「客户部」) beside sheets named for raters: that group's sheet, as a 评分人 「客户部」 is — read as no
  // rater's, the customers' 待改进 × 5 were the 主管's, 周杰 40.00 待改进 at exit 0. (Alone, a workbook's 客户部 may be a
  // department of staff: read as before.)
  // Only beside the 主管's own sheet, and not a sheet whose 部门 is its tab: in a 物业 company 客户部 is the customer-service
  // department itself — tabs 客户部 (the 主管's marks, 部门 客户部) and 自评 read 客户部 as 客户评, 林娜 and 周杰 refused at exit 1
  // as having no 主管评 (「请把两份表一起评分」) for 88 and 80, 良好.
  const main = countingRater(form);
  const departments = new Set(grids.filter((g, k) => main && namedRaters.has(main.id) && rosters[k] && raterNamedIn(form, g.name) === null && groupDepartment(form, g.name) && !staffOfTab(g, rosters[k]!)).map((g) => g.name));
  if (named.length === 0 || (unnamed.size === 0 && departments.size === 0)) return null;
  return (grid, p) => {
    if (p.header.get(field.id)?.trim()) return;
    if (departments.has(grid.name)) {
      p.header.set(field.id, grid.name.trim());
      return;
    }
    if (!unnamed.has(grid.name)) return;
    const nameField = form.header.concat(form.footer ?? []).find((f) => f.role === 'name');
    const who = nameField ? p.header.get(nameField.id)?.trim() : undefined;
    const fields = { case: 'sheet-tab', place: `${file ? `${file.split(/[\\/]/).pop()} ` : ''}${grid.name}!${p.at.cell ?? ''}`, sheet: grid.name, field: field.label, named, raters: raterNames(form) } as const;
    p.problems = [...(p.problems ?? []), problem('rater-unknown', fields, p.at, who ? { person: who } : {})];
  };
}

/** A surname (with 小 / 老 / 阿) before a rater's word: who that rater is (「王主管」, 「小王主管」). */
const SURNAME_BEFORE = new RegExp(`^[小老阿]?[${COMMON_SURNAMES}]$`, 'u');

/** Whether a roster sheet's 部门 column says its tab on every row that says one (部门 客户部 on the tab 客户部): its staff's. */
function staffOfTab(grid: Grid, roster: RosterColumns): boolean {
  const col = [...roster.columns.entries()].find(([, t]) => t.kind === 'header' && t.field.role === 'department')?.[0];
  if (col === undefined) return false;
  const tab = cleanText(grid.name);
  let said = false;
  for (let row = roster.headerRow + 1; row <= Math.min(grid.rowCount, roster.headerRow + 2000); row++) {
    const text = cleanText(grid.text(row, col));
    if (!text) continue;
    if (text !== tab) return false;
    said = true;
  }
  return said;
}

/**
 * Reads every sheet: a roster sheet gives one person per row, a form sheet one person. With `sink`, each person
 * goes to it as read instead of into `people` (a large roster's entries are scored and dropped one by one).
 */
/** `ownTemplate`: the workbook carries the mark of kpi's template of this very form — its headings are kpi's own. */
export function readPeople(grids: Grid[], form: FormDef, file?: string, sink?: (p: PersonEntries) => void, ownTemplate = false): ReadResult {
  const dict = columnDictionary(form);
  const out: ReadResult = { people: [], sources: [], problems: [], tables: 0, layout: 'form', count: 0 };
  // Sheets some person of which gives the month (考核月份 of the row or the sheet), and each sheet's heading row.
  // (Not of a form whose date is each person's own, 面试日期: no month of the file, as monthsOfRows says.)
  const periodField = form.header.concat(form.footer ?? []).find((f) => f.role === 'period');
  const periodId = periodField?.id;
  const dated = new Set<string>();
  const peopled = new Set<string>();
  const headed = new Map<string, { grid: Grid; headerRow: number }>();
  const take = (p: PersonEntries) => {
    out.count!++;
    peopled.add(p.at.sheet ?? '');
    if (periodId && p.header.get(periodId)?.trim()) dated.add(p.at.sheet ?? '');
    const claimed = raterClaimProblems(form, p);
    if (claimed.length) p.problems = [...(p.problems ?? []), ...claimed];
    if (sink) sink(p);
    else out.people.push(p);
  };
  const formPeople: PersonEntries[] = [];
  /** Sheets that are no person's nor a roster: a list of the team among them is looked at once all are read. */
  const listSheets: Grid[] = [];
  /** Named sheets of no item read, and where in the people and their sources they were met. */
  const itemless: Array<{ person: PersonEntries; fields: ParamsOf<'item-not-found'>; sheet: string; at: [number, number] }> = [];
  const besides: Array<NonNullable<PersonEntries['beside']>[number] & { sheet: string }> = [];
  /** Cleared copies (no name, no mark) whose tab is a person's name: that person, if the tab is taken as their name. */
  const tabOnly: Array<{ person: PersonEntries; sheet: string }> = [];
  const rosters = grids.map((grid) => findRosterHeader(grid, form, dict));
  const entryColumns = (r: RosterColumns | null) => (r ? [...r.columns.values()].filter((t) => t.kind === 'entry').length : 0);
  // Beside people's own sheets (one a person), the measure is the form's inputs: a 统计 sheet of 姓名 and one item's
  // figures read as a roster made every person twice, each short of every other item (all unscored, exit 1).
  const formSheets = () => grids.some((g, k) => !rosters[k] && findFormTable(g, form));
  const inputs = form.parts.reduce((n, p) => n + p.items.reduce((m, i) => m + i.inputs.length, 0), 0);
  const fewest = Math.min(Infinity, ...rosters.filter((r) => r).map(entryColumns));
  const rosterMost = Math.max(0, ...rosters.map(entryColumns));
  const bySheet = rosterMost < inputs && fewest * 3 <= inputs && formSheets();
  const most = bySheet ? inputs : rosterMost;
  // Sheets of one person each (their form's table, no roster's heading): what a team's 汇总 of formulas reads.
  let ownSheets: Set<string> | undefined;
  const personSheets = () => (ownSheets ??= new Set(personTables().map((s) => sheetKey(s.grid.name))));
  let ownTables: PersonSheet[] | undefined;
  const personTables = () => (ownTables ??= grids.flatMap((grid, k) => { const table = rosters[k] ? null : findFormTable(grid, form); return table ? [{ grid, table }] : []; }));
  const unnamedTab = personTabOfNoRater(grids, rosters, form, file);
  for (const [k, grid] of grids.entries()) {
    const roster = rosters[k]!;
    // A sheet of 姓名 and a column or two of the roster's figures beside a roster of many (a chart's data, a lookup)
    // is the team's own helper, not a second roster: read as one, its people were doubled, each short of every item.
    if (roster && most >= 3 && entryColumns(roster) * 3 <= most && !allRequired(form, roster)) {
      const columns = entryHeadings(grid, roster);
      out.problems.push(problem('helper-sheet', { sheet: grid.name, columns, most, ...(bySheet ? { bySheet: true as const } : {}) }, { file, sheet: grid.name }));
      listSheets.push(grid);
      continue;
    }
    // A team's 汇总 whose figures are formulas reading people's own sheets (='张三'!F7, =SUM('张三'!F7:F14)) is those
    // sheets again: read as a roster, 张三/李四/王五 were six people, three 未评分 at exit 1 (all six refused, 26 errors,
    // with 3 of the 8 items) for 95 / 96 / 90 on their sheets.
    // (After the narrow helper above, which says its own words for such a sheet of one column.)
    const reads = roster ? sheetsReadBy(grid, roster, personSheets) : null;
    if (roster && reads) {
      out.problems.push(problem('helper-sheet', { sheet: grid.name, columns: entryHeadings(grid, roster), most: inputs, formulas: reads }, { file, sheet: grid.name }, { severity: 'info' }));
      listSheets.push(grid);
      continue;
    }
    // People's own sheets whose 填写 cells read this sheet (='基础数据'!B2…): their source, its people theirs (sourceSheet.ts).
    const feeds = roster && !reads ? sheetsFedBy(grid, personTables()) : null;
    if (roster && feeds) {
      out.problems.push(problem('helper-sheet', { sheet: grid.name, columns: entryHeadings(grid, roster), most: inputs, feeds }, { file, sheet: grid.name }, { severity: 'info' }));
      listSheets.push(grid);
      continue;
    }
    if (roster) {
      out.tables++;
      out.layout = 'roster';
      const toSource = (p: PersonEntries) => {
        unnamedTab?.(grid, p);
        take(p);
        out.sources.push({ kind: 'roster', sheet: grid.name, row: rowOf(p.at.cell), headerRow: roster.headerRow });
      };
      const first = out.sources.length;
      headed.set(grid.name, { grid, headerRow: roster.headerRow });
      const { people, problems, count, beside } = readRoster(grid, form, roster, file, sink ? toSource : undefined, ownTemplate);
      out.problems.push(...problems);
      people.forEach(toSource);
      // (A table beside the roster: its people unread, listed with why — they were in no result, not a word said.)
      for (const p of beside) {
        take(p);
        out.sources.push({ kind: 'unread', sheet: grid.name });
      }
      markLinesBelow(grid, out.sources.slice(first));
      if (count === 0) {
        out.problems.push(problem('no-people', { case: 'sheet', sheet: grid.name }, { file, sheet: grid.name }));
      }
      continue;
    }
    const table = findFormTable(grid, form);
    if (!table) listSheets.push(grid);
    if (!table) {
      // The form's sheet with its 填写 column's heading renamed, cleared or hidden: its person is listed unscored, with why.
      const row = formSheetWithoutValues(grid, form);
      // Or its items listed with no heading kpi knows over them (the heading row deleted, 「项目」 cleared).
      const first = row === null ? formSheetWithoutHeading(grid, form) : null;
      if (row !== null || first !== null) {
        out.tables++;
        take(row !== null ? unreadFormSheet(grid, form, row, file) : unreadFormSheet(grid, form, first! - 1, file, true));
        out.sources.push({ kind: 'unread', sheet: grid.name });
      }
      continue;
    }
    out.tables++;
    const person = readFormSheet(grid, form, table, file);
    if (table.itemRows.size === 0) {
      // Items of several inputs listed without a 填写项 column: said as such, not as a table without any item.
      const listed = table.inputCol === null ? listedItem(grid, form, table) : undefined;
      const fields = listed ? ({ case: 'no-input-column', sheet: grid.name, item: listed.label, inputs: listed.inputs.map((i) => i.label) } as const) : ({ case: 'table-without-items', sheet: grid.name, items: form.parts.flatMap((part) => part.items.map((i) => i.label)) } as const);
      // A person's sheet (its 姓名 filled) is that person, listed unscored with why: 张三's sheet with 「☑积极主动热情周到」
      // written into the boxes' labels was missing from 汇总 and the counts (「已评分 2/2 人」).
      const nameField = form.header.concat(form.footer ?? []).find((f) => f.role === 'name');
      const name = nameField ? person.header.get(nameField.id)?.trim() : undefined;
      // (Only beside sheets read as the form's: a workbook of another form given by --form is refused whole, naming it.)
      if (name) itemless.push({ person: { header: person.header, ...(person.headerCells ? { headerCells: person.headerCells } : {}), entries: new Map(), at: person.at, problems: [problem('item-not-found', fields, { file, sheet: grid.name }, { person: name })], unread: true }, fields, sheet: grid.name, at: [out.people.length, out.sources.length] });
      else out.problems.push(problem('item-not-found', fields, { file, sheet: grid.name }));
      continue;
    }
    // A blank copy of the form (the month a template was made with, --period, may be on it: kept as a
    // 「模板」 sheet beside the filled ones it was one more person, 「(无姓名)」, six errors).
    // (The month, or the rater group a template was made with — 「主管评」 — but not a rater's name or a date: someone's
    // appraisal begun, its errors say what is missing.)
    const fields = new Map(form.header.concat(form.footer ?? []).map((f) => [f.id, f] as const));
    const templateWrote = (id: string, v: string) => fields.get(id)?.role === 'period' || (fields.get(id)?.role === 'rater' && findRater(form, v) !== undefined);
    const blank = [...person.entries.values()].every((e) => e.raw.kind === 'empty') && [...person.header].every(([id, v]) => !v || templateWrote(id, v));
    if (blank) continue;
    // A copy of someone's sheet with the name, 工号 and every mark cleared, their 部门 (or 岗位) left on it (「赵六 (2)」
    // beside 赵六's): no person and nothing filled — a nameless person with 11 errors (header-missing and ten 「为必填项…实际为空」)
    // at exit 1. Said once as a sheet without people, as a roster's blank copy is: a warning beside sheets that have
    // people, the file's error when none has. (A rater's name or a date on it stays someone's appraisal begun.)
    const leftOver = (id: string, v: string) => templateWrote(id, v) || fields.get(id)?.role === 'department' || fields.get(id)?.role === 'position';
    const cleared = [...person.entries.values()].every((e) => e.raw.kind === 'empty') && [...person.header].every(([id, v]) => !v?.trim() || leftOver(id, v)) && !(person.problems ?? []).some((p) => p.severity === 'error');
    // (Unless its tab is a person's name — 「孙七」, a new hire's sheet copied from 赵六's, not yet rated: kpi takes the tab
    // as the person when 被评估人员 is blank (namesFromSheets), as it does with the marks typed (孙七 80.00 良好), so this
    // is 孙七 with nothing filled — as a no-people warning 孙七 vanished at exit 0. Read as a person for now, and put back
    // as a sheet without people below when the tab is not taken, or names another sheet's person.)
    // (「模版」 「草稿」 「范本」 「备注」 are a sheet's own words, a cleared copy there is no one, as at base — it was refused as
    // a person 「模版」 with nothing filled at exit 1. Told by those words (NOT_A_PERSON_TAB), not by a list of surnames: a
    // tab 「仝伟」 「亓磊」 「诸葛亮」 「上官云」 「阿依古丽」, no common surname first, was no one — the person dropped at exit 0.)
    if (cleared && (sink || !personTab(grid.name))) {
      out.problems.push(problem('no-people', { case: 'sheet', sheet: grid.name }, { file, sheet: grid.name }));
      continue;
    }
    if (cleared) tabOnly.push({ person, sheet: grid.name });
    // A filled example (姓名 「(示例)」, a sheet 「填写示例」): no one, listed as skipped (it was scored, one more 一般).
    const nameField = form.header.concat(form.footer ?? []).find((f) => f.role === 'name');
    const name = nameField ? (person.header.get(nameField.id) ?? '') : '';
    // A sheet whose name is struck through whole (someone who left): crossed out, not scored, as a roster's row is.
    const crossed = nameField && !name ? struckNameAt(grid, person.headerCells?.get(nameField.id)) : undefined;
    if (crossed !== undefined) {
      out.problems.push(problem('struck-name', { name: crossed }, { file, sheet: grid.name, cell: person.headerCells!.get(nameField!.id)! }, { person: crossed }));
      continue;
    }
    // A real person on a copy of the example sheet (「示例 (2)」, 张三 1009) is a person: only an example's own name says so.
    if (EXAMPLE_ROW.test(name) || (/^(填写|填表)?(示例|样例|范例)/.test(grid.name.trim()) && (!name || /^(某某|XXX|xxx)$/.test(name.trim())))) {
      out.problems.push(skippedRowsProblem(grid.name, [{ row: rowOf(person.at.cell), kind: 'note', text: name || grid.name }], file));
      continue;
    }
    take(person);
    headed.set(grid.name, { grid, headerRow: table.headerRow });
    formPeople.push(person);
    out.sources.push({ kind: 'form', sheet: grid.name, table });
    for (const b of person.beside ?? []) besides.push({ ...b, sheet: grid.name });
  }
  // The person of a form pasted beside another's, not read: listed unscored with why (they were in no list) — unless they
  // have a sheet of their own (a copy of it pasted beside: said, as a warning).
  const nameId = form.header.find((f) => f.role === 'name')?.id;
  for (const b of nameId ? besides : []) {
    if (out.people.some((p) => nameKey(p.header.get(nameId!) ?? '') === nameKey(b.name))) {
      const params = b.problem.params as ParamsOf<'second-form-on-sheet'>;
      out.problems.push(problem('second-form-on-sheet', { ...params, elsewhere: true }, { file, sheet: b.sheet, ...(b.problem.cell ? { cell: b.problem.cell } : {}) }, { severity: 'warning' }));
      continue;
    }
    take({ header: new Map([[nameId!, b.name]]), headerCells: new Map([[nameId!, b.cell]]), entries: new Map(), at: { file, sheet: b.sheet, cell: b.cell }, problems: [b.problem], unread: true });
    out.sources.push({ kind: 'unread', sheet: b.sheet });
  }
  // A percentage typed bare on every sheet (10, 5, 0.5, 8): 0.5 is 0.5 %, as a roster's column reads it (sheetPercents.ts).
  if (!sink) percentsTypedBareOnSheets(form, formPeople);
  // People's own sheets with an item's points typed where its 0–100 figure goes (18 of 客户满意度's 20), as a roster's
  // columns are told (pointsOnScale.ts): read as the survey's 18 it was 3.6 points, 81.6 for 96 at exit 0.
  if (!sink) for (const p of pointsOnScaleSheets(form, formPeople)) (p.person.problems ??= []).push(p.problem);
  // And counts filled with their item's points over the sheets (scoreLikeColumns.ts), as a roster's column is told: §12
  // 工作状况 39 and 38 of 40 read as violations, 78.00 一般 for 96.5 优秀 at exit 0.
  if (!sink) for (const p of pointsForCountsSheets(form, formPeople)) (p.person.problems ??= []).push(p.problem);
  // And a count bounded below its item's points holding one of them (§1 投诉处理 15 = 20 − 5 × 1 for 0–3 未满足项数).
  if (!sink) for (const p of pointsForBoundedCounts(form, formPeople)) (p.person.problems ??= []).push(p.problem);
  // (Each at its sheet's place, latest first so the earlier places hold.)
  for (const x of [...itemless].reverse()) {
    if ((out.count ?? 0) === 0) {
      out.problems.push(problem('item-not-found', x.fields, { file, sheet: x.sheet }));
      continue;
    }
    take(x.person);
    const source = { kind: 'unread', sheet: x.sheet } as const;
    if (sink) out.sources.push(source);
    else {
      out.people.splice(x.at[0], 0, out.people.pop()!);
      out.sources.splice(x.at[1], 0, source);
    }
  }
  // A roster sheet with headings and nobody under them beside sheets that have people (a blank copy, an instructions
  // sheet whose only row is its example): said, but no error — everyone the file holds is scored.
  if ((out.count ?? 0) > 0) {
    for (const p of out.problems) if (p.code === 'no-people' && (p.params as { case?: string }).case === 'sheet') p.severity = 'warning';
  }
  const titles = sheetTitles(grids, form, out);
  namesFromTitles(form, out, titles);
  namesFromSheets(form, out);
  for (const c of tabOnly) {
    const named = nameOf(form, c.person);
    if (named && !out.people.some((p) => p !== c.person && nameKey(nameOf(form, p) ?? '') === nameKey(named))) continue;
    // Not taken (no other sheet named after its person), or another sheet's person (赵六's sheet on tab Sheet1, its
    // cleared copy on tab 赵六): a sheet without people after all, as a copy on 「赵六 (2)」 is.
    const i = out.people.indexOf(c.person);
    out.people.splice(i, 1);
    out.sources.splice(i, 1);
    formPeople.splice(formPeople.indexOf(c.person), 1);
    headed.delete(c.sheet);
    peopled.delete(c.sheet);
    out.count!--;
    out.problems.push(problem('no-people', { case: 'sheet', sheet: c.sheet }, { file, sheet: c.sheet }, out.count! > 0 ? { severity: 'warning' } : {}));
  }
  sheetsNamedAfterOthers(form, out, titles);
  marksOfOthers(form, grids, out);
  // People's own sheets beside a list of the team (「汇总」, 「名单」): someone listed with no sheet was in no result.
  if (formPeople.length && out.layout === 'form') {
    const idId = form.header.find((f) => f.role === 'id')?.id;
    // (The people who rated — a 考核人 listed as 组长 on the team's list — have no sheet of their own to be missing.)
    const raterIds = form.header.concat(form.footer ?? []).filter((f) => f.role === 'rater').map((f) => f.id);
    const names = new Set([...out.people.map((p) => nameKey(p.header.get(nameId ?? '') ?? '')), ...out.people.flatMap((p) => raterIds.map((id) => nameKey(p.header.get(id) ?? '')))].filter(Boolean));
    const ids = new Set(idId ? out.people.map((p) => idKey(p.header.get(idId) ?? '')).filter(Boolean) : []);
    for (const grid of listSheets) {
      const listed = listedNames(grid, form);
      const missing = listedWithoutSheet(listed, names, ids);
      const found = listed.length - missing.length;
      // A list of this team (most of it has sheets), not another team's or a lookup table.
      if (!missing.length || found * 2 < listed.length) continue;
      out.problems.push(problem('listed-without-sheet', { sheet: grid.name, people: missing.map((m) => (m.id ? `${m.name}(${m.id})` : m.name)) }, { file, sheet: grid.name, cell: missing[0]!.cell }, { severity: 'warning' }));
    }
  }
  for (const [sheet, { grid, headerRow }] of headed) {
    const above = periodField?.perPerson || dated.has(sheet) || !peopled.has(sheet) ? null : monthAbove(grid, headerRow);
    if (above) (out.stated ??= []).push({ ...above, sheet });
    const bare = above || periodField?.perPerson || dated.has(sheet) || !peopled.has(sheet) ? null : bareMonthAbove(grid, headerRow);
    if (bare) (out.statedBare ??= []).push({ ...bare, sheet });
    const titled = dated.has(sheet) && peopled.has(sheet) && !periodField?.perPerson ? monthAbove(grid, headerRow) : null;
    // (Or its month without the year, 「3月份客服人员工作考核表」「客服人员工作考核表(3月)」: sheetMonths completes it with the
    // sign-off's year.)
    const titledBare = !titled && dated.has(sheet) && peopled.has(sheet) && !periodField?.perPerson ? bareMonthAbove(grid, headerRow) : null;
    const titledMonth = titled?.month ?? titledBare?.month;
    if (titledMonth) (out.titledTyped ??= []).push({ month: titledMonth, sheet });
    const month = above ? (above.month ?? above.span) : bare?.month;
    if (month) for (const p of out.people) if (p.at.sheet === sheet) p.sheetMonth = month;
  }
  const months = rosterSheetMonths(out);
  if (months) out.problems.push(problem('sheets-months', months, { file }));
  // Not when a table's problem already says why nobody was read (its items listed without a 填写项 column).
  if (out.tables > 0 && out.count === 0 && !out.problems.some((p) => p.code === 'no-people' || (p.code === 'item-not-found' && p.severity === 'error'))) {
    out.problems.push(problem('no-people', { case: 'file' }, { file }));
  }
  return out;
}

/** The name a person's sheet shows struck through whole at `cell` (its name cell); undefined for any other. */
function struckNameAt(grid: Grid, cell: string | undefined): string | undefined {
  const at = cell ? parseRef(cell) : null;
  return at ? struckName(grid.value(at[0], at[1])) : undefined;
}

/**
 * The people's own sheets a roster's figures are formulas over, when every row with a figure reads one of them — else
 * null. A row of typed figures (someone without a sheet of their own) keeps the roster read as one, as is a roster of
 * values beside people's sheets, its duplicates said.
 */
function sheetsReadBy(grid: Grid, roster: RosterColumns, personSheets: () => ReadonlySet<string>): string[] | null {
  if (!grid.formula || personSheets().size === 0) return null;
  const cols = [...roster.columns].filter(([, t]) => t.kind === 'entry').map(([col]) => col);
  const read = new Set<string>();
  for (let row = grid.nextRow(roster.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    let own = false;
    let other = false;
    for (const col of cols) {
      const f = grid.formula(row, col);
      const sheets = f ? sheetsNamed(f) : [];
      const theirs = sheets.filter((s) => personSheets().has(sheetKey(s)));
      for (const s of theirs) read.add(s);
      if (theirs.length) own = true;
      // Typed, or read from a sheet that is no one's own (=数据!C2): that row's figures are the roster's.
      else if (sheets.length || (!f && grid.value(row, col).kind !== 'empty')) other = true;
    }
    if (other && !own) return null;
  }
  return read.size ? [...read] : null;
}

/** The headings of a roster's columns of the form's inputs, as written. */
function entryHeadings(grid: Grid, roster: RosterColumns): string[] {
  return [...roster.columns].filter(([, t]) => t.kind === 'entry').map(([col]) => grid.text(roster.headerRow, col));
}

/** Excel's sheet names are one whatever their case. */
function sheetKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * A sheet holding a column for every input that must be filled (by each rater who counts and must rate): a roster of
 * its own people, whatever it leaves out — not the team's helper. 赵六 and 钱七 on 「其他人」 with mattress's five required
 * columns beside people's own sheets were dropped with a warning.
 */
function allRequired(form: FormDef, roster: RosterColumns): boolean {
  const present = columnTargets(roster);
  // A form whose every input may be left blank says nothing by this.
  if (!form.parts.some((p) => p.items.some((i) => i.inputs.some((input) => !input.optional)))) return false;
  return form.parts.flatMap((p) => p.items).every((item) => {
    const raters = raterGroups(form, item)?.filter((r) => r.required && r.weight > 0) ?? [null];
    return item.inputs.filter((i) => !i.optional).every((input) => raters.every((r) => present.some((t) => t.kind === 'entry' && t.item === item && t.input === input && t.rater === r)));
  });
}

/**
 * Gives the table's last person `through`: the last row with values right under them (gaps of up to 3 empty rows,
 * 30 rows at most), when there is one.
 */
function markLinesBelow(grid: Grid, sources: PersonSource[]): void {
  let last: Extract<PersonSource, { kind: 'roster' }> | undefined;
  for (const s of sources) if (s.kind === 'roster' && (!last || s.row > last.row)) last = s;
  if (!last) return;
  let through = 0;
  for (let r = grid.nextRow(last.row); r <= grid.rowCount && r - Math.max(through, last.row) <= 4 && r - last.row <= 30; r = grid.nextRow(r)) {
    for (let c = 1; c <= grid.columnCount; c++) {
      if (grid.value(r, c).kind === 'empty') continue;
      through = r;
      break;
    }
  }
  if (through) last.through = through;
}

function rowOf(cell: string | undefined): number {
  const m = /(\d+)$/.exec(cell ?? '');
  return m ? Number(m[1]) : 0;
}

/** The first item of several inputs named in the table's item column (「员工基本标准」 under 项目). */
function listedItem(grid: Grid, form: FormDef, table: FormTable): ItemDef | undefined {
  const byName = new Map(items(form).filter((i) => i.inputs.length > 1).flatMap((i) => [i.label, ...(i.aliases ?? [])].map((n) => [labelKey(n), i] as const)));
  for (let row = grid.nextRow(table.headerRow); row <= grid.rowCount; row = grid.nextRow(row)) {
    const hit = byName.get(labelKey(grid.text(row, table.itemCol)));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * People's sheets made from a template, renamed for each person and the 姓名 cell left blank (张三, 李四, 王五 as tabs):
 * every one was refused (「姓名未填写」), though the sheets name them. When each sheet with a name is named after it and
 * the blank ones' tabs are people's names, the tab is taken, and said.
 */
function namesFromSheets(form: FormDef, out: ReadResult): void {
  const nameField = form.header.concat(form.footer ?? []).find((f) => f.role === 'name');
  if (!nameField) return;
  const forms = out.sources.flatMap((s, i) => (s.kind === 'form' && out.people[i] ? [{ sheet: s.sheet, person: out.people[i]! }] : []));
  const blank = forms.filter((f) => !nameOf(form, f.person));
  if (!blank.length || forms.length < 2) return;
  // Tabs that are no one's name (「第5张」 beside tabs 张三 and 李四): said with the blank name, not taken.
  for (const f of blank) if (!personTab(f.sheet)) f.person.tabNoName = f.sheet.trim();
  const named = forms.filter((f) => nameOf(form, f.person));
  // (A sheet copied from another one with its name unchanged — tab 李四 holding 张三 beside tab 张三 — is said as a duplicate
  // at its name; it does not make the other tabs no names: 王五's blank sheet was refused 「姓名未填写」 beside it.)
  const tabs = new Set(forms.map((f) => nameKey(f.sheet)));
  const copy = (f: (typeof forms)[number]) => tabs.has(nameKey(nameOf(form, f.person)!)) && PERSON_TAB.test(f.sheet.trim());
  // (Nor does a tab that names no one — 「Sheet3」 holding 王五 by its title: 张三's and 李四's blank sheets beside it, tabs
  // 张三 and 李四, were refused 「姓名未填写」 as 第5张's was.)
  if (named.some((f) => personTab(f.sheet) && nameKey(f.sheet) !== nameKey(nameOf(form, f.person)!) && !copy(f))) return;
  if (new Set(forms.map((f) => nameKey(f.sheet))).size !== forms.length) return;
  for (const f of blank.filter((x) => personTab(x.sheet))) {
    f.person.header.set(nameField.id, f.sheet.trim());
    const cell = f.person.headerCells?.get(nameField.id);
    (f.person.problems ??= []).push(problem('name-from-sheet', { sheet: f.sheet, field: nameField.label }, cell ? { ...f.person.at, cell } : f.person.at, { person: f.sheet.trim() }));
  }
}

type Title = NonNullable<ReturnType<typeof titleName>>;

/** The name each person's sheet's title starts with (「张三 3月份绩效考核表」), by the person's index in `out`. */
function sheetTitles(grids: readonly Grid[], form: FormDef, out: ReadResult): Map<number, Title> {
  const titles = new Map<number, Title>();
  out.sources.forEach((s, i) => {
    const grid = s.kind === 'form' ? grids.find((g) => g.name === s.sheet) : undefined;
    const title = grid && s.kind === 'form' ? titleName(grid, form, s.table.headerRow) : undefined;
    if (title) titles.set(i, title);
  });
  // A title on two or more sheets (「全员 3月份绩效考核表」「华南 3月…」 above tabs 张三/李四/王五, 被考核人 blank) heads a team,
  // a region or a project, not a person: read as a name it made them all 「全员」, unscored at exit 1, for 张三 91 / 李四 78 /
  // 王五 99 by their tabs; above Sheet1–3 it named all three 「华南」 at exit 0 where 被考核人 blank is refused.
  const count = new Map<string, number>();
  for (const t of titles.values()) count.set(nameKey(t.name), (count.get(nameKey(t.name)) ?? 0) + 1);
  // (Unless every such sheet's tab holds the name: 「张三-自评」「张三-主管」 are two raters' sheets of 张三.)
  const ownTab = (i: number, t: Title) => nameKey(out.sources[i]!.sheet).includes(nameKey(t.name));
  const shared = new Set([...titles].filter(([i, t]) => count.get(nameKey(t.name))! >= 2 && !ownTab(i, t)).map(([, t]) => nameKey(t.name)));
  for (const [i, t] of titles) if (shared.has(nameKey(t.name))) titles.delete(i);
  return titles;
}

/** 被考核人 left blank under a title naming the person (08b: Sheet1–3, 「张三 3月份绩效考核表」): the title's name, said. */
function namesFromTitles(form: FormDef, out: ReadResult, titles: ReadonlyMap<number, Title>): void {
  const nameField = form.header.concat(form.footer ?? []).find((f) => f.role === 'name');
  if (!nameField) return;
  for (const [i, title] of titles) {
    const person = out.people[i]!;
    const s = out.sources[i]!;
    if (nameOf(form, person) || s.kind !== 'form') continue;
    const cell = person.headerCells?.get(nameField.id);
    // 07-stale-title: tab 「赵六」 copied from 王五's sheet, title still 「王五 3月份绩效考核表」, 姓名 blank — scored as 王五
    // 86.00 一般 at exit 0 on 赵六's marks (赵六 in no result). Tab and title name two people: neither is taken.
    if (personTab(s.sheet) && nameKey(s.sheet) !== nameKey(title.name)) {
      person.header.set(nameField.id, s.sheet.trim());
      (person.problems ??= []).push(problem('name-tab-title-differ', { sheet: s.sheet, field: nameField.label, title: title.text, name: title.name }, cell ? { ...person.at, cell } : person.at, { person: s.sheet.trim() }));
      continue;
    }
    person.header.set(nameField.id, title.name);
    (person.problems ??= []).push(problem('name-from-sheet', { sheet: s.sheet, field: nameField.label, title: title.text, name: title.name }, cell ? { ...person.at, cell } : person.at, { person: title.name }));
  }
}

/**
 * Person sheets named after their people (kpi template --people makes them so), one of them after someone else: a sheet
 * copied for 张三 that kept 王芳 as 被考核人 was filed as a second 王芳, exit 0. Said at the name, when at least two other
 * sheets are named after their people. Only person sheets read into `people` (a large roster streams rows, not sheets).
 * Fewer sheets so named (09a: 张三's sheet removed, tab 「李四」 still holding 被考核人 张三 — 张三 78.00 一般 on 李四's marks,
 * 李四 in no result, exit 0): a tab that is a person's name, or a title naming one, other than 被考核人 is said all the
 * same; both naming the same other person (09b, 「李四 3月份绩效考核表」 on tab 李四) is said too, still a warning: the
 * filled 被考核人 is what the lead typed (as an error it left 万达广场's/华南's 张三 91.00 优秀 unscored at exit 1).
 */
function sheetsNamedAfterOthers(form: FormDef, out: ReadResult, titles: ReadonlyMap<number, Title>): void {
  const nameField = form.header.concat(form.footer ?? []).find((f) => f.role === 'name');
  if (!nameField) return;
  const sheets: Array<{ person: PersonEntries; sheet: string; name: string; title?: Title }> = [];
  out.sources.forEach((s, i) => {
    const person = out.people[i];
    const name = person ? nameOf(form, person) : '';
    const title = titles.get(i);
    // (Not a name the sheet's own title gave, 被考核人 blank — Sheet3's 「王五 3月份…」 — no copy's unchanged name.)
    const fromTitle = person?.problems?.some((p) => p.code === 'name-from-sheet');
    if (s.kind === 'form' && person && name && !fromTitle) sheets.push({ person, sheet: s.sheet, name, ...(title ? { title } : {}) });
  });
  const matching = sheets.filter((s) => nameKey(s.sheet) === nameKey(s.name)).length;
  for (const s of sheets) {
    // 「马琳 (2)」「马琳-自评」: a second sheet of the same person (a rater's), named after them all the same.
    if (nameKey(s.sheet).includes(nameKey(s.name))) continue;
    // 「金色家园」 over 管理处 金色家园管理处: the unit's name without its suffix, the same unit (tabOfUnit).
    if (tabOfUnit(s.sheet, s.name)) continue;
    // (A lone tab only when it may be a name: 「华南」「万达广场」「江苏」 above 被考核人 张三 are a region's, a project's.)
    const tab = matching >= 2 || personLikeName(s.sheet);
    const titled = s.title && nameKey(s.title.name) !== nameKey(s.name) ? s.title : undefined;
    if (!tab && !titled) continue;
    const cell = s.person.headerCells?.get(nameField.id);
    const fields = { sheet: s.sheet, name: s.name, field: nameField.label, named: matching, ...(tab ? { tab: true as const } : {}), ...(titled ? { title: titled.text, titled: titled.name } : {}) };
    (s.person.problems ??= []).push(problem('sheet-name-differs', fields, cell ? { ...s.person.at, cell } : s.person.at, { person: s.name }));
  }
}

/**
 * Roster sheets named for different months (「2026年3月」 beside 「2026年2月」, 「3月」 beside 「2月」): every sheet is
 * read, so last month's people were scored as this month's, exit 0 without a word. Said, naming the sheets.
 */
function rosterSheetMonths(out: ReadResult): { sheets: string[]; months: string[] } | null {
  const sheets = [...new Set(out.sources.filter((s) => s.kind === 'roster').map((s) => s.sheet))];
  if (sheets.length < 2) return null;
  const monthOf = (name: string) => {
    const full = parseMonth(name.replace(/(考核|绩效|名单|评分|表)/g, ''));
    if (full) return full;
    return monthWordOf(name);
  };
  const named = sheets.map((s) => ({ sheet: s, month: monthOf(s) })).filter((x) => x.month !== null);
  const months = [...new Set(named.map((x) => x.month!))];
  return months.length >= 2 ? { sheets: named.map((x) => x.sheet), months: months.sort() } : null;
}


/**
 * The month a sheet's name gives without its year: 「3月」「客服部3月」「26年3月」「三月份」「Mar」「March」, and 上月 / 本月
 * (two months, which ones not said). Last month's sheet left beside this month's was scored with it without a word.
 */
export function monthWordOf(name: string): string | null {
  const t = name.normalize('NFKC').trim();
  const digits = /(?<![\d.\-/])0?(\d{1,2})\s*月/.exec(t);
  if (digits && Number(digits[1]) >= 1 && Number(digits[1]) <= 12) return `${Number(digits[1])}月`;
  // Anywhere in the name (「二月客服部」「十一月客服」): a shop named so (「五月花店」) only gets a warning it can pass over,
  // where last month's sheet missed is scored as this month's.
  const numeral = /(十[一二]|[一二三四五六七八九十])月/.exec(t);
  if (numeral) return `${numeralsAsDigits(numeral[1]!)}月`;
  // An English month as a word of its own (「Mar」「Feb 客服部」「客服部 February」; 「May组」 is May's team).
  const english = /(?:^|[\s\-_./(])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ember|ober)?\.?(?=$|[\s\-_./)\d])/i.exec(t);
  if (english) return `${MONTH_NAMES.indexOf(english[1]!.toLowerCase()) + 1}月`;
  if (/上个?月/.test(t)) return '上月';
  if (/本月|当月|这个月/.test(t)) return '本月';
  return null;
}
