import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { readWorkbook, repoRoot, sheetRows, summaryTable, tempDir } from '../helpers.js';

// Workbooks written by other programs (scripts/make-external-fixtures.py with openpyxl, and samples
// re-saved by LibreOffice Calc), committed so the suite needs neither tool.
const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/external', name);

async function grade(name: string, form?: string): Promise<GradeReport> {
  const dir = tempDir();
  const input = path.join(dir, name);
  copyFileSync(fixture(name), input);
  const before = readFileSync(input);
  const outcome = await gradeFile(input, { form });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  expect(readFileSync(input).equals(before)).toBe(true);
  return outcome.report;
}

const totals = (r: GradeReport) => Object.fromEntries(r.people.map((p) => [p.name, p.total100]));

describe('workbooks written by other programs', () => {
  it('a roster typed from scratch in openpyxl: retyped headings, full-width digits, units, a formula without cached result', async () => {
    const r = await grade('openpyxl-roster.xlsx', 'mattress-cs-monthly');
    expect(totals(r)).toEqual({
      王芳: 79, // §8 worked example
      // 钱多: 48/６０ = 80% × 20 = 16; 20 − (2+3) = 15; 15 − 2×1 = 13; 基础分 10 → 10; 10; 15; 10 ⇒ 89
      钱多: 89,
      孙丽: null,
    });
    expect(r.people.find((p) => p.name === '钱多')!.band).toBe('良好');
    const formula = r.problems.find((p) => p.code === 'formula-without-result')!;
    expect([formula.sheet, formula.cell, formula.person]).toEqual(['3月考核', 'E6', '孙丽']);
  });

  it("kpi's form template filled and saved by openpyxl (comments moved by openpyxl) needs no --form", async () => {
    const r = await grade('openpyxl-filled-template.xlsx');
    expect(r.form).toBe('after-sales-monthly');
    // 周杰: §1 worked example 79.5625 → 一般
    // 吴婷: A1 80% → 10, A2 20, A3 10, A4 2 unmet → 10 ⇒ 50/80 = 62.5; B1 二级 20, B2 5 → 5级 50 ⇒ 70
    //       62.5 × 0.85 + 70 × 0.15 = 53.125 + 10.5 = 63.625 → 一般
    expect(totals(r)).toEqual({ 周杰: 79.5625, 吴婷: 63.625 });
    expect(r.people.map((p) => p.band)).toEqual(['一般', '一般']);
    expect(r.people[0]!.id).toBe('2001');
    const out = await readWorkbook(r.output!);
    expect(summaryTable(out)[1]!.slice(1, 7)).toEqual(['2001', '周杰', '售后部', 81.25, 70, 79.5625]);
  });

  it('a form-layout sample re-saved by LibreOffice Calc', async () => {
    const r = await grade('lo-mattress-form.xlsx');
    expect(totals(r)).toEqual({ 王芳: 79, 李强: 100, 张敏: 85, 刘洋: 59, 陈静: 92, 赵磊: null, 孙丽: 87.5 });
    expect(r.bands).toEqual({ 优秀: 2, 良好: 2, 一般: 1, 待改进: 1 });
  });

  it('a multi-rater roster re-saved by LibreOffice Calc', async () => {
    const r = await grade('lo-competency-roster.xlsx');
    const t = totals(r);
    expect(t['林娜']).toBeCloseTo(99, 9); // 0.7×100 + 0.1×90 + 0.2×100
    expect(t['罗敏']).toBeCloseTo(63, 9); // 0.7×60 + 0.1×(60+40)/2 + 0.2×80 = 42 + 5 + 16
    expect(t['宋佳']).toBeCloseTo(46, 9); // 0.7×40 + 0.1×60 + 0.2×60 = 28 + 6 + 12
    expect(t['邓超']).toBeNull();
  });
});
