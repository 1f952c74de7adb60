#!/usr/bin/env node
// Writes a corpus of hostile and awkward input files under test/fixtures/hostile/ (git-ignored) so the
// sniffing and guarding code can be tested against what users and attackers really send:
// renamed files, legacy and encrypted workbooks, HTML exports, zip bombs, XML entity attacks and
// CSV in every encoding Chinese systems produce. Nothing big is kept in git; the zip bombs are built
// by repeating one sync-flushed deflate segment, so the generator never holds the inflated data.
//
//   node scripts/make-hostile.mjs [outDir]
//   import { makeHostile } from '../../scripts/make-hostile.mjs'  (tests)
import { mkdirSync, renameSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const HOSTILE_DIR = path.join(root, 'test', 'fixtures', 'hostile');

const MiB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Minimal zip reading and writing (enough for the corpus; no dependency).

/** Reads a (non-ZIP64) zip into [{ name, data }]. */
export function unzip(buffer) {
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65557); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('no end of central directory');
  const count = buffer.readUInt16LE(eocd + 10);
  let p = buffer.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(p + 10);
    const csize = buffer.readUInt32LE(p + 20);
    const nlen = buffer.readUInt16LE(p + 28);
    const elen = buffer.readUInt16LE(p + 30);
    const clen = buffer.readUInt16LE(p + 32);
    const local = buffer.readUInt32LE(p + 42);
    const name = buffer.subarray(p + 46, p + 46 + nlen).toString('utf8');
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(start, start + csize);
    out.push({ name, data: method === 0 ? Buffer.from(raw) : zlib.inflateRawSync(raw) });
    p += 46 + nlen + elen + clen;
  }
  return out;
}

/**
 * Writes a zip. Each entry is { name, data } (deflated here, or stored with store: true) or
 * { name, raw: { chunks, size, crc } } for data deflated elsewhere; `declaredSize` overrides the
 * uncompressed size written in the headers (to lie), `zip64Size` writes a ZIP64 extra field
 * declaring that size instead.
 */
