// Where the cells kpi wrote into a team's own columns (a person's sheet: 得分, 说明, the total) are now, after the team
// inserted a column or copied a graded sheet to add a person: found by the texts kpi wrote there (its explanations).
import type ExcelJS from 'exceljs';
import { parseRef } from '../fast/xml.js';
import { cellAddress, cellText } from '../grid.js';
import { GradedColumnsMoved } from './ledgerFind.js';
import { appendTo } from '../../model/groups.js';

/** A value kpi wrote into a cell of the team's, at the address it was written to. */
export interface WrittenCell {
  sheet: string;
  address: string;
  written: unknown;
}

type Text = { row: number; col: number; text: string };

/**
 * Per sheet, how many columns kpi's cells have moved since: a column inserted or deleted to their left moves them all
 * alike. Undone at their old addresses they would empty the team's cells now there — where 主管's points equal 得分's,
 * every one. Texts found moved unevenly (a column inserted between 得分 and 说明) cannot be undone safely:
 * GradedColumnsMoved. `now`: where a recorded address is after rows moved.
 */
export function columnsShifted(wb: ExcelJS.Workbook, written: readonly WrittenCell[], now: (sheet: string, address: string) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [sheet, cells] of textsBySheet(written, now)) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    const found = (d: number) => cells.filter((c) => c.col + d >= 1 && textIn(ws, c.row, c.col + d) === c.text).length;
    const here = found(0);
    if (here === cells.length) continue;
    let best = 0;
    let most = here;
    for (let d = -20; d <= 20; d++) {
      const n = d === 0 ? 0 : found(d);
      if (n > most) [best, most] = [d, n];
    }
    if (best === 0) continue; // texts typed over, nothing moved
    if (most < cells.length) throw new GradedColumnsMoved(sheet, [], true);
    out.set(sheet, best);
  }
  return out;
}

/**
 * Sheets kpi wrote nothing in (`recorded`: those it did) that hold, at the same places, every text kpi wrote in a
 * sheet it graded (two at least): copies of that sheet made since (a person added by copying a graded sheet), by the
 * sheet they were copied from.
 */
export function copiedSheets(wb: ExcelJS.Workbook, written: readonly WrittenCell[], recorded: ReadonlySet<string>): Map<string, ExcelJS.Worksheet[]> {
  const texts = textsBySheet(written, (_, address) => address);
  const out = new Map<string, ExcelJS.Worksheet[]>();
  for (const ws of wb.worksheets) {
    if (recorded.has(ws.name)) continue;
    for (const [sheet, cells] of texts) {
      if (cells.length < 2 || !cells.every((c) => textIn(ws, c.row, c.col) === c.text)) continue;
      appendTo(out, sheet, ws);
      break;
    }
  }
  return out;
}

export function shiftedAddress(address: string, by: number): string {
  const ref = by ? parseRef(address) : null;
  return ref ? cellAddress(ref[0], ref[1] + by) : address;
}

/** Per sheet, the texts kpi wrote (two characters or more: its explanations), where their rows are now. */
function textsBySheet(written: readonly WrittenCell[], now: (sheet: string, address: string) => string): Map<string, Text[]> {
  const texts = new Map<string, Text[]>();
  for (const { sheet, address, written: w } of written) {
    const ref = parseRef(now(sheet, address));
    if (!ref || typeof w !== 'string' || [...w.trim()].length < 2) continue;
    appendTo(texts, sheet, { row: ref[0], col: ref[1], text: w.trim() });
  }
  return texts;
}

function textIn(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const cell = ws.findRow(row)?.findCell(col);
  return cell ? cellText(cell).trim() : '';
}
