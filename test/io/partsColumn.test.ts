// §16 as CATALOG reads it: 考核项目 (the parts, merged down over their 评分点) | 评分点 | 分值 | 得分 | 备注. The column headed
// 考核项目 lists none of the form's items, the next one all of them: it was 「没有找到本考核表的任何项目」 (exit 2).
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { tempDir } from '../helpers.js';

const ROWS: Array<[string | null, string, number]> = [
  ['服务态度', '对待业主友好积极', 9], [null, '主动寻求业主需求并提供帮助', 8], [null, '尽力帮助解决疑难问题', 10],
  ['电话接听', '电话接听及时和专业', 7], [null, '有效处理各类问题和投诉', 9],
  ['投诉处理', '投诉积极并及时回复', 8], [null, '投诉处理有效果', 6],
  ['文件处理', '资料整理和文件记录的准确性', 10], ['团队协作', '与同事合作的配合程度和效果', 9], ['工作效率', '工作任务的处理速度和效果', 8],
];

describe('the items listed in the column after the one headed 考核项目', () => {
  it('§16: read from 评分点; 9 + 8 + 10 + 7 + 9 + 8 + 6 + 10 + 9 + 8 = 84 → 良好', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('张三');
    ws.addRow(['物业客服考核表']);
    ws.addRow(['被评估人员', '张三', null, '评估日期', '2026-03-31']);
    ws.addRow(['考核项目', '评分点', '分值', '得分', '备注']);
    for (const [part, point, score] of ROWS) ws.addRow([part, point, 10, score, null]);
    ws.mergeCells('A4:A6');
    ws.mergeCells('A7:A8');
    ws.mergeCells('A9:A10');
    const file = path.join(tempDir(), 'pcr.xlsx');
    await wb.xlsx.writeFile(file);
    const outcome = await gradeFile(file, { form: 'property-cs-rating', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 84, '良好']]);
    expect(outcome.report.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });
});
