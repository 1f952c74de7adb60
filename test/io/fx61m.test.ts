// Review 61: choices typed with their points, near variants of review 60's (commits aa0c6310, 63db1a8e) still refused.
// §1 after-sales-monthly 服务意识 「4级(40分)」「4级 40分」 and 以客户为中心 「3级(30分)」 were refused unknown-choice (the 4 of
// 「4级」 taken as points, the words-then-points reading never tried) while 「三级(30分)」「40分 4级」 read; §17 probation
// 「熟悉并准确 20」 (words then bare points), 「【20分】熟悉并准确」「一般友好【25分】」 were refused though 「20 熟悉并准确」 read;
// §18 「√ 2分」, a tick typed with the 2 it is worth in 工作知识, was refused choice-points-clash 「√ 是 1 分的一档」.
// Fixtures test/fixtures/fx61m: the reviewer's workbooks (kpi's roster templates filled by openpyxl).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';
import { byName, roundTrip } from '../catalog/roundTrip.js';
import type { FillPerson } from '../../src/io/fillTemplate.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx61m', name);
const rows = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band]);

describe('§1 a level then its points (「4级(40分)」「3级(30分)」「4级 40分」)', () => {
  it('张三, 李四 scored as 王五: 79.56 一般 (both were unscored at exit 1)', async () => {
    // A: 客户信息管理 92 % → 20, 客户档案管理 部分不完整 10, 客户回访 完成 20, 投诉处理 1 unmet → 20 − 5 = 15: 65/80 = 81.25;
    // B: 服务意识 4级 40 + 以客户为中心 3级 30 = 70; 81.25 × 0.85 + 70 × 0.15 = 69.0625 + 10.5 = 79.5625 → 79.56 一般.
    const r = await gradedReport(fixture('as-levels-points.xlsx'));
    expect(rows(r)).toEqual([['张三', '79.56', '一般'], ['李四', '79.56', '一般'], ['王五', '79.56', '一般']]);
    for (const p of r.people) expect(p.items.map((i) => i.score), p.name).toEqual([20, 10, 20, 15, 40, 30]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('§17 the words then bare points, points in 【】 (「熟悉并准确 20」「【20分】熟悉并准确」「一般友好【25分】」)', () => {
  it('张三 90.00 优秀, 李四 83.00 良好 (both were unscored at exit 1); 王五 86.00 良好 as before', async () => {
    // 张三: 0 次 → 10; 熟悉并准确 20 + 一般友好 25 + 一般合作 15 + 快速准确解决 20 = 10 + 80 = 90 → 优秀.
    // 李四: 1 次 → 8; 20 + 25 + 「一般合作 15分」 15 + 「能解决 15分」 15 = 8 + 75 = 83 → 良好.
    // 王五: 2 次 → 6; 「熟悉并准确(20分)」 20 + 25 + 20 + 15 = 6 + 80 = 86 → 良好 (read before too).
    const r = await gradedReport(fixture('pb-words-points.xlsx'));
    expect(rows(r)).toEqual([['张三', '90.00', '优秀'], ['李四', '83.00', '良好'], ['王五', '86.00', '良好']]);
    expect(r.people.map((p) => p.items.map((i) => i.score))).toEqual([[10, 20, 25, 15, 20], [8, 20, 25, 15, 15], [6, 20, 25, 20, 15]]);
    // (The 转正建议 column holds sign-offs, 「签字:王五」: warned as before — another review's.)
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

// §18 bao-lun-quality: 工作知识 ten ticks × 2 (20/10); 合作精神 nine ticks × 20/9.
const ticks = (prefix: 'k' | 't', marks: string[]) => Object.fromEntries(marks.map((m, k) => [`B${prefix === 'k' ? 2 : 5}.${prefix}${k + 1}`, m]));
// 业务能力 26; 工作知识 8 ticks (「√ 2分」 ×3, 「√」 ×5) and two × → 8 × 2 = 16; 效率 103 % → 17; 出勤 全勤 10; 合作精神 all nine
// → 20 ⇒ 26 + 16 + 17 + 10 + 20 = 89 → 优秀.
const yang: FillPerson = {
  header: { name: '杨帆', employeeId: 'B01', department: '客服部' },
  values: { 'B1.score': 26, ...ticks('k', ['√ 2分', '√ 2分', '√(2分)', '√', '√', '√', '√', '√', '×', '× 0分']), 'B3.rate': '103%', ...ticks('t', Array(9).fill('√')) },
};
// Kept: a cross typed with 2 is no tick — refused at its cell, the person not scored.
const zhu: FillPerson = { header: { name: '朱琳', employeeId: 'B02', department: '客服部' }, values: { ...yang.values, 'B2.k9': '× 2分' } };

describe('§18 a tick typed with the 2 it is worth (「√ 2分」)', () => {
  for (const layout of ['roster', 'form'] as const) {
    it(`${layout}: 杨帆 89.00 优秀 (was refused choice-points-clash 「√ 是 1 分的一档」); 「× 2分」 still refused`, async () => {
      const r = await roundTrip('bao-lun-quality', [yang, zhu], { layout });
      const y = byName(r, '杨帆');
      expect([y.items.map((i) => i.score), y.total, y.band]).toEqual([[26, 16, 17, 10, 20], 89, '优秀']);
      expect(r.problems.filter((p) => p.person === '杨帆' && p.severity === 'error')).toEqual([]);
      expect(byName(r, '朱琳').status).toBe('error');
      expect(r.problems.filter((p) => p.person === '朱琳' && p.severity === 'error').map((p) => p.code)).toEqual(['choice-points-clash']);
    });
  }
});
