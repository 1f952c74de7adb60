// Record logs: a legend of codes under the log written as kpi's own message advises (「1满意 2一般 …」, no 「=」).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnyDefinition } from '../../src/forms/load.js';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/records47', f);

describe('§23 a note under the log 「注:1满意 2一般 3不满意 4很不满意」', () => {
  it('read as the codes (each digit refused before, the message advising that very writing): 4 workshops, 2 不满意 → 较差, 1.11', async () => {
    // Catalog §23: 2 不满意 of 4 → 较差, nominal 1; 4 workshops → coefficient 0.9; 1 ÷ 0.9 = 1.11.
    const out = await gradeFile(at('workshop-legend-below.xlsx'), { output: null });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const g = out.report.groups![0]!;
    expect([g.keyText, g.band, g.figures]).toMatchObject(['2026-03·采购部', '较差(36–40分)', { u: 2, served: 4, coefficient: 0.9, deduction: 1.11 }]);
  });
});

describe('§23 a month\'s log without a 考核月份 column (refused, exit 2, even with --period)', () => {
  // Each month: 3 workshops rate 采购部, one 不满意 → u = 1 较好, nominal 0.5; 3 workshops ≤ 5 → × 0.9: 0.5 ÷ 0.9 = 0.56.
  it('the month from the sheet\'s name 「2026年3月」, said once: 2026-03·采购部 较好, 0.56', async () => {
    const out = await gradeFile(at('workshop-no-month-column.xlsx'), { form: 'internal-satisfaction-workshop', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.groups!.filter((g) => g.grouping === 'dept').map((g) => [g.keyText, g.figures.deduction])).toEqual([['2026-03·采购部', 0.56]]);
    expect(out.report.problems.find((p) => p.code === 'month-unknown')!.message).toContain('工作表「2026年3月」没有「考核月份」列:按工作表名所写的 2026-03 计');
  });

  it('one sheet a month (2026年1月, 2月, 3月): three months, each 0.56', async () => {
    const out = await gradeFile(at('workshop-month-sheets.xlsx'), { form: 'internal-satisfaction-workshop', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.groups!.filter((g) => g.grouping === 'dept').map((g) => [g.keyText, g.figures.deduction])).toEqual([['2026-01·采购部', 0.56], ['2026-02·采购部', 0.56], ['2026-03·采购部', 0.56]]);
  });

  it('a CSV with no month anywhere: --period 2026-03 gives it; without --period still refused (缺少必填列)', async () => {
    const file = path.join(tempDir(), '评价.csv');
    writeFileSync(file, '\uFEFF车间,被服务部门,评价\r\n一车间,采购部,不满意\r\n二车间,采购部,满意\r\n三车间,采购部,满意\r\n');
    const out = await gradeFile(file, { form: 'internal-satisfaction-workshop', output: null, period: '2026-03' });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.groups!.filter((g) => g.grouping === 'dept').map((g) => [g.keyText, g.figures.deduction])).toEqual([['2026-03·采购部', 0.56]]);
    const refused = await gradeFile(file, { form: 'internal-satisfaction-workshop', output: null });
    expect(refused.ok ? '' : refused.failure.message).toContain('考核月份');
  });
});

describe('§23 a sheet 「3月」 copied from 「2月」 with some rows still 2026-02 (一车间\'s two 不满意)', () => {
  it('an error naming the sheet, its rows not counted: February 3 满意 → 优秀 0.00 (was 较差 1.11 with 一车间\'s March answers), March not scored', async () => {
    const out = await gradeFile(at('workshop-march-partly-february.xlsx'), { output: null });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.report.groups!.filter((g) => g.grouping === 'dept').map((g) => [g.keyText, g.figures.level, g.figures.deduction])).toEqual([['2026-02·设备科', '优秀', 0]]);
    expect(out.report.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.sheet, p.message.includes('「考核月份」列有几行写着 2026-02(与另一张表的同月记录重复),与工作表名的月份不符')])).toEqual([['records-sheet-month', '3月', true]]);
  });
});

describe('§22 every 评价人 written 「匿名」 (two questionnaires of 生产部)', () => {
  it('the second questionnaire\'s rows are duplicates, told to number them 匿名1, 匿名2 — not to delete a row (采购部 880 for 845 followed so)', async () => {
    const out = await gradeFile(at('dept-anonymous.xlsx'), { output: null });
    if (!out.ok) throw new Error(out.failure.message);
    const dupes = out.report.problems.filter((p) => p.code === 'duplicate-record');
    expect(dupes.map((p) => p.cell)).toEqual(['E5', 'E6', 'E7']);
    expect(dupes[0]!.message).toContain('写「匿名」的分不清是不是同一份问卷;如果是不同的人填的,请写成 匿名1、匿名2 …(每份问卷一个)后重新评分');
  });
});

describe('§23 a workshop\'s row for a department that did not serve it (「评价」 blank, or 「未服务」) — the seed: 「车间可以不填写」', () => {
  it.each([['workshop-not-served-blank.xlsx', 'E7', '「评价」留空(未服务)的行'], ['workshop-not-served-word.xlsx', 'E7', '「评价」写「未服务」(未服务)的行']])(
    '%s: skipped and said at %s; 5 workshops served, 2 不满意 → 较差, 1 ÷ 0.9 = 1.11 (refused; typing 满意 as advised gave 6 workshops, 1 ÷ 1.1 = 0.91)',
    async (file, cell, said) => {
      const out = await gradeFile(at(file), { output: null });
      if (!out.ok) throw new Error(out.failure.message);
      expect(out.report.groups!.filter((g) => g.grouping === 'dept').map((g) => [g.keyText, g.figures.served, g.figures.level, g.figures.deduction])).toEqual([['2026-03·设备科', 5, '较差', 1.11]]);
      expect(out.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const skipped = out.report.problems.find((p) => p.code === 'skipped-row')!;
      expect([skipped.cell, skipped.message.includes(said)]).toEqual([cell, true]);
    },
  );
});

describe('notServed in a definition', () => {
  it('a word that is one of the column\'s answers is refused where it is (every row answering it would be dropped)', async () => {
    const log = JSON.parse(readFileSync(path.join(repoRoot, 'templates/internal-satisfaction-workshop.json'), 'utf8'));
    const answer = log.records.columns.find((c: { id: string }) => c.id === 'answer');
    answer.notServed = ['未服务', '一般'];
    const r = await parseAnyDefinition(JSON.stringify(log), 'team.json');
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([`team.json:$.records.columns[${log.records.columns.indexOf(answer)}].notServed:「一般」是这一列的选项,不能同时表示未服务`]);
  });
});

describe('§22 a survey export keyed by 「问卷编号」 (Q001–Q003) instead of 评价人', () => {
  it('read as the evaluator (the file was refused: 缺少必填列「评价人」): 生产部 (880 + 740) / 2 = 810, 销售部 880 → 采购部 845 B, 84.5', async () => {
    const out = await gradeFile(at('dept-questionnaire-ids.csv'), { form: 'internal-satisfaction-dept', output: null });
    if (!out.ok) throw new Error(out.failure.message);
    const dept = out.report.groups!.find((g) => g.keyText === '2026-03·采购部')!;
    expect(dept.band).toBe('B 良好');
    expect(Object.values(dept.figures)).toEqual(expect.arrayContaining([845, 84.5]));
  });
});
