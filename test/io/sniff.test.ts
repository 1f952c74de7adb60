import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fsProblem, ole2Names, sniffFile, type SniffResult } from '../../src/io/sniff.js';
import { HOSTILE_DIR, makeHostile, ole2 } from '../../scripts/make-hostile.mjs';
import { tempDir } from '../helpers.js';

const MAX = 100 * 1024 * 1024;
let files: Record<string, string>;

beforeAll(async () => {
  files = await makeHostile(HOSTILE_DIR);
}, 120_000);

/**
 * zip-bomb-lying.xlsx is only stopped by inflating 100 MB (seconds of processor time), so it is sniffed once,
 * as a private copy (other test files may be regenerating the shared corpus meanwhile), and the three checks
 * below read that one run: its refusal, its memory growth, and that the file was left as it was.
 */
interface LyingRun { file: string; result: SniffResult; rssGrowth: number; before: { mtimeMs: number; mode: number; hash: string }; after: { mtimeMs: number; mode: number; hash: string } }
let lying: Promise<LyingRun> | undefined;
function sniffLyingOnce(): Promise<LyingRun> {
  lying ??= (async () => {
    const file = path.join(tempDir(), 'zip-bomb-lying.xlsx');
    copyFileSync(files['zip-bomb-lying.xlsx']!, file);
    const state = () => ({ ...(({ mtimeMs, mode }) => ({ mtimeMs, mode }))(statSync(file)), hash: createHash('sha256').update(readFileSync(file)).digest('hex') });
    const before = state();
    const rss = process.memoryUsage().rss;
    const result = await sniffFile(file, { maxSize: MAX });
    const rssGrowth = process.memoryUsage().rss - rss;
    return { file, result, rssGrowth, before, after: state() };
  })();
  return lying;
}

function refused(r: SniffResult) {
  if (r.ok) throw new Error(`expected a refusal, got kind ${r.kind}`);
  return r.problem;
}

