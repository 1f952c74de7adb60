// fx63g (review 63): columns of points lost a team adds to a roster. CATALOG §8: 张三 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77,
// losing 客户回访率 2, 表格管理 5, 日常服务规范 4, 回访问题处理效率 7, 处理能力 1, 态度 2, 工作纪律 2 = 23; 李四 100; 王五 77 + 2 = 79.
// §11: 30 + 20 + 8 + 5 + 12 + 4 + 8 = 87 (咨询答复质量 loses 2; 13 in all); 张三 − 减分 2 = 85, 李四 87, 王五 − 3 = 84.
// §12: 张三 18 + (40 − 3 × 0.5) + (40 − 3 × 0.5) = 95 (losing 2 + 1.5 + 1.5 = 5); 李四 100; 王五 16 + 39 + 38 = 93.
// Fixtures: test/fixtures/fx63g (the review's, and make.py for e09 / m25).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/fx63g', f);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const totals = (r: Report) => r.people.map((p) => [p.name, p.total]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell]);
const M = { form: 'mattress-cs-monthly' } as const;

describe('§8 a 扣分 among the items: compared with where it stands, not with any item anywhere', () => {
  it('「扣分」 5 after 工作纪律 (loses 2; 23 from the first item, 23 in all): 表格管理\'s 5 is no match — refused naming 工作纪律', async () => {
    const r = await gradedReport(at('m11-kou-after-jilv-5.xlsx'), M);
    expect(totals(r)).toEqual([['张三', null], ['李四', 100], ['王五', 79]]);
    expect(errors(r)).toEqual([['lost-points-differ', 'T2']]);
    expect(r.problems.find((p) => p.cell === 'T2')!.message).toContain('「扣分」在「工作纪律」的列之后,填写为 5,「工作纪律」按评分规则扣 2 分');
  });
  it('「扣分(玩手机)」 5 there too; 「扣分小计」 2 after 日常服务规范 (4; 2 + 5 + 4 = 11): refused', async () => {
    expect(errors(await gradedReport(at('m12-kou-note-after-jilv-5.xlsx'), M))).toEqual([['lost-points-differ', 'T2']]);
    expect(errors(await gradedReport(at('m13-xiaoji-after-fuwu-2.xlsx'), M))).toEqual([['lost-points-differ', 'L2']]);
  });
  it('「扣分」 after each item, 4 after 工作纪律 (2; 处理能力 1 + 态度 2 + 2 = 5 since the previous one): refused; 2 agrees (m22)', async () => {
    expect(errors(await gradedReport(at('m23-kou-after-each-jilv4.xlsx'), M))).toEqual([['lost-points-differ', 'W2']]);
    const r = await gradedReport(at('m22-kou-after-each.xlsx'), M);
    expect(totals(r)).toEqual([['张三', 77], ['李四', 100], ['王五', 79]]);
    expect(errors(r)).toEqual([]);
  });
  it('a running subtotal agrees: 「扣分小计」 11 after 日常服务规范 = 2 + 5 + 4; 「扣分合计」 2 before 奖惩分 = 工作纪律\'s 2', async () => {
    for (const f of ['m10-xiaoji-running.xlsx', 'm09-heji-before-points-2.xlsx']) {
      const r = await gradedReport(at(f), M);
      expect(totals(r)).toEqual([['张三', 77], ['李四', 100], ['王五', 79]]);
      expect(errors(r)).toEqual([]);
    }
  });
});

describe('§8 several columns of the whole: each compared', () => {
  it('「扣分合计」 and 「总扣分」 both 25 (23 lost): both refused; 总扣分 25 beside 扣分合计 / 扣分小计 23: refused at Z2', async () => {
    expect(errors(await gradedReport(at('m07-two-sums-25.xlsx'), M))).toEqual([['lost-points-differ', 'V2'], ['lost-points-differ', 'W2']]);
    expect(errors(await gradedReport(at('m06-all-zong25.xlsx'), M))).toEqual([['lost-points-differ', 'Z2']]);
  });
  it('all six agreeing (服务 4, 纪律 2, 23 three times; 回访扣分 names two items, ignored): 77 / 100 / 79', async () => {
    const r = await gradedReport(at('m05-all-agree.xlsx'), M);
    expect(totals(r)).toEqual([['张三', 77], ['李四', 100], ['王五', 79]]);
    expect(errors(r)).toEqual([]);
  });
});

