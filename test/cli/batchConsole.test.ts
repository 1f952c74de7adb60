// kpi batch's closing lines: each file 有问题 or 失败 explained by the problem that made it so, in words batch can follow.
import { copyFileSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { forBatch } from '../../src/batch/report.js';
import { problem } from '../../src/model/problems/index.js';
import { repoRoot, runCli, tempDir } from '../helpers.js';

describe('batch console summary', () => {
  it('explains a file by its first warning or error, never an info line; a failed file keeps its subject and no --data advice', async () => {
    const inbox = path.join(tempDir(), 'inbox');
    mkdirSync(inbox);
    // No template marks (an info line: recognised by its headings), and columns missing (the warning that makes it 有问题).
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('二组');
    ws.addRow(['工号', '姓名', '部门', '考核月份', '员工的工作效率·得分', '话务质量·态度不温和或唉声叹气', '话务质量·推诿客户', '话务质量·闲聊或请教未按静音', '话务质量·未在30分钟内回复客户', '话务质量·未报工号', '工作状况']);
    ws.addRow(['4001', '马超', '二组', '2026-03', 18, 1, 0, 2, 0, 1, 3]);
    await wb.xlsx.writeFile(path.join(inbox, 'express.xlsx'));
    // The shop form without its 赤兔 export sheet.
    copyFileSync(path.join(repoRoot, 'samples', 'shop-cs-monthly.march.roster.xlsx'), path.join(inbox, 'shop.xlsx'));
    const t = new Date(Date.now() - 120_000);
    for (const f of ['express.xlsx', 'shop.xlsx']) utimesSync(path.join(inbox, f), t, t);
    const r = await runCli(['batch', inbox, '--out', path.join(inbox, '..', 'out'), '--settle', '0s', '--recheck', '0s']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('  有问题 express.xlsx'))).toMatch(/^ {2}有问题 express.xlsx:工作表「二组」没有这些列,按留空计分/);
    const failed = lines.find((l) => l.startsWith('  失败 shop.xlsx'))!;
    expect(failed).toMatch(/^ {2}失败 shop.xlsx:文件中没有名为「赤兔数据」/);
    expect(failed).not.toContain('或用 --data');
    expect(failed).toContain('批量评分不能另给导出文件;也可以对这个文件单独运行 kpi score 文件 --data 导出文件.xlsx');
  });

  it('after a run killed before its report: the problem it found is printed as this run\'s (it was 「详见报告」 only, for a cron mail)', async () => {
    const inbox = path.join(tempDir(), 'inbox');
    const out = path.join(inbox, '..', 'out');
    mkdirSync(inbox);
    copyFileSync(path.join(repoRoot, 'samples', 'cs-rep.march.csv'), path.join(inbox, 'rep.csv'));
    const t = new Date(Date.now() - 120_000);
    utimesSync(path.join(inbox, 'rep.csv'), t, t);
    const args = ['batch', inbox, '--out', out, '--settle', '0s', '--recheck', '0s'];
    expect((await runCli(args)).code).toBe(1);
    // What a run killed after grading it leaves: its result marked unreported.
    const file = path.join(out, '.kpi-manifest.json');
    const m = JSON.parse(readFileSync(file, 'utf8'));
    m.files['rep.csv'].unreported = true;
    writeFileSync(file, JSON.stringify(m));
    const r = await runCli(args);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.includes('rep.csv:'))).toEqual(['  有问题(上次运行被中断,未报告) rep.csv:F5:「服务态度」应为以下之一:优秀 / 良好 / 一般 / 需改进(或对应分值 4/3/2/1),实际为「很好」']);
    expect(r.stdout).not.toContain('个上次有问题(详见报告)');
    // -q (problems only) prints it too, once more marked unreported for a second check.
    const again = JSON.parse(readFileSync(file, 'utf8'));
    again.files['rep.csv'].unreported = true;
    writeFileSync(file, JSON.stringify(again));
    const quiet = await runCli([...args, '-q']);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout.split('\n').filter((l) => l.includes('rep.csv:'))).toEqual(['  有问题(上次运行被中断,未报告) rep.csv:F5:「服务态度」应为以下之一:优秀 / 良好 / 一般 / 需改进(或对应分值 4/3/2/1),实际为「很好」']);
    // And in -q's log on stderr, as a file found with problems this run is (cron may keep stderr only).
    expect(quiet.stderr).toMatch(/有问题\(上次运行被中断,未报告\):rep\.csv/);
  });

  it('forBatch says a file gone before it was graded was deleted or moved meanwhile, not 「请检查路径和文件名」 (a path the user never typed)', () => {
    const gone = problem('file-unreadable', { name: 'sub/a.xlsx', case: 'fs', path: '/in/sub/a.xlsx', reason: { kind: 'missing', code: 'ENOENT' } as never }, { file: '/in/sub/a.xlsx' });
    expect(gone.message).toBe('找不到文件 /in/sub/a.xlsx,请检查路径和文件名');
    expect(forBatch(gone).message).toBe('sub/a.xlsx 在本次批量评分开始后被删除或移走,没有评分');
  });

  it('an output that cannot be written for want of permission: kpi score advises -o, kpi batch (which has no -o) does not', () => {
    const denied = problem('output-failed', { case: 'write', output: '/out/a.graded.xlsx', reason: { kind: 'denied', code: 'EACCES' } as never }, { file: '/out/a.graded.xlsx' });
    expect(denied.message).toBe('无法写入 /out/a.graded.xlsx:没有写入权限(文件夹只读,或文件正在 Excel 中打开)。可以用 -o 把评分结果写到另一个可以写入的位置。原始文件未改动,没有留下不完整的输出');
    expect(forBatch(denied).message).toBe('无法写入 /out/a.graded.xlsx:没有写入权限(文件夹只读,或文件正在 Excel 中打开)。原始文件未改动,没有留下不完整的输出');
  });

  it('forBatch makes an input open in Excel a note: graded as last saved, the file is not 「有问题」 for it night after night', () => {
    const open = problem('input-open', { name: 'a.xlsx', lock: '~$a.xlsx' }, { file: '/in/a.xlsx' });
    expect(open.severity).toBe('warning');
    expect(forBatch(open)).toMatchObject({ code: 'input-open', severity: 'info', message: open.message });
  });

  it('forBatch leaves other problems as they are', () => {
    const other = problem('file-unreadable', { name: 'a.xlsx', case: 'changed-during-batch', reason: { code: 'EIO' } as never }, { file: 'a.xlsx' });
    expect(forBatch(other)).toBe(other);
  });
});

