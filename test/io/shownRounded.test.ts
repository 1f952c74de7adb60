// A number its format rounds on screen: 0.895 through 0% shows 「90%」. It is scored as stored (Excel's own formulas
// compute with 0.895), but where the number shown would cross a tier (90 % reaches 20 points, 89.5 % gets 10) the sheet
// and the score disagree to the eye — the same workbook saved as CSV (「90%」) scored 20, a band apart. Said at the cell.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roundedByFormat, shownByFormat } from '../../src/io/grid.js';
import { fillRoster } from '../../src/io/fillTemplate.js';
import { gradeFile } from '../../src/io/grade.js';
import { buildTemplate } from '../../src/io/template/index.js';
import { form, tempDir } from '../helpers.js';

describe('the number a format shows', () => {
  it('is the stored number rounded half away from zero to the format\'s places, percent or not; undefined when the same', () => {
    expect(roundedByFormat('0%', 0.895)).toBe(0.9);
    expect(roundedByFormat('0.0%', 0.8995)).toBe(0.9);
    expect(roundedByFormat('0.0%', 0.8994)).toBe(0.899);
    expect(roundedByFormat('0', 29.6)).toBe(30);
    expect(roundedByFormat('0', -2.5)).toBe(-3);
    expect(roundedByFormat('#,##0.00', 1234.567)).toBe(1234.57);
    expect(roundedByFormat('0"分"', 9.6)).toBe(10);
    // A % typed into the format as text (the value is the percent itself), padding, a space before the %, a colour.
    expect([roundedByFormat('0"%"', 89.5), roundedByFormat('0\\%', 89.5), roundedByFormat('0.0"％"', 89.95)]).toEqual([90, 90, 90]);
    expect([roundedByFormat('0%_)', 0.895), roundedByFormat('0.0 %', 0.8995), roundedByFormat('[Red]0%', 0.895)]).toEqual([0.9, 0.9, 0.9]);
    // LibreOffice saves 0.0 % as 0.0\ %: the same. The text is the cell's, as the warning quotes it.
    expect(shownByFormat('0.0\\ %', 0.89951)).toEqual({ value: 0.9, text: '90.0 %' });
    expect([shownByFormat('0%', 0.895)?.text, shownByFormat('0.0"％"', 89.96)?.text, shownByFormat('0\\%', 89.5)?.text, shownByFormat('#,##0', 1234.5)?.text]).toEqual(['90%', '90.0％', '90%', '1235']);
    // Shown as stored, float noise included (0.29 × 100 = 28.999999999999996 shows 29 %), or no plain number format.
    expect([roundedByFormat('0', 29), roundedByFormat('0%', 0.29), roundedByFormat('0.00', 2026.1), roundedByFormat('General', 29.6), roundedByFormat('yyyy-mm', 46086.5)]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('a rate its format rounds across a tier', () => {
  it('after-sales-monthly 达成率 0.895 through 0%: scored 89.5 % → 10 (as stored), said at the cell with 20 for the 「90%」 shown', async () => {
    const f = await form('after-sales-monthly');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    // 自评 does not count: its own 0.895 says nothing that reaches the total.
    const values = (rate: number) => ({ 'A1.rate@self': 0.895, 'A1.rate@supervisor': rate, 'A2.level@supervisor': '完成目标值要求', 'A3.level@supervisor': '完成目标值要求', 'A4.unmet@supervisor': 0, 'B1.level@supervisor': '5级', 'B2.level@supervisor': '5级' });
    // 王芳 0.895 (shows 90 %, tier 80–90: 10), 李强 0.85 (shows 85 %: nothing to say), 赵敏 0.905 (shows 91 %: 20 either way).
    // 周杰 0.899999999 (shows 90 %; stored said as 89.9999999 %, not a second 「90%」 beside the first).
    fillRoster(ws, f, [{ header: { name: '王芳' }, values: values(0.895) }, { header: { name: '李强' }, values: values(0.85) }, { header: { name: '赵敏' }, values: values(0.905) }, { header: { name: '周杰' }, values: values(0.899999999) }]);
    const rateCols: number[] = [];
    ws.getRow(1).eachCell((c, col) => {
      if (String(c.value).includes('客户信息管理')) rateCols.push(col);
    });
    expect(rateCols).toHaveLength(2);
    for (const col of rateCols) for (const r of [2, 3, 4, 5]) ws.getCell(r, col).numFmt = '0%';
    const file = path.join(tempDir(), 'march.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 王芳: 业绩 (10 + 20 + 20 + 20)/80 × 100 = 87.5 × 0.85 = 74.375, 行为 100 × 0.15 = 15 → 89.375 (as stored, 良好).
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['王芳', 89.375], ['李强', 89.375], ['赵敏', 100], ['周杰', 89.375]]);
    const said = outcome.report.problems.filter((p) => p.code === 'shown-rounded');
    expect(said.map((p) => [p.person, p.severity, p.message.replace(/^[^:]*:/, '')])).toEqual([
      ['王芳', 'warning', '「客户信息管理·上级」单元格显示「90%」,存的是 89.5%:按存的值计,得 10 分;按显示的值会得 20 分。请把单元格改成要计的数'],
      ['周杰', 'warning', '「客户信息管理·上级」单元格显示「90%」,存的是 89.9999999%:按存的值计,得 10 分;按显示的值会得 20 分。请把单元格改成要计的数'],
    ]);
  });

  it('a score on a curve (目标 ÷ 实际 seconds: 30.04 shown 「30」, 9.9867 against 10) moves by a sliver, not a tier: not said', async () => {
    const f = await form('sales-cs-kpi');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const byLabel = (label: string) => {
      let found = 0;
      ws.getRow(1).eachCell((c, col) => {
        if (String(c.value).includes(label)) found = col;
      });
      return found;
    };
    const ids = Object.fromEntries(f.parts.flatMap((p) => p.items).flatMap((i) => i.inputs.map((input) => [`${i.id}.${input.id}`, input])));
    const values: Record<string, number> = {};
    for (const [key, input] of Object.entries(ids)) values[key] = input.type === 'percent' ? 0.1 : input.label.includes('秒') ? 30 : input.label.includes('数') ? 100 : 90;
    fillRoster(ws, f, [{ header: { name: '张三' }, values }]);
    const seconds = byLabel('平均响应秒数');
    expect(seconds).toBeGreaterThan(0);
    ws.getCell(2, seconds).value = 30.04;
    ws.getCell(2, seconds).numFmt = '0';
    const file = path.join(tempDir(), 'kpi.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const response = outcome.report.people[0]!.items.find((i) => i.label === '响应时间')!;
    // 目标 30 ÷ 实际 30.04 × 10 = 9.9867: scored as stored, nothing said (a formula's 30.04 in a 「0」 cell is common).
    expect(response.score).toBeCloseTo(300 / 30.04, 9);
    expect(outcome.report.problems.filter((p) => p.code === 'shown-rounded')).toEqual([]);
  });

  it('a typed score rounded on screen (27.4 through 0 shows 27) moves by the rounding only, as the team\'s own sums do: not said', async () => {
    const f = await form('cs-scheme-100');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const ids = f.parts.flatMap((p) => p.items).map((i) => i.id);
    fillRoster(ws, f, [{ header: { name: '何颖' }, values: Object.fromEntries(ids.map((id, k) => [id, k === 1 ? 27.4 : 5])) }]);
    ws.eachRow((row, r) => row.eachCell((c) => {
      if (r > 1 && c.value === 27.4) c.numFmt = '0';
    }));
    const file = path.join(tempDir(), 'scheme.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people[0]!.items[1]!.score).toBe(27.4);
    expect(outcome.report.problems.filter((p) => p.code === 'shown-rounded')).toEqual([]);
  });
});
