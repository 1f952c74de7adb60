// A person's sheet with last month's answer kept out of sight — in a hidden column headed 上级, or a hidden copy of
// an item's row — and this month's 投诉处理 left empty: the hidden answer is not read (it scored 68.9375 at exit 0),
// the empty required cell is the error it is, as on a roster.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

async function grade(fixture: string) {
  const input = path.join(tempDir(), fixture);
  copyFileSync(path.join(repoRoot, 'test/fixtures/external', fixture), input);
  const outcome = await gradeFile(input, { output: null });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

describe('hidden on a person\'s sheet (scripts/make-hidden-fixtures.py)', () => {
  it('a hidden column headed 上级: not read, said at its heading; 王芳 not scored for her empty 投诉处理', async () => {
    const r = await grade('openpyxl-form-hidden-column.xlsx');
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['王芳', 'error']]);
    expect(r.problems.map((p) => [p.severity, p.code, p.cell])).toEqual([['warning', 'duplicate-column', 'J6'], ['error', 'missing-rater', 'G11']]);
    // Hidden beside its visible twin (this month's 上级): said as that column's hidden copy.
    expect(r.problems[0]!.message).toContain('与前面的列重复,是隐藏的列');
  });

  it('a hidden column with no twin (§9 同事评3 hidden alone) is said as hidden, not as a copy of a column before it', async () => {
    const { gridFromRows } = await import('../../src/io/grid.js');
    const { findFormTable, readFormSheet } = await import('../../src/io/readFormSheet.js');
    const { form } = await import('../helpers.js');
    const f = await form('cs-competency');
    const labels = ['业务知识能力', '沟通能力', '问题解决能力', '人际关系协调', '反馈与学习能力'];
    const sheet = (third: string) => {
      const rows = [['姓名', '李四'], ['项目', '主管评', '同事评1', '同事评2', '同事评3'], ...labels.map((l) => [l, '优秀', '良好', '良好', third])];
      const grid = { ...gridFromRows('李四', rows), columnHidden: (col: number) => col === 5 };
      return (readFormSheet(grid, f, findFormTable(grid, f)!).problems ?? []).filter((p) => p.code === 'duplicate-column').map((p) => [p.severity, p.cell, p.message]);
    };
    // Empty: a warning that it was not read.
    expect(sheet('')).toEqual([['warning', 'E2', '李四!E2:列「同事评3」是隐藏的(可能是上个月的数据),没有读取;如果要计入,请取消隐藏后重新评分']]);
    // Holding answers: left unread, the peers' mean would be (80 + 80) / 2 without the third's 60 — an error, 李四 not
    // scored (it was 80 with a warning, exit 0), as when the column's heading is renamed.
    expect(sheet('一般')).toEqual([['error', 'E2', '李四!E2:列「同事评3」是隐藏的,里面填了评分,没有读取,此人不评分;是本月的评分请取消隐藏,是旧数据请删去这一列后重新评分']]);
  });

  it('a hidden 自评 column with answers (weight 0, 仅供参考): a warning, the person scored from 上级 (it was unscored; a roster read it)', async () => {
    const { gridFromRows } = await import('../../src/io/grid.js');
    const { findFormTable, readFormSheet } = await import('../../src/io/readFormSheet.js');
    const { scorePerson } = await import('../../src/engine/scoreForm.js');
    const { form } = await import('../helpers.js');
    const f = await form('after-sales-monthly');
    // §1 by 上级 alone: 92% ≥ 90% → 20, 完成目标值要求 20, and the rest at full marks where the sheet lists them.
    const head = ['项目', '填写项', '自评', '上级', '得分'];
    const rows = [['客户信息管理', '达成率', '100%', '92%'], ['客户档案管理', '完成情况', '完成目标值要求', '完成目标值要求']];
    const grid = { ...gridFromRows('王芳', [['姓名', '王芳'], head, ...rows]), columnHidden: (col: number) => col === 3 };
    const read = readFormSheet(grid, f, findFormTable(grid, f)!);
    expect((read.problems ?? []).filter((p) => p.code === 'duplicate-column').map((p) => [p.severity, p.cell, p.message])).toEqual([
      ['warning', 'C2', '王芳!C2:列「自评」是隐藏的,里面填了评分,没有读取;「自评」仅供参考、不计分,分数不受影响,但说明里不会列出它;要列出请取消隐藏后重新评分'],
    ]);
    const r = scorePerson(f, read);
    expect(r.items.slice(0, 2).map((i) => i.score)).toEqual([20, 20]);
  });

  it('a hidden copy of 投诉处理\'s row: not read, said at its row; 王芳 not scored for her empty 投诉处理', async () => {
    const r = await grade('openpyxl-form-hidden-row.xlsx');
    expect(r.people.map((p) => [p.name, p.status])).toEqual([['王芳', 'error']]);
    expect(r.problems.map((p) => [p.severity, p.code, p.cell])).toEqual([['warning', 'hidden-rows', 'A15'], ['error', 'missing-rater', 'G11']]);
  });
});

