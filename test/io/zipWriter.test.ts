import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZipWriter } from '../../src/io/fast/zipWrite.js';
import { inflateEntryCapped, readZipDirectory } from '../../src/io/zipGuard.js';
import { tempDir } from '../helpers.js';

// The graded workbook of a large roster is written by ZipWriter: its big sheet parts are deflated as a stream
// while the XML is still being made (up to 4 MB ahead), small parts in one call. Both must read back byte for byte.
describe('ZipWriter', () => {
  it('writes a part that comes in many chunks, larger than the look-ahead, and small parts, all readable', async () => {
    const file = path.join(tempDir(), 'out.zip');
    const zip = await ZipWriter.create(file);
    // 12 MB of rows in 64 KB chunks: deflated as a stream, with waits for zlib past 4 MB buffered.
    const row = (i: number) => `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>员工${i}</t></is></c><c r="B${i}"><v>${(i * 7919) % 100}</v></c></row>`;
    const rows: string[] = [];
    for (let i = 1; i <= 120_000; i++) rows.push(row(i));
    const big = rows.join('');
    async function* chunks(): AsyncGenerator<string> {
      for (let at = 0; at < big.length; at += 64 * 1024) {
        yield big.slice(at, at + 64 * 1024);
        if (at % (1024 * 1024) === 0) await new Promise((r) => setImmediate(r));
      }
    }
    await zip.add('xl/worksheets/sheet1.xml', chunks());
    await zip.add('small.xml', ['<a>', '小', '</a>']);
    await zip.finish();

    const buffer = readFileSync(file);
    const dir = readZipDirectory(buffer);
    if (!dir.ok) throw new Error('unreadable zip');
    expect(dir.entries.map((e) => e.name)).toEqual(['xl/worksheets/sheet1.xml', 'small.xml']);
    const sheet = dir.entries[0]!;
    const bigBytes = Buffer.from(big, 'utf8');
    expect(bigBytes.length).toBeGreaterThan(12 * 1024 * 1024);
    expect(sheet.uncompressedSize).toBe(bigBytes.length);
    expect(sheet.crc32 >>> 0).toBe(zlib.crc32(bigBytes) >>> 0);
    const inflated = inflateEntryCapped(buffer, sheet, 64 * 1024 * 1024);
    if (!inflated.ok) throw new Error('part does not inflate');
    expect(inflated.data.equals(bigBytes)).toBe(true);
    // Streamed to the file as it was deflated: CRC and sizes follow the data (flag bit 3), the local header says 0
    // for them, and the descriptor after the data repeats the central directory's figures.
    expect(sheet.flags & 0x0808).toBe(0x0808);
    const local = sheet.localHeaderOffset;
    expect([buffer.readUInt32LE(local + 14), buffer.readUInt32LE(local + 18), buffer.readUInt32LE(local + 22)]).toEqual([0, 0, 0]);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const descriptor = dataStart + sheet.compressedSize;
    expect(buffer.readUInt32LE(descriptor)).toBe(0x08074b50);
    expect([buffer.readUInt32LE(descriptor + 4), buffer.readUInt32LE(descriptor + 8), buffer.readUInt32LE(descriptor + 12)]).toEqual([
      sheet.crc32 >>> 0,
      sheet.compressedSize,
      sheet.uncompressedSize,
    ]);
    // The small part, deflated in one call, has its figures in its local header and no descriptor.
    expect(dir.entries[1]!.flags & 0x0008).toBe(0);
    expect(dir.entries[1]!.localHeaderOffset).toBe(descriptor + 16);
    const small = inflateEntryCapped(buffer, dir.entries[1]!, 1024);
    if (!small.ok) throw new Error('small part does not inflate');
    expect(small.data.toString('utf8')).toBe('<a>小</a>');
  }, 60_000);

  it('keeps every byte of a part whose text comes in many strings of any size, with buffers between', async () => {
    const file = path.join(tempDir(), 'mixed.zip');
    const zip = await ZipWriter.create(file);
    // Strings are encoded into 256 KB buffers from the second on: near-full buffers, characters of 1 to 4 bytes
    // (😀 is two UTF-16 units, 4 bytes), empty strings, a Buffer in between and a string too long for any buffer.
    const pieces: Array<string | Buffer> = ['<sheet>'];
    for (let i = 0; i < 400; i++) pieces.push(`<c>${'王'.repeat(i * 7 % 900)}😀${'a'.repeat(i % 50)}</c>`, '');
    pieces.push(Buffer.from('<raw>字节</raw>', 'utf8'));
    pieces.push('长'.repeat(100_000)); // 300,000 bytes: more than a buffer holds
    for (let i = 0; i < 300; i++) pieces.push(`<d r="${i}">é${'表'.repeat(i)}</d>`);
    pieces.push('</sheet>');
    await zip.add('mixed.xml', pieces);
    await zip.finish();

    const expected = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
    const buffer = readFileSync(file);
    const dir = readZipDirectory(buffer);
    if (!dir.ok) throw new Error('unreadable zip');
    const entry = dir.entries[0]!;
    expect(entry.uncompressedSize).toBe(expected.length);
    expect(entry.crc32 >>> 0).toBe(zlib.crc32(expected) >>> 0);
    const inflated = inflateEntryCapped(buffer, entry, 64 * 1024 * 1024);
    if (!inflated.ok) throw new Error('part does not inflate');
    expect(inflated.data.equals(expected)).toBe(true);
  });
});
