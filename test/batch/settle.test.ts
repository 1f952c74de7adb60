import { appendFileSync, renameSync, unlinkSync, utimesSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import { byAge, needsPause, QUIET_MS } from '../../src/batch/settle.js';
import { assertBuilt, options, put, reportOf, statuses, tempDir, frozenNow } from './helpers.js';

beforeAll(assertBuilt);

describe('settle', () => {
  it('a graded file being written over again is listed with its standing result (lastStatus, output), as README says', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'team.xlsx', { people: [{ id: '1', name: '甲' }] });
    expect(statuses(reportOf(await runBatch(options(inbox, { out, settleMs: 0 }))))).toEqual({ 'team.xlsx': 'graded' });
    await put(inbox, 'team.xlsx', { people: [{ id: '1', name: '甲' }, { id: '2', name: '乙' }] }, 0);
    const r = reportOf(await runBatch(options(inbox, { out, settleMs: 60_000, now: frozenNow() })));
    expect(r.files.map((f) => [f.file, f.status, f.lastStatus, f.output])).toEqual([['team.xlsx', 'skipped-settling', 'graded', path.join(out, 'team.graded.xlsx')]]);
  });

  it('leaves a file modified just now for the next run', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'old.xlsx', {});
    // Written 1.2 s after old.xlsx, with a settle time of 1 s on the real clock: a file's age is its status change
    // time's, which a test cannot set back (put's old mtime does not make a file old).
    await new Promise((r) => setTimeout(r, 1_200));
    await put(inbox, 'fresh.xlsx', {}, 0);
    const events: string[] = [];
    const result = await runBatch(options(inbox, { out, settleMs: 1_000, now: frozenNow() }), { onEvent: (e) => events.push(e.type) });
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
    const later = reportOf(await runBatch(options(inbox, { out, settleMs: 1_000, now: () => Date.now() + 1_500 })));
    expect(statuses(later)).toEqual({ 'fresh.xlsx': 'graded', 'old.xlsx': 'skipped-unchanged' });
  });

  it('leaves a file with an old modification time written just now (a copier that sets the time first): its status change time is its age', async () => {
    // Seen: a copy that set the mtime to 1980 and stalled 6 s after the first rows was graded with 2 of its 7
    // people, exit 0 (and moved by --move-done, for good). The pause of --recheck (1 s) did not see the stall.
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    await put(inbox, 'copying.csv', '工号,姓名\n1,甲\n', 3_600_000 * 24 * 365 * 40);
    const r = reportOf(await runBatch(options(inbox, { settleMs: 30_000, now: frozenNow() })));
    expect(statuses(r)).toEqual({ 'copying.csv': 'skipped-settling' });
    expect(r.files[0]!.reason).toMatch(/^文件 \d+(\.\d)? 秒前刚修改/);
  });

  it('leaves a file that grows during the re-check', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const growing = await put(inbox, 'copying.xlsx', '{"people":[');
    await put(inbox, 'still.xlsx', {});
    // It grows from the moment the folder has been listed (the 'start' event) on: a busy machine cannot
    // delay the first growth past the re-check, nor make it come before the listing (then it is merely young).
    let timer: NodeJS.Timeout | undefined;
    const grow = (e: { type: string }) => {
      if (e.type !== 'start' || timer) return;
      appendFileSync(growing, ' ');
      timer = setInterval(() => void fs.appendFile(growing, ' '), 30);
    };
    try {
      const r = reportOf(await runBatch(options(inbox, { recheckMs: 300 }), { onEvent: grow }));
      expect(statuses(r)).toEqual({ 'copying.xlsx': 'skipped-settling', 'still.xlsx': 'graded' });
      expect(r.files[0].reason).toMatch(/变化/);
    } finally {
      clearInterval(timer);
    }
  });

  it('a stop during the re-check pause ends it at once (a SIGTERM waited out a pause of 60 s, past systemd\'s patience)', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    await put(inbox, 'a.xlsx', {});
    const ac = new AbortController();
    // A pause of 10 minutes: the test would time out if the stop did not end it.
    const result = await runBatch(options(inbox, { recheckMs: 600_000, signal: ac.signal }), { onEvent: (e) => e.type === 'start' && ac.abort() });
    const r = reportOf(result);
    expect(r.interrupted).toBe(true);
    expect(result.exitCode).toBe(1);
  });

  it('a file deleted or renamed during the re-check is left for the next run, not failed (it was 「失败」, exit 1: a cron mail)', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const gone = await put(inbox, 'del.xlsx', {});
    const renamed = await put(inbox, 'ren.xlsx', {});
    await put(inbox, 'still.xlsx', {});
    // Listed (the 'start' event), then deleted and renamed at once, inside the 300 ms pause.
    const tidy = (e: { type: string }) => {
      if (e.type !== 'start') return;
      unlinkSync(gone);
      renameSync(renamed, path.join(inbox, 'ren3.xlsx'));
    };
    const result = await runBatch(options(inbox, { recheckMs: 300 }), { onEvent: tidy });
    const r = reportOf(result);
    expect(statuses(r)).toEqual({ 'del.xlsx': 'skipped-settling', 'ren.xlsx': 'skipped-settling', 'still.xlsx': 'graded' });
    expect(r.files[0].reason).toBe('文件在检查时不见了(删除或改了名),本次未评分');
    expect(result.exitCode).toBe(0);
    // The new name is graded next run; the old names are no more.
    const next = reportOf(await runBatch(options(inbox, { recheckMs: 0 })));
    expect(statuses(next)).toEqual({ 'ren3.xlsx': 'graded', 'still.xlsx': 'skipped-unchanged' });
  });

  it('leaves a file whose copier keeps putting back an old modification time (robocopy): the pause is what sees it grow', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const growing = await put(inbox, 'copying.xlsx', '{"people":[');
    await put(inbox, 'still.xlsx', {});
    const old = new Date(Date.now() - 3_600_000);
    // Nothing changes at the listing; 30 ms later, during the 300 ms pause, the file grows and gets its hour-old
    // mtime back (synchronously, inside the timer: it cannot come after the pause's own timer).
    let timer: NodeJS.Timeout | undefined;
    const grow = (e: { type: string }) => {
      if (e.type !== 'start' || timer) return;
      timer = setInterval(() => {
        appendFileSync(growing, ' ');
        utimesSync(growing, old, old);
      }, 30);
    };
    try {
      // The run's clock past the settle time of both files: the pause alone sees the change.
      const r = reportOf(await runBatch(options(inbox, { recheckMs: 300, settleMs: 30_000, now: () => Date.now() + 31_000 }), { onEvent: grow }));
      expect(statuses(r)).toEqual({ 'copying.xlsx': 'skipped-settling', 'still.xlsx': 'graded' });
      expect(r.files[0].reason).toMatch(/变化/);
    } finally {
      clearInterval(timer);
    }
  });

  it('pauses only when some file changed within max(--recheck, 60 s) of now, by its status change time', () => {
    const now = 50_000_000;
    const file = (rel: string, ctimeMs?: number) => ({ abs: `/${rel}`, rel, size: 1, mtimeMs: 0, ...(ctimeMs === undefined ? {} : { ctimeMs }) });
    expect(QUIET_MS).toBe(60_000);
    const quiet = file('old.xlsx', now - 60_000); // still for exactly a minute: the pause would see nothing more
    expect(needsPause([quiet], 1_000, now)).toBe(false);
    // 59.999 s: within the minute of slack for a file server's clock behind ours.
    expect(needsPause([quiet, file('recent.xlsx', now - 59_999)], 1_000, now)).toBe(true);
    // A --recheck longer than a minute: the file must have been still that long.
    expect(needsPause([file('a.xlsx', now - 90_000)], 120_000, now)).toBe(true);
    expect(needsPause([file('a.xlsx', now - 120_000)], 120_000, now)).toBe(false);
    // No ctime known, or one ahead of the clock: paused, as before.
    expect(needsPause([file('unknown.xlsx')], 1_000, now)).toBe(true);
    expect(needsPause([file('ahead.xlsx', now + 60_000)], 1_000, now)).toBe(true);
    // --recheck 0s never pauses; nothing to check, nothing to wait for.
    expect(needsPause([file('recent.xlsx', now)], 0, now)).toBe(false);
    expect(needsPause([], 1_000, now)).toBe(false);
  });

  it('byAge uses the given clock', () => {
    const f = { abs: '/x', rel: 'x.xlsx', size: 1, mtimeMs: 1_000_000 };
    expect(byAge([f], 1_000_000 + 29_999, 30_000).young).toHaveLength(1);
    expect(byAge([f], 1_000_000 + 30_000, 30_000).old).toHaveLength(1);
  });

  it('a file modified "in the future" stays settled once it was: it does not flip back to settling every other run', () => {
    // mtime a day ahead of every run below; --settle 2 s.
    const f = { abs: '/x', rel: 'x.xlsx', size: 1, mtimeMs: 1_000_000 + 86_400_000 };
    const first = byAge([f], 1_000_000, 2_000);
    expect(first.young).toHaveLength(1); // seen first at 1 000 000
    // 2.5 s later: unchanged for 2 500 ≥ 2 000 ms, settled; the sighting is kept while the mtime is still ahead.
    const second = byAge([f], 1_002_500, 2_000, first.seen);
    expect(second.old).toHaveLength(1);
    expect(second.seen.get('x.xlsx')).toEqual({ size: 1, mtimeMs: f.mtimeMs, seenAt: 1_000_000 });
    // 2.5 s later again: still settled (it was young again here, and graded the run after, and so on).
    const third = byAge([f], 1_005_000, 2_000, second.seen);
    expect(third.old).toHaveLength(1);
    expect(third.young).toHaveLength(0);
  });

  it('a file modified "in the future" is graded with --settle 0s', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    await put(inbox, 'ahead.xlsx', {}, -3_600_000); // an hour ahead
    const r = reportOf(await runBatch(options(inbox, { settleMs: 0 })));
    expect(statuses(r)).toEqual({ 'ahead.xlsx': 'graded' });
  });

  it('with a settle period, a future mtime waits until size and mtime stayed the same that long, not forever', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    const file = await put(inbox, 'ahead.xlsx', {}, -3_600_000);
    const t0 = Date.now();
    const first = reportOf(await runBatch(options(inbox, { out, settleMs: 30_000, now: () => t0 })));
    expect(statuses(first)).toEqual({ 'ahead.xlsx': 'skipped-settling' });
    expect(first.files[0].reason).toMatch(/修改时间比现在晚/);

    // 20 s later it is still unchanged but not yet for 30 s; then it grows: seen anew.
    expect(statuses(reportOf(await runBatch(options(inbox, { out, settleMs: 30_000, now: () => t0 + 20_000 }))))).toEqual({ 'ahead.xlsx': 'skipped-settling' });
    const mtime = (await fs.stat(file)).mtime;
    await fs.writeFile(file, JSON.stringify({ people: [{ id: 'E9', name: '后来', total: 60, band: '合格' }] }));
    await fs.utimes(file, mtime, new Date(mtime.getTime() + 1000));
    expect(statuses(reportOf(await runBatch(options(inbox, { out, settleMs: 30_000, now: () => t0 + 40_000 }))))).toEqual({ 'ahead.xlsx': 'skipped-settling' });
    // Unchanged for 30 s since it was last seen changing: graded.
    const done = reportOf(await runBatch(options(inbox, { out, settleMs: 30_000, now: () => t0 + 70_000 })));
    expect(statuses(done)).toEqual({ 'ahead.xlsx': 'graded' });
    expect(done.files[0].people).toBe(1);
    // Its mtime is still ahead: the sighting is kept, so the next run finds it settled and unchanged, not new again.
    const manifest = JSON.parse(await fs.readFile(path.join(out, '.kpi-manifest.json'), 'utf8'));
    expect(Object.keys(manifest.settling)).toEqual(['ahead.xlsx']);
    expect(statuses(reportOf(await runBatch(options(inbox, { out, settleMs: 30_000, now: () => t0 + 75_000 }))))).toEqual({ 'ahead.xlsx': 'skipped-unchanged' });
  });

  it('byAge: a sighting with the same size and mtime settles after settleMs; a future mtime has no age', () => {
    const f = { abs: '/x', rel: 'x.xlsx', size: 1, mtimeMs: 5_000_000 };
    const first = byAge([f], 1_000_000, 30_000);
    expect(first.young).toHaveLength(1);
    expect(first.seen.get('x.xlsx')).toEqual({ size: 1, mtimeMs: 5_000_000, seenAt: 1_000_000 });
    expect(byAge([f], 1_029_999, 30_000, first.seen).young).toHaveLength(1);
    expect(byAge([f], 1_030_000, 30_000, first.seen).old).toHaveLength(1);
    expect(byAge([{ ...f, size: 2 }], 1_030_000, 30_000, first.seen).young).toHaveLength(1);
    expect(byAge([f], 1_000_000, 0).old).toHaveLength(1);
  });
});
