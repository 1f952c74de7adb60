// A person's sheet (form layout) with an input's name retyped: a unit other than the input's own in its brackets, or an
// item's name changed. Read as blank, each gave a score the sheet does not say at exit 0 (a roster's column so headed is
// not read, and the person is not scored): the same now.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectScored, filledForms, score, type FormSheetFill } from '../forms/roundtrip.js';
import { foreignUnit } from '../../src/io/headingUnits.js';

// §8's worked example: 18 + 15 + 11 + 3 + 9 + 13 + 8 + 2 = 79 → 一般.
const WORKED: FormSheetFill = {
  name: '张三',
  entries: [
    ['客户回访率', '本月安装(售服)客户数(户)', '填写', 50],
    ['客户回访率', '回访客户数(户)', '填写', 45],
    ['表格管理', null, '填写', '3,2'],
    ['日常服务规范', '用语不规范(次)', '填写', 1],
    ['日常服务规范', '短信漏发(次)', '填写', 2],
    ['回访问题处理效率', '基础分(分)', '填写', 8],
    ['回访问题处理效率', '拖延遗漏错误次数(次)', '填写', 1],
    ['处理能力', null, '填写', 9],
    ['态度', null, '填写', 13],
    ['工作纪律', '迟到或早退(次)', '填写', 1],
    ['其它', '奖惩分(分)', '填写', 2],
    ['其它', '原因', '填写', '表扬信'],
  ],
};

