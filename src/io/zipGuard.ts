import { shownName } from './shownName.js';
import zlib from 'node:zlib';
import type { Problem } from '../model/problem.js';
import { problem, type ParamsOf } from '../model/problems/index.js';
import { DEFAULT_MAX_SIZE, MiB } from './inputSize.js';

// exceljs (through jszip) inflates every part of a workbook into a string with no size limit, so a
// few hundred KB of zip can take gigabytes. Everything here reads the zip's own directory and
// decides before anything is inflated; inflating itself is always capped, because the sizes a
// zip declares can lie.


export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; anything else is refused. */
  method: number;
  /** General-purpose flags; bit 0 = encrypted, bit 3 = data descriptor, bit 11 = UTF-8 name. */
  flags: number;
  crc32: number;
  compressedSize: number;
  /** As declared in the central directory (ZIP64 extra field if present): not to be trusted. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Largest declared uncompressed size of one part. */
  maxEntrySize: number;
  /** Largest sum of declared uncompressed sizes. */
  maxTotalSize: number;
  /** Largest uncompressed/compressed ratio of one part (only checked for parts over ratioMinSize). */
  maxRatio: number;
  /** Most parts in one zip. */
  maxEntries: number;
  /** Parts at most this big (declared) are not ratio-checked; default 1 MB. */
  ratioMinSize?: number;
}

export const MAX_RATIO = 200;

/** The limits used for a given --max-size (largest part): total 2×, ratio 200:1 over 1 MB, 10,000 parts. */
export function zipLimits(maxSize: number = DEFAULT_MAX_SIZE): ZipLimits {
  return { maxEntrySize: maxSize, maxTotalSize: 2 * maxSize, maxRatio: MAX_RATIO, maxEntries: 10_000, ratioMinSize: MiB };
}

/**
 * What an entry may inflate to, whatever its directory declares: the ratio limit on the bytes actually there. A zip
 * whose directory says 5,000 bytes for 90 MB of XML passed the declared-size checks; it stops here, at 200 × its
 * compressed size (1 MB at least), as its honest twin stops at the directory check.
 */
function inflateBound(entry: ZipEntry, cap: number): { bound: number; byRatio: boolean } {
  const ratio = Math.max(MiB, MAX_RATIO * entry.compressedSize);
  return ratio < cap ? { bound: ratio, byRatio: true } : { bound: cap, byRatio: false };
}

const ratioDetail = (entry: ZipEntry) => `inflates past ${MAX_RATIO}:1 of its ${entry.compressedSize} compressed bytes (declared ${entry.uncompressedSize})`;

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[]; zip64: boolean; declaredCount: number }
  | { ok: false; reason: 'no-eocd' | 'corrupt'; detail: string };

/** `300 MB`, `4 KB`, `1.1 GB` (binary units, as --max-size reads them). */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes)) return '无限大';
  const units: [number, string][] = [
    [1024 ** 4, 'TB'],
    [1024 ** 3, 'GB'],
    [MiB, 'MB'],
    [1024, 'KB'],
  ];
  for (const [unit, label] of units) {
    if (bytes >= unit) {
      const v = bytes / unit;
      const s = v >= 10 || Number.isInteger(v) ? String(Math.round(v)) : v.toFixed(1).replace(/\.0$/, '');
      return `${s} ${label}`;
    }
  }
  return `${bytes} 字节`;
}


function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(v);
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

/** Reads the End Of Central Directory (ZIP64 too) and the central directory; never throws. */
export function readZipDirectory(buffer: Buffer): ZipDirectory {
  try {
    return readDirectory(buffer);
  } catch (err) {
    return { ok: false, reason: 'corrupt', detail: err instanceof Error ? err.message : String(err) };
  }
}

// One decoder for every name: making one per entry was a third of reading a directory of 2,000 parts.
const NAME_DECODER = new TextDecoder('utf-8');

