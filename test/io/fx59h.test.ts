// An adjustment's name over plain words: §8 「奖惩」 merged over 分数 | 原因 (a two-row roster heading), 分数 | 事由 rows under
// 其它 on a person's sheet, §11 加分项 / 减分项 merged over 分数 | 原因. Fixtures: test/fixtures/fx59h/make.py.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx59h', name);
const people = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band]);
const errors = (r: Awaited<ReturnType<typeof gradedReport>>) => r.problems.filter((p) => p.severity === 'error');
const form = 'mattress-cs-monthly';

// §8, by the catalog: 张三 18 (45/50 × 20) + 15 (20 − 3 − 2) + 11 (15 − 2×1 − 1×2) + 3 (8 − 5×1) + 9 + 13 + 8 (10 − 2×1) = 77,
// + 2 (表扬信) = 79 一般; 李四 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100 优秀; 王五 16 (24/30 × 20) + 18 (20 − 2) + 12 (15 − 1 − 2)
// + 9 + 8 + 12 + 8 (10 − 2×1) = 83, − 2 (客户投诉) = 81 良好.
const SCORED = [['张三', '79.00', '一般'], ['李四', '100.00', '优秀'], ['王五', '81.00', '良好']];

describe('§8 roster: 奖惩 merged over 分数 | 原因', () => {
  it('reads 奖惩·分数 as 奖惩分 and 奖惩·原因 as 原因: 79 / 100 / 81 (张三 and 王五 were refused 「奖惩分却空着」 at exit 1)', async () => {
    const r = await gradedReport(fixture('r_2row.xlsx'), { form });
    expect(people(r)).toEqual(SCORED);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(r.people[0]!.items.at(-1)!.explanation).toBe('+2(表扬信)');
  });

  it('the item\'s own name over them (「其它」 over 分数 | 原因): 79 / 100 / 81 (the +2 and −2 were dropped with a warning, 77 and 83 at exit 0)', async () => {
    const r = await gradedReport(fixture('r_2row_other.xlsx'), { form });
    expect(people(r)).toEqual(SCORED);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('other point and reason words, the heading noted: 「奖惩(±分)」 over 得分 | 事由', async () => {
    const r = await gradedReport(fixture('r_2row_words.xlsx'), { form });
    expect(people(r)).toEqual(SCORED);
    expect(errors(r)).toEqual([]);
  });

  it('金额 under 奖惩 is money, not points: refused as before (Q3, Q4, Q6)', async () => {
    const r = await gradedReport(fixture('r_2row_money.xlsx'), { form });
    expect(people(r)).toEqual([['张三', null, null], ['李四', '100.00', '优秀'], ['王五', null, null]]);
    expect(errors(r).map((p) => p.cell)).toEqual(['Q3', 'Q4', 'Q6']);
  });

  it('beside 奖惩分 under 奖惩, the team\'s own 得分 (81, 100, 81) is not a second 奖惩分: scored as before, nothing said of it', async () => {
    const r = await gradedReport(fixture('r_2row_own.xlsx'), { form });
    expect(people(r)).toEqual(SCORED);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });
});

describe('§8 a person\'s sheet: 其它\'s rows in plain words', () => {
  it('「分数」 for 奖惩分(分): 张三 79 一般 (was 「不是「其它」的填写项」, unscored)', async () => {
    const r = await gradedReport(fixture('f_points_word.xlsx'), { form });
    expect(people(r)).toEqual([SCORED[0]]);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('「得分」 | 「事由」: 张三 79 一般', async () => {
    const r = await gradedReport(fixture('f_score_cause.xlsx'), { form });
    expect(people(r)).toEqual([SCORED[0]]);
    expect(errors(r)).toEqual([]);
  });

  it('「金额」 stays a row of no input: refused at F21 as before', async () => {
    const r = await gradedReport(fixture('f_money.xlsx'), { form });
    expect(people(r)).toEqual([['张三', null, null]]);
    expect(errors(r).map((p) => p.cell)).toEqual(['F21']);
  });
});

describe('§11 shop-cs-monthly: 加分项 | 减分项 merged over 分数 | 原因', () => {
  it('read as 加分 / 加分原因 and 减分 / 减分原因: 陈静 98 优秀 (+5), 孙丽 84 − 2 = 82 待改进 (both were refused)', async () => {
    const r = await gradedReport(fixture('s_points_word.xlsx'), { form: 'shop-cs-monthly' });
    // As the sample (陈静 98.00 with her +5 超额完成销售目标, 孙丽 84.00, 周杰 93.17); 孙丽 now − 2 (客户投诉): 82 ≤ 85 → 待改进.
    // 吴婷 is missing from the export, as in the sample.
    expect(people(r)).toEqual([['陈静', '98.00', '优秀'], ['孙丽', '82.00', '待改进'], ['周杰', '93.17', '良好'], ['吴婷', null, null]]);
    expect(errors(r).map((p) => p.cell)).toEqual(['A1']);
  });
});
