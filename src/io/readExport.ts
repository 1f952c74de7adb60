// §11: the roster joined to an exported data sheet. The export is a sheet of the same workbook (named as the
// definition says, or found by its headings) or a second file read by the same guarded loader as the input
// (`kpi score form.xlsx --data export.xlsx`). Its rows are joined to the roster's people on 工号 (when both have
// one), else on 姓名; each mapped cell becomes the person's entry, located at the export's own file, sheet and
// cell, so a non-number is reported where it is. A person without a row, a key twice and a missing column are
// located errors too.
import path from 'node:path';
import { files } from './fileSystem.js';
import type { DataColumnDef, DataSourceDef } from '../model/dataSource.js';
import { exportedKeys, rosterView } from '../forms/dataSource.js';
import { entryKey, type Location, type PersonEntries } from '../model/entries.js';
import type { FormDef, HeaderField, InputDef } from '../model/definition.js';
import { type Problem } from '../model/problem.js';
import { problem, amend } from '../model/problems/index.js';
import { parseRef } from './fast/xml.js';
import { cleanText, nameKey, unitsOf } from '../engine/text.js';
import { cellAddress, columnLetters, rawText, type Grid } from './grid.js';
import { loadInput } from './loadInput.js';
import { labelKey, labelVariants, PAST_NOTE, THIS_MONTH_NOTE } from './normalize.js';
import { unitLineAbove, unitLineBelow } from './unitLine.js';
import { findRosterHeader } from './readRoster.js';
import { foreignNote, foreignUnit, foreignUnitBelow, unitNoteOf } from './headingUnits.js';
import { readPeople, type ReadResult } from './readPeople.js';
import { NOTE_LINE, PAGE_LINE, reorderedHeadings, skippedRowsProblem, TOTAL, type MovedHeading, type SkippedRow } from './rowKinds.js';
import { shownName } from './shownName.js';
import { exportMonths, monthCycle, otherMonthThan, periodNotAMonth, rosterMonth } from './exportMonth.js';
import { splitCellCheck, thousandsSplit, type SplitCell } from './splitCells.js';
import { appendTo } from '../model/groups.js';

const HEADER_SEARCH_ROWS = 20;

/** Where the figures came from, for the report (console, --json). */
export interface DataInfo {
  file: string;
  sheet: string;
  /** Data rows read (totals and blank rows left out). */
  rows: number;
  /** Key headings the join used, in order of preference (工号, 姓名). */
  keys: string[];
}

interface ExportHeader {
  row: number;
  /** Header field id → column. */
  keys: Map<string, number>;
  columns: Map<number, DataColumnDef>;
  /** Columns naming a figure another column gives already (最终付款人数 beside 询单->最终付款人数): not read, said. */
  ignored: Array<{ col: number; readCol: number; c: DataColumnDef; hidden: boolean }>;
  /** The key fields that are names: a shop's sub-account 「旗舰店:张三」 there is 张三. */
  names: Set<string>;
  /** Columns of a figure passed over for the unit their heading or the units row under it gives (「销售额(万元)」). */
  foreign: Array<{ c: DataColumnDef; col: number; said: string; below: boolean }>;
}

interface ExportRecord {
  row: number;
  /** Normalised key per header field id. */
  keys: Map<string, string>;
}

interface ExportTable {
  grid: Grid;
  file: string;
  /** The sheet as messages name it: 「赤兔数据」, or 「[导出.xlsx]赤兔数据」 for a second file (Excel's own notation). */
  shown: string;
  header: ExportHeader;
  records: ExportRecord[];
  /** 合计 lines under the agents: not read, listed. */
  skipped: SkippedRow[];
  /** Hidden rows holding someone (filtered out): not read, said. */
  hiddenRows: number[];
  /** The headings again in another order (a second block pasted with its columns swapped): nothing below read, said. */
  reordered?: Problem;
  /** A CSV row longer than its headings (90,000 typed without quotes): its figures moved a column right. */
  split?: (row: number) => SplitCell | null;
}

