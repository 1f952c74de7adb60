// Reviews of this session's record-log mends. Fixtures: test/fixtures/fx56v/ (a reviewer's mk5.py / mkv.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx56v', name);

describe('§3 a 状态 clause voiding its row by 记录 / 单 / 问卷 / 笔', () => {
  // 宏达装饰 (all 2s) voided, three customers at 10 on every item: 30 / 3 = 10 → 100.00 甲 (counted: (10 + 10 + 2 + 10) / 4
  // = 8 → 80.00 乙, at exit 0 without a word).
  it.each(['v1-gai-jilu.xlsx', 'v2-ci-dan.xlsx', 'v5-wenjuan.xlsx', 'v7-bi.xlsx'])('%s: set aside, said at its cell', async (name) => {
    const r = await gradedReport(fixture(name), { period: '2026-03' });
    expect(r.groups!.map((g) => g.band)).toEqual(['甲']);
    expect(r.problems.filter((p) => p.code === 'record-void').length).toBe(1);
  });
});

describe('§5 an April call-back log with one March 完工时间 and three blank', () => {
  it('is not March\'s for the one date: the log is April\'s, said (it was 4 orders, 2/4 = 50 % 待改进 at exit 0)', async () => {
    const r = await gradedReport(fixture('c1-april-log-one-march-finish.xlsx'), { form: 'install-followup', period: '2026-03' });
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toContain('records-sheet-period');
  });
});
