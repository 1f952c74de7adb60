// The same people in two files that are not byte-identical (a re-save, a copy edited a little): counted twice, said.
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Sorted } from '../../src/batch/changes.js';
import { Manifest } from '../../src/batch/manifest.js';
import type { Run } from '../../src/batch/run.js';
import { runBatch } from '../../src/batch/runBatch.js';
import { warnSamePeople } from '../../src/batch/samePeople.js';
import { assertBuilt, batchFolders, options, put, reportOf } from './helpers.js';

beforeAll(assertBuilt);

const people = (ids: string[]) => ids.map((id) => ({ id, name: `人${id}`, total: 90, band: '优秀' }));
const twice = (w: string) => w.includes('算了两次(另存或复制的副本?)');

describe('batch: the same people in two files', () => {
  it('one form, one month, the same 工号 in files of other bytes: warned, exit 1', async () => {
    const { inbox, out } = await batchFolders();
    await put(inbox, 'a.xlsx', { people: people(['1', '2', '3', '4', '5']) });
    // Another byte layout (a LibreOffice re-save), four of the five people: 4 ≥ 0.8 × 5.
    await put(inbox, 'a - 副本.xlsx', { people: people(['1', '2', '3', '4']), note: 're-saved' });
    const result = await runBatch(options(inbox, { out }));
    expect(reportOf(result).warnings.filter(twice)).toEqual([
      'a - 副本.xlsx 和 a.xlsx 是同一张考核表(mattress-cs-monthly,月份未注明)的同一批人(4 人中 4 人相同),两份都评了分,汇总和人数里这些人算了两次(另存或复制的副本?);请只留一份',
    ]);
    expect(result.exitCode).toBe(1);
    // Unchanged next run: still listed, no longer exit 1.
    const again = await runBatch(options(inbox, { out }));
    expect(reportOf(again).warnings.filter(twice)).toHaveLength(1);
    expect(again.exitCode).toBe(0);
  });

  it('months stated only in the file names (202601.csv, 202602.csv, as rollup reads them): two months, not said ("请只留一份" would drop one)', async () => {
    const { inbox, out } = await batchFolders();
    await put(inbox, '202601.xlsx', { people: people(['1', '2', '3', '4', '5']) });
    await put(inbox, '202602.xlsx', { people: people(['1', '2', '3', '4', '5']), note: 'february' });
    const result = await runBatch(options(inbox, { out }));
    expect(reportOf(result).warnings.filter(twice)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  it('one month spelled two ways (「2026-03」, and 「2026年3月」 in a corrected copy): the same month, warned (6 people counted at exit 0)', async () => {
    const { inbox, out } = await batchFolders();
    await put(inbox, '三月.xlsx', { people: people(['1', '2', '3']), period: '2026-03' });
    await put(inbox, '三月(更正).xlsx', { people: people(['1', '2', '3']), period: '2026年3月', note: 'corrected' });
    const result = await runBatch(options(inbox, { out }));
    expect(reportOf(result).warnings.filter(twice)).toHaveLength(1);
    expect(result.exitCode).toBe(1);
  });

  it('--move-done: a corrected copy sent the next night under another name, beside the moved one\'s rows: warned, exit 1', async () => {
    const { root, inbox, out } = await batchFolders();
    const done = path.join(root, 'done');
    await put(inbox, '代表.xlsx', { people: people(['1', '2', '3', '4']) });
    expect((await runBatch(options(inbox, { out, moveDone: done }))).exitCode).toBe(0);
    await put(inbox, '代表(改正).xlsx', { people: people(['1', '2', '3', '4']), note: 'corrected' });
    const result = await runBatch(options(inbox, { out, moveDone: done }));
    // The summary keeps the moved file's rows: the four were counted twice without a word.
    expect(reportOf(result).warnings.filter(twice)).toEqual([
      `代表(改正).xlsx 和 代表.xlsx(已移到 ${done}) 是同一张考核表(mattress-cs-monthly,月份未注明)的同一批人(4 人中 4 人相同),两份都评了分,汇总和人数里这些人算了两次(另存或复制的副本?);请只留一份`,
    ]);
    expect(result.exitCode).toBe(1);
  });

  it('other people, another form, or few in common: no warning', async () => {
    const { inbox, out } = await batchFolders();
    await put(inbox, 'a.xlsx', { people: people(['1', '2', '3', '4', '5']) });
    // 3 of 5 in common: 3 < 0.8 × 5 = 4.
    await put(inbox, 'b.xlsx', { people: people(['1', '2', '3', '8', '9']) });
    await put(inbox, 'c.xlsx', { people: people(['1', '2', '3', '4', '5']), form: 'cs-rep' });
    const result = await runBatch(options(inbox, { out }));
    expect(reportOf(result).warnings.filter(twice)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
  it('the same 工号 1–5 under other names (two teams numbering their people alike): not the same people', async () => {
    const { inbox, out } = await batchFolders();
    await put(inbox, '一组.xlsx', { people: people(['1', '2', '3', '4', '5']) });
    await put(inbox, '二组.xlsx', { people: ['1', '2', '3', '4', '5'].map((id) => ({ id, name: `二组${id}`, total: 80, band: '良好' })) });
    const result = await runBatch(options(inbox, { out }));
    expect(reportOf(result).warnings.filter(twice)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
  it('the same people written otherwise (「王 芳」, 李強, 工号 0001 for 1), or a copy without its 工号 column: warned', async () => {
    const { inbox, out } = await batchFolders();
    const names = ['王芳', '李强', '刘洋', '陈静', '赵磊'];
    await put(inbox, 'a.xlsx', { people: names.map((name, i) => ({ id: String(i + 1), name, total: 90, band: '优秀' })) });
    await put(inbox, 'b.xlsx', { people: ['王 芳', '李強', '刘 洋', '陳靜', '赵磊'].map((name, i) => ({ id: `000${i + 1}`, name, total: 90, band: '优秀' })), note: 'retyped' });
    await put(inbox, 'c.xlsx', { people: names.map((name) => ({ id: '', name, total: 90, band: '优秀' })), note: 'no ids' });
    const result = await runBatch(options(inbox, { out }));
    expect(reportOf(result).warnings.filter(twice).map((w) => w.split(' 是同一张')[0])).toEqual(['a.xlsx 和 b.xlsx', 'a.xlsx 和 c.xlsx', 'b.xlsx 和 c.xlsx']);
  });
  it('record forms have no people: two months of one record form are not "the same people"', async () => {
    const { root } = await batchFolders();
    const { manifest } = await Manifest.load(path.join(root, '.kpi-manifest.json'));
    // As gradeOne records a record form: people 0, its group 「本月」 a row of the summary.
    const month = (sha: string) => ({
      sha256: sha.repeat(64), size: 10, form: 'satisfaction-monthly', formVersion: '1', formOption: null, output: null, status: 'graded' as const, people: 0, bands: {}, at: '',
      summary: { people: [{ id: '', name: '本月', department: '本月·满意度指数', total: 82.5, band: '乙', status: 'scored' as const }], problems: [] },
    });
    manifest.set('一月.xlsx', month('a'));
    manifest.set('二月.xlsx', month('b'));
    const warnings: string[] = [];
    const run = { warn: (m: string) => warnings.push(m) } as unknown as Run;
    const job = (rel: string) => ({ file: { abs: rel, rel, size: 10, mtimeMs: 0 } }) as unknown as Sorted['toGrade'][number];
    warnSamePeople(run, { checked: [], toGrade: [job('一月.xlsx'), job('二月.xlsx')], unchanged: [], reports: new Map() }, manifest);
    expect(warnings).toEqual([]);
  });
});
