import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { fillRoster, type FillPerson } from '../../src/io/fillTemplate.js';
import { gradeFile } from '../../src/io/grade.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { form, readWorkbook, tempDir } from '../helpers.js';

// Text as Excel saves what was pasted into a cell: 「_x0007_」 for a control character, 「_xFFFF_」, an emoji as two escaped
// surrogates, a line break as 「_x000D__x000A_」 — and a number cell holding 「1,5」 (a hand-made export's decimal comma).
// The fast path decoded 「_xFFFF_」 into a character XML cannot hold and wrote an unreadable workbook, read 「1,5」 as 1
// (parseFloat, 73 at exit 0), and lost the carriage return of a name in 问题. Both paths must read and write the same.

function person(i: number): FillPerson {
  return {
    header: { employeeId: String(1000 + i), name: `员工${i}`, department: '客服部' },
    values: { 'M1.N': 50, 'M1.V': 40, M2: '', 'M3.language': 0, 'M4.base': 8, M5: 10, M6: 15, 'M7.late': 0 },
  };
}

async function escapedRoster(dir: string): Promise<string> {
  const f = await form('mattress-cs-monthly');
  const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
  const ws = wb.worksheets.find((w) => w.state === 'visible')!;
  fillRoster(ws, f, Array.from({ length: 6 }, (_, i) => person(i)));
  // The 处理能力 column, for the number cell of 员工4 (row 6).
  let m5 = 0;
  ws.getRow(1).eachCell((c, col) => { if (String(c.value ?? '').startsWith('处理能力')) m5 = col; });
  expect(m5).toBeGreaterThan(0);
  const letters = String.fromCharCode(64 + m5);
  const plain = path.join(dir, 'plain.xlsx');
  await wb.xlsx.writeFile(plain);
  const zip = await JSZip.loadAsync(readFileSync(plain));
  const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
  zip.file('xl/sharedStrings.xml', strings
    .replace('<t>员工1</t>', '<t>员工_x0007_1</t>')
    .replace('<t>员工2</t>', '<t>员工_xFFFF_2</t>')
    .replace('<t>员工3</t>', '<t>员工_xD83D__xDE00_3</t>')
    .replace('<t>员工5</t>', '<t>员_x000D__x000A_工5</t>'));
  const sheetName = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && n !== 'xl/worksheets/sheet2.xml')!;
  const sheet = await zip.file(sheetName)!.async('string');
  const cell = new RegExp(`<c r="${letters}6"([^>]*)><v>10</v></c>`);
  expect(sheet).toMatch(cell);
  zip.file(sheetName, sheet.replace(cell, `<c r="${letters}6"$1><v>1,5</v></c>`));
  const file = path.join(dir, 'escaped.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

async function xmlFaults(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const bad: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
    const text = await zip.file(name)!.async('string');
    if (/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/.test(text)) bad.push(`${name}: a character XML cannot hold`);
    try {
      new SaxesParser({ xmlns: true }).write(text).close();
    } catch (err) {
      bad.push(`${name}: ${(err as Error).message.slice(0, 100)}`);
    }
  }
  return bad;
}

/**
 * `input` graded by each writer, the fast path's ('package') and exceljs's, into `<writer><suffix>` in `dir`: each
 * graded without a failure and written as well-formed XML.
 */
async function gradedByBothWriters(input: string, dir: string, suffix: string, options: { form?: string } = {}): Promise<Array<{ writer: 'package' | 'exceljs'; output: string; report: GradeReport }>> {
  const graded = [];
  for (const writer of ['package', 'exceljs'] as const) {
    const output = path.join(dir, `${writer}${suffix}`);
    const r = await gradeFile(input, { output, writer, gradedAt: new Date(0), ...options });
    if (!r.ok) throw new Error(r.failure.message);
    expect(await xmlFaults(output), writer).toEqual([]);
    graded.push({ writer, output, report: r.report });
  }
  return graded;
}

describe('Excel\'s escapes and a malformed number cell, on both paths', () => {
  it('read alike, scored alike, written as well-formed XML', async () => {
    const dir = tempDir();
    const input = await escapedRoster(dir);
    const seen: Record<string, unknown> = {};
    for (const { writer, output, report } of await gradedByBothWriters(input, dir, '.graded.xlsx')) {
      const people = report.people.map((p) => [p.name, p.total, p.status]);
      // 员工_x0007_1 → 员工1 (the control character dropped), _xFFFF_ dropped, the pair an emoji, the line break kept.
      expect(people.map(([n]) => n), writer).toEqual(['员工0', '员工1', '员工2', '员工😀3', '员工4', '员\r\n工5']);
      // 员工4's 处理能力 「1,5」 is no number: an error at its cell quoting it, not 1 point (parseFloat).
      const four = report.people[4]!;
      expect(four.status, writer).toBe('error');
      expect(four.problems.map((p) => p.message).join(' '), writer).toContain('实际为「1,5」');
      const wb = await readWorkbook(output);
      const problemsSheet = wb.getWorksheet('问题')!;
      const names: string[] = [];
      problemsSheet.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string' && c.value.includes('工5')) names.push(c.value); }));
      // Written with its carriage return as a character reference: read back as typed (it came back 员\n工5).
      for (const n of names) expect(n, writer).toContain('员\r\n工5');
      seen[writer] = { people, problems: report.problems.map((p) => [p.code, p.cell, p.message]) };
    }
    expect(seen.package).toEqual(seen.exceljs);
  });
});

