// The files an option names are checked before the output: a missing --pay file is what the user must hear about, not
// that last run's output is in the way (they learnt of it only after adding --force).
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

describe('arguments before the output', () => {
  it('--pay and --data naming no file, and --data for a form that takes none, are said though the output exists', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'ok.xlsx');
    copyFileSync(path.join(repoRoot, 'samples', 'mattress-cs-monthly.march.roster.xlsx'), input);
    writeFileSync(path.join(dir, 'ok.graded.xlsx'), 'last run');
    const message = async (o: { pay?: string; data?: string }) => {
      const r = await gradeFile(input, o);
      return r.ok ? '' : r.failure.message;
    };
    expect(await message({ pay: path.join(dir, 'nosuch.csv') })).toMatch(/^工资文件 找不到文件 .*nosuch\.csv/);
    expect(await message({ data: path.join(dir, 'nosuch.csv') })).toMatch(/不从导出数据取数,--data 只用于/);
    // With nothing wrong in them, the output in the way is what is said.
    expect(await message({})).toMatch(/已存在/);
  });
});
