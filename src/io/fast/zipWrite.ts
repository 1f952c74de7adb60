import { files, type OpenFile } from '../fileSystem.js';
import zlib from 'node:zlib';
import { entryData, type ZipEntry } from '../zipGuard.js';

// Writes a zip part by part: parts of the input are copied as their compressed bytes (never inflated,
// so whatever exceljs would drop — charts, pivot caches, images — is kept byte for byte), new and
// rewritten parts are deflated as they are produced. No ZIP64: a graded workbook stays far below 4 GB.

interface Written {
  name: Buffer;
  /** General-purpose flags: UTF-8 names, and a data descriptor after a part streamed to the file. */
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
  time: number;
  date: number;
}

const LIMIT = 0xffffffff;
/** A part this large is deflated as a stream, as it comes; a smaller one in one call. */
const STREAM_FROM = 1024 * 1024;
/**
 * How far the XML may run ahead of its deflating. zlib deflates on a thread of its own: with its default 16 KB,
 * every chunk waited for the one before to be deflated, and the thread making the XML sat idle meanwhile.
 */
const AHEAD_BYTES = 4 * 1024 * 1024;
/** The buffers a part's text is encoded into when it comes in many strings. */
const PACK_BYTES = 256 * 1024;
/** Bytes queued before they are written: a workbook of 500 sheets has 2,000 parts. */
const FLUSH_BYTES = 1024 * 1024;
/** Bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;
/**
 * Bit 3: CRC and sizes follow the data (APPNOTE 4.4.4), for a part whose compressed bytes go to the file as they
 * come. Held until the part ended, 明细 of 50,000 people (16 MB deflated) sat in memory beside the largest heap
 * of the run. exceljs's own writer (archiver) marks every part this way: Excel, WPS and LibreOffice read it.
 */
const DATA_DESCRIPTOR = 0x0008;

export class ZipWriter {
  private readonly entries: Written[] = [];
  private offset = 0;
  private queued: Buffer[] = [];
  private queuedBytes = 0;

  private constructor(private readonly handle: OpenFile) {}

  static async create(file: string): Promise<ZipWriter> {
    return new ZipWriter(await files.open(file, 'wx'));
  }

  /** Copies an entry of `source` as it is (compressed bytes, CRC and sizes from its directory). */
  async copy(source: Buffer, entry: ZipEntry): Promise<void> {
    const data = entryData(source, entry);
    if (!data) throw new Error(`damaged zip entry ${entry.name}`);
    const { time, date } = dosTime(source, entry);
    await this.put(Buffer.from(entry.name, 'utf8'), entry.method, entry.crc32, data.length, entry.uncompressedSize, [data], time, date);
  }

  /**
   * Adds a part whose content comes as chunks (strings are UTF-8); deflated at a fast level. A part that
   * stays under STREAM_FROM bytes is deflated in one call: a deflate stream per part (its state and 256 KB
   * buffer) cost more than the deflating itself for the hundreds of small parts of a workbook.
   */
  async add(name: string, chunks: Iterable<string | Buffer> | AsyncIterable<string | Buffer>): Promise<void> {
    let crc = 0;
    let size = 0;
    let held: Buffer[] = [];
    // Set inside take(): typed so that the checks after the loop are not narrowed to the initial null.
    let streamed = null as { deflater: zlib.DeflateRaw; ended: Promise<void>; entry: Written } | null;
    const take = async (buf: Buffer) => {
      crc = zlib.crc32(buf, crc);
      size += buf.length;
      if (!streamed) {
        held.push(buf);
        if (size < STREAM_FROM) return;
        streamed = await this.startStreamed(name);
        for (const b of held) streamed.deflater.write(b);
        held = [];
      } else if (!streamed.deflater.write(buf)) {
        const d = streamed.deflater;
        await new Promise((r) => d.once('drain', r));
      }
      // What the deflater gave meanwhile goes to the file (queued in memory, it would be the whole part).
      if (this.queuedBytes >= FLUSH_BYTES) await this.flush();
    };
    // A part's first text is encoded as it is (most parts are one string); the text of a part that comes in many
    // (a sheet streamed a few rows at a time) is encoded into buffers of PACK_BYTES, not a buffer per string.
    let texts = 0;
    let pack: Buffer | null = null;
    let packed = 0;
    const flushPack = async () => {
      if (pack && packed) await take(pack.subarray(0, packed));
      pack = null;
      packed = 0;
    };
    for await (const chunk of chunks as AsyncIterable<string | Buffer>) {
      if (!chunk.length) continue;
      if (typeof chunk !== 'string') {
        await flushPack();
        await take(chunk);
        continue;
      }
      // At most 3 bytes per UTF-16 unit: a string that may not fit what is left goes into a fresh buffer.
      if (texts++ === 0 || chunk.length * 3 > PACK_BYTES) {
        await flushPack();
        await take(Buffer.from(chunk, 'utf8'));
        continue;
      }
      if (!pack || PACK_BYTES - packed < chunk.length * 3) {
        await flushPack();
        pack = Buffer.allocUnsafe(PACK_BYTES);
      }
      packed += pack.write(chunk, packed, 'utf8');
    }
    await flushPack();
    if (streamed) {
      streamed.deflater.end();
      await streamed.ended;
      await this.endStreamed(streamed.entry, crc >>> 0, size);
      return;
    }
    const data = held.length === 1 ? held[0]! : Buffer.concat(held);
    // An output buffer sized to the part: most parts are a few KB, and zlib's default 16 KB per call adds up.
    const out = zlib.deflateRawSync(data, { level: 1, chunkSize: Math.max(1024, Math.min(64 * 1024, data.length)) });
    const now = dosNow();
    await this.put(Buffer.from(name, 'utf8'), 8, crc >>> 0, out.length, size, [out], now.time, now.date);
  }

