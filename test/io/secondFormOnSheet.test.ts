// A person's sheet holding a second person's form copied below the first (its own 被考核人 and 项目 heading): the rows
// below were read into the first person's answers (equal ones without a word), the second person dropped — not in 汇总,
// 「已评分 1/1 人」, exit 0. Now an error at the second person's name, who is listed unscored.
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { readWorkbook, sampleCopy } from '../helpers.js';

describe('a second form below the first on one sheet', () => {
  it('is an error at its person\'s name (a person dropped without a word), listed unscored; the sheet\'s own person as before', async () => {
    const input = sampleCopy('cs-specialist-monthly.march.form.xlsx');
    const before = await gradeFile(input, { output: null });
    if (!before.ok) throw new Error(before.failure.message);
    const wb = await readWorkbook(input);
    const ws = wb.worksheets.find((w) => w.state === 'visible' && before.report.people.some((p) => p.name === w.name))!;
    const last = ws.rowCount;
    // The block copied under itself, two rows down, the name changed.
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    rows.forEach((values, k) => ws.getRow(last + 3 + k).values = values.map((v) => (v === ws.name ? '李强' : v)) as never);
    await wb.xlsx.writeFile(input);
    const after = await gradeFile(input, { output: null });
    if (!after.ok) throw new Error(after.failure.message);
    const said = after.report.problems.filter((p) => p.code === 'second-form-on-sheet');
    expect(said.map((p) => [p.severity, p.sheet, p.person])).toEqual([['error', ws.name, '李强']]);
    expect(Number(said[0]!.cell!.replace(/^[A-Z]+/, ''))).toBeGreaterThan(last);
    // 李强 listed unscored; the sheet's own person and the other people of the workbook as before.
    expect(after.report.people.filter((p) => p.name === '李强').map((p) => [p.total, p.status])).toEqual([[null, 'error']]);
    const others = (r: typeof before.report) => r.people.filter((p) => p.name !== '李强').map((p) => [p.name, p.total, p.status]);
    expect(others(after.report)).toEqual(others(before.report));
  });
});

describe('the table heading printed again within one form (a second page)', () => {
  it('is passed over: the items going on are the same person\'s (scores as before, nothing said)', async () => {
    const input = sampleCopy('cs-specialist-monthly.march.form.xlsx');
    const before = await gradeFile(input, { output: null });
    if (!before.ok) throw new Error(before.failure.message);
    const wb = await readWorkbook(input);
    const ws = wb.worksheets.find((w) => w.state === 'visible' && before.report.people.some((p) => p.name === w.name && p.status === 'scored'))!;
    let heading = 0;
    ws.eachRow((row, r) => { if (!heading && row.getCell(1).value === '项目') heading = r; });
    expect(heading).toBeGreaterThan(0);
    // The heading row again after the eighth row of items, as a page break repeats it.
    const values = (ws.getRow(heading).values as unknown[]).slice(1);
    ws.spliceRows(heading + 9, 0, values as never);
    await wb.xlsx.writeFile(input);
    const after = await gradeFile(input, { output: null });
    if (!after.ok) throw new Error(after.failure.message);
    expect(after.report.people.map((p) => [p.name, p.total])).toEqual(before.report.people.map((p) => [p.name, p.total]));
    expect(after.report.problems.filter((p) => p.code === 'second-form-on-sheet')).toEqual([]);
  });
});

describe('a reference table below the form headed 「项目 | 扣分举例」 listing the items', () => {
  it('is no second form: the person scored as before, nothing said (a review found 张三 unscored)', async () => {
    const input = sampleCopy('cs-specialist-monthly.march.form.xlsx');
    const before = await gradeFile(input, { output: null });
    if (!before.ok) throw new Error(before.failure.message);
    const wb = await readWorkbook(input);
    const ws = wb.worksheets.find((w) => w.state === 'visible' && before.report.people.some((p) => p.name === w.name && p.status === 'scored'))!;
    const items = before.report.people.find((p) => p.name === ws.name)!.items.slice(0, 4).map((i) => i.label);
    const last = ws.rowCount;
    ws.getRow(last + 2).values = ['附:评分细则'];
    ws.getRow(last + 3).values = ['项目', '扣分举例'];
    items.forEach((label, k) => (ws.getRow(last + 4 + k).values = [label, '未按时完成扣1分']));
    await wb.xlsx.writeFile(input);
    const after = await gradeFile(input, { output: null });
    if (!after.ok) throw new Error(after.failure.message);
    expect(after.report.people.map((p) => [p.name, p.total])).toEqual(before.report.people.map((p) => [p.name, p.total]));
    expect(after.report.problems.filter((p) => p.code === 'second-form-on-sheet')).toEqual([]);
  });
});