/** 工号 as typed or as exported: 「 001003 」, 1003 and 「1003.0」 are the same person. */
export function joinKey(s: string): string {
  // 「1001.0」: written by a program that read the 工号 as a number (pandas), as --pay reads it (idKey).
  // (「'0012」 too: an apostrophe kept the zeros as text, as idKey reads it.)
  const t = cleanText(s).toLowerCase().replace(/^(\d+)\.0+$/, '$1').replace(/^['‘’`](?=\d+$)/, '');
  // A name as people are matched elsewhere: 「李 强」 (a space to align it) is 李强, 陳靜 is 陈静.
  return /^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, '') : nameKey(t);
}

/**
 * A shop's sub-account as 赤兔 and 千牛 export it, 「主账号:子账号」 (「旗舰店:张三」): the agent is the part after the
 * colon. A name has no colon, so a key without one is as typed.
 */
function subAccountName(text: string): string {
  const after = text.replace(/^.*[::]/, '').trim();
  return after || text;
}

function keyNames(data: DataSourceDef, fields: HeaderField[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const k of data.keys) {
    const f = fields.find((x) => x.id === k.field);
    // The roster's own heading first (姓名 beside an export's 客服, the shop account's nickname), then the export's.
    out.set(k.field, [...(f ? [f.label] : []), ...(k.label ? [k.label] : []), ...(k.aliases ?? []), ...(f ? (f.aliases ?? []) : [])]);
  }
  return out;
}

/** The row among the first 20 that names a key column and the most data columns (`keyless`: a key column or not). */

function findHeader(grid: Grid, form: FormDef, keyless = false): ExportHeader | null {
  const data = form.data!;
  // Each name with its place in its list: of two columns naming one figure, the one named earlier in the definition
  // (its label, then its aliases in order) is read, a heading read only without its note after both, a hidden one last:
  // not the first in the sheet (an export's 询单人数 300 beside 询盘数 200).
  const keyIndex = new Map<string, { field: string; rank: number }>();
  for (const [field, names] of keyNames(data, form.header.concat(form.footer ?? []))) {
    names.forEach((n, i) => {
      if (!keyIndex.has(labelKey(n))) keyIndex.set(labelKey(n), { field, rank: i });
    });
  }
  const colIndex = new Map<string, { c: DataColumnDef; rank: number }>();
  for (const c of data.columns) [c.label, ...(c.aliases ?? [])].forEach((n, i) => colIndex.set(labelKey(n), { c, rank: i }));
  const nameFields = new Set(form.header.concat(form.footer ?? []).filter((f) => f.role === 'name').map((f) => f.id));
  let best: ExportHeader | null = null;
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, grid.rowCount); row++) {
    const keys = new Map<string, number>();
    const columns = new Map<number, DataColumnDef>();
    const keyRank = new Map<string, number>();
    const columnAt = new Map<DataColumnDef, { col: number; rank: number }>();
    const named: Array<{ c: DataColumnDef; col: number; hidden: boolean }> = [];
    const foreign: ExportHeader['foreign'] = [];
    for (let col = 1; col <= grid.columnCount; col++) {
      const text = grid.text(row, col);
      if (!text) continue;
      const hidden = grid.columnHidden?.(col) ? 10_000 : 0;
      labelVariants(text).some((v, variant) => {
        const k = labelKey(v);
        const key = keyIndex.get(k);
        if (key) {
          const rank = hidden + (variant > 0 ? 1000 : 0) + key.rank;
          if (rank < (keyRank.get(key.field) ?? Infinity)) {
            keys.set(key.field, col);
            keyRank.set(key.field, rank);
          }
          return true;
        }
        const hit = colIndex.get(k);
        // 「销售额(万元)」 for an input counted in 元: not that column (see readRoster's lookup).
        const input = hit ? inputOf(form, hit.c) : undefined;
        if (hit && variant > 0 && input && foreignUnit(text, input)) return !!foreign.push({ c: hit.c, col, said: foreignNote(text, input) ?? unitNoteOf(text) ?? '', below: false });
        // Or a row of units under the headings giving it another unit (「万元」 under 销售额): 1.23456 万元 was 1.23 元.
        if (hit && input && foreignUnitBelow(grid, row, col, input)) return !!foreign.push({ c: hit.c, col, said: grid.text(row + 1, col).trim(), below: true });
        // Or a line above the table giving the amounts' unit (「客服绩效导出(金额单位:万元)」: 8.5 万元 read as 8.5 元), or a
        // note under it (「注:金额单位为万元」).
        if (hit && input && unitsOf(input.unit).includes('元') && (unitLineAbove(grid, row, undefined, moneyWords(form)) ?? unitLineBelow(grid, row, undefined, moneyWords(form)))) return true;
        if (hit) {
          // A heading read without its note after it loses to one read as it is — unless the note is the count's unit
          // (「询单人数(人)」 is 询单人数: 咨询人数 was read instead).
          // And a note of another month (「询单人数(上月)」) loses to one of this month (「询单人数(本月)」): the first of two
          // noted columns was read, last month's 999 for this month's 300.
          const note = text.normalize('NFKC');
          // (Or a group heading over it on the row above — 「上月」 | 「本月」 merged over each set of figures, a
          // comparison export: 上月's five columns were read, 79.58 待改进 for 86.50.)
          const group = groupAbove(grid, row, col);
          const past = PAST_NOTE.test(note) || PAST_GROUP.test(group) ? 2000 : 0;
          const rank = hidden + past + (variant > 0 && !unitNoteOf(text) && !THIS_MONTH_NOTE.test(note) ? 1000 : 0) + hit.rank;
          const held = columnAt.get(hit.c);
          if (!held || rank < held.rank) columnAt.set(hit.c, { col, rank });
          named.push({ c: hit.c, col, hidden: hidden > 0 });
          return true;
        }
        return false;
      });
    }
    for (const [c, { col }] of [...columnAt].sort((a, b) => a[1].col - b[1].col)) columns.set(col, c);
    const ignored = named.filter((n) => columnAt.get(n.c)!.col !== n.col).map((n) => ({ ...n, readCol: columnAt.get(n.c)!.col }));
    if ((keyless || keys.size > 0) && columns.size > 0 && (!best || columns.size > best.columns.size)) best = { row, keys, columns, ignored, names: nameFields, foreign };
  }
  return best;
}

