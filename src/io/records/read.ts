// A record log in any sheet: the heading row found by the columns' names (retyped, numbered, with notes in
// brackets, under a merged group heading, in any order, with extra columns), then every row below it streamed
// into the engine one at a time. Blank rows, 合计/平均 lines and a repeated heading row are skipped.
import { decimalsOf } from '../../model/round.js';
import type { ColumnDef, RecordFormDef } from '../../model/records.js';
import type { RawValue } from '../../model/entries.js';
import { type Problem } from '../../model/problem.js';
import { problem } from '../../model/problems/index.js';
import type { RecordRow } from '../../engine/groups/result.js';
import { columnInput, parseField } from '../../engine/groups/fields.js';
import { cellAddress, columnLetters, rawText, type Grid } from '../grid.js';
import { matchKey } from '../../engine/text.js';
import { parseRef } from '../fast/xml.js';
import { labelKey, labelVariants, PAST_NOTE, scaleNoted, THIS_MONTH_NOTE, withoutNumbering, withoutTrailingNote } from '../normalize.js';
import { dice, shortText } from '../missingColumns.js';
import { splitCellCheck, thousandsSplit } from '../splitCells.js';
import { shownName } from '../shownName.js';
import { columnNumbersRow, EXAMPLE_ROW, PAGE_LINE, RATE_LINE, rateFigures, reorderedHeadings, TOTAL, type MovedHeading } from '../rowKinds.js';
import { monthNotAfter, monthNumberOf, monthsOfTitle, nextMonth, parseMonth, previousMonth } from '../../engine/period.js';
import { readLogDate, type LogDate } from './logDate.js';
import { byLegend, legendAbove, legendBelow, legendBeside, legendOf } from '../answerLegend.js';
import { scaleLine } from '../scaleOver.js';

/** Rows searched for the heading: a title, a note and a two-row heading fit well within this. */
const HEADING_SEARCH_ROWS = 30;
/** A note or signature line under the records: its first words say so (制表人:张三, 注:…). */
// (And a signature line's labels with their colon — 「填表人:王五 | 日期:2026-04-02」, 「记录人:王五」 — was a record of four errors.)
const NOTE_WORDS = /^(制表|制表人|审核|审核人|备注|注[::]|说明|(导出|打印|生成|查询)(人|时间|日期)[::]|数据来源[::]|(填表|填报|记录|统计|经办|复核|审批|批准|负责|签字|签名|考核|考评|评分|检查)(人|日期|时间)?[::]|日期[::])/;

/**
 * Labels of a line under the log that is no record (「上月 | 7 | 7 | 7 | 7 | 上月各项平均,供对比」 under §3's four customers
 * was a fifth: 88.00 乙 for 92.50 甲 at exit 0). Only below the records (recordRows): a store may be named 结果.
 */
const FOOTER_WORD = /^(上月|本月|当月|上期|本期|月度|小结|总结|满意度|结果|指数|分析|总体评价|(上月|本月)情况|(20\d{2}年)?(0?[1-9]|1[0-2]|十[一二]?|[一二三四五六七八九])月份?|(各项|每项|本月|当月|上月|本期|上期)?(最好|最差|最佳|最优|峰值|谷值|及格线|合格线|达标线)(分|值)?)[::]?$/;
/**
 * MAX / Min under the log (「平均 | MAX | MIN」 under §3's customers 10 10 10 6 were two more, 86.67 乙 for 90.00 甲), only beside
 * another line of statistics: a last customer may be called Max.
 */
const LATIN_FOOTER = /^(max|min)[::.]?$/i;
/**
 * The team's overall verdict under the log (「综合评价 | 优秀 | 优秀 | …」 under §21's three customers 100 100 60 was a fourth,
 * (100+100+60+100)/4 = 90.00 优秀 for (100+100+60)/3 = 86.67 良好 at exit 0): answers, not figures, after it. Only the whole
 * cell, and only below the records (a customer may be named 总评公司).
 */
// (Also after a month or a department, with 结果 after it, in brackets or with a note: 本月总评, 月度综合评价, 客服部综合评价,
// 综合评价结果, 综合评级, 综合等级, 【综合评价】, 综合评价(主管), 评价汇总, 满意度汇总, 总体 under §21's three customers were a
// fourth, 90.00 优秀 for 260/3 = 86.67 良好 at exit 0. A customer named 综合部, 综合服务中心 or 总体育馆 names no verdict.)
const OVERALL_PREFIX = '(?:本月|当月|本期|全月|月度|(?:本|第?[一二三四1-4])?季度|本?年度|(?:20\\d{2}年)?(?:0?[1-9]|1[0-2]|十[一二]?|[一二三四五六七八九])月份?|[\\u4e00-\\u9fff]{1,8}?(?:部门?|中心|组|科|室|团队))?';
const OVERALL_FOOTER = new RegExp(
  `^(?:${OVERALL_PREFIX}(?:(?:综合|总体|整体|多数)(?:评价|评定|意见|评级|等级)|总评|总体|(?:评价|满意度|评分|意见)?汇总)(?:结果)?|(?:本月|当月|本期|全月|月度)综合)[::]?$`,
);
/** Brackets around a label (【综合评价】, 「总评」): not part of its words. */
const LABEL_BRACKETS = /[【】\[\]〔〕「」『』《》]/g;

/** A record's label that is the team's overall verdict (综合评价, 本月总评, 【综合评价】, 综合评价(主管)), spaces taken out. */
function overallVerdict(text: string): boolean {
  const t = withoutTrailingNote(text.normalize('NFKC').replace(/\s+/g, '').replace(LABEL_BRACKETS, ''));
  return OVERALL_FOOTER.test(t);
}
/**
 * A statistic of a range of cells (=MAX(C3:C6), =AVERAGE(D3:D6), =SUBTOTAL(1,C3:C6)): over its own column above it, it is a
 * footer's — a customer's cell is typed, never that.
 */
const COLUMN_STATISTIC = /^(?:_xlfn\.)?(?:(?:AVERAGEA?|MAXA?|MINA?|COUNTA?|SUM|MEDIAN|MODE(?:\.SNGL)?|STDEVP?|STDEV\.[SP])\(|SUBTOTAL\(\d+,)\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)\)$/i;

/** A count table of the team's beside the log, past a blank column or blank rows: its first cell and its headings. */
export interface SummaryBlock { row: number; col: number; headings: string[] }

export interface RecordSheet {
  grid: Grid;
  headerRow: number;
  /** Column id → 1-based column of the sheet. */
  columns: Map<string, number>;
  /** Last column of the heading (results go to its right). */
  lastColumn: number;
  /** Required columns the heading lacks (the sheet is then not read). */
  missing: ColumnDef[];
  /** Headings of the heading row that name no column of the form. */
  unknown: Array<{ col: number; text: string }>;
  /**
   * Second headings of a column read from another (hidden, or named less well: 「服务(上月)」 beside 服务): not read.
   * `same`: named as well as the one read and visible too, so which one the team meant the heading cannot tell.
   */
  duplicates?: Array<{ col: number; of: string; same: boolean }>;
  /** A derived figure's own column typed by the team (§22 加权分, §21 得分), by derived id: compared with kpi's. */
  typed?: Map<string, number>;
  /** Headings naming a missing column on another scale (「产品质量(5分制)」 for 1–10 answers): not read, said so. */
  otherScales?: Array<{ col: number; text: string; of: ColumnDef; /** A line above saying the scale, when the heading does not. */ line?: string }>;
  /** A column the sheet lacks, given for every record (the month of a log without 考核月份: its sheet's name, title or --period). */
  supplied?: Map<string, string>;
  /**
   * The log's year as its sheet's name, title or --period give it (and the month they name, if one): a month cell
   * 「3月」 without a year is of it — refused on every row, the file named its year three ways.
   */
  year?: { year: number; month?: number };
  /**
   * A log without its month column dated by a column of the team's (提交时间, 日期): that column, and the month its rows
   * are counted in (the sheet's name, title or --period, or the one month the dates give; `from` says which). Without
   * `month` the dates span months: each row is of its own date's month.
   */
  dates?: { id: string; col: number; month?: string; from?: 'sheet' | 'sheet-title' | 'title' | 'period' | 'dates' };
  /**
   * A log of several months on one sheet, each block under its own title (「2026年3月客户满意度记录」 over March's rows
   * pasted under February's): where each block starts (its title's row; the title above the headings starts the first)
   * and its month. Set only when some title between the rows names a month.
   */
  blocks?: MonthBlock[];
  /** Headings read as a required column they shorten (「服务」, 「态度」 for 服务态度): said at each. */
  shortened?: Array<{ col: number; text: string; of: ColumnDef }>;
  /** A count table of the team's right of the heading, past a blank column: not read (its 被服务部门 a second column). */
  beside?: SummaryBlock;
  /**
   * The paper's tick layout: a column's heading merged over one sub-column per level (产品质量 over 优秀 | 良好 | 一般), a √
   * under the one chosen. `row`: the levels' row under the heading; by column id, each level's column.
   */
  ticks?: { row: number; columns: Map<string, Array<{ col: number; level: string }>> };
}

/** A block of a log's rows under a title naming its month: the title's row, cell and text, and the records under it. */
export interface MonthBlock { row: number; month: string; cell: string; text: string; rows: Set<number> }

/** The block `row` is in (the last title above it naming a month), if the log has blocks. */
export function blockOf(sheet: RecordSheet, row: number, blocks = sheet.blocks): MonthBlock | undefined {
  let found: MonthBlock | undefined;
  for (const b of blocks ?? []) if (b.row < row) found = b;
  return found;
}

/** Every name a column may be written as, keyed: its label, aliases, 「组·列」 and 「组列」. */
function columnKeys(def: RecordFormDef): Map<string, ColumnDef[]> {
  const keys = new Map<string, ColumnDef[]>();
  const add = (name: string, c: ColumnDef) => {
    const k = labelKey(name);
    if (!k) return;
    const list = keys.get(k) ?? [];
    if (!list.includes(c)) list.push(c);
    keys.set(k, list);
  };
  for (const c of def.records.columns) {
    for (const n of [c.label, ...(c.aliases ?? [])]) {
      add(n, c);
      // 「进仓数量(件)·柜身」 and 「进仓数量·柜身」: the group with or without its note in brackets.
      if (c.group) for (const g of new Set([c.group, withoutTrailingNote(c.group)])) add(`${g}${n}`, c);
    }
    add(c.id, c);
  }
  return keys;
}

/**
 * How well a heading names its column: 3 its label as it is, 2 an alias or the label with a group, 1 a variant (the
 * heading without a note: 「服务(上月)」 for 服务). Of two headings naming one column, the better is read.
 */
function headingRank(c: ColumnDef, text: string): number {
  const k = labelKey(text);
  if (k === labelKey(c.label)) return 3;
  if ([...(c.aliases ?? []), c.id].some((a) => labelKey(a) === k) || (c.group && k.endsWith(labelKey(c.label)))) return 2;
  // Of 「服务(上月)」 and 「服务(本月)」, this month's, as an export's (readExport): last month's was read, the first of two.
  const note = text.normalize('NFKC');
  return PAST_NOTE.test(note) ? 0.5 : THIS_MONTH_NOTE.test(note) ? 1.5 : 1;
}

function lookup(keys: Map<string, ColumnDef[]>, text: string): ColumnDef | undefined {
  if (!text) return undefined;
  for (const v of labelVariants(text)) {
    const hit = keys.get(labelKey(v));
    // 「产品质量(5分制)」 over §3's 1–10 answers: 5 (the best) read as 5 of 10 made a month of satisfied customers 丁 at
    // exit 0. Answers on another scale are not this column (said as a column missing, with the heading like it).
    if (hit?.length === 1) return otherScale(text, hit[0]!) ? undefined : hit[0];
  }
  for (const v of retyped(text)) {
    const hit = keys.get(labelKey(v.text));
    // (A word of marks dropped names a column of marks, a word of names one of words: 「部门得分」 is no 部门.)
    if (hit?.length === 1 && (!v.kind || (v.kind === 'marks') === (hit[0]!.type !== 'text'))) return otherScale(text, hit[0]!) ? undefined : hit[0];
  }
  return undefined;
}

/**
 * A log's heading as teams and systems retype it, read after its own names: 「车间名称」, 「评价人姓名」 (the column's
 * name with 名称/姓名 after it), 「所属门店」, 「验收单是否已上交」, 「处理完毕」 (是否 left off), 「服务态度评分」,
 * 「评价人员」, 「评价等级」, 「评价月份」 — each refused the whole log (「缺少必填列」, exit 2).
 */
function retyped(text: string): Array<{ text: string; kind?: 'marks' | 'words' }> {
  // A questionnaire's numbering first (问卷星's 「2、产品质量满意度」, 「第2题 产品质量」): the numbered 满意度 heading was no
  // column — the export refused at exit 2 (「没有找到…的表头」) where 「2、产品质量」 and 「产品质量满意度」 were each read.
  const typed = withoutTrailingNote(text.normalize('NFKC')).replace(/\s+/g, '');
  const t = withoutTrailingNote(withoutNumbering(text.normalize('NFKC')).replace(/^第\d+题[、.:]?/, '')).replace(/\s+/g, '') || typed;
  const out: Array<{ text: string; kind?: 'marks' | 'words' }> = [];
  if (t !== typed && [...t].length >= 2) out.push({ text: t });
  const strip = (re: RegExp, kind?: 'marks' | 'words') => {
    const v = t.replace(re, '');
    if (v && v !== t && [...v].length >= 2) out.push({ text: v, ...(kind ? { kind } : {}) });
  };
  strip(/(名称|姓名|情况)$/, 'words');
  strip(/(评分|得分|等级)$/, 'marks');
  // 「产品质量满意度」 over §3's 1–10 answers, as the seed names its questions, refused the month at exit 2 (「没有找到…的表头」)
  // where 「产品质量评分」 was read: 8.10 乙. Only a column of marks (「客户满意度」 is no 客户), and only when no column is
  // named so itself (its own name is looked up first).
  strip(/满意度$/, 'marks');
  strip(/^所属/);
  strip(/已(?=上交|签字|安排|下单|处理)/);
  if (/员$/.test(t)) out.push({ text: t.slice(0, -1) });
  if (!t.startsWith('是否') && /(完毕|上交|成功|准时|签字|齐全|下单|安排)$/.test(t)) out.push({ text: `是否${t}` });
  if (/^(评价|评分|考评|考核|评定)等级$/.test(t)) out.push({ text: '等级' });
  if (/^(评价|调查|回访|统计)月份$/.test(t)) out.push({ text: '考核月份' });
  return out;
}

