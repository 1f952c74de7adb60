// CATALOG §11 shop-cs-monthly: KPI figures from a 赤兔-style export joined to the roster on 工号 (else 姓名).
// Fixtures: test/fixtures/shop/, written by openpyxl (scripts/make-shop-fixtures.py); one template round trip.
//
// Worked by hand (目标转换率, 目标销售额 and the subjective points from the roster; the rest from the export):
// 王芳 1001: 转换率 30/200 = 15 % ÷ 20 % = 75 % × 30 = 22.5; 销售 80000/100000 = 80 % × 20 = 16;
//   答复质量 10 − 2 × 2 = 6; 中差评 1/100 = 1 %, 1 − 1 % ÷ 2 % = 50 % × 10 = 5; 投诉关联 12
//   ⇒ KPI 61.5; 综合能力 4 + 8 = 12 ⇒ 73.5 → 待改进 (A ≤ 85), K 0.8
// 李强 1002: 15/100 = 15 % ÷ 10 % = 150 % → 100 % × 30 = 30; 60000/50000 = 120 % → 100 % × 20 = 20;
//   答复质量 3 次 ≥ 3 → 0 (单项否决); 0/50 → 100 % × 10 = 10; 15 ⇒ KPI 75; 综合能力 15 ⇒ 90; 加分 +8 ⇒ 98 → 优秀, K 1.1
// 张敏 1003: 10/50 = 20 % ÷ 10 % → 100 % × 30 = 30; 70000/50000 → 20; 答复质量 empty = 0 次 → 10; 0/40 → 10; 15
//   ⇒ KPI 85; 综合能力 15 ⇒ 100; 加分 +10, 减分 −2 ⇒ 108 reported as computed; band on min(108, 100) = 100 → 优秀, K 1.1
// 刘洋 1004: not in the export → an error at the export, 未评分. 赵磊 1005 is in the export only → a warning.
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { gradeFile } from '../../src/io/grade.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { fillRoster } from '../../src/io/fillTemplate.js';
import { scoreJson } from '../../src/cli/json.js';
import { describeForm } from '../../src/forms/describe.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { form, readWorkbook, repoRoot, sheetRows, summaryTable, tempDir, shown } from '../helpers.js';
import { byName } from './roundTrip.js';

const fixture = (name: string) => path.join(repoRoot, 'test', 'fixtures', 'shop', name);