function readRecords(grid: Grid, header: ExportHeader, skipped: SkippedRow[] = [], hiddenRows: number[] = [], reordered: Array<{ row: number; moved: MovedHeading[] }> = []): ExportRecord[] {
  const out: ExportRecord[] = [];
  for (let row = grid.nextRow(header.row); row <= grid.rowCount; row = grid.nextRow(row)) {
    // The headings again in another order (询盘数 | 评价数 swapped in a second block): read as the first block's columns,
    // 王五's 200 评价 were his 询盘 (90.00 一般 for 84.00 待改进 at exit 0). Nothing below is read.
    const moved = reorderedHeadings(grid, row, header.row);
    if (moved) {
      reordered.push({ row, moved });
      break;
    }
    // A hidden row (filtered out, last month's kept out of sight) is not read, as a roster's is not: said — unless it is
    // a 合计 line (skipped below, as a visible one is).
    if (grid.rowHidden?.(row) && ![...header.keys.values()].some((col) => TOTAL.test(cleanText(rawText(grid.value(row, col)))))) {
      if ([...header.keys.values()].some((col) => grid.value(row, col).kind !== 'empty')) hiddenRows.push(row);
      continue;
    }
    const keys = new Map<string, string>();
    let total = '';
    let heading = 0;
    for (const [field, col] of header.keys) {
      const text = cleanText(rawText(grid.value(row, col)));
      if (!text) continue;
      if (TOTAL.test(text)) total = text;
      // The headings again (an export's second page pasted below the first): no one, not 「工号 客服姓名」 off the roster.
      if (text === cleanText(rawText(grid.value(header.row, col)))) heading++;
      keys.set(field, joinKey(header.names.has(field) ? subAccountName(text) : text));
    }
    // 合计 in another column (月份, 序号) on a line without anyone: the export's totals too.
    if (!total && keys.size === 0) {
      for (let col = 1; col <= Math.min(grid.columnCount, 30) && !total; col++) {
        const text = cleanText(rawText(grid.value(row, col)));
        if (text && TOTAL.whole(text)) total = text;
      }
    }
    // A 合计 line (listed, as a roster's is), the headings, or a row without anyone.
    if (total) skipped.push({ row, kind: 'total', text: total });
    if (total || keys.size === 0 || heading === keys.size) continue;
    // A line without a figure whose key says it is no one (导出人:admin, 打印时间:…, 第 1 页,共 1 页, a title repeated
    // below): not an agent off the roster.
    const figures = [...header.columns.keys()].some((col) => grid.value(row, col).kind !== 'empty');
    if (!figures && [...keys.keys()].some((f) => {
      const text = cleanText(rawText(grid.value(row, header.keys.get(f)!)));
      return NOTE_LINE.test(text) || PAGE_LINE.test(text) || keys.size === 1;
    })) continue;
    out.push({ row, keys });
  }
  return out;
}

function sheetMatches(grid: Grid, data: DataSourceDef): boolean {
  const name = labelKey(grid.name);
  return data.sheets.some((s) => labelKey(s) === name);
}

/**
 * The export among `grids`: a visible sheet before a hidden one (--include-hidden: last month's, hidden, came first
 * and was read), then a sheet named as the definition says, else the first whose headings fit.
 */
function findExport(grids: Grid[], form: FormDef, file: string, book: string | null): ExportTable | null {
  const found = exportSheets(grids, form);
  return found.length ? exportTable(found[0]!, file, book) : null;
}

/** The sheets whose headings fit the export, best first (see findExport), each with its heading row. */
function exportSheets(grids: Grid[], form: FormDef): Array<{ grid: Grid; header: ExportHeader; rank: number }> {
  const out: Array<{ grid: Grid; header: ExportHeader; rank: number }> = [];
  for (const grid of grids) {
    const header = findHeader(grid, form);
    if (header) out.push({ grid, header, rank: (grid.sheetHidden ? 2 : 0) + (sheetMatches(grid, form.data!) ? 0 : 1) });
  }
  return out.sort((a, b) => a.rank - b.rank);
}

/** The form's input an export column fills. */
function inputOf(form: FormDef, c: { item: string; input: string }): InputDef | undefined {
  return form.parts.flatMap((p) => p.items).find((i) => i.id === c.item)?.inputs.find((x) => x.id === c.input);
}

/** The last column whose heading cell holds something (an unread 备注 after the figures). */
function lastHeadedColumn(grid: Grid, row: number): number {
  for (let c = grid.columnCount; c > 0; c--) if (grid.text(row, c)) return c;
  return 0;
}

function exportTable({ grid, header }: { grid: Grid; header: ExportHeader }, file: string, book: string | null): ExportTable {
  const lastHeading = Math.max(...header.keys.values(), ...header.columns.keys());
  const amounts = new Set([...header.columns].filter(([, c]) => /元|金额|销售额/.test(c.label)).map(([col]) => col));
  const split = splitCellCheck(grid, header.row, lastHeading, amounts);
  const skipped: SkippedRow[] = [];
  const hiddenRows: number[] = [];
  const moved: Array<{ row: number; moved: MovedHeading[] }> = [];
  const records = readRecords(grid, header, skipped, hiddenRows, moved);
  const shown = book ? `[${book}]${grid.name}` : grid.name;
  const reordered = moved.map((m) => problem('headings-reordered', { sheet: grid.name, row: m.row, headerRow: header.row, moved: m.moved.map((x) => ({ heading: x.text, here: columnLetters(x.col), above: columnLetters(x.was) })), records: '导出数据' }, { file, sheet: shown, cell: cellAddress(m.row, m.moved[0]!.col) }))[0];
  return { grid, file, shown, header, records, skipped, hiddenRows, ...(split ? { split } : {}), ...(reordered ? { reordered } : {}) };
}

export interface ExportOptions {
  /** A second file holding the export (--data). */
  dataFile?: string;
  maxSize?: number;
  /** Hidden sheets of the input (not in `grids`): an export hidden there is named in the message. */
  hiddenSheets?: string[];
  /** --include-hidden: the --data file's hidden sheets are read too, as the input's are. */
  includeHidden?: boolean;
  /** --period: the month, when the roster's rows give none. */
  period?: string;
}

export type ExportRead = { ok: true; read: ReadResult; info: DataInfo } | { ok: false; failure: Problem };

