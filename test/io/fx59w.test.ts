// §8 「奖惩」 merged over 扣分 | 原因 (a two-row roster heading): the adjustment's points taken off, read within 其它 only —
// 扣分 alone is 表格管理's 每次扣分 (its alias), and 「奖惩·扣分」 was read as that. Fixtures: test/fixtures/fx59w/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx59w', name);
const people = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band]);
const errors = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity === 'error');
const warnings = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity === 'warning').map((p) => [p.code, p.cell]);
const item = (r: Awaited<ReturnType<typeof gradedReport>>, who: number, id: string) => r.people[who]!.items.find((i) => i.id === id)!;
const form = 'mattress-cs-monthly';

// §8, by the catalog: 张三 18 (45/50 × 20) + 15 (表格管理 in E: 20 − 3 − 2) + 11 (15 − 2×1 − 1×2) + 3 (8 − 5×1) + 9 + 13 + 8
// (10 − 2×1) = 77, no 奖惩 → 77 一般 (the team's 79 is said as an override); 李四 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100 优秀;
// 王五 16 (24/30 × 20) + 18 (20 − 2, E) + 12 (15 − 1 − 2) + 9 + 8 + 12 + 8 (10 − 2×1) = 83, 扣分 2 under 奖惩 → −2 = 81 良好.
const SCORED = [['张三', '77.00', '一般'], ['李四', '100.00', '优秀'], ['王五', '81.00', '良好']];

describe('§8 roster: 奖惩 merged over 扣分 | 原因', () => {
  it('reads 奖惩·扣分 as 奖惩分 taken off (2 → −2) and E 扣分明细 as 表格管理\'s: 77 / 100 / 81 (was 82 / 100 / 83 at exit 0)', async () => {
    const r = await gradedReport(fixture('r_kou.xlsx'), { form });
    expect(people(r)).toEqual(SCORED);
    expect(errors(r)).toEqual([]);
    // Only the team's 79 for 张三 (it held his +2 of r_2row); nothing of 其它·奖惩分 missing or its points empty.
    expect(warnings(r)).toEqual([['override', 'S4']]);
    expect(item(r, 0, 'M2').explanation).toBe('20 − (3+2) = 15');
    expect(item(r, 2, 'M2').score).toBe(18);
    expect(item(r, 2, 'M8').explanation).toBe('−2(客户投诉)');
    expect(r.problems.some((p) => p.code === 'unknown-column' && p.message.includes('扣分明细'))).toBe(false);
  });

  it('−2 typed under 奖惩·扣分 is 2 taken off as well: 王五 81 (was refused as 表格管理\'s −2)', async () => {
    const r = await gradedReport(fixture('r_kou_neg.xlsx'), { form });
    expect(people(r)).toEqual(SCORED);
    expect(errors(r)).toEqual([]);
  });

  it('「其它」 or 「奖惩分」 over 扣分 | 原因 the same: 77 / 100 / 81 (其它 was refused at exit 1, 奖惩分 82 / 100 / 83 at exit 0)', async () => {
    for (const f of ['r_kou_other.xlsx', 'r_kou_fen.xlsx']) {
      const r = await gradedReport(fixture(f), { form });
      expect(people(r)).toEqual(SCORED);
      expect(errors(r)).toEqual([]);
    }
  });

  it('奖惩 over 扣分 | 加分: the one signed 奖惩分, 加分 − 扣分 — none read as 表格管理\'s: 77 / 100 / 81 (王五 was unscored at exit 1, fx60m)', async () => {
    const r = await gradedReport(fixture('r_kou_jia.xlsx'), { form });
    // 张三 77 and 李四 100 as above; 王五 83, 扣分 2 under 奖惩 → 0 − 2 = −2 → 81 良好.
    expect(people(r)).toEqual(SCORED);
    expect(errors(r)).toEqual([]);
    expect(item(r, 2, 'M2').score).toBe(18);
    expect(item(r, 2, 'M8').explanation).toBe('−2(客户投诉)');
  });

  it('减分 under 奖惩 reads as 扣分 does, 2 → −2: 77 / 100 / 81 (王五 was refused at Q6, exit 1; fx60m)', async () => {
    const r = await gradedReport(fixture('r_jian.xlsx'), { form });
    expect(people(r)).toEqual(SCORED);
    expect(errors(r)).toEqual([]);
  });

  it('another item\'s input under 奖惩 (用语不规范) is refused, not taken for 日常服务规范\'s (张三 79 at exit 0, his F dropped)', async () => {
    const r = await gradedReport(fixture('r_other_input.xlsx'), { form });
    expect(people(r)).toEqual([SCORED[0], SCORED[1], ['王五', null, null]]);
    expect(item(r, 0, 'M3').score).toBe(11);
    expect(errors(r).map((p) => p.cell)).toEqual(['Q3', 'Q6']);
  });

  it('扣分 under its own item (表格管理 over 扣分) beside 奖惩 over 分数 | 原因: 79 / 100 / 81 as before', async () => {
    // 张三 77 + 2 (表扬信) = 79 一般; 王五 83 − 2 (客户投诉) = 81 良好.
    const r = await gradedReport(fixture('r_item_kou.xlsx'), { form });
    expect(people(r)).toEqual([['张三', '79.00', '一般'], SCORED[1], SCORED[2]]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });
});

describe('§8 奖惩 over 加分 | 扣分 | 原因 (review 59 h)', () => {
  it('read as 加分 − 扣分 (fx60m): 张三 77 + 2 = 79 一般, 李四 100, 王五 96 − 2 = 94 优秀 (both columns were refused, exit 1)', async () => {
    const r = await gradedReport(fixture('jc-jia-kou.xlsx'), { form: 'mattress-cs-monthly' });
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 79, '一般'], ['李四', 100, '优秀'], ['王五', 94, '优秀']]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });
});

describe('§8 「奖惩(扣分)」 typed in the first of two heading rows, the second blank and not merged (review 59 h)', () => {
  it('its 2 is taken off, as under the merged or one-row heading: 王五 96 − 2 = 94 (was +2, 98 at exit 0 with a sign warning)', async () => {
    const r = await gradedReport(fixture('onerow-jc-kou.xlsx'), { form: 'mattress-cs-monthly' });
    // 王五 20 + 18 + 14 + 10 + 10 + 14 + 10 = 96, 奖惩 −2 → 94 优秀; 张三 18 + 15 + 11 + 3 + 9 + 13 + 8 = 77; 李四 100.
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 77], ['李四', 100], ['王五', 94]]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });
});
