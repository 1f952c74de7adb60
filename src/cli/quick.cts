// What bin/kpi.js asks before it loads the program: `--version`, and the help pages and form list made ready at build
// time (quickAnswers.ts writes them to dist/cli/quick.json and quick.txt through the program itself). Loading the
// program costs `kpi --help` about half a Node start-up on these machines (#10). A ready-made answer is given only
// while every file it was made from is byte for byte the same: package.json, the modules that printed it, commander,
// and everything in templates/ (a user's own definition dropped there changes the form list). Otherwise, and on any
// doubt, the program answers. CommonJS on purpose: a CommonJS file loads without Node's ES-module loader (~10 ms).
// Every millisecond here is a tenth of the margin, hence the details: answers stay bytes (decoding 80 KB of Chinese
// took 5 ms), zlib is loaded only when a file's size and mtime are not those recorded (npm rewrites mtimes), and
// commander is looked for where npm normally puts it before asking Node to resolve it (4 ms).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pickLang } from './lang.cjs';

export interface QuickAnswers {
  /** The width the help pages were made at: a narrower terminal wraps them itself. */
  helpWidth: number;
  /**
   * Every file the answers were made from, as `<length>:<CRC-32>` by path from the package root: package.json, the
   * modules that printed them, every file in templates/; and commander's files as `package:commander/<path>` (it lays
   * the help pages out, and npm may have put it anywhere).
   */
  fingerprints: Record<string, string>;
  /**
   * The mtimes that vouch for a file's bytes (quickAnswers.ts recordFiles: steady while it was read, finer than a
   * second): such a file with its length and mtime unchanged is not read. The others are read every time.
   */
  mtimes: Record<string, number>;
  /** By `<lang> <command line>` (e.g. `zh score --help`): where its bytes are in quick.txt, [start, end). */
  answers: Record<string, [number, number]>;
  /** quick.txt's length: a quick.txt of another build is not used. */
  textLength: number;
}

/** Length and CRC-32: notices any edit (this guards against stale answers, not against an adversary). */
export function fingerprint(bytes: Uint8Array): string {
  // Loaded only when a file must be read. (createRequire, not require: vitest runs this file as an ES module; for a
  // built-in module the folder it is required from makes no difference.)
  const { crc32 } = createRequire(path.resolve('/', 'quick.cjs'))('node:zlib') as typeof import('node:zlib');
  return `${bytes.length}:${crc32(bytes).toString(16)}`;
}

/** Where a fingerprinted file is: `package:<name>/<path>` in that package as this package resolves it, else under root. */
export function locate(file: string, root: string): string {
  const inPackage = /^package:([^/]+)\/(.+)$/.exec(file);
  if (!inPackage) return path.join(root, file);
  const [, name, rest] = inPackage as unknown as [string, string, string];
  // Node looks in dist/cli/node_modules and dist/node_modules first, where nothing is installed.
  const beside = path.join(root, 'node_modules', name);
  const dir = existsSync(path.join(beside, 'package.json')) ? beside : path.dirname(createRequire(path.join(root, 'dist/cli/quick.cjs')).resolve(name));
  return path.join(dir, rest);
}

/** Everything in templates/, by path from the package root. */
export function templateFiles(root: string): string[] {
  return readdirSync(path.join(root, 'templates')).sort().map((n) => `templates/${n}`);
}

export interface Terminal {
  isTTY?: boolean;
  columns?: number;
}

/**
 * What `kpi <argv>` prints on stdout with exit 0, when it can be given without the program; otherwise null.
 * `root` is the package root (bin/ and dist/ beside each other).
 */
export function quickAnswer(argv: readonly string[], env: NodeJS.ProcessEnv, stdout: Terminal, root: string): Buffer | null {
  try {
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) return Buffer.from(`${packageVersion(root)}\n`);
    const line = commandLine(argv, env);
    if (line === null) return null;
    // ASCII (build-quick.mjs escapes the rest): no UTF-8 decoding.
    const ready = JSON.parse(readFileSync(path.join(root, 'dist/cli/quick.json'), 'latin1')) as QuickAnswers;
    const at = ready.answers[line];
    if (at === undefined || (stdout.isTTY && (stdout.columns ?? 0) < ready.helpWidth)) return null;
    if (!unchanged(ready, root)) return null;
    const text = readFileSync(path.join(root, 'dist/cli/quick.txt'));
    return text.length === ready.textLength ? text.subarray(at[0], at[1]) : null;
  } catch {
    return null;
  }
}

/**
 * `<lang> <argv>` once the leading `--lang zh|en` and `--no-color` are taken off: neither changes a help page or the
 * list but for the language, which pickLang chooses as the program does.
 */
function commandLine(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  let i = 0;
  for (;;) {
    const a = argv[i];
    if (a === '--no-color' || a === '--lang=zh' || a === '--lang=en') i += 1;
    else if (a === '--lang' && (argv[i + 1] === 'zh' || argv[i + 1] === 'en')) i += 2;
    else break;
  }
  const rest = argv.slice(i);
  // The answers' own options are plain words; anything else (a file, a quoted space) is for the program.
  return rest.every((a) => /^[-a-z]+$/.test(a)) ? `${pickLang(argv, env)} ${rest.join(' ')}` : null;
}

function packageVersion(root: string): string {
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

function unchanged(ready: QuickAnswers, root: string): boolean {
  const { fingerprints, mtimes } = ready;
  const templates = templateFiles(root);
  const recorded = Object.keys(fingerprints).filter((f) => f.startsWith('templates/'));
  if (templates.length !== recorded.length || templates.some((f) => fingerprints[f] === undefined)) return false;
  return Object.entries(fingerprints).every(([file, expected]) => {
    const where = locate(file, root);
    const stat = statSync(where);
    if (mtimes[file] !== undefined && stat.mtimeMs === mtimes[file] && `${stat.size}` === expected.slice(0, expected.indexOf(':'))) return true;
    return fingerprint(readFileSync(where)) === expected;
  });
}