export function zipChunks(entries, { zip64Eocd = false } = {}) {
  const chunks = [];
  const central = [];
  let offset = 0;
  const push = (b) => { chunks.push(b); offset += b.length; };
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    let body, size, crc, method;
    if (e.raw) {
      body = e.raw.chunks; size = e.raw.size; crc = e.raw.crc; method = 8;
    } else {
      const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
      size = data.length; crc = zlib.crc32(data);
      method = e.store ? 0 : 8;
      body = [method === 0 ? data : zlib.deflateRawSync(data)];
    }
    const csize = body.reduce((n, b) => n + b.length, 0);
    const declared = e.declaredSize ?? size;
    const zip64 = e.zip64Size !== undefined;
    const extra = zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0); extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(e.zip64Size), 4); extra.writeBigUInt64LE(BigInt(csize), 12);
    }
    const u32 = (v) => (zip64 ? 0xffffffff : v >>> 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(u32(csize), 18);
    local.writeUInt32LE(u32(declared), 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const localOffset = offset;
    push(local); push(name); if (extra.length) push(extra);
    for (const b of body) push(b);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(0x031e, 4);
    cd.writeUInt16LE(zip64 ? 45 : 20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt16LE(0, 12); cd.writeUInt16LE(0x21, 14);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(u32(csize), 20);
    cd.writeUInt32LE(u32(declared), 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(extra.length, 30);
    cd.writeUInt32LE(localOffset, 42);
    central.push(cd, name);
    if (extra.length) central.push(extra);
  }
  const cdStart = offset;
  for (const b of central) push(b);
  const cdSize = offset - cdStart;
  if (zip64Eocd) {
    // ZIP64 end of central directory record + locator; the classic record then says "see ZIP64".
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(45, 12); rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(BigInt(entries.length), 24);
    rec.writeBigUInt64LE(BigInt(entries.length), 32);
    rec.writeBigUInt64LE(BigInt(cdSize), 40);
    rec.writeBigUInt64LE(BigInt(cdStart), 48);
    const recOffset = offset;
    push(rec);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(recOffset), 8);
    loc.writeUInt32LE(1, 16);
    push(loc);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(zip64Eocd ? 0xffff : entries.length, 8);
  eocd.writeUInt16LE(zip64Eocd ? 0xffff : entries.length, 10);
  eocd.writeUInt32LE(zip64Eocd ? 0xffffffff : cdSize, 12);
  eocd.writeUInt32LE(zip64Eocd ? 0xffffffff : cdStart, 16);
  push(eocd);
  return chunks;
}

export function zip(entries, options) {
  return Buffer.concat(zipChunks(entries, options));
}

/**
 * Raw deflate of prefix + chunk×count + suffix without ever holding the inflated data: the chunk is
 * deflated once with a sync flush (byte-aligned, no back-references outside itself), and that segment
 * is repeated. Returns { chunks, size, crc } for zipChunks; chunks share one buffer.
 */
export function repeatedDeflate(prefix, chunk, count, suffix) {
  const sync = { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 9 };
  const head = zlib.deflateRawSync(prefix, sync);
  const seg = zlib.deflateRawSync(chunk, sync);
  const tail = zlib.deflateRawSync(suffix, { level: 9 });
  let crc = zlib.crc32(prefix);
  for (let i = 0; i < count; i++) crc = zlib.crc32(chunk, crc);
  crc = zlib.crc32(suffix, crc);
  const chunks = [head];
  for (let i = 0; i < count; i++) chunks.push(seg);
  chunks.push(tail);
  return { chunks, size: prefix.length + chunk.length * count + suffix.length, crc };
}

// ---------------------------------------------------------------------------------------------
// GB18030 encoding (Node has a GB18030 decoder but no encoder): a table built from the decoder for
// the two-byte range, and the GB18030 arithmetic for four-byte code points beyond the BMP.

let gbTable = null;
export function encodeGb18030(text) {
  if (!gbTable) {
    gbTable = new Map();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(Buffer.from([a, b]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [a, b]);
      }
    }
  }
  const out = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) out.push(cp);
    else if (gbTable.has(ch)) out.push(...gbTable.get(ch));
    else if (cp >= 0x10000) {
      let n = cp - 0x10000 + 189000;
      const b4 = 0x30 + (n % 10); n = Math.floor(n / 10);
      const b3 = 0x81 + (n % 126); n = Math.floor(n / 126);
      const b2 = 0x30 + (n % 10); n = Math.floor(n / 10);
      out.push(0x81 + n, b2, b3, b4);
    } else throw new Error(`encodeGb18030: no two-byte code for ${ch}`);
  }
  return Buffer.from(out);
}

// ---------------------------------------------------------------------------------------------
// A minimal OLE2 compound file: header, one FAT sector, one directory sector, with the given stream
// names (all empty streams). Enough for anything that parses the directory.

export function ole2(names) {
  const ss = 512;
  const header = Buffer.alloc(ss, 0);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18);
  header.writeUInt16LE(0x0003, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  header.writeUInt32LE(0, 0x4c); // DIFAT[0] = sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(0xffffffff, 0x4c + i * 4);
  const fat = Buffer.alloc(ss, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: FAT
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: directory, end of chain
  const dir = Buffer.alloc(ss, 0);
  const all = ['Root Entry', ...names];
  if (all.length > 4) throw new Error('ole2: at most 3 streams');
  all.forEach((name, i) => {
    const e = dir.subarray(i * 128, (i + 1) * 128);
    const n = Buffer.from(name + '\0', 'utf16le');
    n.copy(e, 0);
    e.writeUInt16LE(n.length, 0x40);
    e[0x42] = i === 0 ? 5 : 2; // root storage / stream
    e[0x43] = 1; // black
    e.writeUInt32LE(0xffffffff, 0x44); // left sibling
    e.writeUInt32LE(i > 0 && i + 1 < all.length ? i + 1 : 0xffffffff, 0x48); // right sibling
    e.writeUInt32LE(i === 0 && all.length > 1 ? 1 : 0xffffffff, 0x4c); // child
    e.writeUInt32LE(0xfffffffe, 0x74); // start sector
  });
  for (let i = all.length; i < 4; i++) {
    const e = dir.subarray(i * 128, (i + 1) * 128);
    e.writeUInt32LE(0xffffffff, 0x44); e.writeUInt32LE(0xffffffff, 0x48); e.writeUInt32LE(0xffffffff, 0x4c);
  }
  return Buffer.concat([header, fat, dir]);
}

// ---------------------------------------------------------------------------------------------

/** A small real workbook written by exceljs. */
export async function realXlsx() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('3月');
  ws.addRow(['姓名', '工号', '客户回访率']);
  ws.addRow(['张三', '007', 0.95]);
  ws.addRow(['李四', '008', 0.9]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The real workbook with xl/worksheets/sheet1.xml replaced. */
async function xlsxWithSheet(sheetXml) {
  const entries = unzip(await realXlsx());
  return zip(entries.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { name: e.name, data: sheetXml } : e)));
}