  /** The local header of a part streamed to the file (CRC and sizes in its data descriptor), and its deflater. */
  private async startStreamed(name: string): Promise<{ deflater: zlib.DeflateRaw; ended: Promise<void>; entry: Written }> {
    if (this.offset > LIMIT) throw new Error('graded workbook over 4 GB');
    const now = dosNow();
    const entry: Written = { name: Buffer.from(name, 'utf8'), flags: UTF8_NAME | DATA_DESCRIPTOR, method: 8, crc: 0, compressed: 0, size: 0, offset: this.offset, time: now.time, date: now.date };
    await this.write(Buffer.concat([localHeader(entry), entry.name]));
    // zlib's streams take the options of any stream (node's zlib.js passes them on); its types leave them out.
    const deflater = zlib.createDeflateRaw({ level: 1, chunkSize: 256 * 1024, writableHighWaterMark: AHEAD_BYTES } as zlib.ZlibOptions);
    deflater.on('data', (b: Buffer) => {
      entry.compressed += b.length;
      this.queue(b);
    });
    const ended = new Promise<void>((resolve, reject) => {
      deflater.on('end', resolve);
      deflater.on('error', reject);
    });
    return { deflater, ended, entry };
  }

  /** The data descriptor after a streamed part's bytes; the central directory gets the same figures. */
  private async endStreamed(entry: Written, crc: number, size: number): Promise<void> {
    if (entry.compressed > LIMIT || size > LIMIT) throw new Error('graded workbook over 4 GB');
    entry.crc = crc;
    entry.size = size;
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(crc, 4);
    d.writeUInt32LE(entry.compressed, 8);
    d.writeUInt32LE(size, 12);
    this.entries.push(entry);
    await this.write(d);
  }

  private async put(name: Buffer, method: number, crc: number, compressed: number, size: number, data: Buffer[], time: number, date: number): Promise<void> {
    if (this.offset > LIMIT || compressed > LIMIT || size > LIMIT) throw new Error('graded workbook over 4 GB');
    const entry = { name, flags: UTF8_NAME, method, crc, compressed, size, offset: this.offset, time, date };
    this.entries.push(entry);
    await this.write(Buffer.concat([localHeader(entry), name]));
    for (const b of data) await this.write(b);
  }

  /** Queues `b`; the queue goes to the file once it holds FLUSH_BYTES (one system call, not two per part). */
  private async write(b: Buffer): Promise<void> {
    this.queue(b);
    if (this.queuedBytes >= FLUSH_BYTES) await this.flush();
  }

  private queue(b: Buffer): void {
    this.queued.push(b);
    this.queuedBytes += b.length;
    this.offset += b.length;
  }

  private async flush(): Promise<void> {
    if (!this.queued.length) return;
    const b = this.queued.length === 1 ? this.queued[0]! : Buffer.concat(this.queued);
    this.queued = [];
    this.queuedBytes = 0;
    let done = 0;
    while (done < b.length) done += (await this.handle.write(b, done, b.length - done)).bytesWritten;
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) await this.write(Buffer.concat([centralHeader(e), e.name]));
    await this.write(endOfDirectory(this.entries.length, this.offset - start, start));
    await this.flush();
    await this.handle.close();
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

// The zip's records (APPNOTE 4.3.7, 4.3.12, 4.3.16): UTF-8 names, no extra fields, no ZIP64.

/** The fields a local header and its central directory entry share, in the same order, from byte `at`. */
function writeEntryFields(h: Buffer, at: number, e: Written): void {
  h.writeUInt16LE(e.flags, at - 2);
  h.writeUInt16LE(e.method, at);
  h.writeUInt16LE(e.time, at + 2);
  h.writeUInt16LE(e.date, at + 4);
  // A local header before a data descriptor says 0 (its entry is still being written); the central one, the figures.
  h.writeUInt32LE(e.crc >>> 0, at + 6);
  h.writeUInt32LE(e.compressed, at + 10);
  h.writeUInt32LE(e.size, at + 14);
  h.writeUInt16LE(e.name.length, at + 18);
}

function localHeader(e: Written): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4); // version needed
  writeEntryFields(h, 8, e);
  return h;
}

function centralHeader(e: Written): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4); // version made by
  h.writeUInt16LE(20, 6); // version needed
  writeEntryFields(h, 10, e);
  h.writeUInt32LE(e.offset, 42);
  return h;
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
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
