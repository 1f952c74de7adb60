// What a result is graded under: any edit of a definition, shipped or a team's own, and any new kpi regrade.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { someSurelyGraded } from '../../src/batch/changes.js';
import { Manifest } from '../../src/batch/manifest.js';
import type { Run } from '../../src/batch/run.js';
import { runBatch, versionResolver } from '../../src/batch/runBatch.js';
import { VERSION } from '../../src/version.js';
import { repoRoot } from '../helpers.js';
import { assertBuilt, batchFolders, options, put, reportOf, statuses } from './helpers.js';

beforeAll(assertBuilt);

const digest16 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

describe('batch: the key of a definition', () => {
  it('keys a shipped form by its version and a digest of its file, as a team file is keyed', async () => {
    const file = path.join(repoRoot, 'templates', 'mattress-cs-monthly.json');
    const bytes = await fs.readFile(file);
    const version = (JSON.parse(bytes.toString('utf8')) as { version: string }).version;
    // The old key was the version alone: lowering 良好's min without a new version left it unchanged.
    expect(await versionResolver({})('mattress-cs-monthly')).toBe(`${version}#${digest16(bytes)}`);
  });

  it('keys a team file by its content: an edit with the same version gives another key', async () => {
    const { root } = await batchFolders();
    const shipped = await fs.readFile(path.join(repoRoot, 'templates', 'mattress-cs-monthly.json'), 'utf8');
    const def = JSON.parse(shipped) as { grades: { bands: { min: number }[] } };
    const mine = path.join(root, 'my.json');
    await fs.writeFile(mine, JSON.stringify(def));
    const before = await versionResolver({})(mine);
    def.grades.bands[1]!.min -= 5;
    await fs.writeFile(mine, JSON.stringify(def));
    const after = await versionResolver({})(mine);
    expect(before).not.toBeNull();
    expect(after).not.toBe(before);
  });

  it('reports the definition\'s version alike on the run that grades a file and on the run that skips it (not its key)', async () => {
    const { inbox, out } = await batchFolders();
    await put(inbox, 'a.xlsx', { people: [{ id: 'E1', name: '甲', total: 95, band: '优秀' }] });
    const run = () => runBatch(options(inbox, { out, formVersion: async () => '1.0.0#338aa1bbb02aab88' }));
    const first = reportOf(await run()).files[0]!;
    const second = reportOf(await run()).files[0]!;
    expect([first.status, second.status]).toEqual(['graded', 'skipped-unchanged']);
    // The key with its digest stays in the manifest; the report said it on the skipping run only.
    expect(second.formVersion).toBe(first.formVersion);
    expect(second.formVersion).not.toContain('#');
    expect(first.formVersion).toBe('1.0.0');
  });

  it('regrades a result a previous kpi version wrote, and records this version', async () => {
    const { inbox, out } = await batchFolders();
    await put(inbox, 'a.xlsx', { people: [{ id: 'E1', name: '甲', total: 95, band: '优秀' }] });
    expect(statuses(reportOf(await runBatch(options(inbox, { out }))))).toEqual({ 'a.xlsx': 'graded' });
    const file = path.join(out, '.kpi-manifest.json');
    const m = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(m.files['a.xlsx'].grader).toBe(VERSION);
    expect(statuses(reportOf(await runBatch(options(inbox, { out }))))).toEqual({ 'a.xlsx': 'skipped-unchanged' });
    // As an upgrade leaves it: the result was scored by 0.0.1, whose scoring bugs this version may have fixed.
    m.files['a.xlsx'].grader = '0.0.1';
    await fs.writeFile(file, JSON.stringify(m));
    expect(statuses(reportOf(await runBatch(options(inbox, { out }))))).toEqual({ 'a.xlsx': 'graded' });
  });
  it('a result of another kpi version is sure to be graded: the workers start during the hashing', async () => {
    const { root } = await batchFolders();
    const { manifest } = await Manifest.load(path.join(root, '.kpi-manifest.json'));
    const entry = { sha256: 'a'.repeat(64), size: 10, form: 'f', formVersion: '1', formOption: null, output: 'a.graded.xlsx', status: 'graded' as const, people: 1, bands: {}, at: '' };
    const file = { abs: path.join(root, 'a.xlsx'), rel: 'a.xlsx', size: 10, mtimeMs: 0 };
    const run = { settings: { force: false, settleMs: 0 }, now: () => 1_000_000 } as unknown as Run;
    manifest.set('a.xlsx', { ...entry, grader: VERSION });
    expect(someSurelyGraded(run, [file], manifest)).toBe(false);
    manifest.set('a.xlsx', { ...entry, grader: '0.0.1' });
    expect(someSurelyGraded(run, [file], manifest)).toBe(true);
  });
});
