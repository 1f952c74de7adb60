// The CLI contract, case 51: --period against the header's month (exit code, --json's period), a stopped kpi batch's
// headline and reason, and a customer's copy headed 「…·客户」 named so in messages.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../../src/cli/output.js';
import { summaryHeadline } from '../../src/cli/batch.js';
import { scoreJson } from '../../src/io/reportJson.js';
import { runBatch } from '../../src/batch/runBatch.js';
import { combinedReport, gradedReport, repoRoot } from '../helpers.js';
import { assertBuilt, options, put, reportOf, statuses, tempDir } from '../batch/helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/contract51', name);
// A clean March roster of mattress-cs-monthly (考核月份 2026-03 on every row), six people.
const march = fixture('march-roster.xlsx');

async function run(argv: string[]) {
  const output = captureOutput();
  const code = await main(argv, { output, env: {}, gradeOnThisThread: true });
  return { code, stdout: output.stdout, stderr: output.stderr };
}

describe('kpi score --period naming another month than the header', () => {
  it('is an error (exit 1), the people still scored, 汇总 labelled with --period', async () => {
    const r = await gradedReport(march, { period: '2026-04' });
    expect(r.problems.filter((p) => p.code === 'month-unknown').map((p) => [p.severity, p.message])).toEqual([
      ['error', 'march-roster.xlsx:表头的考核月份是 2026-03,而 --period 指定为 2026-04;「汇总」按 2026-04 标注,kpi rollup 却按表头算作 2026-03;请改正其中一个'],
    ]);
    // 王芳 (catalog §1): 回访率 45/50 = 90% × 20 = 18; 表格管理 20 − (3+2) = 15; 日常服务规范 15 − 2×1 − 1×2 = 11;
    // 效率 8 − 5×1 = 3; 处理能力 9; 态度 13; 工作纪律 10 − 2×1 = 8: kpi 77, +2 (客户表扬信) = 79 一般 (75–84).
    const wang = r.people.find((p) => p.name === '王芳')!;
    expect([wang.total, wang.band, wang.status]).toEqual([79, '一般', 'scored']);
    expect(r.people.filter((p) => p.status === 'scored').length).toBe(6);
    expect(r.period).toBe('2026-04');
    // It was a warning at exit 0: a cron job's --period $(date -d 'last month') on a stale file went unnoticed.
    const told = await run(['score', march, '--period', '2026-04', '--dry-run']);
    expect(told.code).toBe(1);
    expect(told.stdout).toContain('错误 march-roster.xlsx:表头的考核月份是 2026-03,而 --period 指定为 2026-04');
    // The same month (written otherwise) is nothing: exit 0 — the only other problem is 刘洋's warning (回访 33 > 安装 30).
    const same = await run(['score', march, '--period', '2026年3月', '--dry-run']);
    expect(same.code).toBe(0);
  });

  it('--json gives the month used as period (YYYY-MM), after the fields it had', async () => {
    const own = scoreJson(await gradedReport(march));
    expect(own.period).toBe('2026-03');
    expect(Object.keys(own)).toEqual(['form', 'formVersion', 'input', 'output', 'layout', 'period', 'people', 'bands', 'problems']);
    const flagged = await run(['score', march, '--period', '2026-04', '--dry-run', '--json']);
    expect(flagged.code).toBe(1);
    expect(JSON.parse(flagged.stdout).period).toBe('2026-04');
    // Raters' copies combined (考核月份/评价日期 2026-03 in each): their month too.
    expect(scoreJson(await combinedReport([fixture('sup.xlsx'), fixture('cust-one.xlsx')])).period).toBe('2026-03');
  });

  it('--json has no period when the month is unknown', () => {
    const report = { form: 'x', formVersion: '1', formTitle: 'x', input: 'a.xlsx', output: null, people: [], bands: {}, problems: [], layout: 'roster' as const };
    expect('period' in scoreJson(report)).toBe(false);
    expect('period' in scoreJson({ ...report, period: '3月' })).toBe(false);
    expect(scoreJson({ ...report, period: '2026年3月' }).period).toBe('2026-03');
  });
});

