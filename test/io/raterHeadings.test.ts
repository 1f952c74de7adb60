import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnDictionary } from '../../src/io/columns.js';
import { gridFromRows, gridFromWorksheet } from '../../src/io/grid.js';
import { gradeFile } from '../../src/io/grade.js';
import { missingColumnProblems } from '../../src/io/missingColumns.js';
import { labelKey } from '../../src/io/normalize.js';
import { findRosterHeader } from '../../src/io/readRoster.js';
import { buildTemplate } from '../../src/io/template/index.js';
import type { FormDef } from '../../src/model/definition.js';
import { form, readWorkbook, sampleCopy, tempDir } from '../helpers.js';

// Headings of a rater who may be absent (§4 间接主管, §9 同事评 and 客户评), retyped by the user. Unrecognised, the column
// was dropped with a note and the rater's weight went to the others: §4 王芳 scored 82.25 良好 where her 间接主管's
// ratings gave 78.50 一般, exit 0. Such a heading is now an error naming the column it looks like; a rater's name
// shortened as people shorten it (「间接」 for 间接主管) is read as that rater.

/** The roster template's heading row, with some headings replaced. */
async function headings(f: FormDef, replace: Record<string, string>): Promise<string[]> {
  const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
  const grid = gridFromWorksheet(wb.worksheets.find((w) => w.state === 'visible')!);
  const layout = findRosterHeader(grid, f)!;
  const row: string[] = [];
  for (let c = 1; c <= grid.columnCount; c++) row.push(grid.text(layout.headerRow, c));
  for (const [from, to] of Object.entries(replace)) {
    const at = row.indexOf(from);
    if (at < 0) throw new Error(`no heading ${from} in ${row.join(' | ')}`);
    row[at] = to;
  }
  return row;
}

function columnProblems(f: FormDef, row: string[]) {
  const grid = gridFromRows('考核表', [row, row.map(() => '')]);
  const layout = findRosterHeader(grid, f)!;
  return missingColumnProblems(grid, f, layout).filter((p) => p.code === 'unknown-column');
}