describe('sniffFile refuses what is not a workbook, naming the file', () => {
  const cases: [string, string, RegExp][] = [
    ['not-a-zip.xlsx', 'file-kind', /不是 Excel 工作簿/],
    ['truncated.xlsx', 'file-unreadable', /不完整/],
    ['zero-byte.xlsx', 'file-empty', /空文件/],
    ['empty-lines.csv', 'file-empty', /没有内容/],
    ['legacy.xls', 'file-kind', /旧版.*请用 Excel\/WPS 打开后另存为 \.xlsx/],
    ['wps.et', 'file-kind', /\.et/],
    ['encrypted.xlsx', 'file-encrypted', /文件有密码保护,请取消密码保护后另存为 \.xlsx/],
    ['ods.ods', 'file-kind', /OpenDocument 表格\(\.ods\)/],
    ['numbers.numbers', 'file-kind', /Numbers/],
    ['docx-as-xlsx.xlsx', 'file-kind', /Word 文档/],
    ['plain.zip', 'file-kind', /压缩包\(zip\),不是工作簿/],
    ['spreadsheetml.xml', 'file-kind', /SpreadsheetML/],
    ['pdf.xlsx', 'file-kind', /PDF/],
    ['zip-bomb.xlsx', 'too-large', /xl\/worksheets\/sheet1\.xml 解压后 1\.1 GB,超过上限 100 MB.*--max-size/],
    ['zip-bomb-lying.xlsx', 'too-large', /sheet1\.xml 解压后超过上限 100 MB.*声称只有 4 KB.*--max-size/],
    ['zip64-bomb.xlsx', 'too-large', /sheet1\.xml 解压后 5 GB/],
    ['billion-laughs.xlsx', 'xml-entities', /xl\/worksheets\/sheet1\.xml 含有 DOCTYPE/],
    ['xxe.xlsx', 'xml-entities', /xl\/worksheets\/sheet1\.xml 含有 DOCTYPE/],
  ];
  it.each(cases)('%s → %s', async (name, code, text) => {
    const once = name === 'zip-bomb-lying.xlsx' ? await sniffLyingOnce() : null;
    const p = refused(once ? once.result : await sniffFile(files[name]!, { maxSize: MAX }));
    expect(p.code).toBe(code);
    expect(p.severity).toBe('error');
    expect(p.message).toContain(name);
    expect(p.message).toMatch(text);
    expect(p.message).not.toMatch(/\n/);
    expect(p.file).toBe(once ? once.file : files[name]);
  });

  it('a workbook without [Content_Types].xml is a damaged workbook, not a zip to unzip', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('xl/worksheets/sheet1.xml', '<worksheet/>');
    zip.file('_rels/.rels', '<Relationships/>');
    const file = path.join(tempDir(), 'noct.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const p = refused(await sniffFile(file, { maxSize: MAX }));
    expect([p.code, p.message]).toEqual(['file-unreadable', expect.stringMatching(/^noct\.xlsx:工作簿已损坏\(缺少 \[Content_Types\]\.xml\)。/)]);
    expect(p.message).not.toContain('解压');
  });

  it('a missing path', async () => {
    const file = path.join(tempDir(), '没有这个文件.xlsx');
    const p = refused(await sniffFile(file, { maxSize: MAX }));
    expect(p.code).toBe('file-unreadable');
    expect(p.message).toBe(`找不到文件 ${file},请检查路径和文件名`);
  });

  it('a folder', async () => {
    const dir = path.join(tempDir(), '三月考核');
    mkdirSync(dir);
    const p = refused(await sniffFile(dir, { maxSize: MAX }));
    expect(p.code).toBe('file-unreadable');
    expect(p.message).toBe('三月考核 是一个文件夹,不是文件。请给出一个 .xlsx 或 .csv 文件');
  });

  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot || process.platform === 'win32')('a file without read permission (EACCES)', async () => {
    const file = path.join(tempDir(), 'locked.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    chmodSync(file, 0o000);
    const p = refused(await sniffFile(file, { maxSize: MAX }));
    expect(p.code).toBe('file-unreadable');
    expect(p.message).toMatch(/没有权限读取 locked\.csv/);
  });

  it('maps file-system errors to one line naming the file', () => {
    const err = (code: string) => Object.assign(new Error(`${code}: x`), { code });
    expect(fsProblem('/x/a.xlsx', err('EACCES')).message).toMatch(/^没有权限读取 a\.xlsx/);
    expect(fsProblem('/x/a.xlsx', err('EBUSY')).message).toMatch(/^a\.xlsx 正被其他程序占用/);
    expect(fsProblem('/x/a.xlsx', err('ENOENT')).message).toBe('找不到文件 /x/a.xlsx,请检查路径和文件名');
    expect(fsProblem('/x/a.xlsx', err('EIO')).message).toMatch(/^无法读取 a\.xlsx\(EIO\)/);
  });

  it('a text file over --max-size is refused without being read, naming the limit and the flag', async () => {
    const file = path.join(tempDir(), 'big.csv');
    writeFileSync(file, 'a,b\n'.repeat(1000));
    const p = refused(await sniffFile(file, { maxSize: 1024 }));
    expect(p.code).toBe('too-large');
    expect(p.message).toBe('big.csv 有 3.9 KB,超过上限 1 KB(可用 --max-size 调整)');
  });

  it('a workbook part over --max-size is refused, with the limit in the message', async () => {
    const p = refused(await sniffFile(files['ok.xlsx']!, { maxSize: 4096 }));
    expect(p.code).toBe('too-large');
    expect(p.message).toBe('ok.xlsx:压缩包内 xl/theme/theme1.xml 解压后 7.8 KB,超过上限 4 KB(可用 --max-size 调整)');
  });

  it('a workbook file over twice --max-size is refused, saying the limit is twice the flag (「--max-size 1KB」 read 「上限 2 KB」)', async () => {
    const size = statSync(files['ok.xlsx']!).size;
    const p = refused(await sniffFile(files['ok.xlsx']!, { maxSize: 1024 }));
    expect(p.code).toBe('too-large');
    expect(size).toBeGreaterThan(2048);
    expect(p.message).toMatch(/^ok\.xlsx 有 [\d.]+ KB,超过工作簿文件的上限 2 KB\(--max-size 的两倍,可用 --max-size 调整\)$/);
  });

  it('text that is neither UTF-8 nor GB18030 is refused as an encoding problem, naming the file', async () => {
    const file = path.join(tempDir(), 'weird.csv');
    writeFileSync(file, Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xfe & 0x7f, 0xff, 0x2c, 0x31, 0x0a]));
    const p = refused(await sniffFile(file, { maxSize: MAX }));
    expect(p.code).toBe('bad-encoding');
    expect(p.message).toMatch(/^weird\.csv:/);
    expect(p.file).toBe(file);
  });

  it('an Excel lock file (~$name.xlsx) is named as such', async () => {
    const file = path.join(tempDir(), '~$考核.xlsx');
    writeFileSync(file, Buffer.concat([Buffer.from([4]), Buffer.from('user', 'utf16le'), Buffer.alloc(40)]));
    const p = refused(await sniffFile(file, { maxSize: MAX }));
    expect(p.code).toBe('file-kind');
    expect(p.message).toMatch(/临时文件/);
  });
});

