import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findRater } from '../../src/engine/raterCopy.js';
import { gradeFile } from '../../src/io/grade.js';
import type { GradeOutcome, GradeReport } from '../../src/io/outcome.js';
import { raterNamedIn } from '../../src/io/sheetRater.js';
import { form, tempDir } from '../helpers.js';

// §9 cs-competency: 优秀 100 / 良好 80 / 一般 60 / 待改进 40 per item, the five items averaged; 70 % 主管评 + 10 % 同事评
// (peers averaged) + 20 % 客户评 (customers averaged), 自评 0; a group nobody rated gives its weight to the others in
// proportion; a missing 主管评 is an error. A group's word and 甲乙丙丁 / a single surname / a dash and a name is one of
// that group: 「同事甲」 as a sheet's tab was read as no rater's, and so the 主管's.
const ITEMS = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
const L: Record<string, string> = { 优: '优秀', 良: '良好', 一: '一般', 待: '待改进' };

/** A workbook of a sheet per rater, plain item headings: rows of 工号, 姓名 and five marks (「优良良优良」). */
async function bySheet(file: string, sheets: Record<string, Array<[string, string, string]>>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    ws.addRow(['工号', '姓名', '部门', ...ITEMS]);
    for (const [id, who, marks] of rows) ws.addRow([id, who, '客服部', ...[...marks].map((c) => L[c])]);
  }
  const out = path.join(tempDir(), file);
  await wb.xlsx.writeFile(out);
  return out;
}

function report(outcome: GradeOutcome): GradeReport {
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

const totals = (r: GradeReport) => Object.fromEntries(r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100]));
const errors = (r: GradeReport) => r.problems.filter((p) => p.severity === 'error');

// 林娜: 主管 优良良优良 = (100+80+80+100+80)/5 = 88, 客户 优优良良良 = 88, no peer → 88 × 70/90 + 88 × 20/90 = 88.
// 王芳: 主管 一一待一一 = (60+60+40+60+60)/5 = 56, no one else → 56.
const gap = (peer: string) => ({
  主管评: [['2001', '林娜', '优良良优良'], ['2003', '王芳', '一一待一一']] as Array<[string, string, string]>,
  [peer]: [['2002', '周杰', '待待待待待']] as Array<[string, string, string]>,
  客户评: [['2001', '林娜', '优优良良良']] as Array<[string, string, string]>,
});

