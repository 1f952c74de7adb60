import { files, type OpenFile } from './fileSystem.js';
import { shownName, shownPath } from './shownName.js';
import type { Problem } from '../model/problem.js';
import { amend, fsReason, problem, type ParamsOf, type ProblemCode } from '../model/problems/index.js';
import { decodeText, type TextEncodingName } from './textDecode.js';
import { checkXmlParts, type XmlMark } from './xmlGuard.js';
import { checkZip, formatSize, inflateEntryCapped, readZipDirectory, zipLimits, type ZipEntry, type ZipLimits } from './zipGuard.js';

// What a file really is, decided from its bytes (never its extension) before anything parses it.
// Users send legacy .xls, WPS .et, password-protected workbooks, HTML pages named .xls, CSV named
// .xlsx, .ods/.numbers, Word files, half-downloaded files and worse; each gets one Chinese line
// saying what it is and what to do. Nothing here throws for bad input or writes to the file.

/** A file that passed the checks, with the format its bytes say it is (see formats/ for the readers). */
export type Sniffed =
  | { ok: true; kind: 'xlsx'; buffer: Buffer; entries: ZipEntry[]; marks: Set<XmlMark>; /** Parts the guard inflated, for the reader. */ parts: Map<string, Buffer> }
  | { ok: true; kind: 'csv'; buffer: Buffer; encoding: TextEncodingName }
  | { ok: true; kind: 'html'; buffer: Buffer; encoding: TextEncodingName };

export type SniffResult = Sniffed | { ok: false; problem: Problem };

export interface SniffOptions {
  /** Largest text file, and largest uncompressed workbook part (--max-size). */
  maxSize: number;
  /** CSV encoding given by the user (--encoding); absent = detect. */
  encoding?: string;
  /** Overrides of the zip limits derived from maxSize (see zipLimits). */
  zip?: Partial<ZipLimits>;
}

const OLE2_MAGIC = Buffer.from('d0cf11e0a1b11ae1', 'hex');

/** Decides what `file` is and reads it, or says in one line why it cannot be used. */
export async function sniffFile(file: string, opts: SniffOptions): Promise<SniffResult> {
  try {
    return await sniff(file, opts);
  } catch (err) {
    return { ok: false, problem: fsProblem(file, err) };
  }
}

function refuse<C extends ProblemCode>(file: string, code: C, params: ParamsOf<C>): SniffResult {
  return { ok: false, problem: problem(code, params, { file }) };
}

/** The one-line message for a file-system error (missing, no permission, folder, locked…). */
export function fsProblem(file: string, err: unknown): Problem {
  return problem('file-unreadable', { name: shownName(file), case: 'fs', path: shownPath(file), reason: fsReason(err) }, { file });
}