describe('sniffFile accepts workbooks and text, deciding from the bytes', () => {
  const cases: [string, string, string | undefined][] = [
    ['ok.xlsx', 'xlsx', undefined],
    ['csv-named.xlsx', 'csv', 'utf-8'],
    ['html-export.xls', 'html', 'utf-8-bom'],
    ['gbk.csv', 'csv', 'gb18030'],
    ['utf16.csv', 'csv', 'utf-16le'],
    ['utf8-bom.csv', 'csv', 'utf-8-bom'],
    ['semicolon.csv', 'csv', 'utf-8'],
  ];
  it.each(cases)('%s → %s', async (name, kind, encoding) => {
    const r = await sniffFile(files[name]!, { maxSize: MAX });
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.kind).toBe(kind);
    expect(r.buffer.equals(readFileSync(files[name]!))).toBe(true);
    if (r.kind !== 'xlsx') expect(r.encoding).toBe(encoding);
    else expect(r.entries.map((e) => e.name)).toContain('xl/workbook.xml');
  });

  it('an HTML page that opens with a comment but holds a table is html', async () => {
    const file = path.join(tempDir(), 'export.xls');
    writeFileSync(file, '<!-- exported by 客服系统 -->\n<div><table><tr><td>姓名</td></tr></table></div>');
    const r = await sniffFile(file, { maxSize: MAX });
    expect(r.ok && r.kind).toBe('html');
  });

  it('a user-given encoding overrides detection', async () => {
    const r = await sniffFile(files['gbk.csv']!, { maxSize: MAX, encoding: 'utf-8' });
    expect(refused(r).code).toBe('bad-encoding');
    const ok = await sniffFile(files['gbk.csv']!, { maxSize: MAX, encoding: 'gbk' });
    expect(ok.ok && ok.kind === 'csv' && ok.encoding).toBe('gb18030');
  });

  it('never modifies the file', async () => {
    // Private copies: other test files may be regenerating the shared corpus meanwhile.
    const dir = tempDir();
    const once = await sniffLyingOnce();
    expect(once.after).toEqual(once.before);
    for (const name of ['ok.xlsx', 'billion-laughs.xlsx', 'encrypted.xlsx', 'gbk.csv', 'truncated.xlsx']) {
      const file = path.join(dir, name);
      copyFileSync(files[name]!, file);
      const before = statSync(file);
      const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
      await sniffFile(file, { maxSize: MAX });
      const after = statSync(file);
      expect(after.mtimeMs).toBe(before.mtimeMs);
      expect(after.mode).toBe(before.mode);
      expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(hash);
    }
  });
});

describe('zip bombs are refused with little memory', () => {
  it.each(['zip-bomb.xlsx', 'zip-bomb-lying.xlsx'])('%s: RSS grows by less than 200 MB', async (name) => {
    if (name === 'zip-bomb-lying.xlsx') {
      const once = await sniffLyingOnce();
      expect(refused(once.result).code).toBe('too-large');
      expect(once.rssGrowth).toBeLessThan(200 * 1024 * 1024);
      return;
    }
    const before = process.memoryUsage().rss;
    const r = await sniffFile(files[name]!, { maxSize: MAX });
    const growth = process.memoryUsage().rss - before;
    expect(refused(r).code).toBe('too-large');
    expect(growth).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('OLE2 directory', () => {
  const reader = (b: Buffer) => async (pos: number, len: number) => b.subarray(pos, pos + len);
  it('lists the stream names of a compound file', async () => {
    const b: Buffer = ole2(['Workbook', 'EncryptionInfo']);
    expect(await ole2Names(reader(b), b.length)).toEqual(['Root Entry', 'Workbook', 'EncryptionInfo']);
  });
  it('gives null for a damaged header rather than throwing', async () => {
    const b: Buffer = Buffer.from(ole2(['Workbook']));
    b.writeUInt16LE(3, 0x1e); // impossible sector size
    expect(await ole2Names(reader(b), b.length)).toBeNull();
  });
  it('finds an encrypted workbook even when the directory chain is broken (name search)', async () => {
    const b: Buffer = Buffer.from(ole2(['EncryptionInfo', 'EncryptedPackage']));
    b.writeUInt32LE(999, 0x30); // first directory sector out of range
    const file = path.join(tempDir(), 'broken-encrypted.xlsx');
    writeFileSync(file, b);
    const p = refused(await sniffFile(file, { maxSize: MAX }));
    expect(p.code).toBe('file-encrypted');
  });
});
