import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { definitionDigest, loadForm, listForms } from '../../src/forms/load.js';
import { repoRoot } from '../helpers.js';
import { PREVIOUS_DIGESTS } from '../../src/forms/previousDigests.js';

// A template's mark carries its definition's digest (io/metadata.ts): a workbook made from a team's edited copy of a
// built-in form, id and version unchanged, is not scored by the built-in (form-marker-differs). So a shipped definition
// whose text changes must change its version too, or every template made before the change would be refused as
// "another definition". When this test fails: raise the form's version, then write its new version and digest here
// (test/forms/shipped-digests.json).
const recorded = JSON.parse(readFileSync(path.join(repoRoot, 'test/forms/shipped-digests.json'), 'utf8')) as Record<string, { version: string; digest: string }>;

describe('a shipped definition that changes changes its version', () => {
  const files = readdirSync(path.join(repoRoot, 'templates')).filter((f) => f.endsWith('.json') && f !== 'form.schema.json');
  it.each(files)('%s', async (file) => {
    const text = readFileSync(path.join(repoRoot, 'templates', file), 'utf8').replace(/^\uFEFF/, '');
    const def = JSON.parse(text) as { id: string; version: string };
    const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
    const was = recorded[def.id];
    expect(was, `${def.id}: not in test/forms/shipped-digests.json`).toBeDefined();
    if (was!.version === def.version) expect(digest, `${def.id} ${def.version} changed: raise its version`).toBe(was!.digest);
    else throw new Error(`${def.id}: version ${was!.version} → ${def.version}; record the new version and digest ${digest} in shipped-digests.json, and add the old digest ${was!.digest} to src/forms/previousDigests.ts`);
    // A mark of kpi 0.6.9 and before carries this digest (of the text): it still names the shipped definition. New marks
    // carry the digest of what it says (definitionDigest), the same for a copy an editor re-indented.
    if ((await listForms()).includes(def.id)) {
      const loaded = await loadForm(def.id);
      expect(loaded.ok && loaded.digests).toContain(digest);
      expect(loaded.ok && loaded.digest).toBe(definitionDigest(text));
    }
  });
});

describe('the digests of earlier shipped versions', () => {
  it('are none of the current ones (a current digest there would let an edited copy pass as an older built-in)', () => {
    for (const [id, list] of Object.entries(PREVIOUS_DIGESTS)) {
      expect(recorded[id], id).toBeDefined();
      expect(list, id).not.toContain(recorded[id]!.digest);
    }
  });
});
