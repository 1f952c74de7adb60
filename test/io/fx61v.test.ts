// Review 61 s8 of 61aab922 in roster reading (rowKinds.ts columnSumsRow, averagedRows): §8 nameless average rows.
// Fixtures: test/fixtures/fx61v/ (the reviewer's LibreOffice-saved files, results cached, and make.py's variants).
// 1. Each group's =ROUND(AVERAGE) row with its 部门 (客服部 / 售后组) and 0 typed where both people of the group have 0, or
//    a team average row (客服部, 2026-03, 赵经理) of =ROUND(AVERAGE(F2:F5),1) with 0 typed under 表格管理 (all four 0):
//    refused 「B4/B7「被考核人」未填写」 / 「B6…」 at exit 1 — since 61aab922 any typed figure beside the formulas let the
//    部门 make the row a person's.
// 2. Group average rows written =IFERROR(ROUND(AVERAGE(F2:F3),0),""): refused 「B4/B7「被考核人」未填写」 at exit 1.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx61v', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const scores = (r: Report) => r.people.map((p) => [p.name, p.status !== 'scored' || p.total === undefined ? null : Math.round(p.total * 1000) / 1000]);
const skipped = (r: Report) => r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.message);
const notInfo = (r: Report) => [...r.problems, ...r.people.flatMap((p) => p.problems)].filter((p) => p.severity !== 'info');

// §8 (CATALOG): M1 V/N × 20; M2 20 − Σ; M3 15 − 2×用语 − 1×短信 − 2×跟踪; M4 base − 5 × count; M5; M6;
// M7 10 − 2×迟到 − 5×旷工 − 2×无关 − 3×睡觉; M8 奖惩.
// 张三 40/40 × 20 = 20 + 20 + 15 + 10 + 10 + 15 + 10 = 100; 李四 38/40 × 20 = 19 + 20 + (15 − 2×2 = 11) + 9 + 9 + 14 + 10
// = 92; 王五 20 + 20 + 15 + 10 + 10 + 15 + (10 − 2×2 = 6) = 96; 赵六 19 + 20 + 11 + 10 + 10 + 15 + 6 = 91.
const four = [['张三', 100], ['李四', 92], ['王五', 96], ['赵六', 91]];
const bothGroups = '第4行「(无标签,各数为上面各人的平均)」、第7行「(无标签,各数为上面各人的平均)」';

describe('§8 a typed figure beside =AVERAGE formulas where everyone averaged has that figure', () => {
  it('each group\'s average row with its 部门, 0 typed where both of the group have 0: both skipped at exit 0 (were refused at B4, B7)', async () => {
    // Row 4 (客服部) over 张三 / 李四: 表格管理 0 = (0 + 0) / 2, 迟到 0 = (0 + 0) / 2 …; row 7 (售后组) over 王五 / 赵六: 0s likewise.
    const r = await gradedReport(fixture('G1-group-avgs-dept-zeros.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r)).toEqual(four);
    expect(skipped(r)).toHaveLength(1);
    expect(skipped(r)[0]).toContain(bothGroups);
    expect(notInfo(r)).toEqual([]);
  });

  it('the same without the 部门: skipped as before', async () => {
    const r = await gradedReport(fixture('G1b-group-avgs-zeros-nodept.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r)).toEqual(four);
    expect(skipped(r)[0]).toContain(bothGroups);
    expect(notInfo(r)).toEqual([]);
  });

  it('售后组\'s row with 处理能力 10 typed — its own two have 10, everyone above (10 + 9 + 10 + 10) / 4 = 9.75 not: judged by its formulas\' rows F5:F6, skipped', async () => {
    const r = await gradedReport(fixture('G1-group-typed-own-mean.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r)).toEqual(four);
    expect(skipped(r)[0]).toContain(bothGroups);
    expect(notInfo(r)).toEqual([]);
  });

  it('a team average row with 客服部, 2026-03, 赵经理, =ROUND(AVERAGE(F2:F5),1) and 0 typed under 表格管理 (0, 0, 0, 0): skipped at exit 0 (was refused at B6)', async () => {
    const r = await gradedReport(fixture('G6-avg-dept-month-rater-zero.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r)).toEqual(four);
    expect(skipped(r)).toHaveLength(1);
    expect(skipped(r)[0]).toContain('第6行「(无标签,各数为上面各人的平均)」');
    expect(notInfo(r)).toEqual([]);
  });

  it('nearest refused variant: 客服部\'s row with 回访客户数 39 typed — (40 + 38) / 2 exactly, but of figures that differ: a person, refused at B4', async () => {
    const r = await gradedReport(fixture('G1-dept-typed-varying-mean.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r)).toEqual([['张三', 100], ['李四', 92], ['', null], ['王五', 96], ['赵六', 91]]);
    expect(r.problems.find((p) => p.code === 'header-missing')?.cell).toBe('B4');
    expect(skipped(r)[0]).toContain('第7行「(无标签,各数为上面各人的平均)」');
  });
});

describe('§8 =IFERROR(ROUND(AVERAGE(…),0),"") rows', () => {
  it('each group\'s row of =IFERROR(ROUND(AVERAGE(F2:F3),0),"") (F5:F6 for row 7): both skipped at exit 0 (were refused at B4, B7)', async () => {
    const r = await gradedReport(fixture('G2-group-avgs-iferror.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r)).toEqual(four);
    expect(skipped(r)).toHaveLength(1);
    expect(skipped(r)[0]).toContain(bothGroups);
    expect(notInfo(r)).toEqual([]);
  });

  it('a nameless person of 客服部 given the IFERROR average only for 处理能力 and 态度, her own 基础分 10 typed ((10 + 9) / 2 = 9.5): refused at B4', async () => {
    const r = await gradedReport(fixture('G2-iferror-person.xlsx'), { form: 'mattress-cs-monthly' });
    expect(scores(r)).toEqual([['张三', 100], ['李四', 92], ['', null], ['王五', 96], ['赵六', 91]]);
    expect(r.problems.find((p) => p.code === 'header-missing')?.cell).toBe('B4');
  });
});