describe('§8 纪律扣分 typed as text or an uncached formula', () => {
  it('「2+3」「迟到扣2分,玩手机扣3分」「扣2分+扣3分」「5分(玩手机)」「２+３」: 5 each, 工作纪律 loses 2 — all refused', async () => {
    const r = await gradedReport(at('m20-jilv-texts.xlsx'), M);
    expect(totals(r).map(([, t]) => t)).toEqual([null, null, null, null, null]);
    expect(errors(r)).toEqual(['T2', 'T3', 'T4', 'T5', 'T6'].map((c) => ['lost-points-differ', c]));
  });
  it('=2+3 with no result saved: refused as an uncached formula (钱七 blank: 77)', async () => {
    const r = await gradedReport(at('m21-jilv-formula.xlsx'), M);
    expect(errors(r)).toEqual(['T2', 'T3', 'T4', 'T5'].map((c) => ['formula-without-result', c]));
    expect(totals(r).at(-1)).toEqual(['钱七', 77]);
  });
  it('words with no points (「迟到、玩手机」) warned, the person scored; 「2+0」 and 「迟到扣2分」 agree (2)', async () => {
    const r = await gradedReport(at('m25-jilv-words.xlsx'), M);
    expect(totals(r)).toEqual([['张三', 77], ['李四', 77], ['王五', 79], ['赵六', 77], ['钱七', 77]]);
    expect(errors(r)).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'lost-points-differ').map((p) => [p.severity, p.cell])).toEqual([['warning', 'T2']]);
  });
});

describe('§11 shop-cs-monthly', () => {
  const S = { form: 'shop-cs-monthly' } as const;
  it('a whole 「扣分」 at the end: 2 / – / 3 (the 减分s) agree; 张三 5 (13 lost, −2 减分) refused; 李四 2 (no 减分) is 咨询答复质量\'s 2, the rules\' deductions', async () => {
    const ok = await gradedReport(at('s02-kou-end-agree.xlsx'), S);
    expect(totals(ok)).toEqual([['张三', 85], ['李四', 87], ['王五', 84]]);
    expect(errors(ok)).toEqual([]);
    const r = await gradedReport(at('s03-kou-end-differ.xlsx'), S);
    // 李四: 咨询答复质量 (a deduction item) loses 2, the points the rules took by count: agrees (review 63 of 1762ae2a), 87.
    expect(totals(r)).toEqual([['张三', null], ['李四', 87], ['王五', 84]]);
    expect(errors(r)).toEqual([['lost-points-differ', 'R2']]);
  });
  it('「扣分」 after 咨询答复质量 (loses 2): 2 agrees, 5 refused', async () => {
    expect(errors(await gradedReport(at('s08-kou-after-zixun.xlsx'), S))).toEqual([]);
    expect(errors(await gradedReport(at('s09-kou-after-zixun-5.xlsx'), S))).toEqual([['lost-points-differ', 'K2']]);
  });
  it('减分 renamed 「扣分合计」 / 「总扣分」 in its place beside 减分原因: 张三 2 and 王五 3 unread — refused, 李四 87', async () => {
    for (const f of ['s05-jianfen-renamed-heji.xlsx', 's07-jianfen-renamed-zong.xlsx']) {
      const r = await gradedReport(at(f), S);
      expect(totals(r)).toEqual([['张三', null], ['李四', 87], ['王五', null]]);
      expect(errors(r)).toEqual([['unknown-column', 'P2'], ['unknown-column', 'P4']]);
    }
  });
});

describe('§12 express-cs', () => {
  const E = { form: 'express-cs' } as const;
  it('a whole 「扣分」 at the end: 5 / 0 / 7 agree; 张三 7 refused (5 lost)', async () => {
    expect(errors(await gradedReport(at('e02-kou-end-agree.xlsx'), E))).toEqual([]);
    const r = await gradedReport(at('e03-kou-end-differ.xlsx'), E);
    expect(totals(r)).toEqual([['张三', null], ['李四', 100], ['王五', 93]]);
    expect(errors(r)).toEqual([['lost-points-differ', 'R2']]);
  });
  it('「扣分」 after 话务质量: 3.5 = 2 + 1.5 from the first item agrees; 4 refused naming 话务质量', async () => {
    expect(totals(await gradedReport(at('e07-kou-among-differ.xlsx'), E))).toEqual([['张三', 95], ['李四', 100], ['王五', 93]]);
    const r = await gradedReport(at('e09-kou-among-4.xlsx'), E);
    expect(errors(r)).toEqual([['lost-points-differ', 'Q2']]);
    expect(r.problems.find((p) => p.cell === 'Q2')!.message).toContain('「扣分」在「话务质量」的列之后,填写为 4,「话务质量」按评分规则扣 1.5 分,左边各项共扣 3.5 分,各项合计扣 5 分');
  });
});

describe('review 63 of 1762ae2a: the rules\' deductions as a whole; no running sum past a column before it', () => {
  const K = (f: string) => path.join(repoRoot, 'test/fixtures/fx63g', f);
  it('§12 「扣分」 3 = (3 + 3) × 0.5 of the counted items (员工的工作效率 loses 2 more by the supervisor\'s marks): 95 优秀, accepted', async () => {
    const r = await gradedReport(K('e1-kou-violations.xlsx'), { form: 'express-cs' });
    expect(errors(r)).toEqual([]);
    expect(totals(r)).toEqual([['张三', 95], ['李四', 100], ['王五', 93]]);
  });
  it('§8 a 扣分 after each item, 11 after 日常服务规范 (loses 4; 2 + 5 + 4 only as a running sum past the 扣分 after 表格管理): refused at M2', async () => {
    expect(errors(await gradedReport(K('m8-each-fuwu11.xlsx'), M))).toEqual([['lost-points-differ', 'M2']]);
  });
});
