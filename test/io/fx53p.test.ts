// Regressions of the pasted-copy and 「作废」 reading (fx53h): genuine answers set aside as a copy, a voided row taking
// its department's 部门月度得分 with it, 「无效」 (a reason) read as a void mark, remarks with 删除/不计 in a sentence asked about.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../../src/io/outcome.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx53p', f);
const dept = (r: GradeReport, key: string) => r.groups!.find((g) => g.grouping === 'dept' && g.keyText === key)!;
const said = (r: GradeReport, code: string) => r.problems.filter((p) => p.code === code);
const pasted = (r: GradeReport) => said(r, 'duplicate-record').filter((p) => p.message.includes('又粘贴了一遍的副本'));

// §21 answers: A = 优秀 ×5 → 100; B = 优秀 良好 良好 优秀 良好 → 440 ÷ 5 = 88; C = 良好 良好 一般 良好 良好 → 380 ÷ 5 = 76.
describe('§21/§3/§23 answers alike are counted, not set aside as a pasted copy', () => {
  const cases = [
    // 散客, 序号 1–7, A B C A B C A: (3 × 100 + 2 × 88 + 2 × 76) ÷ 7 = 628 ÷ 7 = 89.71 良好 (was 4 answers, 91.00 优秀).
    ['p2b-sat21-seq-sanke.xlsx', 7, 89.71, '良好'],
    // 匿名用户, own 序号 and 提交答卷时间, A B C A B C A A: (4 × 100 + 2 × 88 + 2 × 76) ÷ 8 = 728 ÷ 8 = 91 (was 5, 92.8).
    ['p6-sat21-wjx-export-distinct-times.xlsx', 8, 91, '优秀'],
    // 匿名, A A B A A B straight under each other: (4 × 100 + 2 × 88) ÷ 6 = 576 ÷ 6 = 96 (was 3).
    ['p1-sat21-anon-aab.xlsx', 6, 96, '优秀'],
    // 匿名, A B A C A, a blank row, B A C B: (4 × 100 + 3 × 88 + 2 × 76) ÷ 9 = 816 ÷ 9 = 90.67 (was 6, 92).
    ['p2-sat21-anon-weeks-gap.xlsx', 9, 90.67, '优秀'],
    // 匿名, A A A B A A A B: (6 × 100 + 2 × 88) ÷ 8 = 776 ÷ 8 = 97 (was 4).
    ['p4-sat21-anon-aaab.xlsx', 8, 97, '优秀'],
  ] as const;
  for (const [file, n, score, band] of cases) {
    it(`${file}: ${n} customers, ${score} ${band}`, async () => {
      const r = await gradedReport(at(file));
      expect(r.records).toMatchObject({ total: n, ok: n });
      expect(r.groups![0]!.band).toBe(band);
      expect(r.groups![0]!.figures.score).toBeCloseTo(score, 2);
      expect(pasted(r)).toEqual([]);
    });
  }

  it('§3 匿名 weeks under their own title and heading (第1周 a b c a, 第2周 b c a b): 8 customers, index 91.875 甲', async () => {
    // a = 9 ×4, b = 10 ×4, c = 8 9 8 8 → 8.25: (3 × 9 + 3 × 10 + 2 × 8.25) ÷ 8 = 73.5 ÷ 8 = 9.1875, × 10 = 91.875 (was 5).
    const r = await gradedReport(at('p3-sat3-anon-weekly-titles.xlsx'));
    expect(r.records).toMatchObject({ total: 8, ok: 8 });
    expect(r.groups![0]).toMatchObject({ band: '甲', figures: { responses: 8, index: 91.875 } });
    expect(pasted(r)).toEqual([]);
  });

  it('§23 without 评价项目, two workshops\' six answers each in blocks: 12 answers, g = 4 → 较好, 0.5 ÷ 0.9 = 0.56', async () => {
    const r = await gradedReport(at('w2-ws23-noitem-6q.xlsx'));
    expect(dept(r, '2026-03·仓储部').figures).toMatchObject({ answers: 12, served: 2, g: 4, level: '较好', deduction: 0.56 });
    expect(pasted(r)).toEqual([]);
  });

  it('named customers 1–4 again under a repeated heading, 序号 continued 5–8: the copy set aside, (2 × 100 + 88 + 76) ÷ 4 = 91', async () => {
    const r = await gradedReport(at('seq-continued.xlsx'));
    expect(r.records).toMatchObject({ total: 4, ok: 4 });
    expect(r.groups![0]!.figures.score).toBe(91);
    expect(pasted(r).map((p) => p.message)).toEqual([expect.stringContaining('第 9–12 行(4 条)与第 3–6 行逐行相同')]);
  });

  it('the same with 匿名 customers: all 8 counted, (4 × 100 + 2 × 88 + 2 × 76) ÷ 8 = 91, the repeats said', async () => {
    const r = await gradedReport(at('seq-continued-anon.xlsx'));
    expect(r.records).toMatchObject({ total: 8, ok: 8 });
    expect(pasted(r)).toEqual([]);
    expect(said(r, 'duplicate-record').length).toBe(3);
  });
});

