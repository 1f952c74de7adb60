// `kpi batch` with the real grader and the real samples; in-process (runCli, grading on this thread)
// except the run killed with SIGKILL, a process of its own.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { Manifest } from '../../src/batch/manifest.js';
import { readWorkbook, repoRoot, runCli, sheetRows, summaryTable, tempDir } from '../helpers.js';

const sample = (name: string) => path.join(repoRoot, 'samples', name);
const FORMS = ['after-sales-monthly', 'cs-competency', 'mattress-cs-monthly'] as const;
const LAYOUTS = ['csv', 'form.xlsx', 'roster.xlsx'] as const;
const SAMPLES = FORMS.flatMap((f) => LAYOUTS.map((l) => `${f}.march.${l}`));
/** Each sample's people and totals (null = the person with mistakes, not scored); the same in all three layouts. */
const PEOPLE: Record<(typeof FORMS)[number], Record<string, number | null>> = {
  'after-sales-monthly': { 周杰: 79.56, 吴婷: 100, 郑浩: 72.75, 冯雪: 9.81, 何静: 97, 许亮: null, 韩梅: 86.38 },
  'cs-competency': { 林娜: 99, 黄磊: 84.44, 罗敏: 63, 高峰: 80, 宋佳: 46, 邓超: null, 曹颖: 90.4 },
  'mattress-cs-monthly': { 王芳: 79, 李强: 100, 张敏: 85, 刘洋: 59, 陈静: 92, 赵磊: null, 孙丽: 87.5 },
};
const formOf = (file: string) => FORMS.find((f) => path.basename(file).startsWith(`${f}.`))!;
const BROKEN = ['empty.xlsx', 'not-a-zip.xlsx', 'truncated.xlsx'];
const SUB = 'sub/mattress-cs-monthly.march.roster.xlsx';
const TWO_MINUTES_AGO = () => new Date(Date.now() - 120_000);

