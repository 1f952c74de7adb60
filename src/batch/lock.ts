import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync, readlinkSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pidAlive } from '../io/atomic.js';

// One batch run per output folder: `.kpi-batch.lock`, created with O_EXCL, holds who runs: host, boot id,
// pid namespace, pid and the process's start time (clock ticks since boot, /proc/PID/stat field 22).
// A lock is taken over only when its owner is provably gone: this kernel was rebooted since, or the pid
// is dead, or the pid now belongs to a process that started at another time (a run killed as PID 1 of a
// container leaves `pid 1`, and pid 1 is always alive). A pid alone proves nothing. A lock from another
// machine, or from another container's pid namespace, cannot be checked and is never taken over.

export const LOCK_NAME = '.kpi-batch.lock';
/**
 * An empty or unparseable lock file is a run killed between create and write (or a full disk): stale
 * once it is this old, or once it has stayed unchanged this long while we watched (clocks can lie).
 */
const UNREADABLE_STALE_MS = 5_000;
const POLL_MS = 200;

export interface LockInfo {
  pid: number;
  hostname: string;
  startedAt: string;
  token: string;
  /** /proc/sys/kernel/random/boot_id of the owner's kernel (Linux). */
  bootId?: string;
  /** The owner's pid namespace, `pid:[4026531836]` (Linux). */
  pidNamespace?: string;
  /** The owner's start time in clock ticks since boot (Linux). */
  startTicks?: number;
}

export type LockResult =
  /** tookOver: the run whose lock was stale (killed, or the machine restarted), as said to the user. */
  | { ok: true; file: string; release(): Promise<void>; releaseSync(): void; tookOver?: string }
  | { ok: false; holder: LockInfo | null; reason: string };

function readOr<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function bootId(): string | undefined {
  return readOr(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()) || undefined;
}

function pidNamespace(pid: number | 'self'): string | undefined {
  return readOr(() => readlinkSync(`/proc/${pid}/ns/pid`));
}

/** Field 22 of /proc/PID/stat: when the process started, in clock ticks after boot. */
export function processStartTicks(pid: number | 'self'): number | undefined {
  const stat = readOr(() => readFileSync(`/proc/${pid}/stat`, 'utf8'));
  if (!stat) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces or ')': count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[22 - 3]);
  return Number.isSafeInteger(ticks) ? ticks : undefined;
}

/** Who this process is, as written into a lock. */
export function selfInfo(startedAt: string): LockInfo {
  const info: LockInfo = { pid: process.pid, hostname: os.hostname(), startedAt, token: randomBytes(8).toString('hex') };
  const boot = bootId();
  const ns = pidNamespace('self');
  const ticks = processStartTicks('self');
  if (boot) info.bootId = boot;
  if (ns) info.pidNamespace = ns;
  if (ticks !== undefined) info.startTicks = ticks;
  return info;
}

/**
 * Whether the lock's owner is provably gone, judged from this process. `me` is this process's own
 * info (same fields), passed in so tests can play another host or another boot.
 */
export function ownerGone(owner: LockInfo, me: LockInfo, alive: (pid: number) => boolean = pidAlive, startTicksOf = processStartTicks): boolean {
  const sameHost = owner.hostname === me.hostname;
  const sameBoot = owner.bootId !== undefined && me.bootId !== undefined ? owner.bootId === me.bootId : null;
  // Same host name, another boot: every process of that boot is gone.
  if (sameHost && sameBoot === false) return true;
  // Pids can be compared only within one kernel and one pid namespace: the same host (as before), or
  // another host name (a container) that shares our kernel and pid namespace.
  const sameNamespace = owner.pidNamespace !== undefined && me.pidNamespace !== undefined && owner.pidNamespace === me.pidNamespace;
  const comparable = sameHost ? sameBoot !== false : sameBoot === true && sameNamespace;
  if (!comparable) return false;
  if (!alive(owner.pid)) return true;
  // Alive: the same process only if it started when the owner did (pid reuse, PID 1 of a new container).
  if (owner.startTicks !== undefined && sameBoot === true) {
    const now = startTicksOf(owner.pid);
    if (now !== undefined && now !== owner.startTicks) return true;
  }
  return false;
}


