// A roster sheet named for a rater (「员工自评」, 「主管评分」), or titled so (「…考核表(员工自评)」, 「评分人:自评」), without a
// 评分人 column: its rows are that rater's, as a 评分人 column saying so makes them. Read as the form's default rater,
// a self-assessment sheet scored 99 优秀 as the supervisor's, exit 0.
import type { FormDef } from '../model/definition.js';
import { monthNumberOf } from '../engine/period.js';
import type { Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import { findRater, groupMember, raterField, saysSelf } from '../engine/raterCopy.js';
import { COMMON_SURNAMES } from '../engine/surnames.js';
import { matchKey } from '../engine/text.js';
import { cellAddress, type Grid } from './grid.js';
import { itemNameKeys } from './columns.js';
import { labelKey, withoutNumbering } from './normalize.js';
import type ExcelJS from 'exceljs';

export interface SheetRater {
  /** The words that name the rater, as written (the 评分人 each row is read with). */
  text: string;
  /** The title cell that says it; none for the sheet's tab. */
  cell?: string;
}

/** Months in a title or a tab (「2026年3月」, 「3月份」, 本月): they say nothing of whose marks these are. */
const MONTH_WORDS = /\d{2,4}\s*[年.\-/]\s*\d{1,2}\s*月?份?|\d{1,2}\s*月份?|本月|月度/g;

/** A title's words without months, the post, a department's and a survey's words around a rater's name. */
function bareRaterText(t: string): string {
  // A copy's number or letter after the name (「同事评 (2)」, Excel's name for a copied sheet; 「同事评2」, 「同事A」): the
  // same rater's group — the sheet was read as no rater's, and so the 主管's (95.00 优秀 of a colleague's marks).
  let k = matchKey(t.normalize('NFKC').replace(MONTH_WORDS, '').replace(/\s*[((]?\s*(\d{1,2}|[A-Za-z])\s*[))]?\s*$/, ''));
  for (let before = ''; before !== k; ) {
    before = k;
    // (And a department's words before it, a survey's after it: 「客服部…客户满意度评价表」 is 客户's — read as no rater's,
    // the customers' marks were the 主管's at exit 0.)
    k = k.replace(/^(客服部|客服中心|本部门|部门|员工|本人|个人|客服专员|客服人员|客服|人员)/, '').replace(/(互评|评分|评价|打分|考核|满意度|满意|调查|反馈|问卷|评|表|栏)$/, '');
  }
  return k;
}

/** A rater's name and nothing else (「员工自评」, 「主管评分」), not a text that mentions raters (「含自评」, 「自评、上级」). */
function onlyARater(form: FormDef, text: string): boolean {
  // Months, the people's post and the words 表/评分 around the rater's name (「2026年3月员工自评表」, 「客服专员3月自评表」,
  // 「员工自评 2026年3月」) say nothing of whose marks these are.
  const names = (form.raters ?? []).flatMap((r) => [r.label, r.id, ...(r.aliases ?? []), ...(r.writtenAs ?? [])]);
  // A rater's word as it is (「互评」, stripped of its 互评 it was nothing), one member of a group of several (「同事甲」,
  // 「同事-李明」, 「同事评-李明」), or a person's name before a rater's word (「李明同事评」): read as no rater's, a
  // colleague's sheet was the 主管's — 周杰 40.00 待改进 paid at exit 0 with no 主管评, or 林娜 refused as rated twice.
  if (names.some((n) => matchKey(n) === matchKey(text)) || groupMember(form, text)) return true;
  const key = bareRaterText(text);
  if (!key) return false;
  const person = (k: string, n: string) => k.length > n.length && k.endsWith(n) && NAMED.test(k.slice(0, k.length - n.length));
  return names.some((n) => bareRaterText(n) === key || (bareRaterText(n).length >= 2 && person(key, bareRaterText(n)))) || (saysSelf(text) && ['自', '自我', '本人', '自己', ''].includes(key));
}

/** A person's name: a surname and one or two more characters. */
const NAMED = new RegExp(`^[${COMMON_SURNAMES}]\\p{Script=Han}{1,2}$`, 'u');

/** The text after the form's title, or the post its title names (客服代表 of 客服代表考核表), a month before it dropped. */
function afterTitle(form: FormDef, text: string): string | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '').replace(/^\d{2,4}[年.\-/]\d{1,2}月?份?|^\d{1,2}月份?/, '');
  const title = form.title.normalize('NFKC').replace(/\s+/g, '');
  const stems = [title, title.replace(/(考核表|考评表|评分表|评价表|测评表|表)$/, ''), title.replace(/(考核|考评|绩效|月度|评分|评价|测评|岗位)*(表|方案)?$/, '')].filter((s) => s.length >= 2);
  for (const s of stems) if (t.startsWith(s) && t.length > s.length) return t.slice(s.length);
  return undefined;
}

