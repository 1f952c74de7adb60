// A workbook still open in Excel, WPS or LibreOffice is scored as last saved: the lock file beside it is worth a warning,
// because the edits on the user's screen are not in the scores.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { lockFileNames } from '../../src/io/openElsewhere.js';
import { repoRoot, tempDir } from '../helpers.js';

async function warningsOf(sample: string, lock: string | null): Promise<string[]> {
  const dir = tempDir();
  const input = path.join(dir, '三月考核.xlsx');
  copyFileSync(path.join(repoRoot, 'samples', sample), input);
  if (lock) writeFileSync(path.join(dir, lock), 'owner');
  const r = await gradeFile(input, { output: null });
  if (!r.ok) throw new Error(r.failure.message);
  return r.report.problems.filter((p) => p.code === 'input-open').map((p) => `${p.severity}: ${p.message}`);
}

describe('an input open in an office program', () => {
  it('names the lock files of Excel/WPS on Windows, LibreOffice and WPS on Linux', () => {
    expect(lockFileNames('/d/三月考核.xlsx')).toEqual(['~$三月考核.xlsx', '.~lock.三月考核.xlsx#', '.~三月考核.xlsx']);
  });

  it.each(['~$三月考核.xlsx', '.~lock.三月考核.xlsx#', '.~三月考核.xlsx'])('a person form with %s beside it is scored, with a warning naming the lock', async (lock) => {
    expect(await warningsOf('mattress-cs-monthly.march.roster.xlsx', lock)).toEqual([
      `warning: 三月考核.xlsx 似乎正在 Excel、WPS 或 LibreOffice 中打开(旁边有锁文件 ${lock}):评分用的是最后一次保存的内容,还没保存的修改不在其中;请保存后再评分`,
    ]);
  });

  it('a record form is warned about the same way', async () => {
    expect(await warningsOf('install-followup.march.xlsx', '~$三月考核.xlsx')).toHaveLength(1);
  });

  it('no lock, another file\'s lock, or a folder of that name: no warning', async () => {
    expect(await warningsOf('mattress-cs-monthly.march.roster.xlsx', null)).toEqual([]);
    expect(await warningsOf('mattress-cs-monthly.march.roster.xlsx', '~$四月考核.xlsx')).toEqual([]);
    const dir = tempDir();
    const input = path.join(dir, 'a.xlsx');
    copyFileSync(path.join(repoRoot, 'samples', 'mattress-cs-monthly.march.roster.xlsx'), input);
    mkdirSync(path.join(dir, '~$a.xlsx'));
    const r = await gradeFile(input, { output: null });
    expect(r.ok && r.report.problems.some((p) => p.code === 'input-open')).toBe(false);
  });
});
