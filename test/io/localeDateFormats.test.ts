// Excel's built-in formats 27–36 and 50–58 carry no code: a Chinese Excel or WPS saves 「3月5日」 (58), 「2026年3月」 (57),
// 「2026年3月5日」 (31) under them. Read as those dates on both paths — a date where a count goes is an error, as under
// any date format — and shown as dates in the graded copy (it was the number 46086: 旷工 46086 次 at exit 0).
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { readWorkbook, sampleCopy } from '../helpers.js';

/** The sample roster with 王芳's 旷工 = 46086 (2026-03-05) under built-in format `id`. */
async function rosterWithFormat(id: number): Promise<string> {
  const file = sampleCopy('mattress-cs-monthly.march.roster.xlsx', `fmt${id}.xlsx`);
  const wb = await readWorkbook(file);
  const ws = wb.worksheets.find((w) => w.state === 'visible')!;
  const heads = (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ''));
  const col = heads.indexOf('工作纪律·旷工');
  let row = 0;
  ws.eachRow((r, n) => {
    if (r.getCell(2).value === '王芳') row = n;
  });
  expect([col > 0, row > 0]).toEqual([true, true]);
  ws.getCell(row, col).value = 46086;
  // A copy: cells loaded from a file share their style objects.
  ws.getCell(row, col).style = { ...ws.getCell(row, col).style, numFmt: '"MARK"0' };
  await wb.xlsx.writeFile(file);
  // The format as Excel saves it: the built-in id, no <numFmt> of its own.
  const zip = await JSZip.loadAsync(readFileSync(file));
  let styles = await zip.file('xl/styles.xml')!.async('string');
  const own = /<numFmt numFmtId="(\d+)" formatCode="&quot;MARK&quot;0"\/>/.exec(styles)!;
  styles = styles.replace(own[0], '').replace(new RegExp(`numFmtId="${own[1]}"`, 'g'), `numFmtId="${id}"`);
  zip.file('xl/styles.xml', styles);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

describe('a date under a Chinese built-in format', () => {
  for (const [id, shown] of [[58, 'm"月"d"日"'], [57, 'yyyy"年"m"月"'], [31, 'yyyy"年"m"月"d"日"']] as const) {
    for (const writer of ['exceljs', 'package'] as const) {
      it(`numFmtId ${id} in a count is a date, an error; the graded copy shows it as ${shown} (${writer})`, async () => {
        const outcome = await gradeFile(await rosterWithFormat(id), { writer, force: true });
        if (!outcome.ok) throw new Error(outcome.failure.message);
        const wang = outcome.report.people.find((p) => p.name === '王芳')!;
        expect(wang.status).toBe('error');
        const absent = outcome.report.problems.find((p) => p.person === '王芳' && p.message.includes('旷工'))!;
        // As the cell shows it: 57 (yyyy"年"m"月") the month alone.
        expect([absent.severity, absent.message]).toEqual(['error', expect.stringContaining(id === 57 ? '实际为日期「2026-03」' : '实际为日期「2026-03-05」')]);
        // Everyone else as before: 李强 100 (the worked example's other person).
        expect(outcome.report.people.find((p) => p.name === '李强')?.total).toBe(100);
        const graded = await readWorkbook(outcome.report.output!);
        const cell = graded.getWorksheet('考核表')!.getCell(absent.cell!);
        expect(cell.numFmt).toBe(shown);
      });
    }
  }
});
