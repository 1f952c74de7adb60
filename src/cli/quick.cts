// What bin/kpi.js asks before it loads the program: `--version`, and the help pages and form list made ready at build
// time (quickAnswers.ts writes them to dist/cli/quick.json through the program itself). Loading the program costs
// `kpi --help` about half a Node start-up on these machines (#10). A ready-made answer is given only while every file
// it was made from is byte for byte the same: package.json, the modules that printed it and everything in
// templates/ (a user's own definition dropped there changes the form list). Otherwise, and on any doubt, the
// program answers. CommonJS on purpose: a CommonJS file loads without Node's ES-module loader, itself ~10 ms.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';

export interface QuickAnswers {
  /** The width the help pages were made at: a narrower terminal wraps them itself. */
  helpWidth: number;
  /** By path from the package root: package.json, the modules the answers came from, every file in templates/. */
  fingerprints: Record<string, string>;
  /** By `<lang> <command line>`, e.g. `zh score --help`. */
  answers: Record<string, string>;
}

/** Length and CRC-32: notices any edit (this guards against stale answers, not against an adversary). */
export function fingerprint(bytes: Uint8Array): string {
  return `${bytes.length}:${crc32(bytes).toString(16)}`;
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
 * The text `kpi <argv>` prints on stdout with exit 0, when it can be given without the program; otherwise null.
 * `root` is the package root (bin/ and dist/ beside each other).
 */
export function quickAnswer(argv: readonly string[], env: NodeJS.ProcessEnv, stdout: Terminal, root: string): string | null {
  try {
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) return `${packageVersion(root)}\n`;
    const line = commandLine(argv, env);
    if (line === null) return null;
    const ready = JSON.parse(readFileSync(path.join(root, 'dist/cli/quick.json'), 'utf8')) as QuickAnswers;
    const answer = ready.answers[line];
    if (answer === undefined || (stdout.isTTY && (stdout.columns ?? 0) < ready.helpWidth)) return null;
    return unchanged(ready.fingerprints, root) ? answer : null;
  } catch {
    return null;
  }
}

/**
 * `<lang> <argv>` once the leading `--lang zh|en` and `--no-color` are taken off (neither changes a help page or the
 * list but for the language): what pickLang in messages.ts would choose, for these command lines.
 */
function commandLine(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  let lang = (env.KPI_LANG ?? '').toLowerCase().startsWith('en') ? 'en' : 'zh';
  let i = 0;
  for (;;) {
    const a = argv[i];
    if (a === '--no-color') i += 1;
    else if (a === '--lang' && (argv[i + 1] === 'zh' || argv[i + 1] === 'en')) {
      lang = argv[i + 1]!;
      i += 2;
    } else if (a === '--lang=zh' || a === '--lang=en') {
      lang = a.slice('--lang='.length);
      i += 1;
    } else break;
  }
  const rest = argv.slice(i);
  // The answers' own options are plain words; anything else (a file, a quoted space) is for the program.
  return rest.every((a) => /^[-a-z]+$/.test(a)) ? `${lang} ${rest.join(' ')}` : null;
}

function packageVersion(root: string): string {
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

function unchanged(fingerprints: Record<string, string>, root: string): boolean {
  const templates = templateFiles(root);
  const recorded = Object.keys(fingerprints).filter((f) => f.startsWith('templates/'));
  if (templates.length !== recorded.length || templates.some((f) => fingerprints[f] === undefined)) return false;
  return Object.entries(fingerprints).every(([file, expected]) => fingerprint(readFileSync(path.join(root, file))) === expected);
}
