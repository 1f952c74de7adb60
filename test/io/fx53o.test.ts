import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/fx53o', name);
type Report = Awaited<ReturnType<typeof gradedReport>>;
const people = (r: Report) => r.people.map((p) => [p.name, p.total === null || p.total === undefined ? null : Math.round(p.total * 100) / 100, p.band ?? null, p.status]);
const errors = (r: Report) => r.problems.filter((p) => p.severity === 'error');

// §26 cs-work-review: an area = the mean of its three criteria, 总分 = Σ areas × 2.5 (基础数据's rows, as 09's script wrote):
//   张三 10 8 8 | 10 6 9 | 7 6 7 | 6 8 9 → 8.667 + 8.333 + 6.667 + 7.667 = 31.333 × 2.5 = 78.33 一般
//   李四 7 9 10 | 6 10 7 | 6 7 9 | 8 7 9 → 8.667 + 7.667 + 7.333 + 8     = 31.667 × 2.5 = 79.17 一般
//   王五 7 6 7 | 10 10 9 | 7 7 6 | 6 7 7 → 6.667 + 9.667 + 6.667 + 6.667 = 29.667 × 2.5 = 74.17 一般
const WORK_REVIEW = [
  ['张三', 78.33, '一般', 'scored'],
  ['李四', 79.17, '一般', 'scored'],
  ['王五', 74.17, '一般', 'scored'],
];

describe('a 基础数据 sheet the person sheets\' 填写 cells read', () => {
  it('09: each 填写 =\'基础数据\'!X n — the sheet is their source, three people scored once, an info naming it', async () => {
    const r = await gradedReport(fixture('09-basedata-roster.xlsx'));
    expect(people(r)).toEqual(WORK_REVIEW);
    expect(errors(r)).toEqual([]);
    const said = r.problems.filter((p) => p.code === 'helper-sheet');
    expect(said.map((p) => [p.severity, p.sheet])).toEqual([['info', '基础数据']]);
    expect(said[0]!.message).toMatch(/^工作表「基础数据」是工作表「张三」、「李四」、「王五」的数据来源/); // it was 「undefined:工作表…」 (a field named source)
  });

  it('09b: the same marks typed on the sheets beside 基础数据 (no formulas): its rows still read, duplicates said at the name cell F2', async () => {
    const r = await gradedReport(fixture('09b-typed.xlsx'));
    expect(people(r).slice(0, 3)).toEqual(WORK_REVIEW);
    expect(people(r).slice(3)).toEqual([['张三', null, null, 'error'], ['李四', null, null, 'error'], ['王五', null, null, 'error']]);
    const dup = r.problems.filter((p) => p.code === 'duplicate-person');
    expect(dup.map((p) => [p.sheet, p.cell])).toEqual([['基础数据', 'A2'], ['基础数据', 'A3'], ['基础数据', 'A4']]);
    // F2 holds 被考核人员; B3 (工号 001) was named before.
    expect(dup[0]!.message).toContain('已在 张三!F2 出现');
  });
});

describe('a duplicate whose other month the month check found', () => {
  it('04: 钱七 (2), February, beside March\'s 钱七 — both duplicates name 钱七 (2), neither 「如果工作表「钱七」是另一个月的」', async () => {
    // §13 points summed: 张三…孙八 18+27+9+8+5+4+9+9 = 89 一般 (85 < 89 ≤ 90); 钱七 89 and 100 differ: neither counts.
    const r = await gradedReport(fixture('04-febcopy.xlsx'));
    expect(people(r).filter((p) => p[0] !== '钱七').map((p) => p.slice(1))).toEqual(Array(5).fill([89, '一般', 'scored']));
    const dup = r.people.flatMap((p) => p.problems).filter((p) => p.code === 'duplicate-person');
    expect(dup.map((p) => [p.sheet, p.cell])).toEqual([['钱七', 'F2'], ['钱七 (2)', 'F2']]);
    for (const p of dup) {
      expect(p.message).toContain('工作表「钱七 (2)」的考核月份与其他表不同,是另一个月的表');
      expect(p.message).not.toContain('如果工作表');
    }
    // (Five March sheets against one February: the month check refuses 钱七 (2) at its own month cell — sheet-month.)
    const all = [...r.problems, ...r.people.flatMap((p) => p.problems)];
    expect(all.some((p) => p.code === 'sheet-month' && p.sheet === '钱七 (2)' && p.cell === 'F3')).toBe(true);
  });
});

describe('姓名 blank on sheets among tabs 「Sheet3」「第5张」', () => {
  it('05: tabs 张三 and 李四 read as names (warning); 第5张 refused, saying its tab gives no name either', async () => {
    // §13 sums: 张三 18+27+9+8+5+4+9+9 = 89 一般; 李四 20+29+10+10+5+5+10+9 = 98 优秀 (> 95); 王五 (Sheet3's title)
    // 15+25+8+7+4+5+8+8 = 80 待改进 (≤ 85); 赵六 16+26+8+8+5+5+9+9 = 86 一般; 孙八 12+20+6+6+3+3+6+6 = 62 待改进.
    const r = await gradedReport(fixture('05-name-title.xlsx'));
    expect(people(r)).toEqual([
      ['张三', 89, '一般', 'scored'],
      ['李四', 98, '优秀', 'scored'],
      ['王五', 80, '待改进', 'scored'],
      ['赵六', 86, '一般', 'scored'],
      ['', null, null, 'error'],
      ['孙八', 62, '待改进', 'scored'],
    ]);
    const fromTab = r.problems.filter((p) => p.code === 'name-from-sheet');
    expect(fromTab.map((p) => [p.severity, p.sheet, p.cell, p.person])).toEqual([
      ['warning', '张三', 'B2', '张三'],
      ['warning', '李四', 'B2', '李四'],
      ['warning', 'Sheet3', 'B2', '王五'],
      ['warning', 'Sheet4', 'B2', '赵六'],
    ]);
    // Sheet3 / Sheet4 took their names from their own titles: no 「其他 3 张表都以姓名命名」 copy warning.
    expect(r.problems.filter((p) => p.code === 'sheet-name-differs')).toEqual([]);
    expect(errors(r).map((p) => [p.sheet, p.cell, p.message])).toEqual([
      ['第5张', 'B2', '第5张!B2:表头「姓名」未填写(无法确定被考核人;工作表名「第5张」也不是人名,不能代替姓名)'],
    ]);
  });
});
