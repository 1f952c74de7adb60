// CATALOG §29 cs-dept-rating: the grade from counts of indicators, the 100-point figure for roll-ups.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, roundTrip } from './roundTrip.js';

const NAMES = ['不符合要求', '一般', '良好', '优秀'];
const fill = (name: string, levels: number[][]): FillPerson => ({
  header: { name, employeeId: '', department: '客服部', period: '2026-03' },
  values: Object.fromEntries(levels.flatMap((ls, a) => ls.map((lv, k) => [`${'ABCD'[a]}${k + 1}`, NAMES[lv - 1]!]))),
});

describe('§29 cs-dept-rating', () => {
  it('worked example: 3.75 / 2.75 / 3.25 / 2.25 → three ≥ 2.5 → 良好, 75; the other grades by their counts', async () => {
    // 3.75, 2.75, 3.25, 2.25 ⇒ not all ≥ 3.5; three ≥ 2.5 → 良好; (3.75 + 2.75 + 3.25 + 2.25)/4 = 3 / 4 × 100 = 75
    const worked = fill('钱多', [[4, 4, 3, 4], [3, 3, 3, 2], [3, 4, 3, 3], [2, 2, 3, 2]]);
    // every indicator 3.5 or 4 → 优秀; (4 + 3.5 + 3.75 + 3.5)/4 = 3.6875 / 4 × 100 = 92.1875
    const best = fill('孔明', [[4, 4, 4, 4], [4, 3, 4, 3], [4, 4, 3, 4], [3, 4, 3, 4]]);
    // 1.25, 1.25, 2, 2 → two < 1.5 → 不符合要求; (1.25 + 1.25 + 2 + 2)/4 = 1.625 / 4 × 100 = 40.625
    const poor = fill('曹操', [[1, 1, 1, 2], [1, 2, 1, 1], [2, 2, 2, 2], [2, 2, 2, 2]]);
    // 2.5, 2, 2, 2 → not three ≥ 2.5, no two < 1.5 → 一般; (2.5 + 2 + 2 + 2)/4 = 2.125 → 53.125
    const middle = fill('刘备', [[3, 2, 3, 2], [2, 2, 2, 2], [2, 2, 2, 2], [2, 2, 2, 2]]);
    const r = await roundTrip('cs-dept-rating', [worked, best, poor, middle]);
    const qian = byName(r, '钱多');
    expect(qian.parts.map((p) => p.score)).toEqual([3.75, 2.75, 3.25, 2.25]);
    expect([qian.total, qian.band]).toEqual([75, '良好']);
    // The grade is not the total's (75 would be 良好 by itself; 刘备's 53.125 一般 shows it): the explanation says so.
    // Which rule gave it, as the worked example says it: not all ≥ 3.5; three ≥ 2.5 (3.75, 2.75, 3.25) → 良好.
    expect(qian.explanation).toMatch(/ = 75;等级按各部分得分定\(不按总分\):4 个部分中 3 个 ≥ 2\.5\(「所有部分 ≥ 3\.5」未达到\) → 良好$/);
    // 刘备 2.5, 2, 2, 2: none of the three rules holds → 一般, and each is named.
    expect(byName(r, '刘备').explanation).toMatch(/:「所有部分 ≥ 3\.5」,「至少 3 个部分 ≥ 2\.5」,「至少 2 个部分 < 1\.5」未达到 → 一般$/);
    expect([byName(r, '孔明').total, byName(r, '孔明').band]).toEqual([92.1875, '优秀']);
    expect([byName(r, '曹操').total, byName(r, '曹操').band]).toEqual([40.625, '不符合要求']);
    expect([byName(r, '刘备').total, byName(r, '刘备').band]).toEqual([53.125, '一般']);
    expect(r.bands).toEqual({ 优秀: 1, 良好: 1, 一般: 1, 不符合要求: 1 });
  });
});
