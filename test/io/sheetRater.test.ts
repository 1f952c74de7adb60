// A roster sheet named or titled for a rater (「员工自评」, 「…考核表(员工自评)」, 「评分人:自评」) without a 评分人 column:
// its rows are that rater's. Read as the supervisor's, 王五's self-assessment scored 20 + 30 + 49 = 99 优秀 at exit 0.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { tempDir } from '../helpers.js';

const ITEMS = ['文档编写', '客户沟通交流', '客服计划制定', '潜在合作挖掘', '掌握公司业务', '出勤率', '是否遵守上级指示,并及时准确向上级汇报工作', '是否主动承担更多的责任', '是否注重协作', '是否积极主动,行为得体', '工作日志,工作周报', '优质完成客户回访、问答', '维护线上客服工具并受理信息', '按时按量执行线上推广', '完善客户资料并归档、分类整理', '上级综合评定'];
// §7 cs-specialist-monthly: 张三 2+7+2+4+3 = 18, 5+5+4+5+5+4 = 28, 9+9+8+10+9 = 45 → 91; 王五 2+8+2+5+3, 5×6, 10+10+10+10+9 → 99.
const ZHANG = [2, 7, 2, 4, 3, 5, 5, 4, 5, 5, 4, 9, 9, 8, 10, 9];
const WANG = [2, 8, 2, 5, 3, 5, 5, 5, 5, 5, 5, 10, 10, 10, 10, 9];

async function grade(sheets: Array<{ name: string; title?: string; rows: Array<[string, string, number[]]>; rater?: (name: string) => string }>) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    if (s.title) ws.addRow([s.title]);
    ws.addRow(['工号', '姓名', '部门', ...ITEMS, ...(s.rater ? ['考核人'] : [])]);
    for (const [id, name, marks] of s.rows) ws.addRow([id, name, '客服部', ...marks, ...(s.rater ? [s.rater(name)] : [])]);
  }
  const file = path.join(tempDir(), 'raters.xlsx');
  await wb.xlsx.writeFile(file);
  const graded = await gradeFile(file, { form: 'cs-specialist-monthly', output: null });
  if (!graded.ok) throw new Error(graded.failure.message);
  return graded.report;
}

describe('a roster sheet named for a rater', () => {
  it.each(['自评表', '3月自评', '员工自评(3月)'])('a tab named 「%s」: its rows are self-assessments (王五 not scored)', async (name) => {
    const r = await grade([{ name, rows: [['1003', '王五', WANG]] }]);
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['王五', 'error']]);
  });

  it('「员工自评」 beside 「主管评分」: 王五, on the self-assessment alone, is not scored; 张三 91 from 主管评分', async () => {
    const r = await grade([{ name: '主管评分', rows: [['1001', '张三', ZHANG]] }, { name: '员工自评', rows: [['1003', '王五', WANG]] }]);
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 91], ['王五', null]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.sheet, p.person])).toEqual([['rater-copy-alone', '员工自评', '王五']]);
  });

  it.each(['客服专员月度绩效考核表(员工自评)', '评分人:自评', '2026年3月员工自评表', '员工自评 2026年3月', '自评'])('titled 「%s」 above the headings: the same', async (title) => {
    const r = await grade([{ name: '考核表', title, rows: [['1003', '王五', WANG]] }]);
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['王五', 'error']]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['rater-copy-alone']);
  });

  it.each(['员工自评', '3月员工自评', '员工自评3月'])('a tab 「%s」 with kpi\'s 考核人 column left blank, or naming the person themself: the same (99 优秀 at exit 0)', async (name) => {
    for (const rater of [() => '', (who: string) => who]) {
      const r = await grade([{ name, rows: [['1003', '王五', WANG]], rater }]);
      expect(r.people.map((p) => [p.name, p.status])).toEqual([['王五', 'error']]);
    }
    // 考核人 naming the supervisor on that tab: the column says whose marks they are — 99.
    const sup = await grade([{ name, rows: [['1003', '王五', WANG]], rater: () => '主管' }]);
    expect(sup.people.map((p) => [p.name, p.total])).toEqual([['王五', 99]]);
  });

  it.each(['客服专员月度绩效考核表 员工自评', '2026年3月客服专员员工自评表'])('titled 「%s」 (the form\'s title or post, then the rater): the same', async (title) => {
    const r = await grade([{ name: '考核表', title, rows: [['1003', '王五', WANG]] }]);
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['王五', 'error']]);
  });

  it.each(['客服专员月度绩效考核表(自评、主管)', '客服专员月度绩效考核表(含自评)'])('titled 「%s」 (both raters, or one among others): not one rater\'s sheet — 99 as the supervisor\'s', async (title) => {
    const r = await grade([{ name: '考核表', title, rows: [['1003', '王五', WANG]] }]);
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['王五', 99]]);
  });

  it('a sheet named for no rater (考核表, 客服部3月), or titled with the form name alone, is the supervisor one as before: 99', async () => {
    for (const [name, title] of [['考核表', undefined], ['客服部3月', undefined], ['Sheet1', '客服专员月度绩效考核表']] as const) {
      const r = await grade([{ name, ...(title ? { title } : {}), rows: [['1003', '王五', WANG]] }]);
      expect(r.people.map((p) => [p.name, p.total]), name).toEqual([['王五', 99]]);
    }
  });
});

