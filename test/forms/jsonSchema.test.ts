import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSchema } from '../../src/forms/jsonSchema.js';
import { loadDefinitionFile } from '../../src/forms/load.js';
import { repoRoot, tempDir } from '../helpers.js';

// One ajv instance compiles every schema (an instance each made `kpi batch` set up ajv twenty times to read its
// manifest): a schema with an $id is then kept by it, and compiling it again must not be refused as a duplicate.
describe('compileSchema', () => {
  it('compiles a schema with an $id twice (two definition files read at once) into validators that work', async () => {
    // Two objects of one schema (each definition read parses the schema file anew), compiled at the same time.
    const schema = () => ({ $id: 'https://kpi.local/test-twice.json', type: 'object', required: ['a'], properties: { a: { type: 'number' } } });
    const [one, two] = await Promise.all([compileSchema(schema()), compileSchema(schema())]);
    expect([one({ a: 1 }), one({ a: 'x' }), two({ a: 2 }), two({})]).toEqual([true, false, true, false]);
    // Without an $id: compiled each time, each its own.
    const plain = await compileSchema({ type: 'string', pattern: '^[0-9a-f]{4}$' });
    expect([plain('00ff'), plain('zz')]).toEqual([true, false]);
    // Errors are still reported in full (allErrors): both wrong fields, not the first only.
    const both = await compileSchema({ type: 'object', properties: { x: { type: 'number' }, y: { type: 'number' } } });
    expect(both({ x: 'a', y: 'b' })).toBe(false);
    expect(both.errors?.map((e) => e.instancePath)).toEqual(['/x', '/y']);
  });

  it('two definition files read at once are both checked against the form schema', async () => {
    const dir = tempDir();
    const files = ['a.json', 'b.json'].map((name) => path.join(dir, name));
    for (const f of files) copyFileSync(path.join(repoRoot, 'templates/cs-rep.json'), f);
    const loaded = await Promise.all(files.map((f) => loadDefinitionFile(f)));
    expect(loaded.map((l) => l.ok && l.form.id)).toEqual(['cs-rep', 'cs-rep']);
  });
});
