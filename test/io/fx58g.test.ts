// §15 HR's table of two interviewers among the raters' copies combined (`kpi score HR汇总.xlsx 赵总.xlsx`): its columns
// headed 「面试官王 | 面试官李」 (面试官 and a surname) were not read — alone 「请把列名改为面试官1」 — and, combined, the file
// was dropped without a word: every candidate 4.00 优秀 / 强烈推荐 from 赵总's copy alone at exit 0, for 3.20 良好 / 推荐.
// Fixtures: test/fixtures/fx58g/ (make.py says how each was made).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedReport, gradedReport, repoRoot } from '../helpers.js';

const at = (...f: string[]) => path.join(repoRoot, 'test/fixtures/fx58g', ...f);
const totals = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100, p.band]);

// 面试官王: 第1–3题 优秀 (4), 第4–6题 良好 (3), 第7–15题 一般 (2); 面试官李: all 良好 (3). 赵总: all 优秀 (4).
describe('§15 interviewers\' columns headed 面试官 and a surname (面试官王 | 面试官李)', () => {
  it('combined with 赵总\'s copy: three interviewers, (3 × 11/3 + 3 × 10/3 + 9 × 3) / 15 = 3.20 良好 推荐 (4.00 优秀 at exit 0)', async () => {
    const r = await combinedReport([at('hr-dropped', 'HR汇总.xlsx'), at('hr-dropped', '赵总.xlsx')]);
    // 第1–3题 (4 + 3 + 4)/3 = 11/3, 第4–6题 (3 + 3 + 4)/3 = 10/3, 第7–15题 (2 + 3 + 4)/3 = 3: (11 + 10 + 27) / 15 = 3.20.
    expect(totals(r)).toEqual([['张三', 3.2, '良好'], ['李四', 3.2, '良好'], ['王五', 3.2, '良好']]);
    expect(r.problems).toEqual([]);
  });

  it('alone: two interviewers, (3 × 7/2 + 3 × 3 + 9 × 5/2) / 15 = 2.80 良好 (refused: 「请把列名改为面试官1」)', async () => {
    const r = await gradedReport(at('hr-dropped', 'HR汇总.xlsx'));
    // 第1–3题 (4 + 3)/2, 第4–6题 3, 第7–15题 (2 + 3)/2: (10.5 + 9 + 22.5) / 15 = 2.80.
    expect(totals(r)).toEqual([['张三', 2.8, '良好'], ['李四', 2.8, '良好'], ['王五', 2.8, '良好']]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('面试官王 beside 王经理\'s own copy filled alike (HR signed 「王经理、李主管」): one interviewer — 2.80 良好 (2.73 一般 at exit 0)', async () => {
    const r = await combinedReport([at('surname', 'HR汇总.xlsx'), at('surname', '王经理.xlsx')]);
    // 王经理 once (39/15 = 2.60) and 李主管 (3.00): 2.80. Twice: (39 + 39 + 45) / 45 = 2.73.
    expect(totals(r)).toEqual([['张三', 2.8, '良好'], ['李四', 2.8, '良好'], ['王五', 2.8, '良好']]);
    expect(r.problems.filter((p) => p.code === 'rater-duplicate').map((p) => [p.person, p.severity])).toEqual([['张三', 'warning'], ['李四', 'warning'], ['王五', 'warning']]);
    expect(r.problems.find((p) => p.code === 'rater-duplicate')!.message).toContain('的「面试官王」一栏与它逐项相同,是同一位面试官:只计一次');
  });

  it('nearest sound variant: 王总\'s own copy, all 良好, HR signed 人事部 — another interviewer, three averaged: 2.87 良好, nothing said', async () => {
    const r = await combinedReport([at('surname-other', 'HR汇总.xlsx'), at('surname-other', '王总.xlsx')]);
    // 第1–3题 (4 + 3 + 3)/3 = 10/3, 第4–6题 3, 第7–15题 (2 + 3 + 3)/3 = 8/3: (10 + 9 + 24) / 15 = 43/15 = 2.87.
    expect(totals(r)).toEqual([['张三', 2.87, '良好'], ['李四', 2.87, '良好'], ['王五', 2.87, '良好']]);
    expect(r.problems).toEqual([]);
  });
});

describe('§15 a copy combined of which nothing is read is never dropped without a word', () => {
  it('HR\'s columns 「王经理 | 李主管」 beside 王经理\'s own copy: the unread columns\' error on each candidate (2.60 一般 from 王经理 alone at exit 0)', async () => {
    const r = await combinedReport([at('names', 'HR汇总.xlsx'), at('names', '王经理.xlsx')]);
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error', 'error']);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toContain(
      '张三!F9:张三:这一格的「优秀」在没有认出的列「王经理」里(像是「面试官1」),没有计入,此人不评分;请把列名改为「面试官1」后重新评分',
    );
  });

  it('an interviewer\'s copy signed and left blank: scored from the others as before, with a warning naming it', async () => {
    const dir = path.join(repoRoot, 'test/fixtures/raters45/interview-blank');
    const r = await combinedReport(['面试官王五.xlsx', '面试官李四.xlsx', '面试官赵六.xlsx'].map((f) => path.join(dir, f)));
    expect(totals(r)).toEqual([['赵敏', 3.07, '良好'], ['钱亮', 2.1, '一般']]);
    expect(r.problems.filter((p) => p.code === 'no-people').map((p) => [p.severity, p.message])).toEqual([
      ['warning', '面试官赵六.xlsx:没有读到「客服人员面试评价表」的任何评分,这份没有计入合并评分;如果填写了,请检查评分人和列名'],
    ]);
  });
});
