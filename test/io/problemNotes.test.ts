import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { gradeFile } from '../../src/io/grade.js';
import { MAX_PROBLEM_NOTES, problemMarks } from '../../src/io/graded/results.js';
import type { Problem } from '../../src/model/problem.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { form, readWorkbook, tempDir } from '../helpers.js';

// A roster where most people have a warning (回访客户数 above 本月安装客户数, as a generator filling every input at random
// gives): a note on each of tens of thousands of cells made a workbook Excel opens slowly, and took kpi 110 MB and 2 s.
// The first MAX_PROBLEM_NOTES problem cells get their note, the last of them saying the rest only get their fill; every
// problem is in 问题. Both writers alike. The workbooks are graded with a limit of 40 (GradeOptions.problemNotes), which
// takes the same steps as 1,000 in a twentieth of the time; the limit itself is checked on problemMarks.

const NOTED = 40;
const PEOPLE = NOTED + 2;

function person(i: number): FillPerson {
  return {
    header: { employeeId: String(100000 + i), name: `员工${i}`, department: '客服部' },
    // 回访客户数 12 of 10 customers: the warning ratio-above-one at the 回访客户数 cell (column G), every person.
    values: { 'M1.N': 10, 'M1.V': 12, 'M4.base': 8, M5: 9, M6: 14 },
  };
}

describe('problem notes past MAX_PROBLEM_NOTES', () => {
  it('is 1,000 unless the caller says otherwise: the 1,000th note says so, the 1,001st cell has none', () => {
    const problems: Problem[] = Array.from({ length: 1002 }, (_, i) => ({ code: 'ratio-above-one', severity: 'warning', message: `第${i}个`, sheet: '考核表', cell: `G${i + 2}` }) as Problem);
    const marks = problemMarks(problems, () => true, (_, address) => address);
    expect(MAX_PROBLEM_NOTES).toBe(1000);
    expect(marks.map((m) => m.address).slice(998, 1001)).toEqual(['G1000', 'G1001', 'G1002']);
    expect(marks[998]!.note).not.toContain('超过');
    expect(marks[999]!.note).toContain('(问题单元格超过 1000 个:此后的只标底色,不加批注');
    expect([marks[1000]!.note, marks[1001]!.note]).toEqual(['', '']);
    expect(marks[1001]!.fill).toEqual(marks[0]!.fill);
    // Several problems of one cell are one mark, counted once.
    const twice = problemMarks([...problems.slice(0, 2), { ...problems[0]!, message: '又一个' } as Problem], () => true, (_, a) => a, 2);
    expect(twice.map((m) => m.address)).toEqual(['G2', 'G3']);
    expect(twice[0]!.note).toContain('又一个');
    expect(twice[1]!.note).toContain('(问题单元格超过 2 个');
  });

  it('the first 40 problem cells get their note (with a limit of 40), the rest their fill only, on both writers', async () => {
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
      const r = await gradeFile(input, { output, writer, gradedAt: new Date(0), problemNotes: NOTED });
      if (!r.ok) throw new Error(r.failure.message);
      expect(r.report.problems.filter((p) => p.code === 'ratio-above-one')).toHaveLength(PEOPLE);
      const book = await readWorkbook(output);
      const graded = book.getWorksheet('考核表')!;
      // Person i is on row i + 2: G2 … G41 noted, G41 (the 40th) saying so, G42 and G43 filled only.
      const fill = (a: string) => (graded.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
      expect(String(graded.getCell('G2').note), writer).toContain('回访客户数 12 大于 本月安装(售服)客户数 10');
      expect(String(graded.getCell('G41').note), writer).toContain('(问题单元格超过 40 个:此后的只标底色,不加批注');
      expect(String(graded.getCell('G40').note), writer).not.toContain('超过 40 个');
      expect([graded.getCell('G42').note, graded.getCell('G43').note], writer).toEqual([undefined, undefined]);
      expect([fill('G2'), fill('G41'), fill('G42'), fill('G43')], writer).toEqual(Array(4).fill(fill('G2')));
      expect(fill('G2'), writer).toMatch(/^FF/);
      // 问题 lists every one of them.
      let listed = 0;
      book.getWorksheet('问题')!.eachRow((row) => row.eachCell((c) => { if (String(c.value ?? '').includes('回访客户数 12 大于')) listed++; }));
      expect(listed, writer).toBe(PEOPLE);
      // Graded again: the fills and notes are kpi's again, not kept as the team's.
      const again = await gradeFile(output, { output: path.join(dir, `${writer}.again.xlsx`), writer, gradedAt: new Date(0), problemNotes: NOTED });
      if (!again.ok) throw new Error(again.failure.message);
      const twice = (await readWorkbook(path.join(dir, `${writer}.again.xlsx`))).getWorksheet('考核表')!;
      expect([twice.getCell('G42').note, String(twice.getCell('G41').note).split('\n\n').length], writer).toEqual([undefined, 2]);
      seen[writer] = [graded.getCell('G41').note, graded.getCell('G42').fill];
    }
    expect(seen.package).toEqual(seen.exceljs);
  }, 120_000);
});
