import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import { Manifest, whyGrade } from '../../src/batch/manifest.js';
import { repoRoot } from '../helpers.js';
import { assertBuilt, batchFolders, listAll, options, put, readFakeOutput, reportOf, statuses, tempDir } from './helpers.js';

beforeAll(assertBuilt);

async function setup() {
  const { root, inbox, out } = await batchFolders();
  await put(inbox, 'a.xlsx', { people: [{ id: 'E1', name: '甲', total: 95, band: '优秀' }] });
  await put(inbox, 'b.csv', { people: [{ id: 'E2', name: '乙', total: 85, band: '良好' }] });
  await put(inbox, 'sub/c.xlsx', { people: [{ id: 'E3', name: '丙', total: 75, band: '合格' }] });
  return { root, inbox, out };
}

async function manifestOf(out: string) {
  return JSON.parse(await fs.readFile(path.join(out, '.kpi-manifest.json'), 'utf8'));
}

describe('manifest: skip and regrade', () => {
  it('grades everything once, then nothing; a changed file alone is regraded; force regrades all', async () => {
    const { inbox, out } = await setup();
    const first = reportOf(await runBatch(options(inbox, { out, recursive: true })));
    expect(statuses(first)).toEqual({ 'a.xlsx': 'graded', 'b.csv': 'graded', 'sub/c.xlsx': 'graded' });
    expect(first.totals).toMatchObject({ files: 3, graded: 3, people: 3, bands: { 优秀: 1, 良好: 1, 合格: 1 } });
    expect(await listAll(out)).toEqual(['.kpi-manifest.json', 'a.graded.xlsx', 'b.graded.xlsx', 'batch-report.json', 'batch-summary.xlsx', 'sub/c.graded.xlsx']);

    const m = await manifestOf(out);
    expect(Object.keys(m.files)).toEqual(['a.xlsx', 'b.csv', 'sub/c.xlsx']);
    expect(m.files['sub/c.xlsx']).toMatchObject({ form: 'mattress-cs-monthly', formVersion: '1.0.0', output: 'sub/c.graded.xlsx', status: 'graded', people: 1 });
    expect(m.files['a.xlsx'].sha256).toMatch(/^[0-9a-f]{64}$/);
    const mtimeA = (await fs.stat(path.join(out, 'a.graded.xlsx'))).mtimeMs;

    const second = await runBatch(options(inbox, { out, recursive: true }));
    expect(second.exitCode).toBe(0);
    expect(statuses(reportOf(second))).toEqual({ 'a.xlsx': 'skipped-unchanged', 'b.csv': 'skipped-unchanged', 'sub/c.xlsx': 'skipped-unchanged' });
    expect((await fs.stat(path.join(out, 'a.graded.xlsx'))).mtimeMs).toBe(mtimeA);
    expect(reportOf(second).files[0]).toMatchObject({ form: 'mattress-cs-monthly', people: 1, output: path.join(out, 'a.graded.xlsx') });

    await put(inbox, 'b.csv', { people: [{ id: 'E2', name: '乙二', total: 70, band: '合格' }] });
    const third = reportOf(await runBatch(options(inbox, { out, recursive: true })));
    expect(statuses(third)).toEqual({ 'a.xlsx': 'skipped-unchanged', 'b.csv': 'graded', 'sub/c.xlsx': 'skipped-unchanged' });
    expect((await readFakeOutput(path.join(out, 'b.graded.xlsx'))).report.people[0].name).toBe('乙二');

    const forced = reportOf(await runBatch(options(inbox, { out, recursive: true, force: true })));
    expect(statuses(forced)).toEqual({ 'a.xlsx': 'graded', 'b.csv': 'graded', 'sub/c.xlsx': 'graded' });
  });

  it('regrades when the output is gone or the definition version changed', async () => {
    const { inbox, out } = await setup();
    await runBatch(options(inbox, { out, recursive: true }));
    await fs.rm(path.join(out, 'sub/c.graded.xlsx'));
    const again = reportOf(await runBatch(options(inbox, { out, recursive: true })));
    expect(statuses(again)).toEqual({ 'a.xlsx': 'skipped-unchanged', 'b.csv': 'skipped-unchanged', 'sub/c.xlsx': 'graded' });

    const asked: string[] = [];
    const bumped = reportOf(await runBatch(options(inbox, { out, recursive: true, formVersion: async (f) => (asked.push(f), '1.1.0') })));
    expect(asked).toEqual(['mattress-cs-monthly']); // cached per form
    expect(bumped.totals.graded).toBe(3);
  });

  it('uses the shipped definition version by default', async () => {
    const { inbox, out } = await setup();
    const opts = { ...options(inbox, { out, recursive: true }), formVersion: undefined };
    expect(reportOf(await runBatch(opts)).totals.graded).toBe(3);
    expect(reportOf(await runBatch(opts)).totals.skippedUnchanged).toBe(3);
  });

  it('regrades a file left "grading" by a killed run, overwriting its output', async () => {
    const { inbox, out } = await setup();
    await runBatch(options(inbox, { out, recursive: true }));
    const m = await manifestOf(out);
    m.files['a.xlsx'].status = 'grading';
    await fs.writeFile(path.join(out, '.kpi-manifest.json'), JSON.stringify(m));
    const r = reportOf(await runBatch(options(inbox, { out, recursive: true })));
    expect(statuses(r)['a.xlsx']).toBe('graded');
    expect((await manifestOf(out)).files['a.xlsx'].status).toBe('graded');
  });

  it('a file a killed run was grading that now fails keeps no output name (none was written): the claim goes', async () => {
    const { inbox, out } = await setup();
    await runBatch(options(inbox, { out, recursive: true }));
    await put(inbox, 'n.xlsx', { fail: '认不出是哪种考核表' });
    // What a run killed while grading n.xlsx leaves: its entry 「grading」, the output it meant to write claimed.
    const m = await manifestOf(out);
    m.files['n.xlsx'] = { ...m.files['a.xlsx'], status: 'grading', output: 'n.graded.xlsx', sha256: 'f'.repeat(64) };
    await fs.writeFile(path.join(out, '.kpi-manifest.json'), JSON.stringify(m));
    const r = reportOf(await runBatch(options(inbox, { out, recursive: true })));
    expect(statuses(r)['n.xlsx']).toBe('failed');
    expect((await manifestOf(out)).files['n.xlsx'].output).toBeNull();
  });

  it('a corrupt manifest means regrading everything, with a warning; outputs it vouched for are no longer taken as kpi\'s', async () => {
    const { inbox, out } = await setup();
    await runBatch(options(inbox, { out, recursive: true }));
    await fs.writeFile(path.join(out, '.kpi-manifest.json'), '{"kind":"batch-manifest","files":');
    // The fake grader's outputs carry no _kpi marks: without the manifest nothing says they are kpi's
    // (test/cli/batchLostManifest.test.ts). They are kept; the results go under the next free names.
    const kept = reportOf(await runBatch(options(inbox, { out, recursive: true })));
    expect(kept.warnings.join()).toMatch(/清单.*已损坏/);
    expect(kept.files.map((f) => [f.status, path.relative(out, f.output!)])).toEqual([
      ['graded', 'a.xlsx-2.graded.xlsx'], ['graded', 'b.csv-2.graded.xlsx'], ['graded', path.join('sub', 'c.xlsx-2.graded.xlsx')],
    ]);
    expect(kept.warnings.filter((w) => w.includes('未覆盖'))).toHaveLength(3);
    for (const o of ['a.graded.xlsx', 'b.graded.xlsx', 'sub/c.graded.xlsx', 'a.xlsx-2.graded.xlsx', 'b.csv-2.graded.xlsx', 'sub/c.xlsx-2.graded.xlsx']) await fs.rm(path.join(out, o));
    await fs.writeFile(path.join(out, '.kpi-manifest.json'), '{"kind":"batch-manifest","files":');
    const result = await runBatch(options(inbox, { out, recursive: true }));
    const r = reportOf(result);
    expect(r.totals.graded).toBe(3);
    expect(r.warnings.join()).toMatch(/清单.*已损坏/);
    expect(result.exitCode).toBe(0);
  });

  it('never overwrites an output it does not own, even forced: the result goes beside it', async () => {
    const { inbox, out } = await setup();
    await fs.mkdir(out, { recursive: true });
    await fs.writeFile(path.join(out, 'a.graded.xlsx'), 'somebody else');
    const r = await runBatch(options(inbox, { out }));
    expect(r.exitCode).toBe(1);
    expect(reportOf(r).files.find((f) => f.file === 'a.xlsx')).toMatchObject({ status: 'graded', output: path.join(out, 'a.xlsx-2.graded.xlsx') });
    expect(await fs.readFile(path.join(out, 'a.graded.xlsx'), 'utf8')).toBe('somebody else');
    // --force regrades everything kpi wrote (b.csv, and a.xlsx's result under its new name), never a file it did not write.
    const forced = await runBatch(options(inbox, { out, force: true }));
    expect(statuses(reportOf(forced))).toEqual({ 'a.xlsx': 'graded', 'b.csv': 'graded' });
    expect(reportOf(forced).files.find((f) => f.file === 'a.xlsx')!.output).toBe(path.join(out, 'a.xlsx-2.graded.xlsx'));
    expect(await fs.readFile(path.join(out, 'a.graded.xlsx'), 'utf8')).toBe('somebody else');
  });

  it('whyGrade', () => {
    const entry = { sha256: 'a'.repeat(64), size: 1, form: 'f', formVersion: '1', formOption: null, output: 'x.graded.xlsx', status: 'graded' as const, people: 1, bands: {}, at: '', grader: '0.1.0' };
    const cur = { sha256: 'a'.repeat(64), output: 'x.graded.xlsx', formOption: null, outputExists: true, formVersion: '1', maxSize: null, grader: '0.1.0' };
    expect(whyGrade(entry, cur, false)).toBeNull();
    expect(whyGrade(entry, cur, true)).not.toBeNull();
    expect(whyGrade(undefined, cur, false)).toBe('新文件');
    expect(whyGrade(entry, { ...cur, sha256: 'b'.repeat(64) }, false)).toBe('文件内容已变化');
    expect(whyGrade(entry, { ...cur, formOption: 'other' }, false)).not.toBeNull();
    expect(whyGrade(entry, { ...cur, outputExists: false }, false)).not.toBeNull();
    expect(whyGrade(entry, { ...cur, formVersion: null }, false)).not.toBeNull();
    expect(whyGrade({ ...entry, status: 'problems' }, cur, false)).toBeNull();
    expect(whyGrade({ ...entry, status: 'grading' }, cur, false)).toBe('上次运行未完成');
    expect(whyGrade(entry, { ...cur, grader: '0.2.0' }, false)).toBe('kpi 版本已变化');

    // A failed file: the grader's verdict stands while content, --form, --max-size and kpi are unchanged.
    const failed = { ...entry, status: 'failed' as const, form: null, formVersion: null, output: null, reason: '不是考核表', retry: false, maxSize: null, grader: '0.1.0' };
    expect(whyGrade(failed, { ...cur, outputExists: false, formVersion: null }, false)).toBeNull();
    expect(whyGrade(failed, cur, true)).toBe('强制重新评分');
    expect(whyGrade(failed, { ...cur, sha256: 'b'.repeat(64) }, false)).toBe('文件内容已变化');
    expect(whyGrade(failed, { ...cur, formOption: 'cs-competency' }, false)).toBe('指定的考核表已变化');
    expect(whyGrade(failed, { ...cur, maxSize: 1 << 30 }, false)).toBe('大小上限已变化');
    expect(whyGrade(failed, { ...cur, grader: '0.2.0' }, false)).toBe('kpi 版本已变化');
    expect(whyGrade({ ...failed, grader: undefined }, cur, false)).toBe('kpi 版本已变化'); // recorded by an older kpi
    expect(whyGrade({ ...failed, retry: true }, cur, false)).toBe('上次评分未完成(不是考核表),重试');
    const withForm = { ...failed, form: 'cs-competency', formOption: 'cs-competency', formVersion: '1' };
    expect(whyGrade(withForm, { ...cur, formOption: 'cs-competency' }, false)).toBeNull();
    expect(whyGrade(withForm, { ...cur, formOption: 'cs-competency', formVersion: '2' }, false)).toBe('考核表定义版本已变化');
  });
});

