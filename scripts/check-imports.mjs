// The import rules of ARCHITECTURE.md, read from the code: no file imports a layer above its own, and no
// files import each other in a circle. Run: node scripts/check-imports.mjs (exit 1 and a list when broken);
// test/architecture.test.ts runs it with the suite.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What each layer (a folder of src/) may import besides itself. `version` is src/version.ts: it reads
 * package.json, so the pure layers may not use it.
 */
export const MAY_IMPORT = {
  model: [],
  engine: ['model'],
  forms: ['model', 'engine'],
  io: ['model', 'engine', 'forms', 'version'],
  batch: ['model', 'engine', 'forms', 'io', 'version'],
  cli: ['model', 'engine', 'forms', 'io', 'batch', 'version'],
  version: [],
};

/** Layers that are pure: no package and no node: module (no I/O, no Excel types, no clock). */
export const PURE = ['model', 'engine'];

const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/**
 * The imports of each file under src: other files as src-relative paths with .ts, packages and node:
 * modules by name.
 */
export function importGraph(srcDir) {
  const graph = new Map();
  for (const file of sourceFiles(srcDir)) {
    const from = path.relative(srcDir, file);
    const targets = [];
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      targets.push(spec.startsWith('.') ? path.relative(srcDir, path.resolve(path.dirname(file), spec)).replace(/\.js$/, '.ts') : spec);
    }
    graph.set(from, targets);
  }
  return graph;
}

const isPackage = (target) => !target.endsWith('.ts');

/** The folder under src/, or the file's name for a file directly in src/ (version.ts → version). */
const layerOf = (file) => (file.includes(path.sep) ? file.split(path.sep)[0] : file.replace(/\.ts$/, ''));

export function upwardImports(graph) {
  const out = [];
  for (const [from, targets] of graph) {
    const allowed = MAY_IMPORT[layerOf(from)];
    if (!allowed) {
      out.push(`${from}: in no layer (add its folder to MAY_IMPORT in scripts/check-imports.mjs)`);
      continue;
    }
    for (const to of targets) {
      if (isPackage(to)) {
        if (PURE.includes(layerOf(from))) out.push(`${from} → ${to} (${layerOf(from)} is pure: no packages, no node: modules)`);
        continue;
      }
      const layer = layerOf(to);
      if (layer !== layerOf(from) && !allowed.includes(layer)) out.push(`${from} → ${to} (${layerOf(from)} may import ${allowed.join(', ') || 'nothing'})`);
    }
  }
  return out;
}

/** Circles, as the files around each: a depth-first search finds one for every back edge, so none found means none. */
export function circles(graph) {
  const found = new Map();
  const state = new Map(); // 1 on the stack, 2 done
  const stack = [];
  const visit = (file) => {
    state.set(file, 1);
    stack.push(file);
    for (const to of graph.get(file) ?? []) {
      if (state.get(to) === 1) {
        const ring = stack.slice(stack.indexOf(to));
        const key = [...ring].sort().join('|');
        if (!found.has(key)) found.set(key, [...ring, to].join(' → '));
      } else if (!state.has(to) && graph.has(to)) visit(to); // packages are not in the graph
    }
    stack.pop();
    state.set(file, 2);
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return [...found.values()];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const graph = importGraph(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src'));
  const broken = [...upwardImports(graph).map((s) => `upward import: ${s}`), ...circles(graph).map((s) => `circle: ${s}`)];
  for (const line of broken) console.log(line);
  process.exitCode = broken.length > 0 ? 1 : 0;
}