/** `person`: a person's own sheet's name, which its tab may carry beside the rater (「李强自评」). */
export function sheetRater(grid: Grid, form: FormDef, headerRow: number, entryColumns: ReadonlySet<number>, person?: string): SheetRater | null {
  const field = raterField(form);
  if (!field) return null;
  // Columns of the raters on the sheet (「文档编写·主管」, a row of 自评 / 上级 over the items): the columns say whose
  // marks are whose, not a title or the tab.
  for (let row = Math.max(1, headerRow - 2); row <= headerRow + 1 && row <= grid.rowCount; row++) {
    for (let col = 1; col <= Math.min(grid.columnCount, 200); col++) {
      const text = grid.text(row, col);
      if (!text || text.length > 40) continue;
      // In the headings, one naming a rater (「文档编写·主管」, 「自评」); above or below an item's column, a rater's name
      // alone (a title row 「自评」 over the 工号 is the sheet's title).
      // (Only over the marks: a column of who — 「直属上级」, 「客户名称」, §4's 直接主管 | 间接主管 fields — says no one's
      // marks; it turned the tab 「员工自评」 off, the self-ratings scored 100 优秀 as the 主管's at exit 0.)
      if (!entryColumns.has(col)) continue;
      if (row === headerRow ? findRater(form, text) !== undefined || saysSelf(text) : onlyARater(form, text)) return null;
    }
  }
  const named = (text: string): string | null => raterNamedIn(form, text);
  for (let row = 1; row < headerRow && row <= 10; row++) {
    // The upper row of two-row headings (「工号」 … 「员工自评」 over some items, 「主管评分」 over the rest): a block's name, not
    // the sheet's title — read as one, every row was the 员工自评's and nobody scored.
    // (A line of the sheet's own fields there — 「评分人:自评」 | 「考核期间:2026年3月」 — still says who rated: review.)
    const groupRow = row === headerRow - 1 && headingsOn(grid, row, headerRow);
    for (let col = 1; col <= Math.min(grid.columnCount, 30); col++) {
      if (groupRow && !LABELLED.test(grid.text(row, col))) continue;
      const text = grid.text(row, col);
      const found = text ? named(text) : null;
      if (found) return { text: found, cell: cellAddress(row, col) };
    }
  }
  const tab = named(grid.name) ?? (person && grid.name.includes(person) ? named(grid.name.replace(person, '').replace(/^[\s\-_·・]+|[\s\-_·・]+$/g, '')) : null);
  return tab ? { text: tab } : null;
}

/** A field and its value on one cell (「评分人:自评」): no group heading is written so. */
const LABELLED = /[::]/;

/** Whether `row` holds two or more headings over the header row's columns (a title is one text, merged or not). */
function headingsOn(grid: Grid, row: number, headerRow: number): boolean {
  const texts = new Set<string>();
  for (let col = 1; col <= Math.min(grid.columnCount, 200) && texts.size < 2; col++) {
    const t = grid.text(row, col);
    if (t && !LABELLED.test(t) && grid.text(headerRow, col)) texts.add(t);
  }
  return texts.size >= 2;
}

