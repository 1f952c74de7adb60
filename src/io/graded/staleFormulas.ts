import type ExcelJS from 'exceljs';
import { columnNumber } from '../fast/xml.js';

// A formula of the team's over kpi's cells (奖金 =AD2*50, =考核表!AD2, =汇总!C5) was saved with the result it had at
// the last grading. Excel recalculates when told (fullCalcOnLoad); LibreOffice shows a saved result as it is — the
// old score for a changed input. Such formulas are written without a result, which every program then calculates.

/** What kpi wrote in a graded workbook: its own sheets, its appended columns, and single cells of the team's sheets. */
export interface KpiCells {
  sheets: ReadonlySet<string>;
  columns: ReadonlyArray<{ sheet: string; first: number; last: number }>;
  cells: ReadonlyMap<string, ReadonlyArray<[number, number]>>;
}

// A reference: an optional sheet ('考核表'! or 考核表!), then a cell or range (A1, $AD$2, A1:B9) or whole columns (AD:AF).
// A name followed by 「(」 is a function (LOG10, not cell LOG10).
const REF = /(?:(?:'((?:[^']|'')+)'|([^\s'!:(),+\-*/^&=<>"{};]+))!)?(\$?[A-Z]{1,3})(\$?\d{1,7})?(?::(\$?[A-Z]{1,3})(\$?\d{1,7})?)?(?![\w(])/g;

/** Drops the saved result of every formula that reads a cell kpi wrote; the number of formulas so changed. */
export function forgetResultsOverKpi(wb: ExcelJS.Workbook, kpi: KpiCells): number {
  let changed = 0;
  for (const ws of wb.worksheets) {
    if (kpi.sheets.has(ws.name)) continue;
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
        if (!v || typeof v !== 'object' || (v.formula === undefined && v.sharedFormula === undefined) || v.result === undefined) return;
        const text = (cell as unknown as { formula?: string }).formula ?? v.formula ?? '';
        if (!readsKpi(text, ws.name, kpi)) return;
        cell.value = (v.formula !== undefined ? { formula: v.formula } : { sharedFormula: v.sharedFormula }) as ExcelJS.CellValue;
        changed++;
      });
    });
  }
  return changed;
}

function readsKpi(formula: string, own: string, kpi: KpiCells): boolean {
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of text.matchAll(REF)) {
    const [whole, quoted, bare, c1, r1, c2, r2] = m;
    const qualified = whole!.includes('!');
    const sheet = qualified ? (quoted?.replace(/''/g, "'") ?? bare ?? own) : own;
    if (qualified && kpi.sheets.has(sheet)) return true;
    // Letters alone are a name (SUM, TRUE), not a reference: a cell needs its row, a column range its colon.
    if (!r1 && !c2) continue;
    const [a, b] = [columnNumber(c1!.replace('$', '')), columnNumber((c2 ?? c1)!.replace('$', ''))];
    const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
    if (kpi.columns.some((s) => s.sheet === sheet && s.first <= hi && s.last >= lo)) return true;
    const rows = r1 ? [Number(r1.replace('$', '')), Number((r2 ?? r1).replace('$', ''))] : [1, Infinity];
    const [top, bottom] = [Math.min(rows[0]!, rows[1]!), Math.max(rows[0]!, rows[1]!)];
    if ((kpi.cells.get(sheet) ?? []).some(([r, c]) => r >= top && r <= bottom && c >= lo && c <= hi)) return true;
  }
  return false;
}
