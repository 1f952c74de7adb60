// A person's sheet in the seeds' shape holds its items in two tables, each under its own heading row (§1 业绩考核 then
// 行为考核, §7 能力/态度 then 业绩 「主管先评」). Where the second heading puts the raters in other columns (主管 | 自评 the
// other way round, or a column 等级定义 more), its rows were read with the first heading's columns: the self-rating
// scored as the 主管's — §7 93.50 优秀 for 77.50 一般, §1 84.06 良好 for 79.5625 一般, at exit 0. The same columns in
// another order are read by what the second heading names (movedRaters50); columns elsewhere (a column more) are an error
// at the second heading, the rows below it not read (the person not scored).
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/person-sheets', name);

describe('a second heading row on a person\'s sheet with the raters in other columns', () => {
  // §7 (能力 18 + 态度 25.5 + 业绩 8 + 7 + 6 + 7 + 6 = 34 → 77.50 一般, as the same sheet in the first heading's order below);
  // §1 part A 65/80 = 81.25, part B 40 + 30 = 70: 81.25 × 0.85 + 70 × 0.15 = 79.5625 一般.
  for (const [file, total, band] of [
    ['specialist-second-table-raters-swapped.xlsx', 77.5, '一般'],
    ['after-sales-template-part-reheaded.xlsx', 79.5625, '一般'],
  ] as const) {
    it(`${file}: the raters swapped under the second heading, read by their names — ${total} ${band}`, async () => {
      const report = await gradedReport(fixture(file));
      expect(report.people.map((p) => [p.total, p.band])).toEqual([[total, band]]);
      expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    });
  }

  for (const [file, cell, heading] of [
    ['after-sales-second-table-wider.xlsx', 'G10', '第 10 行又是一行表头,但列的顺序与第 4 行不同(「自评」在 G 列,上面在 F 列;「上级」在 H 列,上面在 G 列)'],
  ] as const) {
    it(`${file}: an error at ${cell}, the person not scored`, async () => {
      const report = await gradedReport(fixture(file));
      expect(report.people.map((p) => p.total)).toEqual([null]);
      const said = report.problems.find((p) => p.code === 'headings-reordered')!;
      expect([said.severity, said.cell]).toEqual(['error', cell]);
      expect(said.message).toContain(heading);
    });
  }

  it('the §7 sheet with the second heading in the first one\'s order: 能力 18 + 态度 25.5 + 业绩 (8 + 7 + 6 + 7 + 6 = 34) = 77.50 一般', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture('specialist-second-table-raters-swapped.xlsx'));
    const ws = wb.worksheets[0]!;
    for (let r = 17; r <= 22; r++) {
      const [d, e] = [ws.getCell(`D${r}`).value, ws.getCell(`E${r}`).value];
      ws.getCell(`D${r}`).value = e;
      ws.getCell(`E${r}`).value = d;
    }
    const file = path.join(tempDir(), 'same-order.xlsx');
    await wb.xlsx.writeFile(file);
    const report = await gradedReport(file);
    expect(report.people.map((p) => [p.total, p.band])).toEqual([[77.5, '一般']]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
