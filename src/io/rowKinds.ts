import type { ColumnTarget } from './columns.js';
import { type Problem } from '../model/problem.js';
import { problem } from '../model/problems/index.js';
import type { Grid } from './grid.js';
import { cleanText, toSimplified } from '../engine/text.js';

// Rows under the people that are not people: totals and averages (合计/平均 in the name cells), signature and
// note lines (制表人:张三 审核:李四, 注:…). Only the cells that name a person decide: a 备注 「平均每天回访30户」
// or a 部门 「审核部」 says nothing about whether the row is a person. Every row skipped is reported.

const TOTAL_START = /^(合计|总计|小计|共计|累计|平均|均值|汇总|总分|总数|人均|中位数|中值|最高|最低)/;
/** A row of the items' full marks under the headings: the whole cell is the word. */
const MAX_ROW = /^(满分|分值|标准分|满分值|权重|比重|占比|权数)(行)?([((][^()()]*[))])?[::]?$/;
/** 部门平均, 本组平均, 月平均, 部门合计: a statistic of a group (a group word first: 王平均 is a person). */
const TOTAL_END = /(部门|科室|本组|小组|全组|组|班组|团队|总体|整体|全体|全员|全部|本月|月|季度|年度)(平均|均值|合计|小计|总计)(分|值|数)?$/;
/** Exports and English templates: the whole cell is the word. */
const TOTAL_WORD = /^(total|subtotal|grand total|sum|average|avg|mean|median)[::]?$/i;

/** A cell naming a row of totals or statistics (合计, 平 均, 部门平均, 中位数, 满分, Total), not a person. */
export const TOTAL = {
  test(text: string): boolean {
    const t = text.replace(/\s+/g, '');
    return TOTAL_START.test(t) || TOTAL_END.test(t) || MAX_ROW.test(t) || TOTAL_WORD.test(text.trim());
  },
};
const NOTE = /^(制表|审核|审批|复核|核对|批准|签字|签名|填表|填报|备注|说明|注|附注|日期|负责人|考核人|考评人|确认)(人|签字|日期)?(\s*[::]|\s|$)/;

export interface SkippedRow {
  row: number;
  kind: 'total' | 'note';
  text: string;
}

const key = (s: string) => toSimplified(cleanText(s).replace(/\s+/g, ' '));

/** 「2人」「共2人」「合计3人」 where a name would be: the head count of a totals line. */
const HEAD_COUNT = /^(共|合计|总计)?\d+(人|名)$/;

/** A unit row under the headings: every filled cell a unit in brackets (「(分)」「(%)」「(次)」). */
const UNIT = /^[((][^()()]{1,6}[))]$/;

/**
 * Rows that are part of the table's layout, not people: the headings repeated (a second block under a section title),
 * a section title alone (「售后组」 with no name and nothing filled), a row of units under the headings.
 */
function layoutRow(grid: Grid, row: number, columns: Map<number, ColumnTarget>, headerRow: number): string | null {
  const texts: Array<{ col: number; text: string }> = [];
  for (let col = 1; col <= grid.columnCount; col++) {
    const t = grid.text(row, col).trim();
    if (t) texts.push({ col, text: t });
  }
  if (!texts.length) return null;
  if (texts.every((t) => UNIT.test(t.text.normalize('NFKC')))) return texts[0]!.text;
  const same = texts.filter((t) => t.text === grid.text(headerRow, t.col).trim()).length;
  if (same >= 2 && same * 2 >= texts.length) return texts.map((t) => t.text).slice(0, 3).join(' ');
  const entriesFilled = [...columns].some(([col, t]) => t.kind === 'entry' && grid.value(row, col).kind !== 'empty');
  const named = [...columns].some(([col, t]) => t.kind === 'header' && t.field.role === 'name' && grid.text(row, col).trim());
  if (!entriesFilled && !named && texts.length === 1 && grid.value(row, texts[0]!.col).kind === 'text') return texts[0]!.text;
  return null;
}

/** Whether a row under the headings is a total or a note/signature line rather than a person; null = a person. */
export function classifyRow(grid: Grid, row: number, columns: Map<number, ColumnTarget>, headerRow?: number): Omit<SkippedRow, 'row'> | null {
  if (headerRow !== undefined) {
    const layout = layoutRow(grid, row, columns, headerRow);
    if (layout) return { kind: 'note', text: layout };
  }
  let nameText = '';
  const identity: string[] = [];
  let firstEntry = Infinity;
  for (const [col, t] of columns) {
    if (t.kind === 'entry') firstEntry = Math.min(firstEntry, col);
    else if (t.field.role === 'name') nameText = key(grid.text(row, col));
    else if (t.field.role === 'id') identity.push(key(grid.text(row, col)));
  }
  if (nameText && !HEAD_COUNT.test(nameText)) {
    if (TOTAL.test(nameText)) return { kind: 'total', text: nameText };
    if (NOTE.test(nameText)) return { kind: 'note', text: nameText };
    return null;
  }
  // No name, or a head count in its place (「合计 | 2人」): a 序号 or 工号 cell saying 合计, or a line of nothing but
  // signatures and notes.
  for (let col = 1; col < Math.min(firstEntry, grid.columnCount + 1, 60); col++) {
    if (!columns.has(col)) identity.push(key(grid.text(row, col)));
  }
  const total = identity.find((t) => TOTAL.test(t)) ?? (nameText ? nameText : undefined);
  if (total) return { kind: 'total', text: total };
  const texts: string[] = [];
  for (let col = 1; col <= grid.columnCount; col++) {
    const v = grid.value(row, col);
    if (v.kind === 'empty') continue;
    if (v.kind !== 'text') return null;
    const t = key(v.value);
    if (!t) continue;
    if (!NOTE.test(t)) return null;
    texts.push(t);
  }
  return texts.length ? { kind: 'note', text: texts[0]! } : null;
}

export function skippedRowsProblem(sheet: string, rows: SkippedRow[], file?: string): Problem {
  return problem('skipped-row', { sheet, rows: rows.slice(0, 10).map((r) => ({ row: r.row, text: r.text })), count: rows.length }, { file, sheet });
}
