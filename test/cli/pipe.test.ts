import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kpi, readWorkbook, repoRoot, runCli, sheetRows, tempDir } from '../helpers.js';

// The process boundary: a reader that closes the pipe, and what the shell sees (stderr, exit code).

const bin = path.join(repoRoot, 'bin/kpi.js');

/** `kpi ARGS | true` in bash: the reader is gone before kpi writes. Returns kpi's exit code and stderr. */
function intoClosedPipe(args: string[], cwd: string) {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['-c', `'${process.execPath}' '${bin}' ${quoted} 2>err.txt | true; echo "\${PIPESTATUS[0]}"`], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: Number(r.stdout.trim()), stderr: readFileSync(path.join(cwd, 'err.txt'), 'utf8') };
}

describe('a closed pipe ends quietly with the exit code the run would have had', () => {
  it('kpi forms | …: exit 0, nothing on stderr', () => {
    const r = intoClosedPipe(['forms'], tempDir());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('kpi score --dry-run | …: exit 1 (the sample has a person with errors), no EPIPE trace', () => {
    const dir = tempDir();
    copyFileSync(path.join(repoRoot, 'samples/mattress-cs-monthly.march.roster.xlsx'), path.join(dir, 'm.xlsx'));
    const r = intoClosedPipe(['score', 'm.xlsx', '--dry-run'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });

  it('kpi score … | …: the graded workbook is still written completely', async () => {
    const dir = tempDir();
    copyFileSync(path.join(repoRoot, 'samples/mattress-cs-monthly.march.roster.xlsx'), path.join(dir, 'm.xlsx'));
    const r = intoClosedPipe(['score', 'm.xlsx', '--json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const rows = sheetRows(await readWorkbook(path.join(dir, 'm.graded.xlsx')), '汇总');
    expect(rows.flat()).toContain('李强');
  });
});

describe('usage errors through the built CLI', () => {
  it('one Chinese line on stderr, exit 2, no stack trace', () => {
    const r = kpi(['score', '--bogus', 'x.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('kpi: 不认识的选项 --bogus(运行 kpi score --help 查看可用的选项)\n');
  });

  it('--help exits 0 on stdout; --lang en answers in English', () => {
    const help = kpi(['batch', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^用法: kpi batch \[选项\] <文件夹>/);
    const en = kpi(['scor'], { env: { KPI_LANG: 'en' } });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^kpi: unknown command 'scor' — did you mean score\?/);
  });
});

// --json from the grading worker: it writes the JSON itself (50,000 people's results cloned to the main thread to be
// written there took 640 MB instead of 380). What it writes is what the in-process run writes, notes first.
describe('kpi score --json written by the grading worker', () => {
  it('is the same JSON as grading on this thread, with the command line\'s note listed first', async () => {
    const dir = tempDir();
    copyFileSync(path.join(repoRoot, 'samples/mattress-cs-monthly.march.roster.xlsx'), path.join(dir, 'm.xlsx'));
    // The same file named twice: graded once, with a note that says so.
    const args = ['score', 'm.xlsx', './m.xlsx', '--json', '-o', 'out.xlsx'];
    const spawned = kpi(args, { cwd: dir });
    const inProcess = await runCli([...args, '--force'], { cwd: dir });
    expect(spawned.stderr).toBe('');
    expect([spawned.code, inProcess.code]).toEqual([1, 1]);
    const json = JSON.parse(spawned.stdout) as { people: Array<{ name: string }>; problems: Array<{ code: string }> };
    expect(json.people.map((p) => p.name)).toContain('李强');
    expect(json.problems[0]!.code).toBe('input-twice');
    expect(spawned.stdout).toBe(inProcess.stdout);
  });
});
