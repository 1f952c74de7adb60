import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncFolder, writeFileAtomic } from '../../src/io/atomic.js';
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
