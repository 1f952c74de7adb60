import { createHash } from 'node:crypto';
import { constants, promises as fs, readdirSync, unlinkSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { MAX_NAME_BYTES, pidAlive, temporaryNameFor } from '../io/atomic.js';
import type { Candidate } from './discover.js';

/**
 * Output of each input, relative to the output folder ('/'-separated): `dir/name.graded.xlsx`; when two
 * inputs of one folder would share it (a.xlsx and a.csv), the .xlsx keeps it and the other gets
 * `a.csv.graded.xlsx`. Case-insensitive, so it holds on Windows/macOS shares too.
 *
 * `held`: the outputs the manifest already gives to inputs (present or gone, while that output is still
 * there). An input keeps its output from run to run, and no other input is given a name that is held:
 * `a.csv` graded alone keeps `a.graded.xlsx` when `a.xlsx` arrives later, which gets `a.xlsx.graded.xlsx`.
 */
export function planOutputs(files: Candidate[], held: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const heldBy = new Map<string, string>();
  for (const [rel, output] of held) if (!heldBy.has(output.toLowerCase())) heldBy.set(output.toLowerCase(), rel);
  const taken = new Set<string>();
  const plan = new Map<string, string>();
  for (const f of files) {
    const own = held.get(f.rel);
    if (own !== undefined && heldBy.get(own.toLowerCase()) === f.rel && !taken.has(own.toLowerCase())) {
      taken.add(own.toLowerCase());
      plan.set(f.rel, own);
    }
  }
  const order = [...files].sort((a, b) => {
    const ax = a.rel.endsWith('.xlsx') ? 0 : 1;
    const bx = b.rel.endsWith('.xlsx') ? 0 : 1;
    return ax - bx || (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  });
  for (const f of order) {
    if (plan.has(f.rel)) continue;
    const dir = path.posix.dirname(f.rel);
    const name = path.posix.basename(f.rel);
    const stem = name.slice(0, name.length - path.posix.extname(name).length);
    const names = [fitName(stem, '.graded.xlsx'), fitName(name, '.graded.xlsx')];
    for (let i = 2; ; i++) {
      const pick = names.shift() ?? fitName(name, `-${i}.graded.xlsx`);
      const rel = dir === '.' ? pick : `${dir}/${pick}`;
      const key = rel.toLowerCase();
      if (!taken.has(key) && !heldBy.has(key)) {
        taken.add(key);
        plan.set(f.rel, rel);
        break;
      }
    }
  }
  return plan;
}

/**
 * `base + tail`, or when that is longer than a file name can be (a legal 250-byte input name plus
 * `.graded.xlsx`), `base` cut short at a character and marked with a digest of the whole of it: two long names
 * that start alike still get outputs of their own, and the same input always the same name.
 */
export function fitName(base: string, tail: string): string {
  if (Buffer.byteLength(base + tail) <= MAX_NAME_BYTES) return base + tail;
  const mark = `~${createHash('sha256').update(base).digest('hex').slice(0, 8)}`;
  const room = MAX_NAME_BYTES - Buffer.byteLength(mark + tail);
  let cut = '';
  let used = 0;
  for (const ch of base) {
    used += Buffer.byteLength(ch);
    if (used > room) break;
    cut += ch;
  }
  return cut + mark + tail;
}

export function fromRel(root: string, rel: string): string {
  return path.join(root, ...rel.split('/'));
}

/**
 * `mkdir -p` that always ends. Node 20's recursive mkdir never returns where the system answers ENOENT for a
 * folder whose parent exists (`--out /proc/x`): it retries the same step forever. Here each missing folder is
 * made once, from the nearest existing one down, and any refusal is the caller's error.
 */
export async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    const stat = await fs.stat(at).catch((err: NodeJS.ErrnoException) => err);
    if (!(stat instanceof Error)) {
      if (!stat.isDirectory()) throw Object.assign(new Error(`${at} is not a folder`), { code: 'ENOTDIR' });
      break;
    }
    if (stat.code !== 'ENOENT') throw stat;
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const d of missing.reverse()) {
    await fs.mkdir(d).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
  }
}

async function exists(p: string): Promise<boolean> {
  return fs.lstat(p).then(() => true, () => false);
}

