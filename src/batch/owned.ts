// Which outputs a run may write. An output is kpi's to overwrite only while it is what kpi wrote: the manifest
// records its size and modification time, and an output changed since (corrections typed into the graded
// workbook) is kept; the new result goes under a new name. A file kpi never wrote is never overwritten.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Job } from './changes.js';
import { fromRel } from './files.js';
import { movedKey, type Fingerprint, type Manifest, type ManifestEntry } from './manifest.js';
import type { Run } from './run.js';

export async function fingerprintOf(file: string): Promise<Fingerprint | null> {
  const stat = await fs.lstat(file).catch(() => null);
  return stat && stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : null;
}

/**
 * What is at a job's output: nothing; kpi's own (this input's output in the manifest, as kpi wrote it — or any
 * output when the manifest was lost); this input's output changed since kpi wrote it; or someone else's file.
 * --force regrades, it never makes a file kpi's.
 */
export async function outputState(run: Run, job: Job, lost: boolean): Promise<'absent' | 'ours' | 'edited' | 'stranger'> {
  const there = await fingerprintOf(fromRel(run.outRoot, job.outputRel));
  if (!there) return (await fs.lstat(fromRel(run.outRoot, job.outputRel)).catch(() => null)) ? 'stranger' : 'absent';
  const prev = job.previous;
  if (prev?.output !== job.outputRel) return lost ? 'ours' : 'stranger';
  return asWritten(prev, there) ? 'ours' : 'edited';
}

/** Whether the output on disk is the one kpi last wrote (entries from before fingerprints were kept: yes). */
function asWritten(prev: ManifestEntry, there: Fingerprint): boolean {
  if (!prev.written) return true;
  if (prev.written.size === there.size && prev.written.mtimeMs === there.mtimeMs) return true;
  // Marked as being graded and then killed: an output written after the mark is that run's.
  return prev.status === 'grading' && there.mtimeMs >= Date.parse(prev.at);
}

/**
 * Decides each job's output before grading: an output changed since kpi wrote it is kept and the job gets the
 * next free name (`name-2.graded.xlsx` …, as planOutputs numbers them), with a warning (exit 1). So does a new
 * file of the name of one moved to the done folder (--move-done), without a warning: the output of the moved
 * file stays, recorded under movedKey.
 * `taken`: every output name given or held this run (lower case).
 */
export async function claimOutputs(run: Run, jobs: Job[], manifest: Manifest, taken: Set<string>, lost: boolean): Promise<void> {
  for (const job of jobs) {
    const prev = job.previous;
    if (prev?.movedTo && prev.output === job.outputRel && (await fingerprintOf(fromRel(run.outRoot, job.outputRel)))) {
      // A new file of the name of one moved to the done folder: that file keeps its output, this one gets a new name.
      manifest.set(movedKey(prev.movedTo), prev);
      job.previous = undefined;
      job.outputRel = await freeName(run.outRoot, job.file.rel, taken);
      job.state = 'absent';
      continue;
    }
    const state = await outputState(run, job, lost);
    if (state !== 'edited') {
      job.state = state;
      continue;
    }
    const fresh = await freeName(run.outRoot, job.file.rel, taken);
    run.warn(`${fromRel(run.outRoot, job.outputRel)} 在 kpi 写出后被修改过,保留不动;${job.file.rel} 的新结果写到 ${fromRel(run.outRoot, fresh)}`, true);
    job.outputRel = fresh;
    job.state = 'absent';
  }
}

async function freeName(outRoot: string, rel: string, taken: Set<string>): Promise<string> {
  const dir = path.posix.dirname(rel);
  const name = path.posix.basename(rel);
  for (let i = 2; ; i++) {
    const pick = `${name}-${i}.graded.xlsx`;
    const candidate = dir === '.' ? pick : `${dir}/${pick}`;
    if (taken.has(candidate.toLowerCase())) continue;
    taken.add(candidate.toLowerCase());
    if (!(await fs.lstat(fromRel(outRoot, candidate)).catch(() => null))) return candidate;
  }
}