/** Reads the roster from the input's grids and joins the export onto its people. */
export async function readWithExport(grids: Grid[], form: FormDef, input: string, options: ExportOptions): Promise<ExportRead> {
  const data = form.data!;
  let table: ExportTable | null;
  let rosterGrids = grids;
  let unused: Problem | undefined;
  let chose: Problem | undefined;
  let roster: ReadResult | undefined;
  const second = options.dataFile && !(await sameFile(options.dataFile, input)) ? options.dataFile : null;
  if (second) {
    const loaded = await loadInput(second, { maxSize: options.maxSize, ...(options.includeHidden ? { includeHidden: true } : {}) });
    if (!loaded.ok) return { ok: false, failure: { ...loaded.failure, message: `导出数据文件(--data)${loaded.failure.message}`, file: second } };
    // The --data file is all export: two sheets alike (「2月」 and 「3月」) are not for kpi to choose between (the first
    // was read at exit 0).
    // Nor is a sheet named as the definition says (「数据」, 「赤兔数据」) beside another visible one (「2026年3月」): February's
    // 数据 was read, March's sheet never named.
    const sheets = exportSheets(loaded.input.grids, form);
    const visible = sheets.filter((x) => !x.grid.sheetHidden);
    if (visible.length > 1) {
      return { ok: false, failure: problem('data-missing', { case: 'sheets', name: shownName(second), sheets: visible.map((x) => x.grid.name) }, { file: second }) };
    }
    table = sheets.length ? exportTable(sheets[0]!, second, path.basename(second)) : null;
    if (!table) {
      const failure = (await hiddenInDataFile(form, second, loaded.input.hiddenSheets, options)) ?? withoutKeyColumn(loaded.input.grids, form, second, path.basename(second)) ?? notFound(form, second, `${shownName(second)} 中`);
      return { ok: false, failure };
    }
    // The workbook holds an export of its own (last month's paste, or this month's): the --data file wins, said.
    const own = findExport(grids, form, input, null);
    // Not the roster itself holding a column or two of the export's (「询单人数」 kept for reference): it was dropped as
    // the workbook's own export, and the file 「had no heading」.
    if (own && own.records.length && !findRosterHeader(own.grid, rosterView(form))) {
      unused = problem('data-missing', { case: 'sheet-unused', name: shownName(input), sheet: own.grid.name, dataFile: shownName(second), rows: own.records.length }, { file: input }, { severity: 'warning' });
      rosterGrids = grids.filter((g) => g !== own.grid);
    }
  } else {
    // Two visible sheets of export figures beside the roster (「2026年2月」, 「2026年3月」; a stale 赤兔数据 and this
    // month's): which is this month's is not for kpi to guess — the first was read at exit 0.
    const view = rosterView(form);
    const exports = exportSheets(grids, form).filter((x) => !x.grid.sheetHidden && !findRosterHeader(x.grid, view));
    if (exports.length > 1) {
      // (Unless exactly one says it is of the run's month: 「赤兔数据(2月)」 beside 「赤兔数据(3月)」 for a March roster was
      // refused at exit 2, though the tabs tell.)
      const others = grids.filter((g) => !exports.some((x) => x.grid === g));
      roster = readPeople(others, view, input);
      const chosen = exportOfRunMonth(form, roster, others, exports, input, options.period);
      if (!chosen.ok) return chosen;
      table = chosen.table;
      chose = chosen.said;
      rosterGrids = others;
    } else table = findExport(grids, form, input, null);
    if (!table) {
      const hidden = hiddenExport(form, input, options.hiddenSheets) ?? withoutKeyColumn(grids.filter((g) => sheetMatches(g, data)), form, input, null);
      if (hidden) return { ok: false, failure: hidden };
      return { ok: false, failure: notFound(form, input, `${shownName(input)} 中没有名为${data.sheets.map((s) => `「${s}」`).join('、')}的工作表,其他工作表中也`) };
    }
    const exportGrid = table.grid;
    if (!chose) rosterGrids = grids.filter((g) => g !== exportGrid);
    // The export's figures typed as columns of the roster itself (a CSV holds one sheet): the sheet is both, each row
    // joined to itself. It was 「没有找到表头」 for a roster with every column there.
    if (!rosterGrids.some((g) => findRosterHeader(g, view)) && findRosterHeader(exportGrid, view)) rosterGrids = grids;
  }
  const read = roster ?? readPeople(rosterGrids, rosterView(form), input);
  if (rosterGrids.includes(table.grid)) read.problems = withoutExportColumns(read.problems, table);
  const otherMonth = exportOfAnotherMonth(form, read, rosterGrids, table, second, options.period);
  if (otherMonth) return { ok: false, failure: otherMonth };
  const problems = join(read.people, table, form);
  const hidden = table.hiddenRows.length ? [problem('hidden-rows', { sheet: table.shown, rows: table.hiddenRows }, { file: table.file, sheet: table.shown, cell: cellAddress(table.hiddenRows[0]!, Math.min(...table.header.keys.values())) })] : [];
  read.problems.push(...(unused ? [unused] : []), ...(chose ? [chose] : []), ...hidden, ...(table.reordered ? [table.reordered] : []), ...problems);
  const fields = form.header.concat(form.footer ?? []);
  const keys = [...table.header.keys.keys()].map((id) => fields.find((f) => f.id === id)?.label ?? id);
  return { ok: true, read, info: { file: table.file, sheet: table.grid.name, rows: table.records.length, keys } };
}

/**
 * The export says it is of another month than the roster's one 考核月份 (its title, its file's name, its dates): its
 * figures would score this month on that one's. Not joined. Nor is an export of part of a month, whatever month the
 * roster gives: half a month's figures scored 王芳 73.50 at exit 0 for a roster whose 考核月份 was blank.
 */