/** The column a heading names on another scale than the column's own (lookup passes it by). */
function scaledLookup(keys: Map<string, ColumnDef[]>, text: string): ColumnDef | undefined {
  for (const v of labelVariants(text)) {
    const hit = keys.get(labelKey(v));
    if (hit?.length === 1) return otherScale(text, hit[0]!) ? hit[0] : undefined;
  }
  return undefined;
}

/**
 * The points a column's answers go up to: a rating in 分 (1–10), or a choice of points alone (5分 … 1分). (A bound
 * of a score — §23's 部门月度得分 up to 1000 — is no scale: 「(满分100分)」 over it was refused, the score dropped.)
 */
function ownScale(c: ColumnDef): number | undefined {
  if ((c.type === 'integer' || c.type === 'number') && c.max !== undefined && c.max <= 10 && c.unit === '分') return c.max;
  if (c.type === 'choice' && c.choices?.length && c.choices.every((x) => /^\d+分$/.test(x.label))) return Math.max(...c.choices.map((x) => x.points ?? 0));
  return undefined;
}

/**
 * The heading notes a scale (「(5分制)」, 「(满分5分)」, 「(1-5分)」, 「(五分制)」) other than the column's own, or the
 * scale the other way up (「(1分最好)」, 「(1=非常满意 5=非常不满意)」 over answers where the most points are the best:
 * three satisfied customers' 1s read as 1 of 10, 丁).
 */
export function otherScale(text: string, c: ColumnDef): boolean {
  const own = ownScale(c);
  if (own === undefined) return false;
  const noted = scaleNoted(text);
  if (noted !== undefined && noted !== own) return true;
  const ends = scaleEnds(text);
  return (ends.best !== undefined && ends.best !== own) || ends.worst === own;
}

const BEST = /^(最好|最高|最满意|非常满意|很满意|十分满意)/;
const WORST = /^(最差|最低|最不满意|非常不满意|很不满意|极不满意)/;

/** Which number the heading's note calls the best and which the worst (「1分最好」, 「1=非常满意 5=非常不满意」). */
function scaleEnds(text: string): { best?: number; worst?: number } {
  const t = text.normalize('NFKC');
  const note = t.slice(withoutTrailingNote(t).length);
  const out: { best?: number; worst?: number } = {};
  for (const m of note.matchAll(/(\d{1,3})\s*分?\s*[=:为是]?\s*/g)) {
    const after = note.slice(m.index! + m[0].length);
    if (BEST.test(after)) out.best ??= Number(m[1]);
    else if (WORST.test(after)) out.worst ??= Number(m[1]);
  }
  return out;
}

/** The best heading row of a sheet for this form, or null when fewer than a third of the required columns are there. */
export function findRecordSheet(grid: Grid, def: RecordFormDef): RecordSheet | null {
  const keys = columnKeys(def);
  const required = def.records.columns.filter((c) => !c.optional);
  let best: RecordSheet | null = null;
  let bestCount = 0;
  const last = Math.min(grid.rowCount, HEADING_SEARCH_ROWS);
  for (let r = 1; r <= last; r = grid.nextRow(r)) {
    const columns = new Map<string, number>();
    // Of two headings naming one column, the visible one, then the one named best (服务 before 服务(上月)), then the first.
    const ranks = new Map<string, number>();
    const duplicates: NonNullable<RecordSheet['duplicates']> = [];
    const unknown: RecordSheet['unknown'] = [];
    const scaled: NonNullable<RecordSheet['otherScales']> = [];
    let lastColumn = 0;
    const beside = summaryBeside(grid, r, def);
    for (let col = 1; col < (beside?.col ?? grid.columnCount + 1); col++) {
      const own = grid.text(r, col);
      const above = r > 1 ? grid.text(r - 1, col) : '';
      // The cell itself; under a merged group heading 「进仓数量(件)」 the pair; a cell merged down from above.
      const hit = lookup(keys, own) ?? (above && own ? lookup(keys, `${above}${own}`) : undefined) ?? (!own && above ? lookup(keys, above) : undefined);
      if (own || hit) lastColumn = col;
      if (hit) {
        const rank = (grid.columnHidden?.(col) ? 0 : 10) + headingRank(hit, own || above);
        const had = ranks.get(hit.id) ?? -1;
        if (rank > had) {
          const before = columns.get(hit.id);
          columns.set(hit.id, col);
          ranks.set(hit.id, rank);
          if (before !== undefined) duplicates.push({ col: before, of: hit.id, same: false });
        } else duplicates.push({ col, of: hit.id, same: rank === had });
      } else {
        const of = own ? scaledLookup(keys, own) : undefined;
        if (of) scaled.push({ col, text: own, of });
        else if (own && unknown.length < 50) unknown.push({ col, text: own });
      }
    }
    // A heading on another scale still names its column: the sheet is the log, said to hold answers on that scale.
    const otherScales = scaled.filter((x, i) => !columns.has(x.of.id) && scaled.findIndex((y) => y.of === x.of) === i);
    if (columns.size + otherScales.length > bestCount) {
      bestCount = columns.size + otherScales.length;
      best = { grid, headerRow: r, columns, lastColumn, missing: required.filter((c) => !columns.has(c.id)), unknown, ...(duplicates.length ? { duplicates } : {}), ...(otherScales.length ? { otherScales } : {}), ...(beside ? { beside } : {}) };
    }
  }
  if (!best) return null;
  // A line above naming the answers' scale (「说明:各项按5分制评分」, 「(5分制)」 in the title): 4.5 of 5 read as 4.5 of 10
  // was 丁 at exit 0, as 「产品质量(5分制)」 in the heading is refused.
  const line = scaleLine(grid, best.headerRow);
  for (const c of line ? def.records.columns : []) {
    const col = best.columns.get(c.id);
    const own = ownScale(c);
    if (col === undefined || own === undefined || own === line!.n) continue;
    best.columns.delete(c.id);
    (best.otherScales ??= []).push({ col, text: grid.text(best.headerRow, col), of: c, line: `${line!.cell}「${line!.said}」` });
    if (!c.optional) best.missing.push(c);
  }
  shortenedHeadings(best, def);
  const ticks = levelColumns(grid, best, def);
  if (ticks) {
    // Its sub-columns are the column's levels, not copies of it: 「列「产品质量」与前面的同名列重复」 ten times, read by the
    // first (优秀) alone.
    const under = new Set([...ticks.columns.values()].flat().map((t) => t.col));
    best.ticks = ticks;
    best.duplicates = best.duplicates?.filter((d) => !under.has(d.col));
    best.unknown = best.unknown.filter((u) => !under.has(u.col));
  }
  const found = required.length - best.missing.filter((c) => !best!.otherScales?.some((x) => x.of === c)).length;
  if (found * 3 < required.length || found === 0) return null;
  // The columns where the team types what kpi computes (a derived figure's `column`, when no column of the log has it).
  for (const d of def.derived ?? []) {
    if (!d.column || def.records.columns.some((c) => c.label === d.column)) continue;
    const at = best.unknown.find((u) => labelKey(u.text) === labelKey(d.column!) || labelKey(withoutTrailingNote(u.text)) === labelKey(d.column!));
    if (at) (best.typed ??= new Map()).set(d.id, at.col);
  }
  return best;
}

/** A heading's or a label's stem: without a note, 满意度, 评分 … after it, and a trailing 性 (价格合理性 → 价格合理). */
function headingStem(text: string): string {
  return labelKey(withoutTrailingNote(text.normalize('NFKC')))
    .replace(/(满意度|满意|评分|得分|评价|等级)$/, '')
    .replace(/性$/, '');
}

/**
 * The stem is the label's start (服务 of 服务态度, 价格合理 of 价格合理性) — or, with end, its end (态度 of 服务态度, 质量 of
 * 产品质量). Two characters at least. (A label a character off — 服务速度 for 服务态度, 交付准时性 for §3's 交付准确性 — is a
 * different question, not this one: it was read as it, 81.60 and 85.83 at exit 0.)
 */
function stemFits(stem: string, label: string, end = false): boolean {
  const a = [...stem];
  if (a.length < 2 || a.length > [...label].length) return false;
  return end ? label.endsWith(stem) : label.startsWith(stem);
}

/** Rows of the log a heading's values are looked at: enough to tell what a column holds. */
const SHORTENED_SAMPLE_ROWS = 200;

/**
 * The column under a heading holds the column's answers, mostly (more than half of its filled cells, one at least): 「服务」
 * over 小王, 小李 … (the staff who served) is no 服务态度 — read as it, every row was 「应为优秀/良好/一般…实际为「小王」」
 * beside the real 态度 column, unread.
 */
function holdsAnswers(sheet: RecordSheet, col: number, c: ColumnDef): boolean {
  const { fits, filled } = answersUnder(sheet, col, c);
  return fits > 0 && fits * 2 > filled;
}

/** How many of a column's filled cells (in the rows looked at) are `c`'s answers. */
function answersUnder(sheet: RecordSheet, col: number, c: ColumnDef): { fits: number; filled: number } {
  const { grid } = sheet;
  const input = columnInput(c);
  let filled = 0;
  let fits = 0;
  const last = Math.min(grid.rowCount, sheet.headerRow + SHORTENED_SAMPLE_ROWS);
  for (let r = grid.nextRow(sheet.headerRow); r <= last; r = grid.nextRow(r)) {
    const raw = grid.value(r, col);
    if (isEmpty(raw)) continue;
    filled++;
    const parsed = parseField(c, input, raw);
    if (parsed.ok && parsed.value !== null) fits++;
  }
  return { fits, filled };
}

/**
 * §21's 「服务」「售后」「价格」 (short forms), 「服务满意度」, 「价格合理」, 「交付准时」 for 服务态度 … 交付准时性:
 * each refused the log at exit 2 (「缺少必填列」) while 「产品质量满意度」 was read. A heading no column names that fits
 * exactly one column of answers by its stem (headingStem, stemFits) — by the label's start, or where none starts so, by
 * its end (「态度」, 「质量」) — that column missing and required, the heading's values its answers (holdsAnswers), and
 * no other heading fitting it: read as that column, said at the heading.
 */
function shortenedHeadings(sheet: RecordSheet, def: RecordFormDef): void {
  const pairs: Array<{ u: RecordSheet['unknown'][number]; c: ColumnDef }> = [];
  for (const u of sheet.unknown) {
    const fits = shortenedFits(sheet, def, u.text);
    if (fits.length === 1 && holdsAnswers(sheet, u.col, fits[0]!)) pairs.push({ u, c: fits[0]! });
  }
  for (const { u, c } of pairs) {
    if (pairs.filter((p) => p.c === c).length !== 1) continue;
    sheet.columns.set(c.id, u.col);
    sheet.missing = sheet.missing.filter((m) => m !== c);
    sheet.unknown = sheet.unknown.filter((x) => x !== u);
    (sheet.shortened ??= []).push({ col: u.col, text: u.text, of: c });
  }
}

/**
 * The missing columns of answers a heading may shorten: those whose stem starts with its stem, or where none does, ends
 * with it. Only the columns still missing — a column with its own full heading is no candidate: 「服务」 beside 服务态度
 * (售后服务 meant) was tried against 服务态度 alone, fitted no missing column, and the log was refused at exit 2
 * (「缺少必填列「售后服务」」).
 */
function shortenedFits(sheet: RecordSheet, def: RecordFormDef, text: string): ColumnDef[] {
  const answers = def.records.columns.filter((c) => c.type !== 'text');
  const stemsOf = (c: ColumnDef) => [c.label, ...(c.aliases ?? [])].map(headingStem);
  const stem = headingStem(text);
  const fitting = (among: ColumnDef[]) => {
    const starts = among.filter((c) => stemsOf(c).some((n) => stemFits(stem, n)));
    return starts.length ? starts : among.filter((c) => stemsOf(c).some((n) => stemFits(stem, n, true)));
  };
  // A heading that is more than its fragment (「服务评价」: 服务 once 评价 is trimmed) rates something of its own: it
  // stands for a column only when it fits that one among all the form's columns. 服务态度 present, 售后服务 missing,
  // 「服务评价」 was read as 售后服务 (「本表没有别的列与它相近」, while 服务态度 starts with 服务) at exit 0.
  if (stem !== labelKey(withoutTrailingNote(text.normalize('NFKC')))) return fitting(answers).filter((c) => sheet.missing.includes(c));
  return fitting(answers.filter((c) => sheet.missing.includes(c)));
}

/**
 * A choice column's heading over its levels on the row below, one sub-column each (产品质量 merged over 优秀 | 良好 | 一般,
 * §21 as printed): by column id, each level's column. Two levels at least, each once, under the one heading or blanks.
 */
