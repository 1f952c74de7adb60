// A number typed with its column's unit in a record log (「1分」 in 得分, 「3件」 in 柜身, 「95分」 in §23's 部门月度得分) is
// that number, as a person form's 「3次」 is. It had been an error that took the whole order out of its group's figures:
// 王师傅's 4 satisfied orders of 5 became 3 of 4 (75 % → 一般 instead of 80 % → 良好), at exit 1.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { loadAnyForm } from '../../src/forms/load.js';
import { buildRecordTemplate } from '../../src/io/records/template.js';
import type { RecordFormDef } from '../../src/model/records.js';
import type { GradeReport } from '../../src/io/outcome.js';
import { readWorkbook, tempDir } from '../helpers.js';

async function recordForm(id: string): Promise<RecordFormDef> {
  const loaded = await loadAnyForm(id);
  if (!loaded.ok || loaded.kind !== 'records') throw new Error(`${id} is no record form`);
  return loaded.form;
}

/** The form's template, its rows filled by heading (the lowest heading row names the column), graded. */
async function gradeRows(id: string, rows: Array<Record<string, string | number>>, keep = false): Promise<GradeReport> {
  const def = await recordForm(id);
  const wb = buildRecordTemplate(def, 'test');
  const ws = wb.worksheets[0]!;
  const head = def.records.columns.some((c) => c.group) ? 3 : 2;
  const colOf = new Map<string, number>();
  for (let r = 2; r <= head; r++) ws.getRow(r).eachCell((cell, col) => colOf.set(String(cell.value), col));
  rows.forEach((values, i) => {
    for (const [label, v] of Object.entries(values)) {
      const col = colOf.get(label);
      if (!col) throw new Error(`no column ${label}`);
      ws.getCell(head + 1 + i, col).value = v;
    }
  });
  const file = path.join(tempDir(), `${id}.xlsx`);
  await wb.xlsx.writeFile(file);
  const outcome = await gradeFile(file, { output: keep ? path.join(path.dirname(file), 'graded.xlsx') : null });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.report;
}

describe('numbers typed with their unit in a record log', () => {
  it('§5: 「1分」 in 得分 and 「3件」 in 柜身 are 1 and 3 — 王师傅 4 satisfied of 5 = 80 % → 良好', async () => {
    const order = (satisfied: boolean, extra: Record<string, string> = {}) => ({
      门店: '一店', 安装师傅: '王师傅', 验收单是否上交: '是', 是否一次安装成功: '是', 是否处理完毕: '是', 有没有清理卫生: '有', 服务态度: '5分', 验收单是否是您本人签字: satisfied ? '是' : '否', ...extra,
    });
    const report = await gradeRows('install-followup', [order(true, { 得分: '1分', 柜身: '3件' }), order(true), order(true), order(true), order(false, { 得分: '0分' })]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const wang = report.groups!.find((g) => g.grouping === 'master' && g.keyText === '王师傅')!;
    // 认可满意 = 处理完毕 ∧ 清理卫生 ∧ 态度 ≥ 4 ∧ 本人签字: orders 1–4; 4/5 = 80 % → 良好 (80 ≤ 80 < 90).
    expect(wang.figures).toMatchObject({ orders: 5, satisfiedCount: 4, satisfiedRate: 80 });
    expect(wang.band).toBe('良好');
  });

  it('§5: a unit the column does not take is still refused at its cell (「1次」 in 得分) — a warning, as 得分 is only compared', async () => {
    const report = await gradeRows('install-followup', [
      { 门店: '一店', 安装师傅: '王师傅', 验收单是否上交: '是', 是否一次安装成功: '是', 是否处理完毕: '是', 有没有清理卫生: '有', 服务态度: '5分', 验收单是否是您本人签字: '是', 得分: '1次' },
    ]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.problems.filter((p) => p.severity === 'warning').map((p) => `${p.cell} ${p.message}`)).toEqual([
      // 得分 is compared with kpi's 认可满意 (an override warning when they differ), so it is not said to take part in nothing.
      expect.stringMatching(/^AU4 .*「得分」.*「1次」.*「得分」只用来与按规则算出的认可满意对照,不参与统计,这一订单照常计入/),
    ]);
    // The order counts: 认可满意 (处理完毕 是, 卫生 有, 态度 5 ≥ 4, 签字 是) → 满意 1 of 1.
    const wang = report.groups!.find((g) => g.keyText === '王师傅')!;
    expect([wang.figures.orders, wang.figures.satisfiedCount]).toEqual([1, 1]);
  });

  it('§23: 「95分」 in 部门月度得分 is 95, and the month is graded with its deduction', async () => {
    // Four workshops served 采购部 in March; two answers 不满意 (u = 2) → 较差 → 1 ÷ 0.9 (1–5 workshops) = 1.11 (rounded
    // to 2 places, as the seed's 「实扣0.77分」) → 95 − 1.11 = 93.89.
    const row = (workshop: string, answer: string) => ({ 考核月份: '2026-03', 车间: workshop, 被服务部门: '采购部', 评价项目: '交期', 评价: answer, ...(answer === '满意' ? {} : { 原因: '晚到两天' }), 部门月度得分: '95分' });
    const report = await gradeRows('internal-satisfaction-workshop', [row('1车间', '不满意'), row('2车间', '不满意'), row('3车间', '满意'), row('4车间', '满意')], true);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const month = report.groups!.find((g) => g.keyText.includes('采购部') && g.figures['monthly'] !== undefined)!;
    expect(month.band).toBe('较差(36–40分)');
    expect(month.figures).toMatchObject({ monthly: 95, deduction: 1.11, after: 93.89 });
    // The group's sheet prints every line of its explanation (fifteen and more: a row of twelve cut the deduction's off)
    // and wraps its band 「较差(36–40分)」 rather than cutting it at the column's edge.
    const wb = await readWorkbook(report.output!);
    const ws = wb.getWorksheet('按职能部门')!;
    const heads = (ws.getRow(1).values as unknown[]).map(String);
    const explained = ws.getCell(2, heads.indexOf('计算说明')).value as string;
    expect(explained).toContain('实扣分');
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(explained.split('\n').length * 15);
    expect(ws.getCell(2, heads.indexOf('等级')).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });
});
