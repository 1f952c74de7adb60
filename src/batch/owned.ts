// Which outputs a run may write. An output is kpi's to overwrite only while it is what kpi wrote: the manifest
// records its size and modification time, and an output changed since (corrections typed into the graded
// workbook), or one the manifest has lost the record of, is kept; the new result goes under a new name. A file
// kpi never wrote is never overwritten.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Job } from './changes.js';
import { gradedMarksOf } from '../io/graded/marks.js';
import { fitName, fromRel } from './files.js';
import { movedKey, type Fingerprint, type Manifest, type ManifestEntry } from './manifest.js';
import type { Run } from './run.js';

export async function fingerprintOf(file: string): Promise<Fingerprint | null> {
  const stat = await fs.lstat(file).catch(() => null);
  return stat && stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : null;
}

/**
 * What is at a job's output: nothing; kpi's own (this input's output in the manifest, as kpi wrote it); this input's
 * output changed since kpi wrote it (an output found to be kpi's is noted on the job as it is: `ours`); a workbook kpi
 * graded from an input of this name that the manifest has no
 * record of (deleted or damaged): kpi cannot tell whether it was corrected by hand since, so it is kept like an
 * edited one; or someone else's file. --force regrades, it never makes a file kpi's.
 */
export async function outputState(run: Run, job: Job): Promise<'absent' | 'ours' | 'edited' | 'unrecorded' | 'stranger'> {
  const abs = fromRel(run.outRoot, job.outputRel);
  const there = await fingerprintOf(abs);
  if (!there) return (await fs.lstat(abs).catch(() => null)) ? 'stranger' : 'absent';
  const prev = job.previous;
  if (prev?.output !== job.outputRel) {
    const marks = await gradedMarksOf(abs);
    return marks?.input === path.posix.basename(job.file.rel) ? 'unrecorded' : 'stranger';
  }
  if (!asWritten(prev, there)) return 'edited';
  job.ours = there;
  return 'ours';
}

/** Whether the output on disk is the one kpi last wrote (entries from before fingerprints were kept: yes). */
function asWritten(prev: ManifestEntry, there: Fingerprint): boolean {
  if (!prev.written) return true;
  if (prev.written.size === there.size && prev.written.mtimeMs === there.mtimeMs) return true;
  // Marked as being graded and then killed: an output written after the mark is that run's.
  return prev.status === 'grading' && there.mtimeMs >= Date.parse(prev.at);
}

/**
 * Decides each job's output before grading: an output changed since kpi wrote it, or a file kpi did not write, is
 * kept and the job gets the next free name (`name-2.graded.xlsx` …, as planOutputs numbers them), with a warning (exit 1). So does a new
 * file of the name of one moved to the done folder (--move-done), without a warning: the output of the moved
 * file stays, recorded under movedKey.
 * `taken`: every output name given or held this run (lower case).
 */
export async function claimOutputs(run: Run, jobs: Job[], manifest: Manifest, taken: Set<string>): Promise<void> {
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
    const state = await outputState(run, job);
    if (state === 'absent' || state === 'ours') {
      job.state = state;
      continue;
    }
    // Someone else's file at the name is kept as an edited one is: the result goes under the next free name, said once
    // (exit 1), and the next run finds it kpi's. It used to fail the input every night, exit 1, until the file moved.
    const fresh = await freeName(run.outRoot, job.file.rel, taken);
    const kept = fromRel(run.outRoot, job.outputRel);
    run.warn(
      state === 'edited'
        ? `${kept} 在 kpi 写出后被修改过,保留不动;${job.file.rel} 的新结果写到 ${fromRel(run.outRoot, fresh)}`
        : state === 'stranger'
          ? `${kept} 不是 kpi 为 ${job.file.rel} 写出的文件,未覆盖;${job.file.rel} 的评分结果写到 ${fromRel(run.outRoot, fresh)}`
          : `${kept} 是 kpi 为 ${job.file.rel} 写出的评分结果,但清单里没有它的记录(单独运行 kpi score 写的,或清单被删除、损坏),无法确认之后是否被手工修改过,保留不动;` +
            `新结果写到 ${fromRel(run.outRoot, fresh)}。核对后可删除旧的结果文件`,
      true,
    );
    job.outputRel = fresh;
    job.state = 'absent';
  }
}

async function freeName(outRoot: string, rel: string, taken: Set<string>): Promise<string> {
  const dir = path.posix.dirname(rel);
  const name = path.posix.basename(rel);
  for (let i = 2; ; i++) {
    const pick = fitName(name, `-${i}.graded.xlsx`);
    const candidate = dir === '.' ? pick : `${dir}/${pick}`;
    if (taken.has(candidate.toLowerCase())) continue;
    taken.add(candidate.toLowerCase());
    if (!(await fs.lstat(fromRel(outRoot, candidate)).catch(() => null))) return candidate;
  }
}
