import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../../src/cli/output.js';
import { ole2 } from '../../scripts/make-hostile.mjs';
import { readWorkbook, repoRoot, sheetRows, tempDir } from '../helpers.js';

async function run(argv: string[]) {
  const output = captureOutput();
  const code = await main(argv, { output, env: {}, gradeOnThisThread: true });
  return { code, stdout: output.stdout, stderr: output.stderr };
}

/** The mattress CSV sample as the HTML table a back-office system exports under an .xls name. */
function htmlTableOf(csvFile: string): string {
  const rows = Papa.parse<string[]>(readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<html><head><meta charset="utf-8"></head><body><table>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table></body></html>`;
}

describe('kpi batch on an inbox with exports and legacy files', () => {
  it('grades the HTML .xls, lists the legacy .xls/.et with kpi score\'s sentence, counts 未评分, names each file once', async () => {
    const dir = tempDir();
    const inbox = path.join(dir, 'inbox');
    const out = path.join(dir, 'out');
    const csv = path.join(repoRoot, 'samples/mattress-cs-monthly.march.csv');
    mkdirSync(inbox);
    copyFileSync(csv, path.join(inbox, '三月.csv'));
    writeFileSync(path.join(inbox, '系统导出.xls'), htmlTableOf(csv));
    writeFileSync(path.join(inbox, '旧表.xls'), ole2(['Workbook']));
    writeFileSync(path.join(inbox, 'WPS表.et'), ole2(['Workbook']));

    const r = await run(['batch', inbox, '--out', out, '--settle', '0s', '--recheck', '0s', '--jobs', '2']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('批量评分完成:4 个文件 — 已评分 0,有问题 2,失败 2,未变化 0,仍在写入 0;共 14 人');
    // Each file: 优秀 2 (李强 100, 陈静 92) · 良好 2 · 一般 1 · 待改进 1 · 赵磊 not scored.
    expect(lines[1]).toBe('等级:优秀 4 · 良好 4 · 一般 2 · 待改进 2 · 未评分 2');

    const legacy = await run(['score', path.join(inbox, '旧表.xls'), '--dry-run']);
    expect(legacy.code).toBe(2);
    const sentence = legacy.stderr.trim().replace(/^kpi: 旧表\.xls\s*/, '');
    expect(sentence).toMatch(/^是旧版 Excel/);
    // The file's name, the sentence's subject, becomes 「文件」 after the name already given.
    expect(r.stdout).toContain(`  失败 旧表.xls:文件${sentence}\n`);
    expect(r.stdout).toMatch(/\n {2}失败 WPS表\.et:文件是旧版 Excel/);
    // The log line of a failed file says why too (all a cron job with -q prints).
    expect(r.stderr).toMatch(new RegExp(`\\d\\d:\\d\\d:\\d\\d 失败:旧表\\.xls:文件${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`));
    // A text file's sheet is the file name again: only the cell is given.
    expect(r.stdout).toContain('  有问题 三月.csv:F7:「客户回访率·本月安装(售服)客户数」应为不小于0的整数,实际为「五十」\n');
    expect(r.stdout).toMatch(/\n {2}有问题 系统导出\.xls:F7:/);
    for (const name of ['三月.csv', '系统导出.xls', '旧表.xls', 'WPS表.et']) {
      for (const line of lines.filter((l) => l.includes(name))) expect(line.split(name).length - 1, line).toBe(1);
    }

    const summary = sheetRows(await readWorkbook(path.join(out, 'batch-summary.xlsx')), '汇总');
    const failed = summary.filter((row) => row[0] === '旧表.xls');
    expect(failed).toEqual([['旧表.xls', null, null, null, null, null, `评分失败:文件${sentence}`]]);
    expect(summary.filter((row) => row[0] === '系统导出.xls').map((row) => row[2])).toEqual(['王芳', '李强', '张敏', '刘洋', '陈静', '赵磊', '孙丽']);
  }, 60_000);
});
