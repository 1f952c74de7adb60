import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { INPUT_EXTENSIONS, WORKBOOK_EXTENSIONS } from '../io/formats/names.js';
import { MANIFEST_NAME } from './types.js';

export interface Candidate {
  /** Absolute path. */
  abs: string;
  /** Relative to the input folder, '/'-separated (the manifest key). */
  rel: string;
  size: number;
  mtimeMs: number;
  /** The status change time when listed (any write, rename or change of times moves it); absent: just changed. */
  ctimeMs?: number;
}

export interface Ignored {
  rel: string;
  reason: 'hidden' | 'lock-file' | 'own-output' | 'temporary' | 'not-a-form' | 'output-folder' | 'done-folder' | 'definition' | 'report' | 'symlink' | 'linked-folder' | 'broken-link' | 'unreadable' | 'unreadable-folder' | 'subfolder';
  /** A sub-folder not entered (no -r): how many files in it kpi would grade. */
  files?: number;
}

export interface DiscoverOptions {
  recursive?: boolean;
  /** Folders never entered (the output and moveDone folders when inside the input folder). Absolute. */
  /** The run's output and done folders: no inputs. */
  exclude?: { path: string; reason: 'output-folder' | 'done-folder' }[];
  /** The --form definition file (its device and inode: a link to it is it too): no input. */
  definition?: { dev: number; ino: number };
  /** Whether a file of the top folder is skipped as the batch's own report (when the reports are written there). */
  ownReport?: (name: string, abs: string) => Promise<boolean>;
}

/** The names kpi score reads (a workbook, a table): a sub-folder holding one holds forms. */
const FORM_EXTENSIONS = new Set([...Object.values(INPUT_EXTENSIONS).flat(), ...WORKBOOK_EXTENSIONS].map((e) => e.toLowerCase()));
const FORM_FILE = { test: (name: string) => FORM_EXTENSIONS.has(path.extname(name).toLowerCase()) };

// Files a file manager leaves in shared folders; never anyone's form.
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini', 'ehthumbs.db']);

/**
 * Why a file name is not a file to grade, or null when it is one. Every other file goes to the grader,
 * which decides from its bytes (an HTML-table .xls is graded, a legacy .xls, a .docx or a .pdf is
 * reported as not graded with the sentence `kpi score` gives), so nothing in the inbox goes unmentioned.
 */
export function classifyName(name: string): Ignored['reason'] | null {
  if (name.startsWith('.kpi-tmp-')) return 'temporary';
  if (name.startsWith('.')) return 'hidden';
  if (name.startsWith('~$')) return 'lock-file';
  const lower = name.toLowerCase();
  if (SYSTEM_FILES.has(lower)) return 'hidden';
  if (lower.endsWith('.graded.xlsx') || lower.endsWith('.rollup.xlsx')) return 'own-output';
  return null;
}

/** Every file to consider under `folder`, sorted by relative path; what was passed over and why. */
export async function discover(folder: string, options: DiscoverOptions = {}): Promise<{ files: Candidate[]; ignored: Ignored[] }> {
  const root = path.resolve(folder);
  const files: Candidate[] = [];
  const ignored: Ignored[] = [];
  const excluded = new Map((options.exclude ?? []).map((e) => [path.resolve(e.path), e.reason]));

  async function walk(dir: string, relDir: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      if (relDir) ignored.push({ rel: relDir, reason: 'unreadable-folder' });
      else throw new Error(`cannot read ${dir}`);
      return;
    }
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        const why = entry.name.startsWith('.') ? 'hidden' : excluded.get(abs);
        if (why) ignored.push({ rel, reason: why });
        else if (options.recursive) await walk(abs, rel);
        else {
          // Not entered without -r: said when it holds files to grade (each department's folder, -r forgotten: their
          // people went unscored every night at exit 0, the run saying 「0 个文件」).
          // (Not another run's output folder — its manifest there, its summary no form: review.)
          const inside = await fs.readdir(abs, { withFileTypes: true }).catch(() => []);
          const outputFolder = inside.some((e) => e.name === MANIFEST_NAME);
          const files = inside.filter((e) => (e.isFile() || e.isSymbolicLink()) && classifyName(e.name) === null && FORM_FILE.test(e.name)).length;
          if (files && !outputFolder) ignored.push({ rel, reason: 'subfolder', files });
        }
        continue;
      }
      // A summary by its name at the top (where kpi writes it); a report (.json) by its content anywhere.
      const own = options.ownReport !== undefined && (!relDir || /\.json$/i.test(entry.name)) && (await options.ownReport(entry.name, abs));
      const found = await fileEntry(entry, abs, rel, own, options.definition);
      if ('reason' in found) ignored.push(found);
      else files.push(found);
    }
  }

  await walk(root, '');
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { files, ignored };
}

/** A directory entry that is not a folder: a file to grade, or why not. `isReport`: one of the batch's own reports. */
async function fileEntry(entry: Dirent, abs: string, rel: string, isReport: boolean, definition?: { dev: number; ino: number }): Promise<Candidate | Ignored> {
  if (entry.isSymbolicLink()) {
    // Symlinked folders could loop; a symlinked file is graded like any other. A link to nothing, or to a folder, is
    // said by the run (a share linked into the inbox was passed over every night at exit 0).
    const target = await fs.stat(abs).catch(() => null);
    if (!target) return { rel, reason: 'broken-link' };
    if (target.isDirectory()) return { rel, reason: 'linked-folder' };
    if (!target.isFile()) return { rel, reason: 'symlink' };
  } else if (!entry.isFile()) {
    return { rel, reason: 'not-a-form' };
  }
  const reason = classifyName(entry.name) ?? (isReport ? 'report' : null);
  if (reason) return { rel, reason };
  const stat = await fs.stat(abs).catch(() => null);
  if (!stat) return { rel, reason: 'unreadable' };
  if (definition && stat.dev === definition.dev && stat.ino === definition.ino) return { rel, reason: 'definition' };
  return { abs, rel, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs };
}

/** Whether `child` is `parent` or lies inside it (both absolute). */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
