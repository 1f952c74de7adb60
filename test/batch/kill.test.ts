import { spawn } from 'node:child_process';
import { existsSync, promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { Manifest } from '../../src/batch/manifest.js';
import { runBatch } from '../../src/batch/runBatch.js';
import { assertBuilt, listAll, options, put, readFakeOutput, reportOf, RUN_CHILD, tempDir } from './helpers.js';

beforeAll(assertBuilt);

function child(opts: object) {
  const p = spawn(process.execPath, [RUN_CHILD, JSON.stringify(opts)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  p.stdout.on('data', (d) => (stdout += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>((resolve) =>
    p.on('exit', (code, signal) => resolve({ code, signal, stdout })),
  );
  return { p, done };
}

/** Files the manifest (with its journal) records as graded now. */
async function gradedInManifest(out: string): Promise<number> {
  const file = path.join(out, '.kpi-manifest.json');
  if (!existsSync(file)) return 0;
  const { manifest } = await Manifest.load(file);
  return manifest.keys().filter((k) => manifest.get(k)?.status === 'graded').length;
}

const isOutput = (name: string) => /^[pq]\d+\.graded\.xlsx$/.test(name);

async function filesIn(dir: string): Promise<string[]> {
  return listAll(dir).catch(() => []);
}

describe('a run killed with SIGKILL', () => {
  it('loses at most the files in progress; the next run cleans up and completes everything', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    for (let i = 0; i < 20; i++) await put(inbox, `p${String(i).padStart(2, '0')}.xlsx`, { people: [{ id: `E${i}`, name: `人${i}` }], chunks: 8, chunkDelay: 60 });
    // Each output takes ~0.5 s to write, so the temporary seen below is still there when the kill lands even if
    // this process is held up for a while under load (at 25 ms a chunk the kill sometimes came after the rename).
    const opts = { folder: inbox, out, jobs: 2, recheckMs: 0, settleMs: 0 };
    const run = child(opts);
    // Kill once a few files are done and a temporary output is half written: an output's temporary (the
    // manifest is written through one too, for a few milliseconds), seen by a synchronous look right before
    // the kill, not by a listing that may be stale by the time it resolves.
    const halfWritten = () => existsSync(out) && readdirSync(out).some((n) => n.startsWith('.kpi-tmp-') && n.endsWith('.graded.xlsx'));
    const t0 = Date.now();
    for (;;) {
      const names = await filesIn(out);
      if (names.filter(isOutput).length >= 3 && (await gradedInManifest(out)) >= 1 && halfWritten()) break;
      if (Date.now() - t0 > 20_000) throw new Error(`child never got going: ${names.join(', ')}`);
      await sleep(5);
    }
    run.p.kill('SIGKILL');
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');
    const left = await filesIn(out);
    expect(left).toContain('.kpi-batch.lock');
    expect(left.some((n) => n.startsWith('.kpi-tmp-'))).toBe(true);
    expect(left.filter(isOutput).length).toBeLessThan(20);
    // What a killed run left is complete or absent, never half.
    for (const n of left.filter(isOutput)) await readFakeOutput(path.join(out, n));
    // What the manifest (with its journal) recorded as graded when the kill landed: those files, and only those,
    // are skipped by the next run. Counting them, not assuming "two of the three outputs seen", keeps this exact
    // under load, when the third output may be on disk before its entry is.
    const recorded = await gradedInManifest(out);
    expect(recorded).toBeGreaterThanOrEqual(1);

    // Six at a time: the ~17 files left take 1.5 s to write instead of 4 (the fake grader's threads are cheap).
    const result = await runBatch(options(inbox, { out, jobs: 6 }));
    expect(result.exitCode).toBe(0);
    const r = reportOf(result);
    // The killed run's results are reported by this one (unreported: true), and counted as graded with the rest.
    expect([r.totals.graded, r.totals.skippedUnchanged]).toEqual([20, 0]);
    expect(r.files.filter((f) => f.status === 'skipped-unchanged' && f.unreported === true).length).toBe(recorded);
    expect(r.files.filter((f) => f.status === 'graded').length).toBe(20 - recorded);
    expect(20 - recorded).toBeGreaterThanOrEqual(1);

    const after = await filesIn(out);
    expect(after.filter((n) => n.startsWith('.kpi-tmp-') || n === '.kpi-batch.lock')).toEqual([]);
    expect((await filesIn(inbox)).filter((n) => n.startsWith('.kpi-tmp-'))).toEqual([]);
    for (let i = 0; i < 20; i++) {
      const name = `p${String(i).padStart(2, '0')}`;
      const o = await readFakeOutput(path.join(out, `${name}.graded.xlsx`));
      expect(o.input).toBe(path.join(inbox, `${name}.xlsx`));
      expect(o.report.people[0].name).toBe(`人${i}`);
    }
    const manifest = JSON.parse(await fs.readFile(path.join(out, '.kpi-manifest.json'), 'utf8'));
    expect(Object.values(manifest.files).map((e) => (e as { status: string }).status)).toEqual(Array(20).fill('graded'));
  }, 60_000);

  it('twice in a row, the first after writing its output and the second before: the output is still kpi\'s, overwritten next run (it was kept as edited by hand, the result going to -2 for good)', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'a.xlsx', { people: [{ id: 'E1', name: '甲' }] });
    expect((await runBatch(options(inbox, { out, jobs: 1 }))).exitCode).toBe(0);
    const output = path.join(out, 'a.graded.xlsx');
    const manifestFile = path.join(out, '.kpi-manifest.json');
    // The first killed run, as it leaves things: its mark (grading, at a moment before it wrote) and its output, newer
    // than the mark and unlike what the manifest recorded kpi wrote.
    const m = JSON.parse(await fs.readFile(manifestFile, 'utf8'));
    const firstMark = new Date(Date.now() - 60_000).toISOString();
    Object.assign(m.files['a.xlsx'], { status: 'grading', at: firstMark });
    await fs.writeFile(manifestFile, JSON.stringify(m));
    await fs.writeFile(output, await fs.readFile(output));
    // The second run marks the file (the input changed) and is killed while grading it, before it writes.
    await put(inbox, 'a.xlsx', { hang: true, people: [{ id: 'E1', name: '甲二' }] });
    const run = child({ folder: inbox, out, jobs: 1, recheckMs: 0, settleMs: 0 });
    const t0 = Date.now();
    for (;;) {
      const { manifest } = await Manifest.load(manifestFile);
      const entry = manifest.get('a.xlsx');
      if (entry?.status === 'grading' && entry.at !== firstMark) break;
      if (Date.now() - t0 > 20_000) throw new Error('the second run never marked a.xlsx');
      await sleep(10);
    }
    run.p.kill('SIGKILL');
    await run.done;
    // Its mark records the output on disk as kpi's (the first killed run's), not the fingerprint from before it.
    const { manifest } = await Manifest.load(manifestFile);
    const there = await fs.stat(output);
    expect(manifest.get('a.xlsx')!.written).toEqual({ size: there.size, mtimeMs: there.mtimeMs });
    // The next run overwrites the output in place: no a.xlsx-2.graded.xlsx, no 「被修改过」 warning, exit 0.
    await put(inbox, 'a.xlsx', { people: [{ id: 'E1', name: '甲三' }] });
    const next = await runBatch(options(inbox, { out, jobs: 1 }));
    expect(next.exitCode).toBe(0);
    // (The killed run's lock is taken over, said; nothing is said to be edited.)
    expect(reportOf(next).warnings.filter((w) => w.includes('被修改过'))).toEqual([]);
    expect((await listAll(out)).filter((n) => n.endsWith('.graded.xlsx'))).toEqual(['a.graded.xlsx']);
    expect((await readFakeOutput(output)).report.people[0].name).toBe('甲三');
  }, 60_000);

  it('two processes at once: one grades, the other exits 2 with the lock reason; nothing is corrupted', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    for (let i = 0; i < 8; i++) await put(inbox, `q${i}.xlsx`, { chunks: 5, chunkDelay: 30, n: i }); // each its own content: copies would be warned about
    const opts = { folder: inbox, out, jobs: 2, recheckMs: 0, settleMs: 0 };
    const [a, b] = await Promise.all([child(opts).done, child(opts).done]);
    const results = [a, b].map((x) => JSON.parse(x.stdout));
    expect([a.code, b.code].sort()).toEqual([0, 2]);
    const loser = results.find((x) => x.exitCode === 2);
    expect(loser.reason).toMatch(/另一个批量评分/);
    expect(results.find((x) => x.exitCode === 0).totals.graded).toBe(8);
    for (let i = 0; i < 8; i++) await readFakeOutput(path.join(out, `q${i}.graded.xlsx`));
    expect((await filesIn(out)).filter((n) => n.startsWith('.kpi-'))).toEqual(['.kpi-manifest.json']);
    // A waiting second process finds the work done.
    const [c, d] = await Promise.all([child({ ...opts, force: true, waitMs: 30_000 }).done, child({ ...opts, waitMs: 30_000 }).done]);
    expect([c.code, d.code]).toEqual([0, 0]);
    const totals = [c, d].map((x) => JSON.parse(x.stdout).totals);
    expect(totals.map((t) => t.graded).sort()).toEqual([0, 8]);
  }, 60_000);
});
