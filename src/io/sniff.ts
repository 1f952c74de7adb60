import { open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { shownName, shownPath } from './shownName.js';
import { problem, type Problem, type ProblemCode } from '../model/problem.js';
import { decodeText, type TextEncodingName } from './textDecode.js';
import { checkXmlParts, type XmlMark } from './xmlGuard.js';
import { checkZip, formatSize, inflateEntryCapped, readZipDirectory, zipLimits, type ZipEntry, type ZipLimits } from './zipGuard.js';
import { firstLine } from '../engine/text.js';

// What a file really is, decided from its bytes (never its extension) before anything parses it.
// Users send legacy .xls, WPS .et, password-protected workbooks, HTML pages named .xls, CSV named
// .xlsx, .ods/.numbers, Word files, half-downloaded files and worse; each gets one Chinese line
// saying what it is and what to do. Nothing here throws for bad input or writes to the file.

/** A file that passed the checks, with the format its bytes say it is (see formats/ for the readers). */
export type Sniffed =
  | { ok: true; kind: 'xlsx'; buffer: Buffer; entries: ZipEntry[]; marks: Set<XmlMark> }
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
const SAVE_AS_XLSX = '请用 Excel/WPS 打开后另存为 .xlsx';

/** Decides what `file` is and reads it, or says in one line why it cannot be used. */
export async function sniffFile(file: string, opts: SniffOptions): Promise<SniffResult> {
  try {
    return await sniff(file, opts);
  } catch (err) {
    return { ok: false, problem: fsProblem(file, err) };
  }
}

function refuse(file: string, code: ProblemCode, message: string, extra: Partial<Problem> = {}): SniffResult {
  return { ok: false, problem: problem('error', code, message, { file }, extra) };
}

/** The one-line message for a file-system error (missing, no permission, folder, locked…). */
export function fsProblem(file: string, err: unknown): Problem {
  const name = shownName(file);
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const at = { file };
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return problem('error', 'file-unreadable', `找不到文件 ${shownPath(file)},请检查路径和文件名`, at);
    case 'EACCES':
    case 'EPERM':
      return problem('error', 'file-unreadable', `没有权限读取 ${name},请检查文件权限,或把文件复制到自己的文件夹再试`, at);
    case 'EISDIR':
      return problem('error', 'file-unreadable', `${name} 是一个文件夹,不是文件。请给出一个 .xlsx 或 .csv 文件`, at);
    case 'EBUSY':
    case 'ETXTBSY':
    case 'EAGAIN':
      return problem('error', 'file-unreadable', `${name} 正被其他程序占用(可能在 Excel/WPS 里开着),请关闭后再试`, at);
    case 'ENAMETOOLONG':
      return problem('error', 'file-unreadable', `${name}:路径太长,请把文件移到较短的路径下再试`, at);
    case 'ELOOP':
      return problem('error', 'file-unreadable', `${name}:快捷方式(符号链接)指向了自己,找不到真正的文件`, at);
    default: {
      const text = err instanceof Error ? firstLine(err.message).slice(0, 120) : String(err);
      return problem('error', 'file-unreadable', `无法读取 ${name}(${code ?? text}),请检查文件后再试`, at);
    }
  }
}

