import { copyFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers.js';

// `kpi score a.xlsx a.xlsx`: one file named twice is one input, not two raters' copies (a one-rater form then
// could not be combined; a form of several raters found everyone short of raters).

function copyOf(sample: string): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'a.xlsx');
  copyFileSync(path.join(repoRoot, 'samples', sample), file);
  return { dir, file };
}

const json = (stdout: string) => JSON.parse(stdout) as { people: Array<{ name: string; total: number | null }>; problems: Array<{ code: string; severity: string; message: string }> };

describe('the same file given twice', () => {
  it('scores a one-rater roster once, with a note (mattress-cs-monthly)', async () => {
    const { dir } = copyOf('mattress-cs-monthly.march.roster.xlsx');
    const once = await runCli(['score', 'a.xlsx', '--dry-run', '--json'], { cwd: dir });
    const twice = await runCli(['score', 'a.xlsx', './a.xlsx', '--dry-run', '--json'], { cwd: dir });
    expect(twice.code).toBe(once.code);
    const r = json(twice.stdout);
    // 王芳 as CATALOG.md works her out: 18+15+11+3+9+13+8+2 = 79.
    expect(r.people.find((p) => p.name === '王芳')?.total).toBe(79);
    expect(r.people.map((p) => p.total)).toEqual(json(once.stdout).people.map((p) => p.total));
    expect(r.problems[0]).toMatchObject({ code: 'input-twice', severity: 'info', message: 'a.xlsx 在命令行里给了 2 次,是同一个文件,只读一次' });
    expect(r.problems.slice(1)).toEqual(json(once.stdout).problems);
  });

  it('scores a roster of several raters once when a link names the same file (cs-competency)', async () => {
    const { dir } = copyOf('cs-competency.march.roster.xlsx');
    symlinkSync(path.join(dir, 'a.xlsx'), path.join(dir, 'link.xlsx'));
    const once = await runCli(['score', 'a.xlsx', '--dry-run', '--json'], { cwd: dir });
    const twice = await runCli(['score', 'a.xlsx', 'link.xlsx', '--dry-run', '--json'], { cwd: dir });
    expect(twice.code).toBe(once.code);
    expect(json(twice.stdout).people).toEqual(json(once.stdout).people);
    expect(json(twice.stdout).problems.filter((p) => p.severity === 'error')).toEqual(json(once.stdout).problems.filter((p) => p.severity === 'error'));
    expect(twice.stdout).toContain('a.xlsx 在命令行里给了 2 次');
  });

  it('says so on the console too', async () => {
    const { dir } = copyOf('mattress-cs-monthly.march.roster.xlsx');
    const r = await runCli(['score', 'a.xlsx', 'a.xlsx', '--dry-run'], { cwd: dir });
    expect(r.stderr).not.toContain('只有一个评分人');
    expect(r.stdout + r.stderr).toContain('a.xlsx 在命令行里给了 2 次,是同一个文件,只读一次');
  });
});
