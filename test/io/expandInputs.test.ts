import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/io/expandInputs.js';
import { repoRoot, tempDir } from '../helpers.js';

describe('expandInputs (a folder given to --combine or rollup)', () => {
  it('takes the forms in it, never kpi’s own outputs: a second `kpi score DIR --combine` does not read the first one’s result', async () => {
    const dir = path.join(tempDir(), 'copies');
    mkdirSync(dir);
    // kpi batch's names for outputs beside their inputs: 主管.xlsx.graded.xlsx (two inputs named 主管), 同事甲.xlsx-2.graded.xlsx (an output kept).
    for (const name of ['主管.xlsx', '同事甲.xlsx', '主管.combined.graded.xlsx', 'q1.rollup.xlsx', 'batch-summary.xlsx', '.hidden.xlsx', '~$主管.xlsx', 'notes.txt', '主管.xlsx.graded.xlsx', '同事甲.xlsx-2.graded.xlsx', '2026-03.graded.xlsx']) {
      writeFileSync(path.join(dir, name), 'x');
    }
    const r = await expandInputs([dir]);
    if (!r.ok) throw new Error('not ok');
    // notes.txt is a text export kpi reads (.txt); the rest of kpi's own files and Excel's lock file are left out.
    // 2026-03.graded.xlsx has no input beside it: it is read (its input sheets are scored again).
    expect(r.files.map((f) => path.basename(f)).sort()).toEqual(['2026-03.graded.xlsx', 'notes.txt', '主管.xlsx', '同事甲.xlsx'].sort());
  });

  it('passes over a roll-up written under a name of the user\'s (-o 季度汇总.xlsx), told by its keywords', async () => {
    const { rollupFiles } = await import('../../src/io/rollup/index.js');
    const { gradeFile } = await import('../../src/io/grade.js');
    const { copyFileSync } = await import('node:fs');
    const dir = path.join(tempDir(), 'months');
    mkdirSync(dir);
    copyFileSync(path.join(repoRoot, 'samples', 'mattress-cs-monthly.march.roster.xlsx'), path.join(dir, '2026-03.xlsx'));
    expect((await gradeFile(path.join(dir, '2026-03.xlsx'), { output: null })).ok).toBe(true);
    const written = await rollupFiles([dir], { output: path.join(dir, '季度汇总.xlsx') });
    if (!written.ok) throw new Error(written.failures[0]!.message);
    const r = await expandInputs([dir]);
    expect(r.ok && r.files.map((f) => path.basename(f))).toEqual(['2026-03.xlsx']);
  });
});