function levelColumns(grid: Grid, sheet: RecordSheet, def: RecordFormDef): RecordSheet['ticks'] {
  const row = grid.nextRow(sheet.headerRow);
  if (row > grid.rowCount) return undefined;
  // (Never a row naming a record: a customer's levels typed along a heading left blank are his answers.)
  const named = identityColumns(def).some((id) => {
    const col = sheet.columns.get(id);
    return col !== undefined && !isEmpty(grid.value(row, col)) && grid.mergedInto?.(row, col) === undefined;
  });
  if (named) return undefined;
  const columns = new Map<string, Array<{ col: number; level: string }>>();
  for (const c of def.records.columns) {
    const first = sheet.columns.get(c.id);
    if (c.type !== 'choice' || first === undefined) continue;
    const levels = new Map((c.choices ?? []).flatMap((x) => [x.label, ...(x.aliases ?? [])].map((n) => [labelKey(n), x.label] as const)));
    const heading = labelKey(grid.text(sheet.headerRow, first));
    const cols: Array<{ col: number; level: string }> = [];
    for (let col = first; col <= grid.columnCount; col++) {
      const over = labelKey(grid.text(sheet.headerRow, col));
      const level = levels.get(labelKey(grid.text(row, col)));
      if ((col > first && over && over !== heading) || !level || cols.some((x) => x.level === level)) break;
      cols.push({ col, level });
    }
    if (cols.length >= 2) columns.set(c.id, cols);
  }
  return columns.size ? { row, columns } : undefined;
}

/**
 * A count table right of the log's heading row, past a column blank from the heading down (「被服务部门 | 满意 | 一般 | 不满意
 * | 很不满意 | 评定」 at H2 beside §23's answers): its 被服务部门 was read as the log's twice, 「第 4 行两列填得不同」, exit 1.
 */
function summaryBeside(grid: Grid, r: number, def: RecordFormDef): SummaryBlock | null {
  let start = 0;
  for (let col = 1; col <= grid.columnCount + 1; col++) {
    const text = col <= grid.columnCount ? grid.text(r, col) : '';
    if (text && !start) start = col;
    if (text || !start) continue;
    // A run of headings ends at col - 1; the first run is the log's.
    const first = start === firstFilled(grid, r);
    const headings = first ? null : summaryHeadings(Array.from({ length: col - start }, (_, k) => grid.text(r, start + k)), def);
    if (headings && blankBelow(grid, start - 1, r)) return { row: r, col: start, headings };
    start = 0;
  }
  return null;
}

function firstFilled(grid: Grid, r: number): number {
  for (let col = 1; col <= grid.columnCount; col++) if (grid.text(r, col)) return col;
  return 0;
}

/** Nothing in the column from row `r` down. */
function blankBelow(grid: Grid, col: number, r: number): boolean {
  for (let row = r; row <= grid.rowCount; row = grid.nextRow(row)) if (!isEmpty(grid.value(row, col))) return false;
  return true;
}

/**
 * Headings of a count table of the log (answers as columns: 满意 | 一般 | 不满意, or its own 评定, 扣分, 合计): the ones that
 * say so, or null.
 */
function summaryHeadings(texts: string[], def: RecordFormDef): string[] | null {
  const answers = new Set(def.records.columns.flatMap((c) => (c.type === 'choice' ? (c.choices ?? []).flatMap((x) => [x.label, ...(x.aliases ?? [])]) : [])).map(labelKey));
  // (Not a figure: §5's 服务态度 answers 1–5 made 柜身 3 | 门板 4 of an order typed as text a count table's headings, and
  // the 18 orders after a blank line were dropped — 30 orders counted as 12 at exit 0, review.)
  const counts = texts.filter((t) => answers.has(labelKey(t)) && !NUMBER_TEXT.test(t.normalize('NFKC').trim()));
  const own = texts.filter((t) => SUMMARY_HEADING.test(labelKey(withoutTrailingNote(t))));
  return counts.length >= 2 || own.length >= 2 ? [...counts, ...own] : null;
}

/**
 * A row of headings only, below the log after a blank row, that is a count table's (17: 「被服务部门 | 满意 | 一般 | 不满意 |
 * 很不满意 | 评定」 under §23's answers was an answer, 「满意」 a department 较好 0.56, its count rows two errors, exit 1).
 * An answer in its own column is a record's (a CSV's row is all text): only the words out of place count.
 */
function summaryBelow(grid: Grid, r: number, def: RecordFormDef, columns: Map<string, number>): SummaryBlock | null {
  const answerAt = new Map(def.records.columns.filter((c) => c.type === 'choice' && columns.has(c.id)).map((c) => [columns.get(c.id)!, new Set((c.choices ?? []).flatMap((x) => [x.label, ...(x.aliases ?? [])]).map(labelKey))]));
  const texts: string[] = [];
  const apart: string[] = [];
  let col0 = 0;
  for (let col = 1; col <= grid.columnCount; col++) {
    const raw = grid.value(r, col);
    if (isEmpty(raw)) continue;
    if (raw.kind !== 'text') return null;
    col0 ||= col;
    const text = grid.text(r, col);
    // A heading row holds no figures: a record's cells typed as text do (an export of text cells, a CSV).
    if (NUMBER_TEXT.test(text.normalize('NFKC').trim())) return null;
    texts.push(text);
    if (!answerAt.get(col)?.has(labelKey(text))) apart.push(text);
  }
  // Its first cell names what the table counts (被服务部门, 部门, 项目), as a heading does: a second page's customer with her
  // 客户等级 「A」 and the team's 综合评价 「良好」 was a heading row, three customers dropped (84.00 read as 86.67 — review).
  const first = labelKey(texts[0] ?? '');
  const names = def.records.columns.filter((c) => c.type !== 'choice').flatMap((c) => [c.label, ...(c.aliases ?? [])]).map(labelKey);
  if (!names.includes(first) && !SUMMARY_HEADING.test(first) && !/^(项目|部门|名称|类别|分类|评价)$/.test(first)) return null;
  const headings = apart.length >= 3 && summaryHeadings(apart, def) ? summaryHeadings(texts, def) : null;
  return headings ? { row: r, col: col0, headings } : null;
}

/**
 * The next line below row `r` that may be a record, or 0 when there is none to the end (or, `toBlank`, to the next blank
 * line): only lines a footer holds below (上月, 合计, 制表人:, a lone note). `cols`: the log's columns; `labels`: those
 * naming a record, in order.
 */
function recordLineBelow(grid: Grid, r: number, cols: number[], labels: number[], end: number, toBlank: boolean, headerRow: number): number {
  let prev = r;
  for (let row = grid.nextRow(r); row <= grid.rowCount; prev = row, row = grid.nextRow(row)) {
    const filled = cols.filter((c) => !isEmpty(grid.value(row, c))).length;
    if (toBlank && (row > prev + 1 || filled === 0)) return 0;
    if (filled <= 1) continue;
    if (!footerLine(grid, row, cols, labels, end, headerRow)) return row;
  }
  return 0;
}

/**
 * The log's headings typed again on a row (a second block's heading row), as recordRows tells one: half its filled cells
 * or more are their columns' headings.
 */
function headingRowAt(grid: Grid, row: number, order: ColumnDef[], columns: Map<string, number>): boolean {
  let filled = 0;
  let like = 0;
  for (const c of order) {
    const col = columns.get(c.id)!;
    if (isEmpty(grid.value(row, col))) continue;
    filled++;
    const t = grid.text(row, col);
    if (t.length <= c.label.length + 12 && labelKey(t) === labelKey(c.label)) like++;
  }
  return filled > 0 && like * 2 >= filled;
}

/** A line a footer holds (上月, 合计, MAX, 制表人:, a row of =MAX(C3:C6)), not a record. */
function footerLine(grid: Grid, row: number, cols: number[], labels: number[], end: number, headerRow: number): boolean {
  const label = footerLabel(grid, row, labels);
  const words = [leadingWords(grid, row, end)?.text ?? '', label?.text ?? ''].map((t) => t.normalize('NFKC').replace(/\s+/g, ''));
  return !!label || words.some((t) => t && (TOTAL.whole(t) || NOTE_WORDS.test(t) || PAGE_LINE.test(t))) || !!statisticFormula(grid, row, cols, headerRow);
}

/**
 * The first formula of a row whose figures are all formulas, one at least a statistic of its own column's cells between the
 * heading and this row (=MAX(C3:C6) on row 8); else undefined.
 */
function statisticFormula(grid: Grid, row: number, cols: number[], headerRow: number): string | undefined {
  if (!grid.formula) return undefined;
  let found: string | undefined;
  for (const col of cols) {
    const raw = grid.value(row, col);
    const f = grid.formula(row, col);
    if (!f) {
      if (raw.kind === 'number' || (raw.kind === 'text' && NUMBER_TEXT.test(raw.value.normalize('NFKC').trim()))) return undefined;
      continue;
    }
    const m = COLUMN_STATISTIC.exec(f.replace(/\s+/g, ''));
    const own = m && m[1]!.toUpperCase() === columnLetters(col) && m[3]!.toUpperCase() === columnLetters(col) && Number(m[2]) > headerRow && Number(m[4]) < row;
    if (own) found ??= `=${f}`;
  }
  return found;
}

/** The first filled cell of the columns naming a record (客户, 车间, 门店), when it is a footer's label (上月, 小结, 3月). */
function footerLabel(grid: Grid, r: number, labels: number[]): { text: string; col: number; latin?: true; overall?: true } | null {
  const col = labels.find((c) => !isEmpty(grid.value(r, c)));
  const text = col === undefined ? '' : grid.text(r, col);
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (col === undefined) return null;
  if (overallVerdict(text)) return { text, col, overall: true };
  return FOOTER_WORD.test(t) ? { text, col } : LATIN_FOOTER.test(t) ? { text, col, latin: true } : null;
}

/** The MAX or MIN a line's label says (footerLabel's latin), lower case; else undefined. */
function latinWord(grid: Grid, row: number, labels: number[]): 'max' | 'min' | undefined {
  const label = footerLabel(grid, row, labels);
  return label?.latin ? (label.text.normalize('NFKC').replace(/\s+/g, '').slice(0, 3).toLowerCase() as 'max' | 'min') : undefined;
}

/** A cell's figure: a number, or one typed as text (NUMBER_TEXT, not a percentage); else undefined. */
function figureOf(raw: RawValue): number | undefined {
  if (raw.kind === 'number') return raw.value;
  const t = raw.kind === 'text' ? raw.value.normalize('NFKC').trim().replace(/,/g, '') : '';
  return t && NUMBER_TEXT.test(t) && !t.endsWith('%') ? Number(t) : undefined;
}

/** Headings of the sheet's own beside the form's naming what each answer holds of its own: its date, phone, order no. */
const OWN_FIELD = /电话|手机|订单|单号|编号|地址|联系/;

/** The columns of a log's own fields (OWN_FIELD, or a date/时间 heading): filled, the line is an answer, not a statistic. */
function ownFieldColumns(sheet: RecordSheet, def: RecordFormDef): number[] {
  const own = sheet.unknown.filter((u) => OWN_FIELD.test(u.text)).map((u) => u.col);
  return [...new Set([...monthColumns(sheet, def).map((u) => u.col), ...own])];
}

/** Whether a line's figures are the 平均 or 合计 of the records above counting `row` (and not without it). */
function countedBy(grid: Grid, line: number, row: number, cols: number[], above: number[]): boolean {
  let figures = 0;
  let without = 0;
  for (const col of cols) {
    const v = figureOf(grid.value(line, col));
    if (v === undefined) continue;
    const column = above.map((r) => figureOf(grid.value(r, col))).filter((x): x is number => x !== undefined);
    const mine = figureOf(grid.value(row, col));
    if (mine === undefined || !column.length) return false;
    const sum = column.reduce((a, b) => a + b, 0);
    // (To the decimals it is typed with, 8.67 for 26/3; a whole 9 is 9, not 26/3 rounded.)
    const d = decimalsOf(v);
    const near = (x: number) => Math.abs(x - v) < 1e-9 || (d > 0 && Math.abs(x - v) <= 0.5 * 10 ** -d + 1e-9);
    if (!near(sum + mine) && !near((sum + mine) / (column.length + 1))) return false;
    if (near(sum) || near(sum / column.length)) without++;
    figures++;
  }
  return figures > 0 && without < figures;
}

/** Decimals a figure is written with (8.67 → 2, 9 → 0). */
/**
 * A line labelled MAX or MIN under the records: a statistic beside its partner (MAX over MIN) or directly under a line
 * of statistics (`since`: 平均 | MAX typed as the scale's 10s, or over a row a filter hides — §3 base 79.17 丙 / 80.00 乙,
 * counted 84.38 乙 / 85.00 乙), whatever its figures. Above one (`below`), only when each figure is its column's highest
 * or lowest of the records `above` and that line does not count it: a last customer 「Max」 4s above 平均 8 is one, (10+10+
 * 8+4)/4 = 8.00 → 80.00 乙 (skipped: 93.33 甲), and 「Max」 10s above 平均 9 = (10+10+6+10)/4 too. With neither beside it, a
 * customer (a statistic by formula is statisticFormula's): a last 「Max」 tying the 10s was dropped, 26/3 = 8.67 → 86.67
 * 乙 for 36/4 = 9.00 → 90.00 甲. A line of its own answer date or phone is an answer whatever its name (`ownFields`).
 */
