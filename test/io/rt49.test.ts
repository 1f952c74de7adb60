// The forty-ninth session's red-team findings (fixtures: test/fixtures/rt49/make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/rt49', f);

describe('§17 probation: each person is reviewed on their own day (考核日期 is perPerson)', () => {
  // 张三 0 late → 10, 20 + 30 + 20 + 20 = 100; 李四 1 → 8, 15 + 25 + 15 + 15 = 78; 王五 3 → 4, 10 + 20 + 10 + 10 = 54.
  it('考核日期 3月20日, 4月3日, 4月10日 in one file: everyone scored, no 「考核月份不一致」 error (it was exit 1)', async () => {
    const report = await gradedReport(at('probation-dates.xlsx'), { form: 'probation' });
    expect(report.people.map((p) => [p.name, p.total, p.band])).toEqual([
      ['张三', 100, '优秀'],
      ['李四', 78, '一般'],
      ['王五', 54, '待改进'],
    ]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.problems.map((p) => p.code)).not.toContain('month-unknown');
  });
});
