import path from 'node:path';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { ZipWriter } from '../../src/io/fast/zipWrite.js';
import { loadParts, PackageParts, writeParts } from '../../src/io/packageParts.js';
import { readZipDirectory } from '../../src/io/zipGuard.js';
import { readWorkbook, tempDir } from '../helpers.js';

// exceljs loads and writes through PackageParts (Node's zlib) instead of JSZip: the workbook must come out
// as exceljs alone would read and write it.

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function sampleBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考核表');
  ws.getCell('A1').value = '姓名';
  ws.getCell('B1').value = '得分';
  ws.getCell('A2').value = '张三';
  ws.getCell('B2').value = 87.5;
  ws.getCell('C2').value = { formula: 'B2*2', result: 175 };
  ws.mergeCells('A4:C4');
  ws.getCell('A4').value = { richText: [{ text: '备注', font: { bold: true } }, { text: ':无' }] };
  ws.addImage(wb.addImage({ buffer: PNG, extension: 'png' }), 'E1:F3');
  wb.addWorksheet('第二页').getCell('A1').value = '𠀀 surrogate';
  return wb;
}

async function zipOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('PackageParts', () => {
  it('loads a package into exceljs with the same cells as exceljs reading it itself', async () => {
    const buffer = await zipOf(sampleBook());
    const dir = readZipDirectory(buffer);
    if (!dir.ok) throw new Error('unreadable');
    const ours = new ExcelJS.Workbook();
    await loadParts(ours, PackageParts.ofZip(buffer, dir.entries, 10 * 1024 * 1024));
    const theirs = new ExcelJS.Workbook();
    await theirs.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(ours.worksheets.map((w) => w.name)).toEqual(['考核表', '第二页']);
    for (const name of ['考核表', '第二页']) {
      const a = ours.getWorksheet(name)!;
      const b = theirs.getWorksheet(name)!;
      for (const ref of ['A1', 'B1', 'A2', 'B2', 'C2', 'A4']) expect(a.getCell(ref).value).toEqual(b.getCell(ref).value);
    }
    expect(ours.getWorksheet('考核表')!.getCell('B2').value).toBe(87.5);
    expect(ours.getWorksheet('考核表')!.getCell('C2').value).toEqual({ formula: 'B2*2', result: 175 });
    expect(ours.getWorksheet('第二页')!.getCell('A1').value).toBe('𠀀 surrogate');
    // The image (a binary part) arrives as the same bytes.
    const media = (ours as unknown as { model: { media: Array<{ buffer: Buffer }> } }).model.media;
    expect(media).toHaveLength(1);
    expect(Buffer.compare(media[0]!.buffer, PNG)).toBe(0);
  });

  it('writes what exceljs renders, every part deflated, readable by JSZip and exceljs', async () => {
    const parts = await writeParts(sampleBook());
    expect(parts.names()).toContain('xl/worksheets/sheet1.xml');
    expect(parts.names()).toContain('xl/media/image1.png');
    expect(parts.names().some((n) => n.endsWith('/'))).toBe(false); // no folder entries
    const file = path.join(tempDir(), 'out.xlsx');
    await parts.writeTo(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    expect(Buffer.compare(await zip.file('xl/media/image1.png')!.async('nodebuffer'), PNG)).toBe(0);
    const wb = await readWorkbook(file);
    expect(wb.getWorksheet('考核表')!.getCell('A2').value).toBe('张三');
    expect(wb.getWorksheet('考核表')!.getCell('B2').value).toBe(87.5);
    expect(wb.getWorksheet('考核表')!.getCell('A4').isMerged).toBe(true);
  });

  it('finishes a write the file system took only part of (short writes), the package intact', async () => {
    const create = ZipWriter.create.bind(ZipWriter);
    let calls = 0;
    const spy = vi.spyOn(ZipWriter, 'create').mockImplementation(async (file: string) => {
      const writer = await create(file);
      type Write = (b: Buffer, offset: number, length: number) => Promise<{ bytesWritten: number }>;
      const handle = (writer as unknown as { handle: { write: Write } }).handle;
      const write = handle.write.bind(handle);
      handle.write = (b, offset, length) => {
        calls++;
        return write(b, offset, Math.min(length, 1000));
      };
      return writer;
    });
    try {
      const file = path.join(tempDir(), 'short.xlsx');
      await (await writeParts(sampleBook())).writeTo(file);
      expect(calls).toBeGreaterThan(3);
      const wb = await readWorkbook(file);
      expect(wb.getWorksheet('考核表')!.getCell('B2').value).toBe(87.5);
      expect(wb.getWorksheet('第二页')!.getCell('A1').value).toBe('𠀀 surrogate');
    } finally {
      spy.mockRestore();
    }
  });

  it('edits parts through the JSZip-like file() the chart and link editors use', async () => {
    const parts = new PackageParts();
    expect(parts.file('a.xml')).toBeNull();
    parts.file('a.xml', '<a>甲</a>');
    expect(await parts.file('a.xml')!.async('string')).toBe('<a>甲</a>');
    expect(parts.bytes('a.xml')).toEqual(Buffer.from('<a>甲</a>', 'utf8'));
    parts.remove('a.xml');
    expect(parts.has('a.xml')).toBe(false);
  });

  it('inflates a part only within the size limit, and names a damaged part', async () => {
    const big = Buffer.alloc(64 * 1024, 0x41);
    const zip = new JSZip();
    zip.file('big.xml', big);
    zip.file('small.xml', '<x/>');
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const dir = readZipDirectory(buffer);
    if (!dir.ok) throw new Error('unreadable');
    // 64 KB inflated against a 1 KB limit: refused, not inflated whole.
    const capped = PackageParts.ofZip(buffer, dir.entries, 1024);
    expect(capped.text('small.xml')).toBe('<x/>');
    expect(() => capped.text('big.xml')).toThrow(RangeError);
    // A local header that is not where the directory says.
    const entry = dir.entries.find((e) => e.name === 'small.xml')!;
    const damaged = PackageParts.ofZip(buffer, [{ ...entry, localHeaderOffset: entry.localHeaderOffset + 1 }], 1024);
    expect(() => damaged.text('small.xml')).toThrow(/small\.xml/);
  });

  it('decodes a part once while readingTexts runs (workbookFixups.ts), and gives a part set or removed meanwhile as it now is', async () => {
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', '<worksheet>甲</worksheet>');
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const dir = readZipDirectory(buffer);
    if (!dir.ok) throw new Error('unreadable');
    const parts = PackageParts.ofZip(buffer, dir.entries, 1024);
    const seen = parts.readingTexts(() => {
      const first = parts.text('xl/worksheets/sheet1.xml');
      const again = parts.text('xl/worksheets/sheet1.xml');
      parts.set('xl/worksheets/sheet1.xml', Buffer.from('<worksheet>乙</worksheet>', 'utf8'));
      const edited = parts.text('xl/worksheets/sheet1.xml');
      parts.remove('xl/worksheets/sheet1.xml');
      return [first, again, edited, parts.text('xl/worksheets/sheet1.xml')];
    });
    expect(seen).toEqual(['<worksheet>甲</worksheet>', '<worksheet>甲</worksheet>', '<worksheet>乙</worksheet>', null]);
  });

  it('leaves JSZip as it was for any other buffer', async () => {
    const buffer = await zipOf(sampleBook());
    const zip = await JSZip.loadAsync(buffer);
    expect(Object.keys(zip.files)).toContain('xl/workbook.xml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(wb.getWorksheet('考核表')!.getCell('A2').value).toBe('张三');
  });
});
