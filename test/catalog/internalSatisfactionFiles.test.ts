// §22 and §23 through real files: answer logs typed by openpyxl (retyped headings, a title row, extra columns; a
// GB18030 CSV), the samples made from `kpi template`, and a template filled here. Fixtures:
// scripts/make-internal-fixtures.py → test/fixtures/internal/; samples: scripts/record-samples/.
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import type { GradeReport } from '../../src/io/outcome.js';
import type { GroupResult } from '../../src/engine/groups/result.js';
import { scoreJson } from '../../src/cli/json.js';
import { renderScore } from '../../src/cli/renderScore.js';
import type { Output } from '../../src/cli/output.js';
import { loadAnyForm } from '../../src/forms/load.js';
import { buildRecordTemplate } from '../../src/io/records/template.js';
import { readWorkbook, repoRoot, sheetRows, tempDir } from '../helpers.js';

const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/internal', name);

async function grade(file: string, options: Parameters<typeof gradeFile>[1] = {}): Promise<GradeReport> {
  const input = path.join(tempDir(), path.basename(file));
  copyFileSync(file, input);
  const before = readFileSync(input);
  const outcome = await gradeFile(input, options);
  if (!outcome.ok) throw new Error(outcome.failure.message);
  expect(readFileSync(input).equals(before)).toBe(true);
  return outcome.report;
}

const group = (r: GradeReport, grouping: string, key: string): GroupResult => {
  const g = r.groups!.find((x) => x.grouping === grouping && x.keyText === key);
  if (!g) throw new Error(`no ${grouping} ${key} in ${r.groups!.map((x) => `${x.grouping}:${x.keyText}`).join(', ')}`);
  return g;
};

function capture(): { o: Output; out: string[] } {
  const out: string[] = [];
  const id = (s: string) => s;
  const o = { out: (s: string) => out.push(s), err: (s: string) => out.push(s), color: { level: 0, bold: id, gray: id, red: id, cyan: id, yellow: id } } as unknown as Output;
  return { o, out };
}

describe('a figure the team typed beside the log (§22 加权分, not a column of the log)', () => {
  it('differing from kpi\'s is a warning at its cell, and kpi\'s counts: 999 typed, 1000 × 0.3 = 300 computed', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('问卷答案');
    ws.addRow(['考核周期(月)', '评价部门', '评价人', '被评价部门', '指标', '等级', '理由', '加权分']);
    // 采购部: 及时性 0.4, 准确性 0.3, 服务态度 0.3. A → 1000: 400, 300, 300 — the team typed 999 for 准确性.
    ws.addRow(['2026-03', '生产部', '张三', '采购部', '及时性', 'A', null, 400]);
    ws.addRow(['2026-03', '生产部', '张三', '采购部', '准确性', 'A', null, 999]);
    ws.addRow(['2026-03', '生产部', '张三', '采购部', '服务态度', 'A', null, '300分']);
    const file = path.join(tempDir(), 'typed.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await grade(file, { output: null, form: 'internal-satisfaction-dept' });
    expect(r.problems.map((p) => [p.severity, p.code, p.cell, p.message])).toEqual([
      ['warning', 'override', 'H3', '问卷答案!H3:第 3 行(评价部门 生产部,评价人 张三,被评价部门 采购部,指标 准确性):手填「加权分」为 999,按规则应为 300(加权分);统计按 300'],
    ]);
    // 400 + 300 + 300 = 1000 → A (the 999 never counted).
    expect(group(r, 'dept', '2026-03·采购部').figures.initial).toBe(1000);
  });
});

