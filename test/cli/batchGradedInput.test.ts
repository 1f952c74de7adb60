// A graded workbook saved back into the inbox under another name is kpi's output, not a form: told by its _kpi
// marks, not its name. In-process, the real grader.
import { copyFileSync, mkdirSync, readFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers.js';

describe('batch: a graded workbook in the inbox', () => {
  it('is not graded as a form, whatever its name; the run says so', async () => {
    const inbox = path.join(tempDir(), 'inbox');
    mkdirSync(inbox);
    const input = path.join(inbox, 'm.csv');
    copyFileSync(path.join(repoRoot, 'samples', 'mattress-cs-monthly.march.csv'), input);
    const t = new Date(Date.now() - 120_000);
    utimesSync(input, t, t);
    const args = ['batch', inbox, '--settle', '0s', '--recheck', '0s', '--json'];
    await runCli(args);
    // Checked by hand and saved back beside the input (no --out: the outputs are in the inbox).
    copyFileSync(path.join(inbox, 'm.graded.xlsx'), path.join(inbox, 'm.graded (已核对).xlsx'));
    utimesSync(path.join(inbox, 'm.graded (已核对).xlsx'), t, t);
    const again = await runCli(args);
    const r = JSON.parse(again.stdout) as { files: { file: string; status: string }[]; warnings: string[]; totals: { people: number } };
    // Only m.csv (unchanged): its 7 people were not graded a second time from the copy.
    expect(r.files.map((f) => [f.file, f.status])).toEqual([['m.csv', 'skipped-unchanged']]);
    expect(r.totals.people).toBe(0);
    expect(r.warnings).toContain('m.graded (已核对).xlsx 是 kpi 写出的评分结果(m.csv 的评分结果),不作为考核表评分(否则其中的人会算两次);核对后的结果请放到别处,要按其中改过的数据重评请改原表,或单独运行 kpi score');
    expect(again.code).toBe(0);
    expect(readFileSync(path.join(inbox, 'batch-report.json'), 'utf8')).not.toContain('m.graded (已核对).graded.xlsx');
    // At the console: the start line counted the copy among the files found; the summary says why one fewer was graded.
    const told = await runCli(args.filter((a) => a !== '--json'));
    expect(told.stderr).toMatch(/开始:.*,2 个文件,/);
    expect(told.stdout).toContain('批量评分完成:1 个文件(另 1 个是 kpi 写出的文件,未作为考核表评分,见上面的警告) — 已评分 0,有问题 0,失败 0,未变化 1');
  });
  it('a batch summary or a roll-up saved into the inbox under another name is set aside, said; kpi score says what it is', async () => {
    const root = tempDir();
    const inbox = path.join(root, 'inbox');
    mkdirSync(inbox);
    const input = path.join(inbox, 'm.csv');
    copyFileSync(path.join(repoRoot, 'samples', 'mattress-cs-monthly.march.csv'), input);
    const t = new Date(Date.now() - 120_000);
    utimesSync(input, t, t);
    const out = path.join(root, 'out');
    const args = ['batch', inbox, '--out', out, '--settle', '0s', '--recheck', '0s', '--json'];
    await runCli(args);
    copyFileSync(path.join(out, 'batch-summary.xlsx'), path.join(inbox, '汇总 copy.xlsx'));
    utimesSync(path.join(inbox, '汇总 copy.xlsx'), t, t);
    const again = await runCli(args);
    const r = JSON.parse(again.stdout) as { files: { file: string; status: string }[]; warnings: string[] };
    // It was graded by its headings as a mattress-cs-monthly roster: one made-up unscored person, 17 errors, exit 1.
    expect(r.files.map((f) => [f.file, f.status])).toEqual([['m.csv', 'skipped-unchanged']]);
    expect(r.warnings).toContain('汇总 copy.xlsx 是 kpi batch 写出的批量评分汇总(batch-summary),不是考核表,不能评分');
    expect(again.code).toBe(0);
    const score = await runCli(['score', path.join(inbox, '汇总 copy.xlsx'), '--dry-run']);
    expect([score.code, score.stderr.trim()]).toEqual([2, 'kpi: 汇总 copy.xlsx 是 kpi batch 写出的批量评分汇总(batch-summary),不是考核表,不能评分']);
  });
});
