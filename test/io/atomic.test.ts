import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemporaries, syncFolder, writeFileAtomic } from '../../src/io/atomic.js';
import { tempDir } from '../helpers.js';

describe('writeFileAtomic', () => {
  it('replaces the target only when the new file is complete; a failed write leaves the old one and no temporary', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'out.xlsx');
    writeFileSync(target, 'old');
    await expect(writeFileAtomic(target, async (tmp) => {
      await fs.writeFile(tmp, 'half');
      throw new Error('disk full');
    }, { overwrite: true })).rejects.toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
    await writeFileAtomic(target, (tmp) => fs.writeFile(tmp, 'new'), { overwrite: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
    // Without overwrite an existing target is refused, untouched.
    await expect(writeFileAtomic(target, (tmp) => fs.writeFile(tmp, 'x'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('syncFolder is best effort: a folder, a missing folder and a file all resolve', async () => {
    const dir = tempDir();
    await expect(syncFolder(dir)).resolves.toBeUndefined();
    await expect(syncFolder(path.join(dir, 'missing'))).resolves.toBeUndefined();
    writeFileSync(path.join(dir, 'f'), '');
    await expect(syncFolder(path.join(dir, 'f'))).resolves.toBeUndefined();
    expect(existsSync(path.join(dir, 'missing'))).toBe(false);
  });
});

describe('temporaries of a killed kpi', () => {
  /** The pid of a process that has ended (a node that exits at once). */
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

  it('writing an output removes the temporaries of kpi processes no longer running from its folder, and nothing else', async () => {
    const dir = tempDir();
    const dead = deadPid();
    const stale = `.kpi-tmp-${dead}-0a1b2c3d-march.graded.xlsx`;
    const keep = [
      `.kpi-tmp-${process.pid}-0a1b2c3d-march.graded.xlsx`, // this process's: being written
      `.kpi-tmp-${process.ppid}-0a1b2c3d-april.graded.xlsx`, // a running process's
      `kpi-tmp-${dead}-0a1b2c3d-march.xlsx`, // not hidden: not kpi's name
      `.kpi-tmp-${dead}-march.graded.xlsx`, // no random part: not kpi's name
      `.kpi-tmp-x${dead}-0a1b2c3d-march.xlsx`,
      'march.xlsx',
    ];
    for (const name of [stale, ...keep]) writeFileSync(path.join(dir, name), 'x');
    mkdirSync(path.join(dir, `.kpi-tmp-${dead}-0a1b2c3d-folder`)); // a folder is never removed
    await writeFileAtomic(path.join(dir, 'out.xlsx'), (tmp) => fs.writeFile(tmp, 'new'));
    expect(readdirSync(dir).sort()).toEqual([...keep, `.kpi-tmp-${dead}-0a1b2c3d-folder`, 'out.xlsx'].sort());
  });

  it('looks at a folder once per process', async () => {
    const dir = tempDir();
    expect(await removeStaleTemporaries(dir)).toEqual([]);
    const stale = path.join(dir, `.kpi-tmp-${deadPid()}-0a1b2c3d-x.xlsx`);
    writeFileSync(stale, 'x');
    expect(await removeStaleTemporaries(dir)).toEqual([]);
    expect(existsSync(stale)).toBe(true);
  });
});