describe('kpi batch -q, night after night', () => {
  it('a warning about files unchanged since the run that said it is not printed again (cron mailed it every night)', async () => {
    const inbox = path.join(tempDir(), 'inbox');
    mkdirSync(inbox);
    const { copyFileSync } = await import('node:fs');
    copyFileSync(path.join(repoRoot, 'samples/cs-rep.march.csv'), path.join(inbox, 'a.csv'));
    copyFileSync(path.join(repoRoot, 'samples/cs-rep.march.csv'), path.join(inbox, 'a - 副本.csv'));
    const out = path.join(path.dirname(inbox), 'out');
    const night = () => runCli(['batch', inbox, '--out', out, '--settle', '0s', '--recheck', '0s', '-q']);
    const first = await night();
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('内容完全相同');
    // -q prints the problems: where and what, one line a file (it printed only 「有问题:a.csv(6 人,问题 1 条)」).
    expect(first.stdout.split('\n').filter((l) => l.startsWith('  有问题 '))).toEqual([
      '  有问题 a - 副本.csv:F5:「服务态度」应为以下之一:优秀 / 良好 / 一般 / 需改进(或对应分值 4/3/2/1),实际为「很好」',
      '  有问题 a.csv:F5:「服务态度」应为以下之一:优秀 / 良好 / 一般 / 需改进(或对应分值 4/3/2/1),实际为「很好」',
    ]);
    // The warning that made the exit code 1 is on stdout too (kept where stderr goes elsewhere: exit 1 said nothing there).
    expect(first.stdout.split('\n').filter((l) => l.startsWith('  警告 ') && l.includes('内容完全相同'))).toHaveLength(1);
    const second = await night();
    expect([second.code, second.stderr.includes('内容完全相同'), second.stdout.includes('内容完全相同')]).toEqual([0, false, false]);
  });
});
