// CATALOG §26 cs-work-review: four areas on their own scale of 10, Σ of 40 reported on 100.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, roundTrip } from './roundTrip.js';

const fill = (name: string, scores: number[][], extra: Record<string, string> = {}): FillPerson => ({
  header: { name, employeeId: '', period: '2026-03-31', rater: '林主管', ...extra },
  values: Object.fromEntries(scores.flatMap((s, a) => s.map((v, k) => [`${'ABCD'[a]}${k + 1}`, v]))),
});
// Worked example: 9, 8, 10 → 9; 8, 8, 8 → 8; 7, 9, 8 → 8; 6, 7, 8 → 7 ⇒ 32 of 40 → 80 → 良好
const worked = fill('马琳', [[9, 8, 10], [8, 8, 8], [7, 9, 8], [6, 7, 8]], { comment: '服务细致,学习还需加强' });
// 10, 9, 9 → 9.3333; 9, 9, 9 → 9; 9, 10, 9 → 9.3333; 8, 9, 9 → 8.6667 ⇒ 36.3333 of 40 → 90.8333 → 优秀
const strong = fill('邱彤', [[10, 9, 9], [9, 9, 9], [9, 10, 9], [8, 9, 9]]);
// 11 is over the criterion's 10: an error
const bad = fill('韩雪', [[11, 8, 10], [8, 8, 8], [7, 9, 8], [6, 7, 8]]);

describe('§26 cs-work-review', () => {
  it('areas 9/8/8/7, Σ 32 of 40 → 80 → 良好, parts shown on their own scale', async () => {
    const r = await roundTrip('cs-work-review', [worked, strong, bad], { layout: 'form' });
    const ma = byName(r, '马琳');
    expect(ma.parts.map((p) => [p.score, p.outOf])).toEqual([[9, 10], [8, 10], [8, 10], [7, 10]]);
    expect([ma.points, ma.total, ma.band]).toEqual([32, 80, '良好']);
    expect(ma.header.comment).toBe('服务细致,学习还需加强');
    const qiu = byName(r, '邱彤');
    expect(qiu.total).toBeCloseTo(((28 + 27 + 28 + 26) / 3 / 40) * 100, 10);
    expect(qiu.band).toBe('优秀');
    expect(byName(r, '韩雪').status).toBe('error');
  });
});
