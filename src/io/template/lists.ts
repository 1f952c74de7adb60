import type ExcelJS from 'exceljs';
import type { FormDef, InputDef } from '../../model/definition.js';
import { columnLetters } from '../grid.js';
import { needsListRange } from './style.js';

export interface ListRanges {
  rangeFor(input: InputDef): string | undefined;
  /** Adds the hidden sheet; called after the visible sheets so that Excel opens on the form. */
  addSheet(wb: ExcelJS.Workbook): void;
}

const LIST_SHEET = '_lists';

/** Choice lists that cannot be written inline (over 255 characters, or with commas) go on a hidden sheet. */
export function planListRanges(form: FormDef): ListRanges {
  const inputs = form.parts.flatMap((p) => p.items.flatMap((i) => i.inputs)).filter(needsListRange);
  const ranges = new Map<InputDef, string>();
  inputs.forEach((input, k) => {
    const letter = columnLetters(k + 1);
    ranges.set(input, `${LIST_SHEET}!$${letter}$1:$${letter}$${input.choices!.length}`);
  });
  return {
    rangeFor: (input) => ranges.get(input),
    addSheet(wb) {
      if (!inputs.length) return;
      const ws = wb.addWorksheet(LIST_SHEET, { state: 'hidden' });
      inputs.forEach((input, k) => input.choices!.forEach((c, r) => (ws.getCell(r + 1, k + 1).value = c.label)));
    },
  };
}
