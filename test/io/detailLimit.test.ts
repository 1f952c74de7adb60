import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { DETAIL_MAX_ROWS, detailTruncated, kpiSheetNames, writeKpiSheets, type SheetHost } from '../../src/io/graded/summarySheets.js';
import { repoRoot } from '../helpers.js';

// 明细 has a row per person and item: 50,000 people of a 21-item form need 1,050,000 rows, past Excel's last row
// (1,048,576). Written on, the rows past it made a sheet Excel cannot open in full, said nowhere.
describe('明细 past Excel\'s last row', () => {
  it('stops at row 1,048,576 (1,048,575 rows under the heading) and says how many were left out', async () => {
    const graded = await gradeFile(path.join(repoRoot, 'samples/mattress-cs-monthly.march.roster.xlsx'), { output: null });
    if (!graded.ok) throw new Error(graded.failure.message);
    const one = graded.report.people[0]!;
    // One person holding 1,048,580 items: 5 more rows than fit under the heading.
    const big = { ...one, items: new Array(DETAIL_MAX_ROWS + 5).fill(one.items[0]) };
    expect(DETAIL_MAX_ROWS).toBe(1_048_575);
    expect(detailTruncated([big])?.message).toBe('「明细」有 1048580 行,超过 Excel 一张表的行数上限,只写出前 1048575 行;其余各人各项的得分和说明见 kpi score --json(汇总的总分和等级不受影响)');
    expect(detailTruncated([one])).toBeNull();
    // The host takes 明细's rows after the first (as the fast path does): 1 written + 1,048,574 taken = 1,048,575.
    const wb = new ExcelJS.Workbook();
    let taken = 0;
    const host: SheetHost = {
      addWorksheet: (name, options) => wb.addWorksheet(name, options),
      deferRows: (sheet, rows) => {
        if (sheet !== '明细') return false;
        for (const _ of rows.rows()) taken++;
        return true;
      },
    };
    const input = { formTitle: 't', period: null, inputName: 'x.xlsx', gradedAt: new Date(0), people: [big], places: [{ sheet: 's', cell: 'A2' }], bands: graded.report.bands, problems: [] };
    writeKpiSheets(host, input, kpiSheetNames([]));
    expect(taken + 1).toBe(DETAIL_MAX_ROWS);
  });
});
