// Output faults: the output would replace the input (same path, symlink), its folder is missing, not a
// folder, read-only or full, the output is locked (Windows: open in Excel), or SIGINT/SIGTERM arrives
// mid-write. Each gets one clear line and exit 2 (130/143 for signals), the temporary file is removed,
// the input is untouched, and nothing half-written is left under the output's name.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { ZipWriter } from '../../src/io/fast/zipWrite.js';
import { cpuSecondsOf, repoRoot, runCli, tempDir } from '../helpers.js';

const SAMPLE = path.join(repoRoot, 'samples', 'mattress-cs-monthly.march.roster.xlsx');
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) {
    try {
      chmodSync(dir, 0o755);
    } catch {
      // gone already
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A fresh folder holding a copy of the sample as march.xlsx. */
function setup(): { dir: string; input: string; hash: string } {
  const dir = tempDir('kpi-outfault-');
  made.push(dir);
  const input = path.join(dir, 'march.xlsx');
  copyFileSync(SAMPLE, input);
  return { dir, input, hash: sha256(input) };
}

/** Exactly one non-empty stderr line, Chinese, no stack frame; returned for further checks. */
function oneLine(stderr: string): string {
  const lines = stderr.split(/\r?\n/).filter((l) => l.trim() !== '');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |内部错误/);
  expect(lines[0]).toMatch(/^kpi: .*[\u4e00-\u9fff]/);
  expect(lines[0]).not.toMatch(/E[A-Z]{3,}:|\.kpi-tmp-/); // no raw errno text, no temporary name
  return lines[0]!;
}

/** Every name under dir, hidden ones too, no temporary file among them. */
function listing(dir: string): string[] {
  const all = readdirSync(dir, { recursive: true }) as string[];
  expect(all.filter((f) => path.basename(f).startsWith('.kpi-tmp-'))).toEqual([]);
  return all.sort();
}

describe('the output would replace the input', () => {
  it.each([
    ['the same path', (input: string) => input],
    ['the same file by another spelling', (input: string) => `${path.dirname(input)}/./sub/../${path.basename(input)}`],
  ])('-o %s: refused, exit 2, even with --force', async (_label, out) => {
    const { dir, input, hash } = setup();
    mkdirSync(path.join(dir, 'sub'));
    for (const force of [[], ['--force']]) {
      const r = await runCli(['score', input, '-o', out(input), ...force]);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toMatch(/就是输入文件本身,不会覆盖原始数据。请用 -o 指定另一个文件/);
      expect(r.stdout).toBe('');
    }
    expect(sha256(input)).toBe(hash);
    expect(listing(dir)).toEqual(['march.xlsx', 'sub']);
  });

  it('-o a symlink to the input: refused, exit 2, even with --force; link and input unchanged', async () => {
    const { dir, input, hash } = setup();
    const link = path.join(dir, 'march.graded.xlsx');
    symlinkSync(input, link);
    // The default output name is the symlink here, so plain `kpi score` must refuse as well.
    for (const args of [['-o', link], ['-o', link, '--force'], [], ['--force']]) {
      const r = await runCli(['score', input, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(oneLine(r.stderr)).toMatch(/就是输入文件本身/);
    }
    expect(sha256(input)).toBe(hash);
    expect(listing(dir)).toEqual(['march.graded.xlsx', 'march.xlsx']);
  });

  it('-o a hard link to the input with --force: the link name is replaced, the input keeps its bytes', async () => {
    const { dir, input, hash } = setup();
    const link = path.join(dir, 'out.xlsx');
    linkSync(input, link);
    const r = await runCli(['score', input, '-o', link, '--force']);
    expect(r.code, r.stderr).toBe(1); // the sample has one person with mistakes
    expect(sha256(input)).toBe(hash);
    expect(sha256(link)).not.toBe(hash);
    expect(listing(dir)).toEqual(['march.xlsx', 'out.xlsx']);
  });
});

describe('the output folder is missing, not a folder, or read-only', () => {
  it.each([
    ['a folder that does not exist', 'nowhere/out.xlsx', /无法写入 .*nowhere\/out\.xlsx:输出文件夹 .*nowhere 不存在。请先创建这个文件夹/],
    ['a folder whose parent is a regular file (ENOTDIR)', 'notes.txt/out.xlsx', /无法写入 .*notes\.txt\/out\.xlsx:.*notes\.txt 是一个文件,不是文件夹/],
    // No folder can be made under a file: 「请先创建这个文件夹」 would not help, the file is named.
    ['a folder deeper under a regular file', 'notes.txt/sub/out.xlsx', /无法写入 .*notes\.txt\/sub\/out\.xlsx:.*notes\.txt 是一个文件,不是文件夹/],
    ['an existing folder instead of a file', 'folder', /是一个文件夹,不是文件。请用 -o 给出文件名/],
  ])('-o into %s: exit 2, one line, nothing left', async (_label, out, says) => {
    const { dir, input, hash } = setup();
    writeFileSync(path.join(dir, 'notes.txt'), 'x');
    mkdirSync(path.join(dir, 'folder'));
    for (const force of [[], ['--force']]) {
      const r = await runCli(['score', input, '-o', path.join(dir, out), ...force]);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toMatch(says);
    }
    expect(sha256(input)).toBe(hash);
    expect(listing(dir)).toEqual(['folder', 'march.xlsx', 'notes.txt']);
  });

  // root ignores permission bits, so a read-only folder cannot be simulated when the tests run as root.
  it.runIf(process.getuid?.() !== 0)('a read-only output folder: exit 2, one line, nothing left', async () => {
    const { dir, input, hash } = setup();
    const ro = path.join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    try {
      const r = await runCli(['score', input, '-o', path.join(ro, 'out.xlsx')]);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toMatch(/没有写入权限|只读/);
      expect(readdirSync(ro)).toEqual([]);
    } finally {
      chmodSync(ro, 0o755);
    }
    expect(sha256(input)).toBe(hash);
  });
});

describe('write and rename failures (simulated in-process: a full disk cannot be mounted here, nor a Windows lock)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function fault(code: string): NodeJS.ErrnoException {
    return Object.assign(new Error(`${code}: simulated`), { code });
  }

  it('ENOSPC in the middle of writing: 磁盘已满, the partial temporary file removed, no output', async () => {
    const { dir, input, hash } = setup();
    // The graded workbook reaches the disk through ZipWriter (graded/workbook.ts → PackageParts.writeTo): the disk
    // fills half way: the first write takes half of what it is given, the next one fails.
    let partial = '';
    const create = ZipWriter.create.bind(ZipWriter);
    vi.spyOn(ZipWriter, 'create').mockImplementation(async (file: string) => {
      partial = file;
      const writer = await create(file);
      type Write = (b: Buffer, offset: number, length: number) => Promise<{ bytesWritten: number }>;
      const handle = (writer as unknown as { handle: { write: Write } }).handle;
      const write = handle.write.bind(handle);
      let writes = 0;
      handle.write = async (b, offset, length) => {
        if (++writes > 1) {
          expect(statSync(partial).size).toBeGreaterThan(0); // half a workbook already on disk
          throw fault('ENOSPC');
        }
        return write(b, offset, Math.ceil(length / 2));
      };
      return writer;
    });
    const outcome = await gradeFile(input, {});
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.code).toBe('output-failed');
    expect(outcome.failure.message).toMatch(/无法写入 .*march\.graded\.xlsx:磁盘已满。原始文件未改动,没有留下不完整的输出/);
    expect(path.basename(partial)).toMatch(/^\.kpi-tmp-/);
    expect(existsSync(partial)).toBe(false);
    expect(sha256(input)).toBe(hash);
    expect(listing(dir)).toEqual(['march.xlsx']);
  });

  it.each([
    ['EBUSY', '文件正被其他程序占用(可能正在 Excel 中打开),请关闭后重试'],
    // No permission: where else to write is said (-o), since beside the input is only the place chosen unasked.
    ['EPERM', '没有写入权限(文件夹只读,或文件正在 Excel 中打开)。可以用 -o 把评分结果写到另一个可以写入的位置'],
    ['EACCES', '没有写入权限(文件夹只读,或文件正在 Excel 中打开)。可以用 -o'],
  ])('the output is locked (Windows: open in Excel, rename fails with %s): the old output kept, the new one removed', async (code, says) => {
    const { dir, input, hash } = setup();
    const out = path.join(dir, 'march.graded.xlsx');
    writeFileSync(out, 'the workbook open in Excel');
    const rename = vi.spyOn(fsp, 'rename').mockRejectedValue(fault(code));
    const outcome = await gradeFile(input, { force: true });
    expect(rename).toHaveBeenCalled();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.message).toContain(says);
    expect(outcome.failure.message).toMatch(/^无法写入 .*march\.graded\.xlsx:.*。原始文件未改动,没有留下不完整的输出$/);
    expect(readFileSync(out, 'utf8')).toBe('the workbook open in Excel');
    expect(sha256(input)).toBe(hash);
    expect(listing(dir)).toEqual(['march.graded.xlsx', 'march.xlsx']);
  });
});

