// Pay files numbering their rows 编号 1..N beside namesakes, and a 汇总 sheet repeated by one sheet a department.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/pay49', f);
// scheme-001.xlsx (cs-scheme-100, 工号 001–006): 张三 96 优秀 K 1.1, 李四 95 良好 K 1.0 (left-open), 王芳 90 一般 K 0.9,
// 王伟(004, 客服二部) 85 待改进 K 0.8, 赵六 95.5 优秀 K 1.1, 王伟(006, 客服一部) 90.5 良好 K 1.0. scheme-1701.xlsx: the same
// people as 工号 1701–1706. 基本工资 4000 on every pay row: 工资总额 = 4000 + 绩效奖金.
type Report = Awaited<ReturnType<typeof gradedReport>>;
const pay = (r: Report) => r.people.map((p) => [p.name, p.pay?.bonus ?? null, p.pay?.gross ?? null]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');

describe('a pay 编号 1..N in row order beside two 王伟', () => {
  it('is no 工号 001–007 when the names contradict it: 张三 his own 2500 × 1.1 = 2750.00 (孙七\'s 9000 × 1.1 = 9900.00 was paid)', async () => {
    const r = await gradedReport(at('scheme-001.xlsx'), { pay: at('pay-bianhao-rows.xlsx') });
    // By name: 张三 2500 × 1.1 = 2750, 4000 + 2750 = 6750; 李四 2000 × 1.0 = 2000 → 6000; 王芳 3000 × 0.9 = 2700 → 6700;
    // 赵六 4000 × 1.1 = 4400 → 8400. The two 王伟: two rows of the name, as in a file without 编号 — an error, unpaid.
    expect(pay(r)).toEqual([['张三', 2750, 6750], ['李四', 2000, 6000], ['王芳', 2700, 6700], ['王伟', null, null], ['赵六', 4400, 8400], ['王伟', null, null]]);
    expect(r.problems.some((p) => p.code === 'pay-mismatch')).toBe(false);
    expect(errors(r).every((p) => p.code === 'pay-duplicate' && p.message.includes('王伟'))).toBe(true);
    expect(r.problems.find((p) => p.code === 'pay-unused')!.message).toContain('「孙七」');
  });

  it('is no 工号 beside the form\'s 1701–1706: found by name — 张三 2000 × 1.1 = 2200.00 (everyone was 「没有」)', async () => {
    const r = await gradedReport(at('scheme-1701.xlsx'), { pay: at('pay-bianhao-1701.xlsx') });
    // 张三 2000 × 1.1 = 2200 → 6200; 李四 2100 × 1.0 = 2100 → 6100; 王芳 2200 × 0.9 = 1980 → 5980; 赵六 2400 × 1.1 = 2640 → 6640.
    expect(pay(r)).toEqual([['张三', 2200, 6200], ['李四', 2100, 6100], ['王芳', 1980, 5980], ['王伟', null, null], ['赵六', 2640, 6640], ['王伟', null, null]]);
    expect(r.problems.some((p) => p.code === 'pay-missing')).toBe(false);
  });

  it('that is the form\'s 工号 1..N with the same names stays their 工号: 王芳(1) 1000 × 79 % = 790, 王芳(3) 1200 × 85 % = 1020', async () => {
    const fixture = (f: string) => path.join(repoRoot, 'test/fixtures/review42', f);
    const r = await gradedReport(fixture('mattress-two-wangfang.xlsx'), { pay: fixture('pay-bianhao-gonghao.xlsx') });
    expect(r.people.filter((p) => p.name === '王芳').map((p) => p.pay?.bonus)).toEqual([790, 1020]);
  });
});

describe('a 汇总 sheet and one sheet a department repeating its rows', () => {
  // pcr-80.xlsx (property-cs-rating): everyone 80 points, 绩效工资 = 基数 × 80 / 100.
  it('with the same amounts: read once, said — 张三 2000 × 0.8 = 1600.00, 王芳 2400 × 0.8 = 1920.00 (six were 「出现两次」)', async () => {
    const r = await gradedReport(at('pcr-80.xlsx'), { pay: at('pay-summary-sheets.xlsx') });
    // 李四 2100 × 0.8 = 1680; 王伟(004) 2500 × 0.8 = 2000; 赵六 2200 × 0.8 = 1760; 王伟(006) 2300 × 0.8 = 1840; + 4000 each.
    expect(pay(r)).toEqual([['张三', 1600, 5600], ['李四', 1680, 5680], ['王芳', 1920, 5920], ['王伟', 2000, 6000], ['赵六', 1760, 5760], ['王伟', 1840, 5840]]);
    expect(errors(r)).toEqual([]);
    expect(r.problems.find((p) => p.code === 'pay-sheets-repeat')!.message).toContain('「客服一部」、「客服二部」重复了「汇总」里的 6 行');
  });

  it('with an amount that differs (王芳 2400 on 汇总, 2450 on 客服二部): still two rows, an error — not paid', async () => {
    const r = await gradedReport(at('pcr-80.xlsx'), { pay: at('pay-summary-sheets-differ.xlsx') });
    expect(r.people.find((p) => p.name === '王芳')!.pay).toBeUndefined();
    expect(errors(r).map((p) => [p.code, p.sheet])).toEqual([['pay-duplicate', '[pay-summary-sheets-differ.xlsx]客服二部']]);
    // The other five read once: 张三 2000 × 0.8 = 1600.
    expect(r.people.find((p) => p.name === '张三')!.pay?.bonus).toBe(1600);
    expect(r.problems.find((p) => p.code === 'pay-sheets-repeat')!.message).toContain('里的 5 行');
  });
});