describe('retyped headings of a rater who may be absent', () => {
  it('「…·间接」 is the 间接主管’s column (a rater’s name without its last word)', async () => {
    const f = await form('cs-dept-monthly');
    const target = columnDictionary(f).get(labelKey('拆包人均每小时20个·间接'));
    expect(target).toMatchObject({ kind: 'entry', rater: { label: '间接主管' } });
    expect(columnDictionary(f).get(labelKey('拆包人均每小时20个·直接'))).toMatchObject({ kind: 'entry', rater: { label: '直接主管' } });
  });

  it('a heading naming the rater and nearly an item is an error naming the column it looks like', async () => {
    const f = await form('cs-dept-monthly');
    const row = await headings(f, { '签收记录和实物100%准确·间接主管': '签收记录和实物准确·间接主管' });
    const found = columnProblems(f, row);
    expect(found.map((p) => [p.severity, p.message.includes('「签收记录和实物100%准确·间接主管」')])).toEqual([['error', true]]);
  });

  it('the rater shortened as README allows (「…·间接」) with the item nearly named (21 for 20): an error too (it was ignored)', async () => {
    const f = await form('cs-dept-monthly');
    const row = await headings(f, { '拆包人均每小时20个·间接主管': '拆包人均每小时21个·间接' });
    const found = columnProblems(f, row);
    expect(found.map((p) => [p.severity, p.message.includes('它像是「拆包人均每小时20个·间接主管」')])).toEqual([['error', true]]);
    // 「…·直接」 names the other rater: it is not taken for the missing 间接主管's column.
    const other = await headings(f, { '拆包人均每小时20个·间接主管': '拆包人均每小时21个·直接' });
    expect(columnProblems(f, other).filter((p) => p.severity === 'error' && p.message.includes('间接主管'))).toEqual([]);
  });

  it('a comment column that names the rater and no item is not taken for a rating', async () => {
    const f = await form('cs-dept-monthly');
    const row = await headings(f, {});
    const found = columnProblems(f, [...row, '间接主管意见']);
    expect(found.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('one slot of a group of several retyped among intact ones (§9 同事评2)', async () => {
    const f = await form('cs-competency');
    const row = await headings(f, { '反馈与学习能力·同事评2': '反馈与学习·同事评2' });
    const found = columnProblems(f, row);
    expect(found.map((p) => p.severity)).toEqual(['error']);
    expect(found[0]!.message).toContain('「反馈与学习·同事评2」');
    expect(found[0]!.message).toContain('「反馈与学习能力·同事评2」');
  });
});

describe('a rater renamed to a word kpi does not know', () => {
  it('§4 「…·间接老板」 for ·间接主管, §9 「…·买家评1」 for 客户评1: an error naming the column it looks like', async () => {
    const dept = await form('cs-dept-monthly');
    const d = columnProblems(dept, await headings(dept, { '拆包人均每小时20个·间接主管': '拆包人均每小时20个·间接老板' }));
    expect(d.map((p) => [p.severity, p.cell])).toEqual([['error', 'M1']]);
    expect(d[0]!.message).toContain('它像是「拆包人均每小时20个·间接主管」');
    const comp = await form('cs-competency');
    const c = columnProblems(comp, await headings(comp, { '沟通能力·客户评1': '沟通能力·买家评1', '沟通能力·客户评2': '沟通能力·买家评2' }));
    // Each to its own slot: 买家评1 is 客户评1, 买家评2 is 客户评2 (no tie between the slots).
    expect(c.map((p) => [p.severity, /它像是「沟通能力·客户评(\d)」/.exec(p.message)?.[1]])).toEqual([['error', '1'], ['error', '2']]);
  });

  it('§15 a further interviewer renamed (「第1题·考官丁」 for 面试官3; 面试官1 is required, 2 and 3 may be absent)', async () => {
    const f = await form('interview-eval');
    const row = await headings(f, { '第1题·面试官3': '第1题·考官丁' });
    const found = columnProblems(f, row);
    expect(found.map((p) => p.severity)).toEqual(['error']);
    expect(found[0]!.message).toContain('它像是「第1题·面试官3」');
    // 「面试官丁戊」, the group's name and who, is that interviewer's column: read, nothing to say.
    expect(columnProblems(f, await headings(f, { '第1题·面试官3': '第1题·面试官丁戊' }))).toEqual([]);
  });

  it('§15 interviewers numbered by letter or 甲乙丙 (面试官A/B/C, 面试官甲/乙/丙) are 面试官1/2/3: no column is left unread', async () => {
    const f = await form('interview-eval');
    for (const [two, three] of [['B', 'C'], ['乙', '丙'], ['二', '三']]) {
      const row = await headings(f, { '第1题·面试官2': `第1题·面试官${two}`, '第1题·面试官3': `第1题·面试官${three}` });
      expect(columnProblems(f, row)).toEqual([]);
    }
  });

  it('a note column of an item (「…·备注」) or a heading without a word for a rater stays an ignored column', async () => {
    const dept = await form('cs-dept-monthly');
    const row = await headings(dept, {});
    expect(columnProblems(dept, [...row, '拆包人均每小时20个·备注', '执行力·说明', '执行力·评语', '值日·主管签字']).filter((p) => p.severity !== 'info')).toEqual([]);
    // Comment columns of a form with absent raters (§9 客户评): 客户意见, 同事反馈, 主管点评, 自我评价 are text, not raters.
    const comp = await form('cs-competency');
    const noCustomers = (await headings(comp, {})).filter((h) => !h.includes('客户评'));
    const comments = ['沟通能力·客户意见', '沟通能力·客户建议', '沟通能力·同事反馈', '沟通能力·主管点评', '沟通能力·客户留言', '沟通能力·自我评价'];
    expect(columnProblems(comp, [...noCustomers, ...comments]).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('an optional input’s heading retyped nearly as it was is an error, not a warning', () => {
  it('§12 「没报工号」 for 未报工号 and §27 「合理安排时间资源」 for 合理安排时间和资源', async () => {
    const express = await form('express-cs');
    const e = columnProblems(express, await headings(express, { '话务质量·未报工号': '没报工号' }));
    expect(e.map((p) => [p.severity, p.message.includes('「话务质量·未报工号」')])).toEqual([['error', true]]);
    const checklist = await form('cs-checklist');
    const c = columnProblems(checklist, await headings(checklist, { '工作效率·合理安排时间和资源': '合理安排时间资源' }));
    expect(c.map((p) => p.severity)).toEqual(['error']);
    // 「合理安排时间、资源」 joins the two words another way: it is that column (labelVariants), nothing to say.
    expect(columnProblems(checklist, await headings(checklist, { '工作效率·合理安排时间和资源': '合理安排时间、资源' }))).toEqual([]);
  });

  it('the item\'s name alone over one of its several inputs (「回访问题处理效率」 for its 拖延遗漏错误次数) is an error naming it', async () => {
    const f = await form('mattress-cs-monthly');
    const found = columnProblems(f, await headings(f, { '回访问题处理效率·拖延遗漏错误次数': '回访问题处理效率' }));
    // Read as blank, 王芳's 1 lapse (−5) was lost: 80 良好 for 75 一般 at exit 0.
    expect(found.map((p) => [p.severity, p.message.includes('它像是「回访问题处理效率·拖延遗漏错误次数」')])).toEqual([['error', true]]);
  });

  it('a general 「备注」 column beside 14 absent 「…·备注」 columns is a warning, not an error (a text column counts nothing)', async () => {
    const f = await form('property-cs-monthly');
    const row = (await headings(f, {})).filter((h) => !h.endsWith('·备注'));
    const found = columnProblems(f, [...row, '备注']);
    expect(found.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('an item\'s name then another word for one of its inputs (§12 「话务质量·态度不好」, §18 「出勤·缺勤」) is an error; 「…·备注」 is not', async () => {
    const express = await form('express-cs');
    const e = columnProblems(express, await headings(express, { '话务质量·态度不温和或唉声叹气': '话务质量·态度不好' }));
    expect(e.map((p) => [p.severity, /它像是「([^」]+)」/.exec(p.message)?.[1]])).toEqual([['error', '话务质量·态度不温和或唉声叹气']]);
    const bao = await form('bao-lun-quality');
    const b = columnProblems(bao, await headings(bao, { '出勤·旷工': '出勤·缺勤' }));
    expect(b.map((p) => p.severity)).toEqual(['error']);
    const notes = columnProblems(express, [...(await headings(express, {})).filter((h) => h !== '话务质量·未报工号'), '话务质量·备注']);
    expect(notes.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('a heading naming another rater of the form', () => {
  it('§4 「日常行为·直接主管」 and 「日常行为·间接主管」 beside 超预期表现\'s pair in full are 团队/纪律\'s: read, nothing said unread', async () => {
    const f = await form('cs-dept-monthly');
    const row = await headings(f, { '团队/纪律·日常行为·直接主管': '日常行为·直接主管', '团队/纪律·日常行为·间接主管': '日常行为·间接主管' });
    // They were 「没有认出」 (the 间接主管 one told to be renamed), every person unscored; the only part not headed in full
    // beside them is 团队/纪律, so they are its columns.
    expect(columnProblems(f, row).filter((p) => p.severity !== 'info')).toEqual([]);
    const layout = findRosterHeader(gridFromRows('考核表', [row]), f)!;
    const bare = [...layout.columns].filter(([col]) => row[col - 1]!.startsWith('日常行为')).map(([, t]) => (t.kind === 'entry' ? `${t.item.id}@${t.rater?.id}` : ''));
    expect(bare).toEqual(['T5@direct', 'T5@indirect']);
  });
});

describe('a rater renamed to a word for remarks (「顾客评价」, 「客户反馈」, 「同级评价」): ratings under it are a rater\'s', () => {
  /** The heading row with some headings replaced, and one person's row: `values` under the headings named. */
  function problemsWith(f: FormDef, row: string[], values: Record<string, string>) {
    const person = row.map((h) => values[h] ?? '');
    const grid = gridFromRows('考核表', [row, person]);
    const layout = findRosterHeader(grid, f)!;
    return missingColumnProblems(grid, f, layout).filter((p) => p.code === 'unknown-column' && p.severity !== 'info');
  }

  it('§9 「沟通能力·顾客评价」 holding 待改进: an error naming 客户评1 — its weight is not given to the others', async () => {
    // Unread, §9 gave 客户评's 20 % to 主管 and 同事: 丙 80 良好 at exit 0 where 80×.7 + 80×.1 + 40×.2 = 72 一般.
    const f = await form('cs-competency');
    const row = await headings(f, { '沟通能力·客户评1': '沟通能力·顾客评价' });
    const found = problemsWith(f, row, { '沟通能力·顾客评价': '待改进' });
    expect(found.map((p) => [p.severity, /它像是「沟通能力·客户评(\d)」/.exec(p.message)?.[1]])).toEqual([['error', '1']]);
    const peers = await headings(f, { '沟通能力·同事评1': '沟通能力·同级评价' });
    expect(problemsWith(f, peers, { '沟通能力·同级评价': '良好' }).map((p) => p.severity)).toEqual(['error']);
    const fankui = await headings(f, { '沟通能力·客户评1': '沟通能力·客户反馈' });
    expect(problemsWith(f, fankui, { '沟通能力·客户反馈': '80' }).map((p) => p.severity)).toEqual(['error']);
  });

  it('the same headings holding remarks (「回复很及时」) stay the team\'s own columns', async () => {
    const f = await form('cs-competency');
    const row = await headings(f, { '沟通能力·客户评1': '沟通能力·顾客评价' });
    expect(problemsWith(f, row, { '沟通能力·顾客评价': '回复很及时,态度好' })).toEqual([]);
    const plain = await headings(f, {});
    expect(problemsWith(f, [...plain, '沟通能力·客户意见'], { '沟通能力·客户意见': '希望再耐心一些' })).toEqual([]);
  });
});

describe('a person\'s sheet whose 客户评1 heading is retyped 「顾客评价」', () => {
  async function gradeWith(edit: (ws: import('exceljs').Worksheet) => void) {
    const input = sampleCopy('cs-competency.march.form.xlsx');
    const wb = await readWorkbook(input);
    edit(wb.getWorksheet('林娜')!);
    await wb.xlsx.writeFile(input);
    const outcome = await gradeFile(input, { output: `${input}.graded.xlsx` });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    return outcome.report;
  }

  it('with ratings under it: an error at its first rating, 林娜 not scored (her 客户评 was dropped, its weight spread)', async () => {
    const r = await gradeWith((ws) => (ws.getCell('K6').value = '顾客评价'));
    expect(r.people.find((p) => p.name === '林娜')!.status).toBe('error');
    const said = r.problems.filter((p) => p.person === '林娜' && p.code === 'unknown-column');
    expect(said.map((p) => [p.severity, p.cell])).toEqual([['error', 'K7']]);
    expect(said[0]!.message).toContain('「优秀」在没有认出的列「顾客评价」里');
  });

  it('with remarks under it: the team\'s column, 林娜 scored as before (99)', async () => {
    const r = await gradeWith((ws) => {
      ws.getCell('K6').value = '顾客评价';
      for (const row of [7, 8, 9, 10, 11]) ws.getCell(`K${row}`).value = '回复及时,态度很好';
    });
    expect(r.people.find((p) => p.name === '林娜')).toMatchObject({ status: 'scored', total: 99 });
  });
});

describe('person sheets: a rater\'s heading shortened or renamed', () => {
  async function gradeEdited(sample: string, sheet: string, edit: (ws: import('exceljs').Worksheet) => void) {
    const input = sampleCopy(sample);
    const before = await gradeFile(input, { output: null });
    const wb = await readWorkbook(input);
    edit(wb.getWorksheet(sheet)!);
    await wb.xlsx.writeFile(input);
    const after = await gradeFile(input, { output: null });
    if (!before.ok || !after.ok) throw new Error('not graded');
    return { before: before.report, after: after.report };
  }

  it('§4 「间接」 for 间接主管 (as a roster reads it): 王芳 scored as with the full name', async () => {
    const { before, after } = await gradeEdited('cs-dept-monthly.march.form.xlsx', '王芳', (ws) => (ws.getCell('G7').value = '间接'));
    const total = (r: typeof before) => r.people.find((p) => p.name === '王芳')!.total;
    expect(total(after)).toBe(total(before));
    expect(after.problems.filter((p) => p.person === '王芳' && p.severity !== 'info')).toEqual(before.problems.filter((p) => p.person === '王芳' && p.severity !== 'info'));
  });

  it('§9 「主管评分」, 「上级打分」, 「同事评分2」 for 主管评 and 同事评2 (a rater\'s name with 评分 after it): 林娜 scored as before', async () => {
    // They were refused (「第 6 行表头里没有填写分数的列」, or 「上级评分」 像是「主管评」), nobody scored, though a roster
    // and a heading's note read 「主管评分」 as 主管评.
    for (const [supervisor, peer] of [['主管评分', '同事评分2'], ['上级打分', '同事打分2']] as const) {
      const { before, after } = await gradeEdited('cs-competency.march.form.xlsx', '林娜', (ws) => {
        ws.getCell('G6').value = supervisor;
        ws.getCell('I6').value = peer;
      });
      const person = (r: typeof before) => r.people.find((p) => p.name === '林娜')!;
      expect(person(after).total).toBe(person(before).total);
      expect(person(after).items).toEqual(person(before).items);
      expect(after.problems.filter((p) => p.person === '林娜')).toEqual(before.problems.filter((p) => p.person === '林娜'));
    }
  });

  it('§9 「主管评分」 beside the 主管评 column is another column of scores: its differing answer is said, 主管评 is read', async () => {
    const { before, after } = await gradeEdited('cs-competency.march.form.xlsx', '林娜', (ws) => {
      ws.getCell('P6').value = '主管评分';
      ws.getCell('P7').value = '一般';
    });
    const total = (r: typeof before) => r.people.find((p) => p.name === '林娜')!.total;
    expect(total(after)).toBe(total(before));
    expect(after.problems.filter((p) => p.person === '林娜' && p.cell === 'P7').length).toBe(1);
  });

  it('§9 「用户1」 for 客户评1 (用户 as the definition writes customers): read as 客户评1, 林娜 scored as before', async () => {
    const { before, after } = await gradeEdited('cs-competency.march.form.xlsx', '林娜', (ws) => (ws.getCell('K6').value = '用户1'));
    expect(after.people.find((p) => p.name === '林娜')!.total).toBe(before.people.find((p) => p.name === '林娜')!.total);
    expect(after.problems.filter((p) => p.person === '林娜' && p.severity === 'error')).toEqual([]);
  });
});

/** One person (王芳) graded from a CSV of the roster template's headings: `value(heading, column)` gives each cell. */
async function gradeOne(f: FormDef, row: string[], value: (heading: string, col: number) => string) {
  const nameHeading = f.header.find((h) => h.role === 'name')!.label;
  const values = row.map((h, i) => (h === nameHeading ? '王芳' : value(h, i)));
  const file = path.join(tempDir(), 'r.csv');
  const quoted = (cells: string[]) => cells.map((c) => `"${c}"`).join(',');
  writeFileSync(file, `\uFEFF${quoted(row)}\r\n${quoted(values)}\r\n`);
  const outcome = await gradeFile(file, { form: f.id, output: null });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

describe('the item\'s name alone beside the item·rater heading', () => {
  it('§7 「文档编写」 (its 自评 column retyped) beside an empty 「文档编写·主管」: not 主管\'s, so the missing 主管 rating is the error', async () => {
    const f = await form('cs-specialist-monthly');
    const r = await gradeOne(f, await headings(f, { '文档编写·自评': '文档编写' }), (h) => (h === '文档编写' ? '2' : ''));
    // Read as 主管's (filling the blank 主管 column), 王芳's own 2 had scored 文档编写 at exit 0.
    expect(r.people[0]!.status).toBe('error');
    // (Every rating blank as read: one error for the row, as a blank row of required inputs has.)
    expect(r.problems.some((p) => (p.code === 'missing-rater' && p.item === '文档编写') || p.code === 'nothing-filled')).toBe(true);
  });
});

describe('a rating column headed by its rater only, the name of a header field too', () => {
  it('§4 a second 「间接主管」 column holding 低标: an error, not dropped as a copy of the 间接主管 name column (its 30 % went to 直接主管)', async () => {
    const f = await form('cs-dept-monthly');
    const row = await headings(f, { '拆包人均每小时20个·间接主管': '间接主管' });
    const at = row.lastIndexOf('间接主管');
    const r = await gradeOne(f, row, (_h, i) => (i === at ? '低标' : ''));
    expect(r.people[0]!.status).toBe('error');
    const col = String.fromCharCode(65 + at);
    expect(r.problems.filter((p) => p.code === 'unknown-column' && p.severity === 'error').map((p) => p.cell)).toEqual([`${col}1`, `${col}2`]);
  });
});

// Who rated, said in a note after the item's name: 「客户信息管理(个人自评)」 beside 「客户信息管理(领导评分)」. Both were read
// as the item alone (the supervisor's column), so 李四, with only his self-rating filled, scored 100 优秀 as his
// supervisor's rating (after-sales-monthly, exit 0, a warning that two columns share a name).
describe('a rater named in a heading\'s note', () => {
  const ITEMS = ['客户信息管理', '客户档案管理', '客户回访', '投诉处理', '服务意识', '以客户为中心'];
  const selfMarks = ['100%', '完成目标值要求', '完成目标值要求', '0', '5级', '5级'];
  const bossMarks = ['90%', '完成目标值要求', '回访率达到90%以上', '1', '4级', '3级'];
  const grade = async (self: string, boss: string) => {
    const head = ['工号', '姓名', ...ITEMS.flatMap((i) => [`${i}(${self})`, `${i}(${boss})`])];
    const li = ['1', '李四', ...selfMarks.flatMap((m) => [m, ''])];
    const zhao = ['2', '赵六', ...selfMarks.flatMap((m, k) => [m, bossMarks[k]!])];
    const file = path.join(tempDir(), 'r.csv');
    writeFileSync(file, [head, li, zhao].map((r) => r.join(',')).join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'after-sales-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    return outcome.report;
  };

  it('is that rater\'s column: a self-rating is never the supervisor\'s, however the note words it', async () => {
    for (const [self, boss] of [['个人自评', '领导评分'], ['员工自评', '上级'], ['自我评价', '主管评分'], ['本人评分', '领导']]) {
      const r = await grade(self, boss);
      // 赵六 by his supervisor: 业绩 (20 + 20 + 10 + (20 − 5)) / 80 × 100 = 81.25 × 85 % = 69.0625; 行为 (40 + 30) / 100 ×
      // 100 = 70 × 15 % = 10.5; 79.5625 → 一般. 李四 has no supervisor's rating: not scored.
      expect(r.people.map((p) => [p.name, p.status, p.total]), `${self}/${boss}`).toEqual([['李四', 'error', null], ['赵六', 'scored', 79.5625]]);
      expect(r.problems.filter((p) => p.person === '李四').map((p) => p.code), `${self}/${boss}`).toContain('missing-rater');
      expect(r.problems.filter((p) => p.code === 'duplicate-column'), `${self}/${boss}`).toEqual([]);
    }
  });

  it('on a form without raters, a self-score beside the item is not the item\'s: 18 is read, not the 20 beside it', async () => {
    const file = path.join(tempDir(), 'e.csv');
    writeFileSync(file, '姓名,员工的工作效率(自评),员工的工作效率,违反次数\r\n张三,20,18,2\r\n');
    const outcome = await gradeFile(file, { form: 'express-cs', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 18 + 40 (no 话务质量 counts: full) + (40 − 2 × 0.5) = 97.
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张三', 97]]);
    expect(outcome.report.problems.filter((p) => p.code === 'duplicate-column')).toEqual([]);
  });

  it('a supervisor\'s word where two supervisors rate (cs-dept-monthly 「(经理)」) names neither: said, never read as 直接主管', async () => {
    const { raterInNote } = await import('../../src/io/noteRater.js');
    const f = await form('cs-dept-monthly');
    expect(raterInNote('经理', f.raters!, undefined)).toBe('unknown');
    expect((raterInNote('直属上级', f.raters!, undefined) as { id: string }).id).toBe('direct');
    expect((raterInNote('间接主管评分', f.raters!, undefined) as { id: string }).id).toBe('indirect');
    expect(raterInNote('次', f.raters!, undefined)).toBe('none');
  });
});

// §4 under a two-row heading: each item merged over its raters' columns (直接主管 | 间接主管), 日常行为 there twice (团队/纪律
// and 超预期表现). Both 日常行为 were 「缺少列」 and every person unscored; the same on one row of headings scored.
describe('an item two parts share, named above its raters under a two-row heading', () => {
  it('is read in the parts\' order, as on one row: 100 + 10 = 110; 86 + 4 = 90', async () => {
    const f = await form('cs-dept-monthly');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('考核');
    const labels = f.parts.flatMap((p) => p.items.map((i) => i.label));
    ws.addRow(['被评估人姓名', '工号', ...labels.flatMap((l) => [l, ''])]);
    ws.addRow(['', '', ...labels.flatMap(() => ['直接主管', '间接主管'])]);
    labels.forEach((_, k) => ws.mergeCells(1, 3 + 2 * k, 1, 4 + 2 * k));
    // Every rated item 达成 (1.0 of its points: 100); the two 超预期表现 items (bonus, 1–10 each, scaled to 10 points).
    const bonus = new Set(f.parts.filter((p) => p.role === 'bonus').flatMap((p) => p.items.map((i) => i.id)));
    const items = f.parts.flatMap((p) => p.items);
    ws.addRow(['甲', '1001', ...items.flatMap((i) => (bonus.has(i.id) ? [10, 10] : ['达成', '达成']))]);
    // 低标 from the 直接主管, 达成 from the 间接主管: 0.7 × 0.8 + 0.3 × 1 = 0.86 → 86; the bonus 4 of 10 each → 4.
    ws.addRow(['乙', '1002', ...items.flatMap((i) => (bonus.has(i.id) ? [4, 4] : ['低标', '达成']))]);
    const file = path.join(tempDir(), 'two-row.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { form: 'cs-dept-monthly', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['甲', 110, '优秀'], ['乙', 90, '优秀']]);
    // Both 日常行为 are headed without their part: read in order, which is said (a moved pair would read the other's).
    expect(outcome.report.problems.filter((p) => p.severity !== 'info').map((p) => [p.code, p.severity])).toEqual([['shared-by-order', 'warning']]);
  });
});

// A note that only describes the item names no one: 「客户满意度(客户调查)」, 「业绩考核(个人业绩)」, 「第1题(评委1)」 were
// refused as naming a rater the form has not (sales-aftersales-monthly, cs-scheme-100, interview-eval: whole forms
// unscored), for a day.
describe('a note that describes the item', () => {
  it('names no rater; a self-score names 自评, or no one the form has; a rater\'s name with 评分 after it is that rater', async () => {
    const { raterInNote } = await import('../../src/io/noteRater.js');
    const ability = (await form('cs-ability')).raters!;
    const interview = (await form('interview-eval')).raters!;
    for (const note of ['客户调查', '对客户', '客户问卷', '重点客户', '同事间']) expect(raterInNote(note, ability, undefined), note).toBe('none');
    expect(raterInNote('评委1', interview, undefined)).toBe('none');
    for (const note of ['个人业绩', '同事互评', '客户满意度', '领导评分']) expect(raterInNote(note, [], undefined), note).toBe('none');
    expect(raterInNote('个人自评', [], undefined)).toBe('unknown');
    expect((raterInNote('客户评价', ability, undefined) as { id: string }).id).toBe('customer');
    expect((raterInNote('领导评分', ability, undefined) as { id: string }).id).toBe('supervisor');
  });

  it('cs-scheme-100 with 「业绩考核(个人业绩)」, 「质量考核(客户满意度)」, 「问题反馈及工作配合度(同事互评)」: 18 + 27 + 9 + 8 + 5 + 5 + 9 + 9 = 90', async () => {
    const file = path.join(tempDir(), 's.csv');
    writeFileSync(file, '姓名,业绩考核(个人业绩),质量考核(客户满意度),业务考核,通话利用率,报表提交及时性,出勤情况,问题反馈及工作配合度(同事互评),遵守规章制度及上级综合评分\r\n冯伟,18,27,9,8,5,5,9,9\r\n');
    const outcome = await gradeFile(file, { form: 'cs-scheme-100', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // §13: 90 is 一般 (85 < A ≤ 90).
    expect(outcome.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['冯伟', 90, '一般']]);
  });
});

// interview-eval under a two-row heading: 「第N题」 merged over its interviewers, named 面试官王五 / 面试官李四 / 面试官张三.
// Named so on one row (「第1题·面试官王五」) they were read; under the merged question every column was 「没有自己的标题」
// and nobody was scored.
describe('interviewers named with who they are, under a question merged above them', () => {
  it('are the group\'s raters in turn: 4, 3 and 4 on every question → 3.67 优秀', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('面试');
    const who = ['面试官王五', '面试官李四', '面试官张三'];
    ws.getCell(1, 1).value = '姓名';
    ws.mergeCells(1, 1, 2, 1);
    for (let q = 0; q < 15; q++) {
      ws.getCell(1, 2 + 3 * q).value = `第${q + 1}题`;
      ws.mergeCells(1, 2 + 3 * q, 1, 4 + 3 * q);
      who.forEach((w, j) => (ws.getCell(2, 2 + 3 * q + j).value = w));
    }
    ws.getCell(3, 1).value = '赵一';
    for (let q = 0; q < 15; q++) ['优秀', '良好', '优秀'].forEach((v, j) => (ws.getCell(3, 2 + 3 * q + j).value = v));
    const file = path.join(tempDir(), 'iv.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { form: 'interview-eval', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // (4 + 3 + 4) / 3 = 3.6667 on each of the 15 questions; their mean 3.67 → 优秀.
    expect(outcome.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['赵一', expect.closeTo(3.6667, 3), '优秀']]);
    expect(outcome.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('the rater after a space, a line break, a dash or a dot (「业务知识能力 领导评分」)', () => {
  const ITEMS = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
  const RATERS = ['领导评分', '同事评价', '客户打分', '员工自评'];

  it('§9: each read as that rater\'s column, as in brackets — 张三 90 优秀, 李四 82 良好 (领导评分 was a second 同事评, exit 1 with advice that scored the self-rating as 主管)', async () => {
    for (const sep of [' ', '\n', '-', '·']) {
      const file = path.join(tempDir(), 'cc.csv');
      const head = ['姓名', ...ITEMS.flatMap((i) => RATERS.map((r) => `"${i}${sep}${r}"`))].join(',');
      const zhang = ['张三', ...ITEMS.flatMap(() => ['优秀', '良好', '一般', '待改进'])].join(',');
      const li = ['李四', ...ITEMS.flatMap(() => ['良好', '优秀', '良好', '优秀'])].join(',');
      writeFileSync(file, [head, zhang, li].join('\r\n') + '\r\n');
      const outcome = await gradeFile(file, { form: 'cs-competency', output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      // 主管 70 %, 同事 10 %, 客户 20 %, 自评 not counted; 优秀 100, 良好 80, 一般 60. 张三 each item 0.7 × 100 + 0.1 × 80 +
      // 0.2 × 60 = 90; 李四 0.7 × 80 + 0.1 × 100 + 0.2 × 80 = 82.
      expect(outcome.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 90, '优秀'], ['李四', 82, '良好']]);
      expect(outcome.report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    }
  });

  it('the form\'s written names after the dot are read as the rater, with its number: 「…·间接领导」 is 间接主管, 「…·顾客评2」 客户评2', async () => {
    const dept = await form('cs-dept-monthly');
    expect(columnProblems(dept, await headings(dept, { '拆包人均每小时20个·间接主管': '拆包人均每小时20个·间接领导' }))).toEqual([]);
    const comp = await form('cs-competency');
    expect(columnProblems(comp, await headings(comp, { '沟通能力·客户评1': '沟通能力·顾客评1', '沟通能力·客户评2': '沟通能力 顾客评2' }))).toEqual([]);
  });
});

describe('the column saying who rated, headed as another form heads it', () => {
  it('考核人 / 考评人 / 评估人 / 考核人签字 「员工本人」 on cs-competency and cs-dept-monthly: a self-rating, never the supervisor\'s (100 优秀 at exit 0)', async () => {
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    for (const heading of ['考核人', '考评人', '评估人', '考核人签字']) {
      const file = path.join(tempDir(), 'self.csv');
      writeFileSync(file, [['工号', '姓名', heading, ...items].join(','), ['1', '王芳', '员工本人', ...items.map(() => '优秀')].join(',')].join('\r\n') + '\r\n');
      const outcome = await gradeFile(file, { form: 'cs-competency', output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      // Read as 自评's copy (自评 counts for nothing): no 主管评, so 王芳 is not scored.
      expect(outcome.report.people.map((p) => [p.name, p.status]), heading).toEqual([['王芳', 'error']]);
    }
    const f = await form('cs-dept-monthly');
    const rater = f.header.concat(f.footer ?? []).find((x) => x.role === 'rater')!;
    expect(rater.aliases).toEqual(expect.arrayContaining(['考核人', '评价人', '考评人', '评估人']));
    // A word another field of the form uses is left to it (cs-work-review's own 考核人签字 is a signature line).
    const review = await form('cs-work-review');
    expect(review.header.concat(review.footer ?? []).find((x) => x.role === 'rater')!.aliases).not.toContain('考核人签字');
  });
});

describe('raters merged over the items (two rows of headings)', () => {
  const ITEMS = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
  async function twoRows(first: string, second: string, people: Array<[string, string, string]>) {
    const wb = new (await import('exceljs')).default.Workbook();
    const ws = wb.addWorksheet('考核表');
    ws.addRow(['工号', '姓名', '部门', first, '', '', '', '', second]);
    ws.addRow(['', '', '', ...ITEMS, ...ITEMS]);
    ws.mergeCells('D1:H1');
    ws.mergeCells('I1:M1');
    people.forEach(([name, a, b], i) => ws.addRow([String(i + 1), name, '客服部', ...ITEMS.map(() => a || null), ...ITEMS.map(() => b || null)]));
    const file = path.join(tempDir(), 'two.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { form: 'cs-competency', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    return outcome.report;
  }

  it('「员工自评」 | 「上级评分」: the first block is 自评\'s (李强, self only, was 100 优秀 as the supervisor\'s), the second 主管评\'s', async () => {
    for (const self of ['员工自评', '本人', '自我评价']) {
      const r = await twoRows(self, '上级评分', [['王芳', '良好', '良好'], ['李强', '优秀', '']]);
      // 王芳: 主管 良好 80 (同事, 客户 absent: their weight spread) → 80; 李强 has no 主管评: not scored.
      expect(r.people.map((p) => [p.name, p.total]), self).toEqual([['王芳', 80], ['李强', null]]);
      expect(r.problems.filter((p) => p.person === '李强' && p.severity === 'error').map((p) => p.code)).toContain('missing-rater');
    }
  });

  it('「主管评」 | 「客户满意度」 (no rater kpi knows): the second block is refused, said as looking like 客户评1 — not dropped as a copy', async () => {
    const r = await twoRows('主管评', '客户满意度', [['王芳', '一般', '优秀']]);
    expect(r.people.map((p) => p.status)).toEqual(['error']);
    const said = r.problems.filter((p) => p.code === 'unknown-column' && p.severity === 'error');
    expect(said[0]!.message).toContain('列「业务知识能力·客户满意度」没有认出;它像是「业务知识能力·客户评1」');
    // Headed 「客户」, the block is the customers': (0.7 × 60 + 0.2 × 100) / 0.9 = 68.89.
    const named = await twoRows('主管评', '客户', [['王芳', '一般', '优秀']]);
    expect(named.people[0]!.total).toBeCloseTo(62 / 0.9, 9);
  });
});

describe('§15 an interviewer\'s column headed by a role in letters', () => {
  it('「第N题·HR」 holding ratings: refused as looking like 面试官2 (HR\'s 一般 was dropped: 4 优秀 for the mean (4 + 2) / 2 = 3)', async () => {
    const f = await form('interview-eval');
    const questions = f.parts.flatMap((p) => p.items.map((i) => i.label));
    const file = path.join(tempDir(), 'hr.csv');
    const head = ['姓名', '应聘岗位', ...questions.flatMap((q) => [`${q}·面试官1`, `${q}·HR`])];
    writeFileSync(file, [head.join(','), ['王五一', '客服', ...questions.flatMap(() => ['优秀', '一般'])].join(',')].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'interview-eval', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => p.status)).toEqual(['error']);
    const said = outcome.report.problems.filter((p) => p.code === 'unknown-column' && p.severity === 'error');
    expect(said[0]!.message).toContain(`列「${questions[0]}·HR」没有认出;它像是「${questions[0]}·面试官2」`);
  });
});

describe('a form\'s own rater column beside another headed by a common word', () => {
  it('考核人 刘敏 before 评分人 自评: 评分人 says who rated (张三\'s self-rating was the supervisor\'s: 100 优秀 at exit 0)', async () => {
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const file = path.join(tempDir(), 'both.csv');
    writeFileSync(file, [
      ['工号', '姓名', '部门', '考核人', '评分人', ...items].join(','),
      ['1', '张三', '客服部', '刘敏', '自评', ...items.map(() => '优秀')].join(','),
      ['2', '李四', '客服部', '刘敏', '主管评', ...items.map(() => '良好')].join(','),
    ].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'cs-competency', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 张三: only 自评 (counts for nothing), no 主管评: not scored. 李四: 主管 良好 80, 同事 and 客户 absent → 80 × 70/70 = 80.
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张三', null], ['李四', 80]]);
    expect(outcome.report.problems.filter((p) => p.code === 'duplicate-column')).toEqual([]);
  });

  it('two-row groups naming no rater (「等级」 | 「分值」 over the items again) are read as before: 80 and 96', async () => {
    const ITEMS = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const wb = new (await import('exceljs')).default.Workbook();
    const ws = wb.addWorksheet('考核表');
    ws.addRow(['工号', '姓名', '部门', '等级', '', '', '', '', '分值']);
    ws.addRow(['', '', '', ...ITEMS, ...ITEMS]);
    ws.mergeCells('D1:H1');
    ws.mergeCells('I1:M1');
    ws.addRow(['1', '张三', '客服部', '良好', '良好', '良好', '良好', '良好']);
    ws.addRow(['2', '李四', '客服部', '优秀', '优秀', '良好', '优秀', '优秀']);
    const file = path.join(tempDir(), 'grades.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { form: 'cs-competency', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 主管 alone: 张三 80 each → 80; 李四 (100 + 100 + 80 + 100 + 100) / 5 = 96.
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张三', 80], ['李四', 96]]);
  });
});

describe('one rater\'s copy graded alone', () => {
  it('评分人 主管评 on every row, no other rater\'s marks: scored on the 主管 alone and said once, for the workbook too (batch graded such copies as final)', async () => {
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const file = path.join(tempDir(), '主管.csv');
    writeFileSync(file, [['姓名', '评分人', ...items].join(','), ['赵磊', '主管评', ...items.map(() => '良好')].join(','), ['陈静', '主管评', ...items.map(() => '优秀')].join(',')].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'cs-competency', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 主管 alone: 80 and 100 (同事 10 % and 客户 20 % spread to 主管).
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['赵磊', 80], ['陈静', 100]]);
    const said = outcome.report.problems.filter((p) => p.code === 'rater-copy-only');
    expect(said.map((p) => [p.severity, p.message])).toEqual([['warning', '主管.csv 是「主管评」一位评分人的表:其中没有「同事评」、「客户评」的评分,他们的权重按比例给了「主管评」,各人的总分只含「主管评」的评分;如果其他评分人各填了一份,请一起评分:kpi score 主管.csv <其他评分人的表>']]);
  });
});

describe('letters and periods that are no rater', () => {
  it('§15 「第N题·No」 (row numbers) and 「·pts」 (the team\'s points) stay the team\'s columns: 4 优秀 and 3 良好', async () => {
    const f = await form('interview-eval');
    const questions = f.parts.flatMap((p) => p.items.map((i) => i.label));
    for (const word of ['No', 'pts']) {
      const file = path.join(tempDir(), `${word}.csv`);
      const head = ['姓名', '应聘岗位', ...questions.flatMap((q) => [`${q}·面试官1`, `${q}·${word}`])];
      writeFileSync(file, [head.join(','), ['王五一', '客服', ...questions.flatMap(() => ['优秀', '4'])].join(','), ['赵六', '客服', ...questions.flatMap(() => ['良好', '3'])].join(',')].join('\r\n') + '\r\n');
      const outcome = await gradeFile(file, { form: 'interview-eval', output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      expect(outcome.report.people.map((p) => [p.name, p.total]), word).toEqual([['王五一', 4], ['赵六', 3]]);
    }
  });

  it('「上级评分」 | 「上月」 over the same items: last month\'s block is not a rater\'s (it was said to look like 同事评1) — 80 and 96', async () => {
    const ITEMS = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const wb = new (await import('exceljs')).default.Workbook();
    const ws = wb.addWorksheet('考核表');
    ws.addRow(['工号', '姓名', '部门', '上级评分', '', '', '', '', '上月']);
    ws.addRow(['', '', '', ...ITEMS, ...ITEMS]);
    ws.mergeCells('D1:H1');
    ws.mergeCells('I1:M1');
    ws.addRow(['1', '张三', '客服部', '良好', '良好', '良好', '良好', '良好', '一般', '一般', '一般', '一般', '一般']);
    ws.addRow(['2', '李四', '客服部', '优秀', '优秀', '良好', '优秀', '优秀', '良好', '良好', '良好', '良好', '良好']);
    const file = path.join(tempDir(), 'months.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { form: 'cs-competency', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张三', 80], ['李四', 96]]);
  });

  it('two columns for who rated (考核人签字 blank or 刘敏, 评估人 自评): the one naming raters says who rated — 王芳\'s self-rating is not the supervisor\'s', async () => {
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    for (const first of ['', '刘敏']) {
      const file = path.join(tempDir(), 'two.csv');
      writeFileSync(file, [['姓名', '考核人签字', '评估人', ...items].join(','), ['王芳', first, '自评', ...items.map(() => '优秀')].join(','), ['李四', first, '主管评', ...items.map(() => '良好')].join(',')].join('\r\n') + '\r\n');
      const outcome = await gradeFile(file, { form: 'cs-competency', output: null });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      // 王芳: 自评 alone, no 主管评 → not scored (it was 100 优秀). 李四: 主管 良好 → 80.
      expect(outcome.report.people.map((p) => [p.name, p.total]), first).toEqual([['王芳', null], ['李四', 80]]);
    }
  });

  it('cs-ability: 评价人 「客户」 with only the 上级 columns filled is whose marks kpi cannot tell — an error (it was the supervisor\'s 80 at exit 0)', async () => {
    const f = await form('cs-ability');
    const level = f.parts[0]!.items[0]!.inputs[0]!.choices![1]!.label;
    const ids = f.parts.flatMap((p) => p.items.map((i) => i.id));
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const { fillRoster } = await import('../../src/io/fillTemplate.js');
    const rater = f.header.concat(f.footer ?? []).find((x) => x.role === 'rater')!.id;
    fillRoster(ws, f, [{ header: { name: '张三', [rater]: '客户' }, values: Object.fromEntries(ids.map((id) => [`${id}@supervisor`, level])) }]);
    const file = path.join(tempDir(), 'ability.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await gradeFile(file, { output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.people.map((p) => p.status)).toEqual(['error']);
    expect(r.report.problems.map((p) => p.code)).toContain('rater-claim');
  });
});

describe('raters\' copies on the full template, read together', () => {
  it('cs-ability 上级\'s and 客户\'s copies (each the whole roster, 评价人 naming one): no column said twice, (0.7 × 80 + 0.3 × 100) = 86', async () => {
    const f = await form('cs-ability');
    const ids = f.parts.flatMap((p) => p.items.map((i) => i.id));
    const choices = f.parts[0]!.items[0]!.inputs[0]!.choices!;
    const rater = f.header.concat(f.footer ?? []).find((x) => x.role === 'rater')!.id;
    const { fillRoster } = await import('../../src/io/fillTemplate.js');
    const dir = tempDir();
    const copy = async (name: string, who: string, group: string, level: string) => {
      const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
      fillRoster(wb.worksheets.find((w) => w.state === 'visible')!, f, [{ header: { name: '张三', [rater]: who }, values: Object.fromEntries(ids.map((id) => [`${id}@${group}`, level])) }]);
      const file = path.join(dir, name);
      await wb.xlsx.writeFile(file);
      return file;
    };
    const sup = await copy('上级.xlsx', '上级', 'supervisor', choices[1]!.label);
    const cust = await copy('客户.xlsx', '客户', 'customer', choices[0]!.label);
    const { gradeCombined } = await import('../../src/io/combineRaters.js');
    const outcome = await gradeCombined([sup, cust], { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 良好 80 by 上级, 优秀 100 by 客户 on every indicator: 0.7 × 80 + 0.3 × 100 = 86.
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张三', 86]]);
    expect(outcome.report.problems.filter((p) => p.code === 'duplicate-column')).toEqual([]);
  });

  it('rater-copy-only is not said when another rater rated someone in the file (客户评1 filled for 张三)', async () => {
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const file = path.join(tempDir(), 'mixed.csv');
    writeFileSync(file, [
      ['姓名', '评分人', ...items.map((i) => `${i}·主管评`), ...items.map((i) => `${i}·客户评1`)].join(','),
      ['张三', '主管评', ...items.map(() => '良好'), ...items.map(() => '优秀')].join(','),
      ['李四', '主管评', ...items.map(() => '良好'), ...items.map(() => '')].join(','),
    ].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'cs-competency', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 张三: (70 × 80 + 20 × 100) / 90 = 84.44 (同事 absent); 李四: 主管 alone 80.
    expect(outcome.report.people.map((p) => [p.name, Math.round(p.total! * 100) / 100])).toEqual([['张三', 84.44], ['李四', 80]]);
    expect(outcome.report.problems.filter((p) => p.code === 'rater-copy-only')).toEqual([]);
  });
});

describe('a supervisor\'s word after the item, on forms of one supervisor', () => {
  it('cs-ability 「…·直属上级」 is 上级\'s column: 100 × 0.7 + 80 × 0.3 = 94 (it was refused once 直接/直属 had to match a rank)', async () => {
    const f = await form('cs-ability');
    const items = f.parts.flatMap((p) => p.items.map((i) => i.label));
    const [top, good] = [f.parts[0]!.items[0]!.inputs[0]!.choices![0]!.label, f.parts[0]!.items[0]!.inputs[0]!.choices![1]!.label];
    const file = path.join(tempDir(), 'ab.csv');
    const q = (x: string) => `"${x}"`;
    writeFileSync(file, [['姓名', ...items.flatMap((i) => [`${i}·直属上级`, `${i}·客户`])].map(q).join(','), ['张三', ...items.flatMap(() => [top, good])].map(q).join(',')].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'cs-ability', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张三', 94]]);
  });

  it('§15 「第N题·主管」 beside 「第N题·面试官2」 is an interviewer\'s column: (2 + 4) / 2 = 3 良好 (dropped, it was 4 优秀 at exit 0)', async () => {
    const f = await form('interview-eval');
    const questions = f.parts.flatMap((p) => p.items.map((i) => i.label));
    const file = path.join(tempDir(), 'iv.csv');
    writeFileSync(file, [['姓名', '应聘岗位', ...questions.flatMap((q) => [`${q}·主管`, `${q}·面试官2`])].join(','), ['张三', '客服', ...questions.flatMap(() => ['一般', '优秀'])].join(',')].join('\r\n') + '\r\n');
    const outcome = await gradeFile(file, { form: 'interview-eval', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['张三', 3]]);
  });
});
