// A roster sheet named for a rater (「员工自评」, 「主管评分」), or titled so (「…考核表(员工自评)」, 「评分人:自评」), without a
// 评分人 column: its rows are that rater's, as a 评分人 column saying so makes them. Read as the form's default rater,
// a self-assessment sheet scored 99 优秀 as the supervisor's, exit 0.
import type { FormDef } from '../model/definition.js';
import { findRater, raterField, saysSelf } from '../engine/raterCopy.js';
import { cellAddress, type Grid } from './grid.js';

export interface SheetRater {
  /** The words that name the rater, as written (the 评分人 each row is read with). */
  text: string;
  /** The title cell that says it; none for the sheet's tab. */
  cell?: string;
}

const FIELD_WORDS = /^(评分人|考核人|考评人|评价人|评估人|打分人|rater)\s*[::]\s*(.+)$/i;

export function sheetRater(grid: Grid, form: FormDef, headerRow: number): SheetRater | null {
  const field = raterField(form);
  if (!field) return null;
  const named = (text: string): string | null => {
    const t = text.normalize('NFKC').trim();
    const labelled = FIELD_WORDS.exec(t)?.[2]?.trim();
    const noted = /[(\[【]([^()\[\]【】]+)[)\]】]\s*$/.exec(t)?.[1]?.trim();
    for (const candidate of [labelled, noted, t]) {
      if (candidate && (saysSelf(candidate) || findRater(form, candidate) !== undefined)) return candidate;
    }
    return null;
  };
  for (let row = 1; row < headerRow && row <= 10; row++) {
    for (let col = 1; col <= Math.min(grid.columnCount, 30); col++) {
      const text = grid.text(row, col);
      const found = text ? named(text) : null;
      if (found) return { text: found, cell: cellAddress(row, col) };
    }
  }
  const tab = named(grid.name);
  return tab ? { text: tab } : null;
}