describe('manifest: read with the schema (manifestSchema.ts)', () => {
  const sha = 'ab'.repeat(32);
  const entry = { sha256: sha, size: 10, form: 'cs-rep', formVersion: '1.0.0', formOption: null, output: 'a.graded.xlsx', status: 'graded', people: 2, bands: { 优秀: 2 }, at: '2026-03-01T00:00:00.000Z' };

  async function load(data: unknown) {
    const dir = await tempDir();
    const file = path.join(dir, '.kpi-manifest.json');
    await fs.writeFile(file, typeof data === 'string' ? data : JSON.stringify(data));
    return Manifest.load(file);
  }

  it('keeps entries that check out, forgets those that do not, drops only the optional fields that do not', async () => {
    const person = { id: 'E1', name: '甲', department: '客服部', total: 95, band: '优秀', status: 'scored' };
    const problem = { severity: 'warning', code: 'override', message: 'x' };
    const { manifest, warning, lost } = await load({
      kind: 'batch-manifest',
      files: {
        'good.xlsx': { ...entry, reason: 'r', retry: false, maxSize: null, grader: '0.1.0', summary: { people: [person], problems: [problem] } },
        'tidied.xlsx': { ...entry, reason: 7, retry: 'yes', maxSize: '100MB', grader: null, summary: { people: [{ ...person, status: 'maybe' }], problems: [] } },
        'short-hash.xlsx': { ...entry, sha256: 'abc' },
        'no-size.xlsx': { ...entry, size: undefined },
        'odd-status.xlsx': { ...entry, status: 'done' },
        'null-bands.xlsx': { ...entry, bands: null },
        'not-an-object.xlsx': 'graded',
      },
      settling: { 'young.xlsx': { size: 1, mtimeMs: 2, seenAt: 3 }, 'bad.xlsx': { size: '1', mtimeMs: 2, seenAt: 3 }, 'none.xlsx': null },
    });
    expect(warning).toBeUndefined();
    expect(lost).toBeUndefined();
    expect(manifest.keys().sort()).toEqual(['good.xlsx', 'tidied.xlsx']);
    expect(manifest.get('good.xlsx')).toMatchObject({ reason: 'r', retry: false, maxSize: null, grader: '0.1.0', summary: { people: [person], problems: [problem] } });
    expect(manifest.get('tidied.xlsx')).toEqual(entry);
    expect([...manifest.settling.keys()]).toEqual(['young.xlsx']);
  });

  it('is written whole one entry a line, as JSON.stringify would give it, then journalled; compact folds the journal in', async () => {
    const dir = await tempDir();
    const file = path.join(dir, '.kpi-manifest.json');
    const journalFile = path.join(dir, '.kpi-manifest.journal');
    const { manifest } = await Manifest.load(file, () => Date.parse('2026-03-02T00:00:00.000Z'));
    // The first save writes the whole manifest, naming a fresh journal.
    await manifest.save();
    const first = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(first).toEqual({ tool: 'kpi', kind: 'batch-manifest', version: 1, updatedAt: '2026-03-02T00:00:00.000Z', journal: expect.stringMatching(/^[0-9a-f]{16}$/), files: {} });
    const quoted = { ...entry, output: 'b "引号".graded.xlsx', summary: { people: [{ id: 'E1', name: '甲', department: '客服部', total: 95, band: '优秀', status: 'scored' }], problems: [] } };
    manifest.set('b "引号".xlsx', quoted);
    manifest.set('a.xlsx', { ...entry, status: 'grading' });
    await manifest.save();
    // Entries are frozen: changing one means setting a new one, which is what gets written.
    expect(() => Object.assign(manifest.get('a.xlsx')!, { status: 'graded' })).toThrow();
    manifest.set('a.xlsx', { ...entry });
    await manifest.save();
    // Later saves leave the manifest as it was and append the changed entries to the journal, in order.
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual(first);
    const lines = (await fs.readFile(journalFile, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { journal: first.journal, rel: 'b "引号".xlsx', entry: quoted },
      { journal: first.journal, rel: 'a.xlsx', entry: { ...entry, status: 'grading' } },
      { journal: first.journal, rel: 'a.xlsx', entry },
    ]);
    // Loading replays the journal.
    const midway = await Manifest.load(file);
    expect(midway.manifest.get('a.xlsx')).toEqual(entry);
    expect(midway.manifest.get('b "引号".xlsx')).toEqual(quoted);

    manifest.settling.set('young.xlsx', { size: 1, mtimeMs: 2, seenAt: 3 });
    manifest.delete('b "引号".xlsx');
    await manifest.compact();
    const text = await fs.readFile(file, 'utf8');
    expect(text.split('\n').filter((l) => l.startsWith('    "'))).toHaveLength(2);
    const whole = JSON.parse(text);
    expect(whole).toEqual({
      tool: 'kpi', kind: 'batch-manifest', version: 1, updatedAt: '2026-03-02T00:00:00.000Z', journal: expect.stringMatching(/^[0-9a-f]{16}$/),
      files: { 'a.xlsx': entry }, settling: { 'young.xlsx': { size: 1, mtimeMs: 2, seenAt: 3 } },
    });
    expect(whole.journal).not.toBe(first.journal);
    await expect(fs.access(journalFile)).rejects.toThrow();
    const again = await Manifest.load(file);
    expect(again.warning).toBeUndefined();
    expect(again.manifest.keys()).toEqual(['a.xlsx']);
    expect(again.manifest.get('a.xlsx')).toEqual(entry);
  });

  it('the journal: only lines of the manifest\'s own journal apply, in order; a torn or unusable line is skipped', async () => {
    const dir = await tempDir();
    const file = path.join(dir, '.kpi-manifest.json');
    await fs.writeFile(file, JSON.stringify({ kind: 'batch-manifest', journal: 'j1', files: { 'a.xlsx': entry, 'b.xlsx': entry, 'c.xlsx': entry } }));
    const line = (journal: string, rel: string, e: unknown) => JSON.stringify({ journal, rel, entry: e });
    await fs.writeFile(path.join(dir, '.kpi-manifest.journal'), [
      line('j0', 'a.xlsx', null), // an older manifest's line: ignored
      line('j1', 'b.xlsx', { ...entry, status: 'grading' }),
      line('j1', 'b.xlsx', { ...entry, people: 5 }),
      line('j1', 'c.xlsx', null), // forgotten
      line('j1', 'd.xlsx', { ...entry, status: 'done' }), // does not check out: not taken
      line('j1', 'e.xlsx', { ...entry, output: 'e.graded.xlsx' }),
      '{"journal":"j1","rel":"a.xlsx","entry":{"sha256":', // cut short by a kill
    ].join('\n'));
    const { manifest, warning } = await Manifest.load(file);
    expect(warning).toBeUndefined();
    expect(manifest.keys().sort()).toEqual(['a.xlsx', 'b.xlsx', 'e.xlsx']);
    expect(manifest.get('a.xlsx')).toEqual(entry);
    expect(manifest.get('b.xlsx')).toEqual({ ...entry, people: 5 });
    expect(manifest.get('e.xlsx')).toEqual({ ...entry, output: 'e.graded.xlsx' });
    // A manifest that names no journal ignores the file (left by a manifest since replaced by hand).
    await fs.writeFile(file, JSON.stringify({ kind: 'batch-manifest', files: { 'a.xlsx': entry } }));
    expect((await Manifest.load(file)).manifest.keys()).toEqual(['a.xlsx']);
  });

  it('a journal that is there but cannot be read: every file is regraded, with a warning (its changes are unknown)', async () => {
    const dir = await tempDir();
    const file = path.join(dir, '.kpi-manifest.json');
    await fs.writeFile(file, JSON.stringify({ kind: 'batch-manifest', journal: 'j1', files: { 'a.xlsx': entry } }));
    // A folder where the journal should be: reading it fails with EISDIR (permissions do not stop root).
    await fs.mkdir(path.join(dir, '.kpi-manifest.journal'));
    const r = await Manifest.load(file);
    expect(r.lost).toBe(true);
    expect(r.warning).toMatch(/^无法读取清单日志 .*\.kpi-manifest\.journal\(EISDIR\),所有文件将重新评分$/);
    expect(r.manifest.keys()).toEqual([]);
  });

  it('a save resolves once its own state is on disk, even while later saves keep the writer busy', async () => {
    const dir = await tempDir();
    const file = path.join(dir, '.kpi-manifest.json');
    const { manifest } = await Manifest.load(file);
    await manifest.save();
    manifest.set('a.xlsx', entry);
    const first = manifest.save();
    // Saves asked while the first is being written: the first must not wait for them.
    let order: string[] = [];
    const later = Array.from({ length: 5 }, (_, i) => {
      manifest.set(`x${i}.xlsx`, entry);
      return manifest.save().then(() => order.push(`later${i}`));
    });
    await first.then(() => order.push('first'));
    expect(order[0]).toBe('first');
    await Promise.all(later);
    order = [];
    const replayed = await Manifest.load(file);
    expect(replayed.manifest.keys().sort()).toEqual(['a.xlsx', 'x0.xlsx', 'x1.xlsx', 'x2.xlsx', 'x3.xlsx', 'x4.xlsx']);
  });

  it.each([
    ['not JSON', '{"kind":"batch-manifest","files":'],
    ['JSON null', 'null'],
    ['another kind', { kind: 'batch-report', files: {} }],
    ['files missing', { kind: 'batch-manifest' }],
    ['files not an object', { kind: 'batch-manifest', files: 'a.xlsx' }],
  ])('%s: every file is regraded, with the one warning', async (_what, data) => {
    const r = await load(data);
    expect(r.lost).toBe(true);
    expect(r.warning).toMatch(/^清单 .*\.kpi-manifest\.json 已损坏,所有文件将重新评分$/);
    expect(r.manifest.keys()).toEqual([]);
  });
});