const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function billionLaughsSheet() {
  const ents = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) ents.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE worksheet [\n${ents.join('\n')}\n]>\n` +
    `<worksheet xmlns="${SHEET_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
}

function xxeSheet() {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n` +
    `<worksheet xmlns="${SHEET_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`;
}

/** Entries of the real workbook with sheet1.xml replaced by a bomb of about `size` bytes. */
async function bombEntries(size) {
  const prefix = Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${SHEET_NS}"><sheetData>`);
  const suffix = Buffer.from('</sheetData></worksheet>');
  const chunk = Buffer.alloc(MiB, 0x20); // whitespace: still well-formed XML when inflated
  const raw = repeatedDeflate(prefix, chunk, Math.ceil(size / MiB), suffix);
  const entries = unzip(await realXlsx());
  return entries.map((e) =>
    e.name === 'xl/worksheets/sheet1.xml' ? { name: e.name, raw } : e,
  );
}

function writeAtomic(file, data) {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  if (Array.isArray(data)) {
    const fd = openSync(tmp, 'w');
    try { for (const b of data) writeSync(fd, b); } finally { closeSync(fd); }
  } else writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Deterministic bytes that are neither text nor any known format. */
function randomBytes(n, seed = 12345) {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) >>> 0; b[i] = x >>> 24; }
  b[0] = 0x8f; b[1] = 0xff; b[2] = 0x00; b[3] = 0x13;
  return b;
}

// ---------------------------------------------------------------------------------------------
// Beside the hostile files, the legitimately readable exports: a real roster of the mattress form
// (CATALOG §8) in the encodings, delimiters and HTML that Chinese systems produce (makeRosters).
// Hand-computed totals (blank counts are 0):
//   王芳 45/50×20 = 18; 20−(3+2) = 15; 15−1×2−2×1 = 11; 8−1×5 = 3; 9; 13; 10−1×2 = 8; +2 (reason given)  ⇒ 79 一般 (§8 worked example)
//   李强 40/40×20 = 20; 20; 15; 10; 10; 15; 10                                                      ⇒ 100 优秀
//   张敏 54/60×20 = 18; 20−2 = 18; 15−1×2 = 13; 9; 8; 12; 10; −3 (reason given)                      ⇒ 85 良好
//   赵磊 (roster-semicolon.csv only) 「五十」 and 旷工「两次」 not integers, 表格管理 6 above 5, +3 without
//        a reason                                                                                   ⇒ not scored
export const MATTRESS_HEADER = [
  '工号', '被考核人', '部门名称', '考核月份', '考评人',
  '客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '表格管理',
  '日常服务规范·用语不规范', '日常服务规范·短信漏发', '日常服务规范·跟踪不到位',
  '回访问题处理效率·基础分', '回访问题处理效率·拖延遗漏错误次数', '处理能力', '态度',
  '工作纪律·迟到或早退', '工作纪律·旷工', '工作纪律·做与工作无关的事', '工作纪律·工作时间睡觉',
  '其它·奖惩分', '其它·原因',
];
const WANG_FANG = ['1001', '王芳', '客服部', '2026-03', '陈主管', '50', '45', '3,2', '1', '2', '', '8', '1', '9', '13', '1', '', '', '', '2', '客户表扬信'];
const LI_QIANG = ['1002', '李强', '客服部', '2026-03', '陈主管', '40', '40', '', '', '', '', '10', '', '10', '15', '', '', '', '', '', ''];
const ZHANG_MIN = ['1003', '张敏', '客服部', '2026-03', '陈主管', '60', '54', '2', '', '', '1', '9', '', '8', '12', '', '', '', '', '-3', '客户投诉一次'];
const ZHAO_LEI = ['1006', '赵磊', '售后组', '2026-03', '陈主管', '五十', '45', '3,6', '', '', '', '8', '', '9', '13', '', '两次', '', '', '3', ''];
/** Totals of the roster files, by person (null: not scored). */
export const MATTRESS_TOTALS = {
  'roster-gbk.csv': { 王芳: 79, 李强: 100, 张敏: 85 },
  'roster-utf16.csv': { 王芳: 79, 李强: 100, 张敏: 85 },
  'roster-semicolon.csv': { 王芳: 79, 李强: 100, 张敏: 85, 赵磊: null },
  'roster-html.xls': { 王芳: 79, 李强: 100, 张敏: 85 },
};

