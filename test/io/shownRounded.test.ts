// A number its format rounds on screen: 0.895 through 0% shows 「90%」. It is scored as stored (Excel's own formulas
// compute with 0.895), but where the number shown would cross a tier (90 % reaches 20 points, 89.5 % gets 10) the sheet
// and the score disagree to the eye — the same workbook saved as CSV (「90%」) scored 20, a band apart. Said at the cell.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roundedByFormat } from '../../src/io/grid.js';
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
    // Shown as stored, float noise included (0.29 × 100 = 28.999999999999996 shows 29 %), or no plain number format.
    expect([roundedByFormat('0', 29), roundedByFormat('0%', 0.29), roundedByFormat('0.00', 2026.1), roundedByFormat('General', 29.6), roundedByFormat('yyyy-mm', 46086.5)]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('a rate its format rounds across a tier', () => {
  it('after-sales-monthly 达成率 0.895 through 0%: scored 89.5 % → 10 (as stored), said at the cell with 20 for the 「90%」 shown', async () => {
    const f = await form('after-sales-monthly');
    const wb = await buildTemplate(f, { layout: 'roster', generator: 'test' });
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    const values = (rate: number) => ({ 'A1.rate@supervisor': rate, 'A2.level@supervisor': '完成目标值要求', 'A3.level@supervisor': '完成目标值要求', 'A4.unmet@supervisor': 0, 'B1.level@supervisor': '5级', 'B2.level@supervisor': '5级' });
    // 王芳 0.895 (shows 90 %, tier 80–90: 10), 李强 0.85 (shows 85 %: nothing to say), 赵敏 0.905 (shows 91 %: 20 either way).
    fillRoster(ws, f, [{ header: { name: '王芳' }, values: values(0.895) }, { header: { name: '李强' }, values: values(0.85) }, { header: { name: '赵敏' }, values: values(0.905) }]);
    let rateCol = 0;
    ws.getRow(1).eachCell((c, col) => {
      if (String(c.value).includes('客户信息管理')) rateCol = col;
    });
    for (const r of [2, 3, 4]) ws.getCell(r, rateCol).numFmt = '0%';
    const file = path.join(tempDir(), 'march.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 王芳: 业绩 (10 + 20 + 20 + 20)/80 × 100 = 87.5 × 0.85 = 74.375, 行为 100 × 0.15 = 15 → 89.375 (as stored, 良好).
    expect(outcome.report.people.map((p) => [p.name, p.total])).toEqual([['王芳', 89.375], ['李强', 89.375], ['赵敏', 100]]);
    const said = outcome.report.problems.filter((p) => p.code === 'shown-rounded');
    expect(said.map((p) => [p.person, p.severity, p.message.replace(/^[^:]*:/, '')])).toEqual([
      ['王芳', 'warning', '「客户信息管理·上级」单元格显示「90%」,存的是 89.5%:按存的值计,得 10 分;按显示的值会得 20 分。请把单元格改成要计的数'],
    ]);
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