/**
 * The rater a title names (「评分人:自评」, 「…考核表(员工自评)」, 「客服代表考核表 员工自评」, 「3月员工自评」, a section row
 * 「二、员工自评」), as written; null when it names none or more than a rater.
 */
export function raterNamedIn(form: FormDef, text: string): string | null {
  const field = raterField(form);
  if (!field) return null;
  // 「评分人:自评」: the form's own words for its rater field (评分人, 考核人 …), then who.
  const fieldWords = [field.label, ...(field.aliases ?? [])].map((w) => matchKey(w));
  const t = withoutNumbering(text).normalize('NFKC').trim();
  const colon = /^([^::]+)[::]\s*(.+)$/.exec(t);
  const labelled = colon && fieldWords.includes(matchKey(colon[1]!)) ? colon[2]!.trim() : undefined;
  const noted = /[(\[【]([^()\[\]【】]+)[)\]】]\s*$/.exec(t)?.[1]?.trim();
  // After the form's title or the post it names (「客服代表考核表 员工自评」, 「2026年3月客服代表员工自评表」), or after a space.
  const titled = afterTitle(form, t);
  const last = /\s(\S+)$/.exec(t)?.[1];
  // 「3月员工自评」, 「员工自评2026年3月」: the month says nothing of who.
  const undated = t.replace(MONTH_WORDS, '').trim();
  for (const candidate of [labelled, noted, t, titled, last, undated]) {
    if (!candidate || !onlyARater(form, candidate)) continue;
    if (saysSelf(candidate) || findRater(form, candidate) !== undefined) return candidate;
    // 「客服部2026年3月客户满意度评价表」: 客户's by its bare words, which findRater does not read — said as that rater.
    const key = bareRaterText(candidate);
    const rater = (form.raters ?? []).find((r) => [r.label, r.id, ...(r.aliases ?? []), ...(r.writtenAs ?? [])].some((n) => bareRaterText(n) === key));
    if (rater) return rater.label;
  }
  return null;
}

/**
 * The note of hidden sheets not read. One named for a rater who counts (同事评, kept out of sight for being anonymous) is
 * an error: its marks were dropped and its weight given to the others with a note only (张三 82.00 for 80.80).
 */
export function hiddenSheetProblem(form: FormDef, sheets: string[], file: string, holdsItems: (sheet: string) => boolean = () => false): Problem {
  // Only a sheet of that rater's marks: not a hidden list of names for a drop-down (「直接主管」: 王芳, 孙丽), nor last
  // month's sheet (「2月主管评」, hidden as kpi advises).
  const marks = (name: string) => monthNumberOf(name) === undefined && !/\d{1,2}\s*月/.test(name) && holdsItems(name);
  const raters = [...new Set(sheets.filter(marks).map((name) => raterNamedIn(form, name)).filter((r): r is string => r !== null && (findRater(form, r)?.weight ?? 0) > 0))];
  return problem('hidden-sheet', { sheets, ...(raters.length ? { raters } : {}) }, { file }, raters.length ? { severity: 'error' } : {});
}

/** Whether a sheet of the workbook (hidden, not read) carries the form's item names in its first rows: a rater's marks. */
export function sheetHoldsItems(wb: ExcelJS.Workbook | null, form: FormDef): (sheet: string) => boolean {
  const names = itemNameKeys(form);
  return (sheet) => {
    const ws = wb?.getWorksheet(sheet);
    if (!ws) return false;
    let found = 0;
    for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
      ws.getRow(r).eachCell((cell) => {
        const v = cell.value as unknown;
        const text = typeof v === 'string' ? v : v && typeof v === 'object' && 'richText' in v ? (v as { richText: Array<{ text?: string }> }).richText.map((t) => t.text ?? '').join('') : '';
        if (text && names.has(labelKey(text))) found++;
      });
    }
    return found >= 2;
  };
}