describe('one output folder serves one input folder', () => {
  it('a run of another inbox into the same --out is refused (exit 2), naming both folders', async () => {
    const root = await fs.realpath(await tempDir());
    const a = path.join(root, 'A');
    const b = path.join(root, 'B');
    const out = path.join(root, 'graded');
    await put(a, 'm.xlsx', { people: [{ id: 'E1', name: '甲', total: 95, band: '优秀' }] });
    await put(b, 'm.xlsx', { people: [{ id: 'E2', name: '乙', total: 85, band: '良好' }] });
    expect(reportOf(await runBatch(options(a, { out }))).totals.graded).toBe(1);
    expect((await manifestOf(out)).inbox).toBe(a);

    const refused = await runBatch(options(b, { out }));
    expect(refused.exitCode).toBe(2);
    if (refused.exitCode !== 2) return;
    expect(refused.reason).toContain(`输出文件夹 ${out} 存放的是文件夹 ${a} 的评分结果,不能再用于 ${b}`);
    expect(refused.reason).toContain('单独的 --out');
    expect((await readFakeOutput(path.join(out, 'm.graded.xlsx'))).report.people[0].name).toBe('甲');
    expect(await fs.stat(path.join(out, '.kpi-batch.lock')).catch(() => null)).toBeNull();

    // A is not disturbed: nothing to grade again.
    expect(statuses(reportOf(await runBatch(options(a, { out }))))).toEqual({ 'm.xlsx': 'skipped-unchanged' });
    expect(reportOf(await runBatch(options(b, { out: path.join(root, 'graded-b') }))).totals.graded).toBe(1);
  });

  it('a manifest written before the inbox was recorded takes the inbox of the next run', async () => {
    const { inbox, out } = await setup();
    await runBatch(options(inbox, { out, recursive: true }));
    const m = await manifestOf(out);
    delete m.inbox;
    delete m.journal;
    await fs.writeFile(path.join(out, '.kpi-manifest.json'), JSON.stringify(m));
    expect(reportOf(await runBatch(options(inbox, { out, recursive: true }))).totals.skippedUnchanged).toBe(3);
    expect((await manifestOf(out)).inbox).toBe(await fs.realpath(inbox));
  });
});