function exportOfAnotherMonth(form: FormDef, read: ReadResult, rosterGrids: readonly Grid[], table: ExportTable, second: string | null, period?: string): Problem | null {
  const written = writtenMonths(form, read);
  // (Or --period when the rows give none, a roster's month in its title only: February's export was joined at exit 0.)
  const month = rosterMonth(written, rosterTitles(read, rosterGrids), period);
  const rows = table.records.map((r) => r.row);
  const fileName = second ? path.basename(second) : null;
  const found = month ? exportMonths(table.grid, table.header.row, rows, fileName) : null;
  const cycle = written.map((w) => monthCycle(w)).find((c) => c?.month === month);
  // (An export of the next cycle, 「统计周期:2026-03-26 至 2026-04-25」, touches March too: for the roster's cycle
  // 「2026-02-26至2026-03-25」 it was taken as March's at exit 0. Against a cycle, a cycle is compared by its month.)
  const at = cycle && found?.where.cell ? parseRef(found.where.cell) : null;
  const own = at ? monthCycle(table.grid.text(at[0], at[1])) : undefined;
  if (found && own && own.month !== month) found.months = [own.month];
  if (!month || !found || !otherMonthThan(found, month)) {
    // Of the month, but not all of it (统计周期 2026-03-01~2026-03-15) or more (a quarter): not a month's figures.
    const part = periodNotAMonth(table.grid, table.header.row, rows, fileName);
    return part ? problem('data-missing', { case: 'period', name: shownName(table.file), period: part.text, days: part.days, ...(part.open ? { open: true as const } : {}), ...(month ? { month } : {}), ...(part.cell ? {} : { inName: true as const }) }, { file: table.file, sheet: table.shown, ...(part.cell ? { cell: part.cell } : {}) }) : null;
  }
  const where = found.where.fileName ? ('name' as const) : found.where.dates ? ('dates' as const) : found.where.footer ? ('footer' as const) : found.where.cell ? ('title' as const) : ('sheet' as const);
  return problem('data-missing', { case: 'month', name: shownName(table.file), months: found.months, month, where, ...(cycle ? { cycle: cycle.text } : {}) }, { file: table.file, sheet: table.shown, ...(found.where.cell ? { cell: found.where.cell } : {}) });
}

/** The roster's 考核月份 cells as written, one per person. */
function writtenMonths(form: FormDef, read: ReadResult): string[] {
  const field = form.header.find((f) => f.role === 'period');
  return field ? read.people.map((p) => p.header.get(field.id) ?? '') : [];
}

type Candidate = { grid: Grid; header: ExportHeader };

/**
 * Of several export sheets beside the roster, the one saying the run's month (its tab 「赤兔数据(3月)」, title or dates,
 * as exportOfAnotherMonth reads them): the run's month from the roster's 考核月份, else --period, else its title's. None
 * known, or no sheet or several saying it: refused, as before — which one is this month's is not for kpi to guess.
 */
function exportOfRunMonth(form: FormDef, read: ReadResult, rosterGrids: readonly Grid[], sheets: readonly Candidate[], input: string, period?: string): { ok: true; table: ExportTable; said: Problem } | { ok: false; failure: Problem } {
  const written = writtenMonths(form, read);
  const titles = rosterTitles(read, rosterGrids);
  const month = rosterMonth(written, titles, period);
  const stated = [...new Set((read.stated ?? []).map((s) => s.month).filter((m): m is string => !!m))];
  const run = month ? { month, from: rosterMonth(written, titles) ? ('header' as const) : ('period' as const) } : stated.length === 1 ? { month: stated[0]!, from: 'title' as const } : null;
  const tables = sheets.map((x) => exportTable(x, input, null)).map((t) => ({ t, found: exportMonths(t.grid, t.header.row, t.records.map((r) => r.row), null) }));
  const matching = run ? tables.filter((x) => x.found && !otherMonthThan(x.found, run.month)) : [];
  if (!run || matching.length !== 1) {
    const fields = { case: 'sheets' as const, name: shownName(input), sheets: sheets.map((x) => x.grid.name), ...(run ? { month: run.month, matching: matching.map((x) => x.t.grid.name) } : { month: null }) };
    return { ok: false, failure: problem('data-missing', fields, { file: input }) };
  }
  const table = matching[0]!.t;
  const passed = tables.filter((x) => x !== matching[0]).map((x) => ({ sheet: x.t.grid.name, months: x.found?.months ?? [] }));
  return { ok: true, table, said: problem('export-sheet-chosen', { name: shownName(input), sheet: table.grid.name, month: run.month, from: run.from, passed }, { file: input, sheet: table.shown }) };
}

/** The roster sheets' names and the lines above their headings (「店铺客服月度绩效考核表 2026年3月」): a bare 「3月」's year. */
function rosterTitles(read: ReadResult, grids: readonly Grid[]): string[] {
  const headerRows = new Map<string, number>();
  for (const s of read.sources) if (s.kind === 'roster' && !headerRows.has(s.sheet)) headerRows.set(s.sheet, s.headerRow);
  const out: string[] = [];
  for (const [sheet, headerRow] of headerRows) {
    const grid = grids.find((g) => g.name === sheet);
    if (!grid) continue;
    out.push(sheet);
    for (let r = 1; r < headerRow; r++) for (let c = 1; c <= Math.min(grid.columnCount, 10); c++) out.push(grid.text(r, c));
  }
  return out.filter(Boolean);
}

/** The roster's list of columns it ignored, less those the export (the same sheet) reads: they are read. */
function withoutExportColumns(problems: Problem[], table: ExportTable): Problem[] {
  const read = new Set([...table.header.columns.keys(), ...table.header.keys.values()]);
  return problems.flatMap((p) => {
    const params = p.params as { case?: string; sheet?: string; columns?: Array<{ heading: string; cell: string }> };
    if (p.code !== 'unknown-column' || params.case !== 'ignored' || params.sheet !== table.grid.name) return [p];
    const columns = params.columns!.filter((c) => !read.has(parseRef(c.cell)?.[1] ?? 0));
    if (!columns.length) return [];
    return [problem('unknown-column', { case: 'ignored', sheet: params.sheet, columns }, { file: p.file, sheet: p.sheet })];
  });
}

/** The export is a sheet the workbook hides (named as the definition names it): said, with --include-hidden. */
function hiddenExport(form: FormDef, file: string, hiddenSheets: readonly string[] | undefined): Problem | null {
  const hidden = (hiddenSheets ?? []).find((h) => form.data!.sheets.some((n) => labelKey(n) === labelKey(h)));
  return hidden ? problem('data-missing', { case: 'hidden', name: shownName(file), sheet: hidden }, { file, sheet: hidden }) : null;
}

