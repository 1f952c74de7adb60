import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import { assertBuilt, batchFolders, listAll, options, put, readFakeOutput, reportOf, statuses, tempDir, olderThanOneSecond, frozenNow } from './helpers.js';

beforeAll(assertBuilt);

describe('moveDone', () => {
  it('moves graded inputs after their output is complete, mirroring folders, never overwriting', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    const done = path.join(root, 'done');
    await put(inbox, 'a.xlsx', { people: [{ id: '1', name: '新' }] });
    await put(inbox, 'sub/b.csv', {});
    await put(inbox, 'bad.csv', 'nope');
    await put(done, 'a.xlsx', 'older a');
    await put(done, 'a-1.xlsx', 'older a again');
    await olderThanOneSecond();
    await put(inbox, 'fresh.xlsx', {}, 0);
    const r = reportOf(await runBatch(options(inbox, { out, moveDone: done, recursive: true, settleMs: 1_000, now: frozenNow() })));
    expect(statuses(r)).toEqual({ 'a.xlsx': 'graded', 'bad.csv': 'failed', 'fresh.xlsx': 'skipped-settling', 'sub/b.csv': 'graded' });
    expect(r.files.find((f) => f.file === 'a.xlsx')!.movedTo).toBe(path.join(done, 'a-2.xlsx'));
    expect(await listAll(inbox)).toEqual(['bad.csv', 'fresh.xlsx']);
    expect(await listAll(done)).toEqual(['a-1.xlsx', 'a-2.xlsx', 'a.xlsx', 'sub/b.csv']);
    expect(await fs.readFile(path.join(done, 'a.xlsx'), 'utf8')).toBe('older a');
    expect(JSON.parse(await fs.readFile(path.join(done, 'a-2.xlsx'), 'utf8'))).toEqual({ people: [{ id: '1', name: '新' }] });
    expect((await readFakeOutput(path.join(out, 'a.graded.xlsx'))).report.people[0].name).toBe('新');

    // The same file dropped in again is already graded: it is moved on without regrading.
    await put(inbox, 'a.xlsx', { people: [{ id: '1', name: '新' }] });
    // fresh.xlsx is being written again: still "fresh" for this run too.
    await olderThanOneSecond();
    await put(inbox, 'fresh.xlsx', {}, 0);
    const again = reportOf(await runBatch(options(inbox, { out, moveDone: done, recursive: true, settleMs: 1_000, now: frozenNow() })));
    expect(statuses(again)['a.xlsx']).toBe('skipped-unchanged');
    // A file that could not be graded is remembered, and stays in the inbox for someone to look at.
    expect(again.files.find((f) => f.file === 'bad.csv')).toMatchObject({ status: 'skipped-unchanged', lastStatus: 'failed' });
    expect(again.files.find((f) => f.file === 'bad.csv')!.movedTo).toBeUndefined();
    expect(await listAll(inbox)).toEqual(['bad.csv', 'fresh.xlsx']);
    expect(again.files.find((f) => f.file === 'a.xlsx')!.movedTo).toBe(path.join(done, 'a-3.xlsx'));
  });

  it('a done folder inside the input folder is not graded; the input folder itself is refused', async () => {
    const root = await tempDir();
    await put(root, 'a.xlsx', {});
    const first = reportOf(await runBatch(options(root, { moveDone: path.join(root, 'done'), recursive: true })));
    expect(first.files.map((f) => f.movedTo)).toEqual([path.join(root, 'done/a.xlsx')]);
    const second = reportOf(await runBatch(options(root, { moveDone: path.join(root, 'done'), recursive: true })));
    expect(second.files).toEqual([]);
    const refused = await runBatch(options(root, { moveDone: root }));
    expect(refused.exitCode).toBe(2);
  });
});

