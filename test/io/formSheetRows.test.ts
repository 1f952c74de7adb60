import { describe, expect, it } from 'vitest';
import { scorePerson } from '../../src/engine/scoreForm.js';
import ExcelJS from 'exceljs';
import { gridFromRows, gridFromWorksheet } from '../../src/io/grid.js';
import { findFormTable, formSheetWithoutValues, readFormSheet } from '../../src/io/readFormSheet.js';
import { readPeople } from '../../src/io/readPeople.js';
import { form } from '../helpers.js';

// One person's sheet (§9 cs-competency, 主管评 only): an item's row inserted a second time and answered differently.
// The first row used to win silently — the score depended on which of the two rows was above the other.
async function sheet(rows: string[][]) {
  const f = await form('cs-competency');
  const grid = gridFromRows('李四', [['姓名', '李四'], ['项目', '主管评'], ...rows]);
  const table = findFormTable(grid, f)!;
  return { f, person: readFormSheet(grid, f, table) };
}

describe('an item row given twice on a form sheet', () => {
  it('two different answers: an error at the second, the person not scored', async () => {
    const { f, person } = await sheet([['业务知识能力', '优秀'], ['沟通能力', '良好'], ['沟通能力', '待改进'], ['问题解决能力', '优秀'], ['人际关系协调', '优秀'], ['反馈与学习能力', '优秀']]);
    const r = scorePerson(f, person);
    expect(r.status).toBe('error');
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell, p.message])).toEqual([
      ['duplicate-entry', 'B5', '李四!B5:李四:「沟通能力」有两行:B4 填「良好」,这里填「待改进」,不知道取哪一个;请删去多余的一行(此人不评分)'],
    ]);
    // Nor is 沟通能力 scored from the first answer (it showed 80, parts with it, for a person not scored).
    expect(r.items.find((i) => i.label === '沟通能力')).toMatchObject({ score: null, explanation: '无法计分' });
    expect(r.items.find((i) => i.label === '业务知识能力')!.score).toBe(100);
  });

  it('the same answer twice, or a second row left empty, is no conflict: 优秀 100 × 4 + 良好 80 → 96', async () => {
    const { f, person } = await sheet([['业务知识能力', '优秀'], ['沟通能力', '良好'], ['沟通能力', '良好'], ['问题解决能力', '优秀'], ['问题解决能力', ''], ['人际关系协调', '优秀'], ['反馈与学习能力', '优秀']]);
    const r = scorePerson(f, person);
    expect([r.status, r.total]).toEqual(['scored', 96]);
  });

  it('a filled row whose label nearly names an item none of whose rows was found: an error there, the person not scored', async () => {
    // 「沟通的能力」 for 沟通能力: its 良好 would have been left out (沟通能力 then missing → an error of its own too).
    const { f, person } = await sheet([['业务知识能力', '优秀'], ['沟通的能力', '良好'], ['问题解决能力', '优秀'], ['人际关系协调', '优秀'], ['反馈与学习能力', '优秀'], ['合计', '5']]);
    const r = scorePerson(f, person);
    expect(r.status).toBe('error');
    const unread = r.problems.filter((p) => p.code === 'unknown-column');
    // The 合计 row is no item and names none: not taken for one.
    expect(unread.map((p) => [p.cell, p.message])).toEqual([
      ['B4', '李四!B4:李四:这一行「沟通的能力」没有认出(像是「沟通能力」),填的「良好」没有计入,此人不评分;请把这一行的名称改回「沟通能力」后重新评分'],
    ]);
  });

  it('a row the team added to the item table (「加班」 5) is a warning that it is not counted; total, grade and signature lines below are not', async () => {
    const { f, person } = await sheet([['业务知识能力', '优秀'], ['沟通能力', '良好'], ['加班', '5'], ['问题解决能力', '优秀'], ['人际关系协调', '优秀'], ['反馈与学习能力', '优秀'], ['总分', '96'], ['等级', '优秀'], ['测评人', '张经理'], ['加分', '3']]);
    const r = scorePerson(f, person);
    // 100 × 4 + 良好 80 = 480 / 5 = 96: the 5 was never part of it, and is said to be left out.
    expect([r.status, r.total]).toEqual(['scored', 96]);
    expect(r.problems.filter((p) => p.code === 'unknown-column').map((p) => [p.severity, p.cell, p.message])).toEqual([
      ['warning', 'B5', '李四!B5:李四:这一行「加班」不是本考核表的项目,填的「5」没有计入总分;如果它应当计分,请在考核表定义文件里加上这一项(--form 自己的定义.json)'],
    ]);
  });

  it('an item\'s label and answer merged over two rows is one answer; an answer merged over two items is an error at the second', async () => {
    const f = await form('cs-competency');
    // Rows 3–7 are the items; 沟通能力 takes rows 4 and 5 (A4:A5 and B4:B5 merged: exceljs shows 良好 in both).
    const rows = [['姓名', '李四'], ['项目', '主管评'], ['业务知识能力', '优秀'], ['沟通能力', '良好'], ['沟通能力', '良好'], ['问题解决能力', '优秀'], ['人际关系协调', '优秀'], ['反馈与学习能力', '优秀']];
    const merged = (into: Record<string, string>) => ({ ...gridFromRows('李四', rows), mergedInto: (row: number, col: number) => into[`${String.fromCharCode(64 + col)}${row}`] });
    const one = merged({ A5: 'A4', B5: 'B4' });
    const a = scorePerson(f, readFormSheet(one, f, findFormTable(one, f)!));
    // 100 × 4 + 良好 80 = 480 / 5 = 96, and nothing to say but the raters who did not rate.
    expect([a.status, a.total, a.problems.map((p) => p.code)]).toEqual(['scored', 96, ['rater-spread']]);
    // 良好 in B6 merged up from B5… a different item's cell: 问题解决能力 shows the 良好 of 沟通能力.
    const two = { ...gridFromRows('李四', [['姓名', '李四'], ['项目', '主管评'], ['业务知识能力', '优秀'], ['沟通能力', '良好'], ['问题解决能力', '良好'], ['人际关系协调', '优秀'], ['反馈与学习能力', '优秀']]), mergedInto: (row: number, col: number) => (row === 5 && col === 2 ? 'B4' : undefined) };
    const b = scorePerson(f, readFormSheet(two, f, findFormTable(two, f)!));
    expect(b.status).toBe('error');
    // The item's own cell is then blank: its rater's answer is missing, said at the same cell.
    expect(b.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([['merged-entry', 'B5'], ['missing-rater', 'B5']]);
  });

  it('a 合计 line whose word stands in a column before the items (考核面 | 项目) ends the table: not the last item again', async () => {
    const f = await form('cs-competency');
    const grid = gridFromRows('李四', [['姓名', '李四'], ['考核面', '项目', '主管评'], ['能力', '业务知识能力', '优秀'], ['', '沟通能力', '良好'], ['', '问题解决能力', '优秀'], ['', '人际关系协调', '优秀'], ['', '反馈与学习能力', '优秀'], ['合计', '', '96']]);
    const r = scorePerson(f, readFormSheet(grid, f, findFormTable(grid, f)!));
    // 100 × 4 + 80 = 480 / 5 = 96 (the 96 was read as 反馈与学习能力 given twice: an error).
    expect([r.status, r.total]).toEqual(['scored', 96]);
  });

  it('「同事评(小王)」 beside 同事评 is a second peer: (100 + 40) / 2 = 70 → 100 × 70/80 + 70 × 10/80 = 96.25', async () => {
    const f = await form('cs-competency');
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const grid = gridFromRows('李四', [['姓名', '李四'], ['项目', '主管评', '同事评', '同事评(小王)'], ...items.map((i) => [i, '优秀', '优秀', '待改进'])]);
    const r = scorePerson(f, readFormSheet(grid, f, findFormTable(grid, f)!));
    // It was ignored: 100 from 主管 and the one peer.
    expect([r.status, r.total]).toEqual(['scored', 96.25]);
  });

  it('peers numbered 同事评甲 and 同事评乙 (or A and B) are 同事评1 and 2: (100 + 40) / 2 = 70 → 96.25', async () => {
    const f = await form('cs-competency');
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    for (const [a, b] of [['甲', '乙'], ['A', 'B']]) {
      const grid = gridFromRows('李四', [['姓名', '李四'], ['项目', '主管评', `同事评${a}`, `同事评${b}`], ...items.map((i) => [i, '优秀', '优秀', '待改进'])]);
      const r = scorePerson(f, readFormSheet(grid, f, findFormTable(grid, f)!));
      expect([r.status, r.total]).toEqual(['scored', 96.25]);
    }
  });

  it('an unnumbered 「同事评」 after 同事评1 and 同事评2 is a third peer: (100 + 100 + 40) / 3 = 80 → 100 × 70/80 + 80 × 10/80 = 97.5', async () => {
    const f = await form('cs-competency');
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const grid = gridFromRows('李四', [['姓名', '李四'], ['项目', '主管评', '同事评1', '同事评2', '同事评'], ...items.map((i) => [i, '优秀', '优秀', '优秀', '待改进'])]);
    const r = scorePerson(f, readFormSheet(grid, f, findFormTable(grid, f)!));
    // It was ignored (its slot 1 taken by 同事评1): 100, as if the third peer had not rated.
    expect([r.status, r.total]).toEqual(['scored', 97.5]);
  });

  it('a column of other scores (「主管评分」 beside 填写) that differ from the ones read: a warning at the first, 填写 counts', async () => {
    const f = await form('cs-work-review');
    const items = ['熟悉产品和服务,准确清晰回答', '良好的沟通能力', '团队合作精神', '友好耐心,倾听需求并提供方案', '高效处理,及时回复咨询', '妥善处理投诉和纠纷', '按流程和标准完成任务', '准确记录客户反馈并及时反馈相关部门', '参与满意度调查和改进', '参加培训和学习', '主动学习提升专业素养', '将学习成果应用到工作中'];
    const grid = gridFromRows('李强', [['被考核人员', '李强'], ['项目', '分值', '评分标准', '填写项', '填写', '主管评分'], ...items.map((i) => [i, '10', '10 分', '得分(分)', '9', i === '良好的沟通能力' ? '6' : '9'])]);
    const r = scorePerson(f, readFormSheet(grid, f, findFormTable(grid, f)!));
    // 9 × 12 = 108 of 120 → 90; 主管评分's 6 is not counted, and said (it was ignored without a word).
    expect([r.status, r.total]).toEqual(['scored', 90]);
    expect(r.problems.filter((p) => p.code === 'unknown-column').map((p) => [p.severity, p.cell, p.message])).toEqual([
      ['warning', 'F4', '李强!F4:李强:列「主管评分」的分数没有计入:这一格填「6」,评分按「填写」列的「9」;如果应按「主管评分」评分,请把它的分数填到「填写」列'],
    ]);
  });

  it('「主管评2」 beside 主管评 (a rater of one): a copy of its column — the same answers are fine, different ones an error', async () => {
    const f = await form('cs-competency');
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const grid = gridFromRows('李四', [['姓名', '李四'], ['项目', '主管评', '主管评2'], ...items.map((i) => (i === '沟通能力' ? [i, '良好', '待改进'] : [i, '优秀', '优秀']))]);
    const r = scorePerson(f, readFormSheet(grid, f, findFormTable(grid, f)!));
    // It was ignored: 96 from the first column alone.
    expect(r.status).toBe('error');
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([['duplicate-entry', 'C4']]);
  });

  it('the rater\'s heading twice (a 主管评 column copied): an answer under either counts; two different ones are an error at the second', async () => {
    const f = await form('cs-competency');
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    // The first column left empty at 沟通能力, the copy has 待改进 there: 100 × 4 + 40 = 440 / 5 = 88 (主管评 only).
    const filled = gridFromRows('李四', [['姓名', '李四'], ['项目', '主管评', '主管评'], ...items.map((i) => (i === '沟通能力' ? [i, '', '待改进'] : [i, '优秀', '优秀']))]);
    const a = scorePerson(f, readFormSheet(filled, f, findFormTable(filled, f)!));
    expect([a.status, a.total]).toEqual(['scored', 88]);
    // 良好 under one, 待改进 under the other: which one is meant is not for kpi to guess (the second was ignored: 96).
    const differ = gridFromRows('李四', [['姓名', '李四'], ['项目', '主管评', '主管评'], ...items.map((i) => (i === '沟通能力' ? [i, '良好', '待改进'] : [i, '优秀', '优秀']))]);
    const b = scorePerson(f, readFormSheet(differ, f, findFormTable(differ, f)!));
    expect(b.status).toBe('error');
    expect(b.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell, p.message])).toEqual([
      ['duplicate-entry', 'C4', '李四!C4:李四:「沟通能力」有两列:B4 填「良好」,这里填「待改进」,不知道取哪一个;请删去多余的一列(此人不评分)'],
    ]);
  });

  it('an empty 评分人 above the table stays empty: the legend line below it (「评分人:同事评 10%,…」) is not its value', async () => {
    const f = await form('cs-competency');
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const grid = gridFromRows('李四', [['姓名', '李四', '评分人', ''], ['项目', '主管评'], ...items.map((i) => [i, '优秀']), [''], ['评分人:同事评 10%,缺席时其权重按比例分给其他评分人,匿名']]);
    const person = readFormSheet(grid, f, findFormTable(grid, f)!);
    expect(person.header.get('raterRole')).toBeUndefined();
    expect(person.headerCells!.get('raterRole')).toBe('D1');
  });

  it('a part title merged across its row is no value; a 备注 row under an answered item is a row not read, named so', async () => {
    const f = await form('cs-competency');
    const grid = gridFromRows('李四', [['姓名', '李四'], ['项目', '填写项', '主管评'], ['能力', '能力', '能力'], ['业务知识能力', '评价', '优秀'], ['业务知识能力', '备注', '很熟'], ['沟通能力', '评价', '优秀'], ['问题解决能力', '评价', '优秀'], ['人际关系协调', '评价', '优秀'], ['反馈与学习能力', '评价', '优秀']]);
    const person = readFormSheet(grid, f, findFormTable(grid, f)!);
    expect((person.problems ?? []).map((p) => [p.cell, p.message])).toEqual([
      ['C5', '李四!C5:李四:这一行「备注」不是「业务知识能力」的填写项,填的「很熟」没有计入,此人不评分;请删去这一行,或把名称改回原来的填写项后重新评分'],
    ]);
  });

  it('a person’s sheet whose 主管评 heading was renamed is an error naming the sheet, the person listed unscored (it was left out: 已评分 1/1)', async () => {
    const f = await form('cs-competency');
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const ok = gridFromRows('张三', [['姓名', '张三'], ['项目', '主管评'], ...items.map((i) => [i, '优秀'])]);
    // (「主管评分」 is 主管评 since a rater's name with 评分 after it is read as that rater: 「考核结果」 names none.)
    const renamed = gridFromRows('王五', [['姓名', '王五'], ['项目', '考核结果'], ...items.map((i) => [i, '良好'])]);
    const r = readPeople([ok, renamed], f, 'march.xlsx');
    expect(r.people.map((p) => p.header.get('name'))).toEqual(['张三', '王五']);
    expect(r.sources.map((s) => s.kind)).toEqual(['form', 'unread']);
    expect(r.problems).toEqual([]);
    const wang = scorePerson(f, r.people[1]!);
    // Only the one error: no 「missing」 for each of the five items it could not read.
    expect([wang.status, wang.total, wang.band]).toEqual(['error', null, null]);
    expect(wang.items.map((i) => i.score)).toEqual([null, null, null, null, null]);
    expect(wang.problems.map((p) => [p.severity, p.sheet, p.cell, p.person, p.message])).toEqual([
      ['error', '王五', 'A2', '王五', '工作表「王五」列出了本考核表的项目,但第 2 行表头里没有填写分数的列(应为 「主管评」 或 「同事评」 或 「客户评」),此人未评分;请把填了答案的「考核结果」列的表头改为「主管评」或「同事评」或「客户评」后重新评分'],
    ]);
  });

  it('§20 project sheets whose 填写 heading was retyped: each project named by 项目名称 and the error at the table\'s heading row (the 「项目名称」 line was taken for the table: three projects named 「考核内容」, duplicates of each other)', async () => {
    const f = await form('quality-inspection');
    const labels = f.parts.flatMap((p) => p.items).map((i) => i.label);
    const sheetOf = (project: string, heading: string) =>
      gridFromRows(project, [['客服品质检查考核标准及评分表(C2)'], ['项目名称', project, '', '', '检查日期', '2026-03'], ['检查人', '王经理'], [], ['项目', '考核内容', '分值', '评分标准', '填写项', heading, '得分', '说明'], ...labels.map((l) => [l, '检查', '1', '', '不规范处数(处)', '0'])]);
    const r = readPeople([sheetOf('阳光花园', '检查结果'), sheetOf('翠湖苑', '')], f, 'march.xlsx');
    expect(r.people.map((p) => p.header.get('name'))).toEqual(['阳光花园', '翠湖苑']);
    const scored = r.people.map((p) => scorePerson(f, p));
    expect(scored.map((p) => p.problems.map((x) => [x.cell, x.person, x.message]))).toEqual([
      [['A5', '阳光花园', '工作表「阳光花园」列出了本考核表的项目,但第 5 行表头里没有填写分数的列(应为 「填写」),此人未评分;请把填了答案的「检查结果」列的表头改为「填写」后重新评分']],
      [['A5', '翠湖苑', '工作表「翠湖苑」列出了本考核表的项目,但第 5 行表头里没有填写分数的列(应为 「填写」),此人未评分;请把要填写的那一列的表头改为「填写」后重新评分']],
    ]);
  });

  it('a person’s sheet whose 填写 column is hidden: said as hidden, at its heading, the person listed unscored', async () => {
    const f = await form('mattress-cs-monthly');
    const labels = f.parts.flatMap((p) => p.items).map((i) => i.label);
    const grid = { ...gridFromRows('李强', [['姓名', '李强'], ['项目', '填写项', '填写'], ...labels.map((l) => [l, '', '9'])]), columnHidden: (col: number) => col === 3 };
    const r = readPeople([grid], f, 'march.xlsx');
    expect(r.people.map((p) => p.header.get('name'))).toEqual(['李强']);
    const li = scorePerson(f, r.people[0]!);
    expect(li.problems.map((p) => [p.cell, p.message])).toEqual([
      ['C2', '工作表「李强」填写分数的列「填写」(C 列)是隐藏的,没有读取,此人未评分;请取消隐藏该列后重新评分'],
    ]);
  });

  it('items of one count and a remark listed without a 填写项 column (§2: 不符合项数 and 备注): 填写 is the count', async () => {
    const f = await form('property-cs-monthly');
    const labels = f.parts.flatMap((p) => p.items).map((i) => i.label);
    // It was refused at exit 2 for its 「填写项」 column (each row can hold nothing but the count: 备注 has its column).
    // 14 items × 1 不符合项 → 100 − 14 = 86 → 良好 (≥ 80).
    const items = f.parts.flatMap((p) => p.items);
    const grid = gridFromRows('东区管理处', [['部门/管理处', '东区管理处'], ['项目', '内容', '分值', '填写', '备注'], ...items.map((i) => [i.label, '…', String(i.max), '1'])]);
    const r = readPeople([grid], f, 'march.xlsx');
    expect(r.problems).toEqual([]);
    const east = scorePerson(f, r.people[0]!);
    expect([east.total, east.band, east.problems]).toEqual([86, '良好', []]);
    // Headed 评分 (the paper form's column of scores), the advice to add 填写项 led to 评分 read as 不符合项数: said as scores.
    const paper = gridFromRows('东区管理处', [['部门/管理处', '东区管理处'], ['项目', '内容', '分值', '评分', '备注'], ...labels.map((l) => [l, '…', '10', '9'])]);
    const unread = readPeople([paper], f, 'march.xlsx');
    expect(unread.people.flatMap((p) => (p.problems ?? []).map((x) => x.message))).toEqual([
      '工作表「东区管理处」列出了本考核表的项目,但第 2 行表头只有「评分」列,没有「填写」列:本表的项目按填写的次数、等级计算,不直接读得分,此人未评分;请用 kpi template 生成的表格填写',
    ]);
  });

  it('a deleted row of an input that may be blank is read as blank and said (§17 准时出勤: 10 for 0 次, a warning)', async () => {
    const f = await form('probation');
    const labels = f.parts.flatMap((p) => p.items).map((i) => i.label);
    const kept = labels.filter((l) => l !== '准时出勤');
    const grid = gridFromRows('李四', [['姓名', '李四'], ['项目', '填写'], ...kept.map((l) => [l, ''])]);
    const person = readFormSheet(grid, f, findFormTable(grid, f)!);
    const w = (person.problems ?? []).filter((p) => p.severity === 'warning');
    expect(w.map((p) => p.message)).toEqual(['工作表「李四」没有这些行,按留空计分(次数按 0、无扣分、无奖惩):「准时出勤」']);
  });

  it('§28: a sheet with 满意度 rows and no 满意数/调查数 rows (an older template) needs no warning; one without either does', async () => {
    const f = await form('sales-aftersales-monthly');
    const rows = (satisfaction: string[][]) =>
      gridFromRows('李四', [['姓名', '李四', '部门', '销售部'], ['项目', '填写项', '填写'], ['过程服务满意度', '满意度', '92%'], ['客户满意度', '满意度', '88%'], ['客诉率', '客诉数', '3'], ['', '服务单数', '200'], ...satisfaction]);
    const older = rows([['客诉处理满意度', '满意度', '80%']]);
    const read = readFormSheet(older, f, findFormTable(older, f)!);
    expect(read.problems ?? []).toEqual([]);
    // 23 + 22 + 6.25 + 20 = 71.25
    expect(scorePerson(f, read).total).toBeCloseTo(71.25, 10);
    // 客诉处理满意度 by counts only (8/10 = 80 % → 20): its 满意度 row may be missing too.
    const counts = rows([['客诉处理满意度', '满意数', '8'], ['', '调查数', '10']]);
    const byCounts = readFormSheet(counts, f, findFormTable(counts, f)!);
    expect(byCounts.problems ?? []).toEqual([]);
    expect(scorePerson(f, byCounts).total).toBeCloseTo(71.25, 10);
    // Only 满意数 of 客诉处理满意度: 满意度 and 调查数 are both missing — said.
    const half = rows([['客诉处理满意度', '满意数', '8']]);
    const w = (readFormSheet(half, f, findFormTable(half, f)!).problems ?? []).map((p) => p.message);
    expect(w).toEqual(['工作表「李四」没有这些行,按留空计分(次数按 0、无扣分、无奖惩):「客诉处理满意度·满意度」、「客诉处理满意度·调查数」']);
  });

  it('a rater\'s heading with a note before the same heading without it: the plain one is the column (「主管评(初评)」, 「主管评」)', async () => {
    const f = await form('cs-competency');
    const labels = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const grid = gridFromRows('李四', [['姓名', '李四'], ['项目', '主管评(初评)', '主管评'], ...labels.map((l) => [l, '待改进', '优秀'])]);
    const read = readFormSheet(grid, f, findFormTable(grid, f)!);
    // 主管 优秀 100 on every item (同事、客户 absent: their weight spread) → 100; the 初评 column (待改进, 40) is not read.
    expect(scorePerson(f, read).total).toBe(100);
  });

  it('a 备注 column between the raters\' columns and 得分 holding 「5」: a remark, not an unread rater (the person was refused, told to rename it 主管)', async () => {
    const f = await form('cs-competency');
    const labels = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    for (const note of ['备注', '备 注', '说明(可选)', '评语']) {
      const grid = gridFromRows('李四', [['姓名', '李四'], ['项目', '主管评', note, '得分'], ...labels.map((l, i) => [l, '良好', i === 0 ? '5' : '请假1天', ''])]);
      const read = readFormSheet(grid, f, findFormTable(grid, f)!);
      expect((read.problems ?? []).filter((p) => p.severity === 'error'), note).toEqual([]);
      // 主管 良好 80 on every item (同事、客户 absent: their weight spread) → 80.
      expect(scorePerson(f, read).total, note).toBe(80);
    }
    // A column with no heading there is still taken as a rater's whose heading was cleared.
    const cleared = gridFromRows('李四', [['姓名', '李四'], ['项目', '主管评', '', '得分'], ...labels.map((l) => [l, '良好', '优秀', ''])]);
    const read = readFormSheet(cleared, f, findFormTable(cleared, f)!);
    expect((read.problems ?? []).filter((p) => p.code === 'unknown-column' && p.severity === 'error').length).toBe(1);
  });

  it('a column headed as the team writes a rater (「顾客评」 for 客户评): read — (80 × 70 + 100 × 20) / 90 = 84.44 an item', async () => {
    const f = await form('cs-competency');
    const labels = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const grid = gridFromRows('李四', [['姓名', '李四'], ['项目', '评分标准', '主管评', '顾客评'], ...labels.map((l) => [l, '优秀 100 分;良好 80 分;一般 60 分', '良好', '优秀'])]);
    const read = readFormSheet(grid, f, findFormTable(grid, f)!);
    expect((read.problems ?? []).filter((p) => p.severity === 'error')).toEqual([]);
    // 主管 良好 80 at 70 %, 客户 优秀 100 at 20 %, no peer (their 10 % spread): every item 7600 / 90.
    expect(scorePerson(f, read).total).toBeCloseTo(7600 / 90, 9);
  });

  it('a count or a list of deductions on two rows, even the same (迟到或早退 1 and 1, 表格管理 3 and 3): an error, not one of them', async () => {
    const f = await form('mattress-cs-monthly');
    const grid = gridFromRows('张敏', [['姓名', '张敏'], ['项目', '填写项', '填写'], ['表格管理', '', '3'], ['表格管理', '', '3'], ['工作纪律', '迟到或早退', '1'], ['', '迟到或早退', '1'], ['态度', '', '13'], ['态度', '', '13']]);
    const read = readFormSheet(grid, f, findFormTable(grid, f)!);
    // 14 (one deduction of 3) or 11 (two)? 8 or 6? Not for kpi to guess. The same score typed twice (态度 13) is no conflict.
    expect((read.problems ?? []).filter((p) => p.code === 'duplicate-entry').map((p) => p.cell)).toEqual(['C4', 'C6']);
  });

  it('a sheet listing the items without a person (a 评分标准 sheet kept for reference) is no person\'s sheet; 评分 heads the value column', async () => {
    const f = await form('mattress-cs-monthly');
    const labels = f.parts.flatMap((p) => p.items).map((i) => i.label);
    const reference = gridFromRows('评分标准', [['项目', '分值', '评分标准'], ...labels.map((l) => [l, '10', '…'])]);
    expect(formSheetWithoutValues(reference, f)).toBeNull();
    const renamed = gridFromRows('王芳', [['被考核人', '王芳'], ['项目', '分值', '评分标准'], ...labels.map((l) => [l, '10', '…'])]);
    expect(formSheetWithoutValues(renamed, f)).toBe(2);
    // 评分 heads the value column of a form whose items are scores typed in (cs-scheme-100's 业绩考核 19).
    const scheme = await form('cs-scheme-100');
    const scored = gridFromRows('王芳', [['姓名', '王芳'], ['项目', '评分'], ['业绩考核', '19']]);
    expect(findFormTable(scored, scheme)!.valueCols.map((v) => v.col)).toEqual([2]);
  });

  it('§2\'s paper form (项目 | 内容 | 分值 | 填写项 | 评分 | 备注), 评分 holding each item\'s score: not read as 不符合项数 (14 待改进 for 86 at exit 0)', async () => {
    const f = await form('property-cs-monthly');
    const labels = f.parts.flatMap((p) => p.items).map((i) => i.label);
    // Each of the 14 items scored 分值 − 1: 评分 9 read as 9 不符合项 gave 10 − 9 × 1 = 1, and the total 14.
    const rows = labels.map((l) => [l, '…', '10', '不符合项数', '9', '']);
    const grid = gridFromRows('一区', [['管理处', '一区管理处'], ['项目', '内容', '分值', '填写项', '评分', '备注'], ...rows]);
    expect(findFormTable(grid, f)).toBeNull();
    expect(formSheetWithoutValues(grid, f)).toBe(2);
    const { unreadFormSheet } = await import('../../src/io/readFormSheet.js');
    expect(unreadFormSheet(grid, f, 2).problems!.map((p) => p.message)).toEqual(['工作表「一区」列出了本考核表的项目,但第 2 行表头只有「评分」列,没有「填写」列:本表的项目按填写的次数、等级计算,不直接读得分,此人未评分;请用 kpi template 生成的表格填写']);
    // With kpi's 填写 column beside it, 填写 is read and 评分 left alone (a 评分 column before 填写 does not take its place).
    const both = gridFromRows('一区', [['管理处', '一区管理处'], ['项目', '填写项', '评分', '填写'], [labels[0]!, '不符合项数', '9', '1']]);
    expect(findFormTable(both, f)!.valueCols.map((v) => v.col)).toEqual([4]);
  });

  it('the value column retyped 「填写(不符合项数)」, 「填写栏」, or 「填写内容」 after 填写项 is the value column (the person was unscored)', async () => {
    const f = await form('mattress-cs-monthly');
    for (const heading of ['填写(不符合项数)', '填写栏', '填写内容', '填写值']) {
      const grid = gridFromRows('王芳', [['被考核人', '王芳'], ['项目', '填写项', heading, '得分'], ['处理能力', '', '9']]);
      expect(findFormTable(grid, f)!.valueCols.map((v) => v.col), heading).toEqual([3]);
    }
    // Alone (no 填写项 before it), 「填写内容」 names the inputs, as it always did.
    const alone = gridFromRows('王芳', [['被考核人', '王芳'], ['项目', '填写内容', '填写'], ['处理能力', '', '9']]);
    expect([findFormTable(alone, f)!.inputCol, findFormTable(alone, f)!.valueCols.map((v) => v.col)]).toEqual([2, [3]]);
  });

  it('a paper form of the team\'s own with only a 得分 column: the scores typed there are read (cs-scheme-100 19 + 28 + … = 93 良好)', async () => {
    const f = await form('cs-scheme-100');
    const items: Array<[string, number, number]> = [['业绩考核', 20, 19], ['质量考核', 30, 28], ['业务考核', 10, 9], ['通话利用率', 10, 10], ['报表提交及时性', 5, 5], ['出勤情况', 5, 5], ['问题反馈及工作配合度', 10, 9], ['遵守规章制度及上级综合评分', 10, 8]];
    const grid = gridFromRows('周杰', [['姓名', '周杰'], ['序号', '考核项目', '分值', '评分标准', '得分'], ...items.map(([l, m, v], i) => [String(i + 1), l, String(m), '', String(v)])]);
    const table = findFormTable(grid, f)!;
    expect([table.valueCols.map((v) => v.col), table.scoreCol]).toEqual([[5], null]);
    // With a 说明 column of the team's after it (it was refused: 「应为「填写」…改回原样」).
    const noted = gridFromRows('周杰', [['姓名', '周杰'], ['项目', '分值', '得分', '说明'], ['业绩考核', '20', '19', '超额']]);
    expect(findFormTable(noted, f)!.valueCols.map((v) => v.col)).toEqual([3]);
    // 19 + 28 + 9 + 10 + 5 + 5 + 9 + 8 = 93: 良好 (优秀 is above 95).
    const r = scorePerson(f, readFormSheet(grid, f, table));
    expect([r.status, r.total, r.band]).toEqual(['scored', 93, '良好']);
  });

  it('a paper form with only 得分 on a form of counts or levels (probation 准时出勤) is not read from 得分: 8 points were 8 absences (77 for 83)', async () => {
    const f = await form('probation');
    const grid = gridFromRows('林晓', [['姓名', '林晓'], ['序号', '考核项目', '分值', '评分标准', '得分'], ['1', '准时出勤', '10', '', '8'], ['2', '专业知识', '20', '', '20']]);
    const table = findFormTable(grid, f);
    expect(table?.valueCols ?? []).toEqual([]);
    const { unreadFormSheet } = await import('../../src/io/readFormSheet.js');
    const read = unreadFormSheet(grid, f, 2);
    expect(read.problems!.map((p) => p.message)).toEqual(['工作表「林晓」列出了本考核表的项目,但第 2 行表头只有「得分」列,没有「填写」列:本表的项目按填写的次数、等级计算,不直接读得分,此人未评分;请用 kpi template 生成的表格填写']);
  });

  it('a row inserted under an item of several inputs with its 填写项 left empty (a second 迟到 typed below it): an error, not dropped', async () => {
    const f = await form('mattress-cs-monthly');
    const grid = gridFromRows('张敏', [['姓名', '张敏'], ['项目', '填写项', '填写'], ['工作纪律', '迟到或早退', '1'], ['', '', '1'], ['', '旷工', '']]);
    const read = readFormSheet(grid, f, findFormTable(grid, f)!);
    expect((read.problems ?? []).filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([['unknown-column', 'C4']]);
  });

  it('「同级评」 beside 同事评1, 同事评3 is the second peer; a rater\'s heading cleared: an error at its first answer', async () => {
    const f = await form('cs-competency');
    const labels = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const renamed = gridFromRows('李四', [['姓名', '李四'], ['项目', '主管评', '同事评1', '同级评', '同事评3', '得分'], ...labels.map((l) => [l, '优秀', '良好', '一般', '良好'])]);
    const a = readFormSheet(renamed, f, findFormTable(renamed, f)!);
    expect((a.problems ?? []).filter((p) => p.severity === 'error')).toEqual([]);
    // Peers 良好 80, 一般 60, 良好 80 → mean 73.33; 主管 优秀 100: (100 × 70 + 73.33 × 10) / 80 = 96.67 an item.
    expect(scorePerson(f, a).total).toBeCloseTo((100 * 70 + (220 / 3) * 10) / 80, 9);
    const cleared = gridFromRows('李四', [['姓名', '李四'], ['项目', '主管评', '', '得分'], ...labels.map((l) => [l, '优秀', '良好'])]);
    const b = readFormSheet(cleared, f, findFormTable(cleared, f)!);
    expect((b.problems ?? []).filter((p) => p.severity === 'error').map((p) => [p.cell, /列「([^」]*)」/.exec(p.message)?.[1]])).toEqual([['C3', '(没有表头)']]);
  });

  it('the 自评 heading cleared (weight 0, left of 上级): a warning at its first answer, the person scored (it went without a word)', async () => {
    const f = await form('after-sales-monthly');
    const head = ['项目', '考核内容', '分值', '评分标准', '填写项', '', '上级', '得分', '说明'];
    const rows = [['客户信息管理', '…', 20, '…', '达成率', '100%', '92%'], ['客户档案管理', '…', 20, '…', '完成情况', '完成目标值要求', '完成目标值要求']];
    const grid = gridFromRows('王芳', [['姓名', '王芳'], head, ...rows]);
    const read = readFormSheet(grid, f, findFormTable(grid, f)!);
    expect((read.problems ?? []).map((p) => [p.severity, p.cell, p.message.replace(/^[^:]*:[^:]*:/, '')])).toEqual([
      ['warning', 'F3', '这一格的「100%」在没有认出的列「(没有表头)」里(像是「自评」),没有读取;「自评」仅供参考、不计分,分数不受影响,但说明里不会列出它;请把列名改为「自评」后重新评分'],
    ]);
    // With its heading, nothing is said; a column of the form's own text left of it (考核内容, 评分标准) is never a rater's.
    const named = gridFromRows('王芳', [['姓名', '王芳'], head.map((h, k) => (k === 5 ? '自评' : h)), ...rows]);
    expect(readFormSheet(named, f, findFormTable(named, f)!).problems ?? []).toEqual([]);
  });

  it('the answer typed one column over, into 得分, with 填写 empty: an error there (it was dropped, then overwritten in the graded copy)', async () => {
    const f = await form('mattress-cs-monthly');
    const grid = gridFromRows('张敏', [['姓名', '张敏'], ['项目', '填写项', '填写', '得分', '说明'], ['处理能力', '', '', '7', '']]);
    const read = readFormSheet(grid, f, findFormTable(grid, f)!);
    const e = (read.problems ?? []).filter((p) => p.severity === 'error');
    expect(e.map((p) => [p.cell, p.message])).toEqual([['D3', '张敏!D3:张敏:这一格的「7」填在了「得分」列(kpi 写评分结果的列),应填在「填写」列;没有计入,此人不评分']]);
    // A number beside an optional count left empty (迟到或早退: none) may be the team's own formula: not taken for an answer.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('张敏');
    for (const r of [['姓名', '张敏'], ['项目', '填写项', '填写', '得分', '说明'], ['工作纪律', '迟到或早退', null, 10, null]]) ws.addRow(r);
    const own = gridFromWorksheet(ws);
    expect((readFormSheet(own, f, findFormTable(own, f)!).problems ?? []).filter((p) => p.severity === 'error')).toEqual([]);
  });
});


