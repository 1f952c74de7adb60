// A remark saying one of two rows replaces the other (备注 「重复」, 「以下一行为准」, the correction's 「复评,以此为准」):
// 13f/13g/13h 采购部 with 二车间's 很不满意 and its corrected 满意 both counted, w = 1 较差 1.11 at exit 0 without a word.
// Which row counts is not guessed (「重复」 names neither; only 「作废」 sets a row aside, voided.ts): both stay counted
// and both rows are named.
import type { RecordRow } from '../../engine/groups/result.js';
import type { RecordFormDef } from '../../model/records.js';
import type { Location } from '../../model/entries.js';
import { cellAddress, rawText } from '../grid.js';
import type { RecordSheet } from './read.js';
import { cellText, type MarkColumn } from './voided.js';

const OPEN = '[(（\\[【〔「<《]?';
const CLOSE = '[)）\\]】〕」>》]?[。.!！]?';
/** The row points at another: the one below, the one above, itself (the other being the same record), or a copy. */
const POINTS: Array<[RegExp, Replaced['points']]> = [
  [/以下.{0,3}为准|下一?[行条]为准/, 'below'],
  [/以上.{0,3}为准|上一?[行条]为准/, 'above'],
  [/以此.{0,2}为准|以本[行条次]为准|以这一?[行条次]为准|以复评为准/, 'this'],
  // Alone: 「问题重复」 in a 原因 is the reason (the same fault again), not a copy.
  [new RegExp(`^${OPEN}(重复|重复录入|录入重复|重复记录|重复填写|重复提交)${CLOSE}$`), 'copy'],
];

export interface Replaced {
  row: number;
  text: string;
  heading: string;
  points: 'below' | 'above' | 'this' | 'copy';
  /** The other row it means, when one is found. */
  other?: number;
  at: Location;
}

/**
 * The rows counted whose remark says another row replaces it or it replaces another. `rows` are the log's rows read, the
 * ones set aside (「作废」) among them: a 「以此为准」 beside its voided original says nothing more.
 */
export function replacedRows(rows: readonly RecordRow[], setAside: ReadonlySet<number>, sheet: RecordSheet, columns: Map<number, MarkColumn>, def: RecordFormDef, file: string): Replaced[] {
  const out: Replaced[] = [];
  for (const row of rows) {
    if (setAside.has(row.row)) continue;
    for (const [col, { heading }] of columns) {
      const text = cellText(sheet, row.row, col);
      const points = text ? POINTS.find(([re]) => re.test(text))?.[1] : undefined;
      if (!points) continue;
      const other = otherRow(row, points, rows, def);
      if (other && setAside.has(other.row)) break;
      // (A log with keys that must be unique (§22, §5) refuses the repeat already, naming both rows: 「两条都计入了」 beside
      // 「这一条答案不计入」 contradicted it.)
      if (other && def.records.unique && recordKey(other, def) === recordKey(row, def)) break;
      out.push({ row: row.row, text, heading, points, ...(other ? { other: other.row } : {}), at: { file, sheet: sheet.grid.name, cell: cellAddress(row.row, col) } });
      break;
    }
  }
  return out;
}

/** The row a remark means: the next or previous row, or the nearest one of the same record (earlier first). */
function otherRow(row: RecordRow, points: Replaced['points'], rows: readonly RecordRow[], def: RecordFormDef): RecordRow | undefined {
  if (points === 'below') return rows.find((r) => r.row > row.row);
  if (points === 'above') return rows.filter((r) => r.row < row.row).pop();
  const key = recordKey(row, def);
  const same = rows.filter((r) => r !== row && recordKey(r, def) === key);
  return same.filter((r) => r.row < row.row).pop() ?? same.find((r) => r.row > row.row);
}

/** What names the record: its unique columns (§22 周期·部门·评价人·被评价部门·指标, §5 合同编号), else 月份 and its label. */
function recordKey(row: RecordRow, def: RecordFormDef): string {
  const month = def.records.columns.find((c) => c.month)?.id;
  const ids = def.records.unique ?? [...(month ? [month] : []), ...(def.records.rowLabel ?? [])];
  return ids.map((id) => {
    const cell = row.cells.get(id);
    return cell && cell.raw.kind !== 'empty' ? rawText(cell.raw).replace(/\s+/g, '') : '';
  }).join('\u0000');
}
