import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers.js';

// Which heavy packages a command loads, counted in the CommonJS cache of a fresh process (the process
// boundary is the point: vitest has already loaded everything). Speed itself is measured by npm run bench.
// One process runs the commands one after another (main is re-entrant: runCli relies on it) and lists the
// heavy packages loaded so far after each: a command that loaded one shows it from there on.
function heavyModulesAfterEach(commands: string[][]): string[][] {
  const main = pathToFileURL(path.join(repoRoot, 'dist/cli/main.js')).href;
  const script = `
    import { createRequire } from 'node:module';
    const require = createRequire(import.meta.url);
    const { main } = await import(${JSON.stringify(main)});
    const heavy = () => [...new Set(Object.keys(require('node:module')._cache).map((k) => /node_modules\\/(exceljs|ajv|papaparse|jszip)\\//.exec(k)?.[1]).filter(Boolean))].sort();
    const after = [];
    for (const args of ${JSON.stringify(commands)}) {
      await main(args);
      after.push(heavy());
    }
    process.stderr.write('\\nHEAVY ' + JSON.stringify(after));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const line = r.stderr.split('\n').find((l) => l.startsWith('HEAVY '));
  if (!line) throw new Error(r.stderr);
  return JSON.parse(line.slice('HEAVY '.length));
}

// The modules a file loads before any of its code runs: its static imports (tsc keeps only those used at
// run time), followed through dist/, not into packages. `import()` in a command's action is not followed.
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
function staticClosure(...entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith('dist/')) return;
    for (const m of readFileSync(path.join(repoRoot, file), 'utf8').matchAll(STATIC_IMPORT)) {
      const spec = m[1]!;
      visit(spec.startsWith('.') ? path.posix.join(path.posix.dirname(file), spec) : spec);
    }
  };
  entries.forEach(visit);
  return [...seen].sort();
}

// Those that must load nothing heavy first, then the one that loads ajv.
const COMMANDS = [
  ['--version'],
  ['--help'],
  ['forms'],
  ['score', path.join(repoRoot, 'samples/mattress-cs-monthly.march.csv'), '--dry-run', '--json'],
  ['forms', path.join(repoRoot, 'templates/mattress-cs-monthly.json')],
];
let after: string[][];
beforeAll(() => {
  after = heavyModulesAfterEach(COMMANDS);
});

describe('startup', () => {
  it('--version and --help load commander and a few small modules: no chalk, no crypto, no checks or engine rules; forms adds only its listing', () => {
    const start = staticClosure('dist/cli/signals.js', 'dist/cli/main.js');
    expect(start.filter((m) => !m.startsWith('dist/'))).toEqual(['commander', 'node:fs', 'node:path', 'node:url']);
    expect(start.filter((m) => /^dist\/(engine\/(?!text|hantHans|period)|forms\/(load|describe|semantics)|model\/problems)/.test(m))).toEqual([]);
    expect(staticClosure('dist/cli/forms.js').filter((m) => !start.includes(m))).toEqual(['dist/cli/forms.js', 'dist/forms/listing.js']);
  });

  it('dist/cli/quick.cjs, which bin/kpi.js asks first, needs only node:fs, node:module, node:path and lang.cjs (no ES module)', () => {
    const requires = (file: string) => [...readFileSync(path.join(repoRoot, file), 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]).sort();
    expect(requires('dist/cli/quick.cjs')).toEqual(['./lang.cjs', 'node:fs', 'node:module', 'node:path']);
    expect(requires('dist/cli/lang.cjs')).toEqual([]);
  });

  it('--version, --help and forms load none of exceljs, ajv, papaparse, jszip', () => {
    expect(after.slice(0, 3)).toEqual([[], [], []]);
  });

  it('checking a user definition loads ajv; scoring loads exceljs only in its worker thread', () => {
    // kpi score grades in a worker thread (so signals are handled at once): the main thread stays light.
    expect(after[3]).toEqual([]);
    expect(after[4]).toEqual(['ajv']);
  });
});