async function sniff(file: string, opts: SniffOptions): Promise<SniffResult> {
  const name = shownName(file);
  const st = await files.stat(file);
  if (st.isDirectory()) return refuse(file, 'file-unreadable', { name, case: 'fs', path: shownPath(file), reason: { kind: 'folder', code: 'EISDIR', message: 'EISDIR' } });
  if (!st.isFile()) return refuse(file, 'file-unreadable', { name, case: 'not-regular' });
  if (st.size === 0) return refuse(file, 'file-empty', { name, case: 'zero-bytes' });

  const fh = await files.open(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(8, st.size));
    await fh.read(head, 0, head.length, 0);
    const limits: ZipLimits = { ...zipLimits(opts.maxSize), ...opts.zip };

    if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && [0x0304, 0x0506, 0x0708].includes(head.readUInt16BE(2))) {
      if (st.size > limits.maxTotalSize) {
        return refuse(file, 'too-large', { name, case: 'file', size: formatSize(st.size), limit: formatSize(limits.maxTotalSize), workbook: true });
      }
      return await sniffZip(file, await fh.readFile(), limits);
    }
    if (head.length === 8 && head.equals(OLE2_MAGIC)) {
      return await sniffOle2(file, fh, st.size);
    }
    if (st.size > opts.maxSize) {
      return refuse(file, 'too-large', { name, case: 'file', size: formatSize(st.size), limit: formatSize(opts.maxSize) });
    }
    return sniffText(file, await fh.readFile(), opts.encoding);
  } finally {
    await fh.close().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// zip: xlsx, or say what else it is

async function sniffZip(file: string, buffer: Buffer, limits: ZipLimits): Promise<SniffResult> {
  const name = shownName(file);
  const dir = readZipDirectory(buffer);
  if (!dir.ok) {
    return refuse(file, 'file-unreadable', dir.reason === 'no-eocd' ? { name, case: 'zip-truncated' } : { name, case: 'zip-damaged', detail: dir.detail });
  }
  const names = new Set(dir.entries.map((e) => e.name));
  const has = (n: string) => names.has(n);
  if (has('[Content_Types].xml') && has('xl/workbook.xml')) {
    const zip = checkZip(buffer, limits, file);
    if (!zip.ok) return zip;
    const xml = await checkXmlParts(buffer, zip.entries, limits.maxEntrySize, { file, maxTotalSize: limits.maxTotalSize });
    if (!xml.ok) return xml;
    return { ok: true, kind: 'xlsx', buffer, entries: zip.entries, marks: xml.marks, parts: xml.parts };
  }
  if (has('xl/workbook.bin')) {
    return refuse(file, 'file-kind', { name, kind: 'xlsb' });
  }
  const mimetype = dir.entries.find((e) => e.name === 'mimetype');
  if (mimetype) {
    const r = inflateEntryCapped(buffer, mimetype, 1024);
    const type = r.ok ? r.data.toString('latin1').trim() : '';
    if (type === 'application/vnd.oasis.opendocument.spreadsheet' || type === 'application/vnd.oasis.opendocument.spreadsheet-template') {
      return refuse(file, 'file-kind', { name, kind: 'ods' });
    }
    if (type.startsWith('application/vnd.oasis.opendocument.')) {
      return refuse(file, 'file-kind', { name, kind: 'opendocument', type: type.slice('application/vnd.oasis.opendocument.'.length) });
    }
    if (type.startsWith('application/epub')) {
      return refuse(file, 'file-kind', { name, kind: 'epub' });
    }
  }
  if (dir.entries.some((e) => e.name.startsWith('Index/') && e.name.endsWith('.iwa'))) {
    return refuse(file, 'file-kind', { name, kind: 'numbers' });
  }
  if (has('word/document.xml')) {
    return refuse(file, 'file-kind', { name, kind: 'docx' });
  }
  if (has('ppt/presentation.xml')) {
    return refuse(file, 'file-kind', { name, kind: 'pptx' });
  }
  if (has('[Content_Types].xml') && dir.entries.some((e) => e.name.startsWith('xl/'))) {
    return refuse(file, 'file-unreadable', { name, case: 'no-workbook-part' });
  }
  // A workbook's parts without the package's table of contents: a damaged workbook, not an archive to unzip.
  if (has('xl/workbook.xml')) {
    return refuse(file, 'file-unreadable', { name, case: 'no-workbook-part', part: '[Content_Types].xml' });
  }
  const files = dir.entries.filter((e) => !e.name.endsWith('/'));
  const sample = files.slice(0, 3).map((e) => e.name);
  return refuse(
    file,
    'file-kind',
    files.length ? { name, kind: 'zip', count: files.length, sample } : { name, kind: 'empty-zip' },
  );
}

// ---------------------------------------------------------------------------------------------
// OLE2 compound file: legacy .xls/.et, or an encrypted OOXML workbook

type ReadAt = (pos: number, len: number) => Promise<Buffer>;

const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;

/**
 * The names in a compound file's directory (storages and streams), read by following the
 * directory's sector chain through the FAT; null when the structure is not sound.
 */
export async function ole2Names(readAt: ReadAt, size: number): Promise<string[] | null> {
  const header = await readAt(0, 512);
  if (header.length < 512 || !header.subarray(0, 8).equals(OLE2_MAGIC)) return null;
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const ss = 1 << shift;
  const perSector = ss / 4;
  const maxSectors = Math.ceil(size / ss) + 1;
  const numFat = header.readUInt32LE(0x2c);
  const firstDir = header.readUInt32LE(0x30);
  let difatSector = header.readUInt32LE(0x44);
  const numDifat = header.readUInt32LE(0x48);
  if (numFat > maxSectors || numDifat > maxSectors) return null;

  // DIFAT: where the FAT sectors are (109 in the header, the rest chained).
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < numFat; i++) fatSectors.push(header.readUInt32LE(0x4c + i * 4));
  const seenDifat = new Set<number>();
  while (fatSectors.length < numFat && difatSector !== ENDOFCHAIN && difatSector !== FREESECT) {
    if (seenDifat.has(difatSector) || difatSector >= maxSectors) return null;
    seenDifat.add(difatSector);
    const s = await readAt((difatSector + 1) * ss, ss);
    if (s.length < ss) return null;
    for (let i = 0; i < perSector - 1 && fatSectors.length < numFat; i++) fatSectors.push(s.readUInt32LE(i * 4));
    difatSector = s.readUInt32LE(ss - 4);
  }
  const fatCache = new Map<number, Buffer>();
  const next = async (sector: number): Promise<number | null> => {
    const fs = fatSectors[Math.floor(sector / perSector)];
    if (fs === undefined || fs >= maxSectors) return null;
    let fat = fatCache.get(fs);
    if (!fat) {
      fat = await readAt((fs + 1) * ss, ss);
      if (fat.length < ss) return null;
      fatCache.set(fs, fat);
    }
    return fat.readUInt32LE((sector % perSector) * 4);
  };

  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector: number | null = firstDir; sector !== ENDOFCHAIN; sector = await next(sector)) {
    if (sector === null || sector >= maxSectors || seen.has(sector)) return names.length ? names : null;
    seen.add(sector);
    const dir = await readAt((sector + 1) * ss, ss);
    if (dir.length < ss) return names.length ? names : null;
    for (let off = 0; off + 128 <= ss; off += 128) {
      const type = dir[off + 0x42];
      const nameLen = dir.readUInt16LE(off + 0x40);
      if ((type !== 1 && type !== 2 && type !== 5) || nameLen < 2 || nameLen > 64) continue;
      names.push(dir.subarray(off, off + nameLen - 2).toString('utf16le'));
    }
    if (names.length > 100_000) break;
  }
  return names;
}

