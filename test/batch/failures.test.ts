import ExcelJS from 'exceljs';
import { existsSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import { removePendingTemporaryFiles } from '../../src/io/pendingFiles.js';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportJson } from '../../src/batch/report.js';
import { runBatch } from '../../src/batch/runBatch.js';
import type { BatchEvent } from '../../src/batch/types.js';
import { assertBuilt, listAll, options, put, readFakeOutput, reportOf, statuses, tempDir } from './helpers.js';

beforeAll(assertBuilt);

describe('one bad file never stops the run', () => {
  it('grades the others and exits 1', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'a-good.xlsx', {});
    await put(inbox, 'b-broken.csv', 'PK\u0003\u0004 half a zip');
    await put(inbox, 'c-fail.xlsx', { fail: '表头不对' });
    await put(inbox, 'd-throw.xlsx', { throw: 'boom' });
    await put(inbox, 'e-crash.xlsx', { exit: 7 });
    await put(inbox, 'f-hang.xlsx', { hang: true });
    await put(inbox, 'g-warn.xlsx', { problems: [{ severity: 'warning', code: 'rater-spread', message: '评分差异大' }] });
    await put(inbox, 'h-info.xlsx', { problems: [{ severity: 'info', code: 'override', message: '手工调整' }] });
    await put(inbox, 'i-person.xlsx', { people: [{ id: 'E9', name: '错', status: 'error' }] });
    await put(inbox, 'z-good.csv', {});
    const events: BatchEvent[] = [];
    const result = await runBatch(options(inbox, { out, jobs: 3, fileTimeoutMs: 1500 }), { onEvent: (e) => events.push(e) });
    expect(result.exitCode).toBe(1);
    const r = reportOf(result);
    expect(statuses(r)).toEqual({
      'a-good.xlsx': 'graded', 'b-broken.csv': 'failed', 'c-fail.xlsx': 'failed', 'd-throw.xlsx': 'failed', 'e-crash.xlsx': 'failed',
      'f-hang.xlsx': 'failed', 'g-warn.xlsx': 'problems', 'h-info.xlsx': 'graded', 'i-person.xlsx': 'problems', 'z-good.csv': 'graded',
    });
    const byFile = Object.fromEntries(r.files.map((f) => [f.file, f]));
    expect(byFile['c-fail.xlsx'].problems[0].message).toBe('表头不对');
    expect(byFile['d-throw.xlsx'].problems[0].message).toMatch(/boom/);
    expect(byFile['e-crash.xlsx'].problems[0].message).toMatch(/退出码 7/);
    expect(byFile['f-hang.xlsx'].problems[0].message).toMatch(/超过 2 秒/);
    expect(byFile['b-broken.csv'].output).toBeNull();
    expect(r.totals).toMatchObject({ files: 10, graded: 3, problems: 2, failed: 5 });
    for (const f of ['a-good', 'g-warn', 'h-info', 'i-person', 'z-good']) await readFakeOutput(path.join(out, `${f}.graded.xlsx`));
    expect((await listAll(out)).filter((f) => f.startsWith('.kpi-tmp-'))).toEqual([]);

    // The report on disk is the report returned, as --json prints it: every problem with sheet, cell and person, null
    // where there is none (a file's own problem had none of the three keys, and a script reading p["cell"] failed).
    const onDisk = JSON.parse(await fs.readFile(path.join(out, 'batch-report.json'), 'utf8'));
    expect(onDisk.files).toEqual(JSON.parse(JSON.stringify(reportJson(r).files)));
    const fileProblem = onDisk.files.find((f: { file: string }) => f.file === 'c-fail.xlsx').problems[0];
    expect(fileProblem).toMatchObject({ sheet: null, cell: null, person: null, message: '表头不对' });
    expect(onDisk.totals).toEqual(r.totals);
    expect(Date.parse(onDisk.startedAt)).toBeLessThanOrEqual(Date.parse(onDisk.finishedAt));
    expect(r.files.every((f) => typeof f.durationMs === 'number')).toBe(true);

    // Events: start first, done last, every file started before it is done.
    expect(events[0].type).toBe('start');
    expect(events.at(-1)).toMatchObject({ type: 'done', exitCode: 1 });
    for (const f of Object.keys(statuses(r))) {
      const s = events.findIndex((e) => e.type === 'file-start' && e.file === f);
      const d = events.findIndex((e) => e.type === 'file-done' && e.file === f);
      expect(s).toBeGreaterThan(0);
      expect(d).toBeGreaterThan(s);
    }

    // Next run: the grader's verdicts stand (skipped while unchanged); a throw, a crash and a timeout
    // were no verdict on the content, so those files are tried again (the hang given half a second this time:
    // the other two fail at once, and the time limit's sentence was checked above).
    const again = await runBatch(options(inbox, { out, jobs: 3, fileTimeoutMs: 500 }));
    expect(again.exitCode).toBe(1);
    expect(statuses(reportOf(again))).toEqual({
      'a-good.xlsx': 'skipped-unchanged', 'b-broken.csv': 'skipped-unchanged', 'c-fail.xlsx': 'skipped-unchanged', 'd-throw.xlsx': 'failed',
      'e-crash.xlsx': 'failed', 'f-hang.xlsx': 'failed', 'g-warn.xlsx': 'skipped-unchanged', 'h-info.xlsx': 'skipped-unchanged',
      'i-person.xlsx': 'skipped-unchanged', 'z-good.csv': 'skipped-unchanged',
    });
    const m = JSON.parse(await fs.readFile(path.join(out, '.kpi-manifest.json'), 'utf8')).files;
    expect(m['c-fail.xlsx']).toMatchObject({ status: 'failed', reason: '表头不对', retry: false, output: null, form: null });
    for (const f of ['d-throw.xlsx', 'e-crash.xlsx', 'f-hang.xlsx']) expect(m[f]).toMatchObject({ status: 'failed', retry: true });
  });

  it('a failed file is remembered: skipped while unchanged (exit 0), tried again once changed or forced', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'bad.csv', 'not json');
    await put(inbox, 'fail.xlsx', { fail: '表头不对' });
    await put(inbox, 'good.xlsx', { people: [{ id: 'E1', name: '甲', total: 90, band: '优秀' }] });
    await put(inbox, 'warn.xlsx', { problems: [{ severity: 'warning', code: 'rater-spread', message: '评分差异大' }] });
    const first = await runBatch(options(inbox, { out }));
    expect(first.exitCode).toBe(1);
    expect(statuses(reportOf(first))).toEqual({ 'bad.csv': 'failed', 'fail.xlsx': 'failed', 'good.xlsx': 'graded', 'warn.xlsx': 'problems' });
    const entry = JSON.parse(await fs.readFile(path.join(out, '.kpi-manifest.json'), 'utf8')).files['bad.csv'];
    expect(entry).toMatchObject({ status: 'failed', reason: '不是考核表', retry: false, form: null, formVersion: null, output: null });
    expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);

    // Nothing new: nothing graded, exit 0, but the report still lists every file with its standing result.
    const events: BatchEvent[] = [];
    const second = await runBatch(options(inbox, { out }), { onEvent: (e) => events.push(e) });
    expect(second.exitCode).toBe(0);
    const r = reportOf(second);
    expect(Object.values(statuses(r))).toEqual(Array(4).fill('skipped-unchanged'));
    expect(events.some((e) => e.type === 'file-start')).toBe(false);
    const byFile = Object.fromEntries(r.files.map((f) => [f.file, f]));
    expect(byFile['bad.csv']).toMatchObject({ lastStatus: 'failed', reason: '上次评分失败,文件未变化:不是考核表', output: null, people: 0 });
    expect(byFile['bad.csv'].problems[0]).toMatchObject({ code: 'file-kind', message: '不是考核表' });
    expect(byFile['fail.xlsx'].reason).toBe('上次评分失败,文件未变化:表头不对');
    expect(byFile['warn.xlsx']).toMatchObject({ lastStatus: 'problems', output: path.join(out, 'warn.graded.xlsx') });
    expect(byFile['warn.xlsx'].reason).toMatch(/上次评分有问题:评分差异大/);
    expect(byFile['good.xlsx']).toMatchObject({ lastStatus: 'graded', people: 1, problems: [] });
    const onDisk = JSON.parse(await fs.readFile(path.join(out, 'batch-report.json'), 'utf8'));
    expect(onDisk.files.map((f: { lastStatus: string }) => f.lastStatus)).toEqual(['failed', 'failed', 'graded', 'problems']);
    // batch-summary.xlsx still holds every file's standing rows.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'batch-summary.xlsx'));
    const col = (n: number) => wb.getWorksheet('汇总')!.getColumn(n).values.slice(2);
    expect(col(1)).toEqual(['bad.csv', 'fail.xlsx', 'good.xlsx', 'warn.xlsx']);
    expect(col(3)).toEqual([undefined, undefined, '甲', '张三']);
    expect(col(7)[0]).toBe('评分失败:不是考核表');

    // A changed broken file is tried again (and fails again); a fixed one is graded; the rest stay skipped.
    await put(inbox, 'bad.csv', 'still not json');
    await put(inbox, 'fail.xlsx', {});
    const third = await runBatch(options(inbox, { out }));
    expect(third.exitCode).toBe(1);
    expect(statuses(reportOf(third))).toEqual({ 'bad.csv': 'failed', 'fail.xlsx': 'graded', 'good.xlsx': 'skipped-unchanged', 'warn.xlsx': 'skipped-unchanged' });

    // A new kpi version tries a remembered failure again.
    const file = path.join(out, '.kpi-manifest.json');
    const m = JSON.parse(await fs.readFile(file, 'utf8'));
    m.files['bad.csv'].grader = '0.0.0-old';
    await fs.writeFile(file, JSON.stringify(m));
    expect(statuses(reportOf(await runBatch(options(inbox, { out }))))['bad.csv']).toBe('failed');
    expect(statuses(reportOf(await runBatch(options(inbox, { out }))))['bad.csv']).toBe('skipped-unchanged');

    const forced = await runBatch(options(inbox, { out, force: true }));
    expect(forced.exitCode).toBe(1);
    expect(statuses(reportOf(forced))).toEqual({ 'bad.csv': 'failed', 'fail.xlsx': 'graded', 'good.xlsx': 'graded', 'warn.xlsx': 'problems' });
  });

  it('someone else\'s file at the output name is kept, the result goes under the next free name, said once (it failed the input every night)', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'a.xlsx', {});
    await put(out, 'a.graded.xlsx', 'somebody else');
    const first = await runBatch(options(inbox, { out }));
    expect(first.exitCode).toBe(1);
    expect(reportOf(first).files[0]).toMatchObject({ status: 'graded', output: path.join(out, 'a.xlsx-2.graded.xlsx') });
    expect(reportOf(first).warnings.join('\n')).toContain(`${path.join(out, 'a.graded.xlsx')} 不是 kpi 为 a.xlsx 写出的文件,未覆盖;a.xlsx 的评分结果写到 ${path.join(out, 'a.xlsx-2.graded.xlsx')}`);
    expect(await fs.readFile(path.join(out, 'a.graded.xlsx'), 'utf8')).toBe('somebody else');
    // The next night nothing has changed: nothing to say, exit 0 (cron sends no mail), the file still not touched.
    const second = await runBatch(options(inbox, { out }));
    expect([second.exitCode, reportOf(second).warnings]).toEqual([0, []]);
    expect(await fs.readFile(path.join(out, 'a.graded.xlsx'), 'utf8')).toBe('somebody else');
  });

  it('a manifest that cannot be written: no file is graded (no output without its mark), one warning, tried again next run', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'a.xlsx', {});
    await put(inbox, 'b.xlsx', {});
    // A folder where the manifest goes: it can be neither read (EISDIR) nor replaced by a file.
    await fs.mkdir(path.join(out, '.kpi-manifest.json'), { recursive: true });
    const r = reportOf(await runBatch(options(inbox, { out })));
    expect(statuses(r)).toEqual({ 'a.xlsx': 'failed', 'b.xlsx': 'failed' });
    expect(r.files[0]!.problems[0]!.message).toMatch(/无法写入清单 .*\.kpi-manifest\.json,此文件未评分/);
    expect((await listAll(out)).filter((f) => f.endsWith('.graded.xlsx'))).toEqual([]);
    // Each failed save said once, however many saves failed (two per file, and the end's).
    expect(r.warnings.filter((w) => w.startsWith('无法写入清单'))).toHaveLength(1);
    expect(r.warnings.filter((w) => w.startsWith('无法读取清单'))).toHaveLength(1);

    // Once the manifest can be written, both are graded.
    await fs.rmdir(path.join(out, '.kpi-manifest.json'));
    expect(statuses(reportOf(await runBatch(options(inbox, { out }))))).toEqual({ 'a.xlsx': 'graded', 'b.xlsx': 'graded' });
  });

  it('exits 0 when every file is clean', async () => {
    const root = await tempDir();
    await put(root, 'a.xlsx', {});
    const result = await runBatch(options(root));
    expect(result.exitCode).toBe(0);
  });

  it('cannot start: no folder, not a folder, no grader', async () => {
    const root = await tempDir();
    const missing = await runBatch(options(path.join(root, 'nope')));
    expect(missing).toMatchObject({ exitCode: 2, report: null });
    expect(missing.exitCode === 2 && missing.reason).toMatch(/找不到文件夹/);
    const file = await put(root, 'x.xlsx', {});
    const notDir = await runBatch(options(file));
    expect(notDir.exitCode === 2 && notDir.reason).toMatch(/不是文件夹/);
    const outIsFile = await runBatch(options(root, { out: file }));
    expect(outIsFile.exitCode === 2 && outIsFile.reason).toMatch(/不是文件夹/);
    const noGrader = await runBatch(options(root, { gradeModule: path.join(root, 'no-such-grader.mjs') }));
    expect(noGrader.exitCode === 2 && noGrader.reason).toMatch(/无法加载评分模块/);
    expect(await listAll(root)).toEqual(['x.xlsx']); // lock released, nothing written
  });

  it('cannot start: a --form that names no form, or a definition with mistakes (each file was 失败, exit 1, then 0 the next night)', async () => {
    const root = await tempDir();
    await put(root, 'x.xlsx', {});
    const typo = await runBatch(options(root, { form: 'mattres-cs-monthly', out: path.join(root, 'never-made') }));
    expect(typo).toMatchObject({ exitCode: 2, report: null });
    expect(typo.exitCode === 2 && typo.reason).toMatch(/^未知的考核表「mattres-cs-monthly」,是不是「mattress-cs-monthly」?/);
    expect(existsSync(path.join(root, 'never-made'))).toBe(false);
    const def = path.join(await tempDir(), 'mine.json');
    await fs.writeFile(def, '{"id": "mine"}');
    const broken = await runBatch(options(root, { form: def }));
    expect(broken.exitCode === 2 && broken.reason).toMatch(/缺少必填字段/);
    expect(await listAll(root)).toEqual(['x.xlsx']);
  });

  it('without out: outputs beside the inputs, reports in the folder, its own files never graded', async () => {
    const root = await tempDir();
    await put(root, 'a.xlsx', {});
    await put(root, 'sub/b.csv', {});
    const first = reportOf(await runBatch(options(root, { recursive: true })));
    expect(first.totals.graded).toBe(2);
    expect(await listAll(root)).toEqual(['.kpi-manifest.json', 'a.graded.xlsx', 'a.xlsx', 'batch-report.json', 'batch-summary.xlsx', 'sub/b.csv', 'sub/b.graded.xlsx']);
    const second = reportOf(await runBatch(options(root, { recursive: true })));
    expect(statuses(second)).toEqual({ 'a.xlsx': 'skipped-unchanged', 'sub/b.csv': 'skipped-unchanged' });
  });

  it('never enters an output folder inside the input folder', async () => {
    const root = await tempDir();
    await put(root, 'a.xlsx', {});
    const out = path.join(root, 'graded');
    reportOf(await runBatch(options(root, { out, recursive: true })));
    const again = reportOf(await runBatch(options(root, { out, recursive: true, force: true })));
    expect(Object.keys(statuses(again))).toEqual(['a.xlsx']);
  });

  it('inputs are left exactly as they were', async () => {
    const root = await tempDir();
    const a = await put(root, 'in/a.xlsx', {});
    const before = await fs.stat(a);
    await runBatch(options(path.join(root, 'in'), { out: path.join(root, 'out') }));
    const after = await fs.stat(a);
    expect([after.mtimeMs, after.size, after.ino]).toEqual([before.mtimeMs, before.size, before.ino]);
    expect(await fs.readFile(a, 'utf8')).toBe('{}');
  });

  it('stopped just after a worker put its output in place (its result not yet back): the output stays the input\'s, graded over next run (it was refused as no one\'s, a -2 copy)', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'a.xlsx', { hangAfterWrite: true });
    const ac = new AbortController();
    const output = path.join(out, 'a.graded.xlsx');
    const watch = setInterval(() => void fs.access(output).then(() => ac.abort(), () => undefined), 20);
    const stopped = await runBatch(options(inbox, { out, jobs: 1, signal: ac.signal }));
    clearInterval(watch);
    expect(statuses(reportOf(stopped))).toEqual({ 'a.xlsx': 'failed' });
    const entry = JSON.parse(await fs.readFile(path.join(out, '.kpi-manifest.json'), 'utf8')).files['a.xlsx'];
    expect(entry).toMatchObject({ status: 'failed', retry: true, output: 'a.graded.xlsx' });
    // The next run (the file now grades normally) writes over it: no a.xlsx-2.graded.xlsx, no warning.
    await put(inbox, 'a.xlsx', {});
    const next = await runBatch(options(inbox, { out }));
    expect(next.exitCode).toBe(0);
    expect(reportOf(next).warnings).toEqual([]);
    expect((await listAll(out)).filter((n) => n.endsWith('.graded.xlsx'))).toEqual(['a.graded.xlsx']);
    expect(JSON.parse(await fs.readFile(output, 'utf8')).content).toBe('{}');
  });

  it('stopped during a regrade (SIGTERM at shutdown): the summary keeps every file\'s last result, marked; the report names the output still there', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'f0.xlsx', { delay: 300, people: [{ id: 'E0', name: '甲0' }] });
    for (let i = 1; i < 6; i++) await put(inbox, `f${i}.xlsx`, { chunks: 10, chunkDelay: 50, n: i, people: [{ id: `E${i}`, name: `甲${i}` }] });
    expect((await runBatch(options(inbox, { out }))).exitCode).toBe(0);
    // Everything regraded (--force, as after an upgrade), stopped when the first file is done.
    const ac = new AbortController();
    const stopped = await runBatch(options(inbox, { out, jobs: 2, force: true, signal: ac.signal }), { onEvent: (e) => e.type === 'file-done' && ac.abort() });
    const r = reportOf(stopped);
    expect(r.interrupted).toBe(true);
    const failed = r.files.filter((f) => f.status === 'failed');
    expect(failed.length).toBeGreaterThanOrEqual(4);
    // Each one's graded output from the first run is still there, and named (it was null).
    for (const f of failed) expect(f.output).toBe(path.join(out, f.file.replace('.xlsx', '.graded.xlsx')));
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.summaryFile!);
    const rows: string[][] = [];
    wb.getWorksheet('汇总')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    // Six files, one person each: all six listed (only the one graded this run was left, and 「评分失败:批量评分被中断」
    // for the one cut). The ones not graded this run show their first-run result, said to be it.
    expect(rows.slice(1).map((x) => [x[0], x[2]])).toEqual([0, 1, 2, 3, 4, 5].map((i) => [`f${i}.xlsx`, `甲${i}`]));
    const noted = rows.slice(1).filter((x) => x.some((c) => /本次运行被中断,未评(分|完);这是 .* UTC 那次运行的结果/.test(c)));
    expect(noted.length).toBe(failed.length);
    // Stopped again before grading anything (a second night's shutdown): still all six, the cut ones' first-run rows kept
    // in the manifest (they were lost: its entry said failed, with no people).
    const again = new AbortController();
    const second = reportOf(await runBatch(options(inbox, { out, recheckMs: 60_000, signal: again.signal }), { onEvent: (e) => e.type === 'start' && again.abort() }));
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(second.summaryFile!);
    const rows2: string[][] = [];
    wb2.getWorksheet('汇总')!.eachRow((row) => rows2.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows2.slice(1).map((x) => [x[0], x[2]])).toEqual([0, 1, 2, 3, 4, 5].map((i) => [`f${i}.xlsx`, `甲${i}`]));
  });

  it('an abort stops the run, reports it and releases the lock', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    // f0 takes a moment, so that f1 (marked in the manifest first, an fsync) has started when f0 is done, on a loaded machine too.
    await put(inbox, 'f0.xlsx', { delay: 300 });
    for (let i = 1; i < 6; i++) await put(inbox, `f${i}.xlsx`, { chunks: 10, chunkDelay: 50, n: i }); // each its own content: copies would be warned about
    const ac = new AbortController();
    const result = await runBatch(options(inbox, { out, jobs: 2, signal: ac.signal }), {
      onEvent: (e) => e.type === 'file-done' && ac.abort(),
    });
    expect(result.exitCode).toBe(1);
    const r = reportOf(result);
    expect(r.interrupted).toBe(true);
    // Every file the run's start counted is listed: those it did not reach, to be graded next run (they were left out).
    expect(statuses(r)).toEqual({ 'f0.xlsx': 'graded', 'f1.xlsx': 'failed', 'f2.xlsx': 'failed', 'f3.xlsx': 'failed', 'f4.xlsx': 'failed', 'f5.xlsx': 'failed' });
    expect(r.files[1].problems[0].message).toMatch(/中断/);
    expect(r.files[5].problems[0].message).toMatch(/批量评分被中断,此文件未评分,下次运行时评分/);
    // Files marked to be graded next but never handed to the pool have their entries back (none: they were new).
    // Those handed over (f1, and the next in the pool's queue: two lanes a worker) are interrupted, to be retried.
    const kept = JSON.parse(await fs.readFile(path.join(out, '.kpi-manifest.json'), 'utf8')).files;
    expect(Object.keys(kept).slice(0, 2)).toEqual(['f0.xlsx', 'f1.xlsx']);
    expect(Object.keys(kept).length).toBeLessThanOrEqual(1 + 2 * 2);
    for (const [name, entry] of Object.entries(kept) as Array<[string, { status: string; retry?: boolean }]>) {
      if (name !== 'f0.xlsx') expect(entry).toMatchObject({ status: 'failed', retry: true });
    }
    const names = await listAll(out);
    expect(names.filter((n) => n.startsWith('.kpi-tmp-') || n === '.kpi-batch.lock')).toEqual([]);
    for (const n of names.filter((n) => n.endsWith('.graded.xlsx'))) await readFakeOutput(path.join(out, n));
    // The interrupted file is not remembered as failed: the next run grades it and the rest (all five at once).
    const rerun = await runBatch(options(inbox, { out, jobs: 5 }));
    expect(rerun.exitCode).toBe(0);
    expect(statuses(reportOf(rerun))).toMatchObject({ 'f0.xlsx': 'skipped-unchanged', 'f1.xlsx': 'graded', 'f5.xlsx': 'graded' });
  });
});

describe('a second signal (the process ends at once)', () => {
  it('takes the run\'s own half-written outputs and its lock with it (they were left for the next run); another process\'s stay', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    await put(inbox, 'a.xlsx', { delay: 2000 });
    const ac = new AbortController();
    const mine = path.join(out, `.kpi-tmp-${process.pid}-1-a.graded.xlsx`);
    const theirs = path.join(out, `.kpi-tmp-${process.ppid}-1-b.graded.xlsx`); // a live process's
    let removed = -1;
    let lockGone = false;
    const running = runBatch(options(inbox, { out, jobs: 1, signal: ac.signal }), {
      onEvent: (e) => {
        if (e.type !== 'start') return;
        // What the signal handler runs on the second signal (src/cli/signals.ts), the worker still writing.
        writeFileSync(mine, 'half');
        writeFileSync(theirs, 'half');
        removed = removePendingTemporaryFiles();
        lockGone = !existsSync(path.join(out, '.kpi-batch.lock'));
        ac.abort();
      },
    });
    await running;
    expect([removed, lockGone, existsSync(mine), existsSync(theirs)]).toEqual([1, true, false, true]);
  });
});
