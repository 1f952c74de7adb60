// §11 exports as systems and people keep them: two sheets of months, a hidden (filtered) row, a column of last month's
// beside this month's, an amount split at its thousands comma on every row. Each was read wrong at exit 0.
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

const roster = path.join(repoRoot, 'test', 'fixtures', 'shop', 'roster.xlsx');
const HEAD = ['工号', '客服姓名', '询单人数', '最终付款人数', '销售额(元)', '中差评', '评价总数'];
const MARCH = [[1001, '王芳', 200, 30, 80000, 1, 100], [1002, '李强', 100, 15, 60000, 0, 50], [1003, '张敏', 50, 10, 70000, 0, 40], [1004, '刘洋', 100, 15, 80000, 0, 50]];
const FEBRUARY = MARCH.map((r) => [r[0], r[1], 400, 20, 10000, 3, 60]);

async function workbook(sheets: Array<{ name: string; rows: Array<Array<string | number>>; hiddenRows?: number[] }>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r) => ws.addRow(r));
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
  }
  const file = path.join(tempDir(), '导出.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

async function grade(data: string) {
  return gradeFile(roster, { form: 'shop-cs-monthly', output: null, data });
}

describe('§11 exports as they are kept', () => {
  it('a sheet the definition names (「数据」) beside another of figures (「2026年3月」): refused, naming both (数据\'s February was read)', async () => {
    const data = await workbook([{ name: '数据', rows: [HEAD, ...FEBRUARY] }, { name: '2026年3月', rows: [HEAD, ...MARCH] }]);
    const outcome = await grade(data);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.code).toBe('data-missing');
    expect(outcome.failure.message).toContain('(「数据」、「2026年3月」)');
  });

  it('a filtered-out row is not read: said, and 刘洋 (only on it) has no row — an error, not scored from the hidden figures', async () => {
    const data = await workbook([{ name: '数据', rows: [HEAD, ...MARCH], hiddenRows: [5] }]);
    const outcome = await grade(data);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const said = outcome.report.problems.filter((p) => p.code === 'hidden-rows');
    expect(said.map((p) => [p.severity, p.cell])).toEqual([['warning', 'A5']]);
    const liu = outcome.report.people.find((p) => p.name === '刘洋')!;
    expect([liu.status, liu.problems.map((p) => p.code)]).toEqual(['error', ['data-missing']]);
    // 王芳 from the visible row: 转换率 30/200 = 15 % ÷ 20 % = 75 % × 30 = 22.5 (test/catalog/shopCsMonthly's worked example).
    expect(outcome.report.people.find((p) => p.name === '王芳')!.items[0]!.score).toBeCloseTo(22.5, 9);
  });

  it('「询单人数(上月)」 before 「询单人数(本月)」: this month\'s is read (last month\'s 999 gave 王芳 30/999 × … = 4.5)', async () => {
    const head = ['工号', '客服姓名', '询单人数(上月)', '询单人数(本月)', '最终付款人数', '销售额(元)', '中差评', '评价总数'];
    const rows = MARCH.map((r) => [r[0]!, r[1]!, 999, ...r.slice(2)]);
    const outcome = await grade(await workbook([{ name: '数据', rows: [head, ...rows] }]));
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 30/200 = 15 % ÷ 20 % = 75 % × 30 = 22.5, as with one column.
    expect(outcome.report.people.find((p) => p.name === '王芳')!.items[0]!.score).toBeCloseTo(22.5, 9);
  });

  it('销售额 typed 「80,500」 without quotes in the last column of every CSV row: row-shifted errors, not 80 元 (16.1 of 20 became 0.016)', async () => {
    const file = path.join(tempDir(), 'export.csv');
    writeFileSync(file, ['工号,客服姓名,询单人数,最终付款人数,中差评,评价总数,销售额(元)', ...MARCH.map((r) => `${r[0]},${r[1]},${r[2]},${r[3]},${r[5]},${r[6]},${String(Number(r[4]) + 500).replace(/(\d+)(\d{3})$/, '$1,$2')}`)].join('\r\n') + '\r\n');
    const outcome = await grade(file);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const shifted = outcome.report.problems.filter((p) => p.code === 'row-shifted');
    expect(shifted.map((p) => p.cell)).toEqual(['H2', 'H3', 'H4', 'H5']);
    expect(shifted[0]!.message).toContain('像是数字「80,500」被逗号拆成了两格');
    expect(outcome.report.people.every((p) => p.status === 'error')).toBe(true);
  });
});

describe('§11 sound exports near those shapes are read as written', () => {
  it('a column of 3-digit codes past the last heading (a count there) is the file\'s, not a split number; a hidden 合计 line is a 合计 line', async () => {
    const file = path.join(tempDir(), 'codes.csv');
    writeFileSync(file, ['工号,客服姓名,询单人数,最终付款人数,销售额(元),中差评,评价总数,', ...MARCH.map((r, k) => `${r.join(',')},${101 + k}`)].join('\r\n') + '\r\n');
    const outcome = await grade(file);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.problems.filter((p) => p.code === 'row-shifted')).toEqual([]);
    // 王芳 as in the fixture: 22.5 for 转换率.
    expect(outcome.report.people.find((p) => p.name === '王芳')!.items[0]!.score).toBeCloseTo(22.5, 9);
    const totals = await workbook([{ name: '数据', rows: [HEAD, ...MARCH, ['合计', '', 450, 70, 290000, 1, 240]], hiddenRows: [6] }]);
    const again = await grade(totals);
    if (!again.ok) throw new Error(again.failure.message);
    expect(again.report.problems.filter((p) => p.code === 'hidden-rows')).toEqual([]);
  });
});