/** The --data file's export is on a sheet it hides (any name: the whole file is the export): said, with --include-hidden. */
async function hiddenInDataFile(form: FormDef, file: string, hiddenSheets: readonly string[], options: ExportOptions): Promise<Problem | null> {
  if (!hiddenSheets.length) return null;
  const all = await loadInput(file, { maxSize: options.maxSize, includeHidden: true });
  const found = all.ok ? findExport(all.input.grids.filter((g) => hiddenSheets.includes(g.name)), form, file, path.basename(file)) : null;
  return found ? problem('data-missing', { case: 'hidden', name: shownName(file), sheet: found.grid.name }, { file, sheet: found.grid.name }) : null;
}

/**
 * Headings naming the export's figures but no column of whom (旺旺, 子账号, 客服昵称): said as that, at the heading row —
 * not 「没有找到」 the export the user gave.
 */
function withoutKeyColumn(grids: Grid[], form: FormDef, file: string, book: string | null): Problem | null {
  for (const grid of grids) {
    const header = findHeader(grid, form, true);
    if (!header || header.keys.size > 0 || header.columns.size < 2) continue;
    const fields = form.header.concat(form.footer ?? []);
    // 工号 and 姓名, each with a couple of its other names (客服工号, 客服姓名).
    const names = [...keyNames(form.data!, fields).values()].flatMap((n) => [...new Set(n)].slice(0, 3));
    const headings = Array.from({ length: grid.columnCount }, (_, k) => grid.text(header.row, k + 1)).filter(Boolean);
    return problem('data-missing', { case: 'key-column', row: header.row, found: [...header.columns.values()].map((c) => c.label), keys: names, headings }, { file, sheet: book ? `[${book}]${grid.name}` : grid.name, cell: `A${header.row}` });
  }
  return null;
}

function notFound(form: FormDef, file: string, where: string): Problem {
  const data = form.data!;
  const fields = form.header.concat(form.footer ?? []);
  const keys = data.keys.map((k) => fields.find((f) => f.id === k.field)?.label ?? k.field).join('或');
  return problem('data-missing', { case: 'not-found', where, data: data.label, keys, columns: data.columns.map((c) => c.label), sheet: data.sheets[0]! }, { file });
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([files.realpath(a).catch(() => path.resolve(a)), files.realpath(b).catch(() => path.resolve(b))]);
  return x === y;
}

