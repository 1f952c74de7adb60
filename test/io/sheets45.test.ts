// Person sheets whose 填写项 was retyped as another measure than the item's one input: a score word, points taken off,
// another unit, the input's name without its 不. Each was read as the input at exit 0.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/sheets45', f);

describe('a retyped 填写项 naming another measure is not read as the input (every person\'s row so retyped)', () => {
  it.each([
    // §17 张敏 「该项得分」 10: 10 lapses → 2 points, 52 不通过 for 60 通过.
    ['probation-gaixiang-defen.xlsx', 'F7', '这一行的名称是「该项得分」'],
    // §12 工作状况 「扣分后得分」 39/36/40 read as violations: 75.50, 77.00, 30.00 for 94, 91, 50.
    ['express-koufenhou-defen.xlsx', 'F18', '这一行的名称是「扣分后得分」'],
    // §17 「出勤天数」 22 read as 22 lapses (52 不通过 for 60).
    ['probation-chuqin-tianshu.xlsx', 'F7', '这一行「出勤天数」没有认出'],
    // §25 「达标项数」 4 read as 4 items failed (95.56 for 100).
    ['property-staff-dabiao.xlsx', 'F26', '这一行「达标项数」没有认出'],
    // §8 表格管理 「差错次数」 3 read as one deduction of 3 points (81 良好; 3 incidents at 2–5 each is 66–75 一般) — and
    // renamed back to 每次扣分 as once advised, the same 3 as one incident: the advice names each incident's deduction.
    ['mattress-chacuo-cishu.xlsx', 'F9', '这一行「差错次数」是次数;「每次扣分」填每一次的扣分'],
    // §13 业绩考核 「扣分」 2 read as 2 of 20 (77.00 待改进 K 0.8 for 18 + 75 = 93 良好).
    ['scheme-koufen.xlsx', 'F7', '这一行「扣分」没有认出(像是「得分」)'],
  ])('%s: an error at %s, no one scored', async (file, cell, said) => {
    const r = await gradedReport(at(file));
    expect(r.people.every((p) => p.total === null)).toBe(true);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.cell)).toEqual([cell, cell, cell]);
    expect(errors[0]!.message).toContain(said);
  });

  it('a roster\'s 「业绩考核(扣分)」 over a score of 0–20 is the points off, not the score: refused (2 read as 2 of 20)', async () => {
    const r = await gradedReport(at('scheme-roster-koufen.xlsx'));
    expect(r.people.every((p) => p.total === null)).toBe(true);
    expect(r.problems.find((p) => p.cell === 'F1')!.message).toContain('列「业绩考核(扣分)」写的单位是「扣分」');
  });
});

describe('people\'s own sheets beside the team\'s list of people (§8, 张三 A01, 李四 A02, 王五 A03 with sheets; 赵六 A04 listed only)', () => {
  it.each([
    ['own-summary-list.xlsx', '汇总'],
    ['attendance-data-list.xlsx', '考勤数据'],
  ])('%s: 赵六 is named in a warning at the 「%s」 list (he was in no result and no message: 已评分 3/3)', async (file, sheet) => {
    const r = await gradedReport(at(file));
    // The three sheets as the catalog scores them: 79, 100, 22.
    expect(r.people.map((p) => p.total)).toEqual([79, 100, 22]);
    const said = r.problems.filter((p) => p.code === 'listed-without-sheet');
    expect(said.map((p) => [p.severity, p.sheet, p.message])).toEqual([['warning', sheet, expect.stringContaining(`工作表「${sheet}」列出的赵六(A04)没有自己的考核表`)]]);
  });
});

describe('two columns to fill on a person\'s sheet (last month\'s kept beside this month\'s)', () => {
  it('「填写(上月) | 填写(本月)」: this month\'s is read — §8 79 一般 (last month\'s gave 100 优秀); 「填写(2月) | 填写(3月)」 on a sheet of 2026-03: March\'s, 79', async () => {
    const r = await gradedReport(at('mattress-two-fill-months.xlsx'));
    // 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79, the catalog's worked example, in the 本月 (3月) column. (李四 was refused,
    // advised to move March's figures under 「填写(2月)」: February is the month before the sheet's 考核月份.)
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 79], ['李四', 79]]);
    expect(r.problems.find((p) => p.sheet === '李四')).toMatchObject({ severity: 'warning', cell: 'F7' });
  });

  it('「填写 | 填写」, 「填写 | 3月」 that differ: an error (the left was read, 100 优秀); 「填写(上月) | 填写」: the plain one, 79', async () => {
    const r = await gradedReport(at('mattress-fill-and-old.xlsx'));
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 79], ['李四', null], ['赵六', 79]]);
  });
});

describe('a 分值 column retyped as the form\'s weights in percent cells (0.25 shown 「25%」 for 销售额\'s 25 of 100)', () => {
  it('says the same as the form: read — §10 27.5 + 17 + 18 + 7.5 + 9 + 8 + 5 + 3 = 95 优秀 (refused as 「写的是 0.2 分」)', async () => {
    const r = await gradedReport(at('sales-kpi-fenzhi-percent.xlsx'));
    expect(r.people.map((p) => [p.total, p.band])).toEqual([[95, '优秀'], [95, '优秀']]);
  });
});
