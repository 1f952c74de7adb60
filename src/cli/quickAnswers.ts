// Writes dist/cli/quick.json at build time: the help pages and the form list as the program prints them, with the
// fingerprints of every file they were made from, for quick.cts to answer before the program loads (#10).
// Build-time only (scripts/build-quick.mjs and the tests): the CLI never loads this module.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';
import { captureOutput } from './output.js';
import { buildProgram, HELP_WIDTH } from './program.js';
import { LANGS } from './messages.js';
import { fingerprint, templateFiles, type QuickAnswers } from './quick.cjs';

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
  for (const entry of ['cli/main.js', 'cli/forms.js', 'forms/listing.js']) visit(`dist/${entry}`);
  return [...seen].sort();
}

export async function renderQuickAnswers(): Promise<QuickAnswers> {
  const answers: QuickAnswers['answers'] = {};
  for (const lang of LANGS) {
    for (const argv of quickCommandLines()) {
      const text = await answerOf(argv, lang);
      if (text !== null) answers[`${lang} ${argv.join(' ')}`] = text;
    }
  }
  const files = ['package.json', ...sourceModules(), ...templateFiles(root)];
  return {
    helpWidth: HELP_WIDTH,
    fingerprints: Object.fromEntries(files.map((f) => [f, fingerprint(readFileSync(path.join(root, f)))])),
    answers,
  };
}

