// Review 60 (s8) of e3338633 in roster reading (rowKinds.ts columnSumsRow) and 奖惩 reasons (engine/rules/adjustment.ts
// ERRED). Fixtures: test/fixtures/fx60e/ (make.py; avg-fmt0.xlsx and avg-formula-whole.xlsx are LibreOffice's, results
// cached).
// 1. A nameless =AVERAGE(F2:F5)… row formatted 0 (39.5 shown 「40」) under fx59i's four people: refused as a fifth person
//    at exit 1 (「B6「被考核人」未填写」, 「应为不小于0的整数,实际为「39.5」」) — e3338633 let a mean tell only where its
//    decimals are shown.
// 2. §8 奖惩 −2 「上月漏扣报错1次,本月补2分」 refused 「请把奖惩分改为 +2」: the 扣 of 漏扣 beside 报错 read as 扣分算错.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx60e', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const scores = (r: Report) => r.people.map((p) => [p.name, p.status, p.status !== 'scored' || p.total === undefined ? null : Math.round(p.total * 1000) / 1000, p.status === 'scored' ? (p.band ?? null) : null]);
const skipped = (r: Report) => r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.message);
const notInfo = (r: Report) => [...r.problems, ...r.people.flatMap((p) => p.problems)].filter((p) => p.severity !== 'info');

// §8 (CATALOG): M1 V/N × 20; M2 20 − Σ; M3 15 − 2×用语 − 1×短信 − 2×跟踪; M4 base − 5 × count; M5; M6;
// M7 10 − 2×迟到 − 5×旷工 − 2×无关 − 3×睡觉; M8 奖惩.
// fx59i's four: 张三 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100; 李四 38/40 × 20 = 19, 20 − 2 = 18, 15 − 2 = 13, 9, 9, 14,
// 10 ⇒ 92; 王五 20 + 20 + 15 + 10 + 10 + 15 + (10 − 2) = 98; 赵六 20 + 20 + (15 − 1) + 10 + 10 + 15 + 10 = 99.
const fx59i = [
  ['张三', 'scored', 100, '优秀'],
  ['李四', 'scored', 92, '优秀'],
  ['王五', 'scored', 98, '优秀'],
  ['赵六', 'scored', 99, '优秀'],
];
// avg-*-whole's four: 张三 100; 李四 19 + 20 + (15 − 2×2 = 11) + 9 + 9 + 14 + 10 = 92; 王五 20 + 20 + 15 + 10 + 10 + 15 +
// (10 − 2×2 = 6) = 96; 赵六 19 + 20 + 11 + 10 + 10 + 15 + 6 = 91. Means: 回访客户数 (40 + 38 + 40 + 38) / 4 = 39,
// 用语不规范 (0 + 2 + 0 + 2) / 4 = 1, 迟到 1 — whole; 基础分 and 处理能力 (10 + 9 + 10 + 10) / 4 = 9.75, 态度 14.75.
const whole = [
  ['张三', 'scored', 100, '优秀'],
  ['李四', 'scored', 92, '优秀'],
  ['王五', 'scored', 96, '优秀'],
  ['赵六', 'scored', 91, '优秀'],
];
const AVERAGE_ROW = '第6行「(无标签,各数为上面各人的平均)」';

describe('a nameless average row whose format hides its decimals', () => {
  it('§8 =AVERAGE(F2:F5)… formatted 0 (cached 39.5, 0.5, 0.25, 9.75, 14.75): skipped, 100 / 92 / 98 / 99 at exit 0', async () => {
    const r = await gradedReport(fixture('avg-fmt0.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r)).toEqual(fx59i);
    expect(skipped(r)).toHaveLength(1);
    expect(skipped(r)[0]).toContain(AVERAGE_ROW);
    expect(notInfo(r)).toEqual([]);
  });

  it('§8 the same means pasted as values, formatted 0: a count of 39.5 (回访客户数) is no person\'s — skipped', async () => {
    const r = await gradedReport(fixture('avg-values-fmt0.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r)).toEqual(fx59i);
    expect(skipped(r)[0]).toContain(AVERAGE_ROW);
    expect(notInfo(r)).toEqual([]);
  });

  it('§8 =AVERAGE over the rows above where every count\'s mean is whole (39, 1, 1; 9.75 shown 「10」): skipped, 100 / 92 / 96 / 91', async () => {
    const r = await gradedReport(fixture('avg-formula-whole.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r)).toEqual(whole);
    expect(skipped(r)[0]).toContain(AVERAGE_ROW);
    expect(notInfo(r)).toEqual([]);
  });

  it('§8 stays: the same figures typed (no formula; 基础分 9.75 is a figure of one\'s own) — a nameless 5th person, refused', async () => {
    const r = await gradedReport(fixture('avg-values-whole.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r).slice(0, 4)).toEqual(whole);
    expect(r.problems.some((p) => p.code === 'skipped-row')).toBe(false);
    expect(r.problems.find((p) => p.code === 'header-missing')?.cell).toBe('B6');
  });
});

describe('奖惩: a missed deduction beside a work error', () => {
  // 张三 79 一般 and 王五 53 待改进 (CATALOG worked example, fx59i); 李四 20 + 20 + 15 + 10 + 10 + 15 + 10 − 2 = 98 优秀.
  it.each([['s8-missed-reported-wrong.csv', '上月漏扣报错1次,本月补2分'], ['s8-missed-counted-wrong.csv', '上月漏扣计错1单,补2分']])(
    '§8 %s 「%s」 −2: 李四 98 at exit 0, not refused 「请把奖惩分改为 +2」',
    async (file) => {
      const r = await gradedReport(fixture(file), { form: 'mattress-cs-monthly' });
      expect(scores(r)).toEqual([['张三', 'scored', 79, '一般'], ['李四', 'scored', 98, '优秀'], ['王五', 'scored', 53, '待改进']]);
      expect(notInfo(r)).toEqual([]);
    },
  );

  it('§8 stays: 「上月扣分算错,补2分」 −2 (the deduction itself miscounted: +2 meant, 100 + 2 = 102 → 100) — refused', async () => {
    const r = await gradedReport(fixture('s8-deduction-miscounted.csv'), { form: 'mattress-cs-monthly' });
    const lisi = r.people.find((p) => p.name === '李四')!;
    expect(lisi.status).toBe('error');
    expect(lisi.problems.filter((p) => p.severity !== 'info').map((p) => [p.code, p.cell])).toEqual([['reason-sign', 'T3']]);
  });
});

describe('§8 average rows written other ways (review 60 of f496dd68)', () => {
  for (const [file, formula] of [
    ['mean-avg-list.xlsx', '=AVERAGE(F2,F3,F4,F5)'], ['mean-avg-round.xlsx', '=ROUND(AVERAGE(F2:F5),0)'],
    ['mean-subtotal1.xlsx', '=SUBTOTAL(1,F2:F5)'], ['mean-subtotal101.xlsx', '=SUBTOTAL(101,F2:F5)'],
  ] as const) {
    it(`${formula}: the row skipped, 张三 100 / 李四 92 / 王五 96 / 赵六 91 (was refused as a nameless 5th person)`, async () => {
      // 李四 19 + 20 + 11 + 9 + 9 + 14 + 10 = 92 (the others as in avg-formula-whole); row 6 no person.
      const r = await gradedReport(path.join(repoRoot, 'test/fixtures/fx60e', file), { form: 'mattress-cs-monthly' });
      expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 100], ['李四', 92], ['王五', 96], ['赵六', 91]]);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });
  }
});