async function grade(input: string, options: Parameters<typeof gradeFile>[1] = {}): Promise<GradeReport> {
  const outcome = await gradeFile(input, { form: 'shop-cs-monthly', output: null, ...options });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

function expectHandWorked(r: GradeReport): void {
  const wang = byName(r, '王芳');
  expect(wang.items.map((i) => i.score)).toEqual([22.5, 16, 6, 5, 12, 4, 8, 0, 0].map((x) => expect.closeTo(x, 9)));
  expect(wang.total).toBeCloseTo(73.5, 9);
  expect(wang.band).toBe('待改进');
  expect(wang.bandData).toEqual({ K: 0.8 });
  expect(wang.items[0]!.explanation).toBe('询盘转换率 30/200 = 15% ÷ 20% = 75% × 30 = 22.5');
  expect(wang.items[3]!.explanation).toBe('中差评率 1/100 = 1%,1 − 1% ÷ 2% = 50% × 10 = 5');
  const li = byName(r, '李强');
  expect(li.items[2]!.score).toBe(0);
  expect(li.items[2]!.explanation).toBe('问题次数 3次 ≥ 3次 → 0(单项否决)');
  expect(li.total).toBeCloseTo(98, 9);
  expect(li.band).toBe('优秀');
  expect(li.bandData).toEqual({ K: 1.1 });
  const zhang = byName(r, '张敏');
  expect(zhang.total).toBeCloseTo(108, 9);
  expect(zhang.band).toBe('优秀');
  expect(zhang.bandData).toEqual({ K: 1.1 });
  expect(zhang.explanation).toBe('关键KPI 85 + 综合能力 15 = 100,加分项 +10 = 110,减分项 −2 = 108 → 优秀(K 1.1)');
  expect(zhang.parts.map((p) => p.score)).toEqual([85, 15, 8]);
  const liu = byName(r, '刘洋');
  expect(liu.status).toBe('error');
  expect(liu.problems.map((p) => p.code)).toEqual(['data-missing']);
  expect(r.bands).toEqual({ 优秀: 2, 良好: 0, 一般: 0, 待改进: 1 });
}

describe('§11 shop-cs-monthly', () => {
  it('the export in the same workbook (its own headings, a title row, a 合计 line): scores as worked by hand', async () => {
    const input = fixture('same-book.xlsx');
    const r = await grade(input);
    expectHandWorked(r);
    expect(r.data).toEqual({ file: input, sheet: '赤兔数据', rows: 4, keys: ['工号', '姓名'] });
    const missing = r.problems.find((p) => p.code === 'data-missing')!;
    // At the heading of the column it was looked up in (工号, B3 under the export's title rows).
    expect(missing).toMatchObject({ severity: 'error', file: input, sheet: '赤兔数据', cell: 'B3', person: '刘洋' });
    expect(missing.message).toBe('赤兔数据!B3:「工号」列中没有名单中刘洋(工号 1004)的数据行,无法取得 询盘数、成交数、销售额、中差评数、评价数');
    const extra = r.problems.find((p) => p.code === 'data-unmatched')!;
    expect(extra.severity).toBe('warning');
    expect(extra.message).toContain('第 7 行(1005 赵磊)');
  });

  it('the export as a second file (--data), an openpyxl workbook whose sheet the definition does not name', async () => {
    const exportFile = fixture('export.xlsx');
    const r = await grade(fixture('roster.xlsx'), { data: exportFile });
    expectHandWorked(r);
    expect(r.data).toMatchObject({ file: exportFile, sheet: '客服绩效', rows: 4 });
    // The missing person is located at the export's own file and sheet, in Excel's notation for another book.
    expect(r.problems.find((p) => p.code === 'data-missing')).toMatchObject({ file: exportFile, sheet: '[export.xlsx]客服绩效', cell: 'B3', person: '刘洋' });
  });

  it('--data whose agents are under a heading naming no one (账号ID): that column is said to be unrecognised, not the export 「没有找到」', async () => {
    // (旺旺, 子账号 and 客服昵称 are names of the agent since shop-cs-monthly 1.1.1.)
    const exportFile = path.join(tempDir(), 'ww.csv');
    writeFileSync(exportFile, '账号ID,询单人数,最终付款人数,销售额(元),中差评,评价总数\r\n王芳,200,30,80000,1,100\r\n');
    const out = await gradeFile(fixture('roster.xlsx'), { form: 'shop-cs-monthly', output: null, data: exportFile });
    expect(out.ok ? null : [out.failure.cell, out.failure.message]).toEqual([
      'A1',
      '[ww.csv]ww!A1:第 1 行表头认出了 询盘数、成交数、销售额、中差评数、评价数,但没有认出哪一列是人员(应为 「工号」、「客服工号」、「账号编号」、「姓名」、「客服姓名」、「客服」 等;表头是 「账号ID」、「询单人数」、「最终付款人数」、「销售额(元)」、「中差评」、「评价总数」);请把对应名单的那一列的表头改为「工号」或「姓名」后重新评分',
    ]);
  });

  it('--data whose export sheet is hidden: said as hidden (it was 「没有找到」), and read with --include-hidden', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture('export.xlsx'));
    wb.addWorksheet('说明').addRow(['导出说明']);
    wb.getWorksheet('客服绩效')!.state = 'hidden';
    const exportFile = path.join(tempDir(), 'hidden.xlsx');
    await wb.xlsx.writeFile(exportFile);
    const refused = await gradeFile(fixture('roster.xlsx'), { form: 'shop-cs-monthly', output: null, data: exportFile });
    expect(refused.ok ? null : refused.failure.message).toBe('hidden.xlsx:导出数据的工作表「客服绩效」是隐藏的,没有读取;要使用它请加 --include-hidden(或在 Excel 中取消隐藏)');
    expectHandWorked(await grade(fixture('roster.xlsx'), { data: exportFile, includeHidden: true }));
  });

  it('--data for a workbook holding its own export: the --data file is used, the workbook\'s sheet said unused (it was silent)', async () => {
    const input = fixture('same-book.xlsx');
    const exportFile = fixture('export.xlsx');
    const r = await grade(input, { data: exportFile });
    expectHandWorked(r);
    expect(r.data).toMatchObject({ file: exportFile, sheet: '客服绩效' });
    const unused = r.problems.filter((p) => p.code === 'data-missing' && p.severity === 'warning');
    expect(unused.map((p) => p.message)).toEqual(['same-book.xlsx 自己的导出数据表「赤兔数据」(4 行)没有使用:按 --data 给出的 export.xlsx 取数;如果应按工作簿里的数据,请去掉 --data']);
  });

  it('the export as a GB18030 CSV (--data): the encoding is detected, the figures are the same', async () => {
    const r = await grade(fixture('roster.xlsx'), { data: fixture('export-gb18030.csv') });
    expectHandWorked(r);
    expect(r.data).toMatchObject({ sheet: 'export-gb18030', rows: 4 });
  });

  it('a non-number and a 工号 twice in the export: located errors at the export’s file, sheet and cell', async () => {
    const bad = fixture('export-bad.xlsx');
    const r = await grade(fixture('roster.xlsx'), { data: bad });
    const wang = byName(r, '王芳');
    expect(wang.status).toBe('error');
    const nan = wang.problems.find((p) => p.code === 'not-an-integer' || p.code === 'not-a-number')!;
    expect(nan).toMatchObject({ file: bad, sheet: '[export-bad.xlsx]客服绩效', cell: 'E4', actual: '三十' });
    expect(nan.message).toBe('[export-bad.xlsx]客服绩效!E4:「日常询盘转换率·成交数」应为不小于0的整数,实际为「三十」');
    const li = byName(r, '李强');
    expect(li.status).toBe('error');
    const dup = li.problems.find((p) => p.code === 'data-duplicate')!;
    expect(dup).toMatchObject({ file: bad, sheet: '[export-bad.xlsx]客服绩效', cell: 'B6', severity: 'error' });
    expect(dup.message).toContain('工号「1002」在导出数据中出现 2 次(第 5、6 行)');
    // The duplicate is said once (with 李强), not again for the file.
    expect(r.problems.filter((p) => p.code === 'data-duplicate')).toHaveLength(1);
    expect(byName(r, '张敏').total).toBeCloseTo(108, 9);
  });

  it('-o naming the --data or --pay file, even with --force, is refused: the export and the pay list are never replaced', async () => {
    const dir = tempDir();
    const exportFile = path.join(dir, 'export.xlsx');
    const payFile = path.join(dir, 'pay.csv');
    writeFileSync(exportFile, readFileSync(fixture('export.xlsx')));
    writeFileSync(payFile, '工号,姓名,绩效基数\n1001,王芳,2000\n');
    const before = [readFileSync(exportFile), readFileSync(payFile)];
    for (const [flag, file] of [['data', exportFile], ['pay', payFile]] as const) {
      const out = await gradeFile(fixture('roster.xlsx'), { form: 'shop-cs-monthly', data: exportFile, ...(flag === 'pay' ? { pay: payFile } : {}), output: file, force: true });
      // Named as the option that gave it (it was 「就是输入文件本身」, blaming the roster).
      expect(out.ok ? null : out.failure.message).toBe(`输出文件 ${file} 就是 --${flag} 给的文件,不会覆盖它。请用 -o 指定另一个文件`);
    }
    expect([readFileSync(exportFile).equals(before[0]!), readFileSync(payFile).equals(before[1]!)]).toEqual([true, true]);
  });

  it('a CSV export row longer than its headings (80,000 typed without quotes) is an error at its extra cell, not figures read a column to the right', async () => {
    const dir = tempDir();
    const csv = path.join(dir, 'export.csv');
    writeFileSync(csv, [
      '序号,工号,客服姓名,询单人数,最终付款人数,销售额(元),客单价,中差评,评价总数',
      // 王芳's 销售额 80000 split in two: read as it was, 销售额 80, 中差评 266.67 … and the 100 past the headings.
      '1,1001,王芳,200,30,80,000,266.67,1,100',
      '2,1002,李强,100,15,60000,4000,0,50',
      '3,1003,张敏,50,10,70000,7000,0,40',
    ].join('\r\n'), 'utf8');
    const r = await grade(fixture('roster.xlsx'), { data: csv });
    const wang = byName(r, '王芳');
    expect(wang.status).toBe('error');
    expect(wang.problems.filter((p) => p.code === 'row-shifted').map((p) => [p.cell, p.severity, p.message])).toEqual([
      ['J2', 'error', '[export.csv]export!J2:这一行有 10 列,表头只有 9 列(多出的「100」在这里):前面某一格里多了一个逗号,把这一格拆成了两格,后面各列都错了位(如 3,2 应写作 "3,2" 或 3、2);请改正后重新评分(此人不评分)'],
    ]);
    // The rows after it are read as they are: 李强 98 and 张敏 108 as worked by hand above.
    expect(byName(r, '李强').total).toBeCloseTo(98, 9);
    expect(byName(r, '张敏').total).toBeCloseTo(108, 9);
  });

  it('the headings repeated inside a CSV export (a second page pasted below) are no one: not 「工号 客服姓名」 off the roster', async () => {
    const dir = tempDir();
    const csv = path.join(dir, 'export.csv');
    const head = '序号,工号,客服姓名,询单人数,最终付款人数,销售额(元),客单价,中差评,评价总数';
    writeFileSync(csv, [head, '2,1002,李强,100,15,60000,4000,0,50', head, '3,1003,张敏,50,10,70000,7000,0,40'].join('\r\n'), 'utf8');
    const r = await grade(fixture('roster.xlsx'), { data: csv });
    // 李强 98 and 张敏 108 as worked by hand above; nothing said of row 3.
    expect(byName(r, '李强').total).toBeCloseTo(98, 9);
    expect(byName(r, '张敏').total).toBeCloseTo(108, 9);
    expect(r.problems.filter((p) => p.cell?.endsWith('3') && p.file?.endsWith('export.csv'))).toEqual([]);
    expect(r.problems.map((p) => p.message).join('\n')).not.toContain('客服姓名');
  });

  it('an export\'s note lines without figures (导出人:admin, 打印时间:…, 第 1 页,共 1 页, a title repeated below) are no one', async () => {
    const dir = tempDir();
    const csv = path.join(dir, 'export.csv');
    const head = '序号,工号,客服姓名,询单人数,最终付款人数,销售额(元),客单价,中差评,评价总数';
    writeFileSync(csv, [head, '2,1002,李强,100,15,60000,4000,0,50', ',导出人:admin,,,,,,,', ',赤兔 · 客服绩效 2026-03,,,,,,,', '3,1003,张敏,50,10,70000,7000,0,40', ',"第 1 页,共 1 页",,,,,,,', ',打印时间:2026-04-01,,,,,,,'].join('\r\n'), 'utf8');
    const r = await grade(fixture('roster.xlsx'), { data: csv });
    // 李强 98 and 张敏 108 as worked by hand above; none of the four lines said as an agent off the roster.
    expect(byName(r, '李强').total).toBeCloseTo(98, 9);
    expect(byName(r, '张敏').total).toBeCloseTo(108, 9);
    const said = r.problems.map((p) => p.message).join('\n');
    for (const t of ['导出人', '赤兔 · 客服绩效', '第 1 页', '打印时间']) expect(said).not.toContain(t);
  });

  it('80,000 split in a CSV export row no longer than its headings (the last column left empty took the shift): an error at 「000」', async () => {
    const dir = tempDir();
    const csv = path.join(dir, 'export.csv');
    writeFileSync(csv, [
      '序号,工号,客服姓名,询单人数,最终付款人数,销售额(元),中差评,评价总数,备注',
      '1,1001,王芳,200,30,80,000,1,100',
      '2,1002,李强,100,15,60000,0,50,',
      '3,1003,张敏,50,10,70000,0,40,',
    ].join('\n'), 'utf8');
    const r = await grade(fixture('roster.xlsx'), { data: csv });
    expect(byName(r, '王芳').status).toBe('error');
    expect(r.problems.filter((p) => p.code === 'row-shifted').map((p) => p.cell)).toEqual(['G2']);
    // 李强 100 询单 and 15 成交 (a 3-digit number after a 3-digit one) are no split: 98 as worked by hand.
    expect(byName(r, '李强').total).toBeCloseTo(98, 9);
    expect(byName(r, '张敏').total).toBeCloseTo(108, 9);
  });

  it('an export row with its 工号 left blank is the roster\'s person of that name (it was 「not on the roster」 beside an error for the person)', async () => {
    const dir = tempDir();
    const csv = path.join(dir, 'export.csv');
    const rows = [
      '序号,工号,客服姓名,询单人数,最终付款人数,销售额(元),客单价,中差评,评价总数',
      '1,1001,王芳,200,30,80000,266.67,1,100',
      '2,1002,李强,100,15,60000,4000,0,50',
      '3,,张敏,50,10,70000,7000,0,40',
    ];
    writeFileSync(csv, rows.join('\n'), 'utf8');
    const r = await grade(fixture('roster.xlsx'), { data: csv });
    expectHandWorked(r);
    expect(r.problems.filter((p) => p.code === 'data-unmatched')).toEqual([]);
    // A blank-工号 row whose name is no one's on the roster is still said as not matched.
    writeFileSync(csv, [...rows, '4,,赵磊,80,8,20000,2500,2,30'].join('\n'), 'utf8');
    const more = await grade(fixture('roster.xlsx'), { data: csv });
    expect(byName(more, '张敏').total).toBeCloseTo(108, 9);
    expect(more.problems.filter((p) => p.code === 'data-unmatched').map((p) => p.message)).toEqual([expect.stringContaining('赵磊')]);
    // 张敏's row with 工号 and another without, other figures: two rows for her (the second was ignored, said as no one's).
    writeFileSync(csv, [...rows.slice(0, 3), '3,1003,张敏,50,10,70000,7000,0,40', '4,,张敏,60,10,70000,7000,0,40'].join('\n'), 'utf8');
    const twice = await grade(fixture('roster.xlsx'), { data: csv });
    expect(byName(twice, '张敏').status).toBe('error');
    expect(twice.problems.filter((p) => p.code === 'data-duplicate').map((p) => [p.cell, p.message])).toEqual([
      ['C5', '[export.csv]export!C5:姓名「张敏」在导出数据中出现 2 次(第 4、5 行),无法确定哪一行是张敏(工号 1003)'],
    ]);
    expect(twice.problems.filter((p) => p.code === 'data-unmatched')).toEqual([]);
    // Two rows of her name, both without 工号: named by the name too (it said 「工号「1003」出现 2 次」, neither has it).
    writeFileSync(csv, [...rows.slice(0, 3), '3,,张敏,50,10,70000,7000,0,40', '4,,张敏,60,10,70000,7000,0,40'].join('\n'), 'utf8');
    const blanks = await grade(fixture('roster.xlsx'), { data: csv });
    expect(blanks.problems.filter((p) => p.code === 'data-duplicate').map((p) => [p.cell, p.message])).toEqual([
      ['C4', '[export.csv]export!C4:姓名「张敏」在导出数据中出现 2 次(第 4、5 行),无法确定哪一行是张敏(工号 1003)'],
    ]);
  });

  it('the graded workbook: input kept, scores beside the rows, 汇总 with K, 问题 naming the export; --json has data', async () => {
    const dir = tempDir();
    const output = path.join(dir, 'out.xlsx');
    const outcome = await gradeFile(fixture('same-book.xlsx'), { form: 'shop-cs-monthly', output });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const wb = await readWorkbook(output);
    const summary = summaryTable(wb);
    const head = summary[0]!;
    const zhang = summary.find((row) => row.includes('张敏'))!;
    expect(zhang[head.indexOf('总分')]).toBeCloseTo(108, 9);
    expect(zhang[head.indexOf('等级')]).toBe('优秀');
    expect(zhang[head.indexOf('奖金系数K')]).toBe(1.1);
    expect(zhang[head.indexOf('加减分')]).toBe(8);
    // The export sheet is kept as it was.
    const exportRows = sheetRows(wb, '赤兔数据');
    expect(exportRows[2]).toEqual(['序号', '工号', '客服姓名', '询单人数', '最终付款人数', '销售额(元)', '客单价', '中差评', '评价总数']);
    expect(exportRows[3]).toEqual([1, 1001, '王芳', 200, 30, 80000, 266.67, 1, 100]);
    const problems = sheetRows(wb, '问题');
    expect(problems.some((row) => row.includes('data-missing') && row.includes('刘洋'))).toBe(true);
    const json = scoreJson(outcome.report);
    expect(json.data).toMatchObject({ sheet: '赤兔数据', rows: 4, keys: ['工号', '姓名'] });
    expect(json.people.find((p) => p.name === '张敏')).toMatchObject({ total: 108, band: '优秀', bandData: { K: 1.1 } });
  });

  it('kpi template → a roster and an empty 赤兔数据 sheet with the mapped headings; filled and pasted, it scores', async () => {
    const f = await form('shop-cs-monthly');
    const wb = await buildTemplate(f, { layout: 'form', generator: 'test' });
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['考核表', '赤兔数据']);
    const rosterHead = (wb.getWorksheet('考核表')!.getRow(1).values as unknown[]).slice(1);
    expect(rosterHead).not.toContain('询盘数');
    expect(rosterHead).toContain('日常询盘转换率·目标转换率');
    const exportWs = wb.getWorksheet('赤兔数据')!;
    expect((exportWs.getRow(1).values as unknown[]).slice(1)).toEqual(['工号', '姓名', '询盘数', '成交数', '销售额', '中差评数', '评价数']);
    fillRoster(wb.getWorksheet('考核表')!, f, [
      // Joined on 姓名 (no 工号 on either side): 20/100 = 20 % ÷ 25 % = 80 % × 30 = 24; 45000/50000 = 90 % × 20 = 18;
      // 10 − 2 × 1 = 8; 1/200 = 0.5 %, 1 − 0.5 % ÷ 2 % = 75 % × 10 = 7.5; 13 ⇒ 70.5; + 3 + 7 = 80.5; 减分 −1 ⇒ 79.5 → 待改进
      { header: { name: '周敏' }, values: { 'K1.goal': '25%', 'K2.target': 50000, K3: 1, K5: 13, A1: 3, A2: 7, 'B2.points': 1, 'B2.reason': '售前解释错误' } },
      // 加分 12 is over its cap of 10; 减分 3 has no reason: both errors at their cells, 吴迪 is not scored.
      { header: { name: '吴迪' }, values: { 'K1.goal': '25%', 'K2.target': 50000, K5: 13, A1: 3, A2: 7, 'B1.points': 12, 'B1.reason': '大促', 'B2.points': 3 } },
    ]);
    exportWs.addRow(['', '周敏', 100, 20, 45000, 1, 200]);
    exportWs.addRow(['', '吴迪', 100, 20, 45000, 1, 200]);
    const input = path.join(tempDir(), 'shop.xlsx');
    await wb.xlsx.writeFile(input);
    const outcome = await gradeFile(input, { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const zhou = byName(outcome.report, '周敏');
    expect(zhou.items.map((i) => i.score)).toEqual([24, 18, 8, 7.5, 13, 3, 7, 0, -1].map((x) => expect.closeTo(x, 9)));
    expect(zhou.total).toBeCloseTo(79.5, 9);
    expect(zhou.band).toBe('待改进');
    const wu = byName(outcome.report, '吴迪');
    expect(wu.status).toBe('error');
    expect(wu.problems.map((p) => [p.code, p.sheet])).toEqual([['out-of-range', '考核表'], ['reason-required', '考核表']]);
    expect(wu.problems[0]!.message).toContain('应为0到10之间的数,实际为「12」');
    expect(outcome.report.data?.keys).toEqual(['工号', '姓名']);
  });

  it('no export anywhere, or --data for a form that has none: the run stops with one message', async () => {
    const alone = await gradeFile(fixture('roster.xlsx'), { form: 'shop-cs-monthly', output: null });
    expect(alone.ok).toBe(false);
    if (!alone.ok) expect(alone.failure.message).toContain('没有找到「赤兔数据」');
    const wrong = await gradeFile(path.join(repoRoot, 'samples', 'sales-cs-kpi.march.roster.xlsx'), { output: null, data: fixture('export.xlsx') });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.failure.message).toContain('不从导出数据取数');
  });

  it('an export sheet that is hidden: named, with the way to read it (--include-hidden), which then scores', async () => {
    const wb = await readWorkbook(fixture('same-book.xlsx'));
    wb.getWorksheet('赤兔数据')!.state = 'hidden';
    const input = path.join(tempDir(), 'hidden.xlsx');
    await wb.xlsx.writeFile(input);
    const hidden = await gradeFile(input, { form: 'shop-cs-monthly', output: null });
    expect(hidden.ok).toBe(false);
    if (!hidden.ok) expect(hidden.failure.message).toBe('hidden.xlsx:导出数据的工作表「赤兔数据」是隐藏的,没有读取;要使用它请加 --include-hidden(或在 Excel 中取消隐藏)');
    const r = await grade(input, { includeHidden: true });
    expect(byName(r, '张敏').total).toBeCloseTo(108, 9);
  });

  it('an export without a mapped column: one located error, nobody scored on a figure it lacks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('赤兔数据');
    ws.addRow(['工号', '姓名', '询盘数', '成交数', '销售额', '评价数']);
    ws.addRow(['1001', '王芳', 200, 30, 80000, 100]);
    const file = path.join(tempDir(), 'export.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await grade(fixture('roster.xlsx'), { data: file });
    const missing = r.problems.filter((p) => p.code === 'data-missing' && !p.person);
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toBe('[export.xlsx]赤兔数据:第 1 行表头中没有「中差评数」列(也可写作 「中差评」、「中差评人数」),无法取数');
    expect(byName(r, '王芳').status).toBe('error');
    expect(shown(byName(r, '王芳').items[3]!.score)).toBeNull();
  });

  it('kpi forms explains where the figures come from', async () => {
    const text = describeForm(await form('shop-cs-monthly')).join('\n');
    expect(text).toContain('导出数据「赤兔数据」');
    expect(text).toContain('「询盘数」(也认 询单人数');
    expect(text).toContain('「问题次数」达到 3 次及以上得 0(单项否决)');
  });
});

