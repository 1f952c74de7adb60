// §10 sales-cs-kpi scores 客户满意度 from a survey score 0–100 (÷ 100 × 20). A team that typed the item's points (18 of
// 20) under 「客户满意度」 or 「客户满意度得分」 had 18 read as the survey's 18: 3.6 points, 63.75 for 102, at exit 0.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { tempDir } from '../helpers.js';

const head = (suffix: string) => `姓名,实际销售额,目标销售额,客户满意度${suffix},新客户数,访问数,目标转化率,平均响应秒数,目标秒数,投诉处理${suffix},产品知识${suffix},团队协作${suffix},个人素质${suffix}`;
// The last five figures: 客户满意度, 投诉处理, 产品知识, 团队协作, 个人素质.
const row = (name: string, s: number[]) => `${name},120000,100000,${s[0]},12,100,10%,30,30,${s.slice(1).join(',')}`;

async function grade(lines: string[]) {
  const file = path.join(tempDir(), 'kpi.csv');
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  const outcome = await gradeFile(file, { form: 'sales-cs-kpi', output: null });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

describe('points typed in a column of a 0–100 figure', () => {
  it('every figure within the items\' points (18 of 20, 8 of 10, 5 of 5): refused at the heading and once a person, under either heading', async () => {
    for (const suffix of ['', '得分']) {
      const r = await grade([head(suffix), row('张三', [18, 8, 9, 5, 4]), row('李四', [20, 10, 10, 5, 5]), row('王五', [16, 7, 8, 4, 3])]);
      expect(r.people.map((p) => [p.name, p.status])).toEqual([['张三', 'error'], ['李四', 'error'], ['王五', 'error']]);
      const found = r.problems.filter((p) => p.code === 'points-not-scale');
      expect(found.map((p) => p.cell)).toEqual(['D1', 'D2', 'D3', 'D4']);
      // The highest 客户满意度 is 20: as a survey score 20 ÷ 100 × 20 = 4 points; as points, 20 of 20 is 100 on the scale.
      expect(found[0]!.message).toBe(`工作表「kpi」D1:列「客户满意度${suffix}」和「投诉处理${suffix}」、「产品知识${suffix}」、「团队协作${suffix}」等 4 列填的数都不超过各项的满分(「客户满意度」最大 20,满分 20 分),像是直接填了得分;本表按 0–100 的分数换算(分数 ÷ 100 × 20),20 会算成 4 分。这些列没有计入,填了数的人不评分。如果填的是得分,请换算成 0–100 的分数(20 分 → 100);如果填的就是 0–100 的分数,请把列名改为「客户满意度(百分制)」后重新评分`);
      expect(found[1]!.message).toBe(`kpi!D2:张三:这一格的「18」在列「客户满意度${suffix}」里,像是「客户满意度」的得分(满分 20 分),而这里要填 0–100 的分数(三人以上填的都不超过满分),没有计入,此人不评分`);
    }
  });

  it('the heading naming the scale (百分制) is read as written: 张三 30 + 3.6 + 18 + 10 + 0.8 + 0.9 + 0.25 + 0.2 = 63.75', async () => {
    const r = await grade([head('(百分制)'), row('张三', [18, 8, 9, 5, 4]), row('李四', [20, 10, 10, 5, 5]), row('王五', [16, 7, 8, 4, 3])]);
    // 销售额 120000 / 100000 = 1.2 × 25 = 30; 转化率 12 % / 10 % = 1.2 × 15 = 18; 响应 30 / 30 → 10; the rest ÷ 100 × points.
    expect(r.people[0]!.total).toBeCloseTo(63.75, 10);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('survey scores (90, 85, 95) are read as before: 30 + 18 + 18 + 10 + 9 + 9.5 + 4.5 + 4.5 = 103.5; two people\'s points are judged row by row', async () => {
    const r = await grade([head(''), row('张三', [90, 90, 95, 90, 90]), row('李四', [85, 80, 90, 85, 80]), row('王五', [95, 90, 85, 80, 88])]);
    // 张三: 90 ÷ 100 × 20 = 18; 90 ÷ 100 × 10 = 9; 95 → 9.5; 90 ÷ 100 × 5 = 4.5 twice.
    expect(r.people[0]!.total).toBeCloseTo(103.5, 10);
    expect(r.problems.filter((p) => p.code === 'points-not-scale')).toEqual([]);
    // Two people: too few for the column, so each row is judged as a person's sheet is — every one of the five items
    // within its points (fx58a: 张三 was 30 + 3.6 + 18 + 10 + 0.8 + 0.9 + 0.25 + 0.2 = 63.75 at exit 0 for 30 + 18 + 18 + 10 + 8 + 9 + 5 + 4 = 102).
    const two = await grade([head(''), row('张三', [18, 8, 9, 5, 4]), row('李四', [20, 10, 10, 5, 5])]);
    expect(two.problems.filter((p) => p.code === 'points-not-scale').map((p) => [p.cell, p.person])).toEqual([['D2', '张三'], ['D3', '李四']]);
    expect(two.people.map((p) => p.status)).toEqual(['error', 'error']);
  });
});

describe('a score out of 100 under a heading in percent', () => {
  it('「客户满意度(%)」 or 「客户满意度%」 with 0.95: 95 %, as in a cell formatted 0% — 25 + 19 + 15 + 10 + 8 + 8 + 4 + 4 = 93 (it was 0.19 of 20, with a warning)', async () => {
    for (const heading of ['客户满意度(%)', '客户满意度%']) {
      const r = await grade([head('').replace('客户满意度', heading), `乙,100000,100000,0.95,10,100,10%,30,30,80,80,80,80`]);
      // 销售额 1 × 25; 满意度 95 ÷ 100 × 20 = 19; 转化率 10 % ÷ 10 % × 15 = 15; 响应 10; 80 ÷ 100 × 10, × 10, × 5, × 5.
      expect(r.people[0]!.total, heading).toBeCloseTo(93, 10);
      expect(r.problems.filter((p) => p.code === 'fraction-score')).toEqual([]);
    }
    // Under 「客户满意度」 alone, 0.95 stays 0.95 of 100 (said): 25 + 0.19 + 15 + 10 + 8 + 8 + 4 + 4 = 74.19.
    const plain = await grade([head(''), `乙,100000,100000,0.95,10,100,10%,30,30,80,80,80,80`]);
    expect(plain.people[0]!.total).toBeCloseTo(74.19, 10);
    expect(plain.problems.map((p) => p.code)).toContain('fraction-score');
  });
});

describe('a heading noting the input\'s own scale', () => {
  it('「客户满意度(0-100)」, 「(0～100)」, 「(满分100)」, 「(0~100分)」 over survey scores 90 and 76 are read: 甲 30 + 18 + 18 + 10 + 8 + 8 + 4 + 4 = 100', async () => {
    for (const note of ['(0-100)', '(0～100)', '(满分100)', '(0~100分)']) {
      const r = await grade([head('').replace('客户满意度', `客户满意度${note}`), row('甲', [90, 80, 80, 80, 80]), row('乙', [76, 80, 80, 80, 80])]);
      // 甲: 销售额 120000/100000 = 1.2 × 25 = 30; 满意度 90 ÷ 100 × 20 = 18; 转化率 12 % ÷ 10 % = 1.2 × 15 = 18; 响应 10; 80 % of 10, 10, 5, 5.
      expect(r.people.map((p) => p.status), note).toEqual(['scored', 'scored']);
      expect(r.people[0]!.total, note).toBeCloseTo(100, 10);
    }
  });
});

describe('points noted over a count', () => {
  it('§1 「投诉处理(3分)」 over 未满足项数 (a count of 0–3) is the item\'s points, refused as before — not the count\'s scale', async () => {
    const file = path.join(tempDir(), 'as.csv');
    writeFileSync(file, ['姓名,客户信息管理·上级,客户档案管理·上级,客户回访·上级,投诉处理(3分),服务意识·上级,以客户为中心·上级', '张三,92%,有部分不完整,但影响不大,完成目标值要求,3,4级,3级'.replace('有部分不完整,但影响不大', '"有部分不完整,但影响不大"')].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'after-sales-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // Read as 3 unmet it gave 20 − 5 × 3 = 5: 68.9375 at exit 0.
    expect(outcome.report.people[0]!.status).toBe('error');
    expect(outcome.report.problems.some((p) => p.code === 'unknown-column' && p.severity === 'error')).toBe(true);
  });
});

describe('people\'s own sheets', () => {
  it('§10 on three sheets, 客户满意度 typed 18, 20, 16 (its points): an error on each sheet, as in a roster (81.6 良好 for 96 at exit 0)', async () => {
    const { roundTrip } = await import('../catalog/roundTrip.js');
    const person = (name: string, satisfaction: number) => ({
      header: { name },
      values: { 'K1.actual': 110000, 'K1.target': 100000, 'K2.score': satisfaction, 'K3.won': 30, 'K3.visits': 200, 'K3.goal': '12%', 'K4.avg': 40, 'K4.goal': 30, 'K5.score': 80, 'K6.score': 90, 'K7.score': 100, 'K8.score': 60 },
    });
    const r = await roundTrip('sales-cs-kpi', [person('张三', 18), person('李四', 20), person('王五', 16)], { layout: 'form' });
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error', 'error']);
    const said = r.problems.filter((p) => p.code === 'points-not-scale');
    expect(said.map((p) => p.sheet)).toEqual(['张三', '李四', '王五']);
    expect(said[0]!.message).toContain('这一格的「18」在「客户满意度」这一行里');
    // Survey scores (90, 75, 85) are read: 张三 110 % × 25 = 27.5; 90/100 × 20 = 18; (30/200)/12 % = 125 % → 120 % × 15 =
    // 18; 30/40 × 10 = 7.5; 8 + 9 + 5 + 3 ⇒ 96.
    const fine = await roundTrip('sales-cs-kpi', [person('张三', 90), person('李四', 75), person('王五', 85)], { layout: 'form' });
    expect(fine.people[0]!.total).toBeCloseTo(96, 10);
    expect(fine.problems.filter((p) => p.code === 'points-not-scale')).toEqual([]);
  });
});

describe('points typed where a rate in % goes', () => {
  const afterSales = async (heading: string, rates: string[]) => {
    const file = path.join(tempDir(), 'as.csv');
    const rows = rates.map((rate, k) => `${['甲', '乙', '丙', '丁'][k]},${rate},完成目标值要求,回访率达到90%以上,0,5级,5级`);
    writeFileSync(file, [`姓名,${heading},客户档案管理·上级,客户回访·上级,投诉处理·上级,服务意识·上级,以客户为中心·上级`, ...rows].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'after-sales-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    return outcome.report;
  };

  it('§1 达成率 20, 10, 20, 0 (the tiers\' points) on four people: refused, each told to write 92% or 「20%」 (read as 20 %, A1 was 0: 78.75 for 100)', async () => {
    const r = await afterSales('客户信息管理·上级', ['20', '10', '20', '0']);
    expect(r.people.map((p) => p.status)).toEqual(['error', 'error', 'error', 'error']);
    const said = r.problems.filter((p) => p.code === 'points-not-scale');
    expect(said.map((p) => p.cell)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5']);
    expect(said[0]!.message).toContain('像是直接填了得分;这里要填百分比,20 会读作 20%');
    expect(said[1]!.message).toBe('as!B2:甲:这一格的「20」在列「客户信息管理·上级」里,像是「客户信息管理」的得分(满分 20 分),而这里要填百分比(三人以上填的都不超过满分),会读作 20%,没有计入,此人不评分;如果就是 20%,请写成「20%」');
  });

  it('the item\'s weight copied into the heading (「客户信息管理(20%)」, 「(权重20%)」) does not say the figures are %: 20, 10, 20, 0 refused (A1 was 0, 74.25 for 95.5)', async () => {
    for (const heading of ['客户信息管理(20%)·上级', '客户信息管理(权重20%)·上级']) {
      const r = await afterSales(heading, ['20', '10', '20', '0']);
      expect([heading, r.people.map((p) => p.status)]).toEqual([heading, ['error', 'error', 'error', 'error']]);
      expect(r.problems.filter((p) => p.code === 'points-not-scale').map((p) => p.cell)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5']);
    }
    // Real rates under the weight (92, 85, 95, 70) are rates: the same 89.375, 78.75, 89.375, 68.125 as below.
    expect((await afterSales('客户信息管理(20%)·上级', ['92', '85', '95', '70'])).people.map((p) => p.total)).toEqual([89.375, 78.75, 89.375, 68.125]);
  });

  it('rates written as rates (92%, 0.85, 「(%)」 in the heading) and real ones (95, 88, 91) are read as before', async () => {
    // 甲 92 % → 20; 乙 85 % → 10; 丙 95 % → 20; 丁 70 % → 0. A2 完成 20, A3 回访率达到90%以上 10, A4 0 unmet 20; B 50 + 50:
    // 甲 (20 + 50)/80 = 87.5 × 0.85 + 100 × 0.15 = 89.375; 乙 (10 + 50)/80 = 75 → 78.75; 丁 (0 + 50)/80 = 62.5 → 68.125.
    for (const [heading, rates] of [['客户信息管理·上级', ['92%', '85%', '95%', '70%']], ['客户信息管理·上级', ['0.92', '0.85', '0.95', '0.7']], ['客户信息管理·上级(%)', ['20', '10', '20', '0']], ['客户信息管理·上级', ['92', '85', '95', '70']]] as const) {
      const r = await afterSales(heading, [...rates]);
      expect(r.problems.filter((p) => p.code === 'points-not-scale')).toEqual([]);
      if (rates[0] !== '20') expect([heading, rates[0], r.people.map((p) => p.total)]).toEqual([heading, rates[0], [89.375, 78.75, 89.375, 68.125]]);
    }
  });

  it('§10 目标转化率 10, 12, 8 (a target, 10 %) is no item\'s points: read as before', async () => {
    const lines = ['姓名,实际销售额,目标销售额,客户满意度,新客户数,访问数,目标转化率,平均响应秒数,目标秒数,投诉处理,产品知识,团队协作,个人素质',
      '张三,100000,100000,90,10,100,10,30,30,80,80,80,80', '李四,100000,100000,90,12,100,12,30,30,80,80,80,80', '王五,100000,100000,90,8,100,8,30,30,80,80,80,80'];
    const r = await grade(lines);
    // 25 + 18 + 10 % ÷ 10 % × 15 = 15 + 10 + 8 + 8 + 4 + 4 = 92 for each.
    expect(r.people.map((p) => p.total)).toEqual([92, 92, 92]);
  });
});

// 「客户满意度 | 客户满意度得分」: the survey score and the team's points beside it (95 and 19 of 20). The input being
// called 得分, both named it: compared as copies, everyone was refused for differing, and 李四's blank score was filled
// from his 8.5 points (0.85 of 10).
describe('the team\'s points beside the figure they come from', () => {
  const fixture = (name: string) => path.join(path.dirname(new URL(import.meta.url).pathname), '../fixtures/review42', name);
  it('the points columns are set aside: 张三 25 + 19 + 18 (6 % ÷ 5 % → 1.2 × 15) + 10 + 9 + 8 + 5 + 4 = 98', async () => {
    // 李四 25 + 17.6 + 12 (4 % ÷ 5 % × 15) + 10 + 8.5 + 8.5 + 4.5 + 4.5 = 90.6; 王五 25 + 18.4 + 7.5 (2.5 % ÷ 5 %) + 10 + 7 +
    // 7.5 + 4 + 4.25 = 83.65.
    const outcome = await gradeFile(fixture('sales-points-beside-scores.xlsx'), { form: 'sales-cs-kpi', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张三', 98], ['李四', 90.6], ['王五', 83.65]]);
    expect(outcome.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a blank figure beside its points is blank: 李四 not scored (his 8.5 points were read as 8.5 of 100)', async () => {
    const outcome = await gradeFile(fixture('sales-points-beside-blank.xlsx'), { form: 'sales-cs-kpi', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张三', 98], ['李四', null], ['王五', 83.65]]);
    expect(outcome.report.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['J3']);
  });
});
