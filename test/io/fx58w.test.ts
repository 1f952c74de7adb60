// Review of 54398452 (§15 「面试官王」 = group + surname read as an interviewer). HR's 「面试官王 | 面试官王五」, signed
// 「王经理、王五」, beside 王五's own copy filled as the 面试官王五 column: the surname column was matched to 王五 as well, and
// every candidate refused at exit 1 (「「面试官王、面试官王五」一栏也是王五评的,两处评分不同」) for 2.80 良好 / 推荐. And §9's
// supervisor headed 「主管王」 was unread — each person refused as having only 自评、同事评、客户评 — for 82.00 良好.
// Fixtures: test/fixtures/fx58w/ (make.py says how each was made).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, gradedReport, repoRoot } from '../helpers.js';

const at = (...f: string[]) => path.join(repoRoot, 'test/fixtures/fx58w', ...f);
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100, p.band]);
const duplicates = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code === 'rater-duplicate').map((p) => [p.person, p.severity]);

// 面试官王: 第1–3题 优秀 (4), 第4–6题 良好 (3), 第7–15题 一般 (2); 面试官王五: all 良好 (3). HR signed 「王经理、王五」.
describe('§15 a surname column beside a column naming the member in full (面试官王 | 面试官王五)', () => {
  it('王五\'s own copy filled as 面试官王五: two interviewers, 王五 once — 42/15 = 2.80 良好 (refused at exit 1)', async () => {
    const r = await combinedReport([at('wangwu', 'HR汇总.xlsx'), at('wangwu', '王五.xlsx')]);
    // 第1–3题 (4 + 3)/2 = 3.5, 第4–6题 3, 第7–15题 (2 + 3)/2 = 2.5: (3 × 3.5 + 3 × 3 + 9 × 2.5) / 15 = 42/15 = 2.80.
    expect(totals(r)).toEqual([['张三', 2.8, '良好'], ['李四', 2.8, '良好']]);
    expect(r.people.map((p) => p.status)).toEqual(['scored', 'scored']);
    expect(duplicates(r)).toEqual([['张三', 'warning'], ['李四', 'warning']]);
    const message = r.problems.find((p) => p.code === 'rater-duplicate')!.message;
    expect(message).toContain('的「面试官王五」一栏与它逐项相同,是同一位面试官:只计一次');
    expect(message).not.toContain('面试官王、');
  });

  it('王五\'s own copy changed on 第14–15题: still refused, naming his own column only (not 面试官王)', async () => {
    const r = await combinedReport([at('wangwu-changed', 'HR汇总.xlsx'), at('wangwu-changed', '王五.xlsx')]);
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error']);
    expect(duplicates(r)).toEqual([['张三', 'error'], ['李四', 'error']]);
    expect(r.problems.find((p) => p.code === 'rater-duplicate')!.message).toContain('HR汇总.xlsx 张三!B2 的「面试官王五」一栏也是王五评的,两处评分不同');
  });

  it('nearest sound variant: 王经理\'s own copy filled as 面试官王 — still his column, counted once: 2.80 良好 with a warning', async () => {
    const r = await combinedReport([at('wangjl', 'HR汇总.xlsx'), at('wangjl', '王经理.xlsx')]);
    // 王经理 once (A) and 王五 (B): (3 × 3.5 + 3 × 3 + 9 × 2.5) / 15 = 2.80.
    expect(totals(r)).toEqual([['张三', 2.8, '良好'], ['李四', 2.8, '良好']]);
    expect(duplicates(r)).toEqual([['张三', 'warning'], ['李四', 'warning']]);
    expect(r.problems.find((p) => p.code === 'rater-duplicate')!.message).toContain('的「面试官王」一栏与它逐项相同,是同一位面试官:只计一次');
  });

  it('王经理\'s own copy changed on 第14–15题: 面试官王 is still his by the signature — refused as before', async () => {
    const r = await combinedReport([at('wangjl-changed', 'HR汇总.xlsx'), at('wangjl-changed', '王经理.xlsx')]);
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error']);
    expect(r.problems.find((p) => p.code === 'rater-duplicate')!.message).toContain('的「面试官王」一栏也是王经理评的,两处评分不同');
  });
});

// 自评 优秀 (weight 0), the supervisor 良好 (80), 同事 优秀 | 一般 (100, 60), 客户评 优秀 | 良好 (100, 80), on every item.
describe('§9 the supervisor\'s column headed with a surname (主管王, 王主管)', () => {
  // Each item 80 × 70 % + (100 + 60)/2 × 10 % + (100 + 80)/2 × 20 % = 56 + 8 + 18 = 82; the mean of five 82s = 82.00 良好.
  const cases = [
    ['c9-zhuguanwang.xlsx', '主管王 (refused as 「只有自评、同事评、客户评的评分」)'],
    ['c9-wangzhuguan.xlsx', '王主管 (refused likewise)'],
    ['c9-zhuguanping.xlsx', 'nearest sound variant 主管评, as before'],
  ];
  for (const [file, what] of cases) {
    it(`${what}: 82.00 良好, nothing said`, async () => {
      const r = await gradedReport(at(file));
      expect(totals(r)).toEqual([['张三', 82, '良好'], ['李四', 82, '良好']]);
      expect(r.problems).toEqual([]);
    });
  }

  it('主管评 | 主管王 with different marks: the supervisor\'s column twice, refused (not one of them set aside)', async () => {
    const r = await gradedReport(at('c9-both.xlsx'));
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error']);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(Array(10).fill('duplicate-entry'));
  });
});