async function sniffOle2(file: string, fh: OpenFile, size: number): Promise<SniffResult> {
  const name = shownName(file);
  const readAt: ReadAt = async (pos, len) => {
    if (pos >= size) return Buffer.alloc(0);
    const b = Buffer.alloc(Math.min(len, size - pos));
    const { bytesRead } = await fh.read(b, 0, b.length, pos);
    return b.subarray(0, bytesRead);
  };
  let names = await ole2Names(readAt, size).catch(() => null);
  if (!names) {
    // Damaged or unusual directory: look for the stream names in the first MB instead.
    const first = await readAt(0, 1024 * 1024);
    names = ['EncryptionInfo', 'EncryptedPackage', 'Workbook', 'Book', 'WordDocument', 'PowerPoint Document'].filter((n) =>
      first.includes(Buffer.from(n, 'utf16le')),
    );
  }
  const has = (n: string) => names.some((x) => x.toLowerCase() === n.toLowerCase());
  if (has('EncryptionInfo') || has('EncryptedPackage')) {
    return refuse(file, 'file-encrypted', { name });
  }
  if (has('WordDocument')) return refuse(file, 'file-kind', { name, kind: 'doc' });
  if (has('PowerPoint Document')) return refuse(file, 'file-kind', { name, kind: 'ppt' });
  return refuse(file, 'file-kind', { name, kind: 'xls' });
}

// ---------------------------------------------------------------------------------------------
// text: CSV or an HTML table (or something we can name and refuse)

