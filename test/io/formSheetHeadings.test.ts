// A team's own person sheets headed in their own words (a red team's openpyxl workbooks, no kpi marker).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/openpyxl/form-headings', f);

const graded = (f: string) => gradedReport(at(f));

describe('the column to fill headed by the one supervisor (README: 主管评分 on a form rated by one)', () => {
  it('§13: 「主管评分」 over the points typed: 20 + 30 + 10 + 10 + 5 + 5 + 10 + 5 = 95 良好 (left-open), 90 一般 (it was no column to fill)', async () => {
    const r = await graded('scheme-supervisor-rating.xlsx');
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 95, '良好'], ['李四', 90, '一般']]);
  });
  it('§13: 「主管评分」 left of 填写 stays another column of scores: 填写 counts (90 一般), its 21 for 27 said — not taken by its place (84 待改进)', async () => {
    const r = await graded('scheme-supervisor-beside-fill.xlsx');
    // 填写 18 + 27 + 9 + 8 + 5 + 5 + 9 + 9 = 90 → 一般 (left-open), K 0.9.
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 90, '一般'], ['李四', 90, '一般']]);
    expect(r.problems.filter((p) => p.severity === 'warning').map((p) => p.message.replace(/^[^:]*:[^:]*:/, ''))).toContain('列「主管评分」的分数没有计入:这一格填「21」,评分按「填写」列的「27」;如果应按「主管评分」评分,请把它的分数填到「填写」列');
  });
  it('§16: 「主管评分」 of 8 on each of ten items: 10 × 8 = 80 良好', async () => {
    const r = await graded('rating-supervisor-rating.xlsx');
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 80], ['李四', 80], ['王五', 80]]);
  });
  it('§12, a form of counts: 「主管评分」 may hold points or counts — refused as 「评分」 is, saying why', async () => {
    const r = await graded('express-supervisor-rating.xlsx');
    expect(r.people.every((p) => p.total === null)).toBe(true);
    expect(r.problems[0]!.message).toContain('第 6 行表头只有「主管评分」列,没有「填写」列');
  });
});

describe('the item column headed 「评价指标」 (the seed\'s own word, §30)', () => {
  it('评价维度 | 评价指标 | 上级评价 | 客户评价: 0.7 × 80 + 0.3 × 60 = 74 一般, 70 + 12 = 82 良好 (it was 「没有找到表头」, exit 2)', async () => {
    const r = await graded('ability-evaluation-indicators.xlsx');
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 74, '一般'], ['李四', 82, '良好']]);
  });
});

describe('a rater\'s column headed in more words (§9 「员工自评」) beside another written as the team writes it (「顾客1」)', () => {
  it('「员工自评」 stays the self-rating (it was advised to become 「客户评1」: her own 优秀 at 20 %); 「顾客1」 is 客户评1', async () => {
    const r = await graded('competency-self-and-customer-renamed.xlsx');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // 林娜: 70 % 主管, 10 % peers' mean, 20 % customers' mean (顾客1, 客户评2), self not counted:
    // 70 + 8 + 16 = 94; 56 + 9 + 16 = 81; 56 + 9 + 14 = 79; 42 + 9 + 14 = 65; 70 + 7 + 16 = 93 → 412 / 5 = 82.40.
    expect(r.people.find((p) => p.name === '林娜')!.total).toBeCloseTo(82.4, 9);
    // 王芳, whose 顾客1 is empty: scored as before, 61.50.
    expect(r.people.find((p) => p.name === '王芳')!.total).toBe(61.5);
  });
});

