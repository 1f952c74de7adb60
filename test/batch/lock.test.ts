import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { acquireLock, ownerGone, processStartTicks, selfInfo, type LockInfo } from '../../src/batch/lock.js';
import { pidAlive } from '../../src/io/atomic.js';
import { runBatch } from '../../src/batch/runBatch.js';
import type { BatchEvent } from '../../src/batch/types.js';
import { assertBuilt, listAll, options, put, readFakeOutput, reportOf, tempDir } from './helpers.js';

beforeAll(assertBuilt);

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  expect(pidAlive(child.pid!)).toBe(false);
  return child.pid!;
}

describe('pidAlive', () => {
  it('a process killed but not reaped (a zombie, as under an init that never reaps) is gone: its lock can be taken over', async () => {
    if (process.platform !== 'linux') return;
    const { spawn } = await import('node:child_process');
    // The shell starts a sleep and becomes another sleep, which never waits for it: killed, the first stays a zombie.
    const parent = spawn('sh', ['-c', 'sleep 30 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const pid = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()))));
    try {
      expect(pidAlive(pid)).toBe(true);
      process.kill(pid, 'SIGKILL');
      let state = '';
      for (let i = 0; i < 100 && state !== 'Z'; i++) {
        await new Promise((r) => setTimeout(r, 20));
        const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
        state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      }
      // Where something reaps it anyway (CI's container did: its stat file was gone), there is no zombie to look at, and
      // the process must read as gone all the same.
      expect(['Z', '']).toContain(state);
      expect(pidAlive(pid)).toBe(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});

async function setup() {
  const root = await tempDir();
  const inbox = path.join(root, 'in');
  const out = path.join(root, 'out');
  await put(inbox, 'a.xlsx', {});
  await fs.mkdir(out, { recursive: true });
  return { inbox, out, lockFile: path.join(out, '.kpi-batch.lock') };
}

const lockText = (pid: number, hostname = os.hostname()) => JSON.stringify({ pid, hostname, startedAt: '2024-01-01T00:00:00.000Z', token: 'someone' });

describe('lock', () => {
  it('a live lock stops the run with exit 2 and is left alone', async () => {
    const { inbox, out, lockFile } = await setup();
    await fs.writeFile(lockFile, lockText(process.pid));
    const result = await runBatch(options(inbox, { out }));
    expect(result.exitCode).toBe(2);
    expect(result.exitCode === 2 && result.reason).toMatch(new RegExp(`另一个批量评分.*进程 ${process.pid}`));
    expect(await fs.readFile(lockFile, 'utf8')).toBe(lockText(process.pid));
    expect(await listAll(out)).toEqual(['.kpi-batch.lock']);
  });

  it('a lock that cannot be created (an out folder the cron user may not write) is said in words, not as EACCES', async () => {
    const { inbox, out } = await setup();
    const { vi } = await import('vitest');
    const denied = Object.assign(new Error("EACCES: permission denied, open '.kpi-batch.lock'"), { code: 'EACCES' });
    const spy = vi.spyOn(fs, 'open').mockRejectedValue(denied);
    try {
      const result = await runBatch(options(inbox, { out }));
      expect(result.exitCode).toBe(2);
      expect(result.exitCode === 2 && result.reason).toBe(`无法在输出文件夹 ${out} 创建锁文件:没有写入权限,请检查这个文件夹的权限,或用 --out 换一个运行 kpi 的用户可以写入的文件夹`);
    } finally {
      spy.mockRestore();
    }
  });

  it('a lock of another host is never taken over, even with a dead pid', async () => {
    const { inbox, out, lockFile } = await setup();
    await fs.writeFile(lockFile, lockText(deadPid(), 'some-other-host'));
    const result = await runBatch(options(inbox, { out }));
    expect(result.exitCode === 2 && result.reason).toMatch(/some-other-host/);
  });

  it('a stale lock (dead pid, this host) is taken over and released', async () => {
    const { inbox, out, lockFile } = await setup();
    await fs.writeFile(lockFile, lockText(deadPid()));
    const result = await runBatch(options(inbox, { out }));
    expect(result.exitCode).toBe(0);
    await expect(fs.access(lockFile)).rejects.toThrow();
    expect((await listAll(out)).filter((n) => n.startsWith('.kpi-tmp-'))).toEqual([]);
  });

  it('after a run killed before its report: the lock taken over is said, and the problems that run found count in this exit code (once)', async () => {
    const { inbox, out, lockFile } = await setup();
    await put(inbox, 'warn.xlsx', { problems: [{ severity: 'warning', code: 'rater-spread', message: '评分差异大' }] });
    expect((await runBatch(options(inbox, { out }))).exitCode).toBe(1);
    // What a run killed after grading both files leaves: results marked unreported in the manifest, and its lock.
    const file = path.join(out, '.kpi-manifest.json');
    const m = JSON.parse(await fs.readFile(file, 'utf8'));
    for (const e of Object.values(m.files) as Array<Record<string, unknown>>) e.unreported = true;
    await fs.writeFile(file, JSON.stringify(m));
    const pid = deadPid();
    await fs.writeFile(lockFile, lockText(pid));
    const events: BatchEvent[] = [];
    const next = await runBatch(options(inbox, { out }), { onEvent: (e) => events.push(e) });
    // Nothing changed, but warn.xlsx's problems were never reported (the killed run wrote no report): exit 1, not 0.
    expect(next.exitCode).toBe(1);
    const byFile = Object.fromEntries(reportOf(next).files.map((f) => [f.file, f]));
    expect(byFile['warn.xlsx']).toMatchObject({ status: 'skipped-unchanged', lastStatus: 'problems', unreported: true });
    expect(byFile['warn.xlsx']!.reason).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC 那次运行在写出报告前被中断,这是那次的结果;内容与考核表定义均未变化/);
    expect(byFile['a.xlsx']).toMatchObject({ lastStatus: 'graded', unreported: true });
    // Counted as what they were, with their people: reported now, as this run's (they were 「未变化」, in no 共 N 人).
    const totals = reportOf(next).totals;
    expect([totals.graded, totals.problems, totals.skippedUnchanged]).toEqual([1, 1, 0]);
    expect(totals.people).toBe(byFile['a.xlsx']!.people + byFile['warn.xlsx']!.people);
    expect(events.filter((e) => e.type === 'warning').map((e) => (e as { message: string }).message)).toEqual([
      `上次的批量评分(主机 ${os.hostname()} 上的进程 ${pid},开始于 2024-01-01T00:00:00.000Z)没有正常结束(进程被结束或机器重启过),已接管它留下的锁`,
    ]);
    // Reported now: the run after that is quiet again.
    const third = await runBatch(options(inbox, { out }));
    expect(third.exitCode).toBe(0);
    expect(reportOf(third).files.every((f) => f.unreported === undefined)).toBe(true);
  });

  it('after a run killed before its report: a file deleted since is reported as that run\'s (unreported: true), one renamed since is not counted twice', async () => {
    const { inbox, out, lockFile } = await setup();
    await put(inbox, 'warn.xlsx', { problems: [{ severity: 'warning', code: 'rater-spread', message: '评分差异大' }] });
    expect((await runBatch(options(inbox, { out }))).exitCode).toBe(1);
    const file = path.join(out, '.kpi-manifest.json');
    const m = JSON.parse(await fs.readFile(file, 'utf8'));
    for (const e of Object.values(m.files) as Array<Record<string, unknown>>) e.unreported = true;
    await fs.writeFile(file, JSON.stringify(m));
    await fs.writeFile(lockFile, lockText(deadPid()));
    // warn.xlsx deleted; a.xlsx renamed (the same content under another name).
    await fs.rm(path.join(inbox, 'warn.xlsx'));
    await fs.rename(path.join(inbox, 'a.xlsx'), path.join(inbox, 'a-3月.xlsx'));
    const next = await runBatch(options(inbox, { out }));
    const files = reportOf(next).files;
    // (a.xlsx was listed beside a-3月.xlsx: its people counted twice, no word.)
    expect(files.map((f) => f.file).sort()).toEqual(['a-3月.xlsx', 'warn.xlsx']);
    expect(files.find((f) => f.file === 'warn.xlsx')).toMatchObject({ status: 'problems', unreported: true });
    expect(reportOf(next).totals.people).toBe(files.reduce((n, f) => n + f.people, 0));
  });

  it('waits up to waitMs for a lock that is released', async () => {
    const { inbox, out, lockFile } = await setup();
    await fs.writeFile(lockFile, lockText(process.pid));
    setTimeout(() => void fs.rm(lockFile), 400);
    const events: BatchEvent[] = [];
    const result = await runBatch(options(inbox, { out, waitMs: 10_000 }), { onEvent: (e) => events.push(e) });
    expect(result.exitCode).toBe(0);
    expect(events[0]).toMatchObject({ type: 'waiting-lock' });
  });

  it('a signal while waiting (--wait) stops the wait: no lock taken, nothing graded, exit 2 (it waited on, then graded at exit 0)', async () => {
    const { inbox, out, lockFile } = await setup();
    await fs.writeFile(lockFile, lockText(process.pid));
    const stop = new AbortController();
    const events: BatchEvent[] = [];
    setTimeout(() => stop.abort(), 300);
    const started = Date.now();
    const result = await runBatch(options(inbox, { out, waitMs: 30_000, signal: stop.signal }), { onEvent: (e) => events.push(e) });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.exitCode).toBe(2);
    expect(result.exitCode === 2 && result.reason).toMatch(/^等待另一个批量评分(.*)时收到停止信号,没有评分$/);
    expect(events.map((e) => e.type)).toEqual(['waiting-lock']);
    // The other run's lock is left as it was.
    expect(await fs.readFile(lockFile, 'utf8')).toBe(lockText(process.pid));
  });

  it('the lock file holds pid, host and start; release removes only our own lock', async () => {
    const dir = await tempDir();
    const lock = await acquireLock(dir, { now: () => Date.UTC(2024, 0, 2) });
    if (!lock.ok) throw new Error(lock.reason);
    const info = JSON.parse(await fs.readFile(lock.file, 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, hostname: os.hostname(), startedAt: '2024-01-02T00:00:00.000Z' });
    const second = await acquireLock(dir, { waitMs: 100 });
    expect(second.ok).toBe(false);
    // Someone else's lock replaced ours: release must not remove it.
    await fs.writeFile(lock.file, lockText(process.pid));
    await lock.release();
    expect(await fs.readFile(lock.file, 'utf8')).toBe(lockText(process.pid));
  });

  it('two runs at once in one process: one runs, the other exits 2; a waiting one finds nothing to do', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    for (let i = 0; i < 6; i++) await put(inbox, `f${i}.xlsx`, { chunks: 4, chunkDelay: 20, n: i }); // each its own content: copies would be warned about
    const [a, b] = await Promise.all([runBatch(options(inbox, { out })), runBatch(options(inbox, { out }))]);
    expect([a.exitCode, b.exitCode].sort()).toEqual([0, 2]);
    const both = await Promise.all([runBatch(options(inbox, { out, force: true, waitMs: 30_000 })), runBatch(options(inbox, { out, waitMs: 30_000 }))]);
    expect(both.map((x) => reportOf(x).totals.graded).sort()).toEqual([0, 6]);
    expect(both.map((x) => reportOf(x).totals.skippedUnchanged).sort()).toEqual([0, 6]);
    for (let i = 0; i < 6; i++) await readFakeOutput(path.join(out, `f${i}.graded.xlsx`));
  });
});

// The owner of a lock is gone when provably so: another boot, a dead pid, or a pid that now belongs to a
// process started at another time. PID 1 of a killed container run is the case a pid alone gets wrong.
describe('lock owner gone or alive', () => {
  const here = () => selfInfo(new Date().toISOString());
  const lockOf = (extra: Partial<LockInfo>) => JSON.stringify({ ...here(), token: 'someone', ...extra });

  it('pid 1 whose start time is not the recorded one is taken over; with the recorded one it is alive', async () => {
    const pid1 = processStartTicks(1);
    if (pid1 === undefined || here().bootId === undefined) return; // not Linux: nothing to compare
    const gone = await setup();
    await fs.writeFile(gone.lockFile, lockOf({ pid: 1, startTicks: pid1 + 12_345 }));
    expect((await runBatch(options(gone.inbox, { out: gone.out }))).exitCode).toBe(0);
    await expect(fs.access(gone.lockFile)).rejects.toThrow();

    const alive = await setup();
    await fs.writeFile(alive.lockFile, lockOf({ pid: 1, startTicks: pid1 }));
    const r = await runBatch(options(alive.inbox, { out: alive.out }));
    expect(r.exitCode === 2 && r.reason).toMatch(/进程 1,/);
  });

  it('a lock of this host from an earlier boot is taken over, whatever its pid', async () => {
    const { inbox, out, lockFile } = await setup();
    await fs.writeFile(lockFile, lockOf({ pid: process.pid, bootId: '00000000-0000-0000-0000-000000000000' }));
    expect((await runBatch(options(inbox, { out }))).exitCode).toBe(0);
  });

  it('ownerGone: what can be compared and what cannot', () => {
    const me: LockInfo = { pid: 10, hostname: 'h', startedAt: '', token: 'me', bootId: 'B', pidNamespace: 'pid:[1]', startTicks: 500 };
    const alive = (pid: number) => pid !== 99;
    const ticks = (pid: number) => (pid === 7 ? 700 : undefined);
    const owner = (x: Partial<LockInfo>): LockInfo => ({ ...me, token: 'other', ...x });
    expect(ownerGone(owner({ pid: 99 }), me, alive, ticks)).toBe(true); // dead
    expect(ownerGone(owner({ pid: 7, startTicks: 700 }), me, alive, ticks)).toBe(false); // same process
    expect(ownerGone(owner({ pid: 7, startTicks: 701 }), me, alive, ticks)).toBe(true); // pid reused
    expect(ownerGone(owner({ pid: 7, bootId: 'A' }), me, alive, ticks)).toBe(true); // rebooted
    expect(ownerGone(owner({ pid: 7, startTicks: undefined, bootId: undefined, pidNamespace: undefined }), me, alive, ticks)).toBe(false); // old lock, pid alive
    // Another host name sharing our kernel and pid namespace (a container with --pid=host): comparable.
    expect(ownerGone(owner({ hostname: 'c', pid: 99 }), me, alive, ticks)).toBe(true);
    // Another container's pid namespace, or another machine: cannot be proven gone.
    expect(ownerGone(owner({ hostname: 'c', pid: 99, pidNamespace: 'pid:[2]' }), me, alive, ticks)).toBe(false);
    expect(ownerGone(owner({ hostname: 'c', pid: 99, bootId: 'A' }), me, alive, ticks)).toBe(false);
  });

  it('an empty lock (a full disk) is stale once old, or once it stayed empty while watched', async () => {
    const old = await setup();
    await fs.writeFile(old.lockFile, '');
    const t = new Date(Date.now() - 10_000);
    await fs.utimes(old.lockFile, t, t);
    expect((await runBatch(options(old.inbox, { out: old.out }))).exitCode).toBe(0);

    // Modified "in the future" (a clock ahead): age says nothing; watching it stay empty does.
    const dir = await tempDir();
    const file = path.join(dir, '.kpi-batch.lock');
    await fs.writeFile(file, '');
    const future = new Date(Date.now() + 3_600_000);
    await fs.utimes(file, future, future);
    const lock = await acquireLock(dir, { unreadableStaleMs: 300 });
    expect(lock.ok).toBe(true);
    if (lock.ok) await lock.release();
  });
});
