// Review 59 red-team findings in roster reading (rowKinds.ts classifyRow, engine/values.ts). Fixtures: test/fixtures/fx59i/
// (make.py; sum-nolabel.xlsx is LibreOffice's, its =SUM results cached).
// 1. A totals row with no label (姓名, 工号 blank; every figure the column's sum over the people above, or its mean): a fourth
//    person 「(无姓名) — 未评分」 with 7 errors at exit 1 (§10), 4 (§8 xlsx) — advice to name it would make a fake person.
// 2. §8 奖惩 「(3)」 (会计专用 negative, as Excel/WPS export it) refused 「应为-100到100之间的数」 where 「-3」 scores 97 优秀.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx59i', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const scores = (r: Report) => r.people.map((p) => [p.name, p.status, p.status !== 'scored' || p.total === undefined ? null : Math.round(p.total * 1000) / 1000, p.status === 'scored' ? (p.band ?? null) : null]);
const skipped = (r: Report) => r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.message);
const notInfo = (r: Report) => [...r.problems, ...r.people.flatMap((p) => p.problems)].filter((p) => p.severity !== 'info');

// §10 (CATALOG): weight × achievement × 100, 销售额 and 转化率 capped at 120 %, 响应时间 target ÷ actual capped at 100 %.
// 张三 120000/100000 → 1.2 × 25 = 30; 92 → 18.4; 30/300 = 10 % ÷ 8 % = 1.25 → 1.2 × 15 = 18; 30/40 × 10 = 7.5;
//      85 → 8.5; 90 → 9; 80 → 4; 90 → 4.5 ⇒ 99.90 优秀.
// 李四 0.85 × 25 = 21.25; 17.6; 5 % ÷ 8 % = 0.625 × 15 = 9.375; 30/25 → 1 × 10 = 10; 7; 7.5; 4.5; 4.25 ⇒ 81.475 → 81.48 良好.
// 王五 0.605 × 25 = 15.125; 15; 4 % ÷ 8 % = 0.5 × 15 = 7.5; 30/60 × 10 = 5; 6; 7; 3.5; 3 ⇒ 62.125 → 62.13 一般.
const sales = [
  ['张三', 'scored', 99.9, '优秀'],
  ['李四', 'scored', 81.475, '良好'], // shown 81.48
  ['王五', 'scored', 62.125, '一般'], // shown 62.13
];
// §8 (CATALOG worked example): 张三 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79 一般.
// 李四 40/40 → 20; 表格管理 0 → 20; 15; 基础分 10 − 0 = 10; 10; 15; 10; 奖惩 −3 ⇒ 100 − 3 = 97 优秀.
// 王五 30/60 × 20 = 10; 20 − (5 + 5 + 5) = 5; 15 − 2×2 − 2×1 = 9; 6; 7; 11; 10 − 5 × 1 = 5 ⇒ 53 待改进.
const mattress = (lisi: number, band = '优秀') => [
  ['张三', 'scored', 79, '一般'],
  ['李四', 'scored', lisi, band],
  ['王五', 'scored', 53, '待改进'],
];

describe('a totals row without a label under the roster', () => {
  it('§10 CSV: every figure the column\'s sum (265500 = 120000 + 85000 + 60500 …) — skipped as a total, the three scored', async () => {
    const r = await gradedReport(fixture('s10-sum.csv'), { form: 'sales-cs-kpi' });
    expect(scores(r)).toEqual(sales);
    expect(skipped(r)).toHaveLength(1);
    expect(skipped(r)[0]).toContain('第5行「(无标签,各数为上面各人之和)」');
    expect(notInfo(r)).toEqual([]);
  });

  it('§8 a nameless 5th person whose whole figures sit within 0.5 of the means above (40 for 39.5, 0 for 0.5, 15 for 14.75): refused as before, not an average row', async () => {
    // Review 59 (g): dropped at exit 0 with an info 「(无标签,各数为上面各人的平均)」; base refused 「被考核人」未填写 at B6.
    // A mean tells only where it has decimals and the row shows them.
    const r = await gradedReport(fixture('nameless-last.xlsx'), { form: 'mattress-cs-monthly' });
    expect(r.problems.some((p) => p.code === 'skipped-row')).toBe(false);
    expect(r.problems.find((p) => p.code === 'header-missing')?.cell).toBe('B6');
  });

  it('§10 CSV: every figure the column\'s mean as shown (88500; 1000 ÷ 3 → 333; 125 ÷ 3 → 42; 8%), 考核月份 filled — an average row', async () => {
    const r = await gradedReport(fixture('s10-mean.csv'), { form: 'sales-cs-kpi' });
    expect(scores(r)).toEqual(sales);
    expect(skipped(r)).toHaveLength(1);
    expect(skipped(r)[0]).toContain('第5行「(无标签,各数为上面各人的平均)」');
    expect(notInfo(r)).toEqual([]);
  });

  it('§8 xlsx: =SUM(F2:F4) … in row 5 with 考核月份 (LibreOffice\'s cached results) — 79 / 97 / 53, the row skipped', async () => {
    const r = await gradedReport(fixture('sum-nolabel.xlsx'));
    expect(scores(r)).toEqual(mattress(97));
    expect(skipped(r)).toHaveLength(1);
    expect(skipped(r)[0]).toContain('第5行「(无标签,各数为上面各人之和)」');
    expect(notInfo(r)).toEqual([]);
  });

  // Nearest sound variants: a person whose name was forgotten stays one, refused as before.
  for (const [file, what] of [
    ['s10-sum-one-off.csv', 'one figure not its column\'s sum (256 for 92 + 88 + 75 = 255)'],
    ['s10-nameless-person.csv', 'a fourth person\'s own figures (90000, 80, 15 …)'],
  ] as const) {
    it(`§10 CSV: ${what} — still a person without a name, not scored`, async () => {
      const r = await gradedReport(fixture(file), { form: 'sales-cs-kpi' });
      expect(scores(r)).toEqual([...sales, ['', 'error', null, null]]);
      expect(skipped(r)).toEqual([]);
      expect(r.people[3]!.problems.some((p) => p.severity === 'error' && p.message.includes('「姓名」未填写'))).toBe(true);
    });
  }
});

describe('an accounting-style negative in a signed field', () => {
  for (const [file, typed, lisi] of [
    ['s8-acct.csv', '(3)', 97], // 100 − 3
    ['s8-acct-half.csv', '(3.5)', 96.5], // 100 − 3.5
    ['s8-acct-fullwidth.csv', '（3）', 97],
  ] as const) {
    it(`§8 奖惩 「${typed}」 is −${100 - lisi}: 李四 ${lisi} 优秀`, async () => {
      const r = await gradedReport(fixture(file));
      expect(scores(r)).toEqual(mattress(lisi));
      expect(notInfo(r)).toEqual([]);
    });
  }

  it('§8 a count 「(1)」 (用语不规范) is no negative: refused as before, the others scored', async () => {
    const r = await gradedReport(fixture('s8-acct-count.csv'));
    expect(scores(r)).toEqual([mattress(97)[0], ['李四', 'error', null, null], mattress(97)[2]]);
    const errors = r.people[1]!.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.cell).toBe('I3');
    expect(errors[0]!.message).toContain('「(1)」');
  });
});