describe('§10 roster columns headed as people say them (sales-cs-kpi 1.0.2 aliases)', () => {
  it('「平均响应时间(秒)」「目标响应时间(秒)」, and 「销售额」 beside 「目标销售额」: 100.50 and 86.67 (both unscored before)', async () => {
    // 甲一: 130 % → 120 % × 25 = 30; 18; 120 % × 15 = 18; 30/40 × 10 = 7.5; 8 + 9 + 5 + 5 → 100.50.
    // 乙二: 99995/100000 × 25 = 24.99875; 16; 18; 30/45 × 10 = 6.6667; 7 + 7 + 3.5 + 3.5 → 86.67.
    for (const f of ['sales-response-time-headings.xlsx', 'sales-amount-heading.xlsx']) {
      const r = await graded(f);
      expect([f, r.people.map((p) => Math.round(p.total! * 100) / 100)]).toEqual([f, [100.5, 86.67]]);
    }
  });
});

describe('person sheets headed in the seeds\' own words', () => {
  it('item columns 「考核类型」 (§13), 「能力要素」 (§9), 「KPI指标」 (§10): 95/90/85, 82.80/84.44, 99.50 (exit 2: 没有找到表头)', async () => {
    expect((await graded('seed-kaohe-leixing.xlsx')).people.map((p) => [p.total, p.band])).toEqual([[95, '良好'], [90, '一般'], [85, '待改进']]);
    expect((await graded('seed-nengli-yaosu.xlsx')).people.map((p) => Math.round(p.total! * 100) / 100)).toEqual([82.8, 84.44]);
    expect((await graded('seed-kpi-zhibiao.xlsx')).people.map((p) => p.total)).toEqual([99.5]);
  });
  it('§27 评价内容 | 勾选: the catalog example 78.33 一般, and 93.75 优秀 (everyone refused)', async () => {
    expect((await graded('seed-checklist-gouxuan.xlsx')).people.map((p) => [Math.round(p.total! * 100) / 100, p.band])).toEqual([[78.33, '一般'], [93.75, '优秀']]);
  });
  it('§29 levels under 「主管评分」, 「综合评定: 良好」 below: the worked example 75 良好, 87.50, 53.13 (exit 2)', async () => {
    const r = await graded('seed-dept-rating-supervisor.xlsx');
    expect(r.people.map((p) => [Math.round(p.total! * 100) / 100, p.band])).toEqual([[75, '良好'], [87.5, '优秀'], [53.13, '不符合要求']]);
  });
});

describe('a team\'s own sheet\'s typed 总分 and 等级, compared as on kpi\'s own template', () => {
  it('§13 总分 95 / 等级 优秀 typed under 得分 (18 + 28 + 9 + 9 + 5 + 5 + 9 + 9 = 92 良好), §16 总分 88 / 评估结论 优秀 left of the items (87 良好): said', async () => {
    const scheme = await graded('scheme-own-sheet-typed-total.xlsx');
    expect([scheme.people[0]!.total, scheme.problems.filter((p) => p.code === 'override').map((p) => p.cell)]).toEqual([92, ['E12', 'E13']]);
    const rating = await graded('rating-seed-typed-total.xlsx');
    expect([rating.people[0]!.total, rating.problems.filter((p) => p.code === 'override').map((p) => p.cell)]).toEqual([87, ['C14', 'C15']]);
  });
});

describe('the form\'s own score column headed in the team\'s words (§1 seed: 自评 | 上级 | 结果)', () => {
  it('keeps its heading 「结果」 while kpi writes its scores there (it was rewritten 「得分」 on every sheet)', async () => {
    const { readWorkbook, tempDir } = await import('../helpers.js');
    const output = path.join(tempDir(), 'out.xlsx');
    const r = await gradeFile(at('aftersales-result-column.xlsx'), { output });
    if (!r.ok) throw new Error(r.failure.message);
    // The worked example: 79.56 (业绩 81.25 × 85 % + 行为 70 × 15 %).
    expect(Math.round(r.report.people[0]!.total! * 100) / 100).toBe(79.56);
    const ws = (await readWorkbook(output)).getWorksheet('张三')!;
    expect([ws.getCell('I3').value, ws.getCell('I4').value]).toEqual(['结果', 20]);
  });
});