describe('§11 samples (scripts/make-shop-sample.mjs)', () => {
  // 陈静: 66/300 = 22 % ÷ 20 % → 100 % × 30 = 30; 132000/120000 → 20; 10; 2/200 = 1 % → 50 % × 10 = 5; 14 ⇒ 79; + 5 + 9 ⇒ 93; 加分 +5 ⇒ 98 → 优秀
  // 孙丽: 40/250 = 16 % ÷ 20 % = 80 % × 30 = 24; 90000/100000 = 90 % × 20 = 18; 10 − 2 = 8; 0/120 → 10; 12 ⇒ 72; + 4 + 8 ⇒ 84 → 待改进
  // 周杰: 38/200 = 19 % ÷ 20 % = 95 % × 30 = 28.5; 95000/100000 → 19; 10; 1/150 = 0.667 % → (1 − 1/3) × 10 = 6.6667; 15
  //   ⇒ 79.1667; + 5 + 9 ⇒ 93.1667 → 良好 (90 < A ≤ 95), K 1.0; 吴婷 is not in the export
  const expected = [['陈静', 98, '优秀'], ['孙丽', 84, '待改进'], ['周杰', 93.1667, '良好'], ['吴婷', null, null]];
  const got = (r: GradeReport) => r.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(4)), p.band]);
  it('the export pasted into the workbook', async () => {
    const r = await grade(path.join(repoRoot, 'samples', 'shop-cs-monthly.march.xlsx'));
    expect(got(r)).toEqual(expected);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['data-missing']);
  });
  it('the export as its own file (--data)', async () => {
    const r = await gradeFile(path.join(repoRoot, 'samples', 'shop-cs-monthly.march.roster.xlsx'), { output: null, data: path.join(repoRoot, 'samples', 'shop-cs-monthly.march.export.xlsx') });
    if (!r.ok) throw new Error(r.failure.message);
    expect(got(r.report)).toEqual(expected);
  });
});

