// A log pasted a second time under itself (§23: title, heading and all 33 rows again after two blank rows): every
// answer counted twice at exit 0, 采购部 u = 4 很差 91.67 for u = 2 较差 93.89, with 33 warnings 「…每一列都相同」.
import type { RecordRow } from '../../engine/groups/result.js';
import type { RecordFormDef } from '../../model/records.js';
import { rawText } from '../grid.js';

/** A run of rows repeating earlier rows one for one: where it is and what it copies (sheet rows). */
export interface PastedCopy {
  from: number;
  to: number;
  sourceFrom: number;
  sourceTo: number;
  count: number;
  first: RecordRow;
}

/** Shortest run taken for a copy: one or two rows alike are two customers answering alike (counted, said). */
const LEAST = 3;
/** Earlier rows tried as the start of what a run copies (a log of 50,000 answers mostly alike stays linear). */
const TRIED = 32;
/** A log's own row numbering (§5 序号): renumbered, a pasted row is the same row (as identical() in the run). */
const ROW_NUMBER = /^(序号|行号|编号|No\.?|#)$/i;

/**
 * Runs of at least three rows, each the same in every column as the earlier row in the same place of an earlier run,
 * in the same order, that start after a gap (blank rows, a repeated title or heading) or right where the run they
 * copy ends (the rows pasted straight under themselves). The earlier run is the one counted.
 * Rows alike by chance (all 优秀) are not taken: the run holds two different rows at least.
 */
export function pastedCopies(rows: readonly RecordRow[], def: RecordFormDef): PastedCopy[] {
  const columns = def.records.columns.filter((c) => !ROW_NUMBER.test(c.label));
  const keys = rows.map((r) => {
    const texts = columns.map((c) => {
      const raw = r.cells.get(c.id)?.raw;
      return raw ? rawText(raw).trim().toLowerCase() : '';
    });
    return texts.filter(Boolean).length < 2 ? '' : texts.join('\u0000');
  });
  const gapBefore = (i: number) => i > 0 && rows[i]!.row > rows[i - 1]!.row + 1;
  const step = (i: number) => rows[i]!.row - rows[i - 1]!.row;
  const seen = new Map<string, number[]>();
  const out: PastedCopy[] = [];
  let segment = 0;
  for (let i = 0; i < rows.length; i++) {
    if (gapBefore(i)) segment = i;
    const key = keys[i]!;
    const earlier = key ? seen.get(key) : undefined;
    let best = { j: -1, length: 0 };
    if (earlier) {
      const tried = gapBefore(i) ? [...earlier.slice(0, TRIED / 2), ...earlier.slice(-TRIED / 2)] : [];
      // Straight under the rows it copies: from the start of their run (the whole log, or its part after a gap).
      if (segment < i && keys[segment] === key) tried.push(segment);
      for (const j of new Set(tried)) {
        let n = 0;
        while (i + n < rows.length && j + n < i && keys[i + n] && keys[i + n] === keys[j + n] && (n === 0 || step(i + n) === step(j + n))) n++;
        if (!gapBefore(i) && j + n !== i) continue;
        if (n > best.length && new Set(keys.slice(i, i + n)).size > 1) best = { j, length: n };
      }
    }
    if (best.length >= LEAST) {
      const n = best.length;
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
