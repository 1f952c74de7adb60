// A file the user running kpi batch may not read (its permissions): failed once, then listed as an unchanged failure
// while it stays as it is — cron mailed the same failure every night with exit 1. Needs another user than root to be
// refused a read: run as nobody through runuser, where the tests run as root (else skipped). One grading worker
// (--jobs 1): a second (the default on two cores) loaded the grader again in each of the six runs for two small files.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers.js';

const canSwitch = process.getuid?.() === 0 && existsSync('/usr/sbin/runuser');

describe('kpi batch and a file it may not read', () => {
  it.skipIf(!canSwitch)('fails once, then is an unchanged failure (exit 0) until the file changes', () => {
    const root = tempDir();
    chmodSync(root, 0o755);
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    mkdirSync(inbox);
    mkdirSync(out);
    chmodSync(out, 0o777);
    copyFileSync(path.join(repoRoot, 'samples/cs-rep.march.csv'), path.join(inbox, 'ok.csv'));
    const secret = path.join(inbox, 'secret.csv');
    copyFileSync(path.join(repoRoot, 'samples/cs-rep.march.csv'), secret);
    chmodSync(secret, 0o600);
    const batch = () => {
      const r = spawnSync('/usr/sbin/runuser', ['-u', 'nobody', '--', process.execPath, path.join(repoRoot, 'bin/kpi.js'), 'batch', inbox, '--out', out, '--settle', '0s', '--recheck', '0s', '--jobs', '1', '--json'], { encoding: 'utf8' });
      return { code: r.status, report: JSON.parse(r.stdout) as { files: Array<{ file: string; status: string; lastStatus?: string }> } };
    };
    const first = batch();
    expect(first.report.files.map((f) => [f.file, f.status])).toEqual([['ok.csv', 'problems'], ['secret.csv', 'failed']]);
    expect(first.code).toBe(1);
    const second = batch();
    expect(second.report.files.map((f) => [f.file, f.status, f.lastStatus])).toEqual([['ok.csv', 'skipped-unchanged', 'problems'], ['secret.csv', 'skipped-unchanged', 'failed']]);
    expect(second.code).toBe(0);
    // Readable again (its status change time moves): graded.
    chmodSync(secret, 0o644);
    const third = batch();
    expect(third.report.files.find((f) => f.file === 'secret.csv')!.status).toBe('problems');
    // Unreadable for a night after it was graded, then readable: its output is written over, not kept as a
    // stranger's with secret.csv-2.graded.xlsx beside it.
    chmodSync(secret, 0o600);
    expect(batch().report.files.find((f) => f.file === 'secret.csv')!.status).toBe('failed');
    chmodSync(secret, 0o644);
    const again = batch();
    expect(again.report.files.find((f) => f.file === 'secret.csv')!.status).toBe('problems');
    expect(readdirSync(out).filter((f) => f.endsWith('.graded.xlsx')).sort()).toEqual(['ok.graded.xlsx', 'secret.graded.xlsx']);
  }, 60_000);

  it.skipIf(!canSwitch)('a sub-folder it may not read (-r) is said, exit 1 (its forms were passed over at exit 0 without a word)', () => {
    const root = tempDir();
    chmodSync(root, 0o755);
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    mkdirSync(path.join(inbox, 'sub'), { recursive: true });
    mkdirSync(out);
    chmodSync(inbox, 0o755);
    chmodSync(out, 0o777);
    copyFileSync(path.join(repoRoot, 'samples/cs-rep.march.csv'), path.join(inbox, 'sub', 'c.csv'));
    chmodSync(path.join(inbox, 'sub'), 0o700);
    const r = spawnSync('/usr/sbin/runuser', ['-u', 'nobody', '--', process.execPath, path.join(repoRoot, 'bin/kpi.js'), 'batch', inbox, '-r', '--out', out, '--settle', '0s', '--recheck', '0s', '--jobs', '1', '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { warnings: string[] }).warnings).toEqual(['无法读取子文件夹 sub(没有权限?),其中的考核表本次没有评分;请检查它的权限']);
  }, 60_000);
});
