import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers.js';

// --json is a contract: every run that could not run (exit 2) prints one {"error": …} on stdout, of the shape
// score's own failures have (problemJson), whether the parser, an option's check or the grading refused it.

const PROBLEM_FIELDS = ['severity', 'code', 'sheet', 'cell', 'person', 'message'];
let dir: string;
beforeAll(() => {
  dir = tempDir();
  copyFileSync(path.join(repoRoot, 'samples', 'mattress-cs-monthly.march.roster.xlsx'), path.join(dir, 'a.xlsx'));
});

function errorOf(stdout: string): Record<string, unknown> {
  const parsed = JSON.parse(stdout) as { error: Record<string, unknown> };
  return parsed.error;
}

describe('--json prints {"error"} for every could-not-run outcome', () => {
  it.each([
    [['-o', 'x.csv'], '输出总是 Excel 工作簿(.xlsx),不能写成「x.csv」;请改为 -o x.xlsx'],
    [['--encoding', 'latin1'], '--encoding 的值「latin1」无效,可选:utf-8、gb18030、gbk、utf-16le、utf-16be'],
    [['--max-size', 'abc'], '--max-size 的值「abc」看不懂,应为如 200MB、1GB 的大小'],
    [['--forse'], '不认识的选项 --forse,您是不是要输入 --force?(运行 kpi score --help 查看可用的选项)'],
  ])('score a.xlsx --json %j: the message stderr gives, as a usage error', async (extra, message) => {
    const r = await runCli(['score', 'a.xlsx', '--json', ...extra], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`kpi: ${message}\n`);
    expect(JSON.parse(r.stdout)).toEqual({ error: { severity: 'error', code: 'usage', sheet: null, cell: null, person: null, message } });
  });

  it('kpi template --form x.json is told the form is the argument there (it was asked 「您是不是要输入 --force?」)', async () => {
    for (const command of ['template', 'forms']) {
      const r = await runCli([command, '--form', 'my.json'], { cwd: dir });
      expect([r.code, r.stderr]).toEqual([2, `kpi: kpi ${command} 没有 --form 选项:表单直接写在命令后面,如 kpi ${command} mattress-cs-monthly 或 kpi ${command} 我的定义.json\n`]);
    }
  });

  it('has the fields of a grading failure (--form nosuch, a missing file)', async () => {
    const usage = errorOf((await runCli(['score', 'a.xlsx', '--json', '--forse'], { cwd: dir })).stdout);
    for (const args of [['score', 'a.xlsx', '--json', '--form', 'nosuch'], ['score', 'nosuch.xlsx', '--json']]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code).toBe(2);
      const failure = errorOf(r.stdout);
      expect(Object.keys(failure).slice(0, 6)).toEqual(PROBLEM_FIELDS);
      expect(Object.keys(usage)).toEqual(PROBLEM_FIELDS);
      expect(failure.severity).toBe('error');
    }
  });

  it('--json anywhere: before the command (it is the command\'s), and where the parser refuses the command line', async () => {
    const r = await runCli(['--json', '--bogus', 'score', 'a.xlsx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(errorOf(r.stdout)).toMatchObject({ severity: 'error', code: 'usage', message: '不认识的选项 --bogus(运行 kpi --help 查看可用的选项)' });
    const alone = await runCli(['--json'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(errorOf(alone.stdout)).toMatchObject({ code: 'usage' });
  });

  it('a missing argument: score --json without a file', async () => {
    const r = await runCli(['score', '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(errorOf(r.stdout)).toMatchObject({ severity: 'error', code: 'usage', message: r.stderr.trim().replace(/^kpi: /, '') });
  });

  it('kpi forms nosuch --json', async () => {
    const r = await runCli(['forms', 'nosuch', '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(errorOf(r.stdout)).toMatchObject({ severity: 'error', code: 'form-not-found', person: null });
  });

  it('kpi batch --json on a missing folder: severity and file as score has them', async () => {
    const folder = path.join(dir, 'no-such-folder');
    const r = await runCli(['batch', folder, '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ error: { severity: 'error', code: 'cannot-start', sheet: null, cell: null, person: null, message: `找不到文件夹 ${folder}`, file: folder } });
  });

  it('prints nothing more when the run went well or only the data had problems', async () => {
    // The sample has problems in its data (exit 1), not a failure to run.
    const r = await runCli(['score', 'a.xlsx', '--json', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('error');
  });
});
