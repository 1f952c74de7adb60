import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { plainRowsXml } from '../../src/io/fast/plainRows.js';
import type { PlainRow } from '../../src/io/graded/summarySheets.js';

// The fast path renders 明细's rows itself (src/io/fast/plainRows.ts): they must be the very cells exceljs's
// streaming writer renders for the same values and styles, or the two paths' workbooks would differ. The rows leave
// out exceljs's optional spans and x14ac:dyDescent (hints, nothing a reader shows).

const STYLES: Array<Partial<ExcelJS.Style>> = [{ numFmt: '@' }, {}, { numFmt: '0.00' }, { alignment: { wrapText: true } }];

const ROWS: PlainRow[] = [
  { values: ['1001', '王芳', 18, '回访率 45/50 = 90% × 20 = 18'] },
  { values: ['', null, 0.1 + 0.2, 'a<b> & "c" \'d\''], height: 32 },
  { values: ['\u0001控制\u007f字符\t\n\r', '😀 emoji', -0, '=HYPERLINK("x")'] },
  { values: [null, '  spaces  ', 1e21, '未评分'], height: 47 },
  { values: ['x', 'y', -12.5, ''] },
];

async function exceljsRows(): Promise<{ xml: string; styleIds: number[] }> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  const ws = wb.addWorksheet('明细');
  ROWS.forEach((r, k) => {
    const row = ws.getRow(k + 1);
    r.values.forEach((v, i) => {
      const c = row.getCell(i + 1);
      c.value = v;
      c.style = STYLES[i]!;
    });
    if (r.height !== undefined) row.height = r.height;
    row.commit();
  });
  ws.commit();
  await wb.commit();
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const xml = /<sheetData>([\s\S]*)<\/sheetData>/.exec(sheet)![1]!;
  const styles = (wb as unknown as { styles: { weakMap: WeakMap<object, number> } }).styles;
  return { xml, styleIds: STYLES.map((s) => styles.weakMap.get(s)!) };
}

const text = (runs: Iterable<Buffer>) => Buffer.concat([...runs]).toString('utf8');

describe('plainRowsXml', () => {
  it('renders rows exactly as exceljs streaming writer does', async () => {
    const { xml, styleIds } = await exceljsRows();
    expect(styleIds.every((id) => Number.isInteger(id))).toBe(true);
    // As exceljs renders them, but for a carriage return, written as &#13; (exceljs writes it bare, which XML reads as
    // a line feed; the ordinary path puts it right after exceljs, sheetExtensions.ts).
    const hintsLeftOut = xml.replace(/ spans="[^"]*" x14ac:dyDescent="0\.25"/g, '');
    expect(hintsLeftOut.length).toBeLessThan(xml.length - 5 * 30);
    expect(text(plainRowsXml(ROWS, { first: 1, styleIds }))).toBe(hintsLeftOut.replace(/\r/g, '&#13;'));
    // Not equal-and-empty: five rows, the control characters dropped, the quotes escaped, the heights set.
    expect(xml.match(/<row /g)).toHaveLength(5);
    expect(xml).toContain('<v>控制字符\t\n\r</v>');
    expect(xml).toContain('a&lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;');
    expect(xml).toContain('ht="47" customHeight="1"');
  });

  it('numbers its rows from the first given and yields runs of whole rows', () => {
    const many = Array.from({ length: 3000 }, (_, i): PlainRow => ({ values: [String(i), '名', i, '说明'.repeat(20)] }));
    const runs = [...plainRowsXml(many, { first: 3, styleIds: [1, 2, 3, 4] })].map((b) => b.toString('utf8'));
    expect(runs.length).toBeGreaterThan(1);
    for (const run of runs) expect(run).toMatch(/^<row r="\d+"[\s\S]*<\/row>$/);
    const all = runs.join('');
    expect(all.match(/<row /g)).toHaveLength(3000);
    expect(all).toContain('<row r="3002"><c r="A3002" s="1" t="str"><v>2999</v></c>');
  });

  it('writes empty text as the shared empty string when given one (as the fast path keeps empty text)', () => {
    expect(text(plainRowsXml([{ values: ['', 'x'] }], { first: 1, styleIds: [0, 3], emptyString: 7 }))).toBe(
      '<row r="1"><c r="A1" t="s"><v>7</v></c><c r="B1" s="3" t="str"><v>x</v></c></row>',
    );
  });
});
