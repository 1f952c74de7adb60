import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../../src/cli/output.js';
import { gradeFile } from '../../src/io/grade.js';
import { encodeGb18030, ole2 } from '../../scripts/make-hostile.mjs';
import { readWorkbook, repoRoot, tempDir } from '../helpers.js';

async function run(argv: string[]) {
  const output = captureOutput();
  const code = await main(argv, { output, env: {}, gradeOnThisThread: true });
  return { code, stdout: output.stdout, stderr: output.stderr };
}

/** The value beside a label cell on a form sheet (labels are followed by their input cell). */
function beside(ws: ExcelJS.Worksheet, label: string): unknown {
  let found: unknown = undefined;
  ws.eachRow((row) => row.eachCell((cell) => {
    if (found === undefined && cell.value === label) found = ws.getCell(Number(cell.row), Number(cell.col) + 1).value ?? null;
  }));
  return found;
}

function visibleSheets(wb: ExcelJS.Workbook): string[] {
  return wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
}

describe('kpi template --people: lists of several sheets, and of 部门 | 管理处', () => {
  it('names on other sheets too (a staff list one sheet a department): the first sheet is read, the others named (not lost unseen)', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('客服一部').addRows([['工号', '姓名'], ['001', '张三'], ['002', '李四']]);
    wb.addWorksheet('客服二部').addRows([['工号', '姓名'], ['003', '王五'], ['004', '赵六']]);
    wb.addWorksheet('说明').addRows([['本名单每月更新'], ['如有调动请告知人事']]);
    const list = path.join(dir, '名单.xlsx');
    await wb.xlsx.writeFile(list);
    const out = path.join(dir, 't.xlsx');
    const r = await run(['template', 'cs-scheme-100', '--layout', 'roster', '--people', list, '-o', out]);
    expect(r.stdout).toContain('一张名单表,2 人');
    expect(r.stderr).toContain('kpi: 提示:名单文件里工作表「客服二部」也列着人,只读了第一张「客服一部」;要一起生成请把人合并到一张表');
    const names = (await readWorkbook(out)).worksheets.find((w) => w.state === 'visible')!.getColumn(2).values.slice(2);
    expect(names).toEqual(['张三', '李四']);
  });

  it('§2 a list of 部门 | 管理处: the rows are the 管理处 (they were 物业部, 物业部)', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'sites.csv');
    writeFileSync(list, '部门,管理处\n物业部,一号楼\n物业部,二号楼\n');
    const out = path.join(dir, 'r.xlsx');
    expect((await run(['template', 'property-cs-monthly', '--people', list, '--layout', 'roster', '-o', out])).code).toBe(0);
    const ws = (await readWorkbook(out)).worksheets.find((w) => w.state === 'visible')!;
    expect([ws.getCell('A2').value, ws.getCell('A3').value]).toEqual(['一号楼', '二号楼']);
    // The same columns on the roster itself: each scored under its 管理处 (10 − 1 = 9 → 99; 15 − 2 = 13 → 98).
    const roster = path.join(dir, 'roster.csv');
    const f = (await import('../helpers.js')).form;
    const def = await f('property-cs-monthly');
    const items = def.parts.flatMap((p) => p.items);
    const head = ['部门', '管理处', '考评月份', ...items.map((i) => i.label)];
    const row = (site: string, at: number, n: number) => ['物业部', site, '2026-03', ...items.map((_, k) => (k === at ? n : 0))];
    writeFileSync(roster, '\uFEFF' + [head, row('一号楼', 0, 1), row('二号楼', 2, 2)].map((r) => r.join(',')).join('\r\n') + '\r\n');
    const g = await gradeFile(roster, { form: 'property-cs-monthly', output: null });
    if (!g.ok) throw new Error(g.failure.message);
    expect(g.report.people.map((p) => [p.name, p.total])).toEqual([['一号楼', 99], ['二号楼', 98]]);
  });
});

