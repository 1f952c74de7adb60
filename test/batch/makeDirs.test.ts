import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDirs } from '../../src/batch/files.js';
import { runBatch } from '../../src/batch/runBatch.js';
import { assertBuilt, options, put, tempDir } from './helpers.js';

beforeAll(assertBuilt);

// Node 20's fs.mkdir({ recursive: true }) never returns for /proc/x (the kernel answers ENOENT with the parent
// present and node retries forever): `kpi batch --out /proc/x` hung at full CPU and ignored SIGTERM.
describe('makeDirs', () => {
  it('makes every missing folder of a path, and accepts one that exists', async () => {
    const root = await tempDir();
    const deep = path.join(root, 'a', 'b', 'c');
    await makeDirs(deep);
    expect((await fs.stat(deep)).isDirectory()).toBe(true);
    await makeDirs(deep);
    await makeDirs(root);
  });

  it('refuses a path through a file', async () => {
    const root = await tempDir();
    await fs.writeFile(path.join(root, 'f'), 'x');
    await expect(makeDirs(path.join(root, 'f'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(makeDirs(path.join(root, 'f', 'g'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it.runIf(existsSync('/proc/self'))('ends with the system’s refusal where recursive mkdir loops (/proc/x)', async () => {
    await expect(makeDirs('/proc/kpi-test/x')).rejects.toMatchObject({ code: 'ENOENT' });
    const root = await tempDir();
    await put(root, 'a.xlsx', {});
    const result = await runBatch(options(root, { out: '/proc/kpi-test' }));
    expect(result.exitCode).toBe(2);
    expect(result.reason).toBe('无法创建输出文件夹 /proc/kpi-test:路径的上级不能在这里创建,请检查路径(ENOENT)');
    // A file where a folder of the path should be: said in words, not only as ENOTDIR.
    await put(root, 'plain', 'x');
    const notFolder = await runBatch(options(root, { out: path.join(root, 'plain', 'out') }));
    expect(notFolder.exitCode === 2 && notFolder.reason).toBe(`无法创建输出文件夹 ${path.join(root, 'plain', 'out')}:路径中的上级「文件夹」其实是一个文件,请换一个位置(ENOTDIR)`);
  });
});
