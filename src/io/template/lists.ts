import type ExcelJS from 'exceljs';
import type { FormDef, InputDef } from '../../forms/types.js';
import { needsListRange } from './style.js';

export interface ListRanges {
  rangeFor(input: InputDef): string | undefined;
}

const LIST_SHEET = '_lists';

/** Puts choice lists that cannot be written inline (over 255 characters, or with commas) on a hidden sheet. */
export function addListSheet(wb: ExcelJS.Workbook, form: FormDef): ListRanges {
  const ranges = new Map<InputDef, string>();
  const inputs = form.parts.flatMap((p) => p.items.flatMap((i) => i.inputs)).filter(needsListRange);
  if (inputs.length) {
    const ws = wb.addWorksheet(LIST_SHEET, { state: 'hidden' });
    inputs.forEach((input, k) => {
      const col = k + 1;
      input.choices!.forEach((c, r) => (ws.getCell(r + 1, col).value = c.label));
      const letter = ws.getColumn(col).letter;
      ranges.set(input, `${LIST_SHEET}!$${letter}$1:$${letter}$${input.choices!.length}`);
    });
  }
  return { rangeFor: (input) => ranges.get(input) };
}