describe('moveDone: a new file with the name of one moved to done', () => {
  it("gets an output of its own: last month's result stays with last month's file", async () => {
    const { root, inbox, out } = await batchFolders();
    const done = path.join(root, 'done');
    const month = (name: string) => ({ people: [{ id: '1', name }] });
    const run = () => runBatch(options(inbox, { out, moveDone: done }));
    await put(inbox, '考核表.xlsx', month('三月'));
    expect(reportOf(await run()).files[0]!.output).toBe(path.join(out, '考核表.graded.xlsx'));

    await put(inbox, '考核表.xlsx', month('四月'));
    const april = await run();
    expect(april.exitCode).toBe(0);
    expect(reportOf(april).files[0]).toMatchObject({ status: 'graded', output: path.join(out, '考核表.xlsx-2.graded.xlsx'), movedTo: path.join(done, '考核表-1.xlsx') });
    expect((await readFakeOutput(path.join(out, '考核表.graded.xlsx'))).report.people[0]!.name).toBe('三月');
    expect((await readFakeOutput(path.join(out, '考核表.xlsx-2.graded.xlsx'))).report.people[0]!.name).toBe('四月');

    await put(inbox, '考核表.xlsx', month('五月'));
    expect(reportOf(await run()).files[0]!.output).toBe(path.join(out, '考核表.xlsx-3.graded.xlsx'));
    expect((await readFakeOutput(path.join(out, '考核表.graded.xlsx'))).report.people[0]!.name).toBe('三月');
    expect((await readFakeOutput(path.join(out, '考核表.xlsx-2.graded.xlsx'))).report.people[0]!.name).toBe('四月');
    expect(await listAll(done)).toEqual(['考核表-1.xlsx', '考核表-2.xlsx', '考核表.xlsx']);

    // May's file dropped in again is already graded: moved on, nothing written.
    await put(inbox, '考核表.xlsx', month('五月'));
    const again = reportOf(await run());
    expect(again.files[0]).toMatchObject({ status: 'skipped-unchanged', output: path.join(out, '考核表.xlsx-3.graded.xlsx'), movedTo: path.join(done, '考核表-3.xlsx') });
    expect((await listAll(out)).filter((n) => n.endsWith('.graded.xlsx'))).toEqual(['考核表.graded.xlsx', '考核表.xlsx-2.graded.xlsx', '考核表.xlsx-3.graded.xlsx']);

    // A moved file's record goes once its output is gone.
    const manifestKeys = async () => Object.keys(JSON.parse(await fs.readFile(path.join(out, '.kpi-manifest.json'), 'utf8')).files).sort();
    expect(await manifestKeys()).toEqual([`moved//${path.join(done, '考核表-1.xlsx')}`, `moved//${path.join(done, '考核表.xlsx')}`, '考核表.xlsx']);
    await fs.rm(path.join(out, '考核表.graded.xlsx'));
    await run();
    expect(await manifestKeys()).toEqual([`moved//${path.join(done, '考核表-1.xlsx')}`, '考核表.xlsx']);
  });
});

describe('moveDone: a run killed after moving files and before its report', () => {
  it('the next run reports those files with the result they got, so no one goes unreported; once only', async () => {
    const { root, inbox, out } = await batchFolders();
    const done = path.join(root, 'done');
    await put(inbox, 'a.xlsx', { people: [{ id: '1', name: '甲', total: 95, band: '优秀' }] });
    await put(inbox, 'b.xlsx', { people: [{ id: '2', name: '乙', total: 85, band: '良好' }] });
    reportOf(await runBatch(options(inbox, { out, moveDone: done })));
    // What kill -9 leaves after a.xlsx was graded and moved: its entry marked unreported, no report of that run.
    const file = path.join(out, '.kpi-manifest.json');
    const manifest = JSON.parse(await fs.readFile(file, 'utf8'));
    manifest.files['a.xlsx'].unreported = true;
    await fs.writeFile(file, JSON.stringify(manifest));
    await fs.rm(path.join(out, 'batch-report.json'));
    await put(inbox, 'c.xlsx', { people: [{ id: '3', name: '丙', total: 75, band: '合格' }] });

    const next = reportOf(await runBatch(options(inbox, { out, moveDone: done })));
    expect(statuses(next)).toEqual({ 'a.xlsx': 'graded', 'c.xlsx': 'graded' });
    const a = next.files.find((f) => f.file === 'a.xlsx')!;
    expect([a.people, a.movedTo, a.reason]).toEqual([1, path.join(done, 'a.xlsx'), expect.stringMatching(/那次运行在写出报告前被中断,这是那次的评分结果$/)]);
    // 甲 is in the totals again (1 + 1 people), and only in this run.
    expect(next.totals.people).toBe(2);
    const third = reportOf(await runBatch(options(inbox, { out, moveDone: done })));
    expect(third.files).toEqual([]);
  });
});

