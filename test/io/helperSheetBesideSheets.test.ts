// People's own sheets (one a person) with the team's 统计 sheet beside them (姓名 and one item's figures, for a chart):
// the 统计 sheet was read as a roster of the same people, each short of five items, and everyone was unscored
// (「两处的评分不同,都不计分」, exit 1). Beside a roster it was already the team's helper sheet: now beside sheets too.
import { describe, expect, it } from 'vitest';
import { roundTrip } from '../catalog/roundTrip.js';
import type { FillPerson } from '../../src/io/fillTemplate.js';

const person = (name: string, rate: string, a2: string, a3: string, unmet: number, b1: string, b2: string): FillPerson => ({
  header: { name, department: '售后部', period: '2026-03' },
  values: { 'A1@supervisor': rate, 'A2@supervisor': a2, 'A3@supervisor': a3, 'A4@supervisor': unmet, 'B1@supervisor': b1, 'B2@supervisor': b2 },
});

describe('a helper sheet beside people\'s own sheets', () => {
  it('§1: 统计 (姓名, 客户信息管理) is said as the team\'s helper; 张三 and 李四 scored from their sheets', async () => {
    const people = [person('张三', '95%', '有部分不完整,但影响不大', '完成目标值要求', 1, '4级', '3级'), person('李四', '85%', '完成目标值要求', '回访率达到90%以上', 0, '5级', '5级')];
    const report = await roundTrip('after-sales-monthly', people, {
      layout: 'form',
      edit: (wb) => {
        const ws = wb.addWorksheet('统计');
        ws.addRows([['姓名', '客户信息管理', '总分'], ['张三', { formula: '张三!G8' }, null], ['李四', { formula: '李四!G8' }, null]]);
      },
    });
    // 张三: 业绩 (20 + 10 + 20 + (20 − 5)) / 80 × 100 = 81.25, 行为 (40 + 30) = 70 → 81.25 × 0.85 + 70 × 0.15 = 79.5625.
    // 李四: 业绩 (10 + 20 + 10 + 20) / 80 × 100 = 75, 行为 100 → 63.75 + 15 = 78.75.
    expect(report.people.map((p) => [p.name, p.status, p.total])).toEqual([['张三', 'scored', 79.5625], ['李四', 'scored', 78.75]]);
    expect(report.problems.filter((p) => p.severity !== 'info').map((p) => [p.code, p.severity, p.sheet])).toEqual([['helper-sheet', 'warning', '统计']]);
    expect(report.problems.find((p) => p.code === 'helper-sheet')!.message).toContain('只有 1 列考核项目(「客户信息管理」),而每人一张的考核表有 6 个填写项');
  });
});

