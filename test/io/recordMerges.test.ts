// A log kept as teams keep it: 考核周期, 评价部门 and 被评价部门 merged down over the answers, a blank line or a 小计 row
// inside the merges between questionnaires. The merges carry their value into those rows; read as answers, the blank
// line was one more answer missing 评价人, 指标 and 等级, and 采购部 went ungraded for the month (exit 1).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { loadAnyForm } from '../../src/forms/load.js';
import { buildRecordTemplate } from '../../src/io/records/template.js';
import { tempDir } from '../helpers.js';

async function graded(subtotals: boolean) {
  const loaded = await loadAnyForm('internal-satisfaction-dept');
  if (!loaded.ok || loaded.kind !== 'records') throw new Error('not a record form');
  const wb = buildRecordTemplate(loaded.form, 'test');
  const ws = wb.worksheets[0]!;
  // Data from row 3 (one heading row under the title): §22's worked example — 生产部's 张三 A B B and 李四 B C B, 销售部's
  // 王五 A A C, each rating 采购部; blank lines 7 and 11 between the questionnaires, inside the merges.
  const rows: Record<number, Array<string | null>> = {
    3: ['2026-03', '生产部', '张三', '采购部', '及时性', 'A'], 4: [null, null, null, null, '准确性', 'B'], 5: [null, null, null, null, '服务态度', 'B'],
    8: ['2026-03', '生产部', '李四', '采购部', '及时性', 'B'], 9: [null, null, null, null, '准确性', 'C'], 10: [null, null, null, null, '服务态度', 'B'],
    12: ['2026-03', '销售部', '王五', '采购部', '及时性', 'A'], 13: [null, null, null, null, '准确性', 'A'], 14: [null, null, null, null, '服务态度', 'C'],
  };
  for (const [r, values] of Object.entries(rows)) values.forEach((v, i) => (ws.getCell(Number(r), i + 1).value = v));
  if (subtotals) for (const r of [7, 11]) ws.getCell(r, 5).value = '小计';
  for (const range of ['A3:A14', 'B3:B10', 'B12:B14', 'C3:C5', 'C8:C10', 'C12:C14', 'D3:D14']) ws.mergeCells(range);
  const file = path.join(tempDir(), 'answers.xlsx');
  await wb.xlsx.writeFile(file);
  const outcome = await gradeFile(file, { output: null });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

describe('a record log with merged cells over blank lines and 小计 rows', () => {
  it.each([false, true])('reads the nine answers only (小计 rows: %s): 880, 740 → 生产部 810; 销售部 880; (810 + 880)/2 = 845 → B, 84.5', async (subtotals) => {
    const report = await graded(subtotals);
    // 张三 A B B = (100 + 90 + 90) × … as the catalog's worked example: 880; 李四 740 → 810; 王五 880.
    expect(report.records).toMatchObject({ total: 9, ok: 9, error: 0 });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const buying = report.groups!.find((g) => g.keyText === '2026-03·采购部')!;
    expect(buying.figures.initial).toBeCloseTo(845, 9);
    expect(buying.figures.shown).toBeCloseTo(84.5, 9);
    expect(buying.band).toMatch(/^B/);
  });
});
