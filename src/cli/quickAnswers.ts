// Makes dist/cli/quick.json and quick.txt at build time: the help pages and the form list as the program prints them,
// with the fingerprints of every file they were made from, for quick.cts to answer before the program loads (#10).
// Build-time only (scripts/build-quick.mjs and the tests): the CLI never loads this module.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';
import { captureOutput } from './output.js';
import { buildProgram, HELP_WIDTH } from './program.js';
import { LANGS } from './messages.js';
import { fingerprint, locate, templateFiles, type QuickAnswers } from './quick.cjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every command line answered ready-made: the help pages in each spelling, and the form list. */
export function quickCommandLines(): string[][] {
  const commands = buildProgram('zh', captureOutput(), () => {}).commands.map((c) => c.name());
  return [
    ['--help'],
    ['-h'],
    ['help'],
    ...commands.flatMap((c) => [[c, '--help'], [c, '-h'], ['help', c]]),
    ['forms'],
    ['forms', '--json'],
  ];
}

/** A command line's answer through the program itself, as a pipe receives it; null unless it printed only stdout, exit 0. */
async function answerOf(argv: string[], lang: string): Promise<string | null> {
  const output = captureOutput();
  const code = await main(argv, { output, env: { KPI_LANG: lang } });
  return code === 0 && output.stderr === '' ? output.stdout : null;
}

/** The modules `kpi`'s answers came from: main.js and forms.js with their static imports, followed through dist/. */
function sourceModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s+(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      visit(path.posix.join(path.posix.dirname(file), m[1]!));
    }
  };
  // main.js and what it imports, and forms.js, which the program imports when `forms` runs (the one import() on
  // these command lines: a help page runs no command).
  for (const entry of ['cli/main.js', 'cli/forms.js']) visit(`dist/${entry}`);
  return [...seen].sort();
}

/** commander's code and package.json, as `package:commander/<path>` (quick.cts finds it where npm put it). */
function commanderFiles(): string[] {
  const dir = path.dirname(createRequire(import.meta.url).resolve('commander'));
  const lib = readdirSync(path.join(dir, 'lib')).filter((n) => n.endsWith('.js')).map((n) => `lib/${n}`);
  return ['package.json', 'index.js', ...lib].sort().map((f) => `package:commander/${f}`);
}

/** What quick.json records of the files: fingerprints, and the mtimes that can stand for them. */
export interface FileRecord {
  fingerprints: QuickAnswers['fingerprints'];
  mtimes: QuickAnswers['mtimes'];
}

/**
 * Each file's fingerprint, and its mtime when that can vouch for the bytes: unchanged across the read (a file rewritten
 * meanwhile keeps no mtime) and finer than a second (on a file system that keeps whole seconds, a rewrite of the same
 * size within the second would keep it). Files without an mtime are read and checked every time.
 */
export function recordFiles(files: string[], root: string): FileRecord {
  const record: FileRecord = { fingerprints: {}, mtimes: {} };
  for (const file of files) {
    const where = locate(file, root);
    const before = statSync(where);
    record.fingerprints[file] = fingerprint(readFileSync(where));
    const after = statSync(where);
    if (after.mtimeMs === before.mtimeMs && after.size === before.size && !Number.isInteger(after.mtimeMs / 1000)) record.mtimes[file] = after.mtimeMs;
  }
  return record;
}

/** The answers, the files they came from (quick.json), and the answers' bytes one after another (quick.txt). */
export async function renderQuickAnswers(): Promise<{ index: QuickAnswers; text: Buffer }> {
  // A folder in templates/ is not recorded: the listing then never matches, and the program answers.
  const templates = templateFiles(root).filter((f) => statSync(path.join(root, f)).isFile());
  const files = ['package.json', ...sourceModules(), ...commanderFiles(), ...templates];
  // Recorded before the answers are made and checked after: a file changed while they were made fails the build.
  const record = recordFiles(files, root);
  const answers: QuickAnswers['answers'] = {};
  const pieces: Buffer[] = [];
  let at = 0;
  for (const lang of LANGS) {
    for (const argv of quickCommandLines()) {
      const text = await answerOf(argv, lang);
      if (text === null) continue;
      const bytes = Buffer.from(text);
      answers[`${lang} ${argv.join(' ')}`] = [at, at + bytes.length];
      pieces.push(bytes);
      at += bytes.length;
    }
  }
  const changed = files.filter((f) => recordFiles([f], root).fingerprints[f] !== record.fingerprints[f]);
  if (changed.length) throw new Error(`changed while the ready-made answers were made (run npm run build again): ${changed.join(', ')}`);
  const text = Buffer.concat(pieces);
  return { index: { helpWidth: HELP_WIDTH, ...record, answers, textLength: text.length }, text };
}
