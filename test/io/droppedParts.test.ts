// What the ordinary path (exceljs) cannot carry into the graded copy is said, never dropped without a word (a red
// team's workbooks: parts written as Excel 365 writes them). The fast path keeps them: it copies the package.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeFile } from '../../src/io/grade.js';
import { repoRoot, tempDir } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/openpyxl/dropped', f);

async function dropped(f: string): Promise<string[]> {
  const r = await gradeFile(at(f), { output: path.join(tempDir(), 'out.xlsx'), writer: 'exceljs' });
  if (!r.ok) throw new Error(r.failure.message);
  return r.report.problems.filter((p) => p.code === 'content-dropped').map((p) => p.message);
}

describe('parts the graded copy does not keep', () => {
  it.each([
    ['external-link.xlsx', '原文件中的指向其他工作簿的链接(1 个)没有保留在评分结果中(原文件未改动,请在原文件中查看)'],
    ['cell-pictures.xlsx', '原文件中的放置在单元格中的图片没有保留在评分结果中(原文件未改动,请在原文件中查看)'],
    ['threaded-comment.xlsx', '原表中的部分内容未能保留:工作表「考核表」的1 组批注对话(回复和作者;只留下 Excel 的提示文字)没有复制到评分结果中(原文件未改动,请在原文件中查看)'],
    ['protected-ranges.xlsx', '原表中的部分内容未能保留:工作表「考核表」的允许用户编辑区域没有复制到评分结果中(原文件未改动,请在原文件中查看)'],
    ['header-logo.xlsx', '原表中的部分内容未能保留:工作表「考核表」的页眉页脚中的图片没有复制到评分结果中(原文件未改动,请在原文件中查看)'],
  ])('%s: said (it went without a word)', async (f, message) => {
    expect(await dropped(f)).toEqual([message]);
  });
});