describe('cs-ability copies of one customer, headed 「…·客户」', () => {
  it('name the column as the file heads it (not 「…·客户1」, nor 「…·客户2」 for the second copy)', async () => {
    const r = await combinedReport([fixture('sup.xlsx'), fixture('cust-one.xlsx'), fixture('cust-two.xlsx')]);
    const said = r.problems.filter((p) => p.code === 'unknown-choice').map((p) => [path.basename(p.file ?? ''), p.cell, p.message]);
    expect(said).toEqual([
      ['cust-one.xlsx', 'H3', '考核表!H3:「熟悉公司的服务流程和操作规范·客户」应为以下之一:优秀 / 良好 / 一般 / 较差(或对应分值 100/80/60/40),实际为「很好」'],
      ['sup.xlsx', 'I4', '考核表!I4:「能够准确解答常见问题并及时处理复杂问题·上级」应为以下之一:优秀 / 良好 / 一般 / 较差(或对应分值 100/80/60/40),实际为「好」'],
      ['cust-two.xlsx', 'I4', '考核表!I4:「能够准确解答常见问题并及时处理复杂问题·客户」应为以下之一:优秀 / 良好 / 一般 / 较差(或对应分值 100/80/60/40),实际为「不错」'],
    ]);
    // 张三: 上级 优秀 100 (weight 0.7), 客户 良好 80 and 良好 80, mean 80 (weight 0.3): each item 70 + 24 = 94, 优秀.
    const zhang = r.people.find((p) => p.name === '张三')!;
    expect([zhang.total, zhang.band]).toEqual([94, '优秀']);
    expect(r.people.filter((p) => p.status !== 'scored').map((p) => p.name)).toEqual(['李四', '王五']);
  });

  it('one customer\'s copy graded alone says 「…·客户」 too', async () => {
    const r = await gradedReport(fixture('cust-one.xlsx'));
    expect(r.problems.filter((p) => p.code === 'unknown-choice').map((p) => p.message)).toEqual([
      '考核表!H3:「熟悉公司的服务流程和操作规范·客户」应为以下之一:优秀 / 良好 / 一般 / 较差(或对应分值 100/80/60/40),实际为「很好」',
    ]);
  });
});

describe('kpi batch stopped', () => {
  beforeAll(assertBuilt);

  it('says 批量评分被中断 with the files not done apart, and its reason once', async () => {
    const root = await tempDir();
    const inbox = path.join(root, 'in');
    const out = path.join(root, 'out');
    // Three files, one at a time; each takes 5 s: stopped while the first is graded, the other two never started.
    for (let i = 1; i <= 3; i++) await put(inbox, `f${i}.xlsx`, { delay: 5000, n: i });
    const ac = new AbortController();
    const stopped = await runBatch(options(inbox, { out, jobs: 1, signal: ac.signal }), {
      onEvent: (e) => e.type === 'file-start' && setTimeout(() => ac.abort(), 300),
    });
    expect(stopped.exitCode).toBe(1);
    const r = reportOf(stopped);
    expect(r.interrupted).toBe(true);
    expect(statuses(r)).toEqual({ 'f1.xlsx': 'failed', 'f2.xlsx': 'failed', 'f3.xlsx': 'failed' });
    // The one cut off read 「批量评分被中断,此文件未评分,下次运行时评分,此文件未评分」.
    for (const f of r.files) expect(f.problems.map((p) => p.message)).toEqual(['批量评分被中断,此文件未评分,下次运行时评分']);
    const manifest = JSON.parse(await fs.readFile(path.join(out, '.kpi-manifest.json'), 'utf8')).files;
    for (const entry of Object.values(manifest) as Array<{ reason?: string }>) expect(entry.reason).toBe('批量评分被中断,此文件未评分,下次运行时评分');
    // It read 「批量评分完成:3 个文件 — 已评分 0,有问题 0,失败 3,…」.
    expect(summaryHeadline(r, 3)).toBe('批量评分被中断:3 个文件 — 已评分 0,有问题 0,失败 0,未评完 3(下次运行时评分),未变化 0,仍在写入 0;共 0 人');
    expect(summaryHeadline({ ...r, interrupted: false }, 3)).toBe('批量评分完成:3 个文件 — 已评分 0,有问题 0,失败 3,未变化 0,仍在写入 0;共 0 人');
  });
});
