import { promises as fs } from 'node:fs';
import zlib from 'node:zlib';
import { entryData, readZipDirectory, type ZipEntry } from '../zipGuard.js';

// Writes a zip part by part: parts of the input are copied as their compressed bytes (never inflated,
// so whatever exceljs would drop — charts, pivot caches, images — is kept byte for byte), new and
// rewritten parts are deflated as they are produced. No ZIP64: a graded workbook stays far below 4 GB.

interface Written {
  name: Buffer;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
  time: number;
  date: number;
}

const LIMIT = 0xffffffff;

export class ZipWriter {
  private readonly entries: Written[] = [];
  private offset = 0;

  private constructor(private readonly handle: fs.FileHandle) {}

  static async create(file: string): Promise<ZipWriter> {
    return new ZipWriter(await fs.open(file, 'wx'));
  }

  /** Copies an entry of `source` as it is (compressed bytes, CRC and sizes from its directory). */
  async copy(source: Buffer, entry: ZipEntry): Promise<void> {
    const data = entryData(source, entry);
    if (!data) throw new Error(`damaged zip entry ${entry.name}`);
    const { time, date } = dosTime(source, entry);
    await this.put(Buffer.from(entry.name, 'utf8'), entry.method, entry.crc32, data.length, entry.uncompressedSize, [data], time, date);
  }

  /** Adds a part whose content comes as chunks (strings are UTF-8); deflated at a fast level. */
  async add(name: string, chunks: Iterable<string | Buffer> | AsyncIterable<string | Buffer>): Promise<void> {
    const deflater = zlib.createDeflateRaw({ level: 1, chunkSize: 256 * 1024 });
    const out: Buffer[] = [];
    let crc = 0;
    let size = 0;
    deflater.on('data', (b: Buffer) => out.push(b));
    const ended = new Promise<void>((resolve, reject) => {
      deflater.on('end', resolve);
      deflater.on('error', reject);
    });
    for await (const chunk of chunks as AsyncIterable<string | Buffer>) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      if (!buf.length) continue;
      crc = zlib.crc32(buf, crc);
      size += buf.length;
      if (!deflater.write(buf)) await new Promise((r) => deflater.once('drain', r));
    }
    deflater.end();
    await ended;
    const compressed = out.reduce((n, b) => n + b.length, 0);
    const now = dosNow();
    await this.put(Buffer.from(name, 'utf8'), 8, crc >>> 0, compressed, size, out, now.time, now.date);
  }

  /** Adds a part already compressed (raw deflate) with its CRC and uncompressed size. */
  async addCompressed(name: string, data: Buffer[], crc: number, size: number): Promise<void> {
    const now = dosNow();
    await this.put(Buffer.from(name, 'utf8'), 8, crc >>> 0, data.reduce((n, b) => n + b.length, 0), size, data, now.time, now.date);
  }

  private async put(name: Buffer, method: number, crc: number, compressed: number, size: number, data: Buffer[], time: number, date: number): Promise<void> {
    if (this.offset > LIMIT || compressed > LIMIT || size > LIMIT) throw new Error('graded workbook over 4 GB');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressed, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    this.entries.push({ name, method, crc, compressed, size, offset: this.offset, time, date });
    await this.write(Buffer.concat([header, name]));
    for (const b of data) await this.write(b);
  }

  private async write(b: Buffer): Promise<void> {
    let done = 0;
    while (done < b.length) {
      const { bytesWritten } = await this.handle.write(b, done, b.length - done);
      done += bytesWritten;
    }
    this.offset += b.length;
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0800, 8);
      h.writeUInt16LE(e.method, 10);
      h.writeUInt16LE(e.time, 12);
      h.writeUInt16LE(e.date, 14);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([h, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    await this.handle.close();
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function dosTime(source: Buffer, entry: ZipEntry): { time: number; date: number } {
  const at = entry.localHeaderOffset;
  if (at + 14 <= source.length) return { time: source.readUInt16LE(at + 10), date: source.readUInt16LE(at + 12) };
  return dosNow();
}

/**
 * Raw deflate built chunk by chunk, synchronously: each chunk is compressed on its own and ends with a
 * sync flush (no final bit), so the pieces concatenate into one valid stream; finish() adds the final
 * empty block. Lets a synchronous producer keep only compressed bytes in memory.
 */
export class SyncDeflate {
  readonly chunks: Buffer[] = [];
  crc = 0;
  size = 0;
  push(data: Buffer): void {
    if (!data.length) return;
    this.crc = zlib.crc32(data, this.crc);
    this.size += data.length;
    this.chunks.push(zlib.deflateRawSync(data, { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
  }
  finish(): void {
    this.chunks.push(zlib.deflateRawSync(Buffer.alloc(0)));
  }
}

/**
 * Writes the zip `source` to `file` with every entry deflated by Node's zlib. exceljs and JSZip deflate in
 * JavaScript: writing a workbook stored (uncompressed) and deflating it here is several times faster.
 */
export async function deflatePackage(source: Buffer, file: string): Promise<void> {
  const dir = readZipDirectory(source);
  if (!dir.ok) throw new Error(`unreadable package: ${dir.detail ?? dir.reason}`);
  const zip = await ZipWriter.create(file);
  try {
    for (const entry of dir.entries) {
      const data = entryData(source, entry);
      if (!data) throw new Error(`damaged zip entry ${entry.name}`);
      await zip.add(entry.name, [entry.method === 0 ? data : zlib.inflateRawSync(data)]);
    }
    await zip.finish();
  } catch (err) {
    await zip.abort();
    throw err;
  }
}

/**
 * The zip `source` (checked by the zip guard: `entries` its directory, each part within `maxSize`) with every
 * entry stored, inflated by Node's zlib: JSZip, which exceljs loads with, then has nothing to inflate in
 * JavaScript. Each entry keeps its name, CRC and time.
 */
export function storedPackage(source: Buffer, entries: readonly ZipEntry[], maxSize: number): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = entryData(source, entry);
    if (!data) throw new Error(`damaged zip entry ${entry.name}`);
    const raw = entry.method === 0 ? data : zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxSize) });
    const name = Buffer.from(entry.name, 'utf8');
    const { time, date } = dosTime(source, entry);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(entry.crc32 >>> 0, 14);
    local.writeUInt32LE(raw.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(0x0800, 8);
    h.writeUInt16LE(0, 10);
    h.writeUInt16LE(time, 12);
    h.writeUInt16LE(date, 14);
    h.writeUInt32LE(entry.crc32 >>> 0, 16);
    h.writeUInt32LE(raw.length, 20);
    h.writeUInt32LE(raw.length, 24);
    h.writeUInt16LE(name.length, 28);
    h.writeUInt32LE(offset, 42);
    parts.push(local, name, raw);
    central.push(h, name);
    offset += 30 + name.length + raw.length;
    if (offset > LIMIT) throw new Error('package over 4 GB');
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
