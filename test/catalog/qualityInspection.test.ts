// CATALOG §20 quality-inspection: a site; counts against 「N处以上不规范为不达标」, 缺失 / 无记录 fail.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, roundTrip } from './roundTrip.js';

const zeros = Object.fromEntries(Array.from({ length: 21 }, (_, k) => [`C${k + 1}`, 0 as number | string]));

describe('§20 quality-inspection', () => {
  it('18 of 21 checks 达标 → 85.7143 → 良好; all clean → 100; an empty check is an error', async () => {
    // 仪容仪表 2 < 3 passes; 投诉记录 (C16) 2 ≥ 2 fails; 催缴会议纪要 (C20) 无记录 fails; 培训记录 (C7) 缺失 fails ⇒ 18/21 × 100
    const a: FillPerson = { header: { name: '阳光花园管理处', period: '2026-03', inspector: '品质部 周工' }, values: { ...zeros, C1: 2, C16: 2, C20: '无记录', C7: '缺失' } };
    const b: FillPerson = { header: { name: '滨江一号管理处', period: '2026-03' }, values: { ...zeros } };
    const c: FillPerson = { header: { name: '锦绣园管理处', period: '2026-03' }, values: { ...zeros, C3: null, C5: '好' } };
    const r = await roundTrip('quality-inspection', [a, b, c]);
    const sun = byName(r, '阳光花园管理处');
    expect(sun.points).toBe(18);
    expect(sun.total).toBeCloseTo((18 / 21) * 100, 10);
    expect(sun.band).toBe('良好');
    expect(sun.items.find((i) => i.id === 'C16')!.explanation).toBe('0/1 项 × 1 = 0;不达标:不规范处数');
    expect([byName(r, '滨江一号管理处').total, byName(r, '滨江一号管理处').band]).toEqual([100, '优秀']);
    expect(r.problems.filter((p) => p.person === '锦绣园管理处' && p.severity === 'error').map((p) => p.code).sort()).toEqual(['required', 'unknown-choice']);
  });
});