async function sniff(file: string, opts: SniffOptions): Promise<SniffResult> {
  const name = shownName(file);
  const st = await stat(file);
  if (st.isDirectory()) return refuse(file, 'file-unreadable', `${name} 是一个文件夹,不是文件。请给出一个 .xlsx 或 .csv 文件`);
  if (!st.isFile()) return refuse(file, 'file-unreadable', `${name} 不是普通文件(可能是设备或管道),请给出一个 .xlsx 或 .csv 文件`);
  if (st.size === 0) return refuse(file, 'file-empty', `${name} 是空文件(0 字节),可能没有保存或没有下载完整。请重新保存或下载后再试`);

  const fh = await open(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(8, st.size));
    await fh.read(head, 0, head.length, 0);
    const limits: ZipLimits = { ...zipLimits(opts.maxSize), ...opts.zip };

    if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && [0x0304, 0x0506, 0x0708].includes(head.readUInt16BE(2))) {
      if (st.size > limits.maxTotalSize) {
        return refuse(file, 'too-large', `${name} 有 ${formatSize(st.size)},超过工作簿上限 ${formatSize(limits.maxTotalSize)}(可用 --max-size 调整)`);
      }
      return await sniffZip(file, await fh.readFile(), limits);
    }
    if (head.length === 8 && head.equals(OLE2_MAGIC)) {
      return await sniffOle2(file, fh, st.size);
    }
    if (st.size > opts.maxSize) {
      return refuse(file, 'too-large', `${name} 有 ${formatSize(st.size)},超过上限 ${formatSize(opts.maxSize)}(可用 --max-size 调整)`, {
        expected: `≤ ${formatSize(opts.maxSize)}`,
        actual: formatSize(st.size),
      });
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
    return refuse(
      file,
      'file-unreadable',
      dir.reason === 'no-eocd'
        ? `${name}:文件不完整(压缩包结尾缺失,可能没有下载或复制完整)。请重新下载,或用 Excel/WPS 打开后另存为 .xlsx`
        : `${name}:文件已损坏(${dir.detail})。请重新下载,或用 Excel/WPS 打开后另存为 .xlsx`,
    );
  }
  const names = new Set(dir.entries.map((e) => e.name));
  const has = (n: string) => names.has(n);
  if (has('[Content_Types].xml') && has('xl/workbook.xml')) {
    const zip = checkZip(buffer, limits, file);
    if (!zip.ok) return zip;
    const xml = await checkXmlParts(buffer, zip.entries, limits.maxEntrySize, { file, maxTotalSize: limits.maxTotalSize });
    if (!xml.ok) return xml;
    return { ok: true, kind: 'xlsx', buffer, entries: zip.entries, marks: xml.marks };
  }
  if (has('xl/workbook.bin')) {
    return refuse(file, 'file-kind', `${name} 是 Excel 二进制工作簿(.xlsb),本工具读不了。请用 Excel 打开后另存为 .xlsx`);
  }
  const mimetype = dir.entries.find((e) => e.name === 'mimetype');
  if (mimetype) {
    const r = inflateEntryCapped(buffer, mimetype, 1024);
    const type = r.ok ? r.data.toString('latin1').trim() : '';
    if (type === 'application/vnd.oasis.opendocument.spreadsheet' || type === 'application/vnd.oasis.opendocument.spreadsheet-template') {
      return refuse(file, 'file-kind', `${name} 是 OpenDocument 表格(.ods)。请用 WPS/Excel/LibreOffice 打开后另存为 .xlsx`);
    }
    if (type.startsWith('application/vnd.oasis.opendocument.')) {
      return refuse(file, 'file-kind', `${name} 是 OpenDocument 文档(${type.slice('application/vnd.oasis.opendocument.'.length)}),不是表格。请提供 .xlsx 或 .csv 文件`);
    }
    if (type.startsWith('application/epub')) {
      return refuse(file, 'file-kind', `${name} 是电子书(EPUB),不是表格。请提供 .xlsx 或 .csv 文件`);
    }
  }
  if (dir.entries.some((e) => e.name.startsWith('Index/') && e.name.endsWith('.iwa'))) {
    return refuse(file, 'file-kind', `${name} 是苹果 Numbers 文件。请在 Numbers 里用「文件 → 导出为 → Excel」导出 .xlsx`);
  }
  if (has('word/document.xml')) {
    return refuse(file, 'file-kind', `${name} 是 Word 文档(.docx),不是表格。请提供 .xlsx 或 .csv 文件`);
  }
  if (has('ppt/presentation.xml')) {
    return refuse(file, 'file-kind', `${name} 是 PowerPoint 演示文稿(.pptx),不是表格。请提供 .xlsx 或 .csv 文件`);
  }
  if (has('[Content_Types].xml') && dir.entries.some((e) => e.name.startsWith('xl/'))) {
    return refuse(file, 'file-unreadable', `${name}:工作簿已损坏(缺少 xl/workbook.xml)。${SAVE_AS_XLSX}`);
  }
  const files = dir.entries.filter((e) => !e.name.endsWith('/'));
  const sample = files
    .slice(0, 3)
    .map((e) => e.name)
    .join('、');
  return refuse(
    file,
    'file-kind',
    files.length
      ? `${name} 是一个压缩包(zip),不是工作簿(里面有 ${files.length} 个文件,如 ${sample})。请先解压,再选择其中的表格文件`
      : `${name} 是一个空的压缩包(zip),不是工作簿。请提供 .xlsx 或 .csv 文件`,
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

async function sniffOle2(file: string, fh: FileHandle, size: number): Promise<SniffResult> {
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
    return refuse(file, 'file-encrypted', `${name}:文件有密码保护,请取消密码保护后另存为 .xlsx(Excel:文件 → 信息 → 保护工作簿 → 用密码进行加密,清空密码)`);
  }
  if (has('WordDocument')) return refuse(file, 'file-kind', `${name} 是旧版 Word 文档(.doc),不是表格。请提供 .xlsx 或 .csv 文件`);
  if (has('PowerPoint Document')) return refuse(file, 'file-kind', `${name} 是旧版 PowerPoint 文件(.ppt),不是表格。请提供 .xlsx 或 .csv 文件`);
  return refuse(file, 'file-kind', `${name} 是旧版 Excel/WPS 表格(.xls/.et),本工具只读 .xlsx。${SAVE_AS_XLSX}`);
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

function sniffText(file: string, buffer: Buffer, encoding: string | undefined): SniffResult {
  const name = shownName(file);
  const notTable = `${name} 不是 Excel 工作簿(.xlsx),也不是 CSV 文本,无法识别。${SAVE_AS_XLSX},或导出为 CSV`;
  for (const [magic, what] of BINARY_MAGIC) {
    if (buffer.length >= magic.length && buffer.subarray(0, magic.length).equals(magic)) {
      return refuse(file, 'file-kind', `${name} 是 ${what},不是表格。请提供 .xlsx 或 .csv 文件`);
    }
  }
  if (name.startsWith('~$')) {
    return refuse(file, 'file-kind', `${name} 是 Excel/WPS 打开文件时产生的临时文件,不是工作簿。请选择不带「~$」的那个文件`);
  }
  const decoded = decodeText(buffer, encoding);
  if ('problem' in decoded && decoded.problem.code === 'too-large') {
    return { ok: false, problem: { ...decoded.problem, message: `${name}:${decoded.problem.message}`, file } };
  }
  if ('problem' in decoded) {
    // Undecodable bytes with NULs or many control bytes are some binary format, not a text encoding issue.
    if (!encoding && !hasBom(buffer) && controlShare(buffer.subarray(0, 64 * 1024).toString('latin1')) > 0.01) {
      return refuse(file, 'file-kind', notTable);
    }
    return { ok: false, problem: { ...decoded.problem, message: `${name}:${decoded.problem.message}`, file } };
  }
  const text = decoded.text;
  if (controlShare(text) > 0.01) return refuse(file, 'file-kind', notTable);

  const start = text.replace(/^[\ufeff\s]+/, '').slice(0, 64 * 1024);
  const lower = start.toLowerCase();
  if (lower.startsWith('<?xml')) {
    if (/<(\w+:)?workbook[\s>]/i.test(start) && /urn:schemas-microsoft-com:office:spreadsheet|progid="excel\.sheet"/i.test(start)) {
      return refuse(file, 'file-kind', `${name} 是 Excel 2003 XML 表格(SpreadsheetML),本工具只读 .xlsx。${SAVE_AS_XLSX}`);
    }
    if (/<html[\s>]/i.test(start)) return { ok: true, kind: 'html', buffer, encoding: decoded.encoding };
    return refuse(file, 'file-kind', `${name} 是 XML 文件,不是表格。${SAVE_AS_XLSX},或导出为 CSV`);
  }
  const htmlStarts = ['<html', '<!doctype html', '<table', '<head', '<meta', '<body', '<title', '<style'];
  if (htmlStarts.some((s) => lower.startsWith(s)) || (lower.startsWith('<') && /<table[\s>]/.test(lower))) {
    return { ok: true, kind: 'html', buffer, encoding: decoded.encoding };
  }
  if (/^[\s,;\t\uff0c]*$/.test(text.replace(/^\ufeff/, ''))) {
    return refuse(file, 'file-empty', `${name} 里没有内容(只有空行或分隔符)。请确认导出时选中了有数据的表`);
  }
  return { ok: true, kind: 'csv', buffer, encoding: decoded.encoding };
}