function latinStatistic(grid: Grid, row: number, labels: number[], cols: number[], above: number[], since: boolean, below: boolean, ownFields: number[]): boolean {
  // (Its own: not the record's above carried down — a 月份 「3月」 on every line, the MAX and MIN lines too, made both
  // customers, 90.00 甲 read as 86.67 乙: review of e203e54f.)
  const last = above[above.length - 1];
  if (ownFields.some((col) => !isEmpty(grid.value(row, col)) && (last === undefined || grid.text(row, col).trim() !== grid.text(last, col).trim()))) return false;
  const word = latinWord(grid, row, labels);
  const partner = word === 'max' ? 'min' : 'max';
  if ([row - 1, grid.nextRow(row)].some((r) => r >= 1 && r <= grid.rowCount && latinWord(grid, r, labels) === partner)) return true;
  if (since) return true;
  if (!below || countedBy(grid, grid.nextRow(row), row, cols, above)) return false;
  let figures = 0;
  for (const col of cols) {
    const v = figureOf(grid.value(row, col));
    if (v === undefined) continue;
    const column = above.map((r) => figureOf(grid.value(r, col))).filter((x): x is number => x !== undefined);
    if (!column.length || v !== (word === 'max' ? Math.max(...column) : Math.min(...column))) return false;
    figures++;
  }
  return figures > 0;
}

/** A cell blank (a row of other cells filled) or holding one of the words that say the row is no record. */
function skipsRow(raw: RawValue, words: readonly string[], besideKeys: boolean): boolean {
  if (isEmpty(raw)) return !besideKeys;
  const key = matchKey(rawText(raw));
  return words.some((w) => matchKey(w) === key);
}

/** The one filled cell of a row is a text column's words (not a 序号 or a date). */
function loneText(order: ColumnDef[], cells: RecordRow['cells']): boolean {
  const c = order.find((x) => !isEmpty(cells.get(x.id)!.raw));
  const raw = c ? cells.get(c.id)!.raw : undefined;
  return c?.type === 'text' && raw?.kind === 'text' && /[\p{L}]{2,}/u.test(raw.value) && !/^\d+$/.test(raw.value.trim());
}

/**
 * A heading of the team's own that dates the records: 月份, 回访日期, 调查时间, 考核周期 — and a survey site's 「提交答卷时间」
 * (问卷星), 「填写时间」, 「提交时间」 (two months of answers under it were pooled without a word). Not an order's own history
 * (创建时间, 完成时间 of a §5 log: the order's, not the visit's).
 */
const MONTH_HEADING = /^(考核|统计|调查|回访|填表|填写|记录|评价|提交答卷|提交|答卷|答题|作答)?(月份|月|日期|时间|周期)$/;

/** The time an answer or a call-back was given (提交时间, 提交答卷时间, 填写时间, 回访时间): the row's own date. */
const ANSWER_TIME = /^(提交答卷|提交|答卷|答题|作答|填写|填表|回访|调查|评价)(日期|时间)$/;

/**
 * A form counted by the month without a month column of its own (§3, §21, §5): a month or date column the team added
 * that spans months means several months pooled into one (two months' 90 and 65 read as one 77.5), said. Only the
 * rows counted (`counted`): last month's orders a filter hides were not pooled, and saying so contradicted the
 * hidden-rows warning beside it.
 */
/** The months (YYYY-MM) a log's rows give in its month columns (the form's own date, a 月份 of the team's), sorted. */
export function monthsOfLog(sheets: readonly RecordSheet[], def: RecordFormDef): string[] {
  const months = new Set<string>();
  for (const sheet of sheets) for (const u of monthColumns(sheet, def)) for (const m of monthsIn(sheet, u.col, def, () => true).months) months.add(m);
  return [...months].sort();
}

/** The columns that place a record in its month: the form's own date, headings naming a month (月份, 日期 …). */
function monthColumns(sheet: RecordSheet, def: RecordFormDef): Array<{ col: number; text: string; row?: number }> {
  // (A log of §22/§23 without its own 考核周期/考核月份 is dated by the team's date column as §3's: a February-and-March
  // export scored for March counted every row as March's — 采购部 差 2.22 for March's 优秀 0.00.)
  // (Nor one whose tab or title gives the month: every row is of it, as §3's under its title — 「…(2026.02.26-2026.03.25)」
  // over answers of 02-26 and 03-20 was warned as two months pooled, and its months compared with --previous's.)
  if (sheet.supplied && !sheet.dates) return [];
  if (def.records.columns.some((c) => c.month && sheet.columns.has(c.id))) return [];
  const own = def.records.dated !== undefined ? sheet.columns.get(def.records.dated) : undefined;
  const dated = def.records.columns.find((c) => c.id === def.records.dated);
  const isMonth = (text: string) => MONTH_HEADING.test(text.normalize('NFKC').replace(/\s+/g, ''));
  // Under a heading of two rows, a column of the team's named in the upper row only (「月份」 in AV2, AV3 left empty).
  const upper: Array<{ col: number; text: string; row: number }> = [];
  for (let col = 1; sheet.headerRow > 1 && col <= sheet.grid.columnCount; col++) {
    const text = sheet.grid.text(sheet.headerRow - 1, col);
    if (!sheet.grid.text(sheet.headerRow, col) && isMonth(text) && ![...sheet.columns.values()].includes(col)) upper.push({ col, text, row: sheet.headerRow - 1 });
  }
  return [...(own !== undefined && dated ? [{ col: own, text: sheet.grid.text(sheet.headerRow, own) || dated.label }] : []), ...sheet.unknown.filter((u) => isMonth(u.text)), ...upper];
}

/** A period of days a log's title states that is one month's (exportMonth's monthCycle): its month and ends, 2026-02-26. */
export interface TitleCycle { month: string; from: string; to: string }

/** The row's date in the column falls inside the title's cycle (「统计周期:2026-02-26 至 2026-03-25」 over a 02-27 answer). */
function inCycle(sheet: RecordSheet, row: number, col: number, own: boolean, month: string | number | null, cycle: TitleCycle | undefined): boolean {
  if (month === null || !cycle) return false;
  // 「2.27」 without its year: of the cycle's either year (2025-12-26 至 2026-01-25 holds 12.27 and 1.5).
  const months = typeof month === 'string' ? [month] : [cycle.from, cycle.to].map((d) => `${d.slice(0, 4)}-${String(month).padStart(2, '0')}`);
  // (A number 3.3 — March 3rd or 30th — inside by either day: such a row was counted before, dated by nothing.)
  return cellDays(sheet, row, col, own).some((day) => months.some((m) => {
    const date = `${m}-${String(day).padStart(2, '0')}`;
    return date >= cycle.from && date <= cycle.to;
  }));
}

/** The months a column's counted rows give: with their year, and 「3月」 without it (as 3); a row inside `cycle`, its month. */
function monthsIn(sheet: RecordSheet, col: number, def: RecordFormDef, counted: (row: number) => boolean, cycle?: TitleCycle, lateOf?: string): { months: Set<string>; bare: Set<number> } {
  const own = def.records.dated !== undefined ? sheet.columns.get(def.records.dated) : undefined;
  const months = new Set<string>();
  const bare = new Set<number>();
  const late = lateOf ? lateRows(sheet, col, col === own, lateOf, cycle, counted) : new Set<number>();
  for (let r = sheet.grid.nextRow(sheet.headerRow); r <= sheet.grid.rowCount; r = sheet.grid.nextRow(r)) {
    if (!counted(r)) continue;
    const m = cellMonth(sheet, r, col, col === own);
    if (inCycle(sheet, r, col, col === own, m, cycle)) months.add(cycle!.month);
    // (A late answer is the month's: 2026-04-02 under 日期 was said pooled with March — 「已合在一起算」 — beside the
    // warning that February's rows were left out, while it was counted as March's.)
    else if (late.has(r)) months.add(lateOf!);
    else if (typeof m === 'string') months.add(m);
    else if (m !== null) bare.add(m);
  }
  return { months, bare };
}

/** A cell's date as logDate reads it (the form's own date column: a number there is a date serial, 46120). */
function cellDate(sheet: RecordSheet, row: number, col: number, own: boolean): LogDate | null {
  return readLogDate(sheet.grid, sheet.headerRow, row, col, own);
}

/** A cell's month: 2026-03, or 3 for 「3月」, 「3月28日」, 「3.28」 without its year; null when it gives none. */
function cellMonth(sheet: RecordSheet, row: number, col: number, own: boolean): string | number | null {
  return cellDate(sheet, row, col, own)?.month ?? null;
}

/** A cell's day of the month (2026-04-02, 4月2日, 「4.2」, 4.02, 20260402 → [2]; a number 4.1 → [1, 10]); [] when none. */
function cellDays(sheet: RecordSheet, row: number, col: number, own: boolean): number[] {
  const d = cellDate(sheet, row, col, own);
  return d?.days ?? (d?.day !== undefined ? [d.day] : []);
}

/**
 * An answer of the next month's first days (1st–5th) is `month`'s late answer (README): a survey of March answered on
 * April 2nd, written 2026-04-02, 「4月2日」 or 20260402 alike (the last two were left out: 85.00 乙 for 90.00 甲).
 */
function lateAnswer(m: string | number | null, days: number[], month: string): boolean {
  const next = nextMonth(month);
  // (A number 4.1 — April 1st or 10th — late by either day: such a row was counted before, dated by nothing.)
  return (typeof m === 'string' ? m === next : m === Number(next.slice(5))) && days.some((day) => day <= 5);
}

/**
 * The rows of `col` taken as `month`'s late answers (lateAnswer): only in a log of that month — one holding a row of it and
 * no row of the next month past its first days. A February-and-March export scored for February counted March 1st–5th
 * as February's beside March's own rows (§3 15 customers 86.67 乙 for February's 10: 100.00 甲), and a log of March
 * only counted them for February (60.00 丁 where no row is February's: an error). Only the rows `counted` (records read):
 * an April 12th answer a filter hides, or a footer 「2026-04-08 | 制表人:王五」, left §3's four March 10s alone —
 * 100.00 甲 for (40 + 12)/6 = 8.67 → 86.67 乙 with the two late 6s of April 1st and 3rd.
 */
function lateRows(sheet: RecordSheet, col: number, own: boolean, month: string, cycle?: TitleCycle, counted: (row: number) => boolean = () => true, anchored?: ReadonlySet<number>): Set<number> {
  const late = new Set<number>();
  const next = nextMonth(month);
  let ofMonth = false;
  // (A column writing each month as its 1st — 2026-03-01 on March's rows, 2026-04-01 on April's — dates months, not
  // answers: April's whole questionnaire was taken as March's late answers, §22 March unscored (duplicates), §23 March
  // 较好 0.56 for 优秀 0.00: review of 2497ff96. Only such a column: not an answer's time by its heading (提交时间,
  // 填写时间) or by a time of day in a cell, and the next month's rows on its 1st too — §3's 问卷星 提交时间 of
  // 2026-03-01 09:15 and 14:02 left April 2nd's and 3rd's answers out, 100.00 甲 of 2 for 80.00 乙 of 4.)
  let firstsOnly = !ANSWER_TIME.test(headingOf(sheet, col).normalize('NFKC').replace(/\s+/g, ''));
  const onFirst = (r: number) => {
    const days = cellDays(sheet, r, col, own);
    return days.length > 0 && days.every((d) => d === 1) && !timeOfDay(sheet, r, col, own);
  };
  for (let r = sheet.grid.nextRow(sheet.headerRow); r <= sheet.grid.rowCount; r = sheet.grid.nextRow(r)) {
    if (!counted(r)) continue;
    // (Kept in --period's month by its lateBy cell: an April 15th call-back of March's install is no April row.)
    if (anchored?.has(r)) continue;
    const m = cellMonth(sheet, r, col, own);
    if (m === null) continue;
    if (m === month || m === Number(month.slice(5)) || inCycle(sheet, r, col, own, m, cycle)) {
      ofMonth = true;
      if (!onFirst(r)) firstsOnly = false;
    } else if (lateAnswer(m, cellDays(sheet, r, col, own), month)) {
      late.add(r);
      if (!onFirst(r)) firstsOnly = false;
    } else if (m === next || m === Number(next.slice(5))) return new Set();
  }
  return ofMonth && !firstsOnly ? late : new Set();
}

/** A column's heading: its own in the heading row, else the one above it (「月份」 over an empty cell of two rows). */
function headingOf(sheet: RecordSheet, col: number): string {
  return sheet.grid.text(sheet.headerRow, col) || (sheet.headerRow > 1 ? sheet.grid.text(sheet.headerRow - 1, col) : '');
}

/** A cell giving a time of day beside its date (「2026-03-01 09:15:22」, a serial 46082.385 of the form's own date). */
function timeOfDay(sheet: RecordSheet, row: number, col: number, own: boolean): boolean {
  const v = sheet.grid.value(row, col);
  if (own && v.kind === 'number') return !Number.isInteger(v.value);
  return /\d{1,2}:\d{2}/.test(sheet.grid.text(row, col)) || /[上下中]午|晚上|早上|凌晨/.test(sheet.grid.text(row, col));
}

/**
 * The rows of a log counted by the month (§3, §21, §5) that its month or date column puts in another month than
 * --period (`flag`, 2026-03): a 问卷星 export of every answer since February, scored for March, pooled February's 6s
 * and 7s with March's (8.20 乙 for 9.33 甲) with only a note. A column of the team's naming the month (月份) first, then
 * the form's own date (§5 客服回访时间), then a date column of the team's (提交答卷时间). The next month's first days are
 * --period's late answers (lateRows; March's install called back on April 3rd), counted: `late` says how many.
 * `dated`: how many rows give a month at all.
 */
