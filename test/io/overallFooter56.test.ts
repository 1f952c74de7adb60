// §21 satisfaction-standard: the team's overall verdict typed as a last row under the customers (综合评价, 总体评价, 总评 …
// with 优秀 ×5) is no customer — skipped and listed, as 汇总 / 小计 / 总计 / 统计 rows are. Workbooks written here.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

const HEADINGS = ['客户', '产品质量', '服务态度', '售后服务', '价格合理性', '交付准时性', '意见和建议'];
const five = (level: string) => [level, level, level, level, level];
const CUSTOMERS: Array<[string, string]> = [['华润置地', '优秀'], ['万科物业', '优秀'], ['碧桂园', '一般']];

/** Rows under the title and headings: a customer (or a verdict) with its level ×5; null a blank line; 'head' the headings again. */
async function log(rows: Array<[string, string] | null | 'head'>, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('满意度评分');
  ws.addRow(['客户满意度评分']);
  ws.addRow(HEADINGS);
  for (const row of rows) ws.addRow(row === null ? [] : row === 'head' ? HEADINGS : [row[0], ...five(row[1])]);
  const file = path.join(tempDir('kpi-fx56s-'), name);
  await wb.xlsx.writeFile(file);
  return file;
}

const month = (r: GradeReport) => r.groups![0]!;
const skipped = (r: GradeReport) => r.problems.filter((p) => p.code === 'skipped-row').map((p) => [p.cell, p.message]);