describe('§22 internal-satisfaction-dept through files', () => {
  it('an openpyxl log with retyped headings: 845 → B → 84.5 and 680 → C → 68; D without 理由 and an unknown 指标 at their cells', async () => {
    const r = await grade(fixture('dept.xlsx'));
    expect(r.form).toBe('internal-satisfaction-dept');
    expect(r.records).toEqual({ label: '答案', total: 17, ok: 15, error: 2 });
    // 生产部 (880 + 740) / 2 = 810, 销售部 880 → 采购部 (810 + 880) / 2 = 845 → B 良好 (≥ 700); 845 × 10 % = 84.5
    expect(group(r, 'pair', '2026-03·生产部·采购部').figures.score).toBeCloseTo(810, 9);
    const buying = group(r, 'dept', '2026-03·采购部');
    // Exactly, not only to the cent.
    expect(buying.figures.initial).toBe(845);
    expect(buying.figures.shown).toBe(84.5);
    expect(buying.band).toBe('B 良好');
    // 采购部 → 人力资源部 240 + 400 + 180 = 820; 财务部 (戊) 180 + 240 + 120 = 540 (its D has a 理由) → (820 + 540) / 2 = 680
    // → C 称职; × 10 % = 68
    const hr = group(r, 'dept', '2026-03·人力资源部');
    expect(hr.figures.initial).toBeCloseTo(680, 9);
    expect(hr.figures.shown).toBeCloseTo(68, 9);
    expect(hr.band).toBe('C 称职');
    const reason = r.problems.find((p) => p.code === 'reason-required')!;
    expect(reason).toMatchObject({ severity: 'error', sheet: '问卷答案', cell: 'H18' });
    const unknown = r.problems.find((p) => p.code === 'item-not-found')!;
    expect(unknown).toMatchObject({ severity: 'error', sheet: '问卷答案', cell: 'F19' });
    expect(unknown.message).toContain('没有 指标「响应速度」、被评价部门「行政部」 这一组合(被评价部门「行政部」 可填的指标:及时性、服务质量、服务态度)');
    // 己's questionnaire on 行政部 has both errors (E without 理由, the unknown 指标): it is not computed from what is left,
    // and 行政部 gets no score and no grade until it is corrected.
    expect(group(r, 'questionnaire', '2026-03·财务部·己·行政部')).toMatchObject({ status: 'error', errorRows: 2, rows: 0, band: null });
    expect(group(r, 'dept', '2026-03·行政部')).toMatchObject({ status: 'error', band: null, figures: {} });
  });

  it('graded workbook: the log kept with 加权分 beside it, a sheet per visible grouping, 汇总 and 问题; --json groups; the console table', async () => {
    const r = await grade(fixture('dept.xlsx'));
    const wb = await readWorkbook(r.output!);
    const names = wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['汇总', '问卷答案', '按评价部门评分', '按被评价部门', '问题']));
    expect(names).not.toContain('按问卷');
    const log = sheetRows(wb, '问卷答案');
    expect(log[1]!.slice(0, 9)).toEqual(['序号', '考核周期', '考核部门', '问卷填写人', '被考核部门', '考核指标', '等级', '理由和事实依据', '备注']);
    // Row 3: 生产部 甲 及时性 A → 1000 × 0.4 = 400 beside it.
    expect(log[2]!).toContain(400);
    const depts = sheetRows(wb, '按被评价部门');
    const head = depts[0]!;
    const buying = depts.find((row) => row.includes('采购部'))!;
    expect(buying[head.indexOf('初始得分')]).toBeCloseTo(845, 9);
    expect(buying[head.indexOf('绩效体现分值')]).toBeCloseTo(84.5, 9);
    expect(buying[head.indexOf('等级')]).toBe('B 良好');
    expect(sheetRows(wb, '问题').some((row) => row.includes('reason-required') && row.includes('H18'))).toBe(true);
    const json = scoreJson(r) as unknown as { groups: Array<{ grouping: string; keyText: string; figures: Record<string, unknown>; band: string | null }> };
    expect(json.groups.find((g) => g.grouping === 'dept' && g.keyText === '2026-03·采购部')).toMatchObject({ band: 'B 良好', figures: { initial: expect.closeTo(845, 9), shown: expect.closeTo(84.5, 9) } });
    const { o, out } = capture();
    renderScore(o, r);
    const text = out.join('\n');
    expect(text).toContain('按被评价部门');
    expect(text).toMatch(/845\.00\s*│\s*10\.00%\s*│\s*84\.50\s*│\s*B 良好/);
  });

  it('kpi template → answers typed in → the worked example', async () => {
    const loaded = await loadAnyForm('internal-satisfaction-dept');
    if (!loaded.ok || loaded.kind !== 'records') throw new Error('not a record form');
    const wb = buildRecordTemplate(loaded.form, 'test', 20);
    const ws = wb.getWorksheet('问卷答案')!;
    const rowsTyped = [
      ['2026-03', '生产部', '甲', '采购部', '及时性', 'A'], ['2026-03', '生产部', '甲', '采购部', '准确性', 'B'], ['2026-03', '生产部', '甲', '采购部', '服务态度', 'B'],
      ['2026-03', '生产部', '乙', '采购部', '及时性', 'B'], ['2026-03', '生产部', '乙', '采购部', '准确性', 'C'], ['2026-03', '生产部', '乙', '采购部', '服务态度', 'B'],
      ['2026-03', '销售部', '丙', '采购部', '及时性', 'A'], ['2026-03', '销售部', '丙', '采购部', '准确性', 'A'], ['2026-03', '销售部', '丙', '采购部', '服务态度', 'C'],
    ];
    rowsTyped.forEach((values, k) => values.forEach((v, i) => (ws.getCell(3 + k, i + 1).value = v)));
    const input = path.join(tempDir(), 'dept.xlsx');
    await wb.xlsx.writeFile(input);
    const outcome = await gradeFile(input, { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const buying = group(outcome.report, 'dept', '2026-03·采购部');
    expect([buying.figures.initial, buying.figures.shown, buying.band]).toEqual([expect.closeTo(845, 9), expect.closeTo(84.5, 9), 'B 良好']);
    expect(outcome.report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('the sample: 845/84.5 B, 680/68 C, 800/80 B, one unknown 指标', async () => {
    const r = await grade(path.join(repoRoot, 'samples/internal-satisfaction-dept.march.xlsx'), { output: null });
    const got = r.groups!.filter((g) => g.grouping === 'dept').map((g) =>
      g.status === 'error' ? [g.key.to, '未定级', g.errorRows] : [g.key.to, Number((g.figures.initial as number).toFixed(4)), Number((g.figures.shown as number).toFixed(4)), g.band],
    );
    // 财务部's only questionnaire (行政部 孙经理) has an 指标 財务部 does not have: without it the questionnaire would be
    // re-weighted (800 from the rest), so 财务部 waits for the correction.
    expect(got).toEqual([['采购部', 845, 84.5, 'B 良好'], ['人力资源部', 680, 68, 'C 称职'], ['财务部', '未定级', 1]]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['item-not-found']);
  });
});

describe('§23 internal-satisfaction-workshop through files', () => {
  // 仓储部 4 workshops u = 2 → 较差 → 1 ÷ 0.9 = 1.11, monthly 92 → 90.89; 设备部 13 workshops w = 1 → 较差 → 1 ÷ 1.3 = 0.77,
  // monthly 88.5 → 87.73; 质检部 2 workshops u = 3, w = 1 → 差 → 2 ÷ 0.9 = 2.22; 采购配套部 7 workshops g = 2 → 较好 →
  // 0.5 ÷ 1.1 = 0.45; 财务部: its 「差评」 answer is an error, and counted without it (3 workshops, 优秀, 0) the department
  // could escape a deduction 「差评」 may stand for, so it gets no grade and no deduction until it is corrected.
  const expected = [
    ['仓储部', 4, '较差', 1.11, 92, 90.89, '较差(36–40分)'],
    ['设备部', 13, '较差', 0.77, 88.5, 87.73, '较差(36–40分)'],
    ['质检部', 2, '差', 2.22, null, null, '差(31–35分)'],
    ['采购配套部', 7, '较好', 0.45, null, null, '较好(40–45分)'],
    ['财务部', '未定级'],
  ];
  const lines = (r: GradeReport) =>
    r.groups!.filter((g) => g.grouping === 'dept').map((g) => g.status === 'error' ? [g.key.dept, '未定级'] : [g.key.dept, g.figures.served, g.figures.level, g.figures.deduction, g.figures.monthly, g.figures.after === null ? null : Number((g.figures.after as number).toFixed(4)), g.band]);

  it('an openpyxl log: 1.11 and 0.77 exactly, taken off the monthly scores given; a wrong answer at its cell', async () => {
    const r = await grade(fixture('workshop.xlsx'));
    expect(r.form).toBe('internal-satisfaction-workshop');
    expect(lines(r)).toEqual(expected);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([['unknown-choice', 'E33']]);
    const wb = await readWorkbook(r.output!);
    const depts = sheetRows(wb, '按职能部门');
    const head = depts[0]!;
    const warehouse = depts.find((row) => row.includes('仓储部'))!;
    expect(warehouse[head.indexOf('实扣分')]).toBe(1.11);
    expect(warehouse[head.indexOf('扣分后得分')]).toBeCloseTo(90.89, 9);
    expect(depts.find((row) => row.includes('设备部'))![head.indexOf('实扣分')]).toBe(0.77);
  });

  it('the same answers as a GB18030 CSV', async () => {
    const r = await grade(fixture('workshop-gb18030.csv'), { output: null, form: 'internal-satisfaction-workshop' });
    expect(r.encoding).toBe('gb18030');
    expect(lines(r)).toEqual(expected);
  });

  it('the sample: 1.11 off 92 → 90.89, 0.77, 差 2.22, 优秀 0, one wrong answer', async () => {
    const r = await grade(path.join(repoRoot, 'samples/internal-satisfaction-workshop.march.xlsx'), { output: null });
    expect(lines(r)).toEqual([
      ['仓储部', 4, '较差', 1.11, 92, 90.89, '较差(36–40分)'],
      ['设备部', 13, '较差', 0.77, null, null, '较差(36–40分)'],
      ['质检部', 2, '差', 2.22, null, null, '差(31–35分)'],
      ['财务部', '未定级'],
    ]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['unknown-choice']);
  });
});
