// CATALOG §13 cs-scheme-100: 100 points, left-open K bands (95 is 良好), pay = 基数 × K.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, payFile, roundTrip } from './roundTrip.js';

const person = (id: string, name: string, s: number[]): FillPerson => ({
  header: { name, employeeId: id, department: '客服部', period: '2026-03' },
  values: Object.fromEntries(s.map((v, k) => [`P${k + 1}`, v])),
});
// 20 + 30 + 10 + 10 + 5 + 5 + 10 + 5 = 95 → 良好 (95 is not above 95), K 1.0
const at95 = person('C01', '周杰', [20, 30, 10, 10, 5, 5, 10, 5]);
// 20 + 30 + 10 + 10 + 5 + 5 + 10 + 6 = 96 → 优秀, K 1.1
const at96 = person('C02', '吴婷', [20, 30, 10, 10, 5, 5, 10, 6]);
// 18 + 25 + 8 + 8 + 4 + 5 + 8 + 9 = 85 → 待改进 (85 is not above 85), K 0.8
const at85 = person('C03', '郑爽', [18, 25, 8, 8, 4, 5, 8, 9]);
// 业绩考核 25 > 20: out of range, not scored
const bad = person('C04', '冯伟', [25, 30, 10, 10, 5, 5, 10, 6]);

describe('§13 cs-scheme-100', () => {
  it('95 → 良好 K 1.0, 96 → 优秀 K 1.1, 85 → 待改进 K 0.8; pay = 基数 × K (no under-60 cut)', async () => {
    const pay = payFile(['工号,姓名,绩效基数,基本工资', 'C01,周杰,2000,3000', 'C02,吴婷,2000,3000', 'C03,郑爽,2000,3000']);
    const r = await roundTrip('cs-scheme-100', [at95, at96, at85, bad], { pay });
    expect([byName(r, '周杰').total, byName(r, '周杰').band, byName(r, '周杰').bandData]).toEqual([95, '良好', { K: 1 }]);
    expect([byName(r, '吴婷').total, byName(r, '吴婷').band, byName(r, '吴婷').bandData]).toEqual([96, '优秀', { K: 1.1 }]);
    expect([byName(r, '郑爽').total, byName(r, '郑爽').band, byName(r, '郑爽').bandData]).toEqual([85, '待改进', { K: 0.8 }]);
    // 2000 × 1.0 = 2000, 工资总额 5000; 2000 × 1.1 = 2200, 5200; 2000 × 0.8 = 1600, 4600
    expect([byName(r, '周杰').pay, byName(r, '吴婷').pay, byName(r, '郑爽').pay].map((p) => [p!.bonus, p!.gross])).toEqual([[2000, 5000], [2200, 5200], [1600, 4600]]);
    expect(byName(r, '吴婷').pay!.explanation).toBe('绩效基数 2000 × K 1.1(优秀,分数 96) = 2200;工资总额 = 基本工资 3000 + 绩效奖金 2200 = 5200');
    // K is in every output: the explanation (and so the graded sheet's 说明 and 明细) says it after the band.
    expect(byName(r, '吴婷').explanation).toMatch(/ → 优秀\(K 1\.1\)$/);
    expect(byName(r, '周杰').explanation).toMatch(/ → 良好\(K 1\)$/);
    expect(byName(r, '冯伟').status).toBe('error');
    expect(r.bands).toEqual({ 优秀: 1, 良好: 1, 一般: 0, 待改进: 1 });
  });
});