export function otherMonthRows(sheet: RecordSheet, def: RecordFormDef, flag: string, cycle?: TitleCycle, counted?: (row: number) => boolean, beside: readonly RecordSheet[] = []): { heading: string; cell: string; rows: Map<number, string>; dated: number; late: number; kept?: { count: number; by: string; blank?: number }; earlier?: Map<number, string>; title?: true } | null {
  const u = datingColumn(sheet, def);
  if (!u) return sheet.blocks ? blockRows(sheet, flag, new Map(), 0) : null;
  // An answer dated on the next month's first days (a survey of March answered on April 2nd, March's install called back
  // on April 3rd) is March's late answer, counted as before; February's rows are not (review: two April 2nd answers were
  // left out of March's 11). Not under a heading naming a month (月份), and not any later date: a §5 log of February's
  // and March's call-backs scored for February counted all 8 (王师傅 50.00 % 待改进 for February's 4/4 = 100 % 优秀), and
  // for 2025-11 too, silent.
  // (`beside`: the log's other sheets, when it is kept on sheets named for months — 「3月回访」, 「4月回访」 — whose call-backs
  // say which months the log holds, as one sheet's would: HT0003 finished 3/30 and called 4/2 on 「4月回访」 is March's.)
  const anchored = u.own ? anchoredRows(sheet, def, flag, u.col, counted, beside) : new Set<number>();
  const late = u.named ? new Set<number>() : lateRows(sheet, u.col, u.own, flag, cycle, counted, anchored);
  const earlier = u.own ? earlierRows(sheet, def, flag, u.col, counted, beside) : new Map<number, string>();
  const rows = new Map<number, string>();
  let dated = 0;
  const undated = new Set<number>();
  for (let r = sheet.grid.nextRow(sheet.headerRow); r <= sheet.grid.rowCount; r = sheet.grid.nextRow(r)) {
    // (Records only: a footer 「2026-04-08 | 制表人」 or a hidden April row was warned 「1 条…是 2026-04 的,没有计入」 beside
    // 「表里没有 2026-04 的其他客户」 of the same run.)
    if (counted && !counted(r)) continue;
    const m = cellMonth(sheet, r, u.col, u.own);
    if (m === null) {
      undated.add(r);
      continue;
    }
    dated++;
    // (Inside the cycle the title states — 「统计周期:2026-02-26 至 2026-03-25」 — a row of 02-27 is March's: left out, it
    // made March 88.33 乙 of 3 customers for 91.25 甲 of 4.)
    if (inCycle(sheet, r, u.col, u.own, m, cycle)) continue;
    // 「3月」 without its year is --period's month when the number is.
    const other = typeof m === 'number' ? m !== Number(flag.slice(5)) : m !== flag;
    if (other && !late.has(r) && !anchored.has(r)) rows.set(r, typeof m === 'number' ? `${m}月` : m);
  }
  // (A row's own cell says its month over its block's title; the title says it for a row whose cell is blank.)
  const blocks = sheet.blocks ? blockRows(sheet, flag, rows, dated, undated) : null;
  if (blocks && !rows.size && blocks.rows.size) return blocks;
  const kept = {
    ...(anchored.size ? { kept: { count: anchored.size, by: lateByLabel(def), ...keptBlank(sheet, def, anchored) } } : {}),
    ...(earlier.size ? { earlier } : {}),
  };
  if (blocks) return { heading: u.text, cell: u.cell, rows: blocks.rows, dated: blocks.dated, late: late.size, ...kept };
  return { heading: u.text, cell: u.cell, rows, dated, late: late.size, ...kept };
}

/**
 * The rows of a §22/§23 log by its own month column (考核周期, 考核月份) against `month` (--period's, else the one month its
 * title names): `late`, a day of the next month's first five typed there in a log of `month` (销售部's questionnaire dated
 * 2026-04-01 under 「2026年3月…」 made a month 2026-04 of its own — 采购部 (810 + 880) / 2 over two months, §23's 采购部
 * 较好 94.44 in April beside March's 优秀 for March's 较好); `later`, the rows of a month after it; `of`, how many are
 * `month`'s (the late ones too); `months`, every month the counted rows give. Null without the column.
 */
export function monthColumnRows(sheet: RecordSheet, def: RecordFormDef, month: string, counted: (row: number) => boolean): { heading: string; cell: string; late: Set<number>; later: Map<number, string>; of: number; months: string[] } | null {
  const column = def.records.columns.find((c) => c.month);
  const col = column ? sheet.columns.get(column.id) : undefined;
  if (col === undefined) return null;
  // 「3月」 is of the year recordRows gives it (yearOfLog); without one it is no month to compare.
  const fullMonth = (r: number) => {
    const m = cellMonth(sheet, r, col, false);
    return typeof m === 'number' ? (sheet.year ? `${sheet.year.year}-${String(m).padStart(2, '0')}` : null) : m;
  };
  const early = lateRows(sheet, col, false, month, undefined, counted);
  // (A "late" answer repeating one the month holds already — 生产部 张经理's 及时性 under 「2026年3月」 and again under
  // 2026-04-01 — is the next month's questionnaire, and so are the others of that day: April's two were taken as March's
  // late answers, 6 duplicate-record errors and 采购部 unscored for (810 + 880) / 2 = 845 B with April left out.)
  const late = early.size && repeatsMonth(sheet, def, early, (r) => !early.has(r) && counted(r) && fullMonth(r) === month) ? new Set<number>() : early;
  const later = new Map<number, string>();
  const months = new Set<string>();
  let of = 0;
  for (let r = sheet.grid.nextRow(sheet.headerRow); r <= sheet.grid.rowCount; r = sheet.grid.nextRow(r)) {
    if (!counted(r)) continue;
    const full = fullMonth(r);
    if (full === null) continue;
    const own = late.has(r) ? month : full;
    months.add(own);
    if (own === month) of++;
    else if (own > month) later.set(r, own);
  }
  return { heading: sheet.grid.text(sheet.headerRow, col) || column!.label, cell: headingCell(sheet, col), late, later, of, months: [...months].sort() };
}

/**
 * Some row of `late` names the same record (`records.unique` but its month: 评价部门·评价人·被评价部门·指标) as a row
 * `ofMonth`: one answered in the month already. Not without every such column, nor for a record with no name in it.
 */
function repeatsMonth(sheet: RecordSheet, def: RecordFormDef, late: ReadonlySet<number>, ofMonth: (row: number) => boolean): boolean {
  const ids = (def.records.unique ?? []).filter((id) => !def.records.columns.find((c) => c.id === id)?.month);
  const cols = ids.map((id) => sheet.columns.get(id));
  if (!cols.length || cols.some((c) => c === undefined)) return false;
  const key = (r: number) => {
    const parts = cols.map((c) => sheet.grid.text(r, c!).normalize('NFKC').replace(/\s+/g, ''));
    return parts.some((p) => p) ? parts.join('\u0000') : null;
  };
  const answered = new Set<string>();
  for (let r = sheet.grid.nextRow(sheet.headerRow); r <= sheet.grid.rowCount; r = sheet.grid.nextRow(r)) {
    const k = ofMonth(r) ? key(r) : null;
    if (k !== null) answered.add(k);
  }
  return [...late].some((r) => {
    const k = key(r);
    return k !== null && answered.has(k);
  });
}

/**
 * Rows `dated` puts after --period whose `records.lateBy` cell is --period's: §5's March install (完工时间 2026-03-30) called
 * back on April 8th or 15th is March's order, counted — and not an April row that makes April 2nd's call-back April's too.
 */
function anchoredRows(sheet: RecordSheet, def: RecordFormDef, flag: string, col: number, counted: (row: number) => boolean = () => true, beside: readonly RecordSheet[] = []): Set<number> {
  const out = new Set<number>();
  const by = def.records.lateBy !== undefined ? sheet.columns.get(def.records.lateBy) : undefined;
  // Only in a log of --period's call-backs: a March log (every 客服回访时间 in March, two installs of 2/26 and 2/27) run with
  // --period 2026-02 scored those 2 as February's, 0/2 = 0 % 待改进 at exit 0, for the error 「按日期是 2026-03 的」.
  // (Or a log whose every install is --period's, all called back later: March's installs of 3/5–3/28 called back in
  // April were 「按日期是 2026-04 的」 at exit 1 for 3/4 = 75 % 一般 — review of 0622bf32.)
  if (by === undefined) return out;
  const installs = !holdsMonth(sheet, col, flag, counted) && !besideHolds(beside, def, flag);
  if (installs && !allOf(sheet, by, flag, counted, () => onlyOf(sheet, col, nextMonth(flag), counted))) return out;
  for (let r = sheet.grid.nextRow(sheet.headerRow); r <= sheet.grid.rowCount; r = sheet.grid.nextRow(r)) {
    if (!counted(r)) continue;
    const m = cellMonth(sheet, r, col, true);
    const later = typeof m === 'string' ? m > flag : m !== null && m === (Number(flag.slice(5)) % 12) + 1;
    if (!later) continue;
    const at = cellMonth(sheet, r, by, true);
    // (In a log of --period's installs alone — allOf — an order whose 完工时间 is blank is one of them: March's 3/5, 3/12,
    // 3/28 and a blank one, all called back in April, were 「按日期是 2026-04 的」 at exit 1 for 3/4 = 75 % 一般. In a log
    // holding --period's call-backs such an order stays its call-back's month.)
    if (at === flag || at === Number(flag.slice(5)) || (installs && isEmpty(sheet.grid.value(r, by)))) out.add(r);
  }
  return out;
}

/** How many of the rows anchoredRows kept have their `records.lateBy` cell (完工时间) blank, when any do. */
function keptBlank(sheet: RecordSheet, def: RecordFormDef, anchored: ReadonlySet<number>): { blank?: number } {
  const by = def.records.lateBy !== undefined ? sheet.columns.get(def.records.lateBy) : undefined;
  const blank = by === undefined ? 0 : [...anchored].filter((r) => isEmpty(sheet.grid.value(r, by))).length;
  return blank ? { blank } : {};
}

/**
 * Every counted row's `col` that is filled in gives `month`, and most rows have it filled (完工时间 is optional, a blank
 * says no month): one March 完工时间 beside three blanks called back in April made the whole April log March's (review).
 * Half of them filled is enough where `tie` says nothing else names another month (every call-back in the month after):
 * 3/5, 3/12 and two blank, called back 4/2–4/7, were 「按日期是 2026-04 的」 at exit 1 for 3/4 = 75 % 一般 (review of 8f235de3).
 */
function allOf(sheet: RecordSheet, col: number, month: string, counted: (row: number) => boolean, tie: () => boolean = () => false): boolean {
  let filled = 0;
  let blank = 0;
  for (let r = sheet.grid.nextRow(sheet.headerRow); r <= sheet.grid.rowCount; r = sheet.grid.nextRow(r)) {
    if (!counted(r)) continue;
    if (isEmpty(sheet.grid.value(r, col))) {
      blank++;
      continue;
    }
    if (!sameMonth(cellMonth(sheet, r, col, true), month)) return false;
    filled++;
  }
  return filled > blank || (filled > 0 && filled === blank && tie());
}

/** Every counted row's `col` that is filled in is of `month`, one at least (§5: every 客服回访时间 in the month after). */
function onlyOf(sheet: RecordSheet, col: number, month: string, counted: (row: number) => boolean): boolean {
  let any = false;
  for (let r = sheet.grid.nextRow(sheet.headerRow); r <= sheet.grid.rowCount; r = sheet.grid.nextRow(r)) {
    if (!counted(r) || isEmpty(sheet.grid.value(r, col))) continue;
    if (!sameMonth(cellMonth(sheet, r, col, true), month)) return false;
    any = true;
  }
  return any;
}

/**
 * Rows `dated` puts in --period whose `records.lateBy` cell is an earlier month the log holds call-backs of (a log of two
 * months): that month's orders, as anchoredRows keeps them there. §5's February installs of 2/26 and 2/27 called back on
 * 3/3 and 3/10 were counted for February (6 orders) and again for March (5 orders for March's 3). In a log of one month's
 * call-backs last month's late installs stay its own. The row → its lateBy month.
 */
function earlierRows(sheet: RecordSheet, def: RecordFormDef, flag: string, col: number, counted: (row: number) => boolean = () => true, beside: readonly RecordSheet[] = []): Map<number, string> {
  const out = new Map<number, string>();
  const by = def.records.lateBy !== undefined ? sheet.columns.get(def.records.lateBy) : undefined;
  if (by === undefined) return out;
  const held = new Map<string | number, boolean>();
  for (let r = sheet.grid.nextRow(sheet.headerRow); r <= sheet.grid.rowCount; r = sheet.grid.nextRow(r)) {
    if (!counted(r) || !sameMonth(cellMonth(sheet, r, col, true), flag)) continue;
    const at = cellMonth(sheet, r, by, true);
    if (at === null || !(typeof at === 'string' ? at < flag : at === Number(previousMonth(flag).slice(5)))) continue;
    if (!held.has(at)) held.set(at, holdsMonth(sheet, col, at, counted) || besideHolds(beside, def, at));
    if (held.get(at)) out.set(r, typeof at === 'number' ? `${at}月` : at);
  }
  return out;
}

/** The same month: 2026-03, or 3 (「3月10日」 without its year) beside either. */
function sameMonth(m: string | number | null, month: string | number): boolean {
  if (m === null) return false;
  if (typeof m === 'string' && typeof month === 'string') return m === month;
  return monthOf(m) === monthOf(month);
}

/** Some row of the log's other sheets (`beside`, otherMonthRows) has its own date (§5 客服回访时间) in `month`. */
function besideHolds(beside: readonly RecordSheet[], def: RecordFormDef, month: string | number): boolean {
  return beside.some((o) => {
    const u = datingColumn(o, def);
    return !!u?.own && holdsMonth(o, u.col, month, () => true);
  });
}

/** Some counted row of `col` (the form's own date, §5 客服回访时间) is of `month`. */
function holdsMonth(sheet: RecordSheet, col: number, month: string | number, counted: (row: number) => boolean): boolean {
  for (let r = sheet.grid.nextRow(sheet.headerRow); r <= sheet.grid.rowCount; r = sheet.grid.nextRow(r)) {
    if (counted(r) && sameMonth(cellMonth(sheet, r, col, true), month)) return true;
  }
  return false;
}

