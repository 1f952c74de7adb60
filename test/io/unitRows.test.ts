// What a units row under a team's roster headings (or a 「单位:分」 line above them, or a two-row sub-heading) says a
// column holds was dropped as a 说明行, and the figures read on the input's own scale, at exit 0:
// - §25 「(分)」 over 仪容仪表… (a count of lapses): the points 2 read as 2 lapses, 王芳 87.78 良好 for 90.00 优秀;
// - §28 「（5分制）」 over 过程服务满意度 (a %): 4.6 read as 4.6 %, 王芳 9.50;
// - §31 「（5分制）」 over 客户反馈调查 (0–100): 4.3 read as 4.3, 客服一组 65.49 for §31's own 90.00;
// - §4 「(5分)」 over 工作能力 (a rating of 1–10): 4 read as 4 of 10;
// - §12 「工作状况」 over 「扣分」 (a count): 3 points read as 3 violations, 张敏 90.50 优秀 for 89.00 良好.
// Each is now refused at its column, as the same note in the heading is.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot, tempDir } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/unit-rows', name);

async function grade(file: string, form: string) {
  return gradedReport(file, { form });
}

const errorsAt = (report: Awaited<ReturnType<typeof grade>>, row: number) =>
  report.problems.filter((p) => p.severity === 'error' && p.cell && Number(/\d+/.exec(p.cell)![0]) <= row).map((p) => p.cell);

describe('a units row under the headings says what a column holds', () => {
  it('§25 「(分)」 over the lapse count of 仪容仪表…: refused at P2, its people not scored (no 87.78 for 90.00)', async () => {
    const report = await grade(fixture('property-unit-row.xlsx'), 'property-cs-staff');
    const heading = report.problems.find((p) => p.cell === 'P2')!;
    expect(heading.message).toContain('列「仪容仪表、语气语调、接听电话」下面的单位行写着「(分)」,本表这一列按「次」填写:这一列没有读取,填了 0 以外的数的人不评分');
    const wang = report.people.find((p) => p.name === '王芳')!;
    expect(wang.total).toBeNull();
    expect(report.problems.find((p) => p.cell === 'P4')!.message).toContain('这一列的单位不是本表的');
  });

  it('§25 the same roster with 「(次)」 over that column: read as lapses — 王芳 2 − 0.5 × 2 = 1, 39.5 / 45 = 87.78', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture('property-unit-row.xlsx'));
    wb.worksheets[0]!.getCell('P3').value = '(次)';
    const file = path.join(tempDir(), 'units.xlsx');
    await wb.xlsx.writeFile(file);
    const report = await grade(file, 'property-cs-staff');
    // 2+2+0.5+2 + 2+2 + 2+2+2 + 2+2 + 1 (仪容仪表: 2 − 0.5 × 2) + 1+1+1 + 2+1 + 2 + 1 + 4 + 5 = 39.5 → 39.5 / 45 × 100.
    const wang = report.people.find((p) => p.name === '王芳')!;
    expect(wang.total).toBeCloseTo((39.5 / 45) * 100, 6);
    expect(wang.band).toBe('良好');
  });

  it('§28 「（5分制）」 over three % columns: none read (王芳 9.50 from 4.6 %)', async () => {
    const report = await grade(fixture('sales-5point-unit-row.xlsx'), 'sales-aftersales-monthly');
    expect(report.people.every((p) => p.total === null)).toBe(true);
    expect(errorsAt(report, 3)).toEqual(expect.arrayContaining(['D3', 'E3']));
  });

  it('§31 「（5分制）」 over 客户反馈调查 (0–100): not read as 4.3 of 100 (客服一组 65.49 for 90.00)', async () => {
    const report = await grade(fixture('scorecard-5point-unit-row.xlsx'), 'satisfaction-scorecard');
    expect(report.people.every((p) => p.total === null)).toBe(true);
  });

  it('§4 「(5分)」 under 工作能力 (a rating of 1–10): refused at AL1, said as the units row', async () => {
    const report = await grade(fixture('cs-dept-beyond-5fen-unit-row.xlsx'), 'cs-dept-monthly');
    expect(report.problems.find((p) => p.cell === 'AL1')!.message).toContain('AL2 的「5分」写明了另一种分制,本表的「工作能力·直接主管」按 1–10 分 填写');
    expect(report.people.every((p) => p.total === null)).toBe(true);
  });

  it('§12 「工作状况」 over 「扣分」 (every other heading merged over two rows): refused at H2, not 3 violations', async () => {
    const report = await grade(fixture('express-koufen.xlsx'), 'express-cs');
    expect(report.problems.find((p) => p.cell === 'H2')!.message).toContain('列「工作状况·扣分」是「工作状况」这一项的扣分;本表按「违反次数」(次)计算这一项,不读扣分');
    // 王芳's 1 and 张敏's 3 are refused; 李强's 扣分 0 is none taken off: 20 + (40 − 0.5 × 0) + (40 − 0) = 100 (the sheet's own 合计).
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['王芳', null], ['李强', 100], ['张敏', null]]);
  });

  it('§25 「仪容仪表…」 over 「得分」: refused at M2 (王芳 97.78 for 100, 李强 ranked above her)', async () => {
    const report = await grade(fixture('property-defen-subheading.xlsx'), 'property-cs-staff');
    expect(report.problems.find((p) => p.cell === 'M2')!.message).toContain('像是「仪容仪表、语气语调、接听电话」这一项的得分');
    expect(report.people.every((p) => p.total === null)).toBe(true);
  });
});