/** Delimited text, fields quoted only when they must be. */
function delimited(rows, delim) {
  const field = (v) => (v.includes(delim) || v.includes('"') || /[\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return rows.map((r) => r.map(field).join(delim)).join('\r\n') + '\r\n';
}

/** An HTML "Excel export" of the roster: two heading rows (items spanning their inputs), as OA systems write them. */
function htmlRoster() {
  const items = []; // [item, [inputs]] in column order, header fields first
  for (const h of MATTRESS_HEADER) {
    const [item, input] = h.split('·');
    const last = items.at(-1);
    if (input && last && last[0] === item) last[1].push(input);
    else items.push([item, input ? [input] : []]);
  }
  const esc = (t) => t.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const top = items.map(([item, inputs]) => (inputs.length ? `<th colspan="${inputs.length}">${esc(item)}</th>` : `<th rowspan="2">${esc(item)}</th>`)).join('');
  const second = items.flatMap(([, inputs]) => inputs.map((i) => `<th>${esc(i)}</th>`)).join('');
  const body = [WANG_FANG, LI_QIANG, ZHANG_MIN]
    .map((r) => '<tr>' + r.map((v) => `<td style="mso-number-format:'\\@'">${v === '' ? '&nbsp;' : esc(v)}</td>`).join('') + '</tr>')
    .join('\r\n');
  return '<html xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\r\n' +
    `<body><table border="1">\r\n<tr>${top}</tr>\r\n<tr>${second}</tr>\r\n${body}\r\n</table></body></html>\r\n`;
}

/**
 * Writes the corpus into `dir` (default test/fixtures/hostile) and returns { name: path }.
 * `bombSize` is the inflated size of the zip bombs' sheet (default 1.1 GB).
 */
export function makeHostile(dir = HOSTILE_DIR, { bombSize = 1100 * MiB } = {}) {
  // Several test files use the corpus and share one process (vitest isolate: false): written once per process.
  const key = `${path.resolve(dir)}\0${bombSize}`;
  if (!written.has(key)) written.set(key, writeHostile(dir, bombSize).catch((err) => { written.delete(key); throw err; }));
  return written.get(key).then((files) => ({ ...files }));
}
const written = new Map();

async function writeHostile(dir, bombSize) {
  mkdirSync(dir, { recursive: true });
  const files = {};
  const put = (name, data) => { const p = path.join(dir, name); writeAtomic(p, data); files[name] = p; };

  const real = await realXlsx();
  put('ok.xlsx', real);
  put('not-a-zip.xlsx', randomBytes(4096));
  put('truncated.xlsx', real.subarray(0, Math.floor(real.length / 2)));
  put('zero-byte.xlsx', Buffer.alloc(0));
  put('empty-lines.csv', '\r\n\r\n   \r\n\t\r\n,,,\r\n');
  put('legacy.xls', ole2(['Workbook', '\u0005SummaryInformation']));
  put('wps.et', ole2(['Workbook']));
  put('encrypted.xlsx', ole2(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']));
  put('html-export.xls',
    '\ufeff<html xmlns:o="urn:schemas-microsoft-com:office:office">\r\n<head><meta charset="utf-8"><style>td{mso-number-format:"\\@"}</style></head>\r\n' +
    '<body><table border="1"><tr><th>姓名</th><th>工号</th><th colspan="2">成绩</th></tr>\r\n' +
    '<tr><td>张三</td><td>007</td><td>95</td><td>A&amp;B</td></tr>\r\n<tr><td>李&nbsp;四</td><td>008</td><td>90</td><td>&#x4F18;</td></tr></table></body></html>\r\n');
  put('spreadsheetml.xml',
    '<?xml version="1.0"?>\r\n<?mso-application progid="Excel.Sheet"?>\r\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">\r\n' +
    '<Worksheet ss:Name="Sheet1"><Table><Row><Cell><Data ss:Type="String">姓名</Data></Cell></Row></Table></Worksheet></Workbook>\r\n');
  put('csv-named.xlsx', '姓名,工号,客户回访率\r\n张三,007,95%\r\n');
  put('ods.ods', zip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true },
    { name: 'META-INF/manifest.xml', data: '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>' },
    { name: 'content.xml', data: '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>' },
  ]));
  put('numbers.numbers', zip([
    { name: 'Index/Document.iwa', data: Buffer.from([0, 1, 2, 3]) },
    { name: 'Metadata/Properties.plist', data: 'bplist00' },
  ]));
  put('docx-as-xlsx.xlsx', zip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>' },
    { name: 'word/document.xml', data: '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' },
  ]));
  put('plain.zip', zip([{ name: '考核表/说明.txt', data: '请看附件' }, { name: 'a.csv', data: 'a,b\n1,2\n' }]));
  const bomb = await bombEntries(bombSize);
  put('zip-bomb.xlsx', zipChunks(bomb));
  // The same, but the headers say the sheet is 4 KB: only a capped inflate stops it.
  put('zip-bomb-lying.xlsx', zipChunks(bomb.map((e) => (e.raw ? { ...e, declaredSize: 4096 } : e))));
  const z64 = unzip(real).map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, zip64Size: 5 * 1024 * MiB } : e));
  put('zip64-bomb.xlsx', zip(z64, { zip64Eocd: true }));
  put('billion-laughs.xlsx', await xlsxWithSheet(billionLaughsSheet()));
  put('xxe.xlsx', await xlsxWithSheet(xxeSheet()));
  put('gbk.csv', encodeGb18030('姓名,工号,客户回访率,备注\r\n张三,007,95%,𠀀\r\n李四,008,90%,无\r\n'));
  put('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名\t工号\t客户回访率\r\n张三\t007\t95%\r\n李四\t008\t90%\r\n', 'utf16le')]));
  put('utf8-bom.csv', '\ufeff姓名,工号,客户回访率\r\n张三,007,95%\r\n');
  put('semicolon.csv', '姓名;工号;得分\r\n张三;007;"9,5"\r\n李四;008;8,0\r\n');
  put('pdf.xlsx', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(512, 7)]));
  return files;
}

