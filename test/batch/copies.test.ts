import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import { assertBuilt, batchFolders, options, put, reportOf, statuses, tempDir } from './helpers.js';

beforeAll(assertBuilt);

describe('identical copies in one batch', () => {
  it('are graded, and the report says their people are counted twice', async () => {
    const { root, inbox, out } = await batchFolders();
    const form = { people: [{ id: 'E1', name: '甲', total: 95, band: '优秀' }, { id: 'E2', name: '乙', total: 85, band: '良好' }] };
    await put(inbox, 'm.xlsx', form);
    await put(inbox, 'm - 副本.xlsx', form);
    await put(inbox, 'other.xlsx', { people: [{ id: 'E3', name: '丙', total: 75, band: '合格' }] });
    const first = await runBatch(options(inbox, { out }));
    const r = reportOf(first);
    expect(statuses(r)).toEqual({ 'm - 副本.xlsx': 'graded', 'm.xlsx': 'graded', 'other.xlsx': 'graded' });
    // 2 + 2 + 1: the copy's two people are in the totals again, which is what the warning says.
    expect(r.totals.people).toBe(5);
    expect(r.warnings).toEqual(['m - 副本.xlsx 和 m.xlsx 内容完全相同(同一份表复制了两份?),两份都评了分,汇总和人数里这些人算了不止一次;请只留一份']);
    expect(first.exitCode).toBe(1);

    // Unchanged next night: still said, but nothing new, so exit 0.
    const second = await runBatch(options(inbox, { out }));
    expect(reportOf(second).warnings).toHaveLength(1);
    expect(second.exitCode).toBe(0);
  });

  it('many copies of one file are one warning naming the first five and how many (not one per pair)', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'inbox');
    const form = { people: [{ id: 'E1', name: '甲', total: 95, band: '优秀' }] };
    for (const n of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) await put(inbox, `${n}.xlsx`, form);
    const r = reportOf(await runBatch(options(inbox, { out: path.join(root, 'graded') })));
    expect(r.warnings).toEqual(['a.xlsx、b.xlsx、c.xlsx、d.xlsx、e.xlsx 等 7 个文件 内容完全相同(同一份表复制了多份?),7 份都评了分,汇总和人数里这些人算了不止一次;请只留一份']);
  });

  it('identical files that cannot be graded (two copies of an old .et) put nobody in the totals twice: no warning', async () => {
    const { inbox, out } = await batchFolders();
    await put(inbox, 'base.xls', 'not a form');
    await put(inbox, 'wps.et', 'not a form');
    const r = reportOf(await runBatch(options(inbox, { out })));
    expect(statuses(r)).toEqual({ 'base.xls': 'failed', 'wps.et': 'failed' });
    expect(r.warnings).toEqual([]);
  });
});
