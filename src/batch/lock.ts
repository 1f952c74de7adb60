import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// One batch run per output folder: `.kpi-batch.lock`, created with O_EXCL, holds pid + host + start.
// A lock left by a dead process on this host is taken over; a lock from another host never is.

export const LOCK_NAME = '.kpi-batch.lock';
/** A lock file that cannot be parsed is a run killed between create and write once it is this old. */
const UNREADABLE_STALE_MS = 60_000;
const POLL_MS = 200;

export interface LockInfo {
  pid: number;
  hostname: string;
  startedAt: string;
  token: string;
}

export type LockResult =
  | { ok: true; file: string; release(): Promise<void> }
  | { ok: false; holder: LockInfo | null; reason: string };

/** Whether a process of this host is alive (EPERM = alive, another user's). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function parse(text: string): LockInfo | null {
  try {
    const x = JSON.parse(text) as Partial<LockInfo>;
    if (typeof x.pid === 'number' && typeof x.hostname === 'string' && typeof x.startedAt === 'string' && typeof x.token === 'string') {
      return x as LockInfo;
    }
  } catch {
    // fall through
  }
  return null;
}

async function readLock(file: string): Promise<{ info: LockInfo | null; text: string; mtimeMs: number } | null> {
  try {
    const [text, stat] = await Promise.all([fs.readFile(file, 'utf8'), fs.stat(file)]);
    return { info: parse(text), text, mtimeMs: stat.mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export function describeHolder(info: LockInfo | null): string {
  if (!info) return '未知进程';
  return `主机 ${info.hostname} 上的进程 ${info.pid},开始于 ${info.startedAt}`;
}

async function tryCreate(file: string, info: LockInfo): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(file, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    await handle.writeFile(JSON.stringify(info) + '\n', 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

/** Moves a stale lock aside, checks it is still the one judged stale, removes it. */
async function takeOver(file: string, staleText: string): Promise<void> {
  const aside = path.join(path.dirname(file), `.kpi-tmp-${process.pid}-${randomBytes(4).toString('hex')}-${LOCK_NAME}`);
  try {
    await fs.rename(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else took it over first
    throw err;
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => staleText);
  if (moved !== staleText) {
    // Another run took over and created a fresh lock between our read and our rename: give it back.
    await fs.link(aside, file).catch(() => undefined);
  }
  await fs.rm(aside, { force: true });
}

export async function acquireLock(
  dir: string,
  options: { waitMs?: number; now?: () => number; onWait?: (holder: string) => void } = {},
): Promise<LockResult> {
  const file = path.join(dir, LOCK_NAME);
  const now = options.now ?? Date.now;
  const hostname = os.hostname();
  const info: LockInfo = { pid: process.pid, hostname, startedAt: new Date(now()).toISOString(), token: randomBytes(8).toString('hex') };
  const deadline = Date.now() + Math.max(0, options.waitMs ?? 0);
  let told = false;
  for (;;) {
    if (await tryCreate(file, info)) {
      return { ok: true, file, release: () => releaseLock(file, info.token) };
    }
    const held = await readLock(file);
    if (!held) continue; // released between our create and our read
    const stale = held.info
      ? held.info.hostname === hostname && !pidAlive(held.info.pid)
      : Date.now() - held.mtimeMs > UNREADABLE_STALE_MS;
    if (stale) {
      await takeOver(file, held.text);
      continue;
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      return { ok: false, holder: held.info, reason: `另一个批量评分正在使用 ${dir}(${describeHolder(held.info)});锁文件 ${file}` };
    }
    if (!told) {
      told = true;
      options.onWait?.(describeHolder(held.info));
    }
    await sleep(Math.min(POLL_MS, remaining));
  }
}

/** Removes the lock only if it is still ours. */
async function releaseLock(file: string, token: string): Promise<void> {
  const held = await readLock(file).catch(() => null);
  if (held?.info?.token === token) await fs.rm(file, { force: true });
}