/**
 * Writes the readable roster exports (MATTRESS_TOTALS) into `dir` (default test/fixtures/hostile) and
 * returns { name: path }. Kept apart from makeHostile, whose files must all be refused.
 */
export function makeRosters(dir = HOSTILE_DIR) {
  mkdirSync(dir, { recursive: true });
  const files = {};
  const put = (name, data) => { const p = path.join(dir, name); writeAtomic(p, data); files[name] = p; };
  // GB18030 without BOM, commas (Excel/WPS 「CSV」); 王芳's reason holds 𠀀 (U+20000), four GB18030 bytes.
  const wang = [...WANG_FANG.slice(0, -1), '客户表扬信𠀀'];
  put('roster-gbk.csv', encodeGb18030(delimited([MATTRESS_HEADER, wang, LI_QIANG, ZHANG_MIN], ',')));
  // UTF-16 LE with BOM, tabs (Excel 「Unicode 文本」).
  put('roster-utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(delimited([MATTRESS_HEADER, WANG_FANG, LI_QIANG, ZHANG_MIN], '\t'), 'utf16le')]));
  // UTF-8 without BOM, semicolons, so 表格管理's 3,2 stands unquoted; 赵磊 has mistakes (exit 1).
  put('roster-semicolon.csv', delimited([MATTRESS_HEADER, WANG_FANG, LI_QIANG, ZHANG_MIN, ZHAO_LEI], ';'));
  // An HTML 「导出Excel」 with two heading rows (items spanning their inputs).
  put('roster-html.xls', htmlRoster());
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? HOSTILE_DIR;
  const files = { ...(await makeHostile(dir)), ...makeRosters(dir) };
  console.log(`wrote ${Object.keys(files).length} files to ${dir}`);
}
