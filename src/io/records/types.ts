// What reading a record log leaves for the graded workbook: the figures, the sheets, one small mark per row.
import type { RecordFormResult } from '../../engine/groups/result.js';
import type { Problem } from '../../model/problem.js';
import type { RecordSheet } from './read.js';

/** Per sheet: row → whether it counted, and the derived values written beside it (not the row itself). */
export type RowMarks = Map<string, Map<number, { ok: boolean; values: Array<number | null> }>>;

export interface ReadRecords {
  result: RecordFormResult;
  sheets: RecordSheet[];
  marks: RowMarks;
  problems: Problem[];
}
