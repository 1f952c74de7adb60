import { promises as fs } from 'node:fs';
import type { Problem } from '../model/problem.js';
import { writeFileAtomic } from '../io/atomic.js';
import { manifestValidators, type ManifestValidators } from './manifestSchema.js';
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

/** The entry if it checks out, with its optional fields that do not check out dropped; null otherwise. */
function usableEntry(entry: unknown, check: ManifestValidators): ManifestEntry | null {
  if (!check.entry(entry)) return null;
  const x = entry as Record<string, unknown>;
  for (const [name, valid] of Object.entries(check.optional)) if (x[name] !== undefined && !valid(x[name])) delete x[name];
  return entry as ManifestEntry;
}

/**
 * The manifest of one output folder; every `save()` rewrites it atomically (fsync, rename), and saves asked for
 * while one is being written are coalesced into the next. A batch saves twice per file, so a save must not
 * cost the size of the whole manifest in CPU: each entry's JSON is made (and encoded) once, on the first write
 * after it was set, and the file is those lines joined (one line per input). Entries are frozen when set:
 * change one by setting a new one.
 */
export class Manifest {
  private readonly entries = new Map<string, ManifestEntry>();
  /** `"rel": {…}` of each entry in UTF-8, made on the first write after it was set. */
  private readonly lines = new Map<string, Buffer>();
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
    let data: Partial<ManifestFile>;
    try {
      data = JSON.parse(text) as Partial<ManifestFile>;
    } catch {
      data = {};
    }
    const check = await manifestValidators();
    if (!check.manifest(data)) return { manifest, lost: true, warning: `清单 ${file} 已损坏,所有文件将重新评分` };
    for (const [rel, entry] of Object.entries(data.files!)) {
      const usable = usableEntry(entry, check);
      if (usable) manifest.entries.set(rel, usable);
    }
    if (data.settling && typeof data.settling === 'object') {
      for (const [rel, s] of Object.entries(data.settling)) if (check.sighting(s)) manifest.settling.set(rel, s);
    }
    return { manifest };
  }

  get(rel: string): ManifestEntry | undefined {
    return this.entries.get(rel);
  }

  set(rel: string, entry: ManifestEntry): void {
    this.entries.set(rel, Object.freeze(entry));
    this.lines.delete(rel);
  }

  delete(rel: string): void {
    this.entries.delete(rel);
    this.lines.delete(rel);
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
      const data = this.content();
      await writeFileAtomic(this.file, (tmp) => fs.writeFile(tmp, data), { overwrite: true });
    }
  }

  /** The file: what JSON.stringify of a ManifestFile gives, laid out one entry per line. */
  private content(): Buffer {
    const head: Omit<ManifestFile, 'files' | 'settling'> = { tool: 'kpi', kind: 'batch-manifest', version: 1, updatedAt: new Date(this.now()).toISOString() };
    const parts = [Buffer.from(`{\n${Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`).join('')}  "files": `)];
    const files = [...this.entries.keys()].sort().map((rel) => {
      let line = this.lines.get(rel);
      if (line === undefined) {
        line = Buffer.from(`    ${JSON.stringify(rel)}: ${JSON.stringify(this.entries.get(rel))}`);
        this.lines.set(rel, line);
      }
      return line;
    });
    block(parts, files);
    if (this.settling.size) {
      const sorted = [...this.settling].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      parts.push(Buffer.from(',\n  "settling": '));
      block(parts, sorted.map(([rel, s]) => Buffer.from(`    ${JSON.stringify(rel)}: ${JSON.stringify(s)}`)));
    }
    parts.push(Buffer.from('\n}\n'));
    return Buffer.concat(parts);
  }
}

const COMMA = Buffer.from(',\n');

/** An object of the given `"key": value` lines, one a line. */
function block(parts: Buffer[], lines: Buffer[]): void {
  if (!lines.length) {
    parts.push(Buffer.from('{}'));
    return;
  }
  parts.push(Buffer.from('{\n'));
  lines.forEach((line, i) => {
    if (i) parts.push(COMMA);
    parts.push(line);
  });
  parts.push(Buffer.from('\n  }'));
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
