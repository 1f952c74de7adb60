import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { circles, importGraph, MAY_IMPORT, upwardImports } from '../scripts/check-imports.mjs';
import { repoRoot } from './helpers.js';

// The layers of ARCHITECTURE.md, read from the code: imports point down, never in a circle.

type Graph = Map<string, string[]>;
const graph: Graph = importGraph(path.join(repoRoot, 'src'));

describe('import rules', () => {
  it('reads every source file and its imports', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(path.join('engine', 'scoreForm.ts'))).toContain(path.join('model', 'problem.ts'));
    expect(graph.get(path.join('io', 'formats', 'xlsx.ts'))).toContain('exceljs');
  });

  it('no layer imports a layer above it (model imports nothing, engine only model, …); model and engine use no package or node: module', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('no files import each other in a circle', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('the checks can fail: an upward import and a circle are reported', () => {
    const bad: Graph = new Map([
      [path.join('engine', 'a.ts'), [path.join('io', 'b.ts'), 'node:fs']],
      [path.join('io', 'b.ts'), [path.join('io', 'c.ts')]],
      [path.join('io', 'c.ts'), [path.join('io', 'b.ts')]],
      [path.join('model', 'd.ts'), [path.join('engine', 'a.ts')]],
      [path.join('nowhere', 'e.ts'), []],
      [path.join('io', 'f.ts'), ['exceljs', 'node:fs']],
    ]);
    expect(upwardImports(bad)).toEqual([
      `${path.join('engine', 'a.ts')} → ${path.join('io', 'b.ts')} (engine may import model)`,
      `${path.join('engine', 'a.ts')} → node:fs (engine is pure: no packages, no node: modules)`,
      `${path.join('model', 'd.ts')} → ${path.join('engine', 'a.ts')} (model may import nothing)`,
      `${path.join('nowhere', 'e.ts')}: in no layer (add its folder to MAY_IMPORT in scripts/check-imports.mjs)`,
    ]);
    expect(circles(bad)).toEqual([`${path.join('io', 'b.ts')} → ${path.join('io', 'c.ts')} → ${path.join('io', 'b.ts')}`]);
    expect(Object.keys(MAY_IMPORT)).toEqual(['model', 'engine', 'forms', 'io', 'batch', 'cli', 'version']);
  });
});
