// Record logs and exports: findings of the forty-third session.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/records43', name);

describe('§3 a survey site\'s export (问卷星: 提交答卷时间) of two months', () => {
  it('is said to pool 2026-02 and 2026-03, as under a 回访日期 heading', async () => {
    // Two answers of 2026/2/25 and 2/27, two of 3/7 and 3/9: pooled they are 满意度指数 77.50 丙; March alone (6.5, 7,
    // 7.5, 6 → 6.75 → 67.5) is 丁 — the month's band moved without a word.
    const report = await gradedReport(fixture('survey-submitted.csv'), { form: 'satisfaction-monthly' });
    expect(report.problems.filter((p) => p.code === 'records-months').map((p) => [p.cell, p.message])).toEqual([
      ['B1', '工作表「survey-submitted」的「提交答卷时间」列有 2 个月的客户(2026-02、2026-03),「客户满意度每月记录表」按一个月统计,这些客户已合在一起算;要每个月的结果,请每月一个文件分别评分'],
    ]);
  });
});

describe('§11 a comparison export: 上月 | 本月 merged over two sets of figures', () => {
  it('reads 本月: 王芳 86.50, 李强 100.75, 张敏 56.46, 刘洋 83.00 (上月 was read: 79.58 待改进 K 0.8 …)', async () => {
    const report = await gradedReport(fixture('shop-roster-compare.xlsx'), { data: fixture('export-compare.xlsx') });
    expect(report.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100])).toEqual([['王芳', 86.5], ['李强', 100.75], ['张敏', 56.46], ['刘洋', 83]]);
  });
});

describe('§11 an export written by pandas (工号 1001.0, counts 500.0)', () => {
  it('matches the roster\'s 1001 as --pay does: 86.50, 100.75, 56.46, 83.00 (nobody was matched: exit 1)', async () => {
    const report = await gradedReport(fixture('shop-roster-pandas.xlsx'), { data: fixture('export-pandas.csv') });
    expect(report.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100])).toEqual([['王芳', 86.5], ['李强', 100.75], ['张敏', 56.46], ['刘洋', 83]]);
  });
});

