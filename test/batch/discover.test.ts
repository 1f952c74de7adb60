import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyName, discover, isInside } from '../../src/batch/discover.js';
import { planOutputs } from '../../src/batch/files.js';
import { INPUT_EXTENSIONS, WORKBOOK_EXTENSIONS } from '../../src/io/formats/names.js';
import { put, tempDir } from './helpers.js';

describe('discover', () => {
  async function tree(): Promise<string> {
    const dir = await tempDir();
    for (const rel of [
      'a.xlsx', 'b.csv', 'C.XLSX', 'a.graded.xlsx', 'x.GRADED.xlsx', '~$a.xlsx', '.hidden.xlsx', '.kpi-tmp-1-ab-a.graded.xlsx',
      '.kpi-manifest.json', 'notes.txt', 'old.xls', 'report.json', 'Thumbs.db', 'desktop.ini', '.git/d.xlsx', 'sub/d.xlsx', 'sub/~$d.xlsx', 'sub/deeper/e.csv',
      'out/f.xlsx', 'done/g.xlsx', 'batch-summary.xlsx', 'sub/batch-summary.xlsx',
    ]) {
      await put(dir, rel, '{}');
    }
    return dir;
  }

  it('offers every other file of the top folder to the grader when not recursive (it says what a file is not)', async () => {
    const dir = await tree();
    const { files } = await discover(dir, { ownReport: async (name) => name === 'batch-summary.xlsx' });
    expect(files.map((f) => f.rel)).toEqual(['C.XLSX', 'a.xlsx', 'b.csv', 'notes.txt', 'old.xls', 'report.json']);
    expect(files[1].abs).toBe(path.join(dir, 'a.xlsx'));
    expect(files[1].size).toBe(2);
  });

  it('walks subfolders when recursive, skipping the output and done folders and hidden folders', async () => {
    const dir = await tree();
    const { files, ignored } = await discover(dir, {
      recursive: true,
      exclude: [{ path: path.join(dir, 'out'), reason: 'output-folder' }, { path: path.join(dir, 'done'), reason: 'done-folder' }],
      ownReport: async (name) => name === 'batch-summary.xlsx',
    });
    expect(files.map((f) => f.rel)).toEqual(['C.XLSX', 'a.xlsx', 'b.csv', 'notes.txt', 'old.xls', 'report.json', 'sub/batch-summary.xlsx', 'sub/d.xlsx', 'sub/deeper/e.csv']);
    const why = Object.fromEntries(ignored.map((i) => [i.rel, i.reason]));
    expect(why).toMatchObject({
      'a.graded.xlsx': 'own-output', 'x.GRADED.xlsx': 'own-output', '~$a.xlsx': 'lock-file', '.hidden.xlsx': 'hidden',
      '.kpi-tmp-1-ab-a.graded.xlsx': 'temporary', 'Thumbs.db': 'hidden', 'desktop.ini': 'hidden', '.git': 'hidden',
      out: 'output-folder', done: 'done-folder', 'batch-summary.xlsx': 'report', 'sub/~$d.xlsx': 'lock-file',
    });
  });

  it('names a sub-folder holding forms when not recursive (-r forgotten: each department\'s folder went unscored, unsaid)', async () => {
    const dir = await tempDir();
    for (const rel of ['top.xlsx', '客服一部/一部.xlsx', '客服一部/二月.csv', '客服二部/二部.xlsx', '归档/说明.docx', '空/.keep', 'out/.kpi-manifest.json', 'out/batch-summary.xlsx']) await put(dir, rel, '{}');
    const { files, ignored } = await discover(dir);
    expect(files.map((f) => f.rel)).toEqual(['top.xlsx']);
    // (A folder of no form — 归档's 说明.docx, 空 — is not said, nor another run's output folder, its manifest there.)
    expect(ignored.filter((i) => i.reason === 'subfolder').map((i) => [i.rel, i.files])).toEqual([['客服一部', 2], ['客服二部', 1]]);
  });

  it('offers a file of every name kpi score reads (the format registry\'s names), .xls and .txt exports included', async () => {
    const dir = await tempDir();
    const names = [...new Set([...Object.values(INPUT_EXTENSIONS).flat(), ...WORKBOOK_EXTENSIONS])].map((ext) => `考核${ext}`);
    expect(names).toEqual(expect.arrayContaining(['考核.xlsx', '考核.xlsm', '考核.csv', '考核.txt', '考核.xls', '考核.htm', '考核.html', '考核.et']));
    for (const name of names) await put(dir, name, 'x');
    const { files, ignored } = await discover(dir);
    expect(files.map((f) => f.rel).sort()).toEqual([...names].sort());
    expect(ignored).toEqual([]);
  });

  it('classifies names', () => {
    expect(classifyName('考核表.xlsx')).toBeNull();
    expect(classifyName('考核表.CSV')).toBeNull();
    expect(classifyName('考核表.graded.xlsx')).toBe('own-output');
    // `kpi rollup inbox` writes its quarter into the inbox (beside the first file): not a form for the next night.
    expect(classifyName('mattress-cs-monthly.2026-Q1.rollup.xlsx')).toBe('own-output');
    expect(classifyName('~$考核表.xlsx')).toBe('lock-file');
    expect(classifyName('.kpi-tmp-99-aa-x.xlsx')).toBe('temporary');
    expect(classifyName('.x.csv')).toBe('hidden');
    for (const name of ['x.xlsm', '导出.xls', 'x.et', 'x.txt', 'x.htm', 'x.html', 'x.pdf']) expect(classifyName(name), name).toBeNull();
    expect(classifyName('Thumbs.db')).toBe('hidden');
  });

  it('isInside', () => {
    expect(isInside('/a/b', '/a')).toBe(true);
    expect(isInside('/a', '/a')).toBe(true);
    expect(isInside('/ab', '/a')).toBe(false);
    expect(isInside('/a/..b', '/a')).toBe(true);
    expect(isInside('/', '/a')).toBe(false);
  });

  it('plans distinct outputs when two inputs share a name', () => {
    const f = (rel: string) => ({ rel, abs: rel, size: 0, mtimeMs: 0 });
    const plan = planOutputs([f('a.csv'), f('a.xlsx'), f('A.XLSX'), f('sub/a.csv'), f('b.csv')]);
    expect(Object.fromEntries(plan)).toEqual({
      'a.xlsx': 'a.graded.xlsx',
      'A.XLSX': 'A.XLSX.graded.xlsx',
      'a.csv': 'a.csv.graded.xlsx',
      'sub/a.csv': 'sub/a.graded.xlsx',
      'b.csv': 'b.graded.xlsx',
    });
  });
});

