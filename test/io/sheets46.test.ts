// Person sheets in the seeds' shapes: two forms on one sheet, lines under the table.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradedReport, repoRoot } from '../helpers.js';

const at = (f: string) => path.join(repoRoot, 'test/fixtures/sheets46', f);

describe('two §13 forms side by side on one sheet, 「序号 | 考核类型 | 分值 | 得分 | 备注」 twice, a blank column between', () => {
  it('张三 scored from the left one, 李四 (「姓名:李四」 over the right one) listed unscored with an error — he vanished at exit 0', async () => {
    // 张三: 19 + 29 + 10 + 9 + 5 + 5 + 10 + 9 = 96 优秀. 李四 (15 + 22 + 8 + 8 + 4 + 4 + 8 + 8 = 77) is not read.
    const r = await gradedReport(at('scheme-two-side-by-side.xlsx'));
    expect(r.people.map((p) => [p.name, p.total, p.band])).toEqual([['张三', 96, '优秀'], ['李四', null, null]]);
    const said = r.problems.find((p) => p.code === 'second-form-on-sheet')!;
    expect([said.severity, said.cell, said.message]).toEqual(['error', 'H3', '3月考核!H3:工作表「3月考核」第 3 行右边又是一份考核表的表头(「考核类型」):每张工作表只读第一份,右边这份(李四的)没有读取,李四没有评分;请把它移到单独的工作表后重新评分']);
  });
});
