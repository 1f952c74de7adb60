// CATALOG §6 property-service-quality: 符合 / 不符合 / 不适用 over 20 criteria, some judged from a number.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, roundTrip } from './roundTrip.js';

const IDS = ['s1', 's2', 's3', 's4', 's5', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'];
const all = (over: Record<string, string | number | null>) => Object.fromEntries(IDS.map((id) => [`Q.${id}`, id in over ? over[id]! : '符合']));

describe('§6 property-service-quality', () => {
  it('符合 ÷ 适用 × 100: 16 of 18 → 88.8889 → 良好; numbers judged (25 % < 30 % fails, 15 分钟 ≤ 20 passes)', async () => {
    // s2 不符合, r2 25 % (< 30 %) fails, r3 100 % passes, r6 15 分钟 passes, m7 and m8 不适用 ⇒ 16/18 × 100 = 88.8889
    const a: FillPerson = { header: { name: '阳光花园管理处', period: '2026-03' }, values: all({ s2: '不符合', r2: '25%', r3: '100%', r6: '15分钟', m7: '不适用', m8: '不适用' }) };
    // r4 缺失 → 不符合 ⇒ 19/20 = 95 → 优秀
    const b: FillPerson = { header: { name: '滨江一号管理处', period: '2026-03' }, values: all({ r4: '缺失', r2: '35%' }) };
    // m1 empty: every criterion must be answered (the reading error stops the item before its boxes are judged)
    const c: FillPerson = { header: { name: '锦绣园管理处' }, values: all({ m1: null, s1: '好' }) };
    const r = await roundTrip('property-service-quality', [a, b, c]);
    const sun = byName(r, '阳光花园管理处');
    expect(sun.total).toBeCloseTo((16 / 18) * 100, 10);
    expect(sun.band).toBe('良好');
    expect(sun.items[0]!.explanation).toBe('16/18 项 × 100 = 88.8889(不适用 2 项);不达标:入户维修回访率≥30% 25%(≥ 30% 达标)');
    expect([byName(r, '滨江一号管理处').total, byName(r, '滨江一号管理处').band]).toEqual([95, '优秀']);
    expect(r.problems.filter((p) => p.person === '锦绣园管理处' && p.severity === 'error').map((p) => p.code)).toEqual(['required']);
    expect(byName(r, '锦绣园管理处').status).toBe('error');
  });
});
