import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Candidate } from './discover.js';

// A file still being copied into the inbox is left for the next run: it was modified too recently,
// or its size/mtime moved during a short re-check or while it was being hashed.

export type Settled =
  | { settled: true; file: Candidate; sha256: string }
  | { settled: false; file: Candidate; reason: string }
  | { settled: 'error'; file: Candidate; code: string; message: string };

function seconds(ms: number): string {
  return `${Math.max(0, Math.round(ms / 100) / 10)}`;
}

/** Files younger than settleMs (by mtime) are not settled; the rest are returned for the re-check. */
export function byAge(files: Candidate[], nowMs: number, settleMs: number): { old: Candidate[]; young: Settled[] } {
  const old: Candidate[] = [];
  const young: Settled[] = [];
  for (const f of files) {
    const age = nowMs - f.mtimeMs;
    if (age < settleMs) {
      young.push({ settled: false, file: f, reason: `文件 ${seconds(age)} 秒前刚修改(需静置 ${seconds(settleMs)} 秒),留待下次运行` });
    } else {
      old.push(f);
    }
  }
  return { old, young };
}

function same(a: { size: number; mtimeMs: number }, b: { size: number; mtimeMs: number }): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function describeError(err: unknown): { code: string; message: string } {
  const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
  const why =
    code === 'ENOENT' ? '文件在检查时消失了' :
    code === 'EACCES' || code === 'EPERM' ? '没有读取权限' :
    code === 'EBUSY' ? '文件被其他程序锁定' :
    `无法读取(${code})`;
  return { code, message: why };
}

/**
 * After one pause of `recheckMs` for the whole list, each file's size/mtime must be as discovered,
 * and must not move while it is hashed. Hashing runs `parallel` files at a time.
 */
export async function recheckAndHash(files: Candidate[], recheckMs: number, parallel = 4): Promise<Settled[]> {
  if (files.length && recheckMs > 0) await sleep(recheckMs);
  const out: Settled[] = new Array(files.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < files.length) {
      const i = next++;
      out[i] = await checkOne(files[i]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, lane));
  return out;
}

async function checkOne(file: Candidate): Promise<Settled> {
  try {
    const before = await fs.stat(file.abs);
    if (!same(before, file)) return { settled: false, file, reason: '文件在复查期间仍在变化(可能正在复制),留待下次运行' };
    const sha256 = await sha256Of(file.abs);
    const after = await fs.stat(file.abs);
    if (!same(after, file)) return { settled: false, file, reason: '文件在读取期间发生变化(可能正在复制),留待下次运行' };
    return { settled: true, file, sha256 };
  } catch (err) {
    return { settled: 'error', file, ...describeError(err) };
  }
}
