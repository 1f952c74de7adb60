// A rater's weight written after the rater's name in a heading (「…·主管评(70%)」, 「同事评(30%)」, 「主管评(60%)」).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCombined } from '../../src/io/combineRaters.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/raters45', f);
const totals = (r: { people: Array<{ name: string; total: number | null }> }) => Object.fromEntries(r.people.map((p) => [p.name, p.total]));

describe('the form\'s own rater weights written in the headings', () => {
  it('§9 「…·主管评(70%) | 同事评1(10%) | 同事评2(10%) | 客户评(20%)」 are read as without them (refused as 70 % of a 20 % item): 82, 85, 64.20', async () => {
    // 林娜 业务知识能力 100 × 0.7 + (80 + 60)/2 × 0.1 + 100 × 0.2 = 97, … over five items: 82.00.
    const r = await gradedReport(at('competency-rater-weights.xlsx'));
    expect(totals(r)).toEqual({ 林娜: 82, 周杰: 85, 王芳: 64.2 });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('§30 「…·上级(70%) | …·客户(30%)」: every item 80 × 0.7 + 100 × 0.3 = 86 → 86.00 良好', async () => {
    const r = await gradedReport(at('ability-rater-weights.xlsx'));
    expect(r.people.map((p) => [p.total, p.band])).toEqual([[86, '良好'], [86, '良好'], [86, '良好']]);
  });
});

describe('another weight than the form\'s after a rater\'s name (scored on §9\'s 70/10/20 without a word)', () => {
  it('a roster\'s 「…·同事评1(20%)」 (§9: 10 %): each filled peer cell refused, naming the two weights (20 % passed as the item\'s 20 %)', async () => {
    const r = await gradedReport(at('competency-peer-20.xlsx'));
    expect(r.people.every((p) => p.total === null)).toBe(true);
    const first = r.problems.find((p) => p.code === 'heading-points' && p.severity === 'error')!;
    expect([first.cell, first.message]).toEqual(['H1', expect.stringContaining('「业务知识能力·同事评1(20%)」写的是权重 20%,而本表(客服岗位的员工绩效考核表 1.0.0)「同事评」占 10%')]);
  });

  it('a peer\'s copy headed 「同事评(30%)」, combined: refused at its heading on each sheet, no one scored', async () => {
    const outcome = await gradeCombined(['主管.xlsx', '同事甲.xlsx', '同事乙.xlsx', '客户1.xlsx'].map(at), { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(totals(outcome.report)).toEqual({ 林娜: null, 周杰: null, 王芳: null });
    expect(outcome.report.problems.filter((p) => p.code === 'heading-points').map((p) => p.cell)).toEqual(['F6', 'F6', 'F6']);
  });

  it('a person\'s sheet headed 「主管评(60%) | 同事A(20%) | 同事B(20%)」: refused at each heading that differs (§9 70 %, 10 %)', async () => {
    const r = await gradedReport(at('form-60-20-20.xlsx'));
    expect(totals(r)).toEqual({ 林娜: null, 周杰: null, 王芳: null });
    expect(r.problems.find((p) => p.sheet === '周杰' && p.cell === 'G6')!.message).toContain('「主管评(60%)」写的是权重 60%,而本表(客服岗位的员工绩效考核表 1.0.0)「主管评」占 70%');
  });
});

describe('a row or copy signed with the person\'s own name beside the 主管\'s (§9 cs-competency)', () => {
  it('a roster row per rater, 「林娜 | 林娜」 under 「主管 | 林娜」: her self-rating, warned and not counted — 林娜 80, 周杰 87 (both refused as two 主管)', async () => {
    // 林娜: only 主管 counts → (100 + 80 + 80 + 60 + 80) / 5 = 80. 周杰: 主管 70/80 + 同事 10/80 → 80, 80, 97.5, 97.5, 80 → 87.
    const r = await gradedReport(at('own-name-rows.csv'), { form: 'cs-competency' });
    expect(totals(r)).toEqual({ 林娜: 80, 周杰: 87 });
    expect(r.problems.filter((p) => p.code === 'self-rated').map((p) => [p.severity, p.cell])).toEqual([['warning', 'A3'], ['warning', 'A5']]);
  });

  it('a --rater 主管 copy signed 「林娜」 by 林娜 beside the 主管\'s: set aside with a warning, 林娜 scored from 主管 and 同事', async () => {
    const dir = path.join(repoRoot, 'test/fixtures/raters45/own-name-copy');
    const outcome = await gradeCombined(['主管.xlsx', '同事甲.xlsx', '林娜自评.xlsx'].map((f) => path.join(dir, f)), { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 主管 70/80, 同事 10/80 (no 客户): 100 × 7/8 + 80/8 = 97.5; 80; 80 × 7/8 + 100/8 = 82.5; 60 × 7/8 + 100/8 = 65; 80 → 405/5 = 81.
    expect(outcome.report.people.find((p) => p.name === '林娜')!.total).toBe(81);
    expect(outcome.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(outcome.report.problems.filter((p) => p.code === 'self-rated').map((p) => p.file?.split('/').pop())).toEqual(['林娜自评.xlsx']);
  });
});

describe('a survey export named 同事评.csv whose 评分人 names each peer (张伟, 李娜) or none (匿名)', () => {
  it.each(['survey-peers', 'survey-anon'])('%s: the peers of §9, not a second 主管 (everyone refused): 林娜 80.50, 周杰 87.25, 王芳 61.25', async (dir) => {
    // 林娜, 主管 70/80 and the peers' mean 10/80 (no 客户): 100 × 7/8 + 70/8 = 96.25; 80; 81.25; 63.75; 81.25 → 402.5/5 = 80.5.
    const files = ['主管.xlsx', '同事评.csv'].map((f) => path.join(repoRoot, 'test/fixtures/raters45', dir, f));
    const outcome = await gradeCombined(files, { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(totals(outcome.report)).toEqual({ 林娜: 80.5, 周杰: 87.25, 王芳: 61.25 });
  });
});

describe('§15 an interviewer\'s copy signed and left without marks', () => {
  it.each(['面试官赵六.xlsx', '面试官赵六-无签名.xlsx'])('%s rates no one (every candidate was refused): 赵敏 46/15 = 3.07 良好 推荐, 钱亮 31.5/15 = 2.10 一般 后备', async (third) => {
    const dir = path.join(repoRoot, 'test/fixtures/raters45/interview-blank');
    const outcome = await gradeCombined(['面试官王五.xlsx', '面试官李四.xlsx', third].map((f) => path.join(dir, f)), { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, Math.round(p.total! * 100) / 100, p.band])).toEqual([['赵敏', 3.07, '良好'], ['钱亮', 2.1, '一般']]);
    expect(outcome.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('a sheet named for its rater with a column of who beside the marks (「直属上级」, 「客户名称」, §4\'s 直接主管 | 间接主管 fields)', () => {
  const named = (f: string) => path.join(repoRoot, 'test/fixtures/raters45/sheet-named', f);
  it('「员工自评」 with a 直属上级 column: self-ratings, no 主管 — refused (everyone 100 优秀 as the 主管\'s at exit 0)', async () => {
    const r = await gradedReport(named('员工自评.xlsx'), { form: 'cs-competency' });
    expect(r.people.every((p) => p.total === null)).toBe(true);
  });

  it('「客户评」 with a 客户名称 column: the customers\', no 主管 — refused (张三 (0.7 × 60 + 0.1 × 80) / 0.8 = 62.50 from the customer\'s 一般 as 主管\'s)', async () => {
    const r = await gradedReport(named('客户评.xlsx'));
    expect(r.people.every((p) => p.total === null)).toBe(true);
  });

  it('§4 「间接主管评分」 with the 直接主管 | 间接主管 fields: the 间接主管\'s — alone refused (90.00 优秀 as the 直接主管\'s), with the 直接主管\'s 101.90, 96.30, 105.54', async () => {
    const alone = await gradedReport(named('间接主管.xlsx'), { form: 'cs-dept-monthly' });
    expect(alone.people.every((p) => p.total === null)).toBe(true);
    // 张三 0.7 × 1.0 + 0.3 × 0.8 = 0.94 → 94; (0.7 × 8 + 0.3 × 10)/10 × 5 = 4.3; (0.7 × 6 + 0.3 × 10)/10 × 5 = 3.6 → 101.90.
    const both = await gradeCombined([named('直接主管.xlsx'), named('间接主管.xlsx')], { output: null, form: 'cs-dept-monthly' });
    if (!both.ok) throw new Error(both.failure.message);
    expect(both.report.people.map((p) => Math.round(p.total! * 100) / 100)).toEqual([101.9, 96.3, 105.54]);
  });
});

describe('§7 a roster row per rater: 张三 signed 「张三」 (self) and 「王经理」, 李四 「王经理」 and 「本人」', () => {
  it('张三\'s own-name row is his self-rating beside 王经理\'s, as without 李四\'s 本人 row: 14.5 + 24 + 40 = 78.50 一般 (refused as rated twice by the 主管)', async () => {
    const r = await gradedReport(at('specialist-self-and-benren.xlsx'), { form: 'cs-specialist-monthly' });
    expect(totals(r)).toEqual({ 张三: 78.5, 李四: 99 });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