describe('a filled example sheet beside the people\'s', () => {
  it('姓名 「(示例)」 on a sheet 「填写示例」 is no one: skipped and listed (it was scored, 2 people for 1, one more 一般)', async () => {
    const f = await form('mattress-cs-monthly');
    const rows = (name: string) => [['姓名', name], ['项目', '填写项', '填写'], ['处理能力', '', '9'], ['态度', '', '13']];
    const example = gridFromRows('填写示例', rows('(示例)'));
    const real = gridFromRows('张三', rows('张三'));
    const r = readPeople([example, real], f, 'march.xlsx');
    expect(r.people.map((p) => p.header.get('name'))).toEqual(['张三']);
    expect(r.problems.filter((p) => p.code === 'skipped-row').map((p) => p.message)).toEqual(['工作表「填写示例」第1行「(示例)」是合计、表头、签字或说明行,不是人员,未评分']);
    // A person named like the sample on a sheet of their own is a person; so is a real person on a copy of the example
    // sheet (Excel's 「示例 (2)」: 张三 was dropped).
    expect(readPeople([gridFromRows('3月', rows('张三'))], f, 'march.xlsx').people).toHaveLength(1);
    expect(readPeople([gridFromRows('示例 (2)', rows('张三'))], f, 'march.xlsx').people).toHaveLength(1);
  });
});

