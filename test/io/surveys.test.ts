import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { readWorkbook, repoRoot, sheetRows, shown, tempDir } from '../helpers.js';

// Two months of each survey, written by openpyxl (scripts/make-record-fixtures.py).
function copy(names: string[]): string[] {
  const dir = tempDir();
  return names.map((n) => {
    const to = path.join(dir, n);
    copyFileSync(path.join(repoRoot, 'test/fixtures/records', n), to);
    return to;
  });
}

async function grade(file: string, options: Parameters<typeof gradeFile>[1] = {}): Promise<GradeReport> {
  const outcome = await gradeFile(file, options);
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

const month = (r: GradeReport) => r.groups!.find((g) => g.grouping === 'month')!;

describe('§3 satisfaction-monthly: the month is one group', () => {
  it('means per dimension, overall, index × 10 → 甲乙丙丁, distributions, suggestions, change against February', async () => {
    const [feb, mar] = copy(['openpyxl-satisfaction-2026-02.xlsx', 'openpyxl-satisfaction-2026-03.xlsx']);
    // February: 产品质量 (8+9+7+10)/4 = 8.5, 服务 (7+9+8+9)/4 = 8.25, 交付准确性 (9+8+8+9)/4 = 8.5, 售后支持 (6+7+8+8)/4 = 7.25;
    // overall 32.5/4 = 8.125, index 81.25 → 乙.
    const f = month(await grade(feb!, { output: null }));
    expect(f.figures).toMatchObject({ responses: 4, quality: 8.5, service: 8.25, accuracy: 8.5, support: 7.25, overall: 8.125, index: 81.25 });
    expect(f.band).toBe('乙');
    // March, 5 customers counted (癸公司's 服务 11 is an error at C8): 产品质量 43/5 = 8.6, 服务 44/5 = 8.8, 交付 45/5 = 9,
    // 售后 39/5 = 7.8; overall (8.6 + 8.8 + 9 + 7.8)/4 = 8.55; index 85.5 → 乙.
    const r = await grade(mar!, { previous: feb! });
    const m = month(r);
    expect(m.figures.responses).toBe(5);
    expect(m.figures.quality).toBeCloseTo(8.6, 12);
    expect(m.figures.service).toBeCloseTo(8.8, 12);
    expect(m.figures.accuracy).toBeCloseTo(9, 12);
    expect(m.figures.support).toBeCloseTo(7.8, 12);
    expect(m.figures.overall).toBeCloseTo(8.55, 12);
    expect(m.figures.index).toBeCloseTo(85.5, 12);
    expect(m.band).toBe('乙');
    expect(m.explanation.index).toBe('总体平均(8.55) × 10 = 85.5');
    // 产品质量 9, 10, 8, 9, 7: one 7, one 8, two 9, one 10.
    expect(m.figures.qualitySpread).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 1, 8: 1, 9: 2, 10: 1 });
    // Only texts that say something; 庚公司's spaces are not a suggestion.
    expect(m.figures.advice).toEqual([
      { text: '安装师傅很专业', at: { sheet: '3月', cell: 'F3' } },
      { text: '售后电话难打通', at: { sheet: '3月', cell: 'F7' } },
    ]);
    // Change = March − February: +0.1, +0.55, +0.5, +0.55, overall +0.425, index +4.25.
    const change = m.change!;
    // Exactly, without binary noise (8.6 − 8.5 is 0.09999999999999964 in floating point).
    expect([change.quality, change.service, change.accuracy, change.support, change.overall, change.index]).toEqual([0.1, 0.55, 0.5, 0.55, 0.425, 4.25]);
    expect(change.quality).toBeCloseTo(0.1, 12);
    expect(change.service).toBeCloseTo(0.55, 12);
    expect(change.accuracy).toBeCloseTo(0.5, 12);
    expect(change.support).toBeCloseTo(0.55, 12);
    expect(change.overall).toBeCloseTo(0.425, 12);
    expect(change.index).toBeCloseTo(4.25, 12);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.message])).toEqual([['C8', '3月!C8:第 8 行(客户 癸**)「服务」应为1到10之间的整数,实际为「11」']]);
    // 汇总 lists the figures with last month and the change, the distributions, the suggestions.
    const summary = sheetRows(await readWorkbook(r.output!), '汇总').map((row) => row.map(shown));
    const line = (label: string) => summary.find((row) => row[0] === label)!;
    expect(line('满意度指数').slice(0, 4)).toEqual(['满意度指数', 85.5, 81.25, '+4.25']);
    expect(summary.flat()).toContain('售后电话难打通');
  });
});

