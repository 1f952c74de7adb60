import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../model/problem.js';
import { syncFolder, writeFileAtomic } from '../io/atomic.js';
import { manifestValidators, type ManifestValidators } from './manifestSchema.js';
import type { Sighting } from './settle.js';
import type { SummaryPerson } from './summaryWorkbook.js';
import type { BatchGroupLine, FileStatus } from './types.js';

export { MANIFEST_NAME } from './types.js';
/** Changes since the manifest was last written whole, a line each (see Manifest). */
export const JOURNAL_NAME = '.kpi-manifest.journal';

/**
 * The key under which the entry of an input moved to the done folder is kept once a new file of the same name
 * arrives: its output stays held (no new input is given it) and is forgotten only when it is gone. A key with
 * `//` is never an input's relative path.
 */
export function movedKey(movedTo: string): string {
  return `moved//${movedTo}`;
}

export function isMovedKey(key: string): boolean {
  return key.startsWith('moved//');
}

export interface Fingerprint {
  size: number;
  mtimeMs: number;
}

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
  /** Record forms: the records read and each banded group's line, listed again while the file stays unchanged. */
  records?: number;
  groups?: BatchGroupLine[];
  at: string;
  /** failed: why (the grader's one line); problems: the first error or warning. */
  reason?: string;
  /**
   * failed only. true: the grader gave no verdict on this content (interrupted, timed out, worker crashed,
   * grader threw, output in the way or not writable), so the next run tries again. Absent/false: the
   * grader refused this content; it is not tried again while content, --form, --max-size and kpi stay the same.
   */
  retry?: boolean;
  /** failed only: the --max-size the verdict was given under. */
  maxSize?: number | null;
  /** The kpi version of the verdict or result: a new kpi may score differently (a scoring bug fixed), so it regrades. */
  grader?: string;
  /**
   * The output's size and modification time as kpi left it: an output that no longer matches was changed by
   * someone (corrections typed into the graded workbook) and is never overwritten.
   */
  written?: Fingerprint;
  /** Where --move-done last moved the input (absolute): its output belongs to that file. */
  movedTo?: string;
  /**
   * Graded by a run that ended before its report was written (killed): the next run reports it, as a file moved to
   * the done folder is no longer in the inbox to be listed as unchanged.
   */
  unreported?: boolean;
  /**
   * One rater's copy of a form several rate (GradeReport.raterCopy), and its month: a later run that grades another
   * rater's copy of the same form and month warns that the two belong together.
   */
  raterCopy?: { rater: string; period: string; several?: boolean };
  /** The month the form gives (GradeReport.period): two files of one form, month and people count them twice. */
  period?: string;
  /** The last result's rows and problems: later runs list the file with them (report, batch-summary.xlsx). */
  summary?: { people: SummaryPerson[]; problems: Problem[] };
  /**
   * A grading stopped midway (retried next run): the result this content had before, kept for the summary until a
   * grading completes. Without it a second stop, or a file still settling next run, dropped its rows.
   */
  last?: { status: 'graded' | 'problems'; at: string; summary: { people: SummaryPerson[]; problems: Problem[] } };
}

interface ManifestFile {
  tool: 'kpi';
  kind: 'batch-manifest';
  version: 1;
  updatedAt: string;
  files: Record<string, ManifestEntry>;
  /** Files seen still settling (young, or modified "in the future"), so a later run can tell they stopped. */
  settling?: Record<string, Sighting>;
  /** The journal that continues this file: only its lines marked with this id apply (see Manifest). */
  journal?: string;
  /** The input folder (real path) whose results the output folder holds: one --out serves one inbox. */
  inbox?: string;
}

/** One line of the journal: an input's entry as set, or null when it was forgotten. */
export interface JournalLine {
  journal: string;
  rel: string;
  entry: ManifestEntry | null;
}

/**
 * Whether a recorded output stays inside the output folder: relative, '/'-separated, no `.`/`..` or empty
 * segment, no drive or backslash, and named like an output (`….graded.xlsx`), so that it can be neither a
 * file outside `--out` nor an input, report or other file beside the outputs. A hand-edited or damaged
 * manifest must never make kpi write over someone's file.
 */
export function isOutputRel(output: string): boolean {
  // A backslash or a drive (「A:一组」) leaves the folder only where they are paths' own (Windows); elsewhere they are a
  // file's name as written (a Windows zip unpacked: 「3月\客服二组.csv」), and refused, its output was written anew nightly.
  const windows = process.platform === 'win32';
  if (!output || output.includes('\0') || output.startsWith('/') || (windows && (output.includes('\\') || /^[A-Za-z]:/.test(output)))) return false;
  const segments = output.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return false;
  return segments[segments.length - 1]!.toLowerCase().endsWith('.graded.xlsx') && !segments[segments.length - 1]!.startsWith('.');
}

/** The output of an entry that is refused for its output alone, else null. */
function strayOutput(entry: unknown): string | null {
  const output = entry && typeof entry === 'object' ? (entry as { output?: unknown }).output : null;
  return typeof output === 'string' && !isOutputRel(output) ? output : null;
}

