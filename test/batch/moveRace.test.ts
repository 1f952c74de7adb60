// --move-done and an input replaced while it is graded: the new bytes stay in the inbox for the next run.
import { utimesSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import type { BatchEvent } from '../../src/batch/types.js';
import { assertBuilt, listAll, options, put, readFakeOutput, reportOf, statuses, tempDir } from './helpers.js';

beforeAll(assertBuilt);

async function folders() {
  const root = await tempDir();
  return { inbox: path.join(root, 'in'), out: path.join(root, 'out'), done: path.join(root, 'done') };
}

/** Replaces the input with `next` when its grading starts, as a corrected copy saved over it would. */
function replaceAtStart(abs: string, next: object) {
  return {
    onEvent: (e: BatchEvent) => {
      if (e.type !== 'file-start') return;
      writeFileSync(abs, JSON.stringify(next));
    },
  };
}

describe('moveDone: an input replaced while it is graded', () => {
  it('is not moved; the next run grades the new bytes and moves them', async () => {
    const { inbox, out, done } = await folders();
    const v1 = { people: [{ id: '1', name: '旧', total: 60, band: '合格' }] };
    const v2 = { people: [{ id: '1', name: '新', total: 80, band: '良好' }] };
    const abs = await put(inbox, 'team.xlsx', v1);
    const first = await runBatch(options(inbox, { out, moveDone: done, jobs: 1 }), replaceAtStart(abs, v2));
    const r = reportOf(first);
    expect(r.files[0]!.movedTo).toBeUndefined();
    expect(await listAll(inbox)).toEqual(['team.xlsx']);
    expect(await fs.readdir(done).catch(() => [])).toEqual([]);
    expect(r.warnings.join('\n')).toContain('team.xlsx 在本次运行读取之后被修改或替换');
    // Next run: the content is not what the manifest recorded, so it is graded again — the new version — and moved.
    const next = reportOf(await runBatch(options(inbox, { out, moveDone: done, settleMs: 0 })));
    expect(statuses(next)).toEqual({ 'team.xlsx': 'graded' });
    expect(await listAll(done)).toEqual(['team.xlsx']);
    expect(JSON.parse(await fs.readFile(path.join(done, 'team.xlsx'), 'utf8'))).toEqual(v2);
    expect((await readFakeOutput(path.join(out, 'team.graded.xlsx'))).report.people[0]!.name).toBe('新');
  });

  it('sees a replacement of the same size and modification time (cp -p) by hashing again', async () => {
    const { inbox, out, done } = await folders();
    // Same length: '旧' and '新' are both 3 bytes in UTF-8, 60 and 80 both two digits.
    const v1 = { people: [{ id: '1', name: '旧', total: 60 }] };
    const v2 = { people: [{ id: '1', name: '新', total: 80 }] };
    const abs = await put(inbox, 'team.xlsx', v1);
    const { mtime } = await fs.stat(abs);
    const events = {
      onEvent: (e: BatchEvent) => {
        if (e.type !== 'file-start') return;
        writeFileSync(abs, JSON.stringify(v2));
        utimesSync(abs, mtime, mtime);
      },
    };
    const r = reportOf(await runBatch(options(inbox, { out, moveDone: done, jobs: 1 }), events));
    expect(r.files[0]!.movedTo).toBeUndefined();
    expect(await listAll(inbox)).toEqual(['team.xlsx']);
  });

  it('an untouched input is moved as before', async () => {
    const { inbox, out, done } = await folders();
    await put(inbox, 'team.xlsx', { people: [{ id: '1', name: '甲' }] });
    const r = reportOf(await runBatch(options(inbox, { out, moveDone: done })));
    expect(r.files[0]!.movedTo).toBe(path.join(done, 'team.xlsx'));
    expect(r.warnings).toEqual([]);
  });
});

describe('an input replaced while it is graded, without --move-done', () => {
  it('is graded again next run, even when the old bytes are put back (the other content\'s result was kept as 「unchanged」)', async () => {
    const { inbox, out } = await folders();
    // Same length and modification time: only the bytes tell them apart.
    const v1 = { people: [{ id: '1', name: '旧', total: 60 }] };
    const v2 = { people: [{ id: '1', name: '新', total: 80 }] };
    const abs = await put(inbox, 'team.xlsx', v1);
    const { mtime } = await fs.stat(abs);
    const swap = (v: object) => {
      writeFileSync(abs, JSON.stringify(v));
      utimesSync(abs, mtime, mtime);
    };
    const first = reportOf(await runBatch(options(inbox, { out, jobs: 1 }), { onEvent: (e: BatchEvent) => e.type === 'file-start' && swap(v2) }));
    expect(first.warnings.join('\n')).toContain('team.xlsx 在本次运行读取之后被修改或替换,本次的结果可能不是现在的内容;下次运行重新评分');
    expect((await readFakeOutput(path.join(out, 'team.graded.xlsx'))).report.people[0]!.name).toBe('新');
    swap(v1);
    const next = reportOf(await runBatch(options(inbox, { out, settleMs: 0 })));
    expect(statuses(next)).toEqual({ 'team.xlsx': 'graded' });
    expect((await readFakeOutput(path.join(out, 'team.graded.xlsx'))).report.people[0]!.name).toBe('旧');
  });
});
