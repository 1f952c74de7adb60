import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/runBatch.js';
import { isOutputRel } from '../../src/batch/manifest.js';
import { isKpiSummary } from '../../src/batch/ownFiles.js';
import { assertBuilt, batchFolders, options, put, readFakeOutput, reportOf, statuses, tempDir } from './helpers.js';

beforeAll(assertBuilt);

// kpi writes only files it owns: outputs inside --out that it wrote and nobody changed since.

async function setup() {
  const { root, inbox, out } = await batchFolders();
  await put(inbox, 'a.xlsx', { people: [{ id: 'E1', name: '甲', total: 95, band: '优秀' }] });
  await put(inbox, 'b.xlsx', { people: [{ id: 'E2', name: '乙', total: 85, band: '良好' }] });
  return { root, inbox, out };
}

const manifestFile = (out: string) => path.join(out, '.kpi-manifest.json');
async function editManifest(out: string, edit: (m: { files: Record<string, Record<string, unknown>> }) => void): Promise<void> {
  const m = JSON.parse(await fs.readFile(manifestFile(out), 'utf8'));
  edit(m);
  await fs.writeFile(manifestFile(out), JSON.stringify(m));
}

describe('outputs recorded in the manifest stay inside --out', () => {
  it('an entry whose output points at an input or outside --out is ignored with a warning, never written to', async () => {
    const { root, inbox, out } = await setup();
    reportOf(await runBatch(options(inbox, { out })));
    const precious = path.join(root, 'precious.txt');
    await fs.writeFile(precious, 'precious');
    const inputB = await fs.readFile(path.join(inbox, 'b.xlsx'), 'utf8');
    await editManifest(out, (m) => {
      m.files['a.xlsx']!.output = '../inbox/b.xlsx';
      m.files['a.xlsx']!.status = 'grading';
      m.files['b.xlsx']!.output = '../precious.txt';
      m.files['b.xlsx']!.sha256 = '0'.repeat(64);
    });
    const result = await runBatch(options(inbox, { out }));
    const r = reportOf(result);
    expect(await fs.readFile(path.join(inbox, 'b.xlsx'), 'utf8')).toBe(inputB);
    expect(await fs.readFile(precious, 'utf8')).toBe('precious');
    expect(r.warnings.filter((w) => w.includes('不在输出文件夹内'))).toHaveLength(2);
    expect(r.warnings.join('\n')).toContain('../precious.txt');
    expect(result.exitCode).toBe(1);
    // Forgotten: the files count as new, and their outputs already in --out are not the manifest's to overwrite.
    expect(r.files.every((f) => f.output === null || f.output.startsWith(out))).toBe(true);
    const m = JSON.parse(await fs.readFile(manifestFile(out), 'utf8'));
    for (const e of Object.values(m.files) as { output: string | null }[]) expect(e.output === null || isOutputRel(e.output)).toBe(true);
  });

  it('an absolute output, or one that is not an output name, is refused', async () => {
    const { root, inbox, out } = await setup();
    reportOf(await runBatch(options(inbox, { out })));
    const elsewhere = path.join(root, 'elsewhere.graded.xlsx');
    await fs.writeFile(elsewhere, 'mine');
    await fs.writeFile(path.join(out, 'notes.xlsx'), 'mine too');
    await editManifest(out, (m) => {
      m.files['a.xlsx']!.output = elsewhere;
      m.files['a.xlsx']!.status = 'grading';
      m.files['b.xlsx']!.output = 'notes.xlsx';
      m.files['b.xlsx']!.status = 'grading';
    });
    const r = reportOf(await runBatch(options(inbox, { out })));
    expect(r.warnings.filter((w) => w.includes('不在输出文件夹内'))).toHaveLength(2);
    expect(await fs.readFile(elsewhere, 'utf8')).toBe('mine');
    expect(await fs.readFile(path.join(out, 'notes.xlsx'), 'utf8')).toBe('mine too');
  });

  it('isOutputRel', () => {
    expect(isOutputRel('a.graded.xlsx')).toBe(true);
    expect(isOutputRel('sub/a.csv.graded.xlsx')).toBe(true);
    expect(isOutputRel('../a.graded.xlsx')).toBe(false);
    expect(isOutputRel('sub/../../a.graded.xlsx')).toBe(false);
    expect(isOutputRel('/tmp/a.graded.xlsx')).toBe(false);
    // A drive or a backslash leaves the folder on Windows only; elsewhere they are characters of a file's name.
    const windows = process.platform === 'win32';
    expect(isOutputRel('C:/a.graded.xlsx')).toBe(!windows);
    expect(isOutputRel('sub\\..\\a.graded.xlsx')).toBe(!windows);
    expect(isOutputRel('A:一组.graded.xlsx')).toBe(!windows);
    expect(isOutputRel('a.xlsx')).toBe(false);
    expect(isOutputRel('sub//a.graded.xlsx')).toBe(false);
    expect(isOutputRel('./a.graded.xlsx')).toBe(false);
  });

  it('an input named 「A:一组」 or 「3月\\客服二组」 (a Windows zip unpacked) is graded once: the next run skips it (it was graded anew nightly, -2, -3 …)', async () => {
    const { inbox, out } = await setup();
    await put(inbox, 'A:一组.xlsx', { people: [{ id: 'E9', name: '丁', total: 80, band: '合格' }] });
    await put(inbox, '3月\\客服二组.xlsx', { people: [{ id: 'E8', name: '戊', total: 80, band: '合格' }] });
    const first = statuses(reportOf(await runBatch(options(inbox, { out }))));
    expect([first['A:一组.xlsx'], first['3月\\客服二组.xlsx']]).toEqual(['graded', 'graded']);
    const again = reportOf(await runBatch(options(inbox, { out })));
    expect([statuses(again)['A:一组.xlsx'], statuses(again)['3月\\客服二组.xlsx']]).toEqual(['skipped-unchanged', 'skipped-unchanged']);
    expect(again.warnings.filter((w) => w.includes('不在输出文件夹内'))).toEqual([]);
  });

  it('an output folder that links out of --out is not written through', async () => {
    const { root, inbox, out } = await setup();
    await put(inbox, 'sub/c.xlsx', { people: [{ id: 'E3', name: '丙', total: 75, band: '合格' }] });
    const away = path.join(root, 'away');
    await fs.mkdir(away);
    await fs.mkdir(out);
    await fs.symlink(away, path.join(out, 'sub'));
    const r = reportOf(await runBatch(options(inbox, { out, recursive: true })));
    expect(statuses(r)['sub/c.xlsx']).toBe('failed');
    expect(r.files.find((f) => f.file === 'sub/c.xlsx')!.problems[0]!.message).toContain('不在输出文件夹');
    expect(await fs.readdir(away)).toEqual([]);
    expect((await readFakeOutput(path.join(out, 'a.graded.xlsx'))).report.people[0]!.name).toBe('甲');
  });
});

