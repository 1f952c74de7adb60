// A record form in kpi batch: no people, so its banded groups are what the run reports. In-process, the real grader.
import { copyFileSync, mkdirSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook, repoRoot, runCli, sheetRows, tempDir } from '../helpers.js';

describe('batch: a record form', () => {
  it('gives each banded group a line: report, console and batch-summary.xlsx', async () => {
    const root = tempDir();
    const inbox = path.join(root, 'inbox');
    const out = path.join(root, 'out');
    mkdirSync(inbox);
    const input = path.join(inbox, 'satisfaction.xlsx');
    copyFileSync(path.join(repoRoot, 'samples', 'satisfaction-monthly.march.xlsx'), input);
    const t = new Date(Date.now() - 120_000);
    utimesSync(input, t, t);
    const r = await runCli(['batch', inbox, '--out', out, '--settle', '0s', '--recheck', '0s']);
    const json = await runCli(['batch', inbox, '--out', out, '--settle', '0s', '--recheck', '0s', '--force', '--json']);
    const file = (JSON.parse(json.stdout) as { files: { records?: number; groups?: unknown[] }[] }).files[0]!;
    // The sample's 12 answers (one with an error, not counted): 总体平均 8.25, 满意度指数 = 8.25 × 10 = 82.5, band 乙.
    expect(file.records).toBe(12);
    expect(file.groups).toEqual([{ grouping: '本月', key: '本月', figure: '满意度指数', value: 82.5, band: '乙' }]);
    expect(r.stdout).toContain('  记录表 satisfaction.xlsx(12 条记录):本月 满意度指数 82.5 乙');
    expect(r.stderr).toMatch(/有问题:satisfaction.xlsx\(12 条记录,/);
    const rows = sheetRows(await readWorkbook(path.join(out, 'batch-summary.xlsx')), '汇总');
    expect(rows[1]).toEqual(['satisfaction.xlsx', null, '本月', '本月·满意度指数', 82.5, '乙', '已评分']);
    // The next night, unchanged: listed with its records and groups still (they were gone from --json and the console).
    const again = await runCli(['batch', inbox, '--out', out, '--settle', '0s', '--recheck', '0s', '--json']);
    const unchanged = (JSON.parse(again.stdout) as { files: { status: string; records?: number; groups?: unknown[] }[] }).files[0]!;
    expect([unchanged.status, unchanged.records, unchanged.groups]).toEqual(['skipped-unchanged', 12, [{ grouping: '本月', key: '本月', figure: '满意度指数', value: 82.5, band: '乙' }]]);
  });
});