describe('moveDone: a run killed between a move and the manifest that records it', () => {
  it('the next run finds the input in the done folder by its content: its record and output stay its own (a new file of that name wrote over them)', async () => {
    const { root, inbox, out } = await batchFolders();
    const done = path.join(root, 'done');
    await put(inbox, 'a.xlsx', { people: [{ id: '1', name: '甲', total: 95, band: '优秀' }] });
    reportOf(await runBatch(options(inbox, { out, moveDone: done })));
    // What kill -9 leaves right after the rename: the input in done/, the manifest not yet told.
    const file = path.join(out, '.kpi-manifest.json');
    const manifest = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(manifest.files['a.xlsx'].movedTo).toBe(path.join(done, 'a.xlsx'));
    delete manifest.files['a.xlsx'].movedTo;
    await fs.writeFile(file, JSON.stringify(manifest));
    // A quiet night: the move is found again, the output kept as a.xlsx's.
    await runBatch(options(inbox, { out, moveDone: done }));
    const after = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(after.files['a.xlsx'].movedTo).toBe(path.join(done, 'a.xlsx'));
    // Next month's a.xlsx: its result beside last month's, not over it.
    await put(inbox, 'a.xlsx', { people: [{ id: '1', name: '甲', total: 80, band: '良好' }] });
    const may = reportOf(await runBatch(options(inbox, { out, moveDone: done })));
    expect(may.files[0]).toMatchObject({ status: 'graded', output: path.join(out, 'a.xlsx-2.graded.xlsx') });
  });
});

describe('moveDone across devices', () => {
  it('a night with nothing new keeps the moved files\' results in the summary, marked (an idle night\'s summary had lost them all)', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    const done = path.join(root, 'done');
    await put(inbox, 'a.xlsx', { people: [{ id: '1', name: '甲' }] });
    await put(inbox, 'b.xlsx', { people: [{ id: '2', name: '乙' }] });
    expect(statuses(reportOf(await runBatch(options(inbox, { out, moveDone: done }))))).toEqual({ 'a.xlsx': 'graded', 'b.xlsx': 'graded' });
    const idle = reportOf(await runBatch(options(inbox, { out, moveDone: done })));
    expect(idle.files).toEqual([]);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(idle.summaryFile!);
    const rows: string[][] = [];
    wb.getWorksheet('汇总')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows.slice(1).map((x) => [x[0], x[2]])).toEqual([['a.xlsx', '甲'], ['b.xlsx', '乙']]);
    expect(rows.slice(1).every((x) => x.some((c) => c.includes(`已移到 ${done}`)))).toBe(true);
  });

  it('a move refused for want of permission names both folders it writes in (it named the done folder, writable, when the inbox was not)', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    const done = path.join(root, 'done');
    await put(inbox, 'a.xlsx', { people: [{ id: '1', name: '甲' }] });
    const eacces = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const rename = fs.rename.bind(fs);
    const renames = vi.spyOn(fs, 'rename').mockImplementation(async (a, b) => (String(a).endsWith(`${path.sep}a.xlsx`) && String(a).startsWith(inbox) ? Promise.reject(eacces) : rename(a, b)));
    try {
      const result = await runBatch(options(inbox, { out, moveDone: done }));
      expect(result.exitCode).toBe(1);
      expect(reportOf(result).warnings).toContain(`无法把 a.xlsx 移到 ${done}(没有权限:移动要能写入它所在的文件夹 ${inbox} 和 ${done} 两处)`);
    } finally {
      renames.mockRestore();
    }
    expect(await listAll(inbox)).toEqual(['a.xlsx']);
  });

  it('an original that cannot be removed (a read-only inbox) leaves no copy behind: the next night does not add b-1.csv', async () => {
    const { moveDone } = await import('../../src/batch/files.js');
    const root = await tempDir();
    const src = path.join(root, 'in', 'b.csv');
    await fs.mkdir(path.dirname(src), { recursive: true });
    await fs.writeFile(src, '姓名\n甲\n');
    const done = path.join(root, 'done');
    // Another device: rename says EXDEV; the inbox is read-only: unlink says EROFS.
    const exdev = Object.assign(new Error('EXDEV'), { code: 'EXDEV' });
    const erofs = Object.assign(new Error('EROFS'), { code: 'EROFS' });
    const rename = fs.rename.bind(fs);
    const renames = vi.spyOn(fs, 'rename').mockImplementation(async (a, b) => (String(a) === src ? Promise.reject(exdev) : rename(a, b)));
    const unlinks = vi.spyOn(fs, 'unlink').mockRejectedValue(erofs);
    try {
      for (let night = 0; night < 2; night++) await expect(moveDone(src, 'b.csv', done)).rejects.toThrow('EROFS');
    } finally {
      renames.mockRestore();
      unlinks.mockRestore();
    }
    expect(await fs.readdir(done)).toEqual([]);
    expect(await fs.readFile(src, 'utf8')).toBe('姓名\n甲\n');
  });
});

