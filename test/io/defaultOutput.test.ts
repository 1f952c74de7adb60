import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOutputPath } from '../../src/io/gradeSteps.js';

describe('the default output name', () => {
  it('is <name>.graded.xlsx beside the input; a graded workbook graded again is numbered, not suffixed twice', () => {
    const at = (name: string) => path.basename(defaultOutputPath(path.join('/data', name)));
    expect(['march.xlsx', 'march.csv', 'march.graded.xlsx', 'march.graded-2.xlsx', 'March.Graded.xlsx'].map(at)).toEqual([
      'march.graded.xlsx', 'march.graded.xlsx', 'march.graded-2.xlsx', 'march.graded-3.xlsx', 'March.Graded-2.xlsx',
    ]);
  });
});

describe('an output open in Excel, WPS or LibreOffice (its lock file beside it)', () => {
  it('is not replaced, even with --force: said, nothing written (the old results were saved over the new ones)', async () => {
    const { copyFileSync, writeFileSync, statSync } = await import('node:fs');
    const pathMod = await import('node:path');
    const { gradeFile } = await import('../../src/io/grade.js');
    const { repoRoot, tempDir } = await import('../helpers.js');
    const dir = tempDir();
    const input = pathMod.join(dir, 'm.csv');
    copyFileSync(pathMod.join(repoRoot, 'samples/mattress-cs-monthly.march.csv'), input);
    const first = await gradeFile(input, {});
    if (!first.ok) throw new Error(first.failure.message);
    const output = first.report.output!;
    const before = statSync(output).mtimeMs;
    for (const lock of ['~$m.graded.xlsx', '.~lock.m.graded.xlsx#']) {
      writeFileSync(pathMod.join(dir, lock), '');
      const again = await gradeFile(input, { force: true });
      expect(again.ok).toBe(false);
      if (!again.ok) expect(again.failure.message).toContain(`正在 Excel/WPS 或 LibreOffice 中打开(旁边有 ${lock})`);
      expect(statSync(output).mtimeMs).toBe(before);
      (await import('node:fs')).unlinkSync(pathMod.join(dir, lock));
    }
  });
});

describe('an output path written the Windows way on a /-separated system', () => {
  it('is refused with the path said (a file named 「C:\\结果\\m.xlsx」 was written in the current folder at exit 0)', async () => {
    const { gradeFile } = await import('../../src/io/grade.js');
    const { repoRoot } = await import('../helpers.js');
    if (path.sep !== '/') return;
    const r = await gradeFile(path.join(repoRoot, 'samples/mattress-cs-monthly.march.csv'), { output: path.resolve('C:\\结果\\m.xlsx') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure.message).toContain('输出路径 C:\\结果\\m.xlsx 是 Windows 的写法');
    // A name holding 「\\」 of its own (「考核\\3月.csv」 unzipped from a Windows zip) is graded beside it as any other.
    const { copyFileSync } = await import('node:fs');
    const { tempDir } = await import('../helpers.js');
    const odd = path.join(tempDir(), '考核\\3月.csv');
    copyFileSync(path.join(repoRoot, 'samples/mattress-cs-monthly.march.csv'), odd);
    const g = await gradeFile(odd, {});
    expect(g.ok).toBe(true);
  });
});