describe("the run's reports never replace a user's file of the same name", () => {
  it('a form called batch-summary.xlsx in an inbox graded in place is graded, and the summary goes beside it', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'inbox');
    await put(inbox, 'a.xlsx', { people: [{ id: 'E1', name: '甲', total: 95, band: '优秀' }] });
    const form = JSON.stringify({ people: [{ id: 'E9', name: '壬', total: 80, band: '良好' }] });
    await put(inbox, 'batch-summary.xlsx', form);
    const first = await runBatch(options(inbox));
    const r = reportOf(first);
    expect(statuses(r)).toEqual({ 'a.xlsx': 'graded', 'batch-summary.xlsx': 'graded' });
    expect(await fs.readFile(path.join(inbox, 'batch-summary.xlsx'), 'utf8')).toBe(form);
    expect(r.summaryFile).toBe(path.join(inbox, 'batch-summary-2.xlsx'));
    expect(r.warnings.join('\n')).toContain(`${path.join(inbox, 'batch-summary.xlsx')} 不是 kpi 写出的文件,未覆盖`);
    expect(await isKpiSummary(path.join(inbox, 'batch-summary-2.xlsx'))).toBe(true);
    expect(await isKpiSummary(path.join(inbox, 'batch-summary.xlsx'))).toBe(false);
    expect(first.exitCode).toBe(0);

    // Next run: kpi's summary (batch-summary-2.xlsx) is not an input and is rewritten where it is.
    const second = reportOf(await runBatch(options(inbox)));
    expect(statuses(second)).toEqual({ 'a.xlsx': 'skipped-unchanged', 'batch-summary.xlsx': 'skipped-unchanged' });
    expect(second.summaryFile).toBe(path.join(inbox, 'batch-summary-2.xlsx'));
    expect(await fs.readFile(path.join(inbox, 'batch-summary.xlsx'), 'utf8')).toBe(form);
    expect((await fs.readdir(inbox)).filter((n) => n.startsWith('batch-')).sort()).toEqual(['batch-report.json', 'batch-summary-2.xlsx', 'batch-summary.graded.xlsx', 'batch-summary.xlsx']);
  });

  it('a folder graded in place, then with --out: kpi\'s report and summary left in it are not inputs (batch-report.json failed as a form, exit 1)', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'inbox');
    await put(inbox, 'a.xlsx', { people: [{ id: 'E1', name: '甲', total: 95, band: '优秀' }] });
    expect((await runBatch(options(inbox))).exitCode).toBe(0);
    expect((await fs.readdir(inbox)).filter((n) => n.startsWith('batch-')).sort()).toEqual(['batch-report.json', 'batch-summary.xlsx']);
    const moved = await runBatch(options(inbox, { out: path.join(root, 'out') }));
    expect(statuses(reportOf(moved))).toEqual({ 'a.xlsx': 'graded' });
    expect(moved.exitCode).toBe(0);
    // Kept under another name, or in a sub-folder: kpi's report by its content, still no input.
    await fs.rename(path.join(inbox, 'batch-report.json'), path.join(inbox, 'batch-report 2月.json'));
    await fs.mkdir(path.join(inbox, '旧'));
    await fs.copyFile(path.join(inbox, 'batch-report 2月.json'), path.join(inbox, '旧', 'batch-report.json'));
    const renamed = await runBatch(options(inbox, { out: path.join(root, 'out'), recursive: true }));
    expect(Object.keys(statuses(reportOf(renamed)))).toEqual(['a.xlsx']);
    expect(renamed.exitCode).toBe(0);
  });

  it("a user's batch-report.json in --out is kept; kpi's own report and summary are rewritten in place", async () => {
    const { inbox, out } = await setup();
    await fs.mkdir(out);
    await fs.writeFile(path.join(out, 'batch-report.json'), '{"mine": true}');
    const r = reportOf(await runBatch(options(inbox, { out })));
    expect(r.reportFile).toBe(path.join(out, 'batch-report-2.json'));
    expect(r.summaryFile).toBe(path.join(out, 'batch-summary.xlsx'));
    expect(await fs.readFile(path.join(out, 'batch-report.json'), 'utf8')).toBe('{"mine": true}');
    expect(JSON.parse(await fs.readFile(path.join(out, 'batch-report-2.json'), 'utf8')).kind).toBe('batch-report');
    expect(r.warnings.join('\n')).toContain('batch-report.json 不是 kpi 写出的文件');
    const again = reportOf(await runBatch(options(inbox, { out, force: true })));
    expect(again.reportFile).toBe(path.join(out, 'batch-report-2.json'));
    expect(again.summaryFile).toBe(path.join(out, 'batch-summary.xlsx'));
    expect(again.totals.graded).toBe(2);
  });
});

