import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

// A record form reads its log from every visible sheet that holds it. A copy of the log left in the workbook (「上月」)
// was counted into this month's figures with exit 0 and no word (found by a hand check): now said, as a warning.
describe('a record log on several sheets', () => {
  it('is counted together and said (records-sheets); one sheet says nothing', async () => {
    const sample = path.join(repoRoot, 'samples', 'satisfaction-monthly.march.xlsx');
    const one = await gradeFile(sample, { output: null });
    if (!one.ok) throw new Error(one.failure.message);
    expect(one.report.problems.filter((p) => p.code === 'records-sheets')).toEqual([]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    const log = wb.worksheets.find((w) => w.state === 'visible')!;
    const copy = wb.addWorksheet('上月');
    log.eachRow({ includeEmpty: false }, (row, n) => {
      copy.getRow(n).values = row.values as ExcelJS.CellValue[];
    });
    const file = path.join(tempDir(), 'two.xlsx');
    await wb.xlsx.writeFile(file);
    const two = await gradeFile(file, { output: null });
    if (!two.ok) throw new Error(two.failure.message);
    const said = two.report.problems.filter((p) => p.code === 'records-sheets');
    expect(said.map((p) => [p.severity, p.message])).toEqual([
      ['warning', `${'客户'}来自 2 张工作表(「${log.name}」、「上月」),已合在一起统计;如果其中有别的月份或旧的副本,请把它隐藏或移到另一个文件后重新评分`],
    ]);
    // Every row twice: the log's row count doubles.
    expect(two.report.records!.total).toBe(one.report.records!.total * 2);
  });
});
