import { promises as fs } from 'node:fs';
import { writeTextAtomic } from '../io/atomic.js';
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
}

interface ManifestFile {
  tool: 'kpi';
  kind: 'batch-manifest';
  version: 1;
  updatedAt: string;
  files: Record<string, ManifestEntry>;
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

/** The manifest of one output folder; every `save()` rewrites it atomically, writes are coalesced. */
export class Manifest {
  private readonly entries = new Map<string, ManifestEntry>();
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
      for (const [rel, entry] of Object.entries(data.files)) if (validEntry(entry)) manifest.entries.set(rel, entry);
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
}

/** Why the file must be graded, or null when the last result still stands. */
export function whyGrade(entry: ManifestEntry | undefined, current: Current, force: boolean): string | null {
  if (force) return '强制重新评分';
  if (!entry) return '新文件';
  if (entry.status === 'grading') return '上次运行未完成';
  if (entry.status !== 'graded' && entry.status !== 'problems') return '上次评分失败';
  if (entry.sha256 !== current.sha256) return '文件内容已变化';
  if (entry.formOption !== current.formOption) return '指定的考核表已变化';
  if (entry.output !== current.output) return '输出位置已变化';
  if (!current.outputExists) return '评分结果文件不见了';
  if (current.formVersion === null || current.formVersion !== entry.formVersion) return '考核表定义版本已变化';
  return null;
}
