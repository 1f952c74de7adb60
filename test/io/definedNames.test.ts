// The team's names as written in the graded copy, by both writers and when graded again: a sheet's own name stays its
// sheet's (exceljs made every name the workbook's: two sheets' 本月 became one name of two areas, #VALUE! in every
// formula using it), and hidden="1" / comment="…" stay (exceljs dropped them).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { tempDir } from '../helpers.js';
import { csRepRoster } from './rosterBook.js';

/** The sheets of a workbook in order, and its names as "name@sheet attributes = text" (sheet: where localSheetId points). */
async function namesIn(file: string): Promise<{ sheets: string[]; names: string[] }> {
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file('xl/workbook.xml')!.async('string');
  const sheets = [...xml.matchAll(/<sheet\b[^>]*?\sname="([^"]+)"/g)].map((m) => m[1]!);
  const names = [...xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => {
    const attrs = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const { name, localSheetId, ...rest } = attrs;
    const where = localSheetId === undefined ? '' : `@${sheets[Number(localSheetId)]}`;
    const extra = Object.entries(rest).map(([k, v]) => ` ${k}=${v}`).join('');
    return `${name}${where}${extra} = ${m[2]!.replace(/&apos;/g, "'")}`;
  });
  return { sheets, names: names.filter((n) => !/^_xlnm\.Print_/.test(n)).sort() };
}

describe("the team's defined names", () => {
  it('keep their sheet, hidden flag and comment in the graded copy (both writers) and when graded again', async () => {
    const { wb, ws } = await csRepRoster();
    const notes = wb.addWorksheet('备注');
    notes.addRows([['月份', '件数'], ['1月', 3], ['2月', 4]]);
    const dir = tempDir();
    const input = path.join(dir, 'named.xlsx');
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    const order = [...xml.matchAll(/<sheet\b[^>]*?\sname="([^"]+)"/g)].map((m) => m[1]!);
    const [roster, remarks] = [order.indexOf(ws.name), order.indexOf('备注')];
    expect(remarks).toBeGreaterThan(roster);
    const names =
      `<definedName name="本月" localSheetId="${roster}">'${ws.name}'!$F$2</definedName>` +
      `<definedName name="本月" localSheetId="${remarks}">'备注'!$B$2</definedName>` +
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${remarks}" hidden="1">'备注'!$A$1:$B$3</definedName>` +
      `<definedName name="辅助" hidden="1" comment="勿删">'备注'!$B$3</definedName>` +
      `<definedName name="常量">42</definedName>`;
    zip.file('xl/workbook.xml', xml.includes('<definedNames>') ? xml.replace('<definedNames>', `<definedNames>${names}`) : xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`));
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    const expected = [
      `_xlnm._FilterDatabase@备注 hidden=1 = '备注'!$A$1:$B$3`,
      `常量 = 42`,
      `本月@${ws.name} = '${ws.name}'!$F$2`,
      `本月@备注 = '备注'!$B$2`,
      `辅助 hidden=1 comment=勿删 = '备注'!$B$3`,
    ].sort();
    const outputs: string[] = [];
    for (const writer of ['exceljs', 'package'] as const) {
      const output = path.join(dir, `graded-${writer}.xlsx`);
      const r = await gradeFile(input, { output, writer });
      if (!r.ok) throw new Error(r.failure.message);
      const got = await namesIn(output);
      expect(got.sheets[0], writer).toBe('汇总'); // every sheet moved one place: the local names with them
      expect(got.names, writer).toEqual(expected);
      outputs.push(output);
    }
    // Graded again (a graded workbook is read by exceljs): the same names, once each.
    mkdirSync(path.join(dir, 'again'));
    const again = path.join(dir, 'again', 'named.xlsx');
    copyFileSync(outputs[0]!, again);
    const second = await gradeFile(again, {});
    if (!second.ok) throw new Error(second.failure.message);
    expect((await namesIn(second.report.output!)).names).toEqual(expected);
  });
});
