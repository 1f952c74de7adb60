// A person's name merged down over a second row holding only words (钱七 over B8:B9, row 9 「续:需加强学习」 in 评语): a
// second 钱七 「with different marks」, both unscored (exit 1). It is the rest of the row above.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { tempDir } from '../helpers.js';

const HEAD = ['工号', '被考核人员', '部门', '考核人员', '评语', '熟悉产品和服务,准确清晰回答', '良好的沟通能力', '团队合作精神', '友好耐心,倾听需求并提供方案', '高效处理,及时回复咨询', '妥善处理投诉和纠纷', '按流程和标准完成任务', '准确记录客户反馈并及时反馈相关部门', '参与满意度调查和改进', '参加培训和学习', '主动学习提升专业素养', '将学习成果应用到工作中'];

async function roster(second: Array<string | number | null>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考核表');
  ws.addRow(HEAD);
  ws.addRow(['1005', '钱七', '客服部', '主管甲', '', 5, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 8]);
  ws.addRow(second);
  ws.addRow(['1006', '孙八', '客服部', '主管甲', '', 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
  ws.mergeCells('B2:B3');
  const file = path.join(tempDir(), 'merged.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a name merged down over a row of words', () => {
  it('§26: the row is 钱七\'s remark continued, listed as skipped; 钱七 (5 × 3 + 6 × 3 + 7 × 3 + 8 × 3) / 1.2 = 65, 孙八 100', async () => {
    const outcome = await gradeFile(await roster(['', null, '', '', '续:需加强学习']), { form: 'cs-work-review', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.map((p) => [p.name, p.status, p.total])).toEqual([['钱七', 'scored', 65], ['孙八', 'scored', 100]]);
    expect(outcome.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(outcome.report.problems.find((p) => p.code === 'skipped-row')?.message).toContain('第3行「钱七(续行)」');
  });

  it('the merged row holding marks is a second 钱七 as before: an error, not passed over', async () => {
    const outcome = await gradeFile(await roster(['', null, '', '', '', 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9]), { form: 'cs-work-review', output: null });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report.people.filter((p) => p.name === '钱七').map((p) => p.status)).not.toContain('scored');
  });
});
