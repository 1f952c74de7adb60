// Text struck through (font strike) was read as if it were not struck. A team lead corrects 李四's 推诿客户 from 3 to 2
// by striking the 3 and typing 2 after it (runs ~~3~~ and 2): read as 32 violations, 李四 18 + (40 − 0.5 × 32) + 39.5 =
// 81.50 良好 at exit 0 for 96.50 优秀; §10's 实际销售额 ~~90000~~95000 was 9,000,095,000 (赵六 100.00 for 93.75). And 王五's
// row struck whole (备注 「3月15日离职」) was scored and ranked with the rest without a word.
// Fixtures: test/fixtures/strike50/make.py (kpi's own templates filled by openpyxl: CellRichText with a struck
// InlineFont, Font(strike=True) for whole cells). Bands from CATALOG's defaults: 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { stringItemRuns } from '../../src/io/fast/xml.js';
import { notStruckTaken } from '../../src/io/workbookFixups.js';
import { form, gradedReport, repoRoot, tempDir } from '../helpers.js';

const at = (name: string) => path.join(repoRoot, 'test/fixtures/strike50', name);

function people(r: GradeReport) {
  return r.people.map((p) => ({ name: p.name, total: p.total, band: p.band, status: p.status }));
}

function problems(r: GradeReport) {
  return r.problems.filter((p) => p.code === 'struck-text' || p.code === 'struck-name').map((p) => ({ code: p.code, severity: p.severity, sheet: p.sheet, cell: p.cell, person: p.person, message: p.message }));
}

describe('§12 express-cs roster: struck runs and struck cells', () => {
  it('reads the runs not struck (李四 ~~3~~2 is 2), refuses a cell struck whole, and leaves out 王五 whose name is struck', async () => {
    const r = await gradedReport(at('express-roster.xlsx'));
    // 话务质量 40 − 0.5 per 推诿, 工作状况 40 − 0.5 per violation, 工作效率 得分 18:
    // 张三 推诿 2, 工作状况 1: 18 + (40 − 1) + (40 − 0.5) = 18 + 39 + 39.5 = 96.5 优秀.
    // 李四 推诿 ~~3~~2 read 2 (as 32 it was 18 + 24 + 39.5 = 81.5 良好): 96.5 优秀.
    // 赵六 推诿 4 struck whole, 孙七 a single struck run 「~~3~~」: not scored — crossed out may be 「does not count」 (97.5,
    // 97) or 「changed, the new figure typed elsewhere」 (the error asks which).
    // 王五 (row struck, 3月15日离职): not among the people.
    expect(people(r)).toEqual([
      { name: '张三', total: 96.5, band: '优秀', status: 'scored' },
      { name: '李四', total: 96.5, band: '优秀', status: 'scored' },
      { name: '赵六', total: null, band: null, status: 'error' },
      { name: '孙七', total: null, band: null, status: 'error' },
    ]);
    expect(problems(r)).toEqual([
      { code: 'struck-name', severity: 'warning', sheet: '考核表', cell: 'B4', person: '王五', message: '考核表!B4:「王五」的姓名划了删除线,视为已删去,不评分;要评分请去掉删除线' },
      { code: 'struck-text', severity: 'info', sheet: '考核表', cell: 'K3', person: '李四', message: '考核表!K3:「话务质量·推诿客户」划了删除线的「3」未计入,按「2」读' },
      { code: 'struck-text', severity: 'error', sheet: '考核表', cell: 'K5', person: '赵六', message: '考核表!K5:「话务质量·推诿客户」的「4」整格划了删除线,不知道是划掉不算还是改了数,此人不评分;不算请删去这个数,改了请在这一格填改后的数(或去掉删除线)' },
      { code: 'struck-text', severity: 'error', sheet: '考核表', cell: 'K6', person: '孙七', message: '考核表!K6:「话务质量·推诿客户」的「3」整格划了删除线,不知道是划掉不算还是改了数,此人不评分;不算请删去这个数,改了请在这一格填改后的数(或去掉删除线)' },
    ]);
  });

  it('the fast path reads the same (inline rich strings, a struck font)', async () => {
    const full = await gradedReport(at('express-roster.xlsx'), { writer: 'exceljs' });
    const fast = await gradedReport(at('express-roster.xlsx'), { writer: 'package' });
    expect(people(fast)).toEqual(people(full));
    expect(fast.problems.map((p) => p.message)).toEqual(full.problems.map((p) => p.message));
  });

  it('shared strings as Excel saves them (runs in sharedStrings.xml), on both paths alike', async () => {
    const f = await form('express-cs');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const rows: Array<[string, string, unknown, number]> = [
      ['5001', '张三', 2, 1],
      ['5002', '李四', { richText: [{ font: { strike: true }, text: '3' }, { text: '2' }] }, 1],
      ['5003', '王五', 5, 1],
    ];
    rows.forEach(([id, name, shirk, status], k) => {
      const row = ws.getRow(2 + k);
      row.getCell('A').value = id;
      row.getCell('B').value = name;
      row.getCell('D').value = '2026-03';
      row.getCell('E').value = '王经理';
      row.getCell('F').value = 18;
      row.getCell('K').value = shirk as never;
      row.getCell('Q').value = status;
    });
    for (const col of ['A', 'B', 'D', 'E', 'F', 'K', 'Q']) ws.getCell(`${col}4`).font = { strike: true };
    const file = path.join(tempDir(), 'shared.xlsx');
    await wb.xlsx.writeFile(file);
    for (const writer of ['exceljs', 'package'] as const) {
      const r = await gradedReport(file, { writer });
      // 张三 and 李四 18 + 39 + 39.5 = 96.5 优秀 (李四's ~~3~~2 read 2); 王五 struck, left out.
      expect(people(r), writer).toEqual([
        { name: '张三', total: 96.5, band: '优秀', status: 'scored' },
        { name: '李四', total: 96.5, band: '优秀', status: 'scored' },
      ]);
      expect(problems(r).map((p) => `${p.code} ${p.cell} ${p.person}`), writer).toEqual(['struck-name B4 王五', 'struck-text K3 李四']);
    }
  });
});

