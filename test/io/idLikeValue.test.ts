import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillFormSheet, type FillPerson } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { gradeFile } from '../../src/io/grade.js';
import { form, tempDir } from '../helpers.js';

// A person's sheet (form layout) reads 「工号 | P1」 in its header; P1 is also the id of probation's first item. The
// value beside 工号 was taken for a heading of item P1, the sheet for a roster of its own labels, and nobody was
// scored (exit 1). Found by filling the templates by hand; any 工号 equal to an item id (P1, M5, R1, C2) did it.
describe('a 工号 that is also an item id, on a person sheet', () => {
  it.each(['P1', 'p1', 'P 1', 'n'])('工号 %s: the sheet is read as the form it is, 10 + 15 + 30 + 20 + 15 = 90 → 优秀', async (id) => {
    const probation = await form('probation');
    const wb = await buildTemplate(probation, { layout: 'form', generator: 'test', people: [new Map([['name', '张三']])] });
    // 准时出勤 blank (0 times → 10), 专业知识 15, 服务态度 30, 团队合作 20, 问题解决 15.
    const person: FillPerson = { header: { employeeId: id }, values: { 'P2.level': 15, 'P3.level': 30, 'P4.level': 20, 'P5.level': 15 } };
    fillFormSheet(wb.getWorksheet('张三')!, probation, person);
    const file = path.join(tempDir(), 'p.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await gradeFile(file, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 90, '优秀']]);
    expect(r.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
