// A roster keeping last month's marks beside this month's as two blocks of the same criteria under 「2月」 and 「3月」
// (merged over each block) was read as ten pairs of copies: a blank in March was filled from February — 王五, who has
// no March marks, was scored 50 待改进 from his February 5s, at exit 0. The month over a block is read as a note after
// each heading (「对待业主友好积极(3月)」), and the rows' 考核月份 picks the block, as one-row headings are.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

const fixture = path.join(repoRoot, 'test/fixtures/month-groups/rating-feb-march-blocks.xlsx');

describe('「2月」 | 「3月」 over two blocks of the criteria, 考核月份 2026-03', () => {
  it('reads March\'s block: 张三 9+8+9+10+8+9+9+8+9+9 = 88 良好, 李四 7+7+8+8+7+6+7+8+8+7 = 73 一般, 王五 not scored', async () => {
    const report = await gradedReport(fixture, { form: 'property-cs-rating' });
    expect(report.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 88, '良好'], ['李四', 73, '一般'], ['王五', null, null]]);
    // 王五's error is at his row of March's block (N5), not a comparison of copies.
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['N5']);
    expect(report.problems.some((p) => p.code === 'duplicate-column')).toBe(false);
  });

  it('with 考核月份 2026-02 the February block is read: 王五 5 × 10 = 50', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture);
    const ws = wb.worksheets[0]!;
    for (const r of [3, 4, 5]) ws.getCell(`C${r}`).value = '2026-02';
    const file = path.join(tempDir(), 'feb.xlsx');
    await wb.xlsx.writeFile(file);
    const report = await gradedReport(file, { form: 'property-cs-rating' });
    expect(report.people.find((p) => p.name === '王五')!.total).toBe(50);
  });
});