/** The entry if it checks out, with its optional fields that do not check out dropped; null otherwise. */
function usableEntry(entry: unknown, check: ManifestValidators): ManifestEntry | null {
  if (!check.entry(entry)) return null;
  const output = (entry as { output: string | null }).output;
  if (output !== null && !isOutputRel(output)) return null;
  const x = entry as Record<string, unknown>;
  for (const [name, valid] of Object.entries(check.optional)) if (x[name] !== undefined && !valid(x[name])) delete x[name];
  return entry as ManifestEntry;
}

/**
 * The manifest of one output folder. A batch records each file twice (marked as being graded, then its result),
 * and rewriting the whole manifest each time costs its size: 200 files of 30 people made an 800 KB manifest
 * written 400 times, and the cost grows with the square of the files. So the whole manifest is written (atomically:
 * fsync, rename) once when a run first saves and once at its end (`compact`); in between, each save appends the
 * entries changed since to a journal beside it (.kpi-manifest.journal, fsync'd), one JSON line per entry. The
 * manifest names its journal with a random id, and loading applies only the journal lines with that id, in order:
 * lines left by an older manifest, or a line cut short by a kill, are ignored. Entries are frozen when set: change
 * one by setting a new one.
 */
export class Manifest {
  private readonly entries = new Map<string, ManifestEntry>();
  /** `"rel": {…}` of each entry in UTF-8, made on the first whole write after it was set. */
  private readonly lines = new Map<string, Buffer>();
  /** See ManifestFile.settling. */
  settling = new Map<string, Sighting>();
  /** See ManifestFile.inbox; null when the manifest does not say (new, lost, or written before it was kept). */
  inbox: string | null = null;
  /** Entries set or deleted since the last write. */
  private readonly changed = new Set<string>();
  /** The id of the journal the manifest on disk names, once this run has written it whole. */
  private journalId: string | null = null;
  /** The journal file of `journalId` exists and its folder entry was synced. */
  private journalNamed = false;
  private wholeWanted = false;
  /** Saves asked for and saves done, counted: a save resolves once a write that began after it was asked has completed. */
  private asked = 0;
  private done = 0;
  private readonly waiting: Array<{ n: number; resolve: () => void; reject: (err: unknown) => void }> = [];
  private writing = false;

  private constructor(readonly file: string, private readonly now: () => number) {}

  get journalFile(): string {
    return path.join(path.dirname(this.file), JOURNAL_NAME);
  }

