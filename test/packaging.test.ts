// What the published package holds: the modules the CLI loads, not those only the scripts use
// (scripts/make-samples.mjs, bench-inputs.mjs, build-schema.mjs and build-quick.mjs import them from dist/ after a build).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

/** Modules built into dist/ for the scripts and tests only, left out of the package (package.json "files"). */
const SCRIPT_ONLY = ['src/io/fillTemplate.ts', 'src/forms/schema.ts', 'src/forms/recordSchema.ts', 'src/cli/quickAnswers.ts'];

/** Every src module the CLI can load: from bin/kpi.js, the batch worker and the grader module it is given. */
function runtimeModules(): Set<string> {
  const seen = new Set<string>();
  const queue = ['src/cli/signals.ts', 'src/cli/main.ts', 'src/batch/worker.ts', 'src/io/grade.ts'];
  const bin = readFileSync(path.join(repoRoot, 'bin/kpi.js'), 'utf8');
  for (const m of bin.matchAll(/['"]\.\.\/dist\/([^'"]+)\.js['"]/g)) queue.push(`src/${m[1]}.ts`);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    for (const m of text.matchAll(/(?:\bfrom|\bimport\()\s*['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
      const target = path.posix.join(path.posix.dirname(file), `${m[1]}.ts`);
      if (existsSync(path.join(repoRoot, target))) queue.push(target);
    }
  }
  return seen;
}

describe('the package', () => {
  it('the CLI never loads the script-only modules, and the package leaves them out', () => {
    const runtime = runtimeModules();
    expect(runtime.has('src/io/grade.ts')).toBe(true);
    expect(runtime.has('src/io/template/index.ts')).toBe(true); // kpi template
    for (const file of SCRIPT_ONLY) {
      expect(existsSync(path.join(repoRoot, file)), file).toBe(true);
      expect(runtime.has(file), file).toBe(false);
    }
    const files: string[] = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).files;
    for (const file of SCRIPT_ONLY) expect(files).toContain(`!${file.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')}`);
  });
});
