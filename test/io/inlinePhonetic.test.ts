// A phonetic guide (<rPh>, 拼音指南) in a cell's inline string, as Excel and WPS save it: exceljs's parser lost every
// later row of the sheet (李强 5 cells 「未填写」, the five people below him gone, 已评分 1/2 人, and the graded copy
// cut after his row). It is read as its text on both paths.
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { readWorkbook, sampleCopy } from '../helpers.js';

async function withPhonetic(): Promise<string> {
  const file = sampleCopy('mattress-cs-monthly.march.roster.xlsx', 'phonetic.xlsx');
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  // 李强's 部门 (C3) as an inline string with its guide.
  const cell = /<c r="C3" s="(\d+)" t="s"><v>\d+<\/v><\/c>/.exec(xml)!;
  zip.file('xl/worksheets/sheet1.xml', xml.replace(cell[0], `<c r="C3" s="${cell[1]}" t="inlineStr"><is><t>客服部</t><rPh sb="0" eb="3"><t>kefubu</t></rPh><phoneticPr fontId="1" type="noConversion"/></is></c>`));
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

describe('an inline string with a phonetic guide', () => {
  for (const writer of ['exceljs', 'package'] as const) {
    it(`is its text, and every row after it is read and kept (${writer} path)`, async () => {
      const outcome = await gradeFile(await withPhonetic(), { writer, force: true });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      // As the sample scores: seven people, 王芳 79, 李强 100, 赵磊 unscored for his own mistakes.
      const people = outcome.report.people;
      expect(people.map((p) => p.name)).toEqual(['王芳', '李强', '张敏', '刘洋', '陈静', '赵磊', '孙丽']);
      expect(people.slice(0, 2).map((p) => [p.total, p.department])).toEqual([[79, '客服部'], [100, '客服部']]);
      expect(people.filter((p) => p.status === 'scored').length).toBe(6);
      // The graded copy keeps every row: its sheet (exceljs's, or the input's own streamed through) still has 孙丽's row 8.
      const sheet = await (await JSZip.loadAsync(readFileSync(outcome.report.output!))).file('xl/worksheets/sheet1.xml')!.async('string');
      expect(sheet).toMatch(/<row r="8"[^>]*>.*?<c r="B8"/s);
      if (writer === 'exceljs') expect((await readWorkbook(outcome.report.output!)).getWorksheet('考核表')!.getCell('C3').text).toBe('客服部');
    });
  }
});
