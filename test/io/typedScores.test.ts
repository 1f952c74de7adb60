// The team's own figures typed in a form sheet's 得分/说明 columns (a 20 they worked out, a 组长意见) are part of the
// input: the graded copy keeps them where they were, and kpi's scores and explanations go in columns of their own.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { fillFormSheet, type FillPerson } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { form, readWorkbook, sheetRows, tempDir } from '../helpers.js';

const ticks = (b: string, prefix: string, n: number) => Object.fromEntries(Array.from({ length: n }, (_, k) => [`${b}.${prefix}${k + 1}`, '√']));
// §18: 业务能力 22; 工作知识 10 ticks → 20; 效率 110% → 20; 出勤 请假 2 → 8; 合作精神 9 ticks → 20 ⇒ 90
const zhu: FillPerson = {
  header: { name: '朱琳', employeeId: 'B02', department: '客服部' },
  values: { 'B1.score': 22, ...ticks('B2', 'k', 10), 'B3.rate': '110%', 'B4.leave': 2, ...ticks('B5', 't', 9) },
};

async function graded(typed: boolean): Promise<unknown[][]> {
  const f = await form('bao-lun-quality');
  const wb = await buildTemplate(f, { layout: 'form', generator: 'test', people: [new Map([['name', '朱琳']])] });
  const ws = wb.getWorksheet('朱琳')!;
  fillFormSheet(ws, f, zhu);
  if (typed) {
    // G8 and H8: 得分 and 说明 of 业务能力 (row 8, the first item).
    ws.getCell('G8').value = 20;
    ws.getCell('H8').value = '组长意见:应对能力一般';
  }
  const file = path.join(tempDir(), 'typed.xlsx');
  await wb.xlsx.writeFile(file);
  const r = await gradeFile(file, {});
  if (!r.ok) throw new Error(r.failure.message);
  expect([r.report.people[0]!.status, r.report.people[0]!.total]).toEqual(['scored', 90]);
  return sheetRows(await readWorkbook(r.report.output!), '朱琳');
}

describe('a form sheet\'s 得分/说明 cells typed by the team', () => {
  it('are kept in the graded copy; kpi writes its own in 得分(kpi) and 说明(kpi) beside the table', async () => {
    const rows = await graded(true);
    expect(rows[6]!.slice(0, 10)).toEqual(['项目', '考核内容', '分值', '评分标准', '填写项', '填写', '得分', '说明', '得分(kpi)', '说明(kpi)']);
    // Row 8: the team's 20 and remark as typed; kpi's 22 and its explanation beside them.
    expect(rows[7]!.slice(6, 9)).toEqual([20, '组长意见:应对能力一般', 22]);
    // Nothing of kpi's in the team's columns further down either: 工作知识 (row 9) is empty there, 20 in 得分(kpi).
    expect(rows[8]!.slice(6, 9)).toEqual([null, null, 20]);
  });

  it('left empty, as in the template, they are where kpi writes (no columns added)', async () => {
    const rows = await graded(false);
    expect(rows[6]).toEqual(['项目', '考核内容', '分值', '评分标准', '填写项', '填写', '得分', '说明']);
    expect(rows[7]![6]).toBe(22);
  });
});

describe('a 总分 and 等级 typed in the form\'s 得分 column', () => {
  it('differing from kpi\'s 90 优秀: a warning at each (95 and 特别优秀 typed); kpi\'s count', async () => {
    const f = await form('bao-lun-quality');
    const wb = await buildTemplate(f, { layout: 'form', generator: 'test', people: [new Map([['name', '朱琳']])] });
    const ws = wb.getWorksheet('朱琳')!;
    fillFormSheet(ws, f, zhu);
    // Rows 32 and 33: 总分 and 等级 under the items; G is the 得分 column.
    ws.getCell('G32').value = 95;
    ws.getCell('G33').value = '特别优秀';
    const file = path.join(tempDir(), 'typed-total.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await gradeFile(file, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    // 90 → 特别优秀 on this form's scale (≥ 90): the typed grade agrees, the typed 95 does not.
    expect([r.report.people[0]!.total, r.report.people[0]!.band]).toEqual([90, '特别优秀']);
    expect(r.report.problems.filter((p) => p.code === 'override').map((p) => [p.cell, p.message])).toEqual([
      ['G32', '朱琳!G32:朱琳:手填的「总分」为「95」,按规则算出的是「90.00」;kpi 按算出的计(写在 kpi 的结果列),请核对'],
    ]);
  });
});

// A tick typed in an item's 得分 cell (「√」 beside its boxes) went without a word, a typed figure that differs was said.
describe('a word typed in an item\'s 得分 cell', () => {
  it('is said as the team\'s own entry kpi did not use; a dash or 无 there is nothing', async () => {
    const f = await form('bao-lun-quality');
    const grade = async (value: string) => {
      const wb = await buildTemplate(f, { layout: 'form', generator: 'test', people: [new Map([['name', '朱琳']])] });
      const ws = wb.getWorksheet('朱琳')!;
      fillFormSheet(ws, f, zhu);
      ws.getCell('G9').value = value; // 得分 of 工作知识 (10 ticks → 20)
      const file = path.join(tempDir(), 'word.xlsx');
      await wb.xlsx.writeFile(file);
      const r = await gradeFile(file, { output: null });
      if (!r.ok) throw new Error(r.failure.message);
      expect(r.report.people[0]!.total).toBe(90);
      return r.report.problems.filter((p) => p.cell === 'G9').map((p) => [p.code, p.severity, p.message.replace(/^[^:]*:[^:]*:/, '')]);
    };
    expect(await grade('√')).toEqual([['override', 'warning', '手填的「工作知识·得分」为「√」,按规则算出的是「20」;kpi 按算出的计(写在 kpi 的结果列),请核对']]);
    expect(await grade('—')).toEqual([]);
  });
});
