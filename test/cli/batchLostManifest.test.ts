// kpi batch without its manifest's record of an output (the manifest deleted or damaged): the output says itself
// whether kpi graded it from this input (_kpi: graded-by, graded-input). In-process, the real grader.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedMarksOf } from '../../src/io/graded/marks.js';
import { VERSION } from '../../src/version.js';
import { repoRoot, runCli, tempDir } from '../helpers.js';

const SAMPLE = path.join(repoRoot, 'samples', 'mattress-cs-monthly.march.csv');

function setup() {
  const root = tempDir();
  const inbox = path.join(root, 'inbox');
  const out = path.join(root, 'out');
  mkdirSync(inbox);
  const input = path.join(inbox, 'm.csv');
  copyFileSync(SAMPLE, input);
  const t = new Date(Date.now() - 120_000);
  utimesSync(input, t, t);
  return { inbox, out, input };
}

const batch = (inbox: string, out: string) => runCli(['batch', inbox, '--out', out, '--settle', '0s', '--recheck', '0s', '--json']);
const files = (r: { stdout: string }) => (JSON.parse(r.stdout) as { files: { file: string; status: string; output: string | null; problems: { code: string }[] }[]; warnings: string[] });

describe('batch: outputs the manifest has no record of', () => {
  it("a graded workbook records the input's file name in _kpi", async () => {
    const { inbox, out } = setup();
    await batch(inbox, out);
    expect(await gradedMarksOf(path.join(out, 'm.graded.xlsx'))).toEqual({ gradedBy: `kpi ${VERSION}`, input: 'm.csv' });
    expect(await gradedMarksOf(SAMPLE)).toBeNull();
  });

  it('manifest deleted: every file is graded again, once; kpi\'s old output is kept, the new result beside it', async () => {
    const { inbox, out } = setup();
    expect((await batch(inbox, out)).code).toBe(1); // the sample has one person with mistakes (problems)
    const before = readFileSync(path.join(out, 'm.graded.xlsx'));
    rmSync(path.join(out, '.kpi-manifest.json'));
    // It failed every run before: 「输出文件…已存在,不是批量评分为这个文件写出的…不会覆盖」.
    const again = await batch(inbox, out);
    const r = files(again);
    expect(r.files.map((f) => [f.file, f.status])).toEqual([['m.csv', 'problems']]);
    expect(r.files[0]!.output).toBe(path.join(out, 'm.csv-2.graded.xlsx'));
    expect(r.warnings.join('\n')).toContain('清单里没有它的记录');
    expect(readFileSync(path.join(out, 'm.graded.xlsx')).equals(before)).toBe(true);
    // Recorded now: the next run has nothing to do and exits 0.
    const third = await batch(inbox, out);
    expect(files(third).files.map((f) => f.status)).toEqual(['skipped-unchanged']);
    expect(third.code).toBe(0);
  });

  it('manifest damaged: a hand-corrected output is never overwritten', async () => {
    const { inbox, out, input } = setup();
    await batch(inbox, out);
    const graded = path.join(out, 'm.graded.xlsx');
    // Saved again after a correction (here the same bytes: kpi cannot look inside), then the manifest cut short (a full disk).
    const corrected = readFileSync(graded);
    writeFileSync(graded, corrected);
    const manifest = path.join(out, '.kpi-manifest.json');
    writeFileSync(manifest, readFileSync(manifest).subarray(0, 300));
    writeFileSync(input, readFileSync(input, 'utf8').replace(/\n$/, '\n\n'));
    const r = files(await batch(inbox, out));
    expect(r.files[0]!.output).toBe(path.join(out, 'm.csv-2.graded.xlsx'));
    expect(readFileSync(graded).equals(corrected)).toBe(true);
  });

  it('manifest damaged, under -q (cron): why every output went to a -2 name is said with the file\'s own warning', async () => {
    const { inbox, out, input } = setup();
    await batch(inbox, out);
    const manifest = path.join(out, '.kpi-manifest.json');
    writeFileSync(manifest, readFileSync(manifest).subarray(0, 300));
    writeFileSync(input, readFileSync(input, 'utf8').replace(/\n$/, '\n\n'));
    const quiet = await runCli(['batch', inbox, '--out', out, '--settle', '0s', '--recheck', '0s', '-q']);
    // It was in batch-report.json and the -v log only: the mail listed 「未覆盖…」 without the cause.
    expect(quiet.stdout).toMatch(/清单 .*\.kpi-manifest\.json 已损坏,所有文件将重新评分/);
    expect(quiet.stdout).toMatch(/清单里没有它的记录.*新结果写到 .*m\.csv-2\.graded\.xlsx/);
  });

  it("another input's graded workbook at the output name is a stranger's: kept, n.csv's result beside it", async () => {
    const { inbox, out } = setup();
    await batch(inbox, out);
    rmSync(path.join(out, '.kpi-manifest.json'));
    // m.csv's result, saved as the output of n.csv.
    const n = path.join(inbox, 'n.csv');
    copyFileSync(SAMPLE, n);
    writeFileSync(n, readFileSync(n, 'utf8') + '\n');
    const t = new Date(Date.now() - 120_000);
    utimesSync(n, t, t);
    copyFileSync(path.join(out, 'm.graded.xlsx'), path.join(out, 'n.graded.xlsx'));
    const r = files(await batch(inbox, out));
    const byName = Object.fromEntries(r.files.map((f) => [f.file, f]));
    expect(byName['n.csv']!.status).not.toBe('failed');
    expect(byName['n.csv']!.output).toBe(path.join(out, 'n.csv-2.graded.xlsx'));
    expect(existsSync(path.join(out, 'n.csv-2.graded.xlsx'))).toBe(true);
    // m.csv's result saved there is still as it was.
    expect(readFileSync(path.join(out, 'n.graded.xlsx')).equals(readFileSync(path.join(out, 'm.graded.xlsx')))).toBe(true);
  });
});
