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

describe('§17 the count of 迟到/早退/缺勤 split into a column a kind', () => {
  it('「迟到次数」 | 「早退次数」 beside 「缺勤次数」, or 「迟到」 | 「早退」 | 「旷工」: refused at each kind\'s column (only 缺勤次数 was read: 李四 2 + 1 + 0 = 3 lapses → 4 points, 74 一般, scored 80 良好)', async () => {
    for (const [file, cells] of [['probation-split-counts.xlsx', ['D1', 'E1']], ['probation-kinds.xlsx', ['D1', 'E1', 'F1']]] as const) {
      const report = await gradedReport(fixture(file), { form: 'probation' });
      expect(report.people.every((p) => p.total === null), file).toBe(true);
      const said = report.problems.filter((p) => p.code === 'unknown-column' && p.severity === 'error' && !p.person);
      expect(said.map((p) => p.cell), file).toEqual(cells);
      expect(said[0]!.message).toContain('是「迟到/早退/缺勤次数」中的一种');
    }
  });
});

describe('§12 one rule\'s two behaviours in two columns (「态度不温和(次)」 | 「唉声叹气(次)」, 「闲聊(次)」 | 「未按静音(次)」)', () => {
  it('are refused as a count split by kinds, not read once as copies (张三 4 + 4 = 8 violations read as 4: 90.00 优秀 for 88 良好)', async () => {
    const report = await gradedReport(fixture('express-split.xlsx'), { form: 'express-cs' });
    expect(report.people.every((p) => p.total === null)).toBe(true);
    expect(report.problems.filter((p) => p.code === 'unknown-column' && p.severity === 'error' && !p.person).map((p) => p.cell)).toEqual(['E1', 'H1']);
  });
});

