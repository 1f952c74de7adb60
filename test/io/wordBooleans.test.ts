// LibreOffice writes XML's booleans as words (date1904="true", gridLines="true", showGridLines="false"); exceljs takes
// only "1" for true. A 1904-date roster lost its date system in the graded copy — every date 4 years early — and its
// 考核月份 2026-03 (a date cell) was read as 2022-02; the team's print options were dropped. Read as written now.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unzip, zip } from '../../scripts/make-hostile.mjs';
import { gradeFile } from '../../src/io/grade.js';
import { numericBooleans } from '../../src/io/workbookFixups.js';
import { readWorkbook, sheetRows, tempDir } from '../helpers.js';

const HEAD = ['工号', '姓名', '部门', '考核月份', '业绩考核', '质量考核', '业务考核', '通话利用率', '报表提交及时性', '出勤情况', '问题反馈及工作配合度', '遵守规章制度及上级综合评分'];

/** A cs-scheme-100 roster in the 1904 date system, 考核月份 a date cell, a notes sheet printed with grid lines — as LibreOffice spells it. */
async function libreOfficeRoster(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet('考核表');
  ws.addRow(HEAD);
  ws.addRow(['1001', '张三', '客服部', new Date(Date.UTC(2026, 2, 1)), 18, 27, 9, 9, 5, 5, 9, 9]);
  ws.getCell('D2').numFmt = 'yyyy-mm';
  const notes = wb.addWorksheet('说明');
  notes.getCell('A1').value = new Date(Date.UTC(2026, 2, 31));
  notes.getCell('A1').numFmt = 'yyyy-mm-dd';
  notes.pageSetup.showGridLines = true;
  const file = path.join(tempDir(), 'lo.xlsx');
  await wb.xlsx.writeFile(file);
  // LibreOffice writes no theme either.
  const parts = unzip(readFileSync(file)).filter((e: { name: string }) => !e.name.startsWith('xl/theme/')).map((e: { name: string; data: Buffer }) => {
    const xml = e.data.toString('utf8');
    if (e.name === '[Content_Types].xml') return { name: e.name, data: Buffer.from(xml.replace(/<Override PartName="\/xl\/theme\/[^>]*>/g, '')) };
    if (e.name === 'xl/_rels/workbook.xml.rels') return { name: e.name, data: Buffer.from(xml.replace(/<Relationship [^>]*theme[^>]*>/g, '')) };
    if (!/^xl\/(workbook|worksheets\/sheet\d+)\.xml$/.test(e.name)) return e;
    return { name: e.name, data: Buffer.from(xml.replace('date1904="1"', 'date1904="true"').replace('gridLines="1"', 'gridLines="true"')) };
  });
  writeFileSync(file, zip(parts));
  return file;
}

describe('booleans written as words', () => {
  it('become 1 and 0, except in attributes that hold text', () => {
    expect(numericBooleans('<workbookPr backupFile="false" date1904="true"/><definedName name="true">A1</definedName>')).toBe('<workbookPr backupFile="0" date1904="1"/><definedName name="true">A1</definedName>');
    // A formula's text with its quotes unescaped (openpyxl) is the team's: 「W2="true"」 stays.
    const cell = '<c r="X2" t="str"><f>IF(AND(F2>0, W2="true"),"已复核","待复核")</f><v>待复核</v></c>';
    expect(numericBooleans(`<row r="2" hidden="true">${cell}</row>`)).toBe(`<row r="2" hidden="1">${cell}</row>`);
  });

  it('a 1904-date roster keeps its dates and its month; a notes sheet keeps its grid lines in print', async () => {
    const input = await libreOfficeRoster();
    const out = path.join(path.dirname(input), 'lo.graded.xlsx');
    const graded = await gradeFile(input, { output: out, writer: 'exceljs' });
    if (!graded.ok) throw new Error(graded.failure.message);
    // 18 + 27 + 9 + 9 + 5 + 5 + 9 + 9 = 91 → 良好 (§13, left-open bands)
    expect(graded.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 91, '良好']]);
    const wb = await readWorkbook(out);
    expect(wb.properties.date1904).toBe(true);
    expect(String(sheetRows(wb, '汇总')[1]![0])).toContain('考核月份:2026-03');
    const notes = unzip(readFileSync(out)).map((e: { name: string; data: Buffer }) => e.data.toString('utf8')).find((x: string) => x.includes('<printOptions'));
    expect(notes).toMatch(/<printOptions[^>]*gridLines="1"/);
    expect((wb.getWorksheet('说明')!.getCell('A1').value as Date).toISOString().slice(0, 10)).toBe('2026-03-31');
  });

  it('a workbook without a theme (LibreOffice) is graded with the theme its relationships name (Excel called it damaged)', async () => {
    const input = await libreOfficeRoster();
    expect(unzip(readFileSync(input)).some((e: { name: string }) => e.name.startsWith('xl/theme/'))).toBe(false);
    const out = path.join(path.dirname(input), 'themed.xlsx');
    const graded = await gradeFile(input, { output: out, writer: 'exceljs' });
    if (!graded.ok) throw new Error(graded.failure.message);
    const names = unzip(readFileSync(out)).map((e: { name: string }) => e.name);
    const rels = unzip(readFileSync(out)).find((e: { name: string }) => e.name === 'xl/_rels/workbook.xml.rels')!.data.toString('utf8');
    expect(rels).toContain('theme/theme1.xml');
    expect(names).toContain('xl/theme/theme1.xml');
  });
});

// XML written with a prefix for the spreadsheet namespace (<x:workbook xmlns:x="…/main">, as some .NET exporters
// write): exceljs fails on it with an English error that was reported as a damaged workbook. Said as what it is.
describe('a workbook whose XML is prefixed', () => {
  it('is refused as a way of writing kpi cannot read, not as damaged, naming the part (exit 2 in the CLI)', async () => {
    const input = await libreOfficeRoster();
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const parts = unzip(readFileSync(input)).map((e: { name: string; data: Buffer }) => {
      if (e.name !== 'xl/workbook.xml') return e;
      const xml = e.data.toString('utf8').replace(/<(\/?)(?=[a-zA-Z])(?!x:)/g, '<$1x:').replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
      return { name: e.name, data: Buffer.from(xml) };
    });
    writeFileSync(input, zip(parts));
    const graded = await gradeFile(input, { output: null });
    expect(graded.ok).toBe(false);
    if (graded.ok) return;
    expect(graded.failure.message).toBe('lo.xlsx:这个工作簿的 XML 写法 kpi 读不了(xl/workbook.xml 写作 <x:workbook>,带命名空间前缀,一些程序这样导出;文件本身没有损坏)。请用 Excel/WPS 打开后另存为 .xlsx');
  });
});