// A 填写说明 sheet with the template's example row (工号 「示例」, 姓名 「张三(示例)」) beside the roster: the example was
// scored as a fifth person (99 优秀 here), and the sheet left with nobody was an error that failed nothing.
describe('an instructions sheet with an example row', () => {
  it('is no one: the example listed as skipped, the sheet said in a warning; the roster scored', async () => {
    const r = await grade([{ name: '填写说明', rows: [['示例', '张三(示例)', WANG]] }, { name: '考核表', rows: [['1001', '张三', ZHANG]] }]);
    expect(r.people.map((p) => [p.name, p.total])).toEqual([['张三', 91]]);
    expect(r.problems.filter((p) => p.sheet === '填写说明').map((p) => [p.severity, p.code])).toEqual([['info', 'skipped-row'], ['warning', 'no-people']]);
  });
});

// One sheet, section rows naming each rater's block (「一、主管评」「二、员工自评」「三、客户评」), or a second block titled
// 「…考核表(客户评)」 with its heading again: every row was read as the supervisor's — 王五's self-rating 100 优秀 at exit 0.
describe('section rows naming a rater', () => {
  const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
  async function sections(rows: unknown[][]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('3月');
    ws.addRow(['工号', '姓名', '部门', ...items]);
    rows.forEach((r) => ws.addRow(r));
    const file = path.join(tempDir(), 'sections.xlsx');
    await wb.xlsx.writeFile(file);
    const graded = await gradeFile(file, { form: 'cs-competency', output: null });
    if (!graded.ok) throw new Error(graded.failure.message);
    return graded.report;
  }

  it('make the rows below that rater\'s: a self-rating alone is not scored; a person in two sections is rated by both', async () => {
    const r = await sections([
      ['一、主管评'], ['1001', '张三', '客服部', '优秀', '良好', '良好', '一般', '优秀'],
      ['二、员工自评'], ['1003', '王五', '客服部', '优秀', '优秀', '优秀', '优秀', '优秀'],
      ['三、客户评'], ['1001', '张三', '客服部', '良好', '良好', '良好', '良好', '良好'],
    ]);
    // 张三: 主管 100, 80, 80, 60, 100 and 客户 80 each, 同事 absent (its 10 % spread): (0.7 × s + 0.2 × 80) / 0.9 →
    // 95.56, 80, 80, 64.44, 95.56 ⇒ 83.11. 王五: only his own rating — not scored.
    expect(r.people.map((p) => [p.name, p.total === null ? null : Number(p.total.toFixed(2))])).toEqual([['张三', 83.11], ['王五', null]]);
  });
});

describe('a hidden sheet named for a rater who counts', () => {
  it('is an error (its weight was given to the others with a note only); with --include-hidden it is read', async () => {
    const items = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const wb = new ExcelJS.Workbook();
    const sheet = (name: string, marks: string[], hidden = false) => {
      const ws = wb.addWorksheet(name, hidden ? { state: 'hidden' } : {});
      ws.addRow(['工号', '姓名', '部门', ...items]);
      ws.addRow(['1001', '张三', '客服部', ...marks]);
    };
    sheet('主管评', ['优秀', '良好', '良好', '一般', '优秀']);
    sheet('同事评', ['良好', '一般', '良好', '一般', '良好'], true);
    sheet('客户评', ['良好', '良好', '一般', '良好', '良好']);
    const file = path.join(tempDir(), 'raters.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await gradeFile(file, { form: 'cs-competency', output: null });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.report.problems.filter((p) => p.code === 'hidden-sheet').map((p) => [p.severity, p.message])).toEqual([
      ['error', '工作簿中隐藏的工作表「同事评」像是「同事评」的评分,没有读取:这些评分人的权重会分给别人;请取消隐藏,或加 --include-hidden 一并评分'],
    ]);
    // A hidden list of names for a drop-down (「客户」: 客户名称 | 联系人), or last month's 「2月主管评」: no rater's marks here.
    const lists = new ExcelJS.Workbook();
    const visible = lists.addWorksheet('考核表');
    visible.addRow(['工号', '姓名', '部门', ...items.map((i) => `${i}·主管评`)]);
    visible.addRow(['1001', '张三', '客服部', '优秀', '良好', '良好', '一般', '优秀']);
    lists.addWorksheet('客户', { state: 'hidden' }).addRows([['客户名称', '联系人'], ['甲公司', '王']]);
    const feb = lists.addWorksheet('2月主管评', { state: 'hidden' });
    feb.addRow(['工号', '姓名', '部门', ...items.map((i) => `${i}·主管评`)]);
    const listFile = path.join(tempDir(), 'lists.xlsx');
    await lists.xlsx.writeFile(listFile);
    const l = await gradeFile(listFile, { form: 'cs-competency', output: null });
    if (!l.ok) throw new Error(l.failure.message);
    expect(l.report.problems.filter((p) => p.code === 'hidden-sheet').map((p) => p.severity)).toEqual(['info']);
    const all = await gradeFile(file, { form: 'cs-competency', output: null, includeHidden: true });
    if (!all.ok) throw new Error(all.failure.message);
    // Per item 0.7 × 主管 + 0.1 × 同事 + 0.2 × 客户: 70 + 8 + 16 = 94; 56 + 6 + 16 = 78; 56 + 8 + 12 = 76; 42 + 6 + 16 = 64;
    // 70 + 8 + 16 = 94 ⇒ (94 + 78 + 76 + 64 + 94) / 5 = 81.2.
    expect(all.report.people[0]!.total).toBeCloseTo(81.2, 9);
  });
});