const BINARY_MAGIC: [Buffer, string][] = [
  [Buffer.from('%PDF-'), 'PDF 文件'],
  [Buffer.from('89504e47', 'hex'), 'PNG 图片'],
  [Buffer.from('ffd8ff', 'hex'), 'JPEG 图片'],
  [Buffer.from('GIF8'), 'GIF 图片'],
  [Buffer.from('1f8b', 'hex'), 'gzip 压缩包'],
  [Buffer.from('Rar!'), 'RAR 压缩包'],
  [Buffer.from('377abcaf271c', 'hex'), '7z 压缩包'],
  [Buffer.from('{\\rtf'), 'RTF 文档'],
];

function hasBom(b: Buffer): boolean {
  return (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

/** Share of control characters (other than tab, line breaks, form feed, Ctrl-Z) in a sample. */
function controlShare(text: string): number {
  const n = Math.min(text.length, 64 * 1024);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1a) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / n;
}

function nulShare(text: string): number {
  const n = Math.min(text.length, 64 * 1024);
  let nul = 0;
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 0) nul++;
  return n ? nul / n : 0;
}

/** A decoding problem (textDecode knows no file) with the file's name and place. */
function named(p: Problem, file: string): Problem {
  return amend(p, { name: shownName(file) }, { file });
}

function sniffText(file: string, buffer: Buffer, encoding: string | undefined): SniffResult {
  const name = shownName(file);
  for (const [magic, what] of BINARY_MAGIC) {
    if (buffer.length >= magic.length && buffer.subarray(0, magic.length).equals(magic)) {
      return refuse(file, 'file-kind', { name, kind: 'other', what });
    }
  }
  if (name.startsWith('~$')) {
    return refuse(file, 'file-kind', { name, kind: 'lock-file' });
  }
  const decoded = decodeText(buffer, encoding);
  if ('problem' in decoded && decoded.problem.code === 'too-large') {
    return { ok: false, problem: named(decoded.problem, file) };
  }
  if ('problem' in decoded) {
    // Undecodable bytes with NULs or many control bytes are some binary format, not a text encoding issue.
    if (!encoding && !hasBom(buffer) && controlShare(buffer.subarray(0, 64 * 1024).toString('latin1')) > 0.01) {
      return refuse(file, 'file-kind', { name, kind: 'unrecognised' });
    }
    return { ok: false, problem: named(decoded.problem, file) };
  }
  const text = decoded.text;
  // Text that decoded cleanly is refused only when it looks like no text at all: NULs (a binary format that happens to
  // decode), or control characters in a quarter of it. A CSV whose every name holds a control character pasted from
  // another system (3 % of its characters) was refused as 「不是 CSV 文本」; where read, each becomes a zero-width space.
  if (nulShare(text) > 0.01 || controlShare(text) > 0.25) return refuse(file, 'file-kind', { name, kind: 'unrecognised' });

  const start = text.replace(/^[\ufeff\s]+/, '').slice(0, 64 * 1024);
  const lower = start.toLowerCase();
  if (lower.startsWith('<?xml')) {
    if (/<(\w+:)?workbook[\s>]/i.test(start) && /urn:schemas-microsoft-com:office:spreadsheet|progid="excel\.sheet"/i.test(start)) {
      return refuse(file, 'file-kind', { name, kind: 'spreadsheetml' });
    }
    if (/<html[\s>]/i.test(start)) return { ok: true, kind: 'html', buffer, encoding: decoded.encoding };
    return refuse(file, 'file-kind', { name, kind: 'xml' });
  }
  const htmlStarts = ['<html', '<!doctype html', '<table', '<head', '<meta', '<body', '<title', '<style'];
  if (htmlStarts.some((s) => lower.startsWith(s)) || (lower.startsWith('<') && /<table[\s>]/.test(lower))) {
    return { ok: true, kind: 'html', buffer, encoding: decoded.encoding };
  }
  if (/^[\s,;\t\uff0c]*$/.test(text.replace(/^\ufeff/, ''))) {
    return refuse(file, 'file-empty', { name, case: 'no-content' });
  }
  return { ok: true, kind: 'csv', buffer, encoding: decoded.encoding };
}
