import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { buildStatistics, scoreBuckets } from '../../src/io/graded/statistics.js';
import { repoRoot } from '../helpers.js';

// §4's bonus lets a total pass 100 (110 of 110): the top bucket is then 「90 以上」, and its note must say so.
describe('the top score bucket of a form with bonus points', () => {
  it('is 「90 以上」 holding 104 and 96, noted as such (it said 「90–100 含 100」 under 「90 以上」)', async () => {
    const graded = await gradeFile(path.join(repoRoot, 'samples/mattress-cs-monthly.march.roster.xlsx'), { output: null });
    if (!graded.ok) throw new Error(graded.failure.message);
    const one = graded.report.people.find((p) => p.status === 'scored')!;
    const people = [{ ...one, total100: 104 }, { ...one, total100: 96 }, { ...one, total100: 75 }];
    expect(scoreBuckets(people).find((b) => b.label.startsWith('90'))).toEqual({ label: '90 以上', count: 2 });
    const ws = new ExcelJS.Workbook().addWorksheet('汇总');
    buildStatistics(ws, { top: 1, people, bands: { 优秀: 2, 良好: 0, 一般: 1, 待改进: 0 }, order: ['优秀', '良好', '一般', '待改进'], widths: [10, 10, 10, 10], bandColumn: 4, withDepartment: false });
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
    expect(texts).toContain('分数段含下限、不含上限(90 以上含加分超过 100 的)');
    expect(texts).not.toContain('分数段含下限、不含上限(90–100 含 100)');
  });
});
