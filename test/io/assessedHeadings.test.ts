// A heading that names an item with 「考核」 after it (the seed's 「出勤情况考核」 for §13's 出勤情况) is that item.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, tempDir } from '../helpers.js';

async function roster(headings: string[], rows: Array<Array<string | number>>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('3月');
  ws.addRow(headings);
  for (const r of rows) ws.addRow(r);
  const file = path.join(tempDir(), '客服考核.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('「X考核」 headings', () => {
  it('§13 「出勤情况考核」 is 出勤情况: 20 + 28 + 10 + 9 + 5 + 3 + 10 + 8 = 93 → 一般 (K 0.9 needs ≤ 95: 93 is in (90, 95])', async () => {
    const head = ['工号', '姓名', '考核月份', '业绩考核', '质量考核', '业务考核', '通话利用率', '报表提交及时性', '出勤情况考核', '问题反馈及工作配合度', '遵守规章制度及上级综合评分'];
    const file = await roster(head, [['001', '甲一', '2026-03', 20, 28, 10, 9, 5, 3, 10, 8]]);
    const report = await gradedReport(file, { form: 'cs-scheme-100', output: null });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const p = report.people[0]!;
    expect(p.total).toBeCloseTo(93, 10);
    expect(p.items.find((i) => i.label === '出勤情况')?.score).toBe(3);
  });
});
