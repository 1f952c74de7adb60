// A required fill cell struck through whole got two errors: 「…整格划了删除线…不算请删去这个数…」 and 「…为必填项,应为6到10
// 之间的数,实际为空」 at the same cell (mattress-cs-monthly roster L3 基础分 「~~8~~」: 「有错误,未评分:2 处」 for one cell; on a
// person's sheet the 说明 showed only the required one beside a cell visibly holding the figure). And 「删去」 led straight to
// the required error. Now one error per struck cell, asking for the changed figure; the person is still not scored.
// Fixtures: test/fixtures/gradedStrike51/make.py (kpi's own templates filled by openpyxl with CATALOG §8's worked example).
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SIZE } from '../../src/io/loadInput.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { loadParts, PackageParts } from '../../src/io/packageParts.js';
import { sniffFile } from '../../src/io/sniff.js';
import { fixUpParts } from '../../src/io/workbookFixups.js';
import { gradedReport, readWorkbook, repoRoot, sheetRows, tempDir } from '../helpers.js';

const at = (name: string) => path.join(repoRoot, 'test/fixtures/gradedStrike51', name);

/** The fast path's graded copy as kpi reads it (stock exceljs trips on its notes' part names), as fastPath.test.ts does. */
async function readRepaired(file: string): Promise<ExcelJS.Workbook> {
  const sniffed = await sniffFile(file, { maxSize: DEFAULT_MAX_SIZE });
  if (!sniffed.ok || sniffed.kind !== 'xlsx') throw new Error(`${file} is not a workbook`);
  const parts = PackageParts.ofZip(sniffed.buffer, sniffed.entries, DEFAULT_MAX_SIZE, sniffed.parts);
  fixUpParts(parts, sniffed.marks);
  const wb = new ExcelJS.Workbook();
  await loadParts(wb, parts);
  return wb;
}

const people = (r: GradeReport) => r.people.map((p) => ({ name: p.name, total: p.total, band: p.band, status: p.status }));
const errors = (r: GradeReport) => r.problems.filter((p) => p.severity === 'error').map((p) => ({ code: p.code, sheet: p.sheet, cell: p.cell, person: p.person, message: p.message }));

// §8 worked example: N 50, V 45 → 45/50 × 20 = 18; 表格 「3,2」 → 20 − 5 = 15; 用语 1, 短信 2 → 15 − 2 − 2 = 11;
// 基础分 8, 拖延 1 → 8 − 5 = 3; 处理能力 9; 态度 13; 迟到 1 → 10 − 2 = 8; 奖惩 +2 (表扬信):
// 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79 → 一般 (60–79.99).
const L3 = '考核表!L3:「回访问题处理效率·基础分」的「8」整格划了删除线,按空白读,此人不评分;改了请在这一格填改后的数(本项必填,应为6到10之间的数),没改请去掉删除线';
const N4 = '考核表!N4:「处理能力」的「9」整格划了删除线,按空白读,此人不评分;改了请在这一格填改后的数(本项必填,应为0到10之间的数),没改请去掉删除线';

describe('§8 roster: a required cell struck whole', () => {
  for (const writer of ['exceljs', 'package'] as const) {
    it(`one struck-text error per cell, no 「实际为空」 beside it (${writer})`, async () => {
      const dir = tempDir();
      const output = path.join(dir, 'roster.graded.xlsx');
      const r = await gradedReport(at('roster.xlsx'), { writer, output });
      // 张三 unchanged: 79 一般. 李四 (L3 基础分 8 struck) and 王五 (N4 处理能力 9 struck): not scored, as before.
      expect(people(r)).toEqual([
        { name: '张三', total: 79, band: '一般', status: 'scored' },
        { name: '李四', total: null, band: null, status: 'error' },
        { name: '王五', total: null, band: null, status: 'error' },
      ]);
      expect(errors(r)).toEqual([
        { code: 'struck-text', sheet: '考核表', cell: 'L3', person: '李四', message: L3 },
        { code: 'struck-text', sheet: '考核表', cell: 'N4', person: '王五', message: N4 },
      ]);
      const wb = writer === 'package' ? await readRepaired(output) : await readWorkbook(output);
      const rows = sheetRows(wb, '考核表');
      const said = rows[0]!.indexOf('评分说明');
      // One cell, one error: it was 「有错误,未评分:2 处」.
      expect(rows[2]![said]).toBe('有错误,未评分:1 处(见「问题」表)');
      expect(rows[3]![said]).toBe('有错误,未评分:1 处(见「问题」表)');
      const note = wb.getWorksheet('考核表')!.getCell('L3').note;
      const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
      expect(text).toContain('「回访问题处理效率·基础分」的「8」整格划了删除线');
      expect(text).not.toContain('实际为空');
    });
  }
});

describe('§8 people’s sheets: a required cell struck whole', () => {
  it('李四!F13 struck: the struck-text error, also in the sheet’s 说明', async () => {
    const dir = tempDir();
    const output = path.join(dir, 'sheets.graded.xlsx');
    const r = await gradedReport(at('sheets.xlsx'), { output });
    expect(people(r)).toEqual([
      { name: '张三', total: 79, band: '一般', status: 'scored' },
      { name: '李四', total: null, band: null, status: 'error' },
    ]);
    const message = '李四!F13:「回访问题处理效率·基础分」的「8」整格划了删除线,按空白读,此人不评分;改了请在这一格填改后的数(本项必填,应为6到10之间的数),没改请去掉删除线';
    expect(errors(r)).toEqual([{ code: 'struck-text', sheet: '李四', cell: 'F13', person: '李四', message }]);
    // 说明 (H13) showed only 「无法计分:李四!F13:…为必填项…实际为空」.
    const wb = await readWorkbook(output);
    expect(wb.getWorksheet('李四')!.getCell('H13').value).toBe(`无法计分:${message}`);
  });
});