function readDirectory(buf: Buffer): ZipDirectory {
  const len = buf.length;
  let eocd = -1;
  for (let i = len - 22; i >= Math.max(0, len - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === SIG_EOCD && i + 22 + buf.readUInt16LE(i + 20) <= len) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'no-eocd', detail: "Can't find end of central directory" };

  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  let zip64 = false;
  const loc = eocd - 20;
  if (loc >= 0 && buf.readUInt32LE(loc) === SIG_ZIP64_LOCATOR) {
    const at = u64(buf, loc + 8);
    if (!(at + 56 <= len) || buf.readUInt32LE(at) !== SIG_ZIP64_EOCD) {
      return { ok: false, reason: 'corrupt', detail: 'bad ZIP64 end of central directory' };
    }
    zip64 = true;
    count = u64(buf, at + 32);
    cdSize = u64(buf, at + 40);
    cdOffset = u64(buf, at + 48);
  } else if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    return { ok: false, reason: 'corrupt', detail: 'ZIP64 sizes without a ZIP64 locator' };
  }
  if (!(cdOffset + cdSize <= len)) {
    return { ok: false, reason: 'corrupt', detail: 'central directory outside the file' };
  }

  const entries: ZipEntry[] = [];
  const end = cdOffset + cdSize;
  let p = cdOffset;
  // Each central record is at least 46 bytes: the walk is bounded by the directory's size.
  while (entries.length < count) {
    if (p + 46 > end || buf.readUInt32LE(p) !== SIG_CENTRAL) {
      return { ok: false, reason: 'corrupt', detail: `central directory entry ${entries.length + 1} is damaged` };
    }
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc32 = buf.readUInt32LE(p + 16);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localHeaderOffset = buf.readUInt32LE(p + 42);
    const nameEnd = p + 46 + nameLen;
    const extraEnd = nameEnd + extraLen;
    if (extraEnd + commentLen > end) {
      return { ok: false, reason: 'corrupt', detail: `central directory entry ${entries.length + 1} is damaged` };
    }
    const name = NAME_DECODER.decode(buf.subarray(p + 46, nameEnd));
    // ZIP64 extended information: only the fields whose 32-bit value is 0xFFFFFFFF, in this order.
    for (let x = nameEnd; x + 4 <= extraEnd; ) {
      const id = buf.readUInt16LE(x);
      const size = buf.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let f = x + 4;
        const fEnd = Math.min(x + 4 + size, extraEnd);
        if (uncompressedSize === 0xffffffff && f + 8 <= fEnd) { uncompressedSize = u64(buf, f); f += 8; }
        if (compressedSize === 0xffffffff && f + 8 <= fEnd) { compressedSize = u64(buf, f); f += 8; }
        if (localHeaderOffset === 0xffffffff && f + 8 <= fEnd) { localHeaderOffset = u64(buf, f); f += 8; }
        zip64 = true;
      }
      x += 4 + size;
    }
    entries.push({ name, method, flags, crc32, compressedSize, uncompressedSize, localHeaderOffset });
    p = extraEnd + commentLen;
  }
  return { ok: true, entries, zip64, declaredCount: count };
}

/** Where an entry's compressed bytes are, from its local header; null when the header is damaged. */
export function entryData(buffer: Buffer, entry: ZipEntry): Buffer | null {
  const at = entry.localHeaderOffset;
  if (!(at + 30 <= buffer.length) || buffer.readUInt32LE(at) !== SIG_LOCAL) return null;
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (!(end <= buffer.length)) return null;
  return buffer.subarray(start, end);
}

export type ZipCheck = { ok: true; entries: ZipEntry[] } | { ok: false; problem: Problem };

/**
 * Reads the zip's directory and refuses, before anything is inflated, a zip whose declared sizes,
 * compression ratios or entry count exceed the limits, or that is damaged, encrypted or uses a
 * compression method other than deflate. `file` names the file in messages.
 */
export function checkZip(buffer: Buffer, limits: ZipLimits, file?: string): ZipCheck {
  const at = file === undefined ? {} : { file };
  const name = file === undefined ? '' : shownName(file);
  const fail = <C extends 'file-unreadable' | 'file-encrypted' | 'too-large'>(code: C, params: ParamsOf<C>): ZipCheck => ({
    ok: false,
    problem: problem(code, params, at),
  });
  const dir = readZipDirectory(buffer);
  if (!dir.ok) {
    return fail('file-unreadable', dir.reason === 'no-eocd' ? { name, case: 'zip-truncated', inZip: true } : { name, case: 'zip-damaged', detail: dir.detail });
  }
  const tooMany = (n: number) =>
    fail('too-large', { name, case: 'entries', count: n, limit: limits.maxEntries });
  if (dir.declaredCount > limits.maxEntries) return tooMany(dir.declaredCount);
  if (dir.entries.length > limits.maxEntries) return tooMany(dir.entries.length);

  // Two entries with one name (part names compare without case, ECMA-376 Part 2): which copy a reader takes
  // is up to the reader, so the data scored might not be the data Excel shows (issue 9 item 8).
  const seen = new Set<string>();
  for (const e of dir.entries) {
    const key = e.name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
    if (seen.has(key)) {
      return fail('file-unreadable', { name, case: 'part-duplicated', part: e.name });
    }
    seen.add(key);
  }

  const ratioMin = limits.ratioMinSize ?? MiB;
  let total = 0;
  for (const e of dir.entries) {
    if (e.flags & 0x1) {
      return fail('file-encrypted', { name, part: e.name });
    }
    if (e.name.endsWith('/') && e.uncompressedSize === 0) continue;
    if (e.method !== 0 && e.method !== 8) {
      return fail('file-unreadable', { name, case: 'part-method', part: e.name, method: e.method });
    }
    if (e.uncompressedSize > limits.maxEntrySize) {
      return fail('too-large', { name, case: 'part', part: e.name, size: formatSize(e.uncompressedSize), limit: formatSize(limits.maxEntrySize) });
    }
    if (e.uncompressedSize > ratioMin) {
      const ratio = e.compressedSize > 0 ? e.uncompressedSize / e.compressedSize : Number.POSITIVE_INFINITY;
      if (ratio > limits.maxRatio) {
        const shown = Number.isFinite(ratio) ? `${Math.round(ratio)}:1` : '无限大';
        return fail('too-large', { name, case: 'ratio', part: e.name, ratio: shown, packed: formatSize(e.compressedSize), size: formatSize(e.uncompressedSize), limit: limits.maxRatio });
      }
    }
    total += e.uncompressedSize;
    if (total > limits.maxTotalSize) {
      return fail('too-large', { name, case: 'total', size: formatSize(total), limit: formatSize(limits.maxTotalSize) });
    }
    if (entryData(buffer, e) === null) {
      return fail('file-unreadable', { name, case: 'part-truncated', part: e.name });
    }
  }
  return { ok: true, entries: dir.entries };
}