describe('one of a group of several by its letter, a surname or a dash and a name (fx56i)', () => {
  it('「同事张」 names a 同事 as 「同事甲」「张同事」 do; 「主管张」 names no one (a group of one has no members)', async () => {
    const f = await form('cs-competency');
    const ids = ['同事张', '同事甲', '同事-李明', '同事评-李明', '张同事', '同事小张', '同事(张伟)', '客户王', '主管张', '客户经理', '张经理'].map((t) => findRater(f, t)?.id ?? null);
    expect(ids).toEqual(['peer', 'peer', 'peer', 'peer', 'peer', 'peer', 'peer', 'customer', null, null, null]);
  });

  it('a sheet named 同事甲, 同事张, 同事-李明, 同事评-李明, 李明同事评 or 互评 is the 同事\'s; a person alone or 主管张 is no rater\'s', async () => {
    const f = await form('cs-competency');
    const read = ['同事甲', '同事张', '同事-李明', '同事评-李明', '李明同事评', '互评', '同事评', '同事1', '客户评2'].map((t) => findRater(f, raterNamedIn(f, t) ?? '')?.id ?? null);
    expect(read).toEqual(['peer', 'peer', 'peer', 'peer', 'peer', 'peer', 'peer', 'peer', 'customer']);
    expect(['李明', '主管张', '客户经理'].map((t) => raterNamedIn(f, t))).toEqual([null, null, null]);
  });

  it('a sheet 同事甲 of a person with no 主管评: an error, not scored (it was 40.00 待改进 at exit 0, paid 504.00)', async () => {
    for (const peer of ['同事甲', '同事-李明']) {
      const r = report(await gradeFile(await bySheet(`gap-${peer}.xlsx`, gap(peer)), { form: 'cs-competency', output: null }));
      expect(totals(r)).toEqual({ 林娜: 88, 王芳: 56, 周杰: null });
      expect(errors(r).map((p) => p.message)).toEqual([
        `${peer}!B2 周杰:这份表只有「同事评」的评分,没有「主管评」的评分(5 项都要有,必填),此人不评分;「主管评」的评分在另一份表里时,请把两份表一起评分:kpi score 主管评的表.xlsx gap-${peer}.xlsx`,
      ].map((m) => expect.stringContaining(m.slice(m.indexOf('周杰')))));
    }
  });

  it('sheets 同事甲 and 同事乙 beside 主管评, 客户评, 客户评2, 自评 are two peers (林娜 and 周杰 were refused as rated twice by the 主管)', async () => {
    const file = await bySheet('plain.xlsx', {
      主管评: [['2001', '林娜', '优良良优良'], ['2002', '周杰', '良良良良良'], ['2003', '王芳', '一一待一一']],
      同事甲: [['2001', '林娜', '良良良优良'], ['2002', '周杰', '一一一一一']],
      同事乙: [['2001', '林娜', '一良良良良']],
      客户评: [['2001', '林娜', '优优良良良'], ['2003', '王芳', '良良良良良']],
      客户评2: [['2003', '王芳', '一一一一一']],
      自评: [['2001', '林娜', '优优优优优']],
    });
    const r = report(await gradeFile(file, { form: 'cs-competency', output: null }));
    // 林娜: 主管 88; 同事 (80+80+80+100+80)/5 = 84 and (60+80+80+80+80)/5 = 76 → 80; 客户 88 → 61.6 + 8 + 17.6 = 87.20.
    // 周杰: 主管 80, 同事 60, no 客户 → (0.7 × 80 + 0.1 × 60) / 0.8 = 62 / 0.8 = 77.50.
    // 王芳: 主管 56, 客户 80 and 60 → 70, no 同事 → (0.7 × 56 + 0.2 × 70) / 0.9 = 53.2 / 0.9 = 59.11.
    expect(totals(r)).toEqual({ 林娜: 87.2, 周杰: 77.5, 王芳: 59.11 });
    expect(errors(r)).toEqual([]);
  });

  it('a 评分人 「同事张」 on a row is a 同事\'s: 周杰 with no 主管评 is an error (it was 60.00 一般 as the 主管\'s)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('考核表');
    ws.addRow(['工号', '姓名', '评分人', ...ITEMS]);
    ws.addRow(['2001', '林娜', '主管评', ...Array(5).fill('良好')]);
    ws.addRow(['2002', '周杰', '同事张', ...Array(5).fill('一般')]);
    const file = path.join(tempDir(), 'long.xlsx');
    await wb.xlsx.writeFile(file);
    const r = report(await gradeFile(file, { form: 'cs-competency', output: null }));
    // 林娜: 主管 80 alone → 80.
    expect(totals(r)).toEqual({ 林娜: 80, 周杰: null });
    expect(errors(r).map((p) => p.message)).toEqual([expect.stringContaining('周杰:这份表只有「同事评」的评分,没有「主管评」的评分')]);
  });

  it('a sheet named for a person beside sheets named for raters: whose marks is unknown, an error (it was the 主管\'s, 40.00 paid)', async () => {
    const r = report(await gradeFile(await bySheet('gap-name.xlsx', gap('李明')), { form: 'cs-competency', output: null }));
    expect(totals(r)).toEqual({ 林娜: 88, 王芳: 56, 周杰: null });
    expect(errors(r).map((p) => p.message)).toEqual([
      'gap-name.xlsx 李明!B2:工作表「李明」的名称不是评分人,而同一工作簿的「主管评」、「客户评」是按评分人分开的表:看不出这张表是哪位评分人(自评、主管评、同事评、客户评)的评分,此人不评分;请把工作表改名为评分人(如「主管评」「同事甲」「客户评」),或加一列「评分人」写明后重新评分',
    ]);
  });

  it('a workbook whose only sheet is named for a person is read as before: the 主管\'s (no sheet beside it names a rater)', async () => {
    // 周杰: 主管 待 × 5 = 40 alone → 40.
    const r = report(await gradeFile(await bySheet('alone.xlsx', { 李明: [['2002', '周杰', '待待待待待']] }), { form: 'cs-competency', output: null }));
    expect(totals(r)).toEqual({ 周杰: 40 });
    expect(errors(r)).toEqual([]);
  });

  // fv56: 「同事们」, 「同事小王」, 「同事王五」 as tabs were no rater's (findRater read 同事小王 / 同事王五 in a 评分人 cell, not
  // the tab), 同事们 and 客户部 nowhere: 周杰's colleague's 待改进 × 5 scored 40.00 待改进 as the 主管's at exit 0.
  it('「同事们」「同事小王」「同事王五」 name the 同事 as a tab and a 评分人; 「客户部」 a 评分人 only; a department or business word none', async () => {
    const f = await form('cs-competency');
    expect(['同事们', '同事小王', '同事王五', '客户部', '客户们'].map((t) => findRater(f, t)?.id ?? null)).toEqual(['peer', 'peer', 'peer', 'customer', 'customer']);
    const tabs = ['同事们', '同事小王', '同事王五', '客户部', '客户管理', '客户关系部', '同事主管', '主管王'].map((t) => findRater(f, raterNamedIn(f, t) ?? '')?.id ?? null);
    expect(tabs).toEqual(['peer', 'peer', 'peer', null, null, null, null, null]);
  });

  it('a sheet 同事们, 同事小王, 同事王五 or 客户部 (beside 主管评) of a person with no 主管评: an error (it was 40.00 待改进 at exit 0)', async () => {
    for (const [peer, group] of [['同事们', '同事评'], ['同事小王', '同事评'], ['同事王五', '同事评'], ['客户部', '客户评']]) {
      const r = report(await gradeFile(await bySheet(`gap-${peer}.xlsx`, gap(peer!)), { form: 'cs-competency', output: null }));
      // 林娜 88, 王芳 56 as above.
      expect(totals(r)).toEqual({ 林娜: 88, 王芳: 56, 周杰: null });
      expect(errors(r).map((p) => p.message)).toEqual([expect.stringContaining(`${peer}!B2:周杰:这份表只有「${group}」的评分,没有「主管评」的评分`)]);
    }
  });

  it('a 评分人 「同事们」 or 「客户部」 on a row: 周杰 with no 主管评 is an error (it was 60.00 一般 as the 主管\'s)', async () => {
    for (const [who, group] of [['同事们', '同事评'], ['客户部', '客户评']]) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('考核表');
      ws.addRow(['工号', '姓名', '评分人', ...ITEMS]);
      ws.addRow(['2001', '林娜', '主管评', ...Array(5).fill('良好')]);
      ws.addRow(['2002', '周杰', who, ...Array(5).fill('一般')]);
      const file = path.join(tempDir(), `long-${who}.xlsx`);
      await wb.xlsx.writeFile(file);
      const r = report(await gradeFile(file, { form: 'cs-competency', output: null }));
      // 林娜: 主管 80 alone → 80.
      expect(totals(r)).toEqual({ 林娜: 80, 周杰: null });
      expect(errors(r).map((p) => p.message)).toEqual([expect.stringContaining(`周杰:这份表只有「${group}」的评分,没有「主管评」的评分`)]);
    }
  });

  it('sheets 主管评, 同事们 / 客户部 and 客户评 holding 林娜 and 周杰: the peers\' / customers\' (both were refused as rated twice by the 主管)', async () => {
    const sheets = (other: string) => ({
      主管评: [['2001', '林娜', '优良良优良'], ['2002', '周杰', '良良良良良']] as Array<[string, string, string]>,
      [other]: [['2001', '林娜', '一一一一一'], ['2002', '周杰', '待待待待待']] as Array<[string, string, string]>,
      客户评: [['2001', '林娜', '优优良良良']] as Array<[string, string, string]>,
    });
    // 林娜: 主管 88, 同事 60, 客户 88 → 61.6 + 6 + 17.6 = 85.20. 周杰: 主管 80, 同事 40, no 客户 → (56 + 4) / 0.8 = 75.00.
    const peers = report(await gradeFile(await bySheet('tab-同事们.xlsx', sheets('同事们')), { form: 'cs-competency', output: null }));
    expect(totals(peers)).toEqual({ 林娜: 85.2, 周杰: 75 });
    expect(errors(peers)).toEqual([]);
    // 林娜: 主管 88, 客户 (60 + 88) / 2 = 74, no 同事 → (61.6 + 14.8) / 0.9 = 84.89. 周杰: 主管 80, 客户 40 → (56 + 8) / 0.9 = 71.11.
    const customers = report(await gradeFile(await bySheet('tab-客户部.xlsx', sheets('客户部')), { form: 'cs-competency', output: null }));
    expect(totals(customers)).toEqual({ 林娜: 84.89, 周杰: 71.11 });
    expect(errors(customers)).toEqual([]);
  });

  it('a sheet 主管王 beside 主管评: told to rename it (it was a second 主管评, 「请去掉其中一份」); beside no 主管评 it is the 主管\'s as before', async () => {
    const r = report(await gradeFile(await bySheet('tab-主管王.xlsx', {
      主管评: [['2001', '林娜', '优良良优良'], ['2002', '周杰', '良良良良良']],
      主管王: [['2001', '林娜', '一一一一一'], ['2002', '周杰', '待待待待待']],
      客户评: [['2001', '林娜', '优优良良良']],
    }), { form: 'cs-competency', output: null }));
    expect(totals(r)).toEqual({ 林娜: null, 周杰: null });
    expect(errors(r).map((p) => p.code)).toEqual(['rater-unknown', 'rater-unknown']);
    expect(errors(r)[0]!.message).toContain('主管王!B2:工作表「主管王」的名称不是评分人');
    // 林娜: 主管 一 × 5 = 60, 客户 88 → (42 + 17.6) / 0.9 = 66.22; 周杰: 主管 40 alone → 40.
    const alone = report(await gradeFile(await bySheet('主管王-alone.xlsx', {
      主管王: [['2001', '林娜', '一一一一一'], ['2002', '周杰', '待待待待待']],
      客户评: [['2001', '林娜', '优优良良良']],
    }), { form: 'cs-competency', output: null }));
    expect(totals(alone)).toEqual({ 林娜: 66.22, 周杰: 40 });
    expect(errors(alone)).toEqual([]);
  });

  it('a workbook whose only sheet is 客户部 (a department of staff) is read as before: the 主管\'s', async () => {
    // 周杰: 主管 待 × 5 = 40 alone → 40.
    const r = report(await gradeFile(await bySheet('dept.xlsx', { 客户部: [['2002', '周杰', '待待待待待']] }), { form: 'cs-competency', output: null }));
    expect(totals(r)).toEqual({ 周杰: 40 });
    expect(errors(r)).toEqual([]);
  });
});
