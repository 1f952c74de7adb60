import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Candidate } from './discover.js';
import { fsReason, type FsReason } from '../model/problems/index.js';

// A file still being copied into the inbox is left for the next run: it was modified too recently,
// or its size/mtime moved during a short re-check or while it was being hashed.

export type Settled =
  /** `hashedAt`: the wall clock when hashing began, what a status change time (ctime) is compared with. */
  | { settled: true; file: Candidate; sha256: string; hashedAt: number }
  | { settled: false; file: Candidate; reason: string }
  | { settled: 'error'; file: Candidate; reason: FsReason };

function seconds(ms: number): string {
  return `${Math.max(0, Math.round(ms / 100) / 10)}`;
}

/** A file seen still settling: its size and mtime then, and when (by the run's clock) it was first seen so. */
export interface Sighting {
  size: number;
  mtimeMs: number;
  seenAt: number;
}

/**
 * Files younger than settleMs (by mtime) are not settled; the rest are returned for the re-check.
 * A modification time in the future (a clock ahead on the machine that wrote it) gives no age: such a
 * file, like any young one, is settled once it has been seen with the same size and mtime for settleMs
 * (`sightings`, kept by the manifest from run to run). `settleMs` 0 settles everything at once.
 * `seen`: the sightings to keep for the next run (the files still settling).
 */
export function byAge(
  files: Candidate[],
  nowMs: number,
  settleMs: number,
  sightings: ReadonlyMap<string, Sighting> = new Map(),
): { old: Candidate[]; young: Settled[]; seen: Map<string, Sighting> } {
  const old: Candidate[] = [];
  const young: Settled[] = [];
  const seen = new Map<string, Sighting>();
  for (const f of files) {
    // A copy tool may set the old mtime first and write the content after (robocopy shows 1980 while copying; `cp -p`
    // puts it back at the end): the status change time says when the file was last written. One ahead of this
    // clock (a file server's) is left out, as it gives no age either.
    const changed = f.ctimeMs !== undefined && f.ctimeMs > f.mtimeMs && f.ctimeMs <= nowMs ? f.ctimeMs : f.mtimeMs;
    const age = nowMs - changed;
    if (settleMs <= 0 || (age >= 0 && age >= settleMs)) {
      old.push(f);
      continue;
    }
    const before = sightings.get(f.rel);
    const since = before && same(before, f) && before.seenAt <= nowMs ? before.seenAt : nowMs;
    if (nowMs - since >= settleMs) {
      old.push(f);
      // Kept while the mtime is still ahead: forgotten, the next run would see the file as new and wait again,
      // every other run (a stable file flipping between 未变化 and 仍在写入).
      if (age < 0) seen.set(f.rel, { size: f.size, mtimeMs: f.mtimeMs, seenAt: since });
      continue;
    }
    seen.set(f.rel, { size: f.size, mtimeMs: f.mtimeMs, seenAt: since });
    const reason =
      age < 0
        ? `文件的修改时间比现在晚 ${seconds(-age)} 秒(写入它的电脑时钟不准);大小和修改时间保持 ${seconds(settleMs)} 秒不变后评分,留待下次运行`
        : `文件 ${seconds(age)} 秒前刚修改(需静置 ${seconds(settleMs)} 秒),留待下次运行`;
    young.push({ settled: false, file: f, reason });
  }
  return { old, young, seen };
}

function same(a: { size: number; mtimeMs: number }, b: { size: number; mtimeMs: number }): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** As `same`, and the status change time too where both have one: a copy that fills a file of its final size and keeps its mtime changes only that. */
function unchanged(now: { size: number; mtimeMs: number; ctimeMs: number }, listed: Candidate): boolean {
  return same(now, listed) && (listed.ctimeMs === undefined || now.ctimeMs === listed.ctimeMs);
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}


/**
 * A file whose status change time is this far behind the clock when listed has been still for longer than the
 * pause would watch it: whatever writes it (a copy, a program putting an old mtime back) changes its ctime.
 * A minute, not the pause's second: a file server's clock may be behind this machine's (its ctime then looks
 * older than it is), and the pause is the one check that does not compare two clocks.
 */
export const QUIET_MS = 60_000;

/**
 * Whether the re-check pause is needed: some file changed (its ctime) within max(recheckMs, QUIET_MS) of `nowMs`,
 * or has no ctime, or one ahead of the clock. A cron run over files dropped minutes ago does not wait.
 */
export function needsPause(files: Candidate[], recheckMs: number, nowMs: number): boolean {
  if (recheckMs <= 0) return false;
  const quietFor = Math.max(recheckMs, QUIET_MS);
  return files.some((f) => !(f.ctimeMs !== undefined && nowMs - f.ctimeMs >= quietFor));
}

/**
 * After one pause of `recheckMs` for the whole list (when needsPause), each file's size/mtime must be as
 * discovered, and must not move while it is hashed. Hashing runs `parallel` files at a time.
 */
export async function recheckAndHash(files: Candidate[], recheckMs: number, parallel = 4, signal?: AbortSignal): Promise<Settled[]> {
  // The machine's clock, not the run's (a test's): ctime is the file system's. A stop ends the pause at once: a SIGTERM
  // waited out a pause of 60 s (past systemd's patience, then SIGKILL).
  if (needsPause(files, recheckMs, Date.now())) await sleep(recheckMs, undefined, signal ? { signal } : undefined).catch(() => undefined);
  const out: Settled[] = new Array(files.length);
  // One queue the lanes take from in turn: each file is checked once, results kept in the files' order.
  const queue = files.entries();
  async function lane(): Promise<void> {
    for (const [i, file] of queue) out[i] = await checkOne(file);
  }
  await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, lane));
  return out;
}

async function checkOne(file: Candidate): Promise<Settled> {
  try {
    const hashedAt = Date.now();
    const before = await fs.stat(file.abs);
    if (!unchanged(before, file)) return { settled: false, file, reason: '文件在复查期间仍在变化(可能正在复制),留待下次运行' };
    const sha256 = await sha256Of(file.abs);
    const after = await fs.stat(file.abs);
    if (!unchanged(after, file)) return { settled: false, file, reason: '文件在读取期间发生变化(可能正在复制),留待下次运行' };
    return { settled: true, file, sha256, hashedAt };
  } catch (err) {
    return { settled: 'error', file, reason: fsReason(err) };
  }
}

/**
 * Whether the input is still the bytes that were hashed (and graded), checked before --move-done moves it: a file
 * replaced meanwhile (a corrected copy saved over it) must stay for the next run to grade. Size and mtime decide
 * when they differ; when they are the same the bytes are hashed again only if the file's status change time is
 * after hashing began (a rename over it, a write that kept the mtime: `cp -p`, `touch -r`). A second of slack:
 * some shares keep coarse times. false when the file is gone or cannot be read.
 */
export async function stillAsHashed(file: Candidate, sha256: string, hashedAt: number): Promise<boolean> {
  try {
    const now = await fs.stat(file.abs);
    if (!same(now, file)) return false;
    if (now.ctimeMs < hashedAt - 1000) return true;
    return (await sha256Of(file.abs)) === sha256;
  } catch {
    return false;
  }
}