describe('§10 sales-cs-kpi roster: a sales figure corrected by strike', () => {
  it('~~90000~~ 95000 and ~~90000~~95000 are 95000; 王五 struck whole is left out', async () => {
    for (const writer of ['exceljs', 'package'] as const) {
      const r = await gradedReport(at('sales-roster.xlsx'), { writer });
      // 销售额 25 × actual/100000; 满意度 90 → 18; 转化率 (10/100) ÷ 10 % = 1 → 15; 响应 60/60 → 10; 投诉 80 → 8;
      // 产品 90 → 9; 团队 100 → 5; 个人 100 → 5: 70 besides 销售额.
      // 张三 90000: 22.5 + 70 = 92.5 优秀. 李四, 赵六 95000: 23.75 + 70 = 93.75 优秀 (赵六 read 9,000,095,000 was 25 × 1.2
      // capped = 30 + 70 = 100.00).
      expect(people(r), writer).toEqual([
        { name: '张三', total: 92.5, band: '优秀', status: 'scored' },
        { name: '李四', total: 93.75, band: '优秀', status: 'scored' },
        { name: '赵六', total: 93.75, band: '优秀', status: 'scored' },
      ]);
      expect(problems(r).map((p) => p.message), writer).toEqual([
        '考核表!B4:「王五」的姓名划了删除线,视为已删去,不评分;要评分请去掉删除线',
        '考核表!F3:「销售额·实际销售额」划了删除线的「90000」未计入,按「95000」读',
        '考核表!F5:「销售额·实际销售额」划了删除线的「90000」未计入,按「95000」读',
      ]);
    }
  });
});

describe('§12 express-cs people’s sheets', () => {
  it('李四’s ~~3~~2 is 2; 王五’s sheet, its name struck (B2, merged over B2:D2), is not scored', async () => {
    for (const writer of ['exceljs', 'package'] as const) {
      const r = await gradedReport(at('express-sheets.xlsx'), { writer });
      // Each sheet 得分 18, 推诿 2, 违反 1: 18 + 39 + 39.5 = 96.5 优秀.
      expect(people(r), writer).toEqual([
        { name: '张三', total: 96.5, band: '优秀', status: 'scored' },
        { name: '李四', total: 96.5, band: '优秀', status: 'scored' },
      ]);
      expect(problems(r), writer).toEqual([
        { code: 'struck-name', severity: 'warning', sheet: '王五', cell: 'B2', person: '王五', message: '王五!B2:「王五」的姓名划了删除线,视为已删去,不评分;要评分请去掉删除线' },
        { code: 'struck-text', severity: 'info', sheet: '李四', cell: 'F12', person: '李四', message: '李四!F12:「话务质量·推诿客户」划了删除线的「3」未计入,按「2」读' },
      ]);
    }
  });
});

describe('strike in the XML', () => {
  it('a run says struck or not by its own properties; without them the cell’s font says', () => {
    expect(stringItemRuns('<r><rPr><strike/></rPr><t>3</t></r><r><t>2</t></r>')).toEqual([{ text: '3', strike: true }, { text: '2' }]);
    expect(stringItemRuns('<r><rPr><strike val="0"/><b/></rPr><t>3</t></r><r><rPr><strike val="1"/></rPr><t>2</t></r>')).toEqual([{ text: '3', strike: false }, { text: '2', strike: true }]);
    expect(stringItemRuns('<t>王五</t>')).toEqual([{ text: '王五' }]);
  });

  it('<strike val="0"/> is taken out before exceljs reads it (exceljs takes any <strike> for struck)', () => {
    expect(notStruckTaken('<font><strike val="0"/><sz val="11"/></font><font><strike val="1"/></font>')).toBe('<font><sz val="11"/></font><font><strike val="1"/></font>');
  });
});