describe('header fields as people type them above the table', () => {
  it('two fields in one cell (「被考核人:张三    部门名称:客服部」) and a fill-in line (「姓名:___张三___」) give 张三 and 客服部', async () => {
    const f = await form('mattress-cs-monthly');
    const table = [['项目', '填写项', '填写'], ['处理能力', '', '9']];
    const one = readPeople([gridFromRows('A', [['被考核人:张三    部门名称:客服部'], ...table])], f, 'x.xlsx').people[0]!;
    // The name was 「张三    部门名称:客服部」 and the department empty.
    expect([one.header.get('name'), one.header.get('department')]).toEqual(['张三', '客服部']);
    // Separated by commas or semicolons too (「被考核人:王芳,部门名称:客服部,工号:1001」).
    const commas = readPeople([gridFromRows('A', [['被考核人:王芳,部门名称:客服部;工号:1001'], ...table])], f, 'x.xlsx').people[0]!;
    expect([commas.header.get('name'), commas.header.get('department'), commas.header.get('employeeId')]).toEqual(['王芳', '客服部', '1001']);
    const line = readPeople([gridFromRows('B', [['姓名:___张三___'], ...table])], f, 'x.xlsx').people[0]!;
    expect(line.header.get('name')).toBe('张三');
    // A time in a value is no label: 「考核月份:2026-03 10:30」 stays one value.
    const month = readPeople([gridFromRows('C', [['姓名:张三'], ['考核月份:2026-03'], ...table])], f, 'x.xlsx').people[0]!;
    expect(month.header.get('period')).toBe('2026-03');
  });
});