/** The n-th name an input may take in the done folder: its own (n = 0), then name-1.xlsx, name-2.xlsx … */
export function doneName(doneRoot: string, rel: string, n: number): string {
  const target = fromRel(doneRoot, rel);
  if (n === 0) return target;
  const ext = path.extname(target);
  return path.join(path.dirname(target), `${path.basename(target, ext)}-${n}${ext}`);
}

/**
 * Moves a finished input to `doneRoot/<its subfolder>/`, never over an existing file (name-1.xlsx,
 * name-2.xlsx …). Across devices: copy to a temporary name, rename, then remove the original.
 */
export async function moveDone(src: string, rel: string, doneRoot: string): Promise<string> {
  await makeDirs(path.dirname(fromRel(doneRoot, rel)));
  // A link in the inbox (to a file on a share): moved as it was, a relative one pointed at nothing from the done
  // folder, and the next run dropped its people from the summary. Made again there to the file itself, absolute.
  const linkedTo = (await fs.lstat(src)).isSymbolicLink() ? await fs.realpath(src) : null;
  for (let n = 0; n < 10_000; n++) {
    const dest = doneName(doneRoot, rel, n);
    if (await exists(dest)) continue;
    if (linkedTo !== null) {
      const tmp = temporaryNameFor(dest);
      try {
        await fs.symlink(linkedTo, tmp);
        if (await exists(dest)) continue;
        await fs.rename(tmp, dest);
      } finally {
        await fs.rm(tmp, { force: true });
      }
      await fs.unlink(src).catch(async (err: unknown) => {
        await fs.rm(dest, { force: true });
        throw err;
      });
      return dest;
    }
    try {
      await fs.rename(src, dest);
      return dest;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    }
    const tmp = temporaryNameFor(dest);
    try {
      await fs.copyFile(src, tmp, constants.COPYFILE_EXCL);
      const handle = await fs.open(tmp, 'r+');
      await handle.sync().finally(() => handle.close());
      if (await exists(dest)) continue;
      await fs.rename(tmp, dest);
    } finally {
      await fs.rm(tmp, { force: true });
    }
    try {
      await fs.unlink(src);
    } catch (err) {
      // The original stays (an inbox on a read-only share): so must nothing else, or every night left one more copy
      // in the done folder (b.csv, b-1.csv, b-2.csv …) beside an original still to be moved.
      if (await exists(src)) await fs.rm(dest, { force: true });
      throw err;
    }
    return dest;
  }
  throw new Error(`${path.dirname(fromRel(doneRoot, rel))} 中同名文件过多`);
}

const TMP = /^\.kpi-tmp-(\d+)-/;

/** The `.kpi-tmp-<pid>-…` files under `root` (its subfolders when `recursive`, never hidden ones), with their pid. */
function temporariesUnder(root: string, recursive: boolean): Array<{ abs: string; pid: number }> {
  const found: Array<{ abs: string; pid: number }> = [];
  const walk = (dir: string) => {
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (recursive && !e.name.startsWith('.')) walk(abs);
        continue;
      }
      const m = TMP.exec(e.name);
      if (m) found.push({ abs, pid: Number(m[1]) });
    }
  };
  walk(root);
  return found;
}

/**
 * The half-written outputs of this process under `root`, removed synchronously: what a second signal leaves no time to
 * wait for (the workers are stopped with the process). How many.
 */
export function removeOwnTemporariesSync(root: string, recursive: boolean): number {
  let removed = 0;
  for (const t of temporariesUnder(root, recursive)) {
    if (t.pid !== process.pid) continue;
    try {
      unlinkSync(t.abs);
      removed++;
    } catch {
      // gone already
    }
  }
  return removed;
}

/**
 * Removes `.kpi-tmp-<pid>-…` files left by a killed process of this host (the caller holds the batch
 * lock, so no other run writes here; a live process's temporaries are left alone). `includeOwn`: also
 * this process's, once its workers are terminated (a timed-out or interrupted file's half-written output).
 */
export async function removeStaleTemporaries(root: string, recursive: boolean, includeOwn = false): Promise<string[]> {
  const removed: string[] = [];
  for (const t of temporariesUnder(root, recursive)) {
    if (t.pid === process.pid ? !includeOwn : pidAlive(t.pid)) continue;
    await fs.rm(t.abs, { force: true }).then(() => removed.push(t.abs), () => undefined);
  }
  return removed;
}