/** The worked example, then the cell showing `from` (in the item or 填写项 column) retyped as `to`. */
async function retyped(from: string, to: string, formId = 'mattress-cs-monthly', fill = WORKED) {
  const file = await filledForms(formId, [fill], `${to.replace(/\//g, '-')}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('张三')!;
  let done = false;
  ws.eachRow((row) => row.eachCell((cell) => {
    if (!done && String(cell.value ?? '').trim() === from) [cell.value, done] = [to, true];
  }));
  expect(done, from).toBe(true);
  await wb.xlsx.writeFile(file);
  return score(file);
}

const errors = (r: Awaited<ReturnType<typeof score>>) => r.problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.message]);

describe('a retyped name on a person\'s sheet', () => {
  it('as printed, the worked example scores 79', async () => {
    expectScored(await score(await filledForms('mattress-cs-monthly', [WORKED])), '张三', 79, '一般');
  });

  it('a unit other than the input\'s own in its brackets: 「迟到或早退(分钟)」 1 is not 1 lateness (it was 8 of 10 read as 次)', async () => {
    const r = await retyped('迟到或早退(次)', '迟到或早退(分钟)');
    expect(r.people[0]!.status).toBe('error');
    expect(errors(r)).toEqual([['F17', '张三!F17:张三:这一行「迟到或早退(分钟)」的单位是「分钟」,「工作纪律·迟到或早退」按「次」填写,填的「1」没有计入,此人不评分;请换算成「次」后填写,并删去名称里的「(分钟)」']]);
    // The row is there, in another unit: not also said to be deleted and read as blank, nor scored as blank.
    expect(r.problems.filter((p) => p.code === 'item-not-found')).toEqual([]);
    expect(r.people[0]!.items.find((i) => i.label === '工作纪律')).toMatchObject({ score: null, explanation: '无法计分(原因见问题)' });
    // The input's own unit, or none, is the input: 79 as printed.
    expectScored(await retyped('迟到或早退(次)', '迟到或早退'), '张三', 79, '一般');
    expectScored(await retyped('迟到或早退(次)', '迟到或早退(回)'), '张三', 79, '一般');
  });

  it('an item of one input takes any retyped 填写项, but not one in another unit: §17 「迟到/早退/缺勤(分钟)」 30 is not 30 latenesses (2 of 10 at exit 0)', async () => {
    // 10 (no lateness) + 20 + 30 + 20 + 20 = 100 as printed; 30 read as 次 scored 2 + 90 = 92.
    const fill: FormSheetFill = { name: '张三', entries: [['准时出勤', null, '填写', 30], ['专业知识', null, '填写', 20], ['服务态度', null, '填写', 30], ['团队合作', null, '填写', 20], ['问题解决', null, '填写', 20]] };
    const r = await retyped('迟到/早退/缺勤次数(次)', '迟到/早退/缺勤(分钟)', 'probation', fill);
    expect(r.people[0]!.status).toBe('error');
    expect(errors(r)[0]![1]).toContain('这一行「迟到/早退/缺勤(分钟)」的单位是「分钟」,「准时出勤」按「次」填写');
    // Retyped without a unit, it is still the count: 30 latenesses → 2, 2 + 90 = 92.
    expectScored(await retyped('迟到/早退/缺勤次数(次)', '迟到早退', 'probation', fill), '张三', 92, '优秀');
  });

  it('a count\'s 填写项 retyped as a score word (「得分」, 「扣分」): its figure is points, not a count — an error there (§17 10 absences scored 2, 92 for 100)', async () => {
    // §17 准时出勤 typed 10 under a 填写项 retyped 「得分」: read as 10 absences it scored 2, 2 + 90 = 92 at exit 0; the
    // team meant 10 points (no absence) — kpi cannot tell, so it is not read.
    const fill: FormSheetFill = { name: '张三', entries: [['准时出勤', null, '填写', 10], ['专业知识', null, '填写', 20], ['服务态度', null, '填写', 30], ['团队合作', null, '填写', 20], ['问题解决', null, '填写', 20]] };
    for (const word of ['得分', '扣分']) {
      const r = await retyped('迟到/早退/缺勤次数(次)', word, 'probation', fill);
      expect([word, r.people[0]!.status]).toEqual([word, 'error']);
      expect(errors(r)).toEqual([['F7', `张三!F7:张三:这一行的名称是「${word}」,填的「10」像是分数,而「准时出勤」按「迟到/早退/缺勤次数」计算,没有计入,此人不评分;请填「迟到/早退/缺勤次数」,并把这一行的名称改回「迟到/早退/缺勤次数」后重新评分`]]);
    }
    // 「次数」 is still the count: 10 absences → 2, 92.
    expectScored(await retyped('迟到/早退/缺勤次数(次)', '次数', 'probation', fill), '张三', 92, '优秀');
  });

  it('a figure beside an empty count: in 得分 other than the blank\'s 10 an error (8 typed: one lapse), in 说明 an error (kpi writes there)', async () => {
    // §17 准时出勤 left empty: no lateness, 10; 10 + 20 + 30 + 20 + 20 = 100. Its 得分 typed 8 (8 + 90 = 98 meant) was
    // only warned of at 100 优秀: now refused at G7, as a choice's points there are (scoreCells50.test.ts).
    const fill: FormSheetFill = { name: '张三', entries: [['准时出勤', null, '得分', 8], ['专业知识', null, '填写', 20], ['服务态度', null, '填写', 30], ['团队合作', null, '填写', 20], ['问题解决', null, '填写', 20]] };
    const typed = await score(await filledForms('probation', [fill], 'typed-score.xlsx'));
    expect(typed.people[0]!.status).toBe('error');
    expect(typed.problems.filter((p) => p.severity !== 'info').map((p) => [p.code, p.severity, p.cell])).toEqual([['unknown-column', 'error', 'G7']]);
    // The team's own formula there agrees (10): nothing said.
    const agrees = await score(await filledForms('probation', [{ ...fill, entries: [['准时出勤', null, '得分', 10], ...fill.entries.slice(1)] }], 'agrees.xlsx'));
    expect(agrees.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const noted = await score(await filledForms('probation', [{ ...fill, entries: [['准时出勤', null, '说明', 1], ...fill.entries.slice(1)] }], 'noted.xlsx'));
    expect(noted.people[0]!.status).toBe('error');
    expect(noted.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['H7']);
    // A 0 there is what the empty count reads as anyway: nothing lost, nothing said.
    const zero = await score(await filledForms('probation', [{ ...fill, entries: [['准时出勤', null, '说明', 0], ...fill.entries.slice(1)] }], 'zero.xlsx'));
    expectScored(zero, '张三', 100, '优秀');
  });

  it('units that change what a figure means: thousands of orders, a score on its own scale, a rate, points taken off a count, pieces for a %', () => {
    const orders = { type: 'integer', unit: '单' };
    expect([foreignUnit('服务单数(千单)', orders), foreignUnit('服务单数(万单)', orders), foreignUnit('服务单数(单)', orders)]).toEqual([true, true, false]);
    const rate = { type: 'percent', unit: '%', max: 100 };
    expect([foreignUnit('满意度(5分制)', rate), foreignUnit('满意度(百分制)', rate), foreignUnit('效率(件/小时)', rate), foreignUnit('效率(件)', rate), foreignUnit('满意度(分)', rate)]).toEqual([true, false, true, true, false]);
    const points = { type: 'number', unit: '分', max: 10 };
    expect([foreignUnit('得分(5分制)', points), foreignUnit('得分(10分制)', points)]).toEqual([true, false]);
    // 「(扣分)」 over signed points (奖惩分 −10…10) is the points taken off; over a score of 0–20 it is no score (2 off read as 2 of 20).
    expect([foreignUnit('奖惩(扣分)', { ...points, min: -10 }), foreignUnit('业绩考核(扣分)', { type: 'number', unit: '分', min: 0, max: 20 })]).toEqual([false, true]);
    expect(foreignUnit('不能较好协调内部相关部门(扣分)', { type: 'integer', unit: '次' })).toBe(true);
    // A rate whose first side is the input's own unit is that unit: a count a month, a deduction each time, seconds a call.
    expect([foreignUnit('迟到或早退(次/月)', { type: 'integer', unit: '次' }), foreignUnit('表格管理(分/次)', { type: 'list', unit: '分' }), foreignUnit('平均响应秒数(秒/次)', { type: 'number', unit: '秒' })]).toEqual([false, false, false]);
    // A count a month on an input of no unit of its own (新客户数(人/月)): a count. Minutes per call on a count: not.
    expect([foreignUnit('新客户数(人/月)', { type: 'integer' }), foreignUnit('电话接听量(次/月)', { type: 'integer', unit: '个' }), foreignUnit('迟到(分钟/次)', { type: 'integer', unit: '次' })]).toEqual([false, false, true]);
    // 个 for a count of 项 (未达标项(个)).
    expect(foreignUnit('未达标项(个)', { type: 'integer', unit: '项' })).toBe(false);
  });

  it('an item renamed (表格管理 → 表格差错, 工作纪律 → 劳动纪律, 其它 → 奖惩): its answers are not dropped for full marks (84, 81, 77 for 79 at exit 0)', async () => {
    const table = await retyped('表格管理', '表格差错');
    expect(errors(table)).toEqual([['F9', '张三!F9:张三:这一行「表格差错」没有认出(像是「表格管理」),填的「3,2」没有计入,此人不评分;请把这一行的名称改回「表格管理」后重新评分']]);
    // The 填写项 below still names 迟到或早退, an input of the item nobody answered.
    const discipline = await retyped('工作纪律', '劳动纪律');
    expect(errors(discipline).map(([cell]) => cell)).toEqual(['F17']);
    expect(errors(discipline)[0]![1]).toContain('像是「工作纪律」');
    const other = await retyped('其它', '奖惩');
    expect(errors(other).map(([cell]) => cell)).toEqual(['F21']);
    for (const r of [table, discipline, other]) expect(r.people[0]!.status).toBe('error');
  });

  it('a row of the team\'s own sharing a word with an unanswered item (工作时长 176 beside 工作纪律 left blank) is a warning, not that item', async () => {
    // 工作纪律 blank (no lapses): 18 + 15 + 11 + 3 + 9 + 13 + 10 + 2 = 81 → 良好. 176 hours is no count of lapses.
    const fill: FormSheetFill = { ...WORKED, entries: WORKED.entries.filter(([item, input]) => !(item === '工作纪律' && input === '迟到或早退(次)')) };
    const file = await filledForms('mattress-cs-monthly', [fill], 'hours.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('张三')!.spliceRows(23, 0, ['工作时长', '', '', '', '小时', 176]);
    await wb.xlsx.writeFile(file);
    const r = await score(file);
    expectScored(r, '张三', 81, '良好');
    expect(r.problems.filter((p) => p.code === 'unknown-column').map((p) => p.severity)).toEqual(['warning']);
  });

  it('a row the team added, named like no unanswered item, is still only a warning (加班 5 beside every item answered)', async () => {
    const file = await filledForms('mattress-cs-monthly', [WORKED], 'added.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('张三')!;
    ws.spliceRows(17, 0, ['加班表现', '', '', '', '加班(次)', 5]);
    await wb.xlsx.writeFile(file);
    const r = await score(file);
    expectScored(r, '张三', 79, '一般');
    expect(r.problems.filter((p) => p.code === 'unknown-column').map((p) => p.severity)).toEqual(['warning']);
  });
});

describe('an item printed with other points than the form gives it, on a person\'s sheet', () => {
  it('「处理能力(20分)」 or its 分值 retyped 20 (10 in §8) over 9 typed: an error there, 张三 not scored (9 of 10 read for 9 of 20, 79 一般 at exit 0)', async () => {
    const r = await retyped('处理能力', '处理能力(20分)');
    expect(r.people[0]!.status).toBe('error');
    expect(errors(r)).toEqual([[expect.stringMatching(/^[A-Z]+\d+$/), expect.stringContaining('这一格的「9」是「处理能力」的得分,而表上这一项写的是 20 分(A')]]);
    expect(errors(r)[0]![1]).toContain('本表满分 10 分,不知按哪个满分读,没有计入,此人不评分');
    // The 分值 cell retyped: the same.
    const file = await filledForms('mattress-cs-monthly', [WORKED], 'points-cell.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('张三')!;
    let pointsCol = 0;
    let itemRow = 0;
    ws.eachRow((row, r) => row.eachCell((cell, c) => {
      if (cell.value === '分值') pointsCol = c;
      if (cell.value === '处理能力') itemRow = r;
    }));
    expect([pointsCol > 0, itemRow > 0]).toEqual([true, true]);
    expect(ws.getCell(itemRow, pointsCol).value).toBe(10);
    ws.getCell(itemRow, pointsCol).value = 20;
    await wb.xlsx.writeFile(file);
    const cellEdited = await score(file);
    expect(cellEdited.people[0]!.status).toBe('error');
    expect(errors(cellEdited)[0]![1]).toContain('而表上这一项写的是 20 分');
    // Its own points, or the points of its part, are what the form prints: 79 as before.
    expectScored(await retyped('处理能力', '处理能力(10分)'), '张三', 79, '一般');
  });
});

describe('a person\'s sheet named or titled as a self-assessment, 考核人 left blank', () => {
  it('「李强自评」 or 「…(员工自评)」: the self-rating is no supervisor\'s — an error, not 100 优秀; 王芳\'s supervisor\'s sheet scored', async () => {
    const { roundTrip, byName } = await import('../catalog/roundTrip.js');
    // 工作效率 20, no 违反: 20 + 40 + 40 = 100 for each.
    const person = (name: string, rater?: string) => ({ header: { name, ...(rater ? { rater } : {}) }, values: { 'E.score': 20 } });
    const rename = (wb: ExcelJS.Workbook) => {
      wb.getWorksheet('李强')!.name = '李强自评';
      const zhang = wb.getWorksheet('张敏')!;
      zhang.getCell('A1').value = `${String(zhang.getCell('A1').value)}(员工自评)`;
    };
    const r = await roundTrip('express-cs', [person('王芳', '赵主管'), person('李强'), person('张敏')], { layout: 'form', edit: rename });
    expect(['王芳', '李强', '张敏'].map((n) => [n, byName(r, n).status, byName(r, n).total])).toEqual([['王芳', 'scored', 100], ['李强', 'error', null], ['张敏', 'error', null]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.sheet, p.message])).toEqual([
      ['李强自评', expect.stringContaining('「考核人」写的是「自评」:自评只作参考、不计分')],
      ['张敏', expect.stringContaining('「考核人」写的是「员工自评」')],
    ]);
  });
});

describe('a count written in a text cell of its row, its 填写 left empty (§17 准时出勤)', () => {
  const fill = (extra: FormSheetFill['entries']): FormSheetFill => ({ name: '张三', entries: [['专业知识', null, '填写', 20], ['服务态度', null, '填写', 30], ['团队合作', null, '填写', 20], ['问题解决', null, '填写', 20], ...extra] });
  it('「(本月迟到1次)」 added to the long 评分标准, or 「迟到1次」 in 说明 (a word of 迟到/早退/缺勤次数): an error, not 0 absences (90 优秀 for 88)', async () => {
    const criteria = '无迟到、早退或缺勤 10分;1次 8分;2次 6分;3次 4分;超过3次 2分';
    const r = await retyped(criteria, `${criteria}(本月迟到1次)`, 'probation', fill([]));
    expect(r.people[0]!.status).toBe('error');
    expect(errors(r)[0]![1]).toContain('「准时出勤」的「评分标准」一格写的是');
    const inNote = await score(await filledForms('probation', [fill([['准时出勤', null, '说明', '迟到1次']])], 'note.xlsx'));
    expect(inNote.people[0]!.status).toBe('error');
    expect(errors(inNote)[0]![1]).toContain('这一格的「迟到1次」填在了「说明」列');
    // 10 (none) + 90 = 100 with the criteria as printed and 说明 empty.
    expectScored(await score(await filledForms('probation', [fill([])], 'plain.xlsx')), '张三', 100, '优秀');
  });
});

// Made by openpyxl from kpi's templates (a red team's cases): 填写项 numbered as a list, or noted after kpi's own unit.
describe('a 填写项 numbered (「1、积极主动热情周到」) or noted after its unit (「…(次)(含客户反馈)」)', () => {
  it('is the input: §27 (100 + 60 + 100 + 50) / 4 = 77.50 and §12 18 + 38.5 + 39 = 95.50 for each (they were refused)', async () => {
    const path = await import('node:path');
    const { repoRoot } = await import('../helpers.js');
    const { gradeFile } = await import('../../src/io/grade.js');
    const totals = async (f: string) => {
      const r = await gradeFile(path.join(repoRoot, 'test/fixtures/openpyxl/form-labels', f), { output: null });
      if (!r.ok) throw new Error(r.failure.message);
      expect(r.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      return r.report.people.map((p) => p.total);
    };
    expect(await totals('checklist-numbered.xlsx')).toEqual([77.5, 77.5, 77.5]);
    expect(await totals('express-numbered.xlsx')).toEqual([95.5, 95.5, 95.5]);
    expect(await totals('express-label-notes.xlsx')).toEqual([95, 95, 95]);
  });
});

describe('the column to fill headed with the input\'s own name (「不符合项数」 for 填写, §2)', () => {
  it('is that column: every site scored as with 「填写」 (every sheet was 「没有填写分数的列」, unscored)', async () => {
    const { gradeFile } = await import('../../src/io/grade.js');
    const { readWorkbook, sampleCopy } = await import('../helpers.js');
    const input = sampleCopy('property-cs-monthly.march.form.xlsx');
    const before = await gradeFile(input, { output: null });
    if (!before.ok) throw new Error(before.failure.message);
    const wb = await readWorkbook(input);
    for (const ws of wb.worksheets.filter((w) => w.state === 'visible')) ws.eachRow((row) => row.eachCell((cell) => void (cell.value === '填写' && (cell.value = '不符合项数'))));
    await wb.xlsx.writeFile(input);
    const after = await gradeFile(input, { output: null });
    if (!after.ok) throw new Error(after.failure.message);
    expect(after.report.people.map((p) => [p.name, p.total])).toEqual(before.report.people.map((p) => [p.name, p.total]));
    expect(after.report.people.every((p) => p.status === 'scored' || before.report.people.find((q) => q.name === p.name)!.status !== 'scored')).toBe(true);
  });
});
