// The team's own points or weights stated on its sheet — a 满分/分值/权重 row under the headings, an item's heading over its
// inputs, a group heading over a part — other than the form's: refused, not replaced by the form's without a word.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/stated43', name);
const clashes = (report: Awaited<ReturnType<typeof gradedReport>>) => report.problems.filter((p) => p.code === 'heading-points' && !p.person).map((p) => p.cell);
const totals = (report: Awaited<ReturnType<typeof gradedReport>>) => report.people.map((p) => [p.name, p.total]);

describe('points or weights the sheet states', () => {
  it('§16 a 满分 row of 5 under ten 1–10 criteria: refused (张三 45 of 50 was 45 待改进 for 90 优秀)', async () => {
    const report = await gradedReport(fixture('full-marks-row.xlsx'), { form: 'property-cs-rating' });
    expect(totals(report)).toEqual([['张三', null], ['李四', null]]);
    expect(clashes(report)).toEqual(['D2', 'E2', 'F2', 'G2', 'H2', 'I2', 'J2', 'K2', 'L2', 'M2']);
    expect(report.problems.find((p) => p.cell === 'D2')!.message).toContain('「满分 5」写的是 5 分,而本表(物业客服考核表 1.0.0)「对待业主友好积极」是 10 分');
  });

  it('§16 groups 「服务态度(15分)」 … each half its part\'s points: refused at each group', async () => {
    const report = await gradedReport(fixture('half-points-groups.xlsx'), { form: 'property-cs-rating' });
    expect(totals(report)).toEqual([['张三', null], ['李四', null]]);
    expect(clashes(report)).toEqual(['B1', 'E1', 'G1', 'I1', 'J1', 'K1']);
    // One error a person a group, at its first filled cell.
    expect(report.problems.filter((p) => p.code === 'heading-points' && p.person === '张三').map((p) => p.cell)).toEqual(['B3', 'E3', 'G3', 'I3', 'J3', 'K3']);
  });

  it('§10 a 满分 row of 20 over 客户满意度 (typed 0–100): refused (18 of 20 read as 18 of 100: 55.70 for 93 优秀)', async () => {
    const report = await gradedReport(fixture('sales-full-marks-row.xlsx'), { form: 'sales-cs-kpi' });
    expect(totals(report)).toEqual([['张三', null], ['李四', null]]);
    expect(clashes(report)).toEqual(['E2', 'K2', 'L2', 'M2', 'N2']);
    expect(report.problems.find((p) => p.cell === 'E2')!.message).toContain('「客户满意度」是 100 分');
  });

  it('§10 weights 「销售额(30%)」 「转化率(10%)」 over their inputs, or in a 权重 row: refused (87.50 良好 for the team\'s 91 优秀)', async () => {
    for (const [file, cells] of [['sales-weights.xlsx', ['C1', 'F1']], ['sales-weights-row.xlsx', ['C2', 'F2']]] as const) {
      const report = await gradedReport(fixture(file), { form: 'sales-cs-kpi' });
      expect(totals(report), file).toEqual([['张三', null], ['李四', null]]);
      expect(clashes(report), file).toEqual(cells);
      expect(report.problems.find((p) => p.cell === cells[0])!.message).toContain('写的是权重 30%,而本表(销售客服kpi考核表 1.0.4)「销售额」占 25%');
    }
  });

  it('§10 the form\'s own weights over the inputs are read: 张三 25 × 1.2 + 16 + 15 × 0.5 + 10 + 8 + 8 + 4 + 4 = 87.5; 李四 25 + 18 + 15 × 1.2 + 10 + 9 + 9 + 4.5 + 4.5 = 98', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture('sales-weights.xlsx'));
    const ws = wb.worksheets[0]!;
    ws.getCell('C1').value = '销售额(25%)';
    ws.getCell('F1').value = '转化率(15%)';
    const file = path.join(tempDir(), 'weights.xlsx');
    await wb.xlsx.writeFile(file);
    const report = await gradedReport(file, { form: 'sales-cs-kpi' });
    expect(totals(report)).toEqual([['张三', 87.5], ['李四', 98]]);
    expect(clashes(report)).toEqual([]);
  });

  it('§1 parts 「业绩考核(权重80%)」 「行为考核(权重20%)」 (the form: 85 / 15): refused, naming the form\'s weights', async () => {
    const report = await gradedReport(fixture('after-sales-part-weights.xlsx'), { form: 'after-sales-monthly' });
    expect(totals(report)).toEqual([['张三', null]]);
    expect(clashes(report)).toEqual(['B1', 'F1']);
    expect(report.problems.find((p) => p.cell === 'F1')!.message).toContain('「行为考核」占 15%');
  });

  it('§8 「客户回访率(25分)」 over its counts, 「日常服务规范(10分)」 over its lapses (the form: 20, 15): refused', async () => {
    const report = await gradedReport(fixture('mattress-item-points.xlsx'), { form: 'mattress-cs-monthly' });
    expect(totals(report)).toEqual([['张三', null], ['李四', null], ['王五', null]]);
    expect(clashes(report)).toEqual(['C3', 'H3']);
  });

  it('§4 「工作能力(满分5分)」 over 直接主管 | 间接主管 rated 1–10, every mark within 5 (4, 2, 5): points of 5, refused (4 read as 4/10 × 5 = 2: 89.00 良好 for 92 优秀)', async () => {
    const report = await gradedReport(fixture('dept-monthly-points-heading.xlsx'), { form: 'cs-dept-monthly' });
    expect(report.people.map((p) => p.total)).toEqual([null, null, null]);
    expect(clashes(report)).toEqual(['AE1', 'AG1']);
  });

  it('§10 a 权重 row of fractions typed plain (0.25, 0.2 …, the form\'s own weights): read as 25 %, 20 % — not refused as 0.25 %', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture('sales-weights-row.xlsx'));
    const ws = wb.worksheets[0]!;
    const weights: Record<string, number> = { C2: 0.25, E2: 0.2, F2: 0.15, I2: 0.1, K2: 0.1, L2: 0.1, M2: 0.05, N2: 0.05 };
    for (const [cell, w] of Object.entries(weights)) ws.getCell(cell).value = w;
    const file = path.join(tempDir(), 'fractions.xlsx');
    await wb.xlsx.writeFile(file);
    const report = await gradedReport(file, { form: 'sales-cs-kpi' });
    expect(clashes(report)).toEqual([]);
    expect(report.people.every((p) => p.total !== null)).toBe(true);
  });
});

