import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { totalsOf, withoutFileName } from '../../src/batch/report.js';
import { runBatch } from '../../src/batch/runBatch.js';
import type { BatchFileReport } from '../../src/batch/types.js';
import { assertBuilt, options, put, reportOf, statuses, tempDir, olderThanOneSecond, frozenNow } from './helpers.js';

beforeAll(assertBuilt);

async function summaryRows(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: string[][] = [];
  wb.getWorksheet('汇总')!.eachRow((row, n) => {
    if (n > 1) rows.push([1, 3, 7].map((c) => String(row.getCell(c).value ?? '')));
  });
  return rows;
}

const person = (id: string, name: string, total = 90) => ({ id, name, total, band: '优秀' });

describe('batch-summary.xlsx keeps the last good result of every file still there', () => {
  it('a file still being written keeps its earlier rows, marked as from an earlier run', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'a.xlsx', { people: [person('1', '王芳')] });
    await put(inbox, 'b.xlsx', { people: [person('2', '李强')] });
    let r = reportOf(await runBatch(options(inbox, { out })));
    expect(statuses(r)).toEqual({ 'a.xlsx': 'graded', 'b.xlsx': 'graded' });
    expect(await summaryRows(r.summaryFile!)).toEqual([['a.xlsx', '王芳', '已评分'], ['b.xlsx', '李强', '已评分']]);

    // b.xlsx is being replaced right now (modified 0 s ago): this run leaves it for the next one.
    await olderThanOneSecond();
    await put(inbox, 'b.xlsx', { people: [person('2', '李强', 50)] }, 0);
    r = reportOf(await runBatch(options(inbox, { out, settleMs: 1_000, now: frozenNow() })));
    expect(statuses(r)).toEqual({ 'a.xlsx': 'skipped-unchanged', 'b.xlsx': 'skipped-settling' });
    const rows = await summaryRows(r.summaryFile!);
    expect(rows[0]).toEqual(['a.xlsx', '王芳', '已评分']);
    expect(rows[1]![0]).toBe('b.xlsx');
    expect(rows[1]![1]).toBe('李强');
    expect(rows[1]![2]).toMatch(/^已评分\(文件仍在写入,本次未评分;这是 \d{4}-\d\d-\d\d \d\d:\d\d UTC 那次运行的结果\)$/);
    expect(rows).toHaveLength(2);

    // Gone from the inbox (and its output too): its rows go.
    await fs.rm(path.join(inbox, 'b.xlsx'));
    await fs.rm(path.join(out, 'b.graded.xlsx'));
    r = reportOf(await runBatch(options(inbox, { out })));
    expect(await summaryRows(r.summaryFile!)).toEqual([['a.xlsx', '王芳', '已评分']]);
  });

  it('a file that failed keeps its row too, with its reason, while it is being written again', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'a.xlsx', { people: [person('1', '王芳')] });
    await put(inbox, 'bad.csv', 'nope');
    let r = reportOf(await runBatch(options(inbox, { out })));
    expect(statuses(r)).toEqual({ 'a.xlsx': 'graded', 'bad.csv': 'failed' });
    const failedRow = (await summaryRows(r.summaryFile!)).find((x) => x[0] === 'bad.csv')!;
    expect(failedRow[2]).toMatch(/^评分失败/);
    // bad.csv is being replaced right now: this run leaves it; its failure stays listed (the row had gone).
    await olderThanOneSecond();
    await put(inbox, 'bad.csv', 'still nope', 0);
    r = reportOf(await runBatch(options(inbox, { out, settleMs: 1_000, now: frozenNow() })));
    expect(statuses(r)).toEqual({ 'a.xlsx': 'skipped-unchanged', 'bad.csv': 'skipped-settling' });
    const rows = await summaryRows(r.summaryFile!);
    expect(rows.map((x) => x[0])).toEqual(['a.xlsx', 'bad.csv']);
    expect(rows[1]![2]).toMatch(/文件仍在写入,本次未评分;这是 \d{4}-\d\d-\d\d \d\d:\d\d UTC 那次运行的结果/);
  });

  it('a run without -r keeps the rows of sub-folders graded earlier by a run with -r', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'top.xlsx', { people: [person('1', '王芳')] });
    await put(inbox, '一组/sub.xlsx', { people: [person('2', '李强')] });
    let r = reportOf(await runBatch(options(inbox, { out, recursive: true })));
    expect(statuses(r)).toEqual({ 'top.xlsx': 'graded', '一组/sub.xlsx': 'graded' });

    r = reportOf(await runBatch(options(inbox, { out })));
    expect(statuses(r)).toEqual({ 'top.xlsx': 'skipped-unchanged' });
    const rows = await summaryRows(r.summaryFile!);
    expect(rows.map((x) => x.slice(0, 2))).toEqual([['top.xlsx', '王芳'], ['一组/sub.xlsx', '李强']]);
    expect(rows[1]![2]).toMatch(/^已评分\(在子文件夹中,本次未加 -r;这是 .* UTC 那次运行的结果\)$/);

    // The sub-folder file is deleted: its rows go even though no run entered the sub-folder.
    await fs.rm(path.join(inbox, '一组/sub.xlsx'));
    r = reportOf(await runBatch(options(inbox, { out })));
    expect((await summaryRows(r.summaryFile!)).map((x) => x[0])).toEqual(['top.xlsx']);
  });

  it('a file that is not a form is listed as failed, its message without the file name again', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    await put(inbox, 'notes.txt', 'not json');
    await put(inbox, 'a.xlsx', { people: [person('1', '王芳')] });
    const r = reportOf(await runBatch(options(inbox, { out: path.join(root, 'out') })));
    expect(statuses(r)).toEqual({ 'a.xlsx': 'graded', 'notes.txt': 'failed' });
    expect(await summaryRows(r.summaryFile!)).toEqual([['a.xlsx', '王芳', '已评分'], ['notes.txt', '', '评分失败:不是考核表']]);
  });
});

