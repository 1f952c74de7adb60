// §21 satisfaction-standard: the team's overall verdict typed as a last row under the customers (综合评价, 总体评价, 总评 …
// with 优秀 ×5) is no customer — skipped and listed, as 汇总 / 小计 / 总计 / 统计 rows are. Workbooks written here.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, tempDir } from '../helpers.js';

const HEADINGS = ['客户', '产品质量', '服务态度', '售后服务', '价格合理性', '交付准时性', '意见和建议'];
const five = (level: string) => [level, level, level, level, level];
const CUSTOMERS: Array<[string, string]> = [['华润置地', '优秀'], ['万科物业', '优秀'], ['碧桂园', '一般']];

async function log(rows: Array<[string, string]>, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('满意度评分');
  ws.addRow(['客户满意度评分']);
  ws.addRow(HEADINGS);
  for (const [label, level] of rows) ws.addRow([label, ...five(level)]);
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
