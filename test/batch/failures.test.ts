import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import type { BatchEvent } from '../../src/batch/types.js';
import { assertBuilt, listAll, options, put, readFakeOutput, reportOf, statuses, tempDir } from './helpers.js';

beforeAll(assertBuilt);

describe('one bad file never stops the run', () => {
  it('grades the others and exits 1', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'a-good.xlsx', {});
    await put(inbox, 'b-broken.csv', 'PK\u0003\u0004 half a zip');
    await put(inbox, 'c-fail.xlsx', { fail: '表头不对' });
    await put(inbox, 'd-throw.xlsx', { throw: 'boom' });
    await put(inbox, 'e-crash.xlsx', { exit: 7 });
    await put(inbox, 'f-hang.xlsx', { hang: true });
    await put(inbox, 'g-warn.xlsx', { problems: [{ severity: 'warning', code: 'rater-spread', message: '评分差异大' }] });
    await put(inbox, 'h-info.xlsx', { problems: [{ severity: 'info', code: 'override', message: '手工调整' }] });
    await put(inbox, 'i-person.xlsx', { people: [{ id: 'E9', name: '错', status: 'error' }] });
    await put(inbox, 'z-good.csv', {});
    const events: BatchEvent[] = [];
    const result = await runBatch(options(inbox, { out, jobs: 3, fileTimeoutMs: 1500 }), { onEvent: (e) => events.push(e) });
    expect(result.exitCode).toBe(1);
    const r = reportOf(result);
    expect(statuses(r)).toEqual({
      'a-good.xlsx': 'graded', 'b-broken.csv': 'failed', 'c-fail.xlsx': 'failed', 'd-throw.xlsx': 'failed', 'e-crash.xlsx': 'failed',
      'f-hang.xlsx': 'failed', 'g-warn.xlsx': 'problems', 'h-info.xlsx': 'graded', 'i-person.xlsx': 'problems', 'z-good.csv': 'graded',
    });
    const byFile = Object.fromEntries(r.files.map((f) => [f.file, f]));
    expect(byFile['c-fail.xlsx'].problems[0].message).toBe('表头不对');
    expect(byFile['d-throw.xlsx'].problems[0].message).toMatch(/boom/);
    expect(byFile['e-crash.xlsx'].problems[0].message).toMatch(/退出码 7/);
    expect(byFile['f-hang.xlsx'].problems[0].message).toMatch(/超过 2 秒/);
    expect(byFile['b-broken.csv'].output).toBeNull();
    expect(r.totals).toMatchObject({ files: 10, graded: 3, problems: 2, failed: 5 });
    for (const f of ['a-good', 'g-warn', 'h-info', 'i-person', 'z-good']) await readFakeOutput(path.join(out, `${f}.graded.xlsx`));
    expect((await listAll(out)).filter((f) => f.startsWith('.kpi-tmp-'))).toEqual([]);

    // The report on disk is the report returned.
    const onDisk = JSON.parse(await fs.readFile(path.join(out, 'batch-report.json'), 'utf8'));
    expect(onDisk.files).toEqual(JSON.parse(JSON.stringify(r.files)));
    expect(onDisk.totals).toEqual(r.totals);
    expect(Date.parse(onDisk.startedAt)).toBeLessThanOrEqual(Date.parse(onDisk.finishedAt));
    expect(r.files.every((f) => typeof f.durationMs === 'number')).toBe(true);

    // Events: start first, done last, every file started before it is done.
    expect(events[0].type).toBe('start');
    expect(events.at(-1)).toMatchObject({ type: 'done', exitCode: 1 });
    for (const f of Object.keys(statuses(r))) {
      const s = events.findIndex((e) => e.type === 'file-start' && e.file === f);
      const d = events.findIndex((e) => e.type === 'file-done' && e.file === f);
      expect(s).toBeGreaterThan(0);
      expect(d).toBeGreaterThan(s);
    }
  });

  it('exits 0 when every file is clean', async () => {
    const root = await tempDir();
    await put(root, 'a.xlsx', {});
    const result = await runBatch(options(root));
    expect(result.exitCode).toBe(0);
  });

  it('cannot start: no folder, not a folder, no grader', async () => {
    const root = await tempDir();
    const missing = await runBatch(options(path.join(root, 'nope')));
    expect(missing).toMatchObject({ exitCode: 2, report: null });
    expect(missing.exitCode === 2 && missing.reason).toMatch(/找不到文件夹/);
    const file = await put(root, 'x.xlsx', {});
    const notDir = await runBatch(options(file));
    expect(notDir.exitCode === 2 && notDir.reason).toMatch(/不是文件夹/);
    const outIsFile = await runBatch(options(root, { out: file }));
    expect(outIsFile.exitCode === 2 && outIsFile.reason).toMatch(/不是文件夹/);
    const noGrader = await runBatch(options(root, { gradeModule: path.join(root, 'no-such-grader.mjs') }));
    expect(noGrader.exitCode === 2 && noGrader.reason).toMatch(/无法加载评分模块/);
    expect(await listAll(root)).toEqual(['x.xlsx']); // lock released, nothing written
  });

  it('without out: outputs beside the inputs, reports in the folder, its own files never graded', async () => {
    const root = await tempDir();
    await put(root, 'a.xlsx', {});
    await put(root, 'sub/b.csv', {});
    const first = reportOf(await runBatch(options(root, { recursive: true })));
    expect(first.totals.graded).toBe(2);
    expect(await listAll(root)).toEqual(['.kpi-manifest.json', 'a.graded.xlsx', 'a.xlsx', 'batch-report.json', 'batch-summary.xlsx', 'sub/b.csv', 'sub/b.graded.xlsx']);
    const second = reportOf(await runBatch(options(root, { recursive: true })));
    expect(statuses(second)).toEqual({ 'a.xlsx': 'skipped-unchanged', 'sub/b.csv': 'skipped-unchanged' });
  });

  it('never enters an output folder inside the input folder', async () => {
    const root = await tempDir();
    await put(root, 'a.xlsx', {});
    const out = path.join(root, 'graded');
    reportOf(await runBatch(options(root, { out, recursive: true })));
    const again = reportOf(await runBatch(options(root, { out, recursive: true, force: true })));
    expect(Object.keys(statuses(again))).toEqual(['a.xlsx']);
  });

  it('inputs are left exactly as they were', async () => {
    const root = await tempDir();
    const a = await put(root, 'in/a.xlsx', {});
    const before = await fs.stat(a);
    await runBatch(options(path.join(root, 'in'), { out: path.join(root, 'out') }));
    const after = await fs.stat(a);
    expect([after.mtimeMs, after.size, after.ino]).toEqual([before.mtimeMs, before.size, before.ino]);
    expect(await fs.readFile(a, 'utf8')).toBe('{}');
  });

  it('an abort stops the run, reports it and releases the lock', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'f0.xlsx', {});
    for (let i = 1; i < 6; i++) await put(inbox, `f${i}.xlsx`, { chunks: 10, chunkDelay: 50 });
    const ac = new AbortController();
    const result = await runBatch(options(inbox, { out, jobs: 2, signal: ac.signal }), {
      onEvent: (e) => e.type === 'file-done' && ac.abort(),
    });
    expect(result.exitCode).toBe(1);
    const r = reportOf(result);
    expect(r.interrupted).toBe(true);
    expect(statuses(r)).toEqual({ 'f0.xlsx': 'graded', 'f1.xlsx': 'failed' });
    expect(r.files[1].problems[0].message).toMatch(/中断/);
    const names = await listAll(out);
    expect(names.filter((n) => n.startsWith('.kpi-tmp-') || n === '.kpi-batch.lock')).toEqual([]);
    for (const n of names.filter((n) => n.endsWith('.graded.xlsx'))) await readFakeOutput(path.join(out, n));
  });
});