describe('person sheets named after their people, one after someone else', () => {
  // kpi template --people names each sheet after its person. A sheet copied for 张三 (its tab renamed, its 工号 changed)
  // that kept 王芳 as 姓名 was filed as a second 王芳, exit 0, without a word.
  const page = (tab: string, name: string, level: string) =>
    gridFromRows(tab, [['姓名', name], ['项目', '主管评'], ...['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'].map((i) => [i, level])]);
  it('is said at its 姓名, the person still scored as written; a second sheet of the same person (「王芳 (2)」) is not', async () => {
    const f = await form('cs-competency');
    const read = readPeople([page('王芳', '王芳', '优秀'), page('李四', '李四', '良好'), page('张三', '王芳', '一般'), page('李四 (2)', '李四', '良好')], f, 'people.xlsx');
    const said = read.people.flatMap((p) => p.problems ?? []).filter((p) => p.code === 'sheet-name-differs');
    expect(said.map((p) => [p.severity, p.sheet, p.cell, p.person])).toEqual([['warning', '张三', 'B1', '王芳']]);
    expect(said[0]!.message).toBe('张三!B1:王芳:工作表「张三」的姓名是「王芳」,而其他 2 张表都以姓名命名;如果这张表是复制别人的表后忘了改姓名,请改正后重新评分(现按「王芳」评分)');
    // Sheets named otherwise (Sheet1, 3月…), fewer than two after their people: nothing to compare with.
    const plain = readPeople([page('Sheet1', '王芳', '优秀'), page('Sheet2', '李四', '良好')], f, 'plain.xlsx');
    expect(plain.people.flatMap((p) => p.problems ?? []).filter((p) => p.code === 'sheet-name-differs')).toEqual([]);
  });
});