/**
 * The months of `col` (§5 客服回访时间) every counted row of which `records.lateBy` (完工时间) puts in the month before, one
 * the log holds too: a March log whose April call-backs are all of March's installs is one month's, yet was warned
 * 「2 个月的订单(2026-03、2026-04)…已合在一起算」.
 */
function ordersOfOtherMonth(sheet: RecordSheet, def: RecordFormDef, col: number, counted: (row: number) => boolean): Array<string | number> {
  const by = def.records.lateBy !== undefined ? sheet.columns.get(def.records.lateBy) : undefined;
  if (by === undefined) return [];
  const anchored = new Map<string | number, boolean>();
  const rows: Array<[string | number, string | number | null]> = [];
  for (let r = sheet.grid.nextRow(sheet.headerRow); r <= sheet.grid.rowCount; r = sheet.grid.nextRow(r)) {
    const m = counted(r) ? cellMonth(sheet, r, col, true) : null;
    if (m !== null) rows.push([m, cellMonth(sheet, r, by, true)]);
  }
  const months = new Set(rows.map(([m]) => m));
  const held = (at: string | number) => [...months].some((m) => sameMonth(m, at));
  for (const [m, at] of rows) {
    const before = at !== null && (typeof at === 'string' && typeof m === 'string' ? at < m : (monthOf(at) % 12) + 1 === monthOf(m));
    if (anchored.get(m) !== false) anchored.set(m, before && held(at!));
  }
  return [...anchored].filter(([, all]) => all).map(([m]) => m);
}

/** A month's number: 3 for 2026-03 or 「3月」. */
const monthOf = (m: string | number): number => (typeof m === 'string' ? Number(m.slice(5)) : m);

/** The label of `records.lateBy` (§5 完工时间). */
export function lateByLabel(def: RecordFormDef): string {
  return def.records.columns.find((c) => c.id === def.records.lateBy)?.label ?? '';
}

/** A heading naming a month (月份, 考核周期), not a day: its rows have no late answers. */
const NAMED_MONTH = /(月份|月|周期)$/;

/**
 * The records under a block's title (MonthBlock) of another month than `flag`, added to `rows` (those a month cell put
 * there): February's block over March's, scored for March, pooled both — 5 customers, 76.00 丙 for March's 90.00 甲.
 * Only the rows in `only` when given (those whose cell gives no month). At the first such block's title.
 */
function blockRows(sheet: RecordSheet, flag: string, rows: Map<number, string>, dated: number, only?: Set<number>): { heading: string; cell: string; rows: Map<number, string>; dated: number; late: number; title: true } {
  const out = new Map(rows);
  let count = dated;
  let first: MonthBlock | undefined;
  for (const b of sheet.blocks ?? []) {
    for (const r of b.rows) {
      if (only && !only.has(r)) continue;
      count++;
      if (b.month === flag) continue;
      out.set(r, b.month);
      first ??= b;
    }
  }
  const at = first ?? sheet.blocks![0]!;
  return { heading: at.text, cell: at.cell, rows: out, dated: count, late: 0, title: true };
}

/**
 * The column a row's month is read from: a column of the team's naming the month (月份) first, then the form's own
 * date (§5 客服回访时间), then a date column of the team's (提交答卷时间). `named`: a month's (not a day's) heading.
 */
export function datingColumn(sheet: RecordSheet, def: RecordFormDef): { col: number; text: string; cell: string; named: boolean; own: boolean } | null {
  const own = def.records.dated !== undefined ? sheet.columns.get(def.records.dated) : undefined;
  const columns = monthColumns(sheet, def);
  const named = columns.find((u) => u.col !== own && NAMED_MONTH.test(u.text.normalize('NFKC').replace(/\s+/g, '')));
  // (The survey's own time over a bare 日期 — an order's date in 08d, left of 提交时间: March's answers of two February
  // orders were left out, 97.50 甲 for 82.50 乙.)
  const answered = columns.find((c) => ANSWER_TIME.test(c.text.normalize('NFKC').replace(/\s+/g, '')));
  const u = named ?? columns.find((c) => c.col === own) ?? answered ?? columns[0];
  if (!u) return null;
  return { col: u.col, text: u.text, cell: u.row ? cellAddress(u.row, u.col) : headingCell(sheet, u.col), named: !!named, own: u.col === own };
}

/** The months (YYYY-MM) of the rows of one column, sorted, and whether some row of it gives a month without its year. */
export function datedMonths(sheet: RecordSheet, col: number, def: RecordFormDef): { months: string[]; bare: boolean } {
  const { months, bare } = monthsIn(sheet, col, def, () => true);
  return { months: [...months].sort(), bare: bare.size > 0 };
}

/**
 * A sheet named for a month (「3月」, 「2026年3月」) whose month cells say another — all or some (`partly`) — 「3月」 copied from 「2月」, its
 * 考核月份 never changed: its answers were counted as February's (February 较好 for 优秀, March's result missing) with only
 * a note that the answers came from several sheets. The month column's cell and the months, or null.
 */
export function sheetMonthClash(sheet: RecordSheet, def: RecordFormDef): { heading: string; cell: string; said: string[]; named: string; partly?: true } | null {
  const name = sheet.grid.name.normalize('NFKC').replace(/\s+/g, '');
  const bareName = /^0?(\d{1,2})月份?$/.exec(name);
  const full = bareName ? [] : monthsOfTitle(name);
  const named = bareName ? Number(bareName[1]) : full.length === 1 ? full[0]! : null;
  if (named === null || (typeof named === 'number' && (named < 1 || named > 12))) return null;
  const monthColumn = def.records.columns.find((c) => c.month);
  const own = monthColumn ? sheet.columns.get(monthColumn.id) : undefined;
  // Only the log's own month column (§22's 考核周期, §23's 考核月份): a date of the log (§5's 客服回访时间, a call after
  // 完工) may well fall in the next month.
  const columns = own !== undefined ? [{ col: own, text: sheet.grid.text(sheet.headerRow, own) || monthColumn!.label }] : [];
  for (const u of columns) {
    const { months, bare } = monthsIn(sheet, u.col, def, () => true);
    const said = [...months, ...[...bare].map((n) => `${n}月`)];
    if (!said.length) continue;
    const same = (m: string) => (typeof named === 'number' ? Number(/(\d{1,2})月?$/.exec(m)?.[1]) === named : m === named || m === `${Number(named.slice(5))}月`);
    // Some rows of another month beside the sheet's own (「3月」 copied from 「2月」, 一车间's rows not changed): those rows
    // were February's — its 优秀 turned 较差, March's 较差 turned 优秀, at exit 0 with only a note of several sheets.
    const others = said.filter((m) => !same(m));
    if (!others.length) continue;
    return { heading: u.text, cell: headingCell(sheet, u.col), said: others.sort(), named: typeof named === 'number' ? `${named}月` : named, ...(others.length < said.length ? { partly: true as const } : {}) };
  }
  return null;
}

export function mixedMonthsProblems(sheet: RecordSheet, def: RecordFormDef, file: string, counted: (row: number) => boolean, month?: string | null, cycle?: TitleCycle): Problem[] {
  const out: Problem[] = [];
  // (A §22/§23 log dated by the team's column keeps each month apart, or counts one: nothing pooled.)
  if (sheet.dates) return out;
  const own = def.records.dated !== undefined ? sheet.columns.get(def.records.dated) : undefined;
  const dating = datingColumn(sheet, def);
  const answered = dating && ANSWER_TIME.test(dating.text.normalize('NFKC').replace(/\s+/g, ''));
  for (const u of monthColumns(sheet, def)) {
    // (A bare 日期 beside the answers' 提交时间 is the order's: its February said 「2 个月的客户」 of March's answers.)
    if (answered && u.col !== dating.col && /^(日期|时间)$/.test(u.text.normalize('NFKC').replace(/\s+/g, ''))) continue;
    const { months, bare } = monthsIn(sheet, u.col, def, counted, cycle, month && !NAMED_MONTH.test(u.text.normalize('NFKC').replace(/\s+/g, '')) ? month : undefined);
    // A call-back after --period's month is its order's (README: March's install called back on 2026-04-02 counts for
    // March, 75.00% 一般): no second month to advise a file of its own for.
    if (month && u.col === own) {
      for (const m of months) if (m > month) months.delete(m);
      bare.delete((Number(month.slice(5)) % 12) + 1);
    }
    // 「3月」 beside 2026-03 is that month, not another.
    const named = (drop: ReadonlyArray<string | number> = []) => {
      const said = new Set([...months].filter((m) => !drop.includes(m)));
      for (const n of bare) if (!drop.includes(n) && ![...said].some((m) => Number(m.slice(5)) === n)) said.add(`${n}月`);
      return said;
    };
    // (Still every month of the column when some other month stays: February beside March and its April call-backs.)
    const pooled = named();
    if (pooled.size < 2 || (u.col === own && named(ordersOfOtherMonth(sheet, def, u.col, counted)).size < 2)) continue;
    const at = { file, sheet: sheet.grid.name, cell: u.row ? cellAddress(u.row, u.col) : headingCell(sheet, u.col) };
    out.push(problem('records-months', { sheet: sheet.grid.name, heading: u.text, months: [...pooled].sort(), form: def.title, records: def.records.label }, at));
  }
  return out;
}

/**
 * A heading's cell as the user sees it: the top-left of a heading merged down two rows (the template's 客服回访时间 over
 * AB2:AB3), not the covered cell the heading row names (a note there is hidden under the merge).
 */
function headingCell(sheet: RecordSheet, col: number): string {
  return sheet.grid.mergedInto?.(sheet.headerRow, col)?.replace(/\$/g, '') ?? cellAddress(sheet.headerRow, col);
}


/** Headings of a team's summary of the log (its own 评定 and 扣分 per department, the counts' 合计). */
const SUMMARY_HEADING = /^(评定|评级|等级|结果|扣分|实扣|实扣分|扣分合计|合计|总计|小计|计数|次数|份数|个数|数量|占比|比例|满意率)$/;
/** A sheet named for a summary: 汇总, 统计, 结果 (「3月汇总」, 「统计表」). */
const SUMMARY_NAME = /汇总|统计|结果/;

/**
 * A sheet beside the log that summarises it — counts per answer as its columns (满意 | 一般 | 不满意 | 很不满意), its
 * own 评定 and 扣分, or named 汇总 — and lacks the answer column itself: the headings that say so (none when its name
 * does), or null. §23's 「汇总」 (考核月份 | 被服务部门 | 满意 | 一般 | 不满意 | 很不满意 | 评定 | 扣分) has two of the four
 * required columns, and was taken for the log with 车间 and 评价 missing: every department scored right, yet exit 1.
 */
export function summarySheet(sheet: RecordSheet, def: RecordFormDef): string[] | null {
  // A sheet holding the answers (评价 there, 车间 missing) is the log with a column missing, whatever it is named.
  if (!sheet.missing.some((c) => c.type !== 'text' && c.type !== 'date')) return null;
  return summaryHeadings(sheet.unknown.map((u) => u.text), def) ?? (SUMMARY_NAME.test(sheet.grid.name) ? [] : null);
}

/** A problem for a sheet that looks like the log but lacks required columns. */
export function missingColumnsProblem(sheet: RecordSheet, def: RecordFormDef, file: string, byPeriod = false): Problem {
  const columns = sheet.missing.map((c) => `${c.group ? `${c.group}·` : ''}${c.label}`);
  const scaled = sheet.otherScales?.filter((x) => sheet.missing.includes(x.of)) ?? [];
  if (scaled.length) {
    const first = scaled[0]!;
    const own = first.of.type === 'choice' ? first.of.choices!.map((x) => x.label).join('/') : `${first.of.min ?? 0}–${first.of.max}分`;
    const others = columns.filter((c) => !scaled.some((x) => `${x.of.group ? `${x.of.group}·` : ''}${x.of.label}` === c));
    const fields = { case: 'records-scale', name: shownName(file), sheet: sheet.grid.name, headings: scaled.map((x) => `${headingCell(sheet, x.col)}「${x.text}」${x.line ? `(${x.line})` : ''}`), labels: scaled.map((x) => x.of.label), own, ...(others.length ? { others } : {}) } as const;
    return problem('item-not-found', fields, { file, sheet: sheet.grid.name, cell: headingCell(sheet, first.col) });
  }
  // An unread heading that could be one of them (「服务」 over answers, some of them 售后服务's): named, not left to find.
  // (Not a column of the staff's names under 「服务」: no answer there.)
  const unread = sheet.unknown.filter((u) => shortenedFits(sheet, def, u.text).some((c) => answersUnder(sheet, u.col, c).fits > 0)).map((u) => `第${columnLetters(u.col)}列「${shortText(u.text)}」`);
  const fields = { case: 'records-columns', sheet: sheet.grid.name, row: sheet.headerRow, columns, form: def.title, formId: def.id, ...(byPeriod ? { period: true as const } : {}), ...(unread.length ? { unread } : {}) } as const;
  return problem('item-not-found', fields, { file, sheet: sheet.grid.name, cell: cellAddress(sheet.headerRow, 1) });
}

/**
 * An optional column the heading lacks, when an unrecognised heading looks like it (「二次遗留问题」 for 二次遗留,
 * 「遗留问题」 for 安装遗留问题): its cells would be read as blank and every figure of it as none (a rate of 0 %). An
 * error naming both, as for a roster's columns (missingColumns.ts).
 */