describe('batch lines', () => {
  it('withoutFileName drops a leading file name, and a text file\'s sheet name (its stem)', () => {
    expect(withoutFileName('坏文件.xlsx', '坏文件.xlsx:文件不完整')).toBe('文件不完整');
    // The file name as the subject stays, as 「文件」: 「shop.xlsx 中没有…」 lost it (「失败 shop.xlsx:中没有…」).
    expect(withoutFileName('sub/旧表.xls', '旧表.xls 是旧版 Excel/WPS 表格')).toBe('文件是旧版 Excel/WPS 表格');
    expect(withoutFileName('shop.xlsx', 'shop.xlsx 中没有名为「赤兔数据」的工作表')).toBe('文件中没有名为「赤兔数据」的工作表');
    expect(withoutFileName('march.csv', 'march!H7:「客户信息管理·上级」应为…')).toBe('H7:「客户信息管理·上级」应为…');
    // A workbook's sheet named like the file is a real sheet name: kept.
    expect(withoutFileName('march.xlsx', 'march!H7:…')).toBe('march!H7:…');
    expect(withoutFileName('a.xlsx', '考核表!F7:…')).toBe('考核表!F7:…');
  });

  it('totals count the people without a score (未评分)', () => {
    const f = (people: number, bands: Record<string, number>, status: BatchFileReport['status'] = 'problems'): BatchFileReport =>
      ({ file: 'x', status, form: null, formVersion: null, people, bands, problems: [], output: null, durationMs: 0 });
    // 7 people, 6 banded → 1; 5 people, 5 banded → 0; a skipped file's people do not count.
    const t = totalsOf([f(7, { 优秀: 2, 良好: 4 }), f(5, { 良好: 5 }, 'graded'), f(3, { 优秀: 1 }, 'skipped-unchanged')]);
    expect(t.notScored).toBe(1);
    expect(t.bands).toEqual({ 优秀: 2, 良好: 9 });
    expect(t.people).toBe(12);
  });
});

// --move-done: files graded under one definition stay listed after it changed (a weight edited), beside files graded
// under the new one, and nothing said which was which — they can never be regraded (rt12).
describe('an earlier run\'s rows graded under another definition', () => {
  it('say so beside them; rows of the same definition say nothing more', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    const done = path.join(root, 'done');
    await put(inbox, 'jan.xlsx', { people: [person('1', '王芳')] });
    let r = reportOf(await runBatch(options(inbox, { out, moveDone: done, formVersion: async () => '1.0.0#aaaaaaaaaaaaaaaa' })));
    expect(statuses(r)).toEqual({ 'jan.xlsx': 'graded' });
    await put(inbox, 'feb.xlsx', { people: [person('2', '李强')] });
    r = reportOf(await runBatch(options(inbox, { out, moveDone: done, formVersion: async () => '1.0.0#aaaaaaaaaaaaaaaa' })));
    expect((await summaryRows(r.summaryFile!)).find((x) => x[0] === 'jan.xlsx')![2]).toMatch(/那次运行的结果\)$/);
    // The definition's contents change (same version), then its version.
    await put(inbox, 'mar.xlsx', { people: [person('3', '赵六')] });
    r = reportOf(await runBatch(options(inbox, { out, moveDone: done, formVersion: async () => '1.0.0#bbbbbbbbbbbbbbbb' })));
    expect((await summaryRows(r.summaryFile!)).find((x) => x[0] === 'jan.xlsx')![2]).toMatch(/;当时的考核表定义\(1\.0\.0 版\)后来改过,这一行按改之前的定义评分\)$/);
    await put(inbox, 'apr.xlsx', { people: [person('4', '钱七')] });
    r = reportOf(await runBatch(options(inbox, { out, moveDone: done, formVersion: async () => '1.1.0#cccccccccccccccc' })));
    const rows = await summaryRows(r.summaryFile!);
    expect(rows.find((x) => x[0] === 'feb.xlsx')![2]).toMatch(/;当时按考核表定义 1\.0\.0 版评分,现在是 1\.1\.0 版\)$/);
    expect(rows.find((x) => x[0] === 'apr.xlsx')![2]).toBe('已评分');
  });
});

describe('forms in sub-folders without -r', () => {
  it('a loud warning naming each folder and its files, the exit code kept (0: a folder kept aside on purpose is no fault)', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'a.xlsx', { people: [person('1', '王芳')] });
    await put(inbox, '客服二部/b.xlsx', { people: [person('2', '李强')] });
    const result = await runBatch(options(inbox, { out }));
    const r = reportOf(result);
    expect(statuses(r)).toEqual({ 'a.xlsx': 'graded' });
    expect(result.exitCode).toBe(0);
    expect(r.warnings).toEqual([`子文件夹 客服二部(1 个文件) 里的考核表没有评分:不加 -r 时只评分 ${inbox} 本层的文件;要连子文件夹一起评分,请加 -r`]);
  });
});