/** Fills each person's exported entries from its row; returns the problems that belong to no person. */
function join(people: PersonEntries[], table: ExportTable, form: FormDef): Problem[] {
  const data = form.data!;
  const { grid, header, records, shown, file } = table;
  const fields = form.header.concat(form.footer ?? []);
  const labelOf = (id: string) => fields.find((f) => f.id === id)?.label ?? id;
  const at = (row?: number, col?: number): Location => ({ file, sheet: shown, ...(row && col ? { cell: cellAddress(row, col) } : {}) });
  const out: Problem[] = [];
  const taken = exportedKeys(form);

  // A data column the export lacks: said once at its heading row; no person can be scored on it.
  const missing = data.columns.filter((c) => ![...header.columns.values()].includes(c));
  for (const c of missing) {
    const input = inputOf(form, c);
    const line = input && unitsOf(input.unit).includes('元') ? (unitLineAbove(grid, header.row, undefined, moneyWords(form)) ?? unitLineBelow(grid, header.row, undefined, moneyWords(form))) : undefined;
    // 「销售额(万元)」 was said as no 销售额 column (「也可写作…「销售额(元)」」): renamed so, 12 万元 was read as 12 元 at exit 0
    // (张三 67.00 for 87.00). Said as the unit it is.
    const noted = header.foreign.find((f) => f.c === c);
    if (line) out.push(problem('data-missing', { case: 'column', row: header.row, column: c.label, aliases: c.aliases ?? [], unit: line.unit }, { file, sheet: shown, cell: line.cell }));
    else if (noted && input) out.push(problem('data-missing', { case: 'column', row: header.row, column: c.label, aliases: c.aliases ?? [], noted: { heading: grid.text(header.row, noted.col).trim(), said: noted.said, own: unitsOf(input.unit)[0] ?? '', below: noted.below } }, at(header.row, noted.col)));
    else out.push(problem('data-missing', { case: 'column', row: header.row, column: c.label, aliases: c.aliases ?? [] }, { file, sheet: shown }));
  }
  const missingKeys = new Set(missing.map((c) => entryKey(c.item, c.input)));
  // Two columns of one figure (咨询人数 and 询单人数 for 询盘数): the one the definition names first is read, the other said.
  for (const { col, readCol, c, hidden } of header.ignored) {
    const heading = (column: number) => grid.text(header.row, column);
    out.push(problem('duplicate-column', { heading: heading(col), read: heading(readCol), readAt: cellAddress(header.row, readCol), figure: c.label, ...(hidden ? { hidden: 'this' as const } : {}) }, at(header.row, col), { severity: 'warning' }));
  }

  // Rows by key value, per key field.
  const byKey = new Map<string, Map<string, ExportRecord[]>>();
  for (const field of header.keys.keys()) byKey.set(field, new Map());
  for (const r of records) {
    for (const [field, value] of r.keys) {
      const index = byKey.get(field)!;
      appendTo(index, value, r);
    }
  }
  // The first key the export has is its identity (工号): a value there twice is an error whoever it belongs to.
  const primary = data.keys.map((k) => k.field).find((f) => header.keys.has(f));
  const duplicates = new Map<string, Problem>();
  if (primary) {
    const col = header.keys.get(primary)!;
    for (const [value, rows] of byKey.get(primary)!) {
      if (rows.length < 2) continue;
      const second = rows[1]!;
      const shownValue = cleanText(rawText(grid.value(second.row, col)));
      duplicates.set(value, problem('data-duplicate', { key: labelOf(primary), value: shownValue, count: rows.length, rows: rows.map((r) => r.row) }, at(second.row, col)));
    }
  }

  // How many people of the roster share each value of a later key (姓名): a row matched on it must be one person's.
  const listed = new Map<string, number>();
  for (const person of people) {
    for (const f of data.keys.slice(1).map((k) => k.field)) {
      const v = cleanText(person.header.get(f) ?? '');
      if (v) listed.set(`${f}\u0000${joinKey(v)}`, (listed.get(`${f}\u0000${joinKey(v)}`) ?? 0) + 1);
    }
  }
  /** An export row with the earlier key left blank (工号) is the person of its 姓名, as a roster row without 工号 is. */
  const byLaterKey = (person: PersonEntries, field: string): ExportRecord[] => {
    for (const f of data.keys.map((k) => k.field).filter((f) => f !== field && header.keys.has(f))) {
      const v = cleanText(person.header.get(f) ?? '');
      if (!v || listed.get(`${f}\u0000${joinKey(v)}`) !== 1) continue;
      const hits = (byKey.get(f)!.get(joinKey(v)) ?? []).filter((r) => !r.keys.has(field));
      if (hits.length) return hits;
    }
    return [];
  };

  /** A row of the person's name without `field` (工号), when others on the roster have that name too: said, not taken. */
  const namesakeRow = (person: PersonEntries, field: string): { row: number; name: string; count: number } | undefined => {
    for (const f of data.keys.map((k) => k.field).filter((f) => f !== field && header.keys.has(f))) {
      const v = cleanText(person.header.get(f) ?? '');
      const count = v ? (listed.get(`${f}\u0000${joinKey(v)}`) ?? 0) : 0;
      const hit = count > 1 ? (byKey.get(f)!.get(joinKey(v)) ?? []).find((r) => !r.keys.has(field)) : undefined;
      if (hit) return { row: hit.row, name: v, count };
    }
    return undefined;
  };

  /** The first keys (工号) of the roster's people whose `field` (姓名) is `value`: named when they cannot be told apart. */
  const idsOfNamesakes = (field: string, value: string): string[] =>
    people.filter((p) => joinKey(p.header.get(field) ?? '') === joinKey(value)).map((p) => cleanText(p.header.get(data.keys[0]!.field) ?? '')).filter(Boolean);

  const used = new Set<ExportRecord>();
  const usedDuplicates = new Set<string>();
  for (const person of people) {
    const name = nameOf(person, form);
    const problems: Problem[] = [];
    const say = (p: Problem) => {
      if (name) p.person = name;
      problems.push(p);
    };
    // 工号 when both sides have it, else 姓名 (in the definition's order).
    const field = data.keys.map((k) => k.field).find((f) => header.keys.has(f) && cleanText(person.header.get(f) ?? '') !== '');
    const withheld = new Set<string>(missingKeys);
    const byField = field ? byKey.get(field)!.get(joinKey(person.header.get(field)!)) ?? [] : [];
    // Rows of this person's name with the 工号 left blank: the person's too — beside the 工号's own row, a second row.
    const nameOnly = field ? byLaterKey(person, field) : [];
    const rows = [...byField, ...nameOnly].sort((a, b) => a.row - b.row);
    const who = field ? `${name || ''}(${labelOf(field)} ${cleanText(person.header.get(field)!)})` : name;
    // Joined on a later key (姓名, the export having no 工号) that others on the roster share: whose row it is, is not
    // for kpi to guess (both 陈静 took the one row at exit 0).
    const shared = field && field !== data.keys[0]!.field ? (listed.get(`${field}\u0000${joinKey(person.header.get(field)!)}`) ?? 0) : 0;
    if (shared > 1 && rows.length > 0) {
      const col = header.keys.get(field!)!;
      const ids = idsOfNamesakes(field!, person.header.get(field!)!);
      say(problem('data-missing', { case: 'namesakes', name: cleanText(person.header.get(field!)!), count: shared, ids, key: labelOf(data.keys[0]!.field) }, at(rows[0]!.row, col)));
      rows.forEach((r) => used.add(r));
      for (const k of taken) withheld.add(k);
    } else if (!field) {
      const names = data.keys.map((k) => labelOf(k.field)).filter((_, i) => header.keys.has(data.keys[i]!.field)).join('或');
      say(problem('data-missing', { case: 'no-key', name, keys: names, data: data.label }, person.at));
    } else if (rows.length === 0) {
      // Located at the heading of the key column looked in: where the missing row would be added.
      const col = header.keys.get(field)!;
      const namesake = namesakeRow(person, field);
      say(problem('data-missing', { case: 'no-row', heading: grid.text(header.row, col), who, columns: data.columns.map((c) => c.label), ...(namesake ? { namesake } : {}) }, at(header.row, col)));
    } else if (rows.length > 1) {
      const dup = field === primary && !nameOnly.length ? duplicates.get(joinKey(person.header.get(field)!)) : undefined;
      const nameField = fields.find((f) => f.role === 'name');
      if (nameOnly.length && nameField && header.keys.has(nameField.id)) {
        // Rows without the 工号 (beside its own row, or two of them): named by the name they share, at one without.
        const col = header.keys.get(nameField.id)!;
        say(problem('data-duplicate', { key: labelOf(nameField.id), value: name, count: rows.length, rows: rows.map((r) => r.row), who }, at(nameOnly[0]!.row, col)));
      } else if (dup) {
        say(amend(dup, { listed: who }));
        usedDuplicates.add(joinKey(person.header.get(field)!));
      } else {
        const col = header.keys.get(field)!;
        const second = rows[1]!;
        say(problem('data-duplicate', { key: labelOf(field), value: cleanText(person.header.get(field)!), count: rows.length, rows: rows.map((r) => r.row), who }, at(second.row, col)));
      }
      rows.forEach((r) => used.add(r));
    }
    if (rows.length !== 1) {
      for (const k of taken) withheld.add(k);
    } else {
      const record = rows[0]!;
      used.add(record);
      const split = table.split?.(record.row) ?? thousandsSplit(grid, record.row, header.columns.keys(), lastHeadedColumn(grid, header.row), header.row);
      if (split) {
        say(problem('row-shifted', split.fields, { file, sheet: shown, cell: split.cell }));
        // Its figures moved a column: none is scored (明细 showed 132 元 ÷ 120,000 元 for a 132,000 split).
        for (const k of taken) withheld.add(k);
      }
      for (const [col, c] of header.columns) {
        person.entries.set(entryKey(c.item, c.input), { raw: grid.value(record.row, col), at: at(record.row, col) });
      }
      // Joined on 工号 with a 姓名 on both sides that differ: the figures may be someone else's. 「旗舰店:王满」 is 王满,
      // as it is when the export is joined on names.
      const nameField = fields.find((f) => f.role === 'name');
      const exportNameCol = nameField && field !== nameField.id ? header.keys.get(nameField.id) : undefined;
      if (exportNameCol && name) {
        const theirs = cleanText(rawText(grid.value(record.row, exportNameCol)));
        if (theirs && nameKey(theirs) !== nameKey(name) && nameKey(subAccountName(theirs)) !== nameKey(name)) {
          // Two 工号 swapped in the export (this row names another person of the roster, whose own row names this one):
          // the figures are that person's — scored as this one's, with a warning, at exit 0. An error. A name nobody on
          // the roster has (a nickname), or namesakes the roster tells apart (张伟, 张伟B) and the export does not, stay a
          // warning: the 工号 says whose row it is.
          const named = (n: string) => [n, subAccountName(n)].map(nameKey);
          const other = people.some((o) => {
            if (o === person || !named(nameOf(o, form)).some((k) => named(theirs).includes(k))) return false;
            const own = cleanText(o.header.get(field!) ?? '');
            const row = own ? byKey.get(field!)!.get(joinKey(own))?.[0] : undefined;
            const says = row ? cleanText(rawText(grid.value(row.row, exportNameCol))) : '';
            return says !== '' && named(says).some((k) => named(name).includes(k));
          });
          say(problem('data-unmatched', { case: 'name-differs', key: labelOf(field!), value: cleanText(person.header.get(field!)!), listed: name, exported: theirs, ...(other ? { other: true as const } : {}) }, at(record.row, exportNameCol), other ? { severity: 'error' } : {}));
          if (other) for (const k of taken) withheld.add(k);
        }
      }
    }
    if (problems.length) person.problems = [...(person.problems ?? []), ...problems];
    if (withheld.size) person.withheld = withheld;
  }
  for (const [value, p] of duplicates) if (!usedDuplicates.has(value)) out.push(p);
  // Rows without the 工号 whose name several people of the roster have are no stranger's: said as such (it was
  // 「在名单中没有对应的人」 beside the errors of the namesakes).
  const laterKeys = data.keys.slice(1).map((k) => k.field).filter((f) => header.keys.has(f));
  const ofNamesakes = (r: ExportRecord) =>
    !!primary && !r.keys.has(primary) && laterKeys.some((f) => r.keys.has(f) && (listed.get(`${f}\u0000${r.keys.get(f)}`) ?? 0) > 1);
  const left = records.filter((r) => !used.has(r));
  const describeRows = (list: ExportRecord[]) => list.slice(0, 10).map((r) => ({ row: r.row, keys: [...r.keys.keys()].map((f) => cleanText(rawText(grid.value(r.row, header.keys.get(f)!)))).join(' ') }));
  const namesakes = left.filter(ofNamesakes);
  if (namesakes.length) out.push(problem('data-unmatched', { case: 'rows', rows: describeRows(namesakes), count: namesakes.length, namesakes: true, key: labelOf(primary!) }, at()));
  const unmatched = left.filter((r) => !ofNamesakes(r));
  if (unmatched.length && data.unmatched !== 'ignore') {
    out.push(problem('data-unmatched', { case: 'rows', rows: describeRows(unmatched), count: unmatched.length }, at()));
  }
  // Named with its sheet in the message (「[导出.xlsx]客服绩效」), so the place is the file alone.
  if (table.skipped.length) out.push({ ...skippedRowsProblem(table.shown, table.skipped, table.file), sheet: undefined, cell: undefined });
  return out;
}

