// A second block pasted under the table with its own heading row, in another order (客诉数 and 服务单数 swapped): it was
// passed over as 「重复的表头行」 and the rows below were read with the first heading's columns, each item given another's
// figures, exit 0. Now an error at that row, and the rows below are not read.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { reorderedHeadings } from '../../src/io/rowKinds.js';
import { gridFromRows } from '../../src/io/grid.js';
import { tempDir } from '../helpers.js';

const HEAD = '姓名,部门,过程服务满意度,客户满意度,客诉数,服务单数,客诉处理满意度';
const SWAPPED = '姓名,部门,过程服务满意度,客户满意度,服务单数,客诉数,客诉处理满意度';

describe('the headings again, in another order', () => {
  it('finds the headings away from their columns; the same order, a person, or one word is no such row', () => {
    const grid = gridFromRows('s', [HEAD.split(','), ['张三', '销售部', '92%', '88%', '3', '200', '80%'], SWAPPED.split(','), HEAD.split(','), ['客诉数', '', '', '', '', '', '']]);
    expect(reorderedHeadings(grid, 3, 1)).toEqual([{ text: '服务单数', col: 5, was: 6 }, { text: '客诉数', col: 6, was: 5 }]);
    expect([reorderedHeadings(grid, 2, 1), reorderedHeadings(grid, 4, 1), reorderedHeadings(grid, 5, 1)]).toEqual([null, null, null]);
  });

  it('§28 roster: 张三 above scored 71.25; 李四 under the swapped block not read, the error names the moved columns', async () => {
    const file = path.join(tempDir(), 'two.csv');
    writeFileSync(file, [HEAD, '张三,销售部,92%,88%,3,200,80%', '', SWAPPED, '李四,销售部,90%,90%,400,2,90%'].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'sales-aftersales-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 张三: (92 + 88 + 25 + 80) × 25 % = 71.25 (CATALOG §28's worked example: 3 / 200 = 1.5 % of 2 % → 0.25 × 100).
    // 李四 read with the first heading's columns was 400 complaints of 2 orders (客诉率 clamped: 0): 67.5 for 86.25.
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张三', 71.25]]);
    const errors = outcome.report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.cell])).toEqual([['headings-reordered', 'E4']]);
    expect(errors[0]!.message).toBe('two!E4:工作表「two」第 4 行又是一行表头,但列的顺序与第 1 行不同(「服务单数」在 E 列,上面在 F 列;「客诉数」在 F 列,上面在 E 列):按上面的列读会把分数算到别的项目上,这一行以下的各行没有读取(李四 共 1 人未评分);请把这一块的列排成与第 1 行相同(或移到另一张工作表)后重新评分');
    // In the first heading's order the block is read: 李四 90 + 90 + (1 − 0.5 %/2 %) × 100 = 75 + 90 → 345 × 25 % = 86.25.
    writeFileSync(file, [HEAD, '张三,销售部,92%,88%,3,200,80%', '', HEAD, '李四,销售部,90%,90%,2,400,90%'].join('\r\n') + '\r\n');
    const same = await gradeFile(file, { form: 'sales-aftersales-monthly', output: null });
    if (!same.ok) throw new Error(same.failure.message);
    expect(same.report.people.map((p) => [p.name, p.total])).toEqual([['张三', 71.25], ['李四', 86.25]]);
  });

  it('the error names the people under the refused block (they are in no result), not its 合计 or 制表人 lines', async () => {
    const file = path.join(tempDir(), 'names.csv');
    writeFileSync(file, [HEAD, '张三,销售部,92%,88%,3,200,80%', '', SWAPPED, '李四,销售部,90%,90%,400,2,90%', '王五,销售部,90%,90%,400,2,90%', '李四,销售部,90%,90%,400,2,90%', '合计,,,,,,', '制表人:小王,,,,,,'].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'sales-aftersales-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const error = outcome.report.problems.find((p) => p.code === 'headings-reordered')!;
    expect(error.message).toContain('这一行以下的各行没有读取(李四、王五 共 2 人未评分);');
    expect(outcome.report.people.map((p) => p.name)).toEqual(['张三']);
  });

  it('§21 records: the customers under a block with 产品质量 and 交付准时性 swapped are not counted into the averages', async () => {
    const file = path.join(tempDir(), 'survey.csv');
    const head = '客户,产品质量,服务态度,售后服务,价格合理性,交付准时性';
    const swapped = '客户,交付准时性,服务态度,售后服务,价格合理性,产品质量';
    writeFileSync(file, [head, '客户甲,优秀,优秀,优秀,优秀,一般', '', swapped, '客户乙,一般,优秀,优秀,优秀,优秀'].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'satisfaction-standard', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const errors = outcome.report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.cell])).toEqual([['headings-reordered', 'B4']]);
    expect(errors[0]!.message).toContain('这一行以下的客户没有读取');
    // 客户甲 alone: 产品质量 100, 交付准时性 60, score (100 × 4 + 60) / 5 = 92. Read with the first heading's columns, 产品质量
    // averaged (100 + 60) / 2 = 80 and 交付准时性 80.
    const month = outcome.report.groups!.find((g) => g.grouping === 'month')!;
    expect([month.figures.responses, month.figures.quality, month.figures.onTime, month.figures.score]).toEqual([1, 100, 60, 92]);
  });

  it('§13 with the items\' points on the row above the headings: a person whose marks are those points (full marks) is a person, not the headings again', async () => {
    const file = path.join(tempDir(), 'points.csv');
    writeFileSync(file, [
      ',,,,分值,20,30,10,10,5,5,10,10',
      '工号,姓名,部门,考核月份,考核人,业绩考核,质量考核,业务考核,通话利用率,报表提交及时性,出勤情况,问题反馈及工作配合度,遵守规章制度及上级综合评分',
      '004,赵六,客服二部,2026-03,李经理,20,30,10,10,5,5,10,10',
      '002,李四,客服部,2026-03,李经理,20,28,9,9,5,4,9,8',
      '003,王五,客服部,2026-03,李经理,15,25,8,8,4,4,8,8',
    ].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'cs-scheme-100', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 赵六 20 + 30 + 10 + 10 + 5 + 5 + 10 + 10 = 100 (he was passed over as a repeated heading, exit 0); 李四 20 + 28 + 9 + 9 +
    // 5 + 4 + 9 + 8 = 92; 王五 15 + 25 + 8 + 8 + 4 + 4 + 8 + 8 = 80 (the first two were refused as headings in another order).
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['赵六', 100], ['李四', 92], ['王五', 80]]);
    expect(outcome.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a row of the columns\' numbers under the headings (栏次 1 2 3 …) is no person and no customer', async () => {
    const { columnNumbersRow } = await import('../../src/io/rowKinds.js');
    // Under the headings 客户 | 产品质量 | 服务 | 交付: a number in every headed column, each the next, from 1.
    const grid = gridFromRows('s', [['客户', '产品质量', '服务', '交付'], ['1', '2', '3', '4'], ['1', '2', '4', ''], ['客户A', '8', '9', '10'], ['', '7', '8', '9'], ['3', '4', '5', '6'], ['1', '2', '3', ''], ['', '1', '2', '3']]);
    // A customer left blank rating 7 8 9 or 1 2 3 (an incomplete answer, said as such), customer 「3」 rating 4 5 6, and a
    // row stopping short are no such row.
    expect([2, 3, 4, 5, 6, 7, 8].map((r) => columnNumbersRow(grid, r, 1))).toEqual([true, false, false, false, false, false, false]);
    // §3: customer A 8, 9, 7, 8 and B 10 × 4: (32 + 40) / 8 = 9 → index 90 (甲). The 栏次 row 1…5 counted as a customer
    // rating 2, 3, 4, 5 gave 3 responses and 71.67 (丙), exit 0.
    const file = path.join(tempDir(), 'log.csv');
    writeFileSync(file, ['客户,产品质量,服务,交付准确性,售后支持', '1,2,3,4,5', '客户A,8,9,7,8', '客户B,10,10,10,10'].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'satisfaction-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const month = outcome.report.groups!.find((g) => g.grouping === 'month')!;
    expect([month.figures.responses, month.figures.index]).toEqual([2, 90]);
    // A roster: the row of numbers under the headings was a person 「2」 of 工号 1.
    const roster = path.join(tempDir(), 'roster.csv');
    writeFileSync(roster, [HEAD, '1,2,3,4,5,6,7', '张三,销售部,92%,88%,3,200,80%'].join('\r\n') + '\r\n');
    const r = await gradeFile(roster, { form: 'sales-aftersales-monthly', output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => [p.name, p.total])).toEqual([['张三', 71.25]]);
  });
});