describe('§23 a row set aside by 「作废」 keeps its department\'s 部门月度得分', () => {
  it('仓储部 92 on the voided row: 2号 不满意, 一般 below → u = 1 → 较好, 0.5 ÷ 0.9 = 0.56, 92 − 0.56 = 91.44', async () => {
    // Row 3 (1号车间 不满意, 原因 「作废」, 部门月度得分 92) set aside; rows 4–6 and 28 (1号车间 一般 「更正:上面一行作废」,
    // nine characters: a sentence, not asked about) counted: 4 answers, 4 workshops → 0.9.
    const r = await gradedReport(at('v4-ws23-void-carries-monthly.xlsx'));
    expect(dept(r, '2026-03·仓储部').figures).toMatchObject({ answers: 4, served: 4, u: 1, g: 1, level: '较好', deduction: 0.56, monthly: 92, after: 91.44 });
    expect(said(r, 'record-void').map((p) => p.cell)).toEqual(['F3']);
  });
});

describe('「无效」 is a reason; 删除/不计 inside a sentence is not asked about', () => {
  it('§23 设备部 原因 「无效」 beside 不满意: counted, u = 2 → 较差, 1 ÷ 0.9 = 1.11, 95 − 1.11 = 93.89', async () => {
    const r = await gradedReport(at('v1-ws23-reason-wuxiao.xlsx'));
    expect(dept(r, '2026-03·设备部').figures).toMatchObject({ answers: 4, u: 2, level: '较差', deduction: 1.11, after: 93.89 });
    expect(said(r, 'record-void')).toEqual([]);
  });

  it('§22 理由 「无效」 on a D: the questionnaire whole, 采购部 (810 + 700) ÷ 2 = 755 → 75.5', async () => {
    const r = await gradedReport(at('d1-dept22-reason-wuxiao.xlsx'));
    expect(dept(r, '2026-03·采购部').figures).toMatchObject({ initial: 755, shown: 75.5 });
    expect(said(r, 'record-void')).toEqual([]);
  });

  it('§23 「小问题不计较」「单据有删除线未签字」「上月作废单已补,本月又缺」: all counted, u = 2, g = 1 → 较差 1.11, nothing asked', async () => {
    const r = await gradedReport(at('v2-ws23-reason-words.xlsx'));
    expect(dept(r, '2026-03·仓储部').figures).toMatchObject({ answers: 5, u: 2, g: 1, level: '较差', deduction: 1.11 });
    expect(said(r, 'record-void')).toEqual([]);
  });

  it('§23 备注 「删除」 set aside; 「不计入车间考核」 and 「(无效)」 counted, not asked: u = 1 → 较好, 0.5 ÷ 0.9 = 0.56', async () => {
    const r = await gradedReport(at('v3-ws23-remark-col.xlsx'));
    expect(dept(r, '2026-03·质检部').figures).toMatchObject({ answers: 4, u: 1, level: '较好', deduction: 0.56 });
    expect(said(r, 'record-void').map((p) => p.cell)).toEqual(['H3']);
  });
});
