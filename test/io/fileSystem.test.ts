// Grading worker threads make their file-system calls synchronously, the main thread asynchronously
// (src/io/fileSystem.ts). Whatever reads and writes workbooks must see the same results and the same errors
// (their codes: fsReason turns them into the user's message) from both.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, fileSystems, type FileSystem } from '../../src/io/fileSystem.js';
import { tempDir } from '../helpers.js';

const codeOf = (p: Promise<unknown>) => p.then(() => 'ok', (err: NodeJS.ErrnoException) => err.code);

describe.each(Object.entries(fileSystems))('file system calls, %s', (_kind, fs: FileSystem) => {
  it('write, flush and read back a file in pieces; a second exclusive create is refused', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.bin');
    const out = await fs.open(file, 'wx');
    const bytes = Buffer.from('PK\u0003\u0004 评分结果', 'utf8');
    // Two writes continue where the first ended (the zip writer's flushes).
    expect((await out.write(bytes, 0, 4)).bytesWritten).toBe(4);
    expect((await out.write(bytes, 4, bytes.length - 4)).bytesWritten).toBe(bytes.length - 4);
    await out.sync();
    await out.close();
    expect(readFileSync(file)).toEqual(bytes);
    expect(await codeOf(fs.open(file, 'wx'))).toBe('EEXIST');

    // sniff: 4 bytes at position 0, then the whole file from the start.
    const input = await fs.open(file, 'r');
    const head = Buffer.alloc(4);
    expect((await input.read(head, 0, 4, 0)).bytesRead).toBe(4);
    expect(head.toString('latin1')).toBe('PK\u0003\u0004');
    expect(await input.readFile()).toEqual(bytes);
    await input.close();
    expect(await fs.readFile(file)).toEqual(bytes);
    expect((await fs.stat(file)).size).toBe(bytes.length);
  });

  it('gives the codes of missing files, folders and links as Node does', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'nope.xlsx');
    expect(await codeOf(fs.stat(missing))).toBe('ENOENT');
    expect(await codeOf(fs.lstat(missing))).toBe('ENOENT');
    expect(await codeOf(fs.readFile(missing))).toBe('ENOENT');
    expect(await codeOf(fs.open(missing, 'r'))).toBe('ENOENT');
    expect(await codeOf(fs.realpath(missing))).toBe('ENOENT');
    expect(await codeOf(fs.rm(missing))).toBe('ok');
    const sub = path.join(dir, 'sub');
    mkdirSync(sub);
    expect(await codeOf(fs.readFile(sub))).toBe('EISDIR');
    expect((await fs.stat(sub)).isDirectory()).toBe(true);

    const target = path.join(sub, 'real.xlsx');
    writeFileSync(target, 'x');
    const link = path.join(dir, 'link.xlsx');
    symlinkSync(target, link);
    expect(await fs.realpath(link)).toBe(await fileSystems.asynchronous.realpath(target));
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect((await fs.stat(link)).isFile()).toBe(true);

    await fs.writeFile(path.join(dir, 't.txt'), '考核');
    await fs.rename(path.join(dir, 't.txt'), path.join(dir, 'u.txt'));
    expect(readFileSync(path.join(dir, 'u.txt'), 'utf8')).toBe('考核');
    await fs.rm(path.join(dir, 'u.txt'));
    expect(await codeOf(fs.stat(path.join(dir, 'u.txt')))).toBe('ENOENT');
  });
});

it('the main thread (where vitest runs the tests) keeps the asynchronous calls', () => {
  expect(files).toBe(fileSystems.asynchronous);
});