describe('kpi template --people: name lists as people keep them', () => {
  it('a list of 管理处 for a form that scores them is counted as such (「2 个管理处」, 「每个管理处一张」, not 「每人」)', async () => {
    const dir = tempDir();
    const list = path.join(dir, '管理处.csv');
    writeFileSync(list, '管理处\n一处\n二处\n');
    const form = await run(['template', 'property-cs-monthly', '--people', list, '-o', path.join(dir, 'f.xlsx')]);
    expect(form.stdout).toContain('2 张表,每个管理处一张');
    const roster = await run(['template', 'property-cs-monthly', '--people', list, '--layout', 'roster', '-o', path.join(dir, 'r.xlsx')]);
    expect(roster.stdout).toContain('一张名单表,2 个管理处');
  });


  it('序号,名字,工号,所属部门: one sheet per person (序号 ignored), --period on every sheet', async () => {
    const dir = tempDir();
    const list = path.join(dir, '名单.csv');
    writeFileSync(list, '序号,名字,工号,所属部门\n1,王芳,1001,客服部\n2,李强,1002,售后组\n');
    const out = path.join(dir, 't.xlsx');
    const r = await run(['template', 'mattress-cs-monthly', '--people', list, '--period', '2026-03', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 张表,每人一张,考核月份 2026-03');
    const wb = await readWorkbook(out);
    expect(visibleSheets(wb)).toEqual(['王芳', '李强']);
    const li = wb.getWorksheet('李强')!;
    expect(beside(li, '被考核人')).toBe('李强');
    expect(beside(li, '工号')).toBe('1002');
    expect(beside(li, '部门名称')).toBe('售后组');
    for (const name of ['王芳', '李强']) expect(beside(wb.getWorksheet(name)!, '考核月份')).toBe('2026-03');
  });

  it.each([
    ['员工姓名 / 员工编号 / 部门, numbered and with notes', '1.员工姓名,员工编号(必填),部 门\n张三,2001,客服部\n'],
    ['an English export', 'No.,Name,Employee ID,Dept\n1,张三,2001,客服部\n'],
    ['a title row above the headings, a total row below', '三月考核名单,,\n姓名,工号,部门\n张三,2001,客服部\n合计:1 人,,\n'],
    ['semicolons and full-width headings', '姓名;工号;部门\n张三;2001;客服部\n'],
    ['a totals line: 合计 in the 序号 column, a head count where the name goes', '序号,姓名,工号,部门\n1,张三,2001,客服部\n合计,1人,,\n'],
  ])('%s', async (_what, text) => {
    const dir = tempDir();
    const list = path.join(dir, 'list.csv');
    writeFileSync(list, text);
    const out = path.join(dir, 't.xlsx');
    const r = await run(['template', 'mattress-cs-monthly', '--people', list, '-o', out]);
    expect(r.stderr).toBe('');
    const wb = await readWorkbook(out);
    expect(visibleSheets(wb)).toEqual(['张三']);
    expect(beside(wb.getWorksheet('张三')!, '工号')).toBe('2001');
  });

  it('a GBK list from Excel "CSV" and an .xlsx list go through the guarded loader', async () => {
    const dir = tempDir();
    const gbk = path.join(dir, 'gbk.csv');
    writeFileSync(gbk, encodeGb18030('姓名,工号\r\n欧阳娜娜,3001\r\n'));
    let r = await run(['template', 'cs-competency', '--people', gbk, '-o', path.join(dir, 'a.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(visibleSheets(await readWorkbook(path.join(dir, 'a.xlsx')))).toEqual(['欧阳娜娜']);

    const xlsx = path.join(dir, 'list.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRows([['序号', '姓名', '工号'], [1, '赵六', 4001], [2, '钱七', 4002]]);
    await wb.xlsx.writeFile(xlsx);
    r = await run(['template', 'cs-competency', '--people', xlsx, '-o', path.join(dir, 'b.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(visibleSheets(await readWorkbook(path.join(dir, 'b.xlsx')))).toEqual(['赵六', '钱七']);

    // A legacy .xls list gets kpi score's sentence.
    const legacy = path.join(dir, 'list.xls');
    writeFileSync(legacy, ole2(['Workbook']));
    r = await run(['template', 'cs-competency', '--people', legacy, '-o', path.join(dir, 'c.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kpi: 读不了名单文件\(--people\):list\.xls 是旧版 Excel/);
  });

  it('a GB18030 list with a name outside GBK (𠮷, four bytes) and an HTML table saved as .xls are read by kpi score\'s loader', async () => {
    const dir = tempDir();
    const gb = path.join(dir, '名单.csv');
    const bytes = encodeGb18030('姓名,工号\r\n𠮷田,5001\r\n张三,5002\r\n');
    // 𠮷 is U+20BB7: GB18030's four-byte form 95 34 B2 35 (linear 0x10BB7 = 5×12600 + 4×1260 + 49×10 + 5), which GBK has not.
    expect(bytes.includes(Buffer.from([0x95, 0x34, 0xb2, 0x35]))).toBe(true);
    writeFileSync(gb, bytes);
    let r = await run(['template', 'cs-competency', '--people', gb, '-o', path.join(dir, 'a.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(visibleSheets(await readWorkbook(path.join(dir, 'a.xlsx')))).toEqual(['𠮷田', '张三']);

    const html = path.join(dir, '导出.xls');
    writeFileSync(html, '<html><body><table><tr><td>姓名</td><td>工号</td></tr><tr><td>孙八</td><td>6001</td></tr></table></body></html>');
    r = await run(['template', 'cs-competency', '--people', html, '-o', path.join(dir, 'b.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(visibleSheets(await readWorkbook(path.join(dir, 'b.xlsx')))).toEqual(['孙八']);
  });

  it('no 姓名 column: refused with the headings it saw; nothing written', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'list.csv');
    writeFileSync(list, '序号,员工代号,电话\n1,A01,123\n');
    const out = path.join(dir, 't.xlsx');
    const r = await run(['template', 'cs-competency', '--people', list, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`kpi: ${list}:名单中没有「姓名」列(第一行是:「序号」「员工代号」「电话」)。请在第一行(或前 10 行中的一行)写列名「姓名」(也认得 名字、员工姓名),可再加「工号」「部门」「岗位」\n`);
  });

  it('the list on a hidden sheet is said to be hidden (it was 「没有「姓名」列」, naming the note sheet\'s first row)', async () => {
    const dir = tempDir();
    const list = path.join(dir, '花名册.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').getCell('A1').value = '本文件为花名册';
    const roster = wb.addWorksheet('名单', { state: 'hidden' });
    roster.addRow(['姓名', '工号']);
    roster.addRow(['王芳', '1001']);
    await wb.xlsx.writeFile(list);
    const r = await run(['template', 'cs-competency', '--people', list, '-o', path.join(dir, 't.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${list}:名单中没有「姓名」列(第一行是:「本文件为花名册」)`);
    expect(r.stderr).toContain(';工作表 「名单」 是隐藏的,没有读取,名单在那里时请先取消隐藏');
  });

  it('--max-size, which the size limit\'s message advises, is an option of template too', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'list.csv');
    writeFileSync(list, `姓名,工号\n${Array.from({ length: 50 }, (_, i) => `员工${i},${1000 + i}`).join('\n')}\n`);
    // 50 rows of about 14 bytes: over a limit of 100 bytes, refused with the advice; under the default, read.
    const small = await run(['template', 'cs-competency', '--people', list, '--max-size', '100', '-o', path.join(dir, 'a.xlsx')]);
    expect(small.code).toBe(2);
    expect(small.stderr).toContain('--max-size');
    const fine = await run(['template', 'cs-competency', '--people', list, '--max-size', '1MB', '-o', path.join(dir, 'b.xlsx')]);
    expect(fine.code, fine.stderr).toBe(0);
  });

  it('a row with an empty 姓名 is reported at its cell, not dropped', async () => {
    const dir = tempDir();
    const list = path.join(dir, '名单.csv');
    writeFileSync(list, '序号,名字,工号\n1,王芳,1001\n2,,1002\n3,李强,1003\n4,,\n');
    const r = await run(['template', 'cs-competency', '--people', list, '-o', path.join(dir, 't.xlsx')]);
    expect(r.code).toBe(2);
    // Row 5 holds only a 序号: an empty line, not a person.
    expect(r.stderr).toBe('kpi: 名单!B3:第 3 行没有姓名(工号 1002),请补上姓名或删除这一行\n');
  });

  it('a 姓名 of a dash alone (「-」「—」) is no name: reported at its cell (sheets named 「-」 were made, then refused when scored)', async () => {
    const dir = tempDir();
    const list = path.join(dir, '名单.csv');
    writeFileSync(list, '姓名,工号\n张三,1\n-,2\n—,3\n');
    const r = await run(['template', 'cs-scheme-100', '--people', list, '-o', path.join(dir, 't.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kpi: 名单!A3:第 3 行没有姓名(工号 2),请补上姓名或删除这一行\nkpi: 名单!A4:第 4 行没有姓名(工号 3),请补上姓名或删除这一行\n');
  });

  it('a plain column of names (no heading row) still works', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'names.txt');
    writeFileSync(list, '张三\n李四\n');
    const r = await run(['template', 'cs-competency', '--people', list, '-o', path.join(dir, 't.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(visibleSheets(await readWorkbook(path.join(dir, 't.xlsx')))).toEqual(['张三', '李四']);
  });
});

describe('--period in the roster layout', () => {
  it('fills 考核月份 on every row; rows holding only the month are not people when scored', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'list.csv');
    writeFileSync(list, '姓名,工号\n王芳,1001\n李强,1002\n');
    const out = path.join(dir, 'r.xlsx');
    const r = await run(['template', 'mattress-cs-monthly', '--layout', 'roster', '--people', list, '--period', '2026-03', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const ws = (await readWorkbook(out)).getWorksheet('考核表')!;
    const heads = (ws.getRow(1).values as unknown[]).slice(1);
    const col = heads.indexOf('考核月份') + 1;
    expect(col).toBeGreaterThan(0);
    const months: unknown[] = [];
    for (let row = 2; row <= 21; row++) months.push(ws.getCell(row, col).value);
    expect(months.every((m) => m === '2026-03')).toBe(true);
    const graded = await gradeFile(out, { output: null });
    expect(graded.ok).toBe(true);
    if (graded.ok) expect(graded.report.people.map((p) => p.name)).toEqual(['王芳', '李强']);
  });
});

describe('a duplicate 工号 is reported at the 工号 cell', () => {
  it('roster: at the second row\'s 工号 cell, naming the first', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'dup.csv');
    // The sample's first two people, 李强 retyped with 王芳's 工号.
    const lines = readFileSync(path.join(repoRoot, 'samples/mattress-cs-monthly.march.csv'), 'utf8').split(/\r?\n/);
    writeFileSync(file, [lines[0], lines[1], lines[2]!.replace(/^1002,/, '1001,')].join('\n'));
    const graded = await gradeFile(file, { output: null, form: 'mattress-cs-monthly' });
    expect(graded.ok).toBe(true);
    if (!graded.ok) return;
    const dup = graded.report.problems.filter((p) => p.code === 'duplicate-person');
    // 王芳 and 李强 score differently: neither row is taken, each is told where the other is — and, two names, to put the
    // 工号 right (「请删去不对的一处」 would lose 李强).
    expect(dup).toHaveLength(2);
    expect(dup[1]).toMatchObject({ cell: 'A3', person: '李强', actual: '1001' });
    expect(dup[1]!.message).toBe('dup!A3:工号「1001」重复,已在 dup!A2 出现(王芳),两处的评分不同,都不计分(不取其中一处);两处的姓名不同,请改正不对的工号后重新评分');
    expect(dup[0]).toMatchObject({ cell: 'A2', person: '王芳', actual: '1001' });
    expect(dup[0]!.message).toBe('dup!A2:工号「1001」重复,在 dup!A3 又出现一次,两处的评分不同,都不计分(不取其中一处);两处的姓名不同,请改正不对的工号后重新评分');
  });

  it('form sheets: at the 工号 cell of the second sheet', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'list.csv');
    writeFileSync(list, '姓名,工号\n王芳,1001\n李强,1001\n');
    const out = path.join(dir, 'f.xlsx');
    expect((await run(['template', 'mattress-cs-monthly', '--people', list, '-o', out])).code).toBe(0);
    const wb = await readWorkbook(out);
    let idCell = '';
    wb.getWorksheet('李强')!.eachRow((row) => row.eachCell((cell) => {
      if (cell.value === '工号') idCell = wb.getWorksheet('李强')!.getCell(Number(cell.row), Number(cell.col) + 1).address;
    }));
    const graded = await gradeFile(out, { output: null });
    expect(graded.ok).toBe(true);
    if (!graded.ok) return;
    const dup = graded.report.problems.find((p) => p.code === 'duplicate-person' && p.sheet === '李强')!;
    expect(dup).toMatchObject({ sheet: '李强', cell: idCell, actual: '1001' });
  });
});

describe('a name list headed with the form\'s own name (团队, 项目名称) for a form that scores teams or sites', () => {
  it('reads that column as the names (团队 was taken for a department, 项目名称 for a name)', async () => {
    const { peopleFromGrid } = await import('../../src/io/template/people.js');
    const { gridFromRows } = await import('../../src/io/grid.js');
    const teams = peopleFromGrid(gridFromRows('s', [['团队'], ['客服一组'], ['客服二组']]), ['团队']);
    expect(teams.ok && teams.people.map((p) => p.get('name'))).toEqual(['客服一组', '客服二组']);
    const sites = peopleFromGrid(gridFromRows('s', [['项目名称'], ['阳光花园'], ['滨江一号']]), ['项目名称', '管理处']);
    expect(sites.ok && sites.people.map((p) => p.get('name'))).toEqual(['阳光花园', '滨江一号']);
  });
});
