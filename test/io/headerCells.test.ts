import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillFormSheet, fillRoster } from '../../src/io/fillTemplate.js';
import { gradeFile } from '../../src/io/grade.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { form, tempDir } from '../helpers.js';

describe('a header field left empty on a form sheet', () => {
  it('is reported at the cell beside its label, where it is filled in', async () => {
    const f = await form('mattress-cs-monthly');
    const wb = await buildTemplate(f, { layout: 'form', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    // 工号 filled, 被考核人 (the name) left empty.
    fillFormSheet(ws, f, { header: { employeeId: '1001' }, values: { 'M1.N': 50, 'M1.V': 45, 'M4.base': 8, M5: 9, M6: 13 } });
    let label = '';
    ws.eachRow((row) => row.eachCell((c) => {
      if (c.value === '被考核人') label = c.address;
    }));
    expect(label).toMatch(/^[A-Z]+\d+$/);
    const beside = `${String.fromCharCode(label.charCodeAt(0) + 1)}${label.slice(1)}`;
    const file = path.join(tempDir(), 'march.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await gradeFile(file, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    const missing = r.report.problems.filter((p) => p.code === 'header-missing');
    expect(missing.map((p) => [p.sheet, p.cell, p.message])).toEqual([[ws.name, beside, `${ws.name}!${beside}:表头「被考核人」未填写(无法确定被考核人)`]]);
  });
});

describe('a roster row whose name is left empty', () => {
  it('is said as that row\'s column, with the 工号 the row has (not 「表头」, which is a form sheet\'s top)', async () => {
    const f = await form('mattress-cs-monthly');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const values = { 'M1.N': 50, 'M1.V': 45, 'M4.base': 8, M5: 9, M6: 13 };
    // 1005's name is a dash: none written, as blank (it was scored as a person called 「-」).
    fillRoster(ws, f, [{ header: { employeeId: '1003', name: '王芳' }, values }, { header: { employeeId: '1004' }, values }, { header: { employeeId: '1005', name: '-' }, values }]);
    const file = path.join(tempDir(), 'march.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await gradeFile(file, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    const missing = r.report.problems.filter((p) => p.code === 'header-missing');
    expect(missing).toHaveLength(2);
    expect(missing[0]!.message).toMatch(/^考核表!B\d+:这一行的「被考核人」未填写\(无法确定被考核人;这一行的工号是 1004\)$/);
    expect(missing[1]!.message).toMatch(/这一行的工号是 1005\)$/);
    expect(r.report.people.map((p) => [p.name, p.status])).toEqual([['王芳', 'scored'], ['', 'error'], ['', 'error']]);
  });
});
