// A team's 汇总 of formulas over people's own sheets (fixtures: test/fixtures/summarySheets49/make.py).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/summarySheets49', f);

// §13 cs-scheme-100 on the person sheets: 张三 19 + 28 + 10 + 9 + 5 + 5 + 10 + 9 = 95 → 良好 (95 itself, left-open), K 1.0;
// 李四 20 + 29 + 10 + 10 + 5 + 5 + 9 + 8 = 96 → 优秀, K 1.1; 王五 18 + 27 + 9 + 9 + 4 + 5 + 9 + 9 = 90 → 一般, K 0.9.
const SHEETS = [
  ['张三', 'scored', 95, '良好', 1.0],
  ['李四', 'scored', 96, '优秀', 1.1],
  ['王五', 'scored', 90, '一般', 0.9],
];
const NOTE = '工作表「汇总」的分数是引用「张三」、「李四」、「王五」的公式,是自己做的汇总表,没有当作名单评分;各人按自己的考核表评分';

describe('§13 person sheets beside a 汇总 sheet of formulas reading them', () => {
  it.each([
    // Every item and 总分 (='张三'!F7 … ='张三'!B15), 汇总 first: it was 6 people, 3 未评分, exit 1.
    ['summary-first.xlsx'],
    // 3 of the 8 items and =SUM('张三'!F7:F14), 汇总 last: it was nobody scored, 26 errors.
    ['summary-partsum.xlsx'],
    // The same saved by openpyxl, no formula's result saved: the formulas still say what the sheet is.
    ['summary-partsum-uncached.xlsx'],
  ])('%s: the person sheets scored 95 / 96 / 90, the 汇总 passed over with a note', async (file) => {
    const report = await gradedReport(at(file));
    expect(report.people.map((p) => [p.name, p.status, p.total, p.band, p.bandData?.K])).toEqual(SHEETS);
    expect(report.problems.map((p) => [p.code, p.severity, p.sheet, p.message])).toEqual([['helper-sheet', 'info', '汇总', NOTE]]);
  });
});

describe('§13 person sheets beside a 汇总 that is a roster (today\'s reading)', () => {
  it('typed figures (the sheets\' own): each person twice, the later 汇总 row 本条不计分 — and no advice to rename 汇总 (it was 「请把它的姓名改为「汇总」」)', async () => {
    const report = await gradedReport(at('summary-values.xlsx'));
    expect(report.people.map((p) => [p.name, p.status, p.total])).toEqual([...SHEETS.map((s) => s.slice(0, 3)), ['张三', 'error', null], ['李四', 'error', null], ['王五', 'error', null]]);
    const dup = report.problems.filter((p) => p.code === 'duplicate-person');
    expect(dup.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['汇总!A2', '汇总!A3', '汇总!A4']);
    for (const p of dup) {
      expect(p.message).toContain('本条不计分');
      expect(p.message).not.toContain('另有自己的表');
    }
  });

  it('formulas for 张三 and 李四 and a typed row for 赵六 (no sheet of his own): a roster, 赵六 17 + 26 + 9 + 8 + 4 + 5 + 8 + 8 = 85 → 待改进, K 0.8', async () => {
    const report = await gradedReport(at('summary-typed-row.xlsx'));
    expect(report.people.map((p) => [p.name, p.status, p.total, p.band])).toEqual([
      ['张三', 'scored', 95, '良好'],
      ['李四', 'scored', 96, '优秀'],
      ['王五', 'scored', 90, '一般'],
      ['张三', 'error', null, null],
      ['李四', 'error', null, null],
      ['赵六', 'scored', 85, '待改进'],
    ]);
    expect(report.problems.map((p) => p.code)).toEqual(['duplicate-person', 'duplicate-person']);
    expect(report.problems.map((p) => p.code)).not.toContain('helper-sheet');
  });
});
