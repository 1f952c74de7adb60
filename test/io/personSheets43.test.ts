// Person sheets in the seeds' shapes: findings of the forty-third session.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/sheets43', name);

describe('a header value left blank beside the next label (部门 | (blank) | 岗位: | 客服)', () => {
  it('is blank, not 「岗位:」 — 李四 97 优秀 with no 部门 (a department 「岗位:」 of one in 汇总); §16 sums 84, 97, 60', async () => {
    const report = await gradedReport(fixture('blank-dept.xlsx'));
    expect(report.people.map((p) => [p.name, p.department ?? '', p.total])).toEqual([['张三', '客服部', 84], ['李四', '', 97], ['王五', '客服部', 60]]);
  });

  it('a 工号 left blank on every sheet beside 「入职日期:」: three people, not one 工号 three times — 84, 84, 60', async () => {
    const report = await gradedReport(fixture('blank-id.xlsx'));
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['张三', 84], ['李四', 84], ['王五', 60]]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a 被评估人员 left blank beside 「岗位:」: the name is missing, not 「岗位:」 scored at exit 0 — the sheet\'s name taken, as the others\' are theirs', async () => {
    const report = await gradedReport(fixture('blank-name.xlsx'));
    expect(report.people.map((p) => p.name)).toEqual(['张三', '李四', '王五']);
    expect(report.problems.find((p) => p.severity === 'warning')!.message).toBe('王五!B2:王五:工作表「王五」的被评估人员没有填写,按工作表名当作「王五」评分(各表都以被评估人员命名);不是此人时请填上被评估人员后重新评分');
  });
});

describe('two §16 forms stacked on one sheet under one heading row (「被评估人员: 李四」 at row 24, her items after it)', () => {
  it('is an error naming 李四 at her name B24 — she vanished (both all 10s: exit 0, 已评分 1/1), or her rows were 张三\'s second rows', async () => {
    // 张三 scored from his own rows alone: all 10s = 100; 9 + 8 + 7 + 10 + 9 + 8 + 8 + 9 + 10 + 6 = 84. 李四 listed unscored.
    for (const [file, total] of [['stacked-identical.xlsx', 100], ['stacked-different.xlsx', 84]] as const) {
      const report = await gradedReport(fixture(file));
      expect(report.people.map((p) => [p.name, p.total]), file).toEqual([['张三', total], ['李四', null]]);
      const said = report.problems.filter((p) => p.code === 'second-form-on-sheet');
      expect(said.map((p) => [p.cell, p.severity, p.person]), file).toEqual([['B24', 'error', '李四']]);
      expect(said[0]!.message).toContain('第 24 行又是一位被考核人(「被评估人员:李四」)');
    }
  });
});

describe('a 说明 block under the table with the seed\'s words of the items (column B, under 考核项目)', () => {
  it('leaves the table as it is: §16 张三 9+8+7+10+9+8+8+9+10+6 = 84, 李四 97, 王五 60 (all refused; with 10s beside the lines, all 100 at exit 0)', async () => {
    for (const file of ['legend-under-table.xlsx', 'legend-with-maxima.xlsx']) {
      const report = await gradedReport(fixture(file));
      expect(report.people.map((p) => [p.name, p.total]), file).toEqual([['张三', 84], ['李四', 97], ['王五', 60]]);
      expect(report.problems.filter((p) => p.severity !== 'info'), file).toEqual([]);
    }
  });
});

describe('a blank copy of the form kept as a sheet 「模板」 (only the template\'s 考核月份 on it)', () => {
  it('is no one: 3/3 scored (§8 79, 100, 56), not a fourth 「(无姓名)」 with six errors', async () => {
    const report = await gradedReport(fixture('blank-template-sheet.xlsx'));
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['张三', 79], ['李四', 100], ['王五', 56]]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('§28 seed 004\'s own item name 「接待客户满意」 (售后服务部)', () => {
  it('is 接待客户满意度: 王五 85 % × 25 + 90 % × 25 + 0 + 50 % × 25 = 56.25 待改进 (he was refused, advised to write 客户满意度)', async () => {
    const report = await gradedReport(fixture('aftersales-seed-wording.xlsx'));
    expect(report.people.map((p) => [p.name, p.total])).toEqual([['张三', 71.25], ['李四', 96.25], ['王五', 56.25]]);
  });
});

describe('an empty answer cell merged into another (张三 G13:G14, 李四 F13:G13 left blank)', () => {
  it('is said at its own cell (G14, G13), not at the person\'s name (F2)', async () => {
    const report = await gradedReport(fixture('merged-empty.xlsx'));
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => `${p.sheet}!${p.cell}`)).toEqual(['张三!G13', '张三!G14', '李四!G13']);
  });
});