// A form linked into the inbox from a share (a relative link): moved as it was, it pointed at nothing from the done
// folder, and the next run dropped its people from the summary. Links kpi does not follow were passed over unsaid.
describe('links in the inbox', () => {
  it('a linked form is graded, and moved to done as a link to the file itself, which stays where it was', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const done = path.join(root, 'done');
    const real = await put(path.join(root, 'share'), 'real.xlsx', { people: [{ id: '1', name: '甲' }] });
    await fs.mkdir(inbox);
    await fs.symlink('../share/real.xlsx', path.join(inbox, 'link.xlsx'));
    const r = reportOf(await runBatch(options(inbox, { out: path.join(root, 'out'), moveDone: done })));
    expect(statuses(r)).toEqual({ 'link.xlsx': 'graded' });
    const moved = path.join(done, 'link.xlsx');
    expect(r.files[0]!.movedTo).toBe(moved);
    expect(await fs.readlink(moved)).toBe(await fs.realpath(real));
    expect(JSON.parse(await fs.readFile(moved, 'utf8'))).toEqual({ people: [{ id: '1', name: '甲' }] });
    expect(await fs.readdir(inbox)).toEqual([]);
    expect(await fs.readFile(real, 'utf8')).toBe(JSON.stringify({ people: [{ id: '1', name: '甲' }] }));
  });

  it('a link to a folder (-r) and a link to nothing are said, the run exits 1; a linked folder without -r is passed over as folders are', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    await put(path.join(root, 'share'), 'a.xlsx', {});
    await put(inbox, 'b.xlsx', {});
    await fs.symlink('../share', path.join(inbox, 'linked'));
    await fs.symlink('../share/gone.xlsx', path.join(inbox, 'gone.xlsx'));
    const result = await runBatch(options(inbox, { out: path.join(root, 'out'), recursive: true }));
    const r = reportOf(result);
    expect(statuses(r)).toEqual({ 'b.xlsx': 'graded' });
    expect(r.warnings).toEqual([
      'gone.xlsx 是链接,指向的文件不存在,没有评分;请修复或删除这个链接',
      'linked 是指向文件夹的链接,kpi 不进入链接的文件夹(可能循环),其中的考核表没有评分;请把它指向的文件夹单独评分,或改为真实的子文件夹',
    ]);
    expect(result.exitCode).toBe(1);
    const flat = reportOf(await runBatch(options(inbox, { out: path.join(root, 'out2') })));
    expect(flat.warnings).toEqual(['gone.xlsx 是链接,指向的文件不存在,没有评分;请修复或删除这个链接']);
  });
});
