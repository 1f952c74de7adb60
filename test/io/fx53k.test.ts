import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

// §7 cs-specialist-monthly, marks fixed by the tester's base7.py (主管 column G):
//   张三 能力 2+7+2+4+3 = 18, 态度 5+4+5+5+4+5 = 28, 业绩 9+10+8+9+9 = 45 → 91.00 优秀
//   李四 1+6+2+3+2 = 14, 4+5+4+4+5+3 = 25, 8+7+9+8+7 = 39 → 78.00 一般
//   王五 2+8+1+5+3 = 19, 5×6 = 30, 10×5 = 50 → 99.00 优秀
const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx53k', name);
const row = (r: Awaited<ReturnType<typeof gradedReport>>, name: string) => r.people.filter((p) => p.name === name).map((p) => [p.total, p.band, p.status]);

describe('a person scored on another person\'s marks', () => {
  it('李四\'s sheet copied from 张三\'s reads 基础数据 column B, headed 张三: said at G8, the value read kept', async () => {
    // ='基础数据'!B2…B17 on 李四's sheet: 张三's 91.00 (18 + 28 + 45); his own column C would give 78.00.
    const r = await gradedReport(fixture('12b-copiedrefs.xlsx'));
    expect(row(r, '李四')).toEqual([[91, '优秀', 'scored']]);
    const said = r.problems.filter((p) => p.code === 'marks-of-other');
    expect(said.map((p) => [p.severity, p.sheet, p.cell, p.person])).toEqual([['warning', '李四', 'G8', '李四']]);
    expect(said[0]!.message).toContain('读的是「张三」的一列(基础数据!B1 是「张三」)(共 16 格引用张三的分数)');
  });

  it('王五\'s 业绩 cells read 李四\'s sheet (=\'李四\'!G21…): said at G21', async () => {
    // 王五 19 + 30 + 李四's 业绩 39 = 88.00 良好 (his own 50 gives 99.00).
    const r = await gradedReport(fixture('21-xref.xlsx'));
    expect(row(r, '王五')).toEqual([[88, '良好', 'scored']]);
    const said = r.problems.filter((p) => p.code === 'marks-of-other');
    expect(said.map((p) => [p.severity, p.sheet, p.cell, p.person])).toEqual([['warning', '王五', 'G21', '王五']]);
    expect(said[0]!.message).toContain('读的是「李四」的表(共 5 格引用李四的分数)');
  });
});

describe('a tab or title naming someone other than 被考核人, with fewer than 3 sheets', () => {
  it('09a: tab 李四 holding 被考核人 张三 beside 王五 alone: a warning at F2, 78.00 一般 as read', async () => {
    const r = await gradedReport(fixture('09a.xlsx'));
    expect(row(r, '张三')).toEqual([[78, '一般', 'scored']]);
    expect(row(r, '王五')).toEqual([[99, '优秀', 'scored']]);
    const said = r.problems.filter((p) => p.code === 'sheet-name-differs');
    expect(said.map((p) => [p.severity, p.sheet, p.cell, p.person])).toEqual([['warning', '李四', 'F2', '张三']]);
  });

  it('09b: tab and title 「李四 3月份绩效考核表」 both name 李四: a warning, 张三 78.00 一般 as read (the filled cell is what the lead typed)', async () => {
    const r = await gradedReport(fixture('09b.xlsx'));
    expect(row(r, '张三')).toEqual([[78, '一般', 'scored']]);
    const said = r.problems.filter((p) => p.code === 'sheet-name-differs');
    expect(said.map((p) => [p.severity, p.sheet, p.cell])).toEqual([['warning', '李四', 'F2']]);
    expect(said[0]!.message).toContain('现按「张三」评分');
  });
});

describe('被考核人 only in the title', () => {
  it('08b: tabs Sheet1–3, titles 「张三 3月份绩效考核表」…: read as the title\'s names with a warning each', async () => {
    const r = await gradedReport(fixture('08b.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 91, '优秀'], ['李四', 78, '一般'], ['王五', 99, '优秀']]);
    const said = r.problems.filter((p) => p.code === 'name-from-sheet');
    expect(said.map((p) => [p.severity, p.sheet, p.cell, p.person])).toEqual([['warning', 'Sheet1', 'F2', '张三'], ['warning', 'Sheet2', 'F2', '李四'], ['warning', 'Sheet3', 'F2', '王五']]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
