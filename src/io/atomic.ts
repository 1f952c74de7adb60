import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { files, type OpenFile } from './fileSystem.js';
import { pendingTemporaryFiles as pending } from './pendingFiles.js';

export { removePendingTemporaryFiles } from './pendingFiles.js';

/** Longest file name (bytes) most file systems take. */
export const MAX_NAME_BYTES = 255;

/**
 * `.kpi-tmp-<pid>-<random>-<name>` beside the target. A name the file system only just accepts (238 bytes) must
 * not fail as the temporary name (ENAMETOOLONG): the name's tail is kept, as much as fits.
 */
export function temporaryNameFor(target: string): string {
  const dir = path.dirname(target);
  const prefix = `.kpi-tmp-${process.pid}-${randomBytes(4).toString('hex')}-`;
  let tail = [...path.basename(target)];
  while (tail.length && Buffer.byteLength(prefix + tail.join('')) > MAX_NAME_BYTES) tail = tail.slice(1);
  return path.join(dir, prefix + tail.join(''));
}

/**
 * Writes a file so that `target` is either the old file or the complete new one, never half of it:
 * write to a temporary name beside it, fsync, then rename over.
 * With `overwrite: false` an existing target is refused (EEXIST).
 */
export async function writeFileAtomic(
  target: string,
  write: (tmpPath: string) => Promise<void>,
  /** `beforeRename`: told just before the complete file takes its name (a signal from then on finds it finished). */
  options: { overwrite?: boolean; beforeRename?: () => void } = {},
): Promise<void> {
  if (!options.overwrite) {
    const exists = await files.lstat(target).then(() => true, () => false);
    if (exists) {
      const err = new Error(`EEXIST: ${target}`) as NodeJS.ErrnoException;
      err.code = 'EEXIST';
      throw err;
    }
  }
  await removeStaleTemporaries(path.dirname(target));
  const tmp = temporaryNameFor(target);
  pending.add(tmp);
  try {
    await write(tmp);
    const handle = await files.open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    options.beforeRename?.();
    await files.rename(tmp, target);
    await syncFolder(path.dirname(target));
  } catch (err) {
    await files.rm(tmp).catch(() => undefined);
    throw err;
  } finally {
    pending.delete(tmp);
  }
}

/** kpi's own temporary names (temporaryNameFor): `.kpi-tmp-<pid>-<8 hex>-…`. */
const TEMPORARY = /^\.kpi-tmp-(\d+)-[0-9a-f]{8}-/;
/** Folders this process has cleaned already: once is enough (kpi batch writes thousands of files into one). */
const cleaned = new Set<string>();

/**
 * Removes from `dir` the temporaries of kpi processes that are no longer running: one killed (kill -9, a power
 * cut) while writing an output left a hidden `.kpi-tmp-<pid>-…` beside it, which nothing else would ever remove.
 * Only files of kpi's own temporary name whose pid is not alive; a running process's (another kpi writing to the
 * same folder, or this one) are left alone. Best effort, once per folder and process; returns what it removed.
 */
export async function removeStaleTemporaries(dir: string): Promise<string[]> {
  const key = path.resolve(dir);
  if (cleaned.has(key)) return [];
  cleaned.add(key);
  const removed: string[] = [];
  const entries = await fs.readdir(key, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const m = TEMPORARY.exec(e.name);
    if (!m || !e.isFile()) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || pidAlive(pid)) continue;
    const file = path.join(key, e.name);
    await fs.unlink(file).then(() => removed.push(file), () => undefined);
  }
  return removed;
}

/** Whether a process of this host is alive (EPERM = alive, another user's). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
  // A process killed and not yet reaped (a zombie: state Z in /proc/<pid>/stat) answers signal 0 but runs no more; under
  // a container's init that never reaps, a kill -9'd batch's lock was never taken over.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/**
 * Makes a folder's entries (a rename, a new file) durable: without it a power cut may keep the old name after a
 * later step that relied on the new one. Best effort: some systems cannot open a folder (Windows), and then the
 * file system orders it well enough or not at all.
 */
export async function syncFolder(dir: string): Promise<void> {
  let handle: OpenFile | undefined;
  try {
    handle = await files.open(dir, 'r');
    await handle.sync();
  } catch {
    // not supported here
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export async function writeTextAtomic(target: string, text: string, options: { overwrite?: boolean } = {}): Promise<void> {
  await writeFileAtomic(target, (tmp) => files.writeFile(tmp, text), options);
}