describe('SIGINT / SIGTERM during a long write', () => {
  let big: string;
  let bigHash: string;
  beforeAll(() => {
    // 2,000 people: a table this long takes the fast path (src/io/fast/fromRows.ts), which writes the graded
    // workbook into its temporary part by part for ~0.2 s — long enough to be interrupted in it. A CSV export:
    // the graded workbook is as long to write as from a roster workbook, but the input costs nothing to
    // make here and less to read in the child (~2 s of processor time fewer in all).
    const head = ['工号', '姓名', '部门名称', '客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '表格管理', '回访问题处理效率·基础分', '处理能力', '态度', '工作纪律·迟到或早退'];
    const rows = Array.from({ length: 2000 }, (_, i) =>
      [100000 + i, `员工${i}`, `客服${i % 7}部`, 50, 30 + (i % 21), i % 5 === 0 ? '"3,2"' : '', 6 + (i % 5), i % 11, i % 16, i % 4].join(','),
    );
    const dir = tempDir('kpi-big-');
    made.push(dir);
    big = path.join(dir, 'big.csv');
    writeFileSync(big, [head.join(','), ...rows].join('\r\n') + '\r\n');
    bigHash = sha256(big);
  });

    /**
   * Starts `kpi score big.csv` in a fresh folder and sends `signal` once `when` holds: 'writing' = the
   * temporary output exists (the graded workbook is being written), or a delay in ms (reading/scoring).
   */
  async function interrupt(signal: 'SIGINT' | 'SIGTERM', when: 'writing' | 'written' | number) {
    const dir = tempDir('kpi-signal-');
    made.push(dir);
    const input = path.join(dir, 'big.csv');
    copyFileSync(big, input);
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/kpi.js'), 'score', 'big.csv', '--form', 'mattress-cs-monthly'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, sig) => resolve({ code, signal: sig })),
    );
    let done = false;
    void exited.then(() => (done = true));
    let sawTemporary = false;
    if (when === 'writing' || when === 'written') {
      const deadline = Date.now() + 90_000;
      while (!done && Date.now() < deadline) {
        if (readdirSync(dir).some((f) => (when === 'writing' ? f.startsWith('.kpi-tmp-') : f === 'big.graded.xlsx'))) {
          sawTemporary = true;
          break;
        }
        await sleep(2);
      }
      // The temporary lives about a fifth of a second (see above): the signal goes at once.
    } else {
      await sleep(when);
      // Node's own start-up, before bin/kpi.js runs a line, can outlast seconds on a loaded machine, and the default
      // action is all a process has then (/proc's SigCgt cannot tell: Node catches SIGINT and SIGTERM from its start to
      // reset the terminal). Its processor time can: kpi's handlers are in place after ~0.1 s of it, reading and
      // scoring these 2,000 people take ~2 s more.
      const deadline = Date.now() + 60_000;
      while (!done && cpuSecondsOf(child.pid!) < 0.5 && Date.now() < deadline) await sleep(5);
    }
    expect(done, 'the CLI finished before it could be interrupted').toBe(false);
    child.kill(signal);
    const result = await exited;
    return { ...result, stdout, stderr, dir, input, sawTemporary };
  }

  // Mid-write, or after 1 s and half a second of processor time (loading, reading or scoring, before any output:
  // bin/kpi.js installs the handler before it loads the program).
  // SIGINT and SIGTERM take the same handler (cli/signals.ts), which differs only in the exit code; SIGINT is
  // sent early here, and while 60,000 people are read in signals.test.ts. A SIGINT mid-write as well cost
  // ~2 s of processor time (reading 2,000 people) to check that same path again.
  it.concurrent.each([
    ['SIGTERM', 'writing', 143],
    ['SIGINT', 1000, 130],
  ] as const)('%s (%s): exit %i, one line, no output, no temporary file, input unchanged', async (signal, when, exit) => {
    const r = await interrupt(signal, when);
    if (when === 'writing') expect(r.sawTemporary).toBe(true);
    expect(r.signal).toBeNull(); // handled, not killed by the default action
    expect(r.code).toBe(exit);
    // 「未完成的输出已删除」 only where a half-written output was removed (mid-write), not before any output was begun.
    expect(oneLine(r.stderr)).toBe(`kpi: 收到 ${signal},已停止;${when === 'writing' ? '未完成的输出已删除,' : ''}原始文件未改动。`);
    expect(readdirSync(r.dir)).toEqual(['big.csv']);
    expect(sha256(r.input)).toBe(bigHash);
  }, 120_000);

  it('SIGTERM the moment the graded workbook has its name: finished — the summary printed, its exit code, the workbook kept, no 「已停止」 (it was 143 with the complete workbook left, and a rerun refused it as existing)', async () => {
    const r = await interrupt('SIGTERM', 'written');
    expect(r.sawTemporary).toBe(true);
    expect(r.signal).toBeNull();
    expect(r.code === 0 || r.code === 1).toBe(true);
    expect(r.stderr).not.toContain('已停止');
    expect(r.stdout).toContain('共 2000 人');
    expect(readdirSync(r.dir).sort()).toEqual(['big.csv', 'big.graded.xlsx']);
  }, 120_000);
});