  /** A missing manifest is an empty one; an unreadable one too, with a warning (every file is regraded). */
  /** `lost`: a manifest was there but cannot be used, so the outputs already there are taken to be this batch's. */
  /** `ignored`: one warning per entry whose output lies outside the output folder (the entry is forgotten). */
  static async load(file: string, now: () => number = Date.now): Promise<{ manifest: Manifest; warning?: string; lost?: boolean; ignored?: string[] }> {
    const manifest = new Manifest(file, now);
    const ignored = new Map<string, string>();
    const refuse = (rel: string, entry: unknown) => {
      const stray = strayOutput(entry);
      if (stray !== null) ignored.set(rel, `清单 ${file} 中「${rel}」的输出位置「${stray}」不在输出文件夹内或不是评分结果的文件名,已忽略这条记录(不会写入该位置),此文件将重新评分`);
    };
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
      else refuse(rel, entry);
    }
    if (typeof data.inbox === 'string' && data.inbox) manifest.inbox = data.inbox;
    if (data.settling && typeof data.settling === 'object') {
      for (const [rel, s] of Object.entries(data.settling)) if (check.sighting(s)) manifest.settling.set(rel, s);
    }
    if (typeof data.journal === 'string' && data.journal) {
      let journal = '';
      try {
        journal = await fs.readFile(manifest.journalFile, 'utf8');
      } catch (err) {
        // No journal: nothing was saved after the manifest. One that is there but cannot be read holds changes
        // this run cannot know: as with a manifest that cannot be read, every file is graded again.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
          const lost = new Manifest(file, now);
          return { manifest: lost, lost: true, warning: `无法读取清单日志 ${manifest.journalFile}(${(err as NodeJS.ErrnoException).code ?? err}),所有文件将重新评分` };
        }
      }
      for (const line of journalLines(journal, data.journal)) {
        const usable = line.entry === null ? null : usableEntry(line.entry, check);
        // An entry that does not check out is dropped, as in the manifest itself: the file is graded again.
        if (usable) {
          manifest.entries.set(line.rel, usable);
          ignored.delete(line.rel);
        } else {
          manifest.entries.delete(line.rel);
          if (line.entry !== null) refuse(line.rel, line.entry);
        }
      }
    }
    return ignored.size ? { manifest, ignored: [...ignored.values()] } : { manifest };
  }

  get(rel: string): ManifestEntry | undefined {
    return this.entries.get(rel);
  }

  set(rel: string, entry: ManifestEntry): void {
    this.entries.set(rel, Object.freeze(entry));
    this.lines.delete(rel);
    this.changed.add(rel);
  }

  delete(rel: string): void {
    this.entries.delete(rel);
    this.lines.delete(rel);
    this.changed.add(rel);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** Resolves once the current state is on disk: the changes in the journal (the first time, the whole manifest). */
  save(): Promise<void> {
    const n = ++this.asked;
    const saved = new Promise<void>((resolve, reject) => this.waiting.push({ n, resolve, reject }));
    if (!this.writing) void this.writeLoop();
    return saved;
  }

  /** Writes the whole manifest and removes the journal (the end of a run). */
  compact(): Promise<void> {
    this.wholeWanted = true;
    return this.save();
  }

  /**
   * Never rejects. The loop's last check and clearing `writing` happen in one turn (no await between them), so a
   * save asked meanwhile either is seen by the check or finds `writing` cleared and starts a loop of its own.
   */
  private async writeLoop(): Promise<void> {
    this.writing = true;
    try {
      while (this.done < this.asked) {
        const upTo = this.asked;
        let failure: unknown = null;
        try {
          if (this.journalId === null || this.wholeWanted) await this.writeWhole();
          else await this.appendChanges();
        } catch (err) {
          failure = err;
        }
        this.done = upTo;
        for (let i = this.waiting.length - 1; i >= 0; i--) {
          const w = this.waiting[i]!;
          if (w.n > upTo) continue;
          this.waiting.splice(i, 1);
          if (failure === null) w.resolve();
          else w.reject(failure);
        }
      }
    } finally {
      this.writing = false;
    }
  }

  private async writeWhole(): Promise<void> {
    this.wholeWanted = false;
    const id = randomBytes(8).toString('hex');
    const changed = [...this.changed];
    this.changed.clear();
    const data = this.content(id);
    try {
      await writeFileAtomic(this.file, (tmp) => fs.writeFile(tmp, data), { overwrite: true });
    } catch (err) {
      for (const rel of changed) this.changed.add(rel);
      this.wholeWanted = true;
      throw err;
    }
    this.journalId = id;
    this.journalNamed = false;
    // The manifest on disk no longer names the old journal: its lines are ignored from now on, so it goes, and a
    // failure to remove it is no failure to save.
    await fs.rm(this.journalFile, { force: true }).catch(() => undefined);
  }

  private async appendChanges(): Promise<void> {
    const changed = [...this.changed];
    this.changed.clear();
    const journal = this.journalId;
    if (!changed.length || journal === null) return;
    // Each line starts on a line of its own: a line cut short by a failed write spoils only itself.
    const text = changed.map((rel) => `\n${JSON.stringify({ journal, rel, entry: this.entries.get(rel) ?? null } satisfies JournalLine)}`).join('') + '\n';
    try {
      const handle = await fs.open(this.journalFile, 'a');
      try {
        // appendFile writes it all (write() may write part of it, on a full disk, and say so only in its count).
        await handle.appendFile(text);
        await handle.sync();
      } finally {
        await handle.close();
      }
      // The journal's name in its folder is made durable once, after its first lines.
      if (!this.journalNamed) {
        await syncFolder(path.dirname(this.journalFile));
        this.journalNamed = true;
      }
    } catch (err) {
      for (const rel of changed) this.changed.add(rel);
      // What reached the journal is unknown: the next write is the whole manifest, with a new journal.
      this.wholeWanted = true;
      throw err;
    }
  }

  /** The file: what JSON.stringify of a ManifestFile gives, laid out one entry per line. */
  private content(journal: string): Buffer {
    const head: Omit<ManifestFile, 'files' | 'settling'> = {
      tool: 'kpi', kind: 'batch-manifest', version: 1, updatedAt: new Date(this.now()).toISOString(), journal, ...(this.inbox !== null ? { inbox: this.inbox } : {}),
    };
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

/** The lines of a journal that belong to the manifest with this id, in order; others and torn ones skipped. */
export function journalLines(text: string, id: string): Array<{ rel: string; entry: unknown }> {
  const out: Array<{ rel: string; entry: unknown }> = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue;
    }
    const l = parsed as Partial<JournalLine> | null;
    if (l && typeof l === 'object' && l.journal === id && typeof l.rel === 'string' && l.rel && 'entry' in l) out.push({ rel: l.rel, entry: l.entry ?? null });
  }
  return out;
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
  if (entry.grader !== current.grader) return 'kpi 版本已变化';
  if (current.formVersion === null || current.formVersion !== entry.formVersion) return '考核表定义版本已变化';
  return null;
}

/**
 * The version a report shows: the definition's own (1.0.0). The manifest keeps it with a digest of the file
 * (1.0.0#338aa1bb…) to notice edited rules; a report of an unchanged file said that, a graded one did not.
 */
export function reportedVersion(version: string | null): string | null {
  return version === null ? null : version.split('#')[0]!;
}
