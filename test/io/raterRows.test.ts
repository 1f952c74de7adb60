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

  it('a full roster, each rater in a column of its own, is read by its columns whatever its 评分人 says', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('考核表');
    const items = HEADINGS.slice(2);
    ws.addRow(['姓名', '评分人', ...items.map((i) => `${i}·主管评`), ...items.map((i) => `${i}·自评`)]);
    // 评分人 says 自评, the 自评 columns are left empty, the supervisor's are filled: 良好 80 on every item.
    ws.addRow(['丁', '自评', ...items.map(() => '良好'), ...items.map(() => null)]);
    const file = path.join(tempDir(), 'full.xlsx');
    await wb.xlsx.writeFile(file);
    const r = report(await gradeFile(file, { form: 'cs-competency', output: null }));
    expect(person(r, '丁')).toMatchObject({ status: 'scored', total: 80 });
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