// A name typed 「员工_x0041_0」: Excel saves it as 「员工_x005F_x0041_0」 (_x005F_ the underscore). exceljs wrote it back bare,
// which Excel reads as 「员工A0」; and a rich-text inline cell holding it was decoded twice (员工A4) on the exceljs path.
describe('text that looks like an escape, typed by the team', () => {
  it('is read as typed and written back as Excel writes it, on both paths', async () => {
    const dir = tempDir();
    const f = await form('mattress-cs-monthly');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    fillRoster(ws, f, Array.from({ length: 6 }, (_, i) => person(i)));
    let nameCol = 0;
    ws.getRow(1).eachCell((c, col) => { if (String(c.value ?? '').includes('姓名') || String(c.value ?? '') === '被考核人') nameCol = col; });
    expect(nameCol).toBeGreaterThan(0);
    const plain = path.join(dir, 'plain.xlsx');
    await wb.xlsx.writeFile(plain);
    const zip = await JSZip.loadAsync(readFileSync(plain));
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    zip.file('xl/sharedStrings.xml', strings.replace('<t>员工0</t>', '<t>员工_x005F_x0041_0</t>'));
    const sheetName = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && n !== 'xl/worksheets/sheet2.xml')!;
    const sheet = await zip.file(sheetName)!.async('string');
    const ref = `${String.fromCharCode(64 + nameCol)}6`;
    const cell = new RegExp(`<c r="${ref}"([^>]*?) t="s"><v>\\d+</v></c>`);
    expect(sheet).toMatch(cell);
    zip.file(sheetName, sheet.replace(cell, `<c r="${ref}"$1 t="inlineStr"><is><r><t>员工_x005F_x0041_4</t></r></is></c>`));
    const input = path.join(dir, 'typed.xlsx');
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));

    for (const { writer, output, report } of await gradedByBothWriters(input, dir, '.graded.xlsx')) {
      expect(report.people.map((p) => p.name), writer).toEqual(['员工_x0041_0', '员工1', '员工2', '员工3', '员工_x0041_4', '员工5']);
      const out = await JSZip.loadAsync(readFileSync(output));
      const sst = (await out.file('xl/sharedStrings.xml')?.async('string')) ?? '';
      // Every 「_x0041_」 in a string item is the escaped underscore's: none bare, which Excel would read as 「A」.
      expect(sst.match(/(?<!_x005F)_x0041_/g) ?? [], writer).toEqual([]);
      expect(sst, writer).toContain('员工_x005F_x0041_0');
      // Read back (exceljs decodes string items as Excel does): 汇总 lists both names as typed.
      const back = await readWorkbook(output);
      const listed: string[] = [];
      back.getWorksheet('汇总')!.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string' && c.value.startsWith('员工_')) listed.push(c.value); }));
      expect(listed.sort(), writer).toEqual(['员工_x0041_0', '员工_x0041_4']);
    }
  });
});

// A CSV export holding characters XML cannot hold (a BEL pasted from another system in every name, U+FFFF in a reason):
// the graded copy was unreadable (U+FFFF written into its shared strings; exit 2 on the package writer), and a file
// where every name held one was refused as 「不是 CSV 文本」.
describe('a CSV with control characters and U+FFFF', () => {
  it('is read without them and graded into a well-formed workbook, on both writers', async () => {
    const dir = tempDir();
    const head = '工号,被考核人,部门名称,考核月份,考评人,客户回访率·本月安装(售服)客户数,客户回访率·回访客户数,回访问题处理效率·基础分,处理能力,态度,其它·奖惩分,其它·原因';
    const lines = Array.from({ length: 6 }, (_, i) => `0000${i},员\x07工${i},客服部,2026-03,主管,10,9,10,9,14,${i === 2 ? '2,好\uFFFF评' : ','}`);
    const input = path.join(dir, 'export.csv');
    writeFileSync(input, `${head}\r\n${lines.join('\r\n')}\r\n`, 'utf8');
    const seen: Record<string, unknown> = {};
    for (const { writer, output, report } of await gradedByBothWriters(input, dir, '.graded.xlsx')) {
      expect(report.people.map((p) => p.name), writer).toEqual(['员工0', '员工1', '员工2', '员工3', '员工4', '员工5']);
      // 员工2: the reason 「好评」 (U+FFFF dropped) and its 2 points of 其它: 96 + 2 = 98.
      const two = report.people[2]!;
      expect(JSON.stringify(two.items), writer).toContain("好评");
      // The 2 points of 其它 on top of the same entries as 员工0.
      expect([report.people[0]!.total, two.total], writer).toEqual([96, 98]);
      const back = await readWorkbook(output);
      const reasons: string[] = [];
      back.getWorksheet('export')!.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string' && c.value.includes('评')) reasons.push(c.value); }));
      // In the sheet as read: U+FFFF became a zero-width space (invisible, and never joining digits: 「6␇0」 is no 60).
      expect(reasons, writer).toContain('好\u200b评');
      seen[writer] = report.people.map((p) => [p.name, p.total]);
    }
    expect(seen.package).toEqual(seen.exceljs);
  });
});