describe('§11 rows joined as people are matched elsewhere', () => {
  it('「李 强」 is 李强 and 陳靜 is 陈静 (an export without 工号 left 李 强 unscored); 0012 is 12; 张三 is not 张 三丰', async () => {
    const { joinKey } = await import('../../src/io/readExport.js');
    expect(joinKey('李 强')).toBe(joinKey('李强'));
    expect(joinKey('李　强')).toBe(joinKey('李强'));
    expect(joinKey('陳靜')).toBe(joinKey('陈静'));
    expect(joinKey('0012')).toBe(joinKey('12'));
    expect(joinKey('张三')).not.toBe(joinKey('张 三丰'));
    expect(joinKey('Li Qiang')).toBe(joinKey('li qiang'));
  });
});

describe('an export row without 工号 whose name two people of the roster share', () => {
  it('is said as theirs, not taken and not 「在名单中没有对应的人」; each 张伟 is told why their row is missing', async () => {
    const dir = tempDir();
    const roster = path.join(dir, 'roster.csv');
    writeFileSync(roster, ['工号,姓名,部门,考核月份,日常询盘转换率·目标转换率,销售完成率·目标销售额,咨询答复质量,售后投诉关联,工作主动性,其他综合能力', '2005,张伟,客服部,2026-03,20%,100000,0,12,4,8', '2006,张伟,客服部,2026-03,20%,100000,0,12,4,8'].join('\r\n'));
    const data = path.join(dir, 'export.csv');
    writeFileSync(data, ['工号,客服姓名,询单人数,最终付款人数,销售额(元),中差评数,评价数', ',张伟,250,40,90000,0,120'].join('\r\n'));
    const r = await grade(roster, { data });
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error']);
    expect(r.problems.filter((p) => p.code.startsWith('data-')).map((p) => p.message)).toEqual([
      '[export.csv]export:第 2 行(张伟)没有填「工号」,名单中有几个人同名,不知道是谁的,未使用;请在导出中补上工号',
      '[export.csv]export!A1:「工号」列中没有名单中张伟(工号 2005)的数据行,无法取得 询盘数、成交数、销售额、中差评数、评价数;第 2 行是「张伟」但没有填「工号」,名单中有 2 人叫这个名字,不知道是谁的,请在导出中补上工号',
      '[export.csv]export!A1:「工号」列中没有名单中张伟(工号 2006)的数据行,无法取得 询盘数、成交数、销售额、中差评数、评价数;第 2 行是「张伟」但没有填「工号」,名单中有 2 人叫这个名字,不知道是谁的,请在导出中补上工号',
    ]);
  });
});

