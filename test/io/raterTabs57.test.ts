import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import type { GradeOutcome, GradeReport } from '../../src/io/outcome.js';
import { repoRoot, tempDir } from '../helpers.js';

// §9 cs-competency: 优秀 100 / 良好 80 / 一般 60 / 待改进 40 per item, the five items averaged; 70 % 主管评 + 10 % 同事评
// + 20 % 客户评, 自评 0; a group nobody rated gives its weight to the others in proportion; a missing 主管评 is an error.
// Review of 2d32a89d: a tab 客户部 beside any tab named for a rater (自评 too) was read as 客户评 — in 物业 companies 客户部
// is the customer-service department itself, and its sheet the 主管's; a tab 王主管 beside 主管评 was still a second 主管评.
const ITEMS = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
const L: Record<string, string> = { 优: '优秀', 良: '良好', 一: '一般', 待: '待改进' };
const at = (f: string) => path.join(repoRoot, 'test/fixtures/raterTabs57', f);

/** A workbook of a sheet per rater: rows of 工号, 姓名, five marks (「优良良优良」) and 部门. */
async function bySheet(file: string, sheets: Record<string, Array<[string, string, string, string]>>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    ws.addRow(['工号', '姓名', '部门', ...ITEMS]);
    for (const [id, who, marks, dept] of rows) ws.addRow([id, who, dept, ...[...marks].map((c) => L[c])]);
  }
  const out = path.join(tempDir(), file);
  await wb.xlsx.writeFile(out);
  return out;
}

function report(outcome: GradeOutcome): GradeReport {
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

const grade = async (file: string) => report(await gradeFile(file, { form: 'cs-competency', output: null }));
const totals = (r: GradeReport) => Object.fromEntries(r.people.map((p) => [p.name, p.total === null ? null : Math.round(p.total * 100) / 100]));
const errors = (r: GradeReport) => r.problems.filter((p) => p.severity === 'error');

describe('a department tab 客户部 and a tab 王主管 beside the raters\' tabs (fx57o)', () => {
  // 林娜: 主管 优良良优良 = (100+80+80+100+80)/5 = 88; 周杰: 主管 良 × 5 = 80; 自评 weighs 0 → 88 and 80, both 良好.
  it('tabs 客户部 (the 主管\'s marks, 部门 客户部) and 自评: the 主管\'s (both were refused, 「请把两份表一起评分」, exit 1)', async () => {
    const r = await grade(at('dept-only.xlsx'));
    expect(totals(r)).toEqual({ 林娜: 88, 周杰: 80 });
    expect(r.people.map((p) => p.band)).toEqual(['良好', '良好']);
    expect(errors(r)).toEqual([]);
  });

  it('tabs 自评, 客服部 and 客户部 (each a department\'s staff): the 主管\'s (周杰 was refused, exit 1)', async () => {
    const r = await grade(at('dept-self.xlsx'));
    expect(totals(r)).toEqual({ 林娜: 88, 周杰: 80 });
    expect(errors(r)).toEqual([]);
  });

  it('a tab 客户部 whose rows say 部门 客户部, beside 主管评: that department\'s, the 主管\'s as before', async () => {
    // 林娜: 主管 88, 客户 优优良良良 = (100+100+80+80+80)/5 = 88 → 88. 王芳: 主管 一一待一一 = (60+60+40+60+60)/5 = 56 → 56.
    // 周杰 on 客户部 alone: 主管 待 × 5 = 40 → 40 (as 客户评 he was refused for no 主管评).
    const r = await grade(await bySheet('dept-staff.xlsx', {
      主管评: [['2001', '林娜', '优良良优良', '客服部'], ['2003', '王芳', '一一待一一', '客服部']],
      客户部: [['2002', '周杰', '待待待待待', '客户部']],
      客户评: [['2001', '林娜', '优优良良良', '客服部']],
    }));
    expect(totals(r)).toEqual({ 林娜: 88, 王芳: 56, 周杰: 40 });
    expect(errors(r)).toEqual([]);
  });

  it('a tab 客户部 whose rows say 部门 客服部, beside 主管评: still the customers\' (2d32a89d)', async () => {
    // 林娜: 主管 88, 客户 (一 × 5 = 60 + 88) / 2 = 74, no 同事 → (0.7 × 88 + 0.2 × 74) / 0.9 = (61.6 + 14.8) / 0.9 = 84.89.
    // 周杰: 主管 80, 客户 待 × 5 = 40 → (56 + 8) / 0.9 = 71.11.
    const r = await grade(await bySheet('dept-customers.xlsx', {
      主管评: [['2001', '林娜', '优良良优良', '客服部'], ['2002', '周杰', '良良良良良', '客服部']],
      客户部: [['2001', '林娜', '一一一一一', '客服部'], ['2002', '周杰', '待待待待待', '客服部']],
      客户评: [['2001', '林娜', '优优良良良', '客服部']],
    }));
    expect(totals(r)).toEqual({ 林娜: 84.89, 周杰: 71.11 });
    expect(errors(r)).toEqual([]);
  });

  it('tabs 客户部 (部门 客服部) and 同事评, no 主管评: 客户部 is the only sheet that can be the 主管\'s — it is', async () => {
    // 林娜: 主管 88, 同事 一 × 5 = 60 → (61.6 + 6) / 0.8 = 84.50. 周杰: 主管 80 alone → 80.
    const r = await grade(await bySheet('dept-peers.xlsx', {
      客户部: [['2001', '林娜', '优良良优良', '客服部'], ['2002', '周杰', '良良良良良', '客服部']],
      同事评: [['2001', '林娜', '一一一一一', '客服部']],
    }));
    expect(totals(r)).toEqual({ 林娜: 84.5, 周杰: 80 });
    expect(errors(r)).toEqual([]);
  });

  it('a tab 王主管 beside 主管评: told to rename it, as 主管王 is (it was rater-duplicate 「请去掉其中一份」)', async () => {
    const r = await grade(at('surname-first.xlsx'));
    expect(totals(r)).toEqual({ 林娜: null, 周杰: null });
    expect(errors(r).map((p) => p.code)).toEqual(['rater-unknown', 'rater-unknown']);
    expect(errors(r)[0]!.message).toContain('王主管!B2:工作表「王主管」的名称不是评分人');
    expect(errors(r).map((p) => p.message).join('')).not.toContain('请去掉其中一份');
  });

  it('a tab 王主管 beside 自评 and 客户评 only (no 主管评): the 主管\'s as before', async () => {
    // 林娜: 主管 88, 客户 88 → 88. 周杰: 主管 80 alone → 80; 自评 weighs 0.
    const r = await grade(await bySheet('王主管-alone.xlsx', {
      自评: [['2001', '林娜', '优优优优优', '客服部'], ['2002', '周杰', '优优优优优', '客服部']],
      王主管: [['2001', '林娜', '优良良优良', '客服部'], ['2002', '周杰', '良良良良良', '客服部']],
      客户评: [['2001', '林娜', '优优良良良', '客服部']],
    }));
    expect(totals(r)).toEqual({ 林娜: 88, 周杰: 80 });
    expect(errors(r)).toEqual([]);
  });
});
