// Excel writes a carriage return in text as 「_x000D_」 (a heading pasted with its line end, a cell of one Enter): both
// paths read the character, as Excel shows it. The fast path kept the escape: 处理能力 unread (everyone unscored), and a
// 原因 of one line break taken as a reason (+5 at exit 0).
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { stringItemText } from '../../src/io/fast/xml.js';
import { gradeFile } from '../../src/io/grade.js';
import { sampleCopy } from '../helpers.js';

describe('_xHHHH_ escapes in shared strings', () => {
  it('are decoded in one pass, per run: _x000D_ is a carriage return, _x005F_ an underscore (so _x005F_x000D_ is the text 「_x000D_」)', () => {
    expect(stringItemText('<t xml:space="preserve">处理能力_x000D_\n</t>')).toBe('处理能力\r\n');
    expect(stringItemText('<t>_x005F_x000D_</t>')).toBe('_x000D_');
    expect(stringItemText('<r><t>_x0031_</t></r><r><t>0</t></r>')).toBe('10');
    // Hex digits in either case: LibreOffice writes 「_x001b_」, and Excel writes a typed 「_xa100_」 as 「_x005F_xa100_」
    // (an escape to it). exceljs read lower case as text; kpi's patch reads it as Excel does (exceljsTextEscapes.ts).
    expect(stringItemText('<t>_x000d_</t>')).toBe('\r');
    expect(stringItemText('<t>_x005F_x000d_</t>')).toBe('_x000d_');
  });

  for (const writer of ['exceljs', 'package'] as const) {
    it(`a heading 「处理能力_x000D_」 is 处理能力 (${writer} path): the worked example scores 王芳 79`, async () => {
      const file = sampleCopy('mattress-cs-monthly.march.roster.xlsx', 'crlf.xlsx');
      const zip = await JSZip.loadAsync(readFileSync(file));
      const sst = await zip.file('xl/sharedStrings.xml')!.async('string');
      expect(sst).toContain('<si><t>处理能力</t></si>');
      zip.file('xl/sharedStrings.xml', sst.replace('<si><t>处理能力</t></si>', '<si><t xml:space="preserve">处理能力_x000D_\n</t></si>'));
      writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      const outcome = await gradeFile(file, { writer, output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      // As the sample scores unedited: 王芳 79, 李强 100.
      expect(outcome.report.people.slice(0, 2).map((p) => [p.name, p.total])).toEqual([['王芳', 79], ['李强', 100]]);
    });
  }

  for (const writer of ['exceljs', 'package'] as const) {
    it(`an inline string of one line break 「_x000D_」 is no reason for 赵磊's +3: still an error (${writer} path)`, async () => {
      const file = sampleCopy('mattress-cs-monthly.march.roster.xlsx', 'inline.xlsx');
      const zip = await JSZip.loadAsync(readFileSync(file));
      const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const cell = /<c r="U7"( s="\d+")?\/>/.exec(xml)!;
      zip.file('xl/worksheets/sheet1.xml', xml.replace(cell[0], `<c r="U7"${cell[1] ?? ''} t="inlineStr"><is><t>_x000D_</t></is></c>`));
      writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      const outcome = await gradeFile(file, { writer, output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      const zhao = outcome.report.people.find((p) => p.name === '赵磊')!;
      expect(zhao.status).toBe('error');
      expect(outcome.report.problems.some((p) => p.person === '赵磊' && p.code === 'reason-required')).toBe(true);
    });
  }
  for (const writer of ['exceljs', 'package'] as const) {
    it(`a carriage return kept in the graded copy as Excel showed it — 考核表, 明细 — as &#13;, never a bare CR that XML reads as a line feed (${writer} path)`, async () => {
      const file = sampleCopy('mattress-cs-monthly.march.roster.xlsx', 'cr.xlsx');
      const zip = await JSZip.loadAsync(readFileSync(file));
      const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const cell = /<c r="U7"( s="\d+")?\/>/.exec(xml)!;
      zip.file('xl/worksheets/sheet1.xml', xml.replace(cell[0], `<c r="U7"${cell[1] ?? ''} t="inlineStr"><is><t>表扬_x000D_信</t></is></c>`));
      writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      const outcome = await gradeFile(file, { writer, force: true });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      const out = await JSZip.loadAsync(readFileSync(outcome.report.output!));
      const names = Object.keys(out.files).filter((n) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(n));
      const parts = await Promise.all(names.map(async (n) => (await out.file(n)!.async('string'))));
      // 明细's explanation of 其它 (+3, its reason) holds it too, written by kpi on either path.
      expect(parts.some((x) => x.includes('表扬&#13;信)'))).toBe(true);
      expect(parts.filter((x) => x.includes('\r')).length).toBe(0);
    });
  }
  it('an escape of any character in an inline string, with no control character anywhere in the sheet: 「李_x5F3A_」 is 李强 on both paths', async () => {
    const file = sampleCopy('mattress-cs-monthly.march.roster.xlsx', 'cjk.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const cell = /<c r="B3"( s="\d+")? t="s"><v>\d+<\/v><\/c>/.exec(xml)!;
    zip.file('xl/worksheets/sheet1.xml', xml.replace(cell[0], `<c r="B3"${cell[1] ?? ''} t="inlineStr"><is><t>李_x5F3A_</t></is></c>`));
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    for (const writer of ['exceljs', 'package'] as const) {
      const outcome = await gradeFile(file, { writer, output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      expect(outcome.report.people[1]!.name, writer).toBe('李强');
    }
  });
});