describe('an export that cannot say whose a row is, or which sheet is this month\'s', () => {
  const rosterOf = (dir: string) => {
    const roster = path.join(dir, 'roster.csv');
    writeFileSync(roster, ['工号,姓名,部门,考核月份,日常询盘转换率·目标转换率,销售完成率·目标销售额,咨询答复质量,售后投诉关联,工作主动性,其他综合能力', '2001,陈静,客服部,2026-03,20%,100000,0,15,5,10', '2005,陈静,客服部,2026-03,20%,100000,0,15,5,10', '2002,孙丽,客服部,2026-03,20%,100000,0,15,5,10'].join('\r\n'));
    return roster;
  };
  it('no 工号 column and two 陈静 on the roster: neither takes the one 陈静 row (both were 100 优秀 at exit 0)', async () => {
    const dir = tempDir();
    const data = path.join(dir, 'export.csv');
    writeFileSync(data, ['客服姓名,询单人数,询单->最终付款人数,销售额(元),中差评,评价总数', '陈静,100,20,100000,0,100', '孙丽,100,20,100000,0,100'].join('\r\n'));
    const r = await grade(rosterOf(dir), { data });
    // 孙丽: 20/100 = 20 % ÷ 20 % → 30; 销售 20; 答复 10; 中差评 10; 15 + 5 + 10 ⇒ 100.
    expect(r.people.map((p) => [p.id, p.status, p.total])).toEqual([['2001', 'error', null], ['2005', 'error', null], ['2002', 'scored', 100]]);
    expect(byName(r, '孙丽').band).toBe('优秀');
    expect([...new Set(r.problems.filter((p) => p.severity === 'error').map((p) => p.message))]).toEqual(['[export.csv]export!A2:名单中有 2 人叫「陈静」(工号 2001、2005),导出数据按姓名无法分清是谁的这一行,这几人都不评分;请在导出中加上工号']);
  });

  it('a --data workbook with two sheets alike (2月, 3月) is refused; a hidden old one read with --include-hidden gives way to the visible one', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const sheet = (name: string, deals: number) => wb.addWorksheet(name).addRows([['工号', '客服姓名', '询单人数', '询单->最终付款人数', '销售额(元)', '中差评', '评价总数'], ['2002', '孙丽', 100, deals, 100000, 0, 100]]);
    sheet('2月', 10);
    sheet('3月', 15);
    const roster = path.join(dir, 'roster.csv');
    writeFileSync(roster, ['工号,姓名,部门,考核月份,日常询盘转换率·目标转换率,销售完成率·目标销售额,咨询答复质量,售后投诉关联,工作主动性,其他综合能力', '2002,孙丽,客服部,2026-03,20%,100000,0,15,5,10'].join('\r\n'));
    const both = path.join(dir, 'both.xlsx');
    await wb.xlsx.writeFile(both);
    const refused = await gradeFile(roster, { form: 'shop-cs-monthly', output: null, data: both });
    expect(refused.ok ? null : refused.failure.message).toBe('both.xlsx 里有 2 张表都像导出数据(「2月」、「3月」),不知道该用哪一张;请只留本月的一张(其他的删去、移到别的文件或隐藏)后重新评分');
    wb.getWorksheet('2月')!.state = 'hidden';
    const hidden = path.join(dir, 'hidden.xlsx');
    await wb.xlsx.writeFile(hidden);
    // 3月: 15/100 = 15 % ÷ 20 % = 75 % × 30 = 22.5 (2月's 10/100 gave 15); + 20 + 10 + 10 + 30 ⇒ 92.5.
    const r = await grade(roster, { data: hidden, includeHidden: true });
    expect([r.data?.sheet, byName(r, '孙丽').total]).toEqual(['3月', 92.5]);
  });
});

// The roster holding a column of the export's (「询单人数」 kept for reference), the export given with --data (a GB18030
// CSV with a 合计 row): the roster sheet was taken for the workbook's own export and dropped — 「没有找到表头」, exit 2.
describe('§11 a roster with one of the export\'s columns, scored with --data', () => {
  it('is the roster: 陈静 98 优秀 K 1.1, 孙丽 84, 周杰 93.17, 吴婷 87.50 (the red team\'s hand arithmetic), the column listed as ignored', async () => {
    const { gradeFile } = await import('../../src/io/grade.js');
    const path = await import('node:path');
    const { repoRoot } = await import('../helpers.js');
    const dir = path.join(repoRoot, 'test/fixtures/shop/roster-with-export-column');
    const r = await gradeFile(path.join(dir, 'roster.xlsx'), { output: null, data: path.join(dir, 'export.csv') });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band])).toEqual([['陈静', 98, '优秀'], ['孙丽', 84, '待改进'], ['周杰', 93.17, '良好'], ['吴婷', 87.5, '一般']]);
    expect(r.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.report.problems.find((p) => p.code === 'unknown-column')!.message).toContain('「询单人数」(R1)');
  });
});