describe('a team\'s own definition file', () => {
  it('edited without a new version: the next run regrades under the new rules, an untouched one does not', async () => {
    const { root, inbox, out } = await batchFolders();
    await put(inbox, 'march.csv', await fs.readFile(path.join(repoRoot, 'samples', 'mattress-cs-monthly.march.csv'), 'utf8'));
    const definition = path.join(root, 'our-form.json');
    const shipped = await fs.readFile(path.join(repoRoot, 'templates', 'mattress-cs-monthly.json'), 'utf8');
    await fs.writeFile(definition, shipped);
    const run = async () => reportOf(await runBatch({ folder: inbox, out, form: definition, recheckMs: 0, settleMs: 0, jobs: 1, gradeOnThisThread: true }));
    // 李强 100, 陈静 92 优秀; 张敏 85, 孙丽 87.5 良好 (≥ 80); 王芳 79 一般; 刘洋 59 待改进; 赵磊 in error.
    expect((await run()).files[0]!.bands).toEqual({ 优秀: 2, 良好: 2, 一般: 1, 待改进: 1 });
    expect(statuses(await run())).toEqual({ 'march.csv': 'skipped-unchanged' });
    // 良好 from 86, the version left as it was: 张敏 85 → 一般, 孙丽 87.5 stays 良好.
    await fs.writeFile(definition, shipped.replace('{ "min": 80, "label": "良好" }', '{ "min": 86, "label": "良好" }'));
    const edited = await run();
    expect(statuses(edited)).toEqual({ 'march.csv': 'problems' });
    expect(edited.files[0]!.bands).toEqual({ 优秀: 2, 良好: 1, 一般: 2, 待改进: 1 });
    expect(statuses(await run())).toEqual({ 'march.csv': 'skipped-unchanged' });
  });

  it('a record form named by --form is remembered too (its version was not found, and every run regraded it)', async () => {
    const { inbox, out } = await batchFolders();
    await fs.mkdir(inbox, { recursive: true });
    const input = path.join(inbox, 'march.xlsx');
    await fs.copyFile(path.join(repoRoot, 'samples', 'internal-satisfaction-workshop.march.xlsx'), input);
    const hourAgo = new Date(Date.now() - 3_600_000);
    await fs.utimes(input, hourAgo, hourAgo);
    const run = async () => reportOf(await runBatch({ folder: inbox, out, form: 'internal-satisfaction-workshop', recheckMs: 0, settleMs: 0, jobs: 1, gradeOnThisThread: true }));
    expect(statuses(await run())).toEqual({ 'march.xlsx': 'problems' });
    expect(statuses(await run())).toEqual({ 'march.xlsx': 'skipped-unchanged' });
  });
});