/** `ratio`: stopped by the ratio bound (inflateBound), not by the cap. */
export type Inflated =
  | { ok: true; data: Buffer }
  | { ok: false; reason: 'too-large' | 'corrupt'; detail: string; ratio?: true };

/**
 * Inflates one entry, stopping as soon as the output would exceed `cap` bytes whatever the
 * headers declare (zlib's maxOutputLength). Holds at most `cap` bytes.
 */
export function inflateEntryCapped(buffer: Buffer, entry: ZipEntry, cap: number): Inflated {
  const data = entryData(buffer, entry);
  if (data === null) return { ok: false, reason: 'corrupt', detail: 'local header or data out of range' };
  if (entry.method === 0) {
    if (data.length > cap) return { ok: false, reason: 'too-large', detail: `stored entry of ${data.length} bytes` };
    return { ok: true, data: Buffer.from(data) };
  }
  if (entry.method !== 8) return { ok: false, reason: 'corrupt', detail: `compression method ${entry.method}` };
  const { bound, byRatio } = inflateBound(entry, cap);
  try {
    return { ok: true, data: zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, bound) }) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      return byRatio ? { ok: false, reason: 'too-large', detail: ratioDetail(entry), ratio: true } : { ok: false, reason: 'too-large', detail: e.message };
    }
    return { ok: false, reason: 'corrupt', detail: e.message };
  }
}

export type Streamed = { ok: true; size: number } | { ok: false; reason: 'too-large' | 'corrupt'; size: number; detail: string; ratio?: true };

/**
 * Inflates one entry chunk by chunk without keeping the output: calls `onChunk` for each piece
 * (return false to stop early), and stops once more than `cap` bytes came out. Memory stays at one
 * chunk (256 KB inflated, 64 KB of a stored entry) whatever the entry holds.
 */
export function streamEntry(
  buffer: Buffer,
  entry: ZipEntry,
  cap: number,
  onChunk: (chunk: Buffer) => boolean | void = () => true,
): Promise<Streamed> {
  const data = entryData(buffer, entry);
  if (data === null) return Promise.resolve({ ok: false, reason: 'corrupt', size: 0, detail: 'local header or data out of range' });
  if (entry.method === 0) {
    if (data.length > cap) return Promise.resolve({ ok: false, reason: 'too-large', size: data.length, detail: 'stored entry over the cap' });
    for (let i = 0; i < data.length; i += 64 * 1024) {
      if (onChunk(data.subarray(i, Math.min(data.length, i + 64 * 1024))) === false) break;
    }
    return Promise.resolve({ ok: true, size: data.length });
  }
  if (entry.method !== 8) {
    return Promise.resolve({ ok: false, reason: 'corrupt', size: 0, detail: `compression method ${entry.method}` });
  }
  return new Promise((resolve) => {
    // 256 KB at a time: a 40 MB sheet in 64 KB chunks was 650 round trips to zlib's thread, a sixth of the check's time.
    const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    let size = 0;
    let done = false;
    const finish = (r: Streamed) => {
      if (done) return;
      done = true;
      inflater.removeAllListeners('data');
      inflater.destroy();
      resolve(r);
    };
    const { bound, byRatio } = inflateBound(entry, cap);
    inflater.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > bound) {
        finish(byRatio ? { ok: false, reason: 'too-large', size, detail: ratioDetail(entry), ratio: true } : { ok: false, reason: 'too-large', size, detail: `more than ${cap} bytes` });
        return;
      }
      if (onChunk(chunk) === false) finish({ ok: true, size });
    });
    inflater.on('end', () => finish({ ok: true, size }));
    inflater.on('error', (err: Error) => finish({ ok: false, reason: 'corrupt', size, detail: err.message }));
    inflater.end(data);
  });
}