// A control character inside a number or a list (a CSV cell 「6␇0」, 「3␁,2」, or a workbook's 「6_x0007_0」) was dropped
// and the digits joined: 60 scored at exit 0. It stands for an invisible character now, and, as 「6\u200b0」, the number is
// refused at its cell. An HTML export's &#xFFFE; (an entity, decoded after the text was cleaned) made the graded copy
// unreadable at exit 0.
describe('a control character between digits, and XML-forbidden entities in HTML', () => {
  const head = '工号,被考核人,部门名称,考核月份,考评人,客户回访率·本月安装(售服)客户数,客户回访率·回访客户数,表格管理,回访问题处理效率·基础分,处理能力,态度';
  it('「5␇.5」 in a CSV is an error at its cell, not 5.5 scored; 「3␁,2」 is 3 and 2', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'digits.csv');
    const lines = ['00001,张敏,客服部,2026-03,主管,10,9,,10,5\x07.5,14', '00002,王五,客服部,2026-03,主管,10,9,"3\x01,2",10,9,14'];
    writeFileSync(input, `${head}\r\n${lines.join('\r\n')}\r\n`, 'utf8');
    for (const { writer, report } of await gradedByBothWriters(input, dir, '.xlsx')) {
      // 「3␁,2」 is 3 and 2 (the character stands at a list's separator, joining nothing), as 「3\u200b,2」 typed is.
      expect(report.people.map((p) => [p.name, p.status]), writer).toEqual([['张敏', 'error'], ['王五', 'scored']]);
      const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.person} ${p.cell}`);
      // 处理能力 is column J (row 2 张敏).
      expect(errors, writer).toEqual(['张敏 J2']);
    }
  });

  it('「6_x0007_0」 in a workbook\'s number-as-text cell is an error too, on both paths', async () => {
    const dir = tempDir();
    const input = await escapedRoster(dir);
    const zip = await JSZip.loadAsync(readFileSync(input));
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    // 员工0's 处理能力 (N2, 10) becomes the string 「6_x0007_0」, added as the last shared string.
    zip.file('xl/sharedStrings.xml', strings.replace('</sst>', '<si><t>6_x0007_0</t></si></sst>'));
    const sheetName = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && n !== 'xl/worksheets/sheet2.xml')!;
    const sheet = await zip.file(sheetName)!.async('string');
    const index = (strings.match(/<si\b/g) ?? []).length;
    const cell = /<c r="(N2)"([^>]*?)><v>10<\/v><\/c>/.exec(sheet);
    expect(cell).not.toBeNull();
    zip.file(sheetName, sheet.replace(cell![0], `<c r="N2"${cell![2]} t="s"><v>${index}</v></c>`));
    const file = path.join(dir, 'bell.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    for (const { writer, report } of await gradedByBothWriters(file, dir, '.bell.xlsx')) {
      expect(report.people[0]!.status, writer).toBe('error');
      expect(report.problems.some((p) => p.cell === 'N2' && p.severity === 'error'), writer).toBe(true);
    }
  });

  it('an HTML export\'s &#xFFFE; and &#xFFFF; give a well-formed graded workbook', async () => {
    const dir = tempDir();
    const cells = (r: string[]) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const rows = [head.split(','), ['00001', '李&#xFFFE;强', '客服部', '2026-03', '主管', '10', '9', '', '10', '9', '14'], ['00002', '王&#xFFFF;五', '客服部', '2026-03', '主管', '10', '9', '', '10', '8', '14']];
    const input = path.join(dir, 'export.xls');
    writeFileSync(input, `<html><body><table>${rows.map(cells).join('')}</table></body></html>`, 'utf8');
    for (const { writer, report } of await gradedByBothWriters(input, dir, '.xlsx', { form: 'mattress-cs-monthly' })) {
      expect(report.people.map((p) => p.name), writer).toEqual(['李强', '王五']);
    }
  });
});
