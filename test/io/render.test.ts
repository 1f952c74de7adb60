import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

// LibreOffice draws the graded workbook, charts included, as a manager would print it. CI machines do not
// have LibreOffice: the test then says so in its name and is skipped (install libreoffice-calc-nogui and
// poppler-utils to run it).
const onPath = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const missing = ['soffice', 'pdftotext'].filter((t) => !onPath(t));
const why = missing.length ? `(跳过:本机没有 ${missing.join('、')})` : '';
if (missing.length) console.warn(`test/io/render.test.ts skipped: ${missing.join(', ')} not installed`);

function pdfText(pdf: string, page?: number): string {
  const args = page ? ['-f', String(page), '-l', String(page), pdf, '-'] : [pdf, '-'];
  return spawnSync('pdftotext', ['-layout', ...args], { encoding: 'utf8' }).stdout;
}

/** Text without spaces: pdftotext spaces out full-width brackets in chart titles. */
function squeezed(text: string): string {
  return text.replace(/\s+/g, '').replace(/\(/g, '(').replace(/\)/g, ')');
}

describe('LibreOffice renders the graded workbook', () => {
  it.skipIf(missing.length > 0)(`汇总 prints first, its charts are drawn, 问题 reads in Chinese${why}`, async () => {
    const dir = tempDir();
    const input = path.join(dir, 'march.xlsx');
    copyFileSync(path.join(repoRoot, 'samples/cs-competency.march.roster.xlsx'), input);
    const outcome = await gradeFile(input, { period: '2026-03' });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, outcome.report.output!], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const pdf = path.join(dir, readdirSync(dir).find((f) => f.endsWith('.pdf'))!);

    const first = pdfText(pdf, 1);
    expect(first).toContain('考核结果汇总');
    expect(first).toContain('考核月份:2026-03');
    expect(first).toContain('已评分 6/7 人');
    // The statistics page: the chart titles and axis labels come from the chart parts, so they prove the
    // charts were drawn, not just stored.
    const stats = squeezed(pdfText(pdf, 2));
    expect(stats).toContain('等级分布(人数)');
    expect(stats).toContain('总分分布(人数,百分制)');
    expect(stats).toContain('待改进');
    const all = pdfText(pdf);
    expect(all).toContain('不在可选项中');
    expect(all).toContain('unknown-choice');
  }, 180_000);
});