describe('roster sheets named for different months', () => {
  // Every visible sheet is read: 「2026年2月」's 周八 (who left) was scored beside March's people as this month's, exit 0.
  const roster = (tab: string, names: string[]) =>
    gridFromRows(tab, [['姓名', '业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'], ...names.map((n) => [n, '优秀', '优秀', '良好', '良好', '优秀'])]);
  it('are said, naming the sheets and months; sheets of one month, or not named for months, are not', async () => {
    const f = await form('cs-competency');
    const two = readPeople([roster('2026年3月', ['张三', '李四']), roster('2026年2月', ['周八'])], f, 'months.xlsx');
    expect(two.problems.filter((p) => p.code === 'sheets-months').map((p) => [p.severity, p.params])).toEqual([
      ['warning', { sheets: ['2026年3月', '2026年2月'], months: ['2026-02', '2026-03'] }],
    ]);
    const bare = readPeople([roster('3月', ['张三']), roster('2月', ['周八'])], f, 'bare.xlsx');
    expect(bare.problems.filter((p) => p.code === 'sheets-months').length).toBe(1);
    const teams = readPeople([roster('一组', ['张三']), roster('二组', ['周八'])], f, 'teams.xlsx');
    expect(teams.problems.filter((p) => p.code === 'sheets-months')).toEqual([]);
    const markets = readPeople([roster('Market', ['张三']), roster('Sales', ['周八'])], f, 'markets.xlsx');
    expect(markets.problems.filter((p) => p.code === 'sheets-months')).toEqual([]);
    // Teams named with a month's word in English run into it (May组: May's team). (Shops named 五月花 and 七月 are taken
    // for months: a warning to pass over, where last month's sheet missed is scored as this month's.)
    for (const [a, b] of [['May组', 'June组']]) {
      expect(readPeople([roster(a!, ['张三']), roster(b!, ['周八'])], f, 'names.xlsx').problems.filter((p) => p.code === 'sheets-months'), a).toEqual([]);
    }
  });
  it.each([['二月', '三月'], ['Feb', 'Mar'], ['上月', '本月'], ['26年2月', '26年3月'], ['客服部2月', '客服部3月'], ['2月(已发)', '3月'], ['二月客服部', '三月客服部'], ['Feb 客服部', 'Mar 客服部'], ['十一月客服', '十二月客服']])('named %s and %s are said too (nothing was said)', async (a, b) => {
    const f = await form('cs-competency');
    const read = readPeople([roster(a, ['周八']), roster(b, ['张三'])], f, 'months.xlsx');
    expect(read.problems.filter((p) => p.code === 'sheets-months').map((p) => (p.params as { sheets: string[] }).sheets)).toEqual([[a, b]]);
  });
});
