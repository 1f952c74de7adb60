// CATALOG §19 cs-rep: four areas of 25 %, each the mean of its sub-indicators on 100.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, roundTrip } from './roundTrip.js';

const L = ['需改进', '一般', '良好', '优秀'];
const fill = (name: string, levels: number[]): FillPerson => ({ header: { name, department: '客服部' }, values: Object.fromEntries(levels.map((lv, k) => [`R${k + 1}`, L[lv - 1]!])) });

describe('§19 cs-rep', () => {
  it('areas 91.6667 / 75 / 100 / 62.5 → 82.2917 → 良好', async () => {
    // 服务质量 (4 + 3 + 4)/3 = 3.6667/4 × 100 = 91.6667; 专业知识 (3 + 3)/2 = 3 → 75; 团队合作 4, 4 → 100; 工作效率 (2 + 3)/2 → 62.5
    // ⇒ (91.6667 + 75 + 100 + 62.5) × 25 % = 82.2917 → 良好
    const r = await roundTrip('cs-rep', [fill('宋佳', [4, 3, 4, 3, 3, 4, 4, 2, 3]), fill('姜文', [4, 4, 4, 4, 4, 4, 4, 4, 3]), { header: { name: '错填' }, values: { R1: '很好' } }]);
    const s = byName(r, '宋佳');
    expect(s.parts.map((p) => p.score)).toEqual([expect.closeTo((11 / 12) * 100, 10), 75, 100, 62.5]);
    expect(s.total).toBeCloseTo(((11 / 12) * 100 + 75 + 100 + 62.5) / 4, 10);
    expect(s.band).toBe('良好');
    // 100, 100, 100, (4 + 3)/2 = 87.5 ⇒ 96.875 → 优秀
    expect([byName(r, '姜文').total, byName(r, '姜文').band]).toEqual([96.875, '优秀']);
    expect(byName(r, '错填').status).toBe('error');
  });
});