function nameOf(person: PersonEntries, form: FormDef): string {
  const f = form.header.find((x) => x.role === 'name');
  return f ? cleanText(person.header.get(f.id) ?? '') : '';
}

/** What may stand before 单位 on a line giving an export's amounts' unit: 金额, 货币, and its columns of 元 (「销售额单位:万元」). */
function moneyWords(form: FormDef): string {
  const names = (form.data?.columns ?? []).filter((c) => unitsOf(inputOf(form, c)?.unit).includes('元')).flatMap((c) => [c.label, ...(c.aliases ?? [])]);
  return ['金额', '货币', ...names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))].join('|');
}

/** A group heading of an earlier period over figures: 上月, 上期, 去年同期 … */
const PAST_GROUP = /^\s*(上月|上个月|前月|上期|上周|去年|去年同期|上年)/;

/** The text over a column on the row above its heading (typed in its first column, or merged across); '' for none. */
function groupAbove(grid: Grid, row: number, col: number): string {
  if (row <= 1) return '';
  let from = col;
  // (A merged group shows its text in every cell of it; one typed in its first column only is looked for leftwards.)
  while (from > 1 && col - from < 10 && !grid.text(row - 1, from)) from--;
  const text = grid.text(row - 1, from);
  return text && text !== grid.text(row, col) ? text.normalize('NFKC') : '';
}
