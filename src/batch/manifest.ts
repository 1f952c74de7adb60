import { promises as fs } from 'node:fs';
import type { Problem } from '../model/problem.js';
import { writeTextAtomic } from '../io/atomic.js';
import type { Sighting } from './settle.js';
import type { SummaryPerson } from './summaryWorkbook.js';
import type { FileStatus } from './types.js';

export const MANIFEST_NAME = '.kpi-manifest.json';

/** What the last run did with one input (keyed by its path relative to the input folder). */
export interface ManifestEntry {
  sha256: string;
  size: number;
  /** Form id and definition version the grader reported; null when grading failed. */
  form: string | null;
  formVersion: string | null;
  /** The `form` option of the run (id or definition path), null = the workbook's metadata. */
  formOption: string | null;
  /** Output relative to the output folder, '/'-separated; null when none was written. */
  output: string | null;
  /** 'grading' = a run started this file and did not finish it (killed). */
  status: FileStatus | 'grading';
  people: number;
  bands: Record<string, number>;
  at: string;
  /** failed: why (the grader's one line); problems: the first error or warning. */
  reason?: string;
  /**
   * failed only. true: the grader gave no verdict on this content (interrupted, timed out, worker crashed,
   * grader threw, output in the way or not writable), so the next run tries again. Absent/false: the
   * grader refused this content; it is not tried again while content, --form, --max-size and kpi stay the same.
   */
  retry?: boolean;
  /** failed only: the --max-size and kpi version the verdict was given under. */
  maxSize?: number | null;
  grader?: string;
  /** The last result's rows and problems: later runs list the file with them (report, batch-summary.xlsx). */
  summary?: { people: SummaryPerson[]; problems: Problem[] };
}

interface ManifestFile {
  tool: 'kpi';
  kind: 'batch-manifest';
  version: 1;
  updatedAt: string;
  files: Record<string, ManifestEntry>;
  /** Files seen still settling (young, or modified "in the future"), so a later run can tell they stopped. */
  settling?: Record<string, Sighting>;
}

const STATUSES = new Set(['graded', 'problems', 'failed', 'skipped-unchanged', 'skipped-settling', 'grading']);

function validEntry(e: unknown): e is ManifestEntry {
  if (!e || typeof e !== 'object') return false;
  const x = e as Record<string, unknown>;
  const strOrNull = (v: unknown) => v === null || typeof v === 'string';
  return (
    typeof x.sha256 === 'string' && /^[0-9a-f]{64}$/.test(x.sha256) &&
    typeof x.size === 'number' && strOrNull(x.form) && strOrNull(x.formVersion) && strOrNull(x.formOption) &&
    strOrNull(x.output) && typeof x.status === 'string' && STATUSES.has(x.status) &&
    typeof x.people === 'number' && !!x.bands && typeof x.bands === 'object' && typeof x.at === 'string'
  );
}

function validPerson(p: unknown): p is SummaryPerson {
  if (!p || typeof p !== 'object') return false;
  const x = p as Record<string, unknown>;
  return (
    typeof x.id === 'string' && typeof x.name === 'string' && typeof x.department === 'string' &&
    (x.total === null || typeof x.total === 'number') && (x.band === null || typeof x.band === 'string') &&
    (x.status === 'scored' || x.status === 'error')
  );
}

function validProblem(p: unknown): p is Problem {
  if (!p || typeof p !== 'object') return false;
  const x = p as Record<string, unknown>;
  return typeof x.severity === 'string' && typeof x.code === 'string' && typeof x.message === 'string';
}

/** Optional fields that do not check out are dropped; the entry itself stays usable. */
function tidyOptional(e: ManifestEntry): ManifestEntry {
  const x = e as unknown as Record<string, unknown>;
  if (x.reason !== undefined && typeof x.reason !== 'string') delete x.reason;
  if (x.retry !== undefined && typeof x.retry !== 'boolean') delete x.retry;
  if (x.maxSize !== undefined && x.maxSize !== null && typeof x.maxSize !== 'number') delete x.maxSize;
  if (x.grader !== undefined && typeof x.grader !== 'string') delete x.grader;
  if (x.summary !== undefined) {
    const sm = x.summary as Record<string, unknown> | null;
    const ok = !!sm && typeof sm === 'object' && Array.isArray(sm.people) && sm.people.every(validPerson) &&
      Array.isArray(sm.problems) && sm.problems.every(validProblem);
    if (!ok) delete x.summary;
  }
  return e;
}

