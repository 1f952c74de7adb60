// CATALOG §31 satisfaction-scorecard: a team, not a person; weights 30/30/25/15.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, payFile, roundTrip } from './roundTrip.js';

// Worked example: 0.3 × 86 + 0.3 × 94 + 0.25 × 90 + 0.15 × 90 = 25.8 + 28.2 + 22.5 + 13.5 = 90 → 优秀
const teamA: FillPerson = {
  header: { name: '华东客服组', period: '2026-Q1', surveyPeriod: '2026年第1季度', retentionYear: '2025年' },
  values: { V1: 86, 'V2.solved': 188, 'V2.issues': 200, V3: 4.5, 'V4.renewed': 45, 'V4.expiring': 50 },
};
// 70 → 21; 150/200 = 75 % → 22.5; 3.2/5 → 16; 30/50 → 9 ⇒ 68.5 → 一般
const teamB: FillPerson = {
  header: { name: '华南客服组', period: '2026-Q1' },
  values: { V1: 70, 'V2.solved': 150, 'V2.issues': 200, V3: 3.2, 'V4.renewed': 30, 'V4.expiring': 50 },
};
// 到期合同数 0: a located error, neither 0 nor full marks
const teamC: FillPerson = {
  header: { name: '华北客服组', period: '2026-Q1' },
  values: { V1: 90, 'V2.solved': 10, 'V2.issues': 10, V3: 5, 'V4.renewed': 0, 'V4.expiring': 0 },
};

describe('§31 satisfaction-scorecard', () => {
  it('90 → 优秀 for a team; 姓名 is not asked for', async () => {
    const r = await roundTrip('satisfaction-scorecard', [teamA, teamB, teamC]);
    const a = byName(r, '华东客服组');
    expect(a.items.map((i) => i.score)).toEqual([25.8, 28.2, 22.5, 13.5].map((x) => expect.closeTo(x, 10)));
    expect(a.total).toBeCloseTo(90, 10);
    expect(a.band).toBe('优秀');
    // The survey's quarter and the retention's year are named with their figures (the catalog's decision).
    expect([a.items[0]!.explanation, a.items[3]!.explanation]).toEqual(['调查得分率 86 ÷ 100 = 86% × 30 = 25.8(调查期间 2026年第1季度)', '客户保留率 45/50 = 90% × 15 = 13.5(保留率年度 2025年)']);
    // Left empty (华南客服组): nothing is added.
    expect(byName(r, '华南客服组').items[0]!.explanation).not.toContain('调查期间');
    expect(byName(r, '华南客服组').total).toBeCloseTo(68.5, 10);
    expect(byName(r, '华南客服组').band).toBe('一般');
    const c = byName(r, '华北客服组');
    expect(c.status).toBe('error');
    expect(r.problems.filter((p) => p.person === '华北客服组').map((p) => p.code)).toEqual(['zero-denominator']);
  });

  it('--pay keyed by 团队 (the form\'s own name for whom it scores): 90 → 10000 × 90/100 = 9000; 68.5 → 10000 × 0.685 = 6850', async () => {
    // It was 「没有找到「工号或姓名」列」, exit 2: only 工号 and 姓名 headed the key column.
    const pay = payFile(['团队,绩效基数', '华东客服组,10000', '华南客服组,10000']);
    const r = await roundTrip('satisfaction-scorecard', [teamA, teamB], { pay });
    expect(r.people.map((p) => [p.name, p.pay?.bonus])).toEqual([['华东客服组', 9000], ['华南客服组', 6850]]);
  });

  it('a survey mean typed on 5 or 10 points (4.3, 8.6) is refused naming the figure it would be; 10.5 and 86 are out of 100', async () => {
    // 4.3 read as 4.3 of 100 scored 4.3 ÷ 100 × 30 = 1.29: 65.49 一般 at exit 0 for the 90 优秀 of 86.
    const on5: FillPerson = { header: { name: '五分制组', period: '2026-Q1' }, values: { ...teamA.values, V1: 4.3 } };
    const on10: FillPerson = { header: { name: '十分制组', period: '2026-Q1' }, values: { ...teamA.values, V1: 8.6 } };
    // 10.5 fits no scale of the definition's [5, 10]: 10.5 ÷ 100 × 30 = 3.15; + 28.2 + 22.5 + 13.5 = 67.35 一般.
    const low: FillPerson = { header: { name: '低分组', period: '2026-Q1' }, values: { ...teamA.values, V1: 10.5 } };
    const r = await roundTrip('satisfaction-scorecard', [teamA, on5, on10, low]);
    expect(byName(r, '华东客服组').total).toBeCloseTo(90, 10);
    expect(byName(r, '低分组').total).toBeCloseTo(67.35, 10);
    for (const name of ['五分制组', '十分制组']) expect(byName(r, name).status).toBe('error');
    const said = r.problems.filter((p) => p.code === 'other-scale').map((p) => [p.person, p.message]);
    expect(said).toHaveLength(2);
    expect(said[0]![1]).toContain('「4.3」像是 5 分制的分数');
    expect(said[0]![1]).toContain('相当于 86 分'); // 4.3 × 100 / 5
    expect(said[1]![1]).toContain('「8.6」像是 10 分制的分数');
    expect(said[1]![1]).toContain('相当于 86 分'); // 8.6 × 100 / 10
  });
});
