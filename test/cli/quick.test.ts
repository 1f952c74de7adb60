import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, utimesSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickAnswer } from '../../src/cli/quick.cjs';
import { quickCommandLines, recordFiles } from '../../src/cli/quickAnswers.js';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../../src/cli/output.js';
import { kpi, repoRoot, runCli, tempDir } from '../helpers.js';

// bin/kpi.js answers --version, the help pages and the form list from dist/cli/quick.json and quick.txt (written by
// npm run build) before it loads the program. These tests hold those answers to the program's own, and check that any change to
// what they were made from sends the command line to the program instead.

const pipe = { isTTY: false };

/** A copy of the package as installed (package.json, dist/, templates/, commander), to change without touching the repository. */
function packageCopy(): string {
  const root = tempDir('kpi-quick-');
  // With their mtimes to the nanosecond, so that unchanged files are taken on their size and mtime as in the
  // repository (GNU cp -a: Node's copies keep mtimes to the microsecond at best).
  mkdirSync(path.join(root, 'node_modules'));
  for (const item of ['package.json', 'dist', 'templates', 'node_modules/commander']) {
    const r = spawnSync('cp', ['-a', path.join(repoRoot, item), path.join(root, item)]);
    expect(r.status, String(r.stderr)).toBe(0);
  }
  return root;
}

/** Gives `file` in `root` the mtime of the same file in the repository (as recorded when the answers were made). */
function mtimeAsBuilt(root: string, file: string): void {
  expect(spawnSync('touch', ['-m', '-r', path.join(repoRoot, file), path.join(root, file)]).status).toBe(0);
}

const quick = (argv: string[], env: NodeJS.ProcessEnv = {}, terminal: { isTTY: boolean; columns?: number } = pipe, root = repoRoot) =>
  quickAnswer(argv, env, terminal, root)?.toString('utf8') ?? null;

