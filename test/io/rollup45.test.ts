// A month's table saved under two months' names (March's sheet sent as 202602.csv, then renamed 202603.csv).
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollupFiles } from '../../src/io/rollup/index.js';
import { repoRoot, tempDir } from '../helpers.js';

const fixture = (f: string) => path.join(repoRoot, 'test/fixtures/rollup45', f);

describe('rollup of two months with every person scored alike item by item (§13, months from the file names)', () => {
  it('is refused naming both files (March counted twice: 郑爽 (80 + 100 + 100) / 3 = 93.33 良好 for (80 + 100) / 2 = 90.00 一般)', async () => {
    const dir = tempDir();
    copyFileSync(fixture('202601.csv'), path.join(dir, '202601.csv'));
    copyFileSync(fixture('202602.csv'), path.join(dir, '202602.csv'));
    copyFileSync(fixture('202602.csv'), path.join(dir, '202603.csv'));
    const out = await rollupFiles([dir], { output: null });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.failures.map((p) => p.message)).toEqual(['202603.csv(2026-03)和 202602.csv(2026-02)里 5 人的各项得分完全相同,像是同一个月的表存成了两个月(文件名或考核月份写错,或复制后没改),汇总会把这个月算两次,没有汇总;请核对这两个文件的月份']);
    // January and March alone: 郑爽 (80 + 100) / 2 = 90.00 一般.
    const two = tempDir();
    copyFileSync(fixture('202601.csv'), path.join(two, '202601.csv'));
    copyFileSync(fixture('202602.csv'), path.join(two, '202603.csv'));
    const ok = await rollupFiles([two], { output: null });
    if (!ok.ok) throw new Error(ok.failures[0]!.message);
    const zheng = ok.report.result.people.find((p) => p.name === '郑爽')!;
    expect([zheng.total, zheng.band]).toEqual([90, '一般']);
  });
});
