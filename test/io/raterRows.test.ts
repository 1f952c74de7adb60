import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradeCombined } from '../../src/io/combineRaters.js';
import { gradeFile } from '../../src/io/grade.js';
import type { GradeOutcome, GradeReport } from '../../src/io/outcome.js';
import { findRater } from '../../src/engine/raterCopy.js';
import { form, tempDir } from '../helpers.js';

// A roster typed by hand (another program, headings retyped to the items' names alone) whose 评分人 column says who
// rated each row. §9 cs-competency: 优秀 100 / 良好 80 / 待改进 40; an item = 70 % 主管评 + 10 % 同事评 + 20 % 客户评,
// 自评 0; a group nobody of which rated gives its weight to the others in proportion; a missing 主管评 is an error.
// Before, every such row was read as 主管评's: a self-assessment or a peer's rating became the score that counts.
const HEADINGS = ['姓名', '评分人', '业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];

async function roster(file: string, rows: Array<[string, string, string]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考核表');
  ws.addRow(HEADINGS);
  for (const [name, rater, level] of rows) ws.addRow([name, rater, level, level, level, level, level]);
  const out = path.join(tempDir(), file);
  await wb.xlsx.writeFile(out);
  return out;
}

function report(outcome: GradeOutcome): GradeReport {
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

const person = (r: GradeReport, name: string) => r.people.find((p) => p.name === name)!;

describe('rows that name their rater, under headings that name none', () => {
  it('a self-assessment alone is not the supervisor’s rating: not scored, 主管评 missing', async () => {
    const file = await roster('self.xlsx', [['张三', '自评', '优秀']]);
    const r = report(await gradeFile(file, { form: 'cs-competency', output: null }));
    // Read as 主管评's it was 100 优秀 with exit 0.
    expect(person(r, '张三')).toMatchObject({ status: 'error', total: null });
    // One error for the person, not one for each of the 5 items: the sheet has no 主管评 at all.
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.message.replace(/^[^:]*:/, ''))).toEqual([
      // The command names this file (self.xlsx).
      '张三:这份表只有「自评」的评分,没有「主管评」的评分(5 项都要有,必填),此人不评分;「主管评」的评分在另一份表里时,请把两份表一起评分:kpi score 主管评的表.xlsx self.xlsx',
    ]);
  });

  it('a rater written another way (「员工自评」, 「本人」, 「自我评价」, 「顾客」, 「同事互评」, 「同级」) is that rater, not a name', async () => {
    const rows: Array<[string, string, string]> = [];
    for (const [i, words] of ['员工自评', '本人', '自我评价', '顾客', '同事互评', '同级'].entries()) rows.push([`甲${i}`, '主管评', '良好'], [`甲${i}`, words, '待改进']);
    rows.push(['乙', '员工自评', '优秀'], ['丙', '顾客', '优秀']);
    const r = report(await gradeFile(await roster('words.xlsx', rows), { form: 'cs-competency', output: null }));
    // Self (weight 0): 80. Customer, no peer: 80 × 70/90 + 40 × 20/90 = 5600/90 + 800/90 = 71.11…. Peer, no customer:
    // 80 × 70/80 + 40 × 10/80 = 70 + 5 = 75. Each was read as a second 主管评 row or as the 主管评 itself (100 for 乙, 丙).
    expect(r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100])).toEqual([
      ['甲0', 80], ['甲1', 80], ['甲2', 80], ['甲3', 71.11], ['甲4', 75], ['甲5', 75], ['乙', null], ['丙', null],
    ]);
  });

  it('a rater\'s word ending the 评分人 names that rater (「员工自评」, 「同级评价」, 「自评表」); inside a title (「客户经理」) or a name it does not', async () => {
    const f = await form('cs-competency');
    const ids = ['员工自评', '同级评价', '自评表', '顾客打分', '员工本人', '客户经理', '部门主管李四', '张经理', '张三'].map((t) => findRater(f, t)?.id ?? null);
    expect(ids).toEqual(['self', 'peer', 'self', 'customer', 'self', null, null, null, null]);
    // One of a group of several by its number or letter, as kpi's own columns name them (each row was refused as a
    // duplicate person): 同事评1, 同事A, 客户评2; a rater of one is never numbered (主管2 names no one).
    expect(['同事评1', '同事A', '客户评2', '主管2'].map((t) => findRater(f, t)?.id ?? null)).toEqual(['peer', 'peer', 'customer', null]);
  });

  it('a rater\'s word first, then who (「同事评:韩梅梅」, 「主管 陈明」): that rater, whoever it is; a name first and a word inside (「部门主管李四」) still none', async () => {
    const f = await form('cs-competency');
    const ids = ['同事评:韩梅梅', '同事:韩梅梅', '主管 陈明', '客户评(问卷)', '自评/王二', '韩梅梅:', '部门主管李四'].map((t) => findRater(f, t)?.id ?? null);
    expect(ids).toEqual(['peer', 'peer', 'supervisor', 'customer', 'self', null, null]);
  });

  it('one row per person and rater is merged per person with the raters’ weights', async () => {
    const file = await roster('long.xlsx', [
      ['甲', '主管评', '良好'],
      ['甲', '同事评', '优秀'],
      ['乙', '客户评', '待改进'],
    ]);
    const r = report(await gradeFile(file, { form: 'cs-competency', output: null }));
    // 甲, each item: no 客户评, so 70 % and 10 % become 70/80 and 10/80: 80 × 70/80 + 100 × 10/80 = 70 + 12.5 = 82.5.
    expect(person(r, '甲')).toMatchObject({ status: 'scored', total: 82.5, band: '良好' });
    // 乙 has only a customer's rating: the rating that counts is missing (was 40 as 主管评's).
    expect(person(r, '乙')).toMatchObject({ status: 'error', total: null });
  });

  it('a peer’s copy with bare headings still counts when copies are scored together', async () => {
    const supervisor = await roster('sup.xlsx', [['甲', '主管评', '良好']]);
    const peer = await roster('peer.xlsx', [['甲', '同事评', '优秀']]);
    const r = report(await gradeCombined([supervisor, peer], { form: 'cs-competency', output: null }));
    // The peer's copy used to be dropped (80, with only a note that 同事评 had not rated): 82.5 as above.
    expect(person(r, '甲')).toMatchObject({ status: 'scored', total: 82.5 });
  });

  it('a full roster, each rater in a column of its own, is read by its columns; a 评分人 of 自评 over the 主管评 columns is an error', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('考核表');
    const items = HEADINGS.slice(2);
    ws.addRow(['姓名', '评分人', ...items.map((i) => `${i}·主管评`), ...items.map((i) => `${i}·自评`)]);
    // 评分人 says 自评, the 自评 columns are left empty, the supervisor's are filled: 良好 80 on every item. Scored 80 as
    // the columns say, it may be an employee's self-assessment typed in the wrong column, counted as the supervisor's.
    ws.addRow(['丁', '自评', ...items.map(() => '良好'), ...items.map(() => null)]);
    // 评分人 says 主管评: the supervisor's columns, 80.
    ws.addRow(['戊', '主管评', ...items.map(() => '良好'), ...items.map(() => null)]);
    const file = path.join(tempDir(), 'full.xlsx');
    await wb.xlsx.writeFile(file);
    const r = report(await gradeFile(file, { form: 'cs-competency', output: null }));
    expect(person(r, '丁')).toMatchObject({ status: 'error', total: null });
    expect(r.problems.filter((p) => p.person === '丁').map((p) => p.code)).toContain('rater-claim');
    expect(person(r, '戊')).toMatchObject({ status: 'scored', total: 80 });
  });

  it('a roster whose 评分人 names the supervisor, or a person, is read as it always was', async () => {
    const file = await roster('plain.xlsx', [['甲', '主管评', '良好'], ['乙', '王经理', '优秀']]);
    const r = report(await gradeFile(file, { form: 'cs-competency', output: null }));
    // Bare headings are 主管评's: 80 and 100, 同事评 and 客户评 spread (a note, not an error).
    expect([person(r, '甲').total, person(r, '乙').total]).toEqual([80, 100]);
  });

  it('a long roster of 2,000 rows or more (scored as read) is read as copies too: self-assessments never count', async () => {
    // 2,001 rows of 自评, all 优秀: scored as read, each row was 100 as 主管评's.
    const lines = ['工号,姓名,评分人,业务知识能力,沟通能力,问题解决能力,人际关系协调,反馈与学习能力'];
    for (let i = 0; i < 2001; i++) lines.push(`${100000 + i},员工${i},自评,优秀,优秀,优秀,优秀,优秀`);
    const file = path.join(tempDir(), 'big-self.csv');
    writeFileSync(file, lines.join('\n'));
    const r = report(await gradeFile(file, { form: 'cs-competency', output: null }));
    expect(r.people.length).toBe(2001);
    expect(r.people.every((p) => p.status === 'error' && p.total === null)).toBe(true);
  }, 60_000);

  it('--pay reaches raters’ rows read as copies: 甲 82.5 → 1000 × 82.5/100 = 825, 工资总额 3000 + 825 = 3825', async () => {
    const file = await roster('long-pay.xlsx', [['甲', '主管评', '良好'], ['甲', '同事评', '优秀']]);
    const pay = path.join(tempDir(), 'pay.csv');
    writeFileSync(pay, '\uFEFF姓名,绩效基数,基本工资\r\n甲,1000,3000\r\n');
    const r = report(await gradeFile(file, { form: 'cs-competency', output: null, pay }));
    expect(person(r, '甲').pay).toMatchObject({ bonus: 825, gross: 3825 });
  });
});

