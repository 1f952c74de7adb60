// Rows of a record log that are no records: footer lines under §3's customers (上月, 小结, 3月 …) and the team's count
// table on §23's sheet, below or beside the answers (fixtures: test/fixtures/logFooters51/make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/logFooters51', name);
const W = 'internal-satisfaction-workshop';

async function month(name: string) {
  const report = await gradedReport(fixture(name));
  const g = report.groups![0]!;
  return { report, figures: [g.figures.responses, g.figures.overall, g.figures.index, g.band] };
}

const skipped = (report: Awaited<ReturnType<typeof gradedReport>>) => report.problems.filter((p) => p.code === 'skipped-row').map((p) => [p.cell, p.message]);

describe('§3 footer lines under the customers', () => {
  it('「上月 | 7 | 7 | 7 | 7」 after a blank row is last month’s means, not a fifth customer: 92.50 甲', async () => {
    const { report, figures } = await month('last-month-row.xlsx');
    // Customers: 王女士 9, 李先生 (9 + 10 + 9 + 10) / 4 = 9.5, 赵总 (8 + 9 + 9 + 9) / 4 = 8.75, 钱女士 (10 + 10 + 9 + 10) / 4 = 9.75;
    // overall 37 / 4 = 9.25, index 92.50 → 甲 (≥ 90). Read as a customer: 5, 8.80, 88.00 乙.
    expect(figures).toEqual([4, 9.25, 92.5, '甲']);
    expect(skipped(report)).toEqual([['A8', '满意度记录!A8:第 8 行是「上月」行,不是客户,已跳过']]);
    expect(report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    // Its remark 「上月各项平均,供对比」 is no customer's advice.
    expect(report.groups![0]!.figures.advice).toEqual([]);
  });

  it('小结, 本月, 3月, 满意度, 结果, 上月 at the end of the log are skipped with the 平均 note: 2 customers, 90.00 甲', async () => {
    const { report, figures } = await month('footer-labels.xlsx');
    // 王女士 8, 李先生 10 → overall 9, index 90.00 → 甲. Read as customers: (8 + 10 + 9 × 5 + 7) / 8 = 8.75, 87.50 乙.
    expect(figures).toEqual([2, 9, 90, '甲']);
    expect(skipped(report).map(([cell, m]) => [cell, /是「(.+)」行/.exec(m!)?.[1]])).toEqual([
      ['A5', '小结'], ['A6', '本月'], ['A7', '3月'], ['A8', '满意度'], ['A9', '结果'], ['A10', '上月'],
    ]);
  });

  it('the words with customers under them are customers: 结果 between two, 上月 after a blank row right over 赵总 — 72.00 丙', async () => {
    const { report, figures } = await month('middle.xlsx');
    // 王女士 8, 结果 6, 李先生 10, 上月 4, 赵总 8: (8 + 6 + 10 + 4 + 8) / 5 = 7.2, index 72.00 → 丙 (≥ 70).
    expect(figures).toEqual([5, 7.2, 72, '丙']);
    expect(skipped(report)).toEqual([]);
  });

  it('上月 alone between blank rows is a footer of the block above it: 王女士 8, 李先生 10, 赵总 9 — 90.00 甲', async () => {
    const { report, figures } = await month('between-blanks.xlsx');
    // (8 + 10 + 9) / 3 = 9, index 90.00 → 甲. Read as a customer: (8 + 10 + 4 + 9) / 4 = 7.75, 77.50 丙.
    expect(figures).toEqual([3, 9, 90, '甲']);
    expect(skipped(report).map(([cell]) => cell)).toEqual(['A6']);
  });
});

describe('§23 the team’s count table on the log’s sheet', () => {
  // 采购部: 满意, 一般, 不满意, 满意 → u = 1, w = 0, g = 1 → 较好 (u = 1), nominal 0.5; 4 workshops → coefficient 0.9;
  // 0.5 ÷ 0.9 = 0.5556 → 0.56. 设备部: 满意 ×3 → 优秀, 0.
  const depts = (report: Awaited<ReturnType<typeof gradedReport>>) =>
    report.groups!.filter((g) => g.grouping === 'dept').map((g) => [g.key.dept, g.figures.answers, g.figures.level, g.figures.deduction]);
  const expected = [['采购部', 4, '较好', 0.56], ['设备部', 3, '优秀', 0]];

  it('under the answers after a blank row: no department 「满意」, no count row an error — a note at A12', async () => {
    const report = await gradedReport(fixture('counts-below.xlsx'), { form: W });
    expect(depts(report)).toEqual(expected);
    expect(report.records).toMatchObject({ total: 7, ok: 7, error: 0 });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const note = report.problems.find((p) => p.code === 'helper-sheet')!;
    expect([note.severity, note.cell]).toEqual(['info', 'A12']);
    expect(note.message).toBe('工作表「2026年3月」A12 起的表有列「满意」、「一般」、「不满意」、「很不满意」等 5 列,是自己做的汇总表,不是逐条的答案,没有读取;结果按记录表里的答案计算。如果其中也有要统计的答案,请把它们移到记录表里');
  });

  it('right of the answers past blank columns: its 被服务部门 is no second column of the log (exit 0, a note at H2)', async () => {
    const report = await gradedReport(fixture('counts-right.xlsx'), { form: W });
    expect(depts(report)).toEqual(expected);
    expect(report.problems.filter((p) => p.code === 'duplicate-column' || p.severity === 'error')).toEqual([]);
    expect(report.problems.filter((p) => p.code === 'helper-sheet').map((p) => [p.severity, p.cell])).toEqual([['info', 'H2']]);
  });
});