describe('ready-made answers', () => {
  it('are those of the program, for every command line, language and leading --lang/--no-color', async () => {
    // The first --lang counts, as the program's pickLang has it.
    const prefixes = [[], ['--lang', 'en'], ['--lang=zh'], ['--no-color'], ['--no-color', '--lang', 'en'], ['--lang', 'en', '--lang', 'zh'], ['--lang=zh', '--lang', 'en']];
    let answered = 0;
    for (const env of [{}, { KPI_LANG: 'en' }, { KPI_LANG: 'zh_CN.UTF-8' }]) {
      for (const prefix of prefixes) {
        for (const line of quickCommandLines()) {
          const argv = [...prefix, ...line];
          const ready = quick(argv, env);
          expect(ready, argv.join(' ')).not.toBeNull();
          const program = await runCli(argv, { env: { KPI_LANG: undefined, ...env } });
          expect({ argv, code: program.code, stdout: program.stdout, stderr: program.stderr }).toEqual({ argv, code: 0, stdout: ready, stderr: '' });
          answered += 1;
        }
      }
    }
    // 3 environments × 7 prefixes × (3 spellings of the top help + 5 commands × 3 + forms + forms --json)
    expect(answered).toBe(3 * 7 * (3 + 5 * 3 + 2));
  });

  it('--version and -V alone give package.json version, as commander does', async () => {
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      expect(quick([flag])).toBe(`${version}\n`);
      expect(await runCli([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('other command lines go to the program: files, unknown options, a --lang it would refuse, options after the command', () => {
    for (const argv of [[], ['score', 'march.xlsx'], ['forms', 'mattress-cs-monthly'], ['--lang', 'fr', '--help'], ['--bogus'], ['forms', '--json', '--help', 'x'], ['score', '--help', '--lang', 'en'], ['--version', '--json'], ['forms', '--lang', 'en']]) {
      expect(quick(argv), argv.join(' ')).toBeNull();
    }
  });

  it('a terminal narrower than the help pages gets the program, which wraps them at its width; a wider one the same pages', async () => {
    expect(quick(['--help'], {}, { isTTY: true, columns: 60 })).toBeNull();
    const wide = quick(['--help'], {}, { isTTY: true, columns: 200 });
    expect(wide).toBe(quick(['--help']));
    // The program wraps help at 80 columns at most: on a 200-column terminal its page is the pipe's; on 60 it differs.
    const at = async (columns: number) => {
      const output = Object.assign(captureOutput(), { isTTY: true, columns });
      await main(['--help'], { output, env: {} });
      return output.stdout;
    };
    expect(await at(200)).toBe(wide);
    const narrow = await at(60);
    expect(narrow).not.toBe(wide);
    // (commander leaves a description unwrapped when its column would be too narrow, so this page is laid out anew, not narrower.)
  });

  it('any change to what they were made from sends the command line to the program', () => {
    const root = packageCopy();
    const answer = () => quick(['forms'], {}, pipe, root);
    expect(answer()).toBe(quick(['forms']));
    const changes: Array<[string, () => void, () => void]> = [];
    const edit = (file: string, from: string, to: string) => {
      const p = path.join(root, file);
      const before = readFileSync(p, 'utf8');
      expect(before).toContain(from);
      changes.push([file, () => writeFileSync(p, before.replace(from, to)), () => writeFileSync(p, before)]);
    };
    // A title changed in place (same length), a message of the program, the version.
    edit('templates/mattress-cs-monthly.json', '"title": "', '"title": "新');
    edit('templates/cs-ability.json', '能力', '技能');
    edit('dist/cli/messages.js', '用法', '使用');
    edit('dist/forms/listing.js', "'员工'", "'职员'");
    edit('package.json', '"version": "', '"version": "9');
    // commander lays the help pages out; a user's install may resolve another 14.x.
    edit('node_modules/commander/lib/help.js', 'this.helpWidth', 'this.helpWidth ');
    const extra = path.join(root, 'templates/my-form.json');
    changes.push(['a definition added', () => copyFileSync(path.join(root, 'templates/cs-ability.json'), extra), () => rmSync(extra)]);
    const removed = path.join(root, 'templates/cs-ability.json');
    const kept = readFileSync(removed);
    changes.push(['a definition removed', () => rmSync(removed), () => writeFileSync(removed, kept)]);
    const ready = path.join(root, 'dist/cli/quick.json');
    const readyText = readFileSync(ready, 'utf8');
    changes.push(['quick.json cut short', () => writeFileSync(ready, readyText.slice(0, 1000)), () => writeFileSync(ready, readyText)]);
    changes.push(['quick.json missing', () => rmSync(ready), () => writeFileSync(ready, readyText)]);
    const text = path.join(root, 'dist/cli/quick.txt');
    const textBytes = readFileSync(text);
    changes.push(['quick.txt cut short', () => writeFileSync(text, textBytes.subarray(0, 100)), () => writeFileSync(text, textBytes)]);
    changes.push(['quick.txt of another build', () => appendFileSync(text, 'more'), () => writeFileSync(text, textBytes)]);
    // Its recorded mtime put back after an edit that changed its size: the size tells.
    const listing = path.join(root, 'dist/forms/listing.js');
    const listingBytes = readFileSync(listing);
    changes.push(['a module grown, its mtime put back', () => (appendFileSync(listing, '\n'), mtimeAsBuilt(root, 'dist/forms/listing.js')), () => writeFileSync(listing, listingBytes)]);
    for (const [what, change, undo] of changes) {
      change();
      expect(answer(), what).toBeNull();
      expect(quick(['--help'], {}, pipe, root), what).toBeNull();
      // Undone, the file has its bytes back but not its mtime: it is read and its CRC found the same.
      undo();
      expect(answer(), `${what}, undone`).toBe(quick(['forms']));
    }
  });

  it('commander where npm hoisted it (beside the package, not inside): found, and its changes seen', () => {
    const base = tempDir('kpi-hoisted-');
    const root = path.join(base, 'node_modules', 'kpi');
    mkdirSync(root, { recursive: true });
    copyFileSync(path.join(repoRoot, 'package.json'), path.join(root, 'package.json'));
    for (const dir of ['dist', 'templates']) cpSync(path.join(repoRoot, dir), path.join(root, dir), { recursive: true });
    cpSync(path.join(repoRoot, 'node_modules/commander'), path.join(base, 'node_modules/commander'), { recursive: true });
    expect(quick(['--help'], {}, pipe, root)).toBe(quick(['--help']));
    appendFileSync(path.join(base, 'node_modules/commander/lib/help.js'), '\n');
    expect(quick(['--help'], {}, pipe, root)).toBeNull();
  });

  it('an mtime stands for a file only when it is finer than a second (else a same-size edit in that second would pass)', () => {
    const root = tempDir('kpi-mtimes-');
    writeFileSync(path.join(root, 'fine.txt'), 'a');
    writeFileSync(path.join(root, 'coarse.txt'), 'b');
    utimesSync(path.join(root, 'fine.txt'), 1_700_000_000.25, 1_700_000_000.25);
    utimesSync(path.join(root, 'coarse.txt'), 1_700_000_000, 1_700_000_000);
    const record = recordFiles(['fine.txt', 'coarse.txt'], root);
    expect(Object.keys(record.fingerprints)).toEqual(['fine.txt', 'coarse.txt']);
    expect(record.mtimes).toEqual({ 'fine.txt': 1_700_000_000_250 });
  });

  it('the price of not reading unchanged files: an edit of the same size with its mtime put back is not seen', () => {
    const root = packageCopy();
    const messages = path.join(root, 'dist/cli/messages.js');
    writeFileSync(messages, readFileSync(messages, 'utf8').replace('用法', '使用'));
    expect(quick(['--help'], {}, pipe, root)).toBeNull();
    // Only a tool that sets mtimes to the nanosecond (touch -r, cp -a) can do this; Node's utimes cannot.
    mtimeAsBuilt(root, 'dist/cli/messages.js');
    expect(quick(['--help'], {}, pipe, root)).toBe(quick(['--help']));
  });

  it('bin/kpi.js prints them without loading the program (a new process: the file as installed, the module cache)', async () => {
    // Notes at exit whether commander was loaded, i.e. whether the program ran.
    const dir = tempDir();
    const probe = path.join(dir, 'probe.cjs');
    const note = path.join(dir, 'note.txt');
    writeFileSync(probe, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(note)}, Object.keys(require('node:module')._cache).some((k) => /[\\/]commander[\\/]/.test(k)) ? 'program' : 'ready-made'));`);
    const bin = (argv: string[]) => {
      const r = spawnSync(process.execPath, ['--require', probe, path.join(repoRoot, 'bin/kpi.js'), ...argv], { encoding: 'utf8', env: { ...process.env, KPI_LANG: '' } });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr, by: readFileSync(note, 'utf8') };
    };
    for (const argv of [['--help'], ['forms'], ['--version'], ['score', '-h'], ['--lang', 'en', 'help', 'batch']]) {
      const program = await runCli(argv, { env: { KPI_LANG: '' } });
      expect({ argv, ...bin(argv) }).toEqual({ argv, code: 0, stdout: program.stdout, stderr: '', by: 'ready-made' });
    }
    // The probe sees the program when it runs: the same page asked in a way the ready answers do not cover.
    expect(bin(['score', '--help', '--lang', 'zh'])).toEqual({ code: 0, stdout: (await runCli(['score', '--help'], { env: { KPI_LANG: '' } })).stdout, stderr: '', by: 'program' });
  });
});