describe('a narrow roster of its own people beside people\'s own sheets', () => {
  it('§8 「其他人」 with every column that must be filled (5 of 16): 赵六 and 钱七 scored, the other columns blank', async () => {
    const report = await roundTrip('mattress-cs-monthly', [{ header: { name: '张三', period: '2026-03' }, values: { 'M1.N': 50, 'M1.V': 45, 'M4.base': 8, M5: 9, M6: 13 } }], {
      layout: 'form',
      edit: (wb) => {
        const ws = wb.addWorksheet('其他人');
        ws.addRows([
          ['工号', '姓名', '部门', '考核月份', '客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '回访问题处理效率·基础分', '处理能力', '态度'],
          ['004', '赵六', '客服部', '2026-03', 20, 20, 9, 8, 12],
          ['005', '钱七', '客服部', '2026-03', 10, 5, 7, 6, 10],
        ]);
      },
    });
    // 张三 (§8, nothing else filled): 45/50 × 20 = 18 + 20 + 15 + 8 + 9 + 13 + 10 + 0 = 93. 赵六: 20 + 20 + 15 + 9 + 8 + 12 + 10
    // = 94; 钱七: 5/10 × 20 = 10 + 20 + 15 + 7 + 6 + 10 + 10 = 78. They were dropped as the team's helper sheet.
    expect(report.people.map((p) => [p.name, p.status, p.total])).toEqual([['张三', 'scored', 93], ['赵六', 'scored', 94], ['钱七', 'scored', 78]]);
    expect(report.problems.map((p) => p.code)).not.toContain('helper-sheet');
  });
});

describe('a helper sheet beside a narrow roster', () => {
  it('§8 roster of the 5 columns that must be filled, and 统计 (姓名, 态度): 统计 is the team\'s; 赵六 94 and 钱七 78 scored', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { gradeFile } = await import('../../src/io/grade.js');
    const { tempDir } = await import('../helpers.js');
    const path = await import('node:path');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('名单').addRows([
      ['工号', '姓名', '部门', '考核月份', '客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '回访问题处理效率·基础分', '处理能力', '态度'],
      ['004', '赵六', '客服部', '2026-03', 20, 20, 9, 8, 12],
      ['005', '钱七', '客服部', '2026-03', 10, 5, 7, 6, 10],
    ]);
    wb.addWorksheet('统计').addRows([['姓名', '态度'], ['赵六', 12], ['钱七', 10]]);
    const file = path.join(tempDir(), 'narrow.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { form: 'mattress-cs-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 赵六 20 + 20 + 15 + 9 + 8 + 12 + 10 = 94; 钱七 10 + 20 + 15 + 7 + 6 + 10 + 10 = 78. Read as a second roster, 统计 made
    // both of them twice, unscored (the helper rule asked for a roster of 6 columns or more).
    expect(outcome.report.people.map((p) => [p.name, p.status, p.total])).toEqual([['赵六', 'scored', 94], ['钱七', 'scored', 78]]);
    expect(outcome.report.problems.filter((p) => p.code === 'helper-sheet').map((p) => p.sheet)).toEqual(['统计']);
  });
});

describe('the team\'s formulas over cells kpi fills, on a first grading', () => {
  it('统计 =张三!H15 (the total\'s cell, blank until graded) saved with 0: written without a result, calculated on opening', async () => {
    const { readWorkbook } = await import('../helpers.js');
    const people = [person('张三', '95%', '有部分不完整,但影响不大', '完成目标值要求', 1, '4级', '3级')];
    let total = '';
    const report = await roundTrip('after-sales-monthly', people, {
      layout: 'form',
      edit: (wb) => {
        const ws = wb.getWorksheet('张三')!;
        ws.eachRow((row, r) => { if (row.getCell(1).value === '总分') total = `H${r}`; });
        const stats = wb.addWorksheet('统计');
        // As Excel saved it before grading: the blank total read as 0, and 奖金 = 0 × 10.
        stats.addRows([['姓名', '总分', '奖金', '人数'], ['张三', { formula: `张三!${total}`, result: 0 }, { formula: 'B2*10', result: 0 }, { formula: 'COUNTA(A2:A2)', result: 1 }]]);
      },
    });
    expect(total).not.toBe('');
    expect(report.people.map((p) => p.total)).toEqual([79.5625]);
    const wb = await readWorkbook(report.output!);
    const stats = wb.getWorksheet('统计')!;
    // The formulas over kpi's total (directly, and through B2) keep their text, without the saved 0; one over the team's
    // own cells keeps its result.
    expect([stats.getCell('B2').value, stats.getCell('C2').value, stats.getCell('D2').value]).toEqual([{ formula: `张三!${total}` }, { formula: 'B2*10' }, { formula: 'COUNTA(A2:A2)', result: 1 }]);
    const { unzip } = await import('../../scripts/make-hostile.mjs');
    const { readFileSync } = await import('node:fs');
    const workbookXml = (unzip(readFileSync(report.output!)) as Array<{ name: string; data: Buffer }>).find((e) => e.name === 'xl/workbook.xml')!.data.toString();
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    // kpi's total is in the cell the formula reads.
    expect(wb.getWorksheet('张三')!.getCell(total).value).toBe(79.5625);
  });
});
