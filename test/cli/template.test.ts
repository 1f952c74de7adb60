import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook, tempDir, runCli } from '../helpers.js';

function cellsOf(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
  const out = new Map<string, ExcelJS.Cell>();
  ws.eachRow((row) => row.eachCell((cell) => {
    if (typeof cell.value === 'string' && !out.has(cell.value)) out.set(cell.value, cell);
  }));
  return out;
}

describe('kpi template', () => {
  it('a --layout typed for a form with one layout is said to be not applicable; the template is made (exit 0)', async () => {
    const dir = tempDir();
    // §11 reads its figures from an export: a roster only.
    const shop = await runCli(['template', 'shop-cs-monthly', '--layout', 'form', '-o', path.join(dir, 's.xlsx')]);
    expect(shop.code, shop.stderr).toBe(0);
    expect(shop.stderr).toMatch(/的数字来自导出表,模板只有名单式.{0,8}一种;--layout form 不适用,已按名单式生成/);
    // Made as a roster all the same: one row per agent, beside the export's sheet.
    const shopBook = await readWorkbook(path.join(dir, 's.xlsx'));
    expect(shopBook.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['考核表', '赤兔数据']);
    expect([1, 2].map((c) => shopBook.getWorksheet('考核表')!.getCell(1, c).value)).toEqual(['工号', '姓名']);
    // A record form has one layout, whichever is typed.
    const records = await runCli(['template', 'install-followup', '--layout', 'roster', '-o', path.join(dir, 'r.xlsx')]);
    expect(records.code, records.stderr).toBe(0);
    expect(records.stderr).toMatch(/是记录表.*模板只有一种格式;--layout roster 不适用,已按记录表生成/);
    expect((await readWorkbook(path.join(dir, 'r.xlsx'))).worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['回访记录', '填写说明']);
    // Not typed: nothing to say.
    const quiet = await runCli(['template', 'install-followup', '-o', path.join(dir, 'q.xlsx')]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
  });

  it('--people makes one prefilled sheet per person, shaped like the paper form', async () => {
    const dir = tempDir();
    const people = path.join(dir, '名单.csv');
    writeFileSync(people, '\uFEFF工号,姓名,部门\r\n1001,王芳,客服部\r\n1002,李强,售后组\r\n');
    const out = path.join(dir, 'm.xlsx');
    const r = await runCli(['template', 'mattress-cs-monthly', '--people', people, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const wb = await readWorkbook(out);
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['王芳', '李强']);
    const ws = wb.getWorksheet('王芳')!;
    const cells = cellsOf(ws);
    expect(ws.getCell(1, 1).value).toBe('家具寝具床垫客服回访客户服务质量效率规范月度考核表');
    const name = cells.get('被考核人')!;
    expect(ws.getCell(Number(name.row), Number(name.col) + 1).value).toBe('王芳');
    const id = cells.get('工号')!;
    expect(ws.getCell(Number(id.row), Number(id.col) + 1).value).toBe('1001');
    // The item table: label, 分值, criteria text; the input cell is unlocked with a range check; the score cell is locked.
    const item = cells.get('客户回访率')!;
    const head = cells.get('填写')!;
    const scoreHead = cells.get('得分')!;
    expect(ws.getCell(Number(item.row), 3).value).toBe(20);
    const input = ws.getCell(Number(item.row), Number(head.col));
    expect(input.protection?.locked).toBe(false);
    expect(input.dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(ws.getCell(Number(item.row), Number(scoreHead.col)).protection?.locked).not.toBe(false);
    expect(ws.pageSetup.paperSize).toBe(9); // A4
    expect(ws.getColumn(4).width).toBeGreaterThan(20); // 评分标准 wide enough for Chinese text
  });

  it('choices become dropdown lists; the roster heads each input column with 项目·输入·评分人', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'a.xlsx');
    expect((await runCli(['template', 'after-sales-monthly', '--layout', 'roster', '-o', out])).code).toBe(0);
    const wb = await readWorkbook(out);
    const ws = wb.getWorksheet('考核表')!;
    const heads = (ws.getRow(1).values as unknown[]).slice(1);
    expect(heads).toEqual(expect.arrayContaining(['工号', '姓名', '部门', '客户信息管理·自评', '客户信息管理·上级', '服务意识·上级']));
    const col = heads.indexOf('服务意识·上级') + 1;
    expect(ws.getCell(2, col).dataValidation).toMatchObject({ type: 'list', formulae: ['"1级,2级,3级,4级,5级"'] });
    const mattress = path.join(dir, 'm.xlsx');
    expect((await runCli(['template', 'mattress-cs-monthly', '--layout', 'roster', '-o', mattress])).code).toBe(0);
    const mh = ((await readWorkbook(mattress)).getWorksheet('考核表')!.getRow(1).values as unknown[]).slice(1);
    expect(mh).toEqual(expect.arrayContaining(['客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '处理能力', '其它·原因']));
  });

  it('a names list in the first column works too; bad arguments exit 2', async () => {
    const dir = tempDir();
    const people = path.join(dir, 'names.txt');
    writeFileSync(people, '张三\n李四\n');
    expect((await runCli(['template', 'cs-competency', '--people', people, '-o', path.join(dir, 'c.xlsx')])).code).toBe(0);
    expect((await runCli(['template', 'cs-competency', '--layout', 'grid', '-o', path.join(dir, 'x.xlsx')])).code).toBe(2);
    const unknown = await runCli(['template', 'no-such-form']);
    expect(unknown.code).toBe(2);
    // kpi template takes the definition file as its argument: no --form in the advice (it has no such option).
    expect(unknown.stderr).toMatch(/;也可给出自己的定义文件,如 kpi template 我的定义\.json\n$/);
    expect((await runCli(['template', 'cs-competency', '--people', path.join(dir, 'missing.csv')])).code).toBe(2);
  });

  it('the name list as the output, even with --force, is refused: the team\'s list is never replaced by the template', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'list.xlsx');
    expect((await runCli(['template', 'probation', '-o', list])).code).toBe(0);
    const wb = await readWorkbook(list);
    wb.worksheets[0]!.getCell('A1').value = '姓名';
    wb.worksheets[0]!.getCell('A2').value = '张三';
    await wb.xlsx.writeFile(list);
    const before = readFileSync(list);
    const r = await runCli(['template', 'probation', '--people', list, '-o', list, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`kpi: 输出文件 ${list} 就是 --people 给的文件,不会覆盖它。请用 -o 指定另一个文件\n`);
    expect(readFileSync(list).equals(before)).toBe(true);
  });
});

describe('kpi template -o <a folder>', () => {
  it('is told the path is a folder and given a file name in it, not to add --force (which then failed): person and record forms', async () => {
    const { main } = await import('../../src/cli/main.js');
    const { captureOutput } = await import('../../src/cli/output.js');
    const dir = tempDir();
    for (const id of ['probation', 'satisfaction-monthly']) {
      const o = captureOutput();
      expect(await main(['template', id, '-o', dir], { output: o })).toBe(2);
      expect(o.stderr.trim()).toBe(`kpi: 输出路径 ${dir} 是一个文件夹,不是文件。请用 -o 给出文件名,如 ${path.join(dir, `${id}.xlsx`)}`);
    }
  });
});
