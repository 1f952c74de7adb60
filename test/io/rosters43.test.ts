// Rosters teams build themselves: findings of the forty-third session.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/rosters43', name);

describe('§17 「出勤」 (days attended) beside 「迟到早退缺勤次数」', () => {
  it('the count is read, 「出勤」 set aside: 张三 0 → 10 + 20 + 30 + 20 + 20 = 100; 李四 1 → 8 + 15 + 25 + 15 + 15 = 78; 王五 95 (22 days were 22 lapses: 92, 72, 87)', async () => {
    const report = await gradedReport(fixture('probation-attendance.xlsx'), { form: 'probation' });
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['张三', 100], ['李四', 78], ['王五', 95]]);
  });
});

describe('§30 indicators named as CATALOG writes them (「清晰表达, 合适的语言和口吻」, 「服务思维,个性化服务」)', () => {
  it('are read (all three were refused): 94.00, 80.00, 68.50 as with the form\'s own names', async () => {
    const report = await gradedReport(fixture('ability-catalog-wording.xlsx'));
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['张三', 94], ['李四', 80], ['王五', 68.5]]);
  });
});

