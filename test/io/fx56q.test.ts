import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { scorePerson } from '../../src/engine/scoreForm.js';
import { gridFromWorksheet } from '../../src/io/grid.js';
import { findFormTable, readFormSheet } from '../../src/io/readFormSheet.js';
import { form } from '../helpers.js';
import { expectRefused, expectScored, filledForms, person, score, type Cell } from '../forms/roundtrip.js';

// kpi's own sheet of a form whose items are all scores typed in (「直接填写得分」), the scores typed in 得分 with every
// 填写 cell blank: each was refused as 「填在了「得分」列…应填在「填写」列」 and again as 「为必填项…实际为空」 — §13 and §26
// everyone unscored at exit 1. Those figures are the inputs: read, one warning for the sheet.

const SCHEME = ['业绩考核', '质量考核', '业务考核', '通话利用率', '报表提交及时性', '出勤情况', '问题反馈及工作配合度', '遵守规章制度及上级综合评分'];
// §13 张三: 19 + 29 + 10 + 10 + 5 + 5 + 9 + 9 = 96 > 95 → 优秀 (K 1.1).
const ZHANG = [19, 29, 10, 10, 5, 5, 9, 9];
const inColumn = (labels: string[], values: Cell[], column: string): Array<[string, null, string, Cell]> => labels.map((l, k) => [l, null, column, values[k] ?? null]);
const warnings = (p: { problems: Array<{ severity: string; code: string; message: string }> }) => p.problems.filter((x) => x.severity !== 'info');

describe('scores typed in 得分 on every item, 填写 blank (cs-scheme-100, cs-work-review)', () => {
  it('cs-scheme-100: read as the inputs, one warning; the same in 填写 says nothing; some items only, or 填写 too, still refused', async () => {
    const file = await filledForms('cs-scheme-100', [
      { name: '张三', entries: inColumn(SCHEME, ZHANG, '得分') },
      // The nearest sound sheet: the same figures in 填写 — 96 优秀, nothing said.
      { name: '王五', entries: inColumn(SCHEME, ZHANG, '填写') },
      // 遵守规章制度… left blank in 得分 too: not every item — each figure refused as before, 遵守… missing.
      { name: '李四', entries: inColumn(SCHEME.slice(0, 7), ZHANG, '得分') },
      // 业绩考核 typed in 填写, the others in 得分: some input filled — as before.
      { name: '赵六', entries: [['业绩考核', null, '填写', 19], ...inColumn(SCHEME.slice(1), ZHANG.slice(1), '得分')] },
      // 业绩考核 25 in 得分, out of its 0–20: not a figure of the item — as before.
      { name: '孙七', entries: inColumn(SCHEME, [25, ...ZHANG.slice(1)], '得分') },
    ]);
    const r = await score(file);
    const zhang = expectScored(r, '张三', 96, '优秀');
    expect(warnings(zhang).map((p) => [p.code, p.message.replace(/^[^:]*:[^:]*:/, '')])).toEqual([
      ['unknown-column', '工作表「张三」的「填写」列都是空的,8 项的分数都填在了「得分」列(G7:G14,kpi 写评分结果的列):本表各项直接填写得分,已按这些分数评分;请核对,以后请填在「填写」列'],
    ]);
    expect(zhang.problems.find((p) => p.code === 'unknown-column')!.cell).toBe('G7');
    expect(warnings(expectScored(r, '王五', 96, '优秀'))).toEqual([]);
    expectRefused(r, '李四', 'unknown-column', 'G7');
    expect(person(r, '李四').problems.some((p) => p.message.includes('已按这些分数评分'))).toBe(false);
    expectRefused(r, '赵六', 'unknown-column', 'G8');
    expectRefused(r, '孙七', 'unknown-column', 'G8');
    expect(person(r, '孙七').problems.some((p) => p.severity === 'error' && p.cell === 'F7')).toBe(true);
  });

  it('cs-work-review, the catalog\'s example in 得分: 9, 8, 10 → 9; 8, 8, 8 → 8; 7, 9, 8 → 8; 6, 7, 8 → 7 ⇒ 32 of 40 → 80 良好', async () => {
    const f = await form('cs-work-review');
    const labels = f.parts.flatMap((p) => p.items.map((i) => i.label));
    const file = await filledForms('cs-work-review', [{ name: '张三', entries: inColumn(labels, [9, 8, 10, 8, 8, 8, 7, 9, 8, 6, 7, 8], '得分') }]);
    const zhang = expectScored(await score(file), '张三', 80, '良好');
    expect(warnings(zhang).map((p) => p.code)).toEqual(['unknown-column']);
  });

  it('a form of counts and levels (probation) with 得分 on every item: still refused, its 得分 are kpi\'s scores', async () => {
    const file = await filledForms('probation', [{ name: '林晓', entries: inColumn(['准时出勤', '专业知识', '服务态度', '团队合作', '问题解决'], [8, 20, 20, 15, 20], '得分') }]);
    const r = await score(file);
    expect(person(r, '林晓').status).toBe('error');
    expect(person(r, '林晓').problems.some((p) => p.message.includes('已按这些分数评分'))).toBe(false);
  });

  it('formulas in 得分 (the team\'s own, 填写 blank) are not taken for the inputs: refused as before', async () => {
    const f = await form('cs-scheme-100');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('周杰');
    ws.addRow(['姓名', '周杰']);
    ws.addRow(['项目', '考核内容', '分值', '评分标准', '填写项', '填写', '得分', '说明']);
    SCHEME.forEach((l, k) => ws.addRow([l, null, null, null, '得分(分)', null, { formula: `${ZHANG[k]}+0`, result: ZHANG[k] }, null]));
    const grid = gridFromWorksheet(ws);
    const read = readFormSheet(grid, f, findFormTable(grid, f)!);
    expect((read.problems ?? []).some((p) => p.message.includes('已按这些分数评分'))).toBe(false);
    expect(scorePerson(f, read).status).toBe('error');
  });
});
