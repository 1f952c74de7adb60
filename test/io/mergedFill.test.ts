// A form sheet's fill cells merged over two inputs (§18 出勤: 请假 and 迟到 under one 「2」). Excel shows the 2 on both
// rows, and both used to be read: 10 − 2 − 2 = 6 at exit 0, where the team meant one of them (10 − 2 = 8).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { fillFormSheet, type FillPerson } from '../../src/io/fillTemplate.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { form, readWorkbook, sampleCopy, tempDir } from '../helpers.js';

const ticks = (b: string, prefix: string, n: number) => Object.fromEntries(Array.from({ length: n }, (_, k) => [`${b}.${prefix}${k + 1}`, '√']));
// 业务能力 22; 工作知识 10 of 10 → 20; 效率 110% → 20; 出勤 请假 2 → 10 − 2 = 8; 合作精神 9 of 9 → 20 ⇒ 90
const zhu: FillPerson = {
  header: { name: '朱琳', employeeId: 'B02', department: '客服部' },
  values: { 'B1.score': 22, ...ticks('B2', 'k', 10), 'B3.rate': '110%', 'B4.leave': 2, ...ticks('B5', 't', 9) },
};

async function workbook(merge: boolean): Promise<{ file: string; cells: { leave: string; late: string } }> {
  const f = await form('bao-lun-quality');
  const wb = await buildTemplate(f, { layout: 'form', generator: 'test', people: [new Map([['name', '朱琳']])] });
  const ws = wb.getWorksheet('朱琳')!;
  fillFormSheet(ws, f, zhu);
  let valueCol = 0;
  const rows: Record<string, number> = {};
  ws.eachRow((row, n) => row.eachCell((c, col) => {
    if (c.value === '填写') valueCol = col;
    if (c.value === '请假(次)') rows.leave = n;
    if (c.value === '迟到(次)') rows.late = n;
  }));
  const at = (r: number) => ws.getRow(r).getCell(valueCol).address;
  const cells = { leave: at(rows.leave!), late: at(rows.late!) };
  expect(rows.late).toBe(rows.leave! + 1);
  if (merge) ws.mergeCells(`${cells.leave}:${cells.late}`);
  const file = path.join(tempDir(), 'merged.xlsx');
  await wb.xlsx.writeFile(file);
  return { file, cells };
}

describe('a fill cell merged over two inputs on a form sheet', () => {
  for (const writer of ['exceljs', 'package'] as const) {
    it(`is an error at the second input, not its value twice (${writer} path)`, async () => {
      const { file, cells } = await workbook(true);
      const r = await gradeFile(file, { output: null, writer });
      if (!r.ok) throw new Error(r.failure.message);
      const p = r.report.people[0]!;
      expect(p.status).toBe('error');
      expect(r.report.problems.filter((x) => x.severity === 'error').map((x) => [x.code, x.cell, x.message])).toEqual([
        ['merged-entry', cells.late, `朱琳!${cells.late}:朱琳:这一格与 ${cells.leave} 合并成了一格(${cells.leave}:${cells.late}),「2」同时算作「出勤·请假」和「出勤·迟到」,不知道是哪一项的;请取消合并,每项各填一格(此人不评分)`],
      ]);
    });
  }

  it('unmerged, the same sheet scores 22 + 20 + 20 + 8 + 20 = 90', async () => {
    const { file } = await workbook(false);
    const r = await gradeFile(file, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect([r.report.people[0]!.status, r.report.people[0]!.total]).toEqual(['scored', 90]);
  });
});

describe('a fill cell merged across raters\' columns on a form sheet (§15 面试官1–3)', () => {
  // One question's answer merged across its three interviewers is each one's answer, as on §4's 直接主管 | 间接主管
  // (mergedRaters51.test.ts): said once, with the whole range and each interviewer named — it was refused as 「第1题」 twice.
  it('is each interviewer\'s answer, said once as a warning with the whole range (all 15 良好 = 3: the mean 3.00)', async () => {
    const f = await form('interview-eval');
    const wb = await buildTemplate(f, { layout: 'form', generator: 'test', people: [new Map([['name', '丁四']])] });
    const ws = wb.getWorksheet('丁四')!;
    const answers = Object.fromEntries(Array.from({ length: 15 }, (_, k) => [`Q${k + 1}`, '良好']));
    let row = 0;
    const cols: number[] = [];
    ws.eachRow((r, n) => r.eachCell((c, col) => {
      if (c.value === '第1题') row = n;
      if (typeof c.value === 'string' && /^面试官[123]$/.test(c.value)) cols.push(col);
    }));
    expect([row > 0, cols.length]).toEqual([true, 3]);
    ws.eachRow((r, n) => {
      if (n > row - 1 && /^第\d+题$/.test(String(r.getCell(1).value ?? ''))) for (const c of cols) r.getCell(c).value = answers.Q1!;
    });
    ws.getRow(row).getCell(cols[1]!).value = null;
    ws.getRow(row).getCell(cols[2]!).value = null;
    const first = ws.getRow(row).getCell(cols[0]!).address;
    const last = ws.getRow(row).getCell(cols[2]!).address;
    ws.mergeCells(`${first}:${last}`);
    const file = path.join(tempDir(), 'iv.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await gradeFile(file, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    // Every answer 良好 (3) from each of the three: the mean is 3.00.
    expect([r.report.people[0]!.status, r.report.people[0]!.total]).toEqual(['scored', 3]);
    expect(r.report.problems.filter((x) => x.code === 'merged-entry').map((x) => [x.severity, x.cell, x.message])).toEqual([
      ['warning', first, `丁四!${first}:丁四:「第1题」的 ${first}:${last} 合并成了一格,「良好」算作面试官1、面试官2、面试官3各自的评分;如果它只是其中一位的,请取消合并,每位评分人各填一格`],
    ]);
  });
});


describe('a roster cell merged over two items: the mark goes where the cell shows, on both paths', () => {
  for (const writer of ['exceljs', 'package'] as const) {
    it(`王芳's 「3,2」 in H2 merged over I2: H2 red with the note, not the hidden I2 (${writer} path)`, async () => {
      const file = sampleCopy('mattress-cs-monthly.march.roster.xlsx', 'merged-roster.xlsx');
      const wb = await readWorkbook(file);
      const ws = wb.getWorksheet('考核表')!;
      expect([ws.getCell('B2').value, ws.getCell('H1').value, ws.getCell('I1').value]).toEqual(['王芳', '表格管理', '日常服务规范·用语不规范']);
      ws.mergeCells('H2:I2');
      await wb.xlsx.writeFile(file);
      const r = await gradeFile(file, { writer, force: true });
      if (!r.ok) throw new Error(r.failure.message);
      expect(r.report.problems.filter((p) => p.code === 'merged-entry').map((p) => p.cell)).toEqual(['I2']);
      const graded = (await readWorkbook(r.report.output!)).getWorksheet('考核表')!;
      const fill = (a: string) => (graded.getCell(a).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
      expect(fill('H2')).toBe('FFFFC7CE');
      expect(String(graded.getCell('H2').note ?? '')).toContain('合并成了一格');
    });
  }
});
