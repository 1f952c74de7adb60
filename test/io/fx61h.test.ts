// Review 61 of 7c4ece3d in roster reading (rowKinds.ts columnSumsRow, averagesAbove): §8 nameless average rows.
// Fixtures: test/fixtures/fx61h/ (the reviewer's three LibreOffice-saved files, results cached, and make.py's variants).
// 1. A person whose 被考核人/工号 were forgotten (部门 客服部, 2026-03, 赵经理, her own figures typed) with only 处理能力 and
//    态度 given as =ROUND(AVERAGE(N2:N5),0) / =ROUND(AVERAGE(O2:O5),0): dropped as an average row, 「已评分 4/4 人」 at exit
//    0 — one formula proved the row, her whole 基础分 10 passed for the mean 9.75. Base refused 「B6「被考核人」未填写」.
// 2. An =ROUND(AVERAGE(F5:F6),0) row under a second group, or an =ROUND(AVERAGE(F2:F5),0) row under a 5th person added
//    above it: its cached results were checked against the mean of everyone above, and the row refused as a nameless
//    person 「B7「被考核人」未填写」 at exit 1.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx61h', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const scores = (r: Report) => r.people.map((p) => [p.name, p.status !== 'scored' || p.total === undefined ? null : Math.round(p.total * 1000) / 1000]);
const skipped = (r: Report) => r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.message);
const notInfo = (r: Report) => [...r.problems, ...r.people.flatMap((p) => p.problems)].filter((p) => p.severity !== 'info');

// §8 (CATALOG): M1 V/N × 20; M2 20 − Σ; M3 15 − 2×用语 − 1×短信 − 2×跟踪; M4 base − 5 × count; M5; M6;
// M7 10 − 2×迟到 − 5×旷工 − 2×无关 − 3×睡觉; M8 奖惩.
// 张三 40/40 × 20 = 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100; 李四 38/40 × 20 = 19 + 20 + (15 − 2×2 = 11) + 9 + 9 + 14 + 10
// = 92; 王五 20 + 20 + 15 + 10 + 10 + 15 + (10 − 2×2 = 6) = 96; 赵六 19 + 20 + 11 + 10 + 10 + 15 + 6 = 91.
const four = [['张三', 100], ['李四', 92], ['王五', 96], ['赵六', 91]];

describe('§8 a nameless person given the team\'s =ROUND(AVERAGE) for some items', () => {
  it('her own figures typed beside two formulas (基础分 10 where the mean is (10 + 9 + 10 + 10) / 4 = 9.75): refused at B6 as at base', async () => {
    const r = await gradedReport(fixture('F-nameless-person-avg-formulas.xlsx'), { form: 'mattress-cs-monthly' });
    expect(skipped(r)).toEqual([]);
    expect(scores(r)).toEqual([...four, ['', null]]);
    expect(r.problems.find((p) => p.code === 'header-missing')?.cell).toBe('B6');
  });

  it('every figure she typed her column\'s mean exactly (基础分 by formula too), 部门 客服部 filled: still a person, refused at B6', async () => {
    // Typed: 40 = (40 × 4) / 4, 39 = (40 + 38 + 40 + 38) / 4, 用语 1 = (0 + 2 + 0 + 2) / 4, 迟到 1 = (0 + 0 + 2 + 2) / 4, 0s.
    const r = await gradedReport(fixture('F-dept-exact.xlsx'), { form: 'mattress-cs-monthly' });
    expect(skipped(r)).toEqual([]);
    expect(scores(r)).toEqual([...four, ['', null]]);
    expect(r.problems.find((p) => p.code === 'header-missing')?.cell).toBe('B6');
  });

  it('nearest sound variant: formulas where the four differ, 0 typed where all four are 0, the template\'s 2026-03 — skipped as before', async () => {
    const r = await gradedReport(fixture('avg-zeros-typed-month.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r)).toEqual(four);
    expect(skipped(r)).toHaveLength(1);
    expect(skipped(r)[0]).toContain('第6行「(无标签,各数为上面各人的平均)」');
    expect(notInfo(r)).toEqual([]);
  });
});

describe('§8 =ROUND(AVERAGE) rows checked by their own range (LibreOffice\'s cached results)', () => {
  it('one average row per group (F2:F3 in row 4, F5:F6 in row 7): both skipped, 100 / 92 / 96 / 91 at exit 0 (row 7 was refused at B7)', async () => {
    // Row 7's cached 基础分 ROUND((10 + 10) / 2) = 10, 迟到 ROUND((2 + 2) / 2) = 2 — against all four above, 9.75 and 1.
    const r = await gradedReport(fixture('C-group-avgs.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r)).toEqual(four);
    expect(skipped(r)).toHaveLength(1);
    expect(skipped(r)[0]).toContain('第4行「(无标签,各数为上面各人的平均)」、第7行「(无标签,各数为上面各人的平均)」');
    expect(notInfo(r)).toEqual([]);
  });

  it('each group\'s 部门 on its own average row (客服部, 售后组), formulas only: both skipped as well', async () => {
    const r = await gradedReport(fixture('C-group-avgs-dept.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r)).toEqual(four);
    expect(skipped(r)[0]).toContain('第4行「(无标签,各数为上面各人的平均)」、第7行「(无标签,各数为上面各人的平均)」');
    expect(notInfo(r)).toEqual([]);
  });

  it('a 5th person 孙七 added above the row, its range F2:F5 not stretched: skipped, 孙七 96 of his own (was refused at B7)', async () => {
    // 孙七 40/40 × 20 = 20 + 20 + 15 + 10 + (处理能力 8) + (态度 13) + 10 = 96.
    const r = await gradedReport(fixture('D-stale-range.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r)).toEqual([...four, ['孙七', 96]]);
    expect(skipped(r)).toHaveLength(1);
    expect(skipped(r)[0]).toContain('第7行「(无标签,各数为上面各人的平均)」');
    expect(notInfo(r)).toEqual([]);
  });
});