// An item whose only row is hidden on a person's sheet (态度 hidden): it was said only as 「表中没有这一项」 at the person's
// name, with a separate warning naming the row.
describe('an item whose only row is hidden', () => {
  it('is an error at that row, naming the item', async () => {
    const { sampleCopy } = await import('../helpers.js');
    const ExcelJS = (await import('exceljs')).default;
    const { gradeFile } = await import('../../src/io/grade.js');
    const input = sampleCopy('mattress-cs-monthly.march.form.xlsx', 'form.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    const ws = wb.worksheets.find((w) => w.state === 'visible' && [...Array(30).keys()].some((r) => String(w.getCell(r + 1, 1).value ?? '').includes('态度')))!;
    const row = [...Array(40).keys()].map((r) => r + 1).find((r) => String(ws.getCell(r, 1).value ?? '').includes('态度'))!;
    ws.getRow(row).hidden = true;
    await wb.xlsx.writeFile(input);
    const outcome = await gradeFile(input, { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const said = outcome.report.problems.filter((p) => p.code === 'hidden-rows' && p.sheet === ws.name);
    expect(said.map((p) => [p.severity, p.cell])).toEqual([['error', `A${row}`]]);
    expect(said[0]!.message).toContain('只在隐藏的行里,按缺少这一项处理');
  });
});

// Made by openpyxl from kpi's templates (a red team's cases): one input's row of an item of several hidden, with an answer.
describe('an input\'s only row hidden on a person\'s sheet, holding an answer', () => {
  it('express-cs 推诿客户 4 hidden, §27 a ticked row hidden: an error there, the person not scored (97 for 95, 85.83 for 90 at exit 0)', async () => {
    const at = (f: string) => path.join(repoRoot, 'test/fixtures/openpyxl/hidden-rows', f);
    const express = await gradeFile(at('express-hidden-row.xlsx'), { output: null });
    if (!express.ok) throw new Error(express.failure.message);
    // 王芳 and 张敏 as filled: 20 + 40 + 40 − 3 = 97; 李强's hidden 推诿客户 4 would be 95.
    expect(express.report.people.map((p) => [p.name, p.total])).toEqual([['王芳', 97], ['李强', null], ['张敏', 97]]);
    expect(express.report.problems.filter((p) => p.severity !== 'info').map((p) => [p.severity, p.code, p.sheet, p.cell])).toEqual([['error', 'hidden-rows', '李强', 'A12']]);
    expect(express.report.problems.find((p) => p.code === 'hidden-rows')!.message).toContain('「话务质量·推诿客户」只在隐藏的行里');
    const checklist = await gradeFile(at('checklist-hidden-tick.xlsx'), { output: null });
    if (!checklist.ok) throw new Error(checklist.failure.message);
    expect(checklist.report.people.find((p) => p.name === '张敏')!.status).toBe('error');
  });
});
