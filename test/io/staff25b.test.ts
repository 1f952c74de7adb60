// §25 property-cs-staff rosters typed from the seed (rt51). The last item, 协调相关部门处理投诉 (5 points: 5 − 2 × 不能较好协调
// − 3 × 造成服务投诉, floor 0), is filled as two counts; a column of its points under the seed's words (「具备良好的协调能力
// (5分)」: 张三 1, 李四 5) was ignored and both counts read as none — 张三 93.33 优秀 at exit 0 where his 1 of 5 makes
// 38 / 45 × 100 = 84.44 良好. Σ of 张三's other 44 points (kpi's headings, make.py): 服从 2 + 团队 2 + 创新 1 + 领导 4 + 巡检 2 + 2
// + 投诉 2 + 2 + 1 + 保密 2 + 2 + 服务规范 (2 − 0.5 × 0) + 1 + 1 + 1 + 专业 2 + 1 + 咨询 (2 − 1 − 0) + 重大投诉 2 + 责任人 2 + 2 = 37;
// 李四's: 2 + 1 + 1 + 3 + 2 + 1 + 2 + 2 + 2 + 2 + 2 + (2 − 0.5) + 1 + 0 + 1 + 1 + 1 + 2 + 2 + 2 + 0 = 31.5.
// Fixtures: test/fixtures/staff25b (make.py; the rest a tester's, and r25-*/iv-hundred a reviewer's). Bands: 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (name: string) => path.join(repoRoot, 'test/fixtures/staff25b', name);

async function graded(name: string, form = 'property-cs-staff') {
  const r = await gradedReport(at(name), { form });
  const person = (who: string) => r.people.find((p) => p.name === who)!;
  const errors = r.problems.filter((p) => p.severity === 'error');
  return { r, person, errors };
}

describe('a column of points where an item of counts is missing (property-cs-staff 协调相关部门处理投诉)', () => {
  it('the seed\'s words with the item\'s 5 points: refused at the heading and for each person with a value there', async () => {
    // Read as 0 lapses: 张三 37 + 5 = 42 → 93.33 优秀 (his own 1 gives 38 → 84.44 良好); 李四 31.5 + 5 = 36.5 → 81.11.
    for (const file of ['coord-seed-words.xlsx', 'coord-short.xlsx', 'coord-1.xlsx', 'coord-3.xlsx']) {
      const { person, errors } = await graded(file);
      expect(errors.map((e) => [e.code, e.cell, e.person ?? null]), file).toEqual([
        ['unknown-column', 'Y2', null],
        ['unknown-column', 'Y3', '张三'],
        ['unknown-column', 'Y4', '李四'],
      ]);
      expect(errors[0]!.message).toContain('像是「协调相关部门处理投诉」这一项的得分;本表按它的填写项「不能较好协调内部相关部门」、「造成服务投诉或扩大影响」(次)计算这一项,不读得分');
      for (const who of ['张三', '李四']) expect(person(who)).toMatchObject({ total: null, status: 'error' });
    }
  });

  it('words of the item without its points (「协调部门处理客户问题」) are left the team\'s own, as before', async () => {
    // Only a heading that says points (「(5分)」, 「得分」) is the item's score: this one scored as base, 37 + 5 = 42 → 93.33.
    const { person, errors } = await graded('coord-2.xlsx');
    expect(errors).toEqual([]);
    expect(person('张三').total).toBeCloseTo(93.33, 2);
    expect(person('李四').total).toBeCloseTo(81.11, 2);
  });

  it('a figure beyond the item\'s 5 points (王五 30) is no score of it: left the team\'s own', async () => {
    // 王五 typed as 张三 (37 + 5 = 42 → 93.33 优秀); 李四 31.5 + 5 = 36.5 → 81.11 良好.
    const { person, errors, r } = await graded('coord-big.xlsx');
    expect(errors).toEqual([]);
    for (const who of ['张三', '王五']) expect(person(who)).toMatchObject({ band: '优秀', status: 'scored' });
    expect(person('王五').total).toBeCloseTo(93.33, 2);
    expect(person('李四').total).toBeCloseTo(81.11, 2);
    expect(r.problems.find((p) => p.severity === 'info' && p.code === 'unknown-column')?.message).toContain('「具备良好的协调能力(5分)」(Y2)');
  });

  it('a team\'s 「部门目标」 (100/100/90) or 「投诉件数」 (12/3/0) where 协调\'s count columns stood: ignored as before (review of a18cfdf3)', async () => {
    // mk25.py, 协调 none read: 张三 23.5 + 仪容 (2 − 0.5) + 3 + 3 + 咨询 (2 − 1) + 2 + 4 + 5 = 43 → 95.56; 李四 20 + 2 + 2.5
    // + 3 + 2 + 2 + 2 + 5 = 38.5 → 85.56; 王五 24 + (2 − 1) + 3 + 3 + (2 − 0 − 1) + 2 + 2 + 5 = 41 → 91.11.
    for (const [file, heading] of [['r25-nocoord-target.xlsx', '部门目标'], ['r25-nocoord-complaints.xlsx', '投诉件数']] as const) {
      const { person, errors, r } = await graded(file);
      expect(errors, file).toEqual([]);
      expect([person('张三').total, person('李四').total, person('王五').total].map((t) => Math.round(t! * 100) / 100), file).toEqual([95.56, 85.56, 91.11]);
      expect(r.problems.find((p) => p.code === 'unknown-column')?.message, file).toContain(`「${heading}」(AC1)`);
    }
  });

  it('a 备注 there is the team\'s own: scored, the counts read as none with the warning they are missing', async () => {
    const { person, r } = await graded('coord-4.xlsx');
    // 张三 37 + 5 = 42 → 42 / 45 × 100 = 93.33 优秀; 李四 31.5 + 5 = 36.5 → 81.11 良好.
    expect(person('张三')).toMatchObject({ band: '优秀', status: 'scored' });
    expect(person('张三').total).toBeCloseTo(93.33, 2);
    expect(person('李四')).toMatchObject({ band: '良好', status: 'scored' });
    expect(person('李四').total).toBeCloseTo(81.11, 2);
    expect(r.problems.filter((p) => p.severity !== 'info').map((p) => p.message)).toEqual([
      '工作表「3月」没有这些列,按留空计分(次数按 0、无扣分、无奖惩):「协调相关部门处理投诉·不能较好协调内部相关部门」、「协调相关部门处理投诉·造成服务投诉或扩大影响」',
    ]);
  });

  it('the item\'s counts there, and the team\'s 「百分制得分」 compared as its 总分', async () => {
    const { person, r } = await graded('hundred.xlsx');
    // 张三 1 lapse: 5 − 2 = 3, 37 + 3 = 40 → 88.89 良好 (typed 93.33: said); 李四 none: 36.5 → 81.11 as typed.
    expect(person('张三')).toMatchObject({ band: '良好', status: 'scored' });
    expect(person('张三').total).toBeCloseTo(88.89, 2);
    expect(person('李四')).toMatchObject({ band: '良好', status: 'scored' });
    expect(person('李四').total).toBeCloseTo(81.11, 2);
    const warnings = r.problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((p) => [p.cell, p.person, p.message])).toEqual([
      ['AB3', '张三', '3月!AB3:张三:手填的「总分」为「93.33」,按规则算出的是「40(折合百分制 88.89)」;kpi 按算出的计(写在 kpi 的结果列),请核对'],
    ]);
  });
});

