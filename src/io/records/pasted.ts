// A log pasted a second time under itself (§23: title, heading and all 33 rows again after two blank rows): every
// answer counted twice at exit 0, 采购部 u = 4 很差 91.67 for u = 2 较差 93.89, with 33 warnings 「…每一列都相同」.
// Only a copy that cannot be genuine answers is set aside: §21 answers of anonymous customers (散客 1–7, A B C A B C A;
// 匿名用户 with their own 序号 and 提交答卷时间) were taken for one, 89.71 良好 read as 91.00 优秀 from 4 of 7 answers.
import type { RecordRow } from '../../engine/groups/result.js';
import { serialDate } from '../../engine/period.js';
import { ANONYMOUS } from '../../engine/text.js';
import type { RecordFormDef } from '../../model/records.js';
import { rawText } from '../grid.js';
import { identityColumns, type RecordSheet } from './read.js';

/** A run of rows repeating earlier rows one for one: where it is and what it copies (sheet rows). */
export interface PastedCopy {
  from: number;
  to: number;
  sourceFrom: number;
  sourceTo: number;
  count: number;
  first: RecordRow;
}

/** What starts a pasted block: the log's heading row again, or its title again (a line above the heading). */
export type Restart = 'heading' | 'title';

/** Shortest run taken for a copy: one or two rows alike are two customers answering alike (counted, said). */
const LEAST = 3;
/** Earlier rows tried as the start of what a run copies (a log of 50,000 answers mostly alike stays linear). */
const TRIED = 32;
/** A log's own row numbering (§5 序号): a copy under a repeated heading may continue it (34, 35 …). */
const ROW_NUMBER = /^(序号|行号|编号|No\.?|#)$/i;
/** Customers left unnamed besides ANONYMOUS's (a shop's walk-in customers): their answers alike are still answers. */
const WALK_IN = /^(散客|游客|访客|路人)$/;

/**
 * Runs of at least three rows (two of them different) that are a copy of earlier rows, the earlier ones counted:
 * - right after the log's heading row or title again (a blank gap alone, or rows straight under, may be more answers:
 *   two workshops' six answers each about 仓储部, g = 4, were read as one workshop's, g = 2);
 * - each row the same as the earlier row in the same place in every cell it fills, read or not (序号, 提交答卷时间), a
 *   column the log does not read left blank allowed (§21's 得分 not pasted); a 序号 continuing the numbering only
 *   under a repeated heading row;
 * - no customer anonymous (匿名, 散客, blank): answers alike from them are never told from a copy.
 */
export function pastedCopies(rows: readonly RecordRow[], def: RecordFormDef, sheet: RecordSheet, restarts: ReadonlyMap<number, Restart>): PastedCopy[] {
  const { grid } = sheet;
  const numbered = (col: number) => ROW_NUMBER.test(grid.text(sheet.headerRow, col).trim());
  const readCols = new Set(def.records.columns.flatMap((c) => sheet.columns.get(c.id) ?? []));
  const cols = Array.from({ length: sheet.lastColumn }, (_, k) => k + 1);
  // A date column's cells pasted as values into General cells show the date's serial (§23 考核月份 46082 under rows of
  // 2026-03-01 shown 「2026年3月」, read 2026-03): taken for answers of their own, six rows were six errors 「实际为
  // 「46082」」, both departments 未定级 at exit 1, where the block copies the rows above but for the format. A serial
  // reads as its day (a month column's: its month, as the column's dates are read).
  const months = new Set(def.records.columns.filter((c) => c.month).flatMap((c) => sheet.columns.get(c.id) ?? []));
  const days = new Set(def.records.columns.filter((c) => c.type === 'date' || c.id === def.records.dated).flatMap((c) => sheet.columns.get(c.id) ?? []));
  const text = (r: number, c: number) => {
    const raw = grid.value(r, c);
    const day = (months.has(c) || days.has(c)) && raw.kind === 'number' ? serialDate(raw.value) : raw.kind === 'date' && !raw.elapsed ? raw.value : null;
    const t = day && months.has(c) && /^\d{4}-\d{2}/.test(day) ? day.slice(0, 7) : (day ?? rawText(raw));
    return t.trim().toLowerCase();
  };
  const keys = rows.map((r) => {
    const texts = [...readCols].filter((c) => !numbered(c)).map((c) => text(r.row, c));
    return texts.filter(Boolean).length < 2 ? '' : texts.join('\u0000');
  });
  const named = identityColumns(def).flatMap((id) => sheet.columns.get(id) ?? []);
  const anonymous = (r: number) => named.some((c) => {
    const t = text(r, c);
    return !t || ANONYMOUS.test(t) || WALK_IN.test(t);
  });
  const step = (i: number) => rows[i]!.row - rows[i - 1]!.row;
  /** What restarts the log between rows[i - 1] and rows[i]. */
  const restartBefore = (i: number): Set<Restart> => {
    const out = new Set<Restart>();
    if (i > 0) for (let r = rows[i - 1]!.row + 1; r < rows[i]!.row; r++) if (restarts.has(r)) out.add(restarts.get(r)!);
    return out;
  };
  /** rows[i] the same as rows[j] in every cell it fills; its 序号 may be `number` where the block continues the numbering. */
  const same = (i: number, j: number, number: number | undefined) =>
    cols.every((c) => {
      const [a, b] = [text(rows[i]!.row, c), text(rows[j]!.row, c)];
      if (a === b) return true;
      if (numbered(c)) return number !== undefined && Number(a) === number;
      return !a && !readCols.has(c);
    });
  const seen = new Map<string, number[]>();
  const out: PastedCopy[] = [];
  for (let i = 0; i < rows.length; i++) {
    const key = keys[i]!;
    const after = restartBefore(i);
    const earlier = key && after.size ? seen.get(key) : undefined;
    let best = { j: -1, length: 0 };
    // The 序号 the row before the block ends on, continued by a block under a repeated heading row.
    const last = after.has('heading') ? cols.filter(numbered).map((c) => Number(text(rows[i - 1]!.row, c))).find((n) => Number.isInteger(n) && n > 0) : undefined;
    for (const j of new Set([...(earlier ?? []).slice(0, TRIED / 2), ...(earlier ?? []).slice(-TRIED / 2)])) {
      let n = 0;
      while (i + n < rows.length && j + n < i && keys[i + n] && keys[i + n] === keys[j + n] && (n === 0 || (step(i + n) === step(j + n) && !restartBefore(i + n).size)) && same(i + n, j + n, last === undefined ? undefined : last + 1 + n)) n++;
      if (n > best.length && new Set(keys.slice(i, i + n)).size > 1) best = { j, length: n };
    }
    const n = best.length;
    if (n >= LEAST && !rows.slice(i, i + n).some((r) => anonymous(r.row))) {
      out.push({ from: rows[i]!.row, to: rows[i + n - 1]!.row, sourceFrom: rows[best.j]!.row, sourceTo: rows[best.j + n - 1]!.row, count: n, first: rows[i]! });
      i += n - 1;
      continue;
    }
    if (key) {
      const list = seen.get(key);
      if (list) list.push(i);
      else seen.set(key, [i]);
    }
  }
  return out;
}