export function lookAlikeColumnProblems(sheet: RecordSheet, def: RecordFormDef, file: string): Problem[] {
  // Only the columns a figure, a score or a check reads: a heading like one that feeds nothing (回访客服 like §5's
  // 客服回访时间) is one of the team's own, and made every order an error.
  const used = JSON.stringify([def.groupings, def.derived ?? [], def.checks ?? []]);
  const absent = def.records.columns.filter((c) => c.optional && !sheet.columns.has(c.id) && used.includes(`"${c.id}"`));
  const out: Problem[] = [];
  // A column's heading twice: the one read is said with the other (as a roster's duplicate-column). Two visible
  // columns named alike that differ on some line: which one the team meant cannot be told, so it is an error.
  for (const x of sheet.shortened ?? []) {
    const fields = { case: 'shortened', sheet: sheet.grid.name, heading: shortText(x.text), like: x.of.label } as const;
    out.push(problem('unknown-column', fields, { file, sheet: sheet.grid.name, cell: headingCell(sheet, x.col) }, { severity: 'warning' }));
  }
  for (const d of sheet.duplicates ?? []) {
    const hidden = sheet.grid.columnHidden?.(d.col) ? ('this' as const) : undefined;
    const at = { file, sheet: sheet.grid.name, cell: headingCell(sheet, d.col) };
    const rows = d.same ? differingRows(sheet, sheet.columns.get(d.of)!, d.col) : [];
    const heading = sheet.grid.text(sheet.headerRow, d.col);
    const readCol = sheet.columns.get(d.of)!;
    // The column read may be the later one (「客户」 after 「客户名称」): named, not called 「前面的列」.
    const after = readCol > d.col ? { read: sheet.grid.text(sheet.headerRow, readCol), readAt: cellAddress(sheet.headerRow, readCol) } : {};
    if (rows.length) out.push(problem('duplicate-column', { heading, differs: rows, ...after }, at, { severity: 'error' }));
    else out.push(problem('duplicate-column', { heading, ...(hidden ? { hidden } : {}), ...after }, at));
  }
  const taken = new Set<ColumnDef>();
  // A yes/no question asked another way (「有无二次遗留问题」 for 是否出现二次遗留问题) is the same question.
  const bare = (k: string) => k.replace(/^(是否|有无|有没有|是不是)(出现|发生|有)?/, '');
  for (const u of sheet.unknown) {
    const key = labelKey(u.text);
    if ([...key].length < 2) continue;
    let best: { c: ColumnDef; score: number } | null = null;
    for (const c of absent) {
      if (taken.has(c)) continue;
      const names = [c.label, ...(c.aliases ?? [])].map(labelKey).filter((n) => [...n].length >= 3);
      // The heading holds the column's whole name (「二次遗留问题」 holds 二次遗留问题…), or nearly is it, or is most of it
      // (「二次遗留」 in 是否出现二次遗留问题); a short generic heading inside a longer name (「编号」 in 合同编号,
      // 「日期」 in 进仓日期) is not one.
      const contains = names.some((n) => key.includes(n) || bare(key).includes(bare(n)) || ([...bare(key)].length >= 4 && bare(n).includes(bare(key))));
      const score = Math.max(0, ...names.map((n) => Math.max(dice(key, n), dice(bare(key), bare(n))))) + (contains ? 1 : 0);
      if (!best || score > best.score) best = { c, score };
    }
    if (!best || best.score < 0.75) continue;
    taken.add(best.c);
    const like = `${best.c.group ? `${best.c.group}·` : ''}${best.c.label}`;
    const fields = { case: 'looks-like', sheet: sheet.grid.name, heading: shortText(u.text), like, empty: '视为未填写', strong: true } as const;
    out.push(problem('unknown-column', fields, { file, sheet: sheet.grid.name, cell: headingCell(sheet, u.col) }, { severity: 'error' }));
  }
  // The other absent columns the figures read (意见和建议 listed, 二次遗留 counted): read as empty, and said — a column
  // renamed beyond recognition (「客户建议」) would otherwise lose what it holds without a word.
  const unsaid = absent.filter((c) => !taken.has(c));
  if (unsaid.length) {
    const headings = unsaid.map((c) => `${c.group ? `${c.group}·` : ''}${c.label}`);
    out.push(problem('item-not-found', { case: 'records-optional', sheet: sheet.grid.name, headings }, { file, sheet: sheet.grid.name }, { severity: 'warning' }));
  }
  return out;
}

/** The lines (up to 10) where two columns both hold something and it is not the same. */
function differingRows(sheet: RecordSheet, a: number, b: number): number[] {
  const rows: number[] = [];
  const { grid } = sheet;
  for (let r = grid.nextRow(sheet.headerRow); r <= grid.rowCount && rows.length < 10; r = grid.nextRow(r)) {
    const x = grid.text(r, a).trim();
    const y = grid.text(r, b).trim();
    if (x && y && x !== y) rows.push(r);
  }
  return rows;
}

const isEmpty = (v: RawValue) => v.kind === 'empty' || (v.kind === 'text' && v.value.trim() === '');

/** Every filled cell of the row is one merged cell across them (a banner, never a record's values). */
function bannerRow(grid: RecordSheet['grid'], r: number, cols: number[]): boolean {
  if (!grid.mergedInto || cols.length < 2) return false;
  const master = grid.mergedInto(r, cols[0]!) ?? cellAddress(r, cols[0]!);
  return cols.slice(1).every((c) => grid.mergedInto!(r, c) === master);
}

/** The first cell of words on row `r` left of column `end`, in any column (the log's or the team's own). */
function leadingWords(grid: RecordSheet['grid'], r: number, end: number): { text: string; col: number } | null {
  for (let col = 1; col < end; col++) {
    const raw = grid.value(r, col);
    if (raw.kind === 'text' && raw.value.trim()) return { text: grid.text(r, col), col };
  }
  return null;
}

/** A number, perhaps typed as text: 12, 1,200, 3.5, 80%. */
const NUMBER_TEXT = /^[+-]?[\d,]*\.?\d+%?$/;

/** Some cell of the row is a figure. */
function hasFigures(cells: RecordRow['cells']): boolean {
  return [...cells.values()].some(({ raw }) => raw.kind === 'number' || (raw.kind === 'text' && NUMBER_TEXT.test(raw.value.normalize('NFKC').trim())));
}

/** A group's subtotal typed in its key column, with or without a space or brackets: 李师傅小计, 陈师傅(小计), 门店合计:5单. */
const KEY_SUBTOTAL = /^.{1,20}?[((]?(小计|合计|总计)[))]?([::].{0,30})?$/;

/** A cell of a grouping column naming a statistic (小计, 「王师傅 小计」, 李师傅小计): its text and column. */
function statisticKey(grid: RecordSheet['grid'], row: number, keyColumns: number[]): { text: string; col: number } | null {
  for (const col of keyColumns) {
    const text = grid.text(row, col);
    if (text && (TOTAL.whole(text) || KEY_SUBTOTAL.test(text.normalize('NFKC').replace(/\s+/g, '')))) return { text, col };
  }
  return null;
}

/** The columns that name a record (`records.identity`; by default the unique ones and those labelled 编号, 客户 …). */
export function identityColumns(def: RecordFormDef): string[] {
  if (def.records.identity) return def.records.identity;
  const keyed = new Set(def.groupings.flatMap((g) => g.by));
  return def.records.columns.filter((c) => !keyed.has(c.id) && (def.records.unique?.includes(c.id) || /编号|客户|姓名|名称|电话|手机/.test(c.label))).map((c) => c.id);
}

/**
 * The rows of a sheet below its heading, one at a time. `skipped` hears of each line that is not a record
 * (a 合计 line, the heading repeated) and `hidden` of each hidden row holding something, so they can be reported.
 */