describe('「百分制得分」 on a form reporting its own scale (interview-eval, a mean of 1–4)', () => {
  it('is not compared with the 1–4 total: no 「手填的总分为 75,算出的是 3.00」', async () => {
    // 张三's answers all 3 → 3.00 (75 on 100, as typed), 李四's all 4 → 4.00 (100): nothing to say either way.
    const { r, person } = await graded('iv-hundred.xlsx', 'interview-eval');
    expect(r.problems.filter((p) => p.code === 'override')).toEqual([]);
    expect(person('张三')).toMatchObject({ total: 3, band: '良好' });
    expect(person('李四')).toMatchObject({ total: 4, band: '优秀' });
  });
});

describe('a roster of every criterion\'s points under 「…(N分)」 (c13)', () => {
  it('a count item\'s column headed with its points is never advised to be renamed to the count\'s heading', async () => {
    const { errors } = await graded('points-roster.xlsx');
    const at = (cell: string) => errors.find((e) => e.cell === cell)!.message;
    // 「处理技巧·准确及迅速处理咨询(2分)」 (H1, 2 − 1 × 不准确 − 1 × 不及时, of 2): 张三's 1 is 1 point, read as 1 不准确 the same
    // 1 — but 李四's 2 points would be 2 − 2 = 0. Advised before: rename to 「准确及迅速地处理客户咨询·不准确」.
    expect(at('T3')).toContain('列「处理技巧·准确及迅速处理咨询(2分)」像是「准确及迅速地处理客户咨询」这一项的得分;本表按它的填写项「不准确」、「不及时」(次)计算这一项,不读得分');
    expect(at('T3')).not.toContain('请把列名改为「准确及迅速地处理客户咨询·不准确」');
    // 「服务规范·仪容仪表、语气语调、接听电话(2分)」 (2 − 0.5 × 不达标项数): 张三's 1.5 points, 李四's 2, are not lapses.
    expect(at('N3')).toContain('像是「仪容仪表、语气语调、接听电话」这一项的得分;本表按「不达标项数」(次)计算这一项,不读得分');
    expect(at('N3')).toContain('请改填次数(没有就填 0)');
    // 「处理技巧·协调相关部门处理(5分)」 was ignored (renamed as advised, both rows scored at exit 0 with 5 of 5 here).
    expect(at('W3')).toContain('像是「协调相关部门处理投诉」这一项的得分');
    expect(errors.filter((e) => e.person === '张三').map((e) => e.cell)).toEqual(expect.arrayContaining(['N4', 'T4', 'W4']));
  });
});

describe('§27 cs-checklist roster, areas merged over shortened box names (c08; 2e723b07 boxesUnread)', () => {
  it('no 「都没有勾选,按 0 分计」 for an area whose boxes are in columns not read', async () => {
    const { r, person } = await graded('checklist-roster.xlsx', 'cs-checklist');
    // 张三 ticked 5 of 工作态度's 6 under 「工作态度·积极主动」 …: each said not read, the person not scored.
    expect(r.problems.filter((p) => p.code === 'nothing-ticked')).toEqual([]);
    expect(r.problems.filter((p) => p.severity === 'warning')).toEqual([]);
    for (const who of ['张三', '李四']) expect(person(who)).toMatchObject({ total: null, status: 'error' });
  });
});
