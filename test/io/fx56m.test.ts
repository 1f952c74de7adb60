// Review of 68c824b9 / 574e6123: §17 「考勤」 where 准时出勤 stood — any text outside saysNothingOff's list took the column
// for a team's own and the counts beside it went unread: 「迟到3次」/「迟到5次」, 3/「迟到5次」, or 3/5 beside 「无旷工」,
// 「出勤正常」, 「无迟到早退」 gave 张三 100 优秀, 李四 80 良好 at exit 0 (a warning only) for 4 + 20 + 30 + 20 + 20 = 94 优秀 and
// 2 + 15 + 25 + 15 + 15 = 72 一般 (3 lapses → 4, 5 > 3 → 2); points 「10分」/「8分」/「0分」 gave 李四 80 for 8 + 70 = 78 一般.
// §8 「旷工扣分」 「无旷工」 was refused; 「5分」 there was advised a rename that reads 5 as five 旷工 (M7 0 for 5).
// Fixtures: test/fixtures/fx56m/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx56m', f);
const rows = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.status, p.total]);
const refusedAt = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity === 'error').map((p) => p.cell);

describe('§17 「考勤」 where 准时出勤 stood: counts with their word, more words of none, text kpi cannot read, points', () => {
  it('「迟到3次」 and 3 beside 「迟到5次」, or 3 / 5 beside 「无旷工」 「出勤正常」 「无迟到早退」: 张三 and 李四 refused, 王五 none off — 10 + 15 + 25 + 20 + 20 = 90', async () => {
    for (const f of ['kq-chidao-ci.xlsx', 'kq-mixed.xlsx', 'kq-wukuanggong.xlsx', 'kq-chuqinzhengchang.xlsx', 'kq-wuchidaozaotui.xlsx']) {
      const r = await gradedReport(at(f));
      expect([f, rows(r)]).toEqual([f, [['张三', 'error', null], ['李四', 'error', null], ['王五', 'scored', 90]]]);
      expect(refusedAt(r)).toEqual(['H2', 'H3']);
    }
  });

  it('text kpi cannot read beside counts (「全勤√」) refuses that person, the column not dropped', async () => {
    const r = await gradedReport(at('kq-quanqin-tick.xlsx'));
    expect(rows(r)).toEqual([['张三', 'error', null], ['李四', 'error', null], ['王五', 'error', null]]);
    expect(refusedAt(r)).toEqual(['H2', 'H3', 'H4']);
  });

  it('points 「10分」 「8分」 「0分」 (8 + 70 = 78 一般 were they points, 80.00 at exit 0): all three refused, told to fill the count', async () => {
    const r = await gradedReport(at('kq-points.xlsx'));
    expect(rows(r)).toEqual([['张三', 'error', null], ['李四', 'error', null], ['王五', 'error', null]]);
    const h4 = r.problems.find((p) => p.cell === 'H4')!;
    expect(h4.message).toContain('填的像是分数');
    expect(h4.message).toContain('并在这一格填次数(不是分数)');
    expect(r.problems.find((p) => p.cell === 'H1')!.message).toContain('并改填次数(不是分数)');
  });

  it('as before: 「0分」 beside counts is none (王五 90), and notes with no count (「按时」 「请假1天」 「全勤」) are the team\'s own — 10 + 90 = 100, 10 + 70 = 80, 90', async () => {
    const zero = await gradedReport(at('kq-0fen.xlsx'));
    expect(rows(zero)).toEqual([['张三', 'error', null], ['李四', 'error', null], ['王五', 'scored', 90]]);
    const notes = await gradedReport(at('kq-notes.xlsx'));
    expect(rows(notes)).toEqual([['张三', 'scored', 100], ['李四', 'scored', 80], ['王五', 'scored', 90]]);
    expect(refusedAt(notes)).toEqual([]);
  });
});

describe('§8 「旷工扣分」', () => {
  it('「无旷工」 is nothing off: 王芳 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79, 李强 100; 「5分」 refused, told to fill the count of 旷工, not the points', async () => {
    const r = await gradedReport(at('kou-wukuanggong.xlsx'));
    const of = (n: string) => r.people.find((p) => p.name === n)!;
    expect([of('王芳').total, of('李强').total, of('张敏').status]).toEqual([79, 100, 'error']);
    expect(r.problems.some((p) => p.cell === 'Q2' || p.cell === 'Q3')).toBe(false);
    expect(r.problems.find((p) => p.cell === 'Q4')!.message).toContain('「工作纪律·旷工」填的是次数:请把列名改为「工作纪律·旷工」,并在这一格填次数(不是分数)后重新评分');
  });
});