describe('the --form definition kept in the inbox', () => {
  it('is no input: not graded as a form that fails every night (it was 「失败 MY.JSON:没有找到…表头」)', async () => {
    const { runBatch } = await import('../../src/batch/runBatch.js');
    const { options, reportOf, statuses, assertBuilt } = await import('./helpers.js');
    await assertBuilt();
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    await put(inbox, 'a.xlsx', { people: [{ id: '1', name: '甲' }] });
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { repoRoot } = await import('../helpers.js');
    writeFileSync(path.join(inbox, 'MY.JSON'), readFileSync(path.join(repoRoot, 'templates/cs-rep.json')));
    const r = reportOf(await runBatch(options(inbox, { out: path.join(root, 'out'), form: path.join(inbox, 'MY.JSON') })));
    expect(statuses(r)).toEqual({ 'a.xlsx': 'graded' });
    // Named through a link, or a link to it beside it, or a hard link: the same file.
    const { linkSync, symlinkSync } = await import('node:fs');
    symlinkSync(path.join(inbox, 'MY.JSON'), path.join(inbox, 'alias.json'));
    linkSync(path.join(inbox, 'MY.JSON'), path.join(inbox, 'hard.json'));
    const linked = reportOf(await runBatch(options(inbox, { out: path.join(root, 'out2'), form: path.join(inbox, 'alias.json') })));
    expect(statuses(linked)).toEqual({ 'a.xlsx': 'graded' });
  });

  it('a file named as a shipped form given by its id is an input like any other (only the definition used is left out)', async () => {
    const { runBatch } = await import('../../src/batch/runBatch.js');
    const { options, reportOf, statuses } = await import('./helpers.js');
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    await put(inbox, 'mattress-cs-monthly', { people: [{ id: '1', name: '甲' }] });
    const r = reportOf(await runBatch(options(inbox, { out: path.join(root, 'out'), form: 'mattress-cs-monthly' })));
    expect(Object.keys(statuses(r))).toEqual(['mattress-cs-monthly']);
  });
});