describe('a 评分人 who does not count (自评) or is one of many (同事评, 客户评), with marks in the 主管评 columns', () => {
  // §9: an item = 70 % 主管评 + 10 % 同事评 + 20 % 客户评; 自评 does not count. A row saying 「自评」 with every
  // 业务知识能力·主管评 … cell 优秀 was scored 100 × 70/70 = 100 优秀, exit 0, with only a note: whose marks these are is
  // not for kpi to guess.
  const ITEMS = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
  const RATERS = ['自评', '主管评', '同事评1', '客户评1'];
  async function fullRoster(file: string, rows: Array<{ name: string; rater: string; marks: Record<string, string> }>): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('考核表');
    ws.addRow(['姓名', '评分人', ...ITEMS.flatMap((item) => RATERS.map((r) => `${item}·${r}`))]);
    for (const row of rows) ws.addRow([row.name, row.rater, ...ITEMS.flatMap(() => RATERS.map((r) => row.marks[r] ?? null))]);
    const out = path.join(tempDir(), file);
    await wb.xlsx.writeFile(out);
    return out;
  }

  it('自评, 同事评 or 客户 over 主管评 marks: an error at the 评分人 cell, not scored', async () => {
    const file = await fullRoster('claim.xlsx', [
      { name: '甲', rater: '自评', marks: { 主管评: '优秀' } },
      { name: '乙', rater: '同事评', marks: { 主管评: '优秀', 同事评1: '良好' } },
      { name: '丙', rater: '客户', marks: { 主管评: '良好' } },
    ]);
    const r = report(await gradeFile(file, { form: 'cs-competency', output: null }));
    expect(r.people.map((p) => [p.name, p.status, p.total])).toEqual([['甲', 'error', null], ['乙', 'error', null], ['丙', 'error', null]]);
    const claims = r.problems.filter((p) => p.code === 'rater-claim');
    expect(claims.map((p) => [p.severity, p.cell, p.person])).toEqual([['error', 'B2', '甲'], ['error', 'B3', '乙'], ['error', 'B4', '丙']]);
    expect(claims[0]!.message).toBe('考核表!B2:甲:「评分人」写的是「自评」,但「主管评」的列里也填了评分:不知道这些分数是谁评的,此人不评分;请把「评分人」改为实际评分的人,或把分数移到「自评」的列里(每位评分人各填一份时用 kpi template --rater,再一起评分)');
    expect(claims[2]!.message).toContain('「评分人」写的是「客户」(客户评),但「主管评」的列里也填了评分');
  });

  it('the rater that counts may type the others’ marks in; a 自评 row with its own marks only is as before', async () => {
    const file = await fullRoster('fine.xlsx', [
      { name: '丁', rater: '主管评', marks: { 主管评: '良好', 同事评1: '优秀', 自评: '优秀' } },
      { name: '戊', rater: '同事评', marks: { 同事评1: '优秀', 自评: '良好' } },
    ]);
    const r = report(await gradeFile(file, { form: 'cs-competency', output: null }));
    // 丁, each item: no 客户评, 70/80 and 10/80: 80 × 70/80 + 100 × 10/80 = 70 + 12.5 = 82.5 → 良好.
    expect(person(r, '丁')).toMatchObject({ status: 'scored', total: 82.5, band: '良好' });
    // 戊: a peer's row with the person's 自评 beside it names no counting rater's column: no rater-claim; 主管评 missing.
    expect(person(r, '戊')).toMatchObject({ status: 'error', total: null });
    expect(r.problems.some((p) => p.code === 'rater-claim')).toBe(false);
    expect(r.problems.some((p) => p.person === '戊' && p.code === 'missing-rater')).toBe(true);
  });

  it('one person’s sheet (the form layout) saying 自评 in its 评分人 with the 主管评 column filled: the same error', async () => {
    const { buildTemplate } = await import('../../src/io/template/index.js');
    const f = await form('cs-competency');
    const wb = await buildTemplate(f, { layout: 'form', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const find = (text: string) => {
      let at: ExcelJS.Cell | undefined;
      ws.eachRow((row) => row.eachCell((c) => { if (!at && String(c.value ?? '').trim() === text) at = c; }));
      if (!at) throw new Error(`no ${text}`);
      return at;
    };
    const nameAt = find('姓名');
    ws.getCell(Number(nameAt.row), Number(nameAt.col) + 1).value = '己';
    const raterAt = find('评分人');
    ws.getCell(Number(raterAt.row), Number(raterAt.col) + 1).value = '自评';
    const supervisor = Number(find('主管评').col);
    for (const item of ITEMS) ws.getCell(Number(find(item).row), supervisor).value = '优秀';
    const file = path.join(tempDir(), 'one.xlsx');
    await wb.xlsx.writeFile(file);
    const r = report(await gradeFile(file, { form: 'cs-competency', output: null }));
    expect(person(r, '己')).toMatchObject({ status: 'error', total: null });
    expect(r.problems.filter((p) => p.code === 'rater-claim').map((p) => p.cell)).toEqual([ws.getCell(Number(raterAt.row), Number(raterAt.col) + 1).address]);
  });
});