describe('「上月 | 本月」 under each item of a two-row heading', () => {
  // §28, 25 % each; 客诉率 item = (1 − rate / 2 %) × 25; no complaints → 客诉处理 25:
  // 王芳 92 %, 88 %, 3/200 = 1.5 % → 6.25, 80 % ⇒ 23 + 22 + 6.25 + 20 = 71.25 一般 (上月's figures gave 45.00);
  // 李强 95 %, 90 %, 0/1050 → 25, no 客诉 → 25 ⇒ 23.75 + 22.5 + 25 + 25 = 96.25 优秀;
  // 张敏 96 %, 85 %, 2/400 = 0.5 % → 18.75, 90 % ⇒ 24 + 21.25 + 18.75 + 22.5 = 86.50 良好.
  for (const [file, how] of [['sales-past-this-centred.xlsx', 'centred across both (跨列居中)'], ['sales-past-this-merged.xlsx', 'merged over both']] as const) {
    it(`items ${how}: 本月 read, 上月 set aside — 71.25, 96.25, 86.50`, async () => {
      const report = await grade(fixture(file), 'sales-aftersales-monthly');
      expect(report.people.map((p) => [p.name, p.total?.toFixed(2), p.band])).toEqual([['王芳', '71.25', '一般'], ['李强', '96.25', '优秀'], ['张敏', '86.50', '良好']]);
      expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    });
  }
});

// §16 rates each criterion 1–10, §26 0–10. A team scoring 1–5 says so over the criteria rather than in each heading:
// 5 of 5 read as 5 of 10 was 50 待改进 for full marks (王五), 张三's 46 of 50 as 46 待改进, at exit 0.
describe('a scale named over the criteria (a group heading, the title, a line above)', () => {
  const criteria = ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'];
  for (const [file, where, at] of [
    ['rating-5-scale-groups.xlsx', '「服务态度(5分制)」 over three criteria, 「电话接听(5分制)」 over two …', 'C1'],
    ['rating-5-scale-title.xlsx', 'the title 「物业客服考核表(5分制)」', 'A1'],
    ['rating-5-scale-line.xlsx', 'a line 「评分标准:每项1-5分,5分为最高分」 above the headings', 'A2'],
  ] as const) {
    it(`§16 ${where}: every criterion refused at its heading, naming ${at}; no one scored`, async () => {
      const report = await grade(fixture(file), 'property-cs-rating');
      expect(report.people.map((p) => p.total)).toEqual([null, null, null]);
      const heading = report.problems.find((p) => p.item === '对待业主友好积极' && p.severity === 'error' && /^[A-Z]+\d$/.test(p.cell ?? '') && Number(p.cell!.slice(1)) <= 3)!;
      expect(heading.message).toContain(`${at} 的「`);
      expect(heading.message).toContain('写明了另一种分制,本表的「对待业主友好积极」按 1–10 分 填写');
      const headerRow = file.includes('line') ? 3 : 2;
      expect(report.problems.filter((p) => p.message.includes('写明了另一种分制')).map((p) => p.cell)).toEqual(criteria.map((c) => `${c}${headerRow}`));
    });
  }

  it('§26 areas headed 「专业知识与技能(5分制)」 …: the twelve criteria refused (李四 full marks was 50.00 待改进)', async () => {
    const report = await grade(fixture('work-review-5-scale-areas.xlsx'), 'cs-work-review');
    expect(report.people.map((p) => p.total)).toEqual([null, null]);
    expect(report.problems.filter((p) => p.message.includes('的「专业知识与技能(5分制)」写明了另一种分制')).map((p) => p.cell)).toEqual(['B2', 'C2', 'D2']);
  });

  it('the groups naming the form\'s own scale 「(10分制)」, or each part\'s points 「(0-30分)」: read — 张三 5+4+5+5+4+4+5+4+5+5 = 46', async () => {
    // (Each part's own points: 服务态度 30, 电话接听 20, 投诉处理 20, the others 10 — another part's are refused, below.)
    const points: Record<string, number> = { C1: 30, F1: 20, H1: 20, J1: 10, K1: 10, L1: 10 };
    for (const note of ['(10分制)', '(0-N分)']) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(fixture('rating-5-scale-groups.xlsx'));
      const ws = wb.worksheets[0]!;
      for (const c of ['C1', 'F1', 'H1', 'J1', 'K1', 'L1']) ws.getCell(c).value = String(ws.getCell(c).value).replace('(5分制)', note.replace('N', String(points[c])));
      const file = path.join(tempDir(), 'tens.xlsx');
      await wb.xlsx.writeFile(file);
      const report = await grade(file, 'property-cs-rating');
      expect(report.people.find((p) => p.name === '张三')!.total).toBe(46);
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    }
  });
});