/** The manifest of one output folder; every `save()` rewrites it atomically, writes are coalesced. */
export class Manifest {
  private readonly entries = new Map<string, ManifestEntry>();
  /** See ManifestFile.settling. */
  settling = new Map<string, Sighting>();
  private writing: Promise<void> | null = null;
  private dirty = false;

  private constructor(readonly file: string, private readonly now: () => number) {}

  /** A missing manifest is an empty one; an unreadable one too, with a warning (every file is regraded). */
  /** `lost`: a manifest was there but cannot be used, so the outputs already there are taken to be this batch's. */
  static async load(file: string, now: () => number = Date.now): Promise<{ manifest: Manifest; warning?: string; lost?: boolean }> {
    const manifest = new Manifest(file, now);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { manifest };
      return { manifest, lost: true, warning: `无法读取清单 ${file}(${(err as NodeJS.ErrnoException).code ?? err}),所有文件将重新评分` };
    }
    try {
      const data = JSON.parse(text) as Partial<ManifestFile>;
      if (data.kind !== 'batch-manifest' || !data.files || typeof data.files !== 'object') throw new Error('not a manifest');
      for (const [rel, entry] of Object.entries(data.files)) if (validEntry(entry)) manifest.entries.set(rel, tidyOptional(entry));
      if (data.settling && typeof data.settling === 'object') {
        for (const [rel, s] of Object.entries(data.settling)) {
          const x = s as Partial<Sighting> | null;
          if (x && [x.size, x.mtimeMs, x.seenAt].every((n) => typeof n === 'number' && Number.isFinite(n))) manifest.settling.set(rel, x as Sighting);
        }
      }
      return { manifest };
    } catch {
      return { manifest, lost: true, warning: `清单 ${file} 已损坏,所有文件将重新评分` };
    }
  }

  get(rel: string): ManifestEntry | undefined {
    return this.entries.get(rel);
  }

  set(rel: string, entry: ManifestEntry): void {
    this.entries.set(rel, entry);
  }

  delete(rel: string): void {
    this.entries.delete(rel);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** Resolves once a write holding the current state has completed. */
  save(): Promise<void> {
    this.dirty = true;
    if (!this.writing) {
      this.writing = this.writeLoop().finally(() => {
        this.writing = null;
      });
    }
    return this.writing;
  }

  private async writeLoop(): Promise<void> {
    while (this.dirty) {
      this.dirty = false;
      const files: Record<string, ManifestEntry> = {};
      for (const rel of [...this.entries.keys()].sort()) files[rel] = this.entries.get(rel)!;
      const data: ManifestFile = { tool: 'kpi', kind: 'batch-manifest', version: 1, updatedAt: new Date(this.now()).toISOString(), files };
      if (this.settling.size) data.settling = Object.fromEntries([...this.settling].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      await writeTextAtomic(this.file, JSON.stringify(data, null, 2) + '\n', { overwrite: true });
    }
  }
}

export interface Current {
  sha256: string;
  output: string;
  formOption: string | null;
  outputExists: boolean;
  /** The definition version the form now has; null = unknown. */
  formVersion: string | null;
  /** This run's --max-size (null = the grader's default) and kpi version. */
  maxSize: number | null;
  grader: string;
}

/** Why the file must be graded, or null when the last result still stands. */
export function whyGrade(entry: ManifestEntry | undefined, current: Current, force: boolean): string | null {
  if (force) return '强制重新评分';
  if (!entry) return '新文件';
  if (entry.status === 'grading') return '上次运行未完成';
  if (entry.status === 'failed') {
    // The grader's verdict on this content stands until something it depended on changes.
    if (entry.retry === true) return `上次评分未完成(${entry.reason ?? '原因未知'}),重试`;
    if (entry.sha256 !== current.sha256) return '文件内容已变化';
    if (entry.formOption !== current.formOption) return '指定的考核表已变化';
    if ((entry.maxSize ?? null) !== current.maxSize) return '大小上限已变化';
    if (entry.grader !== current.grader) return 'kpi 版本已变化';
    if (entry.form !== null && current.formVersion !== entry.formVersion) return '考核表定义版本已变化';
    return null;
  }
  if (entry.status !== 'graded' && entry.status !== 'problems') return '上次没有评分结果';
  if (entry.sha256 !== current.sha256) return '文件内容已变化';
  if (entry.formOption !== current.formOption) return '指定的考核表已变化';
  if (entry.output !== current.output) return '输出位置已变化';
  if (!current.outputExists) return '评分结果文件不见了';
  if (current.formVersion === null || current.formVersion !== entry.formVersion) return '考核表定义版本已变化';
  return null;
}
