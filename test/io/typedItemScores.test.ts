import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { form, tempDir } from '../helpers.js';

// A form sheet's 得分 column is kpi's: the graded copy writes each item's score there. A score the team typed there
// beside a filled 填写 (§18 业务能力: 填写 25, 得分 30) was replaced without a word; it is now compared with kpi's.
async function filled(cells: Array<[item: string, input: string | null, column: '填写' | '得分', value: ExcelJS.CellValue]>): Promise<string> {
  const f = await form('express-cs');
  const wb = await buildTemplate(f, { layout: 'form', generator: 'test' });
  const ws = wb.worksheets.find((w) => w.state === 'visible')!;
  const find = (test: (text: string) => boolean, after = 0): ExcelJS.Cell => {
    let at: ExcelJS.Cell | undefined;
    ws.eachRow((row, n) => { if (n > after) row.eachCell((c) => { if (!at && test(String(c.value ?? '').trim())) at = c; }); });
    if (!at) throw new Error('cell not found');
    return at;
  };
  const name = find((t) => t === '姓名');
  ws.getCell(Number(name.row), Number(name.col) + 1).value = '周宁';
  const heading = find((t) => t === '得分');
  const valueCol = Number(find((t) => t === '填写', Number(heading.row) - 1).col);
  for (const [item, input, column, value] of cells) {
    const itemRow = Number(find((t) => t === item).row);
    const row = input === null ? itemRow : Number(find((t) => t.startsWith(input), itemRow - 1).row);
    ws.getCell(row, column === '得分' ? Number(heading.col) : valueCol).value = value;
  }
  const file = path.join(tempDir(), 'typed.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('an item’s score typed in the 得分 column beside its 填写', () => {
  it('differing from kpi’s: a warning at the 得分 cell, kpi’s counts; agreeing (the team’s own formula): nothing said', async () => {
    // 员工的工作效率: 得分 18 typed in its 填写 (band rule: 18). 话务质量: 40 − 0.5 × 2 = 39, the team typed 38 in 得分.
    // 工作状况: 40 − 0.5 × 1 = 39.5, the team's 39.5 agrees. Total 18 + 39 + 39.5 = 96.5.
    const file = await filled([
      ['员工的工作效率', '得分', '填写', 18],
      ['话务质量', '态度不温和或唉声叹气', '填写', 2],
      ['话务质量', null, '得分', 38],
      ['工作状况', null, '填写', 1],
      ['工作状况', null, '得分', { formula: '40-0.5*1', result: 39.5 }],
    ]);
    const graded = await gradeFile(file, { form: 'express-cs', output: null });
    if (!graded.ok) throw new Error(graded.failure.message);
    const [p] = graded.report.people;
    expect([p!.status, p!.total]).toEqual(['scored', 96.5]);
    const said = graded.report.problems.filter((x) => x.code === 'override');
    expect(said.map((x) => [x.severity, x.message.replace(/^[^:]*:[^:]*:/, '')])).toEqual([
      ['warning', '手填的「话务质量·得分」为「38」,按规则算出的是「39」;kpi 按算出的计(写在 kpi 的结果列),请核对'],
    ]);
  });
});
