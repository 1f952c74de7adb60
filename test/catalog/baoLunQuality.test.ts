// CATALOG §18 bao-lun-quality: ticks worth 2 and 20/9, a dash is an unticked box, 1.1 under 效率 is 110 %.
import { describe, expect, it } from 'vitest';
import type { FillPerson } from '../../src/io/fillTemplate.js';
import { byName, roundTrip } from './roundTrip.js';

const ticks = (prefix: string, marks: string[]) => Object.fromEntries(marks.map((m, k) => [`B${prefix === 'k' ? 2 : 5}.${prefix}${k + 1}`, m]));
// 业务能力 26; 工作知识 10 ticks × 2 = 20; 效率 103 % → 17; 出勤 全勤 10; 合作精神 7 ticks and two 「-」 → 7 × 20/9 = 15.5556
// ⇒ 26 + 20 + 17 + 10 + 15.5556 = 88.5556 → 优秀 (counting the dashes as 不适用 would give 7/7 × 20 = 20, 93 → 特别优秀)
const yang: FillPerson = {
  header: { name: '杨帆', employeeId: 'B01', department: '客服部', position: '客服专员' },
  values: { 'B1.score': 26, ...ticks('k', Array(10).fill('√')), 'B3.rate': '103%', ...ticks('t', ['√', '√', '√', '√', '√', '√', '√', '-', '-']) },
};
// 业务能力 22; 工作知识 8 of 10 → 16; 效率 typed 1.1 → 110 % → 20 (warning: read as 110 %); 出勤 请假 1, 迟到 2 → 7;
// 合作精神 all nine → 20 ⇒ 22 + 16 + 20 + 7 + 20 = 85 → 优秀
const zhu: FillPerson = {
  header: { name: '朱琳', employeeId: 'B02', department: '客服部' },
  values: { 'B1.score': 22, ...ticks('k', ['√', '√', '√', '√', '√', '√', '√', '√', '×', '×']), 'B3.rate': 1.1, 'B4.leave': 1, 'B4.late': 2, ...ticks('t', Array(9).fill('√')) },
};
// 不适用 in a 合作精神 box: this form has no 不适用 — an error, not a smaller denominator
const hu: FillPerson = {
  header: { name: '胡军', employeeId: 'B03', department: '客服部' },
  values: { 'B1.score': 20, ...ticks('k', Array(10).fill('√')), 'B3.rate': '95%', ...ticks('t', ['√', '不适用', '√', '√', '√', '√', '√', '√', '√']) },
};

describe('§18 bao-lun-quality', () => {
  it('88.5556 → 优秀 with dashes as unticked boxes; 1.1 under 效率 is 110 % with a warning', async () => {
    const r = await roundTrip('bao-lun-quality', [yang, zhu, hu]);
    const y = byName(r, '杨帆');
    expect(y.items.map((i) => i.score)).toEqual([26, 20, 17, 10, expect.closeTo(140 / 9, 10)]);
    expect(y.total).toBeCloseTo(26 + 20 + 17 + 10 + 140 / 9, 10);
    expect(y.band).toBe('优秀');
    expect(y.items[4]!.explanation).toBe('7/9 项 × 20 = 15.5556(每项 20/9)');
    const z = byName(r, '朱琳');
    expect([z.total, z.band]).toEqual([85, '优秀']);
    expect(r.problems.filter((p) => p.person === '朱琳').map((p) => [p.severity, p.code])).toEqual([['warning', 'ambiguous-percent']]);
    expect(byName(r, '胡军').status).toBe('error');
  });

  it('ticks as people type them: ☑, v and V for √; x, X and ☐ for × — 8 of 10 → 16, as 朱琳', async () => {
    const marks = ['☑', 'v', 'V', '√', '√', '√', '√', '√', 'x', '☐'];
    const r = await roundTrip('bao-lun-quality', [{ ...zhu, values: { ...zhu.values, ...ticks('k', marks) } }]);
    const z = byName(r, '朱琳');
    expect([z.items[1]!.score, z.total]).toEqual([16, 85]);
  });
});