/** Every file under dir (hidden ones too), '/'-separated, sorted. */
function listAll(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** sha256 of every file under dir. */
function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(listAll(dir).map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}

/**
 * Files are as old as their status change time, which a test cannot set back: the runs below settle for 1 s
 * (not the default 30 s) and wait that long after writing (their mtime, two minutes back, is not enough).
 */
const SETTLE = ['--settle', '1s'];
const settled = (): Promise<void> => new Promise((r) => setTimeout(r, 1_200));

function age(file: string): void {
  const t = TWO_MINUTES_AGO();
  utimesSync(file, t, t);
}

/** The inbox: the nine samples, three broken files, four files that are not forms, a sample in a subfolder. */
function makeInbox(root: string): string {
  const inbox = path.join(root, 'inbox');
  mkdirSync(path.join(inbox, 'sub'), { recursive: true });
  for (const s of SAMPLES) copyFileSync(sample(s), path.join(inbox, s));
  const full = readFileSync(sample('mattress-cs-monthly.march.form.xlsx'));
  writeFileSync(path.join(inbox, 'truncated.xlsx'), full.subarray(0, Math.floor(full.length / 2)));
  writeFileSync(path.join(inbox, 'not-a-zip.xlsx'), '这不是工作簿,只是一段文字。\n');
  writeFileSync(path.join(inbox, 'empty.xlsx'), '');
  writeFileSync(path.join(inbox, '~$lock.xlsx'), Buffer.from([0x0b, 0x41, 0x64, 0x6d, 0x69, 0x6e]));
  copyFileSync(sample('cs-competency.march.form.xlsx'), path.join(inbox, '.x.xlsx'));
  copyFileSync(sample('cs-competency.march.form.xlsx'), path.join(inbox, 'old.graded.xlsx'));
  copyFileSync(sample('mattress-cs-monthly.march.roster.xlsx'), path.join(inbox, SUB));
  for (const f of listAll(inbox)) age(path.join(inbox, f));
  return inbox;
}

interface FileReport { file: string; status: string; lastStatus?: string; reason?: string; output: string | null; people: number; problems: { code: string; message: string }[] }
interface Report { kind: string; options: Record<string, unknown>; totals: Record<string, number>; files: FileReport[]; reportFile: string; summaryFile: string }

function report(out: string): Report {
  return JSON.parse(readFileSync(path.join(out, 'batch-report.json'), 'utf8'));
}
const statuses = (r: Report) => Object.fromEntries(r.files.map((f) => [f.file, f.status]));
const byFile = (r: Report) => Object.fromEntries(r.files.map((f) => [f.file, f]));

/** A graded workbook: opens, and its 汇总 sheet lists exactly the sample's people with their totals. */
async function checkOutput(file: string, form: (typeof FORMS)[number], changed: Record<string, number | null> = {}): Promise<void> {
  const rows = summaryTable(await readWorkbook(file));
  const head = rows[0] as string[];
  const [name, total] = [head.indexOf('姓名'), head.indexOf('总分')];
  const got: Record<string, number | null> = {};
  for (const row of rows.slice(1)) {
    const n = row?.[name];
    if (typeof n === 'string' && n in PEOPLE[form]) got[n] = typeof row[total] === 'number' ? Math.round((row[total] as number) * 100) / 100 : null;
  }
  expect(got, file).toEqual({ ...PEOPLE[form], ...changed });
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function scratch(): string {
  const dir = tempDir('kpi-batch-cli-');
  made.push(dir);
  return dir;
}

describe('kpi batch (real grader)', () => {
  it('grades a folder, skips what it must, remembers results; reruns grade only what changed', async () => {
    const root = scratch();
    const inbox = makeInbox(root);
    const out = path.join(root, 'graded');
    let inputs = hashes(inbox);

    // 1. Not recursive: the nine samples (each with one person's mistakes) and three broken files. A
    // settle of 1 s (see SETTLE) and the default re-check (one pause of 1 s before hashing);
    // the later runs skip that pause (--recheck 0s): it would only make each of them a second longer.
    await settled();
    const first = await runCli(['batch', inbox, '--out', out, ...SETTLE]);
    expect(first.code, first.stderr).toBe(1);
    const r1 = report(out);
    expect(r1.options).toMatchObject({ settleMs: 1_000, recheckMs: 1000 });
    expect(statuses(r1)).toEqual({
      ...Object.fromEntries(SAMPLES.map((s) => [s, 'problems'])),
      'empty.xlsx': 'failed', 'not-a-zip.xlsx': 'failed', 'truncated.xlsx': 'failed',
    });
    const f1 = byFile(r1);
    expect(f1['empty.xlsx'].problems[0].message).toMatch(/空文件/);
    expect(f1['truncated.xlsx'].problems[0].message).toMatch(/不完整/);
    for (const b of BROKEN) expect(f1[b].output).toBeNull();
    expect(r1.totals).toMatchObject({ files: 12, graded: 0, problems: 9, failed: 3, skippedUnchanged: 0, people: 63 });
    expect(first.stdout).toContain('批量评分完成:12 个文件');
    expect(first.stderr).toMatch(/失败:truncated\.xlsx/);
    for (const s of SAMPLES) {
      expect(f1[s].output).toBe(path.join(out, s.replace(/\.(csv|xlsx)$/, '.graded.xlsx')));
      await checkOutput(f1[s].output!, formOf(s));
    }
    expect(existsSync(path.join(out, 'sub'))).toBe(false);
    expect(hashes(inbox)).toEqual(inputs);

    // batch-summary.xlsx: one row per person across files, with the file's name; one row per failed file.
    const summary = sheetRows(await readWorkbook(path.join(out, 'batch-summary.xlsx')), '汇总');
    expect(summary[0]).toEqual(['文件', '工号', '姓名', '部门', '总分', '等级', '状态']);
    expect(summary).toHaveLength(1 + 9 * 7 + 3);
    for (const s of SAMPLES) {
      const mine = summary.filter((row) => row[0] === s);
      expect(Object.fromEntries(mine.map((row) => [row[2], typeof row[4] === 'number' ? Math.round(row[4] * 100) / 100 : (row[4] ?? null)])), s).toEqual(PEOPLE[formOf(s)]);
    }
    // The exact figure, as in the graded workbook (§1: 81.25 × 85% + 70 × 15% = 79.5625), shown to 2 decimals by its format.
    expect(summary.find((row) => row[0] === 'after-sales-monthly.march.csv' && row[2] === '周杰')![4]).toBe(79.5625);
    const mattress = summary.filter((row) => row[0] === 'mattress-cs-monthly.march.form.xlsx');
    expect(mattress.find((row) => row[2] === '王芳')!.slice(4, 7)).toEqual([79, '一般', '已评分']);
    expect(mattress.find((row) => row[2] === '李强')!.slice(4, 7)).toEqual([100, '优秀', '已评分']);
    expect(summary.find((row) => row[0] === 'empty.xlsx')![6]).toMatch(/^评分失败:/);

    // 2. --recursive: only the subfolder's sample is new; its output is mirrored under --out.
    const second = await runCli(['batch', inbox, '--out', out, '--recursive', '--recheck', '0s', ...SETTLE]);
    expect(second.code).toBe(1); // the new file has a person with mistakes
    const r2 = report(out);
    expect(r2.options).toMatchObject({ settleMs: 1_000, recheckMs: 0 });
    expect(statuses(r2)[SUB]).toBe('problems');
    expect(r2.files.filter((f) => f.status !== 'skipped-unchanged').map((f) => f.file)).toEqual([SUB]);
    await checkOutput(path.join(out, 'sub/mattress-cs-monthly.march.roster.graded.xlsx'), 'mattress-cs-monthly');

    // 3. Nothing new: nothing graded, exit 0; the broken and problem files are still listed with their last result.
    const third = await runCli(['batch', inbox, '--out', out, '--recursive', '--recheck', '0s', ...SETTLE]);
    expect(third.code, third.stderr).toBe(0);
    const r3 = report(out);
    expect(Object.values(statuses(r3))).toEqual(Array(13).fill('skipped-unchanged'));
    const f3 = byFile(r3);
    expect(f3['truncated.xlsx'].lastStatus).toBe('failed');
    expect(f3['truncated.xlsx'].reason).toBe(`上次评分失败,文件未变化:${f1['truncated.xlsx'].problems[0].message}`);
    expect(f3['mattress-cs-monthly.march.csv']).toMatchObject({ lastStatus: 'problems', people: 7 });
    expect(third.stdout).toContain('未变化 13');
    expect(third.stdout).toContain('未变化的文件中仍有 3 个上次失败、10 个上次有问题');
    expect(third.stderr).not.toMatch(/有问题:|失败:/);
    expect(sheetRows(await readWorkbook(path.join(out, 'batch-summary.xlsx')), '汇总')).toHaveLength(1 + 10 * 7 + 3);
    expect(hashes(inbox)).toEqual(inputs);

    // 4. One sample corrected and saved again (赵磊's four mistakes): only that file is graded again.
    const changed = path.join(inbox, 'mattress-cs-monthly.march.form.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(changed);
    const zhaoSheet = wb.getWorksheet('赵磊')!;
    expect(zhaoSheet.getCell('F7').value).toBe('五十');
    Object.entries({ F7: 50, F9: '3,5', F18: 2, F22: '客户书面表扬' }).forEach(([cell, value]) => (zhaoSheet.getCell(cell).value = value));
    await wb.xlsx.writeFile(changed);
    age(changed);
    await settled();
    inputs = hashes(inbox);
    const fourth = await runCli(['batch', inbox, '--out', out, '--recursive', '--recheck', '0s', ...SETTLE]);
    const r4 = report(out);
    expect(r4.files.filter((f) => f.status !== 'skipped-unchanged').map((f) => f.file)).toEqual(['mattress-cs-monthly.march.form.xlsx']);
    const zhao = byFile(r4)['mattress-cs-monthly.march.form.xlsx'];
    expect(fourth.code).toBe(zhao.status === 'problems' ? 1 : 0);
    await checkOutput(zhao.output!, 'mattress-cs-monthly', { 赵磊: 78 });
    expect(hashes(inbox)).toEqual(inputs);

    // 5. --json: the report on stdout, nothing else there.
    const json = await runCli(['batch', inbox, '--out', out, '--recursive', '--recheck', '0s', '--json', ...SETTLE]);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as Report;
    expect(doc.kind).toBe('batch-report');
    expect(doc.totals).toMatchObject({ files: 13, skippedUnchanged: 13 });
    expect(doc.files.map((f) => f.file)).toEqual(r4.files.map((f) => f.file));
    expect(doc.reportFile).toBe(path.join(out, 'batch-report.json'));

    // (--force, which grades everything again, is checked in the --move-done case below, on one file instead of 13.)
    // Never graded, never touched: the lock file, the hidden file, the old output.
    expect(hashes(inbox)).toEqual(inputs);
    expect(listAll(out).filter((f) => f.startsWith('.'))).toEqual(['.kpi-manifest.json']);
    expect(listAll(out).filter((f) => /lock|\.x\.|old/.test(f))).toEqual([]);
  }, 180_000);

  it('cannot start: exit 2 with one line on stderr (a live lock, a missing folder)', async () => {
    const root = scratch();
    const inbox = path.join(root, 'inbox');
    mkdirSync(inbox);
    copyFileSync(sample('mattress-cs-monthly.march.csv'), path.join(inbox, 'a.csv'));
    const out = path.join(root, 'out');
    mkdirSync(out);
    const lock = JSON.stringify({ pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString(), token: 't' });
    writeFileSync(path.join(out, '.kpi-batch.lock'), lock);
    const held = await runCli(['batch', inbox, '--out', out, '--settle', '0s']);
    expect(held.code).toBe(2);
    expect(held.stderr.trim().split('\n')).toHaveLength(1);
    expect(held.stderr).toMatch(new RegExp(`^kpi: 另一个批量评分正在使用 .*进程 ${process.pid}`));
    expect(readFileSync(path.join(out, '.kpi-batch.lock'), 'utf8')).toBe(lock);
    expect(listAll(out)).toEqual(['.kpi-batch.lock']);

    const missing = await runCli(['batch', '/no/such/folder']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual(['kpi: 找不到文件夹 /no/such/folder']);
    expect(missing.stdout).toBe('');
  });

  it('kill -9 in the middle of a run, then a rerun: every output complete, no temporary left, inputs untouched', async () => {
    const root = scratch();
    const inbox = path.join(root, 'inbox');
    const out = path.join(root, 'out');
    mkdirSync(path.join(inbox, 'b'), { recursive: true });
    // Five samples (every form and layout among them), every other one in a subfolder: enough for a run to be
    // cut short (two at a time; the kill comes once the first is done), and each one fewer to grade and read back.
    const picked = SAMPLES.filter((_, i) => i % 2 === 0);
    const placed = picked.map((s, i) => (i % 2 ? `b/${s}` : s));
    picked.forEach((s, i) => copyFileSync(sample(s), path.join(inbox, placed[i]!)));
    const inputs = hashes(inbox);
    const args = [path.join(repoRoot, 'bin/kpi.js'), 'batch', inbox, '--out', out, '--recursive', '--settle', '0s', '--recheck', '0s', '--jobs', '2'];
    const child = spawn(process.execPath, args, { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (stderr += d));
    // Wait for the first finished file and its result in the manifest (written just after the line is printed),
    // then for a half-written output if one shows up soon.
    // The manifest as the next run will read it: the whole file and its journal.
    const recorded = async () => {
      const { manifest } = await Manifest.load(path.join(out, '.kpi-manifest.json'));
      return manifest.keys().some((rel) => manifest.get(rel)!.status !== 'grading');
    };
    const t0 = Date.now();
    while (!(/(已评分|有问题|失败):/.test(stderr) && (await recorded())) && Date.now() - t0 < 30_000) await sleep(10);
    expect(stderr).toMatch(/(已评分|有问题|失败):/);
    expect(await recorded()).toBe(true);
    const t1 = Date.now();
    const halfWritten = () => listAll(out).some((f) => path.basename(f).startsWith('.kpi-tmp-') && f.endsWith('.graded.xlsx'));
    while (!halfWritten() && Date.now() - t1 < 1500) await sleep(5);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const left = listAll(out);
    const outputs = left.filter((f) => f.endsWith('.graded.xlsx') && !path.basename(f).startsWith('.kpi-tmp-'));
    expect(left).toContain('.kpi-batch.lock');
    expect(outputs.length).toBeLessThan(picked.length);
    // What the killed run left under an output's name is complete (a half-written one is a .kpi-tmp-* file).
    for (const f of outputs) await readWorkbook(path.join(out, f));

    const rerun = await runCli(['batch', inbox, '--out', out, '--recursive', '--settle', '0s', '--recheck', '0s', '--jobs', '2']);
    expect(rerun.code, rerun.stderr).toBe(1);
    const r = report(out);
    expect(r.totals.files).toBe(picked.length);
    // What the killed run graded is reported now (unreported: true) and counted as what it was: every file 有问题.
    expect(r.files.filter((f: { unreported?: boolean }) => f.unreported === true).length).toBeGreaterThanOrEqual(1);
    expect([r.totals.problems, r.totals.skippedUnchanged]).toEqual([picked.length, 0]);
    for (const rel of placed) await checkOutput(path.join(out, rel.replace(/\.(csv|xlsx)$/, '.graded.xlsx')), formOf(rel));
    for (const dir of [inbox, out]) expect(listAll(dir).filter((f) => path.basename(f).startsWith('.kpi-tmp-'))).toEqual([]);
    expect(existsSync(path.join(out, '.kpi-batch.lock'))).toBe(false);
    expect(hashes(inbox)).toEqual(inputs);
  }, 120_000);

  it('--move-done: graded inputs are moved byte for byte; a broken file stays and is not retried, unless --force', async () => {
    const root = scratch();
    const inbox = path.join(root, 'inbox');
    const out = path.join(root, 'out');
    const done = path.join(root, 'done');
    mkdirSync(path.join(inbox, 'sub'), { recursive: true });
    for (const s of ['mattress-cs-monthly.march.csv', 'cs-competency.march.form.xlsx']) copyFileSync(sample(s), path.join(inbox, s));
    copyFileSync(sample('after-sales-monthly.march.roster.xlsx'), path.join(inbox, 'sub/a.xlsx'));
    writeFileSync(path.join(inbox, 'broken.xlsx'), 'PK\u0003\u0004 nothing more');
    for (const f of listAll(inbox)) age(path.join(inbox, f));
    await settled();
    const before = hashes(inbox);

    const first = await runCli(['batch', inbox, '--out', out, '--recursive', '--recheck', '0s', '--move-done', done, ...SETTLE]);
    expect(first.code).toBe(1);
    expect(listAll(inbox)).toEqual(['broken.xlsx']);
    const moved = hashes(done);
    expect(moved).toEqual(Object.fromEntries(Object.entries(before).filter(([f]) => f !== 'broken.xlsx')));
    expect(byFile(report(out))['sub/a.xlsx']).toMatchObject({ status: 'problems' });
    await checkOutput(path.join(out, 'sub/a.graded.xlsx'), 'after-sales-monthly');

    const second = await runCli(['batch', inbox, '--out', out, '--recursive', '--recheck', '0s', '--move-done', done, ...SETTLE]);
    expect(second.code).toBe(0);
    expect(report(out).files).toMatchObject([{ file: 'broken.xlsx', status: 'skipped-unchanged', lastStatus: 'failed' }]);
    expect(hashes(inbox)).toEqual({ 'broken.xlsx': before['broken.xlsx'] });
    expect(hashes(done)).toEqual(moved);

    // --force grades everything again, the remembered failure too; it still fails and stays.
    const forced = await runCli(['batch', inbox, '--out', out, '--recursive', '--recheck', '0s', '--move-done', done, '--force', '--quiet', ...SETTLE]);
    expect(forced.code).toBe(1);
    expect(report(out).totals).toMatchObject({ files: 1, failed: 1, skippedUnchanged: 0 });
    expect(report(out).files).toMatchObject([{ file: 'broken.xlsx', status: 'failed' }]);
    expect(hashes(inbox)).toEqual({ 'broken.xlsx': before['broken.xlsx'] });
  }, 120_000);
});