describe('corrections made in a graded workbook are kept', () => {
  it('an output changed since kpi wrote it is not overwritten: the new result gets a new name, with a warning', async () => {
    const { inbox, out } = await setup();
    reportOf(await runBatch(options(inbox, { out })));
    const graded = path.join(out, 'a.graded.xlsx');
    await fs.writeFile(graded, 'corrected by hand');
    await put(inbox, 'a.xlsx', { people: [{ id: 'E1', name: '甲二', total: 70, band: '合格' }] });
    const result = await runBatch(options(inbox, { out }));
    const r = reportOf(result);
    expect(result.exitCode).toBe(1);
    expect(statuses(r)).toEqual({ 'a.xlsx': 'graded', 'b.xlsx': 'skipped-unchanged' });
    expect(await fs.readFile(graded, 'utf8')).toBe('corrected by hand');
    const fresh = path.join(out, 'a.xlsx-2.graded.xlsx');
    expect(r.files[0]!.output).toBe(fresh);
    expect((await readFakeOutput(fresh)).report.people[0]!.name).toBe('甲二');
    expect(r.warnings.join('\n')).toContain(`${graded} 在 kpi 写出后被修改过,保留不动;a.xlsx 的新结果写到 ${fresh}`);
    const m = JSON.parse(await fs.readFile(manifestFile(out), 'utf8'));
    expect(m.files['a.xlsx'].output).toBe('a.xlsx-2.graded.xlsx');
    expect(m.files['a.xlsx'].written).toEqual({ size: (await fs.stat(fresh)).size, mtimeMs: (await fs.stat(fresh)).mtimeMs });

    // Nothing changed: nothing graded, exit 0. The input changes again: its own new output is rewritten in place.
    expect((await runBatch(options(inbox, { out }))).exitCode).toBe(0);
    await put(inbox, 'a.xlsx', { people: [{ id: 'E1', name: '甲三', total: 71, band: '合格' }] });
    const third = await runBatch(options(inbox, { out }));
    expect(third.exitCode).toBe(0);
    expect((await readFakeOutput(fresh)).report.people[0]!.name).toBe('甲三');
    expect(await fs.readFile(graded, 'utf8')).toBe('corrected by hand');
  });

  it('a graded workbook saved again (same size, new time) counts as changed; --force keeps it too', async () => {
    const { inbox, out } = await setup();
    reportOf(await runBatch(options(inbox, { out })));
    const graded = path.join(out, 'b.graded.xlsx');
    const before = await fs.readFile(graded, 'utf8');
    const later = new Date(Date.now() + 5_000);
    await fs.utimes(graded, later, later);
    const r = reportOf(await runBatch(options(inbox, { out, force: true })));
    expect(statuses(r)).toEqual({ 'a.xlsx': 'graded', 'b.xlsx': 'graded' });
    expect(r.files[1]!.output).toBe(path.join(out, 'b.xlsx-2.graded.xlsx'));
    expect(r.files[0]!.output).toBe(path.join(out, 'a.graded.xlsx'));
    expect(await fs.readFile(graded, 'utf8')).toBe(before);
    expect(Math.abs((await fs.stat(graded)).mtimeMs - later.getTime())).toBeLessThan(1);
  });
});
