import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { gradeFile } from '../../src/io/grade.js';
import { MAX_PROBLEM_NOTES } from '../../src/io/graded/results.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { form, readWorkbook, tempDir } from '../helpers.js';

// A roster where most people have a warning (回访客户数 above 本月安装客户数, as a generator filling every input at random
// gives): a note on each of tens of thousands of cells made a workbook Excel opens slowly, and took kpi 110 MB and 2 s.
// The first MAX_PROBLEM_NOTES problem cells get their note, the last of them saying the rest only get their fill; every
// problem is in 问题. Both writers alike.

const PEOPLE = MAX_PROBLEM_NOTES + 2;

function person(i: number): FillPerson {
  return {
    header: { employeeId: String(100000 + i), name: `员工${i}`, department: '客服部' },
    // 回访客户数 12 of 10 customers: the warning ratio-above-one at the 回访客户数 cell (column G), every person.
    values: { 'M1.N': 10, 'M1.V': 12, 'M4.base': 8, M5: 9, M6: 14 },
  };
}

describe('problem notes past MAX_PROBLEM_NOTES', () => {
  it('the first 1,000 problem cells get their note, the rest their fill only, on both writers', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    fillRoster(ws, f, Array.from({ length: PEOPLE }, (_, i) => person(i)));
    const input = path.join(dir, 'many.xlsx');
    await wb.xlsx.writeFile(input);
    const seen: Record<string, unknown> = {};
    for (const writer of ['package', 'exceljs'] as const) {
      const output = path.join(dir, `${writer}.xlsx`);
      const r = await gradeFile(input, { output, writer, gradedAt: new Date(0) });
      if (!r.ok) throw new Error(r.failure.message);
      expect(r.report.problems.filter((p) => p.code === 'ratio-above-one')).toHaveLength(PEOPLE);
      const book = await readWorkbook(output);
      const graded = book.getWorksheet('考核表')!;
      // Person i is on row i + 2: G2 … G1001 noted, G1001 (the 1,000th) saying so, G1002 and G1003 filled only.
      const fill = (a: string) => (graded.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
      expect(String(graded.getCell('G2').note), writer).toContain('回访客户数 12 大于 本月安装(售服)客户数 10');
      expect(String(graded.getCell('G1001').note), writer).toContain('(问题单元格超过 1000 个:此后的只标底色,不加批注');
      expect(String(graded.getCell('G1000').note), writer).not.toContain('超过 1000 个');
      expect([graded.getCell('G1002').note, graded.getCell('G1003').note], writer).toEqual([undefined, undefined]);
      expect([fill('G2'), fill('G1001'), fill('G1002'), fill('G1003')], writer).toEqual(Array(4).fill(fill('G2')));
      expect(fill('G2'), writer).toMatch(/^FF/);
      // 问题 lists every one of them.
      let listed = 0;
      book.getWorksheet('问题')!.eachRow((row) => row.eachCell((c) => { if (String(c.value ?? '').includes('回访客户数 12 大于')) listed++; }));
      expect(listed, writer).toBe(PEOPLE);
      // Graded again: the fills and notes are kpi's again, not kept as the team's.
      const again = await gradeFile(output, { output: path.join(dir, `${writer}.again.xlsx`), writer, gradedAt: new Date(0) });
      if (!again.ok) throw new Error(again.failure.message);
      const twice = (await readWorkbook(path.join(dir, `${writer}.again.xlsx`))).getWorksheet('考核表')!;
      expect([twice.getCell('G1002').note, String(twice.getCell('G1001').note).split('\n\n').length], writer).toEqual([undefined, 2]);
      seen[writer] = [graded.getCell('G1001').note, graded.getCell('G1002').fill];
    }
    expect(seen.package).toEqual(seen.exceljs);
  }, 120_000);
});
