// Review 59 of 05fdac10. §15: HR's 「面试官王 | 面试官王五」 signed 「王五」 alone, beside 王五's own copy filled as the 面试官王五
// column: that column was counted once (a warning), and the signature then took the rest of HR's record (面试官王) for 王五's
// too — 「「面试官(王五)」已在 HR汇总.xlsx 张三!B2 评过…分数不同」 on the same cell, every candidate refused at exit 1 for
// 2.80 良好 推荐. §9: a supervisor's column headed with a full name after the rater's word (主管王五, 主管王经理) was unread
// (「像是「主管评」」, each person refused as having only 自评、同事评、客户评) for 82.00 良好, as its mirror 王五主管 scores;
// and 主管王 | 主管李 was told as 「「业务知识能力·主管李」有两列」, naming the second column alone.
// Fixtures: test/fixtures/fx59e/ (make.py says how each was made).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, gradedReport, repoRoot } from '../helpers.js';

const at = (...f: string[]) => path.join(repoRoot, 'test/fixtures/fx59e', ...f);
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100, p.band]);
const duplicates = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.code === 'rater-duplicate').map((p) => [p.person, p.severity]);

// 面试官王: 第1–3题 优秀 (4), 第4–6题 良好 (3), 第7–15题 一般 (2); 面试官王五: all 良好 (3). HR signed 「王五」 alone.
describe('§15 HR\'s 面试官王 | 面试官王五 signed by 王五 alone, beside 王五\'s own copy', () => {
  it('his copy alike 面试官王五: counted once, 面试官王 the other interviewer — 2.80 良好 推荐 (refused at exit 1)', async () => {
    const r = await combinedReport([at('signed-wangwu', 'HR汇总.xlsx'), at('signed-wangwu', '王五.xlsx')]);
    // 第1–3题 (4 + 3)/2 = 3.5, 第4–6题 (3 + 3)/2 = 3, 第7–15题 (2 + 3)/2 = 2.5: (3 × 3.5 + 3 × 3 + 9 × 2.5) / 15 = 42/15 = 2.80.
    expect(totals(r)).toEqual([['张三', 2.8, '良好'], ['李四', 2.8, '良好']]);
    expect(r.people.map((p) => p.status)).toEqual(['scored', 'scored']);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(duplicates(r)).toEqual([['张三', 'warning'], ['李四', 'warning']]);
    expect(r.problems.find((p) => p.code === 'rater-duplicate')!.message).toContain('的「面试官王五」一栏与它逐项相同,是同一位面试官:只计一次');
  });

  it('nearest sound variant: his copy changed on 第14–15题 — still refused (which of his two counts is not kpi\'s call)', async () => {
    const r = await combinedReport([at('signed-wangwu-changed', 'HR汇总.xlsx'), at('signed-wangwu-changed', '王五.xlsx')]);
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error']);
    expect(r.problems.some((p) => p.code === 'rater-duplicate' && p.severity === 'error' && p.message.includes('的「面试官王五」一栏也是王五评的,两处评分不同'))).toBe(true);
  });
});

// 自评 优秀 (weight 0), the supervisor 良好 (80), 同事 优秀 | 一般 (100, 60), 客户评 优秀 | 良好 (100, 80), on every item.
describe('§9 the supervisor\'s column headed with the rater\'s word and a full name', () => {
  // Each item 80 × 70 % + (100 + 60)/2 × 10 % + (100 + 80)/2 × 20 % = 56 + 8 + 18 = 82; the mean of five 82s = 82.00 良好.
  const cases = [
    ['c9-zhuguanwangwu.xlsx', '主管王五 (refused: 「没有认出的列「主管王五」(像是「主管评」)」)'],
    ['c9-zhuguanwangjl.xlsx', '主管王经理 (refused likewise)'],
    ['c9-wangwuzhuguan.xlsx', 'nearest sound variant 王五主管, as before'],
  ];
  for (const [file, what] of cases) {
    it(`${what}: 82.00 良好, nothing said`, async () => {
      const r = await gradedReport(at(file));
      expect(totals(r)).toEqual([['张三', 82, '良好'], ['李四', 82, '良好']]);
      expect(r.problems).toEqual([]);
    });
  }

  it('主管单位 (a word beginning with a surname\'s character, no one\'s name): still unread, as before', async () => {
    const r = await gradedReport(at('c9-zhuguandanwei.xlsx'));
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error']);
    expect(r.problems.some((p) => p.message.includes('没有认出的列「主管单位」'))).toBe(true);
  });

  it('主管王 | 主管李 with different marks: refused, both columns named as two of one 主管评', async () => {
    const r = await gradedReport(at('c9-zhuguanwang-zhuguanli.xlsx'));
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error']);
    const said = r.problems.filter((p) => p.severity === 'error');
    expect(said.map((p) => p.code)).toEqual(Array(10).fill('duplicate-entry'));
    expect(said[0]!.message).toBe('张三!H7:张三:「业务知识能力」的「主管评」有两列:「主管王」G7 填「良好」,「主管李」这里填「优秀」;「主管评」只有一位,不知道取哪一个;请删去多余的一列(此人不评分)');
  });
});
