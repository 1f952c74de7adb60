import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sniffFile } from '../../src/io/sniff.js';
import {
  checkZip,
  formatSize,
  inflateEntryCapped,
  readZipDirectory,
  streamEntry,
  zipLimits,
  type ZipEntry,
} from '../../src/io/zipGuard.js';
import { HOSTILE_DIR, makeHostile, repeatedDeflate, zip, zipChunks } from '../../scripts/make-hostile.mjs';
import { tempDir } from '../helpers.js';

const MiB = 1024 * 1024;
let files: Record<string, string>;
beforeAll(async () => {
  files = await makeHostile(HOSTILE_DIR);
}, 120_000);
afterEach(() => vi.restoreAllMocks());

const read = (name: string) => readFileSync(files[name]!);
const entry = (entries: ZipEntry[], name: string) => {
  const e = entries.find((x) => x.name === name);
  if (!e) throw new Error(`no ${name}`);
  return e;
};
function mustFail<T extends { ok: boolean }>(r: T): Extract<T, { ok: false }> {
  if (r.ok) throw new Error('expected a refusal');
  return r as Extract<T, { ok: false }>;
}

describe('checkZip', () => {
  it('lists a real workbook’s entries with their sizes', () => {
    const r = checkZip(read('ok.xlsx'), zipLimits());
    if (!r.ok) throw new Error(r.problem.message);
    const sheet = entry(r.entries, 'xl/worksheets/sheet1.xml');
    expect(sheet.method).toBe(8);
    expect(sheet.uncompressedSize).toBeGreaterThan(sheet.compressedSize);
    const inflated = inflateEntryCapped(read('ok.xlsx'), sheet, MiB);
    expect(inflated.ok && inflated.data.length).toBe(sheet.uncompressedSize);
    expect(inflated.ok && inflated.data.toString('utf8')).toContain('<sheetData>');
  });

  it('refuses the 1 GB bomb from its declared size, before inflating anything', async () => {
    const inflateSync = vi.spyOn(zlib, 'inflateRawSync');
    const inflateStream = vi.spyOn(zlib, 'createInflateRaw');
    const before = process.memoryUsage().rss;
    const r = mustFail(checkZip(read('zip-bomb.xlsx'), zipLimits(100 * MiB), files['zip-bomb.xlsx']));
    expect(r.problem.code).toBe('too-large');
    expect(r.problem.message).toBe(
      'zip-bomb.xlsx:压缩包内 xl/worksheets/sheet1.xml 解压后 1.1 GB,超过上限 100 MB(可用 --max-size 调整)',
    );
    // The whole sniff path too: refused without a single inflate call.
    const s = await sniffFile(files['zip-bomb.xlsx']!, { maxSize: 100 * MiB });
    expect(!s.ok && s.problem.code).toBe('too-large');
    expect(inflateSync).not.toHaveBeenCalled();
    expect(inflateStream).not.toHaveBeenCalled();
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MiB);
    // …and the spies do see inflation when there is some: a real workbook's parts are inflated (each small
    // part whole, in one call).
    expect((await sniffFile(files['ok.xlsx']!, { maxSize: 100 * MiB })).ok).toBe(true);
    expect(inflateSync).toHaveBeenCalled();
  });

  it('refuses by compression ratio when the size is within the limit', () => {
    const raw = repeatedDeflate(Buffer.from('<x>'), Buffer.alloc(MiB, 0x20), 50, Buffer.from('</x>'));
    const buf = Buffer.concat(zipChunks([{ name: 'xl/worksheets/sheet1.xml', raw }]));
    const r = mustFail(checkZip(buf, zipLimits(100 * MiB)));
    expect(r.problem.code).toBe('too-large');
    expect(r.problem.message).toMatch(/^压缩包内 xl\/worksheets\/sheet1\.xml 压缩比 \d+:1\(\d+ KB 解压为 50 MB\),超过上限 200:1/);
    // The same part under 1 MB is not ratio-checked: small parts compress well legitimately.
    expect(checkZip(buf, { ...zipLimits(100 * MiB), ratioMinSize: 64 * MiB }).ok).toBe(true);
  });

  it('refuses too many entries and too large a total', () => {
    const many = zip(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.xml`, data: 'x'.repeat(1000) })));
    const a = mustFail(checkZip(many, { ...zipLimits(), maxEntries: 4 }, '/tmp/many.xlsx'));
    expect(a.problem.message).toBe('many.xlsx:压缩包内有 5 个文件,超过上限 4 个,不像正常的工作簿,已拒绝读取');
    const b = mustFail(checkZip(many, { ...zipLimits(), maxTotalSize: 2500 }));
    expect(b.problem.code).toBe('too-large');
    expect(b.problem.message).toMatch(/工作簿解压后至少 2.9 KB,超过上限 2.4 KB/);
    expect(checkZip(many, { ...zipLimits(), maxEntries: 5, maxTotalSize: 5000 }).ok).toBe(true);
  });

  it('reads ZIP64 sizes and the ZIP64 end of central directory', () => {
    const buf = read('zip64-bomb.xlsx');
    const dir = readZipDirectory(buf);
    if (!dir.ok) throw new Error(dir.detail);
    expect(dir.zip64).toBe(true);
    expect(entry(dir.entries, 'xl/worksheets/sheet1.xml').uncompressedSize).toBe(5 * 1024 * MiB);
    expect(entry(dir.entries, 'xl/workbook.xml').uncompressedSize).toBeLessThan(10_000);
    expect(mustFail(checkZip(buf, zipLimits())).problem.message).toMatch(/sheet1\.xml 解压后 5 GB/);
  });

  it('says a truncated or damaged zip is incomplete, without throwing', () => {
    const t = mustFail(checkZip(read('truncated.xlsx'), zipLimits(), 'a/truncated.xlsx'));
    expect(t.problem.code).toBe('file-unreadable');
    expect(t.problem.message).toMatch(/^truncated\.xlsx:文件不完整/);
    // Central directory pointing past the end, and garbage: still a refusal, never an exception.
    const ok = Buffer.from(read('ok.xlsx'));
    ok.writeUInt32LE(0x7fffffff, ok.length - 6);
    expect(mustFail(checkZip(ok, zipLimits())).problem.code).toBe('file-unreadable');
    for (let n = 0; n < 200; n++) {
      const b = Buffer.from(read('ok.xlsx'));
      for (let k = 0; k < 8; k++) b[(n * 7919 + k * 104729) % b.length] = (n * 31 + k) & 0xff;
      expect(() => checkZip(b, zipLimits())).not.toThrow();
    }
  });

  it('refuses zip-level encryption and unknown compression methods', () => {
    const buf = Buffer.from(zip([{ name: 'a.xml', data: '<a/>' }]));
    const cd = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const enc = Buffer.from(buf);
    enc.writeUInt16LE(enc.readUInt16LE(cd + 8) | 1, cd + 8);
    expect(mustFail(checkZip(enc, zipLimits())).problem.code).toBe('file-encrypted');
    const m = Buffer.from(buf);
    m.writeUInt16LE(9, cd + 10); // deflate64
    expect(mustFail(checkZip(m, zipLimits())).problem.message).toMatch(/不支持的压缩方式\(9\)/);
  });
});

describe('capped inflation stops an entry that lies about its size', () => {
  it('the headers of the lying bomb pass checkZip', () => {
    const r = checkZip(read('zip-bomb-lying.xlsx'), zipLimits());
    expect(r.ok).toBe(true);
  });

  it('inflateEntryCapped stops at the cap', () => {
    const buf = read('zip-bomb-lying.xlsx');
    const dir = readZipDirectory(buf);
    if (!dir.ok) throw new Error(dir.detail);
    const sheet = entry(dir.entries, 'xl/worksheets/sheet1.xml');
    expect(sheet.uncompressedSize).toBe(4096);
    const before = process.memoryUsage().rss;
    const r = inflateEntryCapped(buf, sheet, 16 * MiB);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('too-large');
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MiB);
  });

  it('streamEntry counts past a lie with one chunk of memory', async () => {
    const buf = read('zip-bomb-lying.xlsx');
    const dir = readZipDirectory(buf);
    if (!dir.ok) throw new Error(dir.detail);
    const sheet = entry(dir.entries, 'xl/worksheets/sheet1.xml');
    let biggest = 0;
    const before = process.memoryUsage().rss;
    const r = await streamEntry(buf, sheet, 300 * MiB, (c) => {
      biggest = Math.max(biggest, c.length);
    });
    expect(r.ok).toBe(false);
    // Stopped by the bytes there, not by the cap: past 200 × its compressed size (its directory declared 4,096 bytes).
    expect(!r.ok && [r.reason, r.ratio]).toEqual(['too-large', true]);
    expect(r.size).toBeGreaterThan(200 * sheet.compressedSize);
    // At most one chunk (256 KB) past the bound, and no chunk larger.
    expect(r.size).toBeLessThan(200 * sheet.compressedSize + 256 * 1024 + 1);
    expect(biggest).toBeLessThanOrEqual(256 * 1024);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MiB);
  });

  it('a lying part is refused by its real ratio, as its honest twin is by the declared one (not scored at exit 0)', async () => {
    // 30 MB of one repeated cell, deflated to ~30 KB (≈ 1000:1); the directory declares 4,096 bytes.
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${'<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(750_000)}</sheetData></worksheet>`;
    const buf = zip([{ name: 'xl/worksheets/sheet1.xml', data: xml, declaredSize: 4096 }]);
    expect(checkZip(buf, zipLimits()).ok).toBe(true);
    const dir = readZipDirectory(buf);
    if (!dir.ok) throw new Error(dir.detail);
    const inflated = inflateEntryCapped(buf, entry(dir.entries, 'xl/worksheets/sheet1.xml'), 100 * MiB);
    expect(!inflated.ok && [inflated.reason, inflated.ratio]).toEqual(['too-large', true]);
    // Declared honestly, the directory check refuses it (ratio ≈ 1000:1 > 200:1).
    expect(checkZip(zip([{ name: 'xl/worksheets/sheet1.xml', data: xml }]), zipLimits()).ok).toBe(false);
    // A workbook with that part: refused by sniff with the ratio said, in a second, not scored for 26 s at 1 GB.
    const ok = readZipDirectory(read('ok.xlsx'));
    if (!ok.ok) throw new Error(ok.detail);
    const okBuf = read('ok.xlsx');
    const parts = ok.entries.map((e) => ({ name: e.name, data: e.name === 'xl/worksheets/sheet1.xml' ? xml : (inflateEntryCapped(okBuf, e, MiB) as { data: Buffer }).data, ...(e.name === 'xl/worksheets/sheet1.xml' ? { declaredSize: 4096 } : {}) }));
    const file = path.join(tempDir('kpi-lie-'), 'lying.xlsx');
    writeFileSync(file, zip(parts));
    const sniffed = await sniffFile(file, { maxSize: 100 * MiB });
    expect(!sniffed.ok && sniffed.problem.message).toMatch(/xl\/worksheets\/sheet1\.xml 压缩比 200:1 以上\(\d+ KB 解压为 \d+ MB 以上\),超过上限 200:1,疑似压缩炸弹/);
  });
});

describe('formatSize', () => {
  it('reads like --max-size', () => {
    expect(formatSize(100 * MiB)).toBe('100 MB');
    expect(formatSize(300 * MiB)).toBe('300 MB');
    expect(formatSize(1100 * MiB)).toBe('1.1 GB');
    expect(formatSize(4096)).toBe('4 KB');
    expect(formatSize(512)).toBe('512 字节');
  });
});