export function* recordRows(
  sheet: RecordSheet,
  def: RecordFormDef,
  skipped: (row: number, why: string, col?: number) => void,
  hidden: (row: number) => void = () => {},
  reordered: (row: number, moved: MovedHeading[]) => void = () => {},
  summary: (block: SummaryBlock) => void = () => {},
  struck: (row: number, col: number, text: string) => void = () => {},
): Generator<RecordRow> {
  const { grid, columns } = sheet;
  const order = def.records.columns.filter((c) => columns.has(c.id));
  const monthColumn = order.find((c) => c.month);
  // A remark merged down over several records (one 建议 for two customers) is one remark, listed once; a merged key
  // (门店 over its orders) is each record's.
  const keyed = new Set(def.groupings.flatMap((g) => g.by));
  // The columns naming a record (§23 车间 · 被服务部门 · 评价项目): what a row of no answer still holds.
  const labels = new Set(def.records.rowLabel ?? []);
  // (A text a figure counts — §5 安装遗留问题, its rate of orders with one — is each order's, as a key is: merged over two
  // orders, both had the leftover problem, and only the first was counted.)
  const counted = JSON.stringify([def.groupings.map((g) => g.figures.filter((f) => f.agg !== 'texts')), def.derived ?? [], def.checks ?? []]);
  const remarks = new Set(order.filter((c) => c.type === 'text' && c.optional && !keyed.has(c.id) && !counted.includes(`"${c.id}"`)).map((c) => c.id));
  const keyColumns = order.filter((c) => keyed.has(c.id)).map((c) => columns.get(c.id)!);
  // A row holding a column that names a record itself is a record, whatever its keys say.
  const identity = identityColumns(def).filter((id) => columns.has(id)).map((id) => columns.get(id)!);
  // 「评价(1满意 2一般 3不满意 4很不满意)」: the heading numbers the answers, and a digit under it is that answer — not the
  // answer of those points (1 was 很不满意: two departments 很差 that were rated 优秀 and 较差, §23).
  const legends = new Map<string, Map<number, string>>();
  for (const c of order) {
    // (Or in a note under the log, or in a cell of the heading row that heads nothing: the digits were refused.)
    const legend = c.type === 'choice' || c.type === 'yesno' ? (legendOf(grid.text(sheet.headerRow, columns.get(c.id)!), c) ?? legendAbove(grid, sheet.headerRow, c) ?? legendBelow(grid, sheet.headerRow, c) ?? legendBeside(grid, sheet.headerRow, new Set(columns.values()), c)) : undefined;
    if (legend) legends.set(c.id, legend);
  }
  // A comma inside an unquoted cell of a CSV (「1,000」 in 部门月度得分, §23) moved the rest of the row a column right:
  // read as 1 at exit 0. The row is in error at its extra cell, as a roster's or an export's.
  const numeric = order.filter((c) => c.type === 'integer' || c.type === 'number').map((c) => columns.get(c.id)!);
  const splitCell = splitCellCheck(grid, sheet.headerRow, sheet.lastColumn, new Set(numeric));
  // Where a footer's label (上月, 小结, 3月) is: the columns naming a record (客户; 车间, 被服务部门), not a month's (§23's
  // 考核月份 「2026年3月」 on every answer skipped them all) nor a 月份 of the team's.
  const logCols = order.map((c) => columns.get(c.id)!);
  const months = new Set(order.filter((c) => c.month || c.id === def.records.dated).map((c) => columns.get(c.id)!));
  const labelCols = [...new Set([...identity, ...keyColumns, ...[...labels].flatMap((id) => columns.get(id) ?? [])])].filter((c) => !months.has(c)).sort((a, b) => a - b);
  // Below the records: whether a blank line came since the last record, a count table's rows being passed (to the next
  // blank line), and the next line that may be a record below a footer's label (0: none to the end).
  let records = 0;
  let lastFilled = sheet.headerRow;
  let afterBlank = false;
  /** The records read so far: a MAX or MIN line's figures are read against them (latinStatistic). */
  const recordLines: number[] = [];
  /** A line of statistics (平均, 合计) skipped since the last record: a MAX directly under it is another. */
  let statisticsSince = false;
  const ownFields = ownFieldColumns(sheet, def);
  let inSummary = false;
  let nextRecord: number | undefined;
  const tail = (r: number) => {
    if (nextRecord === undefined || (nextRecord !== 0 && nextRecord <= r)) nextRecord = recordLineBelow(grid, r, logCols, labelCols, sheet.lastColumn + 1, false, sheet.headerRow);
    return nextRecord === 0;
  };
  for (let r = grid.nextRow(sheet.headerRow); r <= grid.rowCount; r = grid.nextRow(r)) {
    const cells: RecordRow['cells'] = new Map();
    let filled = 0;
    let firstText = '';
    let firstCol = 0;
    /** The first cell of words (a 序号 column's number comes first): where a 人均 or 部门平均 line says what it is. */
    let firstWords = '';
    let wordsCol = 0;
    let headingLike = 0;
    let requiredFilled = 0;
    /** Cells of this row's own, not a merged cell's value carried down from a row above (门店 over its orders). */
    let own = 0;
    // The levels' row under a tick layout's headings is part of the heading (it was a customer, 「客户」 blank).
    if (r === sheet.ticks?.row) continue;
    let ticks: RecordRow['ticks'];
    for (const c of order) {
      const levels = sheet.ticks?.columns.get(c.id);
      const ticked = levels?.filter((t) => !isEmpty(grid.value(r, t.col)));
      const col = ticked?.length === 1 ? ticked[0]!.col : columns.get(c.id)!;
      if (levels && ticked!.length !== 1) {
        const at = { sheet: grid.name, cell: cellAddress(r, (ticked![0] ?? levels[0]!).col) };
        (ticks ??= []).push({ id: c.id, heading: c.label, levels: levels.map((t) => t.level), ticked: ticked!.map((t) => t.level), at });
      }
      const from = grid.mergedInto?.(r, col);
      // Under a tick layout, the level ticked (A公司's √ in D5, under 产品质量·良好, is 良好); none or several, as written.
      const tickedRaw: RawValue | undefined = levels ? (ticked!.length === 1 ? { kind: 'text', value: ticked![0]!.level } : ticked!.length ? { kind: 'text', value: ticked!.map((t) => t.level).join('、') } : { kind: 'empty' }) : undefined;
      const cell: RawValue = tickedRaw ?? (remarks.has(c.id) && from ? { kind: 'empty' } : grid.value(r, col));
      const legend = legends.get(c.id);
      const raw: RawValue = legend ? byLegend(cell, legend) : cell;
      if (!isEmpty(raw)) {
        filled++;
        if (!c.optional) requiredFilled++;
        const carried = !!from && parseRef(from)?.[0] !== r;
        if (!carried) own++;
        const t = grid.text(r, col);
        // What the row says of itself (「小计」 in 指标) comes before what a merge above carries into it (生产部).
        if (!carried && !firstText) [firstText, firstCol] = [t, col];
        // A number typed as text (every cell of a CSV is) is no words: 「12」 in 柜身 before 「王强 小计」.
        if (!carried && !firstWords && raw.kind === 'text' && !NUMBER_TEXT.test(t.normalize('NFKC').trim())) [firstWords, wordsCol] = [t, col];
        // A heading repeated inside the log (a printed page's heading pasted in): only short texts can be one.
        if (t.length <= c.label.length + 12 && labelKey(t) === labelKey(c.label)) headingLike++;
      }
      // The cell's address is made only when something asks (a problem, a text listed): most cells are never named.
      const row = r;
      cells.set(c.id, {
        raw,
        get at() {
          return { sheet: grid.name, cell: cellAddress(row, col) };
        },
      });
    }
    let typed: RecordRow['typed'];
    for (const [id, col] of sheet.typed ?? []) {
      const raw = grid.value(r, col);
      if (!isEmpty(raw)) (typed ??= new Map()).set(id, { raw, at: { sheet: grid.name, cell: cellAddress(r, col) } });
    }
    // A blank line inside merged cells (门店 and 安装师傅 merged over it, 考核周期 over a month of answers) holds only what
    // the merges carry down: a blank line, not a record missing its every answer.
    // (Unless its own cells are struck through, read blank: §22 张主任's 准确性 D struck in every cell was dropped without
    // a word — 采购部 84.50 at exit 0, right, but the row's deletion unsaid, where a roster's struck name is.)
    if (filled === 0 || own === 0) {
      const crossed = order.map((c) => ({ col: columns.get(c.id)!, raw: cells.get(c.id)!.raw })).filter(({ col, raw }) => raw.kind === 'empty' && !!raw.struck && !carriedDown(grid, r, col));
      if (crossed.length && !grid.rowHidden?.(r)) struck(r, crossed[0]!.col, crossed.map(({ raw }) => (raw.kind === 'empty' ? raw.struck : '')).join(' '));
      continue;
    }
    if (r > lastFilled + 1 && records) [afterBlank, inSummary] = [true, false];
    lastFilled = r;
    if (inSummary) continue;
    // A hidden row (a superseded answer, last month's orders a filter hides) is no record, as on a roster: counted,
    // the statistics were of rows the user does not see (§3: 4 customers for 3, 丁 for 乙).
    if (grid.rowHidden?.(r)) {
      hidden(r);
      continue;
    }
    const countTable = afterBlank ? summaryBelow(grid, r, def, columns) : null;
    if (countTable) {
      summary(countTable);
      inSummary = true;
      continue;
    }
    // The headings again in another order (a second block pasted with its own heading row): its rows are not the log's
    // columns, read so their answers went to each other's questions. Said, and not read.
    const moved = headingLike < filled ? reorderedHeadings(grid, r, sheet.headerRow) : null;
    if (moved) {
      reordered(r, moved);
      return;
    }
    if (headingLike * 2 >= filled) {
      skipped(r, '重复的表头行');
      continue;
    }
    // The columns' numbers under the headings (栏次 1 2 3 …): no record — counted, it was a customer rating 2, 3, 4, 5.
    if (columnNumbersRow(grid, r, sheet.headerRow)) {
      skipped(r, '栏次行');
      continue;
    }
    // A title over the log's columns (a printed page's 「客户满意度每月记录表」 pasted in, merged across): one cell
    // shown in every column it covers, read as a record it was a customer named after the form, its ratings words.
    const banner = filled >= 2 && bannerRow(grid, r, order.map((c) => columns.get(c.id)!).filter((col) => !isEmpty(grid.value(r, col))));
    if (banner || (filled === 1 && labelKey(firstText) === labelKey(def.title))) {
      skipped(r, `标题行「${shortText(firstText, 20)}」`, firstCol);
      continue;
    }
    // A template's example row left in (序号 「示例」 over a made-up order with its own 合同编号): no record.
    if (EXAMPLE_ROW.test(firstText)) {
      skipped(r, `示例行「${shortText(firstText, 20)}」`, firstCol);
      continue;
    }
    // (Full-width colons too: 「导出人：admin | 导出时间：…」 under §5's export was an order of 7 errors, exit 1.)
    if (NOTE_WORDS.test(firstText.normalize('NFKC').replace(/\s/g, '')) || PAGE_LINE.test(firstText)) {
      skipped(r, `「${shortText(firstText, 20)}」行`, firstCol);
      continue;
    }
    // 人均, 部门平均, 总平均, 本月平均分, Average: a statistic of the records above (it was one more customer) — also
    // written in a column of the team's own left of the words (「合计」 in 序号, 客户 blank: ten errors).
    const before = leadingWords(grid, r, wordsCol || firstCol || sheet.lastColumn + 1);
    // Or in a column the log is grouped by, after other words (门店 城西店, 安装师傅 「王师傅 小计」): no group is named so.
    // Not on a row that names a record of its own (序号 4, 客户 丁): 「合计」 in its 门店 is an order's (it was dropped).
    const named = identity.some((col) => {
      const t = grid.text(r, col).trim();
      return t && !TOTAL.whole(t);
    });
    const statistic = named ? null : before && TOTAL.whole(before.text) ? before : firstWords && TOTAL.whole(firstWords) ? { text: firstWords, col: wordsCol } : statisticKey(grid, r, keyColumns);
    if (statistic) {
      skipped(r, `「${shortText(statistic.text, 20)}」行`, statistic.col);
      statisticsSince = true;
      continue;
    }
    // 「优秀率 | 40% | 40% …」 under the customers: each column's rate, not a customer 「优**」 (5 errors at exit 1). Only
    // when every other cell is a rate (rateFigures) and no column naming a record says otherwise.
    if (firstWords && RATE_LINE.test(firstWords) && identity.every((col) => { const t = grid.text(r, col).trim(); return !t || col === wordsCol; }) && rateFigures([...cells.values()].map(({ raw }) => raw).filter((raw) => !(raw.kind === 'text' && raw.value === grid.text(r, wordsCol))), firstWords)) {
      skipped(r, `「${shortText(firstWords, 20)}」行`, wordsCol);
      statisticsSince = true;
      continue;
    }
    // 上月, 小结, 3月, 结果 with figures after them below the records — no record after them, or after a blank line up to the
    // next one — are a footer as 平均 is (34: 「上月 | 7 | 7 | 7 | 7」 was a fifth customer, 88.00 乙 for 92.50 甲). Not
    // a line with records below it: a store may be named 结果.
    const footer = records ? footerLabel(grid, r, labelCols) : null;
    const below = () => grid.nextRow(r) <= grid.rowCount && footerLine(grid, grid.nextRow(r), logCols, labelCols, sheet.lastColumn + 1, sheet.headerRow);
    // (An overall verdict ends its block, not only the sheet: 「综合评价」 over a blank line and a second block's repeated
    // headings was a customer, (100+100+60+100+60+60)/6 = 80.00 良好 for (100+100+60+60+60)/5 = 76.00 一般 at exit 0.)
    const blockEnd = () => {
      const next = recordLineBelow(grid, r, logCols, labelCols, sheet.lastColumn + 1, true, sheet.headerRow);
      return next === 0 || headingRowAt(grid, next, order, columns);
    };
    if (footer && (hasFigures(cells) || (footer.overall && filled >= 2)) && (!footer.latin || latinStatistic(grid, r, labelCols, logCols, recordLines, statisticsSince, below(), ownFields)) && (tail(r) || (afterBlank && !recordLineBelow(grid, r, logCols, labelCols, sheet.lastColumn + 1, true, sheet.headerRow)) || (footer.overall && blockEnd()))) {
      skipped(r, `「${shortText(footer.text, 20)}」行`, footer.col);
      statisticsSince = true;
      continue;
    }
    // A line of the log's statistics by formula (=MAX(C3:C6) … under 「各项最高」 or any label) after the last record: §3's
    // customers 10 10 10 6 with MAX and MIN rows were six, 86.67 乙 for (10+10+10+6)/4 = 9.00 → 90.00 甲.
    const formula = records && [...cells.values()].some(({ raw }) => raw.kind === 'formula-without-result' || (raw.kind === 'number' && raw.formula)) ? statisticFormula(grid, r, logCols, sheet.headerRow) : undefined;
    if (formula && tail(r)) {
      skipped(r, `统计行(${shortText(formula, 20)})`, footer?.col ?? firstCol);
      statisticsSince = true;
      continue;
    }
    // One cell of words alone on its line — a footnote (注:本表数据来源于…), a section title (上旬回访), a remark typed on a
    // row of its own — is no record: listed as a line skipped, never an error row nor dropped without a word. A lone
    // number of a pre-numbered sheet (序号 1…200 typed down before the log was filled) is a blank line.
    if (filled === 1 && loneText(order, cells)) {
      skipped(r, `只有一格「${shortText(firstText, 20)}」的行`, firstCol);
      continue;
    }
    // Left blank, or 「未服务」, where the form says a row may be (§23 a department that did not serve this workshop this
    // month): no answer — said, not counted as a workshop served. (Refused, the advice to type 满意 raised the
    // coefficient: 1 ÷ 1.1 for 1 ÷ 0.9.)
    // (Left blank with a reason or a score beside it, the answer was forgotten, not the workshop unserved: an error as
    // before — review: 「配送多次延误」 with 评价 blank was skipped, 优秀 at exit 0.)
    // (A department's figure typed on each of its rows — 部门月度得分 — is no answer; nor a reason saying why none —
    // 「本月未配送」: review.)
    const besideKeys = order.some((c) => c.type === 'text' && !keyed.has(c.id) && !labels.has(c.id) && !c.month && !c.notServed && !isEmpty(cells.get(c.id)!.raw) && !/未|无|没有|不涉及|不需要|不适用/.test(rawText(cells.get(c.id)!.raw)));
    const notServed = order.find((c) => c.notServed && skipsRow(cells.get(c.id)!.raw, c.notServed, besideKeys));
    if (notServed) {
      const said = rawText(cells.get(notServed.id)!.raw).trim();
      skipped(r, said ? `「${notServed.label}」写「${shortText(said, 10)}」(未服务)的行` : `「${notServed.label}」留空(未服务)的行`, columns.get(notServed.id)!);
      continue;
    }
    if (filled === 1 && requiredFilled === 0) continue;
    const split = splitCell?.(r) ?? (numeric.length ? thousandsSplit(grid, r, numeric) : null);
    const shifted = split ? { fields: { ...split.fields, records: def.records.label }, at: { sheet: grid.name, cell: split.cell } } : undefined;
    // (A row under a block's title is of its month, as a month column's cell would say: March's block under 「2026年3月…」
    // was counted as February's, the title above the headings — §23 采购部 较好 0.56 of six answers for 优秀 0.00 each month.)
    const block = blockOf(sheet, r)?.month;
    for (const [id, value] of sheet.supplied ?? []) cells.set(id, { raw: { kind: 'text', value: block ?? value }, at: { sheet: grid.name } });
    if (sheet.dates && sheet.dates.month === undefined) cells.set(sheet.dates.id, datedCell(sheet, r, sheet.dates.col, block));
    const monthCell = sheet.year && monthColumn ? cells.get(monthColumn.id) : undefined;
    if (monthCell) cells.set(monthColumn!.id, { ...monthCell, raw: withYear(monthCell.raw, sheet.year!) });
    records++;
    afterBlank = false;
    recordLines.push(r);
    statisticsSince = false;
    yield { row: r, at: { sheet: grid.name }, cells, ...(typed ? { typed } : {}), ...(shifted ? { shifted } : {}), ...(ticks ? { ticks } : {}) };
  }
}

/** A merged cell's value carried into a row below its first (门店 over its orders): not the row's own. */
function carriedDown(grid: RecordSheet['grid'], r: number, col: number): boolean {
  const from = grid.mergedInto?.(r, col);
  return !!from && parseRef(from)?.[0] !== r;
}

/**
 * A row's month as its date gives it (2026-03-26 10:00 → 2026-03), at the date's cell; else its block's month, or the cell
 * as it is when there is none.
 */
function datedCell(sheet: RecordSheet, r: number, col: number, block?: string): { raw: RawValue; at: { sheet: string; cell: string } } {
  const m = cellMonth(sheet, r, col, false);
  const month = typeof m === 'string' ? m : block;
  return { raw: month ? { kind: 'text', value: month } : sheet.grid.value(r, col), at: { sheet: sheet.grid.name, cell: cellAddress(r, col) } };
}

/**
 * A month cell without its year (「3月」, 「三月」) as a month of the log's year: the latest such month not after the month
 * the log names (「12月」 in a January log is the year before).
 */
function withYear(raw: RawValue, known: { year: number; month?: number }): RawValue {
  if (raw.kind !== 'text' || parseMonth(raw.value) !== null) return raw;
  const named = /^\s*(?:\d{1,2}|[一二三四五六七八九十]|十[一二])\s*月份?\s*$/.test(raw.value.normalize('NFKC')) ? monthNumberOf(raw.value.trim()) : undefined;
  if (!named || named.year !== undefined) return raw;
  return { kind: 'text', value: monthNotAfter(named.month, known) };
}
