import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import { byAge } from '../../src/batch/settle.js';
import { assertBuilt, options, put, reportOf, statuses, tempDir } from './helpers.js';

beforeAll(assertBuilt);

describe('settle', () => {
  it('leaves a file modified just now for the next run', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'old.xlsx', {});
    await put(inbox, 'fresh.xlsx', {}, 0);
    const events: string[] = [];
    const result = await runBatch(options(inbox, { out, settleMs: 30_000 }), { onEvent: (e) => events.push(e.type) });
    expect(result.exitCode).toBe(0);
    const r = reportOf(result);
    expect(statuses(r)).toEqual({ 'fresh.xlsx': 'skipped-settling', 'old.xlsx': 'graded' });
    expect(r.files[0].reason).toMatch(/留待下次运行/);
    expect(r.totals.skippedSettling).toBe(1);
    expect(events).toContain('file-skipped');
    await expect(fs.access(path.join(out, 'fresh.graded.xlsx'))).rejects.toThrow();
    const manifest = JSON.parse(await fs.readFile(path.join(out, '.kpi-manifest.json'), 'utf8'));
    expect(Object.keys(manifest.files)).toEqual(['old.xlsx']);

    // Half a minute later it is graded.
    const later = reportOf(await runBatch(options(inbox, { out, settleMs: 30_000, now: () => Date.now() + 31_000 })));
    expect(statuses(later)).toEqual({ 'fresh.xlsx': 'graded', 'old.xlsx': 'skipped-unchanged' });
  });

  it('leaves a file that grows during the re-check', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const growing = await put(inbox, 'copying.xlsx', '{"people":[');
    await put(inbox, 'still.xlsx', {});
    const timer = setInterval(() => void fs.appendFile(growing, ' '), 30);
    try {
      const r = reportOf(await runBatch(options(inbox, { recheckMs: 300 })));
      expect(statuses(r)).toEqual({ 'copying.xlsx': 'skipped-settling', 'still.xlsx': 'graded' });
      expect(r.files[0].reason).toMatch(/变化/);
    } finally {
      clearInterval(timer);
    }
  });

  it('byAge uses the given clock', () => {
    const f = { abs: '/x', rel: 'x.xlsx', size: 1, mtimeMs: 1_000_000 };
    expect(byAge([f], 1_000_000 + 29_999, 30_000).young).toHaveLength(1);
    expect(byAge([f], 1_000_000 + 30_000, 30_000).old).toHaveLength(1);
  });
});