describe('§21 satisfaction-standard: 优秀/良好/一般 = 100/80/60', () => {
  it('per-customer mean, the month’s mean, level counts per indicator, change against a graded February', async () => {
    const [feb, mar] = copy(['openpyxl-standard-2026-02.xlsx', 'openpyxl-standard-2026-03.xlsx']);
    // February: A (100+80+100+60+80)/5 = 84, B 80, C (100+100+80+80+100)/5 = 92 → (84+80+92)/3 = 85.333… → 良好
    // (§21 names no bands: the default ones, 优秀 ≥ 90 / 良好 ≥ 80 / 一般 ≥ 60).
    const f = await grade(feb!);
    expect(month(f).figures.score).toBeCloseTo(256 / 3, 12);
    expect(month(f).band).toBe('良好');
    // --previous takes the graded February file too (kpi's additions are stripped when it is read).
    const r = await grade(mar!, { previous: f.output! });
    const m = month(r);
    // March in the kpi template: D 100; E (80+60+80+60+80)/5 = 72; F (100+80+100+80+100)/5 = 92; G (80+100+80+80+60)/5 = 80
    // (「 良好」 with a space and 「优」 for 优秀 are read); H's 「很好」 is an error at C7. (100+72+92+80)/4 = 86 → 良好.
    expect(m.figures.responses).toBe(4);
    expect(m.figures.score).toBe(86);
    expect(m.band).toBe('良好');
    // 产品质量 (100+80+100+80)/4 = 90: 优秀 2, 良好 2, 一般 0; 价格合理性 (100+60+80+80)/4 = 80.
    expect(m.figures).toMatchObject({ quality: 90, attitude: 85, afterSales: 90, price: 80, onTime: 85 });
    expect(m.figures.qualitySpread).toEqual({ 优秀: 2, 良好: 2, 一般: 0 });
    expect(m.figures.attitudeSpread).toEqual({ 优秀: 2, 良好: 1, 一般: 1 });
    // Change: 86 − 85.333 = +0.667; 产品质量 90 − 93.333 = −3.333.
    expect(m.change!.score).toBeCloseTo(86 - 256 / 3, 12);
    expect(m.change!.quality).toBeCloseTo(90 - 280 / 3, 12);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.sheet, p.cell, p.code])).toEqual([['满意度评分', 'C7', 'unknown-choice']]);
    // Each customer's 得分 beside the row: D 100, E 72.
    const rows = sheetRows(await readWorkbook(r.output!), '满意度评分');
    expect(rows[1]!.slice(7, 9)).toEqual(['得分(kpi)', '状态']);
    expect(rows[2]![7]).toBe(100);
    expect(rows[3]![7]).toBe(72);
  });

  it('this month\'s file given as --previous too (or a copy of it): ignored with a warning, not every change ±0 without a word', async () => {
    const [mar] = copy(['openpyxl-satisfaction-2026-03.xlsx']);
    const twin = path.join(path.dirname(mar!), '副本.xlsx');
    copyFileSync(mar!, twin);
    // Its graded copy too (kpi's additions stripped, the same figures).
    const graded = path.join(path.dirname(mar!), '3月.graded.xlsx');
    const g = await gradeFile(mar!, { output: graded });
    if (!g.ok) throw new Error(g.failure.message);
    for (const previous of [mar!, twin, graded]) {
      const r = await grade(mar!, { previous, output: null });
      expect(r.problems.filter((p) => p.code === 'previous-ignored').map((p) => p.message), previous).toEqual([
        `--previous 给的 ${path.basename(previous)} 就是本月的数字(同一个文件,或它的评分结果、另存的副本?),与上月的变化都会是 0,已忽略;请给出上个月的文件`,
      ]);
      expect(month(r).change).toBeUndefined();
      expect(r.previous).toBeUndefined();
    }
  });

  it('a previous file that is not this survey is refused with the reason', async () => {
    const [mar, other] = copy(['openpyxl-standard-2026-03.xlsx', 'openpyxl-satisfaction-2026-02.xlsx']);
    const outcome = await gradeFile(mar!, { previous: other!, output: null });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.message).toMatch(/^上月文件 openpyxl-satisfaction-2026-02\.xlsx:2月 第 2 行的表头缺少必填列 「服务态度」、「售后服务」/);
  });
});