function parse(text: string): LockInfo | null {
  try {
    const x = JSON.parse(text) as Partial<LockInfo>;
    if (typeof x.pid === 'number' && typeof x.hostname === 'string' && typeof x.startedAt === 'string' && typeof x.token === 'string') {
      const info: LockInfo = { pid: x.pid, hostname: x.hostname, startedAt: x.startedAt, token: x.token };
      if (typeof x.bootId === 'string') info.bootId = x.bootId;
      if (typeof x.pidNamespace === 'string') info.pidNamespace = x.pidNamespace;
      if (typeof x.startTicks === 'number') info.startTicks = x.startTicks;
      return info;
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
  options: { waitMs?: number; now?: () => number; onWait?: (holder: string) => void; self?: LockInfo; unreadableStaleMs?: number; signal?: AbortSignal } = {},
): Promise<LockResult> {
  const file = path.join(dir, LOCK_NAME);
  const now = options.now ?? Date.now;
  const info: LockInfo = options.self ?? selfInfo(new Date(now()).toISOString());
  const deadline = Date.now() + Math.max(0, options.waitMs ?? 0);
  let told = false;
  let tookOver: string | undefined;
  // An unreadable lock as first seen: its text and when we saw it (our own clock, not the file's mtime).
  let watched: { text: string; since: number } | null = null;
  const unreadableStale = options.unreadableStaleMs ?? UNREADABLE_STALE_MS;
  for (;;) {
    if (await tryCreate(file, info)) {
      return { ok: true, file, release: () => releaseLock(file, info.token), releaseSync: () => releaseLockSync(file, info.token), ...(tookOver ? { tookOver } : {}) };
    }
    const held = await readLock(file);
    if (!held) continue; // released between our create and our read
    let stale: boolean;
    let unreadableYoung = false;
    if (held.info) {
      watched = null;
      stale = ownerGone(held.info, info);
    } else {
      if (!watched || watched.text !== held.text) watched = { text: held.text, since: Date.now() };
      const age = Date.now() - held.mtimeMs;
      stale = age > unreadableStale || Date.now() - watched.since > unreadableStale;
      unreadableYoung = !stale;
    }
    if (stale) {
      tookOver = held.info ? describeHolder(held.info) : '锁文件是空的或无法读取';
      await takeOver(file, held.text);
      watched = null;
      continue;
    }
    const remaining = deadline - Date.now();
    // Stopped while waiting (--wait, cron's SIGTERM): no run; it took the lock and graded at exit 0 after the signal.
    if (options.signal?.aborted) {
      return { ok: false, holder: held.info, reason: `等待另一个批量评分(${describeHolder(held.info)})时收到停止信号,没有评分` };
    }
    // A lock still being written is waited for a few seconds even without --wait: it is soon a real
    // lock (and then judged as one) or soon stale.
    if (remaining <= 0 && !unreadableYoung) {
      return {
        ok: false,
        holder: held.info,
        reason: `另一个批量评分正在使用 ${dir}(${describeHolder(held.info)});锁文件 ${file}。如确认该进程已不在运行,可删除此锁文件`,
      };
    }
    if (!told) {
      told = true;
      options.onWait?.(describeHolder(held.info));
    }
    // Woken by a signal as well: said above on the next turn.
    await sleep(Math.max(1, Math.min(POLL_MS, remaining > 0 ? remaining : POLL_MS)), undefined, options.signal ? { signal: options.signal } : {}).catch(() => undefined);
  }
}

/** Removes the lock only if it is still ours. */
/** The lock removed at once if it is still ours (a second signal ends the process before the run's own release). */
export function releaseLockSync(file: string, token: string): void {
  try {
    if ((JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>).token === token) unlinkSync(file);
  } catch {
    // unreadable or gone: the next run judges it
  }
}

async function releaseLock(file: string, token: string): Promise<void> {
  const held = await readLock(file).catch(() => null);
  if (held?.info?.token === token) await fs.rm(file, { force: true });
}
