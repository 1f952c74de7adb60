import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkXmlParts } from '../../src/io/xmlGuard.js';
import { checkZip, zipLimits } from '../../src/io/zipGuard.js';
import { HOSTILE_DIR, makeHostile, realXlsx, unzip, zip } from '../../scripts/make-hostile.mjs';

const MiB = 1024 * 1024;
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
let files: Record<string, string>;
beforeAll(async () => {
  files = await makeHostile(HOSTILE_DIR);
}, 120_000);

async function guard(buf: Buffer, cap = 100 * MiB, file?: string) {
  const z = checkZip(buf, zipLimits());
  if (!z.ok) throw new Error(z.problem.message);
  return checkXmlParts(buf, z.entries, cap, file === undefined ? {} : { file });
}

/** The real workbook with one part replaced. */
async function withPart(name: string, data: string | Buffer): Promise<Buffer> {
  const entries: { name: string; data: Buffer }[] = unzip(await realXlsx());
  return zip(entries.map((e) => (e.name === name ? { name, data } : e)));
}

const sheet = (body: string, prolog = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${prolog}<worksheet xmlns="${NS}"><sheetData>${body}</sheetData></worksheet>`;

// Parts up to 4 MB are inflated whole, larger ones streamed in 64 KB chunks: the chunk-border cases run both
// ways, the large variant with 4.7 MB of incompressible comment after the root element.
const PATHS = [
  ['inflated whole', ''],
  ['streamed', `<!--${randomBytes(3.5 * MiB).toString('base64')}-->`],
] as const;

describe('checkXmlParts', () => {
  it('passes a real workbook and reports the real sizes', async () => {
    const r = await guard(readFileSync(files['ok.xlsx']!));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.sizes.get('xl/workbook.xml')).toBeGreaterThan(100);
  });

  it('keeps the parts it inflated whole for the reader, not those it streamed', async () => {
    const large = sheet('<row r="1"><c r="A1"><v>1</v></c></row>') + PATHS[1][1];
    const r = await guard(await withPart('xl/worksheets/sheet1.xml', large));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.parts.get('xl/workbook.xml')?.toString('utf8')).toContain('<workbook');
    expect(r.parts.get('xl/workbook.xml')?.length).toBe(r.sizes.get('xl/workbook.xml'));
    expect(r.parts.has('xl/worksheets/sheet1.xml')).toBe(false);
    expect(r.sizes.get('xl/worksheets/sheet1.xml')).toBe(Buffer.byteLength(large));
  });

  it.each(['billion-laughs.xlsx', 'xxe.xlsx'])('refuses %s, naming the part', async (name) => {
    const r = await guard(readFileSync(files[name]!), 100 * MiB, `/some/dir/${name}`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe('xml-entities');
    expect(r.problem.message).toMatch(new RegExp(`^${name.replace('.', '\\.')}:工作簿部件 xl/worksheets/sheet1\\.xml 含有 DOCTYPE`));
  });

  it.each(PATHS)('finds a DOCTYPE in any part, also one split across inflate chunks (%s)', async (_, tail) => {
    // 64 KB chunks: put the marker across the first chunk border.
    const pad = ' '.repeat(64 * 1024 - 4);
    const xml = `<?xml version="1.0"?>${pad.slice(21)}<!DOCTYPE x SYSTEM "http://example.com/x.dtd"><x/>${tail}`;
    expect(xml.indexOf('<!DOCTYPE')).toBe(64 * 1024 - 4);
    const r = await guard(await withPart('docProps/app.xml', xml));
    expect(!r.ok && r.problem.message).toMatch(/docProps\/app\.xml 含有 DOCTYPE/);
  });

  it('finds entities in a UTF-16 part', async () => {
    const xml = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0" encoding="UTF-16"?><!ENTITY a "b"><x/>', 'utf16le')]);
    const r = await guard(await withPart('xl/styles.xml', xml));
    expect(!r.ok && r.problem.code).toBe('xml-entities');
  });

  it('does not look inside binary parts (a PNG may contain anything)', async () => {
    const entries: { name: string; data: Buffer }[] = unzip(await realXlsx());
    entries.push({ name: 'xl/media/image1.png', data: Buffer.from('\x89PNG....<!DOCTYPE....', 'latin1') });
    const r = await guard(zip(entries));
    expect(r.ok).toBe(true);
  });

  it('refuses a part whose real size is over the cap although the headers say otherwise', async () => {
    const before = process.memoryUsage().rss;
    // A 1 MB cap: the part is inflated only that far (sniff.test.ts and hostile.test.ts refuse it under the default 100 MB).
    const r = await guard(readFileSync(files['zip-bomb-lying.xlsx']!), 1 * MiB, 'zip-bomb-lying.xlsx');
    expect(!r.ok && r.problem.code).toBe('too-large');
    expect(!r.ok && r.problem.message).toBe(
      'zip-bomb-lying.xlsx:压缩包内 xl/worksheets/sheet1.xml 解压后超过上限 1 MB(文件头声称只有 4 KB,文件可能被篡改)(可用 --max-size 调整)',
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MiB);
  });

  it.each(PATHS)('marks a date cell only where t="d" follows a space, also one split across inflate chunks (%s)', async (_, tail) => {
    const marks = async (body: string) => {
      const r = await guard(await withPart('xl/worksheets/sheet1.xml', sheet(body) + tail));
      if (!r.ok) throw new Error(r.problem.message);
      return r.marks.has('date-cell');
    };
    expect(await marks('<row r="1"><c r="A1" t="d"><v>2026-03-01</v></c></row>')).toBe(true);
    expect(await marks("<row r=\"1\"><c r='A1' t='d'><v>2026-03-01</v></c></row>")).toBe(true);
    // Not an attribute t: no space right before it (a tab, another letter).
    expect(await marks('<row r="1"><c r="A1"\tt="d" xt="d"><v>1</v></c></row>')).toBe(false);
    // The space ends the first 64 KB chunk, t="d" starts the second.
    const head = sheet('').indexOf('<sheetData>') + '<sheetData>'.length;
    const pad = ' '.repeat(64 * 1024 - head - '<row r="1"><c r="A1"'.length - 1);
    expect(await marks(`${pad}<row r="1"><c r="A1" t="d"><v>2026-03-01</v></c></row>`)).toBe(true);
    expect(await marks(`${pad}<row r="1"><c r="A1">t="d"<v>1</v></c></row>`)).toBe(false);
  });

  /** The real workbook with its parts stored (not deflated), `name` replaced by `data`, and one byte of `from` in it changed to `to` after the CRC was written. */
  async function storedWithChange(name: string, data: string, from: string, to: string): Promise<Buffer> {
    const entries: { name: string; data: Buffer }[] = unzip(await realXlsx());
    const buf = zip(entries.map((e) => ({ name: e.name, data: e.name === name ? Buffer.from(data) : e.data, store: true })));
    const at = buf.indexOf(Buffer.from(from));
    expect(at).toBeGreaterThan(0);
    expect(buf.indexOf(Buffer.from(from), at + 1)).toBe(-1);
    buf.write(to, at, 'latin1');
    return buf;
  }

  it.each(PATHS)('refuses a part whose bytes do not match its CRC-32, naming the sheet (%s)', async (_, tail) => {
    // 张三's 0.95 becomes 0.96: it still reads as a workbook, and would have been scored as 96 %.
    const xml = sheet('<row r="1"><c r="A1"><v>0.95</v></c></row>') + tail;
    const r = await guard(await storedWithChange('xl/worksheets/sheet1.xml', xml, '<v>0.95</v>', '<v>0.96</v>'), 100 * MiB, '/in/march.xlsx');
    expect(!r.ok && r.problem).toMatchObject({ code: 'file-unreadable', file: '/in/march.xlsx', sheet: '3月', params: { case: 'part-crc', part: 'xl/worksheets/sheet1.xml', sheet: '3月' } });
    expect(!r.ok && r.problem.message).toBe(
      'march.xlsx:文件已损坏:工作表「3月」(xl/worksheets/sheet1.xml)的数据校验不符(内容与压缩包记录的校验码不一致,可能在下载、复制或保存时损坏),读出的数据不可信。请重新保存或重新导出该文件后再试',
    );
  });

  it('refuses any part whose CRC-32 does not match, named by its part when it is no sheet', async () => {
    const xml = '<?xml version="1.0"?><Properties><Application>WPS Office 2019</Application></Properties>';
    const r = await guard(await storedWithChange('docProps/app.xml', xml, 'WPS Office 2019', 'WPS Office 2018'), 100 * MiB, 'march.xlsx');
    expect(!r.ok && r.problem.params).toEqual({ name: 'march.xlsx', case: 'part-crc', part: 'docProps/app.xml' });
    expect(!r.ok && r.problem.message).toMatch(/^march\.xlsx:文件已损坏:压缩包内 docProps\/app\.xml 的数据校验不符/);
  });

  it('passes the same stored parts when nothing was changed', async () => {
    const entries: { name: string; data: Buffer }[] = unzip(await realXlsx());
    expect((await guard(zip(entries.map((e) => ({ ...e, store: true }))))).ok).toBe(true);
  });

  it('refuses a part that does not inflate', async () => {
    const buf = Buffer.from(readFileSync(files['ok.xlsx']!));
    const z = checkZip(buf, zipLimits());
    if (!z.ok) throw new Error(z.problem.message);
    const e = z.entries.find((x) => x.name === 'xl/workbook.xml')!;
    const start = e.localHeaderOffset + 30 + buf.readUInt16LE(e.localHeaderOffset + 26) + buf.readUInt16LE(e.localHeaderOffset + 28);
    buf.fill(0xff, start, start + e.compressedSize);
    const r = await checkXmlParts(buf, z.entries, MiB);
    expect(!r.ok && r.problem.code).toBe('file-unreadable');
    expect(!r.ok && r.problem.message).toMatch(/xl\/workbook\.xml 无法解压/);
  });
});

// What exceljs 4.4.0 itself does with such parts (the reason for the guard). If exceljs changes,
// these tell us.
describe('exceljs with DOCTYPE and entities', () => {
  const load = async (buf: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    return wb;
  };
  it('throws an opaque "undefined entity" on billion laughs and external entities (no expansion)', async () => {
    await expect(load(readFileSync(files['billion-laughs.xlsx']!))).rejects.toThrow(/undefined entity/);
    await expect(load(readFileSync(files['xxe.xlsx']!))).rejects.toThrow(/undefined entity/);
  });
  it('silently accepts a DOCTYPE whose entities are never used', async () => {
    const buf = await withPart(
      'xl/worksheets/sheet1.xml',
      sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>', '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
    );
    const wb = await load(buf);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('x');
    const r = await guard(buf);
    expect(!r.ok && r.problem.code).toBe('xml-entities');
  });
});
