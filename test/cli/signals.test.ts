import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { cpuSecondsOf, repoRoot, tempDir } from '../helpers.js';

// The process boundary is the point: a signal reaches a CLI whose grading runs for tens of seconds.
// Grading runs in a worker thread, so the main thread handles the signal at once instead of after the
// synchronous work (once 526 s late). The bound below is generous for a loaded machine; it tells "at
// once" from "when the work is done" (npm run bench measures speed).
const HEAD = ['工号', '姓名', '客户回访率·本月安装(售服)客户数', '客户回访率·回访客户数', '表格管理', '日常服务规范·用语不规范', '日常服务规范·短信漏发', '回访问题处理效率·基础分', '回访问题处理效率·拖延遗漏错误次数', '处理能力', '态度', '工作纪律·迟到或早退', '其它·奖惩分', '其它·原因'];

describe('a signal during a long score', () => {
  it('SIGINT while 60,000 people are read and scored (--json): exit 130 within seconds, one JSON error on stdout, nothing left behind', async () => {
    const dir = tempDir('kpi-sigint-');
    const lines = [HEAD.join(',')];
    for (let i = 0; i < 60_000; i++) lines.push([100000 + i, `员工${i}`, 50, 30 + (i % 21), '', 1, '', 8, 1, i % 11, i % 16, i % 4, '', ''].join(','));
    writeFileSync(path.join(dir, 'big.csv'), lines.join('\n') + '\n');

    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/kpi.js'), 'score', 'big.csv', '--form', 'mattress-cs-monthly', '--json'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    let exitedAt = 0;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => {
        exitedAt = Date.now();
        resolve({ code, signal });
      }),
    );
    // Reading and scoring, well past start-up: by processor time, as a busy machine can hold Node's own start for
    // seconds of wall time (a signal then takes the default action; test/cli/outputFaults.test.ts).
    await sleep(1_000);
    const deadline = Date.now() + 60_000;
    while (!exitedAt && cpuSecondsOf(child.pid!) < 1.5 && Date.now() < deadline) await sleep(10);
    expect(exitedAt, 'the CLI finished before it could be interrupted').toBe(0);
    const sentAt = Date.now();
    child.kill('SIGINT');
    const r = await exited;
    expect(r).toEqual({ code: 130, signal: null });
    expect(exitedAt - sentAt).toBeLessThan(5_000);
    // Stopped while reading: nothing was being written, so nothing is said to be deleted.
    expect(stderr.trim()).toBe('kpi: 收到 SIGINT,已停止;原始文件未改动。');
    // A script reading --json gets one document (stdout was empty): the error, as on any other failure.
    expect(JSON.parse(stdout)).toEqual({ error: { severity: 'error', code: 'interrupted', sheet: null, cell: null, person: null, message: '收到 SIGINT,已停止;原始文件未改动。', signal: 'SIGINT' } });
    expect(readdirSync(dir)).toEqual(['big.csv']);
  }, 60_000);
});