describe('§21 an overall verdict row at the foot of the log', () => {
  it.each(['综合评价', '总体评价', '总评', '整体评价', '本月综合', '多数评价'])('「%s」 优秀 ×5 under 100, 100, 60 is skipped: 86.67 良好', async (word) => {
    // Customers 华润置地 100, 万科物业 100, 碧桂园 60: (100 + 100 + 60) / 3 = 86.67 → 良好 (≥ 80, < 90). Counted as a
    // fourth customer it was (100 + 100 + 60 + 100) / 4 = 90.00 优秀 at exit 0, 回收份数 4.
    const r = await gradedReport(await log([...CUSTOMERS, [word, '优秀']], 'overall.xlsx'), { form: 'satisfaction-standard' });
    expect(month(r).figures.responses).toBe(3);
    expect(month(r).figures.score).toBeCloseTo(260 / 3, 10);
    expect(month(r).band).toBe('良好');
    expect(r.records).toMatchObject({ total: 3, ok: 3, error: 0 });
    expect(skipped(r)).toEqual([['A6', `满意度评分!A6:第 6 行是「${word}」行,不是客户,已跳过`]]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('with 良好 ×5 it is skipped too: 86.67 良好 (it gave (100 + 100 + 60 + 80) / 4 = 85.00)', async () => {
    const r = await gradedReport(await log([...CUSTOMERS, ['综合评价', '良好']], 'overall-good.xlsx'), { form: 'satisfaction-standard' });
    expect([month(r).figures.responses, month(r).band]).toEqual([3, '良好']);
    expect(month(r).figures.score).toBeCloseTo(260 / 3, 10);
  });

  it('the word with a customer under it, or a customer named after it (总评公司), is a customer: 4 customers, 85.00 良好', async () => {
    // 综合评价 between 万科物业 and 碧桂园 is a record (a customer may be so named; nothing tells it is a footer):
    // (100 + 80 + 100 + 60) / 4 = 85.00 → 良好.
    const middle = await gradedReport(await log([CUSTOMERS[0]!, ['综合评价', '良好'], CUSTOMERS[1]!, CUSTOMERS[2]!], 'overall-middle.xlsx'), { form: 'satisfaction-standard' });
    expect([month(middle).figures.responses, month(middle).figures.score, month(middle).band]).toEqual([4, 85, '良好']);
    expect(skipped(middle)).toEqual([]);
    // 总评公司 last: the whole cell is no verdict word — (100 + 100 + 60 + 80) / 4 = 85.00 → 良好.
    const named = await gradedReport(await log([...CUSTOMERS, ['总评公司', '良好']], 'overall-named.xlsx'), { form: 'satisfaction-standard' });
    expect([month(named).figures.responses, month(named).figures.score, month(named).band]).toEqual([4, 85, '良好']);
    expect(skipped(named)).toEqual([]);
  });
});

// Review of 76a532d9: the verdict row was skipped only as the sheet's last line. Two blocks each closed by its own
// 综合评价 (a blank line and the headings again between them) counted the first as a customer, and near words
// (本月总评, 【综合评价】, 客服部综合评价 …) were customers anywhere. Fixtures: test/fixtures/fx57k (the review's files).
const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx57k', name);

describe('§21 an overall verdict row at the end of a block', () => {
  it.each([
    ['s21_two_blocks_band.xlsx', 'A8'],
    ['s21_two_blocks_nohead.xlsx', null],
  ])('%s: both 综合评价 rows skipped, 5 customers, 76.00 一般', async (file, heading) => {
    // 华润置地 100, 万科物业 100, 碧桂园 60 | 保利 60, 中海 60: (100 + 100 + 60 + 60 + 60) / 5 = 380 / 5 = 76.00 → 一般
    // (≥ 60, < 80). The first 综合评价 (优秀 ×5) counted was (100 + 100 + 60 + 100 + 60 + 60) / 6 = 80.00 良好 at exit 0.
    const r = await gradedReport(fixture(file), { form: 'satisfaction-standard' });
    expect([month(r).figures.responses, month(r).figures.score, month(r).band]).toEqual([5, 76, '一般']);
    expect(r.records).toMatchObject({ total: 5, ok: 5, error: 0 });
    const last = heading ? 'A11' : 'A10';
    expect(skipped(r).map(([cell]) => cell)).toEqual(heading ? ['A6', heading, last] : ['A6', last]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('s21_two_blocks.xlsx (良好 in the second block): 5 customers, 84.00 良好', async () => {
    // (100 + 100 + 60 + 80 + 80) / 5 = 420 / 5 = 84.00 → 良好; it was (100 + 100 + 60 + 100 + 80 + 80) / 6 = 86.67.
    const r = await gradedReport(fixture('s21_two_blocks.xlsx'), { form: 'satisfaction-standard' });
    expect([month(r).figures.responses, month(r).figures.score, month(r).band]).toEqual([5, 84, '良好']);
  });

  it.each([
    ['s21_v03.xlsx', '本月总评'],
    ['s21_v04.xlsx', '月度综合评价'],
    ['s21_v05.xlsx', '综合评价结果'],
    ['s21_v06.xlsx', '综合评级'],
    ['s21_v07.xlsx', '综合等级'],
    ['s21_v08.xlsx', '【综合评价】'],
    ['s21_v09.xlsx', '综合评价(主管)'],
    ['s21_v10.xlsx', '客服部综合评价'],
    ['s21_v11.xlsx', '评价汇总'],
    ['s21_v12.xlsx', '满意度汇总'],
    ['s21_v15.xlsx', '总体'],
  ])('%s: 「%s」 优秀 ×5 last is skipped: 86.67 良好', async (file, word) => {
    // (100 + 100 + 60) / 3 = 86.67 → 良好; counted it was (100 + 100 + 60 + 100) / 4 = 90.00 优秀, 回收份数 4, exit 0.
    const r = await gradedReport(fixture(file), { form: 'satisfaction-standard' });
    expect(month(r).figures.responses).toBe(3);
    expect(month(r).figures.score).toBeCloseTo(260 / 3, 10);
    expect(month(r).band).toBe('良好');
    expect(skipped(r)).toEqual([['A6', `满意度评分!A6:第 6 行是「${word}」行,不是客户,已跳过`]]);
  });

  it('s21_last_named.xlsx: a customer named 综合部 last is a customer: 4, 85.00 良好', async () => {
    // (100 + 100 + 60 + 80) / 4 = 340 / 4 = 85.00 → 良好.
    const r = await gradedReport(fixture('s21_last_named.xlsx'), { form: 'satisfaction-standard' });
    expect([month(r).figures.responses, month(r).figures.score, month(r).band]).toEqual([4, 85, '良好']);
    expect(skipped(r)).toEqual([]);
  });

  it.each(['综合服务中心', '总体育馆', '综合部'])('a customer named 「%s」 at the end of a block (blank line, headings again) is a customer', async (name) => {
    // 华润置地 100, 万科物业 100, 碧桂园 60, 「name」 80 | 保利 60, 中海 60:
    // (100 + 100 + 60 + 80 + 60 + 60) / 6 = 460 / 6 = 76.67 → 一般; only the repeated headings skipped.
    const r = await gradedReport(await log([...CUSTOMERS, [name, '良好'], null, 'head', ['保利', '一般'], ['中海', '一般']], 'named-block.xlsx'), { form: 'satisfaction-standard' });
    expect(month(r).figures.responses).toBe(6);
    expect(month(r).figures.score).toBeCloseTo(460 / 6, 10);
    expect(month(r).band).toBe('一般');
    expect(skipped(r).map(([cell]) => cell)).toEqual(['A8']);
  });

  it('a verdict word with customers right under it (no blank line, no headings) is still a customer', async () => {
    // 本月总评 between 万科物业 and 碧桂园: (100 + 100 + 80 + 60) / 4 = 340 / 4 = 85.00 → 良好.
    const r = await gradedReport(await log([CUSTOMERS[0]!, CUSTOMERS[1]!, ['本月总评', '良好'], CUSTOMERS[2]!], 'verdict-middle.xlsx'), { form: 'satisfaction-standard' });
    expect([month(r).figures.responses, month(r).figures.score, month(r).band]).toEqual([4, 85, '良好']);
    expect(skipped(r)).toEqual([]);
  });

  it('汇总 alone last is skipped as before: 86.67 良好', async () => {
    // (100 + 100 + 60) / 3 = 86.67 → 良好.
    const r = await gradedReport(await log([...CUSTOMERS, ['汇总', '优秀']], 'sum.xlsx'), { form: 'satisfaction-standard' });
    expect(month(r).figures.responses).toBe(3);
    expect(month(r).figures.score).toBeCloseTo(260 / 3, 10);
    expect(skipped(r)).toEqual([['A6', '满意度评分!A6:第 6 行是「汇总」行,不是客户,已跳过']]);
  });
});
