// §18 bao-lun-quality: the lead typed a tick item's points in 得分 (工作知识 20 in the merged G9:G18), its boxes blank. kpi
// read the blank boxes as none ticked and scored 0: 张三 75.00 普通 at exit 0 for the 95.00 特别优秀 his ticks give, a
// warning only — while 出勤's 7 typed in G20 beside blank counts was refused. Now refused alike, the person not scored.
// Kept as before: a figure the blank scores (王五 0 in G9), a formula of the team's (赵六 =16+0 in G23), some boxes ticked
// beside a typed total that differs (王五 5 of 9 with 20: the lead's total, a warning). A roster's 「工作知识得分」 was
// refused already; its advice said to type the first box's label into its column (「…列填「经常询问客服问题」」).
// Fixtures: test/fixtures/tickPoints51/make.py over `kpi template bao-lun-quality [--layout roster] --people`.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/tickPoints51', name);
const rows = (r: Awaited<ReturnType<typeof gradedReport>>) => r.people.map((p) => [p.name, p.total === null ? null : p.total.toFixed(2), p.band]);

// CATALOG §18: 业务能力 as typed; 工作知识 2 a tick; 效率 ≥110 % 20, ≥90 % 14, ≥75 % 5; 出勤 10 − 请假 − 迟到 − 5 × 旷工,
// floor 0; 合作精神 20/9 a tick. Bands: 特别优秀 ≥ 90 … 需要努力 60–70, 差 < 60.
// 王五: 30 + 0 (boxes blank, 0 typed) + 14 (90 %) + 0 (3 旷工: 10 − 15 → 0) + 5 × 20/9 (11.11) = 55.11 差.
// 赵六: 9.5 + 5 × 2 + 5 (75 %) + 0 (12 迟到) + 0 (boxes blank) = 24.50 差.
const EXPECTED = [
  ['张三', null, null],
  ['李四', null, null],
  ['王五', '55.11', '差'],
  ['赵六', '24.50', '差'],
];

describe('a tick item\'s points typed in 得分 beside its blank boxes (§18)', () => {
  it('person sheets: 张三 G9 20 and 李四 G23 16 refused (not 75.00 普通 and 59.00 差), the others scored as before', async () => {
    const report = await gradedReport(fixture('sheets-ticks-points.xlsx'));
    // With his ten boxes ticked 张三 would be 25 + 20 + 20 (110 %) + 10 + 9 × 20/9 = 95.00 特别优秀; 75.00 without 工作知识.
    expect(rows(report)).toEqual(EXPECTED);
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.person, p.sheet, p.cell, p.code])).toEqual([
      ['张三', '张三', 'G9', 'unknown-column'],
      ['李四', '李四', 'G23', 'unknown-column'],
    ]);
    expect(errors[0]!.message).toContain('这一格的「20」填在了「得分」列(kpi 写评分结果的列),像是「工作知识」这一项的分数或勾选的条数');
    expect(errors[0]!.message).toContain('等 10 条,每条一行,在「填写」列填「√」或「×」)');
    expect(errors[0]!.message).toContain('没有计入,此人不评分;请在「填写」列逐条勾选「工作知识」的 10 条(「√」或「×」)后重新评分');
    expect(errors[1]!.message).toContain('请在「填写」列逐条勾选「合作精神」的 9 条(「√」或「×」)后重新评分');
    // Not also said as kpi counting 0 for it; 王五's 20 beside 5 ticks keeps its warning (11.11 counted).
    const warnings = report.problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((p) => [p.person, p.cell])).toEqual([
      ['王五', 'F9'],
      ['王五', 'G23'],
      ['赵六', 'F23'],
    ]);
    expect(warnings[1]!.message).toContain('手填的「合作精神·得分」为「20」');
  });

  it('roster: the refused 「工作知识得分」 20 is advised as ticks, not as the first box\'s label typed', async () => {
    const report = await gradedReport(fixture('roster-ticks-points.xlsx'));
    expect(rows(report)).toEqual(EXPECTED);
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.person, p.cell])).toEqual([
      ['张三', 'AH2'],
      ['李四', 'AI3'],
    ]);
    expect(errors[0]!.message).toContain('这一格的「20」在列「工作知识得分」里,像是「工作知识」这一项的分数或勾选的条数');
    expect(errors[0]!.message).toContain('请在「工作知识·经常询问客服问题」等10列逐条勾选(「√」或「×」)后重新评分');
    expect(errors[1]!.message).toContain('请在「合作精神·准时上下班」等9列逐条勾选(「√」或「×」)后重新评分');
    expect(errors.map((p) => p.message).join('\n')).not.toContain('列填「');
  });
});
