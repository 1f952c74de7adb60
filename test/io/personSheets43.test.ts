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

  it('a 被评估人员 left blank beside 「岗位:」: the name is missing (an error), not 「岗位:」 scored at exit 0', async () => {
    const report = await gradedReport(fixture('blank-name.xlsx'));
    expect(report.people.map((p) => p.name)).not.toContain('岗位:');
    expect(report.problems.find((p) => p.severity === 'error')!.message).toBe('王五!B2:表头「被评估人员」未填写(无法确定被考核人)');
  });
});

describe('two §16 forms stacked on one sheet under one heading row (「被评估人员: 李四」 at row 24, her items after it)', () => {
  it('is an error naming 李四 at A24 — she vanished (both all 10s: exit 0, 已评分 1/1), or her rows were 张三\'s second rows', async () => {
    for (const file of ['stacked-identical.xlsx', 'stacked-different.xlsx']) {
      const report = await gradedReport(fixture(file));
      const said = report.problems.filter((p) => p.code === 'second-form-on-sheet');
      expect(said.map((p) => [p.cell, p.severity]), file).toEqual([['A24', 'error']]);
      expect(said[0]!.message).toContain('第 24 行又是一位被考核人(「被评估人员:李四」)');
    }
  });
});

